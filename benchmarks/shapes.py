"""Shapes benchmark: the compiled checks (`ontology.validate`) beside pyshacl on the same graphs.

    .venv/bin/python -m benchmarks.shapes [--sfm ../shared/data/sfm-nigeria] [--rounds 3]

Two graphs of real data, each checked by both in one process:

- the whole of Security Force Monitor's Nigeria tables, mapped to RDF as
  `acg import --format sfm` maps them (it conforms);
- the first 1,500 of its entities with the first 400 relations: many of those
  relations point at entities left out, so it breaks the shapes thousands of
  times, and the two must name the same (focus node, path) pairs.

Prints a Markdown table of triples/s and the ratio (compiled / pyshacl).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from rdflib import Graph

from ingest.sfm import read_sfm
from ontology.mapping import to_graph
from ontology.validate import validate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/shacl.py: pyshacl on the derived shapes, the reference
from tests.shacl import pyshacl_violations  # noqa: E402

T = TypeVar("T")


def _best(rounds: int, run: Callable[[], T]) -> tuple[float, T]:
    """The fastest of `rounds` runs, in seconds, and what the last one returned."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sfm", type=Path, default=ROOT.parent / "shared" / "data" / "sfm-nigeria")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sfm = read_sfm(args.sfm)
    graphs: list[tuple[str, Graph]] = [
        ("SFM Nigeria, whole", to_graph(sfm.entities, sfm.relations)),
        ("SFM, 1,500 entities and 400 relations", to_graph(sfm.entities[:1500], sfm.relations[:400])),
    ]
    print("| graph | triples | violations | compiled, triples/s | pyshacl, triples/s | ratio |")
    print("|---|---|---|---|---|---|")
    for title, g in graphs:
        compiled, found = _best(args.rounds, partial(validate, g))
        reference, expected = _best(1, partial(pyshacl_violations, g))
        pairs = {(v.focus, v.path) for v in found}
        if pairs != expected:
            raise SystemExit(f"{title}: the compiled checks and pyshacl disagree")
        print(f"| {title} | {len(g):,} | {len(pairs):,} | {len(g) / compiled:,.0f} | {len(g) / reference:,.0f} "
              f"| {reference / compiled:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
