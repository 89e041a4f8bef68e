"""Merging entities by hand, undoing it, and splitting off what one document said (acg entity)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from graph import export
from graph.connect import embedded_path
from graph.entities import detail
from graph.identity import split_document
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.review import review
from graph.store import Store
from ingest.resolve import append_log
from ontology.errors import InvalidInput
from ontology.records import Relation, Span
from tests.scenario import DOC, ENTITIES, RELATIONS

Acg = Callable[..., CompletedProcess[str]]
OTHER_DOC = "sha256:" + "1" * 64


def _home(tmp_path: Path, relations: list[Relation] = RELATIONS) -> Path:
    store = LadybugStore(embedded_path(tmp_path))
    prepare_store(store)
    assert load_records(store, ENTITIES, relations).rejected == []
    store.close()
    return tmp_path


def _open(home: Path) -> Store:
    return LadybugStore(embedded_path(home))


def _nt(home: Path) -> list[str]:
    store = _open(home)
    try:
        out = io.StringIO()
        export.export(store, "nt", None, out, export.Selection(hidden_levels=()))
        return sorted(out.getvalue().splitlines())
    finally:
        store.close()


def _links(home: Path, entity_id: str) -> list[tuple[str, str, str, str]]:
    store = _open(home)
    try:
        found = detail(store, entity_id)["relations"]
        return sorted((r["id"], r["subject"], r["predicate"], r["object"]) for r in found)
    finally:
        store.close()


def test_merge_moves_everything_and_its_undo_gives_the_store_back(acg: Acg, tmp_path: Path) -> None:
    home = _home(tmp_path)
    before = _nt(home)
    second = _links(home, "p-horvat-2")
    merged = acg("entity", "merge", "p-horvat-2", "p-horvat-1", "--reason", "same driver, ICTY exhibit P123",
                 "--by", "editor-a", "--home", str(home))  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    change = merged.stdout.split(":")[0]
    after = _links(home, "p-horvat-1")
    gone = acg("entity", "history", "p-horvat-1", "--format", "json", "--home", str(home))
    # Once merged, the name is one person's: the history by name is the history by id.
    by_name = acg("entity", "history", "Ivan Horvat", "--format", "json", "--home", str(home))
    undone = acg("entity", "split", "p-horvat-1", "--undo", change, "--reason", "exhibit misread",
                 "--home", str(home))  # fmt: skip
    again = acg("entity", "split", "p-horvat-1", "--undo", change, "--reason", "twice", "--home", str(home))

    assert "1 assertions moved" in merged.stdout
    # The moved assertion keeps its id, now with the first Horvat as subject.
    assert [(i, "p-horvat-1", p, o) for i, _, p, o in second] == [a for a in after if a[3] == "o-bratunac"]
    entries = json.loads(gone.stdout)
    assert json.loads(by_name.stdout) == entries
    assert [(e["action"], e["who"], e["reason"]) for e in entries] == [
        ("merge", "editor-a", "same driver, ICTY exhibit P123")]  # fmt: skip
    assert undone.returncode == 0, undone.stderr
    assert _nt(home) == before  # every triple as it was: names, aliases, assertions and their evidence
    assert again.returncode == 1
    assert "undone already" in again.stderr


def test_merge_refuses_two_kinds_and_unknown_names(acg: Acg, tmp_path: Path) -> None:
    home = _home(tmp_path)
    kinds = acg("entity", "merge", "p-krstic", "o-drina", "--reason", "x", "--home", str(home))
    unknown = acg("entity", "merge", "Nobody At All", "p-krstic", "--reason", "x", "--home", str(home))
    ambiguous = acg("entity", "merge", "Ivan Horvat", "p-krstic", "--reason", "x", "--home", str(home))
    assert kinds.returncode == 1
    assert "is a Person and o-drina a Organization" in kinds.stderr
    assert unknown.returncode == 1
    assert "Nobody At All" in unknown.stderr
    assert ambiguous.returncode == 1
    assert "p-horvat-1" in ambiguous.stderr
    assert _links(home, "p-krstic")  # nothing changed


def test_undo_keeps_a_review_made_after_the_merge(acg: Acg, tmp_path: Path) -> None:
    home = _home(tmp_path)
    moved_id = _links(home, "p-horvat-2")[0][0]
    change = acg("entity", "merge", "p-horvat-2", "p-horvat-1", "--reason", "r", "--home", str(home))
    store = _open(home)
    review(store, moved_id, "reject")
    store.close()
    acg("entity", "split", "p-horvat-1", "--undo", change.stdout.split(":")[0], "--reason", "r", "--home", str(home))
    store = _open(home)
    try:
        back = [r for r in detail(store, "p-horvat-2")["relations"] if r["id"] == moved_id]
    finally:
        store.close()
    assert [r["review_status"] for r in back] == ["rejected"]


def test_split_off_what_one_document_said(acg: Acg, tmp_path: Path) -> None:
    """Krstić's command of the Drina Corps is cited by two documents, his order only by the other one:
    the other document was about someone else of that name."""
    other = [Span(0, 20, "General R. Krstic commanded", OTHER_DOC)]
    relations = [
        replace(r, evidence=[*r.evidence, *other]) if (r.subject, r.predicate) == ("p-krstic", "commands") else r
        for r in RELATIONS
        if (r.subject, r.predicate) != ("p-krstic", "ordered")
    ] + [Relation("p-krstic", "ordered", "c-kravica", method="test", evidence=[Span(0, 9, "R. Krstic", OTHER_DOC)])]
    home = _home(tmp_path, relations)
    append_log(home / "resolution.jsonl", [
        {"document": OTHER_DOC, "mention": "e1", "type": "Person", "name": "R. Krstic", "canonical": "p-krstic",
         "reason": "shared name: 'r krstic'"}])  # fmt: skip
    done = acg("entity", "split", "Radislav Krstić", "--document", OTHER_DOC, "--reason", "another officer",
               "--home", str(home))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 assertions moved, 1 divided" in done.stdout
    new_id = done.stdout.split("split ")[1].split(" ")[0]
    krstic, split_off = _links(home, "p-krstic"), _links(home, new_id)
    assert ("ordered", "c-kravica") not in {(p, o) for _, _, p, o in krstic}
    assert {(p, o) for _, _, p, o in split_off} == {("ordered", "c-kravica"), ("commands", "o-drina")}
    store = _open(home)
    try:
        commands = [r for r in detail(store, "p-krstic")["relations"] if r["predicate"] == "commands"]
        theirs = [r for r in detail(store, new_id)["relations"] if r["predicate"] == "commands"]
        assert [e["document"] for r in commands for e in r["evidence"]] == [DOC]
        assert [e["document"] for r in theirs for e in r["evidence"]] == [OTHER_DOC]
        assert detail(store, new_id)["entity"]["name"] == "R. Krstic"
    finally:
        store.close()


def test_a_split_takes_the_rank_and_title_the_document_gave(acg: Acg, tmp_path: Path) -> None:
    """The other document made Krstić a Major and Chief of Staff (the stored values: it came last). Split
    off, the new person has that rank and title; Krstić is a General again, as the first document said,
    and keeps the title, which no other document gave (it may have come from an editor: nothing is dropped)."""
    relations = [
        *RELATIONS,
        Relation("p-krstic", "ordered", "c-kravica", method="test", evidence=[Span(0, 9, "R. Krstic", OTHER_DOC)]),
    ]
    store = LadybugStore(embedded_path(tmp_path))
    prepare_store(store)
    entities = [replace(e, attributes={**e.attributes, "rank": "Major", "title": "Chief of Staff"})
                if e.id == "p-krstic" else e for e in ENTITIES]  # fmt: skip
    assert load_records(store, entities, relations).rejected == []
    store.close()
    append_log(tmp_path / "resolution.jsonl", [
        {"document": DOC, "mention": "e3", "type": "Person", "name": "Radislav Krstić", "canonical": "p-krstic",
         "reason": "same name"},
        {"document": OTHER_DOC, "mention": "e1", "type": "Person", "name": "R. Krstic", "canonical": "p-krstic",
         "reason": "shared name: 'r krstic'"}])  # fmt: skip
    archive = tmp_path / "extractions"
    archive.mkdir()
    (archive / f"{OTHER_DOC.removeprefix('sha256:')}.json").write_text("{not json", encoding="utf-8")
    refused = acg("entity", "split", "p-krstic", "--document", OTHER_DOC, "--reason", "another officer",
                  "--home", str(tmp_path))  # fmt: skip
    assert refused.returncode == 1
    assert f"{OTHER_DOC.removeprefix('sha256:')}.json: not a readable extraction" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    for doc, mention, attributes in (
        (DOC, "e3", {"rank": "General"}),
        (OTHER_DOC, "e1", {"rank": "Major", "title": "Chief of Staff"}),
    ):
        extraction = {"entities": [{"id": mention, "type": "Person", "name": "x", "attributes": attributes}]}
        (archive / f"{doc.removeprefix('sha256:')}.json").write_text(json.dumps(extraction), encoding="utf-8")
    done = acg("entity", "split", "p-krstic", "--document", OTHER_DOC, "--reason", "another officer",
               "--home", str(tmp_path))  # fmt: skip
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.split("split ")[1].split(" ")[0]
    # What moved is said, as the log keeps it: the new entity's attributes, and the target's taken back.
    assert done.stdout.splitlines()[1:] == [
        f"{new_id} takes what the document said: rank 'Major', title 'Chief of Staff'",
        "p-krstic takes back: rank 'General'",
    ]
    reopened = _open(tmp_path)
    try:
        assert detail(reopened, new_id)["entity"]["attributes"] == {"rank": "Major", "title": "Chief of Staff"}
        kept = detail(reopened, "p-krstic")["entity"]["attributes"]
        assert (kept["rank"], kept["title"]) == ("General", "Chief of Staff")
    finally:
        reopened.close()


def test_split_needs_the_document_to_say_something(tmp_path: Path) -> None:
    store = _open(_home(tmp_path))
    try:
        with pytest.raises(InvalidInput, match="no assertion about p-krstic cites the document"):
            split_document(store, "p-krstic", OTHER_DOC, "person-x", "X", [])
    finally:
        store.close()
