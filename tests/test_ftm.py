"""FollowTheMoney out and in (ontology.ftm): what `acg export --format ftm` writes is valid for the
`followthemoney` library itself, importing it gives the graph back, and an FtM file's entities join those
already known (and can be split off again). Real stores on both engines, the real CLI."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any, cast

import pytest
from followthemoney import model

from graph import export as exporter
from graph.entities import stored, stored_relations
from graph.ladybug_store import LadybugStore
from graph.loader import prepare_store
from graph.store import Store
from ingest.structured import import_ftm, import_sfm
from ontology.records import Relation
from tests.conftest import ROOT
from tests.neo4j import neo4j_store

TABLES = ROOT / "tests" / "sfm_current"
OKAFOR = "sfm-person-22222222-0000-4000-8000-000000000001"


def _store(engine: str, folder: Path) -> Store:
    store = neo4j_store() if engine == "neo4j" else LadybugStore(folder / "db")
    prepare_store(store)
    return store


def _validate(data: dict[str, Any]) -> None:
    """FtM's own check of an entity: raises InvalidData on anything the library would refuse."""
    schema = model.get(data["schema"])
    assert schema is not None, data["schema"]
    schema.validate(cast(Any, data))


def _links(store: Store) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r.subject, r.predicate, r.object, r.valid_from, r.valid_to) for r in stored_relations(store)}


def _export(store: Store) -> str:
    out = io.StringIO()
    exporter.export(store, "ftm", None, out, exporter.Selection(hidden_levels=()))
    return out.getvalue()


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    store = _store(request.param, tmp_path_factory.mktemp("ftm"))
    import_sfm(store, TABLES)
    yield store, _export(store)
    store.close()


def test_the_export_is_valid_followthemoney(exported: tuple[Store, str]) -> None:
    lines = [json.loads(line) for line in exported[1].splitlines()]
    for data in lines:
        _validate(data)
    ids = {d["id"] for d in lines}
    schemata = {d["schema"] for d in lines}
    assert {"Person", "Organization", "Directorship", "Membership", "Event", "Address", "Document",
            "Documentation"} <= schemata  # fmt: skip
    for data in lines:  # every reference names an entity of the file
        schema = model.get(data["schema"])
        assert schema is not None
        for prop, values in data["properties"].items():
            found = schema.get(prop)
            if found is not None and found.type.name == "entity":
                assert set(values) <= ids, (data["id"], prop)
    event = next(d for d in lines if d["schema"] == "Event")
    # the crime types, by their notations: SFM's "Torture; Extrajudicial killing" (its "Forced labour" none)
    assert event["properties"]["keywords"] == ["torture", "extrajudicial_execution"]
    assert event["properties"]["startDate"] == ["2015-04-12"]


def test_importing_the_export_gives_the_graph_back(
    exported: tuple[Store, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    store, text = exported
    again = _store("ladybug", tmp_path_factory.mktemp("back"))
    try:
        done = import_ftm(again, text.encode(), "export.ftm.json")
        (documentation,) = done.problems  # the documents about each entity repeat the links' evidence
        assert "Documentation entities (a document about an entity) have no place in the store" in documentation
        assert done.report.rejected == []
        assert _links(again) == _links(store)  # ids, predicates and dates: the parts FtM holds
        before = {(e.id, e.type, e.name) for e in stored(store)}
        after = {(e.id, e.type, e.name) for e in stored(again)}
        sha = hashlib.sha256(text.encode()).hexdigest()
        assert after - before == {(f"sha256:{sha}", "Document", "export.ftm.json")}  # the file, cited by each link
        assert before <= after
        cited = next(r for r in stored_relations(again) if r.predicate == "commands")
        assert f"sha256:{sha}" in {s.document for s in cited.evidence}
    finally:
        again.close()


def _line(schema: str, id_: str, datasets: tuple[str, ...] = (), **props: list[str]) -> str:
    return json.dumps({"id": id_, "schema": schema, "properties": props, "datasets": list(datasets)})


def test_an_ftm_file_joins_known_entities_and_can_be_split_off(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    home = str(tmp_path / "home")
    assert acg("import", "--format", "sfm", str(TABLES), "--home", home).returncode == 0
    listing = tmp_path / "sanctions.json"
    listing.write_text("\n".join([
        _line("Person", "os-1", name=["Emeka Okafor"], position=["Brigadier General"]),
        _line("Organization", "os-2", name=["12 Brigade"], country=["ng"]),
        _line("Directorship", "os-3", ("us_ofac_sdn",), director=["os-1"], organization=["os-2"], startDate=["2017"]),
        _line("Sanction", "os-4", entity=["os-1"], authority=["OFAC"]),
        "not json",
    ]) + "\n")  # fmt: skip
    done = acg("import", "--format", "ftm", str(listing), "--home", home)
    assert done.returncode == 0, done.stderr
    assert "warning: sanctions.json:4: Sanction os-4: the ontology has no type for it; left out" in done.stderr
    assert "warning: sanctions.json:5: not JSON" in done.stderr
    cited = acg("query", "MATCH (:Person)-[r:COMMANDS]->(:Organization) WHERE r.valid_from = '2017' "
                "RETURN r.method AS m", "--home", home, "--format", "json")  # fmt: skip
    assert "ftm-import/us_ofac_sdn" in cited.stdout, cited.stdout + cited.stderr  # the dataset it came from
    log = [json.loads(x) for x in (tmp_path / "home" / "resolution.jsonl").read_text().splitlines()]
    joined = next(d for d in log if d.get("mention") == "os-1")
    assert joined["canonical"] == OKAFOR  # the sanctioned person is the one SFM's tables know
    sha = hashlib.sha256(listing.read_bytes()).hexdigest()
    split = acg("entity", "split", OKAFOR, "--document", sha, "--reason", "a namesake", "--home", home)
    assert split.returncode == 0, split.stderr
    assert "1 assertions moved" in split.stdout


def test_ftm_read_from_stdin(acg: Callable[..., CompletedProcess[str]], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    line = _line("Person", "os-9", name=["Laura Quintero"]) + "\n"
    done = acg("import", "--format", "ftm", "-", "--home", home, input=line)
    assert done.returncode == 0, done.stderr
    assert "imported 2 entities" in done.stdout  # the person and the listing itself, as a document


def test_a_relation_of_every_kind_has_an_ftm_form() -> None:
    from ontology import ftm, load

    for predicate in load().predicates:
        lines = list(ftm.to_ftm([], [Relation("a", predicate, "b", method="manual")]))
        assert len(lines) == 1, predicate
        _validate(lines[0])


@pytest.mark.parametrize("fmt", ["ftm", "nt", "jsonld", "graphml"])
def test_a_document_hidden_from_the_caller_is_cited_by_its_pseudonym_only(fmt: str) -> None:
    """A restricted source (a witness statement) is cited by every link it supports, in every format, under
    its pseudonym: its real id (its SHA-256) would tell a caller who holds the file that it is in the store."""
    from graph.loader import load_records
    from ontology.records import Entity, Span

    store = LadybugStore(None)
    prepare_store(store)
    sha = hashlib.sha256(b"a statement").hexdigest()
    doc = f"sha256:{sha}"
    report = load_records(
        store,
        [
            Entity(doc, "Document", "Statement of a witness", attributes={"sha256": sha, "sensitivity": "restricted"}),
            Entity("person-ndoli", "Person", "Xavier Ndoli"),
            Entity("org-brigade", "Organization", "Third Brigade", attributes={"kind": "unit"}),
        ],
        [Relation("person-ndoli", "commands", "org-brigade", method="test",
                  evidence=[Span(document=doc, start=0, end=6, text="Xavier")])],
    )  # fmt: skip
    assert report.rejected == []
    out = io.StringIO()
    hidden = exporter.Selection(hidden_levels=("restricted", "protected"), pseudonym_key=b"k" * 32)
    exporter.export(store, fmt, None, out, hidden)
    assert sha not in out.getvalue()
    assert "protected-" in out.getvalue()  # the link is there, citing the pseudonym
    shown = io.StringIO()
    exporter.export(store, fmt, None, shown, exporter.Selection(hidden_levels=(), pseudonym_key=b"k" * 32))
    assert sha in shown.getvalue()  # for a caller who may see it, the real id
    store.close()
