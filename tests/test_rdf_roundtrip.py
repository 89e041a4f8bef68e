"""RDF is the interchange: records -> RDF -> store -> RDF gives the same graph (rdflib.compare), and
every export format reads back. Graphs come from hypothesis as well as from the Koblenz example."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from graph import export as exporter
from graph import subgraph
from graph.connect import open_store
from graph.entities import stored, stored_relations
from graph.loader import load_records, prepare_store
from ingest.structured import import_csv, import_graph
from ontology import load
from ontology.mapping import from_graph, to_graph
from ontology.records import Entity, Relation, Span
from ontology.validate import validate
from tests.conftest import EXAMPLE_DATA

Acg = Callable[..., subprocess.CompletedProcess[str]]
ALL = exporter.Selection(hidden_levels=())

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda t: t.strip() == t and t != ""
)
_date = st.sampled_from(["1995", "1995-07", "1995-07-13", "2011-04", None])


@st.composite
def records(draw: st.DrawFn) -> tuple[list[Entity], list[Relation]]:
    onto = load()
    kinds = onto.schemes["organizationKind"].notations()
    # Ids that Turtle may write as prefixed names (a digit first, a dot inside) and some it may not
    # (a dot last, a space, a letter outside ASCII: percent-encoded in the IRI).
    ids = draw(st.sampled_from(["person-{}", "7.{}", "x.{}.y", "p{}.", "a b{}", "\u00fc_{}"]))
    people = [Entity(ids.format(i), "Person", draw(_text), draw(st.lists(_text, max_size=2, unique=True)),
                     {"rank": draw(st.sampled_from(["Colonel", "General"]))} if draw(st.booleans()) else {})
              for i in range(draw(st.integers(1, 3)))]  # fmt: skip
    units = [Entity(f"org-{i}", "Organization", draw(_text), [], {"kind": draw(st.sampled_from(kinds))})
             for i in range(draw(st.integers(1, 3)))]  # fmt: skip
    doc = Entity("sha256:" + "a" * 64, "Document", "report", [], {"sha256": "a" * 64, "chars": 500})
    relations = []
    for n in range(draw(st.integers(0, 5))):
        start, end = sorted([draw(_date) or "1990", draw(_date) or "2000"])
        pred = draw(st.sampled_from(["commands", "member_of"]))
        ev = [Span(draw(st.integers(0, 100)), 200, draw(_text), doc.id, draw(st.sampled_from([None, 1, 2])))]
        relations.append(Relation(
            draw(st.sampled_from(people)).id, pred, draw(st.sampled_from(units)).id, valid_from=start,
            valid_to=end if draw(st.booleans()) else None, attributes={"review_status": "unreviewed"},
            confidence=draw(st.sampled_from([0.5, 0.9, 1.0])), method=f"m{n}", evidence=ev,
        ))  # fmt: skip
    if len(units) > 1:
        relations.append(Relation(units[1].id, "part_of", units[0].id, attributes={"review_status": "confirmed"}))
    # One statement from the same sources is one assertion (its id): the store keeps the first.
    unique = {r.assertion_id(): r for r in reversed(relations)}
    return [*people, *units, doc], list(unique.values())


@settings(max_examples=60, deadline=None)
@given(records())
def test_records_to_rdf_and_back(data: tuple[list[Entity], list[Relation]]) -> None:
    g = to_graph(*data)
    back = from_graph(g)
    assert back.problems == []
    assert isomorphic(to_graph(back.entities, back.relations), g)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records())
def test_the_store_round_trip_is_isomorphic(
    tmp_path_factory: object, data: tuple[list[Entity], list[Relation]]
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        store = open_store("embedded", Path(home))
        prepare_store(store)
        g = to_graph(*data)
        assert validate(g) == []
        done = import_graph(store, g, "generated")
        assert done.problems == []
        assert done.report.rejected == []
        exported = {}
        for fmt in ("nt", "ttl"):
            out = io.StringIO()
            exporter.export(store, fmt, None, out, ALL)
            exported[fmt] = out.getvalue()
        store.close()
    assert isomorphic(Graph().parse(data=exported["nt"], format="nt"), g)
    assert isomorphic(Graph().parse(data=exported["ttl"], format="turtle"), g)
    # A second, stricter reader of Turtle: the same number of distinct triples.
    assert len(set(pyoxigraph.parse(exported["ttl"].encode(), format=pyoxigraph.RdfFormat.TURTLE))) == len(g)


def _koblenz_store(tmp_path: Path) -> object:
    store = open_store("embedded", tmp_path / "store-home")
    prepare_store(store)
    done = import_graph(store, Graph().parse(EXAMPLE_DATA), "koblenz")
    assert done.problems == []
    return store


def test_every_rdf_format_reads_back_as_the_example(tmp_path: Path) -> None:
    store = _koblenz_store(tmp_path)
    original = Graph().parse(EXAMPLE_DATA)
    for fmt, parser in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        out = io.StringIO()
        exporter.export(store, fmt, None, out, ALL)  # type: ignore[arg-type]
        assert isomorphic(Graph().parse(data=out.getvalue(), format=parser), original), fmt
        if fmt == "jsonld":  # compact: prefixes in its @context, keys such as acc:name
            assert json.loads(out.getvalue())["@context"]["acc"] == "https://w3id.org/acg/ontology#"
            assert '"acc:name"' in out.getvalue()
    out = io.StringIO()
    exporter.export(store, "nq", None, out, ALL)  # type: ignore[arg-type]
    quads = list(pyoxigraph.parse(input=out.getvalue().encode(), format=pyoxigraph.RdfFormat.N_QUADS))
    named = {str(q.graph_name) for q in quads}
    assert "<https://w3id.org/acg/id/doc-ecchr>" in named  # the assertions cited from that source
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(Graph().parse(EXAMPLE_DATA))
    store.close()  # type: ignore[attr-defined]


def test_csv_layout_round_trip(tmp_path: Path) -> None:
    store = _koblenz_store(tmp_path)
    exporter.export(store, "csv", tmp_path / "csv", io.StringIO(), ALL)  # type: ignore[arg-type]
    assert {p.name for p in (tmp_path / "csv").iterdir()} >= {"Person.csv", "member_of.csv", "convicted_by.csv"}
    other = open_store("embedded", tmp_path / "other")
    prepare_store(other)
    done = import_csv(other, tmp_path / "csv")
    assert done.problems == []
    assert done.report.rejected == []
    a, b = io.StringIO(), io.StringIO()
    exporter.export(store, "nt", None, a, ALL)  # type: ignore[arg-type]
    exporter.export(other, "nt", None, b, ALL)
    assert isomorphic(Graph().parse(data=a.getvalue(), format="nt"), Graph().parse(data=b.getvalue(), format="nt"))
    store.close()  # type: ignore[attr-defined]
    other.close()


def test_a_sheet_of_relations_alone_links_entities_stored_before(tmp_path: Path) -> None:
    """Researchers add a predicate's sheet later: its links to entities the store already holds are
    checked against the stored classes and loaded; a link to an unknown id is refused by name."""
    store = _koblenz_store(tmp_path)
    exporter.export(store, "csv", tmp_path / "csv", io.StringIO(), ALL)  # type: ignore[arg-type]
    entities, links = tmp_path / "entities", tmp_path / "links"
    entities.mkdir()
    links.mkdir()
    for sheet in (tmp_path / "csv").iterdir():
        (entities if sheet.stem[0].isupper() else links).joinpath(sheet.name).write_bytes(sheet.read_bytes())
    other = open_store("embedded", tmp_path / "other")
    prepare_store(other)
    first = import_csv(other, entities)
    assert first.problems == []
    assert first.report.relations == 0
    then = import_csv(other, links)
    assert then.problems == []
    assert then.report.relations > 0
    a, b = io.StringIO(), io.StringIO()
    exporter.export(store, "nt", None, a, ALL)  # type: ignore[arg-type]
    exporter.export(other, "nt", None, b, ALL)
    assert isomorphic(Graph().parse(data=a.getvalue(), format="nt"), Graph().parse(data=b.getvalue(), format="nt"))
    unknown = tmp_path / "unknown"
    unknown.mkdir()
    rows = (links / "member_of.csv").read_text(encoding="utf-8").splitlines()
    (unknown / "member_of.csv").write_text("\n".join([rows[0], rows[1].replace("person-", "person-nobody-", 1)]),
                                           encoding="utf-8")  # fmt: skip
    refused = import_csv(other, unknown)
    assert refused.report.relations == 0
    assert any("person-nobody-anwar-raslan is linked to but is neither in this data nor in the store" in p
               for p in refused.problems), refused.problems  # fmt: skip
    store.close()  # type: ignore[attr-defined]
    other.close()


def test_graph_files_and_protected_people(tmp_path: Path) -> None:
    store = _koblenz_store(tmp_path)
    for fmt in ("graphml", "gexf"):
        exporter.export(store, fmt, tmp_path / f"g.{fmt}", io.StringIO(), ALL)  # type: ignore[arg-type]
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.nodes["person-anwar-raslan"]["label"] == "Anwar Raslan"
    out = io.StringIO()
    exporter.export(store, "ttl", None, out, exporter.Selection(pseudonym_key=b"k"))  # type: ignore[arg-type]
    text = out.getvalue()
    assert "Witness Z" not in text
    assert "person-witness-z" not in text
    assert "Protected person" in text
    assert "Anwar Raslan" in text
    again = io.StringIO()
    exporter.export(store, "ttl", None, again, exporter.Selection(pseudonym_key=b"k"))  # type: ignore[arg-type]
    assert again.getvalue() == text  # stable pseudonyms
    store.close()  # type: ignore[attr-defined]


def test_around_an_entity(tmp_path: Path) -> None:
    store = _koblenz_store(tmp_path)
    out = io.StringIO()
    selection = exporter.Selection(around="org-gid", depth=1, hidden_levels=())
    exporter.export(store, "ttl", None, out, selection)  # type: ignore[arg-type]
    g = Graph().parse(data=out.getvalue(), format="turtle")
    subjects = {str(s).rsplit("/", 1)[-1] for s in g.subjects()}
    assert "org-branch-251" in subjects
    assert "org-gid" in subjects
    assert "mech-olg-koblenz" not in subjects
    store.close()  # type: ignore[attr-defined]


class _Recording:
    """A view of a real store that keeps the name of every question it is asked."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.asked: list[str] = []

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.store, name)
        if not callable(found):
            return found

        def ask(*args: Any, **kwargs: Any) -> Any:
            self.asked.append(name)
            return found(*args, **kwargs)

        return ask


def test_around_reads_the_neighbourhood_only_and_keeps_what_the_whole_export_holds(tmp_path: Path) -> None:
    """From every entity, 0 to 2 links out: what the whole graph holds of the neighbourhood (its entities;
    the assertions out of one of them to another, or to a crime type), read without paging the store."""
    store = _koblenz_store(tmp_path)
    whole_entities, whole_relations = list(stored(store)), list(stored_relations(store))  # type: ignore[arg-type]
    for start in sorted(e.id for e in whole_entities):
        for depth in (0, 1, 2):
            view = _Recording(store)
            ents, rels = exporter.records(view, exporter.Selection(around=start, depth=depth, hidden_levels=()))
            got = to_graph(ents, rels)
            assert "links" in view.asked or depth == 0, (start, depth)
            assert not {"entity_page", "relation_page"} & set(view.asked), (start, depth)
            keep = set(subgraph.reach(store, start, depth)[0])  # type: ignore[arg-type]
            expected = to_graph([e for e in whole_entities if e.id in keep],
                                [r for r in whole_relations
                                 if r.subject in keep and (r.object in keep or r.predicate == "of_type")])  # fmt: skip
            assert isomorphic(got, expected), (start, depth)
            assert len(got) > 0
    store.close()  # type: ignore[attr-defined]


def test_invalid_rdf_is_reported_and_nothing_is_loaded(acg: Acg, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(EXAMPLE_DATA.read_text(encoding="utf-8").replace('"2011-04"^^xsd:gYearMonth', '"April 2011"'),
                   encoding="utf-8")  # fmt: skip
    home = tmp_path / "home"
    result = acg("import", "--format", "ttl", str(bad), "--home", str(home))
    assert "nothing loaded" in result.stderr
    assert "imported 0 entities and 0 relations" in result.stdout
    status = json.loads(acg("store", "status", "--home", str(home), "--format", "json").stdout)
    assert status["nodes"].get("Person", 0) == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix acc: <x> . this is not turtle", encoding="utf-8")
    result = acg("import", "--format", "ttl", str(broken), "--home", str(home))
    assert result.returncode == 1
    assert f"{broken}: not valid ttl" in result.stderr


def test_text_across_lines_with_quotes_is_valid_in_every_rdf_format(tmp_path: Path) -> None:
    """Evidence quoted across a line break, with quotes and a backslash: N-Triples and N-Quads must escape
    what Turtle may write as a long string; a strict reader (pyoxigraph) reads each file back."""
    store = open_store("embedded", tmp_path / "home")
    prepare_store(store)
    doc = Entity("sha256:" + "c" * 64, "Document", 'The "report"', [], {"sha256": "c" * 64, "chars": 500})
    quote = 'said "he commanded\r\nthe unit" \\ then\nleft'
    people = [Entity("p-1", "Person", "Back\\slash"), doc]
    unit = Entity("o-1", "Organization", "Unit", attributes={"kind": "unit"})
    relation = Relation("p-1", "commands", "o-1", "1995", evidence=[Span(0, 40, quote, doc.id, 3)])
    assert load_records(store, [*people, unit], [relation]).rejected == []
    expected = to_graph(list(stored(store)), list(stored_relations(store)))
    formats = {"nt": pyoxigraph.RdfFormat.N_TRIPLES, "nq": pyoxigraph.RdfFormat.N_QUADS,
               "ttl": pyoxigraph.RdfFormat.TURTLE}  # fmt: skip
    for fmt, strict in formats.items():
        out = io.StringIO()
        exporter.export(store, fmt, None, out, ALL)
        read = list(pyoxigraph.parse(out.getvalue().encode(), format=strict))
        assert quote in {getattr(q.object, "value", None) for q in read}, fmt
        if fmt != "nq":
            assert isomorphic(Graph().parse(data=out.getvalue(), format=RDF_PARSERS[fmt]), expected), fmt
    store.close()


RDF_PARSERS = {"nt": "nt", "ttl": "turtle"}


def test_a_quote_without_offsets_stays_a_quote(tmp_path: Path) -> None:
    """A researcher's spreadsheet cites a report by a quote, not by character offsets: the store, the CSV
    and the RDF keep the quote."""
    doc = Entity("sha256:" + "a" * 64, "Document", "Report of the Commission of Inquiry")
    quote = "Colonel Haddad commanded the checkpoint"
    records = (
        [Entity("p-haddad", "Person", "Karim Haddad"), Entity("o-4", "Organization", "4th Division",
                                                                 attributes={"kind": "unit"}), doc],
        [Relation("p-haddad", "commands", "o-4", "2012", evidence=[Span(text=quote, document=doc.id, page=12)])],
    )  # fmt: skip
    store = open_store("embedded", tmp_path / "first")
    prepare_store(store)
    load_records(store, *records)
    (stored,) = [r for r in stored_relations(store) if r.predicate == "commands"]
    assert [(s.text, s.start, s.page) for s in stored.evidence] == [(quote, None, 12)]
    exporter.export(store, "csv", tmp_path / "csv", io.StringIO(), ALL)
    out = io.StringIO()
    exporter.export(store, "nt", None, out, ALL)
    store.close()
    again = open_store("embedded", tmp_path / "again")
    prepare_store(again)
    assert import_csv(again, tmp_path / "csv").problems == []
    (reread,) = [r for r in stored_relations(again) if r.predicate == "commands"]
    assert [s.text for s in reread.evidence] == [quote]
    again.close()
    assert quote in out.getvalue()
    assert [s.text for r in from_graph(Graph().parse(data=out.getvalue(), format="nt")).relations
            for s in r.evidence] == [quote]  # fmt: skip
