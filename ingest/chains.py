"""Chains of command asked of what a document says, scored against its gold.

A chain of command is what users ask of the graph, so it is measured as they would meet it: each gold
document is read and ingested alone into a fresh embedded store, and `graph.queries.chain` is asked, by the
gold's name, for every person or unit the gold posts (`member_of`, `commands`, `part_of`) or gives a
commander. The right answer is the gold's own links walked plainly (`expected`, written apart from the
store's walk, as DESIGN.md "What a chain of command means" says, undated: the gold rarely dates a link). A
question is right when the superiors found are exactly those; a superior found that the gold does not give
is counted apart (`wrong`): a person placed above another is the harm a missed one is not.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.connect import open_store
from graph.queries import chain
from ingest import readers
from ingest.documents import Ingest
from nlp.evaluate import Folds, read_gold
from nlp.pipeline import Extractor
from ontology.errors import Conflict, NotFound
from ontology.names import name_key

POSTS = ("member_of", "commands")


@dataclass(frozen=True)
class Question:
    """Who is above `subject` in one document: what the gold says, and what the store answered (None: the
    name found no one, or several)."""

    subject: str
    expected: frozenset[str]
    answered: frozenset[str] | None
    problem: str = ""  # why there is no answer: the store's one-line error

    @property
    def right(self) -> bool:
        return self.answered == self.expected

    @property
    def wrong(self) -> frozenset[str]:
        return (self.answered or frozenset()) - self.expected


@dataclass
class Tally:
    """Questions over some documents: those the gold gives superiors for, and those it gives none."""

    asked: int = 0
    right: int = 0
    unanswered: int = 0  # the name found no one, or several
    empty: int = 0  # the gold gives no superior: right when none is found
    empty_right: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0  # fp: superiors found that the gold does not give

    def add(self, questions: Iterable[Question]) -> None:
        for q in questions:
            found = q.answered or frozenset()
            self.tp += len(found & q.expected)
            self.fp += len(found - q.expected)
            self.fn += len(q.expected - found)
            if q.expected:
                self.asked += 1
                self.right += q.right
                self.unanswered += q.answered is None
            else:
                self.empty += 1
                self.empty_right += not q.wrong

    def to_json(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "questions": self.asked, "right": self.right, "share right": round(self.right / self.asked, 3)
            if self.asked else None, "unanswered": self.unanswered,
            "without superiors": self.empty, "without superiors, none found": self.empty_right,
            "superiors": {"precision": round(p, 3), "recall": round(r, 3),
                          "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                          "tp": self.tp, "fp": self.fp, "fn": self.fn},
            "wrong superiors": self.fp,
        }  # fmt: skip


def expected(gold: dict[str, Any], subject: str) -> frozenset[str]:
    """The superiors of `subject` (a gold name) in the gold's own links: for a person, each unit he is posted
    to; for a unit, itself. Above each, its parents (part_of, transitively) and their commanders; a unit's
    own commander too, unless the person commands it (then the others beside him are not above him). A unit
    he belongs to that is a parent of another of his posts is above him too."""
    types = {g["name"]: g["type"] for g in gold.get("entities", [])}
    parents: dict[str, set[str]] = defaultdict(set)
    commanders: dict[str, set[str]] = defaultdict(set)
    posts: dict[str, bool] = {}
    for r in gold.get("relations", []):
        s, p, o = r["subject"], r["predicate"], r["object"]
        if p == "part_of" and types.get(s) == types.get(o) == "Organization":
            parents[s].add(o)
        elif p == "commands" and types.get(s) == "Person" and types.get(o) == "Organization":
            commanders[o].add(s)
        if s == subject and p in POSTS and types.get(o) == "Organization":
            posts[o] = posts.get(o, False) or p == "commands"
    if types.get(subject) != "Person":
        posts = {subject: False}
    found: set[str] = set()
    for unit, commands in posts.items():
        if not commands:
            found |= commanders[unit]
    seen, frontier = set(posts), list(posts)
    while frontier:
        parent = {p for unit in frontier for p in parents[unit]}
        # a unit he only belongs to that is above another of his posts is above him, as any parent is
        found |= {p for p in parent if p in posts and not posts[p]}
        above = sorted(parent - seen)
        seen |= set(above)
        for unit in above:
            found |= {unit} | commanders[unit]
        frontier = above
    return frozenset(found - {subject})


def subjects(gold: dict[str, Any]) -> list[str]:
    """Whom to ask about: every person or unit the gold posts, and every unit it gives a commander."""
    types = {g["name"]: g["type"] for g in gold.get("entities", [])}
    names = set()
    for r in gold.get("relations", []):
        s, p, o = r["subject"], r["predicate"], r["object"]
        if p in (*POSTS, "part_of") and types.get(s) in ("Person", "Organization"):
            names.add(s)
        if p == "commands" and types.get(o) == "Organization":
            names.add(o)
    return sorted(names)


def _gold_names(gold: dict[str, Any]) -> dict[str, str]:
    """Each name and alias of the gold's entities, by its key, to the gold's name."""
    out: dict[str, str] = {}
    for g in gold.get("entities", []):
        for n in (g["name"], *g.get("aliases", [])):
            out.setdefault(name_key(n), g["name"])
    return out


def ask(extractor: Extractor, text_path: Path, gold: dict[str, Any]) -> list[Question]:
    """Read one document into a fresh store of its own and ask it each question of its gold."""
    names = _gold_names(gold)
    with tempfile.TemporaryDirectory(prefix="acg-chains-") as home:
        store = open_store("embedded", Path(home))
        try:
            store.ensure_schema()
            source = readers.read(text_path)
            extraction = extractor.extract_text(source.text, str(text_path))
            Ingest(store, None, validate_shapes=False).run_read([(source, extraction)])
            questions = []
            for subject in subjects(gold):
                try:
                    superiors = chain(store, subject)["superiors"]
                    found = (s["name"] or s["id"] for s in superiors)
                    answered: frozenset[str] | None = frozenset(names.get(name_key(n), n) for n in found)
                    problem = ""
                except (NotFound, Conflict) as e:
                    answered, problem = None, str(e)
                questions.append(Question(subject, expected(gold, subject), answered, problem))
            return questions
        finally:
            store.close()


def evaluate(extractor: Extractor, folder: Path) -> dict[str, list[Question]]:
    """Every document of a gold set, by its name (the file's stem), with its questions."""
    return {path.stem: ask(extractor, path, gold) for path, gold in read_gold(folder)}


@dataclass
class ChainSplit:
    whole: Tally
    held_out: Tally
    held_out_documents: int
    folds: list[Tally]
    fold_sizes: list[int]
    open_wrong: list[str]  # the wrong superiors of documents outside the held-out folds (those may be read)

    def to_json(self) -> dict[str, Any]:
        return {"whole set": self.whole.to_json(), "held out": self.held_out.to_json(),
                "held-out documents": self.held_out_documents,
                "folds": [t.to_json() for t in self.folds]}  # fmt: skip


def split(docs: dict[str, list[Question]], folds: Folds) -> ChainSplit:
    """The tallies of the whole set, of its held-out documents and of each fold."""
    whole, held = Tally(), Tally()
    per_fold = [Tally() for _ in range(folds.count)]
    sizes = [0] * folds.count
    held_docs = 0
    open_wrong: list[str] = []
    for name, questions in docs.items():
        whole.add(questions)
        per_fold[folds.fold(name)].add(questions)
        sizes[folds.fold(name)] += 1
        if folds.is_held_out(name):
            held.add(questions)
            held_docs += 1
        if not folds.is_closed(name):
            open_wrong += [f"{name}: {w} above {q.subject}" for q in questions for w in sorted(q.wrong)]
    return ChainSplit(whole, held, held_docs, per_fold, sizes, open_wrong)
