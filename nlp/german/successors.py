"""Who took a commander's post, in German, read from the words between the names (no parse; issue 26): "A löste im
Mai 1995 Oberst B als Kommandeur der 12. Brigade ab", "B wurde im Mai 1995 von A als Kommandeur der 12. Brigade
abgelöst", "A folgte B als Kommandeur der 12. Brigade nach".

A commands the body from the sentence's one date, B until it (0.8: the words say both). The predecessor is never
read as the successor's superior; a negated verb ("löste B nicht ab") says nothing.
"""

from __future__ import annotations

import re

from nlp.german.clauses import NEGATION
from nlp.sentence import Sentence
from nlp.successors import succession, two_persons

# The post, named after the second person: "als Kommandeur der", "als Befehlshaber des".
_POST = re.compile(
    r"[^,;:]{0,40}?\bals\s+(?:Kommandeur|Kommandant|Befehlshaber|Chef|Leiter|Führer)(?:in)?\s+(?:der|des)\s+$"
)
# Between the two persons, and the verb's particle after the body: successor first ("löste ... ab", "folgte ...
# nach"), or the predecessor first in the passive ("wurde ... von ... abgelöst").
_ACTIVE = re.compile(r"\s+(?P<verb>löste|folgte)\s+[^,;:]{0,40}?$")
_PASSIVE = re.compile(r"\s+wurde\s+(?:[^,;:]{0,40}?\s+)?von\s+[^,;:]{0,30}?$")
_PARTICLE = {"löste": re.compile(r"\s+ab\b"), "folgte": re.compile(r"\s+nach\b"), "wurde": re.compile(r"\s+abgelöst\b")}


def successors(s: Sentence) -> None:
    bodies = [m for m in s.typed("Organization") if m.label_ != "ANAPHOR"]
    text = s.text
    for first, second, between in two_persons(s):
        active, passive = _ACTIVE.fullmatch(between), _PASSIVE.fullmatch(between)
        if active is None and passive is None:
            continue
        verb = active["verb"] if active is not None else "wurde"
        body = next((z for z in bodies if z.start_char > second.end_char
                     and _POST.fullmatch(text, second.end_char, z.start_char)
                     and _PARTICLE[verb].match(text, z.end_char)), None)  # fmt: skip
        if body is None or NEGATION.search(text, first.start_char, min(body.end_char + 12, s.sent.end_char)):
            continue
        successor, predecessor = (first, second) if active is not None else (second, first)
        succession(s, successor, predecessor, body, s.one_date(), "de")
