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
import tomllib
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.extraction import Extraction
from nlp.lexicon import canonical_rank
from nlp.pipeline import Extractor
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


def _extract(extractor: Extractor, path: Path) -> Extraction:
    """A development document's extraction: its text is plain UTF-8 (the sets are ours and SFM's)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"{path}: {e}") from e
    return extractor.extract_text(text, str(path))


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


def score_gold(extractor: Extractor, folder: Path) -> dict[str, DocumentScore]:
    """Each document of a gold set scored on its own, by document name (the file's stem)."""
    out: dict[str, DocumentScore] = {}
    for path, gold in read_gold(folder):
        entities, relations, misses = score_document(_extract(extractor, path), gold)
        out[path.stem] = DocumentScore({"entities": entities, "relations": relations}, misses)
    return out


def evaluate_gold(extractor: Extractor, folder: Path) -> tuple[Report, Report, dict[str, list[str]]]:
    """Entity and relation reports over the whole gold set, and what went wrong in each document."""
    docs = score_gold(extractor, folder)
    return (_report(docs.values(), "entities"), _report(docs.values(), "relations"),
            {name + ".txt": d.misses for name, d in docs.items()})  # fmt: skip


@dataclass
class DocumentScore:
    """One document's scores: table name -> row -> Score; `misses` for reading."""

    tables: dict[str, dict[str, Score]]
    misses: list[str] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)


def _report(docs: Iterable[DocumentScore], table: str, micro: bool = True) -> Report:
    rows: dict[str, Score] = defaultdict(Score)
    for d in docs:
        for k, v in d.tables[table].items():
            rows[k].add(v)
    report = Report(dict(sorted(rows.items())) if micro else dict(rows))
    if micro:
        report.rows["all (micro)"] = _micro(rows.values())
    return report


# -- folds -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Folds:
    """Documents split into `count` folds by a hash of their name; rules are written only from documents in
    folds not `held_out`, so figures on the held-out documents predict those on documents never seen.
    Documents the rules were written from before the split (`seen`) are never counted as held out,
    whichever fold they fall in (`"*"`: all of them).

    >>> f = Folds(count=5, held_out=frozenset({3, 4}), seen=frozenset({"a"}))
    >>> f.fold("fujimori"), f.is_held_out("a")
    (0, False)
    """

    count: int = 5
    held_out: frozenset[int] = frozenset()
    seen: frozenset[str] = frozenset()

    def fold(self, name: str) -> int:
        return zlib.crc32(name.encode("utf-8")) % self.count

    def is_held_out(self, name: str) -> bool:
        return self.fold(name) in self.held_out and name not in self.seen and "*" not in self.seen

    def is_closed(self, name: str) -> bool:
        """In a held-out fold (seen before the split or not): what went wrong in it is not to be read."""
        return self.fold(name) in self.held_out

    @classmethod
    def read(cls, path: Path, section: str) -> Folds:
        """The folds of one development set (`section`: its folder's name) from a TOML manifest."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise InvalidInput(f"{path}: cannot read the folds ({e})") from e
        entry = data.get(section)
        if entry is None:
            return cls()
        try:
            count = int(entry.get("folds", 5))
            held_out = frozenset(int(n) for n in entry.get("held_out", []))
            seen = frozenset(str(n) for n in entry.get("seen", []))
        except (TypeError, ValueError) as e:
            raise InvalidInput(f"{path}: [{section}]: folds, held_out and seen must be numbers and names") from e
        if count < 1 or not held_out <= set(range(count)):
            raise InvalidInput(f"{path}: [{section}]: held_out must name folds 0..{count - 1}")
        return cls(count, held_out, seen)


@dataclass
class Split:
    """One development set's report: the whole set, the held-out documents, and each fold."""

    whole: dict[str, Report]
    held_out: dict[str, Report]
    held_out_documents: int
    folds: list[dict[str, Report]]
    fold_sizes: list[int]
    misses: dict[str, list[str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "whole set": {k: v.to_json() for k, v in self.whole.items()},
            "held out": {"documents": self.held_out_documents, **{k: v.to_json() for k, v in self.held_out.items()}},
            "folds": [
                {"documents": n, **{k: v.to_json() for k, v in f.items()}}
                for n, f in zip(self.fold_sizes, self.folds, strict=True)
            ],
        }


def split(docs: dict[str, DocumentScore], folds: Folds, micro: bool = True) -> Split:
    """Reports over the whole set, over the held-out documents, and per fold. Misses are given only for
    documents outside the held-out folds: nobody should read what went wrong in them."""
    tables = sorted({t for d in docs.values() for t in d.tables})

    def reports(names: Iterable[str]) -> dict[str, Report]:
        chosen = [docs[n] for n in names]
        out = {t: _report(chosen, t, micro) for t in tables}
        for t, r in out.items():
            r.notes.update(_notes(chosen, t))
        return out

    held = [n for n in docs if folds.is_held_out(n)]
    return Split(
        whole=reports(docs),
        held_out=reports(held),
        held_out_documents=len(held),
        folds=[reports(n for n in docs if folds.fold(n) == k) for k in range(folds.count)],
        fold_sizes=[sum(1 for n in docs if folds.fold(n) == k) for k in range(folds.count)],
        misses={n + ".txt": d.misses for n, d in docs.items() if not folds.is_closed(n)},
    )


def _notes(docs: list[DocumentScore], table: str) -> dict[str, Any]:
    """Per-table notes summed from the documents' counters (`table:label found|missed`)."""
    found: Counter[str] = Counter()
    for d in docs:
        found.update(d.notes)
    labels = sorted({k.split(" ")[0].split(":", 1)[1] for k in found if k.startswith(table + ":")})
    if not labels:
        return {}
    return {"mention recall": {
        label: round(found[f"{table}:{label} found"]
                     / max(1, found[f"{table}:{label} found"] + found[f"{table}:{label} missed"]), 3)
        for label in labels
    }}  # fmt: skip


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


SFM_ROWS = (
    "Person (precision: lower bound)",
    "Person ranked or posted (lower bound)",
    "unit (precision: lower bound)",
    "is_posted ~ member_of|commands",
    "rank of the right person",
)


def score_sfm(extractor: Extractor, folder: Path) -> dict[str, DocumentScore]:
    """Each BRAT document scored on its own, by document name."""
    return {doc.path.stem: _score_brat(doc, _extract(extractor, doc.path)) for doc in read_brat(folder)}


def evaluate_sfm(extractor: Extractor, folder: Path) -> Report:
    """The SFM report over the whole folder."""
    return split(score_sfm(extractor, folder), Folds(), micro=False).whole["sfm"]


def _score_brat(doc: BratDocument, result: Extraction) -> DocumentScore:
    person, unit, forces = Score(), Score(), Score()
    posted, rank = Score(), Score()
    recall_only = Counter[str]()
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
            e for e in result.entities if e.type == label and (label == "Person" or e.attributes.get("kind") == "unit")
        ]
        anything = [e for e in result.entities if e.type == label]
        for tid, span in by_type[label]:
            hit = next((e for e in anything for m in e.mentions if _overlaps((m.start or 0, m.end or 0), span)), None)
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
    rows = dict(zip(SFM_ROWS, (person, forces, unit, posted, rank), strict=True))
    return DocumentScore({"sfm": rows}, notes=Counter({f"sfm:{k}": v for k, v in recall_only.items()}))
