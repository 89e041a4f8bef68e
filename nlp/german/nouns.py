"""German nouns from Wiktionary (the `german-nouns` package, CC BY-SA 4.0): every inflected form of ~100,000
common nouns, and the names of places and the given names that Wiktionary lists among its nouns.

spaCy's blank German has no tagger, and German writes every noun with a capital: so "Ende", "Mission" or
"Brand" (all towns somewhere) look like names. A word that is a common noun is no name unless the text
makes it one; a place Wiktionary names ("Damaskus", "Kosovo", "Bosnien-Herzegowina") is one.
"""

from __future__ import annotations

import csv
import io
from functools import cache, lru_cache
from importlib import resources

_FIRST_FORM = 7  # the columns before are the lemma, its parts of speech and its genders


@cache
def _lexicon() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    common: set[str] = set()
    places: dict[str, str] = {}
    given: set[str] = set()
    text = resources.files("german_nouns").joinpath("nouns.csv").read_text(encoding="utf-8")
    rows = csv.reader(io.StringIO(text, newline=""))
    next(rows)
    for row in rows:
        kinds = set(row[1].split(","))
        forms = {row[0], *(w for w in row[_FIRST_FORM:] if w)}
        if "Toponym" in kinds:
            for form in forms:
                places.setdefault(form, row[0])
        elif "Vorname" in kinds:
            given |= forms
        elif "Substantiv" in kinds and not kinds & {"Nachname", "Eigenname"}:
            common |= forms
    return frozenset(common), places, frozenset(given)


def common(word: str) -> bool:
    """Whether the word, as written, is a form of a German common noun ("Ende", "Tötungen")."""
    return word in _lexicon()[0]


@lru_cache(maxsize=65_536)
def compound(word: str, tail: int = 4) -> bool:
    """Whether the word is a common noun or ends with one of `tail` letters or more, as German compounds do
    ("Berufungskammer", "Polizeigewahrsam")."""
    nouns = _lexicon()[0]
    return word in nouns or any(word[i:].capitalize() in nouns for i in range(3, len(word) - tail + 1))


def place(name: str) -> str | None:
    """The place's name in the nominative, when the name as written is a place's in German ("Damaskus",
    "Bad Wildungen"; "der Zentralafrikanischen Republik": "Zentralafrikanische Republik")."""
    return _lexicon()[1].get(name)


def given(word: str) -> bool:
    return word in _lexicon()[2]
