"""Who is a victim or a witness, and so protected by default, when the text names several at once (nlp.victims
`harms`, `victims`, `witnesses`): each of a list, and never the perpetrators a sentence lists after a colon;
and who did a crime by a harm done during it (nlp.relations `complicity`).
Real en_core_web_sm and the project's components, on sentences written for these tests (none from a
development document).
"""

from __future__ import annotations

import pytest

from nlp.extraction import Extraction
from nlp.pipeline import Extractor


def protected(result: Extraction) -> dict[str, bool]:
    return {e.name: e.attributes.get("sensitivity") == "protected" for e in result.entities if e.type == "Person"}


def relations(result: Extraction) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}


@pytest.mark.parametrize(
    "text",
    [
        "Aminata Kallon, Ibrahim Conteh and Fatou Jallow were abducted by RUF fighters in 1998.",
        "Soldiers tortured Aminata Kallon, Ibrahim Conteh and Fatou Jallow.",
    ],
)
def test_each_person_a_harm_was_done_to_is_its_victim(extractor: Extractor, text: str) -> None:
    result = extractor.extract_text(text)
    assert protected(result) == {"Aminata Kallon": True, "Ibrahim Conteh": True, "Fatou Jallow": True}
    victims = {s for s, p, _ in relations(result) if p == "victim_of"}
    assert victims == {"Aminata Kallon", "Ibrahim Conteh", "Fatou Jallow"}


def test_those_who_did_it_listed_after_a_colon_are_no_victims(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "On 3 May 1986 the activist Sipho Dlamini was abducted and shot near Pietermaritzburg by a group of "
        "policemen under Botha's command: Johan Venter, Pieter Marais and Koos Nel."
    )
    found = relations(result)
    assert ("Sipho Dlamini", "victim_of") in {(s, p) for s, p, _ in found}
    for name in ("Johan Venter", "Pieter Marais", "Koos Nel"):
        assert (name, "victim_of") not in {(s, p) for s, p, _ in found}
        assert not protected(result).get(name)


@pytest.mark.parametrize(
    "text",
    [
        "Aminata Kallon, Ibrahim Conteh and Fatou Jallow gave evidence in the case.",
        "Prosecutors called former detainees. Rufus Kpadeh, who was arrested in 1999 and taken to Gbatala, and "
        "Varmuyan Dulleh testified at the trial about the abuse they suffered.",
    ],
)
def test_every_witness_of_a_coordinated_subject_is_protected(extractor: Extractor, text: str) -> None:
    result = extractor.extract_text(text)
    assert len(protected(result)) >= 2
    assert all(protected(result).values())


def test_each_of_those_who_survived_a_crime_is_its_victim(extractor: Extractor) -> None:
    result = extractor.extract_text("Aminata Kallon and Ibrahim Conteh survived the massacre at Tumbu church.")
    assert protected(result) == {"Aminata Kallon": True, "Ibrahim Conteh": True}


def test_who_harmed_people_during_a_crime_perpetrated_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The inquiry found that FRCI soldiers killed several hundred civilians during the massacre at Duékoué."
    ))  # fmt: skip
    assert ("FRCI", "perpetrated", "massacre at Duékoué") in found
    aftermath = relations(extractor.extract_text(
        "The FRCI carried out searches during the massacre at Duékoué."
    ))  # fmt: skip
    assert ("FRCI", "perpetrated", "massacre at Duékoué") not in aftermath  # a search is no harm


def test_where_a_harm_done_to_a_named_person_was_done(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Witnesses described the murder of Berta Cáceres in La Esperanza."
    ))  # fmt: skip
    assert ("murder of Berta Cáceres", "occurred_in", "La Esperanza") in found  # the parser hangs "in" on her
    assert ("Berta Cáceres", "victim_of", "murder of Berta Cáceres") in found


def test_a_person_is_killed_once(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In August 2017 police officers shot dead Kian Ramos in Caloocan. Witnesses said the murder of Kian "
        "Ramos was planned. Soldiers tortured Ana Cruz in 2001; the killing of Ana Cruz followed in 2003."
    )
    crimes = [e for e in result.entities if e.type == "Crime"]
    about_kian = [c for c in crimes if "Kian Ramos" in c.name or any("Kian Ramos" in a for a in c.aliases)]
    assert len(about_kian) == 1  # "shot dead" and "the murder of": one killing, with its place
    assert ("killing of Kian Ramos", "occurred_in", "Caloocan") in relations(result)
    about_ana = [c for c in crimes if "Ana Cruz" in c.name]
    assert len(about_ana) == 2  # her torture is another crime than her killing


def test_its_crime_is_possibly_the_force_the_text_was_about(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Since 2009 the armed group Boko Haram has killed thousands of civilians in north-east Nigeria. Its "
        "attack on Baga, in Borno State, in January 2015 was among the deadliest."
    ))  # fmt: skip
    assert ("Boko Haram", "perpetrated", "attack on Baga") in found
    both = relations(extractor.extract_text(
        "The Nigerian Army and Boko Haram fought near Baga for weeks. Its attack on Damboa killed many."
    ))  # fmt: skip
    assert not [k for k in both if k[1] == "perpetrated"]  # "its": which of the two, the text does not say


def test_a_crime_at_a_settlement_named_after_of(extractor: Extractor) -> None:
    """ "the assault on Bunia", "the attack on the town of Bor", "killings in the hamlets of A, B and C": the
    crime, and each place the settlement noun's "of" names."""
    result = extractor.extract_text(
        "The UPC carried out the assault on Bunia in 2003. The attack on the town of Bor left many dead. Soldiers "
        "carried out killings in the nearby hamlets of La Joya, Ranchería and Cerro Pando."
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("UPC", "perpetrated", "assault on Bunia") in said
    assert ("attack on the town of Bor", "occurred_in", "Bor") in said
    hamlets = next(n for n in names.values() if n.startswith("killings in the nearby hamlets"))
    assert {p for c, r, p in said if c == hamlets and r == "occurred_in"} == {"La Joya", "Ranchería", "Cerro Pando"}


def test_a_political_partys_president_is_no_civil_party(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Habré trial opened in 2015. Pavel Jurić was the President of the Croatian Party of Rights. "
        "Amina Hassan appeared as a civil party in the Habré trial."
    )
    names = {e.id: e.name for e in result.entities}
    witnesses = {names[r.subject] for r in result.relations if r.predicate == "witness_in"}
    assert witnesses == {"Amina Hassan"}
    assert protected(result) == {"Pavel Jurić": False, "Amina Hassan": True}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen tried to kill the journalist Ana Duarte outside her home in 2004.",
        "The militia threatened to abduct the mayor, Tomas Ekwueme.",
        "In 1990 the colonel gave the order to kill the lawyer Ana Duarte.",
    ],
)
def test_a_harm_tried_ordered_or_threatened_is_no_harm_done(extractor: Extractor, text: str) -> None:
    result = extractor.extract_text(text)
    assert not [e.name for e in result.entities if e.type == "Crime"]
    assert not [r for r in result.relations if r.predicate == "victim_of"]


def test_a_harm_done_after_a_threat_is_a_harm(extractor: Extractor) -> None:
    result = extractor.extract_text("Gunmen who had threatened her for months abducted the journalist Ana Duarte.")
    assert ("Ana Duarte", "victim_of", "abduction of Ana Duarte") in relations(result)


def test_groups_named_after_including_possibly_committed_the_crimes_named_after_including(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Armed groups operating in Ituri, including the Zaire Front and the Ngiti Defence Force, committed human "
        "rights abuses, including abductions in Djugu, the killing of civilians in Mahagi and the looting of Bunia."
    )
    names = {e.id: e.name for e in result.entities}
    found = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    for group in ("Zaire Front", "Ngiti Defence Force"):
        for crime in ("abductions in Djugu", "killing of civilians in Mahagi", "looting of Bunia"):
            assert found.get((group, "perpetrated", crime)) == 0.5  # possible: each group, each crime
