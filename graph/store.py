"""The store: a read-only view and a writer over it, whatever the engine.

Both engines (graph.ladybug_store, graph.neo4j_store) implement these
protocols and pass the same contract tests. Engine and driver errors leave
them as the project's errors (ontology.errors).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

Rows = list[dict[str, Any]]


class StoreView(Protocol):
    """Read access. `read` runs one statement in a read transaction."""

    engine: str  # "ladybug" or "neo4j": the Cypher dialect of graph.cypher to use
    location: str

    @property
    def generation(self) -> int | None:
        """How many write transactions this object has ended, where nothing else writes the store (the
        embedded engine: its lock keeps other processes out), so that what is kept from it in memory stays
        in step while the number does not move. None where others may write it too (a Neo4j server):
        nothing read from it can be kept."""
        ...

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows: ...

    def read_columns(self, query: str, params: Mapping[str, Any] | None = None) -> dict[str, list[Any]]:
        """The answer as one list per column."""
        ...

    def read_bounded(self, query: str, params: Mapping[str, Any] | None = None, *, timeout: float, limit: int) -> Rows:
        """Untrusted Cypher: in a read-only transaction, stopped after `timeout` seconds (QueryTimeout),
        at most `limit` rows. Check the text first (graph.cypher.guard): this is the second wall."""
        ...

    def close(self) -> None: ...


class Store(StoreView, Protocol):
    """Read and write access."""

    def ensure_schema(self) -> None:
        """Create missing tables, constraints and columns (idempotent; keeps data)."""
        ...

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """Run the statements in one transaction: all of them take effect, or none."""
        ...
