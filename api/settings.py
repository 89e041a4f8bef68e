"""Where settings come from: the only module that reads the environment (DESIGN.md)."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoreSettings:
    store: str
    home: Path
    user: str | None
    password: str | None
    database: str | None


def store_settings(store: str | None = None, home: Path | None = None) -> StoreSettings:
    """Command-line values first, then ACG_STORE / ACG_HOME / ACG_STORE_USER / ACG_STORE_PASSWORD /
    ACG_STORE_DATABASE, then defaults."""
    return StoreSettings(
        store=store or os.environ.get("ACG_STORE") or "embedded",
        home=home or Path(os.environ.get("ACG_HOME") or Path.home() / ".acg"),
        user=os.environ.get("ACG_STORE_USER"),
        password=os.environ.get("ACG_STORE_PASSWORD"),
        database=os.environ.get("ACG_STORE_DATABASE"),
    )


@dataclass(frozen=True)
class Home:
    """What an installation keeps under ACG_HOME (besides the embedded store, graph.connect.embedded_path)."""

    path: Path

    @property
    def resolution_log(self) -> Path:
        return self.path / "resolution.jsonl"

    @property
    def extractions(self) -> Path:
        return self.path / "extractions"

    @property
    def uploads(self) -> Path:
        return self.path / "uploads"

    @property
    def users(self) -> Path:
        return self.path / "users.json"

    @property
    def audit(self) -> Path:
        return self.path / "audit.jsonl"


def home_layout(home: Path | None = None) -> Home:
    """What is kept under the data folder: `home` as given on the command line, else ACG_HOME, else ~/.acg."""
    return Home(store_settings(None, home).home)


def pseudonym_key(home: Path) -> bytes:
    """The secret behind the stable pseudonyms of protected people: made once per installation (`home`),
    readable by its owner only, so a pseudonym cannot be recomputed from a guessed name elsewhere."""
    path = home / "pseudonym.key"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
    return path.read_bytes()
