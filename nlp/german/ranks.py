"""A rank that names its force, read from German words (issue 26): "der SS-Hauptsturmführer Robert Mulka",
"SS-Oberscharführer X", "Wehrmachts-Oberst Y" say that the person was a member of that force, with that rank
(member_of, 0.8), when the document names the force by itself ("die SS"). A role that is no rank ("die
KZ-Aufseherin", "der SS-Arzt") gives nothing: a guard or a doctor of a camp need not belong to its force.
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


def ranked_members(s: Sentence) -> None:
    forces: dict[str, Span] = {}
    for m in s.doc_mentions:
        if m.label_ == "Organization":
            forces.setdefault(m.text.removeprefix("die ").removeprefix("der "), m)
    for person in (m for m in s.named if m.label_ == "Person"):
        found = _PREFIXED.search(s.text, max(0, person.start_char - 60), person.start_char)
        if found is None or not _rank(found["rank"]):
            continue
        force = forces.get(found["force"]) or forces.get(found["force"].removesuffix("s"))
        if force is not None:
            s.emit(person, "member_of", force, 0.8, "de-rank-of", rank=found["rank"])
