"""Measuring the extractor: on a gold set of our own, and on Security Force Monitor's BRAT annotations.

Gold set (a folder of `NAME.txt` with `NAME.gold.json`): entities are
`{"type", "name", "aliases"?}`, relations `{"subject", "predicate", "object",
"valid_from"?, "valid_to"?}` naming entities by name. A predicted entity is
right when its type is the gold one and one of its names has the gold name's
key (case, diacritics and punctuation aside); a relation when its predicate
and both ends are right. Scores are per entity type and per predicate.

SFM (BRAT standoff: `.txt`, `.ann`): the gold marks the security forces'
persons and units (not every mention: mostly the first) and the relations
is_posted, has_rank. An entity is found when one of its mentions overlaps a
gold span. Recall is exact. Precision counts every predicted person and unit
that matches no gold span as wrong, although the gold leaves out persons who
are not in the security forces (politicians, victims, journalists): it is a
lower bound, and labelled so. A second person row narrows what we predict
to the persons we present as security forces (with a rank, or posted to a
unit), as the gold does; its precision is still a lower bound (a ranked
officer the annotators left out counts as wrong) but a closer one. is_posted
is compared with our `member_of` and `commands`, counting, as the task asks,
only relations whose subject is a person the gold annotates; ranks are
compared after normalisation.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.lexicon import canonical_rank
from nlp.pipeline import Extraction, Extractor
from ontology.errors import InvalidInput
from ontology.names import name_key


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_json(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Report:
    rows: dict[str, Score] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"scores": {k: v.to_json() for k, v in self.rows.items()}, **self.notes}

    def table(self) -> list[list[object]]:
        return [
            [k, f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}", v.tp, v.fp, v.fn] for k, v in self.rows.items()
        ]


def _micro(rows: Iterable[Score]) -> Score:
    total = Score()
    for s in rows:
        total.add(s)
    return total


# -- our gold set ------------------------------------------------------------------------------------------------


def read_gold(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for text in sorted(folder.glob("*.txt")):
        gold = text.with_suffix(".gold.json")
        if not gold.exists():
            raise InvalidInput(f"{text}: no gold file {gold.name} beside it")
        try:
            out.append((text, json.loads(gold.read_text(encoding="utf-8"))))
        except json.JSONDecodeError as e:
            raise InvalidInput(f"{gold}: not JSON ({e.msg} at line {e.lineno})") from e
    if not out:
        raise InvalidInput(f"{folder}: no .txt documents")
    return out


def _keys(name: str, aliases: Iterable[str] = ()) -> set[str]:
    return {name_key(n) for n in (name, *aliases)} - {""}


def score_document(result: Extraction, gold: dict[str, Any]) -> tuple[dict[str, Score], dict[str, Score], list[str]]:
    """Per-type entity scores, per-predicate relation scores, and what went wrong (for reading)."""
    misses: list[str] = []
    entity_scores: dict[str, Score] = defaultdict(Score)
    gold_entities = gold["entities"]
    matched_gold: dict[str, str] = {}  # predicted id -> gold name
    used: set[int] = set()
    for e in result.entities:
        if e.type in {"CrimeType"} and not any(g["type"] == "CrimeType" for g in gold_entities):
            continue
        keys = _keys(e.name, e.aliases)
        hit = next((n for n, g in enumerate(gold_entities) if n not in used and g["type"] == e.type
                    and keys & _keys(g["name"], g.get("aliases", []))), None)  # fmt: skip
        if hit is None:
            entity_scores[e.type].fp += 1
            misses.append(f"extra {e.type} {e.name!r}")
        else:
            used.add(hit)
            entity_scores[e.type].tp += 1
            matched_gold[e.id] = gold_entities[hit]["name"]
    for n, g in enumerate(gold_entities):
        if n not in used:
            entity_scores[g["type"]].fn += 1
            misses.append(f"missed {g['type']} {g['name']!r}")
    relation_scores: dict[str, Score] = defaultdict(Score)
    gold_relations = {(name_key(r["subject"]), r["predicate"], name_key(r["object"])) for r in gold["relations"]}
    alias = {name_key(a): name_key(g["name"]) for g in gold_entities for a in g.get("aliases", [])}
    found = set()
    for r in result.relations:
        s = name_key(matched_gold.get(r.subject, r.subject))
        o = name_key(matched_gold.get(r.object, r.object))
        key = (alias.get(s, s), r.predicate, alias.get(o, o))
        if key in found:
            continue
        found.add(key)
        if key in gold_relations:
            relation_scores[r.predicate].tp += 1
        else:
            relation_scores[r.predicate].fp += 1
            misses.append(f"extra relation {key}")
    for key in gold_relations - found:
        relation_scores[key[1]].fn += 1
        misses.append(f"missed relation {key}")
    return entity_scores, relation_scores, misses


def evaluate_gold(extractor: Extractor, folder: Path) -> tuple[Report, Report, dict[str, list[str]]]:
    entities: dict[str, Score] = defaultdict(Score)
    relations: dict[str, Score] = defaultdict(Score)
    misses: dict[str, list[str]] = {}
    for path, gold in read_gold(folder):
        result = extractor.extract_file(path)
        e, r, m = score_document(result, gold)
        for k, v in e.items():
            entities[k].add(v)
        for k, v in r.items():
            relations[k].add(v)
        misses[path.name] = m
    er = Report(dict(sorted(entities.items())))
    er.rows["all (micro)"] = _micro(entities.values())
    rr = Report(dict(sorted(relations.items())))
    rr.rows["all (micro)"] = _micro(relations.values())
    return er, rr, misses


# -- Security Force Monitor's BRAT annotations ------------------------------------------------------------------

_SPAN = re.compile(r"^(T\d+)\t(\w+) (\d+) (\d+)(?:;\d+ \d+)*\t(.*)$")
_REL = re.compile(r"^(R\d+)\t(\w+) Arg1:(T\d+) Arg2:(T\d+)")


@dataclass
class BratDocument:
    path: Path
    spans: dict[str, tuple[str, int, int, str]]
    relations: list[tuple[str, str, str]]


def read_brat(folder: Path) -> list[BratDocument]:
    docs = []
    for ann in sorted(folder.glob("*.ann")):
        spans: dict[str, tuple[str, int, int, str]] = {}
        relations: list[tuple[str, str, str]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if m := _SPAN.match(line):
                spans[m[1]] = (m[2], int(m[3]), int(m[4]), m[5])
            elif m := _REL.match(line):
                relations.append((m[2], m[3], m[4]))
        docs.append(BratDocument(ann.with_suffix(".txt"), spans, relations))
    if not docs:
        raise InvalidInput(f"{folder}: no .ann files (BRAT standoff)")
    return docs


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _rank_key(text: str) -> str:
    return (canonical_rank(text) or text).casefold().replace(".", "").replace("-", " ").strip()


def evaluate_sfm(extractor: Extractor, folder: Path) -> Report:
    person, unit, forces = Score(), Score(), Score()
    posted, rank = Score(), Score()
    recall_only = Counter[str]()
    for doc in read_brat(folder):
        result = extractor.extract_file(doc.path)
        gold = doc.spans
        by_type: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
        for tid, (label, start, end, _) in gold.items():
            by_type[label].append((tid, (start, end)))
        match: dict[str, str] = {}  # gold id -> predicted entity id
        entity_of = {e.id: e for e in result.entities}
        posted_ids = {r.subject for r in result.relations if r.predicate in {"member_of", "commands"}
                      and entity_of[r.object].attributes.get("kind") == "unit"}  # fmt: skip
        for label, score in (("Person", person), ("Organization", unit)):
            predicted = [
                e
                for e in result.entities
                if e.type == label and (label == "Person" or e.attributes.get("kind") == "unit")
            ]
            anything = [e for e in result.entities if e.type == label]
            for tid, span in by_type[label]:
                hit = next(
                    (e for e in anything for m in e.mentions if _overlaps((m.start or 0, m.end or 0), span)), None
                )
                if hit is not None:
                    match[tid] = hit.id
                    recall_only[label + " found"] += 1
                else:
                    recall_only[label + " missed"] += 1
            matched_ids = set(match.values())
            score.tp += sum(1 for e in predicted if e.id in matched_ids)
            score.fp += sum(1 for e in predicted if e.id not in matched_ids)
            score.fn += sum(1 for tid, _ in by_type[label] if tid not in match)
            if label == "Person":
                ours_forces = {e.id for e in predicted if e.attributes.get("rank") or e.id in posted_ids}
                forces.tp += len(ours_forces & matched_ids)
                forces.fp += len(ours_forces - matched_ids)
                forces.fn += sum(1 for tid, _ in by_type[label] if match.get(tid) not in ours_forces)
        gold_persons = {match[tid] for tid, _ in by_type["Person"] if tid in match}
        gold_posts = {(a, b) for kind, a, b in doc.relations if kind == "is_posted"}
        ours = {(r.subject, r.object) for r in result.relations if r.predicate in {"member_of", "commands"}}
        ours = {pair for pair in ours if pair[0] in gold_persons}
        gold_pairs: set[tuple[str, str]] = set()
        for a, b in gold_posts:
            org_key = name_key(gold[b][3])
            candidates = {match.get(b)} | {e.id for e in result.entities if e.type == "Organization"
                                           and org_key in {name_key(n) for n in (e.name, *e.aliases)}}  # fmt: skip
            pair = next(((s, o) for s, o in ours if s == match.get(a) and o in candidates), None)
            if pair is not None:
                posted.tp += 1
                gold_pairs.add(pair)
            else:
                posted.fn += 1
        posted.fp += len(ours - gold_pairs)
        for kind, a, b in doc.relations:
            if kind != "has_rank":
                continue
            ours_rank = entity_of[match[a]].attributes.get("rank") if a in match else None
            if ours_rank is None:
                rank.fn += 1
            elif _rank_key(ours_rank) == _rank_key(gold[b][3]) or _rank_key(gold[b][3]).startswith(
                _rank_key(ours_rank)[:8]
            ):
                rank.tp += 1
            else:
                rank.fp += 1
                rank.fn += 1
    report = Report({
        "Person (precision: lower bound)": person, "Person ranked or posted (lower bound)": forces,
        "unit (precision: lower bound)": unit,
        "is_posted ~ member_of|commands": posted, "rank of the right person": rank,
    })  # fmt: skip
    report.notes["mention recall"] = {
        label: round(
            recall_only[f"{label} found"] / max(1, recall_only[f"{label} found"] + recall_only[f"{label} missed"]), 3
        )
        for label in ("Person", "Organization")
    }
    return report
