"""Chains of command asked of what a document says (ingest.chains): the gold's own walk, a document of our own
read into a real embedded store and asked by the real `chain`, the floors of the development set, and the
command line that prints them without naming what went wrong in a closed fold.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from ingest.chains import Question, ask, evaluate, expected, split, subjects
from nlp.evaluate import Folds
from nlp.pipeline import Extractor
from tests.conftest import ROOT

DEV = ROOT / "tests" / "nlp_dev"
FOLDS = ROOT / "tests" / "folds.toml"
# Measured with `acg evaluate --gold tests/nlp_dev --chains` (2026-12-05, session 30): the share of questions
# whose superiors are exactly the gold's, over the whole set and its held-out documents; and the superiors
# found that the gold does not give (a ceiling: never more). 0.260 and 0.110 (29 wrong) when first measured;
# 0.293 and 0.162 (26 wrong) once a unit a person belongs to above another of his posts counts as above him;
# 0.303 and 0.169 (24) with the session's later rules; 0.297 and 0.167 (25) with 8 more documents (13 of their
# 53 questions right before any rule was read from them); 0.306 and 0.173 with the rules read from the open ones;
# 0.311 with a head said by its words in other orders; 0.315 and 0.179 with one name, one body; 0.323 with a part
# said of a joined subject, of an apposition or by a numbered acronym. Session 31: 0.324 and 0.181 (25 wrong) with
# 8 more documents (9 of their 26 questions right before any rule was read from them, with the session's first
# code and with ed2790d alike). Then 0.327 (200 of 611; 24 wrong) with the session's later rules. Session 32: 12 more
# documents (4 of their 71 questions right, 5 wrong superiors, before any rule was read from them): 0.299 and 0.173
# (204 of 682; 29 wrong); then rules against misparses and a faction read as the body it left: 0.301 and 0.173
# (205 of 682; 24 wrong); then a unit's profile read by its fields and who removes a commander no commander: 0.305
# (208 of 682; 23 wrong). Session 33: 10 more documents (1 of their 75 questions right, 1 wrong superior, before
# any rule was read from them); with the session's first code the 184 documents give 0.276 and 0.167 (209 of 757;
# 24 wrong); with its rules 0.304 and 0.177 (230 of 757; 18 wrong). Session 37: 8 more documents (24 questions,
# one of them held out); with the session's first code the 192 documents give 0.300 and 0.176 (234 of 781; 19
# wrong); with its rules 0.303 and 0.176 (237 of 781; 18 wrong). Session 38: 6 more documents (25 questions, 3 of the
# documents held out); with the session's first code the 198 documents give 0.295 and 0.168 (238 of 806; 19 wrong);
# with its rules 0.297 and 0.173 (239 of 806; 18 wrong). Session 39: 6 more documents (18 questions, 2 of the documents
# held out); with the session's first code the 204 documents give 0.292 and 0.168 (241 of 824; 19 wrong); with its
# rules 0.296 and 0.173 (244 of 824; 18 wrong). Session 40: its rules left the 204 documents as they were (0.296,
# 244 of 824; 18 wrong); then 6 more documents (24 questions, 4 of the documents held out): 0.294 and 0.181 (249 of
# 848; 20 wrong, both in the new documents). Session 41: 6 more documents (14 questions, 3 of the documents held
# out); with the session's first code the 216 documents give 0.294 and 0.183 (253 of 862; 18 wrong); its rules left
# them as they were.
# Session 42: 6 documents more (222, 73 held out): 0.291 and 0.186 (255 of 877; 20 wrong) with the session's first
# code, the new documents bringing two wrong superiors; its last, 0.294 and 0.186 (258; 19 wrong: the battalion's
# commander no longer a member of "its" company, listed after him).
# Session 43: 3 documents more (225, 73 held out): 0.293 and 0.186 (259 of 883; 19 wrong) with the session's first
# code and its last alike.
# Session 44: 3 documents more (228, 75 held out): 0.289 and 0.185 (260 of 899; 19 wrong) with the session's first
# code; its last, 0.294 and 0.185 (264; 19 wrong).
# Session 45: 8 documents more (236, 78 held out): 0.282 and 0.177 (264 of 935; 20 wrong, the new one in the new
# documents) with the session's first code; its last, 0.291 and 0.189 (272; 20 wrong).
# Session 46: 8 documents more (244, 83 held out): 0.285 and 0.167 (282 of 990; 20 wrong) with the session's first
# code, the five held-out new documents bringing 55 questions and few answers; its last, 0.286 and 0.167 (283; 20
# wrong).
# Session 47: 8 documents more (252, 86 held out): 0.278 and 0.164 (285 of 1024; 23 wrong) with the session's first
# code; its last, 0.281 and 0.164 (288; 21 wrong).
# Session 48: 8 documents more (260, 88 held out): 0.280 and 0.172 (291 of 1041; 23 wrong, two in the new documents)
# with the session's first code; its last, 0.280 and 0.172 (291; 22 wrong: an officer who "had commanded two PMESP
# battalions" no longer the commander of the whole force).
# Session 49: 8 documents more (268, 92 held out): 0.271 and 0.170 (293 of 1082; 31 wrong, nine in the new
# documents) with the session's first code; its last, 0.271 and 0.170 (293; 23 wrong: a profile's "commander of
# RCT-2" and "commanding general of the 2nd Marine Division" no longer the profiled company's commanders, then four
# fewer with the later rules, United States regimental names among them).
# Session 50: 8 documents more (276, 93 held out): 0.273 and 0.179 (302 of 1107; 35 wrong, twelve in the new
# documents) with the session's first code; its last, 0.278 and 0.185 (308; 23 wrong: a unit profile's parent force
# named in brackets after the unit no longer merged with it, so the force's commander no longer commands the unit).
# Session 52: 6 documents more (282, 95 held out): 0.275 and 0.187 (309 of 1123; 23 wrong, none in the new documents)
# with the session's first code; its last, 0.278 and 0.187 (312; 23 wrong).
FLOORS = {"whole": 0.277, "held out": 0.187}
CEILING_WRONG = 23


def _gold(*relations: tuple[str, str, str], people: tuple[str, ...] = ()) -> dict[str, object]:
    names = {n for s, _, o in relations for n in (s, o)}
    return {
        "entities": [{"type": "Person" if n in people else "Organization", "name": n} for n in sorted(names)],
        "relations": [{"subject": s, "predicate": p, "object": o} for s, p, o in relations],
    }


def test_the_golds_walk_is_what_a_chain_of_command_means() -> None:
    gold = _gold(
        ("Brigade", "part_of", "Corps"), ("Corps", "part_of", "Army"),
        ("Kovac", "commands", "Brigade"), ("Lindqvist", "commands", "Brigade"),  # co-commanders
        ("Moreau", "commands", "Corps"), ("Nakamura", "commands", "Army"),
        ("Osei", "member_of", "Brigade"), ("Novak", "member_of", "Party"),
        ("Kovac", "member_of", "Army"),  # a member of the army too: still above his brigade, so above him
        people=("Kovac", "Lindqvist", "Moreau", "Nakamura", "Osei", "Novak"),
    )  # fmt: skip
    # a commander: the units above and their commanders, never the one beside him
    assert expected(gold, "Kovac") == {"Corps", "Moreau", "Army", "Nakamura"}
    # a member: his unit's commanders too
    assert expected(gold, "Osei") == {"Kovac", "Lindqvist", "Corps", "Moreau", "Army", "Nakamura"}
    # a unit: its own commanders and everything above
    assert expected(gold, "Brigade") == {"Kovac", "Lindqvist", "Corps", "Moreau", "Army", "Nakamura"}
    assert expected(gold, "Nakamura") == frozenset()
    assert expected(gold, "Novak") == frozenset()
    # asked of: whoever is posted, every unit placed or commanded
    assert set(subjects(gold)) == {"Brigade", "Corps", "Army", "Kovac", "Lindqvist", "Moreau", "Nakamura", "Osei",
                                   "Novak"}  # fmt: skip


def test_a_document_is_read_into_a_store_of_its_own_and_asked(extractor: Extractor, tmp_path: Path) -> None:
    text = tmp_path / "north.txt"
    text.write_text(
        "General Henrik Solberg commanded the Northern Corps of the Lamarian Army from 2001 to 2004. The 9th "
        "Mountain Brigade, commanded by Colonel Ada Brandt, was subordinated to the Northern Corps.\n",
        encoding="utf-8",
    )
    gold = _gold(
        ("Henrik Solberg", "commands", "Northern Corps"), ("Northern Corps", "part_of", "Lamarian Army"),
        ("9th Mountain Brigade", "part_of", "Northern Corps"), ("Ada Brandt", "commands", "9th Mountain Brigade"),
        people=("Henrik Solberg", "Ada Brandt"),
    )  # fmt: skip
    questions = {q.subject: q for q in ask(extractor, text, gold)}
    brandt = questions["Ada Brandt"]
    assert brandt.expected == {"Northern Corps", "Henrik Solberg", "Lamarian Army"}
    assert brandt.answered is not None
    assert {"Northern Corps", "Henrik Solberg"} <= brandt.answered
    # the commander of the corps is no one's subordinate here
    assert not questions["Henrik Solberg"].wrong


def test_a_name_that_finds_no_one_is_a_question_unanswered(extractor: Extractor, tmp_path: Path) -> None:
    text = tmp_path / "none.txt"
    text.write_text("The weather in the valley was cold that winter.\n", encoding="utf-8")
    gold = _gold(("Ada Brandt", "commands", "9th Mountain Brigade"), people=("Ada Brandt",))
    questions = {q.subject: q for q in ask(extractor, text, gold)}
    assert questions["9th Mountain Brigade"].answered is None
    assert "no entity" in questions["9th Mountain Brigade"].problem
    assert not questions["9th Mountain Brigade"].right


def test_the_development_sets_chains_do_not_fall(extractor: Extractor) -> None:
    folds = Folds.read(FOLDS, DEV.name)
    result = split(evaluate(extractor, DEV), folds)
    whole, held = result.whole.to_json(), result.held_out.to_json()
    assert whole["share right"] >= FLOORS["whole"], whole
    assert held["share right"] >= FLOORS["held out"], held
    assert result.whole.fp <= CEILING_WRONG, result.open_wrong
    # the folds partition the questions
    assert sum(f.asked for f in result.folds) == result.whole.asked
    # what went wrong is named only for documents outside the closed folds
    closed = {p.stem for p in DEV.glob("*.txt") if folds.is_closed(p.stem)}
    assert not [w for w in result.open_wrong if w.split(":")[0] in closed]


def test_evaluate_prints_the_chains_and_asks_for_a_gold_set(
    acg: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "north.txt").write_text(
        "Colonel Ada Brandt commanded the 9th Mountain Brigade, which was part of the Northern Corps.\n",
        encoding="utf-8",
    )
    (gold / "north.gold.json").write_text(json.dumps(_gold(
        ("Ada Brandt", "commands", "9th Mountain Brigade"), ("9th Mountain Brigade", "part_of", "Northern Corps"),
        people=("Ada Brandt",),
    )), encoding="utf-8")  # fmt: skip
    out = acg("evaluate", "--gold", str(gold), "--chains", "--folds", "/dev/null")
    assert out.returncode == 0, out.stderr
    assert "chains of command" in out.stdout
    assert "whole set" in out.stdout
    data = json.loads(acg("evaluate", "--gold", str(gold), "--chains", "--format", "json").stdout)
    assert data["gold"]["chains"]["whole set"]["questions"] == 2
    refused = acg("evaluate", "--sfm", str(gold), "--chains")
    assert refused.returncode != 0
    assert "--chains" in refused.stderr


def test_a_question_is_right_only_when_its_superiors_are_exactly_the_golds() -> None:
    assert Question("A", frozenset({"X"}), frozenset({"X"})).right
    assert not Question("A", frozenset({"X"}), frozenset({"X", "Y"})).right
    assert Question("A", frozenset({"X"}), frozenset({"X", "Y"})).wrong == {"Y"}
    assert not Question("A", frozenset(), None).wrong
