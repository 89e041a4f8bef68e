"""The embedded engine: LadybugDB in this process, a directory on disk."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ladybug

from graph.cypher.ddl import ladybug_ddl, ladybug_migrations
from graph.store import Rows
from ontology import load
from ontology.errors import QueryInvalid, StoreUnavailable

_LOCKED = re.compile(r"Lock is held by PID (\d+)")


def _translate(e: Exception, path: Path) -> Exception:
    message = str(e).splitlines()[0] if str(e) else type(e).__name__
    held = _LOCKED.search(str(e))
    if held:
        return StoreUnavailable(
            f"the embedded store at {path} is in use by another process (PID {held.group(1)}), "
            "probably `acg serve`: stop it, or send the work through its API"
        )
    if "IO exception" in message or "Runtime exception" in message:
        return StoreUnavailable(f"cannot open the embedded store at {path}: {message}")
    return QueryInvalid(message)


class LadybugStore:
    """A LadybugDB database. Read-only when `read_only`: writes are refused by the engine itself."""

    engine = "ladybug"

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        if read_only and not path.exists():
            raise StoreUnavailable(f"no embedded store at {path}: load data first (`acg import`, `acg ingest`)")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as e:
            raise _translate(e, path) from e

    def _run(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        try:
            result = self._conn.execute(query, dict(params or {}))
        except RuntimeError as e:
            raise _translate(e, self.path) from e
        assert not isinstance(result, list), "one statement at a time"
        columns = result.get_column_names()
        rows: Rows = []
        while result.has_next():
            values = result.get_next()
            assert isinstance(values, list)
            rows.append(dict(zip(columns, values, strict=True)))
        return rows

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        return self._run(query, params)

    def ensure_schema(self) -> None:
        onto = load()
        self.write([(s, {}) for s in ladybug_ddl(onto) + ladybug_migrations(onto)])

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        self._run("BEGIN TRANSACTION")
        try:
            for query, params in statements:
                self._run(query, params)
        except BaseException:
            self._run("ROLLBACK")
            raise
        self._run("COMMIT")

    def close(self) -> None:
        self._conn.close()
        self._db.close()
