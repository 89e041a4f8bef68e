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

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows: ...

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
