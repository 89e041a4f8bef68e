"""The ontology holds the DESIGN.md contracts, its taxonomies and alignments, and refuses inconsistency."""

from __future__ import annotations

import re
import unicodedata

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDFS, SKOS

from ontology import ACC, Ontology, OntologyError, build, ontology_graph, source_text
from ontology.derive import vocabulary
from ontology.names import name_key

CONTRACT_TYPES = {"Person", "Organization", "Mechanism", "Location", "Case", "Crime", "CrimeType", "Document"}
CONTRACT_PREDICATES = {
    # name: (domain, range, temporal)
    "commands": ({"Person"}, {"Organization"}, True),
    "member_of": ({"Person"}, {"Organization"}, True),
    "part_of": ({"Organization", "Mechanism"}, {"Organization", "Mechanism"}, True),
    "perpetrated": ({"Person", "Organization"}, {"Crime"}, False),
    "ordered": ({"Person", "Organization"}, {"Crime"}, False),
    "aided": ({"Person", "Organization"}, {"Crime"}, False),
    "supplied": ({"Person", "Organization"}, {"Person", "Organization"}, True),
    "financed": ({"Person", "Organization"}, {"Person", "Organization"}, True),
    "charged_by": ({"Person", "Organization"}, {"Mechanism"}, False),
    "convicted_by": ({"Person", "Organization"}, {"Mechanism"}, False),
    "acquitted_by": ({"Person", "Organization"}, {"Mechanism"}, False),
    "accused_in": ({"Person", "Organization"}, {"Case"}, False),
    "tried_by": ({"Case"}, {"Mechanism"}, True),
    "occurred_in": ({"Crime"}, {"Location"}, False),
    "investigated_by": ({"Crime", "Case"}, {"Mechanism"}, True),
}


def test_contract_entity_types_and_kinds(onto: Ontology) -> None:
    assert set(onto.entity_types) >= CONTRACT_TYPES
    assert set(onto.schemes["organizationKind"].notations()) == {
        "unit", "state_institution", "armed_group", "company", "ngo", "government", "other",
    }  # fmt: skip
    assert set(onto.schemes["mechanismKind"].notations()) == {
        "international_court", "hybrid_tribunal", "national_court", "un_mechanism",
        "truth_commission", "fact_finding", "other",
    }  # fmt: skip
    assert onto.entity_type("Organization").attribute("kind").scheme == "organizationKind"
    assert onto.entity_type("Mechanism").attribute("kind").scheme == "mechanismKind"


@pytest.mark.parametrize("name", sorted(CONTRACT_PREDICATES))
def test_contract_predicate(onto: Ontology, name: str) -> None:
    domain, range_, temporal = CONTRACT_PREDICATES[name]
    p = onto.predicate(name)
    assert p.cypher == name.upper()
    assert onto.predicate(p.cypher) is p
    assert set(p.domain) == domain
    assert set(p.range) == range_
    if temporal:
        assert p.temporal
        assert {"valid_from", "valid_to"} <= {a.name for a in p.attributes}
    assert {"confidence", "method", "review_status", "sensitivity"} <= {a.name for a in p.attributes}
    assert p.inverse, f"{name} has no named inverse"
    assert p.example
    assert p.definition
    assert p.label


def test_contract_relation_attributes(onto: Ontology) -> None:
    for name in ("member_of", "commands"):
        assert {"rank", "title", "role"} <= {a.name for a in onto.predicate(name).attributes}
    for name in ("charged_by", "convicted_by", "acquitted_by"):
        attrs = {a.name: a for a in onto.predicate(name).attributes}
        assert {"date", "crime_types", "mode_of_liability"} <= set(attrs)
        assert attrs["crime_types"].many
        assert attrs["crime_types"].scheme == "crimeType"
        assert attrs["mode_of_liability"].scheme == "liability"
    assert "sentence" in {a.name for a in onto.predicate("convicted_by").attributes}
    assert {a.name for a in onto.evidence_attributes} == {"start", "end", "page", "text"}


def test_victims_and_witnesses_are_protected_by_default(onto: Ontology) -> None:
    assert onto.predicate("victim_of").default_sensitivity == "protected"
    assert onto.predicate("witness_in").default_sensitivity == "protected"
    assert onto.predicate("commands").default_sensitivity is None


def test_crime_taxonomy_covers_the_rome_statute_and_conventions(onto: Ontology) -> None:
    crimes = onto.schemes["crimeType"]
    cah_acts = crimes.narrower_closure("crimes_against_humanity") - {"crimes_against_humanity"}
    # Art. 7(1)(a)-(k), with (g) split into its six named acts.
    assert len(cah_acts) == 16
    bases = {c.notation: c.legal_basis or "" for c in crimes.concepts}
    for letter in "abcdefghijk":
        assert any(f"art. 7(1)({letter})" in bases[n] for n in cah_acts), letter
    for letter in "abcde":
        assert any(f"art. 6({letter})" in b for b in bases.values()), letter
    assert "art. 8 bis" in bases["aggression"]
    assert "Convention against Torture" in bases["torture"]
    assert "Enforced Disappearance" in bases["enforced_disappearance"]
    assert {"cah_torture", "wc_torture"} <= crimes.narrower_closure("torture")
    assert {"cah_rape", "wc_rape", "cah_sexual_slavery"} <= crimes.narrower_closure("sexual_violence")
    assert "cah_enforced_disappearance" in crimes.narrower_closure("enforced_disappearance")
    assert "wc_child_soldiers" in crimes.narrower_closure("war_crimes")


def test_a_crime_types_other_names_are_kept_by_language(onto: Ontology) -> None:
    crimes = {c.notation: c for c in onto.schemes["crimeType"].concepts}
    # a national code's name of the offence, and the other number of a label, in the language that uses them
    assert "homicidio calificado" in crimes["murder"].alt_labels_in["es"]
    assert "crimen de lesa humanidad" in crimes["crimes_against_humanity"].alt_labels_in["es"]
    assert "grausame Behandlung" in crimes["wc_torture"].alt_labels_in["de"]
    # the English names hold none of them: an English text is read with English words
    assert "homicidio calificado" not in crimes["murder"].alt_labels
    assert "forced disappearance" in crimes["enforced_disappearance"].alt_labels
    assert not [n for c in crimes.values() for lang, names in c.alt_labels_in.items() for n in names if lang == "en"]


def test_modes_of_liability(onto: Ontology) -> None:
    modes = onto.schemes["liability"]
    expected = {
        "direct_perpetration", "co_perpetration", "indirect_perpetration", "organised_apparatus",
        "ordering", "soliciting_inducing", "aiding_abetting", "common_purpose", "superior_responsibility",
    }  # fmt: skip
    assert expected <= set(modes.notations())
    assert "organised_apparatus" in modes.narrower_closure("indirect_perpetration")
    assert modes.concept("superior_responsibility").legal_basis == "Rome Statute art. 28"
    assert {"military_commander", "civilian_superior"} <= modes.narrower_closure("superior_responsibility")


def test_other_taxonomies(onto: Ontology) -> None:
    assert {"trial", "appeal", "final"} <= set(onto.schemes["caseStatus"].notations())
    assert {"convicted", "acquitted", "upheld", "reversed", "annulled"} <= set(onto.schemes["verdict"].notations())
    assert set(onto.schemes["reviewStatus"].notations()) == {"unreviewed", "confirmed", "edited", "rejected"}
    assert set(onto.schemes["sensitivity"].notations()) == {"public", "restricted", "protected"}


def test_every_concept_has_label_and_definition(onto: Ontology) -> None:
    for scheme in onto.schemes.values():
        for c in scheme.concepts:
            assert c.label, c.iri
            assert c.definition, c.iri


def test_classes_predicates_and_taxonomies_are_labelled_in_french_spanish_and_german(onto: Ontology) -> None:
    schemes = sorted(onto.schemes)
    unlabelled = [t.name for t in onto.entity_types.values() if set(t.labels) != {"fr", "es", "de"}]
    unlabelled += [p.name for p in onto.predicates.values() if set(p.labels) != {"fr", "es", "de"}]
    unlabelled += [c.iri for k in schemes for c in onto.schemes[k].concepts if set(c.labels) != {"fr", "es", "de"}]
    assert unlabelled == []
    # the English label stays the label; the others are beside it
    assert onto.predicates["convicted_by"].label == "convicted by"
    assert onto.schemes["crimeType"].concept("crimes_against_humanity").labels["es"] == "crímenes de lesa humanidad"
    labels = vocabulary(onto)["labels"]
    assert sorted(labels) == ["de", "es", "fr"]
    assert labels["fr"]["entity_types"]["Person"] == "personne"
    assert labels["de"]["schemes"]["verdict"]["acquitted"] == "freigesprochen"


ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"


@pytest.mark.parametrize(
    ("subject", "relation", "target"),
    [
        (ACC.Person, RDFS.subClassOf, "http://xmlns.com/foaf/0.1/Person"),
        (ACC.Person, RDFS.subClassOf, PROV + "Person"),
        (ACC.Person, SKOS.exactMatch, "http://www.wikidata.org/entity/Q5"),
        (ACC.Organization, RDFS.subClassOf, ORG + "Organization"),
        (ACC.Organization, RDFS.subClassOf, "https://schema.org/Organization"),
        (ACC.Document, RDFS.subClassOf, PROV + "Entity"),
        (ACC.Assertion, RDFS.subClassOf, PROV + "Entity"),
        (ACC.memberOf, RDFS.subPropertyOf, ORG + "memberOf"),
        (ACC.commands, RDFS.subPropertyOf, ORG + "headOf"),
        (ACC.partOf, RDFS.subPropertyOf, ORG + "subOrganizationOf"),
        (ACC.evidence, RDFS.subPropertyOf, PROV + "wasDerivedFrom"),
        (
            URIRef("https://w3id.org/acg/concept/crime-type/genocide"),
            SKOS.exactMatch,
            "http://www.wikidata.org/entity/Q41397",
        ),
    ],
)
def test_alignment(subject: URIRef, relation: URIRef, target: str) -> None:
    assert (subject, relation, URIRef(target)) in ontology_graph()


def test_an_independent_parser_reads_the_same_graph() -> None:
    triples = pyoxigraph.parse(source_text().encode(), format=pyoxigraph.RdfFormat.TURTLE)
    ntriples = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert ntriples is not None
    assert isomorphic(Graph().parse(data=ntriples, format="nt"), ontology_graph())


# -- inconsistencies are refused ---------------------------------------------


def _broken(change: str) -> Graph:
    g = Graph()
    for t in ontology_graph():
        g.add(t)
    if change == "unknown domain":
        g.set((ACC.commands, RDFS.domain, ACC.Perzon))
    elif change == "no cypher name":
        g.remove((ACC.memberOf, ACC.cypherName, None))
    elif change == "wrong cypher name":
        g.set((ACC.partOf, ACC.cypherName, Literal("PARTOF")))
    elif change == "unknown attribute":
        g.add((ACC.commands, ACC.attribute, ACC.shoeSize))
    elif change == "broader cycle":
        g.add((URIRef("https://w3id.org/acg/concept/crime-type/genocide"), SKOS.broader,
               URIRef("https://w3id.org/acg/concept/crime-type/genocide_killing")))  # fmt: skip
    elif change == "inverse of nothing":
        g.set((ACC.commandedBy, OWL.inverseOf, ACC.nothing))
    return g


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("unknown domain", "domain of acc:commands names unknown class acc:Perzon"),
        ("no cypher name", "acc:memberOf has no Cypher name"),
        ("wrong cypher name", "acc:partOf: Cypher name 'PARTOF' is not the UPPER_SNAKE_CASE of 'part_of'"),
        ("unknown attribute", "acc:commands names unknown attribute acc:shoeSize"),
        ("broader cycle", "crimeType: 'genocide' is its own broader concept"),
        ("inverse of nothing", "acc:commandedBy is the inverse of unknown predicate"),
    ],
)
def test_inconsistent_ontology_is_refused(change: str, message: str) -> None:
    with pytest.raises(OntologyError) as caught:
        build(_broken(change))
    assert any(p.startswith(message) for p in caught.value.problems), caught.value.problems


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF)) | st.text())
def test_name_keys_of_ascii_names_take_the_short_way_to_the_same_key(name: str) -> None:
    # Keys are stored: the ASCII shortcut of name_key must give exactly what the full path gives.
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert name_key(name) == re.sub(r"[^\w]+", " ", bare.casefold()).strip()
