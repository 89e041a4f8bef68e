"""Write statements: batched upserts keyed by stable ids.

Each endpoint of a relationship is matched in its own MATCH clause (a
comma-joined MATCH is 30x slower on LadybugDB). Node properties that a row
leaves null keep their stored value, so a partial record never erases data.
Relationships are created once and never updated here (see upsert_edges).

Dialects differ in one place: LadybugDB types a parameter from its Python
value (a list that is null in every row arrives as STRING), so its form casts
each value to the column's declared type; Neo4j takes values as they come.
"""

from __future__ import annotations

from graph.columns import Column, edge_columns, node_columns
from graph.cypher.ddl import q
from ontology.model import Ontology


def _value(c: Column, dialect: str) -> str:
    ref = f"r.{q(c.name)}"
    return f"CAST({ref} AS {c.ladybug_type})" if dialect == "ladybug" else ref


def upsert_nodes(onto: Ontology, label: str, dialect: str) -> str:
    sets = ", ".join(
        f"n.{q(c.name)} = coalesce({_value(c, dialect)}, n.{q(c.name)})" for c in node_columns(onto, label)[1:]
    )
    return f"UNWIND $rows AS r MERGE (n:{q(label)} {{id: r.id}}) SET {sets}"


def upsert_edges(onto: Ontology, predicate: str, subject_label: str, object_label: str, dialect: str) -> str:
    """Create the relationships that do not exist; leave the others as they are.

    An assertion's id is derived from its content and sources, so a stored id is
    the same statement: there is nothing to update, and a reviewer's status
    survives a re-import. It also keeps clear of a LadybugDB 0.22 defect: setting
    a property on an existing relationship can re-attach other relationships to
    the wrong nodes (tests/test_bulk_load.py guards this).
    """
    p = onto.predicate(predicate)
    sets = ", ".join(f"e.{q(c.name)} = {_value(c, dialect)}" for c in edge_columns(onto, predicate)[1:])
    return (
        f"UNWIND $rows AS r MATCH (a:{q(subject_label)} {{id: r.subject}}) "
        f"MATCH (b:{q(object_label)} {{id: r.object}}) "
        f"MERGE (a)-[e:{q(p.cypher)} {{id: r.id}}]->(b) ON CREATE SET {sets}"
    )


def count_nodes(label: str) -> str:
    return f"MATCH (n:{q(label)}) RETURN count(n) AS n"


def count_edges(cypher_type: str) -> str:
    return f"MATCH ()-[e:{q(cypher_type)}]->() RETURN count(e) AS n"


# -- LadybugDB bulk loading (COPY) ---------------------------------------------------
# COPY takes an Arrow table as the parameter $rows. In ladybug 0.22, COPY of a
# row whose primary key exists already crashes the process (segmentation
# fault), so callers COPY only ids they have checked are new.


def copy_nodes(label: str) -> str:
    return f"COPY {q(label)} FROM $rows"


def copy_edges(cypher_type: str, subject_label: str, object_label: str) -> str:
    return f"COPY {q(cypher_type)} FROM $rows (from='{subject_label}', to='{object_label}')"


def update_nodes(onto: Ontology, label: str) -> str:
    """Stored nodes updated from an Arrow table `$rows` (LOAD FROM), as upsert_nodes updates them (a
    column the row leaves null keeps its stored value). For rows whose ids are known to be stored: a
    MATCH on the primary key, 20x faster than UNWIND ... MERGE on LadybugDB 0.22."""
    sets = ", ".join(f"n.{q(c.name)} = coalesce({q(c.name)}, n.{q(c.name)})" for c in node_columns(onto, label)[1:])
    return f"LOAD FROM $rows MATCH (n:{q(label)} {{id: id}}) SET {sets}"


def node_ids(label: str) -> str:
    return f"MATCH (n:{q(label)}) RETURN n.id AS id"


def edge_ids(cypher_type: str) -> str:
    return f"MATCH ()-[e:{q(cypher_type)}]->() RETURN e.id AS id"


def delete_edge(cypher_type: str, subject_label: str, object_label: str) -> str:
    """One relationship by id. A review rewrites an assertion as delete and create in one transaction:
    setting properties on a stored relationship is unsafe on LadybugDB 0.22 (see upsert_edges)."""
    return f"MATCH (:{q(subject_label)})-[e:{q(cypher_type)} {{id: $id}}]->(:{q(object_label)}) DELETE e"


def replace_nodes(onto: Ontology, label: str, dialect: str) -> str:
    """Stored nodes given whole: every column takes the row's value, null included (unlike
    upsert_nodes, which keeps a stored value where the row has none). For changes that take something
    away: an entity merge undone. Node properties, unlike relationship ones, are safe to set."""
    sets = ", ".join(f"n.{q(c.name)} = {_value(c, dialect)}" for c in node_columns(onto, label)[1:])
    return f"UNWIND $rows AS r MATCH (n:{q(label)} {{id: r.id}}) SET {sets}"


def delete_node(label: str) -> str:
    """One node by id, which must have no relationship left (the engine refuses otherwise: nothing goes
    with it unseen)."""
    return f"MATCH (n:{q(label)} {{id: $id}}) DELETE n"
