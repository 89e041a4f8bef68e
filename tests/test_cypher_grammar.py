"""Every Cypher text the Neo4j engine can send parses with Neo4j's grammar."""

from __future__ import annotations

import pytest

from graph.cypher.catalog import statements
from tests.cypher_grammar import CypherSyntaxError, parse

NEO4J = dict(statements("neo4j"))


def test_the_catalog_covers_schema_writes_and_reads() -> None:
    kinds = {name.split()[0] for name in NEO4J}
    assert kinds == {"ddl", "upsert", "count", "read", "delete_edge", "replace", "delete"}
    assert len(NEO4J) > 100


@pytest.mark.parametrize("name", sorted(NEO4J))
def test_parses_with_neo4j_grammar(name: str) -> None:
    parse(NEO4J[name])


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n RETURN n",
        "MATCH (n) RETURN n ORDER",
        "MATCH (a)-[r:PART_OF* SHORTEST 1..5]->(b) RETURN b",  # LadybugDB's dialect, not Neo4j's
        "MATCH (n) RETURN CAST(n.x AS STRING)",
    ],
)
def test_a_syntax_error_is_caught(text: str) -> None:
    with pytest.raises(CypherSyntaxError):
        parse(text)
