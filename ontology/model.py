"""Typed objects for the ontology's classes, predicates, attributes and taxonomies.

These are plain frozen dataclasses: the rest of the code reads the vocabulary
through them and never through raw RDF, so a typo is an attribute error that
mypy sees rather than a silent empty query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol


class Labelled(Protocol):
    """A term with an English label and its labels in other languages."""

    @property
    def label(self) -> str: ...
    @property
    def labels(self) -> dict[str, str]: ...


def label_in(term: Labelled, language: str) -> str:
    """The term's label in `language` ("en", "fr", ...), its English label where it has none in that one.

    >>> label_in(Concept("x", "torture", "torture", "", labels={"fr": "la torture"}), "fr")
    'la torture'
    >>> label_in(Concept("x", "torture", "torture", ""), "de")
    'torture'
    """
    return term.labels.get(language, term.label)


@dataclass(frozen=True)
class Concept:
    """A concept of a SKOS taxonomy; `notation` is its value in JSON and in the store."""

    iri: str
    notation: str
    label: str
    definition: str
    alt_labels: tuple[str, ...] = ()  # in English
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # fr, es, de: the label
    # fr, es, de: other names ("crímenes contra la humanidad", a national code's "homicidio calificado")
    alt_labels_in: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    broader: tuple[str, ...] = ()
    legal_basis: str | None = None
    exact_match: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConceptScheme:
    """A SKOS concept scheme, keyed in `Ontology.schemes` by a short name."""

    key: str
    iri: str
    label: str
    definition: str
    concepts: tuple[Concept, ...]

    def notations(self) -> tuple[str, ...]:
        return self._notations

    @cached_property
    def _notations(self) -> tuple[str, ...]:  # made once: every record with a concept is checked against it
        return tuple(c.notation for c in self.concepts)

    def concept(self, notation: str) -> Concept:
        for c in self.concepts:
            if c.notation == notation:
                return c
        raise KeyError(f"{notation!r} is not a concept of {self.key}: {', '.join(self.notations())}")

    def narrower_closure(self, notation: str) -> frozenset[str]:
        """The concept and every concept below it.

        >>> from ontology import load
        >>> sorted(load().schemes["crimeType"].narrower_closure("torture"))
        ['cah_torture', 'torture', 'wc_torture']
        """
        self.concept(notation)
        found = {notation}
        frontier = [notation]
        while frontier:
            parent = frontier.pop()
            for c in self.concepts:
                if parent in c.broader and c.notation not in found:
                    found.add(c.notation)
                    frontier.append(c.notation)
        return frozenset(found)


INTEGER_TYPES = frozenset({"integer", "nonNegativeInteger", "positiveInteger"})


@dataclass(frozen=True)
class Attribute:
    """A datatype property: a node property of an entity or an edge property of an assertion.

    `datatype` is an XSD local name ("string", "decimal", ...), "ReducedDate",
    or "concept" (then `scheme` names the concept scheme of allowed values).
    """

    iri: str
    name: str
    label: str
    definition: str
    datatype: str
    scheme: str | None = None
    many: bool = False
    required: bool = False


class _Attributes:
    """Attributes by name, for entity types and predicates (not a dataclass: adds no fields)."""

    name: str
    attributes: tuple[Attribute, ...]

    def attribute(self, name: str) -> Attribute:
        found = self.by_name.get(name)
        if found is None:
            raise KeyError(f"{self.name} has no attribute {name!r}")
        return found

    @cached_property
    def by_name(self) -> dict[str, Attribute]:
        """The attributes by name (made once: every record is checked against it)."""
        return {a.name: a for a in self.attributes}


@dataclass(frozen=True)
class EntityType(_Attributes):
    """A class whose instances are nodes of the store; `name` is the node label.

    `scheme` is set for classes whose instances are the concepts of a taxonomy
    (CrimeType): their nodes are made from the ontology, not from documents.
    """

    iri: str
    name: str
    label: str
    definition: str
    attributes: tuple[Attribute, ...]
    color: str
    shape: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # fr, es, de: the label
    superclasses: tuple[str, ...] = ()
    exact_match: tuple[str, ...] = ()
    scheme: str | None = None


@dataclass(frozen=True)
class Predicate(_Attributes):
    """A relation predicate: `name` in JSON, `cypher` as relationship type.

    `attributes` are every edge property its assertions may carry: the
    predicate's own (rank, date, ...), then the provenance of every assertion,
    then valid_from, valid_to, first_cited and last_cited when it is temporal.
    """

    iri: str
    name: str
    cypher: str
    label: str
    definition: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    temporal: bool
    attributes: tuple[Attribute, ...]
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # fr, es, de: the label
    inverse: str | None = None
    example: str = ""
    default_sensitivity: str | None = None
    super_properties: tuple[str, ...] = ()
    exact_match: tuple[str, ...] = ()
    close_match: tuple[str, ...] = ()

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """Every (subject label, object label) pair the predicate allows."""
        return self._pairs

    @cached_property
    def _pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((d, r) for d in self.domain for r in self.range)


@dataclass(frozen=True)
class Ontology:
    """The whole vocabulary, checked for consistency when it was built."""

    iri: str
    version: str
    entity_types: dict[str, EntityType]
    predicates: dict[str, Predicate]
    schemes: dict[str, ConceptScheme]
    assertion_attributes: tuple[Attribute, ...]
    evidence_attributes: tuple[Attribute, ...]
    inverses: dict[str, str]

    @cached_property
    def languages(self) -> tuple[str, ...]:
        """The languages the vocabulary is labelled in: English, then those its terms have labels in."""
        terms: list[Labelled] = [*self.entity_types.values(), *self.predicates.values()]
        terms += [c for s in self.schemes.values() for c in s.concepts]
        return ("en", *sorted({lang for t in terms for lang in t.labels} - {"en"}))

    def predicate(self, name: str) -> Predicate:
        """A predicate by JSON name (member_of) or Cypher name (MEMBER_OF)."""
        found = self.predicates.get(name) or self.predicates.get(name.lower())
        if found is None:
            known = ", ".join(self.predicates)
            raise KeyError(f"unknown predicate {name!r}; known: {known}")
        return found

    def entity_types_but_taxonomies(self) -> list[str]:
        """The types whose instances are entities of their own; the others' are a taxonomy's concepts
        (CrimeType: the crime-type nodes the store makes from its notations)."""
        return [n for n, t in self.entity_types.items() if t.scheme is None]

    def entity_type(self, name: str) -> EntityType:
        found = self.entity_types.get(name)
        if found is None:
            known = ", ".join(self.entity_types)
            raise KeyError(f"unknown entity type {name!r}; known: {known}")
        return found
