"""Courts described in lower case after the place or people they belong to: "the Abidjan criminal court", "the
Paris assize court", "the Narayanganj court", "Ivorian investigating judges". Reports name national courts so
more often than by their official names, and a verdict whose court goes unread falls back on the court named
before it: another court, a wrong link. The name is the words from the place to the noun, as written; a court
after "a" is one only where its place follows ("a British military court in Venice"), and is named with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp.candidates import RULE, Candidate

# The lower-case words between the place and the noun ("criminal", "assize", "appeals", "district").
_MAX_WORDS = 3
_OWNERS = frozenset({"GPE", "NORP", "LOC"})


def _owner(t: Token) -> bool:
    """A place's or a people's name, capitalised: "Abidjan", "Paris", "Ivorian"."""
    return t.text[:1].isupper() and (t.ent_type_ in _OWNERS or t.pos_ == "PROPN") and t.is_alpha


def _head(t: Token) -> bool:
    """A judging body's noun in lower case, singular ("court", "tribunal"), or judges who investigate."""
    if t.lower_ in {"court", "tribunal"} and t.is_lower and t.tag_ == "NN":
        return True
    return t.lower_ == "judges" and t.i > 0 and t.doc[t.i - 1].lower_ == "investigating"


def described_courts(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if not _head(t):
            continue
        i = t.i - 1
        while i >= 0 and t.i - i <= _MAX_WORDS and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ != "DET":
            i -= 1
        if i < 0 or not _owner(doc[i]) or doc[i].sent != t.sent:
            continue
        while i > t.sent.start + 1 and (
            (doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title) or (doc[i - 1].text == "-" and doc[i - 2].is_title)
        ):
            i -= 2 if doc[i - 1].text == "-" else 1  # "the Port Harcourt high court", "the Itä-Uusimaa district court"
        if t.lower_ != "judges" and (i == 0 or doc[i - 1].lower_ != "the"):
            # "by a Guatemalan court", "Finnish appeals court upholds acquittal" (a headline), "Kenya's high
            # court": one court of a country, or a court whose name is unsaid, not a body the text names; but "a
            # British military court in Venice" is told by its place too: that court
            if t.lower_ != "judges" and i > 0 and doc[i - 1].lower_ in {"a", "an"} and (place := _place_after(t)):
                name = f"{doc[i : t.i + 1].text} in {place}"
                yield Candidate(i, t.i + 1, "Mechanism", RULE, kind="national_court", name=name)
            continue
        yield Candidate(i, t.i + 1, "Mechanism", RULE, kind="national_court")


def _place_after(t: Token) -> str | None:
    """The place a court's noun is said to sit in, right after it: "a British military court in Venice"."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "in" or not _owner(doc[t.i + 2]):
        return None
    end = t.i + 3
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1  # "in Fort Hood", "in La Spezia"
    return doc[t.i + 2 : end].text
