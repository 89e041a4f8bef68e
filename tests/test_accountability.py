"""Complicity, impunity, cases and paths on the hand-built scenario (tests/scenario.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from graph.accountability import case, complicity, impunity, outcomes_outside_cases, path
from graph.connect import embedded_path
from graph.entities import detail
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import chain, subordinates
from graph.review import review
from graph.store import Store
from ontology.errors import InvalidInput, NotFound
from tests.neo4j import neo4j_store
from tests.scenario import ENTITIES, RELATIONS


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    store = LadybugStore(embedded_path(home))
    prepare_store(store)
    assert load_records(store, ENTITIES, RELATIONS).rejected == []
    store.close()
    return home


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def store(request: pytest.FixtureRequest, home: Path) -> Iterator[Store]:
    """The scenario on each engine: the embedded store read-only, and the session's Neo4j."""
    if request.param == "neo4j":
        view = neo4j_store()
        prepare_store(view)
        assert load_records(view, ENTITIES, RELATIONS).rejected == []
    else:
        view = LadybugStore(embedded_path(home), read_only=True)
    yield view
    view.close()


def roles(entries: list[dict[str, object]]) -> set[tuple[object, object, object]]:
    return {(e["name"], e["role"], e["distance"]) for e in entries}


def test_complicity_of_a_crime_reaches_suppliers_and_financiers_of_its_perpetrators(store: Store) -> None:
    answer = complicity(store, "Kravica warehouse killings")
    assert roles(answer["agents"]) == {
        ("Zvornik Brigade", "perpetrated", 1), ("Ivan Horvat", "perpetrated", 1), ("Radislav Krstić", "ordered", 1),
        ("Acme Arms", "supplied", 2), ("Banca Nera", "financed", 3),
        ("Vinko Pandurević", "commanded the perpetrating unit", 2),
    }  # fmt: skip
    # He commanded the brigade from 1992, no end known: possible at the time of the killings, not attested.
    commander = next(a for a in answer["agents"] if a["role"] == "commanded the perpetrating unit")
    assert commander["status"] == "possible"
    assert [(s["subject_name"], s["predicate"]) for s in commander["path"]] == [
        ("Zvornik Brigade", "perpetrated"), ("Vinko Pandurević", "commands")]  # fmt: skip
    banca = next(a for a in answer["agents"] if a["name"] == "Banca Nera")
    assert [(s["subject"], s["predicate"], s["object"]) for s in banca["path"]] == [
        ("o-zvornik", "perpetrated", "c-kravica"),
        ("o-acme", "supplied", "o-zvornik"),
        ("o-banca", "financed", "o-acme"),
    ]
    assert all(s["evidence"] for s in banca["path"])


def test_complicity_of_a_company_reaches_the_crimes(store: Store) -> None:
    answer = complicity(store, "Banca Nera")
    assert [(c["name"], c["role"], c["distance"]) for c in answer["crimes"]] == [
        ("Kravica warehouse killings", "perpetrated", 3)
    ]
    assert answer["agents"] == []
    # Whom it financed, and whom they supplied in turn: an answer even where no crime is recorded.
    assert roles(answer["supported"]) == {("Acme Arms", "financed", 1), ("Zvornik Brigade", "supplied", 2)}


def test_complicity_of_a_unit_and_of_a_case(store: Store) -> None:
    unit = complicity(store, "Zvornik Brigade")
    assert roles(unit["agents"]) == {("Acme Arms", "supplied", 1), ("Banca Nera", "financed", 2)}
    assert [c["name"] for c in unit["crimes"]] == ["Kravica warehouse killings"]
    assert roles(complicity(store, "Prosecutor v. Radislav Krstic")["agents"]) == {("Radislav Krstić", "accused_in", 1)}
    with pytest.raises(NotFound):
        complicity(store, "International Criminal Tribunal for the former Yugoslavia")


def test_impunity_lists_the_implicated_nobody_tried(store: Store) -> None:
    answer = impunity(store)
    assert [(p["name"], [(c["name"], c["how"]) for c in p["crimes"]]) for p in answer["unaccounted"]] == [
        ("Ivan Horvat", [("Kravica warehouse killings", "perpetrated")])
    ]
    # Krstić ordered but was tried; Pandurević commanded the perpetrators but was charged.
    assert answer["outcomes"] == [{"id": "m-icty", "name": "International Criminal Tribunal for the former Yugoslavia",
                                   "kind": "international_court", "charged_by": 1, "convicted_by": 1}]  # fmt: skip
    # Each filter applies to both tables: the ICTY sits in no country of its own and tried people
    # implicated in crimes in Bosnia; nothing of it is about France.
    bosnia = impunity(store, country="BA")
    assert [p["name"] for p in bosnia["unaccounted"]] == ["Ivan Horvat"]
    assert bosnia["outcomes"] == answer["outcomes"]
    assert impunity(store, country="FR") | {"country": None} == {
        "country": None, "mechanism": None, "unaccounted": [], "outcomes": []}  # fmt: skip
    assert impunity(store, mechanism="m-icty")["outcomes"] == answer["outcomes"]
    with pytest.raises(NotFound):
        impunity(store, mechanism="nothing")


def test_case_gives_court_accused_outcomes_and_sentences(store: Store) -> None:
    answer = case(store, "k-krstic")
    assert [c["name"] for c in answer["courts"]] == ["International Criminal Tribunal for the former Yugoslavia"]
    assert answer["courts"][0]["valid_from"] == "1998-12"
    (accused,) = answer["accused"]
    assert accused["name"] == "Radislav Krstić"
    (outcome,) = accused["outcomes"]
    assert outcome["predicate"] == "convicted_by"
    assert (outcome["sentence"], outcome["verdict"], outcome["crime_types"]) == ("35 years", "upheld", ["genocide"])
    with pytest.raises(NotFound, match="not a case"):
        case(store, "Drina Corps")


def test_an_empty_date_is_refused_not_read_as_none(store: Store) -> None:
    with pytest.raises(InvalidInput, match="at: empty"):
        chain(store, "Krstic", "")
    with pytest.raises(InvalidInput, match="at: empty"):
        subordinates(store, "Drina Corps", " ")


def test_outcomes_in_no_case_say_which_court_dealt_with_someone(store: Store) -> None:
    """Pandurević was charged by the ICTY in no case the sources name: "which court dealt with him" still has
    an answer; Krstić's conviction is his case's and is not said twice; a case has none of its own."""
    (charge,) = outcomes_outside_cases(store, "Pandurevic")
    assert (charge["predicate"], charge["mechanism"], charge["date"]) == ("charged_by", "m-icty", "2002-06")
    assert outcomes_outside_cases(store, "Krstic") == []
    assert outcomes_outside_cases(store, "k-krstic") == []


def test_path_between_two_entities_with_and_without_filters(store: Store) -> None:
    answer = path(store, "Banca Nera", "Kravica warehouse killings")
    assert [[(s["subject"], s["predicate"], s["object"]) for s in p["path"]] for p in answer["paths"]] == [
        [
            ("o-banca", "financed", "o-acme"),
            ("o-acme", "supplied", "o-zvornik"),
            ("o-zvornik", "perpetrated", "c-kravica"),
        ]
    ]
    filtered = path(store, "Krstic", "Pandurevic", via=("commands", "part_of"))
    assert [s["predicate"] for s in filtered["paths"][0]["path"]] == ["commands", "part_of", "commands"]
    assert path(store, "Banca Nera", "Kravica warehouse killings", via=("commands",))["paths"] == []
    with pytest.raises(InvalidInput, match="--via"):
        path(store, "Krstic", "Pandurevic", via=("knows",))


def test_cli_answers_as_json_and_tables(acg: Callable[..., CompletedProcess[str]], home: Path) -> None:
    result = acg("complicity", "Kravica warehouse killings", "--home", str(home), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {a["name"] for a in json.loads(result.stdout)["agents"]} >= {"Acme Arms", "Banca Nera"}
    table = acg("impunity", "--home", str(home))
    assert "Ivan Horvat" in table.stdout
    assert "International Criminal Tribunal for the former Yugoslavia" in table.stdout
    assert "35 years" in acg("case", "k-krstic", "--home", str(home)).stdout
    # A person's cases, by the person's name; an entity's history by its name.
    assert "Prosecutor v. Radislav Krstić" in acg("case", "Radislav Krstić", "--home", str(home)).stdout
    assert acg("entity", "history", "Radislav Krstić", "--home", str(home)).returncode == 0
    # Paths name their ends, in the table and in the JSON.
    assert (
        "Acme Arms supplied Zvornik Brigade"
        in acg("path", "Banca Nera", "Kravica warehouse killings", "--home", str(home)).stdout
    )
    steps = [s for a in json.loads(result.stdout)["agents"] for s in a["path"]]
    assert steps
    assert all(s["subject_name"] and s["object_name"] and s["subject_type"] and s["object_type"] for s in steps)
    ambiguous = acg("chain", "Ivan Horvat", "--home", str(home))
    assert ambiguous.returncode == 1
    assert ambiguous.stderr.startswith("Error: 'Ivan Horvat' names 2 entities")


def test_rejected_assertions_are_kept_but_left_out_of_answers(tmp_path: Path) -> None:
    """A reviewer's "rejected" takes a link out of every answer; the record keeps it."""
    store = LadybugStore(embedded_path(tmp_path))
    prepare_store(store)
    assert load_records(store, ENTITIES, RELATIONS).rejected == []

    def reject(subject: str, predicate: str, obj: str) -> None:
        relation = next(r for r in RELATIONS if (r.subject, r.predicate, r.object) == (subject, predicate, obj))
        review(store, relation.assertion_id(), "reject")

    try:
        before = {c["name"] for c in chain(store, "Zvornik Brigade", at="1995-07-01")["superiors"]}
        assert {"Milenko \u017divanovi\u0107", "Army of Republika Srpska"} < before
        for rejected in [("p-zivanovic", "commands", "o-drina"), ("o-acme", "supplied", "o-zvornik"),
                         ("p-pandurevic", "charged_by", "m-icty"), ("o-drina", "part_of", "o-vrs")]:  # fmt: skip
            reject(*rejected)
        names = {c["name"] for c in chain(store, "Zvornik Brigade", at="1995-07-01")["superiors"]}
        agents = {a["name"] for a in complicity(store, "Kravica warehouse killings")["agents"]}
        unaccounted = [p["name"] for p in impunity(store)["unaccounted"]]
        assert names == {"Vinko Pandurevi\u0107", "Drina Corps"}
        below = {s["name"] for s in subordinates(store, "Army of Republika Srpska")["subordinates"]}
        assert "Herzegovina Corps" in below
        assert not below & {"Drina Corps", "Zvornik Brigade"}
        assert agents == {"Zvornik Brigade", "Ivan Horvat", "Radislav Krsti\u0107", "Vinko Pandurevi\u0107"}
        assert unaccounted == ["Ivan Horvat", "Vinko Pandurevi\u0107"]
        assert path(store, "Banca Nera", "Kravica warehouse killings")["paths"] == []
        # Still there for the record: the entity's own page lists it, with its status.
        shown = detail(store, "o-acme")["relations"]
        assert [r["review_status"] for r in shown if r["predicate"] == "supplied"] == ["rejected"]
    finally:
        store.close()


def test_timeline_of_a_unit_a_person_and_a_case(store: Store) -> None:
    from graph.timeline import timeline

    drina = timeline(store, "Drina Corps")["events"]
    commanders = [(e["other"]["name"], e["from"], e["to"], e["dates"]) for e in drina if e["predicate"] == "commands"]
    assert commanders == [("Milenko Živanović", "1992-11", "1995-07-13", "start / end"),
                          ("Radislav Krstić", "1995-07-13", "1995-11", "start / end")]  # fmt: skip
    assert [e["from"] for e in drina if e["from"]] == sorted(e["from"] for e in drina if e["from"])
    herzegovina = timeline(store, "Herzegovina Corps")["events"]
    cited = next(e for e in herzegovina if e["predicate"] == "commands")
    assert (cited["from"], cited["to"], cited["dates"]) == ("1995-03-01", "1995-09-30", "first cited / last cited")
    krstic = [(e["predicate"], e["from"], e["dates"]) for e in timeline(store, "Radislav Krstić")["events"]]
    assert ("convicted_by", "2001-08-02", "date") in krstic
    assert ("commands", "1995-07-13", "start / end") in krstic
    case_events = timeline(store, "k-krstic")["events"]
    assert {e["predicate"] for e in case_events} == {"accused_in", "tried_by", "convicted_by"}
    verdict = next(e for e in case_events if e["predicate"] == "convicted_by")
    assert verdict["details"]["sentence"] == "35 years"
    assert verdict["subject_name"] == "Radislav Krstić"
    with pytest.raises(NotFound, match="a timeline is of a unit, a person or a case"):
        timeline(store, "Kravica warehouse killings")


def test_answers_cite_sources_by_title_publisher_and_date(tmp_path: Path) -> None:
    from graph.timeline import timeline
    from ontology.records import Entity
    from tests.scenario import DOC

    store = LadybugStore(tmp_path / "db")
    prepare_store(store)
    report = Entity(DOC, "Document", "ICTY Trial Judgment, Krstić", attributes={
        "sha256": "0" * 64, "publisher": "ICTY", "published": "2001-08-02"})  # fmt: skip
    load_records(store, [*ENTITIES, report], RELATIONS)
    cited = {"title": "ICTY Trial Judgment, Krstić", "publisher": "ICTY", "published": "2001-08-02"}
    answers = {
        "chain": chain(store, "Zvornik Brigade", "1995-07-15")["superiors"][0]["path"][0]["evidence"],
        "complicity": complicity(store, "Kravica warehouse killings")["agents"][0]["path"][0]["evidence"],
        "case": case(store, "k-krstic")["accused"][0]["outcomes"][0]["evidence"],
        "timeline": timeline(store, "Drina Corps")["events"][0]["evidence"],
    }
    store.close()
    assert {name: [e.get("source") for e in evidence] for name, evidence in answers.items()} == {
        name: [cited] for name in answers}  # fmt: skip


def test_units_where_a_crime_happened_when_it_happened_are_possible_leads_not_parties() -> None:
    """A unit based in the town (cited then) and one operating there with no period known are listed as
    present, possible; one whose base there ended years before is not; none of them is an agent."""
    from ontology.records import Entity, Relation

    view = LadybugStore(None)
    prepare_store(view)
    ents = [
        Entity("c1", "Crime", "killings at Bama market", attributes={"start_date": "2014-03-14"}),
        Entity("bama", "Location", "Bama"),
        Entity("u-based", "Organization", "21 Brigade", attributes={"kind": "unit"}),
        Entity("u-area", "Organization", "7 Division", attributes={"kind": "unit"}),
        Entity("u-gone", "Organization", "3 Battalion", attributes={"kind": "unit"}),
    ]
    rels = [
        Relation("c1", "occurred_in", "bama", method="test"),
        Relation(
            "u-based", "based_at", "bama", method="test", attributes={"first_cited": "2013-06", "last_cited": "2016-01"}
        ),
        Relation("u-area", "operated_in", "bama", method="test"),
        Relation("u-gone", "based_at", "bama", valid_from="2001", valid_to="2005", method="test"),
    ]
    assert load_records(view, ents, rels).rejected == []
    answer = complicity(view, "killings at Bama market")
    assert {(e["name"], e["role"], e["status"]) for e in answer["present"]} == {
        ("21 Brigade", "based where it happened", "possible"),
        ("7 Division", "operating where it happened", "possible"),
    }
    first = answer["present"][0]["path"]  # in order of name: 21 Brigade
    assert [(s["subject"], s["predicate"], s["object"]) for s in first] == [
        ("c1", "occurred_in", "bama"), ("u-based", "based_at", "bama"),
    ]  # fmt: skip
    assert answer["agents"] == []
    view.close()
