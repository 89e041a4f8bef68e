"""Read acc.ttl into typed objects and refuse an inconsistent ontology.

Every problem found is collected and reported together, so that one run of
the tests names all of them (a relation whose domain is an unknown class, a
predicate without its Cypher name, a concept without a notation, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib.resources import files

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from ontology.errors import AcgError
from ontology.model import (
    Attribute,
    Concept,
    ConceptScheme,
    EntityType,
    Ontology,
    Predicate,
)

ACC = Namespace("https://w3id.org/acg/ontology#")
ONTOLOGY_IRI = "https://w3id.org/acg/ontology"

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Node shapes vis-network draws with the label beside the node.
_SHAPES = {"dot", "square", "hexagon", "triangle", "triangleDown", "diamond", "star", "box", "ellipse"}
_XSD_TYPES = {"string", "decimal", "integer", "nonNegativeInteger", "positiveInteger", "boolean", "anyURI"}
# Classes that structure provenance; they are not node labels of the store.
_STRUCTURAL = {ACC.Assertion, ACC.Evidence}


class OntologyError(AcgError):
    """The ontology source is inconsistent; `problems` lists every finding."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("ontology is inconsistent:\n  " + "\n  ".join(problems))


def _english(value: Node) -> bool:
    """A literal in English or in no language (a concept's English names)."""
    return not isinstance(value, Literal) or value.language in {None, "en"}


def _uris(nodes: Iterable[Node]) -> list[URIRef]:
    """The IRIs among `nodes`, sorted (blank nodes and literals are dropped)."""
    return sorted(n for n in nodes if isinstance(n, URIRef))


def source_text() -> str:
    """The Turtle source of the ontology, as committed."""
    return (files("ontology") / "acc.ttl").read_text(encoding="utf-8")


@cache
def ontology_graph() -> Graph:
    """The ontology as an rdflib graph (shared: do not modify it)."""
    return Graph().parse(data=source_text(), format="turtle")


@cache
def load() -> Ontology:
    """The ontology of this installation, checked once per process."""
    return build(ontology_graph())


def build(g: Graph) -> Ontology:
    """Typed ontology from an RDF graph; raises OntologyError listing all problems."""
    return _Builder(g).build()


class _Builder:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self.problems: list[str] = []

    # -- small readers -------------------------------------------------------

    def name(self, node: Node) -> str:
        """A short name for messages, the same whatever prefixes the graph binds."""
        if isinstance(node, URIRef) and str(node).startswith(str(ACC)):
            return "acc:" + str(node)[len(str(ACC)) :]
        return self.g.qname(node) if isinstance(node, URIRef) else str(node)

    def text(self, node: Node, prop: URIRef, what: str, required: bool = True) -> str:
        """The one English (or untagged) value of `prop`; values in other languages are `translations`'."""
        values = [str(v) for v in self.g.objects(node, prop) if isinstance(v, Literal) and v.language in {None, "en"}]
        if not values:
            if required:
                self.problems.append(f"{self.name(node)} has no {what}")
            return ""
        if len(values) > 1:
            self.problems.append(f"{self.name(node)} has {len(values)} values of {what}")
        return sorted(values)[0]

    def translations(self, node: Node, prop: URIRef) -> dict[str, str]:
        """The values of `prop` in other languages than English, by language tag (one each)."""
        out: dict[str, str] = {}
        for v in self.g.objects(node, prop):
            if isinstance(v, Literal) and v.language not in {None, "en"}:
                if v.language in out:
                    self.problems.append(f"{self.name(node)} has two {v.language} values of {self.name(prop)}")
                out[str(v.language)] = str(v)
        return dict(sorted(out.items()))

    def other_names(self, node: Node) -> dict[str, tuple[str, ...]]:
        """A concept's alternative labels in other languages than English, by language tag."""
        out: dict[str, list[str]] = {}
        for v in self.g.objects(node, SKOS.altLabel):
            if isinstance(v, Literal) and not _english(v):
                out.setdefault(str(v.language), []).append(str(v))
        return {lang: tuple(sorted(names)) for lang, names in sorted(out.items())}

    def flag(self, node: Node, prop: URIRef) -> bool:
        values = list(self.g.objects(node, prop))
        for v in values:
            if not (isinstance(v, Literal) and v.datatype == XSD.boolean):
                self.problems.append(f"{self.name(node)}: {self.name(prop)} must be true or false")
                return False
        return any(bool(v.toPython()) for v in values if isinstance(v, Literal))

    def iris(self, node: Node, prop: URIRef) -> tuple[str, ...]:
        return tuple(sorted(str(v) for v in self.g.objects(node, prop) if isinstance(v, URIRef)))

    def members(self, node: Node) -> Iterator[Node]:
        """A class expression: the class itself, or the members of its owl:unionOf."""
        if isinstance(node, BNode):
            union = self.g.value(node, OWL.unionOf)
            if union is None:
                self.problems.append("a class expression that is not an owl:unionOf")
                return
            yield from Collection(self.g, union)
        else:
            yield node

    # -- classes -------------------------------------------------------------

    def entity_classes(self) -> dict[URIRef, str]:
        labels: dict[URIRef, str] = {}
        for cls in _uris(self.g.subjects(RDF.type, OWL.Class)):
            if not str(cls).startswith(str(ACC)):
                continue
            cypher = self.text(cls, ACC.cypherName, "Cypher name", required=False)
            if cypher:
                if not _PASCAL.match(cypher):
                    self.problems.append(f"{self.name(cls)}: Cypher label {cypher!r} is not PascalCase")
                labels[cls] = cypher
        return labels

    def expand(self, node: Node, classes: dict[URIRef, str], where: str) -> tuple[str, ...]:
        """Entity type names of a domain or range (abstract classes expand to subclasses)."""
        names: list[str] = []
        for member in self.members(node):
            if isinstance(member, URIRef) and member in classes:
                names.append(classes[member])
                continue
            subs = [classes[c] for c in classes if member in set(self.g.objects(c, RDFS.subClassOf))]
            if member in _STRUCTURAL or (member, RDF.type, OWL.Class) not in self.g or not subs:
                self.problems.append(f"{where} names unknown class {self.name(member)}")
            names.extend(subs)
        return tuple(dict.fromkeys(names))

    def class_scheme(self, cls: URIRef, schemes: dict[str, ConceptScheme]) -> str | None:
        scheme = self.g.value(cls, ACC.conceptScheme)
        if scheme is None:
            return None
        key = _scheme_key(scheme) if isinstance(scheme, URIRef) else ""
        if key not in schemes:
            self.problems.append(f"{self.name(cls)} names no known concept scheme")
            return None
        return key

    # -- attributes ----------------------------------------------------------

    def attribute(self, prop: URIRef, schemes: dict[str, ConceptScheme]) -> Attribute:
        name = self.text(prop, ACC.jsonName, "JSON name")
        if name and not _SNAKE.match(name):
            self.problems.append(f"{self.name(prop)}: JSON name {name!r} is not snake_case")
        rng = self.g.value(prop, RDFS.range)
        scheme_key: str | None = None
        if rng == SKOS.Concept:
            datatype = "concept"
            scheme = self.g.value(prop, ACC.conceptScheme)
            scheme_key = _scheme_key(scheme) if isinstance(scheme, URIRef) else None
            if scheme_key not in schemes:
                self.problems.append(f"{self.name(prop)} names no known concept scheme")
        elif rng == ACC.ReducedDate:
            datatype = "ReducedDate"
        elif isinstance(rng, URIRef) and str(rng).startswith(str(XSD)) and rng.fragment in _XSD_TYPES:
            datatype = rng.fragment
        else:
            self.problems.append(f"{self.name(prop)} has unsupported range {rng}")
            datatype = "string"
        return Attribute(
            iri=str(prop),
            name=name,
            label=self.text(prop, RDFS.label, "label"),
            definition=self.text(prop, SKOS.definition, "definition"),
            datatype=datatype,
            scheme=scheme_key,
            many=self.flag(prop, ACC.multiValued),
            required=self.flag(prop, ACC.required),
        )

    # -- taxonomies ----------------------------------------------------------

    def schemes(self) -> dict[str, ConceptScheme]:
        out: dict[str, ConceptScheme] = {}
        for scheme in _uris(self.g.subjects(RDF.type, SKOS.ConceptScheme)):
            key = _scheme_key(scheme)
            concepts = [self.concept(c) for c in _uris(self.g.subjects(SKOS.inScheme, scheme))]
            notations = [c.notation for c in concepts]
            dupes = sorted({n for n in notations if notations.count(n) > 1})
            if dupes:
                self.problems.append(f"{self.name(scheme)} repeats notations {dupes}")
            known = set(notations)
            for c in concepts:
                for b in c.broader:
                    if b not in known:
                        self.problems.append(f"{c.iri}: broader {b!r} is not in {self.name(scheme)}")
            out[key] = ConceptScheme(
                key=key,
                iri=str(scheme),
                label=self.text(scheme, SKOS.prefLabel, "prefLabel"),
                definition=self.text(scheme, SKOS.definition, "definition"),
                concepts=tuple(sorted(concepts, key=lambda c: c.notation)),
            )
            self.check_acyclic(out[key])
        return out

    def concept(self, node: Node) -> Concept:
        broader = []
        for b in self.g.objects(node, SKOS.broader):
            notation = self.g.value(b, SKOS.notation)
            broader.append(str(notation) if notation is not None else str(b))
        return Concept(
            iri=str(node),
            notation=self.text(node, SKOS.notation, "notation"),
            label=self.text(node, SKOS.prefLabel, "prefLabel"),
            labels=self.translations(node, SKOS.prefLabel),
            definition=self.text(node, SKOS.definition, "definition"),
            alt_labels=tuple(sorted(str(v) for v in self.g.objects(node, SKOS.altLabel) if _english(v))),
            alt_labels_in=self.other_names(node),
            broader=tuple(sorted(broader)),
            legal_basis=self.text(node, ACC.legalBasis, "legal basis", required=False) or None,
            exact_match=self.iris(node, SKOS.exactMatch),
        )

    def check_acyclic(self, scheme: ConceptScheme) -> None:
        parents = {c.notation: c.broader for c in scheme.concepts}
        for start in parents:
            seen: set[str] = set()
            frontier = list(parents[start])
            while frontier:
                n = frontier.pop()
                if n == start:
                    self.problems.append(f"{scheme.key}: {start!r} is its own broader concept")
                    break
                if n not in seen:
                    seen.add(n)
                    frontier.extend(parents.get(n, ()))

    # -- the whole -----------------------------------------------------------

    def build(self) -> Ontology:
        g = self.g
        onto = URIRef(ONTOLOGY_IRI)
        if (onto, RDF.type, OWL.Ontology) not in g:
            self.problems.append(f"no owl:Ontology {ONTOLOGY_IRI}")
        version = self.text(onto, OWL.versionInfo, "owl:versionInfo")
        schemes = self.schemes()
        classes = self.entity_classes()

        attrs = {p: self.attribute(p, schemes) for p in _uris(g.subjects(RDF.type, OWL.DatatypeProperty))}

        entity_types: dict[str, EntityType] = {}
        for cls, label in classes.items():
            own = [
                a for p, a in attrs.items() if any(m == cls for d in g.objects(p, RDFS.domain) for m in self.members(d))
            ]
            self.check_unique([a.name for a in own], f"attributes of {label}")
            color = self.text(cls, ACC.displayColor, "display colour")
            shape = self.text(cls, ACC.displayShape, "display shape")
            if color and not _COLOR.match(color):
                self.problems.append(f"{label}: colour {color!r} is not #RRGGBB")
            if shape and shape not in _SHAPES:
                self.problems.append(f"{label}: shape {shape!r} is not one of {sorted(_SHAPES)}")
            entity_types[label] = EntityType(
                iri=str(cls),
                name=label,
                label=self.text(cls, RDFS.label, "label"),
                labels=self.translations(cls, RDFS.label),
                definition=self.text(cls, SKOS.definition, "definition"),
                attributes=tuple(sorted(own, key=lambda a: (not a.required, a.name))),
                color=color,
                shape=shape,
                superclasses=self.iris(cls, RDFS.subClassOf),
                exact_match=self.iris(cls, SKOS.exactMatch),
                scheme=self.class_scheme(cls, schemes),
            )

        provenance = tuple(attrs[p] for p in _uris(g.objects(ACC.Assertion, ACC.attribute)) if p in attrs)
        period = (ACC.validFrom, ACC.validTo, ACC.firstCited, ACC.lastCited)
        validity = tuple(attrs[p] for p in period if p in attrs)
        if len(validity) != len(period):
            self.problems.append(
                "acc:validFrom, acc:validTo, acc:firstCited and acc:lastCited must be datatype properties"
            )
        evidence = tuple(a for p, a in attrs.items() if (p, RDFS.domain, ACC.Evidence) in g)

        predicates: dict[str, Predicate] = {}
        inverses: dict[str, str] = {}
        for prop in _uris(g.subjects(RDF.type, OWL.ObjectProperty)):
            inverse_of = g.value(prop, OWL.inverseOf)
            domain = g.value(prop, RDFS.domain)
            if inverse_of is not None:
                inverses[str(prop)] = str(inverse_of)
                continue
            if domain in _STRUCTURAL:
                continue
            predicate = self.predicate(prop, classes, attrs, provenance, validity)
            if predicate.name in predicates:
                self.problems.append(f"two predicates are named {predicate.name!r}")
            predicates[predicate.name] = predicate
        self.check_unique([p.cypher for p in predicates.values()], "Cypher relationship types")

        by_iri = {p.iri: p for p in predicates.values()}
        inverse_names: dict[str, str] = {}
        for inv_iri, fwd_iri in inverses.items():
            inv = URIRef(inv_iri)
            inv_name = self.text(inv, ACC.jsonName, "JSON name")
            self.text(inv, RDFS.label, "label")
            if fwd_iri not in by_iri:
                self.problems.append(f"{self.name(inv)} is the inverse of unknown predicate {fwd_iri}")
                continue
            fwd = by_iri[fwd_iri]
            inverse_names[inv_name] = fwd.name
            predicates[fwd.name] = replace(fwd, inverse=inv_name)

        if self.problems:
            raise OntologyError(sorted(set(self.problems)))
        return Ontology(
            iri=ONTOLOGY_IRI,
            version=version,
            entity_types=entity_types,
            predicates=dict(sorted(predicates.items())),
            schemes=schemes,
            assertion_attributes=provenance + validity,
            evidence_attributes=evidence,
            inverses=inverse_names,
        )

    def predicate(
        self,
        prop: URIRef,
        classes: dict[URIRef, str],
        attrs: dict[URIRef, Attribute],
        provenance: tuple[Attribute, ...],
        validity: tuple[Attribute, ...],
    ) -> Predicate:
        g = self.g
        where = self.name(prop)
        name = self.text(prop, ACC.jsonName, "JSON name")
        cypher = self.text(prop, ACC.cypherName, "Cypher name")
        if name and not _SNAKE.match(name):
            self.problems.append(f"{where}: JSON name {name!r} is not snake_case")
        if cypher and (not _UPPER_SNAKE.match(cypher) or cypher != name.upper()):
            self.problems.append(f"{where}: Cypher name {cypher!r} is not the UPPER_SNAKE_CASE of {name!r}")
        domain_node = g.value(prop, RDFS.domain)
        range_node = g.value(prop, RDFS.range)
        domain = self.expand(domain_node, classes, f"domain of {where}") if domain_node else ()
        range_ = self.expand(range_node, classes, f"range of {where}") if range_node else ()
        if not domain or not range_:
            self.problems.append(f"{where} lacks a domain or a range")
        own = []
        for a in _uris(g.objects(prop, ACC.attribute)):
            if a in attrs:
                own.append(attrs[a])
            else:
                self.problems.append(f"{where} names unknown attribute {self.name(a)}")
        temporal = self.flag(prop, ACC.temporal)
        all_attrs = tuple(own) + provenance + (validity if temporal else ())
        self.check_unique([a.name for a in all_attrs], f"attributes of {where}")
        sensitivity = g.value(prop, ACC.defaultSensitivity)
        return Predicate(
            iri=str(prop),
            name=name,
            cypher=cypher,
            label=self.text(prop, RDFS.label, "label"),
            labels=self.translations(prop, RDFS.label),
            definition=self.text(prop, SKOS.definition, "definition"),
            domain=domain,
            range=range_,
            temporal=temporal,
            attributes=all_attrs,
            example=self.text(prop, SKOS.example, "example"),
            default_sensitivity=str(g.value(sensitivity, SKOS.notation)) if sensitivity is not None else None,
            super_properties=self.iris(prop, RDFS.subPropertyOf),
            exact_match=self.iris(prop, SKOS.exactMatch),
            close_match=self.iris(prop, SKOS.closeMatch),
        )

    def check_unique(self, names: list[str], what: str) -> None:
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            self.problems.append(f"{what} repeat {dupes}")


def _scheme_key(scheme: URIRef) -> str:
    """acc:crimeTypeScheme -> crimeType."""
    local = str(scheme).rsplit("#", 1)[-1]
    return local.removesuffix("Scheme")
