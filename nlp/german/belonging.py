"""What a name says a person or a unit belongs to, read from German words (issue 26), when the document names
that body by itself:

- a rank that names its force: "der SS-Hauptsturmführer Robert Mulka", "Wehrmachts-Oberst Y" (member_of the
  SS, with the rank, 0.8). A role that is no rank ("die KZ-Aufseherin", "der SS-Arzt") gives nothing: a guard
  or a doctor of a camp need not belong to its force;
- a unit named after the body it is part of: "die Militärpolizei des HVO" (part_of the HVO, 0.8).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.german import lexicon
from nlp.sentence import Sentence

_PREFIXED = re.compile(r"\b(?P<force>[A-ZÄÖÜ][\wÄÖÜäöüß]*)-(?P<rank>[A-ZÄÖÜ][a-zäöüß]+)\s+$")


def _rank(word: str) -> bool:
    low = word.lower()
    return low in lexicon.RANKS or low.endswith("führer")


def _bodies(s: Sentence) -> dict[str, Span]:
    forces: dict[str, Span] = {}
    for m in s.doc_mentions:
        if m.label_ == "Organization":
            forces.setdefault(m.text, m)
    return forces


def ranked_members(s: Sentence) -> None:
    forces: dict[str, Span] | None = None  # the bodies the document names, read only when a rank names one
    for person in (m for m in s.named if m.label_ == "Person"):
        found = _PREFIXED.search(s.text, max(0, person.start_char - 60), person.start_char)
        if found is None or not _rank(found["rank"]):
            continue
        forces = forces if forces is not None else _bodies(s)
        force = forces.get(found["force"]) or forces.get(found["force"].removesuffix("s"))
        if force is not None:
            s.emit(person, "member_of", force, 0.8, "de-rank-of", rank=found["rank"])


_PART_NAMED = re.compile(r"\S+\s+(?:des|der)\s+(?P<whole>[A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7})")


def named_parts_of(s: Sentence) -> None:
    bodies = None
    for unit in (m for m in s.named if m.label_ == "Organization"):
        found = _PART_NAMED.fullmatch(unit.text)
        if found is None:
            continue
        bodies = bodies if bodies is not None else _bodies(s)
        whole = bodies.get(found["whole"])
        if whole is not None:
            s.emit(unit, "part_of", whole, 0.8, "de-part-named")
