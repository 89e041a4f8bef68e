"""Who may call the API: API keys (hashed at rest), roles, and what each role may see.

Roles, weakest first, each allowed what the ones before it are:

- reader: searches and answers (entity, chain, subordinates, complicity, path,
  impunity, case), pictures and exports, with restricted and protected people
  pseudonymised;
- analyst: raw read-only Cypher; sees restricted people;
- editor: ingest of documents and review of assertions;
- admin: sees protected people (victims, witnesses) too.

What each level of sensitivity means is defined in the ontology
(acc:sensitivityScheme); HIDDEN_FROM is that definition per role.
Keys are 256-bit random secrets shown once; only their SHA-256 is stored (a
slow hash adds nothing to a secret that cannot be guessed), in
`ACG_HOME/users.json`, readable by its owner only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ontology.errors import Conflict, InvalidInput, NotFound
from ontology.terms import Sensitivity

ROLES = ("reader", "analyst", "editor", "admin")
HIDDEN_FROM: dict[str, tuple[Sensitivity, ...]] = {
    "reader": ("restricted", "protected"),
    "analyst": ("protected",),
    "editor": ("protected",),
    "admin": (),
}
KEY_PREFIX = "acg_"


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this user holds `role` or a stronger one."""
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def hidden_levels(self) -> tuple[str, ...]:
        return HIDDEN_FROM[self.role]


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class Users:
    """The users file. Re-read when it changes on disk, so `acg user add` works while `acg serve` runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[float, int] | None = None
        self._by_digest: dict[str, User] = {}

    def _entries(self) -> list[dict[str, str]]:
        if not self.path.exists():
            return []
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InvalidInput(f"{self.path}: not a users file ({e})") from e
        if not isinstance(entries, list):
            raise InvalidInput(f"{self.path}: not a users file (expected a list)")
        return entries

    def _save(self, entries: list[dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(entries, f, indent=1)
        tmp.replace(self.path)

    def add(self, name: str, role: str) -> str:
        """A new user; returns the key, which is not stored and cannot be shown again."""
        if role not in ROLES:
            raise InvalidInput(f"--role: {role!r} is not one of {', '.join(ROLES)}")
        if not name.strip():
            raise InvalidInput("name: empty")
        entries = self._entries()
        if any(e["name"] == name for e in entries):
            raise Conflict(f"user {name!r} exists; remove it first (`acg user remove {name}`)")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        entries.append({"name": name, "role": role, "key_sha256": _digest(key), "created": created})
        self._save(entries)
        return key

    def remove(self, name: str) -> None:
        entries = self._entries()
        kept = [e for e in entries if e["name"] != name]
        if len(kept) == len(entries):
            raise NotFound(f"no user named {name!r}")
        self._save(kept)

    def list(self) -> list[dict[str, str]]:
        return [{k: e[k] for k in ("name", "role", "created")} for e in self._entries()]

    def find(self, key: str) -> User | None:
        """The user holding `key`, or None."""
        try:
            stat = self.path.stat()
            seen: tuple[float, int] | None = (stat.st_mtime, stat.st_size)
        except FileNotFoundError:
            seen = None
        if seen != self._seen:
            self._by_digest = {e["key_sha256"]: User(e["name"], e["role"]) for e in self._entries()}
            self._seen = seen
        digest = _digest(key)
        for known, user in self._by_digest.items():
            if hmac.compare_digest(known, digest):
                return user
        return None
