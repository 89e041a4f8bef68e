"""Every Cypher text an engine can send, enumerated, so that tests can check each one.

For Neo4j the suite parses each with Neo4j's own grammar (tests/cypher_grammar.py),
so a syntax error in the production dialect cannot ship unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterator

from graph.cypher import ddl, read, write
from ontology import load


def statements(dialect: str) -> Iterator[tuple[str, str]]:
    """(name, text) of every statement of the dialect: schema, writes, reads."""
    onto = load()
    labels = list(onto.entity_types)
    if dialect == "neo4j":
        yield from ((f"ddl {i}", s) for i, s in enumerate(ddl.neo4j_ddl(onto)))
    else:
        yield from ((f"ddl {i}", s) for i, s in enumerate(ddl.ladybug_ddl(onto) + ddl.ladybug_migrations(onto)))
    for label in labels:
        yield f"upsert {label}", write.upsert_nodes(onto, label, dialect)
        yield f"count {label}", write.count_nodes(label)
        yield f"read node_ids {label}", write.node_ids(label)
        yield f"read labels_by_id {label}", read.labels_by_id([label])
        yield f"replace {label}", write.replace_nodes(onto, label, dialect)
        yield f"delete {label}", write.delete_node(label)
    for p in onto.predicates.values():
        yield f"count {p.cypher}", write.count_edges(p.cypher)
        for s, o in p.pairs():
            yield f"upsert {s}-{p.cypher}->{o}", write.upsert_edges(onto, p.name, s, o, dialect)
    for name in dir(read):
        value = getattr(read, name)
        if isinstance(value, dict) and dialect in value and isinstance(value[dialect], str):
            yield f"read {name}", value[dialect]
    for name in ("CRIME_COUNTRIES", "DOCUMENTS_CITED"):
        yield f"read {name}", getattr(read, name)
    yield "read find_by_id", read.find_by_id(labels)
    yield "read labels_by_id", read.labels_by_id(labels)
    yield "read unit_above", read.unit_above(dialect)
    yield "read hierarchy_links", read.hierarchy_links(dialect)
    cyphers = tuple(p.cypher for p in onto.predicates.values())
    for label in labels:
        for direction in ("in", "out"):
            yield f"read links {label} {direction}", read.links(label, cyphers, direction, dialect)
            yield f"read standing links {label} {direction}", read.links(label, cyphers, direction, dialect, True)
        yield (
            f"read shortest_paths {label}",
            read.shortest_paths(label, "Organization", ("COMMANDS", "PART_OF"), 6, dialect),
        )
    for label in labels:
        yield f"read node_page {label}", read.node_page(label)
        yield f"read node_by_id {label}", read.node_by_id(label)
        yield f"read search {label}", read.search(label)
    for p in onto.predicates.values():
        for s, o in p.pairs():
            yield f"read edge_page {s}-{p.cypher}->{o}", read.edge_page(p.name, s, o)
            yield f"read assertions {s}-{p.cypher}->{o}", read.assertions(p.name, s, o)
            yield f"read assertion_by_id {s}-{p.cypher}->{o}", read.assertion_by_id(p.name, s, o)
            yield f"read citing {s}-{p.cypher}->{o}", read.citing(p.name, s, o)
            yield f"delete_edge {s}-{p.cypher}->{o}", write.delete_edge(p.cypher, s, o)
    for i, text in enumerate(read.protected_ids()):
        yield f"read protected_ids {i}", text
    yield "read shortest_paths any", read.shortest_paths("Person", "Crime", (), 6, dialect)
