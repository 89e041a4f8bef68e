"""Sites named by a proper name and a noun of what they are: "Gohardasht prison", "the Kabarondo parish church",
"Sawa military training camp", "Tishreen Military Hospital" (issue 22). Reports name the places where people were
held and killed this way; the tagger cuts the noun off ("Gohardasht" an organisation) or takes the whole for an
organisation. The site is one place, its noun part of its name.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp import lexicon
from nlp.candidates import SHAPE, Candidate

# Nouns of a site, written in lower case after its name ("Eiraeiro prison"). Not "office" ("the OTP office" is
# the office itself) nor plurals ("the Omarska and Keraterm camps" names two sites).
# (and natural places a site is named after: "the Sandići meadow", "the Hindon river", "the Ntongwe forest")
SITE_NOUNS = (
    lexicon.SITE_NOUNS - {"office", "residence", "base", "headquarters"}
    | {"square", "embassy", "university"}
    | {"meadow", "river", "lake", "valley", "forest", "canal", "ravine", "quarry", "swamp", "marsh"}
)
# Site nouns that may follow an organisation's name and still name a place: "Republican Guard headquarters",
# "Giwa barracks", "SNR headquarters" (not "base": "the SAF base" is where the force is, named for the force).
_SEATS = frozenset({"headquarters", "barracks"})
# Words written in lower case between a site's name and its noun: "Sawa military training camp".
_BETWEEN = frozenset("military training police parish hotel naval air army detention civil central district".split())
# Capitalised heads that make a name a site's, not an organisation's: "Mahari Hotel", "Mudende University" (not
# "College": "the Military College" is commanded).
SITE_HEADS = frozenset(
    "Hotel Hospital School University Embassy Mosque Church Cathedral Parish Stadium Square Airport "
    "Factory Station Bridge Market Hill Canal River Lake Valley Forest".split()
)


# Words that begin a street's name in the languages reports quote addresses in: "Rua Tutóia", "Avenida de
# Mayo", "Calle Londres 38", "Rue Lauriston", "Praça da Sé", "Jalan Diponegoro".
_STREET_WORDS = frozenset("Rua Avenida Calle Rue Praça Plaza Jalan".split())


def street(name: str) -> bool:
    """A street's or a square's name, whatever the tagger took it for."""
    words = name.split()
    return len(words) >= 2 and words[0] in _STREET_WORDS


def sites(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if t.is_lower and ((t.text in SITE_NOUNS and t.tag_ in {"NN", "NNP"}) or t.text in _SEATS):
            start = _name_before(doc, t)
            if start is not None:
                yield Candidate(start, t.i + 1, "Location", SHAPE)


def _name_before(doc: Doc, noun: Token) -> int | None:
    """Where the name of a site begins, before its noun and the lower-case words between."""
    i = noun.i - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN and doc[i].is_lower:
        i -= 1
    end = i + 1
    while (
        i >= 0
        and (doc[i].is_title or doc[i].is_upper or doc[i].like_num or doc[i].text == "-")
        and not (doc[i].is_sent_start and doc[i].lower_ in {"the", "a", "an", "this", "that", "in", "at", "on"})
        and doc[i].lower_ not in {"the", "a", "an"}
        and doc[i].ent_type_ not in {"DATE", "NORP", "CARDINAL"}
    ):
        i -= 1
    start = i + 1
    if start >= end or doc[start].text == "-" or doc[end - 1].text == "-" or not doc[start].text[:1].isupper():
        return None
    last = doc[end - 1]
    if noun.text not in _SEATS and (
        last.is_upper or last.text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.INSTITUTION_HEADS
    ):
        return None  # "the RUF camp", "the Army camp" keep their force; "SNR headquarters" is where it sits
    return start
