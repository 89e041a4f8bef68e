"""Other names a text gives a person or a body in passing: "Emmanuel, also known as Chuckie Taylor and Roy
Belfast Jr., commanded the ATU", "X (alias Y)", "X, a.k.a. Y", "X, dit « Y »". Each is the
same entity as the name before it (nlp.document joins them); a nickname the tagger did not take for a name
is no entity and stays text.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from nlp.described import described_noun
from nlp.sentence import SAME, Sentence

# What comes between a name and another name of the same one (a rank or title may come before the other:
# "also known as General Bropleh").
# In French: "X, dit « Sheka »", "X, alias Y", "X, plus connu sous le nom de Y".
_KNOWN_AS = re.compile(
    r"\s*[,(]\s*(?:(?:also\s+|better\s+|otherwise\s+)?(?:known\s+as|alias|a\.k\.a\.|aka)|dite?|surnommée?"
    r"|(?:plus\s+|mieux\s+)?connue?\s+sous\s+le\s+nom\s+d(?:e\s+|'))"
    r"\s*[«\"\u201c]?\s*(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?$"
)  # "the 32nd Reinforced Brigade, known as the Khamis Brigade"
_OPENS = re.compile(r"\s*\(\s*")
_ACRONYM_CLOSES = re.compile(r"\s*,\s*[A-Z][A-Z0-9-]{1,11}\s*\)")
_BETWEEN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:[A-Z][a-z]+\.?\s+)?$")
_NAMED = frozenset({"Person", "Organization"})


def known_as(s: Sentence) -> None:
    """Each name after "also known as" (and those listed with it) is another name of the one before; so is a
    name in brackets before the acronym ("the Directorate of Police Communications (Dirección de Comunicaciones
    de Carabineros, DICOMCAR)")."""
    named = [m for m in s.named if m.label_ in _NAMED]
    for i, main in enumerate(named[:-1]):
        other = named[i + 1]
        text = s.text
        if (
            main.label_ == other.label_ == "Organization"
            and _OPENS.fullmatch(text, main.end_char, other.start_char)
            and _ACRONYM_CLOSES.match(text, other.end_char)
        ):
            s.emit(other, SAME, main, 0.8, "named-in-brackets")
            continue
        if _KNOWN_AS.fullmatch(text, main.end_char, other.start_char) is None or described_noun(other.root):
            continue  # "a unit of the Military Intelligence Directorate, known as the Delta Cell": the unit's name
        for alias in named[i + 1 :]:
            if alias.label_ != main.label_:
                break
            s.emit(alias, SAME, main, 0.8, "known-as")
            after = named.index(alias) + 1
            if after >= len(named) or _BETWEEN.fullmatch(text, alias.end_char, named[after].start_char) is None:
                break


# Between a crime and its other name in apposition: ", the", ", a".
_APPOSED = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?")


def crimes_apposed(s: Sentence) -> None:
    """A crime named, then described in apposition ("the San Javier episode, the execution of four prisoners at
    the artillery school"), or described, then named: one crime, named by its name."""
    crimes = [m for m in s.named if m.label_ == "Crime"]
    for a, b in itertools.pairwise(crimes):
        if not _APPOSED.fullmatch(s.text, a.end_char, b.start_char) or b.root.dep_ == "conj":
            continue  # "the A massacre, the B massacre and ...": crimes listed
        if _named(a) == _named(b):
            continue  # two names ("the Lumo massacre, the Ruka massacre and ..."), or two descriptions
        named, described = (a, b) if _named(a) else (b, a)
        if named is not a and (b.root.dep_ != "appos" or b.root.head.i not in range(a.start, a.end)):
            continue  # a description right after a crime's name is its apposition, wherever the parser hung it
        if named is not None and described is not None:
            s.emit(described, SAME, named, 0.8, "crime-apposed")


def _named(crime: Span) -> bool:
    """A crime's name: proper nouns before its noun ("the Tumba massacre"), not a description."""
    before = crime[: crime.root.i - crime.start]
    return len(before) > 0 and all(t.tag_ in {"NNP", "NNPS"} for t in before)


# Between a case's name and its formal one: "Der Juristenprozess: Vereinigte Staaten gegen X", "Der
# Einsatzgruppen-Prozess (offiziell: Die Vereinigten Staaten von Amerika gegen Y)", "the Justice Case (officially
# United States v. X)".
_FORMALLY = re.compile(r"\s*(?::|\(\s*(?:offiziell|officially|oficialmente|officiellement)\s*:?)\s*")


def cases_apposed(s: Sentence) -> None:
    """A case's name, then its formal name after a colon or "officially" in brackets: one case."""
    cases = [m for m in s.named if m.label_ == "Case"]
    for a, b in itertools.pairwise(cases):
        if _FORMALLY.fullmatch(s.text, a.end_char, b.start_char):
            s.emit(b, SAME, a, 0.8, "case-formally")
