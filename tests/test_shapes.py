"""The SHACL shapes accept the example data and reject each kind of invalid data."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph

from ontology.derive import artifacts
from ontology.validate import validate

PREFIXES = """
@prefix acc: <https://w3id.org/acg/ontology#> .
@prefix id: <https://w3id.org/acg/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix orgkind: <https://w3id.org/acg/concept/organization-kind/> .
@prefix crime: <https://w3id.org/acg/concept/crime-type/> .
"""


def test_example_data_conforms(example_graph: Graph) -> None:
    assert validate(example_graph) == []


def test_shapes_load_in_an_independent_parser(onto) -> None:  # type: ignore[no-untyped-def]
    text = artifacts(onto)["ontology/derived/shapes.ttl"]
    assert len(list(pyoxigraph.parse(text.encode(), format=pyoxigraph.RdfFormat.TURTLE))) > 1000


@pytest.mark.parametrize(
    ("turtle", "focus", "path", "message"),
    [
        # the object of a relation has the wrong class
        ("id:person-anwar-raslan acc:commands id:person-eyad-al-gharib .",
         "id:person-anwar-raslan", "acc:commands", "class acc:Organization"),
        # the subject of a relation has the wrong class
        ("id:mech-olg-koblenz acc:memberOf id:org-gid .", "id:mech-olg-koblenz", None, "class"),
        # a kind that is not in the taxonomy
        ("id:org-gid acc:organizationKind orgkind:secret_police .", "id:org-gid", "acc:organizationKind", "not in"),
        # an entity without its name
        ("id:person-nameless a acc:Person .", "id:person-nameless", "acc:name", "Less than 1"),
        # a crime typed with something that is not a crime type
        ("id:crime-torture-al-khatib acc:ofType orgkind:unit .", "id:crime-torture-al-khatib", "acc:ofType", "not in"),
        # a date that is not ISO 8601 of reduced precision
        ('id:assertion-3 acc:validFrom "July 1995" .', "id:assertion-3", "acc:validFrom", ""),
        # confidence above 1
        ("id:assertion-3 acc:confidence 1.5 .", "id:assertion-3", "acc:confidence", "not <="),
        # an attribute the predicate does not take (rank on part_of)
        ('id:assertion-3 acc:rank "Colonel" .', "id:assertion-3", None, "an assertion of part_of links Organization"),
        # a period on a relation that is not temporal
        ('id:assertion-4 acc:validFrom "2020"^^xsd:gYear .', "id:assertion-4", None, "an assertion of witness_in"),
        # an assertion whose subject has the wrong class for its predicate
        ("id:assertion-9 a acc:Assertion ; rdf:subject id:org-gid ; rdf:predicate acc:victimOf ;"
         " rdf:object id:crime-torture-al-khatib .", "id:assertion-9", None, "an assertion of victim_of links Person"),
        # evidence whose span ends before it starts
        ("id:evidence-8 a acc:Evidence ; acc:document id:doc-ecchr ; acc:start 9 ; acc:end 5 .",
         "id:evidence-8", "acc:start", ""),
        # evidence without a document
        ("id:evidence-9 a acc:Evidence ; acc:start 0 ; acc:end 4 .", "id:evidence-9", "acc:document", "Less than 1"),
        # an assertion of an unknown predicate
        ("id:assertion-9 a acc:Assertion ; rdf:subject id:org-gid ; rdf:predicate acc:owns ; rdf:object id:org-gid .",
         "id:assertion-9", "rdf:predicate", "not in"),
    ],
)  # fmt: skip
def test_invalid_data_is_reported(
    example_graph: Graph, turtle: str, focus: str, path: str | None, message: str
) -> None:
    example_graph.parse(data=PREFIXES + turtle, format="turtle")
    violations = validate(example_graph)
    assert any(v.focus == focus and (path is None or v.path == path) and message in v.message for v in violations), (
        violations
    )
