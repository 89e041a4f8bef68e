"""Coalitions, alliances and operations a body takes part in (nlp/coalitions.py): takes_part_in, never a link of
a chain of command. Sentences of our own; the real extractor."""

from __future__ import annotations

import pytest

from nlp.pipeline import Extractor


def _said(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor.extract_text(text)
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}


@pytest.mark.parametrize(
    ("text", "members", "coalition"),
    [
        ("In 2019 the Eagles Brigade and the Kivu Defence Force formed the Sahel Defence Coalition.",
         {"Eagles Brigade", "Kivu Defence Force"}, "Sahel Defence Coalition"),
        ("In 2020 the strongest armed groups - the Eagles Brigade, the Kivu Defence Force and others - formed the "
         "Sahel Defence Coalition.", {"Eagles Brigade", "Kivu Defence Force"}, "Sahel Defence Coalition"),
        ("In March the Kivu Defence Force joined the Sahel Defence Coalition.", {"Kivu Defence Force"},
         "Sahel Defence Coalition"),
        ("The Sahel Defence Coalition, a coalition of the Eagles Brigade and the Kivu Defence Force, attacked the "
         "town.", {"Eagles Brigade"}, "Sahel Defence Coalition"),
        ("Units of the 7th Division participated in Operation Safe Corridor in 2018.", {"7th Division"},
         "Operation Safe Corridor"),
        ("The 21 Brigade took part in Operation Lafiya Dole from 2015.", {"21 Brigade"}, "Operation Lafiya Dole"),
    ],
)  # fmt: skip
def test_a_body_takes_part_in_a_coalition_or_an_operation(
    extractor: Extractor, text: str, members: set[str], coalition: str
) -> None:
    said = _said(extractor, text)
    for member in members:
        assert (member, "takes_part_in", coalition) in said
        assert (member, "part_of", coalition) not in said  # a coalition is no link of a chain of command


def test_no_coalition_where_the_text_denies_it_and_a_part_stays_a_part(extractor: Extractor) -> None:
    assert not [r for r in _said(extractor, "The Kivu Defence Force did not join the Sahel Defence Coalition.")
                if r[1] == "takes_part_in"]  # fmt: skip
    assert ("5th Battalion", "part_of", "2nd Brigade") in _said(
        extractor, "The 5th Battalion is part of the 2nd Brigade."
    )


def test_a_part_said_of_a_coalition_is_taking_part_in_it(extractor: Extractor) -> None:
    said = _said(extractor, "The Eagles Brigade, a unit of the Sahel Defence Coalition, shelled the town.")
    assert ("Eagles Brigade", "takes_part_in", "Sahel Defence Coalition") in said
    assert ("Eagles Brigade", "part_of", "Sahel Defence Coalition") not in said


def test_a_part_of_an_operation_stays_its_part(extractor: Extractor) -> None:
    # an operation's sectors are its sub-units: the chain of command runs through it
    said = _said(extractor, "Sector 3, a unit of Operation Lafiya Dole, was based in Monguno.")
    assert ("Sector 3", "part_of", "Operation Lafiya Dole") in said


def test_a_coalition_named_before_its_noun(extractor: Extractor) -> None:
    # "the Séléka coalition" is the Séléka: the name, whatever the tagger took it for
    said = _said(extractor, "In 2012 the Union of Democratic Forces for Unity joined the Seleka coalition.")
    assert ("Union of Democratic Forces for Unity", "takes_part_in", "Seleka") in said
    assert ("Séléka", "operated_in", "Bangui") in _said(extractor, "In March 2013 the Séléka coalition seized Bangui.")
