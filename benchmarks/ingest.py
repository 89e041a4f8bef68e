"""Ingest end to end on the example corpus replicated, the store part beside a bare bulk load, and the
RDF export beside rdflib's own serialisation of the same graph.

    .venv/bin/python -m benchmarks.ingest [--words 2000000] [--processes 1] [--no-shapes]
    .venv/bin/python -m benchmarks.ingest --one-document 5 [--pdf]

Each copy of a corpus document gets a line "Copy N." so that it is a new
document (ingest skips a document it has by its SHA-256). Reported:
documents/s and words/s end to end, peak resident memory, where the time went
(extraction is what remains after the shapes, mapping and store), the store
part against loading the same records in one bulk load (COPY) into a fresh
store of the same engine, and export triples/s (N-Triples, Turtle) against
rdflib serialising the same triples held in one Graph. Prints Markdown.

With --one-document MB: the corpus written out as one document of MB megabytes,
ingested in a process of its own, beside the same text cut at paragraph ends
into documents of about 50 KB, ingested in another (and, with --pdf, the same
text as a PDF): words/s and peak resident memory of each, and their ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from graph import export as exporter
from graph.connect import open_store
from graph.entities import stored, stored_relations
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


def long_text(megabytes: float) -> str:
    """The corpus's documents, repeated with a numbered heading each round, to `megabytes` MB of text."""
    originals = [readers.read(p).text for p in sorted(CORPUS.iterdir()) if readers.supported(p)]
    rounds, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        rounds.append(f"Section {n}.\n\n" + "\n\n".join(originals))
        size += len(rounds[-1])
        n += 1
    return "\n\n".join(rounds)


def _child(kind: str, folder: Path) -> None:
    """One ingest of every file in `folder` into a fresh store; prints words, seconds and peak RSS."""
    store = open_store("embedded", folder.parent / f"home-{kind}")
    prepare_store(store)
    start = time.perf_counter()
    summary = Ingest(store, Extractor()).run([folder])
    seconds = time.perf_counter() - start
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"documents": summary.documents, "words": summary.words, "seconds": seconds, "peak": peak,
                      "relations": summary.relations, "skipped": summary.skipped[:3]}))  # fmt: skip


def one_document(megabytes: float, pdf: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        text = long_text(megabytes)
        kinds = {"one": tmp / "one", "split": tmp / "split"}
        for folder in kinds.values():
            folder.mkdir()
        (kinds["one"] / "judgment.txt").write_text(text, encoding="utf-8")
        piece: list[str] = []
        for n, paragraph in enumerate(text.split("\n\n")):
            piece.append(paragraph)
            if sum(map(len, piece)) >= 50_000:
                (kinds["split"] / f"part-{n:06d}.txt").write_text("\n\n".join(piece), encoding="utf-8")
                piece = []
        if piece:
            (kinds["split"] / "part-last.txt").write_text("\n\n".join(piece), encoding="utf-8")
        if pdf:
            from fpdf import FPDF

            kinds["pdf"] = tmp / "pdf"
            kinds["pdf"].mkdir()
            document = FPDF()
            document.set_font("helvetica", size=10)
            document.add_page()
            document.multi_cell(w=0, text=text.encode("latin-1", "replace").decode("latin-1"))
            document.output(str(kinds["pdf"] / "judgment.pdf"))
        found = {}
        for kind, folder in kinds.items():
            out = subprocess.run([sys.executable, "-m", "benchmarks.ingest", "--child", kind, str(folder)],
                                 capture_output=True, text=True, check=True)  # fmt: skip
            found[kind] = json.loads(out.stdout.strip().splitlines()[-1])
    print("| text | documents | words | seconds | words/s | peak RSS MB | relations |")
    print("|---|---|---|---|---|---|---|")
    names = {"one": f"one document of {megabytes:g} MB", "split": "the same as ~50 KB documents", "pdf": "one PDF"}
    for kind, f in found.items():
        print(f"| {names[kind]} | {f['documents']} | {f['words']} | {f['seconds']:.1f} | "
              f"{f['words'] / f['seconds']:.0f} | {f['peak'] / 2**20:.0f} | {f['relations']} |")  # fmt: skip
    one, split = found["one"], found["split"]
    ratio = (one["words"] / one["seconds"]) / (split["words"] / split["seconds"])
    print(f"\nwords/s of the one document / of the ~50 KB documents: {ratio:.2f} (target at least 0.8)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2_000_000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--no-shapes", action="store_true", help="Skip the SHACL check of each document.")
    parser.add_argument("--one-document", type=float, metavar="MB", help="One document of MB megabytes, beside "
                        "the same text as 50 KB documents.")  # fmt: skip
    parser.add_argument("--pdf", action="store_true", help="With --one-document: the same text as a PDF too.")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return
    if args.one_document:
        one_document(args.one_document, args.pdf)
        return
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

        ents, rels = list(stored(store)), list(stored_relations(store))
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
