"""The CSV layout for researchers' spreadsheets: one file per entity type and one per predicate.

A folder holds `<Type>.csv` (Person.csv, Organization.csv, ...) and
`<predicate>.csv` (member_of.csv, convicted_by.csv, ...); any may be missing.
Columns, all derived from the ontology (`acg ontology show` lists them):

- entity files: `id`, `name`, `aliases`, then the type's attributes;
- predicate files: `id` (optional), `subject`, `object` (entity ids; a crime
  type by its notation), then `valid_from`, `valid_to` for temporal predicates,
  the predicate's attributes, `confidence`, `method`, and one piece of
  evidence: `evidence_id` (optional), `document`, `start`, `end`, `page`, `quote`. Rows with the same
  `id` are one assertion with several pieces of evidence.

Several values in one cell are separated by " | "; a taxonomy value is its
notation ("cah_torture"); dates are ISO 8601 of reduced precision. Unknown
columns are an error naming the file and the column, so a typo cannot drop a
whole column of data silently.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ontology.errors import InvalidInput
from ontology.loader import load
from ontology.model import INTEGER_TYPES, Attribute
from ontology.records import Entity, Relation, Span

SEPARATOR = " | "
EVIDENCE = ("evidence_id", "document", "start", "end", "page", "quote")
_STRUCTURAL = {"confidence", "method", "valid_from", "valid_to"}


def entity_columns(type_name: str) -> list[str]:
    attrs = [a.name for a in load().entity_types[type_name].attributes if a.name not in {"name", "aliases"}]
    return ["id", "name", "aliases", *attrs]


def _own_attributes(predicate: str) -> list[Attribute]:
    return [a for a in load().predicates[predicate].attributes if a.name not in _STRUCTURAL]


def relation_columns(predicate: str) -> list[str]:
    p = load().predicates[predicate]
    dates = ["valid_from", "valid_to"] if p.temporal else []
    return ["id", "subject", "object", *dates, *(a.name for a in _own_attributes(predicate)),
            "confidence", "method", *EVIDENCE]  # fmt: skip


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return SEPARATOR.join(map(str, value))
    return str(value)


def write(entities: Iterable[Entity], relations: Iterable[Relation], folder: Path) -> int:
    """Write the records into `folder` (created); the number of rows written."""
    folder.mkdir(parents=True, exist_ok=True)
    onto = load()
    files: dict[str, tuple[Any, csv.DictWriter[str]]] = {}

    def writer(name: str, columns: list[str]) -> csv.DictWriter[str]:
        if name not in files:
            f = (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            files[name] = (f, w)
        return files[name][1]

    n = 0
    try:
        for e in entities:
            if onto.entity_types[e.type].scheme is not None:
                continue
            row = {"id": e.id, "name": e.name, "aliases": _cell(e.aliases)}
            row.update({k: _cell(v) for k, v in e.attributes.items()})
            writer(e.type, entity_columns(e.type)).writerow(row)
            n += 1
        for r in relations:
            base = {"id": r.assertion_id(), "subject": r.subject, "object": r.object, "confidence": _cell(r.confidence),
                    "method": r.method, **{k: _cell(v) for k, v in r.attributes.items()}}  # fmt: skip
            if onto.predicates[r.predicate].temporal:
                base.update(valid_from=_cell(r.valid_from), valid_to=_cell(r.valid_to))
            w = writer(r.predicate, relation_columns(r.predicate))
            for span in r.evidence or [Span()]:
                cited = {"evidence_id": span.id, "document": span.document, "start": span.start, "end": span.end,
                         "page": span.page}  # fmt: skip
                w.writerow({**base, **{k: _cell(v) for k, v in cited.items()}, "quote": span.text})
                n += 1
    finally:
        for f, _ in files.values():
            f.close()
    return n


def _parse(a: Attribute, text: str, where: str) -> Any:
    if a.many:
        return [_scalar(a, v.strip(), where) for v in text.split(SEPARATOR.strip()) if v.strip()]
    return _scalar(a, text, where)


def _scalar(a: Attribute, text: str, where: str) -> Any:
    try:
        if a.datatype == "decimal":
            return float(text)
        if a.datatype in INTEGER_TYPES:
            return int(text)
    except ValueError:
        raise InvalidInput(f"{where}: {text!r} is not a number") from None
    return text


def _rows(path: Path, columns: list[str]) -> Iterator[tuple[str, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        unknown = [c for c in reader.fieldnames or [] if c not in columns]
        if unknown:
            raise InvalidInput(f"{path}: unknown column {unknown[0]!r}; the columns are {', '.join(columns)}")
        for number, row in enumerate(reader, start=2):
            yield f"{path}:{number}", {k: (v or "").strip() for k, v in row.items() if k is not None}


def read(folder: Path) -> tuple[list[Entity], list[Relation], list[str]]:
    """The records of the CSV files in `folder`, and one problem per row that could not be read."""
    onto = load()
    entities: list[Entity] = []
    relations: dict[str, Relation] = {}
    problems: list[str] = []
    known = {*onto.entity_types, *onto.predicates}
    for path in sorted(folder.glob("*.csv")):
        if path.stem not in known:
            problems.append(f"{path}: not a type or predicate of the ontology; file skipped")
    for type_name, t in onto.entity_types.items():
        path = folder / f"{type_name}.csv"
        if t.scheme is not None or not path.exists():
            continue
        attrs = {a.name: a for a in t.attributes}
        for where, row in _rows(path, entity_columns(type_name)):
            try:
                values = {k: _parse(attrs[k], v, f"{where} {k}") for k, v in row.items() if v and k in attrs}
                values.pop("name", None)
                aliases = values.pop("aliases", [])
                entities.append(Entity(row.get("id", ""), type_name, row.get("name", ""), aliases, values))
            except InvalidInput as err:
                problems.append(str(err))
    for name in onto.predicates:
        path = folder / f"{name}.csv"
        if not path.exists():
            continue
        attrs = {a.name: a for a in onto.predicates[name].attributes}
        for where, row in _rows(path, relation_columns(name)):
            try:
                _add_relation(name, row, attrs, where, relations)
            except InvalidInput as err:
                problems.append(str(err))
    return entities, list(relations.values()), problems


def _add_relation(
    name: str, row: dict[str, str], attrs: dict[str, Attribute], where: str, out: dict[str, Relation]
) -> None:
    if not row.get("subject") or not row.get("object"):
        raise InvalidInput(f"{where}: subject and object are needed")
    start, end, page = (_scalar(Attribute("", k, k, "", "integer"), row[k], f"{where} {k}") if row.get(k) else None
                        for k in ("start", "end", "page"))  # fmt: skip
    document, evidence_id = row.get("document") or None, row.get("evidence_id") or None
    span = Span(start, end, row.get("quote", ""), document, page, evidence_id)
    rid = row.get("id", "")
    if rid and rid in out:
        out[rid].evidence.append(span)
        return
    values = {k: _parse(attrs[k], v, f"{where} {k}") for k, v in row.items() if v and k in attrs}
    r = Relation(
        row["subject"], name, row["object"], valid_from=values.pop("valid_from", None),
        valid_to=values.pop("valid_to", None), confidence=values.pop("confidence", None),
        method=values.pop("method", None) or "csv-import", attributes=values,
        evidence=[span] if span != Span() else [], id=rid,
    )  # fmt: skip
    out[rid or r.assertion_id()] = r
