"""What the API server holds while it runs: the store, the users, the audit log, and who is hidden
from whom."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from api.audit import AuditLog
from api.auth import Users
from api.settings import Home
from graph import export
from graph.isolated import Bounds, Isolated, encode_answer
from graph.protect import Protection
from graph.store import Store
from ontology.errors import Forbidden

if TYPE_CHECKING:
    from nlp.pipeline import Extractor

MEGABYTE = 1024 * 1024


@dataclass
class Limits:
    """Bounds on what one request may ask."""

    body_bytes: int = 1 * MEGABYTE  # JSON bodies
    upload_bytes: int = 50 * MEGABYTE  # uploaded documents, in all
    # Text of one uploaded document: its extraction runs in the server, about 0.4 GB plus 75 MB per MB of
    # one document's text (benchmarks/RESULTS.md, session 14), so 5 MB keeps the server near 1 GB.
    upload_text_chars: int = 5 * MEGABYTE
    cypher_seconds: float = 10.0
    cypher_rows: int = 1000
    cypher_memory: int = 2048 * MEGABYTE  # each process of raw queries: its copy and what queries build
    cypher_answer_bytes: int = 16 * MEGABYTE  # JSON of one raw query's answer


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
    _cypher: dict[tuple[str, ...], Isolated] = field(default_factory=dict)  # a process per level set
    _extractor: Extractor | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _generation: int = -1  # the store's generation when the protections and copies were found

    def protection(self, levels: tuple[str, ...]) -> Protection:
        """Who is hidden at `levels`. Kept between requests on the embedded store, which only this server
        writes, until its next write; asked anew each time from Neo4j, which others may write."""
        if self.store.generation is None:
            return Protection.of(self.store, levels, self.pseudonym_key)
        with self._lock:
            self._forget_if_written()
            found = self._protections.get(levels)
            if found is None:
                found = self._protections[levels] = Protection.of(self.store, levels, self.pseudonym_key)
            return found

    def cypher(self, levels: tuple[str, ...], text: str, params: dict[str, Any], limit: int) -> tuple[int, bytes]:
        """A raw query's answer (rows, JSON bytes) for a caller who may not see `levels`.

        On the embedded store it runs in a process of its own (graph.isolated), on a copy of the store
        in which the people hidden at `levels` are pseudonyms already, made at the first query after a
        write: whatever the query computes, it computes from that, and whatever it does to the engine
        ends that process only. Neo4j, written by others too, has no copy kept in step: raw Cypher there
        is for those who see everyone, and runs on the server."""
        if self.store.generation is None:
            if levels:
                raise Forbidden("raw Cypher on a Neo4j store shows everyone as stored: it needs the admin role")
            limits = self.limits
            rows = self.store.read_bounded(text, params, timeout=limits.cypher_seconds, limit=limit + 1)
            return encode_answer(rows, limit, limits.cypher_answer_bytes)
        with self._lock:
            self._forget_if_written()
            generation = self._generation
            isolated = self._cypher.get(levels)
            if isolated is None:
                limits = self.limits
                bounds = Bounds(limits.cypher_seconds, limits.cypher_memory, limits.cypher_answer_bytes)
                isolated = self._cypher[levels] = Isolated(bounds)
        # A copy is named by the store's generation: an older one goes before a new one is made.
        isolated.forget(keep=lambda key: key == generation)
        selection = export.Selection(hidden_levels=levels, pseudonym_key=self.pseudonym_key)
        return isolated.query(generation, text, params, limit, lambda: export.records(self.store, selection))

    def close(self) -> None:
        for isolated in self._cypher.values():
            isolated.close()

    def _forget_if_written(self) -> None:
        """Drop who is hidden when the store has been written since it was found (its generation moved):
        whatever wrote it, and even if the write failed half-way. Called holding `_lock`."""
        generation = self.store.generation
        assert generation is not None, "only a store that tells its generation keeps anything between requests"
        if generation != self._generation:
            self._generation = generation
            self._protections.clear()

    def extractor(self) -> Extractor:
        """The spaCy pipeline, loaded at the first ingest (a second or two), then kept."""
        with self._lock:
            if self._extractor is None:
                from nlp.pipeline import Extractor

                self._extractor = Extractor()
            return self._extractor
