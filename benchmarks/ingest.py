"""Ingest end to end on the example corpus replicated, the store part beside a bare bulk load, and the
RDF export beside rdflib's own serialisation of the same graph.

    .venv/bin/python -m benchmarks.ingest [--words 2000000] [--processes 1] [--no-shapes]

Each copy of a corpus document gets a line "Copy N." so that it is a new
document (ingest skips a document it has by its SHA-256). Reported:
documents/s and words/s end to end, peak resident memory, where the time went
(extraction is what remains after the shapes, mapping and store), the store
part against loading the same records in one bulk load (COPY) into a fresh
store of the same engine, and export triples/s (N-Triples, Turtle) against
rdflib serialising the same triples held in one Graph. Prints Markdown.
"""

from __future__ import annotations

import argparse
import io
import resource
import shutil
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from graph import export as exporter
from graph.connect import open_store
from graph.loader import load_records, prepare_store
from ingest import readers
from ingest.documents import Ingest
from nlp.pipeline import Extractor
from ontology.mapping import bind, to_graph

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def replicate(folder: Path, words: int) -> tuple[int, int]:
    originals = [p for p in sorted(CORPUS.iterdir()) if readers.supported(p)]
    per_round = sum(len(readers.read(p).text.split()) for p in originals)
    copies = max(1, -(-words // per_round))
    for n in range(copies):
        for p in originals:
            text = p.read_text(encoding="utf-8")
            marked = (
                text.replace("</main>", f"<p>Copy {n}.</p></main>") if p.suffix == ".html" else text + f"\nCopy {n}.\n"
            )
            (folder / f"{n:05d}-{p.name}").write_text(marked, encoding="utf-8")
    return copies * len(originals), copies * per_round


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--no-shapes", action="store_true", help="Skip the SHACL check of each document.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "docs").mkdir()
        documents, words = replicate(tmp / "docs", args.words)
        store = open_store("embedded", tmp / "home")
        prepare_store(store)
        extractor = Extractor(n_process=args.processes)
        start = time.perf_counter()
        summary = Ingest(store, extractor, validate_shapes=not args.no_shapes).run([tmp / "docs"])
        total = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert summary.documents == documents, summary.skipped[:3]

        ents, rels = list(exporter.entities(store)), list(exporter.relations(store))
        bare = open_store("embedded", tmp / "bare")
        prepare_store(bare)
        start = time.perf_counter()
        load_records(bare, ents, rels)
        bulk = time.perf_counter() - start
        bare.close()

        exported: dict[str, tuple[int, float]] = {}
        for fmt in ("nt", "ttl"):
            out = io.StringIO()
            start = time.perf_counter()
            n = exporter.export(store, fmt, None, out, exporter.Selection(hidden_levels=()))
            exported[fmt] = (n, time.perf_counter() - start)
        g = to_graph(ents, rels, bind(Graph()))
        rdflib_times = {}
        for fmt, name in (("nt", "nt"), ("ttl", "turtle")):
            start = time.perf_counter()
            g.serialize(format=name)
            rdflib_times[fmt] = time.perf_counter() - start
        store.close()
        shutil.rmtree(tmp / "docs")

    store_s = summary.seconds.get("store", 0.0)
    print("| documents | words | processes | shapes | seconds | documents/s | words/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {documents} | {words} | {args.processes} | {'no' if args.no_shapes else 'yes'} | {total:.1f} | "
        f"{documents / total:.1f} | {words / total:.0f} | {peak_mb:.0f} |"
    )
    print()
    print("| stage | seconds | share |")
    print("|---|---|---|")
    rest = total - sum(summary.seconds.values())
    for stage, s in [*sorted(summary.seconds.items()), ("extraction and reading", rest)]:
        print(f"| {stage} | {s:.1f} | {s / total:.0%} |")
    print()
    rows = len(ents) + len(rels)
    print(
        f"store part: {rows} records; per-batch upserts {store_s:.2f} s against one bulk load (COPY) "
        f"{bulk:.2f} s: ratio {bulk / store_s:.2f} (1.0 = as fast as a bulk load)"
    )
    print()
    print("| export | triples | seconds | triples/s | rdflib alone, triples/s | ratio |")
    print("|---|---|---|---|---|---|")
    for fmt, (n, s) in exported.items():
        ours, theirs = n / s, len(g) / rdflib_times[fmt]
        print(f"| {fmt} | {n} | {s:.2f} | {ours:,.0f} | {theirs:,.0f} | {ours / theirs:.2f} |")


if __name__ == "__main__":
    main()
