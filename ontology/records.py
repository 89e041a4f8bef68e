"""Entities and relations as the extractor, the importers and the store exchange them.

The JSON form is the extraction contract of DESIGN.md. `check()` holds a
record against the ontology: an unknown type, predicate or attribute, a value
outside its taxonomy or a malformed date is an InvalidInput naming the field,
so bad input is reported and skipped instead of reaching the store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ontology import dates
from ontology.errors import InvalidInput
from ontology.model import INTEGER_TYPES, Attribute, Ontology

# What json.dumps(..., default=str, ensure_ascii=False) makes, without a new encoder for every record.
_ID_JSON = json.JSONEncoder(default=str, ensure_ascii=False)


@dataclass(frozen=True)
class Span:
    """Evidence: a document and, when its text was read, the span (character offsets into the text as read)."""

    start: int | None = None
    end: int | None = None
    text: str = ""
    document: str | None = None
    page: int | None = None
    id: str | None = None  # kept when the evidence came from RDF with an IRI of its own

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        if self.start is not None and self.end is not None:
            out.update(start=self.start, end=self.end, text=self.text)
        elif self.text:
            out["text"] = self.text  # a quote without offsets (a researcher's spreadsheet) is still a quote
        if self.document is not None:
            out["document"] = self.document
        if self.page is not None:
            out["page"] = self.page
        return out


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    valid_from: str | None = None
    valid_to: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    confidence: float | None = None
    method: str = "manual"
    evidence: list[Span] = field(default_factory=list)
    id: str = ""

    def assertion_id(self) -> str:
        """Stable id: the same statement from the same sources gets the same id (writes are idempotent)."""
        if self.id:
            return self.id
        # Attributes in the order of their names (a dict's names are distinct: sorting the pairs sorts them).
        # Most records have no attributes, and many no evidence: nothing to sort (2.8 to 2.4 µs an id).
        key = _ID_JSON.encode(
            [self.subject, self.predicate, self.object, self.valid_from, self.valid_to,
             sorted(self.attributes.items()) if self.attributes else [],
             sorted({e.document or "" for e in self.evidence}) if self.evidence else []]
        )  # fmt: skip
        return "a-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def _check_value(onto: Ontology, a: Attribute, value: Any, where: str) -> Any:
    if value is None:
        return None
    if a.many:
        if not isinstance(value, list):
            raise InvalidInput(f"{where}.{a.name}: expected a list, got {type(value).__name__}")
        return [_check_scalar(onto, a, v, f"{where}.{a.name}") for v in value]
    return _check_scalar(onto, a, value, f"{where}.{a.name}")


def _check_scalar(onto: Ontology, a: Attribute, value: Any, where: str) -> Any:
    if a.datatype == "ReducedDate":
        return dates.parse(value, where) if isinstance(value, str) else dates.parse(str(value), where)
    if a.datatype == "concept":
        assert a.scheme is not None
        allowed = onto.schemes[a.scheme].notations()
        if value not in allowed:
            raise InvalidInput(f"{where}: {value!r} is not one of {', '.join(allowed)}")
        return value
    if a.datatype == "decimal":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidInput(f"{where}: {value!r} is not a number")
        return float(value)
    if a.datatype in INTEGER_TYPES:
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < (1 if a.datatype == "positiveInteger" else 0)
        ):
            raise InvalidInput(f"{where}: {value!r} is not a {a.datatype}")
        return value
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: {value!r} is not text")
    return value


def check_entity(onto: Ontology, e: Entity) -> Entity:
    where = f"entity {e.id or '?'}"
    if not e.id:
        raise InvalidInput("entity: id is empty")
    if e.type not in onto.entity_types:
        raise InvalidInput(f"{where}.type: {e.type!r} is not one of {', '.join(onto.entity_types)}")
    if not e.name or not e.name.strip():
        raise InvalidInput(f"{where}.name: empty")
    et = onto.entity_types[e.type]
    known = et.by_name
    for key, value in e.attributes.items():
        if key not in known or key in {"name", "aliases"}:
            raise InvalidInput(f"{where}.attributes.{key}: not an attribute of {e.type}")
        e.attributes[key] = _check_value(onto, known[key], value, f"{where}.attributes")
    return e


def check_relation(onto: Ontology, r: Relation) -> Relation:
    where = f"relation {r.subject}-{r.predicate}->{r.object}"
    if r.predicate not in onto.predicates:
        raise InvalidInput(f"{where}.predicate: {r.predicate!r} is not one of {', '.join(onto.predicates)}")
    p = onto.predicates[r.predicate]
    if not p.temporal and (r.valid_from or r.valid_to):
        raise InvalidInput(f"{where}: {r.predicate} is not temporal; it takes no valid_from/valid_to")
    r.valid_from = dates.parse(r.valid_from, f"{where}.valid_from") if r.valid_from else None
    r.valid_to = dates.parse(r.valid_to, f"{where}.valid_to") if r.valid_to else None
    if r.valid_from and r.valid_to and dates.lower_key(r.valid_from) > dates.upper_key(r.valid_to):  # type: ignore[operator]
        raise InvalidInput(f"{where}: valid_from {r.valid_from} is after valid_to {r.valid_to}")
    if r.confidence is not None and not 0 <= r.confidence <= 1:
        raise InvalidInput(f"{where}.confidence: {r.confidence} is not between 0 and 1")
    known = p.by_name
    structural = {"valid_from", "valid_to", "confidence", "method"}
    for key, value in r.attributes.items():
        if key not in known or key in structural:
            raise InvalidInput(f"{where}.attributes.{key}: not an attribute of {r.predicate}")
        r.attributes[key] = _check_value(onto, known[key], value, f"{where}.attributes")
    return r
