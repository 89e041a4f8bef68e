"""The shapes accept the example data and reject each kind of invalid data.

`ontology.validate` runs the shapes as the compiled checks of `ontology.conformance`;
every test here also runs pyshacl on the derived SHACL (tests/shacl.py) and asks
for the same violations: the same focus nodes, with the same paths.
"""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from ontology.derive import artifacts
from ontology.validate import validate
from tests.conftest import EXAMPLE_DATA
from tests.shacl import pyshacl_violations

PREFIXES = """
@prefix acc: <https://w3id.org/acg/ontology#> .
@prefix id: <https://w3id.org/acg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix orgkind: <https://w3id.org/acg/concept/organization-kind/> .
@prefix crime: <https://w3id.org/acg/concept/crime-type/> .
"""


def test_example_data_conforms(example_graph: Graph) -> None:
    assert validate(example_graph) == []
    assert pyshacl_violations(example_graph) == set()


def _agree(data: Graph) -> list[str]:
    """The violations of `data`, after checking that pyshacl finds the same (focus, path) pairs."""
    violations = validate(data)
    assert {(v.focus, v.path) for v in violations} == pyshacl_violations(data)
    return [str(v) for v in violations]


def test_shapes_load_in_an_independent_parser(onto) -> None:  # type: ignore[no-untyped-def]
    text = artifacts(onto)["ontology/derived/shapes.ttl"]
    assert len(list(pyoxigraph.parse(text.encode(), format=pyoxigraph.RdfFormat.TURTLE))) > 1000


INVALID = [
    # the object of a relation has the wrong class
    ("id:person-anwar-raslan acc:commands id:person-eyad-al-gharib .",
     "id:person-anwar-raslan acc:commands: id:person-eyad-al-gharib is not of class Organization"),
    # the subject of a relation has the wrong class
    ("id:mech-olg-koblenz acc:memberOf id:org-gid .",
     "id:mech-olg-koblenz: is the subject of acc:memberOf and not of class Person"),
    # a kind that is not in the taxonomy
    ("id:org-gid acc:organizationKind orgkind:secret_police .",
     "id:org-gid acc:organizationKind: orgkind:secret_police is not one of the organizationKind concepts"),
    # an entity without its name
    ("id:person-nameless a acc:Person .", "id:person-nameless acc:name: is required and missing"),
    # a crime typed with something that is not a crime type
    ("id:crime-torture-al-khatib acc:ofType orgkind:unit .",
     "id:crime-torture-al-khatib acc:ofType: orgkind:unit is not one of the crimeType concepts"),
    # a date that is not ISO 8601 of reduced precision
    ('id:assertion-3 acc:validFrom "July 1995" .',
     'id:assertion-3 acc:validFrom: "July 1995" is not an xsd:gYear or xsd:gYearMonth or xsd:date'),
    # confidence above 1
    ("id:assertion-3 acc:confidence 1.5 .", 'id:assertion-3 acc:confidence: "1.5"^^xsd:decimal is not between 0 and 1'),
    # an attribute the predicate does not take (rank on part_of)
    ('id:assertion-3 acc:rank "Colonel" .', "id:assertion-3 acc:rank: is not an attribute this predicate takes"),
    # a period on a relation that is not temporal
    ('id:assertion-4 acc:validFrom "2020"^^xsd:gYear .',
     "id:assertion-4: an assertion of witness_in links Person to Case and takes only: confidence, method,"),
    # an assertion whose subject has the wrong class for its predicate
    ("id:assertion-9 a acc:Assertion ; rdf:subject id:org-gid ; rdf:predicate acc:victimOf ;"
     " rdf:object id:crime-torture-al-khatib .", "id:assertion-9 rdf:subject: id:org-gid is not of class Person"),
    # evidence whose span ends before it starts
    ("id:evidence-8 a acc:Evidence ; acc:document id:doc-ecchr ; acc:start 9 ; acc:end 5 .",
     'id:evidence-8 acc:start: start "9"^^xsd:integer is after end "5"^^xsd:integer'),
    # evidence without a document
    ("id:evidence-9 a acc:Evidence ; acc:start 0 ; acc:end 4 .", "id:evidence-9 acc:document: is required and missing"),
    # an assertion of an unknown predicate
    ("id:assertion-9 a acc:Assertion ; rdf:subject id:org-gid ; rdf:predicate acc:owns ; rdf:object id:org-gid .",
     "id:assertion-9 rdf:predicate: acc:owns is not one of the ontology's predicates"),
    # an entity that is a blank node
    ('[] a acc:Person ; acc:name "Nobody" .', "is not an IRI; an entity needs one"),
    # a count that is not an integer, and one that is ill-typed
    ('id:crime-torture-al-khatib acc:victimCount "many" .',
     'id:crime-torture-al-khatib acc:victimCount: "many" is not an xsd:integer'),
    ('id:crime-torture-al-khatib acc:victimCount "x"^^xsd:integer .',
     'id:crime-torture-al-khatib acc:victimCount: "x"^^xsd:integer is not an xsd:integer'),
    # a page numbered 0
    ("id:evidence-8 a acc:Evidence ; acc:document id:doc-ecchr ; acc:page 0 .",
     'id:evidence-8 acc:page: "0"^^xsd:integer is not at least 1'),
    # a name in a language is not a plain string; a second name
    ('id:person-nameless a acc:Person ; acc:name "Niemand"@de .', 'acc:name: "Niemand"@de is not an xsd:string'),
    ('id:org-gid acc:name "GID" .', "id:org-gid acc:name: takes one value and has 2"),
    # a confidence written as a double, and a digest that is not one
    ('id:assertion-3 acc:confidence "0.5"^^xsd:double .', 'id:assertion-3 acc:confidence: "0.5"^^xsd:double is not'),
    ('id:doc-ecchr acc:sha256 "abc" .', 'id:doc-ecchr acc:sha256: "abc" does not match ^[0-9a-f]{64}$'),
    # a class the data declares a subclass of one of ours is held to that class's shape
    ("acc:Unit rdfs:subClassOf acc:Organization . id:unit-x a acc:Unit .",
     "id:unit-x acc:name: is required and missing"),
]  # fmt: skip


@pytest.mark.parametrize(("turtle", "expected"), INVALID)
def test_invalid_data_is_reported(example_graph: Graph, turtle: str, expected: str) -> None:
    example_graph.parse(data=PREFIXES + turtle, format="turtle")
    violations = _agree(example_graph)
    assert any(expected in v for v in violations), violations


def test_an_ill_typed_offset_is_reported_where_pyshacl_fails(example_graph: Graph) -> None:
    """pyshacl 0.40 raises a TypeError comparing an ill-typed start with its end; the checks report it."""
    example_graph.parse(data=PREFIXES + 'id:evidence-8 a acc:Evidence ; acc:document id:doc-ecchr ;'
                        ' acc:start "x"^^xsd:integer ; acc:end 5 .', format="turtle")  # fmt: skip
    assert {str(v) for v in validate(example_graph)} == {
        'id:evidence-8 acc:start: "x"^^xsd:integer is not an xsd:integer',
        'id:evidence-8 acc:start: start "x"^^xsd:integer cannot be compared with end "5"^^xsd:integer',
    }
    with pytest.raises(TypeError):
        pyshacl_violations(example_graph)


_TRIPLES = sorted(Graph().parse(EXAMPLE_DATA, format="turtle"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    removed=st.sets(st.integers(0, len(_TRIPLES) - 1), max_size=6),
    added=st.lists(st.sampled_from([turtle for turtle, _ in INVALID]), max_size=3),
)
def test_the_compiled_checks_find_what_pyshacl_finds(removed: set[int], added: list[str]) -> None:
    """The example data with triples taken out and invalid ones put in: the same violations either way."""
    data = Graph()
    for i, triple in enumerate(_TRIPLES):
        if i not in removed:
            data.add(triple)
    for turtle in added:
        data.parse(data=PREFIXES + turtle, format="turtle")
    _agree(data)
