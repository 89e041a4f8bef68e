"""Which body a Spanish text puts inside which, and who belongs to it (issue 26), read from the words between
two names as the other Spanish rules are (nlp/spanish/relations.py):

- "Y, que dependía de Z", "Y dependía de Z", "Y, dependiente de Z", "Y, adscrita a Z", "Y, subordinado a Z",
  "Y pertenecía a Z", "Y, perteneciente a Z", "Y formaba parte de Z": Y part of Z (a body), X member of Z (a
  person); "Z, de la que dependía Y": the same, the other way round;
- "la compañía Lince del Ejército peruano", "el Grupo de Tareas 3.3.2 de la Armada": a unit (named by a noun
  of units) of the body named right after it (0.6);
- "Y, que integraba X", "Y, integrado por A, B y C": the persons members of Y;
- "los coroneles A y B, quienes comandaron Y": each commands Y;
- "los capitanes A y B, ambos de la Fuerza Armada", "el sargento A, de la Policía Nacional": members of it,
  with a rank right before the (first) person; a name with no rank, from a body, may be a witness's or a
  victim's ("A y B, ambos del MIR, fueron detenidos");
- "A y B, que más tarde se incorporaron a Y", "A se unió a Y": members of it (a verb in the singular is said
  of the last person only).

A negation in the words between gives nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from nlp.sentence import Sentence
from nlp.spanish import lexicon
from nlp.spanish.lexicon import RANKS
from ontology.names import name_key

_NEGATION = re.compile(r"\b(?:no|nunca|jamás|ni)\b", re.IGNORECASE)
_ART = r"(?:(?:el|la|los|las)\s+)?"
# The part, then the whole: "Y, que dependía de Z", "Y, perteneciente a la Z".
_WITHIN = re.compile(
    r"\s*,?\s*(?:(?:que|quien|quienes)\s+)?(?:(?!(?:y|e|pero|que)\s)[a-záéíóúñ]+\s+){0,2}?"
    r"(?:dependía|dependían|depende|dependen|dependió|dependiente|dependientes|pertenecía|pertenecían|"
    r"pertenece|pertenecen|perteneció|perteneciente|pertenecientes|adscrit[oa]s?|subordinad[oa]s?|"
    r"(?:formaba|formaban|forma|forman|formó|formaron)\s+parte)"
    r"(?:\s+(?:orgánicamente|directamente|funcionalmente))?\s+(?:de|del|a|al)\s+" + _ART + r"$"
)
# The whole, then the part: "Z, de la que dependía Y", "Z, a la que pertenecía Y".
_HOLDING = re.compile(
    r"\s*,\s*(?:de|a)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)\s+(?:dependía|dependían|pertenecía|pertenecían)\s+"
    + _ART
    + r"$"
)
# A unit of the body named right after it: "la compañía Lince del Ejército peruano", "la Brigada de
# Operaciones Especiales (BOE) de la Policía Nacional" (after its acronym, one name with it).
_UNIT_OF = re.compile(r"\s+(?:del|de\s+la|de\s+los|de\s+las)\s+$")
# An ordinal before a unit's noun: "el 27º Batallón", "la 3.ª División", "la Segunda Brigada".
_ORDINAL = re.compile(r"\d+\.?[ºª°]|" + "|".join(sorted(lexicon.ORDINALS)), re.IGNORECASE)
_UNIT_NOUNS = lexicon.UNIT_NOUNS | {"fuerza"}  # "la Fuerza de Tarea X de la Armada"
# A body described as a part of the body named after: "la DINOES, unidad de la PNP", "el GEIN, una unidad
# especial de la Dincote"; two bodies, then "ambas unidades del Ejército" (where they were based between).
_PART_NOUNS = r"(?:unidad|dependencia|órgano|brigada|división|sección|rama|componente|fuerza|destacamento)"
_DESCRIBED_PART = re.compile(
    r"\)?\s*,\s*(?:con\s+sede\s+en\s+[^,;:.()]{1,40},\s*)?(?:"
    r"(?:una\s+|la\s+)?" + _PART_NOUNS + r"(?:\s+[a-záéíóúñ]+){0,2}?"
    r"|(?P<both>ambas|ambos|las\s+dos|los\s+dos)\s+" + _PART_NOUNS + r"(?:e?s)(?:\s+[a-záéíóúñ]+){0,2}?"
    r")\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+$"
)

# Words that make the described body the whole: "unidad superior de", "unidad madre de".
_ABOVE = re.compile(r"\b(?:superior|superiores|madre|matriz)\b", re.IGNORECASE)


def _described_parts(s: Sentence) -> None:
    """ "la Dirección de Operaciones Especiales (DINOES), unidad de la PNP": part of it; "A y B, ambas unidades
    del Ejército": each. The part is the body (or its acronym in brackets) right before the description."""
    bodies = [m for m in s.named if m.label_ == "Organization"]
    for whole in bodies:
        described = _DESCRIBED_PART.search(s.text, max(s.sent.start_char, whole.start_char - 120), whole.start_char)
        if described is None or _NEGATION.search(described.group()):
            continue
        before = [m for m in s.named if m.end_char <= described.start()]
        if not before or before[-1].label_ != "Organization" or before[-1].end_char != described.start():
            continue
        if _ABOVE.search(described.group()):
            if not described["both"]:  # "la Tercera División, unidad superior de la Brigada 21": the brigade's whole
                s.emit(whole, "part_of", before[-1], 0.7, "es-described-whole")
            continue
        for part in _bodies_back(s, before) if described["both"] else [before[-1]]:
            s.emit(part, "part_of", whole, 0.7, "es-described-part")


# A body, then its members: "Y, que integraba el oficial X", "Y, integrado por A, B y C".
_MEMBERS = re.compile(
    r"\s*,?\s*(?:que\s+(?:integraba|integraban|integró|integraron)|integrad[oa]s?\s+por|compuest[oa]s?\s+por)"
    r"\s+(?:[a-záéíóúñ]+\s+){0,5}?$"
)
_AND = re.compile(r"\s*(?:,|\s+y|\s+e)\s+")
# Persons, then what they led: "A y B, quienes comandaron la BRIM15".
_THEY_LED = re.compile(
    r"\s*,\s*(?:quien|quienes)\s+(?:comandó|comandaron|dirigió|dirigieron|encabezó|encabezaron|lideró|lideraron)"
    r"\s+" + _ART + r"$"
)

# Persons, then the body they are all of: "A y B, ambos de la Fuerza Armada"; or one person of a rank, then his.
_ALL_OF = re.compile(
    r"\s*,\s*(?:ambos|ambas|todos|todas|los\s+dos|las\s+dos)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+$"
)
_ONE_OF = re.compile(r"\s*,\s*(?:del|de\s+la|de\s+los|de\s+las)\s+$")
_RANK_BEFORE = re.compile(r"\b(?P<rank>[a-záéíóúñ]+)\s+$")
# A rank, or its plural ("capitán", "capitanes"), read without its accents.
_RANKS = re.compile("(?:" + "|".join(sorted(name_key(r) for r in RANKS)) + ")(?:e?s)?")
# Persons, then the body they joined: "A y B, que más tarde se incorporaron a la DINA", "A se unió al MIR".
_JOINED = re.compile(
    r"\s*,?\s*(?:(?:que|quien|quienes)\s+)?(?:(?!(?:y|e|pero)\s)[a-záéíóúñ]+\s+){0,2}?"
    r"se\s+(?:(?P<one>incorporó|unió|integró|alistó)|incorporaron|unieron|integraron|alistaron)\s+(?:a|al|en)\s+"
    + _ART
    + r"$"
)


def units(s: Sentence) -> None:
    named = s.named
    _described_parts(s)
    for i, (a, b) in enumerate(pairwise(named)):
        between = s.text[a.end_char : b.start_char]
        if _NEGATION.search(between):
            continue
        within = _WITHIN.fullmatch(between)
        if within and b.label_ == "Organization" and (a.label_ == "Organization" or _said_of_a_person(within)):
            _belongs(s, a, b, 0.7, "es-within")
        elif a.label_ == "Organization" and b.label_ in {"Organization", "Person"} and _HOLDING.fullmatch(between):
            _belongs(s, b, a, 0.7, "es-holding")
        elif a.label_ == b.label_ == "Organization" and _unit_of(s, named, i, between):
            s.emit(a, "part_of", b, 0.6, "es-unit-of")

        elif a.label_ == "Organization" and b.label_ == "Person" and _MEMBERS.fullmatch(between):
            for person in _listed(s, named[i + 1 :]):
                s.emit(person, "member_of", a, 0.7, "es-integrated")
        elif a.label_ == "Person" and b.label_ == "Organization" and _THEY_LED.fullmatch(between):
            for person in _listed_back(s, named[: i + 1]):
                s.emit(person, "commands", b, 0.7, "es-they-led")
        elif a.label_ == "Person" and b.label_ == "Organization" and _ALL_OF.fullmatch(between):
            listed = _listed_back(s, named[: i + 1])
            if _ranked(s, listed[-1]):  # "los capitanes A y B, ambos de"; "A y B, ambos del MIR" may be victims
                for person in listed:
                    s.emit(person, "member_of", b, 0.7, "es-all-of")
        elif a.label_ == "Person" and b.label_ == "Organization" and _ONE_OF.fullmatch(between) and _ranked(s, a):
            s.emit(a, "member_of", b, 0.7, "es-ranked-of")
        elif a.label_ == "Person" and b.label_ == "Organization" and (joined := _JOINED.fullmatch(between)):
            for person in [a] if joined["one"] else _listed_back(s, named[: i + 1]):
                s.emit(person, "member_of", b, 0.7, "es-joined")


def _ranked(s: Sentence, person: Span) -> bool:
    """A rank stands right before the person ("el sargento A", "los capitanes A")."""
    rank = _RANK_BEFORE.search(s.text, max(s.sent.start_char, person.start_char - 30), person.start_char)
    return rank is not None and _RANKS.fullmatch(name_key(rank["rank"])) is not None


def _said_of_a_person(within: re.Match[str]) -> bool:
    """ "X, quien pertenecía a Z", "X formaba parte de Z"; never "X, que dependía de Z" (a body's relative)."""
    return not re.search(r"\bque\b|dependi|adscrit|subordinad", within.group())


def _belongs(s: Sentence, part: Span, whole: Span, sure: float, rule: str) -> None:
    s.emit(part, "part_of" if part.label_ == "Organization" else "member_of", whole, sure, rule)


def _unit_of(s: Sentence, named: list[Span], i: int, between: str) -> bool:
    """The i-th name is a unit's, of the body named right after it; or the acronym in brackets of a unit's name
    ("la Brigada de Operaciones Especiales (BOE) de la Policía Nacional")."""
    m = named[i]
    if _UNIT_OF.fullmatch(between):
        return _unit(m)
    bracketed = i > 0 and s.text[named[i - 1].end_char : m.start_char].strip() == "("
    return bracketed and between.startswith(")") and _UNIT_OF.fullmatch(between[1:]) is not None and _unit(named[i - 1])


def _unit(m: Span) -> bool:
    words = m.text.split()
    if len(words) > 1 and _ORDINAL.fullmatch(words[0]):
        words = words[1:]
    return words[0].lower() in _UNIT_NOUNS


def _listed(s: Sentence, after: list[Span]) -> list[Span]:
    """The persons listed from the first of `after` on: "A, B y C"."""
    out = [after[0]]
    for prev, nxt in pairwise(after):
        if nxt.label_ != "Person" or not _AND.fullmatch(s.text, prev.end_char, nxt.start_char):
            break
        out.append(nxt)
    return out


def _bodies_back(s: Sentence, before: list[Span]) -> list[Span]:
    """The last two bodies of `before` when listed with "y" ("A (X) y B (Y)"), else the last alone; a body's
    acronym in brackets is the body's."""

    def body(k: int) -> int:  # the body whose acronym in brackets is the k-th name, or the k-th
        bracketed = k > 0 and s.text[before[k - 1].end_char : before[k].start_char].strip() == "("
        return k - 1 if bracketed and before[k - 1].label_ == "Organization" else k

    last = body(len(before) - 1)
    out = [before[last]]
    if (
        last > 0
        and before[last - 1].label_ == "Organization"
        and _AND_BODIES.fullmatch(s.text, before[last - 1].end_char, before[last].start_char)
    ):
        out.append(before[body(last - 1)])
    return out


_AND_BODIES = re.compile(r"\)?\s+(?:y|e)\s+(?:(?:el|la|los|las)\s+)?")


def _listed_back(s: Sentence, before: list[Span]) -> list[Span]:
    """The persons listed up to the last of `before`: "A y B"."""
    out = [before[-1]]
    for nxt, prev in pairwise(reversed(before)):
        if prev.label_ != "Person" or not _AND.fullmatch(s.text, prev.end_char, nxt.start_char):
            break
        out.append(prev)
    return out
