"""A state's bodies named by its people's adjective, in lower case as German writes it (issue 26): "die
syrischen Streitkräfte", "der ugandischen Regierung", "die russischen Truppen", "die malische Justiz". The name
is given in the nominative ("syrische Streitkräfte"), as the body is named wherever it stands.

The adjective must be a country's or a region's ("syrisch" of Syrien, "russisch" of Russland, "südossetisch"
of Südossetien): "paramilitärische Milizen" or "die politische Polizei" name no state's body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from nlp import places
from nlp.candidates import RULE, Candidate
from nlp.german import nouns

# The nouns of a state's bodies, and what each names: forces, a government, its courts.
_BODIES = {
    "streitkräfte": ("Organization", "unit"), "sicherheitskräfte": ("Organization", "unit"),
    "armee": ("Organization", "unit"), "truppen": ("Organization", "unit"), "polizei": ("Organization", "unit"),
    "milizen": ("Organization", "armed_group"), "regierung": ("Organization", "government"),
    "justiz": ("Mechanism", "national_court"),
}  # fmt: skip
_ADJECTIVE = re.compile(r"^(?P<stem>[a-zäöü]{3,}?)(?:es)?isch(?P<ending>e|en|er|es|em)$")
# The endings a country's name adds to its people's stem: "Syri-en", "Gambi-a", "Mali", "Russ-land", "Sudan".
_COUNTRY_ENDINGS = ("", "ien", "a", "ia", "land", "en", "o", "e", "istan", "union")
# Peoples' adjectives that name no state ("arabische Milizen").
_NO_STATE = frozenset(["arab"])


@cache
def _known(name: str) -> bool:
    return name in places.countries_in("de") or nouns.place(name) is not None or places.place(name)


def national(adjective: str) -> bool:
    """Whether a word is the adjective of a country's or a region's people ("syrischen", "südossetische").

    >>> [national(w) for w in ("syrischen", "russische", "südossetische", "kongolesischen", "politische")]
    [True, True, True, True, False]
    """
    m = _ADJECTIVE.match(adjective)
    if m is None:
        return False
    if m["stem"] in _NO_STATE:
        return False
    stems = {m["stem"].capitalize(), m["stem"][:-1].capitalize()}  # "kongol-esisch": "Kongo"
    return any(_known(stem + ending) for stem in stems for ending in _COUNTRY_ENDINGS)


def national_bodies(doc: Doc) -> Iterator[Candidate]:
    for t in doc[:-1]:
        body = _BODIES.get(doc[t.i + 1].lower_)
        if body is None or not national(t.text):
            continue
        stem = t.text[: -len(_ADJECTIVE.match(t.text)["ending"])]  # type: ignore[index]
        label, kind = body
        name = f"{stem}e {doc[t.i + 1].text}"  # "der syrischen Regierung": "syrische Regierung"
        yield Candidate(t.i, t.i + 2, label, RULE, kind=kind, name=name)
