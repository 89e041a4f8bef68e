"""The redacted copy that analysts' raw Cypher runs on (graph.isolated): how long making it takes.

    .venv/bin/python -m benchmarks.redacted [--units 50000]

Loads a hierarchy of `--units` units with a commander each (benchmarks.api)
into an in-memory store, then times, in the same process, the reference (a
bulk load of the same records into a fresh in-memory store) and the copy
(the export's records read back, protected people pseudonymised, sent to
the process that runs raw Cypher and loaded there the same way). The copy
is made at the first raw query after each change.
Prints Markdown.
"""

from __future__ import annotations

import argparse
import time

from benchmarks.api import hierarchy
from graph import export
from graph.isolated import Bounds, Isolated
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=50_000)
    args = parser.parse_args()
    ents, rels = hierarchy(args.units)
    source = LadybugStore(None)
    prepare_store(source)
    load_records(source, ents, rels)
    reference = LadybugStore(None)
    prepare_store(reference)
    start = time.perf_counter()
    load_records(reference, ents, rels)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    isolated = Isolated(Bounds(seconds=0, memory=16 << 30))
    selection = export.Selection(hidden_levels=("protected",), pseudonym_key=b"benchmark")
    isolated.ensure_copy(0, lambda: export.records(source, selection))
    copied = time.perf_counter() - start
    isolated.close()
    records = len(ents) + len(rels)
    print("| records | bulk load of the records (reference) | redacted copy | copy / load |\n|---|---|---|---|")
    print(f"| {records:,} | {loaded:.2f} s ({records / loaded:,.0f}/s) | {copied:.2f} s ({records / copied:,.0f}/s) "
          f"| {copied / loaded:.1f} |")  # fmt: skip
    for store in (reference, source):
        store.close()


if __name__ == "__main__":
    main()
