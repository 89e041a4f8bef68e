"""Who a French text says is responsible for a crime (nlp/held_responsible.py): "le bataillon Simba est
responsable des viols de Minova", "X, chef de la milice, était responsable du massacre de Y", "La Chambre a
tenu X responsable de l'enrôlement d'enfants", "X a été reconnu responsable du meurtre de Y", "La Chambre l'a
jugé responsable des attaques de Z" (whom "l'" stands for); never "présumé responsable", "n'était pas
responsable", nor "les victimes tiennent l'armée pour responsable" (an accusation)."""

from __future__ import annotations

import re

from nlp.held_responsible import StoodFor, Words, said_responsible
from nlp.sentence import Sentence

_WORDS = Words(
    between=re.compile(
        r"\s*(?:,[^,;:]{1,80},\s*)?"
        r"(?:(?:est|était|sont|étaient|fut|furent|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+)?"
        r"(?:(?:reconnus?|reconnues?|jugée?s?|déclarée?s?|tenue?s?)\s+)?(?:pénalement\s+|directement\s+)?"
        r"(?:(?:le|la|les)\s+)?(?:(?:principale?s?|principaux|seule?s?)\s+)?(?:pour\s+)?responsables?\s+"
        r"(?:(?:pénalement|directs?|directes?|directement)\s+)?(?:du|des|de\s+la|de\s+l['\u2019]|de|d['\u2019])\s*"
    ),
    holder=re.compile(
        r"\b(?:tenu|tient|tenait|tiennent|jugé|juge|déclaré|déclare|reconnu|reconnaît|estimé|considéré)\s+$"
    ),
    court=re.compile(r"\b(?:Cour|Chambre|Tribunal|tribunal|cour|chambre|Commission|commission|juges?|jury)\b"),
    doubt=re.compile(
        r"(?:\bne\b|\bn['\u2019]|\b(?:pas|jamais|présum\w*|suppos\w*|pourrait|pourraient|serait|seraient|aurait|"
        r"auraient|possibles?|possiblement|probables?|probablement|soupçonn\w*|accus\w*|allégu\w*|attribu\w*)\b)",
        re.IGNORECASE,
    ),
    listed=re.compile(r"\s*(?:,|\s+et)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['\u2019]|de\s+)?"),
    rule="fr-responsible",
    clitic=re.compile(
        r"\b(?P<pronoun>l['\u2019]|le|la)\s*(?:a|ont|avait|avaient)?\s*"
        r"(?:(?:également|aussi|surtout|en\s+outre|par\s+ailleurs|notamment)\s+)*"
        r"(?:tenue?|jugée?|déclarée?|reconnue?|estimée?|juge|tient|déclare|reconnaît)\s+(?:pour\s+)?"
        r"(?:pénalement\s+)?responsable\s+(?:(?:pénalement|directement)\s+)?(?:du|des|de\s+la|de\s+l['\u2019]|de|d['\u2019])\s*$"
    ),
)


def responsible(s: Sentence, stood_for: StoodFor) -> None:
    """`stood_for`: whom a verdict's "l'" stands for (nlp/french/relations.py)."""
    said_responsible(s, _WORDS, stood_for)
