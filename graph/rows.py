"""Records to store rows: one dict per node or relationship, every column present."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from graph.cypher.ddl import edge_columns, node_columns
from ontology import dates, load
from ontology.model import Ontology
from ontology.names import name_keys
from ontology.records import Entity, Relation, Span

# What json.dumps(..., ensure_ascii=False, sort_keys=True) makes, without a new encoder for every span.
_EVIDENCE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


@cache
def _empty_node(label: str) -> tuple[str, ...]:
    return tuple(c.name for c in node_columns(load(), label))


@cache
def _empty_edge(predicate: str) -> tuple[str, ...]:
    return tuple(c.name for c in edge_columns(load(), predicate))


def entity_row(onto: Ontology, e: Entity) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_empty_node(e.type))
    row.update(e.attributes)
    keys = name_keys(e.name, e.aliases)
    if e.type == "Person":
        # A surname alone finds a person; two people with one surname make it ambiguous, never a silent pick.
        keys += [k.rsplit(" ", 1)[1] for k in keys if " " in k]
    row.update(id=e.id, name=e.name, keys=list(dict.fromkeys(keys)))
    if "aliases" in row:
        row["aliases"] = list(dict.fromkeys(a for a in e.aliases if a != e.name))
    return row


def relation_row(onto: Ontology, r: Relation) -> dict[str, Any]:
    p = onto.predicate(r.predicate)
    row: dict[str, Any] = dict.fromkeys(_empty_edge(r.predicate))
    row.update(r.attributes)
    row.update(
        id=r.assertion_id(),
        subject=r.subject,
        object=r.object,
        confidence=r.confidence,
        method=r.method,
        evidence=[_EVIDENCE_JSON.encode(s.to_json()) for s in r.evidence],
        sources=sorted({s.document for s in r.evidence if s.document}),
    )
    if row.get("review_status") is None:
        row["review_status"] = "unreviewed"
    if row.get("sensitivity") is None and p.default_sensitivity:
        row["sensitivity"] = p.default_sensitivity
    if p.temporal:
        row.update(
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            from_key=dates.lower_key(r.valid_from),
            to_key=dates.upper_key(r.valid_to),
            # A citation shows the link held on its date: one cited date bounds the evidence on both sides.
            cited_from_key=dates.lower_key(row.get("first_cited") or row.get("last_cited")),
            cited_to_key=dates.upper_key(row.get("last_cited") or row.get("first_cited")),
        )
    return row


_EDGE_ONLY = {"id", "subject", "object", "evidence", "sources", "from_key", "to_key", "cited_from_key", "cited_to_key"}


def evidence_of(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence of a stored relationship, as the JSON objects relation_row stored."""
    return [json.loads(e) for e in row.get("evidence") or []]


def row_entity(label: str, row: dict[str, Any]) -> Entity:
    """A stored node as a record (the inverse of entity_row, less the look-up keys)."""
    attrs = {k: v for k, v in row.items() if v is not None and k not in {"id", "keys", "name", "aliases"}}
    return Entity(row["id"], label, row["name"], list(row.get("aliases") or []), attrs)


def row_relation(predicate: str, row: dict[str, Any]) -> Relation:
    """A stored relationship as a record (the inverse of relation_row)."""
    attrs = {k: v for k, v in row.items() if v is not None and k not in _EDGE_ONLY}
    return Relation(
        row["subject"], predicate, row["object"],
        valid_from=attrs.pop("valid_from", None), valid_to=attrs.pop("valid_to", None),
        confidence=attrs.pop("confidence", None), method=attrs.pop("method", None) or "manual",
        attributes=attrs, evidence=[Span(**e) for e in evidence_of(row)], id=row["id"],
    )  # fmt: skip
