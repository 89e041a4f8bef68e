"""The store out: the whole graph or the part around an entity, as RDF, CSV (the layout of
ontology.tables), FollowTheMoney JSON lines (ontology.ftm) or a graph file.

Records are read in keyset pages (`read.node_page`, `read.edge_page`) and
written as they come, so N-Triples, N-Quads, Turtle, JSON-LD and CSV keep
memory flat however large the graph; GraphML and GEXF are written by
networkx from a graph held in memory. RDF goes through ontology.mapping, so
what `acg import` reads from an export is what was exported (round trip).

People at risk are pseudonymised (graph.protect) at the levels the selection
hides: by default every entity whose sensitivity, or whose assertions'
sensitivity, is "restricted" or "protected" (victims and witnesses, by the
ontology's default); `hidden_levels=()` exports everyone as stored.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import IO, Any

import networkx as nx
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from graph import subgraph
from graph.entities import stored, stored_relations
from graph.protect import Protection
from graph.store import StoreView
from ontology import ftm, load, tables
from ontology.errors import InvalidInput
from ontology.mapping import bind, entity_triples, iri, relation_triples
from ontology.records import Entity, Relation

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
FORMATS = (*RDF_FORMATS, "csv", "graphml", "gexf", "ftm")
HIDDEN = ("restricted", "protected")
_ACG = "https://w3id.org/acg/"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


@dataclass(frozen=True)
class Selection:
    """What to export: everything, or the entities within `depth` links of `around` (with their links)."""

    around: str | None = None
    depth: int = 1
    hidden_levels: tuple[str, ...] = HIDDEN
    pseudonym_key: bytes = b""


def records(view: StoreView, selection: Selection) -> tuple[Iterable[Entity], Iterable[Relation]]:
    """The selection's entities and relations, protected. The whole graph is read page by page; a
    neighbourhood (`around`) link by link from its entity: its cost grows with the neighbourhood, not the store."""
    guard = Protection.of(view, selection.hidden_levels, selection.pseudonym_key)
    if selection.around is None:
        ents: Iterable[Entity] = stored(view)
        rels: Iterable[Relation] = stored_relations(view)
    else:
        labels = subgraph.reach(view, selection.around, selection.depth)[0]
        kept = set(load().entity_types_but_taxonomies())
        ents = subgraph.entities_of(view, {i: label for i, label in labels.items() if label in kept})
        rels = subgraph.linking(view, labels, also={"of_type"})  # a crime's type, even one not reached
    return (guard.entity(e) for e in ents), (guard.relation(r) for r in rels)


# -- writers ---------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _n3(node: Node) -> str:
    """The N-Triples form of a term (which Turtle reads too). Most are written many times running (an
    entity's triples share its subject, every assertion its predicate, many its dates and kinds), and
    rdflib checks an IRI at each `n3()`; the cache is small, so memory stays flat."""
    if isinstance(node, Literal):
        # Not rdflib's n3(): it writes a text with a line break as a Turtle long string, which is not
        # N-Triples (evidence quoted across lines would break the file).
        text = str(node).translate(_ESCAPES)
        if node.language:
            return f'"{text}"@{node.language}'
        return f'"{text}"^^<{node.datatype}>' if node.datatype and node.datatype != XSD.string else f'"{text}"'
    return node.n3()


def _term_text(t: tuple[Node, Node, Node]) -> str:
    s, p, o = t
    return f"{_n3(s)} {_n3(p)} {_n3(o)}"


def write_ntriples(ents: Iterable[Entity], rels: Iterable[Relation], out: IO[str], quads: bool = False) -> int:
    """N-Triples, or N-Quads with each assertion in the named graph of each of its sources."""
    n = 0
    for e in ents:
        lines = [f"{_term_text(t)} .\n" for t in entity_triples(e)]
        out.write("".join(lines))
        n += len(lines)
    for r in rels:
        ends = [" .\n"]
        if quads:
            ends = [f" {_n3(iri(doc))} .\n" for doc in sorted({s.document for s in r.evidence if s.document})] or ends
        lines = [_term_text(t) + end for t in relation_triples(r) for end in ends]
        out.write("".join(lines))
        n += len(lines)
    return n


def _batches(ents: Iterable[Entity], rels: Iterable[Relation], size: int = 2000) -> Iterator[Graph]:
    """Graphs of about `size` triples; a record's triples are never split between two."""
    g = bind(Graph())
    for triples in chain(map(entity_triples, ents), map(relation_triples, rels)):
        for t in triples:
            g.add(t)
        if len(g) >= size:
            yield g
            g = bind(Graph())
    yield g


class _Names:
    """Turtle names: an IRI under one of the export's prefixes as `prefix:local` when the local part is
    plainly a Turtle local name, any other term in its N-Triples form (which Turtle reads too)."""

    _LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")

    def __init__(self) -> None:
        names = bind(Graph()).namespaces()
        chosen = {p: str(ns) for p, ns in names if p in {"acc", "id", "rdf", "xsd"} or ns.startswith(_ACG)}
        self.header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(chosen.items()))
        self.prefixes = sorted(((ns, p) for p, ns in chosen.items()), key=lambda x: -len(x[0]))
        self.name = lru_cache(maxsize=4096)(self._name)
        self._datatypes: dict[str, str] = {}  # "<…XMLSchema#gYear>" -> "xsd:gYear"

    def _name(self, node: Node) -> str:
        if isinstance(node, URIRef):
            if node == RDF.type:
                return "a"
            for ns, prefix in self.prefixes:
                if node.startswith(ns) and self._LOCAL.fullmatch(node, len(ns)):
                    return f"{prefix}:{node[len(ns) :]}"
        return _n3(node)

    def value(self, node: Node) -> str:
        if not isinstance(node, Literal):
            return self.name(node)
        text = _n3(node)
        if not text.endswith(">"):
            return text
        lexical, _, datatype = text.rpartition("^^")
        short = self._datatypes.get(datatype)
        if short is None:
            short = self._datatypes[datatype] = self.name(URIRef(datatype[1:-1]))
        return f"{lexical}^^{short}"


def write_turtle(ents: Iterable[Entity], rels: Iterable[Relation], out: IO[str]) -> int:
    """Turtle: the triples as they come from each record, one block per run of triples about one subject
    (an entity, an assertion, an evidence span), under the export's prefixes. Written term by term as
    N-Triples is (rdflib's Turtle serialiser holds a graph in memory and writes 35k triples/s)."""
    names = _Names()
    out.write(names.header)
    n = 0
    subject: Node | None = None
    for s, p, o in chain.from_iterable(chain(map(entity_triples, ents), map(relation_triples, rels))):
        if s == subject:
            out.write(f" ;\n    {names.name(p)} {names.value(o)}")
        else:
            out.write(f"{' .' if subject is not None else ''}\n{names.name(s)} {names.name(p)} {names.value(o)}")
            subject = s
        n += 1
    out.write(" .\n" if subject is not None else "")
    return n


def jsonld_context() -> dict[str, str]:
    """The prefixes of a JSON-LD export: the ontology's, its identifiers', its concept schemes' and the
    RDF vocabularies they use, so that keys read `acc:name` rather than whole IRIs."""
    g = bind(Graph(bind_namespaces="core"))
    return {prefix: str(ns) for prefix, ns in sorted(g.namespaces()) if prefix and prefix != "xml"}


def write_jsonld(ents: Iterable[Entity], rels: Iterable[Relation], out: IO[str]) -> int:
    """JSON-LD: one document with the prefixes as its @context, whose @graph is written a block of nodes
    at a time (each block compacted with the same context)."""
    context = jsonld_context()
    n = 0
    out.write('{"@context": ' + json.dumps(context, sort_keys=True) + ',\n"@graph": [')
    first = True
    for g in _batches(ents, rels):
        if not len(g):
            continue
        doc = json.loads(g.serialize(format="json-ld", context=context))
        for node in doc.get("@graph", [{k: v for k, v in doc.items() if k != "@context"}]):
            out.write(("" if first else ",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True))
            first = False
        n += len(g)
    out.write("]}\n")
    return n


def network(ents: Iterable[Entity], rels: Iterable[Relation]) -> nx.MultiDiGraph[str]:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for e in ents:
        g.add_node(e.id, label=e.name, type=e.type, **_flat(e.attributes))
    for r in rels:
        attrs = {**_flat(r.attributes), "predicate": r.predicate, "confidence": r.confidence, "method": r.method,
                 "valid_from": r.valid_from, "valid_to": r.valid_to,
                 "sources": " ".join(sorted({s.document for s in r.evidence if s.document}))}  # fmt: skip
        g.add_edge(r.subject, r.object, key=r.assertion_id(), **{k: v for k, v in attrs.items() if v is not None})
    return g


def _flat(values: dict[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in values.items() if v is not None}


def export(view: StoreView, fmt: str, target: Path | None, out: IO[str], selection: Selection) -> int:
    """Write the selection in `fmt` to `target` (a folder for csv) or to `out`; the number of triples or rows."""
    if fmt not in FORMATS:
        raise InvalidInput(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    ents, rels = records(view, selection)
    if fmt == "csv":
        if target is None:
            raise InvalidInput("--format csv writes one file per type and predicate: give a folder with -o")
        return tables.write(ents, rels, target)
    if fmt == "ftm":
        if target is None:
            return write_ftm(ents, rels, out)
        with target.open("w", encoding="utf-8") as f:
            return write_ftm(ents, rels, f)
    if fmt in {"graphml", "gexf"}:
        g = network(ents, rels)
        buffer = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, buffer)
        text = buffer.getvalue().decode("utf-8")
        _emit(text, target, out)
        return g.number_of_nodes() + g.number_of_edges()
    if target is None:
        return _write_rdf(fmt, ents, rels, out)
    with target.open("w", encoding="utf-8") as f:
        return _write_rdf(fmt, ents, rels, f)


def write_ftm(ents: Iterable[Entity], rels: Iterable[Relation], out: IO[str]) -> int:
    """FollowTheMoney entities as JSON lines (ontology.ftm); the number of lines."""
    n = 0
    for data in ftm.to_ftm(ents, rels):
        out.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


def write_csv_zip(view: StoreView, selection: Selection, out: IO[bytes], scratch: Path) -> int:
    """The CSV export (one file per type and predicate) as one zip archive written to `out`, which need
    not be seekable (a response stream); the files are made in a temporary folder under `scratch` (beside
    the store, not in a shared /tmp) and removed. The number of rows."""
    ents, rels = records(view, selection)
    with tempfile.TemporaryDirectory(dir=scratch, prefix="export-") as folder:
        n = tables.write(ents, rels, Path(folder))
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for f in sorted(Path(folder).iterdir()):
                archive.write(f, f"accountability-graph/{f.name}")
    return n


def _write_rdf(fmt: str, ents: Iterable[Entity], rels: Iterable[Relation], out: IO[str]) -> int:
    if fmt in {"nt", "nq"}:
        return write_ntriples(ents, rels, out, quads=fmt == "nq")
    if fmt == "ttl":
        return write_turtle(ents, rels, out)
    return write_jsonld(ents, rels, out)


def _emit(text: str, target: Path | None, out: IO[str]) -> None:
    if target is None:
        out.write(text)
    else:
        target.write_text(text, encoding="utf-8")
