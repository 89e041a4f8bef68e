"""Store benchmark: loading throughput, and chain/subordinates latency beside networkx BFS.

    .venv/bin/python -m benchmarks.store [--depth 8] [--branching 5] [--samples 200] [--neo4j bolt://...]

Builds a synthetic hierarchy (every unit part of one parent, the top levels
each with a commander whose command changed on a date) and loads it into a
fresh embedded store as `acg import` does: timed whole, then split into its
nodes and its links, beside upserts of stored records and the engine's bare
COPY of the same rows. Then it reopens the store read-only
(as `acg chain` and the API do), and times `chain` and `subordinates` at a
date on the store and the same questions by networkx BFS
(graph.analytics) on the same edges, in one process. Then the same on SFM's
Nigeria data. With --neo4j (a server whose database it empties: NEO4J_USER,
NEO4J_PASSWORD), the same loads and questions on Neo4j in the same run, with
the walks reading links from the server (as `graph.hierarchy` does there) and
from memory, and their ratios to the embedded engine's. Prints a Markdown
table; ratios are what to compare across machines.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from graph import analytics, bulk, hierarchy
from graph.columns import edge_columns, node_columns
from graph.cypher.write import copy_edges, copy_nodes
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import chain, subordinates
from graph.rows import entity_columns, relation_columns, relation_row
from ingest.sfm import read_sfm
from ontology import dates, load
from ontology.records import Entity, Relation

AT = "2015-06-01"
SFM = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "sfm-nigeria"


def synthetic(
    depth: int, branching: int, commanded_levels: int
) -> tuple[list[Entity], list[Relation], list[list[str]]]:
    entities: list[Entity] = []
    relations: list[Relation] = []
    levels: list[list[str]] = [["u0"]]
    entities.append(Entity("u0", "Organization", "Unit 0", attributes={"kind": "unit"}))
    for _ in range(1, depth):
        current = []
        for parent in levels[-1]:
            for k in range(branching):
                uid = f"{parent}.{k}"
                current.append(uid)
                entities.append(Entity(uid, "Organization", f"Unit {uid}", attributes={"kind": "unit"}))
                relations.append(Relation(uid, "part_of", parent, "2000", method="bench"))
        levels.append(current)
    for level in levels[:commanded_levels]:
        for uid in level:
            for n, (start, end) in enumerate((("2001", "2014-12-31"), ("2015-01-01", None))):
                pid = f"p{n}-{uid}"
                entities.append(Entity(pid, "Person", f"Commander {n} of {uid}"))
                relations.append(Relation(pid, "commands", uid, start, end, method="bench"))
    return entities, relations, levels


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def timed(fn: Callable[[str], Any], items: list[str], keep: Callable[[Any], Any]) -> tuple[float, float, list[Any]]:
    """p50 and p95 of `fn` over `items`, and `keep` of each answer, made after the clock stops: whole
    answers kept alive would lengthen every later full garbage collection, which a server that sends
    each answer away does not see."""
    samples, kept = [], []
    for item in items:
        start = time.perf_counter()
        answer = fn(item)
        samples.append(time.perf_counter() - start)
        kept.append(keep(answer))
        del answer
    p50, p95 = percentiles(samples)
    return p50, p95, kept


def _loads(
    tmp: Path, name: str, entities: list[Entity], relations: list[Relation], figures: dict[str, float]
) -> list[str]:
    """End-to-end load (checks, rows, COPY/upserts) beside a bare COPY of the same rows; then upserts."""
    onto = load()
    store = LadybugStore(tmp / "db")
    prepare_store(store)
    start = time.perf_counter()
    report = load_records(store, entities, relations)
    seconds = time.perf_counter() - start
    total = report.entities + report.relations
    # Upserts: records already stored, loaded again (a slice, to keep the run short).
    again_e, again_r = entities[:10000], relations[:10000]
    start = time.perf_counter()
    load_records(store, again_e, again_r)
    upsert_seconds = time.perf_counter() - start
    store.close()
    figures["load"] = total / seconds
    figures["upserts"] = (len(again_e) + len(again_r)) / upsert_seconds

    # The same records in two loads, the nodes and then the links, each timed: DESIGN.md's budget names
    # both rates. The links' load looks up the labels of their ends, which the nodes' load has stored.
    split = LadybugStore(tmp / "split")
    prepare_store(split)
    start = time.perf_counter()
    nodes = load_records(split, entities, [])
    nodes_seconds = time.perf_counter() - start
    start = time.perf_counter()
    links = load_records(split, [], relations)
    links_seconds = time.perf_counter() - start
    split.close()

    # The same rows copied by the engine alone: no checks, no row building, one transaction.
    bare = LadybugStore(tmp / "bare")
    prepare_store(bare)
    by_id = {e.id: e.type for e in entities} | {
        r["id"]: "CrimeType" for r in bare.read("MATCH (c:CrimeType) RETURN c.id AS id")
    }
    node_tables = {}
    for label in {e.type for e in entities}:
        unique = {e.id: e for e in entities if e.type == label}
        node_tables[label] = bulk.table(node_columns(onto, label), entity_columns(label, list(unique.values())))
    grouped: dict[tuple[str, str, str], dict[str, Relation]] = {}
    for r in relations:
        ends = (by_id.get(r.subject, ""), by_id.get(r.object, ""))
        if ends in onto.predicate(r.predicate).pairs():
            grouped.setdefault((r.predicate, *ends), {})[r.assertion_id()] = r
    edge_tables = {
        k: bulk.table(edge_columns(onto, k[0]), relation_columns(onto, k[0], list(v.values()), list(v)), ends=True)
        for k, v in grouped.items()
    }
    start = time.perf_counter()
    bare.write([(copy_nodes(label), {"rows": t}) for label, t in node_tables.items()])
    node_seconds = time.perf_counter() - start
    start = time.perf_counter()
    bare.write([(copy_edges(onto.predicate(p).cypher, s, o), {"rows": t}) for (p, s, o), t in edge_tables.items()])
    edge_seconds = time.perf_counter() - start
    n_nodes = sum(t.num_rows for t in node_tables.values())
    n_edges = sum(t.num_rows for t in edge_tables.values())
    bare.close()
    bare_rate = (n_nodes + n_edges) / (node_seconds + edge_seconds)
    return [
        f"| {name} | bulk load end to end | {report.entities:,} nodes + {report.relations:,} rels in {seconds:.1f} s "
        f"| {total / seconds:,.0f} records/s | bare COPY {n_nodes / node_seconds:,.0f} nodes/s, "
        f"{n_edges / edge_seconds:,.0f} rels/s | end to end / bare {total / seconds / bare_rate:.2f} |",
        f"| {name} | bulk load end to end, nodes and links in two loads | {nodes.entities / nodes_seconds:,.0f} "
        f"nodes/s, {links.relations / links_seconds:,.0f} rels/s | budget 100,000 nodes/s, 100,000 rels/s | |",
        f"| {name} | upserts of stored records | {len(again_e) + len(again_r):,} records in {upsert_seconds:.1f} s "
        f"| {(len(again_e) + len(again_r)) / upsert_seconds:,.0f} records/s | budget 10,000/s | |",
    ]


def read_links(store: Any) -> tuple[hierarchy.MemoryLinks, float]:
    """The hierarchy's links read into memory, and the milliseconds it took."""
    start = time.perf_counter()
    held = hierarchy.MemoryLinks(store)
    return held, (time.perf_counter() - start) * 1000


@dataclass
class Walk:
    """One question's timings over a sample, with how many answers equal networkx's."""

    label: str
    source: str
    p50: float
    p95: float
    size: float
    agree: int
    n: int
    nx50: float
    nx95: float


def walks(
    store: Any, graph: Any, up: list[str], down: list[str], sources: tuple[tuple[str, hierarchy.Links], ...]
) -> Iterator[Walk]:
    """chain and subordinates at AT over the samples, on `store` reading links from each source, beside
    networkx BFS on the same edges. Speed means nothing if the answers are wrong: each is compared. The
    networkx walk keeps every link held at the date, so the library is asked to keep superseded commanders
    too (it leaves them out by default: on SFM Nigeria that made 80 of 100 chains differ, by them alone)."""
    keys = (dates.lower_key(AT) or "", dates.upper_key(AT) or "")
    for label, fn, nx_fn, items in (
        ("chain", chain, lambda u: analytics.superiors(graph, u, keys), up),
        ("subordinates", subordinates, lambda u: analytics.subordinates(graph, u, keys), down),
    ):
        key = "superiors" if label == "chain" else "subordinates"
        n50, n95, references = timed(nx_fn, items, keep=lambda a: a)
        for source, links in sources:
            p50, p95, answers = timed(
                partial(fn, store, at=AT, links=links, include_superseded=True),
                items,
                keep=lambda a, k=key: {e["id"]: e["distance"] for e in a[k]},  # type: ignore[misc]
            )
            agree = sum(a == ref for a, ref in zip(answers, references, strict=True))
            size = statistics.mean(len(a) for a in answers)
            yield Walk(label, source, p50, p95, size, agree, len(items), n50, n95)


def run(
    name: str, entities: list[Entity], relations: list[Relation], up: list[str], down: list[str],
    figures: dict[str, float],
) -> list[str]:  # fmt: skip
    """The embedded engine's figures; `figures` receives those the Neo4j run is compared with."""
    onto = load()
    graph = analytics.hierarchy({**relation_row(onto, r), "predicate": r.predicate} for r in relations)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        lines += _loads(Path(tmp), name, entities, relations, figures)
        store = LadybugStore(Path(tmp) / "db", read_only=True)
        # The benchmark's own records and networkx graph (some 10^6 objects) would make every full
        # garbage collection during a question cost about 100 ms more than in `acg chain` or the API,
        # which hold none of them: they are set aside from collection before the clocks start.
        gc.collect()
        gc.freeze()
        # The walks read the hierarchy's links into memory at the first question after a write
        # (graph.hierarchy); that first read is timed alone, then the questions, then the same
        # questions with each link asked of the engine (as on Neo4j).
        held, ms = read_links(store)
        lines.append(f"| {name} | hierarchy links read into memory (once per write) | {len(held):,} links "
                     f"in {ms:.0f} ms | | |")  # fmt: skip
        sources: tuple[tuple[str, hierarchy.Links], ...] = (
            ("links in memory", held), ("links asked of the engine", hierarchy.StoreLinks(store))
        )  # fmt: skip
        for w in walks(store, graph, up, down, sources):
            if w.source == "links in memory":
                figures[f"{w.label} p50"] = w.p50
            lines.append(f"| {name} | {w.label} at {AT}, {w.source} (mean {w.size:.0f} found, n={w.n}, "
                         f"{w.agree}/{w.n} equal to networkx) | store p50 {w.p50:.2f} ms, p95 {w.p95:.2f} ms "
                         f"| networkx p50 {w.nx50:.2f} ms, p95 {w.nx95:.2f} ms "
                         f"| store/networkx p95 {w.p95 / w.nx95:.1f}x |")  # fmt: skip
        store.close()
        gc.unfreeze()
    return lines


def run_neo4j(
    name: str, entities: list[Entity], relations: list[Relation], up: list[str], down: list[str], uri: str,
    embedded: dict[str, float],
) -> list[str]:  # fmt: skip
    """The same loads and questions on a Neo4j server (its database emptied first), with their ratios to the
    embedded engine's figures of the same run (`embedded`)."""
    from graph.neo4j_store import Neo4jStore

    onto = load()
    graph = analytics.hierarchy({**relation_row(onto, r), "predicate": r.predicate} for r in relations)
    env = os.environ.get
    store = Neo4jStore(uri, env("NEO4J_USER") or "neo4j", env("NEO4J_PASSWORD"), env("NEO4J_DATABASE"))
    lines = []
    try:
        store.write([("MATCH (n) DETACH DELETE n", {})])
        prepare_store(store)
        start = time.perf_counter()
        report = load_records(store, entities, relations)
        seconds = time.perf_counter() - start
        rate = (report.entities + report.relations) / seconds
        again_e, again_r = entities[:10000], relations[:10000]
        start = time.perf_counter()
        load_records(store, again_e, again_r)
        upserts = (len(again_e) + len(again_r)) / (time.perf_counter() - start)
        lines.append(f"| {name} | Neo4j: load end to end | {report.entities:,} nodes + {report.relations:,} rels "
                     f"in {seconds:.1f} s, {rate:,.0f} records/s | embedded {embedded['load']:,.0f} records/s "
                     f"| Neo4j / embedded {rate / embedded['load']:.2f} |")  # fmt: skip
        lines.append(f"| {name} | Neo4j: upserts of stored records | {upserts:,.0f} records/s "
                     f"| embedded {embedded['upserts']:,.0f} records/s | Neo4j / embedded "
                     f"{upserts / embedded['upserts']:.2f} |")  # fmt: skip
        gc.collect()
        gc.freeze()
        held, ms = read_links(store)
        lines.append(f"| {name} | Neo4j: hierarchy links read into memory | {len(held):,} links in {ms:.0f} ms | | |")
        sources = (("links asked of the server", hierarchy.StoreLinks(store)), ("links in memory", held))
        for w in walks(store, graph, up, down, sources):
            reference = embedded[f"{w.label} p50"]
            lines.append(f"| {name} | Neo4j: {w.label} at {AT}, {w.source} (n={w.n}, {w.agree}/{w.n} equal to "
                         f"networkx) | p50 {w.p50:.2f} ms, p95 {w.p95:.2f} ms | embedded, links in memory, "
                         f"p50 {reference:.2f} ms | Neo4j / embedded p50 {w.p50 / reference:.1f}x |")  # fmt: skip
        gc.unfreeze()
    finally:
        store.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--branching", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--neo4j", default=None, help="bolt:// URI of a Neo4j whose database may be emptied")
    args = parser.parse_args()
    rng = random.Random(7)

    entities, relations, levels = synthetic(args.depth, args.branching, commanded_levels=4)
    leaves = rng.sample(levels[-1], min(args.samples, len(levels[-1])))
    # Units two levels down have about branching**(depth-3) units and their commanders below them.
    subtrees = rng.sample(levels[2], min(args.samples, len(levels[2])))
    lines = ["| data | measure | result | reference | ratio |", "|---|---|---|---|---|"]
    figures: dict[str, float] = {}
    name = f"synthetic {len(entities):,} nodes"
    lines += run(name, entities, relations, leaves, subtrees, figures)
    if args.neo4j:
        lines += run_neo4j(name, entities, relations, leaves, subtrees, args.neo4j, figures)

    sfm = read_sfm(SFM)
    units = sorted(e.id for e in sfm.entities if e.type == "Organization")
    sample = rng.sample(units, min(args.samples, len(units)))
    figures = {}
    lines += run("SFM Nigeria", sfm.entities, sfm.relations, sample, sample, figures)
    if args.neo4j:
        lines += run_neo4j("SFM Nigeria", sfm.entities, sfm.relations, sample, sample, args.neo4j, figures)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
