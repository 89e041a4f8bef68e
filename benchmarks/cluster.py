"""Extraction on a Dask cluster with one worker and with two, and the load step's cost, in one run.

    .venv/bin/python -m benchmarks.cluster [--repeat 4] [--partition-size 20]

The documents are Security Force Monitor's 40 annotated articles, written `--repeat` times into a
temporary folder (each copy with a line of its own, so that every file is a distinct document). Each
cluster is a LocalCluster of worker processes (one thread each) whose pipelines are loaded before the
clock starts; the time is `ingest.cluster.run` over all the files, partitions written to disk. The load
is `Ingest.run_extractions` (one writer) of the partitions into a fresh embedded store. Prints Markdown:
the rates, the two-worker speed-up, and what they give for ten million pages.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.nlp import SFM_DEV
from graph.connect import open_store
from graph.loader import prepare_store
from ingest.cluster import _extractor, run
from ingest.documents import Ingest

WORDS_PER_PAGE = 500  # a page of a report or a judgment, roughly
PAGES = 10_000_000


def _on(workers: int, files: Path, out: Path, size: int) -> float:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,  # type: ignore[no-untyped-call]
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        client.run(_extractor)  # every worker loads its pipeline before the clock starts
        start = time.perf_counter()
        report = run(cluster.scheduler_address, [files], out, size)
        seconds = time.perf_counter() - start
    assert not report.failed, report.failed
    assert not report.problems, report.problems
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="How many copies of the 40 articles.")
    parser.add_argument("--partition-size", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        docs = root / "docs"
        docs.mkdir()
        words = 0
        texts = [p.read_text(encoding="utf-8") for p in sorted(SFM_DEV.glob("*.txt")) if not p.stem.endswith("_meta")]
        for copy in range(args.repeat):
            for i, text in enumerate(texts):
                body = f"{text}\n\nCopy {copy}.\n"
                (docs / f"{copy:03d}-{i:03d}.txt").write_text(body, encoding="utf-8")
                words += len(body.split())
        one = _on(1, docs, root / "one", args.partition_size)
        two = _on(2, docs, root / "two", args.partition_size)
        store = open_store("embedded", root / "home")
        try:
            prepare_store(store)
            start = time.perf_counter()
            parts = sorted((root / "two").glob("*.jsonl"))
            with_lines = [(str(p), p.read_text(encoding="utf-8").splitlines()) for p in parts]
            summary = Ingest(store, None).run_extractions(with_lines)
            load = time.perf_counter() - start
        finally:
            store.close()
        assert summary.documents == len(texts) * args.repeat, summary.skipped
    rate_one, rate_two, rate_load = words / one, words / two, words / load
    print("| step | documents | words | seconds | words/s |\n|---|---|---|---|---|")
    n = len(texts) * args.repeat
    print(f"| extraction, 1 worker | {n} | {words} | {one:.1f} | {rate_one:,.0f} |")
    print(f"| extraction, 2 workers | {n} | {words} | {two:.1f} | {rate_two:,.0f} |")
    print(f"| load (one writer, embedded store) | {n} | {words} | {load:.1f} | {rate_load:,.0f} |")
    efficiency = rate_two / (2 * rate_one)
    print(
        f"\nTwo workers: {rate_two / rate_one:.2f}x one worker ({efficiency:.0%} of linear); the load runs at "
        f"{rate_load / rate_one:.1f}x one worker's extraction."
    )
    total = PAGES * WORDS_PER_PAGE
    print(f"\nTen million pages ({total:.0e} words at {WORDS_PER_PAGE} words a page), at these rates:\n")
    print("| machines (8 workers each) | extraction, hours | load, hours |\n|---|---|---|")
    for machines in (1, 10, 100):
        hours = total / (rate_one * 8 * machines * efficiency) / 3600
        print(f"| {machines} | {hours:,.0f} | {total / rate_load / 3600:,.0f} |")


if __name__ == "__main__":
    main()
