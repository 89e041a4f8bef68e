"""Records to store rows, built column by column: a list per column, every column of the table present.

A bulk load turns the columns into Arrow arrays (graph.bulk) without a dict per row; an upsert sends
them as rows (`as_rows`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from graph.columns import edge_columns, node_columns
from ontology import dates, load
from ontology.model import Ontology
from ontology.names import name_keys
from ontology.records import Entity, Relation, Span

# What json.dumps(..., ensure_ascii=False, sort_keys=True) makes, without a new encoder for every span.
_EVIDENCE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)

Columns = dict[str, list[Any]]


@cache
def _node_names(label: str) -> tuple[str, ...]:
    return tuple(c.name for c in node_columns(load(), label))


@cache
def _edge_names(predicate: str) -> tuple[str, ...]:
    return tuple(c.name for c in edge_columns(load(), predicate))


def _scatter(columns: dict[str, list[Any] | None], n: int, i: int, values: dict[str, Any]) -> None:
    """Row i's values into their columns; a column is made (all null) when a row first has a value for it.
    A value with no column is not stored (checked records have none; a change record written by an older
    version may)."""
    for key, value in values.items():
        if key not in columns:
            continue
        column = columns[key]
        if column is None:
            column = columns[key] = [None] * n
        column[i] = value


def _filled(columns: dict[str, list[Any] | None], n: int) -> Columns:
    return {k: [None] * n if v is None else v for k, v in columns.items()}


def _or(column: list[Any] | None, default: Any, n: int) -> list[Any]:
    """The column with `default` where a row has no value."""
    return [default] * n if column is None else [default if v is None else v for v in column]


def _person_keys(e: Entity) -> list[str]:
    # A surname alone finds a person; two people with one surname make it ambiguous, never a silent pick.
    keys = name_keys(e.name, e.aliases)
    return list(dict.fromkeys(keys + [k.rsplit(" ", 1)[1] for k in keys if " " in k]))


def entity_columns(label: str, entities: Sequence[Entity]) -> Columns:
    """The node rows of `entities`, all of type `label` and checked (ontology.records.check_entity)."""
    n = len(entities)
    columns: dict[str, list[Any] | None] = dict.fromkeys(_node_names(label))
    for i, e in enumerate(entities):
        if e.attributes:
            _scatter(columns, n, i, e.attributes)
    columns["id"] = [e.id for e in entities]
    columns["name"] = [e.name for e in entities]
    if label == "Person":
        columns["keys"] = [_person_keys(e) for e in entities]
    else:
        columns["keys"] = [name_keys(e.name, e.aliases) for e in entities]
    if "aliases" in columns:
        columns["aliases"] = [[a for a in dict.fromkeys(e.aliases) if a != e.name] for e in entities]
    return _filled(columns, n)


def relation_columns(
    onto: Ontology, predicate: str, relations: Sequence[Relation], ids: Sequence[str] | None = None
) -> Columns:
    """The relationship rows of `relations`, all of `predicate` and checked (check_relation), with their
    ends as the columns `subject` and `object`. `ids`: their assertion ids, when the caller has made them."""
    p = onto.predicate(predicate)
    n = len(relations)
    columns: dict[str, list[Any] | None] = dict.fromkeys(_edge_names(predicate))
    for i, r in enumerate(relations):
        if r.attributes:
            _scatter(columns, n, i, r.attributes)
    columns.update(
        id=[r.assertion_id() for r in relations] if ids is None else list(ids),
        subject=[r.subject for r in relations],
        object=[r.object for r in relations],
        confidence=[r.confidence for r in relations],
        method=[r.method for r in relations],
        evidence=[[_EVIDENCE_JSON.encode(s.to_json()) for s in r.evidence] if r.evidence else [] for r in relations],
        sources=[sorted({s.document for s in r.evidence if s.document}) if r.evidence else [] for r in relations],
    )
    columns["review_status"] = _or(columns["review_status"], "unreviewed", n)
    if p.default_sensitivity:
        columns["sensitivity"] = _or(columns["sensitivity"], p.default_sensitivity, n)
    if p.temporal:
        starts, ends = [r.valid_from for r in relations], [r.valid_to for r in relations]
        first, last = columns["first_cited"] or [None] * n, columns["last_cited"] or [None] * n
        columns.update(
            valid_from=starts,
            valid_to=ends,
            from_key=[dates.lower_key(v) for v in starts],
            to_key=[dates.upper_key(v) for v in ends],
            # A citation shows the link held on its date: one cited date bounds the evidence on both sides.
            cited_from_key=[dates.lower_key(f or la) for f, la in zip(first, last, strict=True)],
            cited_to_key=[dates.upper_key(la or f) for f, la in zip(first, last, strict=True)],
        )
    return _filled(columns, n)


def as_rows(columns: Columns) -> list[dict[str, Any]]:
    """The same rows, one dict each (for UNWIND)."""
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def entity_row(onto: Ontology, e: Entity) -> dict[str, Any]:
    return as_rows(entity_columns(e.type, [e]))[0]


def relation_row(onto: Ontology, r: Relation) -> dict[str, Any]:
    return as_rows(relation_columns(onto, r.predicate, [r]))[0]


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
