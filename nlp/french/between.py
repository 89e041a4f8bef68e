"""French relations read from the words between two names, where the parse is too loose to follow: who a body
was placed under ("la DINA, placée de 1974 à 1977 sous l'autorité du général X"), charges confirmed ("la Chambre
préliminaire I confirme les charges contre X en juin 2014 et contre Y en décembre 2014") and warrants ("X reste
visé par un mandat d'arrêt de la CPI").
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from nlp.sentence import Sentence

_NEGATION = re.compile(r"\b(?:ne|n'|jamais|aucun|aucune)\b", re.I)

# A body, then the one it was placed under: "Y (Y'), placée (de 1974 à 1977) sous l'autorité du général X".
_UNDER = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?:placée?s?|mise?s?|restée?s?|opérant|agissant)\s+)?"
    r"(?:(?:de|depuis|en|entre)\s+[^,;:]{1,25}?\s+)?sous\s+(?:l'autorité|le\s+commandement|la\s+direction|"
    r"les\s+ordres|la\s+conduite)\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*(?:[a-zéèêàâîôûç«»\s]{1,40}?)?"
)
# What the court did to the charges against the persons after it.
_CONFIRMS = re.compile(r"\s+(?:a\s+)?confirm(?:e|é|ait|ent|èrent)\s+les\s+charges\s+(?:portées\s+)?contre\s+")
_NEXT_AGAINST = re.compile(r"\s+[^.;:]{0,40}?\s*(?:,\s*|\s+)(?:et\s+)?contre\s+")
# A person, then the court whose warrant names him: "X reste visé par un mandat d'arrêt de la CPI".
_WANTED = re.compile(
    r"\s*,?\s*(?:[^.;:]{0,60}?\s+)?(?:est|reste|restent|était|sont|a\s+été|ont\s+été)\s+visée?s?\s+"
    r"(?:depuis\s+[^,;:]{1,25}?\s+)?par\s+(?:un|des|deux|trois)\s+mandats?\s+d'arrêt\s+"
    r"(?:(?:délivrée?s?|émise?s?|décernée?s?)\s+(?:[^,;:]{1,25}?\s+)?par\s+|de\s+)(?:la\s+|le\s+|l')?"
)


def _names(s: Sentence) -> list[Span]:
    """The sentence's names in order, without its dates (the words between two names may hold a date)."""
    return [m for m in s.named if m.label_ != "DATE"]


def placed_under(s: Sentence) -> None:
    for body, person in pairwise(_names(s)):
        if body.label_ != "Organization" or person.label_ != "Person":
            continue
        if _UNDER.fullmatch(s.text, body.end_char, person.start_char) is not None:
            s.emit(person, "commands", body, 0.7, "fr-placed-under")


def charges_confirmed(s: Sentence) -> None:
    named = _names(s)
    for i, court in enumerate(named):
        if court.label_ != "Mechanism":
            continue
        lead, end = _CONFIRMS, court.end_char
        for person in named[i + 1 :]:
            if person.label_ != "Person" or lead.fullmatch(s.text, end, person.start_char) is None:
                break
            if _NEGATION.search(s.text, court.end_char, person.start_char):
                break  # "n'a pas confirmé les charges contre X"
            s.emit(person, "charged_by", court, 0.8, "fr-charges-confirmed")
            lead, end = _NEXT_AGAINST, person.end_char


def wanted(s: Sentence) -> None:
    for person, court in pairwise(_names(s)):
        if person.label_ != "Person" or court.label_ != "Mechanism":
            continue
        found = _WANTED.fullmatch(s.text, person.end_char, court.start_char)
        if found is not None and not _NEGATION.search(found.group()):
            s.emit(person, "charged_by", court, 0.8, "fr-wanted")
