"""Places named in a list with a plural noun of places: before it ("the Vitez, Busovača and Kiseljak
municipalities", "the Salaquí and Truandó areas") or after it and "of" ("the hamlets of Mulatos and La Resbalosa").
Each is a place, whatever the tagger took it for; the names of the list it left untagged too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from nlp import lexicon
from nlp.candidates import NER, Candidate

# Plural nouns of places, before or after a list of their names: "the Salaquí and Truandó areas", "the hamlets of
# Mulatos and La Resbalosa".
_PLURAL_PLACES = frozenset(
    "areas municipalities villages districts provinces regions towns hamlets communes prefectures sectors counties "
    "localities departments".split()
)
_LIST_JOINS = (",", "and", "or", ", and", ", or")


def listed_places(doc: Doc, chosen: list[Candidate]) -> None:
    """Names listed before a plural noun of places ("the Vitez, Busovača and Kiseljak municipalities") or after
    one and "of" ("the hamlets of Mulatos and La Resbalosa") are places, whatever the tagger took them for; not a
    person with a rank, a title or a common given name first, nor a body of a known kind."""
    names = [c for c in chosen if c.label in {"Person", "Organization", "Location"}]
    groups: list[list[Candidate]] = []
    for c in names:
        if groups and doc[groups[-1][-1].end : c.start].text in _LIST_JOINS:
            groups[-1].append(c)
        else:
            groups.append([c])
    for group in groups:
        start, end = group[0].start, group[-1].end
        listed = len(group) > 1 or (start > 0 and doc[start - 1].text in {",", "and"})
        after = listed and end < len(doc) and doc[end].lower_ in _PLURAL_PLACES
        before = start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _PLURAL_PLACES
        if not (after or before):
            continue
        if after:
            chosen.extend(_untagged_before(doc, start, {i for c in chosen for i in range(c.start, c.end)}))
        for c in group:
            if c.label == "Person" and (c.attrs.get("rank") or c.attrs.get("title") or
                                        doc[c.start].lower_ in lexicon.GIVEN_NAMES):  # fmt: skip
                continue
            if c.label == "Organization" and c.attrs.get("kind") not in {None, "other"}:
                continue
            c.label, c.attrs = "Location", {}


def _untagged_before(doc: Doc, start: int, taken: set[int]) -> list[Candidate]:
    """The names of a list the tagger left untagged, before its first tagged one ("the Vitez, Busovača and
    Kiseljak municipalities", only "Kiseljak" tagged): capitalised proper nouns, each after a comma."""
    found: list[Candidate] = []
    k = start
    while k > 1 and doc[k - 1].text in {",", "and"}:
        end = k - 1
        first = end
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and first - 1 not in taken:
            first -= 1
        if first == end:
            break
        found.append(Candidate(first, end, "Location", NER))
        k = first
    return found
