"""Who a Spanish text says is responsible for a crime (nlp/held_responsible.py): "el Batallón Atlacatl fue
responsable de la masacre de El Mozote", "X, jefe de la patrulla, fue el responsable directo de la ejecución de
Y", "La Sala declaró a X penalmente responsable del asesinato de Y", "la Corte responsabilizó al Ejército por
la desaparición de Z"; never "presunto responsable", "no fue responsable", nor "las víctimas responsabilizan al
Ejército" (an accusation)."""

from __future__ import annotations

import re

from nlp.held_responsible import Words, said_responsible
from nlp.sentence import Sentence

_ARTICLE = r"(?:(?:la|el|los|las)\s+)?"
_WORDS = Words(
    between=re.compile(
        r"\s*(?:,[^,;:]{1,80},\s*)?(?:"
        r"(?:(?:fue|fueron|es|son|era|eran|resultó|resultaron|ha\s+sido|han\s+sido)\s+)?(?:penalmente\s+)?"
        r"(?:(?:el|la|los|las)\s+)?(?:(?:principal|principales|máximo|máximos|único|únicos)\s+)?responsables?\s+"
        r"(?:(?:directos?|materiales?|penalmente|intelectuales?)\s+)?(?:de|del|por)"
        r"|(?P<bare>de|del|por))\s+" + _ARTICLE
    ),
    holder=re.compile(
        r"\b(?:responsabiliz(?:ó|aron)|declar(?:ó|aron)|consider(?:ó|aron)|hall(?:ó|aron)|encontr(?:ó|aron))\s+"
        r"(?:penalmente\s+)?(?:responsables?\s+)?(?:a|al|a\s+la|a\s+los|a\s+las)\s+(?:[a-záéíóúñ]+\s+){0,3}$"
    ),
    court=re.compile(r"\b(?:Corte|Tribunal|Sala|Juzgado|Cámara|Comisión|jueza?|tribunal|sala|corte|comisión)\b"),
    doubt=re.compile(
        r"\b(?:no|nunca|jamás|presunt\w*|supuest\w*|podría|podrían|habría|habrían|sería|serían|posibles?|"
        r"posiblemente|probables?|probablemente|acus\w*|señal\w*|sospech\w*|denunci\w*|atribu\w*)\b",
        re.IGNORECASE,
    ),
    listed=re.compile(r"\s*(?:,|\s+y|\s+e)\s+(?:de\s+|del\s+|por\s+)?" + _ARTICLE),
    rule="es-responsible",
)


def responsible(s: Sentence) -> None:
    said_responsible(s, _WORDS)
