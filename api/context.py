"""What the API server holds while it runs: the store, the users, the audit log, and who is hidden
from whom."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import HTTPException

from api.audit import AuditLog
from api.auth import Users
from api.settings import Home
from graph.ladybug_store import LadybugStore
from graph.protect import Protection
from graph.redacted import redacted_copy
from graph.store import Store, StoreView

if TYPE_CHECKING:
    from nlp.pipeline import Extractor

MEGABYTE = 1024 * 1024


@dataclass
class Limits:
    """Bounds on what one request may ask."""

    body_bytes: int = 1 * MEGABYTE  # JSON bodies
    upload_bytes: int = 50 * MEGABYTE  # uploaded documents, in all
    cypher_seconds: float = 10.0
    cypher_rows: int = 1000
    cypher_memory: int = 2048 * MEGABYTE  # the redacted copy and the raw queries run on it


@dataclass
class Context:
    store: Store
    home: Home
    pseudonym_key: bytes
    users: Users
    audit: AuditLog
    limits: Limits = field(default_factory=Limits)
    cors_origins: tuple[str, ...] = ()
    _protections: dict[tuple[str, ...], Protection] = field(default_factory=dict)
    _copies: dict[tuple[str, ...], StoreView] = field(default_factory=dict)
    _extractor: Extractor | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _copy_lock: threading.Lock = field(default_factory=threading.Lock)
    _generation: int = -1  # the store's generation when the protections and copies were found

    def protection(self, levels: tuple[str, ...]) -> Protection:
        """Who is hidden at `levels`. Kept between requests on the embedded store, which only this server
        writes, until its next write; asked anew each time from Neo4j, which others may write."""
        if self.store.engine != "ladybug":
            return Protection.of(self.store, levels, self.pseudonym_key)
        with self._lock:
            self._forget_if_written()
            found = self._protections.get(levels)
            if found is None:
                found = self._protections[levels] = Protection.of(self.store, levels, self.pseudonym_key)
            return found

    def cypher_view(self, levels: tuple[str, ...]) -> StoreView:
        """Where a raw query of a caller who may not see `levels` runs: the store itself when nobody is
        hidden, else a redacted copy of it (graph.redacted), made at the first query after a write.
        Neo4j, written by others too, has no copy kept in step: raw Cypher there is for those who see
        everyone."""
        if not levels:
            return self.store
        if self.store.engine != "ladybug":
            raise HTTPException(403, "raw Cypher on a Neo4j store shows everyone as stored: it needs the admin role")
        with self._lock:
            self._forget_if_written()
        with self._copy_lock:
            copy = self._copies.get(levels)
            if copy is None:
                copy = self._copies[levels] = redacted_copy(
                    self.store, levels, self.pseudonym_key, self.limits.cypher_memory
                )
            return copy

    def _forget_if_written(self) -> None:
        """Drop who is hidden and the copies for raw Cypher when the store has been written since they were
        found (its generation moved): whatever wrote it, and even if the write failed half-way. A copy
        still in use by a running query is freed when that query ends. Called holding `_lock`."""
        assert isinstance(self.store, LadybugStore)
        if self.store.generation != self._generation:
            self._generation = self.store.generation
            self._protections.clear()
            with self._copy_lock:
                self._copies.clear()

    def extractor(self) -> Extractor:
        """The spaCy pipeline, loaded at the first ingest (a second or two), then kept."""
        with self._lock:
            if self._extractor is None:
                from nlp.pipeline import Extractor

                self._extractor = Extractor()
            return self._extractor
