"""The audit log: every write, review, export and raw query through the API, with who, what and when.

One JSON object per line in `ACG_HOME/audit.jsonl`, only ever appended to
(O_APPEND). Each line carries the SHA-256 of the line before it, so a line
changed or removed later breaks the chain, and `verify` says where.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

GENESIS = "0" * 64


def _last_line(path: Path) -> bytes | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.seek(max(0, end - 65536))
        lines = f.read().splitlines()
    return lines[-1] if lines else None


class AuditLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        last = _last_line(path)
        self._prev = hashlib.sha256(last).hexdigest() if last is not None else GENESIS

    def record(self, who: str, role: str, action: str, detail: dict[str, Any], outcome: str = "ok") -> None:
        with self._lock:
            entry = {
                "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "who": who, "role": role, "action": action, "detail": detail, "outcome": outcome,
                "prev": self._prev,
            }  # fmt: skip
            line = json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str).encode()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line + b"\n")
                os.fsync(fd)
            finally:
                os.close(fd)
            self._prev = hashlib.sha256(line).hexdigest()


def entries(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def verify(path: Path) -> list[str]:
    """Where the chain of lines is broken (empty when every line follows the one before it)."""
    problems: list[str] = []
    prev = GENESIS
    if not path.exists():
        return problems
    for n, line in enumerate(path.read_bytes().splitlines(), 1):
        try:
            entry = json.loads(line)
        except ValueError:
            problems.append(f"{path}:{n}: not JSON")
            prev = hashlib.sha256(line).hexdigest()
            continue
        if entry.get("prev") != prev:
            problems.append(f"{path}:{n}: does not follow line {n - 1} (changed or removed lines)")
        prev = hashlib.sha256(line).hexdigest()
    return problems
