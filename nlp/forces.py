"""A state's forces named by its people's adjective, in lower case: "the Chilean army", "Egyptian security
forces", "the Nigerian military", "the Indonesian police". The tagger leaves them out (it tags "Chilean" a
nationality and nothing else), yet they are the units reports most often hold responsible. The name is the
adjective and the force's words as written ("Chilean army"); what the capitalised form ("the Chilean Army")
is, a unit, they are too.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp.candidates import RULE, Candidate

# The words of a state's force after its people's adjective, longest first.
_FORCES = (
    ("armed", "forces"), ("security", "forces"), ("defence", "forces"), ("defense", "forces"),
    ("intelligence", "services"), ("intelligence", "service"), ("police", "force"), ("national", "police"),
    ("air", "force"), ("army",), ("military",), ("police",), ("navy",), ("gendarmerie",),
)  # fmt: skip


# The people of a force its words may qualify: "a retired Chilean army brigadier", "Nigerian army officers" (not
# "the Argentine military junta", "military barracks": another body, a place).
_ITS_PEOPLE = frozenset(
    "officer officers soldier soldiers general generals brigadier colonel major captain lieutenant commander "
    "commanders personnel troops spokesman spokesperson chief chiefs intelligence".split()
)


def _people(t: Token) -> bool:
    """A people's adjective: the tagger's nationality ("Chilean", "Egyptian"), capitalised."""
    return t.ent_type_ == "NORP" and t.text[:1].isupper() and t.pos_ in {"ADJ", "PROPN"}


def national_forces(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if not _people(t):
            continue
        after = [x.lower_ for x in doc[t.i + 1 : t.i + 3]]
        words = next((f for f in _FORCES if tuple(after[: len(f)]) == f), None)
        if words is None:
            continue
        end = t.i + 1 + len(words)
        if any(x.text[:1].isupper() for x in doc[t.i + 1 : end]):
            continue  # "the Chilean Army": the tagger names it
        head = doc[end - 1].head
        if doc[end - 1].dep_ in {"amod", "compound"} and head.i >= end and head.lemma_.lower() not in _ITS_PEOPLE:
            continue  # "the Argentine military junta", "military barracks": another thing ("army officers" are its)
        yield Candidate(t.i, end, "Organization", RULE, kind="unit")
