"""What a name says a person or a unit belongs to, read from German words (issue 26), when the document names
that body by itself:

- a rank that names its force: "der SS-Hauptsturmführer Robert Mulka", "Wehrmachts-Oberst Y" (member_of the
  SS, with the rank, 0.8). A role that is no rank ("die KZ-Aufseherin", "der SS-Arzt") gives nothing: a guard
  or a doctor of a camp need not belong to its force;
- a unit named after the body it is part of: "die Militärpolizei des HVO" (part_of the HVO, 0.8);
- a verb of belonging or of joining: "X gehörte der Unterabteilung 40 an", "X trat 1931 der NSDAP bei" (member_of,
  0.7).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from nlp.german import lexicon
from nlp.german.clauses import NEGATION, names_between
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


# "X gehörte (von 2011 bis 2012) der Unterabteilung 40 an": the separable verb of membership, its particle at the
# clause's end; "X gehört zur Y".
_BELONGED = re.compile(r"\s+(?:gehörte|gehörten|gehört|angehörte)\s+(?:[^.;:,]{0,60}?\s)?(?:der|dem|den|zur|zum)\s+$")
_PARTICLE = re.compile(r"(?:\s+[^.;:,]{0,40}?)?\s+an\b")
# "X trat 1931 der NSDAP bei", "X trat im Mai 1933 in die SS ein": joined it, the particle at the clause's end
# ("trat aus der NSDAP aus" left it).
_JOINED = re.compile(r"\s+(?:trat|traten)\s+(?:[^.;:,]{0,60}?\s)?(?:(?P<dative>der|dem)|in\s+(?:die|den|das))\s+$")
_JOINED_PARTICLE = re.compile(r"(?:\s+[^.;:,]{0,40}?)?\s+(?P<particle>bei|ein)\b")


def belonged(s: Sentence) -> None:
    """A person the clause says belongs to a body, by a verb of belonging or of joining (0.7)."""
    named = names_between(s, s.sent.start_char, s.sent.end_char)
    for person, body in itertools.pairwise(named):
        if person.label_ != "Person" or body.label_ != "Organization":
            continue
        if NEGATION.search(s.text, person.end_char, body.end_char):
            continue
        joined = _JOINED.fullmatch(s.text, person.end_char, body.start_char)
        particle = _JOINED_PARTICLE.match(s.text, body.end_char) if joined else None
        if (
            joined and particle and (particle["particle"] == "bei") == bool(joined["dative"])
            and not NEGATION.search(s.text, body.end_char, particle.end())
        ):  # fmt: skip
            s.emit(person, "member_of", body, 0.7, "de-joined")
        lead = _BELONGED.fullmatch(s.text, person.end_char, body.start_char)
        if lead is None:
            continue
        said = "zur" in lead.group(0) or "zum" in lead.group(0) or _PARTICLE.match(s.text, body.end_char)
        if said:
            s.emit(person, "member_of", body, 0.7, "de-belonged")
