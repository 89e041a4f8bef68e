"""Bodies named by their shape alone, apart from the bodies they come of: a unit named by another's acronym and
a number ("RAB-7"), a faction "in Opposition" ("the SPLA in Opposition"), an acronym and a hyphen ("SPLA-IO",
"RCD-Goma"). Called by nlp.entities."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from nlp import lexicon
from nlp.candidates import SHAPE, Candidate
from nlp.names import organization_kind, strip_the

# The tagger's labels of a body (a nationality: "the Serb forces").
BODIES = frozenset({"ORG", "FAC", "NORP"})

_NUMBERED_BODY = re.compile(r"(?P<acronym>[A-Z]{2,6})-[0-9]{1,3}")


def numbered_bodies(doc: Doc) -> Iterator[Candidate]:
    """A body named by another's acronym and a number ("RAB-7", "SRB-11"), where the acronym names a body the
    tagger saw in the same text: a unit of it, whatever the tagger said of the code."""
    acronyms = {t.text for t in doc if t.ent_type_ == "ORG" and t.text.isupper()}
    for t in doc:
        m = _NUMBERED_BODY.fullmatch(t.text)
        bracketed = 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
        if m is not None and m["acronym"] in acronyms and not bracketed:  # "Tribunal-1 (ICT-1)": a name's own
            yield Candidate(t.i, t.i + 1, "Organization", SHAPE, kind="unit")


def in_opposition(doc: Doc) -> Iterator[Candidate]:
    """ "the SPLA in Opposition", "the SPLM in Opposition": the faction that broke from a body, named by the
    body's name and "in Opposition", is another body than the one it opposes."""
    for t in doc[1:-1]:
        if t.text != "in" or doc[t.i + 1].text != "Opposition" or not doc[t.i - 1].text[:1].isupper():
            continue
        ent = next((e for e in doc.ents if e.start < t.i <= e.end and e.label_ in BODIES), None)
        start = strip_the(doc, ent.start, ent.end) if ent is not None else t.i - 1
        if ent is None and not doc[start].text.isupper():
            continue
        yield Candidate(start, t.i + 2, "Organization", SHAPE, kind="armed_group")


def hyphened_factions(doc: Doc) -> Iterator[Candidate]:
    """ "SPLA-IO", "SPLM-N", "RCD-Goma": a body's acronym joined by a hyphen to a word of capitals names a faction
    of its own, neither the body the acronym alone names nor a place."""
    for t in doc[1:-1]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        if t.text != "-" or left.whitespace_ or t.whitespace_ or not left.is_upper or len(left) < 2:
            continue
        if t.i > 1 and doc[t.i - 2].text == "(":
            continue  # "the SPLA in Opposition (SPLA-IO)": the acronym of the name before it
        if left.ent_type_ in {"GPE", "LOC"}:
            continue  # "the US-Mexico border": two countries
        if right.is_alpha and right.text[:1].isupper() and left.is_alpha:
            name = doc[t.i - 1 : t.i + 2].text
            if lexicon.canonical_rank(name):
                continue  # "SS-Obersturmbannführer": a rank
            yield Candidate(t.i - 1, t.i + 2, "Organization", SHAPE, kind=organization_kind(name))
