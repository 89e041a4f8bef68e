"""What the API server holds while it runs: the store, the users, the audit log, and who is hidden
from whom."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from api.audit import AuditLog
from api.auth import Users
from api.settings import Home
from graph.protect import Protection
from graph.store import Store

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
    _extractor: Extractor | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def protection(self, levels: tuple[str, ...]) -> Protection:
        """Who is hidden at `levels`. Kept between requests on the embedded store, which only this server
        writes (changed() drops it); asked anew each time from Neo4j, which others may write."""
        if self.store.engine != "ladybug":
            return Protection.of(self.store, levels, self.pseudonym_key)
        with self._lock:
            found = self._protections.get(levels)
            if found is None:
                found = self._protections[levels] = Protection.of(self.store, levels, self.pseudonym_key)
            return found

    def changed(self) -> None:
        with self._lock:
            self._protections.clear()

    def extractor(self) -> Extractor:
        """The spaCy pipeline, loaded at the first ingest (a second or two), then kept."""
        with self._lock:
            if self._extractor is None:
                from nlp.pipeline import Extractor

                self._extractor = Extractor()
            return self._extractor
