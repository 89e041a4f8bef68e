"""Deeds of harm at a place, read from German words alone (no parse; issue 26): "Soldaten der 3. Brigade
töteten 62 Dorfbewohner in Kolo", "Am 14. August 1985 erschossen Soldaten der 3. Brigade 62 Männer bei Kolo",
"Die Miliz ermordete in Kolo zwölf Bauern". A body (or its men) next to a verb of killing, torture or abduction
in one clause with no crime named: an `ACT` record for each place after "in", "im", "bei" or "nahe" in that
clause, which nlp.acts reads as possibly the crime the document names after that place. A person is never read
so (he may be a victim's relative or a witness), nor a negated or hedged clause.
"""

from __future__ import annotations

import re

from nlp.german.clauses import HEDGED, NEGATION
from nlp.sentence import ACT, Sentence

_HARM = (
    r"(?:töteten|tötete|ermordeten|ermordete|erschossen|erschoss|massakrierten|massakrierte|folterten|folterte|"
    r"verschleppten|verschleppte|exekutierten|exekutierte|beschossen|beschoss|bombardierten|bombardierte|"
    r"vergewaltigten|vergewaltigte|entführten|entführte)"
)
_MEN = (
    r"(?:(?:die\s+)?(?:Soldaten|Angehörige|Mitglieder|Kämpfer|Männer|Einheiten|Truppen|Milizionäre|Polizisten)"
    r"\s+(?:der|des)\s+)"
)
# The body before its verb ("Soldaten der 3. Brigade töteten"), or the verb before the body ("Am 14. August
# erschossen Soldaten der 3. Brigade"): what stands between is read from the body's end or up to its start.
_AFTER_BODY = re.compile(r"\s+" + _HARM + r"\b")
_BEFORE_BODY = re.compile(r"\b" + _HARM + r"\s+" + _MEN + r"?(?:(?:der|die|das|den)\s+)?$")
_CLAUSE_END = re.compile(r"[,;:.]|\s(?:und|aber|sondern|nachdem|bevor|weil|wo)\s")
_AT = re.compile(r"\b(?:in|im|bei|beim|nahe)\s+(?:(?:der|dem|den)\s+)?(?:(?:Dorf|Stadt|Ort|Gemeinde)\s+)?$")


def killings(s: Sentence) -> None:
    named = s.named
    if any(m.label_ == "Crime" for m in named):
        return
    for i, body in enumerate(named):
        if body.label_ != "Organization":
            continue
        verb = _AFTER_BODY.match(s.text, body.end_char)
        if verb is not None:
            start = verb.end()
        else:
            before = _BEFORE_BODY.search(s.text, max(s.sent.start_char, body.start_char - 60), body.start_char)
            if before is None:
                continue
            start = body.end_char
        end_at = _CLAUSE_END.search(s.text, start, s.sent.end_char)
        end = end_at.start() if end_at else s.sent.end_char
        lo = max(s.sent.start_char, body.start_char - 80)
        if NEGATION.search(s.text, lo, end) or HEDGED.search(s.text, lo, end):
            continue
        for place in named[i + 1 :]:
            if place.end_char > end:
                break
            if place.label_ == "Location" and _AT.search(s.text, max(start, place.start_char - 30), place.start_char):
                s.emit(body, ACT, place, 0.5, "de-harm-at")
