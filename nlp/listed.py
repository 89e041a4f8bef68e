"""What a text lists after a colon or a dash, or right after a plural noun of a body's people. Persons after
such a noun: "three former RUF commanders - A, B and C", "three other senior KLA figures: A, B and C", "the
DICOMCAR agents A, B and C". Each is one of them, a member of the body, and none its commander (the commanders
are several); each of "three AFRC leaders" is in its leadership, which commands it (possibly). Crimes after
"four incidents in Abidjan:": each took place there. Read from the words, whatever the parser hung the list on.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp import lexicon
from nlp.sentence import Sentence

# The people of a body, in the plural, written right after its name.
_PEOPLE = frozenset(
    "figures leaders commanders officers officials members generals soldiers fighters militants agents "
    "operatives colonels chiefs heads commandants cadres".split()
)
_LEADERS = frozenset({"leaders", "heads", "chiefs"})
_SEPARATORS = frozenset({":", "-", "\N{EN DASH}", "\N{EM DASH}"})
_NEXT = re.compile(r"\s*(?:,|,?\s+and)\s+")


def listed_members(s: Sentence) -> set[tuple[int, int]]:
    """Emit member_of for each person listed after "ORG <people>:" and return the (person start, body start)
    pairs, which no other reading of the sentence may give a post."""
    doc, found = s.sent.doc, set[tuple[int, int]]()
    named = s.named
    for org in s.typed("Organization"):
        if org.label_ == "ANAPHOR" or (org._.acg or {}).get("kind") == "company":
            continue
        noun = org.end
        if noun + 1 >= s.sent.end or doc[noun].lower_ not in _PEOPLE:
            continue
        if doc[noun + 1].text not in _SEPARATORS:  # "the DICOMCAR agents A, B and C": the list right after
            first = next((m for m in named if m.start == noun + 1 and m.label_ == "Person"), None)
            if first is None:
                continue
            _each(s, named, org, noun, first.start_char, found)
            continue
        _each(s, named, org, noun, doc[noun + 1].idx + 1, found)
    return found


def _each(s: Sentence, named: list[Span], org: Span, noun: int, start: int, found: set[tuple[int, int]]) -> None:
    """Each person listed from `start` on, one after another with commas and "and"."""
    word = s.sent.doc[noun].lower_
    # "three AFRC leaders": its leadership, each possibly; "three RUF commanders": one of its commanders
    predicate, confidence = ("commands", 0.6) if word in _LEADERS else ("member_of", 0.7)
    role = f"one of the {word}" if s.sent.doc[noun].lemma_.lower() in lexicon.COMMAND_WORDS else None
    end = start
    for m in (m for m in named if m.start_char >= start):
        gap = s.text[end : m.start_char]
        if m.label_ != "Person" or not (gap.strip() == "" if end == start else _NEXT.fullmatch(gap)):
            break
        s.emit(m, predicate, org, confidence, "listed-members", role=role)
        found.add((m.start, org.start))
        end = m.end_char


# Events in a place, then listed after a colon: "four incidents in Abidjan: the suppression of a march ..., the
# shelling of the Abobo market and the massacre in Yopougon"; "quatre événements survenus à Abidjan : ...".
_EVENTS = re.compile(
    r"\b(?:incidents|events|attacks|massacres|crimes|killings|événements|attaques|massacres|crimes|tueries|faits)"
    r"(?:\s+(?:that\s+took\s+place|which\s+took\s+place|committed|survenus|commis|perpétrés))?"
    r"\s+(?:in|at|à|au|en|dans)\s+(?:the\s+|la\s+|le\s+|l')?\Z"
)
_COLON = re.compile(r"\s*:")


# "A, B and C, all former members of the Derg"; "the Skelani Platoon, in which A, B and C served".
_ALL_MEMBERS = re.compile(
    r"\s*,\s+(?:all|both)\s+(?:former\s+|senior\s+)*(?:members|officers|soldiers)\s+of\s+(?:the\s+)?$"
)
_IN_WHICH = re.compile(r"\s*,\s+in\s+which\s+$")
_SERVED = re.compile(r"\s+(?:had\s+)?served\b")


def members_listed_with(s: Sentence) -> None:
    """Member_of for each person of a list that a body's people are said of, after or before it."""
    named = [m for m in s.named if m.label_ != "DATE"]
    for i, m in enumerate(named):
        if m.label_ != "Organization":
            continue
        if (
            i
            and named[i - 1].label_ == "Person"
            and _ALL_MEMBERS.fullmatch(s.text, named[i - 1].end_char, m.start_char)
        ):
            for person in _listed_back(s, named[:i]):
                s.emit(person, "member_of", m, 0.7, "all-members-of")
        after = named[i + 1 :]
        if after and after[0].label_ == "Person" and _IN_WHICH.fullmatch(s.text, m.end_char, after[0].start_char):
            persons = [after[0]]
            for nxt in after[1:]:
                if nxt.label_ != "Person" or not _NEXT.fullmatch(s.text, persons[-1].end_char, nxt.start_char):
                    break
                persons.append(nxt)
            if _SERVED.match(s.text, persons[-1].end_char):
                for person in persons:
                    s.emit(person, "member_of", m, 0.7, "in-which-served")


def _listed_back(s: Sentence, before: list[Span]) -> list[Span]:
    """The persons listed last in `before`, each joined to the next by a comma or "and"."""
    out = [before[-1]]
    for m in reversed(before[:-1]):
        if m.label_ != "Person" or not _NEXT.fullmatch(s.text, m.end_char, out[-1].start_char):
            break
        out.append(m)
    return out


def listed_crimes(s: Sentence) -> None:
    """Each crime listed after "N incidents in PLACE:" (to the sentence's end) took place there."""
    for place in s.typed("Location"):
        if _EVENTS.search(s.text, s.sent.start_char, place.start_char) is None:
            continue
        colon = _COLON.match(s.text, place.end_char)
        if colon is None:
            continue
        for crime in (m for m in s.typed("Crime") if m.start_char >= colon.end()):
            s.emit(crime, "occurred_in", place, 0.7, "listed-crimes")
