"""The engines: open the store a user names (the embedded engine, or a Neo4j server by URI), and the
schema scripts they derive from the ontology."""

from __future__ import annotations

from pathlib import Path

from graph.cypher import ddl
from graph.ladybug_store import LadybugStore
from graph.store import Store
from ontology.errors import InvalidInput
from ontology.model import Ontology

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def embedded_path(home: Path) -> Path:
    return home / "store"


def open_store(
    store: str,
    home: Path,
    *,
    read_only: bool = False,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
) -> Store:
    """`store` is "embedded" (a LadybugDB database under `home`) or a Neo4j URI (with user and password)."""
    if store == "embedded":
        return LadybugStore(embedded_path(home), read_only=read_only)
    if store.startswith(NEO4J_SCHEMES):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(store, user, password, database, read_only=read_only)
    raise InvalidInput(f"--store: {store!r} is neither 'embedded' nor a bolt:// or neo4j:// URI")


def schema_scripts(onto: Ontology) -> dict[str, str]:
    """Each engine's schema as a script, by path relative to the repository root (graph/derived)."""
    return ddl.artifacts(onto)
