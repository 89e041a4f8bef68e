"""Who headed a body, said in Spanish by a relative clause or an apposition (no parse; issue 26), and the
period the words right after it give:

- "X, que presidió la Junta de Defensa Nacional entre julio y septiembre de 1936", "X, quien comandaba el
  Batallón Y en 2014" (the person, then the verb of command in a relative clause);
- "X, al mando del Ejército del Sur" (an apposition);
- "la DNAT, que dirigía Antonio Campos Alum", "la DINA, la policía secreta que dirigió el coronel X", "la DINA,
  cuyo jefe era X", "el Ministerio de Defensa, a cuyo frente se encontraba desde 1979 el general X" (the body,
  then a relative clause whose subject follows its verb);
- "el Batallón Y estaba al mando del teniente coronel X", "el Comando Y, que durante 1983 estuvo a cargo del
  general X", "el Grupo Y operaba bajo el mando operativo del mayor X" (the body, then the verb of its being led),
  "las Autodefensas de Y, al mando de X" (or in apposition, with no verb);
- "X, general jefe del Ejército del Norte" (a rank and "jefe": its commander).

A negated clause ("que nunca dirigió") gives nothing: its verb is not next to the relative pronoun.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from nlp.sentence import Sentence
from nlp.spanish import lexicon

_VERB = (
    r"(?:presidió|presidía|dirigió|dirigía|comandó|comandaba|encabezó|encabezaba|lideró|lideraba|mandaba|"
    r"jefaturó|jefaturaba)"
)
_ARTICLE = r"(?:el|la|los|las|al|a\s+la|a\s+los)"
# The person, then: ", que presidió la", ", quien comandaba el", ", al mando del", ", general jefe del"
_AFTER_PERSON = re.compile(
    rf"\s*,\s*(?:(?:que|quien)\s+(?:entonces\s+|ya\s+)?{_VERB}\s+(?:{_ARTICLE}\s+)?"
    r"|al\s+mando\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+"
    r"|(?:el\s+)?(?:general|coronel|teniente\s+coronel|mayor|comandante|capitán)\s+(?:en\s+)?jefe\s+(?:del|de\s+la|de)\s+)$"
)
# The body, then ", que dirigía", ", la que comandaba el coronel", ", la policía secreta que dirigió el coronel":
# the subject after the verb; or ", cuyo jefe era", ", cuyo jefe, ".
_AFTER_BODY = re.compile(
    r"(?:\s*\([^()]{1,15}\)|\))?\s*,\s*(?:(?:el|la|los|las)\s+(?:[a-záéíóúñ]+\s+){0,3}?)?"
    rf"(?:que\s+(?:entonces\s+)?{_VERB}\s+(?:(?:el|la)\s+)?"
    r"|cuy[oa]\s+(?:jefe|jefa|comandante|director|directora|líder)\s*(?:,\s*|\s+(?:era|fue)\s+(?:el\s+|la\s+)?)"
    # "a cuyo frente se encontraba desde octubre de 1979 el general X", "a cuyo frente estaba el comisario X"
    r"|a\s+cuyo\s+frente\s+(?:se\s+encontraba|se\s+hallaba|estaba|estuvo)\s+"
    r"(?:(?:desde|entre|en|durante|hasta)\s+[^,;:.]{1,30}?\s+)?(?:el\s+|la\s+)?)"
    r"(?:[a-záéíóúñ]+\s+){0,2}?$"
)
# The body, then the verb of its being led: "estaba al mando del teniente coronel", "que durante 1983 estuvo a
# cargo del general", "operaba bajo el mando operativo del mayor" (a time may stand between).
_IN_CHARGE = re.compile(
    r"\s*,?\s*(?:que\s+)?(?:(?:durante|en|entre|desde|hasta)\s+[^,;:.]{1,30}?\s+)?"
    r"(?:(?:estaba|estaban|estuvo|estuvieron|quedó|quedaron|operaba|operaban|actuaba|actuaban)\s+"
    r"(?:bajo\s+el\s+mando(?:\s+operativo)?|al\s+mando|a\s+cargo|bajo\s+las\s+órdenes)"
    # with no verb, only "al mando de" ("bajo el mando" after a comma may be said of what the clause is about:
    # "una unidad integrada por agentes del SIE, bajo el mando del mayor X" is the unit's)
    r"|(?<=,\s)al\s+mando)\s+(?:del|de\s+la|de)\s+"
    r"(?:[a-záéíóúñ]+\s+){0,3}?$"
)
# "entre 1956 y 1966", "desde marzo de 1937 hasta junio de 1937", "de 1968 a 1989", "entre julio y septiembre de
# 1936" (the first month takes the second's year); "en 2014" says a time it held, not a period
_PERIOD = re.compile(r"\s*(?:entre|desde|de)\s+(?P<first>[^,;:]*?)\s*(?:y|hasta|a)\s+$")


_OF_BODY = re.compile(r"\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+")
# An apposition that describes the body before it: ", una unidad del", ", el brazo armado de la".
_DESCRIBING = re.compile(r"\s*,\s*(?:[a-záéíóúñ]+\s+){1,4}(?:del|de\s+la|de\s+los|de\s+las|de)\s+$")


def heads(s: Sentence) -> None:
    named = [m for m in s.named if m.label_ != "DATE"]  # a time may stand between
    for i, (first, second) in enumerate(pairwise(named)):
        words = s.text[first.end_char : second.start_char]
        if first.label_ == "Person" and second.label_ == "Organization" and _AFTER_PERSON.fullmatch(words):
            begun, ended = _period(s, second)
            s.emit(first, "commands", second, 0.7, "es-heads", valid_from=begun, valid_to=ended)
        elif first.label_ == "Organization" and second.label_ == "Person" and _AFTER_BODY.fullmatch(words):
            begun, ended = _period(s, second)
            s.emit(second, "commands", first, 0.7, "es-headed", valid_from=begun, valid_to=ended)
        elif first.label_ == "Organization" and second.label_ == "Person" and _IN_CHARGE.fullmatch(words):
            # "El Batallón Y, una unidad del Ejército, estaba al mando del teniente coronel X": the battalion's
            # commander, never the army's (a harm: a battalion's commander made the whole army's)
            described = named[i - 1] if i > 0 and words.lstrip().startswith(",") else None
            if described is not None and _DESCRIBING.fullmatch(s.text, described.end_char, first.start_char):
                if described.label_ == "Organization":
                    s.emit(second, "commands", described, 0.7, "es-in-charge")
                continue
            if not words.lstrip().startswith(
                (
                    "estaba",
                    "estaban",
                    "estuvo",
                    "estuvieron",
                    "quedó",
                    "quedaron",
                    "operaba",
                    "operaban",
                    "actuaba",
                    "actuaban",
                    "que",
                )
            ):
                # "el Grupo de Tareas 3.3.2 de la Armada, al mando de X": the group's, the name its phrase is headed by
                head = named[i - 1] if i > 0 else None
                if (
                    head is not None
                    and head.label_ == "Organization"
                    and _OF_BODY.fullmatch(s.text, head.end_char, first.start_char)
                ):
                    first = head
            s.emit(second, "commands", first, 0.7, "es-in-charge")


def _period(s: Sentence, after: Span) -> tuple[str | None, str | None]:
    """valid_from and valid_to from "entre D1 y D2" (or "desde ... hasta", "de ... a") right after `after`."""
    dates = [m for m in s.named if m.label_ == "DATE" and m.start_char >= after.end_char][:2]
    for last in reversed(dates):
        lead = _PERIOD.fullmatch(s.text, after.end_char, last.start_char)
        if lead is None:
            continue
        end = last._.acg.get("date")
        first = lead["first"].strip()
        if last is not dates[0] and first == dates[0].text:
            return dates[0]._.acg.get("date"), end
        if last is dates[0] and first.lower() in lexicon.MONTHS and end:
            return f"{end[:4]}-{lexicon.MONTHS[first.lower()]:02d}", end
    return None, None
