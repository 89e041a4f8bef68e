"""The legal layer read over a whole document (nlp/cases.py), the kind of a crime read from its name
(nlp/crime_kinds.py), and a phrase of time that names no one who acts. Real en_core_web_sm and the
project's components, on sentences written for these tests (none from a development document).
"""

from __future__ import annotations

import pytest

from nlp.extraction import Extraction
from nlp.pipeline import Extractor


def relations(result: Extraction) -> dict[tuple[str, str, str], float | None]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}


def types(result: Extraction) -> dict[str, str]:
    return {e.name: e.type for e in result.entities}


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("The Ocampo case was heard by the Federal Court in Lausanne.", "Ocampo case"),
        ("Witnesses described the beatings in the Northern II case before Trial Chamber III.", "Northern II case"),
        ("Case 004 concerned the regional secretaries of the former regime.", "Case 004"),
        ("Survivors testified in the Campo mega-trial for two years.", "Campo mega-trial"),
        # a party whose name begins with a capital with a diacritic: the whole name, not "Prosecutor v. Zdravko"
        ("In Prosecutor v. Zdravko Šimić the Appeals Chamber ruled.", "Prosecutor v. Zdravko Šimić"),
        ("The Škabrnja case was heard in Zadar.", "Škabrnja case"),
        # a case's name in quotation marks
        ('Case summary: the "March 11" case before the Riga Regional Court.', '"March 11" case'),
        ("The trial in the so-called \u201cRoad of Death\u201d case opened in 2008.", "\u201cRoad of Death\u201d case"),
    ],
)
def test_a_case_named_in_prose_is_a_case(extractor: Extractor, text: str, case: str) -> None:
    assert types(extractor.extract_text(text)).get(case) == "Case"


def test_a_partys_case_is_no_case(extractor: Extractor) -> None:
    found = types(extractor.extract_text("The Prosecution case closed in May 2004; the Defence case opened in June."))
    assert "Case" not in found.values()
    quoted = types(extractor.extract_text('He called it the "absurd" trial.'))
    assert "Case" not in quoted.values()  # a word quoted in lower case names no case


def test_a_document_about_one_case_gives_its_accused_its_court_and_its_witnesses(extractor: Extractor) -> None:
    text = (
        "In the Dunmore case, Trial Chamber II heard evidence for three years. "
        "Colonel Piet Varga was convicted by Trial Chamber II of murder and sentenced to 20 years. "
        "Captain Lena Osei was acquitted by Trial Chamber II of all charges. "
        "Anna Berisha testified about the shelling of her village."
    )
    found = relations(extractor.extract_text(text))
    assert ("Dunmore case", "tried_by", "Trial Chamber II") in found
    assert found[("Piet Varga", "accused_in", "Dunmore case")] == 0.5  # inferred: "possible", never attested
    assert ("Lena Osei", "accused_in", "Dunmore case") in found
    assert ("Anna Berisha", "witness_in", "Dunmore case") in found
    assert ("Anna Berisha", "accused_in", "Dunmore case") not in found


def test_a_verdict_of_another_court_gives_no_accused_in_the_documents_case(extractor: Extractor) -> None:
    text = (
        "In the Morel case, the Lyon Assize Court convicted Jean Dufort of torture on 2 March 2019. "
        "Separately, the Higher Regional Court of Celle convicted Omar Haddad of war crimes in 2021."
    )
    found = relations(extractor.extract_text(text))
    assert ("Jean Dufort", "accused_in", "Morel case") in found
    assert ("Omar Haddad", "accused_in", "Morel case") not in found
    assert ("Morel case", "tried_by", "Higher Regional Court of Celle") not in found


def test_a_verdict_of_the_same_court_on_another_day_gives_no_accused_in_the_documents_case(
    extractor: Extractor,
) -> None:
    """A judgment summary of one case tells of the court's other judgments: a verdict of another day was in
    another case, though the court is the case's own."""
    text = (
        "In Prosecutor v. Miran Tokic, the Appeals Chamber upheld the conviction of Miran Tokic on 12 May 2006. "
        "In a related case, the Appeals Chamber acquitted Zoran Lisac on 3 June 2004."
    )
    found = relations(extractor.extract_text(text))
    assert ("Miran Tokic", "accused_in", "Prosecutor v. Miran Tokic") in found
    assert ("Zoran Lisac", "acquitted_by", "Appeals Chamber") in found
    assert ("Zoran Lisac", "accused_in", "Prosecutor v. Miran Tokic") not in found


def test_a_case_named_against_the_prosecutor_accuses_its_first_party(extractor: Extractor) -> None:
    text = (
        "Simon Kariuki and Paul Otieno appealed; in Kariuki et al. v. The Prosecutor the Appeals Chamber upheld "
        "both convictions."
    )
    found = relations(extractor.extract_text(text))
    assert ("Simon Kariuki", "accused_in", "Kariuki et al. v. The Prosecutor") in found


def test_an_upheld_conviction_is_read_from_affirmed(extractor: Extractor) -> None:
    text = "The Appeals Chamber affirmed the conviction of Colonel Ivo Marek for persecution."
    found = relations(extractor.extract_text(text))
    assert ("Ivo Marek", "convicted_by", "Appeals Chamber") in found


@pytest.mark.parametrize(
    ("text", "crime", "kind"),
    [
        ("Former prisoners described torture at Camp Hadley in 2012.", "torture at Camp Hadley", "torture"),
        (
            "The report documents the disappearance of Rosa Cárdenas in 1989.",
            "disappearance of Rosa Cárdenas",
            "enforced disappearance",
        ),
    ],
)
def test_a_crime_named_by_its_legal_kind_is_of_that_type(
    extractor: Extractor, text: str, crime: str, kind: str
) -> None:
    result = extractor.extract_text(text)
    assert (crime, "of_type", kind) in relations(result)
    assert types(result)[kind] == "CrimeType"


def test_a_killing_or_a_massacre_gets_no_legal_type_from_its_name(extractor: Extractor) -> None:
    result = extractor.extract_text("Soldiers of the 9th Brigade carried out the massacre at Koru Hill in 1994.")
    assert not [r for r in result.relations if r.predicate == "of_type"]


def test_a_crime_type_keeps_the_words_the_text_wrote(extractor: Extractor) -> None:
    result = extractor.extract_text("The court convicted Dario Venn of murder and rape.")
    written = {a for e in result.entities if e.type == "CrimeType" for a in (e.name, *e.aliases)}
    assert {"murder", "rape"} <= written


@pytest.mark.parametrize(
    "text",
    [
        "After the death of President Amos Kere in 1994, General Tom Baru took command of the National Army.",
        "During the presidency of Ruth Ama, Colonel Ivo Tesh commanded the Fourth Brigade.",
    ],
)
def test_a_person_in_a_phrase_of_time_commands_nothing(extractor: Extractor, text: str) -> None:
    found = relations(extractor.extract_text(text))
    assert not [k for k in found if k[1] == "commands" and k[0] in {"Amos Kere", "Ruth Ama"}]


def test_a_successor_named_in_a_clause_of_time_still_counts(extractor: Extractor) -> None:
    text = "General Abel Rusk headed the Border Guard from 2001 until 2008, when he was replaced by General Omar Lind."
    found = relations(extractor.extract_text(text))
    assert ("Abel Rusk", "commands", "Border Guard") in found


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "The court heard evidence on the killing of 40 Ogoni farmers in 1994 by soldiers.",
            "killing of 40 Ogoni farmers in 1994",
        ),
        ("The Commission documented the repression of the Bororo at Kalla.", "repression of the Bororo at Kalla"),
        ("Witnesses described the killing of Mayor Juan Ortiz Pérez.", "killing of Mayor Juan Ortiz Pérez"),
    ],
)
def test_a_crime_done_to_people_is_named_as_the_text_writes_it(extractor: Extractor, text: str, crime: str) -> None:
    assert types(extractor.extract_text(text)).get(crime) == "Crime"


def test_a_chamber_of_a_court_is_not_the_court(extractor: Extractor) -> None:
    text = "The Appeals Chamber of the Special Tribunal for Lebanon (STL) acquitted Hassan Merhi in 2022."
    result = extractor.extract_text(text)
    found = {e.name: e.aliases for e in result.entities if e.type == "Mechanism"}
    assert found["Special Tribunal for Lebanon"] == ["STL"]
    assert "STL" not in found["Appeals Chamber of the Special Tribunal for Lebanon"]
    assert ("Hassan Merhi", "acquitted_by", "Appeals Chamber of the Special Tribunal for Lebanon") in relations(result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Federal Oral Criminal Court No. 3 convicted him in 2009.", "Federal Oral Criminal Court No. 3"),
        ("The Navy's 12th Brigade patrolled the coast.", "12th Brigade"),
        ("In 1977 Colonel Hugo Brandt's Intelligence Directorate ran the camp.", "Intelligence Directorate"),
        ("The Lord's Resistance Army attacked the camp.", "Lord's Resistance Army"),
    ],
)
def test_a_numbered_court_and_a_possessor_before_a_unit(extractor: Extractor, text: str, name: str) -> None:
    assert name in types(extractor.extract_text(text))


def test_a_case_of_several_accused_is_one_case_and_names_each(extractor: Extractor) -> None:
    text = (
        "Pedro Lagos, Rui Mota and Ana Vaz were tried together. "
        "Prosecutor v. Pedro Lagos, Rui Mota and Ana Vaz ended in 2019 with three convictions."
    )
    found = relations(extractor.extract_text(text))
    case = "Prosecutor v. Pedro Lagos, Rui Mota and Ana Vaz"
    assert {(p, "accused_in", case) for p in ("Pedro Lagos", "Rui Mota", "Ana Vaz")} <= set(found)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Lawyers of the Centre for Truth and Memory Studies (CTMS) filed the complaint.",
            "Centre for Truth and Memory Studies",
            "CTMS",
        ),
    ],
)
def test_a_name_an_acronym_spells_out_is_one_name(extractor: Extractor, text: str, name: str, acronym: str) -> None:
    found = {e.name: e.aliases for e in extractor.extract_text(text).entities}
    assert acronym in found[name]


def test_a_name_ends_before_a_bracket_and_the_hague_keeps_its_article(extractor: Extractor) -> None:
    found = types(extractor.extract_text("The Rights Collective (RC) met prosecutors in The Hague in 2019."))
    assert found.get("The Hague") == "Location"
    assert not [n for n in found if "(" in n]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units named head first, by their area, or under an acronym
        ("Captain Luis Ferro headed the Batallón Tigre in 1983.", ("Luis Ferro", "commands", "Batallón Tigre")),
        (
            "Colonel Ivan Dorn, commander of the Eastern Military District of the Federal Army, was tried.",
            ("Eastern Military District", "part_of", "Federal Army"),
        ),
        (
            "Lieutenant Colonel Jean Habimana commanded the Reconnaissance Battalion of the RDF.",
            ("Jean Habimana", "commands", "Reconnaissance Battalion"),
        ),
        # a crime described by who carried it out
        (
            "Witnesses described the massacre at Koru Hill, carried out by the 9th Brigade in 1994.",
            ("9th Brigade", "perpetrated", "massacre at Koru Hill"),
        ),
        (
            "The Commission documented the killing of 40 farmers in Ogale committed by soldiers of the 3rd Battalion.",
            ("3rd Battalion", "perpetrated", "killing of 40 farmers in Ogale"),
        ),
    ],
)
def test_a_link_read_from_one_sentence(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(extractor.extract_text(text))


def test_names_after_a_noun_of_place_are_places_where_the_crime_occurred(extractor: Extractor) -> None:
    text = "The army was blamed for the killing of 300 farmers in the districts of Kanto, Belo and Ruzi."
    result = extractor.extract_text(text)
    assert {types(result).get(p) for p in ("Kanto", "Belo", "Ruzi")} == {"Location"}
    found = relations(result)
    assert {("killing of 300 farmers", "occurred_in", p) for p in ("Kanto", "Belo", "Ruzi")} <= set(found)


def test_a_crime_type_with_a_place_stays_a_crime_type(extractor: Extractor) -> None:
    result = extractor.extract_text("The Chamber acquitted Dr Ana Pilo of genocide in the municipality of Vares.")
    assert types(result).get("genocide") == "CrimeType"


def test_a_prosecution_office_is_a_mechanism_that_charges(extractor: Extractor) -> None:
    text = "Prosecutors of the Federal Prosecution Service accused Colonel Marc Duval of torture in 2020."
    result = extractor.extract_text(text)
    assert types(result)["Federal Prosecution Service"] == "Mechanism"
    assert ("Marc Duval", "charged_by", "Federal Prosecution Service") in relations(result)


def test_an_accusation_by_no_mechanism_charges_no_one(extractor: Extractor) -> None:
    text = "Human rights groups accused Colonel Marc Duval of torture after the Federal Court's hearing."
    assert not [k for k in relations(extractor.extract_text(text)) if k[1] == "charged_by"]


@pytest.mark.parametrize(
    "text",
    [
        "He was convicted of war crimes, including murder, rape and pillage.",
        "The indictment listed persecution, murder, rape and pillage among the counts.",
    ],
)
def test_a_crime_type_named_among_others_is_one(extractor: Extractor, text: str) -> None:
    written = {a for e in extractor.extract_text(text).entities if e.type == "CrimeType" for a in (e.name, *e.aliases)}
    assert {"murder", "rape", "pillage"} <= written


def test_a_sentence_of_imprisonment_is_no_crime_type(extractor: Extractor) -> None:
    result = extractor.extract_text("The court convicted Ivo Sand of murder and sentenced him to life imprisonment.")
    assert [e.name for e in result.entities if e.type == "CrimeType"] == ["murder"]


@pytest.mark.parametrize(
    ("text", "case", "accused"),
    [
        ("The trial of Colonel Omar Bashar opened in Dakar in 2015.", "trial of Omar Bashar", "Omar Bashar"),
        (
            "Prosecutors reopened the genocide case against General Rafael Tun in 2015.",
            "genocide case against Rafael Tun",
            "Rafael Tun",
        ),
    ],
)
def test_a_case_named_by_its_accused(extractor: Extractor, text: str, case: str, accused: str) -> None:
    result = extractor.extract_text(text)
    assert types(result).get(case) == "Case"
    assert (accused, "accused_in", case) in relations(result)


def test_the_person_a_force_is_named_after_is_not_made_its_member(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("The villagers fled the Popular Front of Colonel Amos Dube in 1993."))
    assert not [k for k in found if k[0] == "Amos Dube" and k[1] == "member_of"]


@pytest.mark.parametrize(
    ("text", "crime", "place"),
    [
        (
            "Rosa Ortiz was abducted in Tegucigalpa in 1981 by soldiers of the 4th Brigade.",
            "abduction of Rosa Ortiz",
            "Tegucigalpa",
        ),
        ("The Kibuye massacre took place in Mubuga in April 1994.", "Kibuye massacre", "Mubuga"),
        # A proper name after a crime's "at" is a place, whether the tagger saw one or not, and a site named
        # by a proper name and its noun is the place ("the killings at Nyange church", nlp/sites.py).
        (
            "In July 1982 soldiers carried out the massacre at Plan de Sánchez.",
            "massacre at Plan de Sánchez",
            "Plan de Sánchez",
        ),
        (
            "The ICTR convicted him for the killings at Nyange church in April 1994.",
            "killings at Nyange church",
            "Nyange church",
        ),
        # What the tagger took for a person or an unknown organisation elsewhere in the text is that place.
        (
            "Militiamen drove the refugees to Gikomero. The killings at Gikomero were carried out by the militia.",
            "killings at Gikomero",
            "Gikomero",
        ),
        # where, after whom it was done to
        (
            "Soldiers of the 7th Brigade carried out the execution of more than 40 detainees in Gulu.",
            "execution of more than 40 detainees in Gulu",
            "Gulu",
        ),
        # where, after who did it
        (
            "The Commission investigated the killing of civilians by rebel forces in Kobo and Weldiya.",
            "killing of civilians",
            "Weldiya",
        ),
        # where, on the verb of carrying it out
        (
            "The bombing of the Hotel Aurora, carried out in Kampala on 2 May 1999 by the Free Army, killed 12.",
            "bombing of the Hotel Aurora",
            "Kampala",
        ),
    ],
)
def test_where_a_crime_occurred(extractor: Extractor, text: str, crime: str, place: str) -> None:
    assert (crime, "occurred_in", place) in relations(extractor.extract_text(text))


def test_the_one_a_crime_was_done_on_is_no_place(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("Soldiers carried out the attack on Jean-Marie Kabila in Goma in 1998."))
    assert ("attack on Jean-Marie Kabila in Goma", "occurred_in", "Goma") in found
    assert not [k for k in found if k[2] == "Jean-Marie Kabila"]


def test_a_coded_name_where_a_crime_was_done_is_a_prison_or_a_unit(extractor: Extractor) -> None:
    found = types(extractor.extract_text("Survivors said that the torture at K-7 was routine in 1977."))
    assert (found.get("torture at K-7"), found.get("K-7")) == ("Crime", "Organization")


@pytest.mark.parametrize(
    "text",
    [
        # "him" is not the judge named just before
        "In 2011 the Criminal Court of Tucumán, presided over by Judge Elena Vidal, sentenced him to life "
        "imprisonment for the murders at the Arsenal.",
        # the grounds of a verdict name no party, and a unit is no court's defendant
        "Colonel Marc Dubois, whom the Paris Assize Court convicted in 2020 of complicity for the torture at the "
        "3rd Battalion's camp, appealed.",
    ],
)
def test_no_one_is_convicted_who_is_not_the_verdicts_party(extractor: Extractor, text: str) -> None:
    found = relations(extractor.extract_text(text))
    assert not [
        k for k in found if k[1] in {"convicted_by", "acquitted_by"} and k[0] in {"Elena Vidal", "3rd Battalion"}
    ]


def test_a_verdict_on_a_pronoun_of_an_earlier_sentence_is_possible_at_most(extractor: Extractor) -> None:
    text = (
        "Piet Varga sold rifles to the militia of Colonel Amos Dube. Dube was later killed in an ambush. "
        "In 2006 the District Court of Utrecht sentenced him to eight years."
    )
    verdicts = [r for r in extractor.extract_text(text).relations if r.predicate == "convicted_by"]
    assert verdicts
    assert all(r.confidence is not None and r.confidence <= 0.5 for r in verdicts)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Colonel Ben Okafor was appointed Commander of 7 Division, an appointment criticized by the minister, "
            "Amina Bello.",
            "Amina Bello",
        ),
        ("Okafor was an officer of the National Intelligence Bureau under President Samuel Doe.", "Samuel Doe"),
        (
            "In 2015 Colonel Ben Okafor was appointed commander of 7 Division by President Goodluck Jonathan.",
            "Goodluck Jonathan",
        ),
    ],
)
def test_who_criticised_appointed_or_stood_above_a_post_does_not_hold_it(extractor: Extractor, text: str,
                                                                          other: str) -> None:  # fmt: skip
    found = relations(extractor.extract_text(text))
    assert not [k for k in found if k[0] == other and k[1] in {"commands", "member_of"}]


@pytest.mark.parametrize(
    ("text", "holder", "unit"),
    [
        (
            "The 12th Brigade, under the command of Colonel Ivo Marek, was deployed to the border in 1993.",
            "Ivo Marek",
            "12th Brigade",
        ),
        (
            "General Paul Osei led the 3rd Division until 2001, when he was replaced by General Amos Dube.",
            "Amos Dube",
            "3rd Division",
        ),
    ],
)
def test_under_the_command_of_and_replaced_by_name_the_holder(extractor: Extractor, text: str, holder: str,
                                                              unit: str) -> None:  # fmt: skip
    assert (holder, "commands", unit) in relations(extractor.extract_text(text))


def test_a_relative_clause_about_another_gives_its_post_to_no_one_else(extractor: Extractor) -> None:
    # Whatever the tagger makes of the clause's subject, the clause is about it: the path from another person
    # of the sentence to the post runs through "who headed", whose "who" is not that person.
    from nlp.posts import _anothers_clause
    from nlp.sentence import dep_path

    doc = extractor.nlp(
        "Hashim Kastrati, the former President, who headed the Political Directorate during the war, "
        "stands trial with Piet Varga."
    )
    directorate = next(t for t in doc if t.text == "Directorate")
    kastrati, varga = doc[0:2], doc[len(doc) - 3 : len(doc) - 1]
    assert varga.text == "Piet Varga"
    for person, expected in ((varga, True), (kastrati, False)):
        path = dep_path(person.root, directorate)
        assert path is not None
        assert _anothers_clause(path, person) is expected


def test_a_partial_reversal_leaves_the_conviction_standing(extractor: Extractor) -> None:
    text = (
        "In 2008 Trial Chamber I convicted Colonel Ivo Marek of genocide. "
        "In 2011 the Appeals Chamber reversed a number of his convictions."
    )
    (verdict,) = [r for r in extractor.extract_text(text).relations if r.predicate == "convicted_by"]
    assert verdict.attributes["verdict"] == "reversed_in_part"  # not "reversed": the rest stands


@pytest.mark.parametrize(
    ("text", "person", "court"),
    [
        (
            "In 2012 the Special Tribunal issued a warrant of arrest against Joseph Mensah.",
            "Joseph Mensah",
            "Special Tribunal",
        ),
        (
            "Teodor Vance was flown to The Hague by the ICC, which had issued a warrant for his arrest in 2008.",
            "Teodor Vance",
            "ICC",
        ),
        (
            "Sarah Kamau, against whom the Special Tribunal also issued a warrant, is still at large.",
            "Sarah Kamau",
            "Special Tribunal",
        ),
    ],
)
def test_a_warrant_of_arrest_is_a_charge(extractor: Extractor, text: str, person: str, court: str) -> None:
    assert (person, "charged_by", court) in relations(extractor.extract_text(text))


def test_a_pronoun_finds_the_person_whose_surname_the_tagger_mistyped(extractor: Extractor) -> None:
    text = (
        "Tomas Ekwueme commanded the 9th Brigade. The brigade's deputy was Major Ilse Brandt. "
        "Ekwueme, who settled in Norway in 2001, was arrested there in 2015. "
        "The Office of the Attorney General of Norway indicted him in 2017."
    )
    found = relations(extractor.extract_text(text))
    assert ("Tomas Ekwueme", "charged_by", "Office of the Attorney General of Norway") in found
    assert ("Ilse Brandt", "charged_by", "Office of the Attorney General of Norway") not in found


def test_an_attorney_general_has_no_military_rank(extractor: Extractor) -> None:
    found = extractor.extract_text("The charges were brought under Attorney General Maria Estrada in 2010.")
    assert not [e for e in found.entities if e.attributes.get("rank")]


def test_an_acronym_met_before_its_name_joins_it(extractor: Extractor) -> None:
    text = (
        "SCT judges confirm the sentence\n\n"
        "Judges of the Special Criminal Tribunal (SCT) on Monday confirmed the sentence of Paul Idris."
    )
    courts = [e for e in extractor.extract_text(text).entities if e.type == "Mechanism"]
    assert [(c.name, c.aliases) for c in courts] == [("Special Criminal Tribunal", ["SCT"])]


def test_the_possessor_of_a_name_is_not_the_party_of_a_verdict(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("The Appeals Chamber upheld the acquittal of Ruritania's Ivan Petrov."))
    assert not [k for k in found if k[0] == "Ruritania"]


def test_a_founder_belongs_to_what_he_founded_and_leads_only_a_force_possibly(extractor: Extractor) -> None:
    ngo = relations(extractor.extract_text("Maria Lopez, a co-founder of the Committee of Relatives, testified."))
    assert ("Maria Lopez", "member_of", "Committee of Relatives") in ngo
    assert ("Maria Lopez", "commands", "Committee of Relatives") not in ngo
    force = relations(extractor.extract_text("The Revolutionary United Front, founded by Foday Sankoh, fought on."))
    assert force[("Foday Sankoh", "commands", "Revolutionary United Front")] == 0.5  # possible, not said


def test_the_head_of_a_wing_does_not_head_the_whole(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("Paul Sesay, head of the NLF political wing, was killed in 2009."))
    assert ("Paul Sesay", "commands", "NLF") not in found
    assert ("Paul Sesay", "member_of", "NLF") in found


def test_a_member_of_an_organisation_of_unknown_kind(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("Peter Banda was a founding member of the National Party."))
    assert ("Peter Banda", "member_of", "National Party") in found
    assert not relations(extractor.extract_text("Peter Banda was a victim of the National Party."))


def test_a_participle_commands_the_unit_it_qualifies_and_no_other(extractor: Extractor) -> None:
    text = (
        "The battalion, an elite unit of the Ruritanian Armed Forces then commanded by Lieutenant Colonel "
        "Pedro Alvarez, was supported by the 4th Infantry Brigade."
    )
    found = relations(extractor.extract_text(text))
    assert ("Pedro Alvarez", "commands", "Ruritanian Armed Forces") not in found  # he commanded the battalion
    assert ("Pedro Alvarez", "commands", "4th Infantry Brigade") not in found  # it only supported it
    assert ("4th Infantry Brigade", "part_of", "Ruritanian Armed Forces") not in found  # not said
    named = relations(extractor.extract_text("The 4th Brigade, commanded by Colonel Pedro Alvarez, attacked."))
    assert ("Pedro Alvarez", "commands", "4th Brigade") in named


def test_a_description_after_a_units_name_is_the_unit(extractor: Extractor) -> None:
    text = "In 1997 the rebels ruled with the Armed Forces Ruling Council (AFRC), the junta headed by Samuel Doe."
    assert ("Samuel Doe", "commands", "Armed Forces Ruling Council") in relations(extractor.extract_text(text))


def test_a_post_in_an_organisation_said_in_a_phrase(extractor: Extractor) -> None:
    agent = relations(extractor.extract_text("The bomb was planted by the DINA agent Michael Townley."))
    assert ("Michael Townley", "member_of", "DINA") in agent
    staff = relations(extractor.extract_text("Moinina Fofana, the CDF's national director of war, got 15 years."))
    assert ("Moinina Fofana", "member_of", "CDF") in staff
    assert ("Moinina Fofana", "commands", "CDF") not in staff  # a director of war serves its commander


def test_the_movement_named_before(extractor: Extractor) -> None:
    text = (
        "The Democratic Liberation Movement (DLM) fought the rebels. "
        "The movement's leader, Samuel Hinga Norman, was arrested."
    )
    assert ("Samuel Hinga Norman", "commands", "Democratic Liberation Movement") in relations(
        extractor.extract_text(text)
    )


@pytest.mark.parametrize(
    ("text", "case"),
    [
        (
            "In Specialist Prosecutor v. Amir Haxhi et al., the trial opened in 2023.",
            "Specialist Prosecutor v. Amir Haxhi et al.",
        ),
        ("Marie Kabila et al. v. The Prosecutor was decided on appeal.", "Marie Kabila et al. v. The Prosecutor"),
        ("In Prosecutor v. Okello, the Chamber convicted him.", "Prosecutor v. Okello"),
    ],
)
def test_a_case_title_keeps_its_first_party_whole(extractor: Extractor, text: str, case: str) -> None:
    assert types(extractor.extract_text(text)).get(case) == "Case"


def test_a_case_named_again_in_brackets_is_one_case(extractor: Extractor) -> None:
    text = (
        'The Prosecutor v. Ian Lundin and Alex Schneiter ("the Lundin Oil case") opened in 2023. '
        "The Lundin Oil case is the longest trial in the country's history."
    )
    cases = [e for e in extractor.extract_text(text).entities if e.type == "Case"]
    assert [(c.name, c.aliases) for c in cases] == [
        ("The Prosecutor v. Ian Lundin and Alex Schneiter", ["Lundin Oil case"])
    ]


def test_a_verdict_on_persons_listed_after_their_description(extractor: Extractor) -> None:
    text = (
        "Last June, the court's Trial Chamber II convicted three former militia leaders - Alex Tamba Brima, "
        "Brima Bazzy Kamara and Santigie Borbor Kanu - of war crimes."
    )
    found = relations(extractor.extract_text(text))
    for person in ("Alex Tamba Brima", "Brima Bazzy Kamara", "Santigie Borbor Kanu"):
        assert (person, "convicted_by", "Trial Chamber II") in found  # the chamber, not "the court" it belongs to


def test_the_possessor_of_the_person_convicted_is_not_convicted(extractor: Extractor) -> None:
    text = (
        "The Trial Chamber heard the case of the prefects. Sylvain Nsabimana was acquitted of genocide. "
        "His successor, Alphonse Nteziryayo, was convicted of direct and public incitement to commit genocide."
    )
    found = relations(extractor.extract_text(text))
    assert not [k for k in found if k[0] == "Sylvain Nsabimana" and k[1] == "convicted_by"]


def test_one_of_the_commanders_is_no_commander_of_the_whole(extractor: Extractor) -> None:
    text = "The army captured one of the commanders of the Liberation Front, Habib Bama, in 2012."
    found = relations(extractor.extract_text(text))
    assert ("Habib Bama", "commands", "Liberation Front") not in found
    assert ("Habib Bama", "member_of", "Liberation Front") in found


@pytest.mark.parametrize(
    "text", ["Morris Kallon was also a senior RUF commander.", "Morris Kallon, an RUF commander, was convicted."]
)
def test_a_commander_said_with_an_indefinite_article_is_one_of_several(extractor: Extractor, text: str) -> None:
    found = relations(extractor.extract_text(text))
    assert ("Morris Kallon", "commands", "RUF") not in found
    assert ("Morris Kallon", "member_of", "RUF") in found


def test_a_former_commander_was_the_commander(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("Maj-Gen. John Ade, a former GOC of 7 Division, retired."))
    assert ("John Ade", "commands", "7 Division") in found


def test_whom_a_commander_served_under_is_no_member(extractor: Extractor) -> None:
    text = "Issa Sesay, a senior commander under Sam Bockarie, became the RUF's interim leader in 2000."
    found = relations(extractor.extract_text(text))
    assert not [k for k in found if k[0] == "Sam Bockarie"]


@pytest.mark.parametrize(
    ("text", "accused", "not_accused"),
    [
        (
            "Pascal Simbikangwa, a former captain who served under President Juvénal Habyarimana, was arrested in "
            "Mayotte in 2008. In 2014 the Paris Assize Court sentenced him to 25 years in prison.",
            "Pascal Simbikangwa",
            "Juvénal Habyarimana",
        ),
        (
            "Hissène Habré refused to recognise the court. His lawyer Ibrahima Diawara spoke for the defence. "
            "In 2016 the Extraordinary African Chambers convicted him of crimes against humanity.",
            "Hissène Habré",
            "Ibrahima Diawara",
        ),
    ],
)
def test_a_verdicts_pronoun_stands_for_the_person_the_text_is_about(
    extractor: Extractor, text: str, accused: str, not_accused: str
) -> None:
    """ "sentenced him": the person the text speaks of, not one named inside another's phrase ("under
    President X") or at the bar ("his lawyer X")."""
    found = relations(extractor.extract_text(text))
    verdicts = {(s, o) for s, p, o in found if p == "convicted_by"}
    assert [s for s, _ in verdicts] == [accused]
    assert not [s for s, _ in verdicts if s == not_accused]


def test_a_case_named_after_its_victim_accuses_no_victim(extractor: Extractor) -> None:
    """ "the Letelier case" is named after the man murdered: the case's name alone accuses no one the text
    shows suffering a crime; the accused named in the verdict is."""
    text = (
        "Orlando Letelier, a former Chilean minister, was killed by a car bomb in Washington in 1976. "
        "In the Letelier case, the Supreme Court of Chile convicted Manuel Contreras in 1993."
    )
    found = relations(extractor.extract_text(text))
    assert not [k for k in found if k[0] == "Orlando Letelier" and k[1] == "accused_in"]
    assert ("Manuel Contreras", "convicted_by", "Supreme Court of Chile") in found


def test_a_case_named_after_a_victim_a_crimes_name_calls_by_surname_accuses_him_not(extractor: Extractor) -> None:
    """ "el asesinato de monseñor Gerardi" calls Juan José Gerardi by his surname: "el caso Gerardi" is named
    after him, and accuses him of nothing (a victim made accused is a harm)."""
    result = extractor.extract_text(
        "El asesinato de monseñor Gerardi: veinte años de impunidad\n\n"
        "El obispo auxiliar de Guatemala, Juan José Gerardi, fue asesinado el 26 de abril de 1998 en su casa. "
        "El Juzgado Primero de Instrucción reabrió en 2019 el caso Gerardi.",
        language="es",
    )
    found = relations(result)
    assert not [k for k in found if "Gerardi" in k[0] and k[1] == "accused_in"]


def test_a_prosecutor_brings_a_case_and_does_not_try_it(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "In the Sonko case, the Office of the Attorney General of Switzerland filed its indictment in 2022."
        )
    )
    assert not [k for k in found if k[1] == "tried_by"]


def test_a_pronoun_finds_a_surname_the_tagger_read_as_something_else(extractor: Extractor) -> None:
    """ "the conviction of Alieu Kosiah ... Kosiah was arrested ... indicted him": "him" is Kosiah, even where
    the tagger takes the surname alone for an organisation, and not the president named in between."""
    text = (
        "Swiss judges upheld the conviction of Alieu Kosiah, a former ULIMO commander. ULIMO was formed in 1991 "
        "by supporters of the late President Samuel Doe. Kosiah, who settled in Switzerland in 1998, was "
        "arrested there in 2014. The Office of the Attorney General of Switzerland indicted him in March 2019."
    )
    found = relations(extractor.extract_text(text))
    charged = [k[0] for k in found if k[1] == "charged_by"]
    assert "Samuel Doe" not in charged
    assert charged == ["Alieu Kosiah"]


def test_a_pronoun_skips_a_name_in_apposition_inside_another_phrase(extractor: Extractor) -> None:
    text = (
        "Efraín Ríos Montt ruled Guatemala until August 1983, when he was ousted by his defence minister, "
        "Óscar Humberto Mejía Víctores. In 2013 the High Risk Court A sentenced him to 80 years."
    )
    convicted = [k[0] for k in relations(extractor.extract_text(text)) if k[1] == "convicted_by"]
    assert len(convicted) == 1
    assert "Ríos Montt" in convicted[0]


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Manuel Callejas headed the Guatemalan Army's intelligence directorate, the G-2, from 1982 to 1983.",
        "In 1982 the Guatemalan Army's intelligence directorate, the G-2, was headed by Colonel Manuel Callejas.",
    ],
)
def test_the_head_of_a_directorate_commands_it_and_serves_the_army(extractor: Extractor, text: str) -> None:
    """The head of an army's directorate commands the directorate (named in apposition) and belongs to the
    army: he does not command the army."""
    found = relations(extractor.extract_text(text))
    assert ("Manuel Callejas", "commands", "Guatemalan Army") not in found
    assert ("Manuel Callejas", "member_of", "Guatemalan Army") in found


def test_the_accused_named_so_is_no_charge_by_the_court_that_acquits(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "Trial Chamber II delivered its judgment in the Dunmore case in 2011. The third accused, Lieutenant "
            "Colonel Piet Varga, a former prefect, was acquitted of all charges in 2011."
        )
    )
    assert ("Piet Varga", "acquitted_by", "Trial Chamber II") in found
    assert not [k for k in found if k[1] == "charged_by"]


def test_the_accused_listed_in_a_case_title_are_persons_and_their_surnames_too(extractor: Extractor) -> None:
    text = (
        "Prosecutor v. Marek Dubravka Olin, Tomas Verhaal and Ruth Anselmo Kade\n\n"
        "The Trial Chamber convicted all three in March 2011. The Appeals Chamber later upheld the "
        "convictions of Olin and Verhaal. It reversed Kade's conviction for pillage and acquitted her of "
        "that count."
    )
    result = extractor.extract_text(text)
    kinds = types(result)
    for person in ("Marek Dubravka Olin", "Tomas Verhaal", "Ruth Anselmo Kade"):
        assert kinds[person] == "Person"
    assert "Olin" not in kinds
    assert "Kade" not in kinds
    found = relations(result)
    case = "Prosecutor v. Marek Dubravka Olin, Tomas Verhaal and Ruth Anselmo Kade"
    assert ("Tomas Verhaal", "accused_in", case) in found
    assert ("Marek Dubravka Olin", "convicted_by", "Appeals Chamber") in found
    # "Kade's conviction ... acquitted her": her, not the last person named before her
    assert ("Ruth Anselmo Kade", "acquitted_by", "Appeals Chamber") in found
    assert ("Tomas Verhaal", "acquitted_by", "Appeals Chamber") not in found


def test_no_person_is_made_of_a_state_party_or_a_single_word(extractor: Extractor) -> None:
    kinds = types(extractor.extract_text(
        "In Bosnia and Herzegovina v. Serbia and Montenegro the Court ruled in 2007. "
        "United States v. Ardmore was decided in 2009."
    ))  # fmt: skip
    assert kinds.get("Serbia") != "Person"
    assert kinds.get("Montenegro") != "Person"
    assert kinds.get("Ardmore") != "Person"


def test_a_verdict_in_a_case_names_the_case_and_its_court(extractor: Extractor) -> None:
    text = (
        "In its judgment in the Kivu II case, Trial Chamber IV found that the militia had attacked the camp. "
        "The Appeals Chamber later reduced one sentence. "
        "Captain Ilse Marovic was convicted in the same case and sentenced to 18 years."
    )
    found = relations(extractor.extract_text(text))
    assert ("Ilse Marovic", "accused_in", "Kivu II case") in found
    assert ("Ilse Marovic", "convicted_by", "Trial Chamber IV") in found
    assert ("Ilse Marovic", "convicted_by", "Appeals Chamber") not in found


def test_a_court_named_in_a_case_heading_tries_the_case(extractor: Extractor) -> None:
    text = (
        "The Public Prosecutor v. Hedda Lorne\nCourt: Bergen District Court\nFiled: 3 May 2020\n\n"
        "The prosecution says that Lorne sold arms to the militia."
    )
    found = relations(extractor.extract_text(text))
    assert ("The Public Prosecutor v. Hedda Lorne", "tried_by", "Bergen District Court") in found
    assert found[("Hedda Lorne", "accused_in", "The Public Prosecutor v. Hedda Lorne")] == 0.7


def test_a_heading_is_a_sentence_of_its_own(extractor: Extractor) -> None:
    # read as one sentence with the paragraph under it, the colonel would be made a member of the brigade
    text = "Statement of Colonel Ana Pirc\n\nThe 44 Brigade burned the market in Tarvo on 3 May."
    result = extractor.extract_text(text)
    assert types(result).get("Ana Pirc") == "Person"
    assert types(result).get("44 Brigade") == "Organization"
    assert ("Ana Pirc", "member_of", "44 Brigade") not in relations(result)


def test_a_command_said_after_the_second_of_two_units_is_the_seconds(extractor: Extractor) -> None:
    text = (
        "The Navy's 4th Marine Brigade, commanded by Colonel Ivo Drazen, and its 6th Marine Brigade, under "
        "the command of Colonel Petra Lukan, took the port in June 1993."
    )
    found = relations(extractor.extract_text(text))
    assert ("Ivo Drazen", "commands", "4th Marine Brigade") in found
    assert ("Petra Lukan", "commands", "6th Marine Brigade") in found
    assert ("Petra Lukan", "commands", "4th Marine Brigade") not in found  # the parse hangs it on the first
    assert ("Petra Lukan", "commands", "Navy") not in found


def test_the_commander_of_a_part_does_not_command_the_whole(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Kosta Brigade of the Lira Corps, commanded by Colonel Emil Varsa, shelled the town."
    ))  # fmt: skip
    assert ("Emil Varsa", "commands", "Kosta Brigade") in found
    assert ("Emil Varsa", "commands", "Lira Corps") not in found


def test_a_pronoun_after_a_persons_case_is_that_person(extractor: Extractor) -> None:
    text = (
        "In March 2019 a Trial Panel convicted Ilir Gashta of torture at the Vrela compound.\n\n"
        "Colonel Marko Petrovic's case was heard later. A former guard, he was convicted in 2019 of war crimes."
    )
    result = extractor.extract_text(text)
    assert types(result)["Trial Panel"] == "Mechanism"  # a panel of judges, not of experts
    found = relations(result)
    # "he" is Petrovic, whose case the sentence before is about (not Gashta); the court is one of another
    # paragraph: possible
    assert found.get(("Marko Petrovic", "convicted_by", "Trial Panel")) == 0.5
    assert found[("Ilir Gashta", "convicted_by", "Trial Panel")] == 0.8
    # convicted in another year than the panel's judgment: by a court the text does not name
    later = relations(extractor.extract_text(text.replace("in 2019 of", "in May 2021 of")))
    assert not [k for k in later if k[0] == "Marko Petrovic" and k[1] == "convicted_by"]


def test_a_country_or_a_province_is_a_place_whatever_the_tagger_said(extractor: Extractor) -> None:
    kinds = types(extractor.extract_text(
        "Exiles were abducted in Paraguay and Burkina Faso. The army burned villages in Morazán in 1981."
    ))  # fmt: skip
    assert kinds["Paraguay"] == "Location"
    assert kinds["Burkina Faso"] == "Location"
    assert kinds["Morazán"] == "Location"


def test_one_harm_done_to_several_persons_is_one_crime_with_all_its_victims(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Witnesses described the abduction and murder of John Smith and Peter Brown at the Kalma camp."
    ))  # fmt: skip
    crime = "abduction and murder of John Smith and Peter Brown at the Kalma camp"
    assert ("John Smith", "victim_of", crime) in found
    assert ("Peter Brown", "victim_of", crime) in found  # one crime, not one for each of them
    assert (crime, "occurred_in", "Kalma camp") in found  # the site, named with its noun


def test_whom_a_victim_had_accused_is_no_victim(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Witnesses described the murder of Tomas Herrera, who had accused General Luis Ortega of torture."
    ))  # fmt: skip
    victims = {s for s, p, _ in found if p == "victim_of"}
    assert victims == {"Tomas Herrera"}


@pytest.mark.parametrize(
    ("text", "who", "crime"),
    [
        # members named by their force's name before them
        ("The Chamber found that RUF fighters carried out the massacre at Koidu in May 1998.", "RUF",
         "massacre at Koidu"),
        # a force named as included in the agent
        ("The shelling of Tuzla was carried out by army units, including the Tenth Mountain Brigade.",
         "Tenth Mountain Brigade", "shelling of Tuzla"),
        # a relative clause that tells what happened in the crime
        ("The Patriotic Front (PF) was led by Jon Abel. The commission described the Nalu massacre, in which PF "
         "fighters executed 40 villagers.", "Patriotic Front", "Nalu massacre"),
        # each "by" its own agent
        ("The killings of protesters in Tamale were carried out by the Civic Police, by the Rapid Response Unit, "
         "and by the Northern Border Guard.", "Northern Border Guard", "killings of protesters in Tamale"),
        ("The massacre at Luma was committed by the Kivu Rangers and by members of the Eastern Brigade.",
         "Eastern Brigade", "massacre at Luma"),
        # each phrase of "took part in"
        ("The Military Security Office (MSO) took part in unlawful arrests and in the torture of detained students.",
         "Military Security Office", "torture of detained students"),
        # whoever led it
        ("The panel finds that the Republican Guard led the killing of Dinka civilians in Malakal.",
         "Republican Guard", "killing of Dinka civilians in Malakal"),
        # crimes named as part of the one it committed
        ("Units of the 5th Corps committed murder and cruel treatment of civilians, among them the killings in Rasa "
         "in May 1993 and the mistreatment of detainees at the Kolo school.", "5th Corps",
         "mistreatment of detainees at the Kolo school"),
        # crimes listed after the first, which the parser cuts into clauses of their own
        ("The inquiry found the Eastern Guard responsible, among others, for the Kolo massacre in 1981, the Rasa "
         "massacre in 1984 and the Tamba massacre.", "Eastern Guard", "Tamba massacre"),
        ("Witnesses said the Sahel Brigade carried out the Kolo massacre in 2015, the Luma abduction in 2014 and "
         "the Tamba killings.", "Sahel Brigade", "Luma abduction"),
    ],
)  # fmt: skip
def test_who_carried_out_a_crime(extractor: Extractor, text: str, who: str, crime: str) -> None:
    assert (who, "perpetrated", crime) in relations(extractor.extract_text(text))


def test_a_harm_done_at_a_place_is_possibly_the_one_crime_the_document_names_after_it(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Kolo massacre shocked the country. On 14 August 1985, soldiers of the Sahel Brigade killed 62 "
        "villagers in Kolo."
    )
    found = relations(result)
    assert found[("Sahel Brigade", "perpetrated", "Kolo massacre")] == 0.5  # possible: another deed may be told
    [link] = [r for r in result.relations if r.predicate == "perpetrated"]
    assert [e.text for e in link.evidence] == [  # the deed's sentence and the one naming the crime
        "On 14 August 1985, soldiers of the Sahel Brigade killed 62 villagers in Kolo.",
        "The Kolo massacre shocked the country.",
    ]
    # none of a deed of another year, of another clause's place, of deeds at one place in several years, or of a
    # place two crimes are named after
    found = relations(
        extractor.extract_text(
            "The 1985 Kolo massacre shocked the country. In 1993 the Eastern Guard shot two farmers in Kolo. "
            "The Sahel Brigade killed two farmers, who had fled to Kolo.\n\n"
            "The Rasa massacre shocked the country. In 1985 the Sahel Brigade killed 62 villagers in Rasa. In 1993 the "
            "Eastern Guard shot two farmers in Rasa.\n\n"
            "The Luma massacre and the Luma raid were investigated. Rebels of the Northern Front burned houses in Luma."
        )
    )
    assert not [k for k in found if k[1] == "perpetrated"]


def test_what_followed_from_a_force_is_not_its_crime(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text("The raid by the Republican Guard led to the killing of 40 protesters in Homs.")
    )
    assert not [k for k in found if k[1] == "perpetrated"]


def test_a_description_with_that_names_the_unit_before(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Captain Omar Diallo served in the Kindia Regional Police under General Sekou Barry, who headed that "
        "police force until 2011."
    ))  # fmt: skip
    assert ("Sekou Barry", "commands", "Kindia Regional Police") in found
    assert ("Sekou Barry", "member_of", "Kindia Regional Police") not in found  # the command's shadow


def test_whose_force_it_was_is_no_member_of_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The militia was formed to fight the Popular Liberation Army (PLA) of Joseph Kanu."
    ))  # fmt: skip
    assert ("Joseph Kanu", "member_of", "Popular Liberation Army") not in found


def test_an_apposition_after_two_units_describes_the_nearer(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The raids were carried out by the Mobile Brigade (MB) of the National Police of Ruritania and the "
        "Presidential Guard Battalion (PGB), a unit of the Ruritanian Armed Forces (RAF)."
    ))  # fmt: skip
    parts = {(s, o) for s, p, o in found if p == "part_of"}
    assert ("Presidential Guard Battalion", "Ruritanian Armed Forces") in parts
    assert ("Mobile Brigade", "Ruritanian Armed Forces") not in parts  # the parse hangs the apposition on it
    assert ("Ruritanian Armed Forces", "National Police of Ruritania") not in parts  # a hierarchy made up


def test_a_name_with_its_middle_names_left_out_is_one_person(extractor: Extractor) -> None:
    kinds = types(extractor.extract_text(
        "Paul Henri Mbemba Kasongo was arrested in 2001. Paul Kasongo denied the charges, and Kasongo "
        "was convicted in 2003."
    ))  # fmt: skip
    assert [n for n, t in kinds.items() if t == "Person"] == ["Paul Henri Mbemba Kasongo"]


def test_a_people_is_no_place_and_no_organisation(extractor: Extractor) -> None:
    kinds = types(extractor.extract_text(
        "Militias planned the killing of Tutsi in Gikongoro. Later the army shelled villages of the Masalit "
        "and the Yazidis fled to Mount Sinjar."
    ))  # fmt: skip
    for people in ("Tutsi", "Masalit", "Yazidis"):
        assert people not in kinds
    assert kinds.get("Gikongoro") == "Location"


def test_what_a_commission_documented_it_investigated(extractor: Extractor) -> None:
    text = (
        "The Independent Commission of Inquiry on Lamaria was established in 2019. The Commission documented the "
        "massacre at Tenga and found that the killings in Ruvo and Kessa were carried out by the army. "
        "The Trial Chamber found that the militia committed the massacre at Lodo."
    )
    found = relations(extractor.extract_text(text))
    inquiry = "Independent Commission of Inquiry on Lamaria"
    assert ("massacre at Tenga", "investigated_by", inquiry) in found
    assert ("killings in Ruvo and Kessa", "investigated_by", inquiry) in found  # both places, one crime
    assert ("killings in Ruvo and Kessa", "occurred_in", "Kessa") in found
    assert not [s for s, p, _ in found if p == "investigated_by" and s == "massacre at Lodo"]  # a court's finding


def test_what_it_or_an_investigation_conducted_by_a_body_documented(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The International Commission of Inquiry on Darfur visited the region in November 2004. It documented the "
        "killing of civilians in Tawila. The Trial Chamber II of the Special Court sat in 2008. It found that the "
        "militia committed the massacre at Lodo. The report of the joint investigation conducted by the Office of "
        "the High Commissioner for Human Rights and the Ethiopian Human Rights Commission, which documented the "
        "killing of civilians in Axum, was published in 2021."
    ))  # fmt: skip
    # "it" after a body of inquiry, possibly (0.6: read across two sentences)
    assert (
        found[("killing of civilians in Tawila", "investigated_by", "International Commission of Inquiry on Darfur")]
        == 0.6
    )
    assert not [k for k in found if k[0] == "massacre at Lodo" and k[1] == "investigated_by"]  # a court's finding
    assert ("killing of civilians in Axum", "investigated_by", "Ethiopian Human Rights Commission") in found


def test_an_and_inside_a_name_the_tagger_read_as_one(extractor: Extractor) -> None:
    kinds = types(
        extractor.extract_text("In 2003 the Truth and Reconciliation Commission examined the Accomarca massacre.")
    )
    assert kinds.get("Truth and Reconciliation Commission") == "Mechanism"


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a copula the other way round: the description first, the holder after "was"
        ("The commander of the 5th Brigade was Colonel Ivo Lukic.", ("Ivo Lukic", "commands", "5th Brigade"), None),
        # the president of a movement heads it; a vice-president serves in it
        ("The president of the Patriotic Front was Robert Kajuga.", ("Robert Kajuga", "commands", "Patriotic Front"),
         None),
        ("Georges Kamanzi was second vice-president of the Patriotic Front.",
         ("Georges Kamanzi", "member_of", "Patriotic Front"), ("Georges Kamanzi", "commands", "Patriotic Front")),
    ],
)  # fmt: skip
def test_who_heads_and_who_seconds(
    extractor: Extractor, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str] | None
) -> None:
    found = relations(extractor.extract_text(text))
    assert expected in found
    assert absent not in found


def test_a_part_described_in_words_names_the_body_after_it(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Georges Kamanzi was second vice-president of the national committee of the Patriotic Front, the youth "
        "wing of the ruling party."
    )  # fmt: skip
    assert types(result).get("Patriotic Front") == "Organization"
    assert ("Georges Kamanzi", "member_of", "Patriotic Front") in relations(result)


def test_agents_coordinated_or_after_a_lost_by(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The shelling of Tarvo was carried out by the Rapid Support Forces (RSF) and the Border Guard Brigade. "
        "The Commission finds that the killings in Ruvo and Kessa were carried out by, among others, the Mobile "
        "Police Brigade (MPB) of the National Police of Ruritania."
    ))  # fmt: skip
    assert ("Rapid Support Forces", "perpetrated", "shelling of Tarvo") in found
    assert ("Border Guard Brigade", "perpetrated", "shelling of Tarvo") in found
    # the parse lost the object of "by": the first name after it, possible only
    assert found.get(("Mobile Police Brigade", "perpetrated", "killings in Ruvo and Kessa")) in {0.5, 0.7}


def test_a_conviction_says_of_what_kind_the_crime_was(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On 2 May 2001 the Trial Chamber convicted Colonel Ivo Lukic of murder and persecution for the massacre "
        "at Tenga. The Appeals Chamber reversed his conviction for torture for the massacre at Lodo."
    ))  # fmt: skip
    assert ("massacre at Tenga", "of_type", "murder") in found
    assert ("massacre at Tenga", "of_type", "persecution") in found
    assert ("massacre at Lodo", "of_type", "torture") not in found  # a reversed conviction holds nothing


def test_the_court_of_a_retrial_is_not_the_court_named_before(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "In 2013 the High Court of Lamaria convicted Pedro Alvarado Ruiz and acquitted Juan Carlos Mendez Soto. "
        "The Constitutional Court of Lamaria annulled the verdict. In 2018 the court in the retrial acquitted "
        "Juan Carlos Mendez."
    ))  # fmt: skip
    acquitted = {(s, o) for s, p, o in found if p == "acquitted_by"}
    assert ("Juan Carlos Mendez Soto", "High Court of Lamaria") in acquitted  # one person, the surname shortened
    assert not [o for _, o in acquitted if o == "Constitutional Court of Lamaria"]  # another court acquitted him


def test_a_trial_named_in_a_heading_accuses_its_person(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Guatemala: the genocide trial of Efraín Ríos Montt\n\nGeneral Efraín Ríos Montt ruled Guatemala in 1982."
    ))  # fmt: skip
    assert ("Efraín Ríos Montt", "accused_in", "genocide trial of Efraín Ríos Montt") in found


def test_a_crime_is_also_named_by_the_longer_phrase_the_sentence_writes(extractor: Extractor) -> None:
    """The phrase of a crime with who did it, to whom or how are names of the same crime; another crime
    coordinated with it and a clause about it are not; no shorter name is made (it may name another crime)."""
    text = (
        "Witnesses recalled the torture of detainees in Tuzla by the military police, the looting of shops and "
        "the burning of homes. The report also documented the abduction of Maria Lopez, a teacher from Tarija, "
        "for which no one was tried."
    )
    crimes = {e.name: e.aliases for e in extractor.extract_text(text).entities if e.type == "Crime"}
    torture = next(aliases for name, aliases in crimes.items() if name.startswith("torture of detainees"))
    assert "torture of detainees in Tuzla by the military police" in torture
    every = [n for name, aliases in crimes.items() for n in [name, *aliases]]
    assert not [n for n in every if "torture" in n and "looting" in n]  # two crimes, never one name
    abduction = next(aliases for name, aliases in crimes.items() if name.startswith("abduction of Maria Lopez"))
    assert "abduction of Maria Lopez, a teacher from Tarija" in abduction
    assert not [n for n in every if "which" in n or n.endswith(("for", ","))]
    assert "torture of detainees" not in every


def test_a_crime_occurred_in_the_places_that_hold_its_place(extractor: Extractor) -> None:
    """A place the text puts inside another ("the A and B neighbourhoods of C", "A, a district of C") holds
    the crimes that occurred in it, possibly (inferred across sentences); a list of places holds nothing."""
    text = (
        "Soldiers searched the Kamenge and Ngagara neighbourhoods of Bujumbura in 2015. "
        "Survivors described the killings in Kamenge. The massacre in Yopougon, a district of Abidjan, "
        "followed in April. Rebels burned villages in Bo, Kenema and Kailahun, including the massacre at Bo."
    )
    result = extractor.extract_text(text)
    found = relations(result)
    assert found.get(("killings in Kamenge", "occurred_in", "Bujumbura")) == 0.6  # possible, not attested
    assert ("massacre in Yopougon", "occurred_in", "Abidjan") in found
    assert not [k for k in found if k[1] == "occurred_in" and k[2] in {"Kenema", "Kailahun"}]
    assert not [r for r in result.relations if r.predicate.startswith("_")]


@pytest.mark.parametrize(
    ("language", "text", "crime", "town"),
    [
        ("en", "Paul Kagorora was the mayor of Nyamata in 1994. Thousands were killed in the massacre at the "
               "Nyamata parish church in April 1994.", "massacre at the Nyamata parish church", "Nyamata"),
        ("fr", "Le bourgmestre de Ntarama a été condamné. Les tueries de l'église de Ntarama ont fait des milliers de "
               "morts en avril 1994.", "tueries de l'église de Ntarama", "Ntarama"),
    ],
)  # fmt: skip
def test_a_crime_at_a_site_named_after_a_town_possibly_occurred_in_the_town(
    extractor: Extractor, language: str, text: str, crime: str, town: str
) -> None:
    """A site named after a place the document names ("the Nyamata parish church", "l'église de Ntarama") is in
    it: the crime there possibly occurred in the town (0.5: the short name may be the site's own)."""
    found = relations(extractor.extract_text(text, language=language))
    assert found.get((crime, "occurred_in", town)) == 0.5


def test_what_a_campaign_included_was_done_by_those_who_conducted_it(extractor: Extractor) -> None:
    """What a campaign included ("Y conducted a campaign. The campaign included A and B"): Y did A and B, possibly;
    a campaign someone did not conduct, or one said not to include a crime, gives nothing."""
    text = (
        "In 2014 the Tatmadaw launched a counter-insurgency campaign in northern Shan State. "
        "The campaign included the shelling of villages around Mongko and the torture of detainees at Lashio. "
        "Separately, observers said an earlier operation did not include the burning of Namtu."
    )
    found = relations(extractor.extract_text(text))
    done = {k[2]: v for k, v in found.items() if k[0] == "Tatmadaw" and k[1] == "perpetrated"}
    assert set(done.values()) == {0.6}
    assert any(name.startswith("shelling of villages") for name in done)
    assert any(name.startswith("torture of detainees") for name in done)
    assert not [name for name in done if "Namtu" in name]


@pytest.mark.parametrize(
    ("text", "leader", "group"),
    [
        ("Observers met the Popular Front for Renewal (PFR), founded and led by Mahmat Ali, in Ndele.",
         "Mahmat Ali", "Popular Front for Renewal"),
        ("The victims had joined the Unity Party (UP), a small movement led by Rosa Almeida.",
         "Rosa Almeida", "Unity Party"),
        ("In 2008 the Justice and Equality Movement led by Khalil Ibrahim attacked Omdurman.", "Khalil Ibrahim",
         "Justice and Equality Movement"),
        # any description of a group: an association, an NGO, a coalition
        ("The complaint came from the Patriotic Alliance, an association led by Maria Duarte.", "Maria Duarte",
         "Patriotic Alliance"),
        ("It was filed by Justice Now, a Nairobi NGO headed by Peter Wanjala.", "Peter Wanjala", "Justice Now"),
    ],
)  # fmt: skip
def test_a_group_led_by_someone_is_commanded_by_them(extractor: Extractor, text: str, leader: str, group: str) -> None:
    found = relations(extractor.extract_text(text))
    assert [k for k in found if k[0] == leader and k[1] == "commands" and k[2].startswith(group)], found


def test_a_group_not_led_by_someone_is_not_commanded_by_them(extractor: Extractor) -> None:
    found = relations(extractor.extract_text("The Unity Party (UP), never led by Rosa Almeida, denied the claims."))
    assert not [k for k in found if k[1] == "commands"]


def test_a_verdicts_pronoun_is_never_one_who_suffered_the_crime(extractor: Extractor) -> None:
    """A pronoun ("He was convicted") after "the killing of A, her husband B and their son C" is not B, a victim
    named last, but the accused the text is about."""
    text = (
        "In 2001 the Court of Cassation rejected the appeals of two other accused. Jonas Varek, who had run the "
        "port authority, became the first person convicted of genocide in Norland. The jury found that on 9 April "
        "1994 he had alerted soldiers to the flight of neighbours in Kigali, leading to the killing of Mira Holt, "
        "a Belgian, her husband Peter Holt and their son Tomas. He was also convicted of war crimes for killings "
        "in Mataba, his home area, and acquitted of two murders."
    )
    found = relations(extractor.extract_text(text))
    accused = {k[0] for k in found if k[1] in {"convicted_by", "acquitted_by", "accused_in", "charged_by"}}
    assert "Jonas Varek" in accused
    assert not accused & {"Peter Holt", "Mira Holt", "Tomas"}


def test_a_council_or_a_commission_charges_no_one(extractor: Extractor) -> None:
    """A warrant is the chamber's that issued it, never that of the council named in a clause about the chamber;
    a commission of inquiry tries no one."""
    text = (
        "On 2 May 2024 Pre-Trial Chamber II of the International Criminal Court (ICC), which has jurisdiction over "
        "Darfur under Security Council resolution 1593 (2005), unsealed warrants of arrest issued in 2023 against "
        "four Sudanese nationals, among them Abdurahem Khalefa Abdurahem Elshgagi. "
        "The Commission of Inquiry on Darfur convicted no one; it named suspects in a sealed list."
    )
    found = relations(extractor.extract_text(text))
    charged = {k[2] for k in found if k[0] == "Abdurahem Khalefa Abdurahem Elshgagi" and k[1] == "charged_by"}
    assert charged
    assert all(name.startswith("Pre-Trial Chamber II") or name == "International Criminal Court" for name in charged)


def test_a_name_that_begins_with_a_common_given_name_is_a_persons(extractor: Extractor) -> None:
    """The tagger reads "Ernesto Salgado Wulf" as a place; a common given name first makes it a person's,
    but never after "in" or "at" (a place named after someone stays a place)."""
    found = types(extractor.extract_text(
        "The court also convicted Ernesto Salgado Wulf and Rolando Vidal Prats of the kidnapping. "
        "The prisoners were later held in Pedro Juan Caballero, near the border."
    ))  # fmt: skip
    assert found["Ernesto Salgado Wulf"] == "Person"
    assert found["Pedro Juan Caballero"] == "Location"


def _crime_names(extractor: Extractor, text: str) -> set[str]:
    """Every name and alias of the crimes extracted from `text`."""
    return {n for e in extractor.extract_text(text).entities if e.type == "Crime" for n in [e.name, *e.aliases]}


def test_a_crime_is_also_named_without_who_did_it_where_a_name_remains(extractor: Extractor) -> None:
    text = (
        "The report documents the shelling of Kisangani by the UPDF in June 2000 and the killing of civilians by "
        "soldiers in the market."
    )
    assert "shelling of Kisangani" in _crime_names(extractor, text)


def test_a_crime_is_also_named_without_where_when_a_long_description_remains(extractor: Extractor) -> None:
    text = (
        "The Chamber examined the killing of civilians accused of helping the rebels in Kamako. It also examined the "
        "killing of civilians in Tshikapa."
    )
    every = _crime_names(extractor, text)
    assert "killing of civilians accused of helping the rebels" in every  # six words after its noun: one crime's
    assert "killing of civilians" not in every  # which may name another crime, in another document


def test_a_crime_is_also_named_without_where_they_were_driven_from(extractor: Extractor) -> None:
    text = "The court examined the shelling of villages near Sumy from Russian territory in May 2022."
    assert "shelling of villages near Sumy" in _crime_names(extractor, text)


def test_a_crime_is_also_named_without_the_relative_clause_after_whom(extractor: Extractor) -> None:
    text = "The Mission documented the summary execution of 17 prisoners whose bodies were found near the river."
    assert "summary execution of 17 prisoners" in _crime_names(extractor, text)


def test_a_crime_is_also_named_without_when_and_then_where(extractor: Extractor) -> None:
    text = "The Chamber examined the execution of detainees taken from the Bihać hospital at Grabež in March 1993."
    # no date, then no place
    assert "execution of detainees taken from the Bihać hospital" in _crime_names(extractor, text)


def test_a_crime_is_also_named_without_the_time_a_verb_or_its_first_words_give(extractor: Extractor) -> None:
    """A date the parser hung on the verb is no more of the crime's name than one hung on its noun; nor is the
    "earlier" before its noun (a year before it stays). A crime coordinated after it is never part of its name."""
    found = {e.name: e.aliases for e in extractor.extract_text(
        "The Chamber held him responsible for failing to punish the beating of prisoners at the Kamen camp in "
        "May 1994. It also examined the earlier killings in Vrana and Dol, and the 1991 massacre at Lovas. "
        "The report covers the killings in Tovar in June 1995 and the mistreatment of detainees at the Red School."
    ).entities if e.type == "Crime"}  # fmt: skip
    every = {n for name, aliases in found.items() for n in [name, *aliases]}
    assert "beating of prisoners at the Kamen camp" in every
    assert "killings in Vrana and Dol" in every
    assert "massacre at Lovas" not in every  # the massacre of 1991, maybe not the one another document names
    assert not [n for n in every if "killings" in n and "mistreatment" in n]  # two crimes, never one name


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The raids were carried out by the Rapid Intervention Brigade (BIR) of the National Gendarmerie of "
         "Cameroon.", "Rapid Intervention Brigade", "National Gendarmerie of Cameroon"),
        ("The shelling was carried out by Sri Lanka Army units, including the 57th Division, in May 2009.",
         "57th Division", "Sri Lanka Army"),
        ("Many abductions were attributed to Battalion 4-22, an intelligence unit of the Armed Forces of Honduras.",
         "Battalion 4-22", "Armed Forces of Honduras"),
    ],
)  # fmt: skip
def test_a_unit_is_part_of_the_force_the_sentence_puts_it_in(extractor: Extractor, text: str, part: str,
                                                             whole: str) -> None:  # fmt: skip
    found = relations(extractor.extract_text(text))
    assert (part, "part_of", whole) in found, found
    assert (whole, "part_of", part) not in found


def test_a_verb_of_characterisation_types_the_crimes(extractor: Extractor) -> None:
    """A verb of characterisation ("A and B constituted genocide"): both of that kind; "could amount to" and
    "did not constitute" give nothing (weighed or denied, not held)."""
    found = relations(extractor.extract_text(
        "The Chamber found that the massacre at Nyange church and the killings at Kibuye stadium constituted "
        "genocide and crimes against humanity. The Commission said the killings in Bujumbura could amount to "
        "crimes against humanity. The court held that the shelling of Zagreb did not constitute a war crime."
    ))  # fmt: skip
    assert ("massacre at Nyange church", "of_type", "genocide") in found
    assert ("killings at Kibuye stadium", "of_type", "crimes against humanity") in found
    assert not [k for k in found if k[1] == "of_type" and ("Bujumbura" in k[0] or "Zagreb" in k[0])]


def test_a_sentence_imposed_on_someone_is_a_conviction(extractor: Extractor) -> None:
    """A sentence imposed ("The court imposed sentences of 12 years on A and B"): both convicted by it; "the
    Supreme Court upheld the sentences imposed in 2019 by the Court of Appeals on A and B": upheld by the
    Supreme Court, whose verdict is not of 2019; a curfew imposed on a town is no verdict; the court's name
    stops before "on"."""
    result = extractor.extract_text(
        "In 2019 the Santiago Court of Appeals imposed sentences of 12 years on Edwin Dimter Bianchi and Juan "
        "Jara Quintana. The Supreme Court upheld the sentences imposed in 2019 by the Santiago Court of Appeals "
        "on Edwin Dimter Bianchi and Juan Jara Quintana. The army imposed a curfew on Pedro Barrientos."
    )
    names = {e.id: e.name for e in result.entities}
    found = {(names[r.subject], r.predicate, names[r.object]): r for r in result.relations}
    assert ("Edwin Dimter Bianchi", "convicted_by", "Santiago Court of Appeals") in found
    assert ("Juan Jara Quintana", "convicted_by", "Santiago Court of Appeals") in found
    upheld = found[("Juan Jara Quintana", "convicted_by", "Supreme Court")]
    assert upheld.attributes.get("verdict") == "upheld"
    assert upheld.attributes.get("date") != "2019"
    assert not [k for k in found if k[0] == "Pedro Barrientos"]


def test_a_court_many_places_have_is_named_with_its_seat_and_convicts_no_victim(extractor: Extractor) -> None:
    """A court many places have is named with its seat ("the High Court in Durban"; a "High Court" joins no
    other); "convicted X of the murder of Y", where the tagger did not see X, convicts no one, never Y."""
    found = relations(extractor.extract_text(
        "In 1996 the Supreme Court in Pretoria convicted Eugene de Kock on 89 counts, including six murders. "
        "In May 1997 the High Court in Durban convicted Dirk Coetzee of the murder of Griffiths Mxenge."
    ))  # fmt: skip
    assert ("Eugene de Kock", "convicted_by", "Supreme Court in Pretoria") in found
    assert not [k for k in found if k[0] == "Griffiths Mxenge" and k[1] in {"convicted_by", "acquitted_by"}]


def test_one_who_survived_is_the_victim_not_whom_they_testified_against(extractor: Extractor) -> None:
    """The subject of "survived" suffered the crime; the accused a survivor testified against did not (he
    had been made a victim of the executions, and so hidden as one)."""
    found = relations(extractor.extract_text(
        "Mevludin Orić, a Bosnian Muslim who survived the executions at Orahovac, testified against Krstić before "
        "the ICTY."
    ))  # fmt: skip
    victims = {k[0] for k in found if k[1] == "victim_of"}
    assert "Mevludin Orić" in victims
    assert "Krstić" not in victims


def test_a_reversal_reaches_a_conviction_whose_party_was_tagged_a_place(extractor: Extractor) -> None:
    """ "the Appeals Chamber overturned the conviction of Momčilo Perišić", the name tagged a place: the trial
    conviction is recorded as reversed, never as standing."""
    result = extractor.extract_text(
        "In 2011 a Trial Chamber of the ICTY convicted Momčilo Perišić and sentenced him to 27 years. In 2013 the "
        "Appeals Chamber overturned the conviction of Momčilo Perišić."
    )
    names = {e.id: e.name for e in result.entities}
    convictions = [
        r for r in result.relations if r.predicate == "convicted_by" and names[r.subject] == "Momčilo Perišić"
    ]
    assert convictions
    assert all(r.attributes.get("verdict") == "reversed" for r in convictions)


def test_a_verdict_read_past_a_clause_about_its_court(extractor: Extractor) -> None:
    """ "COURT, presided over by Judge X, convicted Y": Y convicted by the court (the judge never), where the
    clause breaks the parse."""
    found = relations(extractor.extract_text(
        "In 2013 the High Risk Court A of Guatemala, presided over by Judge Yassmin Barrios, convicted Efraín Ríos "
        "Montt of genocide."
    ))  # fmt: skip
    convicted = {k[0] for k in found if k[1] == "convicted_by" and k[2].startswith("High Risk Court A")}
    assert convicted & {"Ríos Montt", "Efraín Ríos Montt"}
    assert "Yassmin Barrios" not in convicted


def test_a_post_and_a_command_taken_in_one_sentence(extractor: Extractor) -> None:
    """A post and a command in one sentence ("X was Chief of Staff of the Y and assumed command of the Y on
    D"): both, the command from D; the title formula's post does not hide the second predicate's."""
    result = extractor.extract_text(
        "Radislav Krstić was Chief of Staff of the Drina Corps and assumed command of the Drina Corps on 13 July 1995."
    )
    names = {e.id: e.name for e in result.entities}
    found = {(names[r.subject], r.predicate, names[r.object]): r for r in result.relations}
    assert found[("Radislav Krstić", "commands", "Drina Corps")].valid_from == "1995-07-13"
    assert found[("Radislav Krstić", "member_of", "Drina Corps")].attributes.get("title") == "Chief of Staff"


def test_a_harm_in_a_second_coordinated_verb_has_its_victim_protected(extractor: Extractor) -> None:
    """A harm in a second coordinated verb ("X was detained and tortured by the DDS"): the torture of X, by
    the DDS, and X protected as its victim (the second verb shares the first one's passive subject)."""
    result = extractor.extract_text("Souleymane Guengueng was detained and tortured by the DDS in 1988.")
    found = relations(result)
    crime = next(k[2] for k in found if k[0] == "Souleymane Guengueng" and k[1] == "victim_of")
    assert ("DDS", "perpetrated", crime) in found
    person = next(e for e in result.entities if e.name == "Souleymane Guengueng")
    assert person.attributes.get("sensitivity") == "protected"


def test_who_took_a_commanders_place_commands_what_he_commanded(extractor: Extractor) -> None:
    """ "he was succeeded at RAB by Y", "and his successor, Y": Y commands the one body the sentence has X
    command, likely (0.6); with two such bodies, which one is not said; never the other way round."""
    succeeded = relations(extractor.extract_text(
        "Benazir Ahmed was the director general of the Rapid Action Battalion until 2020; he was succeeded at "
        "the Rapid Action Battalion by Chowdhury Abdullah Al-Mamun."
    ))  # fmt: skip
    listed = relations(extractor.extract_text(
        "They are Lieutenant General Azubuike Ihejirika, commander of the Nigerian Army from 2010 to 2014, and "
        "his successor, Lieutenant General Kenneth Minimah."
    ))  # fmt: skip
    two = relations(extractor.extract_text(
        "Colonel Abel Rusk commanded the 3rd Brigade and the Border Guard; his successor, Colonel Omar Lind, "
        "arrived in 2008."
    ))  # fmt: skip
    assert succeeded[("Chowdhury Abdullah Al-Mamun", "commands", "Rapid Action Battalion")] == 0.6
    assert listed[("Kenneth Minimah", "commands", "Nigerian Army")] == 0.6
    assert not [k for k in two if k[0] == "Omar Lind" and k[1] == "commands"]
    for found in (succeeded, listed, two):
        assert not [k for k in found if k[1] == "commands" and k[2] not in {
            "Rapid Action Battalion", "Nigerian Army", "3rd Brigade", "Border Guard"}]  # fmt: skip


def test_a_crime_that_took_place_somewhere_is_named_with_its_places(extractor: Extractor) -> None:
    """ "Further executions took place at X airport and at Camp Y", "Mass killings occurred in A and B": the
    places of the verb of happening are the crime's, and name it; a meeting that took place is no crime, and
    "Mass" at a sentence's head is no place."""
    found = relations(extractor.extract_text(
        "Further executions took place at Kavumu airport and at Camp Lwama. Mass killings occurred in Rutshuru "
        "and Kiwanja. The meeting took place in Goma."
    ))  # fmt: skip
    assert {(s, o) for s, p, o in found if p == "occurred_in"} == {
        ("executions at Kavumu airport and at Camp Lwama", "Kavumu airport"),
        ("executions at Kavumu airport and at Camp Lwama", "Camp Lwama"),
        ("Mass killings in Rutshuru and Kiwanja", "Rutshuru"),
        ("Mass killings in Rutshuru and Kiwanja", "Kiwanja"),
    }


def test_who_went_on_to_lead_a_group_commands_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "After the war, Paul Rwiza went on to lead the National Liberation Front. Colonel Jean Bosco later came to "
        "head the Republican Guard. Paul Rwiza went to Goma to meet the commander of the Eastern Brigade."
    ))  # fmt: skip
    commands = {(s, o) for s, p, o in found if p == "commands"}
    assert commands == {("Paul Rwiza", "National Liberation Front"), ("Jean Bosco", "Republican Guard")}


def test_persons_listed_after_a_bodys_people_are_among_them(extractor: Extractor) -> None:
    """ "three former RUF commanders - A, B and C": each one of its commanders (the parser made the first alone
    the RUF's commander); "three other senior KLA figures: A, B and C": each a member; "three AFRC leaders -
    A, B and C": each in its leadership, possibly."""
    found = relations(extractor.extract_text(
        "The court convicted three former RUF commanders - Issa Kamara, Morris Kallon and Augustine Sesay. The "
        "defendant stands trial with three other senior KLA figures: Agim Berisha, Besnik Gashi and Driton Hoxha. "
        "It sentenced three AFRC leaders - Alex Brima, Brima Kamara and Santigie Kanu."
    ))  # fmt: skip
    assert {(s, p, o) for s, p, o in found if o == "RUF"} == {
        ("Issa Kamara", "member_of", "RUF"), ("Morris Kallon", "member_of", "RUF"),
        ("Augustine Sesay", "member_of", "RUF"),
    }  # fmt: skip
    assert {s for s, p, o in found if o == "KLA" and p == "member_of"} == {"Agim Berisha", "Besnik Gashi",
                                                                          "Driton Hoxha"}  # fmt: skip
    assert found[("Brima Kamara", "commands", "AFRC")] == 0.6


def test_a_bodys_wing_is_part_of_it(extractor: Extractor) -> None:
    """ "the PLP, whose armed wing, the PLA, ...", "the NUP, whose youth wing was the Young Patriots", "the FP,
    the armed wing of the UP": the wing is part of the body. "he was a commander of the FP, ... the UP led by X":
    the title is his, not X's."""
    found = relations(extractor.extract_text(
        "Its main target was the Popular Liberation Party (PLP), whose armed wing, the Popular Liberation Army "
        "(PLA), was fighting the regime. He was a member of the National Unity Party (NUP), whose youth wing was "
        "the Young Patriots. In 2002 he was a commander of the Patriotic Forces (FP), the armed wing of the Union "
        "of Patriots (UP) led by Thomas Kiza."
    ))  # fmt: skip
    assert {(s, o) for s, p, o in found if p == "part_of"} == {
        ("Popular Liberation Army", "Popular Liberation Party"), ("Young Patriots", "National Unity Party"),
        ("Patriotic Forces", "Union of Patriots"),
    }  # fmt: skip
    assert not [k for k in found if k[0] == "Thomas Kiza" and k[2] == "Patriotic Forces"]
    subsidiary = relations(extractor.extract_text(
        "Greenfield Mining Congo (GMC), the Congolese subsidiary of the Canadian group Greenfield Mining, paid the "
        "militia."
    ))  # fmt: skip
    assert ("Greenfield Mining Congo", "part_of", "Greenfield Mining") in subsidiary


def test_crimes_listed_after_incidents_in_a_place_took_place_there(extractor: Extractor) -> None:
    """ "four incidents in Lomé: the killing of X in Bè, the shelling of the Adakpamé market and the massacre in
    Agoè": each took place in Lomé as well as where its own name says; a place not followed by a colon lists
    nothing."""
    found = relations(extractor.extract_text(
        "The Prosecutor focused on three incidents in Lomé: the killing of five marchers in Bè on 3 March 2005, the "
        "shelling of the Adakpamé market and the massacre in Agoè on 12 April 2005. Other incidents in Kara were "
        "the looting of the Tchitchao market."
    ))  # fmt: skip
    assert {s for s, p, o in found if p == "occurred_in" and o == "Lomé"} == {
        "killing of five marchers in Bè", "shelling of the Adakpamé market", "massacre in Agoè"}  # fmt: skip
    assert not [k for k in found if k[2] == "Kara"]


def test_whom_a_prosecutors_case_names_is_possibly_charged_by_that_prosecution(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Prosecutor v. Zoran Miletic et al.\n\nThe four accused were indicted by the Office of the Prosecutor in "
        "March 1996. In the Marko Ilic case, the Trial Chamber acquitted Ilic in 2001."
    ))  # fmt: skip
    assert found[("Zoran Miletic", "charged_by", "Office of the Prosecutor")] == 0.5
    # a case not named after the prosecution says nothing of who charged its accused
    assert ("Marko Ilic", "charged_by", "Office of the Prosecutor") not in found


def test_whom_a_dated_headings_verdicts_judged_is_possibly_accused_in_its_case(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "SUMMARY OF APPEAL JUDGEMENT\n\nMarie Uwase et al. v. The Prosecutor\n\nArusha, 3 March 2016\n\n1. On 3 "
        "March 2016 the Appeals Chamber of the International Criminal Tribunal for Rwanda affirmed the convictions "
        "of Marie Uwase and Paul Habimana for genocide. In 2009 the Trial Chamber had convicted Eric Nzeyimana in "
        "another case."
    ))  # fmt: skip
    assert found[("Paul Habimana", "accused_in", "Marie Uwase et al. v. The Prosecutor")] == 0.5
    assert ("Eric Nzeyimana", "accused_in", "Marie Uwase et al. v. The Prosecutor") not in found  # judged in 2009


def test_where_a_crime_was_carried_out_whoever_did_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "On the night of 12 May 1980 the army launched Operation Clean Sweep in Gulu. The abduction of the pupils "
        "of Aboke was committed at night in Apac. The soldiers did not commit the burning of Abia at dawn in Lira."
    ))  # fmt: skip
    assert ("Operation Clean Sweep", "occurred_in", "Gulu") in found  # the parse hung "in Gulu" on its name
    assert ("abduction of the pupils of Aboke", "occurred_in", "Apac") in found  # no agent named
    assert ("burning of Abia", "occurred_in", "Lira") not in found  # denied


def test_whom_the_one_court_of_a_one_case_document_judged_is_possibly_accused_in_it(extractor: Extractor) -> None:
    said = relations(
        extractor.extract_text(
            "Der Einsatzgruppen-Prozess war der neunte der Nürnberger Nachfolgeprozesse. Franz Six leitete 1941 das "
            "Vorkommando Moskau. Der Militärgerichtshof II-A verurteilte Franz Six zu zwanzig Jahren Haft. Walter "
            "Blume wurde vom Militärgerichtshof II-A zum Tode verurteilt.",
            language="de",
        )
    )
    assert said[("Franz Six", "accused_in", "Einsatzgruppen-Prozess")] == 0.5  # possible, not attested
    assert ("Walter Blume", "accused_in", "Einsatzgruppen-Prozess") in said
    assert ("Einsatzgruppen-Prozess", "tried_by", "Militärgerichtshof II-A") in said
    # verdicts of two courts: which one tried the case, the document does not say
    said = relations(
        extractor.extract_text(
            "Der Einsatzgruppen-Prozess war der neunte der Nürnberger Nachfolgeprozesse. Der Militärgerichtshof "
            "II-A verurteilte Franz Six zu zwanzig Jahren Haft. Das Landgericht Ulm verurteilte Bernhard Fischer "
            "zu zehn Jahren Zuchthaus.",
            language="de",
        )
    )
    assert not [k for k in said if k[1] in {"accused_in", "tried_by"}]


def test_a_crime_said_in_a_clause_of_where_on_a_place_took_place_there(extractor: Extractor) -> None:
    """ "Nyabisindu church, where the massacre took place": there; "camps such as A, B and C, where the killing
    of detainees was routine": the first surely, the others of the list possibly; "where the killing had not
    begun": nowhere."""
    result = extractor.extract_text(
        "The refugees fled to Nyabisindu church, where the massacre of Tutsi took place on 16 April. Thousands "
        "were held in camps such as Omarska, Keraterm and Trnopolje, where the beating of detainees was routine. "
        "The delegates met in Kigali, where the killing of Tutsi had not begun."
    )
    names = {e.id: e.name for e in result.entities}
    where = {(names[r.subject], names[r.object]): r.confidence for r in result.relations
             if r.predicate == "occurred_in"}  # fmt: skip
    assert where[("massacre of Tutsi", "Nyabisindu church")] == 0.7
    assert where[("beating of detainees", "Omarska")] == 0.7
    assert where[("beating of detainees", "Trnopolje")] == 0.6
    assert not [k for k in where if k[0] == "killing of Tutsi"]


def test_who_did_a_crime_by_its_work_a_fronted_crime_and_coordinated_subjects(extractor: Extractor) -> None:
    """ "The killing of X was the work of Y": Y did it ("was not the work of" nothing); "In the Kocho massacre,
    ISIS fighters gathered the men and shot them": the massacre the clause is set in; "Soldiers, police and
    members of the Presidential Guard killed ...": a force among coordinated subjects."""
    found = relations(extractor.extract_text(
        "The killing of Jaime Fontaine in 1990 was the work of the Manuel Rodríguez Patriotic Front (FPMR). The "
        "killing of Ana Ruiz was not the work of the Lautaro Youth Movement (MJL). In the Kocho massacre of 15 "
        "August 2014, ISIS fighters gathered the residents in the school and shot them. During the Ruziba "
        "massacre, soldiers, policemen and members of the Presidential Guard killed dozens of villagers."
    ))  # fmt: skip
    assert ("Manuel Rodríguez Patriotic Front", "perpetrated", "killing of Jaime Fontaine") in found
    assert not [k for k in found if k[1] == "perpetrated" and k[2].startswith("killing of Ana Ruiz")]
    assert ("ISIS", "perpetrated", "Kocho massacre") in found
    assert ("Presidential Guard", "perpetrated", "Ruziba massacre") in found


REPORT = """Report of the International Commission of Inquiry on Ruritania

I. Findings

12. On 3 May 2021 soldiers of the 4th Brigade killed 40 villagers in Zenda. The shelling of Kharkiv by the national
army continued for a week.
"""


def test_the_crimes_of_a_report_by_a_body_of_inquiry_are_possibly_what_it_investigated(extractor: Extractor) -> None:
    result = extractor.extract_text(REPORT)
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    assert said[("shelling of Kharkiv", "investigated_by", "International Commission of Inquiry on Ruritania")] == 0.5
    # a news report that names a commission further down investigated nothing by it
    news = (
        "ZENDA, 4 May 2021 - Soldiers shelled Kharkiv for a week.\n\nThe shelling of Kharkiv by the national army "
        "was condemned by the International Commission of Inquiry on Ruritania."
    )
    result = extractor.extract_text(news)
    assert not [r for r in result.relations if r.predicate == "investigated_by" and r.method.endswith("report-author")]


@pytest.mark.parametrize(
    ("language", "text", "case", "court"),
    [
        ("es", "Reseña: Caso Masacre de Xamán vs. Guatemala. La Corte Interamericana de Derechos Humanos dictó "
               "sentencia en 2019.", "Caso Masacre de Xamán vs. Guatemala", "Corte Interamericana de Derechos Humanos"),
        ("en", "The Inter-American Court of Human Rights delivered its judgment in Gelman v. Uruguay in 2011.",
         "Gelman v. Uruguay", "Inter-American Court of Human Rights"),
    ],
)  # fmt: skip
def test_a_case_against_a_state_is_tried_by_the_court_of_human_rights(
    extractor: Extractor, language: str, text: str, case: str, court: str
) -> None:
    assert relations(extractor.extract_text(text, language=language)).get((case, "tried_by", court)) == 0.7


def test_the_state_a_case_is_against_is_accused_in_it(extractor: Extractor) -> None:
    said = relations(
        extractor.extract_text(
            "Reseña: Caso Masacre de Xamán vs. Guatemala. La Corte Interamericana de Derechos Humanos dictó "
            "sentencia en 2019 y declaró responsable al Estado guatemalteco.",
            language="es",
        )
    )
    assert said.get(("Estado guatemalteco", "accused_in", "Caso Masacre de Xamán vs. Guatemala")) == 0.6


def test_no_court_of_human_rights_tries_a_case_against_a_person_or_among_two(extractor: Extractor) -> None:
    # two courts of human rights: which tried the case the document does not say
    said = relations(
        extractor.extract_text(
            "Jaloud v. Netherlands was cited in the report. Both the Inter-American Court of Human Rights and the "
            "European Court of Human Rights have ruled on such matters."
        )
    )
    assert not [k for k in said if k[1] == "tried_by"]
    # a case against a person is no case against a state
    said = relations(
        extractor.extract_text(
            "Reseña: Caso Fiscal vs. Pedro Gómez Ruiz. La Corte Interamericana de Derechos Humanos dictó otra "
            "sentencia en 2019.",
            language="es",
        )
    )
    assert not [k for k in said if k[1] == "tried_by"]


def test_a_verdict_before_a_case_was_heard_is_not_in_it(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "Colonel Piet Varga was convicted by Trial Chamber II on 5 March 1999 of murder. Captain Lena Osei was "
            "tried in Prosecutor v. Dunmore et al. before Trial Chamber II in 2002. On 3 June 2003 Trial Chamber II "
            "convicted Lena Osei of persecution."
        )
    )
    case = "Prosecutor v. Dunmore et al."
    assert ("Lena Osei", "accused_in", case) in found
    # the chamber's verdict of 1999, before the case was heard, was in another case of its
    assert ("Piet Varga", "accused_in", case) not in found


def test_a_profiles_passing_case_and_another_bodys_acronym(extractor: Extractor) -> None:
    result = extractor.extract_text(
        'Unit profile: the "Wolves", reconnaissance platoon of the 3rd Guards Battalion, Bosnian Serb Army (VRS), '
        "eastern Bosnia, 1995\n\nPosition in the chain of command\nThe Wolves were the reconnaissance platoon of "
        "the 3rd Guards Battalion. The battalion operated near Zvornik.\n\nProsecutions\n- Goran Ilić: tried "
        "with four co-accused in Prosecutor v. Simić et al. and convicted by Trial Chamber I on 17 October 2003 "
        "of persecutions and murder as crimes against humanity for the shelling of Zvornik; 15 years.\n- Zoran "
        "Kovač: his case was transferred by the ICTY to the Court of Bosnia and Herzegovina, which sentenced him "
        "to 9 years' imprisonment.\n"
    )
    battalion = next(e for e in result.entities if e.name == "3rd Guards Battalion")
    assert "VRS" not in battalion.aliases  # the army's acronym, named after it on the line
    found = relations(result)
    case = "Prosecutor v. Simić et al."
    # a case named once, after a person the document does not name: whom another court judged is not in it
    assert not [k for k in found if k[0] == "Zoran Kovač" and k[2] == case]
    assert not [k for k in found if k[0] == case and k[1] == "tried_by" and "Court of Bosnia" in k[2]]


def test_a_group_a_persons_possessive_names_is_possibly_his_but_a_guard_is_no_ones(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Yusuf Barre's Hizb-i Watan shelled the city in 1994. President Omar Sallah's Republican Guard fired on "
        "protesters. The Ittihad-i Milli of Abdul Karim Wardak fought Watan forces in the west."
    ))  # fmt: skip
    assert found.get(("Yusuf Barre", "commands", "Hizb-i Watan")) == 0.6  # possible, not attested
    assert not [k for k in found if k[0] == "Omar Sallah" and k[1] in {"commands", "member_of"}]
    # a name the tagger missed after "of", which begins with a given name of the field
    assert found.get(("Abdul Karim Wardak", "commands", "Ittihad-i Milli")) == 0.6
    kinds = types(extractor.extract_text("Forces of Hizb-i Watan held the ridge. Later Watan lost it."))
    assert "Watan" not in kinds  # the body named short is the one its ezafe name names


def test_a_crown_case_in_a_heading_and_two_cases_named_together(extractor: Extractor) -> None:
    """ "R. v. Brown" on a line of its own was read as a section lettered "R."; "R. v. Brown and R. v. Seward"
    was one case, "R. v. Brown and R."."""
    result = extractor.extract_text(
        "The Petawawa courts martial: R. v. Brown and R. v. Seward\n\nR. v. Brown\nPrivate Kyle Brown was tried by "
        "a General Court Martial at Petawawa in 1994.\n\nR. v. Seward\nCaptain Mark Seward was tried in 1995."
    )
    cases = {e.name for e in result.entities if e.type == "Case"}
    assert cases == {"R. v. Brown", "R. v. Seward"}


def test_a_heading_line_without_a_stop_is_one_sentence(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Incidents\n\nKaburo massacre, 4 March 2003\n\nOn 4 March 2003 soldiers of the 3rd Brigade killed 40 villagers."
    )
    found = {e.name: e.type for e in result.entities}
    assert found.get("Kaburo massacre") == "Crime"  # the parser had cut "Kaburo" from its crime
    assert found.get("Kaburo") == "Location"


def test_a_case_named_in_quotes_whole_and_its_formal_title_are_one_case(extractor: Extractor) -> None:
    result = extractor.extract_text(
        'The "Maliana case", formally The Prosecutor v. Domingos Amaral and 5 others, concerned two killings. '
        'Nahimana et al. v. The Prosecutor (the "Radio case") was heard in 2003.'
    )
    cases = {e.name: e.aliases for e in result.entities if e.type == "Case"}
    maliana = next(n for n in cases if "Maliana" in n or "Domingos Amaral" in n)
    assert {"Maliana case", "The Prosecutor v. Domingos Amaral"} <= {maliana, *cases[maliana]}
    radio = next(n for n in cases if "Radio" in n or "Nahimana" in n)
    assert "Radio case" in {radio, *cases[radio]}
    assert len(cases) == 2  # the bracketed name is the title's, no case of its own
