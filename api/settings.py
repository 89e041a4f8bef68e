"""Where settings come from: the only module that reads the environment (DESIGN.md)."""

from __future__ import annotations

import os
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
