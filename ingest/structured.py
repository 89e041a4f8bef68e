"""Structured data through the RDF path: Turtle, JSON-LD, N-Triples, the CSV layout and Security Force
Monitor's tables, checked, then loaded.

A file (or a CSV folder) is one unit: it is mapped to RDF in the ontology,
checked against the SHACL shapes, and loaded only when it conforms; otherwise
its violations are reported and nothing of it is loaded.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.exceptions import ParserError

from graph.loader import LoadReport, load_records
from graph.queries import stored_of
from graph.store import Store
from ingest.sfm_current import read_sfm_folder
from ontology import ACC, ftm, load, tables
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


def import_ftm(store: Store, data: bytes, name: str, log: Path | None = None) -> Imported:
    """FollowTheMoney JSON lines (an OpenSanctions extract, an OpenAleph export) as records (ontology.ftm),
    joined to the entities already known by the resolution of ingests (ingest.resolve; each decision goes to
    `log`, so `acg entity split ENTITY --document SHA256` takes back what the file said), then loaded
    through RDF and the shapes. The file is a Document (by its SHA-256) that every link cites; a line that
    is not an FtM entity is reported (file:line: reason) and the rest is read."""
    # resolution reads names as the extractor does (nlp, spaCy): loaded only when an FtM import needs it
    from ingest.documents import known_entities
    from ingest.resolve import RESOLVED_TYPES, Resolver, append_log, gather

    sha = hashlib.sha256(data).hexdigest()
    source = f"sha256:{sha}"
    problems: list[str] = []
    proxies = []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            proxies.append((f"{name}:{number}", ftm.read_proxy(json.loads(line), f"{name}:{number}")))
        except json.JSONDecodeError as bad:
            problems.append(f"{name}:{number}: not JSON ({bad.msg}); left out")
        except InvalidInput as bad:
            problems.append(f"{bad}; left out")
    entities, relations, found = ftm.from_ftm(proxies, source)
    problems += found
    resolver = Resolver(known_entities(store))
    ids: dict[str, str] = {}
    decisions = []
    out: dict[str, Entity] = {}
    for e in entities:
        if e.type not in RESOLVED_TYPES:
            out[e.id] = e
            continue
        canonical, decision = resolver.resolve(source, e)
        final = canonical.id
        if decision.reason == "new":
            ids[canonical.id] = e.id  # a new entity keeps its FtM id (OpenSanctions', OpenAleph's)
            final = e.id
        final = ids.get(final, final)
        ids[e.id] = final
        decisions.append(replace(decision, canonical=final))
        gather(out, replace(canonical, id=final))
    document = Entity(source, "Document", name, [], {"sha256": sha, "media_type": "application/json"})
    records = [document, *out.values()]
    links = [replace(r, subject=ids.get(r.subject, r.subject), object=ids.get(r.object, r.object)) for r in relations]
    done = _import_records(store, records, links, problems, name)
    if log is not None and decisions:
        append_log(log, (d.to_json() for d in decisions))
    return done
