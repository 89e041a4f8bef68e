"""Ingest end to end: the example corpus into a real embedded store, with the real spaCy pipeline."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph

from graph import entities
from graph.columns import node_columns
from graph.connect import open_store
from graph.cypher.ddl import q
from graph.loader import Written, load_records, prepare_store
from graph.queries import chain, counts, find_entity
from graph.review import review
from graph.store import Store
from ingest.documents import Ingest, Summary
from ingest.extractions import extract_file
from ingest.resolve import Known, Resolver
from nlp.extraction import Extraction
from nlp.pipeline import Extractor
from nlp.version import extractor_version
from ontology import load
from ontology.mapping import bind, to_graph
from ontology.records import Entity, Relation, Span
from ontology.validate import validate
from tests.conftest import ROOT
from tests.shacl import pyshacl_violations

CORPUS = ROOT / "examples" / "corpus"
Acg = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[tuple[Store, Summary, Path]]:
    home = tmp_path_factory.mktemp("home")
    store = open_store("embedded", home)
    prepare_store(store)
    summary = Ingest(store, extractor, log=home / "resolution.jsonl", archive=home / "extractions").run([CORPUS])
    yield store, summary, home
    store.close()


def _documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if not p.name.endswith(".meta.json"))


def test_the_corpus_goes_in_whole(loaded: tuple[Store, Summary, Path]) -> None:
    store, summary, _ = loaded
    assert summary.skipped == []
    assert summary.documents == len(_documents()) == 14
    assert counts(store)["nodes"]["Document"] == 14
    assert summary.relations > 20


def test_documents_carry_their_metadata_and_evidence_cites_them(loaded: tuple[Store, Summary, Path]) -> None:
    store, _, _ = loaded
    rows = store.read("MATCH (d:Document) WHERE d.title STARTS WITH 'Judgment summary' RETURN d.sources AS s, "
                      "d.media_type AS m, d.published AS p, d.id AS id")  # fmt: skip
    assert len(rows) == 1
    assert rows[0]["m"] == "text/markdown"
    assert rows[0]["p"] == "2022-01"
    assert rows[0]["s"][0].startswith("https://")
    evidence = store.read("MATCH (:Person)-[r:CONVICTED_BY]->(m:Mechanism {name: 'Higher Regional Court of Koblenz'}) "
                          "RETURN r.evidence AS e, r.sources AS s")  # fmt: skip
    assert evidence
    assert all(row["s"] for row in evidence)
    span = json.loads(evidence[0]["e"][0])
    assert span["document"].startswith("sha256:")
    assert span["text"]


def test_one_person_from_several_documents_is_one_node(loaded: tuple[Store, Summary, Path]) -> None:
    store, _, home = loaded
    rows = store.read("MATCH (p:Person) WHERE list_contains(p.keys, 'hissene habre') RETURN p.id AS id, p.aliases AS a")
    assert len(rows) == 1, rows
    decisions = [json.loads(line) for line in (home / "resolution.jsonl").read_text(encoding="utf-8").splitlines()]
    joined = [d for d in decisions if d["canonical"] == rows[0]["id"]]
    assert len({d["document"] for d in joined}) >= 2
    assert any(d["reason"].startswith("same name") for d in joined)


def test_the_chain_of_command_crosses_documents(loaded: tuple[Store, Summary, Path]) -> None:
    store, _, _ = loaded
    names = [s["name"] for s in chain(store, "Branch 40", "2011-10")["superiors"]]
    assert names[:3] == ["Branch 251", "Hafez Makhlouf", "General Intelligence Directorate"] or set(names) >= {
        "Branch 251",
        "General Intelligence Directorate",
    }


def test_mentions_are_kept_apart_from_canonical_entities(loaded: tuple[Store, Summary, Path]) -> None:
    _, _, home = loaded
    archived = list((home / "extractions").glob("*.json"))
    assert len(archived) == 14
    data = json.loads(archived[0].read_text(encoding="utf-8"))
    assert data["entities"]
    assert all("mentions" in e for e in data["entities"])


def test_ingesting_again_changes_nothing(loaded: tuple[Store, Summary, Path], extractor: Extractor) -> None:
    store, _, _ = loaded
    before = counts(store)
    again = Ingest(store, extractor).run([CORPUS])
    assert (again.documents, again.unchanged) == (0, 14)
    assert counts(store) == before


def _nodes(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every node's stored values, by label (the query text comes from the ontology's column names only)."""
    onto = load()
    out = {}
    for label in onto.entity_types:
        names = ", ".join(f"n.{q(c.name)}" for c in node_columns(onto, label))
        out[label] = sorted((tuple(r.values()) for r in store.read(f"MATCH (n:{q(label)}) RETURN {names}")), key=str)
    return out


def test_batches_store_what_one_batch_stores(loaded: tuple[Store, Summary, Path], tmp_path: Path,
                                             extractor: Extractor) -> None:  # fmt: skip
    # One document per batch: the entities resolved again in later batches are not rewritten when unchanged
    # (graph.loader.Written), and the store ends the same as after one batch of all thirteen.
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    run = Ingest(store, extractor, batch_documents=1)
    run.run([CORPUS])
    assert _nodes(store) == _nodes(loaded[0])
    store.close()


def test_a_row_stored_before_unchanged_is_not_sent_again(tmp_path: Path) -> None:
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    written = Written()
    unit = Entity("organization-7div", "Organization", "7 Division", attributes={"kind": "unit"})
    assert (load_records(store, [unit], [], written).entities, load_records(store, [unit], [], written).unchanged) == (
        1, 1)  # fmt: skip
    renamed = Entity("organization-7div", "Organization", "7 Division", ["7 Div"], {"kind": "unit"})
    assert load_records(store, [renamed], [], written).entities == 1  # a new alias is written
    unknown_kind = Entity("organization-7div", "Organization", "7 Division", ["7 Div"])
    assert load_records(store, [unknown_kind], [], written).entities == 1  # fewer values: written, keeps the kind
    (row,) = store.read("MATCH (n:Organization {id: 'organization-7div'}) RETURN n.kind AS kind, n.aliases AS a")
    assert row == {"kind": "unit", "a": ["7 Div"]}
    store.close()


def test_a_changed_file_adds_and_keeps_the_old_evidence(tmp_path: Path, extractor: Extractor) -> None:
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    doc = tmp_path / "raslan.txt"
    doc.write_text("On 13 January 2022, the Higher Regional Court of Koblenz convicted Anwar Raslan of crimes "
                   "against humanity.\n", encoding="utf-8")  # fmt: skip
    Ingest(store, extractor).run([doc])
    doc.write_text(doc.read_text(encoding="utf-8") + "Anwar Raslan headed the investigations section of Branch 251.\n",
                   encoding="utf-8")  # fmt: skip
    second = Ingest(store, extractor).run([doc])
    assert second.documents == 1
    rows = store.read("MATCH (:Person)-[r:CONVICTED_BY]->() RETURN r.sources AS s")
    assert len(rows) == 2
    assert len({row["s"][0] for row in rows}) == 2
    assert counts(store)["nodes"]["Document"] == 2
    assert len(store.read("MATCH (p:Person) RETURN p.id")) == 1
    store.close()


def test_a_document_read_by_an_earlier_extractor_is_read_again(tmp_path: Path, extractor: Extractor) -> None:
    """An earlier extractor's reading of a document, with a harm in it (the accused inside the court that
    tried him), goes in first; an ingest by this extractor reads the document again: the harm is
    withdrawn, what a reviewer judged stays as judged, an assertion that also cites another document keeps
    that document's evidence, and a third run changes nothing."""
    store = open_store("embedded", tmp_path / "store")
    prepare_store(store)
    text = ("On 13 January 2022, the Higher Regional Court of Koblenz convicted Anwar Raslan of crimes against "
            "humanity.\n")  # fmt: skip
    folder = tmp_path / "documents"
    folder.mkdir()
    doc = folder / "raslan.txt"
    doc.write_text(text, encoding="utf-8")
    now = extract_file(extractor, doc)
    raslan = next(e for e in now.entities if e.type == "Person")
    unit = Entity("o1", "Organization", "Branch 251", [], {}, [Span(0, 10, text[:10])])
    span = [Span(0, len(text) - 1, text[:-1])]
    other = Span(0, 5, "Anwar", "sha256:" + "b" * 64)  # another document's evidence
    earlier = Extraction({**now.document, "extractor": "0.0.9+000000000000"}, [*now.entities, unit], [
        Relation(raslan.id, "member_of", unit.id, evidence=span, confidence=0.8, method="rule"),  # harm, unreviewed
        Relation(raslan.id, "commands", unit.id, evidence=span, confidence=0.8, method="rule"),  # to confirm
        next(r for r in now.relations if r.predicate == "convicted_by"),  # to reject; the new reading makes it too
    ])  # fmt: skip
    lines = [json.dumps(earlier.to_json())]
    assert Ingest(store, None).run_extractions([("earlier.jsonl", lines)], folder).documents == 1
    (ends,) = store.read("MATCH (p:Person)-[:CONVICTED_BY]->(m:Mechanism) RETURN p.id AS p, m.id AS m")
    cited = [replace(span[0], document=now.document["id"]), other]  # as a merge of two entities can leave it
    load_records(store, [], [Relation(ends["p"], "charged_by", ends["m"], evidence=cited, method="manual")])

    def status(cypher: str) -> list[str]:
        return sorted(str(r["s"]) for r in store.read(f"MATCH (:Person)-[r:{cypher}]->() RETURN r.review_status AS s"))

    def one(cypher: str) -> str:
        (row,) = store.read(f"MATCH (:Person)-[r:{cypher}]->() RETURN r.id AS id")
        return str(row["id"])

    convicted, commands, charged = one("CONVICTED_BY"), one("COMMANDS"), one("CHARGED_BY")
    review(store, commands, "confirm")
    review(store, convicted, "reject")
    summary = Ingest(store, extractor).run([doc])
    assert (summary.documents, summary.reread, summary.reviewed_kept) == (1, 1, 2)
    assert store.read("MATCH (:Person)-[r:MEMBER_OF]->() RETURN r.id") == []  # the harm is gone
    assert status("COMMANDS") == ["confirmed"]  # judged by a person: kept
    assert status("CONVICTED_BY") == ["rejected"]  # made again by the new reading: the same statement, still rejected
    (kept,) = store.read(f"MATCH (:Person)-[r:CHARGED_BY {{id: '{charged}'}}]->() RETURN r.sources AS s")
    assert kept["s"] == ["sha256:" + "b" * 64]  # the other document's evidence stays under the same id
    (stored,) = store.read("MATCH (d:Document) RETURN d.extractor AS v")
    assert stored["v"] == extractor_version()
    again = Ingest(store, extractor).run([doc])
    assert (again.documents, again.unchanged, again.reread) == (0, 1, 0)
    store.close()


def test_one_institution_named_in_two_languages_is_one_entity(tmp_path: Path, extractor: Extractor) -> None:
    """A court and a service read in French and in English: one entity each, through the English names the
    French ones are given as aliases (nlp/crossnames.py)."""
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    english, french = tmp_path / "en.txt", tmp_path / "fr.txt"
    english.write_text("In 2016 the Paris Assize Court heard the case of two former mayors. Survivors described "
                       "torture by the Documentation and Security Directorate (DDS).\n", encoding="utf-8")  # fmt: skip
    french.write_text("En 2016, la Cour d'assises de Paris a jugé deux anciens bourgmestres. Selon les rescapés, la "
                      "Direction de la documentation et de la sécurité (DDS) torturait les détenus.\n",
                      encoding="utf-8")  # fmt: skip
    Ingest(store, extractor).run([english, french])
    courts = store.read("MATCH (m:Mechanism) RETURN m.name AS name, m.aliases AS aliases")
    assert len(courts) == 1, courts
    assert "Cour d'assises de Paris" in [courts[0]["name"], *courts[0]["aliases"]]
    services = store.read("MATCH (o:Organization) RETURN o.name AS name, o.aliases AS aliases")
    assert len(services) == 1, services
    assert "DDS" in services[0]["aliases"]
    store.close()


def test_two_people_with_one_surname_stay_apart() -> None:
    resolver = Resolver()
    ahmed, _ = resolver.resolve("d1", Entity("p1", "Person", "Ahmed Younous", ["Younous"]))
    saleh, why = resolver.resolve("d2", Entity("p2", "Person", "Saleh Younous", ["Younous"]))
    alone, why_alone = resolver.resolve("d3", Entity("p3", "Person", "Younous"))
    assert len({ahmed.id, saleh.id, alone.id}) == 3
    assert why.reason == "new"
    assert why_alone.reason == "kept apart: a surname alone joins nobody"


def test_names_meet_without_diacritics_rank_or_case() -> None:
    resolver = Resolver([Known("person-x", "Person", "Ratko Mladić")])
    same, why = resolver.resolve("d1", Entity("p1", "Person", "RATKO MLADIC"))
    assert same.id == "person-x"
    assert why.reason.startswith("same name")
    unit, _ = resolver.resolve("d1", Entity("o1", "Organization", "3rd Division", ["3 Div"]))
    again, why = resolver.resolve("d2", Entity("o2", "Organization", "Third Division"))
    assert again.id == unit.id
    assert "3 Div" in again.aliases


def test_acronyms_and_aliases_join_and_ambiguity_keeps_apart() -> None:
    resolver = Resolver([
        Known("org-gid", "Organization", "General Intelligence Directorate", ["GID"]),
        Known("org-dds", "Organization", "Documentation and Security Directorate", ["DDS"]),
        Known("org-dds2", "Organization", "Direction de la Documentation et de la Sécurité", ["DDS"]),
    ])  # fmt: skip
    gid, why = resolver.resolve("d1", Entity("o1", "Organization", "GID"))
    assert gid.id == "org-gid"
    assert why.reason == "shared name: 'gid'"
    dds, why = resolver.resolve("d1", Entity("o2", "Organization", "DDS"))
    assert dds.id not in {"org-dds", "org-dds2"}
    assert why.reason.startswith("kept apart: its names meet 2 entities")


def test_a_name_every_court_has_joins_no_two_courts(tmp_path: Path, extractor: Extractor) -> None:
    """The ICTR's Trial Chamber I and the ICC's are two chambers, though both are "Trial Chamber I" for short:
    Gbagbo's acquittal must not read as the ICTR's. A court's own name still joins across documents."""
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    texts = {
        "a.txt": "In 1998 Trial Chamber I of the International Criminal Tribunal for Rwanda convicted Jean-Paul "
        "Akayesu of genocide.\n",
        "b.txt": "In 2019 Trial Chamber I of the International Criminal Court acquitted Laurent Gbagbo of crimes "
        "against humanity.\n",
        "c.txt": "The Trial Chamber I acquitted Charles Blé Goudé in 2019. The Appeals Chamber confirmed it.\n",
        "d.txt": "In 2021 the International Criminal Court convicted Dominic Ongwen of war crimes.\n",
        "e.txt": "Judges of the International Criminal Court heard Laurent Gbagbo's case in The Hague.\n",
    }  # fmt: skip
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    Ingest(store, extractor).run([tmp_path / name for name in texts])
    courts = {row["p"]: row["m"] for row in store.read("MATCH (p:Person)-[:CONVICTED_BY|ACQUITTED_BY]->(m:Mechanism) "
                                                       "RETURN p.name AS p, m.id AS m")}  # fmt: skip
    assert len({courts["Jean-Paul Akayesu"], courts["Laurent Gbagbo"], courts["Charles Blé Goudé"]}) == 3
    assert len(store.read("MATCH (m:Mechanism {name: 'International Criminal Court'}) RETURN m.id")) == 1
    store.close()


def test_a_force_every_state_has_joins_no_two_states() -> None:
    """Rwanda's Presidential Guard is not Guinea's: a name many states' forces bear joins nothing by itself,
    while a force's own name does."""
    resolver = Resolver([Known("org-pg-rw", "Organization", "Presidential Guard", ["Garde présidentielle"]),
                         Known("org-far", "Organization", "Rwandan Armed Forces", ["FAR"])])  # fmt: skip
    guard, why = resolver.resolve("d2", Entity("o1", "Organization", "Presidential Guard"))
    assert guard.id != "org-pg-rw"
    assert why.reason == "new"
    far, _ = resolver.resolve("d2", Entity("o2", "Organization", "Rwandan Armed Forces"))
    assert far.id == "org-far"


def test_an_interrupted_ingest_resumes(tmp_path: Path, extractor: Extractor) -> None:
    store = open_store("embedded", tmp_path)
    prepare_store(store)
    first = sorted(CORPUS.glob("0[1-3]*"))
    Ingest(store, extractor).run([p for p in first if not p.name.endswith(".meta.json")])
    rest = Ingest(store, extractor).run([CORPUS])
    assert (rest.unchanged, rest.documents) == (3, 11)
    store.close()


def test_cli_reports_bad_files_loads_the_rest_and_exits_1(acg: Acg, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "05-chad-dds-trial.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.pdf").write_bytes(b"\x00\x01garbage")
    (folder / "notes.xlsx").write_bytes(b"ignored: not a document type")
    home = tmp_path / "home"
    archive = "https://archive.example.org/2023/chad"
    result = acg("ingest", str(folder), "--home", str(home), "--format", "json", "--archived-at", archive)
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1
    assert len(summary["skipped"]) == 2
    assert f"skipped: {folder / 'empty.txt'}: empty file" in result.stderr
    assert str(folder / "binary.pdf") in result.stderr
    again = acg("ingest", str(folder / "05-chad-dds-trial.txt"), "--home", str(home), "--format", "json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["unchanged"] == 1
    found = acg("chain", "Saleh Younous", "--home", str(home), "--format", "json")
    assert found.returncode == 0, found.stderr
    stored = acg("query", "MATCH (d:Document) RETURN d.archived_at AS a", "--home", str(home), "--format", "json")
    assert json.loads(stored.stdout) == [{"a": archive}]


def test_resolve_by_name_after_ingest(loaded: tuple[Store, Summary, Path]) -> None:
    store, _, _ = loaded
    assert find_entity(store, "Anwar Raslan")["type"] == "Person"


def test_the_stored_corpus_breaks_the_shapes_as_pyshacl_says(loaded: tuple[Store, Summary, Path]) -> None:
    """The corpus as stored conforms; with every fifth triple gone, the checks find what pyshacl finds."""
    store, _, _ = loaded
    data = to_graph(entities.stored(store), entities.stored_relations(store))
    assert validate(data) == []
    assert pyshacl_violations(data) == set()
    cut = bind(Graph())
    for i, triple in enumerate(sorted(data)):
        if i % 5:
            cut.add(triple)
    violations = validate(cut)
    assert len(violations) > 100
    assert {(v.focus, v.path) for v in violations} == pyshacl_violations(cut)
