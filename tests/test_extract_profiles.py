"""A unit's profile as monitoring organisations write one (nlp/profiles.py): its fields say the unit's parents,
parts, commanders with their dates, base and areas. Real en_core_web_sm and the project's components, on a
profile written for these tests (its persons are invented)."""

from __future__ import annotations

from nlp.pipeline import Extractor

PROFILE = """Unit profile: 82 Division (82 Div)

Name: 82 Division of the Nigerian Army
Parent units: 3 Corps, part of the Nigerian Army
Headquarters: Enugu
Subordinate units named here: 13 Brigade; 34 Brigade
Areas of operation: Enugu, Abia, Anambra

Commanders:
- Major General David Okafor, from June 2016 to May 2019.
- Major General Samuel Adeyemi \u2013 first cited May 2019, last cited March 2022.
- Major General Ali Musa, installed in April 2022 as commander of 82 Div.
- Brigadier General Peter Nwosu, commander of 13 Brigade, first cited 2018.
Commander of 3 Corps: Lieutenant General Musa Bello, first cited 2019.

Reported abuses
Colonel John Eze ordered the arrest of protesters in Enugu in 2017.
"""


def _said(extractor: Extractor, text: str) -> set[tuple[str, str, str, str | None, str | None]]:
    result = extractor.extract_text(text)
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object], r.valid_from, r.valid_to) for r in result.relations}


def test_a_profiles_fields_say_its_links(extractor: Extractor) -> None:
    said = _said(extractor, PROFILE)
    assert ("82 Division", "part_of", "3 Corps", None, None) in said
    assert ("3 Corps", "part_of", "Nigerian Army", None, None) in said
    assert ("13 Brigade", "part_of", "82 Division", None, None) in said
    assert ("34 Brigade", "part_of", "82 Division", None, None) in said
    assert ("David Okafor", "commands", "82 Division", "2016-06", "2019-05") in said
    assert ("Samuel Adeyemi", "commands", "82 Division", "2019-05", "2022-03") in said
    assert [r for r in said if r[:3] == ("Ali Musa", "commands", "82 Division")]  # "commander of" its own name
    assert not [r for r in said if r[0] == "Peter Nwosu" and r[2] == "82 Division"]  # another unit's commander
    assert ("82 Division", "based_at", "Enugu", None, None) in said
    assert {("82 Division", "operated_in", p, None, None) for p in ("Abia", "Anambra")} <= said
    # another unit's commander, and a person of a section of prose, command nothing of the unit
    assert not [r for r in said if r[0] in {"Musa Bello", "John Eze"} and r[2] == "82 Division"]


def test_a_text_without_a_profiles_first_line_is_prose(extractor: Extractor) -> None:
    prose = PROFILE.replace("Unit profile: 82 Division (82 Div)", "A note on the 82 Division")
    assert not [r for r in _said(extractor, prose) if r[0] == "David Okafor" and r[1] == "commands"]


def test_a_parent_named_on_the_first_line_is_still_a_parent(extractor: Extractor) -> None:
    titled = PROFILE.replace("Unit profile: 82 Division (82 Div)", "Unit profile: 82 Division of the Nigerian Army")
    titled = titled.replace(
        "Parent units: 3 Corps, part of the Nigerian Army", "Parent units: Nigerian Army \u2013 first cited 2015"
    )
    assert ("82 Division", "part_of", "Nigerian Army", "2015", None) in _said(extractor, titled)


# A profile of another house style: the unit's name alone on the first line, then "Unit profile." with its
# sources; parents in prose; a commander's entry "NAME: took command on D1; suspended in D2"; subordinate units
# listed with their own commanders. Invented units and persons.
PROSE_PROFILE = """402nd Engineer Brigade (Lamarian Army Reserve)

Unit profile. Sources: inspector general's report (2019); press reporting 2018-2020.

Parent units
In the north the brigade was assigned to the Northern Task Command (NTC) and placed under the operational control of the Joint Coastal Force, commanded by Lieutenant General Oskar Veldt.

Commander
Brigadier General Hanna Ruutel: took command on 12 March 2017; suspended in February 2019.

Subordinate units (selection)
- 77th Engineer Battalion, a reserve battalion from Tarvo. Commander: Lieutenant Colonel Ants Kask, suspended from command in February 2019.
- 19th Bridging Company, from Vilde. Commander: Captain Peeter Sepp.

Co-located unit
- 31st Signal Brigade, commanded by Colonel Mart Laar.
"""  # noqa: E501


def test_a_profile_in_another_house_style(extractor: Extractor) -> None:
    said = _said(extractor, PROSE_PROFILE)
    assert ("402nd Engineer Brigade", "part_of", "Northern Task Command", None, None) in said
    assert ("402nd Engineer Brigade", "part_of", "Joint Coastal Force", None, None) in said
    assert ("Hanna Ruutel", "commands", "402nd Engineer Brigade", "2017-03-12", "2019-02") in said
    assert ("77th Engineer Battalion", "part_of", "402nd Engineer Brigade", None, None) in said
    assert ("Ants Kask", "commands", "77th Engineer Battalion", None, "2019-02") in said
    assert [r for r in said if r[:3] == ("Peeter Sepp", "commands", "19th Bridging Company")]
    # a subordinate's commander commands no more than it; a co-located unit is no part; who commands a parent
    # is no parent
    assert not [r for r in said if r[0] in {"Ants Kask", "Peeter Sepp"} and r[2] == "402nd Engineer Brigade"]
    assert not [r for r in said if r[0] == "31st Signal Brigade" and r[1] == "part_of"]
    assert not [r for r in said if r[0] == "Oskar Veldt" and r[2] == "402nd Engineer Brigade"]


def test_a_longer_heading_ends_the_commanders_field(extractor: Extractor) -> None:
    said = _said(
        extractor,
        "Unit profile: 9th Infantry Division\n\nCommander\nMajor General Ramon Cruz commanded the division from "
        "March 2004 to June 2006.\n\nOther officers named in the later trials\n- Sergeant Pedro Lim and Corporal "
        "Jose Tan.\n",
    )
    assert any(s == "Ramon Cruz" and p == "commands" for s, p, *_ in said)
    assert not [x for x in said if x[0] in {"Pedro Lim", "Jose Tan"} and x[1] == "commands"]  # no commanders


def test_a_list_of_commanders_that_names_each_ones_unit_first(extractor: Extractor) -> None:
    """ "Commanders (May 1999)", then "- 9th Brigade: Colonel X": X commands the brigade the entry names, not the
    profile's unit, and is not also made a member of it by the same line."""
    said = _said(
        extractor,
        "Unit profile: 2nd Battalion, 31st Rifles (Northern Division), 1998-1999\n\nCommanders (May 1999)\n"
        "- Northern Division: Major General Peter Olsen.\n- 9th Brigade: Colonel Mark Ruud.\n"
        "- Task Force Hammer: Lieutenant Colonel Jens Berg.\n- 2nd Battalion: Major Erik Dahl.\n",
    )
    commands = {(r[0], r[2]) for r in said if r[1] == "commands"}
    assert commands == {
        ("Peter Olsen", "Northern Division"), ("Mark Ruud", "9th Brigade"), ("Jens Berg", "Task Force Hammer"),
        ("Erik Dahl", "2nd Battalion"),
    }  # fmt: skip
    assert not [r for r in said if r[1] == "member_of"]


def test_a_parent_field_and_a_units_name_without_its_first_word(extractor: Extractor) -> None:
    """ "Parent: X" is a parent field; "Battalion 7-22", later in the text, is the "Signals Battalion 7-22" the
    profile is about (a name with a number, the tail of one longer name)."""
    said = _said(
        extractor,
        "Signals Battalion 7-22 (Lamaria)\nUnit profile\n\nType: military intelligence unit\n"
        "Parent: Lamarian Armed Forces\nArea of operations: Lamaria\n\nOverview\n"
        "Battalion 7-22 was a clandestine unit that abducted suspected opponents in the 1980s.",
    )
    assert ("Signals Battalion 7-22", "part_of", "Lamarian Armed Forces", None, None) in said
    assert not [r for r in said if r[0] == "Battalion 7-22" or r[2] == "Battalion 7-22"]


NAMED = """Unit profile: Rapid Intervention Battalion (BIR)

Name: Rapid Intervention Battalion (Bataillon d'intervention rapide, BIR), part of the Cameroonian Army
Other names: Light Intervention Battalion (2001-2007); Special Operations Group
Headquarters: Salak

Commanders:
- Colonel Pierre Mbarga, from 2014 to 2018.

Reported abuses
Soldiers of the Light Intervention Battalion detained suspects at Salak in 2005. In 2017 the BIR burned homes.
"""


def test_a_profiles_field_of_names_gives_the_units_other_names(extractor: Extractor) -> None:
    result = extractor.extract_text(NAMED)
    units = {e.name: e.aliases for e in result.entities if e.type == "Organization"}
    assert "Rapid Intervention Battalion" in units
    assert {"Light Intervention Battalion", "Special Operations Group"} <= set(units["Rapid Intervention Battalion"])
    assert "Cameroonian Army" not in units["Rapid Intervention Battalion"]  # its parent, not another name
    assert "Light Intervention Battalion" not in units
    assert "BIR" in units["Rapid Intervention Battalion"]  # the first line's acronym, the same unit further down
    said = _said(extractor, NAMED)
    assert ("Pierre Mbarga", "commands", "Rapid Intervention Battalion", "2014", "2018") in said
    # "Name: 82 Division of the Nigerian Army": the army after "of the" is its parent, not another name of it; a
    # country in brackets on the first line is none of its names
    country = extractor.extract_text(NAMED.replace("(BIR)", "(Cameroon)", 1))
    assert "Cameroon" not in next(e.aliases for e in country.entities if e.name == "Rapid Intervention Battalion")
    assert {e.name for e in extractor.extract_text(PROFILE).entities} >= {"82 Division", "Nigerian Army"}


def test_a_fields_heading_names_no_one(extractor: Extractor) -> None:
    text = (
        "Unit profile: 9th Infantry Brigade (9 Bde)\n\n"
        "Parent units: 2 Division, part of the Ruritanian Army\n"
        "Parent unit (2005): 1 Division\n"
        "Subordinate units named here: 91 Battalion; 92 Battalion\n"
    )
    names = {e.name for e in extractor.extract_text(text).entities}
    assert not names & {"Parent", "Parent units", "Parent unit", "Subordinate", "Subordinate units"}, names
    assert {"2 Division", "91 Battalion"} <= names


def test_a_commander_of_a_unit_named_otherwise_is_not_the_profiles(extractor: Extractor) -> None:
    """ "- Colonel X: commander of TF-9", "- Major General Y: commanding general of the 4th Division": each commands
    another unit (whether or not its name was read), never the profile's own; "commander of the company" is its own.
    A harm seen in a new document: every superior of the chain was made the company's commander."""
    said = _said(
        extractor,
        "Bravo Company, 2nd Battalion, 9th Rifles\n\nUnit profile\n\nParent units\n\nBravo Company is a rifle "
        "company of the 2nd Battalion, 9th Rifles (2/9), which served under Task Force 9 (TF-9) of the 4th "
        "Division.\n\nCommanders\n\n- Lieutenant Colonel Karl Lund: commander of 2/9 (first cited May 2004).\n"
        "- Captain Ole Berg: commander of the company (first cited May 2004).\n"
        "- Colonel Per Holm: commander of TF-9 (May 2004).\n"
        "- Major General Arne Vik: commanding general of the 4th Division (May 2004).\n",
    )
    commanders = {r[0] for r in said if r[1] == "commands" and r[2].startswith("Bravo Company")}
    assert commanders == {"Ole Berg"}
