"""Who a German text says is responsible for a crime (issue 26), as nlp/responsible.py reads English.

- "X war für die Erschießung von Y verantwortlich", "dass X für die Tötungen in Z verantwortlich waren",
  "X ist verantwortlich für den Angriff auf Z", "für den Einsatz von Gefangenen war X verantwortlich";
- "Der Senat machte X für die Folter verantwortlich": a court's finding; the same said by anyone else is an
  accusation, and gives nothing.

A force said responsible did the crime, likely (perpetrated, 0.6); a person, possibly (0.5): his responsibility
may be a superior's. A denial, a hedge ("mutmaßlich", "sein könnten", "hielt es für möglich"), an accusation
("wird für ... verantwortlich gemacht", "der Vorwurf, für ... verantwortlich zu sein") gives nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.german.clauses import HEDGED, NEGATION, clause, names_between
from nlp.german.deeds import doer_of
from nlp.sentence import Sentence

_RESPONSIBLE = r"(?:mit)?verantwortlich"
_ADVERBS = r"(?:(?:auch|allein|persönlich|direkt|unmittelbar|strafrechtlich|maßgeblich)\s+)*"
# the words between the doer and the crime: "X war für die", "X ist verantwortlich für den"
_BEFORE_CRIME = re.compile(
    rf"(?<!\w)\s*(?:(?:war|waren|ist|sind)\s+)?{_ADVERBS}(?:{_RESPONSIBLE}\s+)?[Ff]ür\s+"
    r"(?:(?:den|die|das|dem|der|alle|diese[nmrs]?)\s+)?(?:[\w-]+\s+){0,2}?$"
)
_VERB_FIRST = re.compile(rf"\s+(?:war|waren|ist|sind)\s+{_ADVERBS}{_RESPONSIBLE}\s+für\s+")
# after the crimes, a few words on ("am 7. Juni 1992"): "verantwortlich war"; or the fronted "war X verantwortlich"
_AFTER_CRIME = re.compile(rf"(?:\s+[\w.-]+){{0,8}}?\s+{_ADVERBS}{_RESPONSIBLE}\b")
_FRONTED = re.compile(rf"\s+(?:war|waren|ist|sind)\s+(?P<doer>\S.*?)\s+{_ADVERBS}{_RESPONSIBLE}\b")
_MADE = re.compile(r"\b(?:machte|machten|hielt|hielten)\s+$")
_COURT = re.compile(
    r"\b(?:Gericht|Senat|Kammer|Tribunal|Gerichtshof|Richter|Richterin|Richterinnen)\b|\w+(?:kammer|gericht)\b"
)
# the words of an accusation or of a question left open
_ALLEGED = re.compile(
    r"\b(?:gemacht|machen|zu\s+sein|Vorwurf\w*|vorgeworfen|Verdacht\w*|verdächtig\w*|beschuldigt\w*|Annahme|"
    r"möglich|wahrscheinlich|Gründe|angeklagt|Anklage\w*)\b"
)
_LIST = re.compile(r"\s*(?:,|und|sowie)\s*(?:für\s+)?(?:(?:den|die|das|dem|der)\s+)?")


def responsible(s: Sentence) -> None:
    crimes = [m for m in s.named if m.label_ == "Crime"]
    done: set[int] = set()
    for crime in crimes:
        if crime.start_char in done:
            continue
        lo, hi = clause(s, crime.start_char)
        text = s.text
        chain = _listed(s, crime, [c for c in crimes if crime.start_char <= c.start_char < hi])
        found = _said(s, lo, hi, crime, chain[-1])
        if found is None:
            continue
        if NEGATION.search(text, lo, hi) or HEDGED.search(text, lo, hi) or _ALLEGED.search(text, lo, hi):
            continue
        doer, sure = found
        sure = min(sure, 0.6 if doer.label_ == "Organization" else 0.5)
        for c in chain:
            done.add(c.start_char)
            s.emit(doer, "perpetrated", c, sure, "de-responsible")


def _listed(s: Sentence, first: Span, crimes: list[Span]) -> list[Span]:
    """The crimes listed from `first` on: "für die Folter von X und die Tötung von Y"."""
    out = [first]
    for c in crimes[1:]:
        if _LIST.fullmatch(s.text, out[-1].end_char, c.start_char) is None:
            break
        out.append(c)
    return out


def _said(s: Sentence, lo: int, hi: int, first: Span, last: Span) -> tuple[Span, float] | None:
    """Who the clause says is responsible for the crimes from `first` to `last`, and how surely."""
    text = s.text
    before = _BEFORE_CRIME.search(text, lo, first.start_char)
    if before is None or before.end() != first.start_char:
        return None
    after = _AFTER_CRIME.match(text, last.end_char, hi)
    if after is not None and names_between(s, last.end_char, after.end()):
        after = None  # "für die Tötung verantwortlich, die Y befahl": a name between
    if _VERB_FIRST.match(text, before.start()) is None and after is None:
        fronted = _FRONTED.match(text, last.end_char, hi)
        if fronted is None:
            return None
        named = names_between(s, fronted.start("doer"), fronted.end("doer"))
        if len(named) != 1 or named[0].end_char != fronted.end("doer"):
            return None
        return (named[0], 0.6) if named[0].label_ != "Mechanism" else None
    doer, sure = doer_of(s, lo, first)
    if doer is None or doer.label_ == "Mechanism":
        return None
    verb = _MADE.search(text, lo, doer.start_char)
    court = any(m.label_ == "Mechanism" for m in names_between(s, lo, verb.start())) if verb else False
    if verb is not None and not court and not _COURT.search(text, lo, verb.start()):
        return None  # "X machte Y verantwortlich": a court's finding, or else an accusation
    return doer, sure
