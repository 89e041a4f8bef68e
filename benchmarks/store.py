"""Store benchmark: loading throughput, and chain/subordinates latency beside networkx BFS.

    .venv/bin/python -m benchmarks.store [--depth 8] [--branching 5] [--samples 200]

Builds a synthetic hierarchy (every unit part of one parent, the top levels
each with a commander whose command changed on a date), loads it into a
fresh embedded store through the ordinary upsert path, reopens it read-only
(as `acg chain` and the API do), then times `chain` and `subordinates` at a
date on the store and the same questions by networkx BFS
(graph.analytics) on the same edges, in one process. Then the same on SFM's
Nigeria data. Prints a Markdown table; ratios are what to compare across
machines.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph import analytics
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import chain, subordinates
from graph.rows import relation_row
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


def timed(fn: Callable[[str], Any], items: list[str]) -> tuple[float, float, list[Any]]:
    samples, answers = [], []
    for item in items:
        start = time.perf_counter()
        answers.append(fn(item))
        samples.append(time.perf_counter() - start)
    p50, p95 = percentiles(samples)
    return p50, p95, answers


def run(name: str, entities: list[Entity], relations: list[Relation], up: list[str], down: list[str]) -> list[str]:
    onto = load()
    keys = (dates.lower_key(AT) or "", dates.upper_key(AT) or "")
    graph = analytics.hierarchy({**relation_row(onto, r), "predicate": r.predicate} for r in relations)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        store = LadybugStore(Path(tmp) / "db")
        prepare_store(store)
        start = time.perf_counter()
        report = load_records(store, entities, relations)
        seconds = time.perf_counter() - start
        total = report.entities + report.relations
        # Questions are asked as `acg chain` and the API ask them: on a store opened read-only.
        store.close()
        store = LadybugStore(Path(tmp) / "db", read_only=True)
        lines.append(f"| {name} | upsert load | {report.entities} nodes + {report.relations} rels in {seconds:.1f} s "
                     f"| {total / seconds:,.0f} records/s | budget 10,000/s |")  # fmt: skip
        for label, store_fn, nx_fn, items in (
            ("chain", lambda u: chain(store, u, AT), lambda u: analytics.superiors(graph, u, keys), up),
            (
                "subordinates",
                lambda u: subordinates(store, u, AT),
                lambda u: analytics.subordinates(graph, u, keys),
                down,
            ),
        ):
            p50, p95, answers = timed(store_fn, items)
            n50, n95, _ = timed(nx_fn, items)
            size = statistics.mean(len(a["superiors" if label == "chain" else "subordinates"]) for a in answers)
            lines.append(f"| {name} | {label} at {AT} (mean {size:.0f} found, n={len(items)}) "
                         f"| store p50 {p50:.2f} ms, p95 {p95:.2f} ms | networkx p50 {n50:.2f} ms, p95 {n95:.2f} ms "
                         f"| store/networkx p95 {p95 / n95:.1f}x |")  # fmt: skip
        store.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--branching", type=int, default=5)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)

    entities, relations, levels = synthetic(args.depth, args.branching, commanded_levels=4)
    leaves = rng.sample(levels[-1], min(args.samples, len(levels[-1])))
    # Units two levels down have about branching**(depth-3) units and their commanders below them.
    subtrees = rng.sample(levels[2], min(args.samples, len(levels[2])))
    lines = ["| data | measure | result | reference | ratio |", "|---|---|---|---|---|"]
    lines += run(f"synthetic {len(entities):,} nodes", entities, relations, leaves, subtrees)

    sfm = read_sfm(SFM)
    units = sorted(e.id for e in sfm.entities if e.type == "Organization")
    sample = rng.sample(units, min(args.samples, len(units)))
    lines += run("SFM Nigeria", sfm.entities, sfm.relations, sample, sample)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
