"""FollowTheMoney (the data model of OpenAleph, OpenSanctions and yente) to and from the ontology's records.

One table says how each type and predicate is written in FtM, and both directions read it:

| ontology | FtM |
|---|---|
| Person, Organization, Location, Case, Crime, Document | Person, Organization, Address, CourtCase, Event, Document |
| Mechanism | PublicBody whose `classification` is its kind ("national_court") |
| commands | Directorship (director, organization, role, startDate, endDate) |
| member_of | Membership (member, organization, role, startDate, endDate) |
| financed | Payment (payer, beneficiary, startDate, endDate) |
| accused_in, witness_in | CourtCaseParty (party, case, role "accused" or "witness") |
| occurred_in | the Event's `addressEntity` |
| of_type | the Event's `keywords`: the crime type's notation ("torture") |
| any other predicate | UnknownLink (subject, object, role: the predicate's name) |
| a link's evidence document | the link's `proof`, and a Documentation (document, entity) for each end |

Every link carries its dates, its evidence documents as `proof` and its quotes as `summary`, and its
confidence and method in `description` ("confidence 0.7; acg-nlp/verb-kill"). What FtM cannot hold is
left out: a document's archive copy and SHA-256 and a crime's victim count are dropped, a link's review
status and its evidence offsets too, and a link read from a property (an Event's address) keeps no evidence
of its own.

The entities are plain JSON (`{"id", "schema", "properties": {name: [values]}}`), written and read here
without the `followthemoney` library: its text normaliser needs PyICU, which PyPI has only as C++ source
to build against ICU. The tests hold every line written to the library itself (tests/test_ftm.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, Span

SCHEMAS = {"Person": "Person", "Organization": "Organization", "Location": "Address", "Case": "CourtCase",
           "Crime": "Event", "Document": "Document", "Mechanism": "PublicBody"}  # fmt: skip
# FtM schemata read back, and the ontology's type for each (a PublicBody is a Mechanism when it says its kind).
TYPES = {"Person": "Person", "Organization": "Organization", "Company": "Organization", "LegalEntity": "Organization",
         "PublicBody": "Organization", "Address": "Location", "CourtCase": "Case", "Event": "Crime",
         "Document": "Document", "Article": "Document", "Pages": "Document", "PlainText": "Document",
         "HyperText": "Document"}  # fmt: skip
# Links written as an interval schema of their own: (schema, subject property, object property).
LINKS = {
    "commands": ("Directorship", "director", "organization"),
    "member_of": ("Membership", "member", "organization"),
    "financed": ("Payment", "payer", "beneficiary"),
}
PARTIES = {"accused_in": "accused", "witness_in": "witness"}
# Attributes as FtM properties, per type: (attribute, property).
ATTRIBUTES = {
    "Person": (("description", "description"), ("title", "title"), ("rank", "position"), ("wikidata", "wikidataId"),
               ("gender", "gender"), ("birth_date", "birthDate"), ("death_date", "deathDate")),
    "Organization": (("description", "description"), ("country", "country"), ("kind", "classification"),
                     ("wikidata", "wikidataId")),
    "Mechanism": (("description", "description"), ("country", "country"), ("kind", "classification"),
                  ("wikidata", "wikidataId")),
    "Location": (("description", "description"), ("country", "country"), ("wikidata", "wikidataId")),
    "Case": (("description", "description"), ("case_number", "caseNumber"), ("status", "status"),
             ("start_date", "fileDate"), ("end_date", "closeDate"), ("wikidata", "wikidataId")),
    "Crime": (("description", "description"), ("country", "country"), ("start_date", "startDate"),
              ("end_date", "endDate")),
    "Document": (("title", "title"), ("url", "sourceUrl"), ("publisher", "publisher"), ("published", "publishedAt")),
}  # fmt: skip
_CONFIDENCE = re.compile(r"confidence (?P<c>[0-9.]+)(?:; (?P<m>\S+))?")


Proxy = dict[str, Any]  # an FtM entity as JSON: {"id", "schema", "properties": {name: [values]}}


def _proxy(schema: str, id_: str, props: Iterable[tuple[str, Any]]) -> Proxy:
    properties: dict[str, list[str]] = {}
    for prop, value in props:
        for v in value if isinstance(value, list) else [value]:
            if v is None or v == "":
                continue
            text = str(v).lower() if prop == "country" else str(v)
            values = properties.setdefault(prop, [])
            if text not in values:
                values.append(text)
    return {"id": id_, "schema": schema, "properties": properties}


def _entity(e: Entity) -> Proxy:
    props: list[tuple[str, Any]] = [("name", e.name)]
    props += [("alias", e.aliases)] if e.type != "Document" else []
    props += [(prop, e.attributes.get(attr)) for attr, prop in ATTRIBUTES.get(e.type, ())]
    if e.type == "Location":
        props += [("full", e.name)]
    return _proxy(SCHEMAS[e.type], e.id, props)


def _link_props(r: Relation) -> list[tuple[str, Any]]:
    quotes = [s.text for s in r.evidence if s.text]
    about = "; ".join(x for x in (f"confidence {r.confidence}" if r.confidence is not None else "", r.method) if x)
    return [
        ("startDate", r.valid_from), ("endDate", r.valid_to), ("date", r.attributes.get("date")),
        ("proof", sorted({s.document for s in r.evidence if s.document})), ("summary", quotes[:3]),
        ("description", about),
    ]  # fmt: skip


def to_ftm(entities: Iterable[Entity], relations: Iterable[Relation]) -> Iterator[dict[str, Any]]:
    """FtM entities (as dicts, one per JSON line) for the records: an entity each, a link each, a
    Documentation for each document that cites something of an entity (so that OpenAleph lists the
    documents about a person), the crime types and places of events added to their Event (so Events come
    last)."""
    events: dict[str, Proxy] = {}
    documented: set[tuple[str, str]] = set()
    for e in entities:
        if e.type not in SCHEMAS:
            continue
        proxy = _entity(e)
        if e.type == "Crime":
            events[e.id] = proxy
        else:
            yield proxy
    for r in relations:
        event = events.get(r.subject)
        if r.predicate == "of_type" and event is not None:
            event["properties"].setdefault("keywords", []).append(r.object)
            continue
        if r.predicate == "occurred_in" and event is not None:
            event["properties"].setdefault("addressEntity", []).append(r.object)
            continue
        rid = f"link-{r.assertion_id()}"
        if r.predicate in LINKS:
            schema, subject, obj = LINKS[r.predicate]
            role = r.attributes.get("role") or r.attributes.get("title")
            ends = [(subject, r.subject), (obj, r.object), ("role", role)]
        elif r.predicate in PARTIES:
            schema, ends = "CourtCaseParty", [("party", r.subject), ("case", r.object), ("role", PARTIES[r.predicate])]
        else:
            schema, ends = "UnknownLink", [("subject", r.subject), ("object", r.object), ("role", r.predicate)]
        yield _proxy(schema, rid, [*ends, *_link_props(r)])
        for document in sorted({s.document for s in r.evidence if s.document}):
            for end in (r.subject, r.object):
                if (document, end) not in documented and end != document:
                    documented.add((document, end))
                    yield _proxy("Documentation", f"doc-{document}-{end}", [("document", document), ("entity", end)])
    yield from events.values()


# -- in --------------------------------------------------------------------------------------------------------


def read_proxy(data: Any, where: str) -> Proxy:
    """One FtM entity of a JSON line; InvalidInput naming `where` and the field when it is none."""
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not isinstance(data.get("schema"), str):
        raise InvalidInput(f"{where}: not an FtM entity (an object with an id, a schema and properties)")
    properties = data.get("properties", {})
    if not isinstance(properties, dict):
        raise InvalidInput(f"{where}: properties: not an object")
    for prop, values in properties.items():
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise InvalidInput(f"{where}: properties.{prop}: not a list of strings")
    datasets = data.get("datasets", [])
    if not isinstance(datasets, list) or not all(isinstance(d, str) and d for d in datasets):
        raise InvalidInput(f"{where}: datasets: not a list of names")
    return {"id": data["id"], "schema": data["schema"], "properties": properties, "datasets": datasets}


def _all(proxy: Proxy, prop: str) -> list[str]:
    return list(proxy["properties"].get(prop, []))


def _first(proxy: Proxy, prop: str) -> str | None:
    values = proxy["properties"].get(prop)
    return values[0] if values else None


def _kinds() -> tuple[set[str], set[str]]:
    schemes = load().schemes
    return set(schemes["mechanismKind"].notations()), set(schemes["organizationKind"].notations())


def from_ftm(proxies: Iterable[tuple[str, Proxy]], source: str) -> tuple[list[Entity], list[Relation], list[str]]:
    """The ontology's records for FtM entities (each with where it was read, "file:line"), and the problems:
    a schema or a link the ontology has no place for is reported and left out. Every link cites `source`
    (the file as a document) besides the documents its `proof` names, and keeps its dates."""
    mechanisms, org_kinds = _kinds()
    crime_types = set(load().schemes["crimeType"].notations())
    predicates = set(load().predicates)
    entities: list[Entity] = []
    relations: list[Relation] = []
    problems: list[str] = []
    documentation = 0

    def link(proxy: Proxy, where: str, subject: str | None, predicate: str, obj: str | None) -> None:
        if not subject or not obj:
            problems.append(f"{where}: {proxy['schema']} {proxy['id']}: no {predicate} ends; left out")
            return
        about = _CONFIDENCE.match(_first(proxy, "description") or "")
        attrs: dict[str, Any] = {}
        if (role := _first(proxy, "role")) and predicate in {"commands", "member_of", "financed"}:
            attrs["role"] = role
        if (date := _first(proxy, "date")) and predicate in {"convicted_by", "acquitted_by", "charged_by",
                                                               "accused_in"}:  # fmt: skip
            attrs["date"] = date
        temporal = load().predicates[predicate].temporal
        evidence = [Span(document=source), *(Span(document=d) for d in _all(proxy, "proof"))]
        # the datasets it was read from (OpenSanctions'), in the method: the file stays the one document cited
        read = "ftm-import" + "".join(f"/{d}" for d in proxy.get("datasets", []))
        relations.append(Relation(
            subject, predicate, obj,
            valid_from=_first(proxy, "startDate") if temporal else None,
            valid_to=_first(proxy, "endDate") if temporal else None,
            attributes=attrs, confidence=float(about["c"]) if about else None,
            method=(about["m"] if about and about["m"] else read), evidence=evidence,
        ))  # fmt: skip

    for where, proxy in proxies:
        schema = proxy["schema"]
        if schema in LINKS_BY_SCHEMA:
            predicate, subject, obj = LINKS_BY_SCHEMA[schema]
            link(proxy, where, _first(proxy, subject), predicate, _first(proxy, obj))
        elif schema == "CourtCaseParty":
            role = (_first(proxy, "role") or "").lower()
            party: str | None = next((p for p, r in PARTIES.items() if r == role or (p == "accused_in" and role in
                                      {"defendant", "accused", "respondent"})), None)  # fmt: skip
            if party is None:
                problems.append(f"{where}: CourtCaseParty {proxy['id']}: role {role!r} is no predicate; left out")
            else:
                link(proxy, where, _first(proxy, "party"), party, _first(proxy, "case"))
        elif schema == "UnknownLink":
            role = _first(proxy, "role") or ""
            if role not in predicates:
                problems.append(f"{where}: UnknownLink {proxy['id']}: role {role!r} is no predicate; left out")
            else:
                link(proxy, where, _first(proxy, "subject"), role, _first(proxy, "object"))
        elif schema in TYPES:
            entities.append(_record(proxy, mechanisms, org_kinds))
            if schema == "Event":
                for keyword in _all(proxy, "keywords"):
                    if keyword in crime_types:
                        relations.append(Relation(proxy["id"], "of_type", keyword, method="ftm-import",
                                                  evidence=[Span(document=source)]))  # fmt: skip
                for place in _all(proxy, "addressEntity"):
                    relations.append(Relation(proxy["id"], "occurred_in", place, method="ftm-import",
                                              evidence=[Span(document=source)]))  # fmt: skip
        elif schema == "Documentation":
            documentation += 1
        else:
            problems.append(f"{where}: {schema} {proxy['id']}: the ontology has no type for it; left out")
    if documentation:
        problems.append(f"{source}: {documentation} Documentation entities (a document about an entity) have no "
                        "place in the store beside the evidence of links; left out")  # fmt: skip
    return entities, relations, problems


LINKS_BY_SCHEMA = {schema: (p, s, o) for p, (schema, s, o) in LINKS.items()}


def _record(proxy: Proxy, mechanisms: set[str], org_kinds: set[str]) -> Entity:
    schema = proxy["schema"]
    type_ = TYPES[schema]
    kind = _first(proxy, "classification")
    if schema == "PublicBody":
        type_ = "Mechanism" if kind in mechanisms else "Organization"
    names = _all(proxy, "name") or _all(proxy, "title") or _all(proxy, "full")
    name = names[0] if names else proxy["id"]
    aliases = [n for n in [*names[1:], *_all(proxy, "alias")] if n != name]
    attrs: dict[str, Any] = {}
    for attr, prop in ATTRIBUTES.get(type_, ()):
        value = _first(proxy, prop)
        if value:
            attrs[attr] = value.upper() if attr == "country" else value
    if type_ == "Organization":
        attrs.pop("kind", None)
        if kind in org_kinds:
            attrs["kind"] = kind
        elif schema == "Company":
            attrs["kind"] = "company"
        elif schema == "PublicBody":
            attrs["kind"] = "state_institution"
    if type_ == "Mechanism":
        attrs["kind"] = kind
    return Entity(proxy["id"], type_, name, aliases if type_ != "Document" else [], attrs)
