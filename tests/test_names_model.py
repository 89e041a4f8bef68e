"""The experiment of a tagger of names trained further on the development sets (benchmarks/names_model.py):
it learns from no document of a held-out fold, so its held-out figures still predict those on documents never
seen, and it learns every place a gold name is written."""

from __future__ import annotations

from benchmarks.names_model import gold_spans
from nlp.evaluate import Folds, read_brat, read_gold
from tests.conftest import ROOT

DEV = ROOT / "tests" / "nlp_dev"
SFM = ROOT.parent / "shared" / "data" / "sfm-nlp-dev"
MANIFEST = ROOT / "tests" / "folds.toml"


def test_it_learns_from_open_folds_only() -> None:
    read = [text for text, _ in gold_spans(ROOT)]
    dev, sfm = Folds.read(MANIFEST, DEV.name), Folds.read(MANIFEST, SFM.name)
    closed = [p.read_text(encoding="utf-8") for p, _ in read_gold(DEV) if dev.is_closed(p.stem)]
    closed += [d.path.read_text(encoding="utf-8") for d in read_brat(SFM) if sfm.is_closed(d.path.stem)]
    opened = [p.read_text(encoding="utf-8") for p, _ in read_gold(DEV) if not dev.is_closed(p.stem)]
    assert len(closed) > 50
    assert len(read) > 100
    assert not set(read) & set(closed)
    assert set(opened) <= set(read)


def test_a_gold_name_is_a_span_wherever_it_is_written() -> None:
    # the tagger learns every place a name or an alias is written, with the tagger's label of its type
    for text, spans in gold_spans(ROOT):
        if "Trial Chamber I of the International Criminal Tribunal for Rwanda" in text:
            found = {(text[s:e], label) for s, e, label in spans}
            assert ("Jean-Paul Akayesu", "PERSON") in found
            assert ("Taba", "GPE") in found
            assert ("Trial Chamber I of the International Criminal Tribunal for Rwanda", "ORG") in found
            return
    raise AssertionError("akayesu is in an open fold and was not read")
