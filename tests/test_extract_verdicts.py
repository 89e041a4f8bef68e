"""What a verdict says of its parties and of the crime it names (nlp.verdicts `_kinds_of_conviction`,
nlp.mistagged `judged_persons`, nlp.consistency `appeal` and `no_act_of_a_verdict_undone`), and where a crime
the verdict's sentence names took place (nlp.crime_events). Real en_core_web_sm and the project's components,
on sentences written for these tests (none from a development document).
"""

from __future__ import annotations

import pytest

from nlp.extraction import Extraction
from nlp.pipeline import Extractor


def relations(result: Extraction) -> dict[tuple[str, str, str], float | None]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}


def test_who_was_convicted_of_a_crime_possibly_perpetrated_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "In March 2004 the High Court of Lamaria convicted Okello, Ssempa and Mugisha of the murder of Tumusiime."
    ))  # fmt: skip
    for name in ("Okello", "Ssempa", "Mugisha"):  # surnames the tagger takes for places: a verdict judges persons
        assert (name, "convicted_by", "High Court of Lamaria") in found
        # possible only: a conviction that names no mode of liability may rest on a superior's responsibility
        assert found[(name, "perpetrated", "murder of Tumusiime")] == 0.5


def test_a_conviction_by_no_court_named_still_says_what_its_party_did(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Colonel Petar Vukovic was sentenced to life imprisonment in 2011 for the abduction of the Tarnik students. "
        "Major Ivan Horvat, who was later convicted of aiding and abetting the murder of the Tarnik mayor, lives "
        "abroad. General Mirko Babic was never convicted of the shelling of Donji Grad."
    ))  # fmt: skip
    # no court is named, so no convicted_by; the act is said all the same, possibly
    assert found[("Petar Vukovic", "perpetrated", "abduction of the Tarnik students")] == 0.5
    assert ("Ivan Horvat", "aided", "murder of the Tarnik mayor") in found
    assert not [k for k in found if k[1] == "convicted_by" or k[0] == "Mirko Babic"]


def test_a_sentence_received_or_served_for_a_crime_says_its_party_did_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Sergeant Ante Kos received a 12-year sentence for the torture of detainees at Lora camp. Dario Peric is "
        "serving a life sentence for the murder of two journalists. Major Ivan Horvat was handed a 20-year prison "
        "term for the killing of the Tarnik mayor. Marko Ilic could receive a life sentence for the shelling of "
        "Donji Grad. Luka Babic never served a sentence for the burning of Velda."
    ))  # fmt: skip
    assert found[("Ante Kos", "perpetrated", "torture of detainees at Lora camp")] == 0.5
    assert found[("Dario Peric", "perpetrated", "murder of two journalists")] == 0.5
    assert found[("Ivan Horvat", "perpetrated", "killing of the Tarnik mayor")] == 0.5
    # a sentence feared, or one never served, says nothing
    assert not [k for k in found if k[0] in {"Marko Ilic", "Luka Babic"}]


def test_a_convictions_mode_of_liability_says_what_its_party_did(extractor: Extractor) -> None:
    aided = relations(extractor.extract_text(
        "The Trial Chamber convicted Colonel Dario Vukic of aiding and abetting the shelling of Vukovar."
    ))  # fmt: skip
    assert ("Dario Vukic", "aided", "shelling of Vukovar") in aided
    assert ("Dario Vukic", "perpetrated", "shelling of Vukovar") not in aided
    superior = relations(extractor.extract_text(
        "The Trial Chamber convicted General Marko Ilic, as a superior, of failing to punish the shelling of Vukovar."
    ))  # fmt: skip
    assert not [k for k in superior if k[0] == "Marko Ilic" and k[1] in {"perpetrated", "aided", "ordered"}]


def test_a_verdict_that_parts_its_crimes_among_its_parties_gives_none_of_them_an_act(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Pedro Alvarado and Juan Mendez were each found guilty of genocide, the latter for the massacre at "
        "the Kanyosha church."
    ))  # fmt: skip
    assert not [k for k in found if k[1] == "perpetrated"]


def test_an_act_read_from_a_conviction_later_reversed_is_not_asserted(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On 3 May 2011 the Trial Chamber convicted General Dario Vukic of the shelling of Vukovar. On 9 June 2013 "
        "the Appeals Chamber reversed his conviction and acquitted him."
    ))  # fmt: skip
    assert not [k for k in found if k[0] == "Dario Vukic" and k[1] == "perpetrated"]
    # one acquitted of some counts and convicted of others keeps what the conviction said
    kept = relations(extractor.extract_text(
        "The Brussels Assize Court convicted Emile Ntawukuriryayo of the killings in Gisagara and acquitted him "
        "of two murders."
    ))  # fmt: skip
    assert ("Emile Ntawukuriryayo", "perpetrated", "killings in Gisagara") in kept


def test_an_annulment_undoes_no_verdict_given_after_it(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Ramón Ortiz was sentenced in 1985 to 20 years in prison, but in 1987 the Supreme Court of Lamaria "
        "annulled his conviction. On 4 May 2008 the Federal Court of Lamaria convicted Ramón Ortiz of torture."
    )
    names = {e.id: e.name for e in result.entities}
    verdicts = {names[r.object]: r.attributes.get("verdict") for r in result.relations if r.predicate == "convicted_by"}
    assert verdicts.get("Federal Court of Lamaria") == "convicted"  # the 2008 verdict stands


def test_a_crime_at_a_named_building_took_place_where_the_name_says(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The court found that the two officers had taken part in the massacre at the Nyamata convent."
    ))  # fmt: skip
    assert ("massacre at the Nyamata convent", "occurred_in", "Nyamata convent") in found


def test_a_crime_named_after_a_verb_of_suffering_keeps_its_site(extractor: Extractor) -> None:
    result = extractor.extract_text("At least 300 detainees were subjected to torture at Branch 227 in 2012.")
    assert "torture at Branch 227" in {e.name for e in result.entities if e.type == "Crime"}


def test_persons_judged_in_a_semicolon_series(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On 2 June 2023 the Paris Assize Court, trying the case in absentia, convicted Omar Haddad; Samir Khoury, "
        "the head of the Political Security Directorate; and Karim Nassar, who directed its prison, of complicity "
        "in crimes against humanity."
    ))  # fmt: skip
    convicted = {s for s, p, o in found if p == "convicted_by" and o == "Paris Assize Court"}
    assert convicted == {"Omar Haddad", "Samir Khoury", "Karim Nassar"}
    alone = relations(extractor.extract_text(
        "The Paris Assize Court convicted Omar Haddad; Samir Khoury was acquitted by the Court of Appeal in 2024."
    ))  # fmt: skip
    assert ("Samir Khoury", "convicted_by", "Paris Assize Court") not in alone


def test_a_prosecutor_is_named_with_its_court(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In 2016 the Office of the Prosecutor of the International Criminal Court opened an investigation. "
        "Fatou Bensouda, the Prosecutor of the International Criminal Court, applied for warrants."
    )
    mechanisms = {e.name for e in result.entities if e.type == "Mechanism"}
    assert "Office of the Prosecutor of the International Criminal Court" in mechanisms
    assert "International Criminal Court" in mechanisms  # the court is named too, as for a chamber
    alone = extractor.extract_text("The Prosecutor of the Tribunal charged Juvénal Kajelijeli in 1998.")
    assert "Tribunal" not in {e.name for e in alone.entities}  # a court named by its head alone is no new one


def test_a_body_of_inquiry_named_in_lower_case(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "1. In its resolution 31/18, the Human Rights Council established the commission of inquiry on human "
        "rights in the Republic of South Sudan (RSS). 2. The commission of inquiry on human rights in the RSS "
        "documented the killing of civilians in Bentiu. 3. A commission of inquiry to investigate the events "
        "was also proposed."
    )
    bodies = {e.name: e for e in result.entities if e.type == "Mechanism"}
    body = bodies["commission of inquiry on human rights in the Republic of South Sudan"]
    assert body.attributes.get("kind") == "fact_finding"
    assert len(body.mentions) == 2  # its name with the place's acronym is the same body, not "RSS"'s
    assert "RSS" not in body.aliases
    assert not [n for n in bodies if n.startswith("commission of inquiry to")]  # no name without what it is on


def test_a_prosecutors_office_named_again_without_its_court(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Human Rights Watch called on the Office of the Prosecutor of the International Criminal Court to "
        "examine the killings. The Office of the Prosecutor opened a preliminary examination in 2018."
    )
    offices = [e for e in result.entities if e.type == "Mechanism" and e.name.startswith("Office")]
    assert [o.name for o in offices] == ["Office of the Prosecutor of the International Criminal Court"]


def test_what_a_body_of_inquiry_concluded_it_investigated(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Commission of Inquiry on Burundi has reasonable grounds to believe that the torture of Pierre Claver "
        "Mbonimpa by SNR agents was ordered from above. The Commission considers the Musaga killings part of "
        "the same attack. The Commission did not consider the shelling of Gitega."
    ))  # fmt: skip
    inquiry = "Commission of Inquiry on Burundi"
    assert ("torture of Pierre Claver Mbonimpa", "investigated_by", inquiry) in found
    assert ("Musaga killings", "investigated_by", inquiry) in found
    assert ("shelling of Gitega", "investigated_by", inquiry) not in found  # denied


def test_the_court_whose_judgment_found_a_person_guilty(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Court of Appeal upheld the 2021 judgment of the Koblenz Higher Regional Court, which found Eyad "
        "al-Gharib guilty of aiding and abetting crimes against humanity."
    ))  # fmt: skip
    assert ("Eyad al-Gharib", "convicted_by", "Koblenz Higher Regional Court") in found


def test_a_sentence_for_a_role_in_a_crime(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In 2019 the Brussels Assize Court sentenced Jean Habimana and Paul Kagabo, two former mayors of "
        "Nyamata, to life imprisonment for their role in the massacre at Nyamata church in April 1994."
    )
    found = relations(result)
    sentences = {r.attributes.get("sentence") for r in result.relations if r.predicate == "convicted_by"}
    assert sentences == {"life imprisonment"}  # the sentence, without its grounds
    assert found.get(("Jean Habimana", "perpetrated", "massacre at Nyamata church")) == 0.5
    assert found.get(("Paul Kagabo", "perpetrated", "massacre at Nyamata church")) == 0.5


def test_them_stands_for_the_persons_coordinated_before(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Moinina Fofana and Allieu Kondewa were tried together. Trial Chamber I had sentenced them to six and "
        "eight years."
    ))  # fmt: skip
    assert found.get(("Moinina Fofana", "convicted_by", "Trial Chamber I")) == 0.5  # across sentences: possible
    assert found.get(("Allieu Kondewa", "convicted_by", "Trial Chamber I")) == 0.5
    judged = relations(extractor.extract_text(
        "The judge, Bankole Thompson, heard Fofana and Kondewa. The Chamber sentenced them in 2007."
    ))  # fmt: skip
    assert not [k for k in judged if k[1] == "convicted_by"]  # three persons named before: whom, unsaid


def test_the_accused_is_the_one_person_the_document_charged_before(extractor: Extractor) -> None:
    """ "convicted the accused": the one person named before as charged, likely only (0.6). Not another whom
    the document shows judged ("the defendant's former wife ... was sentenced"), and no one when two were
    charged."""
    one = relations(extractor.extract_text(
        "Charles Taylor was charged by the Special Court for Sierra Leone in 2003. On 26 April 2012, Trial "
        "Chamber II convicted the accused of aiding and abetting war crimes."
    ))  # fmt: skip
    two = relations(extractor.extract_text(
        "The prosecutor charged Issa Sesay and Morris Kallon in 2003. In 2009 the Trial Chamber convicted the "
        "accused of terrorising the civilian population."
    ))  # fmt: skip
    other = relations(extractor.extract_text(
        "In separate proceedings, the Higher Regional Court of Munich sentenced Jennifer Wenisch to ten years. "
        "The Senate later convicted the defendant of genocide."
    ))  # fmt: skip
    assert one[("Charles Taylor", "convicted_by", "Trial Chamber II")] == 0.6
    assert not [k for k in two if k[1] == "convicted_by"]
    assert not [k for k in other if k[1] == "convicted_by" and k[2] != "Higher Regional Court of Munich"]


def test_a_verdict_the_parser_read_as_one_noun_phrase(extractor: Extractor) -> None:
    """ "Trial Chamber II convicted Hazim Delic in 1998": the parser made "convicted" an adjective of the
    name; read from the words (0.7)."""
    found = relations(extractor.extract_text("Trial Chamber II convicted Hazim Delic in 1998."))
    assert found[("Hazim Delic", "convicted_by", "Trial Chamber II")] == 0.7


def test_two_names_joined_by_and_that_the_parser_read_as_one_are_both_judged(extractor: Extractor) -> None:
    """The parser made "Sesay" a modifier of "Kallon" (nlp.sentence `relist`): both were convicted."""
    found = relations(
        extractor.extract_text("The Special Court convicted Foday Sesay and Ibrahim Kallon of murder in 2009.")
    )
    assert ("Foday Sesay", "convicted_by", "Special Court") in found
    assert ("Ibrahim Kallon", "convicted_by", "Special Court") in found


def test_a_verdict_said_with_pronouns_alone_is_read(extractor: Extractor) -> None:
    """ "In December 2002 it acquitted him", "It sentenced him to ten years": a sentence that names no one is still
    read for its verdict (the court and the person named before), possibly (nlp/relations.py `_JUDGED`)."""
    found = relations(extractor.extract_text(
        "Colonel Oleg Vasin was tried by the Eastern District Military Court. In December 2002 it acquitted him. "
        "Major Ivan Sorokin was tried by the Western District Military Court. It sentenced him to ten years."
    ))  # fmt: skip
    assert found[("Oleg Vasin", "acquitted_by", "Eastern District Military Court")] == 0.5
    assert found[("Ivan Sorokin", "convicted_by", "Western District Military Court")] == 0.5
    assert ("Oleg Vasin", "convicted_by", "Eastern District Military Court") not in found


def test_sentences_given_in_a_gapped_list_convict_each_and_say_no_term(extractor: Extractor) -> None:
    """ "sentenced Keita to 20 years, Diarra to 15 years, and Traore and Coulibaly to 12 years each": each is
    convicted (the names the tagger took for places too); whose term is which the parse does not say, so no
    term is recorded for any."""
    result = extractor.extract_text(
        "The Bamako Assize Court tried the four officers in 2019. The court sentenced Keita to 20 years, Diarra "
        "to 15 years, and Traore and Coulibaly to 12 years each."
    )
    names = {e.id: e.name for e in result.entities}
    convicted = {names[r.subject]: r.attributes for r in result.relations if r.predicate == "convicted_by"}
    assert set(convicted) == {"Keita", "Diarra", "Traore", "Coulibaly"}
    assert not [a for a in convicted.values() if "sentence" in a]


@pytest.mark.parametrize(
    "sentence",
    [
        "The court sentenced Moussa Keita to 20 years, Amadou Diarra to 15 years and Oumar Traore to 12 years.",
        "The court sentenced Moussa Keita to 20 years and Amadou Diarra and Oumar Traore to 15 years each.",
    ],
)
def test_a_gapped_list_of_sentences_joined_by_and_convicts_each(extractor: Extractor, sentence: str) -> None:
    """ "sentenced A to 52 years, B to 40 years and C to 25 years": the last pair follows an "and", not a comma."""
    result = extractor.extract_text("The Bamako Assize Court tried the three officers in 2019. " + sentence)
    names = {e.id: e.name for e in result.entities}
    convicted = {names[r.subject] for r in result.relations if r.predicate == "convicted_by"}
    assert convicted == {"Moussa Keita", "Amadou Diarra", "Oumar Traore"}


def test_a_court_described_by_its_city_judges_not_the_court_named_before(extractor: Extractor) -> None:
    """ "the Bouaké criminal court sentenced X, convicting him of murder": the court described in lower case is
    a body of its own (nlp/courts.py), and the participle's verdict is its; read as no court, the verdict went to
    the Appeals Chamber named before. "The Court has issued no arrest warrant against any member of X": none."""
    found = relations(extractor.extract_text(
        "In 2019 the Appeals Chamber of the Special Court confirmed the acquittal of Paul Kamara. On 15 April 2021 "
        "the Bouaké criminal court sentenced Issa Traoré to life imprisonment, convicting him of murder and "
        "looting. Kenyan investigating judges charged Paul Otieno. The Court has issued no arrest warrant against "
        "any member of the Northern Forces. Sierra Leone court raises sentences, and a Guatemalan court acquitted "
        "Juan Ortiz."
    ))  # fmt: skip
    judged = {k for k in found if k[1] in {"convicted_by", "acquitted_by", "charged_by"}}
    assert judged == {
        ("Paul Kamara", "acquitted_by", "Appeals Chamber of the Special Court"),
        ("Issa Traoré", "convicted_by", "Bouaké criminal court"),
        ("Paul Otieno", "charged_by", "Kenyan investigating judges"),
    }


def test_a_charge_or_a_verdict_at_trial_is_not_the_appeals_chambers_named_before(extractor: Extractor) -> None:
    """ "X was indicted in 1995" after a heading naming the Appeals Chamber: a chamber that judges appeals
    charges no one; "Y had been acquitted at trial": not on appeal."""
    found = relations(extractor.extract_text(
        "International Tribunal for Lamaria, Appeals Chamber - Judgement of 3 May 2009\n\n"
        "General Milan Vukic was indicted in 1998 and surrendered to the Tribunal in 1999. In the Petrovic case, "
        "where Ivo Petrovic had been acquitted at trial, the Appeals Chamber reversed the convictions of two "
        "others."
    ))  # fmt: skip
    assert not [k for k in found if k[1] in {"charged_by", "acquitted_by"} and "Appeals" in k[2]]


def test_both_of_whom_a_court_convicted_are_the_two_named_before(extractor: Extractor) -> None:
    """ "commanded by A until 1994 and thereafter by B, both of whom the ICTY has convicted": A and B; "all of
    whom" says no count, and gives no one."""
    found = relations(extractor.extract_text(
        "The Lira Corps was commanded by Goran Vukic until August 1994 and thereafter by Milan Tesic, both of whom "
        "the ICTY has convicted. Its brigades were led by Ivo Maras, Ante Kolar and Zlatko Bilic, all of whom the "
        "ICTY has tried."
    ))  # fmt: skip
    assert {s for s, p, o in found if p == "convicted_by"} == {"Goran Vukic", "Milan Tesic"}


def test_charges_confirmed_warrants_and_persons_wanted(extractor: Extractor) -> None:
    """ "confirmed the charges against A and B" (not "declined to confirm those against C"), "X, who is the
    subject of arrest warrants issued by the ICC", "Y, wanted by the ICC since 2005", "Z, charged by the Bouaké
    investigating judges", "on a warrant issued by Pre-Trial Chamber III, W was arrested": each charged by the
    body named. "He wanted to join the army", "Massera, convicted in the 1985 trial" (no court said): none."""
    found = relations(extractor.extract_text(
        "Pre-Trial Chamber I confirmed the charges against Paul Kiprono and John Mutua in 2012, but declined to "
        "confirm those against Peter Kamau. General Jean Bosco, who is the subject of arrest warrants issued by the "
        "International Criminal Court, leads the group. Joseph Okello, wanted by the International Criminal Court "
        "since 2005, remains at large. Losseni Traore, charged by the Bouaké investigating judges in July 2015, "
        "was never tried. In 2025, on a warrant issued by Pre-Trial Chamber III of the International Criminal "
        "Court, Ramon Cruz was arrested in Manila. Samuel Tembo wanted to join the army. Emilio Vargas, convicted "
        "in the 1985 trial and pardoned in 1990, died in 2010."
    ))  # fmt: skip
    assert {(s, p) for s, p, o in found if p in {"charged_by", "convicted_by"}} == {
        ("Paul Kiprono", "charged_by"), ("John Mutua", "charged_by"), ("Jean Bosco", "charged_by"),
        ("Joseph Okello", "charged_by"), ("Losseni Traore", "charged_by"), ("Ramon Cruz", "charged_by"),
    }  # fmt: skip


def test_the_tribunal_is_the_tribunal_named_and_a_year_is_no_part_of_a_chambers_name(extractor: Extractor) -> None:
    """ "Karadzic was convicted by the Tribunal": the tribunal named before, not the chamber named after it; "On
    27 September 2006 Trial Chamber I": the chamber, without the year; "had declined in 2011 to indict X": no
    charge."""
    found = relations(extractor.extract_text(
        "The International Criminal Tribunal for Lamaria tried Milan Vukic. On 27 September 2006 Trial Chamber I "
        "convicted Vukic. Goran Tesic was convicted by the Tribunal in 2016. The investigating judge Eloy Marin "
        "had declined in 2011 to indict former president Carlos Ruiz."
    ))  # fmt: skip
    judged = {(s, p, o) for s, p, o in found if p in {"convicted_by", "charged_by"}}
    assert judged == {
        ("Milan Vukic", "convicted_by", "Trial Chamber I"),
        ("Goran Tesic", "convicted_by", "International Criminal Tribunal for Lamaria"),
    }


def test_neither_convicted_nor_acquitted_is_no_verdict(extractor: Extractor) -> None:
    """ "was neither convicted nor acquitted", "Neither A nor B was acquitted", "convicted neither A nor B":
    no verdict; "C was convicted" beside them: one."""
    found = relations(extractor.extract_text(
        "The Trial Chamber of the Special Court for Lamaria heard the case against Ivo Maras. Ivo Maras died in "
        "2019 and was neither convicted nor acquitted by the Trial Chamber. Neither Ante Kolar nor Zlatko Bilic "
        "was acquitted by the Trial Chamber. The Trial Chamber convicted neither Goran Vukic nor Milan Tesic of "
        "conspiracy. Petar Horvat was convicted by the Trial Chamber."
    ))  # fmt: skip
    assert {s for s, p, o in found if p in {"convicted_by", "acquitted_by"}} == {"Petar Horvat"}


def test_a_verdict_dated_otherwise_than_the_court_named_before_takes_no_court(extractor: Extractor) -> None:
    """ "On 3 May 2006 Trial Chamber I convicted X ... Y was convicted in 2017": another judgment, by a court the
    text does not name; "Z was convicted in 2006 as well": possibly the same. The method says where the court
    was found."""
    found = relations(extractor.extract_text(
        "On 3 May 2006 Trial Chamber I convicted Stevan Petrovic of persecution and sentenced him to 27 years. Goran "
        "Tesic, commander of the Main Staff, was convicted of the shelling of Lira in 2017. Ivo Maras was "
        "convicted in 2006 as well."
    ))  # fmt: skip
    assert ("Stevan Petrovic", "convicted_by", "Trial Chamber I") in found
    assert ("Ivo Maras", "convicted_by", "Trial Chamber I") in found
    assert not [k for k in found if k[0] == "Goran Tesic" and k[1] == "convicted_by"]
    result = extractor.extract_text("Trial Chamber I heard the case. Ivo Maras was convicted in 2006.")
    assert [r.method for r in result.relations if r.predicate == "convicted_by"] == [
        "acg-nlp/dependency:verdict-convict-court-named-before"
    ]


def test_a_warrant_for_a_person_his_son_named_and_another(extractor: Extractor) -> None:
    """ "issued warrants of arrest for A, his son B and C": each; "the 5th Brigade, known as the Tiger Brigade":
    one body."""
    result = extractor.extract_text(
        "On 4 March 2012, Pre-Trial Chamber II of the ICC issued warrants of arrest for Omar Haroun, his son "
        "Idris Haroun and Salah Mansour, head of the police, for murder. The 5th Brigade, known as the Tiger "
        "Brigade, shelled the town."
    )
    found = relations(result)
    assert {k[0] for k in found if k[1] == "charged_by"} == {"Omar Haroun", "Idris Haroun", "Salah Mansour"}
    assert [{e.name, *e.aliases} for e in result.entities if e.type == "Organization"] == [
        {"5th Brigade", "Tiger Brigade"}
    ]


def test_destruction_of_property_and_pillaging_are_crime_types(extractor: Extractor) -> None:
    """The ontology's war crimes of destroying property and of pillaging, by the names judgments give them."""
    result = extractor.extract_text(
        "The Trial Chamber convicted Jean Lokuli of murder, destruction of property and pillaging, committed "
        "during the attack on Kasoro."
    )
    kinds = {e.name for e in result.entities if e.type == "CrimeType"}
    assert {"destruction of property", "pillage", "murder"} <= kinds
    assert not [e for e in result.entities if e.type == "Crime" and "pillag" in e.name]


def test_a_guilty_plea_gives_the_crimes_kind_and_a_possible_part_but_no_court(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Darko Mrkic pleaded guilty to murder for the killings at Tomasica and was sentenced to 15 years. "
        "Ante Horvat pleaded guilty to aiding and abetting persecution for the expulsion of Serbs from Knin."
    ))  # fmt: skip
    assert ("killings at Tomasica", "of_type", "murder") in found
    assert found[("Darko Mrkic", "perpetrated", "killings at Tomasica")] == 0.5
    assert ("expulsion of Serbs from Knin", "of_type", "persecution") in found
    assert ("Ante Horvat", "aided", "expulsion of Serbs from Knin") in found
    assert not [k for k in found if k[1] in {"convicted_by", "perpetrated"} and k[0] == "Ante Horvat"]
    denied = relations(extractor.extract_text("Goran Savic pleaded not guilty to murder for the killings at Kozluk."))
    assert not [k for k in denied if k[1] in {"of_type", "perpetrated"}]


def test_a_common_word_for_a_crimes_kind_after_a_verb_of_characterisation(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Chamber held that the expulsion of Croats from Vukovar amounted to deportation, and that the "
        "beatings at the Vila camp constituted murder."
    ))  # fmt: skip
    kinds = {(s, o) for s, p, o in found if p == "of_type"}
    assert ("expulsion of Croats from Vukovar", "deportation or forcible transfer of population") in kinds
    held_possible = relations(extractor.extract_text("The expulsion of Croats from Vukovar may amount to deportation."))
    assert not [k for k in held_possible if k[1] == "of_type"]


def test_a_date_in_what_a_verdict_was_for_is_not_the_verdicts(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Trial Chamber II sat in Arusha. The two mayors on trial, Jean Habyalimana and Luc Nshimiye, were each "
        "found guilty of genocide, the latter in particular for the massacres at Kibuye church and on Gitwe hill "
        "in April 1994."
    )
    dates = [r.attributes.get("date") for r in result.relations if r.predicate == "convicted_by"]
    assert len(dates) == 2  # both verdicts read
    assert not [d for d in dates if d and d.startswith("1994")]  # the massacres' month, not the verdicts'


def test_the_kinds_of_a_conviction_past_a_parenthetical_and_those_a_list_includes(extractor: Extractor) -> None:
    """ "COURT, presided over by Judge X, convicted Y, 70, of genocide and crimes against humanity for the
    killing of ...": the parse is broken by the parenthetical, the words still say what the killing was. "had
    committed war crimes, including the shelling of X": the shelling is a war crime; "may amount to war crimes,
    including ..." says nothing."""
    found = relations(
        extractor.extract_text(
            "On 2 June, the Special Criminal Court, a panel presided over by Judge Ana Ruiz, convicted Tomás Roca, "
            "70, of genocide and crimes against humanity for the killing of 300 Achí villagers by the army. The "
            "Commission concluded that government forces had committed war crimes, including the shelling of "
            "Marib. Such attacks may amount to war crimes, including the burning of Sirwah."
        )
    )
    kinds = {(s, o) for s, p, o in found if p == "of_type"}
    assert ("killing of 300 Achí villagers", "genocide") in kinds
    assert ("killing of 300 Achí villagers", "crimes against humanity") in kinds
    assert ("shelling of Marib", "war crimes") in kinds
    assert not [k for k in kinds if k[0].startswith("burning")]


def test_who_is_said_responsible_for_a_crime_did_it_likely_or_possibly(extractor: Extractor) -> None:
    """ "the ADF ... was responsible for the abduction of X", "held Jean Bosco Muhire responsible, together with
    the G-2, for the repression of Y": a force likely did it (0.6), a person possibly (0.5, his may be a
    superior's responsibility). A denial, a hedge or a state says nothing."""
    found = relations(
        extractor.extract_text(
            "The Allied Democratic Forces, based in the Rwenzori foothills, raided the villages and was responsible "
            "for the abduction of hundreds of children. The Chamber held Jean Bosco Muhire responsible, together "
            "with the Military Intelligence Directorate, for the repression of the Bagogwe in 1991. The 9th "
            "Brigade was not responsible for the killing of the prisoners at Kavumu. The Presidential Guard may "
            "be responsible for the shelling of Mutarule. The Court held Guatemala responsible for the "
            "disappearance of Marco Tulio Rojas."
        )
    )
    assert found[("Allied Democratic Forces", "perpetrated", "abduction of hundreds of children")] == 0.6
    assert found[("Jean Bosco Muhire", "perpetrated", "repression of the Bagogwe in 1991")] == 0.5
    assert ("Military Intelligence Directorate", "perpetrated", "repression of the Bagogwe in 1991") in found
    assert not [
        k for k in found if k[1] == "perpetrated" and k[0] in {"9th Brigade", "Presidential Guard", "Guatemala"}
    ]


def test_members_of_a_force_and_him_held_responsible(extractor: Extractor) -> None:
    """ "found members of the X responsible for": the force, likely (0.6), whatever the parser hung "responsible"
    on; "held him responsible for": the person the pronoun stands for, possibly (0.5)."""
    found = relations(extractor.extract_text(
        "The Chamber also found members of the Kordun Militia responsible for the beating and torture of "
        "non-Serbs detained at the old school in Lipik. General Marko Babic was then President. It held him "
        "responsible for the killing of civilians in Lovas."
    ))  # fmt: skip
    crime = "beating and torture of non-Serbs"  # one crime, named from its first deed, its hyphened word whole
    assert found[("Kordun Militia", "perpetrated", crime)] == 0.6
    assert found[("Marko Babic", "perpetrated", "killing of civilians in Lovas")] == 0.5


def test_the_persons_a_count_of_parties_includes_are_judged_with_it(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "In 2009 the Supreme Court upheld the convictions and sentenced Tefera Mulu and six co-defendants, "
            "including Abebe Kassa and Girma Tessema, to life imprisonment. The Court heard witnesses, including "
            "Hana Bekele."
        )
    )
    for name in ("Tefera Mulu", "Abebe Kassa", "Girma Tessema"):
        assert (name, "convicted_by", "Supreme Court") in found
    assert not [k for k in found if k[0] == "Hana Bekele" and k[1] == "convicted_by"]  # no count of parties


def test_a_lead_ending_with_a_colon_gives_its_verdict_to_each_item_of_the_list(extractor: Extractor) -> None:
    text = (
        "On 3 May 2019 the Special Criminal Court of Lamaria convicted:\n"
        "- Tomas Brenner, Deputy Commander of the 5th Lamarian Brigade: murder and torture; 22 years;\n"
        "- Ilse Okafor and Pavel Dunst, officers of the military police: persecution; 9 years each;\n"
        "- Rafael Moyo, Commander of the Eastern Battalion: murder; 15 years. He was acquitted of extermination.\n"
    )
    result = extractor.extract_text(text)
    found = relations(result)
    for name in ("Tomas Brenner", "Ilse Okafor", "Pavel Dunst", "Rafael Moyo"):
        # a name after "- " the tagger reads as no name at all: the items are set apart before it reads them
        assert (name, "convicted_by", "Special Criminal Court of Lamaria") in found
    # each item's own post, and the acquittal of the one the item names (no one of the item before)
    assert ("Rafael Moyo", "commands", "Eastern Battalion") in found
    assert ("Tomas Brenner", "acquitted_by", "Special Criminal Court of Lamaria") not in found
    # the crimes its item names are those it was convicted of
    names = {e.id: e.name for e in result.entities}
    kinds = [r.attributes.get("crime_types", []) for r in result.relations
             if r.predicate == "convicted_by" and names[r.subject] == "Tomas Brenner"]  # fmt: skip
    assert kinds == [["torture"]]


def test_a_list_after_a_lead_that_names_its_parties_or_denies_a_verdict_gets_none(extractor: Extractor) -> None:
    named = relations(extractor.extract_text(
        "The Special Criminal Court of Lamaria convicted Tomas Brenner of the following crimes:\n"
        "- Ilse Okafor, his driver: a witness to the killings;\n"
    ))  # fmt: skip
    assert ("Ilse Okafor", "convicted_by", "Special Criminal Court of Lamaria") not in named
    denied = relations(extractor.extract_text(
        "The Special Criminal Court of Lamaria has not yet convicted:\n"
        "- Ilse Okafor, a former guard: charged with torture;\n"
    ))  # fmt: skip
    assert not [k for k in denied if k[0] == "Ilse Okafor" and k[1] == "convicted_by"]
    prose = relations(extractor.extract_text(
        "The Special Criminal Court of Lamaria convicted several officers. Among the witnesses:\n"
        "- Ilse Okafor, a nurse at the camp: she described the beatings;\n"
    ))  # fmt: skip
    assert not [k for k in prose if k[0] == "Ilse Okafor" and k[1] == "convicted_by"]


def test_a_dismissed_appeal_of_the_convicted_upholds_the_conviction(extractor: Extractor) -> None:
    text = (
        "Ivan Horvat and Marko Ban were convicted by the Trial Chamber in 2008. In 2010 the Appeals Chamber "
        "dismissed Horvat's appeal and rejected the appeals of Marko Ban."
    )
    result = extractor.extract_text(text)
    names = {e.id: e.name for e in result.entities}
    upheld = {(names[r.subject], r.confidence) for r in result.relations
              if r.predicate == "convicted_by" and names[r.object] == "Appeals Chamber"}  # fmt: skip
    assert upheld == {("Ivan Horvat", 0.6), ("Marko Ban", 0.6)}  # likely: the conviction is inferred


def test_no_verdict_from_a_prosecutions_appeal_or_an_appeal_against_a_decision(extractor: Extractor) -> None:
    for text in (
        "Ivan Horvat was acquitted by the Trial Chamber in 2008. The Appeals Chamber dismissed the Prosecution's "
        "appeal against Horvat's acquittal.",
        "The Appeals Chamber dismissed Ivan Horvat's appeal against the decision on jurisdiction.",
        "The Appeals Chamber did not dismiss Ivan Horvat's appeal.",
        "The Trial Chamber dismissed the charges against Ivan Horvat.",
    ):
        result = extractor.extract_text(text)
        assert not [r for r in result.relations if r.predicate == "convicted_by"], text


def test_a_court_found_him_guilty_finds_the_person_named_before(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In 2005 Trial Chamber II convicted Ivan Horvat of persecution. On Monday the Appeals Chamber held that the "
        "trial judges had erred. It found him guilty of murder. Judge Ann Roe presided. The Chamber found her guilty "
        "of contempt."
    )  # fmt: skip
    found = relations(result)
    assert ("Ivan Horvat", "convicted_by", "Appeals Chamber") in found
    assert not [k for k in found if k[0] == "Ann Roe"]  # a judge is no defendant


def test_the_crime_types_of_the_tribunals_statutes_and_of_human_rights_law(extractor: Extractor) -> None:
    """The ICTY's violations of the laws or customs of war, the Genocide Convention's complicity, outrages upon
    personal dignity, inhumane acts and imprisonment in a verdict's list, and the gross violations UN reports
    name (extrajudicial executions, arbitrary detention) are crime types of the ontology."""
    result = extractor.extract_text(
        "The Trial Chamber convicted Goran Lukic of violations of the laws or customs of war, of persecution, "
        "imprisonment and inhumane acts as crimes against humanity, and of outrages upon personal dignity; it "
        "acquitted him of complicity in genocide. The Mission documented extrajudicial executions and the "
        "arbitrary detention of hundreds of protesters in Kandor."
    )
    kinds = {e.name for e in result.entities if e.type == "CrimeType"}
    assert {
        "violations of the laws or customs of war", "persecution", "imprisonment or other severe deprivation of "
        "physical liberty", "other inhumane acts", "outrages upon personal dignity", "complicity in genocide",
        "extrajudicial execution",
    } <= kinds  # fmt: skip
    # a sentence of imprisonment is no crime
    sentence = extractor.extract_text("The court sentenced Goran Lukic to 20 years' imprisonment for the killing.")
    assert not [e for e in sentence.entities if e.type == "CrimeType"]


def test_the_kinds_of_a_conviction_name_the_crimes_given_as_their_grounds_only(extractor: Extractor) -> None:
    """ "found guilty of the detention and torture of X and of the murder of Y": the murder is a charge of its
    own beside the others, not their ground; "of genocide for the massacre at Z": the massacre is."""
    found = relations(extractor.extract_text(
        "In May 2021 the Trial Panel found Arben Krasniqi guilty of the arbitrary detention and torture of at "
        "least six prisoners at the farm and of the murder of a prisoner there, and sentenced him to 20 years."
    ))  # fmt: skip
    assert not [
        k for k in found if k[0].startswith("murder of a prisoner") and k[2] in {"torture", "arbitrary detention"}
    ]
    grounds = relations(extractor.extract_text(
        "The Trial Chamber convicted Paul Nzabonimana of genocide and extermination for the massacre at Rukara."
    ))  # fmt: skip
    assert ("massacre at Rukara", "of_type", "genocide") in grounds
    assert ("massacre at Rukara", "of_type", "extermination") in grounds


def test_a_relative_clause_of_characterisation_names_its_crimes_kind(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On 4 June the District Court found him guilty of the killing in Lukashivka, which it qualified as a "
        "violation of the laws and customs of war. The Chamber recalled the massacre at Kiziba, which constituted "
        "genocide, and the shelling of Rubavu, which may constitute a war crime."
    ))  # fmt: skip
    kinds = {(s, o) for s, p, o in found if p == "of_type"}
    assert ("killing in Lukashivka", "violations of the laws or customs of war") in kinds
    assert ("massacre at Kiziba", "genocide") in kinds
    assert not [k for k in kinds if k[0] == "shelling of Rubavu"]  # held possible only


def test_a_conviction_of_parties_left_unnamed_still_says_what_the_crime_was(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On 3 May 2019 the Court of Assizes of Lamaria found both men guilty of genocide for the massacre at the "
        "Rukara church. The same court acquitted the two brothers of genocide for the massacre at Kivumu."
    ))  # fmt: skip
    assert ("massacre at the Rukara church", "of_type", "genocide") in found
    assert ("massacre at Kivumu", "of_type", "genocide") not in found  # an acquittal says no such thing


def test_the_verb_of_a_convictions_grounds_says_what_its_party_did(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Appeals Chamber upheld Colonel Anton Brecko's conviction for genocide and his responsibility for "
        "ordering the abductions and killings at the prefecture office. The Trial Chamber convicted Major Ivo "
        "Petric of persecution for failing to prevent the burning of Lasva."
    ))  # fmt: skip
    assert ("Anton Brecko", "ordered", "abductions and killings at the prefecture office") in found
    assert ("Anton Brecko", "perpetrated", "abductions and killings at the prefecture office") not in found
    assert not [k for k in found if k[0] == "Ivo Petric" and k[1] in {"perpetrated", "aided", "ordered"}]


def test_the_massacre_stands_for_the_crime_of_that_deed_named_just_before(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "In April 1994 hundreds of refugees were killed in the massacre at Rukara church. The massacre was carried "
        "out by militiamen of the Kivu Defence Group under the command of Colonel Pierre Habimana. "
        "Habimana ordered the killings. Separately, the Lamarian army shelled Kibu. The attack was carried out "
        "by the 3rd Brigade."
    ))  # fmt: skip
    crime = "massacre at Rukara church"
    # likely, not attested: the text may speak of another massacre
    assert found[("Kivu Defence Group", "perpetrated", crime)] == 0.6
    assert found[("Pierre Habimana", "ordered", crime)] == 0.6
    # "the attack": no attack was named before, and the massacre is no attack
    assert not [k for k in found if k[0] == "3rd Brigade" and k[1] == "perpetrated"]


def test_a_survivor_of_a_place_who_spoke_of_the_killings_is_no_victim_of_them(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The massacre at Kalona prison took place in 1988. Omid Rahimi, a survivor of Kalona who spent years "
        "gathering testimony about the killings, testified. Sara Nouri, who survived the massacre, testified."
    ))  # fmt: skip
    assert ("Omid Rahimi", "victim_of", "massacre at Kalona prison") not in found
    assert ("Sara Nouri", "victim_of", "massacre at Kalona prison") in found


def test_an_appeal_that_upheld_the_convictions_naming_no_one_upheld_those_of_the_sentence_before(
    extractor: Extractor,
) -> None:
    said = relations(
        extractor.extract_text(
            "In 2001 the Regional Trial Court of Pasig convicted Ramon Cruz and Luis Tan. The Court of Appeals "
            "affirmed the convictions in May 2022.\n\nIn 2005 the District Court of Leeds convicted Amir Khan and "
            "Omar Said. The Supreme Court upheld the conviction in 2007.\n\nIn 2010 the High Court of Banjul "
            "convicted Lamin Jatta. The Court of Appeal confirmed the acquittal of the co-accused in 2012."
        )
    )
    assert said[("Ramon Cruz", "convicted_by", "Court of Appeals")] == 0.5  # possible: read from the sentence before
    assert ("Luis Tan", "convicted_by", "Court of Appeals") in said
    assert not [k for k in said if k[2] == "Supreme Court"]  # "the conviction": whose of the two, unsaid
    assert not [k for k in said if k[2] == "Court of Appeal"]  # an acquittal upheld is no conviction


@pytest.mark.parametrize(
    ("text", "convicted"),
    [
        ("The Appeals Chamber raised Dario Markovic's sentence from five to 17 years.", "Dario Markovic"),
        (
            "The Lviv Court of Appeal on Friday reduced to 15 years the life sentence of Pavel Sidorenko.",
            "Pavel Sidorenko",
        ),
        ("The Court of Appeal commuted Juan Perez's death sentence to life imprisonment.", "Juan Perez"),
        ("Juan Perez's sentence was reduced by the Court of Appeal to 20 years.", "Juan Perez"),
    ],
)
def test_a_court_that_changed_a_sentence_upheld_the_conviction(extractor: Extractor, text: str, convicted: str) -> None:
    """ "raised X's sentence", "reduced the sentence of X", "commuted X's death sentence": the conviction stands,
    and the court that changed the sentence upheld it."""
    result = extractor.extract_text(text)
    names = {e.id: e.name for e in result.entities}
    found = [(names[r.subject], r.attributes.get("verdict")) for r in result.relations if r.predicate == "convicted_by"]
    assert found == [(convicted, "upheld")]


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court raised concerns about Jorge Videla's health.",
        "The Court of Appeal did not reduce Jorge Videla's sentence.",
        "The government reduced the budget of the Supreme Court.",
    ],
)
def test_a_sentence_not_changed_is_no_verdict(extractor: Extractor, text: str) -> None:
    assert not [r for r in extractor.extract_text(text).relations if r.predicate == "convicted_by"]


def test_whose_sentence_a_court_changed_after_dismissing_an_appeal_is_the_appellant(extractor: Extractor) -> None:
    """ "dismissed X's appeal, entered further convictions and increased his sentence": "his" is X, the one
    party of the verdict the verb is joined to, not the person named last before (here a civil party; the old
    code read no verdict in "increased his sentence" at all)."""
    found = relations(extractor.extract_text(
        "On 3 February 2012 the Supreme Court Chamber dismissed Kaing Guek Eav's appeal, heard the civil party Rob "
        "Hamill and increased his sentence to life imprisonment."
    ))  # fmt: skip
    assert {k[0] for k in found if k[1] == "convicted_by"} == {"Kaing Guek Eav"}


def test_a_verdict_on_a_count_of_persons_names_them_after_among_them(extractor: Extractor) -> None:
    """ "convicted 11 members of a Kopassus team, among them its leader, Major X": X is convicted, not the unit the
    count's members belong to; "among them A and Captain B": both."""
    found = relations(extractor.extract_text(
        "In 2003 the Surabaya Military Court convicted seven members of a Kostrad team known as Tim Delta (Delta "
        "Team), among them its leader, Maj. Hadi Santoso, who had set it up in 2001, of abducting four students. "
        "In 2004 the Jakarta Military High Court convicted seven soldiers, among them Captain Rudi Hartono and "
        "Lieutenant Agus Priyono."
    ))  # fmt: skip
    assert {(k[0], k[2]) for k in found if k[1] == "convicted_by"} == {
        ("Hadi Santoso", "Surabaya Military Court"),
        ("Rudi Hartono", "Jakarta Military High Court"),
        ("Agus Priyono", "Jakarta Military High Court"),
    }


def test_a_conviction_of_two_for_a_crime_types_the_crime_and_names_both(extractor: Extractor) -> None:
    """ "convicted A and B of murder ... for the killing of X": the parser may hang "of murder" on the last
    party; the crime is still of the types named and both possibly did it."""
    found = relations(extractor.extract_text(
        "The Trial Chamber convicted Marko Peles and Ivan Dorić of persecution as a crime against humanity and "
        "of torture as a violation of the laws or customs of war for the ill-treatment of detainees at Keraj."
    ))  # fmt: skip
    assert ("ill-treatment of detainees at Keraj", "of_type", "torture") in found
    assert ("Marko Peles", "perpetrated", "ill-treatment of detainees at Keraj") in found
    assert ("Ivan Dorić", "perpetrated", "ill-treatment of detainees at Keraj") in found


def test_a_verdict_joined_to_a_rejection_and_both_men(extractor: Extractor) -> None:
    """A verb joined to "rejected" is an act of its own ("rejected the plea and sentenced ..."); "both men" are
    the two persons coordinated last before, possibly (and no one where two pairs were named)."""
    found = relations(extractor.extract_text(
        "On 2 May 1997 the Military Tribunal of Varna convicted Otto Lenz and Paul Gruber of taking part in the "
        "massacre. On 7 March 1998 the Military Court of Appeal of Varna rejected the plea of superior orders and "
        "sentenced both men to life imprisonment."
    ))  # fmt: skip
    assert found[("Otto Lenz", "convicted_by", "Military Court of Appeal of Varna")] == 0.5
    assert ("Paul Gruber", "convicted_by", "Military Court of Appeal of Varna") in found
    two_pairs = relations(extractor.extract_text(
        "The court tried Otto Lenz and Paul Gruber with Karl Weiss and Hans Brandt. It sentenced both men to life."
    ))  # fmt: skip
    assert not [k for k in two_pairs if k[1] == "convicted_by"]


def test_an_ss_rank_before_a_name_is_a_rank(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The unit, commanded by SS-Obersturmbannführer Walter Brenner, shot the hostages in the quarry."
    )
    assert [(e.type, e.name) for e in result.entities if "Brenner" in e.name] == [("Person", "Walter Brenner")]
    assert not [e for e in result.entities if "Obersturmbannführer" in e.name]


def test_an_appeal_dismissed_against_the_judgment_upholds_the_conviction(extractor: Extractor) -> None:
    """The words of what a dismissed appeal was against are one list ("the conviction", "the judgment", "the
    sentence"); a second list of the same name had narrowed them to "conviction" alone."""
    found = relations(extractor.extract_text(
        "The Trial Chamber convicted Jean Kamali of genocide in 2009. In 2011 the Appeals Chamber dismissed Kamali's "
        "appeal against the judgment. It dismissed the prosecution's appeal against the sentence of Paul Rusi."
    ))  # fmt: skip
    assert ("Jean Kamali", "convicted_by", "Appeals Chamber") in found
    assert ("Paul Rusi", "convicted_by", "Appeals Chamber") not in found


ALL_FOUR = """The accused

Goran Vuković, a camp guard, served as a shift leader. Marko Ilić was the camp's cook. Stevan Popov and Jovan Lukač
guarded the gate. All four were arrested in 2005.

Judgment

The Trial Chamber (Judges Anna Berg, presiding, Tomas Lind and Ruth Adler) delivered its judgment on 3 May 2008. It
convicted all four of persecution for the beating of detainees at the Zorka camp.
"""


def test_all_four_are_the_four_persons_of_the_paragraph_that_named_them(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(ALL_FOUR))
    for person in ("Goran Vuković", "Marko Ilić", "Stevan Popov", "Jovan Lukač"):
        assert (person, "convicted_by", "Trial Chamber") in found, person
        assert (person, "perpetrated", "beating of detainees at the Zorka camp") in found, person
    for judge in ("Anna Berg", "Tomas Lind", "Ruth Adler"):  # a judge listed after "Judges" judges no one's crime
        assert not [k for k in found if k[0] == judge], judge
    # a paragraph that names three persons does not say who "all four" are
    three = ALL_FOUR.replace("Stevan Popov and Jovan Lukač\nguarded", "Stevan Popov guarded")
    assert three != ALL_FOUR
    assert not [k for k in relations(extractor.extract_text(three)) if k[1] == "convicted_by"]


def test_all_four_indicted_by_the_tribunal_named_before(extractor: Extractor) -> None:
    text = ALL_FOUR.replace("All four were arrested in 2005.", "All four were indicted by the Tribunal in 2005.")
    text = "The International Criminal Tribunal for Ruritania sat in The Hague.\n\n" + text
    found = relations(extractor.extract_text(text))
    tribunal = "International Criminal Tribunal for Ruritania"
    for person in ("Goran Vuković", "Marko Ilić", "Stevan Popov", "Jovan Lukač"):
        assert (person, "charged_by", tribunal) in found, person


def test_a_verdict_on_persons_listed_with_their_ranks_judges_each(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Judge Hari Thapa of the Dolakha District Court on Monday convicted, in absentia, then colonel Ram Bahadur "
        "Karki and captains Deepak Raj Shrestha and Suman Gurung of murder."
    ))  # fmt: skip
    for name in ("Ram Bahadur Karki", "Deepak Raj Shrestha", "Suman Gurung"):  # "captains" read as a verb
        assert (name, "convicted_by", "Dolakha District Court") in found
    # a clause of its own after the comma: the second officer was not convicted
    apart = relations(extractor.extract_text(
        "The Dolakha District Court convicted Colonel Ram Bahadur Karki, and Captain Suman Gurung was acquitted."
    ))  # fmt: skip
    assert ("Suman Gurung", "convicted_by", "Dolakha District Court") not in apart


def test_a_conviction_another_court_later_reversed_says_no_act(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Karim Haidari, a former prison commander, was arrested in 2015. On 3 May 2019 the District Court of "
        "The Hague convicted him of war crimes for the torture of prisoners at Bagram prison. On 9 October 2021 "
        "the Court of Appeal in The Hague acquitted him."
    ))  # fmt: skip
    assert ("Karim Haidari", "acquitted_by", "Court of Appeal in The Hague") in found
    assert not [k for k in found if k[0] == "Karim Haidari" and k[1] in {"perpetrated", "aided", "ordered"}]


def test_a_charge_without_its_agent_is_the_prosecutions_named_before_never_a_supreme_courts(
    extractor: Extractor,
) -> None:
    found = relations(extractor.extract_text(
        "The Norwegian Prosecuting Authority brought two former officers to trial. The Oslo District Court "
        "convicted Sadiq Rahimi in 2014, and the Supreme Court of Norway upheld the judgment in 2016.\n\n"
        "Nasir Wardak, a former intelligence officer, was arrested in 2017 and charged with war crimes."
    ))  # fmt: skip
    assert not [k for k in found if k[0] == "Nasir Wardak" and k[1] == "charged_by" and "Prosecuting" not in k[2]]
    assert ("Nasir Wardak", "charged_by", "Norwegian Prosecuting Authority") in found


def test_a_charge_on_a_person_and_a_count_of_officials_among_them_others(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "In 2001 the Office of the Special Prosecutor charged Omar Belay and more than forty former officials, "
            "among them former Defence Minister Kebede Alemu, former Vice-President Tesfaye Worku and Dawit Mengesha."
        )
    )
    office = "Office of the Special Prosecutor"
    for name in ("Omar Belay", "Kebede Alemu", "Tesfaye Worku", "Dawit Mengesha"):
        assert (name, "charged_by", office) in found


def test_an_indictment_against_a_person_is_a_charge_by_its_body(extractor: Extractor) -> None:
    of = relations(
        extractor.extract_text(
            "An indictment of the Special Court for Sierra Leone (SCSL) against Foday Kamara was confirmed in 2003."
        )
    )
    assert ("Foday Kamara", "charged_by", "Special Court for Sierra Leone") in of
    issued = relations(extractor.extract_text("In 2004 the SCSL issued an indictment against Sam Kallon."))
    assert ("Sam Kallon", "charged_by", "SCSL") in issued
    never = relations(extractor.extract_text("The indictment against Sam Kallon was never confirmed by the SCSL."))
    assert not [k for k in never if k[1] == "charged_by"]
    listed = relations(extractor.extract_text("The SCSL indictment lists eleven counts. Sam Kallon denied them."))
    assert not [k for k in listed if k[1] == "charged_by"]


def test_a_joined_verdict_on_others_takes_not_the_first_verdicts_party(extractor: Extractor) -> None:
    """The harm case tests/nlp_harm/outcome_acquittal_upheld_others_convicted holds the others; "acquitted on
    others" (other counts) still judges the person named first."""
    found = relations(extractor.extract_text(
        "The Court of Assizes of Liège tried Paul Mbeki in 2005. Paul Mbeki was found guilty on some counts of "
        "murder and acquitted on others. In 2007 the Appeals Chamber upheld the acquittal of Marko Petrović and "
        "affirmed most of the convictions of the other two accused."
    ))  # fmt: skip
    assert ("Paul Mbeki", "convicted_by", "Court of Assizes of Liège") in found
    assert ("Paul Mbeki", "acquitted_by", "Court of Assizes of Liège") in found
    assert ("Marko Petrović", "acquitted_by", "Appeals Chamber") in found
    assert ("Marko Petrović", "convicted_by", "Appeals Chamber") not in found
    assert ("Paul Mbeki", "convicted_by", "Appeals Chamber") not in found  # nor the one convicted before: unnamed


def test_found_not_guilty_is_an_acquittal(extractor: Extractor) -> None:
    """A harm: "found him not guilty" was read as "found guilty", a conviction of the acquitted."""
    found = relations(extractor.extract_text(
        "The ICTY tried Sefer Halilović in 2005. On 16 November 2005 the Trial Chamber found him not guilty and "
        "ordered his release. In 2008 the Trial Chamber found Ante Marić guilty of murder. Ivo Kralj was found not "
        "guilty by the Trial Chamber."
    ))  # fmt: skip
    assert ("Sefer Halilović", "acquitted_by", "Trial Chamber") in found
    assert ("Ivo Kralj", "acquitted_by", "Trial Chamber") in found
    assert not [k for k in found if k[0] in {"Sefer Halilović", "Ivo Kralj"} and k[1] == "convicted_by"]
    assert ("Ante Marić", "convicted_by", "Trial Chamber") in found


def test_a_court_martial_is_named_whole(extractor: Extractor) -> None:
    """ "a General Court Martial" was cut to "General Court", which took the verdicts of the court named after it."""
    result = extractor.extract_text(
        "In 1995 Private Tom Reid was tried by a General Court Martial at Gagetown. In March 1995 the General "
        "Court Martial found him guilty of manslaughter."
    )
    names = {e.name for e in result.entities if e.type == "Mechanism"}
    assert "General Court Martial" in names
    assert "General Court" not in names
    assert ("Tom Reid", "convicted_by", "General Court Martial") in relations(result)


def test_a_court_martial_of_a_country_is_named_whole(extractor: Extractor) -> None:
    """ "the Court Martial of Belize" was left out ("the Court", a head alone, read as a word for one named before)."""
    result = extractor.extract_text("On 3 May 2016 the Court Martial of Belize convicted Major Omar Tillett of murder.")
    assert ("Omar Tillett", "convicted_by", "Court Martial of Belize") in relations(result)


def test_a_court_named_after_a_dutch_place_with_its_article(extractor: Extractor) -> None:
    """ "the Court of Appeal of 's-Hertogenbosch" was cut at "'s" (read as a possessive), then taken for the Court of
    Appeal of The Hague named later: a conviction given to the court that had acquitted."""
    result = extractor.extract_text(
        "In 2008 the Court of Appeal of The Hague acquitted Jan Visser. In 2017 the Court of Appeal of "
        "'s-Hertogenbosch convicted Jan Visser of complicity in war crimes."
    )
    found = relations(result)
    assert ("Jan Visser", "convicted_by", "Court of Appeal of 's-Hertogenbosch") in found
    assert ("Jan Visser", "convicted_by", "Court of Appeal of The Hague") not in found


def test_parties_named_after_their_posts_in_a_list_and_one_set_apart(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "The International Criminal Tribunal for Lamaria tried Petar Ilić. The camp commander, Marko Vidić, and "
            "the shift leader Goran Šimić were also indicted by the Tribunal. The Tribunal convicted the commander, "
            "Ivo Pavić, but not the guard Ante Lozo."
        )
    )
    tribunal = "International Criminal Tribunal for Lamaria"
    assert {("Marko Vidić", "charged_by", tribunal), ("Goran Šimić", "charged_by", tribunal)} <= found.keys()
    assert ("Ivo Pavić", "convicted_by", tribunal) in found
    assert not [k for k in found if k[0] == "Ante Lozo"]  # "but not the guard B": not convicted


def test_an_office_named_by_its_words_stays_one_though_who_follows(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Bai Lowe was tried in Celle. The Senate followed the sentence requested by the Federal Public Prosecutor "
        "General, who had indicted him."
    )
    assert {e.name: e.type for e in result.entities}["Federal Public Prosecutor General"] == "Mechanism"


def test_a_verdict_on_a_pronoun_and_a_name_joined_to_it(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "The War Crimes Chamber of Lamaria tried Petar Ilić. The Chamber sentenced him and Goran Šimić to 20 "
            "years each."
        )
    )
    chamber = "War Crimes Chamber of Lamaria"
    assert {("Petar Ilić", "convicted_by", chamber), ("Goran Šimić", "convicted_by", chamber)} <= found.keys()


def test_a_german_courts_senate_named_in_english_is_the_convicting_chamber(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "On 12 May 2024 the 3rd Criminal Senate of the Higher Regional Court of Stuttgart convicted Omar Haddad. "
        "The Senate of Lamaria passed a law on amnesty."
    )
    found = relations(result)
    kinds = {e.name: e.type for e in result.entities}
    senate = "3rd Criminal Senate of the Higher Regional Court of Stuttgart"
    assert kinds[senate] == "Mechanism"
    assert ("Omar Haddad", "convicted_by", senate) in found
    assert kinds.get("Senate of Lamaria") != "Mechanism"  # a house of parliament


def test_a_court_of_no_name_told_by_its_place_is_that_court(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "A British military court in Venice sentenced Karl Huber to death in 1947. In 2006 an Italian military "
        "court in La Spezia convicted Josef Maier in absentia. Paul Graf was convicted by a Lamarian court in 2011."
    )
    found = relations(result)
    assert ("Karl Huber", "convicted_by", "British military court in Venice") in found
    assert ("Josef Maier", "convicted_by", "Italian military court in La Spezia") in found
    assert "Lamarian court" not in {e.name for e in result.entities}  # a court of a country, no more said
