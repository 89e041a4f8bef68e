"""Names the tagger took for an organisation's that the document only ever uses as a place (issue 22): "the
killings in Sinkor", "detained at Tis Hazari", "the last days near Mullivaikkal". A body is named as what
acts, owns, is joined or is led; a name written nowhere but after "in", "at" or "near" is where something is
or happens. nlp.entities calls this once the names of a document are chosen.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from nlp import lexicon
from nlp.candidates import NER, Candidate

# Prepositions after which a name says where, and no more ("from" and "into" may name a body one leaves or joins).
_WHERE = frozenset("in at near around inside outside".split())

# Words of a body's name: a name with one of them is an organisation's wherever it stands ("the Salvadoran
# Army", "the Operative Zone", "the Congress").
_BODY_WORDS = (
    lexicon.UNIT_HEADS | lexicon.FORMATION_HEADS | lexicon.AGENCY_HEADS | lexicon.MECHANISM_HEADS
    | lexicon.INSTITUTION_HEADS | lexicon.ROMANCE_UNIT_WORDS
    | {w.capitalize() for w in lexicon.AREA_UNIT_WORDS}
    | frozenset("Party Front Movement Union Association Society Congress Government Parliament Assembly Senate "
                "Consulate Embassy Corporation Bank Network Organisation Organization Federation Alliance "
                "Coalition Activities Affairs".split())
)  # fmt: skip

# What one serves, works or holds a post in: "served in Kopassus", "a career in the SIDE", "officers in the FAR".
_SERVICE = frozenset(
    "serve work enlist enrol enroll rise promote recruit train employ career post position job role rank "
    "officer officers member members commander commanders leader leaders fighter fighters soldier soldiers "
    "agent agents figure official officials".split()
)


def places_by_use(doc: Doc, chosen: list[Candidate]) -> None:
    """A name the tagger took for an organisation's, of no known kind, that every time the document writes it
    says where ("in Sinkor", "at Tis Hazari"), or is a place's elsewhere: the place. Never an acronym ("at the
    ESMA"), a name with a word of a body, a name of one word in the plural ("the Kamajors"), nor one written
    after a word of service ("served in Kopassus")."""
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for c in chosen:
        by_name[doc[c.start : c.end].text].append(c)
    for name, found in by_name.items():
        words = name.split()
        bodies = [c for c in found if c.label == "Organization"]
        if (
            not bodies
            or not all(c.priority == NER and c.attrs.get("kind") in {None, "other"} for c in bodies)
            or any(c.label not in {"Organization", "Location"} for c in found)
            or not name[:1].isupper() or any(w.isupper() for w in words) or any(w in _BODY_WORDS for w in words)
            or (len(words) == 1 and name.endswith("s"))
        ):  # fmt: skip
            continue
        if all(_only_where(doc[c.start : c.end]) for c in bodies):
            for c in bodies:
                c.label, c.attrs = "Location", {}


def _only_where(span: Span) -> bool:
    """The name is the object of a preposition of place, itself or the first of the names it is listed with,
    and that preposition follows no word of service."""
    first = span.root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < span.start:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in _WHERE:
        return False
    return first.head.head.lemma_.lower() not in _SERVICE and first.head.head.lower_ not in _SERVICE
