"""Schema statements (DDL) of both engines, derived from the ontology.

LadybugDB needs typed node and relationship tables: one node table per entity
type, one relationship table per predicate with every (domain, range) pair of
labels. Neo4j needs uniqueness constraints and indexes. Both are generated
here, from `ontology.load()`, and nowhere else.
"""

from __future__ import annotations

from graph.columns import edge_columns, node_columns
from ontology.model import Ontology

DERIVED = "graph/derived"


def q(name: str) -> str:
    """Quote an identifier for Cypher (both dialects); names come from the ontology only."""
    return f"`{name}`"


def ladybug_ddl(onto: Ontology) -> list[str]:
    """Statements that create every table that does not exist yet (idempotent)."""
    out = []
    for label in onto.entity_types:
        cols = node_columns(onto, label)
        body = ", ".join(f"{q(c.name)} {c.ladybug_type}" for c in cols)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {q(label)}({body}, PRIMARY KEY ({q('id')}))")
    for p in onto.predicates.values():
        pairs = ", ".join(f"FROM {q(d)} TO {q(r)}" for d, r in p.pairs())
        body = ", ".join(f"{q(c.name)} {c.ladybug_type}" for c in edge_columns(onto, p.name))
        out.append(f"CREATE REL TABLE IF NOT EXISTS {q(p.cypher)}({pairs}, {body})")
    return out


def ladybug_migrations(onto: Ontology) -> list[str]:
    """Statements that add the columns and the (domain, range) pairs the ontology gained since a table was
    created (idempotent)."""
    out = []
    for label in onto.entity_types:
        out += [
            f"ALTER TABLE {q(label)} ADD IF NOT EXISTS {q(c.name)} {c.ladybug_type}"
            for c in node_columns(onto, label)[1:]
        ]
    for p in onto.predicates.values():
        out += [
            f"ALTER TABLE {q(p.cypher)} ADD IF NOT EXISTS {q(c.name)} {c.ladybug_type}"
            for c in edge_columns(onto, p.name)
        ]
        out += [f"ALTER TABLE {q(p.cypher)} ADD IF NOT EXISTS FROM {q(d)} TO {q(r)}" for d, r in p.pairs()]
    return out


def _snake(label: str) -> str:
    return "".join("_" + ch.lower() if ch.isupper() else ch for ch in label).lstrip("_")


def neo4j_ddl(onto: Ontology) -> list[str]:
    """Neo4j 5 constraints and indexes (idempotent)."""
    out = []
    for label in onto.entity_types:
        s = _snake(label)
        out.append(f"CREATE CONSTRAINT {s}_id IF NOT EXISTS FOR (n:{q(label)}) REQUIRE n.id IS UNIQUE")
        out.append(f"CREATE INDEX {s}_name IF NOT EXISTS FOR (n:{q(label)}) ON (n.name)")
    for p in onto.predicates.values():
        out.append(f"CREATE INDEX {p.name}_id IF NOT EXISTS FOR ()-[r:{q(p.cypher)}]-() ON (r.id)")
    return out


def _script(statements: list[str], title: str) -> str:
    head = f"// {title}\n// Generated from ontology/acc.ttl by `acg ontology derive`; do not edit.\n\n"
    return head + "".join(s + ";\n" for s in statements)


def artifacts(onto: Ontology) -> dict[str, str]:
    """The schema scripts, by path relative to the repository root."""
    return {
        f"{DERIVED}/ladybug.cypher": _script(ladybug_ddl(onto), "LadybugDB schema: node and relationship tables"),
        f"{DERIVED}/neo4j.cypher": _script(neo4j_ddl(onto), "Neo4j 5 schema: uniqueness constraints and indexes"),
    }
