"""Merging entities by hand, undoing it, and splitting off what one document said (acg entity), on the
embedded store and on Neo4j: the command line is run as a user runs it, with --store bolt://... for Neo4j."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
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
from ontology.records import Entity, Relation, Span
from tests.neo4j import neo4j_store
from tests.scenario import DOC, ENTITIES, RELATIONS

Acg = Callable[..., CompletedProcess[str]]
OTHER_DOC = "sha256:" + "1" * 64


@dataclass
class Engine:
    """Where a test's store lives: the embedded store under `home`, or the session's Neo4j (`uri`)."""

    home: Path
    uri: str | None = None

    def open(self) -> Store:
        if self.uri is None:
            return LadybugStore(embedded_path(self.home))
        from graph.neo4j_store import Neo4jStore

        env = os.environ.get
        return Neo4jStore(self.uri, env("NEO4J_USER"), env("NEO4J_PASSWORD"), env("NEO4J_DATABASE"))

    def args(self) -> tuple[str, ...]:
        return ("--home", str(self.home), *(("--store", self.uri) if self.uri else ()))


@pytest.fixture(params=["ladybug", "neo4j"])
def engine(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    if request.param == "ladybug":
        return Engine(tmp_path)
    neo4j_store().close()  # emptied; skips (fails in CI) without a server
    for ours, theirs in (("USER", "NEO4J_USER"), ("PASSWORD", "NEO4J_PASSWORD"), ("DATABASE", "NEO4J_DATABASE")):
        if os.environ.get(theirs):
            monkeypatch.setenv(f"ACG_STORE_{ours}", os.environ[theirs])  # what `acg --store bolt://` reads
    return Engine(tmp_path, os.environ["NEO4J_URI"])


def _home(engine: Engine, relations: list[Relation] = RELATIONS, entities: list[Entity] = ENTITIES) -> Engine:
    store = engine.open()
    prepare_store(store)
    assert load_records(store, entities, relations).rejected == []
    store.close()
    return engine


def _nt(engine: Engine) -> list[str]:
    store = engine.open()
    try:
        out = io.StringIO()
        export.export(store, "nt", None, out, export.Selection(hidden_levels=()))
        return sorted(out.getvalue().splitlines())
    finally:
        store.close()


def _links(engine: Engine, entity_id: str) -> list[tuple[str, str, str, str]]:
    store = engine.open()
    try:
        found = detail(store, entity_id)["relations"]
        return sorted((r["id"], r["subject"], r["predicate"], r["object"]) for r in found)
    finally:
        store.close()


def test_merge_moves_everything_and_its_undo_gives_the_store_back(acg: Acg, engine: Engine) -> None:
    home = _home(engine)
    before = _nt(home)
    second = _links(home, "p-horvat-2")
    merged = acg("entity", "merge", "p-horvat-2", "p-horvat-1", "--reason", "same driver, ICTY exhibit P123",
                 "--by", "editor-a", *home.args())  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    change = merged.stdout.split(":")[0]
    after = _links(home, "p-horvat-1")
    gone = acg("entity", "history", "p-horvat-1", "--format", "json", *home.args())
    # Once merged, the name is one person's: the history by name is the history by id.
    by_name = acg("entity", "history", "Ivan Horvat", "--format", "json", *home.args())
    undone = acg("entity", "split", "p-horvat-1", "--undo", change, "--reason", "exhibit misread", *home.args())
    again = acg("entity", "split", "p-horvat-1", "--undo", change, "--reason", "twice", *home.args())

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


def test_merge_refuses_two_kinds_and_unknown_names(acg: Acg, engine: Engine) -> None:
    home = _home(engine)
    kinds = acg("entity", "merge", "p-krstic", "o-drina", "--reason", "x", *home.args())
    unknown = acg("entity", "merge", "Nobody At All", "p-krstic", "--reason", "x", *home.args())
    ambiguous = acg("entity", "merge", "Ivan Horvat", "p-krstic", "--reason", "x", *home.args())
    assert kinds.returncode == 1
    assert "is a Person and o-drina a Organization" in kinds.stderr
    assert unknown.returncode == 1
    assert "Nobody At All" in unknown.stderr
    assert ambiguous.returncode == 1
    assert "p-horvat-1" in ambiguous.stderr
    assert _links(home, "p-krstic")  # nothing changed


def test_undo_keeps_a_review_made_after_the_merge(acg: Acg, engine: Engine) -> None:
    home = _home(engine)
    moved_id = _links(home, "p-horvat-2")[0][0]
    change = acg("entity", "merge", "p-horvat-2", "p-horvat-1", "--reason", "r", *home.args())
    store = home.open()
    review(store, moved_id, "reject")
    store.close()
    acg("entity", "split", "p-horvat-1", "--undo", change.stdout.split(":")[0], "--reason", "r", *home.args())
    store = home.open()
    try:
        back = [r for r in detail(store, "p-horvat-2")["relations"] if r["id"] == moved_id]
    finally:
        store.close()
    assert [r["review_status"] for r in back] == ["rejected"]


def test_split_off_what_one_document_said(acg: Acg, engine: Engine) -> None:
    """Krstić's command of the Drina Corps is cited by two documents, his order only by the other one:
    the other document was about someone else of that name."""
    other = [Span(0, 20, "General R. Krstic commanded", OTHER_DOC)]
    relations = [
        replace(r, evidence=[*r.evidence, *other]) if (r.subject, r.predicate) == ("p-krstic", "commands") else r
        for r in RELATIONS
        if (r.subject, r.predicate) != ("p-krstic", "ordered")
    ] + [Relation("p-krstic", "ordered", "c-kravica", method="test", evidence=[Span(0, 9, "R. Krstic", OTHER_DOC)])]
    home = _home(engine, relations)
    append_log(home.home / "resolution.jsonl", [
        {"document": OTHER_DOC, "mention": "e1", "type": "Person", "name": "R. Krstic", "canonical": "p-krstic",
         "reason": "shared name: 'r krstic'"}])  # fmt: skip
    done = acg("entity", "split", "Radislav Krstić", "--document", OTHER_DOC, "--reason", "another officer",
               *home.args())  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 assertions moved, 1 divided" in done.stdout
    new_id = done.stdout.split("split ")[1].split(" ")[0]
    krstic, split_off = _links(home, "p-krstic"), _links(home, new_id)
    assert ("ordered", "c-kravica") not in {(p, o) for _, _, p, o in krstic}
    assert {(p, o) for _, _, p, o in split_off} == {("ordered", "c-kravica"), ("commands", "o-drina")}
    store = home.open()
    try:
        commands = [r for r in detail(store, "p-krstic")["relations"] if r["predicate"] == "commands"]
        theirs = [r for r in detail(store, new_id)["relations"] if r["predicate"] == "commands"]
        assert [e["document"] for r in commands for e in r["evidence"]] == [DOC]
        assert [e["document"] for r in theirs for e in r["evidence"]] == [OTHER_DOC]
        assert detail(store, new_id)["entity"]["name"] == "R. Krstic"
    finally:
        store.close()


def test_a_split_takes_the_rank_and_title_the_document_gave(acg: Acg, engine: Engine) -> None:
    """The other document made Krstić a Major and Chief of Staff (the stored values: it came last). Split
    off, the new person has that rank and title; Krstić is a General again, as the first document said,
    and keeps the title, which no other document gave (it may have come from an editor: nothing is dropped)."""
    relations = [
        *RELATIONS,
        Relation("p-krstic", "ordered", "c-kravica", method="test", evidence=[Span(0, 9, "R. Krstic", OTHER_DOC)]),
    ]
    entities = [replace(e, attributes={**e.attributes, "rank": "Major", "title": "Chief of Staff"})
                if e.id == "p-krstic" else e for e in ENTITIES]  # fmt: skip
    home = _home(engine, relations, entities)
    tmp_path = home.home
    append_log(tmp_path / "resolution.jsonl", [
        {"document": DOC, "mention": "e3", "type": "Person", "name": "Radislav Krstić", "canonical": "p-krstic",
         "reason": "same name"},
        {"document": OTHER_DOC, "mention": "e1", "type": "Person", "name": "R. Krstic", "canonical": "p-krstic",
         "reason": "shared name: 'r krstic'"}])  # fmt: skip
    archive = tmp_path / "extractions"
    archive.mkdir()
    (archive / f"{OTHER_DOC.removeprefix('sha256:')}.json").write_text("{not json", encoding="utf-8")
    refused = acg("entity", "split", "p-krstic", "--document", OTHER_DOC, "--reason", "another officer",
                  *home.args())  # fmt: skip
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
               *home.args())  # fmt: skip
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.split("split ")[1].split(" ")[0]
    # What moved is said, as the log keeps it: the new entity's attributes, and the target's taken back.
    assert done.stdout.splitlines()[1:] == [
        f"{new_id} takes what the document said: rank 'Major', title 'Chief of Staff'",
        "p-krstic takes back: rank 'General'",
    ]
    reopened = home.open()
    try:
        assert detail(reopened, new_id)["entity"]["attributes"] == {"rank": "Major", "title": "Chief of Staff"}
        kept = detail(reopened, "p-krstic")["entity"]["attributes"]
        assert (kept["rank"], kept["title"]) == ("General", "Chief of Staff")
    finally:
        reopened.close()


def test_split_needs_the_document_to_say_something(engine: Engine) -> None:
    store = _home(engine).open()
    try:
        with pytest.raises(InvalidInput, match="no assertion about p-krstic cites the document"):
            split_document(store, "p-krstic", OTHER_DOC, "person-x", "X", [])
    finally:
        store.close()
