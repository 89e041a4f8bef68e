"""The schema derived from the ontology, applied to a real LadybugDB database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import ladybug
import pytest

from graph.cypher.ddl import ladybug_ddl, ladybug_migrations, neo4j_ddl
from ontology import Ontology


def rows(conn: ladybug.Connection, query: str) -> list[list[object]]:
    result = conn.execute(query)
    assert not isinstance(result, list), "one statement gives one result"
    out: list[list[object]] = []
    while result.has_next():
        row = result.get_next()
        assert isinstance(row, list)
        out.append(row)
    return out


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[ladybug.Connection]:
    db = ladybug.Database(str(tmp_path / "db"))
    yield ladybug.Connection(db)
    db.close()


def test_tables_match_the_ontology(conn: ladybug.Connection, onto: Ontology) -> None:
    for statement in ladybug_ddl(onto):
        conn.execute(statement)
    tables = {name: kind for _, name, kind, *_ in rows(conn, "CALL show_tables() RETURN *")}
    assert {n for n, k in tables.items() if k == "NODE"} == set(onto.entity_types)
    assert {n for n, k in tables.items() if k == "REL"} == {p.cypher for p in onto.predicates.values()}
    for p in onto.predicates.values():
        pairs = {(a, b) for a, b, *_ in rows(conn, f"CALL show_connection('{p.cypher}') RETURN *")}
        assert pairs == set(p.pairs()), p.name


def test_schema_is_idempotent_and_migrations_keep_data(conn: ladybug.Connection, onto: Ontology) -> None:
    # An older store: Person without most of its columns, with data in it.
    conn.execute("CREATE NODE TABLE `Person`(`id` STRING, `name` STRING, PRIMARY KEY (`id`))")
    conn.execute("CREATE (:Person {id: 'p1', name: 'Anwar Raslan'})")
    for statement in ladybug_ddl(onto) + ladybug_migrations(onto) + ladybug_ddl(onto) + ladybug_migrations(onto):
        conn.execute(statement)
    assert rows(conn, "MATCH (p:Person) RETURN p.id, p.name, p.rank, p.aliases") == [["p1", "Anwar Raslan", None, None]]
    conn.execute("MATCH (p:Person {id: 'p1'}) SET p.rank = 'Colonel'")
    assert rows(conn, "MATCH (p:Person) RETURN p.rank") == [["Colonel"]]


def test_migrations_add_the_pairs_a_predicate_gained(conn: ladybug.Connection, onto: Ontology) -> None:
    # An older store, whose units could be part of units only, with a link in it: a chamber part of its
    # court is written after the migration, and the old link is kept.
    conn.execute("CREATE NODE TABLE `Organization`(`id` STRING, PRIMARY KEY (`id`))")
    conn.execute("CREATE REL TABLE `PART_OF`(FROM `Organization` TO `Organization`)")
    conn.execute("CREATE (:Organization {id: 'brigade'})-[:PART_OF]->(:Organization {id: 'corps'})")
    for statement in ladybug_ddl(onto) + ladybug_migrations(onto):
        conn.execute(statement)
    pairs = {(a, b) for a, b, *_ in rows(conn, "CALL show_connection('PART_OF') RETURN *")}
    assert pairs == set(onto.predicate("part_of").pairs())
    assert ("Mechanism", "Mechanism") in pairs
    conn.execute("CREATE (:Mechanism {id: 'chamber'})-[:PART_OF]->(:Mechanism {id: 'court'})")
    found = rows(conn, "MATCH (a)-[:PART_OF]->(b) RETURN a.id, b.id ORDER BY a.id")
    assert found == [["brigade", "corps"], ["chamber", "court"]]


def test_neo4j_schema_names_every_label_and_type(onto: Ontology) -> None:
    ddl = "\n".join(neo4j_ddl(onto))
    for label in onto.entity_types:
        assert f"FOR (n:`{label}`) REQUIRE n.id IS UNIQUE" in ddl
    for p in onto.predicates.values():
        assert f"[r:`{p.cypher}`]" in ddl
