"""Accuracy of the extractor may only go up: the floors are the numbers in benchmarks/RESULTS.md.

Both sets run through the real pipeline: our development set (tests/nlp_dev, gold entities and relations
written for it) and Security Force Monitor's 40 annotated articles (../shared/data/sfm-nlp-dev).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.evaluate import evaluate_gold, evaluate_sfm
from nlp.pipeline import Extractor
from tests.conftest import ROOT

DEV = ROOT / "tests" / "nlp_dev"
SFM_DEV = ROOT.parent / "shared" / "data" / "sfm-nlp-dev"

# Measured with `acg evaluate --gold tests/nlp_dev --sfm ../shared/data/sfm-nlp-dev`; raise them, never lower.
FLOORS_DEV = {"entities": 0.947, "relations": 0.773}
FLOORS_SFM = {
    "person recall": 0.986, "ranked or posted person f1": 0.934, "unit recall": 0.962, "is_posted f1": 0.780,
    "rank f1": 0.925,
}  # fmt: skip


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_development_set(extractor: Extractor) -> None:
    entities, relations, _ = evaluate_gold(extractor, DEV)
    assert round(entities.rows["all (micro)"].f1, 3) >= FLOORS_DEV["entities"]
    assert round(relations.rows["all (micro)"].f1, 3) >= FLOORS_DEV["relations"]
    # every entity type of the contract but Document is in the gold set, and each is found
    assert {k for k, v in entities.rows.items() if v.tp} >= {
        "Person", "Organization", "Mechanism", "Location", "Case", "Crime", "CrimeType"
    }  # fmt: skip


def test_security_force_monitor_annotations(extractor: Extractor) -> None:
    assert SFM_DEV.is_dir(), f"{SFM_DEV} is missing: the shared data sets sit beside the checkout"
    report = evaluate_sfm(extractor, Path(SFM_DEV))
    rows = report.rows
    assert round(rows["Person (precision: lower bound)"].recall, 3) >= FLOORS_SFM["person recall"]
    assert round(rows["Person ranked or posted (lower bound)"].f1, 3) >= FLOORS_SFM["ranked or posted person f1"]
    assert round(rows["unit (precision: lower bound)"].recall, 3) >= FLOORS_SFM["unit recall"]
    assert round(rows["is_posted ~ member_of|commands"].f1, 3) >= FLOORS_SFM["is_posted f1"]
    assert round(rows["rank of the right person"].f1, 3) >= FLOORS_SFM["rank f1"]
