"""Which place a text puts in which, read from the words between two places, for the Spanish, French and German
readers (nlp/spanish, nlp/french, nlp/german): "Accomarca, en la provincia de Vilcashuamán", "Kishanga, dans le
territoire de Rutshuru", "Kishanga im Gebiet Rutshuru (Provinz Nord-Kivu)". The document then carries a crime's
place to the wider ones (nlp/consistency.py `occurred_in_what_holds_the_place`). Only where a word says the wider
place's kind, or a bracket holds it: "Lima, Cusco y Arequipa" is a list, and puts no place in another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from nlp.sentence import WITHIN, Sentence

_END = re.compile(r"\s*[),.;:]")  # where the wider place's name ends: not "Cusco y Arequipa"


@dataclass(frozen=True)
class PlaceWords:
    """A language's words between a place and the wider one: `held_by`, all of them ("X, en la provincia de Y",
    "X (Y)"); `before` then a place whose name holds its kind (`kind`: "X, municipio de Y"); `then`, what may
    follow the wider place besides the end of a phrase, where the text puts it in a wider one again ("im Gebiet
    Rutshuru (Provinz Nord-Kivu)")."""

    held_by: re.Pattern[str]
    before: re.Pattern[str]
    kind: re.Pattern[str]
    then: re.Pattern[str] = re.compile(r"(?!)")


def places_within(s: Sentence, words: PlaceWords, rule: str) -> None:
    for place, wider in pairwise(s.named):
        if place.label_ != "Location" or wider.label_ != "Location":
            continue
        if not _END.match(s.text, wider.end_char) and not words.then.match(s.text, wider.end_char):
            continue
        if words.held_by.fullmatch(s.text, place.end_char, wider.start_char) or (
            words.before.fullmatch(s.text, place.end_char, wider.start_char) and words.kind.match(wider.text)
        ):
            s.emit(place, WITHIN, wider, 0.8, rule)
