"""The audit log: every write, review, export and raw query through the API, with who, what and when.

One JSON object per line in `ACG_HOME/audit.jsonl`, only ever appended to
(O_APPEND). Each line carries the SHA-256 of the line before it, so a line
changed or removed later breaks the chain, and `verify` says where; the hash
of the last line (the head), written down elsewhere, lets a later `verify`
tell that lines were cut from the end or the whole file rewritten.

An action is logged twice (`AuditLog.act`): an intent line before it acts and
an outcome line after (ok, refused, error, timeout, crashed, failed) that
names the intent by its hash. A process killed in between leaves the intent,
so whatever reached the store has a line saying who sent it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ontology.errors import AcgError, QueryCrashed, QueryInvalid, QueryTimeout

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

    def record(self, who: str, role: str, action: str, detail: dict[str, Any], outcome: str = "ok") -> str:
        """Append one line (on disk before this returns); its hash."""
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
            return self._prev

    def begin(self, who: str, role: str, action: str, detail: dict[str, Any]) -> Pending:
        """Log the intent of an action, before it acts; its outcome is logged by the Pending returned."""
        return Pending(self, who, role, action, self.record(who, role, action, detail, "intent"))

    @contextmanager
    def act(self, who: str, role: str, action: str, detail: dict[str, Any]) -> Iterator[Outcome]:
        """Log the intent of an action, run the block, then log its outcome: the block may set the
        outcome's text and add to its detail; an exception is logged by its kind, and raised again."""
        pending = self.begin(who, role, action, detail)
        done = Outcome()
        try:
            yield done
        except BaseException as e:
            pending.fail(e)
            raise
        pending.end(done.text, done.detail)


@dataclass
class Outcome:
    text: str = "ok"
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pending:
    """An action whose intent is logged and whose outcome is not yet: end or fail it once."""

    log: AuditLog
    who: str
    role: str
    action: str
    intent: str  # the hash of the intent's line, which the outcome names

    def end(self, outcome: str = "ok", detail: dict[str, Any] | None = None) -> None:
        self.log.record(self.who, self.role, self.action, {"intent": self.intent, **(detail or {})}, outcome)

    def fail(self, e: BaseException) -> None:
        self.end(outcome_of(e))


def outcome_of(e: BaseException) -> str:
    """How an action that raised `e` ended, in the log's words."""
    message = str(getattr(e, "detail", None) or e).replace("\n", " ")
    if isinstance(e, QueryTimeout):
        return f"timeout: {message}"
    if isinstance(e, QueryCrashed):
        return f"crashed: {message}"
    if isinstance(e, QueryInvalid):
        return f"error: {message}"
    if isinstance(e, AcgError) or hasattr(e, "status_code"):
        return f"refused: {message}"
    if isinstance(e, ConnectionAbortedError):
        return f"cancelled: {message}"
    return f"failed: {type(e).__name__}"


def entries(path: Path) -> list[dict[str, Any]]:
    """The entries of the log that can be read (verify says which lines cannot)."""
    return verify(path).parsed


@dataclass(frozen=True)
class Check:
    entries: int
    head: str  # SHA-256 of the last line: write it down elsewhere, and a later check can be anchored to it
    problems: list[str]
    parsed: list[dict[str, Any]]  # the lines that are JSON objects, in order


def verify(path: Path, anchor: str | None = None) -> Check:
    """Whether every line follows the one before it. The chain alone cannot tell that lines were cut
    from the end, or that the whole file was rewritten: `anchor`, a head recorded earlier somewhere
    else, must then still be the hash of one of the lines."""
    problems: list[str] = []
    parsed: list[dict[str, Any]] = []
    prev = GENESIS
    seen_anchor = anchor is None or anchor == GENESIS
    lines = path.read_bytes().splitlines() if path.exists() else []
    for n, line in enumerate(lines, 1):
        try:
            entry = json.loads(line)
        except ValueError:
            problems.append(f"{path}:{n}: not JSON")
        else:
            if not isinstance(entry, dict):
                problems.append(f"{path}:{n}: not a JSON object")
            else:
                parsed.append(entry)
                if entry.get("prev") != prev:
                    problems.append(f"{path}:{n}: does not follow line {n - 1} (changed or removed lines)")
        prev = hashlib.sha256(line).hexdigest()
        seen_anchor = seen_anchor or prev == anchor
    if not seen_anchor:
        problems.append(f"{path}: no line has the anchor {anchor} (lines cut from the end, or the log rewritten)")
    return Check(len(lines), prev, problems, parsed)
