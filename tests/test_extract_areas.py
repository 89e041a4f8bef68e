"""Where a unit was, read from text (nlp/areas.py): its base (based_at) and the places of its area of
operations (operated_in). Sentences of our own; the real extractor."""

from __future__ import annotations

import pytest

from nlp.pipeline import Extractor


def _areas(extractor: Extractor, text: str) -> set[tuple[str, str, str, str | None, str | None]]:
    result = extractor.extract_text(text)
    names = {e.id: e.name for e in result.entities}
    return {
        (names[r.subject], r.predicate, names[r.object], r.valid_from, r.valid_to)
        for r in result.relations
        if r.predicate in {"based_at", "operated_in"}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 12th Infantry Battalion, based in Kaduna, was sent north in March.",
         ("12th Infantry Battalion", "based_at", "Kaduna", None, None)),
        ("The 3rd Brigade was stationed in Kaduna until 2015.", ("3rd Brigade", "based_at", "Kaduna", None, "2015")),
        ("The Tribunal Guard, which is garrisoned at Kovno, belongs to the Northern Command.",
         ("Tribunal Guard", "based_at", "Kovno", None, None)),
        ("The Rapid Support Forces, headquartered in Khartoum, deny the charges.",
         ("Rapid Support Forces", "based_at", "Khartoum", None, None)),
        ("Detainees were taken to the headquarters of the Rapid Action Battalion in Uttara.",
         ("Rapid Action Battalion", "based_at", "Uttara", None, None)),
        ("The Patriotic Front's headquarters at Gbarnga were shelled.",
         ("Patriotic Front", "based_at", "Gbarnga", None, None)),
        ("The Patriotic Front, which had its headquarters in Gbarnga, was dissolved.",
         ("Patriotic Front", "based_at", "Gbarnga", None, None)),
        ("Gorazde, the base of the 5th Marine Regiment, lies east of Utrecht.",
         ("5th Marine Regiment", "based_at", "Gorazde", None, None)),
    ],
)  # fmt: skip
def test_a_units_base(extractor: Extractor, text: str, expected: tuple[str, ...]) -> None:
    assert expected in _areas(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram operates in Borno, Yobe and Adamawa States.", {("Boko Haram", "Borno"), ("Boko Haram", "Yobe")}),
        ("Soldiers of the 81st Division were deployed to Luuq in 2019.", {("81st Division", "Luuq")}),
        ("Units of the 7th Division were active in Gwoza between 2014 and 2015.", {("7th Division", "Gwoza")}),
        ("By 2016 the Islamic State had occupied Mosul and Raqqa.",
         {("Islamic State", "Mosul"), ("Islamic State", "Raqqa")}),
        ("On 3 June the Eagles Brigade took control of Kidal.", {("Eagles Brigade", "Kidal")}),
        ("The town of Dubrava was held by the Patriotic Front until October.", {("Patriotic Front", "Dubrava")}),
        ("The National Army deployed two brigades to Maiduguri in 2013.", {("National Army", "Maiduguri")}),
        ("After the Patriotic Front took over Gbarnga district in 1990, camps were opened.",
         {("Patriotic Front", "Gbarnga")}),
        ("Norden Invest, which operates in the sub-prefecture of Bambari, denied it.", {("Norden Invest", "Bambari")}),
        ("The Jama Front operates in Borno State.", {("Jama Front", "Borno State")}),  # a place's own noun
        # a unit that fought somewhere, or was sent, redeployed or transferred there
        ("The 14th Tank Regiment fought in Argun in 2000.", {("14th Tank Regiment", "Argun")}),
        ("Units of the 4th Brigade were sent from Tuzla to Kladanj in May 1993.", {("4th Brigade", "Kladanj")}),
        ("The 7th Brigade was transferred to Bunia in 2003.", {("7th Brigade", "Bunia")}),
    ],
)  # fmt: skip
def test_a_units_area_of_operations(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, p, o, _, _ in _areas(extractor, text) if p == "operated_in"}
    assert expected <= found


def test_an_area_of_operations_keeps_its_dates(extractor: Extractor) -> None:
    found = _areas(extractor, "The Patriotic Front held Kakata from May 1990 until 1992.")
    assert ("Patriotic Front", "operated_in", "Kakata", "1990-05", "1992") in found


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Ivo Dral, based in Kaspi, commanded the brigade.",  # a person has no base of the graph
        "The 3rd Brigade was not stationed in Ulm.",
        "The 5th Brigade failed to capture Kidal.",
        "The Patriotic Front never controlled Dubrava.",
        "Government troops recaptured Kidal from the Eagles Brigade.",  # the force driven out held it no more
        "The battalion withdrew from Kidal after the Eagles Brigade shelled Gao.",
        # the headquarters of a part, not of the command named
        "Colonel Tono Kari commanded Korem 99, the Udayana Command's subordinate headquarters in Dili.",
        "The International Criminal Court operates in The Hague.",  # a court is no unit
        "The 5th Brigade did not fight in Goma.",
        "Colonel Ivo Dral fought in Kandahar in 1987.",  # a person's past: no area of a unit
    ],
)
def test_no_base_or_area_where_the_text_gives_none(extractor: Extractor, text: str) -> None:
    assert _areas(extractor, text) == set()
