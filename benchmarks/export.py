"""Export benchmark: RDF written from the store, in triples/s, beside rdflib's own serialisation of the
same graph, and the memory an export holds as the graph grows.

    .venv/bin/python -m benchmarks.export [--units 27000]

Builds a synthetic graph shaped like an ingested one (units in a tree, each
with a commander; every relation an assertion with one evidence span of a
document: about 37 triples per unit, 1 million for 27,000 units), bulk-loads
it into a fresh embedded store, then, in one process:

- exports it to a file in each RDF format (`graph.export.export`, as
  `acg export` does: store pages, pseudonymisation check, mapping, writing);
- serialises the same graph, held in memory by rdflib, to N-Triples and
  Turtle (the reference of DESIGN.md's budgets);
- exports a quarter of the graph and the whole of it again under tracemalloc:
  flat memory means the peak of Python allocations does not grow with the graph;
- exports one unit's neighbourhood (`--around`) from both: its time should not
  grow with the store.

Prints Markdown tables; the ratios are what to compare across machines.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from rdflib import Graph

from graph import export as exporter
from graph.entities import stored, stored_relations
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from ontology.mapping import bind, to_graph
from ontology.records import Entity, Relation, Span

DOC = "sha256:" + "b" * 64
QUOTE = "was the commander of the unit during the operations described in this section of the report"


def graph_records(units: int) -> tuple[list[Entity], list[Relation]]:
    """Units in a tree (five children each) with a commander each; every link cited once from one report."""
    ents = [Entity(DOC, "Document", "Benchmark report", attributes={"sha256": "b" * 64, "chars": 10**7})]
    ents += [Entity(f"o-{i}", "Organization", f"Unit {i}", attributes={"kind": "unit"}) for i in range(units)]
    ents += [Entity(f"p-{i}", "Person", f"Commander {i}", attributes={"rank": "Colonel"}) for i in range(units)]
    rels = []
    for i in range(units):
        at = (i * 131) % 9_000_000
        if i:
            cited = Span(at, at + 40, QUOTE[:40], DOC, 1 + i % 400)
            rels.append(Relation(f"o-{i}", "part_of", f"o-{(i - 1) // 5}", "1992", evidence=[cited], confidence=0.9))
        cited = Span(at + 50, at + 50 + len(QUOTE), QUOTE, DOC, 1 + i % 400)
        rels.append(Relation(f"p-{i}", "commands", f"o-{i}", "1992", "2001-06", evidence=[cited], confidence=0.8))
    return ents, rels


def _export(store: LadybugStore, fmt: str, target: Path) -> tuple[int, float]:
    start = time.perf_counter()
    n = exporter.export(store, fmt, target, None, exporter.Selection(hidden_levels=()))  # type: ignore[arg-type]
    return n, time.perf_counter() - start


AROUND = "o-3"  # a unit with its parent, its commander and five subunits


def _around(store: LadybugStore, target: Path) -> tuple[int, float]:
    """An export of one unit's neighbourhood: triples written and the best of three times."""
    selection = exporter.Selection(around=AROUND, depth=2, hidden_levels=())
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        n = exporter.export(store, "nt", target, None, selection)  # type: ignore[arg-type]
        runs.append((n, time.perf_counter() - start))
    return min(runs, key=lambda r: r[1])


def _peak_mb(store: LadybugStore, fmt: str, target: Path) -> float:
    tracemalloc.start()
    _export(store, fmt, target)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=27_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        stores = {}
        for size in (args.units // 4, args.units):
            store = LadybugStore(tmp / f"db-{size}")
            prepare_store(store)
            load_records(store, *graph_records(size))
            stores[size] = store
        whole = stores[args.units]

        ours = {fmt: _export(whole, fmt, tmp / f"out.{fmt}") for fmt in ("nt", "nq", "ttl", "jsonld")}
        # The reference serialises the graph as stored (with the defaults the store adds, such as the
        # review status of each assertion), so that both write the same triples.
        g = to_graph(list(stored(whole)), list(stored_relations(whole)), bind(Graph()))
        theirs = {}
        for fmt, name in (("nt", "nt"), ("ttl", "turtle")):
            start = time.perf_counter()
            g.serialize(tmp / f"rdflib.{fmt}", format=name, encoding="utf-8")
            theirs[fmt] = len(g) / (time.perf_counter() - start)
        triples = len(g)
        del g
        peaks = {(fmt, size): _peak_mb(s, fmt, tmp / "peak") for fmt in ("nt", "ttl") for size, s in stores.items()}
        around = {size: _around(s, tmp / "around.nt") for size, s in stores.items()}
        for s in stores.values():
            s.close()

    budgets = {"nt": 200_000, "nq": 200_000, "ttl": 100_000}
    print(f"{triples:,} triples ({args.units:,} units)\n")
    print("| export | triples | seconds | triples/s | rdflib alone, triples/s | ratio | budget |")
    print("|---|---|---|---|---|---|---|")
    for fmt, (n, seconds) in ours.items():
        rate = n / seconds
        ref = f"{theirs[fmt]:,.0f} | {rate / theirs[fmt]:.2f}" if fmt in theirs else "| "
        budget = budgets.get(fmt)
        verdict = f"{budget:,}/s: {'met' if rate >= budget else 'missed'}" if budget else ""
        print(f"| {fmt} | {n:,} | {seconds:.2f} | {rate:,.0f} | {ref} | {verdict} |")
    print()
    small, large = args.units // 4, args.units
    print(f"| export | peak traced MB, {small:,} units | peak traced MB, {large:,} units | ratio |")
    print("|---|---|---|---|")
    for fmt in ("nt", "ttl"):
        a, b = peaks[(fmt, small)], peaks[(fmt, large)]
        print(f"| {fmt} | {a:.1f} | {b:.1f} | {b / a:.2f} |")
    print()
    print(f"`--around {AROUND} --depth 2` to N-Triples, best of 3 (the same neighbourhood in both stores):\n")
    print(f"| store | triples | milliseconds | ratio to {small:,} units |")
    print("|---|---|---|---|")
    for size, (n, seconds) in around.items():
        print(f"| {size:,} units | {n:,} | {seconds * 1000:.0f} | {seconds / around[small][1]:.2f} |")


if __name__ == "__main__":
    main()
