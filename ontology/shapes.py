"""SHACL shapes derived from the ontology, written as stable Turtle text.

Entities are checked for their attributes (datatype, cardinality, allowed
concepts); every triple of a relation predicate for the classes of its
subject and object; every reified acc:Assertion for its provenance and, through
one rule per predicate ("every assertion of X fits X's closed shape"), for the
classes and the attributes that predicate allows; every acc:Evidence for its document and offsets.
"""

from __future__ import annotations

from ontology.model import Attribute, Ontology, Predicate

SHAPES_IRI = "https://w3id.org/acg/shapes"

_PREFIXES = """\
@prefix acc:   <https://w3id.org/acg/ontology#> .
@prefix shape: <https://w3id.org/acg/shapes#> .
@prefix owl:   <http://www.w3.org/2002/07/owl#> .
@prefix rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix sh:    <http://www.w3.org/ns/shacl#> .
@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
"""

INTEGER_MINIMUM = {"nonNegativeInteger": 0, "positiveInteger": 1}
SHA256_PATTERN = "^[0-9a-f]{64}$"
_REDUCED_DATE = "sh:or ( [ sh:datatype xsd:gYear ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:date ] )"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _acc(iri: str) -> str:
    return f"acc:{_local(iri)}"


def _classes(onto: Ontology, names: tuple[str, ...]) -> str:
    iris = [_acc(onto.entity_types[n].iri) for n in names]
    if len(iris) == 1:
        return f"sh:class {iris[0]}"
    return "sh:or ( " + " ".join(f"[ sh:class {i} ]" for i in iris) + " )"


def _value_constraint(onto: Ontology, a: Attribute) -> str:
    if a.datatype == "concept":
        assert a.scheme is not None
        concepts = " ".join(f"<{c.iri}>" for c in onto.schemes[a.scheme].concepts)
        return f"sh:in ( {concepts} )"
    if a.datatype == "ReducedDate":
        return _REDUCED_DATE
    if a.datatype in INTEGER_MINIMUM:
        # "0" in Turtle is an xsd:integer, in the value space of nonNegativeInteger;
        # sh:datatype does no subtyping, so check the integer and its bound.
        return f"sh:datatype xsd:integer ; sh:minInclusive {INTEGER_MINIMUM[a.datatype]}"
    return f"sh:datatype xsd:{a.datatype}"


def _property(onto: Ontology, a: Attribute) -> str:
    parts = [f"sh:path {_acc(a.iri)}", _value_constraint(onto, a)]
    if a.required:
        parts.append("sh:minCount 1")
    if not a.many:
        parts.append("sh:maxCount 1")
    if a.name == "confidence":
        parts += ["sh:minInclusive 0", "sh:maxInclusive 1"]
    if a.name == "sha256":
        parts.append(f'sh:pattern "{SHA256_PATTERN}"')
    return "[ " + " ; ".join(parts) + " ]"


def _object_values(onto: Ontology, p: Predicate) -> str:
    """Constraint on the objects of a predicate: their class, or the concepts of a taxonomy class."""
    schemes = [onto.entity_types[r].scheme for r in p.range]
    if len(schemes) == 1 and schemes[0] is not None:
        concepts = " ".join(f"<{c.iri}>" for c in onto.schemes[schemes[0]].concepts)
        return f"sh:in ( {concepts} )"
    return _classes(onto, p.range)


def _entity_shape(onto: Ontology, name: str) -> str:
    et = onto.entity_types[name]
    props = ",\n        ".join(_property(onto, a) for a in et.attributes)
    return (
        f"shape:{name} a sh:NodeShape ;\n"
        f"    sh:targetClass {_acc(et.iri)} ;\n"
        f"    sh:nodeKind sh:IRI ;\n"
        f"    sh:property\n        {props} .\n"
    )


def _predicate_shape(onto: Ontology, p: Predicate) -> str:
    local = _local(p.iri)
    return (
        f"shape:{local} a sh:NodeShape ;\n"
        f"    sh:targetSubjectsOf {_acc(p.iri)} ;\n"
        f"    {_classes(onto, p.domain)} ;\n"
        f"    sh:property [ sh:path {_acc(p.iri)} ; {_object_values(onto, p)} ] .\n"
    )


def assertion_message(p: Predicate) -> str:
    """What an assertion of `p` that breaks its closed shape is told."""
    takes = ", ".join(a.name for a in p.attributes)
    return f"an assertion of {p.name} links {' or '.join(p.domain)} to {' or '.join(p.range)} and takes only: {takes}"


def _assertion_shape(onto: Ontology, p: Predicate) -> str:
    """Closed shape of the assertions of one predicate: its classes, and only its attributes."""
    local = _local(p.iri)
    props = [
        "[ sh:path rdf:predicate ]",
        f"[ sh:path rdf:subject ; {_classes(onto, p.domain)} ]",
        f"[ sh:path rdf:object ; {_object_values(onto, p)} ]",
        "[ sh:path acc:evidence ]",
        *(f"[ sh:path {_acc(a.iri)} ]" for a in p.attributes),
    ]
    body = ",\n        ".join(props)
    message = assertion_message(p)
    # The rule reaches the assertions of this predicate from the predicate itself (`sh:targetNode`, then
    # back along rdf:predicate), so each assertion meets only its own predicate's shape: a rule targeting
    # every acc:Assertion needs an sh:or per predicate, which checked each assertion against all of them.
    return (
        f"shape:{local}Assertion a sh:NodeShape ;\n"
        f"    sh:closed true ;\n"
        f"    sh:ignoredProperties ( rdf:type ) ;\n"
        f"    sh:property\n        {body} .\n\n"
        f"shape:{local}Rule a sh:NodeShape ;\n"
        f"    sh:targetNode {_acc(p.iri)} ;\n"
        f"    sh:property [ sh:path [ sh:inversePath rdf:predicate ] ; sh:node shape:{local}Assertion ;\n"
        f'        sh:message "{message}" ] .\n'
    )


def _assertion_root(onto: Ontology) -> str:
    """What every assertion must satisfy, whatever its predicate: one triple, well-typed attributes."""
    predicates = " ".join(_acc(p.iri) for p in onto.predicates.values())
    attributes = {a.iri: a for p in onto.predicates.values() for a in p.attributes}
    props = [
        "[ sh:path rdf:subject ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ]",
        f"[ sh:path rdf:predicate ; sh:in ( {predicates} ) ; sh:minCount 1 ; sh:maxCount 1 ]",
        "[ sh:path rdf:object ; sh:nodeKind sh:IRI ; sh:minCount 1 ; sh:maxCount 1 ]",
        "[ sh:path acc:evidence ; sh:class acc:Evidence ]",
        *(_property(onto, attributes[iri]) for iri in sorted(attributes)),
    ]
    body = ",\n        ".join(props)
    return f"shape:Assertion a sh:NodeShape ;\n    sh:targetClass acc:Assertion ;\n    sh:property\n        {body} .\n"


def _evidence_shape(onto: Ontology) -> str:
    props = [
        "[ sh:path acc:document ; sh:class acc:Document ; sh:minCount 1 ; sh:maxCount 1 ]",
        "[ sh:path acc:start ; sh:lessThanOrEquals acc:end ]",
        *(_property(onto, a) for a in onto.evidence_attributes),
    ]
    body = ",\n        ".join(props)
    return f"shape:Evidence a sh:NodeShape ;\n    sh:targetClass acc:Evidence ;\n    sh:property\n        {body} .\n"


def shapes_turtle(onto: Ontology) -> str:
    """The SHACL shapes graph, as Turtle text."""
    header = (
        "# Generated from ontology/acc.ttl by `acg ontology derive`; do not edit.\n\n"
        + _PREFIXES
        + f'\n<{SHAPES_IRI}> a owl:Ontology ;\n    owl:versionInfo "{onto.version}" .\n'
    )
    parts = [header]
    parts += [_entity_shape(onto, n) for n in sorted(onto.entity_types_but_taxonomies())]
    parts += [_predicate_shape(onto, p) for p in onto.predicates.values()]
    parts.append(_assertion_root(onto))
    parts += [_assertion_shape(onto, p) for p in onto.predicates.values()]
    parts.append(_evidence_shape(onto))
    return "\n".join(parts)
