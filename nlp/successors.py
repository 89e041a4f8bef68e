"""Who took a commander's post, read after the posts of the sentence (nlp/posts.py): "X headed the Border
Guard until 2008, when he was replaced by Y", "he was succeeded at RAB by Y", "until 2014, when Y succeeded
him", "Y succeeded X as commander of Z in June 2010", "X, Chief of Army Staff, and his successor, Y". Y then
commands what X commanded, likely (0.6: the sentence says he took X's place, not which post), from when X's
command ended. Only where the sentence has X command one body: a successor of several posts took which one is
not said. The predecessor is never read as the successor's superior.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from nlp.sentence import TAKE_THE_PLACE, Sentence, inside, negated

_SUCCESSOR = 0.6
_NAMED = 0.8


def _mention(s: Sentence, t: Token, label: str) -> Span | None:
    return next((m for m in s.mentions if m.label_ == label and inside(m, t)), None)


def _command_of(s: Sentence, before: int, successor: Span) -> dict[str, Any] | None:
    """The one command read in the sentence of the person named last before character `before` (the one
    "he" of "when he was replaced" is): another's command, said earlier in a list of officers, is not the
    post he left."""
    named = sorted((m for m in s.mentions if m.label_ == "Person" and m.end_char <= before
                    and m.start_char != successor.start_char), key=lambda m: m.start_char)  # fmt: skip
    if not named:
        return None
    last = [named[-1].start_char, named[-1].end_char]
    found = [r for r in s.out if r["predicate"] == "commands" and r["subject"] == last]
    bodies = {tuple(r["object"]) for r in found}
    return found[-1] if len(bodies) == 1 else None


def _successor_of_verb(s: Sentence, verb: Token) -> Span | None:
    """ "he was replaced by Y", "was succeeded at RAB by Y": the agent of the passive; "until 2014, when Y
    succeeded him": the subject of the active, whose object is a pronoun (the one named before)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not objects:
            return None
        # "until 2014, when Y succeeded him"; "Y succeeded X as commander of Z in 2010" (X named, his post read)
        if objects[0].lower_ not in {"him", "her"} and _mention(s, objects[0], "Person") is None:
            return None
        return _mention(s, subject, "Person")
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:  # "was replaced as commander of the 9th Brigade by Y": the parser hangs "by" on the post's body
        agent = next((x for a in verb.children if a.dep_ == "prep" and a.lower_ == "as" for x in a.subtree
                      if x.dep_ == "prep" and x.lower_ == "by"), None)  # fmt: skip
    objects = [o for o in agent.children if o.dep_ == "pobj"] if agent is not None else []
    return _mention(s, objects[0], "Person") if objects else None


def _predecessor_end(s: Sentence, verb: Token) -> int:
    """Where the predecessor's name ends: "Y succeeded X": after X, the verb's object; else the verb (the one
    named last before it, whom "he" or "him" stands for)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = _mention(s, objects[0], "Person") if objects else None
    return named.end_char if named is not None else verb.idx


def successors(s: Sentence) -> None:
    for t in s.sent:
        successor: Span | None = None
        if t.lemma_.lower() in TAKE_THE_PLACE and t.pos_ == "VERB" and not negated(t):
            successor = _successor_of_verb(s, t)
        elif t.lemma_.lower() == "successor" and any(c.dep_ == "poss" for c in t.children):
            # "X, Chief of Army Staff ..., and his successor, Y"
            successor = next(
                (m for c in t.children if c.dep_ == "appos" for m in [_mention(s, c, "Person")] if m), None
            )
        if successor is None:
            continue
        command = _command_of(s, _predecessor_end(s, t), successor)
        if command is None or command["subject"] == [successor.start_char, successor.end_char]:
            continue
        body = next((m for m in s.mentions if [m.start_char, m.end_char] == command["object"]), None)
        if body is None:
            continue
        s.emit(successor, "commands", body, _SUCCESSOR, "successor", valid_from=command["valid_to"])


def succession(s: Sentence, successor: Span, predecessor: Span, body: Span, date: str | None, rule: str) -> None:
    """A post the sentence's words name, taken from another (the French, Spanish and German readers): the successor
    commands the body from `date`, the predecessor until it, both said (0.8); neither is the other's superior."""
    s.emit(successor, "commands", body, _NAMED, f"{rule}-successor-post", valid_from=date)
    s.emit(predecessor, "commands", body, _NAMED, f"{rule}-predecessor-post", valid_to=date)


def two_persons(s: Sentence) -> Iterator[tuple[Span, Span, str]]:
    """Each two persons of the sentence in the order written, with the words between them: where the readers that
    have no parse (Spanish, German) find who took whose place."""
    persons = s.typed("Person")
    for first in persons:
        for second in persons:
            if first is not second and first.end_char <= second.start_char:
                yield first, second, s.text[first.end_char : second.start_char]
