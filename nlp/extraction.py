"""What the extractor says of one document, and its JSON form (the extraction contract of DESIGN.md), both
ways: `acg extract` writes it, `acg ingest --from-extractions` reads it back.

Reading it back checks every field against the ontology and the document's own ids, and names the field
that is wrong; nothing read is trusted more than what the extractor would have made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ontology.errors import InvalidInput
from ontology.model import Ontology
from ontology.records import Entity, Relation, Span, check_entity, check_relation

_DOCUMENT_ID = re.compile(r"sha256:[0-9a-f]{64}")


@dataclass
class Extraction:
    document: dict[str, Any]
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    refused: str | None = None  # why the document was not read at all (its language)
    notes: list[str] = field(default_factory=list)  # what the reader should know, though nothing was lost

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "entities": [
                {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "attributes": e.attributes,
                 "mentions": [m.to_json() for m in e.mentions]}
                for e in self.entities
            ],
            "relations": [
                {"subject": r.subject, "predicate": r.predicate, "object": r.object, "valid_from": r.valid_from,
                 "valid_to": r.valid_to, "attributes": r.attributes, "confidence": r.confidence, "method": r.method,
                 "evidence": [s.to_json() for s in r.evidence]}
                for r in self.relations
            ],
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Any, onto: Ontology) -> Extraction:
        """The extraction `to_json` wrote; a field that is missing, of the wrong kind or unknown to the
        ontology is an InvalidInput naming it."""
        data = _object(data, "the line")
        document = _object(data.get("document"), "document")
        if not isinstance(document.get("id"), str) or not _DOCUMENT_ID.fullmatch(document["id"]):
            raise InvalidInput("document.id: expected sha256:<64 hex digits>")
        chars = document.get("chars")
        if isinstance(chars, bool) or not isinstance(chars, int) or chars < 0:
            raise InvalidInput("document.chars: expected a count of characters")
        entities = [_entity(e, f"entities[{i}]", onto) for i, e in enumerate(_list(data, "entities"))]
        ids = {e.id for e in entities}
        relations = [_relation(r, f"relations[{i}]", ids, onto) for i, r in enumerate(_list(data, "relations"))]
        return cls(document, entities, relations)


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"{where}: expected a JSON object")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput(f"{key}: expected a list")
    return value


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise InvalidInput(f"{where}.{key}: expected text")
    return value


def _span(value: Any, where: str) -> Span:
    data = _object(value, where)
    start, end, page = data.get("start"), data.get("end"), data.get("page")
    for key, n in (("start", start), ("end", end), ("page", page)):
        if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
            raise InvalidInput(f"{where}.{key}: expected a non-negative integer")
    if (start is None) != (end is None) or (start is not None and end is not None and end < start):
        raise InvalidInput(f"{where}: start and end go together, start first")
    text = data.get("text", "")
    if not isinstance(text, str):
        raise InvalidInput(f"{where}.text: expected text")
    return Span(start, end, text, page=page)


def _entity(value: Any, where: str, onto: Ontology) -> Entity:
    data = _object(value, where)
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InvalidInput(f"{where}.aliases: expected a list of names")
    mentions = [_span(m, f"{where}.mentions[{i}]") for i, m in enumerate(_list(data, "mentions"))]
    attributes = _object(data.get("attributes", {}), f"{where}.attributes")
    entity = Entity(_text(data, "id", where), _text(data, "type", where), _text(data, "name", where), aliases,
                    dict(attributes), mentions)  # fmt: skip
    try:
        return check_entity(onto, entity)
    except InvalidInput as e:
        raise InvalidInput(f"{where}: {e}") from None


def _relation(value: Any, where: str, ids: set[str], onto: Ontology) -> Relation:
    data = _object(value, where)
    subject, obj = _text(data, "subject", where), _text(data, "object", where)
    for key, ref in (("subject", subject), ("object", obj)):
        if ref not in ids:
            raise InvalidInput(f"{where}.{key}: {ref!r} is no entity of the document")
    confidence = data.get("confidence")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, int | float)):
        raise InvalidInput(f"{where}.confidence: expected a number")
    dates = {k: data.get(k) for k in ("valid_from", "valid_to")}
    for key, date in dates.items():
        if date is not None and not isinstance(date, str):
            raise InvalidInput(f"{where}.{key}: expected a date (1995, 1995-07, 1995-07-13)")
    method = data.get("method", "nlp")
    if not isinstance(method, str):
        raise InvalidInput(f"{where}.method: expected text")
    evidence = [_span(s, f"{where}.evidence[{i}]") for i, s in enumerate(_list(data, "evidence"))]
    relation = Relation(subject, _text(data, "predicate", where), obj, dates["valid_from"], dates["valid_to"],
                        dict(_object(data.get("attributes", {}), f"{where}.attributes")),
                        None if confidence is None else float(confidence), method, evidence)  # fmt: skip
    try:
        return check_relation(onto, relation)
    except InvalidInput as e:
        raise InvalidInput(f"{where}: {e}") from None
