"""The ontology's SHACL shapes as direct checks on an rdflib graph: the same constraints, in one pass.

`ontology.shapes` writes the shapes as SHACL, for any engine. This module
builds the same constraints from the same `Ontology` and applies them after
reading the graph once; a general SHACL engine (pyshacl) took a fifth of an
ingest doing this. Each violation names the focus node and path a SHACL engine
reports for it: tests/test_shapes.py holds the two to each other, with pyshacl,
on every kind of violation and on generated graphs.

SHACL's meaning is kept where it matters: `sh:class` and the targets of a
class follow `rdfs:subClassOf` in the data graph; `sh:datatype xsd:string`
takes a literal with neither datatype nor language; an ill-typed literal
("x"^^xsd:integer) has no datatype; `sh:minInclusive`, `sh:maxInclusive` and
`sh:lessThanOrEquals` fail on values that cannot be compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from ontology.loader import ACC, load
from ontology.model import Attribute, Ontology, Predicate
from ontology.shapes import INTEGER_MINIMUM, SHA256_PATTERN, assertion_message

# Why a value breaks a constraint, or None when it keeps it.
Check = Callable[[Node, "_Index"], str | None]
Found = tuple[Node, Node | None, str]  # focus, path (None for the node itself), message

_PYTHON_TYPES: dict[URIRef, type | tuple[type, ...]] = {
    XSD.string: str, XSD.integer: int, XSD.decimal: Decimal, XSD.date: date,
}  # fmt: skip
_REDUCED_DATES = (XSD.gYear, XSD.gYearMonth, XSD.date)
# Terms read for every node, made once (a namespace makes a new term at each attribute access).
_TYPE, _SUBJECT, _PREDICATE, _OBJECT, _STRING = RDF.type, RDF.subject, RDF.predicate, RDF.object, XSD.string
_ASSERTION, _EVIDENCE, _DOCUMENT, _HAS_EVIDENCE = ACC.Assertion, ACC.Evidence, ACC.Document, ACC.evidence
_START, _END = ACC.start, ACC.end
_NUMBERS = (int, float, Decimal)


class _Index:
    """The graph read once: each node's values by predicate, and the classes of each node."""

    def __init__(self, g: Graph) -> None:
        self._names = g.namespace_manager
        self.values: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in g:
            self.values.setdefault(s, {}).setdefault(p, []).append(o)
        self._parents: dict[Node, list[Node]] = {}
        for s, o in g.subject_objects(RDFS.subClassOf):
            self._parents.setdefault(s, []).append(o)
        self._classes: dict[Node, frozenset[Node]] = {}

    def show(self, value: Node) -> str:
        """A value as Turtle writes it, with the graph's prefixes, cut to 80 characters."""
        text = value.n3(self._names)
        return text if len(text) <= 80 else text[:77] + "..."

    def of(self, node: Node, path: Node) -> list[Node]:
        return self.values.get(node, {}).get(path, [])

    def classes(self, node: Node) -> frozenset[Node]:
        """The classes of a node: its rdf:types and, through rdfs:subClassOf in the data, theirs."""
        found = self._classes.get(node)
        if found is None:
            seen: set[Node] = set()
            frontier = list(self.of(node, _TYPE))
            while frontier:
                c = frontier.pop()
                if c not in seen:
                    seen.add(c)
                    frontier += self._parents.get(c, [])
            found = self._classes[node] = frozenset(seen)
        return found


# --- value checks, one per kind of SHACL constraint the shapes use ---


def _datatype(*datatypes: URIRef) -> Check:
    """sh:datatype (one of several, for a reduced date's sh:or), as pyshacl reads it."""
    names = " or ".join(f"xsd:{d.rsplit('#', 1)[-1]}" for d in datatypes)

    def check(value: Node, index: _Index) -> str | None:
        if isinstance(value, Literal):
            for d in datatypes:
                typed = value.datatype == d and value.ill_typed is not True
                plain = d == _STRING and value.datatype is None and value.language is None
                if (typed or plain) and isinstance(value.value, _PYTHON_TYPES.get(d, object)):
                    return None
        return f"{index.show(value)} is not an {names}"

    return check


def _comparable(value: Node) -> Any:
    """The value a SPARQL comparison would use, or None when it has none a number can be compared with."""
    if isinstance(value, Literal) and isinstance(value.value, _NUMBERS) and not isinstance(value.value, bool):
        return value.value
    return None


def _number(datatype: URIRef, low: int | None, high: int | None = None) -> Check:
    """A datatype with inclusive bounds (sh:minInclusive, sh:maxInclusive)."""
    typed = _datatype(datatype)

    def check(value: Node, index: _Index) -> str | None:
        why = typed(value, index)
        if why is not None:
            return why
        v = _comparable(value)
        if v is None or (low is not None and v < low) or (high is not None and v > high):
            bounds = f"at least {low}" if high is None else f"between {low} and {high}"
            return f"{index.show(value)} is not {bounds}"
        return None

    return check


def _one_of(allowed: Iterable[str], what: str) -> Check:
    """sh:in: a concept of one taxonomy, or one of the predicates."""
    terms = frozenset(URIRef(a) for a in allowed)

    def check(value: Node, index: _Index) -> str | None:
        return None if value in terms else f"{index.show(value)} is not one of the {what}"

    return check


def _instance_of(onto: Ontology, names: tuple[str, ...]) -> Check:
    """sh:class (or an sh:or of them): the value is an instance of one of these classes."""
    classes = frozenset(URIRef(onto.entity_types[n].iri) for n in names)
    what = " or ".join(names)

    def check(value: Node, index: _Index) -> str | None:
        return None if classes & index.classes(value) else f"{index.show(value)} is not of class {what}"

    return check


def _iri(value: Node, index: _Index) -> str | None:
    """sh:nodeKind sh:IRI."""
    return None if isinstance(value, URIRef) else f"{index.show(value)} is not an IRI"


def _pattern(pattern: str) -> Check:
    compiled = re.compile(pattern)

    def check(value: Node, index: _Index) -> str | None:
        return None if compiled.search(str(value)) else f"{index.show(value)} does not match {pattern}"

    return check


def _both(first: Check, second: Check) -> Check:
    def check(value: Node, index: _Index) -> str | None:
        return first(value, index) or second(value, index)

    return check


@dataclass(frozen=True)
class _Property:
    """One sh:property: a path, how many values it takes, and what each value must be."""

    path: URIRef
    check: Check | None = None
    required: bool = False
    single: bool = False

    def violations(self, index: _Index, focus: Node) -> Iterable[Found]:
        values = index.of(focus, self.path)
        if self.required and not values:
            yield focus, self.path, "is required and missing"
        if self.single and len(values) > 1:
            yield focus, self.path, f"takes one value and has {len(values)}"
        if self.check is not None:
            for v in values:
                why = self.check(v, index)
                if why is not None:
                    yield focus, self.path, why


def _object_check(onto: Ontology, p: Predicate) -> Check:
    """The objects of a predicate: the concepts of a taxonomy class, or instances of its range."""
    schemes = [onto.entity_types[r].scheme for r in p.range]
    if len(schemes) == 1 and schemes[0] is not None:
        return _concept_of(onto, schemes[0])
    return _instance_of(onto, p.range)


def _concept_of(onto: Ontology, scheme: str) -> Check:
    """sh:in the concepts of one taxonomy."""
    return _one_of((c.iri for c in onto.schemes[scheme].concepts), f"{scheme} concepts")


def _value_check(onto: Ontology, a: Attribute) -> Check:
    if a.datatype == "concept":
        assert a.scheme is not None
        return _concept_of(onto, a.scheme)
    if a.datatype == "ReducedDate":
        return _datatype(*_REDUCED_DATES)
    if a.datatype in INTEGER_MINIMUM:
        return _number(XSD.integer, INTEGER_MINIMUM[a.datatype])
    if a.name == "confidence":
        return _number(XSD[a.datatype], 0, 1)
    check = _datatype(XSD[a.datatype])
    return _both(check, _pattern(SHA256_PATTERN)) if a.name == "sha256" else check


def _property(onto: Ontology, a: Attribute) -> _Property:
    return _Property(URIRef(a.iri), _value_check(onto, a), required=a.required, single=not a.many)


@dataclass(frozen=True)
class _Rule:
    """What the assertions of one predicate may be: closed to these paths, with these subjects and objects."""

    allowed: frozenset[Node]
    subject: Check
    object: Check
    message: str

    def violations(self, index: _Index, assertion: Node) -> list[Found]:
        """The rule's message when the assertion breaks it, after what exactly is wrong (SHACL's details)."""
        values = index.values.get(assertion, {})
        found: list[Found] = [(assertion, path, "is not an attribute this predicate takes")
                              for path in values if path not in self.allowed]  # fmt: skip
        for path, check in ((_SUBJECT, self.subject), (_OBJECT, self.object)):
            found += [(assertion, path, why) for v in values.get(path, []) if (why := check(v, index)) is not None]
        return [*found, (assertion, None, self.message)] if found else []


class Conformance:
    """The shapes of one ontology, compiled; `violations(graph)` checks a graph against them."""

    def __init__(self, onto: Ontology) -> None:
        self.entities: dict[Node, tuple[_Property, ...]] = {
            URIRef(et.iri): tuple(_property(onto, a) for a in et.attributes)
            for et in map(onto.entity_type, onto.entity_types_but_taxonomies())
        }
        self.predicates: dict[Node, tuple[Check, Check, str]] = {
            URIRef(p.iri): (_instance_of(onto, p.domain), _object_check(onto, p), " or ".join(p.domain))
            for p in onto.predicates.values()
        }
        attributes = {a.iri: a for p in onto.predicates.values() for a in p.attributes}
        predicate_iris = [p.iri for p in onto.predicates.values()]
        self.assertion = (
            _Property(_SUBJECT, _iri, required=True, single=True),
            _Property(_PREDICATE, _one_of(predicate_iris, "ontology's predicates"), required=True, single=True),
            _Property(_OBJECT, _iri, required=True, single=True),
            _Property(_HAS_EVIDENCE, _evidence_class),
            *(_property(onto, attributes[iri]) for iri in sorted(attributes)),
        )
        structural = {_TYPE, _PREDICATE, _SUBJECT, _OBJECT, _HAS_EVIDENCE}
        self.rules: dict[Node, _Rule] = {
            URIRef(p.iri): _Rule(
                allowed=frozenset(structural | {URIRef(a.iri) for a in p.attributes}),
                subject=_instance_of(onto, p.domain),
                object=_object_check(onto, p),
                message=assertion_message(p),
            )
            for p in onto.predicates.values()
        }
        self.evidence = (
            _Property(ACC.document, _document_class, required=True, single=True),
            *(_property(onto, a) for a in onto.evidence_attributes),
        )

    def violations(self, g: Graph) -> list[Found]:
        """Every violation in `g`, in no particular order (one value may break a constraint more than once)."""
        index = _Index(g)
        found: list[Found] = []
        for node, values in index.values.items():
            classes = index.classes(node)
            for cls in classes:
                for prop in self.entities.get(cls, ()):
                    found += prop.violations(index, node)
                if cls in self.entities and not isinstance(node, URIRef):
                    found.append((node, None, "is not an IRI; an entity needs one"))
            if _ASSERTION in classes:
                for prop in self.assertion:
                    found += prop.violations(index, node)
            if _EVIDENCE in classes:
                for prop in self.evidence:
                    found += prop.violations(index, node)
                found += _start_not_after_end(index, node)
            for path, objects in values.items():
                checks = self.predicates.get(path)
                if checks is not None:
                    domain, range_, needs = checks
                    if domain(node, index) is not None:
                        found.append((node, None, f"is the subject of {index.show(path)} and not of class {needs}"))
                    found += [(node, path, why) for o in objects if (why := range_(o, index)) is not None]
                if path == _PREDICATE:
                    for p in objects:
                        rule = self.rules.get(p)
                        if rule is not None:
                            found += rule.violations(index, node)
        return found


def _evidence_class(value: Node, index: _Index) -> str | None:
    return None if _EVIDENCE in index.classes(value) else f"{index.show(value)} is not of class Evidence"


def _document_class(value: Node, index: _Index) -> str | None:
    return None if _DOCUMENT in index.classes(value) else f"{index.show(value)} is not of class Document"


def _start_not_after_end(index: _Index, focus: Node) -> Iterable[Found]:
    """sh:lessThanOrEquals from acc:start to acc:end: every start is at most every end."""
    for start in index.of(focus, _START):
        for end in index.of(focus, _END):
            a, b = _comparable(start), _comparable(end)
            if a is None or b is None:
                yield focus, _START, f"start {index.show(start)} cannot be compared with end {index.show(end)}"
            elif a > b:
                yield focus, _START, f"start {index.show(start)} is after end {index.show(end)}"


@cache
def conformance() -> Conformance:
    """The compiled shapes of this installation's ontology."""
    return Conformance(load())
