"""Store rows: what a record becomes in the store, pinned.

Assertion ids are kept by stores already written (a reviewer's status hangs on them, and a re-import
finds its assertions by them), so the way they are made must never change. The values below were made
by the code that wrote those stores (the row-by-row graph.rows of 6588ada).
"""

from __future__ import annotations

from pathlib import Path

from graph import entities, ladybug_store
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.rows import as_rows, entity_columns, entity_row, relation_columns, relation_row
from ontology import load
from ontology.records import Entity, Relation, Span, check_entity, check_relation


def _commands() -> Relation:
    attributes = {"title": "General Officer Commanding", "rank": "Major General", "last_cited": "2015-01"}
    evidence = [Span(0, 5, "Abdul", "doc-b"), Span(document="doc-a", page=3)]
    return Relation("p-1", "commands", "o-1", "2014-03", None, attributes, 0.9, "sfm", evidence)


def test_assertion_ids_are_the_ids_stores_hold() -> None:
    evidence = [Span(0, 5, "Abdul", "doc-b"), Span(document="doc-a")]
    attributes = {"title": "General Officer Commanding", "rank": "Major General", "first_cited": "2014-03-02"}
    cases = {
        "a-09930c5ed527924a596ad9fc": Relation(
            "p-1", "commands", "o-1", "2014-03", None, attributes, evidence=evidence
        ),
        "a-fa3d433e065f28d15240841e": Relation("o-2", "part_of", "o-1", "2001"),
        "a-b3e803dcd6c186eeeff5b06a": Relation(
            "p-2", "perpetrated", "c-1", confidence=0.7, method="rule", evidence=[Span(3, 9, "Mladić", "Ŝ-doc")]
        ),
    }
    assert {r.assertion_id(): r for r in cases.values()}.keys() == cases.keys()


def test_a_relation_row_is_the_row_stores_hold() -> None:
    onto = load()
    r = check_relation(onto, _commands())
    assert relation_row(onto, r) == {
        "id": "a-b8bfd5cb48910e998908e448",
        "subject": "p-1",
        "object": "o-1",
        "evidence": [
            '{"document": "doc-b", "end": 5, "start": 0, "text": "Abdul"}',
            '{"document": "doc-a", "page": 3}',
        ],
        "sources": ["doc-a", "doc-b"],
        "from_key": "2014-03-00",
        "to_key": None,
        "cited_from_key": "2015-01-00",
        "cited_to_key": "2015-01-99",
        "rank": "Major General",
        "role": None,
        "title": "General Officer Commanding",
        "confidence": 0.9,
        "method": "sfm",
        "review_status": "unreviewed",
        "sensitivity": None,
        "valid_from": "2014-03",
        "valid_to": None,
        "first_cited": None,
        "last_cited": "2015-01",
    }


def test_an_entity_row_is_the_row_stores_hold() -> None:
    onto = load()
    e = check_entity(
        onto, Entity("p-1", "Person", "Ratko Mladić", ["Mladić", "General Mladic", "Ratko Mladić"], {"rank": "General"})
    )
    assert entity_row(onto, e) == {
        "id": "p-1",
        "keys": ["ratko mladic", "mladic", "general mladic"],
        "name": "Ratko Mladić",
        "aliases": ["Mladić", "General Mladic"],
        "birth_date": None,
        "death_date": None,
        "description": None,
        "gender": None,
        "rank": "General",
        "sensitivity": None,
        "title": None,
        "wikidata": None,
    }


def test_rows_made_together_are_the_rows_made_one_by_one() -> None:
    """A column a few rows leave empty stays null for the others, and a default fills only the rows without a value."""
    onto = load()
    people = [
        Entity("p-1", "Person", "Ratko Mladić", ["Mladić"], {"rank": "General"}),
        Entity("p-2", "Person", "Anwar Raslan"),
        Entity("p-3", "Person", "Eyad A.", attributes={"title": "officer", "sensitivity": "restricted"}),
    ]
    links = [
        _commands(),
        Relation("p-2", "commands", "o-2", attributes={"first_cited": "2012"}),
        Relation("p-3", "commands", "o-2", "2011", "2012", {"review_status": "confirmed", "sensitivity": "restricted"}),
    ]
    people = [check_entity(onto, e) for e in people]
    links = [check_relation(onto, r) for r in links]
    assert as_rows(entity_columns("Person", people)) == [entity_row(onto, e) for e in people]
    assert as_rows(relation_columns(onto, "commands", links)) == [relation_row(onto, r) for r in links]
    victims = [
        Relation("p-4", "victim_of", "c-1"),
        Relation("p-5", "victim_of", "c-1", attributes={"sensitivity": "public"}),
    ]
    victims = [check_relation(onto, r) for r in victims]
    rows = as_rows(relation_columns(onto, "victim_of", victims))
    assert rows == [relation_row(onto, r) for r in victims]
    assert [r["sensitivity"] for r in rows] == ["protected", "public"]


def test_two_records_of_one_node_in_one_load_keep_every_value_on_both_paths(tmp_path: Path) -> None:
    """The later record wins where it has a value; where it has none, the earlier one's value stays, whether
    the load copies in bulk or upserts row by row (the bulk path used to keep the later record only)."""
    units = [
        Entity(f"u{i}", "Organization", f"Unit {i}", attributes={"kind": "unit"})
        for i in range(ladybug_store.BULK_THRESHOLD)
    ]
    records = [
        Entity("p-1", "Person", "Ratko Mladić", attributes={"rank": "General", "title": "commander"}),
        Entity("p-1", "Person", "Ratko Mladic", ["Mladić"], {"title": "chief of staff", "rank": None}),
    ]
    stored = []
    for name, extra in (("bulk", units), ("upsert", [])):
        store = LadybugStore(tmp_path / name)
        prepare_store(store)
        report = load_records(store, [*extra, *records], [])
        assert report.entities == len(extra) + 2
        assert not report.rejected
        stored.append(entities.detail(store, "p-1")["entity"])
        store.close()
    assert stored[0] == stored[1]
    assert stored[0] == {
        "id": "p-1",
        "type": "Person",
        "name": "Ratko Mladic",
        "aliases": ["Mladić"],
        "attributes": {"rank": "General", "title": "chief of staff"},
    }


def test_a_value_with_no_column_is_left_out_not_a_crash() -> None:
    """As the rows made one dict at a time did: a change record written by an older version (`acg entity
    unmerge`) may hold an attribute the type has no more."""
    row = entity_row(load(), Entity("p-1", "Person", "Ratko Mladić", attributes={"rank": "General", "kind": "unit"}))
    assert row["rank"] == "General"
    assert "kind" not in row
