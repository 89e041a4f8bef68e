"""What the German readers share (nlp/german/relations.py, nlp/german/deeds.py): a sentence's clauses, its
negation, the names between two points, and the one person a document names as its accused."""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.sentence import Sentence

NEGATION = re.compile(r"\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner)\b", re.I)
# What a clause says is only possible or alleged.
HEDGED = re.compile(r"\b(?:soll|sollen|sollte|sollten|könnte|könnten|dürfte|dürften|möglicherweise|mutmaßlich\w*)\b")
# A clause ends at these; a verdict and its parties are read within one.
_CLAUSE_END = ".;:"


def clause(s: Sentence, at: int) -> tuple[int, int]:
    """The characters of the clause around character `at`: between the marks . ; : around it (not the stop of
    "Anwar R." or "1. Strafsenat"), or a blank line (a heading without a stop: "Früherer SS-Wachmann wegen
    Beihilfe zum Mord verurteilt" is no part of the sentence after it)."""
    text = s.text
    ends = [i for i in range(s.sent.start_char, s.sent.end_char) if text[i] in _CLAUSE_END or text[i : i + 2] == "\n\n"]
    ends = [i for i in ends if text[i] != "." or not initial_stop(text, i)]
    lo = max((i + 1 for i in ends if i < at), default=s.sent.start_char)
    return lo, min((i for i in ends if i >= at), default=s.sent.end_char)


def initial_stop(text: str, i: int) -> bool:
    """The stop of an abbreviated name, a title or an ordinal ("Anwar R.", "Dr. Hannes B.", "1. Strafsenat"), not
    a sentence's."""
    if text[max(0, i - 5) : i].split()[-1:] in (["Dr"], ["Prof"], ["Dres"]):
        return True
    return i > 0 and ((text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())) or text[i - 1].isdigit())


PARTIES = frozenset({"Person", "Organization", "Mechanism"})


def names_between(s: Sentence, lo: int, hi: int, but: tuple[Span, ...] = ()) -> list[Span]:
    """The persons and bodies named from character `lo` to `hi` (but those of `but`): those that could be
    what a verb says of instead."""
    return [m for m in s.named if lo <= m.start_char < hi and m.label_ in PARTIES and m not in but]


# Where a person is named as the accused: "das Verfahren gegen X", "Anklage gegen X", "der Angeklagte X".
_ACCUSED_BEFORE = re.compile(r"(?:\bgegen|\bAngeklagten?|\bAngeklagter|\bBeschuldigten?)\s+$")


def sole_accused(s: Sentence) -> Span | None:
    """The one person the document names as the accused (after "gegen", "der Angeklagte"), if one only: the
    accused a verdict names by a description is then that person, likely (0.6)."""
    named: dict[str, Span] = {}
    for m in s.doc_mentions:
        if m.label_ == "Person" and _ACCUSED_BEFORE.search(s.text, max(0, m.start_char - 30), m.start_char):
            named.setdefault(m.text, m)
    return next(iter(named.values())) if len(named) == 1 else None
