"""Structured data through the RDF path: Turtle, JSON-LD, N-Triples, the CSV layout and Security Force
Monitor's tables, checked, then loaded.

A file (or a CSV folder) is one unit: it is mapped to RDF in the ontology,
checked against the SHACL shapes, and loaded only when it conforms; otherwise
its violations are reported and nothing of it is loaded.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.exceptions import ParserError

from graph.loader import LoadReport, load_records
from graph.queries import stored_of
from graph.store import Store
from ingest.sfm_current import read_sfm_folder
from ontology import ACC, load, tables
from ontology.errors import InvalidInput
from ontology.mapping import bind, from_graph, id_of, to_graph
from ontology.records import Entity, Relation
from ontology.validate import validate

RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "nq": "nquads"}
MAX_VIOLATIONS = 20


@dataclass
class Imported:
    report: LoadReport = field(default_factory=LoadReport)
    problems: list[str] = field(default_factory=list)


def rdf_graph(path: Path, fmt: str) -> Graph:
    g = bind(Graph())
    try:
        if fmt == "nq":
            with warnings.catch_warnings():  # rdflib's Dataset warns about its own internals
                warnings.simplefilter("ignore", DeprecationWarning)
                ds = Dataset()
                ds.parse(path, format="nquads")
                for s, p, o, _ in ds.quads((None, None, None, None)):
                    g.add((s, p, o))
        else:
            g.parse(path, format=RDF_FORMATS[fmt])
    except (ParserError, SyntaxError, ValueError, UnicodeDecodeError) as e:
        raise InvalidInput(
            f"{path}: not valid {fmt}: {str(e).splitlines()[0] if str(e) else type(e).__name__}"
        ) from None
    return g


def _typed_from_store(store: Store, g: Graph) -> tuple[Graph, list[URIRef]]:
    """`g` with the classes and names of the entities it only refers to, as the store knows them, so the
    shapes can check links to entities loaded before (and find each such entity whole: a name is required);
    and the entities it refers to that neither it nor the store holds."""
    onto = load()
    classes = {t.name: URIRef(t.iri) for t in onto.entity_types.values()}
    predicates = {URIRef(p.iri) for p in onto.predicates.values()} | {ACC.document}
    ends = {n for s, p, o in g if p in predicates for n in (s, o) if isinstance(n, URIRef)}
    concepts = {URIRef(c.iri) for scheme in onto.schemes.values() for c in scheme.concepts}
    untyped = {n for n in ends - concepts if (n, RDF.type, None) not in g}
    if not untyped:
        return g, []
    full = Graph() + g
    ids = {node: id_of(node) for node in untyped}
    stored = stored_of(store, ids.values())  # asked in batches, not one id at a time
    for node, entity_id in ids.items():
        if entity_id in stored:
            label, name = stored[entity_id]
            full.add((node, RDF.type, classes[label]))
            if (node, ACC.name, None) not in g:
                full.add((node, ACC.name, Literal(name)))
    return full, sorted(node for node in untyped if ids[node] not in stored)


def import_graph(store: Store, g: Graph, where: str) -> Imported:
    out = Imported()
    full, unknown = _typed_from_store(store, g)
    out.problems += [f"{where}: {g.namespace_manager.normalizeUri(n)} is linked to but is neither in this data nor in "
                     "the store" for n in unknown[:MAX_VIOLATIONS]]  # fmt: skip
    violations = validate(full)
    if violations:
        out.problems += [f"{where}: {v}" for v in violations[:MAX_VIOLATIONS]]
        out.problems.append(f"{where}: {len(violations)} violations of the shapes; nothing loaded")
        return out
    records = from_graph(g)
    out.problems += [f"{where}: {p}" for p in records.problems]
    out.report = load_records(store, records.entities, records.relations)
    return out


def import_rdf(store: Store, path: Path, fmt: str) -> Imported:
    return import_graph(store, rdf_graph(path, fmt), str(path))


def import_csv(store: Store, folder: Path) -> Imported:
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: the CSV layout is a folder of <Type>.csv and <predicate>.csv files")
    entities, relations, problems = tables.read(folder)
    return _import_records(store, entities, relations, problems, str(folder))


def import_sfm(store: Store, folder: Path) -> Imported:
    """SFM's tables as records (ingest.sfm_current reads either format), then the path of the other formats:
    RDF, the shapes, the store."""
    read = read_sfm_folder(folder)
    return _import_records(store, read.entities, read.relations, read.problems, str(folder))


def _import_records(
    store: Store, entities: list[Entity], relations: list[Relation], problems: list[str], where: str
) -> Imported:
    """Records a table reader made, through RDF and the shapes; the reader's problems come first."""
    out = import_graph(store, to_graph(entities, relations), where)
    out.problems = problems + out.problems
    return out
