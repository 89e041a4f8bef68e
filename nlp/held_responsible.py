"""Who a Romance-language text says is responsible for a crime, read from the words between names (issue 26);
nlp/responsible.py reads English from the parse, nlp/german/responsible.py German's verb-final clauses.

The words of each language are in its package (nlp/spanish/responsible.py, nlp/french/responsible.py):
- `between`: what stands between the doer and the first crime: "fue responsable de la", "était responsable du";
  its group `bare` marks a bare preposition ("por la", "de la"), said only after a verb of holding;
- `holder`: a verb of holding right before the doer ("responsabilizó a", "a tenu", "declaró responsable a");
  then a court or commission must be its subject ("La Sala responsabilizó a X de"), else it is an accusation;
- `court`: the words of a court or commission;
- `doubt`: a denial or a hedge in the clause, which gives nothing;
- `listed`: what joins listed crimes ("de la masacre de A y del asesinato de B");
- `clitic`: a court's verb of holding whose object is a pronoun, right before the crime ("La Chambre l'a jugé
  responsable des attaques de X"); its group `pronoun` is read by the language's `stood_for`.

A force said responsible did the crime, likely (perpetrated, 0.6); a person, possibly (0.5): his responsibility
may be a superior's, which names no act of his.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span

from nlp.sentence import Sentence

_DOERS = frozenset({"Person", "Organization"})
_CLAUSE_END = re.compile(r"[;:]")


@dataclass(frozen=True)
class Words:
    between: re.Pattern[str]
    holder: re.Pattern[str]
    court: re.Pattern[str]
    doubt: re.Pattern[str]
    listed: re.Pattern[str]
    rule: str
    clitic: re.Pattern[str] | None = None


# Whom a pronoun at a character stands for, in a language that can tell.
StoodFor = Callable[[Sentence, int], Span | None]


def said_responsible(s: Sentence, words: Words, stood_for: StoodFor | None = None) -> None:
    text, named = s.text, s.named
    done: set[int] = set()
    for i, crime in enumerate(named):
        if crime.label_ != "Crime" or crime.start_char in done:
            continue
        lo = _clause_start(s, crime.start_char)
        found = _doer(s, words, crime, i) or _pronoun(s, words, crime, lo, stood_for)
        if found is None:
            continue
        doer, lo = found
        chain = [crime]
        for nxt in (m for m in named[i + 1 :] if m.label_ == "Crime"):
            if words.listed.fullmatch(text, chain[-1].end_char, nxt.start_char) is None:
                break
            chain.append(nxt)
        if words.doubt.search(text, lo, chain[-1].end_char):
            continue
        sure = 0.6 if doer.label_ == "Organization" else 0.5
        for c in chain:
            done.add(c.start_char)
            s.emit(doer, "perpetrated", c, sure, words.rule)


def _clause_start(s: Sentence, at: int) -> int:
    ends = _CLAUSE_END.finditer(s.text, s.sent.start_char, at)
    return max((x.end() for x in ends), default=s.sent.start_char)


def _court(s: Sentence, words: Words, lo: int, hi: int) -> bool:
    """Whether a court or a commission is named between characters `lo` and `hi`."""
    return words.court.search(s.text, lo, hi) is not None or any(
        m.label_ == "Mechanism" and lo <= m.start_char < hi for m in s.named
    )


def _doer(s: Sentence, words: Words, crime: Span, i: int) -> tuple[Span, int] | None:
    """The person or force named before `crime` that the words between say responsible for it, and where its
    clause begins."""
    text = s.text
    before = [m for m in s.named[:i] if m.end_char <= crime.start_char][-3:]
    found = next(
        ((m, b) for m in reversed(before) if (b := words.between.fullmatch(text, m.end_char, crime.start_char))),
        None,
    )
    if found is None or found[0].label_ not in _DOERS:
        return None
    doer, between = found
    lo = _clause_start(s, doer.start_char)
    holder = words.holder.search(text, lo, doer.start_char)
    if holder is None and between.groupdict().get("bare") is not None:
        return None
    if holder is not None and not _court(s, words, lo, holder.start()):
        return None  # "responsabilizó a X por": only a court's or a commission's finding
    return doer, lo


def _pronoun(s: Sentence, words: Words, crime: Span, lo: int, stood_for: StoodFor | None) -> tuple[Span, int] | None:
    """The person a court's "l'a jugé responsable de" stands for, when the court is named in the clause."""
    if words.clitic is None or stood_for is None:
        return None
    m = words.clitic.search(s.text, lo, crime.start_char)
    if m is None or not _court(s, words, lo, m.start()):
        return None
    doer = stood_for(s, m.start("pronoun"))
    return (doer, lo) if doer is not None and doer.label_ in _DOERS else None
