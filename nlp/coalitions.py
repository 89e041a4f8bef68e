"""Coalitions, alliances and operations a body takes part in (`takes_part_in`), which are not links of a chain of
command: a group that joins a coalition keeps its own commanders.

- "A, B and C formed the X coalition", "A joined the X alliance": each subject takes part in it.
- "the X, a coalition of A, B and C", "the X, an alliance of A and B": each one the "of" names.
- "the 21 Brigade took part in Operation Y", "units of the A participated in Operation Y".
- A part said of a coalition ("A and B belonged to X, the coalition that ...", "A is part of the X Alliance")
  is taking part in it, not being one of its sub-units (`as_taking_part`).

A coalition is a body named so ("Coalition", "Alliance") or described so in the text ("X, the coalition which
...", "the X coalition"). An operation or a task force is taken part in by the same verbs, but its sectors are its
parts ("Sector 3 of Operation Lafiya Dole").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp import lexicon
from nlp.sentence import Sentence, denied, inside, negated

_NAME_WORDS = ("Coalition", "Alliance")
_NOUNS = lexicon.UNION_NOUNS | {n + "s" for n in lexicon.UNION_NOUNS} | {"umbrella", "grouping"}
# What a body takes part in without being its sub-unit, besides coalitions: an operation, a task force. Their
# sectors are their parts ("Sector 3 of Operation Lafiya Dole"), so a part of one stays a part.
_OPERATION_WORDS = ("Operation", "Task Force", "Joint Force")
_NAMES_KEY = "acg_coalition_names"
_FORM = frozenset("form create found establish launch join".split())
_TAKE_PART = frozenset({"participate", "take"})  # "participated in", "took part in"


def _described(m: Span) -> bool:
    """A body the text calls a coalition: its name, an apposition ("X, the coalition which"), a noun it
    qualifies ("the X coalition")."""
    if any(w in m.text for w in _NAME_WORDS):
        return True
    root = m.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if root.dep_ == "compound" and not inside(m, root.head):
        nouns.append(root.head)
    return any(n.lemma_.lower() in _NOUNS for n in nouns)


def coalition_names(mentions: list[Span]) -> set[str]:
    """The names of the bodies the text calls coalitions or alliances, among a Doc's mentions (all of them: each
    sentence and the Doc's end ask for the same), read once and kept with the Doc."""
    if not mentions:
        return set()
    cache = mentions[0].doc.user_data
    if _NAMES_KEY not in cache:  # a list: a Doc's user data crosses process boundaries as msgpack
        cache[_NAMES_KEY] = sorted({m.text for m in mentions if m.label_ == "Organization" and _described(m)})
    return set(cache[_NAMES_KEY])


def _joined_by_taking_part(m: Span) -> bool:
    """An operation or a task force, which a body takes part in by its verbs ("took part in Operation Y")."""
    return any(w in m.text for w in _OPERATION_WORDS)


def _body(s: Sentence, t: Token) -> Span | None:
    """The body a word names: itself, or the name a union's noun follows ("the Séléka coalition")."""
    words = [t]
    if t.lemma_.lower() in _NOUNS:
        words += [c for c in t.children if c.dep_ == "compound"]
    return next((m for m in s.typed("Organization") for w in words if m.label_ == "Organization" and m.root == w), None)


def _members(s: Sentence, t: Token) -> list[Span]:
    """The bodies a word and those joined to it name ("A, B and C"), or those its apposition lists ("the main
    armed groups - A, B and C - formed X")."""
    found = [m for x in [t, *t.conjuncts] if (m := _body(s, x)) is not None]
    if not found:
        found = [m for c in t.children if c.dep_ == "appos" for x in [c, *c.conjuncts] if (m := _body(s, x))]
    return found


def coalitions(s: Sentence) -> None:
    if len(s.typed("Organization")) < 2 or not any(t.lemma_.lower() in _FORM | _TAKE_PART | _NOUNS for t in s.sent):
        return
    named = coalition_names(s.doc_mentions)
    for t in s.sent:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in _FORM | _TAKE_PART and not negated(t) and not denied([t]):
            if lemma in _TAKE_PART:
                if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in t.children):
                    continue
                objects = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
                if lemma == "take":
                    objects += [o for c in t.children if c.lower_ == "part" for p in c.children
                                if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]  # fmt: skip
            else:
                objects = [c for c in t.children if c.dep_ == "dobj"]
            targets = [b for o in objects if (b := _body(s, o)) is not None
                       and (b.text in named or _joined_by_taking_part(b))]  # fmt: skip
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in {"unit", "element", "force", "troop"}:
                subject = next((o for p in subject.children if p.lower_ == "of" for o in p.children), subject)
            for target in targets:
                for member in _members(s, subject) if subject is not None else []:
                    if member is not target:
                        s.emit(member, "takes_part_in", target, 0.7, "takes-part-in", **s.dates([t]))
        elif lemma in _NOUNS and t.pos_ == "NOUN" and t.dep_ == "appos":
            # "the X, a coalition of A, B and C"
            whole = _body(s, t.head)
            if whole is None:
                continue
            of = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            for member in (m for o in of for m in _members(s, o)):
                if member is not whole:
                    s.emit(member, "takes_part_in", whole, 0.7, "coalition-of")


def as_taking_part(doc: Doc, mentions: list[Span], relations: list[dict[str, Any]]) -> None:
    """A part said of a body the text calls a coalition is taking part in it: a coalition is no link of a chain
    of command."""
    named = coalition_names(mentions)
    if not named:
        return
    text = doc.text
    for r in relations:
        if r["predicate"] == "part_of" and text[r["object"][0] : r["object"][1]] in named:
            r["predicate"] = "takes_part_in"
            r["method"] += "+coalition"
