"""Records to RDF and back: the canonical interchange of DESIGN.md ("Data flow").

An entity is a resource typed by its class, with one triple per attribute
value. A relation is two things: the plain triple (subject, predicate,
object), for anyone who reads the graph without provenance, and a reified
`acc:Assertion` (a prov:Entity) that carries its dates, attributes,
confidence, method, review status and evidence; each `acc:Evidence` names
its document, span and page (`acc:document` is a prov:wasDerivedFrom).

`to_graph` and `from_graph` are inverse on graphs in this form, so exporting
what was imported gives an isomorphic graph. Two cases keep their form too:
a plain triple with no assertion (it gets an id beginning with "t-" and is
written back as a plain triple) and evidence with an IRI of its own (its id is
kept). Identifiers are `https://w3id.org/acg/id/` + id; an id that is an
absolute http(s) or urn IRI is used as it is. Crime types are the ontology's
concepts, never written as entities.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any
from urllib.parse import quote, unquote

from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from ontology import dates
from ontology.loader import ACC, load
from ontology.model import INTEGER_TYPES, Attribute, Ontology, Predicate
from ontology.records import Entity, Relation, Span

ID = Namespace("https://w3id.org/acg/id/")
PLAIN = "t-"  # id prefix of a relation that came as a plain triple, without an assertion
_ABSOLUTE = ("http://", "https://", "urn:")
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
_SAFE = ":-._~!$&'()*+,;=@"
# Terms written for every record, made once (a namespace makes a new term at each attribute access).
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_ASSERTION, _EVIDENCE, _HAS_EVIDENCE, _DOCUMENT = ACC.Assertion, ACC.Evidence, ACC.evidence, ACC.document


@cache
def _term(text: str) -> URIRef:
    """The IRI of a class, predicate or attribute of the ontology (a small set, made once each)."""
    return URIRef(text)


@lru_cache(maxsize=4096)
def iri(entity_id: str) -> URIRef:
    if entity_id.startswith(_ABSOLUTE):
        return URIRef(entity_id)
    return ID[quote(entity_id, safe=_SAFE)]


def id_of(node: Node) -> str:
    text = str(node)
    return unquote(text[len(str(ID)) :]) if text.startswith(str(ID)) else text


def bind(g: Graph) -> Graph:
    g.bind("acc", ACC)
    g.bind("id", ID)
    for key, scheme in load().schemes.items():
        g.bind(_prefix(key), Namespace(scheme.concepts[0].iri.rsplit("/", 1)[0] + "/"))
    return g


def _prefix(key: str) -> str:
    return {"crimeType": "crime", "organizationKind": "orgkind", "mechanismKind": "mechkind",
            "reviewStatus": "review"}.get(key, key.lower())  # fmt: skip


@cache
def _concepts() -> tuple[dict[tuple[str, str], URIRef], dict[str, tuple[str, str]]]:
    """(scheme, notation) -> concept IRI, and back."""
    onto = load()
    forward = {(k, c.notation): URIRef(c.iri) for k, s in onto.schemes.items() for c in s.concepts}
    return forward, {str(v): k for k, v in forward.items()}


def _literal(a: Attribute, value: Any) -> Node:
    return _literal_of(a.datatype, a.scheme, value)


@lru_cache(maxsize=4096)
def _literal_of(datatype: str, scheme: str | None, value: Any) -> Node:
    """The RDF value of an attribute value; made once for values met again and again (kinds, methods,
    confidences, dates, statuses), since rdflib takes microseconds to make a literal."""
    if datatype == "concept":
        assert scheme is not None
        return _concepts()[0][(scheme, value)]
    if datatype == "ReducedDate":
        return Literal(value, datatype=_DATE_TYPES[len(value)])
    if datatype == "decimal":
        return Literal(Decimal(repr(float(value))), datatype=XSD.decimal)
    if datatype == "string":
        return Literal(value)
    if datatype in INTEGER_TYPES:
        return Literal(int(value))  # xsd:integer, with the shapes' minimum
    return Literal(value, datatype=XSD[datatype])


def _value(a: Attribute, node: Node, where: str) -> Any:
    if a.datatype == "concept":
        found = _concepts()[1].get(str(node))
        if found is None or found[0] != a.scheme:
            allowed = load().schemes[a.scheme or ""].notations() if a.scheme else ()
            # A bare notation is accepted too ("co_perpetration" for liability:co_perpetration).
            if isinstance(node, Literal) and str(node) in allowed:
                return str(node)
            raise ValueError(f"{where}: {node} is not a concept of {a.scheme}")
        return found[1]
    if not isinstance(node, Literal):
        raise ValueError(f"{where}: expected a literal, got {node}")
    if a.datatype == "ReducedDate":
        return dates.parse(str(node), where)
    if a.datatype == "decimal":
        return float(node.toPython())
    if a.datatype in INTEGER_TYPES:
        return int(node.toPython())
    return str(node)


Triple = tuple[Node, Node, Node]


def _attribute_triples(node: Node, attributes: Iterable[Attribute], values: dict[str, Any]) -> Iterator[Triple]:
    for a in attributes:
        value = values.get(a.name)
        if value is None:
            continue
        for v in value if a.many else [value]:
            yield node, _term(a.iri), _literal(a, v)


def entity_triples(e: Entity) -> Iterator[Triple]:
    """The triples of one entity (none for a crime type: those are the ontology's concepts)."""
    if e.type == "CrimeType":
        return
    node = iri(e.id)
    t = load().entity_types[e.type]
    yield node, _TYPE, _term(t.iri)
    values = {**e.attributes, "name": e.name, "aliases": [a for a in e.aliases if a != e.name]}
    yield from _attribute_triples(node, t.attributes, values)


def _object(r: Relation) -> URIRef:
    if r.predicate == "of_type":
        return _concepts()[0][("crimeType", r.object)]
    return iri(r.object)


def relation_triples(r: Relation) -> Iterator[Triple]:
    """The plain triple of one relation, then its assertion and evidence (none for a plain triple)."""
    onto = load()
    p = onto.predicates[r.predicate]
    s, o = iri(r.subject), _object(r)
    yield s, _term(p.iri), o
    rid = r.assertion_id()
    if rid.startswith(PLAIN):
        return
    node = iri(rid)
    yield node, _TYPE, _ASSERTION
    yield node, _SUBJECT, s
    yield node, _PREDICATE, _term(p.iri)
    yield node, _OBJECT, o
    values = {**r.attributes, "confidence": r.confidence, "method": r.method,
              "valid_from": r.valid_from, "valid_to": r.valid_to}  # fmt: skip
    yield from _attribute_triples(node, p.attributes, values)
    for i, span in enumerate(r.evidence):
        ev: Node = iri(span.id) if span.id else BNode(_evidence_key(rid, i, span))
        yield node, _HAS_EVIDENCE, ev
        yield ev, _TYPE, _EVIDENCE
        if span.document:
            yield ev, _DOCUMENT, iri(span.document)
        values = {"start": span.start, "end": span.end, "page": span.page, "text": span.text or None}
        yield from _attribute_triples(ev, onto.evidence_attributes, values)


def _evidence_key(rid: str, i: int, span: Span) -> str:
    digest = hashlib.sha256(json.dumps([rid, i, span.to_json()], sort_keys=True).encode()).hexdigest()
    return "e" + digest[:24]


def to_graph(entities: Iterable[Entity], relations: Iterable[Relation], g: Graph | None = None) -> Graph:
    """The records as RDF in the ontology (added to `g` when given)."""
    g = bind(Graph()) if g is None else g
    for e in entities:
        for t in entity_triples(e):
            g.add(t)
    for r in relations:
        for t in relation_triples(r):
            g.add(t)
    return g


@dataclass
class Records:
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _n3(node: Node) -> str:
    return node.n3()


def _read_attributes(
    g: Graph, node: Node, attributes: Iterable[Attribute], where: str, problems: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for a in attributes:
        values = []
        for v in sorted(g.objects(node, URIRef(a.iri)), key=_n3):
            try:
                values.append(_value(a, v, f"{where} {a.name}"))
            except ValueError as err:
                problems.append(str(err))
        if values:
            out[a.name] = sorted(values) if a.many else values[0]
            if not a.many and len(values) > 1:
                problems.append(f"{where} {a.name}: {len(values)} values, one allowed; kept {values[0]!r}")
    return out


def _entities(onto: Ontology, g: Graph, out: Records) -> dict[str, str]:
    classes = {URIRef(onto.entity_types[n].iri): n for n in onto.entity_types_but_taxonomies()}
    types: dict[str, str] = {}
    for node, cls in g.subject_objects(RDF.type):
        name = classes.get(cls)  # type: ignore[call-overload]
        if name is None:
            continue
        where = f"{node.n3(g.namespace_manager)}"
        if not isinstance(node, URIRef):
            out.problems.append(f"{where}: an entity needs an IRI, not a blank node; left out")
            continue
        attrs = _read_attributes(g, node, onto.entity_types[name].attributes, where, out.problems)
        names = [attrs.pop("name")] if "name" in attrs else []
        if not names:
            out.problems.append(f"{where}: a {name} without acc:name; left out")
            continue
        eid = id_of(node)
        if eid in types:
            out.problems.append(f"{where}: typed both {types[eid]} and {name}; kept {types[eid]}")
            continue
        types[eid] = name
        out.entities.append(Entity(eid, name, names[0], attrs.pop("aliases", []), attrs))
    return types


def _relation_end(node: Node) -> str:
    concept = _concepts()[1].get(str(node))
    return concept[1] if concept and concept[0] == "crimeType" else id_of(node)


def from_graph(g: Graph) -> Records:
    """The entities and relations of a graph in the ontology; what does not fit is named in `problems`."""
    onto = load()
    out = Records()
    _entities(onto, g, out)
    by_iri: dict[Node, Predicate] = {URIRef(p.iri): p for p in onto.predicates.values()}
    reified: set[tuple[Node, Node, Node]] = set()
    for node in sorted(g.subjects(RDF.type, ACC.Assertion), key=_n3):
        where = node.n3(g.namespace_manager)
        s, pred, o = g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object)
        p = by_iri.get(pred) if pred is not None else None
        if s is None or o is None or p is None:
            out.problems.append(f"{where}: an assertion needs rdf:subject, rdf:object and a known rdf:predicate")
            continue
        reified.add((s, pred, o))  # type: ignore[arg-type]
        attrs = _read_attributes(g, node, p.attributes, where, out.problems)
        spans = [_span(onto, g, ev, out.problems) for ev in sorted(g.objects(node, ACC.evidence), key=_n3)]
        r = Relation(
            _relation_end(s), p.name, _relation_end(o),
            valid_from=attrs.pop("valid_from", None), valid_to=attrs.pop("valid_to", None),
            confidence=attrs.pop("confidence", None), method=attrs.pop("method", "manual"),
            attributes=attrs, evidence=sorted(spans, key=_span_order),
            id=id_of(node) if isinstance(node, URIRef) else "",
        )  # fmt: skip
        out.relations.append(r)
    plain = (t for pred in by_iri for t in g.triples((None, pred, None)) if t not in reified)
    for s, pred, o in sorted(plain, key=lambda t: tuple(map(_n3, t))):
        p = by_iri[pred]
        r = Relation(_relation_end(s), p.name, _relation_end(o), method="rdf-import")
        key = json.dumps([r.subject, r.predicate, r.object])
        r.id = PLAIN + hashlib.sha256(key.encode()).hexdigest()[:24]
        out.relations.append(r)
    return out


def _span(onto: Ontology, g: Graph, ev: Node, problems: list[str]) -> Span:
    where = ev.n3(g.namespace_manager)
    values = _read_attributes(g, ev, onto.evidence_attributes, where, problems)
    document = g.value(ev, ACC.document)
    return Span(
        start=values.get("start"), end=values.get("end"), text=values.get("text", ""),
        document=id_of(document) if document is not None else None, page=values.get("page"),
        id=id_of(ev) if isinstance(ev, URIRef) else None,
    )  # fmt: skip


def _span_order(s: Span) -> tuple[str, int, int, str]:
    return (s.document or "", s.start if s.start is not None else -1, s.end or -1, s.id or "")
