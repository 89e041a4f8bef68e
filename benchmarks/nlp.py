"""Extraction throughput: the full pipeline beside its bare spaCy pipeline on the same text, in one run.

    .venv/bin/python -m benchmarks.nlp [--repeat 2] [--rounds 3] [--processes 1] [--language fr|es]

The text is Security Force Monitor's 40 annotated news articles (real report
prose), repeated; with `--language fr`, the French development set
(tests/nlp_dev_fr), beside bare fr_core_news_md; with `--language es`, the
Spanish one, beside spaCy's blank Spanish (a tokenizer alone). The bare
pipeline runs `nlp.pipe` with batch size 50; the full pipeline runs the same
`nlp.pipe` through its own components and then builds the document's entities
and relations (coreference, the ontology's checks), which
is what `acg extract` does (language detection included; its share of the full
pipeline's time is printed too). Rounds alternate the two so that machine noise
falls on both; the best round of each is compared. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from nlp.language import read
from nlp.pipeline import MODELS, Extractor, bare

SFM_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "sfm-nlp-dev"
_TESTS = Path(__file__).resolve().parent.parent / "tests"
TEXTS = {"en": (SFM_DEV, "SFM dev articles"), "fr": (_TESTS / "nlp_dev_fr", "French dev documents"),
         "es": (_TESTS / "nlp_dev_es", "Spanish dev documents"),
         "de": (_TESTS / "nlp_dev_de", "German dev documents")}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="How many times the corpus is repeated.")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--processes", type=int, default=1, help="n_process for both pipelines.")
    parser.add_argument("--language", choices=sorted(TEXTS), default="en")
    args = parser.parse_args()
    folder, name = TEXTS[args.language]
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")) if not p.stem.endswith("_meta")]
    texts = texts * args.repeat
    words = sum(len(t.split()) for t in texts)
    reference = bare(args.language)
    extractor = Extractor(n_process=args.processes)
    best_bare, best_full, best_read = float("inf"), float("inf"), float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        for t in texts:
            read(t)
        best_read = min(best_read, time.perf_counter() - start)
        start = time.perf_counter()
        for _doc in reference.pipe(texts, batch_size=50, n_process=args.processes):
            pass
        best_bare = min(best_bare, time.perf_counter() - start)
        start = time.perf_counter()
        n = sum(1 for _ in extractor.extract_many((t, None, None) for t in texts))
        best_full = min(best_full, time.perf_counter() - start)
        assert n == len(texts)
    bare_rate, full_rate = words / best_bare, words / best_full
    print(f"| text | processes | bare {MODELS[args.language]} | full pipeline | ratio | budget |")
    print("|---|---|---|---|---|---|")
    print(
        f"| {name} x{args.repeat} ({len(texts)} docs, {words} words) | {args.processes} "
        f"| {bare_rate:,.0f} words/s | {full_rate:,.0f} words/s | {full_rate / bare_rate:.2f} | >= 0.70 |"
    )
    print(
        f"\nLanguage detection alone: {words / best_read:,.0f} words/s, {best_read / best_full:.1%} of the full "
        "pipeline's time."
    )


if __name__ == "__main__":
    main()
