"""The longer names a crime goes by in its sentence: its phrase as written with the modifiers that follow it.

A crime is named by the words that make it an event ("the torture of
detainees"); the sentence often goes on to say who did it, to whom or how
("... by the ATU", "... of Uruguayan exiles held there", "... of the
Governor of West Darfur, Khamis Abakar"). Those longer phrases are the same
crime, and another document or a reader may name it by them, so they become
its aliases. Only longer phrases: a shorter one ("the killing of civilians")
may name another crime, and aliases join crimes across documents.

A phrase stops before a clause with a verb of its own ("..., who were held"),
at the sentence's end, and at `MAX_TOKENS` words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.lexicon import CRIME_EVENT_NOUNS
from nlp.victims import HARM_NOUNS

# The dependents after a crime's noun that belong to its name: what, whom, where, by whom, who else.
_PART = frozenset({"prep", "pobj", "acl", "appos", "conj", "cc", "compound", "amod", "nummod", "det", "poss",
                   "case", "punct", "npadvmod", "agent", "nmod", "quantmod", "advmod", "dobj", "pcomp"})  # fmt: skip
_CLAUSE = frozenset({"relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "nsubj", "nsubjpass"})
_CUTS = frozenset({"prep", "acl", "agent", "appos"})  # where a longer name may stop: before each of these
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
MAX_TOKENS = 30
MAX_NAMES = 4


def _head(doc: Doc, start: int, end: int) -> Token:
    """The word the phrase hangs on: the one whose head is outside it (the first, if several)."""
    span = doc[start:end]
    for t in span:
        if t.head.i < start or t.head.i >= end or t.head.i == t.i:
            return t
    return span.root


def _another_crime(t: Token) -> bool:
    """A crime coordinated with the one named ("the shooting of civilians, the burning of villages")."""
    return t.dep_ in {"conj", "appos"} and bool({t.lemma_.lower(), t.lower_} & (CRIME_EVENT_NOUNS | HARM_NOUNS))


def _active(crime: Token) -> bool:
    """The crime is the object of an active verb, so a "by" that the parser hung on the verb is the crime's
    ("documented the torture of X by Y"); a passive verb's "by" is the verb's own agent."""
    verb = crime.head
    return crime.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children)


def _cut_before(x: Token) -> bool:
    """A longer name may stop before a modifier of a noun ("by the ATU", "held there"), not inside a name
    ("Ronni | Moffitt") nor before an apposition without its comma ("a former Chilean | ambassador")."""
    if x.dep_ not in _CUTS or x.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = x.doc[x.i - 1]
    return x.dep_ != "appos" or before.text == ","


def _in_clause(x: Token, top: Token) -> bool:
    """Whether `x`, below `top`, is in a clause of its own or in another crime's phrase."""
    while x.i != top.i:
        if x.dep_ in _CLAUSE or _another_crime(x):
            return True
        x = x.head
    return False


def _end_of(t: Token, sentence_end: int) -> int:
    """Where `t`'s phrase ends: its subtree's right edge, cut before a clause with a verb of its own."""
    end = t.i + 1
    for x in t.subtree:
        if x.i < t.i:
            continue
        if x.i != t.i and (x.tag_ in _WH or _in_clause(x, t)):
            break  # "..., for which he was convicted": a clause begins
        end = max(end, x.i + 1)
    return min(end, sentence_end)


def longer_names(doc: Doc, start: int, end: int) -> list[str]:
    """The phrases that extend the crime's span [start, end) over the modifiers of its head word that follow,
    cut before each of them ("torture of detainees" -> "torture of detainees by the ATU", "torture of
    detainees by the ATU in Liberia"). Another crime coordinated with it is not its name."""
    head = _head(doc, start, end)
    sentence_end = head.sent.end
    right = end
    for child in head.rights:
        if child.right_edge.i < end:
            continue
        if child.dep_ not in _PART or (child.dep_ == "punct" and child.text != ",") or _another_crime(child):
            break
        reach = _end_of(child, sentence_end)
        if reach - start > MAX_TOKENS:
            break
        right = max(right, reach)
    if right < sentence_end and (by := doc[right]).lower_ == "by" and by.head.i == head.head.i and _active(head):
        right = max(right, min(_end_of(by, sentence_end), start + MAX_TOKENS))  # "recalled the torture of X by Y"
    cuts = [x.i for x in doc[end:right] if _cut_before(x)] + [right]
    names = []
    for cut in cuts:
        while cut > end and (doc[cut - 1].is_punct or doc[cut - 1].dep_ in {"cc", "det"}):
            cut -= 1
        if cut > end:
            names.append(doc[start:cut].text)
    return list(dict.fromkeys(names))[:MAX_NAMES]
