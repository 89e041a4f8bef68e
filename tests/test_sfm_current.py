"""Security Force Monitor's current tables (the format sfm-cms imports): read, imported and queried.

tests/sfm_current holds tables written for these tests in that format (the columns of sfm-cms's importer
fixtures, rows of our own): units over several rows, records not ready (status 1 or 2) and rows marked
duplicate, a unit's membership of a task force, postings with start and end flags, a date that is not one,
an incident with its perpetrators, and a restricted source.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from graph.accountability import complicity
from graph.ladybug_store import LadybugStore
from graph.loader import prepare_store
from graph.queries import chain, counts
from graph.store import Store
from ingest.sfm import SfmRecords
from ingest.sfm_current import is_current, read_sfm_folder
from ingest.structured import import_sfm
from tests.conftest import ROOT
from tests.neo4j import neo4j_store

TABLES = ROOT / "tests" / "sfm_current"
ARMY, DIVISION, BRIGADE, BATTALION, TASK_FORCE = (
    f"sfm-unit-11111111-0000-4000-8000-00000000000{i}" for i in range(1, 6)
)
OKAFOR, BELLO = (f"sfm-person-22222222-0000-4000-8000-00000000000{i}" for i in (1, 2))
RAID = "sfm-incident-33333333-0000-4000-8000-000000000001"


def _source(n: int) -> str:
    return f"sfm-source-00000000-0000-4000-8000-{n:012d}"


def ready(table: str) -> int:
    """What sfm-cms's own importer test expects of a table: distinct ids of status 3 not marked duplicate."""
    prefix = table[:-1]
    with (TABLES / f"{table}.csv").open(encoding="utf-8") as f:
        return len({
            r[f"{prefix}:id:admin"] for r in csv.DictReader(f)
            if r[f"{prefix}:status:admin"] == "3" and "duplicate" not in r[f"{prefix}:comments:admin"].lower()
        })  # fmt: skip


@pytest.fixture(scope="module")
def records() -> SfmRecords:
    assert is_current(TABLES)
    return read_sfm_folder(TABLES)


def test_only_ready_records_that_are_not_duplicates(records: SfmRecords) -> None:
    types = [e.type for e in records.entities]
    assert types.count("Organization") == ready("units") == 5
    assert types.count("Person") == ready("persons") == 3
    assert types.count("Crime") == ready("incidents") == 1
    assert types.count("Document") == 9  # every access point of the sources table
    assert len({e.id for e in records.entities}) == len(records.entities)


def test_units_postings_and_their_dates(records: SfmRecords) -> None:
    links = {(r.subject, r.predicate, r.object): r for r in records.relations}
    assert {k for k in links if k[1] == "part_of"} == {
        (DIVISION, "part_of", ARMY), (BRIGADE, "part_of", DIVISION), (BATTALION, "part_of", BRIGADE),
    }  # fmt: skip
    brigade = links[(BRIGADE, "part_of", DIVISION)]
    assert (brigade.valid_from, brigade.valid_to) == ("2014-03-01", "2016-06")  # start "Y", open "E": its end
    assert brigade.confidence == 0.6
    assert [e.document for e in brigade.evidence] == [_source(2), _source(3)]
    command = links[(OKAFOR, "commands", BRIGADE)]
    assert (command.valid_from, command.valid_to, command.attributes["rank"]) == ("2015-01-10", "2016",
                                                                                  "Brigadier General")  # fmt: skip
    staff = links[(OKAFOR, "member_of", DIVISION)]  # a staff post: cited dates only, no start or end
    assert (staff.valid_from, staff.valid_to) == (None, None)
    assert (staff.attributes["first_cited"], staff.attributes["last_cited"]) == ("2012", "2013")
    army = next(e for e in records.entities if e.id == ARMY)
    assert (army.name, army.aliases) == ("Ruritanian Army", ["RA", "The Army"])  # the trailing space trimmed
    okafor = next(e for e in records.entities if e.id == OKAFOR)
    assert (okafor.attributes["gender"], okafor.attributes["birth_date"]) == ("male", "1968")
    assert "death_date" not in okafor.attributes  # "deceased: N"


def test_an_incident_is_a_crime_with_its_place_types_and_perpetrators(records: SfmRecords) -> None:
    crime = next(e for e in records.entities if e.id == RAID)
    assert (crime.attributes["start_date"], crime.attributes["end_date"]) == ("2015-04-12", "2015-04-13")
    links = {(r.subject, r.predicate, r.object): r for r in records.relations}
    assert (BATTALION, "perpetrated", RAID) in links
    assert (BELLO, "perpetrated", RAID) in links
    assert (RAID, "of_type", "torture") in links
    assert (RAID, "occurred_in", "sfm-location-44444444-0000-4000-8000-000000000001") in links
    assert [e.document for e in links[(BELLO, "perpetrated", RAID)].evidence] == [_source(8), _source(9)]
    places = {e.id: e.name for e in records.entities if e.type == "Location"}
    assert places["sfm-location-44444444-0000-4000-8000-000000000001"] == "Baga"


def test_a_units_membership_of_a_task_force_is_no_subordination(records: SfmRecords) -> None:
    """A "member" relation: the battalion takes part in the Joint Task Force, with its dates; it is not a
    link of the chain of command (no part_of)."""
    task_force = "sfm-unit-11111111-0000-4000-8000-000000000005"
    links = {(r.subject, r.predicate, r.object): r for r in records.relations}
    member = links[(BATTALION, "takes_part_in", task_force)]
    assert member.confidence == 0.6
    assert (BATTALION, "part_of", task_force) not in links


def test_a_units_site_is_where_it_is_based(records: SfmRecords) -> None:
    """ "site", base "Kaduna barracks": the division is based at a Location of that name."""
    division = "sfm-unit-11111111-0000-4000-8000-000000000002"
    places = {e.id: e.name for e in records.entities if e.type == "Location"}
    based = [r for r in records.relations if r.subject == division and r.predicate == "based_at"]
    assert [places[r.object] for r in based] == ["Kaduna barracks"]
    assert not [p for p in records.problems if "unit:location" in p]


def test_what_cannot_be_read_is_reported_by_file_line_and_field(records: SfmRecords) -> None:
    problems = records.problems
    assert not [p for p in problems if "unit:relation_type" in p]  # a membership is read (takes_part_in)
    assert any(p.startswith("persons.csv:4: person:posting_first_cited_date: 2015-13-") for p in problems)
    assert any(p.startswith("persons.csv:6: person:posting_unit_id:admin:") for p in problems)  # unit not ready
    assert any(p.startswith("persons_extra.csv:3: person_extra:id:admin:") for p in problems)
    assert any("'Forced labour' names no crime type" in p for p in problems)
    restricted = next(e for e in records.entities if e.id == _source(1))
    assert restricted.attributes["sensitivity"] == "restricted"


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = neo4j_store() if request.param == "neo4j" else LadybugStore(tmp_path_factory.mktemp("sfmc") / "db")
    prepare_store(store)
    done = import_sfm(store, TABLES)
    assert done.report.rejected == []
    yield store
    store.close()


def test_imported_on_each_engine_chain_and_complicity(loaded: Store) -> None:
    found = counts(loaded)["relationships"]
    assert (found["PART_OF"], found["COMMANDS"], found["PERPETRATED"], found["OCCURRED_IN"], found["BASED_AT"]) == (
        3, 2, 2, 1, 1,
    )  # fmt: skip
    answer = chain(loaded, BATTALION, at="2015-06-01")
    names = [step["name"] for step in answer["superiors"] if step["type"] == "Person"]
    assert names[:2] == ["Musa Bello", "Emeka Okafor"]  # the battalion's commander, then the brigade's
    implicated = complicity(loaded, RAID)
    assert {a["id"] for a in implicated["agents"]} >= {BATTALION, BELLO}


def test_cli_imports_the_current_format(acg: Callable[..., CompletedProcess[str]], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    result = acg("import", "--format", "sfm", str(TABLES), "--home", home)
    assert result.returncode == 0, result.stderr
    assert "warning: persons.csv:4: person:posting_first_cited_date" in result.stderr
