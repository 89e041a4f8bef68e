"""German words that tell a person's name from a place's or a noun's (issue 26), for the recogniser
(nlp/german/entities.py): the places German names, the words a person's name follows, a foreign name of words that
are no German noun ("Marzuki Darusman"), and a name's genitive ("im Auftrag Heinrich Himmlers").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.tokens import Doc, Token

from nlp import places
from nlp.candidates import NER, Candidate
from nlp.german import lexicon, nouns
from nlp.mistagged import NOT_TOWNS, town

# "in Koblenz", "aus Damaskus", "nach Ruanda": prepositions that take a town's name without an article
# ("im", "bei", "von" take nouns as often).
BEFORE_PLACE = frozenset({"in", "aus", "nach"})


@cache
def place_names() -> frozenset[str]:
    return places.countries_in("de") | places.countries() | places.subdivisions()


def cue(word: str) -> bool:
    """A word a person's name follows: a rank, an office, a role ("Richter", "Richters", "Brigadegeneral",
    "Staatspräsidenten")."""
    last = word.rsplit("-", 1)[-1]  # "KZ-Aufseherin", "SS-Hauptsturmführer"
    return (
        word in lexicon.PERSON_CUES
        or (word.endswith("s") and word[:-1] in lexicon.PERSON_CUES)
        or word.endswith(("general", "generalin", "präsident", "präsidenten", "präsidentin", "kommandant", "führer"))
        or last in lexicon.PERSON_CUES
        or (last.endswith("in") and last[:-2] in lexicon.PERSON_CUES)  # the feminine: "Aufseherin"
    )


# The endings of nouns of persons ("Richterin", "Präsident", "Oberstaatsanwalt", "Hauptmann", "General"): such a noun
# before a name is in apposition to it, and leaves the name's "-s" its own ("Oberstaatsanwalt Simon Henrichs").
_PERSON_NOUN = re.compile(r"(?:in|innen|er|ent|enten|ant|anten|or|eur|ist|isten|walt|mann|chef|arzt|al)$")


def a_place(word: str) -> bool:
    return word in place_names() or nouns.place(word) is not None or town(word)


def foreign_names(doc: Doc) -> Iterator[Candidate]:
    """Two or three capitalised words in a row of which none is a German noun, a place or a word of the lexicon
    ("Marzuki Darusman", "Radhika Coomaraswamy", "Min Aung Hlaing"): a person's name in another language,
    weakly (any rule with a cue wins); never after a preposition of place ("in Maung Nu")."""
    tokens = list(doc)
    foreign = [_foreign_word(t) for t in tokens]
    i = 0
    while i < len(tokens):
        end = i
        while end < len(tokens) and end - i < 3 and foreign[end]:
            end += 1
        if (
            end - i >= 2 and (end >= len(tokens) or not tokens[end].text[:1].isupper())
            and not any(w.lower_ in _NOT_BEFORE_PERSONS for w in tokens[max(0, i - 6) : i])
        ):  # fmt: skip
            yield Candidate(i, end, "Person", NER)
        i = max(end, i + 1)


# Nouns of places a list of names may follow ("die Dörfer Maung Nu und Chut Pyin", "im Gefängnis Abu Ghraib").
_PLACE_NOUNS = frozenset(
    "dorf dörfer dorfes stadt städte ort orte ortschaft ortschaften gefängnis gefängnisses lager lagers township "
    "townships region bezirk bezirks provinz kreis gemeinde siedlung siedlungen camp".split()
)
# Words after which a foreign name is a place's ("in Maung Nu", "die Dörfer A und B", "im Gefängnis Abu Ghraib").
_NOT_BEFORE_PERSONS = BEFORE_PLACE | _PLACE_NOUNS | {"im", "bei"}


# Words of other languages' names of bodies ("Lord's Resistance Army", "Task Force", "Forces Démocratiques").
_FOREIGN_BODY_WORDS = (
    NOT_TOWNS
    | EN_STOP_WORDS
    | frozenset(
        "army forces force rights human task constitutional resistance movement front démocratiques combattantes "
        "libération démocratique national nationale".split()
    )
)


def _foreign_word(t: Token) -> bool:
    word = t.text
    return (
        t.is_alpha and word[:1].isupper() and not t.is_upper and len(word) > 2 and not t.is_sent_start
        and not nouns.compound(word) and not a_place(word) and nouns.place(word) is None
        and t.lower_ not in STOP_WORDS and t.lower_ not in lexicon.NOT_PLACES and t.lower_ not in lexicon.MONTHS
        and not cue(t.lower_) and t.lower_ not in _FOREIGN_BODY_WORDS and not _ADJECTIVE_FIRST.fullmatch(t.lower_)
    )  # fmt: skip


# A German adjective's endings: "Erster", "Demokratische" are no name's words.
_ADJECTIVE_FIRST = re.compile(r"[a-zäöüß]+(?:ischer|ische|ischen)|(?:erst|zweit|dritt|viert)(?:e|er|en|es)")


def genitive(doc: Doc, start: int, end: int) -> dict[str, str]:
    """The name without its genitive's "-s" where a common noun stands right before or after it ("im Auftrag
    Heinrich Himmlers", "Simon Wiesenthals Hinweise"): {"name": ...}, or nothing."""
    last = doc[end - 1].text
    if not last.endswith("s") or last.endswith(("ss", "ß")) or len(last) < 4:
        return {}
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    # a noun of a thing before the name; one of a person is in apposition ("Nachfolgerin Monika Harms", "Oberst
    # Thomas Pappas")
    thing = (
        before[:1].isupper() and nouns.common(before) and not cue(before.lower()) and not _PERSON_NOUN.search(before)
    )
    if not thing and not (after[:1].isupper() and nouns.common(after)):
        return {}
    return {"name": f"{doc[start : end - 1].text} {last[:-1]}".strip() if end - start > 1 else last[:-1]}
