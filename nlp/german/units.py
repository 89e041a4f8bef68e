"""German units named in a text: by a word of their own ("Einsatzkommando Tilsit", "die Sinia-Brigade"), with a
name in quotation marks ("die Division „Totenkopf“"), or described by their kind after naming ("der Division", which
nlp/document.py resolves to the unit named before). Read without a parser, by the words' shapes (issue 26).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc

from nlp.candidates import EVENT, RULE, Candidate
from nlp.german import lexicon, nouns

# Words a body's name holds in lower case between two capitalised ones: "der", "zur".
INSIDE_NAMES = frozenset("der des für zur zum von und".split())


# The words a unit's name ends with, when a name of its own goes with it: "die Sinia-Brigade", "das
# Einsatzkommando Tilsit", "der Operationsstab Dukagjin", "der Hauptstab des HVO".
UNIT_HEADS = (
    "brigade", "division", "bataillon", "regiment", "kompanie", "kommando", "einheit", "stab", "miliz",
    "polizei", "gruppe", "sturmbann", "staffel",
)  # fmt: skip


_GENITIVE_HEADS = tuple(h + ending for h in UNIT_HEADS for ending in ("s", "es"))
# Forces named by one word, whose units are named after them ("Oberkommando der Wehrmacht").
_ONE_WORD_FORCES = frozenset({"wehrmacht", "luftwaffe", "kriegsmarine", "heeres", "tatmadaw"})


def named_units(doc: Doc) -> Iterator[Candidate]:
    """A unit named by a word of its own: joined by a hyphen ("Sinia-Brigade"), after it ("Einsatzkommando
    Tilsit", "Einsatzgruppe A"), or the body it is part of ("Militärpolizei des HVO", "Oberkommando der
    Wehrmacht")."""
    for t in doc:
        word = t.text
        if not word[:1].isupper():
            continue
        if "-" in word:
            first, head = word.split("-", 1)[0], word.rsplit("-", 1)[1]
            if head.lower() in UNIT_HEADS and first.isalpha() and not nouns.compound(first):
                yield Candidate(t.i, t.i + 1, "Organization", RULE, kind="unit")
            continue
        low = word.lower()
        genitive = low.endswith(_GENITIVE_HEADS)
        if not (low.endswith(UNIT_HEADS) or genitive) or t.i + 1 >= len(doc):
            continue
        after = doc[t.i + 1]
        if (after.is_alpha and after.text[:1].isupper() and not nouns.compound(after.text)
                and after.lower_ not in STOP_WORDS and after.lower_ not in lexicon.MONTHS) or (
                len(after.text) == 1 and after.is_upper) or re.fullmatch(r"\d+[a-z]", after.text):  # fmt: skip
            # "Sonderkommando 4a" ("Sonderkommando 7" is read with the numbered units)
            yield Candidate(t.i, t.i + 2, "Organization", RULE, kind="unit")
        elif re.fullmatch(r"[A-Z]\.", after.text) and (t.i + 2 == len(doc) or doc[t.i + 2].text[:1].isupper()):
            # "Chef der Einsatzgruppe B." at a sentence's end: the letter and the full stop are one token (and the
            # sentence goes on past it)
            yield Candidate(t.i, t.i + 2, "Organization", RULE, kind="unit", name=f"{word} {after.text[0]}")
        elif (
            after.lower_ in {"des", "der"}
            and t.i + 2 < len(doc)
            and (lexicon.ACRONYM.match(doc[t.i + 2].text) or doc[t.i + 2].lower_ in _ONE_WORD_FORCES)
        ):  # "Hauptstab des HVO", "Oberkommando der Wehrmacht", "Oberkommando des Heeres"
            head = re.sub(r"e?s$", "", word) if genitive and not low.endswith(UNIT_HEADS) else word
            name = f"{head} {after.text} {doc[t.i + 2].text}"  # "des Hauptstabs des HVO": "Hauptstab des HVO"
            yield Candidate(t.i, t.i + 3, "Organization", RULE, kind="unit", name=name)


# A unit named before, described by its kind: "die Division", "der Abteilung", "des Bataillons" (the form, and
# the word a name ends with: "die Abteilung" is the "SS-Panzer-Aufklärungsabteilung 16" named before).
_DESCRIBED_UNITS = {
    "division": "division", "brigade": "brigade", "abteilung": "abteilung", "einheit": "einheit", "miliz": "miliz",
    "kompanie": "kompanie", "bataillon": "bataillon", "bataillons": "bataillon", "regiment": "regiment",
    "regiments": "regiment", "regimentes": "regiment", "korps": "korps",
}  # fmt: skip
_BEFORE_DESCRIBED = frozenset(
    "die der den dem des zur zum im vom beim diese dieser diesem dieses jener jene seine seiner ihre ihrer".split()
)


def described_units(doc: Doc, taken: set[int]) -> Iterator[Candidate]:
    """ "die Division", "der Abteilung" after an article, with no name, number or genitive after it: a unit
    named before (nlp/document.py resolves it, as "the division" in English). Its mention is its noun alone, so
    that the words around it read as around a name ("Kommandeur der Division war X")."""
    for t in doc:
        head = _DESCRIBED_UNITS.get(t.lower_)
        if head is None or t.i in taken or not t.text[:1].isupper() or t.i == 0:
            continue
        if doc[t.i - 1].lower_ not in _BEFORE_DESCRIBED:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and (
            after.like_num or after.text in _OPEN_QUOTES or after.lower_ in {"des", "der", "von"}
            or (after.text[:1].isupper() and after.is_alpha and not nouns.common(after.text))
        ):  # fmt: skip
            continue  # "die Division „Totenkopf“", "die Brigade 313", "die Abteilung des Geheimdienstes"
        yield Candidate(t.i, t.i + 1, "Organization", EVENT, anaphor=True, wants="Organization", head=head,
                        suffix=True)  # fmt: skip


_OPEN_QUOTES = frozenset({"„", '"', "“", "\u201a", "«", "»"})
_CLOSE_QUOTES = frozenset({"“", '"', "”", "\u2018", "»", "«"})


def _quoted_name(doc: Doc, i: int) -> int | None:
    """The end of a name in quotation marks that begins at token `i` ("„Reichsführer SS“", "„Vinko Škrobo“"):
    at most five words, each capitalised (or a small word between two), or None."""
    if i >= len(doc) or doc[i].text not in _OPEN_QUOTES:
        return None
    k = i + 1
    while k < len(doc) and k - i <= 6 and doc[k].text not in _CLOSE_QUOTES:
        if not (doc[k].text[:1].isupper() or doc[k].like_num or doc[k].lower_ in INSIDE_NAMES):
            return None
        k += 1
    return k + 1 if k < len(doc) and k > i + 1 and doc[k].text in _CLOSE_QUOTES else None


def with_quoted_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A unit is named with the name in quotation marks after it: "die 16. SS-Panzergrenadier-Division
    „Reichsführer SS“", "in der Division „Totenkopf“", "die Antiterrorgruppe „Vinko Škrobo“" (a unit's head
    alone before it is the unit's name too); what the quotation marks hold is no name of its own."""
    units = {c.start: c for c in chosen if c.label == "Organization"}
    out: list[Candidate] = []
    extended = False
    for t in doc:
        end = _quoted_name(doc, t.i + 1)
        if end is None:
            continue
        unit = next((c for c in units.values() if c.end == t.i + 1), None)
        if unit is None and t.text[:1].isupper() and t.lower_.endswith(UNIT_HEADS) and t.i not in units:
            unit = Candidate(t.i, t.i + 1, "Organization", RULE, kind="unit")
            out.append(unit)
        if unit is None:
            continue
        quoted = doc[t.i + 1 : end].text
        if unit.end - unit.start > 1 and "alias" not in unit.attrs:  # "die 16. SS-Panzergrenadier-Division" too
            unit.attrs["alias"] = unit.attrs.get("name") or doc[unit.start : unit.end].text
        elif unit.end - unit.start == 1 and not any(ch.isdigit() for ch in t.text):
            # a word of its kind alone before it ("die Terrormiliz „Islamischer Staat“"): the quoted name is its own
            unit.attrs["alias"] = doc[t.i + 2 : end - 1].text
        if unit.attrs.get("name"):
            unit.attrs["name"] = f"{unit.attrs['name']} {quoted}"
        unit.end, extended = end, True
    if not extended:
        return chosen
    spans = [*chosen, *out]
    return [c for c in spans if not any(o is not c and o.start <= c.start and c.end <= o.end and o.end - o.start >
                                        c.end - c.start for o in spans)]  # fmt: skip
