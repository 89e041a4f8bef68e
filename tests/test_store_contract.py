"""The contract every store engine must pass, on the hand-built scenario of tests/scenario.py.

Engines: the embedded LadybugDB store, in a temporary directory per module,
twice: with the walks reading links from memory (its default, graph.hierarchy)
and with each link asked of the engine (what Neo4j does); and Neo4j when
NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD and, as the suite empties
the database, NEO4J_TEST_WIPE=yes). Without a server the
Neo4j run is skipped with that reason; its statements are still checked
against Neo4j's grammar in tests/test_cypher_grammar.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from graph import hierarchy
from graph.cypher.write import count_edges, count_nodes
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import chain, counts, find_entity, subordinates
from graph.store import Store
from ontology.errors import Conflict, NotFound, QueryInvalid
from ontology.records import Relation
from tests.neo4j import neo4j_store
from tests.scenario import ENTITIES, RELATIONS

STATEMENTS = "ladybug, links asked of the engine"


@pytest.fixture(scope="module", params=["ladybug", STATEMENTS, "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = neo4j_store() if request.param == "neo4j" else LadybugStore(tmp_path_factory.mktemp("contract") / "db")
    prepare_store(s)
    report = load_records(s, ENTITIES, RELATIONS)
    assert report.rejected == []
    with pytest.MonkeyPatch.context() as patch:
        if request.param == STATEMENTS:
            patch.setattr(hierarchy, "links", hierarchy.StoreLinks)
        yield s
    s.close()


def names(answer: Mapping[str, Any], key: str) -> dict[str, int]:
    return {e["name"]: e["distance"] for e in answer[key]}


def test_counts(store: Store) -> None:
    found = counts(store)
    assert found["nodes"] == {
        "Case": 1, "Crime": 1, "CrimeType": 56, "Location": 1, "Mechanism": 1, "Organization": 9, "Person": 6,
    }  # fmt: skip
    assert found["relationships"] == {
        "ACCUSED_IN": 1, "CHARGED_BY": 1, "COMMANDS": 4, "CONVICTED_BY": 1, "FINANCED": 1, "MEMBER_OF": 2,
        "OCCURRED_IN": 1, "OF_TYPE": 1, "ORDERED": 1, "PART_OF": 7, "PERPETRATED": 2, "SUPPLIED": 1, "TRIED_BY": 1,
    }  # fmt: skip


def test_change_of_commander_on_a_date(store: Store) -> None:
    before = names(chain(store, "Vinko Pandurević", "1995-07-10"), "superiors")
    after = names(chain(store, "Vinko Pandurević", "1995-07-15"), "superiors")
    assert before == {"Drina Corps": 1, "Army of Republika Srpska": 2, "Milenko Živanović": 2}
    assert after == {"Drina Corps": 1, "Army of Republika Srpska": 2, "Radislav Krstić": 2}


def test_without_a_date_everyone_who_ever_stood_above_with_periods(store: Store) -> None:
    answer = chain(store, "p-pandurevic")
    assert answer["at"] is None
    by_name = {e["name"]: e for e in answer["superiors"]}
    assert by_name["Milenko Živanović"]["valid_to"] == "1995-07-13"
    assert by_name["Radislav Krstić"]["valid_from"] == "1995-07-13"
    assert by_name["Radislav Krstić"]["distance"] == 2


def test_answer_shape_carries_paths_and_evidence(store: Store) -> None:
    answer = chain(store, "p-pandurevic", "1995-07-15")
    assert answer["subject"] == {"id": "p-pandurevic", "name": "Vinko Pandurević", "type": "Person"}
    krstic = next(e for e in answer["superiors"] if e["id"] == "p-krstic")
    assert [(s["subject"], s["predicate"], s["object"]) for s in krstic["path"]] == [
        ("p-pandurevic", "commands", "o-zvornik"),
        ("o-zvornik", "part_of", "o-drina"),
        ("p-krstic", "commands", "o-drina"),
    ]
    for step in krstic["path"]:
        assert step["evidence"][0]["document"].startswith("sha256:")
        assert step["method"] == "test"
        assert step["confidence"] == pytest.approx(0.8)


def test_a_unit_moved_from_one_parent_to_another(store: Store) -> None:
    assert "Drina Corps" in names(chain(store, "Bratunac Brigade", "1994-06"), "superiors")
    assert "Herzegovina Corps" not in names(chain(store, "Bratunac Brigade", "1994-06"), "superiors")
    later = names(chain(store, "Bratunac Brigade", "1995-06-01"), "superiors")
    assert "Herzegovina Corps" in later
    assert "Drina Corps" not in later


def test_unknown_bounds_are_kept_and_marked(store: Store) -> None:
    answer = chain(store, "Zvornik Brigade", "1993-01-01")
    vrs = next(e for e in answer["superiors"] if e["name"] == "Army of Republika Srpska")
    assert vrs["status"] == "possible"  # drina -> vrs has no dates at all
    cited = chain(store, "Herzegovina Corps", "1995-06-01")
    commander = next(e for e in cited["superiors"] if e["name"] == "Cited Commander")
    assert commander["status"] == "attested"  # cited on 1995-03-01 and 1995-09-30
    late = chain(store, "Herzegovina Corps", "1996-06-01")
    # Cited last before the date, and nobody cited since: the best inference, said with its reason.
    after = next(e for e in late["superiors"] if e["name"] == "Cited Commander")
    assert (after["status"], after["reason"]) == ("likely", "last cited 1995-09-30; no other commander cited since")
    early = chain(store, "Herzegovina Corps", "1994-06-01")
    assert next(e for e in early["superiors"] if e["name"] == "Cited Commander")["status"] == "possible"


def test_command_at_a_date_singles_out_the_commander_then(store: Store) -> None:
    """Drina Corps: Živanović commands until 13 July 1995, Krstić from that day (start and end dates)."""
    before = {e["name"]: e["status"] for e in chain(store, "Drina Corps", "1995-07-01")["superiors"]
              if e["type"] == "Person"}  # fmt: skip
    after = {e["name"]: e["status"] for e in chain(store, "Drina Corps", "1995-08-01")["superiors"]
             if e["type"] == "Person"}  # fmt: skip
    assert before == {"Milenko Živanović": "attested"}
    assert after == {"Radislav Krstić": "attested"}


def test_subordinates_mirror_the_chain(store: Store) -> None:
    assert names(subordinates(store, "Radislav Krstić", "1995-07-15"), "subordinates") == {
        "Zvornik Brigade": 1, "Vinko Pandurević": 2, "Ivan Horvat": 2,
    }  # fmt: skip
    assert "Bratunac Brigade" in names(subordinates(store, "Drina Corps", "1994-01"), "subordinates")
    assert "Bratunac Brigade" not in names(subordinates(store, "Drina Corps", "1995-03"), "subordinates")


def test_two_people_with_one_name_stay_apart(store: Store) -> None:
    with pytest.raises(Conflict) as caught:
        find_entity(store, "Ivan Horvat")
    assert "p-horvat-1" in str(caught.value)
    assert "p-horvat-2" in str(caught.value)
    assert find_entity(store, "p-horvat-2")["id"] == "p-horvat-2"
    with pytest.raises(Conflict):
        find_entity(store, "Horvat")


def test_names_match_without_diacritics_and_by_surname(store: Store) -> None:
    assert find_entity(store, "milenko zivanovic")["id"] == "p-zivanovic"
    assert find_entity(store, "Krstic")["id"] == "p-krstic"
    with pytest.raises(NotFound):
        find_entity(store, "Nobody Atall")


def test_a_cycle_in_bad_data_terminates(store: Store) -> None:
    assert names(chain(store, "Unit X"), "superiors") == {"Unit Y": 1}
    assert names(subordinates(store, "Unit X"), "subordinates") == {"Unit Y": 1}


def test_loading_again_changes_nothing(store: Store) -> None:
    before = counts(store)
    report = load_records(store, ENTITIES, RELATIONS)
    assert report.rejected == []
    assert counts(store) == before


def test_bad_records_are_reported_and_the_rest_goes_in(store: Store) -> None:
    bad = [
        Relation("p-krstic", "commands", "o-vrs", valid_from="July 1995"),
        Relation("p-krstic", "commands", "p-zivanovic"),
        Relation("p-krstic", "founded", "o-vrs"),
        Relation("p-nobody", "member_of", "o-vrs"),
    ]
    good = Relation("p-krstic", "member_of", "o-vrs", "1992", method="test")
    report = load_records(store, [], [*bad, good])
    assert report.relations == 1
    assert sorted(report.rejected) == [
        "relation p-krstic-commands->o-vrs.valid_from: 'July 1995' is not an ISO 8601 date "
        "(YYYY, YYYY-MM or YYYY-MM-DD)",
        "relation p-krstic-commands->p-zivanovic: commands does not link Person to Person",
        "relation p-krstic-founded->o-vrs.predicate: 'founded' is not one of " + ", ".join(
            sorted(["accused_in", "acquitted_by", "aided", "based_at", "charged_by", "commands", "convicted_by",
                    "financed", "investigated_by", "member_of", "occurred_in", "of_type", "operated_in", "ordered",
                    "part_of", "perpetrated", "supplied", "takes_part_in", "tried_by", "victim_of", "witness_in"])),
        "relation p-nobody-member_of->o-vrs: unknown entity p-nobody",
    ]  # fmt: skip


def test_a_failed_write_leaves_nothing_half_written(store: Store) -> None:
    before = store.read(count_nodes("Person"))[0]["n"]
    with pytest.raises(QueryInvalid):
        store.write([
            ("CREATE (:Person {id: 'p-half', name: 'Half Written'})", {}),
            ("THIS IS NOT CYPHER", {}),
        ])  # fmt: skip
    assert store.read(count_nodes("Person"))[0]["n"] == before
    assert store.read(count_edges("COMMANDS"))[0]["n"] == 4


def test_read_only_view_refuses_writes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "db"
    LadybugStore(path).close()
    view = LadybugStore(path, read_only=True)
    with pytest.raises(QueryInvalid, match="read-only"):
        view.read("CREATE NODE TABLE T(id STRING PRIMARY KEY)")
    view.close()


def test_links_kept_in_memory_follow_writes(tmp_path: Path) -> None:
    s = LadybugStore(tmp_path / "db")
    prepare_store(s)
    load_records(s, ENTITIES, RELATIONS)
    assert isinstance(hierarchy.links(s), hierarchy.MemoryLinks)
    assert hierarchy.links(s) is hierarchy.links(s)  # kept between walks
    before = names(chain(s, "Zvornik Brigade", "1995-07-15"), "superiors")
    assert "Herzegovina Corps" not in before
    load_records(s, [], [Relation("o-zvornik", "part_of", "o-herzegovina", "1995-07-01", method="test")])
    after = names(chain(s, "Zvornik Brigade", "1995-07-15"), "superiors")
    assert after == {**before, "Herzegovina Corps": 1, "Cited Commander": 2}
    s.close()
