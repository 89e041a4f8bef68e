"""Who did a crime that the document names apart from the deed: "The Accomarca massacre ... On 14 August 1985,
a patrol of the Lince company killed 62 villagers in Accomarca". A sentence that tells of a harm done at a place
with no crime named in its clause emits an `ACT` record (the doer, the place; nlp.sentence); once the document
is read, the doer perpetrated the crime whose name holds that place's name, when the document names one such
crime only, possibly (0.5): the text may tell of another deed there. A deed of a year the crime's name does not
give is none of it; a dated deed at a place that other sentences name with other years (another deed there,
maybe), or deeds there of several years, leave the crime's doer unsaid.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ontology.names import name_key
from ontology.records import Relation, Span

if TYPE_CHECKING:
    from nlp.document import Coreference, _Cluster

_POSSIBLE = 0.5
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _holds(crime: _Cluster, place: str) -> bool:
    """A name of the crime holds the place's name, word for word ("masacre de Accomarca": Accomarca)."""
    return any(f" {place} " in f" {name_key(n)} " for n in crime.names)


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around a mention begins and ends, as far as full stops and line ends tell."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i + 1 for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return begin, min(stops) if stops else len(text)


def _sentence(text: str, start: int, end: int) -> str:
    begin, stop = _bounds(text, start, end)
    return text[begin:stop]


def _told_in_other_years(place: _Cluster, act: tuple[int, int], crimes: list[tuple[int, int]], text: str) -> set[str]:
    """The years of the other sentences that name the place outside a crime's name: the years of other deeds
    there, maybe, which the text may not tell as deeds of a doer the rules read."""
    return {
        y
        for m in place.mentions
        if not act[0] <= m.start < act[1] and not any(s <= m.start and m.end <= e for s, e in crimes)
        for y in _YEAR.findall(_sentence(text, m.start, m.end))
    }


def perpetrated_where_named(acts: list[dict[str, Any]], coref: Coreference, ids: dict[int, str],
                            merged: dict[tuple[str, str, str], Relation], text: str) -> None:  # fmt: skip
    """Each act's doer perpetrated, possibly, the one crime the document names after the act's place."""
    crimes = [c for c in coref.clusters if c.type == "Crime" and c.alive]
    spans = [(m.start, m.end) for c in crimes for m in c.mentions]
    found: dict[int, list[tuple[_Cluster, _Cluster, dict[str, Any], frozenset[str]]]] = {}
    for act in acts:
        doer = coref.by_mention.get((act["subject"][0], act["subject"][1]))
        place = coref.by_mention.get((act["object"][0], act["object"][1]))
        if doer is None or place is None or place.type != "Location" or doer.type not in {"Person", "Organization"}:
            continue
        keys = {name_key(n) for n in place.names} - {""}
        named = [c for c in crimes if any(_holds(c, k) for k in keys)]
        if len(named) != 1:
            continue
        crime = named[0]
        start, end = act["evidence"]
        years = frozenset(_YEAR.findall(text[start:end]))
        crime_years = {y for n in crime.names for y in _YEAR.findall(n)}
        if years and crime_years and not years & crime_years:
            continue
        if years and _told_in_other_years(place, (start, end), spans, text) - years:
            continue  # "In 1985 soldiers killed 62 villagers in Kolo. In 1993 the Guard shot two farmers in Kolo"
        found.setdefault(id(crime), []).append((doer, crime, act, years))
    for deeds in found.values():
        if len({years for *_, years in deeds}) > 1:
            continue  # deeds of other years at the place ("in 1985 ... in 1993"): which was the crime is not said
        for doer, crime, act, _ in deeds:
            key = (ids[id(doer)], "perpetrated", ids[id(crime)])
            if key in merged:
                continue
            start, end = act["evidence"]
            # the deed's sentence, and the one that names the crime after the place
            first = min(crime.mentions, key=lambda m: m.start)
            named_at = _bounds(text, first.start, first.end)
            evidence = [Span(start, end, text[start:end])]
            if not start <= first.start < end:
                evidence.append(Span(*named_at, text[named_at[0] : named_at[1]]))
            merged[key] = Relation(*key, confidence=_POSSIBLE, method=f"{act['method']}-at-named-place",
                                   evidence=evidence)  # fmt: skip
