"""The columns of the store's tables, derived from the ontology: the same on every engine.

Besides the ontology's attributes, every node has `id` (its stable
identifier) and `keys` (name keys of its name and aliases, for look-ups);
every relationship has `id` (the assertion's identifier), `evidence` (JSON
objects: document, start, end, page, text) and `sources` (the ids of the
documents that support it); temporal relationships also have sortable date
keys (see ontology.dates): `from_key`/`to_key` of valid_from/valid_to and
`cited_from_key`/`cited_to_key` of first_cited/last_cited.

The types are LadybugDB's (its tables are typed; Neo4j takes values as they come).
"""

from __future__ import annotations

from dataclasses import dataclass

from ontology.model import Attribute, Ontology

_LADYBUG_TYPES = {
    "string": "STRING",
    "anyURI": "STRING",
    "ReducedDate": "STRING",
    "concept": "STRING",
    "decimal": "DOUBLE",
    "boolean": "BOOLEAN",
    "integer": "INT64",
    "nonNegativeInteger": "INT64",
    "positiveInteger": "INT64",
}


@dataclass(frozen=True)
class Column:
    name: str
    ladybug_type: str


NODE_COLUMNS = (Column("id", "STRING"), Column("keys", "STRING[]"))
EDGE_COLUMNS = (Column("id", "STRING"), Column("evidence", "STRING[]"), Column("sources", "STRING[]"))
DATE_KEY_COLUMNS = tuple(Column(n, "STRING") for n in ("from_key", "to_key", "cited_from_key", "cited_to_key"))


def _column(a: Attribute) -> Column:
    base = _LADYBUG_TYPES[a.datatype]
    return Column(a.name, f"{base}[]" if a.many else base)


def node_columns(onto: Ontology, label: str) -> tuple[Column, ...]:
    return NODE_COLUMNS + tuple(_column(a) for a in onto.entity_types[label].attributes)


def edge_columns(onto: Ontology, predicate: str) -> tuple[Column, ...]:
    p = onto.predicate(predicate)
    return EDGE_COLUMNS + (DATE_KEY_COLUMNS if p.temporal else ()) + tuple(_column(a) for a in p.attributes)
