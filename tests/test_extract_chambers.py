"""A chamber or office of a court is part of it (nlp/chambers.py), so is a unit or office of a body named with it
(nlp/body_parts.py), and the acronym after a chamber's name with its court is the court's (nlp/document.py). Real
spaCy pipelines of each language and the project's components, on sentences written for these tests (none from a
development document).
"""

from __future__ import annotations

import pytest

from nlp.extraction import Extraction
from nlp.pipeline import Extractor


def part_of(result: Extraction) -> dict[tuple[str, str], float | None]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], names[r.object]): r.confidence for r in result.relations if r.predicate == "part_of"}


def aliases(result: Extraction, name: str) -> list[str]:
    return next(e.aliases for e in result.entities if e.name == name)


@pytest.mark.parametrize(
    ("language", "text", "chamber", "court"),
    [
        ("en", "Trial Chamber III of the Special Tribunal for Lebanon convicted Salim Ayyash in 2020. "
               "The Special Tribunal for Lebanon sat in Leidschendam.",
         "Trial Chamber III of the Special Tribunal for Lebanon", "Special Tribunal for Lebanon"),
        ("fr", "La Chambre de première instance II du Tribunal spécial pour la Sierra Leone a condamné Charles "
               "Taylor. Le Tribunal spécial pour la Sierra Leone siégeait à La Haye.",
         "Chambre de première instance II du Tribunal spécial pour la Sierra Leone",
         "Tribunal spécial pour la Sierra Leone"),
        ("es", "La Sección Cuarta de la Sala de lo Penal de la Audiencia Nacional condenó al acusado. "
               "La Sala de lo Penal de la Audiencia Nacional confirmó después la pena.",
         "Sección Cuarta de la Sala de lo Penal de la Audiencia Nacional", "Sala de lo Penal de la Audiencia Nacional"),
        # the court named in the genitive is the court the document names in the nominative
        ("de", "Der 2. Strafsenat des Oberlandesgerichts Celle verurteilte den Angeklagten. Das Oberlandesgericht "
               "Celle hatte die Anklage im Mai zugelassen.",
         "2. Strafsenat des Oberlandesgerichts Celle", "Oberlandesgericht Celle"),
    ],
)  # fmt: skip
def test_a_chamber_named_with_its_court_is_part_of_it(
    extractor: Extractor, language: str, text: str, chamber: str, court: str
) -> None:
    assert part_of(extractor.extract_text(text, language=language)).get((chamber, court)) == 0.7


@pytest.mark.parametrize(
    ("language", "text", "chamber", "court"),
    [
        ("en", "The International Criminal Tribunal for Rwanda tried Jean-Paul Akayesu from 1997. "
               "The Appeals Chamber upheld his conviction in 2001.",
         "Appeals Chamber", "International Criminal Tribunal for Rwanda"),
        ("de", "Der Internationale Strafgerichtshof verhandelte seit 2016 gegen Bosco Ntaganda. "
               "Die Berufungskammer bestätigte das Urteil im März 2021.",
         "Berufungskammer", "Internationaler Strafgerichtshof"),
        # an international court's prosecutor is one of its organs
        ("en", "The Office of the Prosecutor asked the International Criminal Court for a warrant in 2023.",
         "Office of the Prosecutor", "International Criminal Court"),
    ],
)  # fmt: skip
def test_a_chamber_named_alone_is_possibly_part_of_the_one_court(
    extractor: Extractor, language: str, text: str, chamber: str, court: str
) -> None:
    assert part_of(extractor.extract_text(text, language=language)).get((chamber, court)) == 0.5  # "possible"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # two courts: whose chamber the text does not say
        ("en", "The Supreme Court of Chile and the Inter-American Court of Human Rights both ruled on the case. "
               "The Second Chamber heard the appeal in 2004."),
        # a national prosecution is no part of the court it prosecutes before
        ("en", "The Office of the Prosecutor filed charges before the Higher Regional Court of Koblenz in 2019."),
        ("fr", "Le Bureau du Procureur a saisi la Cour d'assises de Paris en 2021."),
        # a chamber of another tribunal, named by an acronym with small letters, is none of the one court's
        ("de", "Der Bundesgerichtshof bestätigte 2020 das Urteil. Zuvor hatte die Vorverfahrenskammer I des IStGH "
               "einen Haftbefehl gegen Omar al-Bashir erlassen."),
    ],
)  # fmt: skip
def test_no_chamber_is_given_a_court_the_text_does_not_tell(extractor: Extractor, language: str, text: str) -> None:
    assert part_of(extractor.extract_text(text, language=language)) == {}


@pytest.mark.parametrize(
    ("language", "text", "chamber", "court", "acronym"),
    [
        ("en", "Trial Chamber I of the International Criminal Tribunal for the former Yugoslavia (ICTY) acquitted "
               "him. The ICTY closed in 2017.",
         "Trial Chamber I of the International Criminal Tribunal for the former Yugoslavia",
         "International Criminal Tribunal for the former Yugoslavia", "ICTY"),
        ("fr", "La Chambre d'appel du Tribunal pénal international pour l'ex-Yougoslavie (TPIY) a confirmé la peine. "
               "Le TPIY a fermé ses portes en 2017.",
         "Chambre d'appel du Tribunal pénal international pour l'ex-Yougoslavie",
         "Tribunal pénal international pour l'ex-Yougoslavie", "TPIY"),
    ],
)  # fmt: skip
def test_the_acronym_after_a_chamber_and_its_court_is_the_courts(
    extractor: Extractor, language: str, text: str, chamber: str, court: str, acronym: str
) -> None:
    result = extractor.extract_text(text, language=language)
    assert acronym in aliases(result, court)
    assert acronym not in aliases(result, chamber)  # the chamber's verdicts are not the whole court's
    assert part_of(result).get((chamber, court)) == 0.7


def test_a_court_heading_a_release_in_capitals_is_named_whole(extractor: Extractor) -> None:
    text = (
        "COUR PÉNALE INTERNATIONALE - COMMUNIQUÉ DE PRESSE\nLa Haye, le 4 février 2021\n\n"
        "La Chambre de première instance IX de la Cour pénale internationale a déclaré l'accusé coupable."
    )
    result = extractor.extract_text(text, language="fr")
    courts = [e for e in result.entities if e.type == "Mechanism" and "chambre" not in e.name.lower()]
    assert len(courts) == 1
    assert "Cour pénale internationale" in [courts[0].name, *courts[0].aliases]


def test_a_german_chamber_named_short_after_is_the_same_and_one_by_its_courts_head_is_of_the_one_court(
    extractor: Extractor,
) -> None:
    result = extractor.extract_text(
        "Der Internationale Strafgerichtshof für Ruanda verhandelte ab 1997. Die Berufungskammer des Tribunals "
        "bestätigte 2001 das Urteil. Die Berufungskammer wies alle Einwände zurück.",
        language="de",
    )
    chambers = [e for e in result.entities if e.type == "Mechanism" and "Berufungskammer" in e.name]
    assert [c.name for c in chambers] == ["Berufungskammer des Tribunals"]  # one chamber, named short after
    assert "Berufungskammer" in chambers[0].aliases
    found = part_of(result)
    assert found.get(("Berufungskammer des Tribunals", "Internationaler Strafgerichtshof für Ruanda")) == 0.5


def test_a_courts_numbered_branch_is_its_chamber_and_judges_as_one(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "On 17 September 2018 the Regional Trial Court of Malolos, Branch 15, presided over by Judge Ana Tamayo, "
        "convicted Ramon Cruz and Pedro Lim. The Court of Appeals affirmed the convictions in May 2022. On 6 "
        "October 2023 Branch 19 of the same court acquitted Luis Tan of murder. Branch 251 of the General Intelligence "
        "Directorate held Samir Khalil."
    )
    types = {e.name: e.type for e in result.entities}
    assert types["Branch 15"] == types["Branch 19"] == "Mechanism"
    assert types["Branch 251"] == "Organization"  # no court's
    parts = part_of(result)
    assert parts[("Branch 15", "Regional Trial Court of Malolos")] == 0.7  # apposed to it
    assert ("Branch 19", "Regional Trial Court of Malolos") in parts  # "the same court": the first branch's
    assert ("Branch 19", "Court of Appeals") not in parts
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("Ramon Cruz", "convicted_by", "Branch 15") in said
    assert ("Luis Tan", "acquitted_by", "Branch 19") in said
    assert ("Ramon Cruz", "convicted_by", "Regional Trial Court of Malolos") not in said  # its branch judged


def test_the_acronym_after_a_chamber_is_the_court_it_spells_past_the_chambers_own_words(
    extractor: Extractor,
) -> None:
    # "de Verdad" is the chamber's own name: the court is the one the acronym spells, named after it
    text = "La Sala de Apelaciones de Verdad de la Corte Penal Especial (CPE) confirmó la pena en 2019. La CPE cerró."
    result = extractor.extract_text(text, language="es")
    chamber = "Sala de Apelaciones de Verdad de la Corte Penal Especial"
    assert "CPE" in aliases(result, "Corte Penal Especial")
    assert "CPE" not in aliases(result, chamber)
    assert part_of(result).get((chamber, "Corte Penal Especial")) == 0.7


@pytest.mark.parametrize(
    ("language", "text", "part", "whole"),
    [
        ("es", "El Departamento de Operaciones de la Policía Nacional detuvo a los dirigentes en 1984. "
               "La Policía Nacional negó los hechos.",
         "Departamento de Operaciones de la Policía Nacional", "Policía Nacional"),
        ("fr", "La Direction du renseignement de la Gendarmerie nationale a surveillé les opposants en 2005. "
               "La Gendarmerie nationale a démenti.",
         "Direction du renseignement de la Gendarmerie nationale", "Gendarmerie nationale"),
    ],
)  # fmt: skip
def test_a_unit_or_office_named_with_its_body_is_part_of_it(
    extractor: Extractor, language: str, text: str, part: str, whole: str
) -> None:
    assert part_of(extractor.extract_text(text, language=language)).get((part, whole)) == 0.7


def test_a_body_named_after_another_without_a_word_of_a_part_is_no_part_of_it(extractor: Extractor) -> None:
    # an association of the police's victims is no part of the police
    text = (
        "La Asociación de Familiares de Víctimas de la Policía Nacional denunció los hechos en 1990. "
        "La Policía Nacional guardó silencio."
    )
    assert part_of(extractor.extract_text(text, language="es")) == {}
