"""Who took a commander's post, in Spanish, read from the words between the names (no parse; issue 26): "A sucedió
al coronel B al frente de la Brigada 21 en mayo de 1995" (also "reemplazó", "sustituyó", "relevó", "en el mando de",
"como comandante de"), "B fue reemplazado por A al frente de Z", "B fue sucedido en el mando de Z por A".

A commands Z from the sentence's one date, B until it (0.8: the words say both). The predecessor is never read as
the successor's superior; a negated verb ("no sucedió") says nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.sentence import Sentence
from nlp.successors import succession, two_persons

_RANK = r"(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,2}?"
_OF = r"(?:del|de\s+la|de\s+los|de\s+las|de)\s+"
# The post, named after the verb: "al frente de la", "en el mando del", "como comandante de la", "en la jefatura del".
_POST = (
    r"(?:al\s+frente|en\s+el\s+mando|en\s+la\s+jefatura|como\s+(?:comandante|jefe|director)(?:\s+general)?)\s+" + _OF
)
# "A sucedió al coronel B": between the successor and the predecessor.
_ACTIVE = re.compile(r"\s*,?\s+(?:sucedió|reemplazó|sustituyó|relevó)\s+(?:al|a)\s+" + _RANK + r"$")
# "B fue reemplazado por el coronel A": between the predecessor and the successor.
_PASSIVE = re.compile(
    r"\s*,?\s+fue\s+(?:sucedid|reemplazad|sustituid|relevad)[oa]\s+(?:(?:en|el|de|del)\s+[^,;:]{0,40}?\s+)?por\s+"
    + _RANK
    + r"$"
)
# "B fue sucedido en el mando de Z por A": the body between the two.
_PASSIVE_BEFORE_BODY = re.compile(r"\s+fue\s+(?:sucedid|reemplazad|sustituid|relevad)[oa]\s+" + _POST + r"$")
_BY = re.compile(r"\s+por\s+" + _RANK + r"$")
_POST_AFTER = re.compile(r"\s+" + _POST + r"$")


def successors(s: Sentence) -> None:
    bodies = [m for m in s.typed("Organization") if m.label_ != "ANAPHOR"]
    text = s.text
    for a, b, between in two_persons(s):
        if _ACTIVE.fullmatch(between):  # "A sucedió a B al frente de Z"
            _dated(s, successor=a, predecessor=b, body=_body_after(s, b, bodies))
        elif _PASSIVE.fullmatch(between):  # "B fue reemplazado por A al frente de Z"
            _dated(s, successor=b, predecessor=a, body=_body_after(s, b, bodies))
        for z in bodies:  # "B fue sucedido en el mando de Z por A"
            if a.end_char <= z.start_char and z.end_char <= b.start_char \
                    and _PASSIVE_BEFORE_BODY.fullmatch(text, a.end_char, z.start_char) \
                    and _BY.fullmatch(text, z.end_char, b.start_char):  # fmt: skip
                _dated(s, successor=b, predecessor=a, body=z)


def _body_after(s: Sentence, person: Span, bodies: list[Span]) -> Span | None:
    """The body of the post named right after the second person: "... a B al frente de la Brigada 21"."""
    return next((z for z in bodies if z.start_char > person.end_char
                 and _POST_AFTER.fullmatch(s.text, person.end_char, z.start_char)), None)  # fmt: skip


def _dated(s: Sentence, successor: Span, predecessor: Span, body: Span | None) -> None:
    if body is not None:
        succession(s, successor, predecessor, body, s.one_date(), "es")
