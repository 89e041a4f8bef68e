"""The other names a crime goes by in its sentence: its phrase as written with the modifiers that follow it,
and without who did it.

A crime is named by the words that make it an event ("the torture of
detainees"); the sentence often goes on to say who did it, to whom or how
("... by the ATU", "... of Uruguayan exiles held there", "... of the
Governor of West Darfur, Khamis Abakar"). Those longer phrases are the same
crime, and another document or a reader may name it by them, so they become
its aliases. A shorter name is made only by leaving out who did it or where,
and only where what remains still names someone or somewhere ("the shelling
of Kisangani by the UPDF": "the shelling of Kisangani"), or describes whom at
length ("the killing of civilians accused of collaborating with the junta");
never "the killing of civilians", which may name another crime, since aliases
join crimes across documents.

A phrase stops before a clause with a verb of its own ("..., who were held"),
at the sentence's end, and at `MAX_TOKENS` words. English reads spaCy's
English labels; French the Universal Dependencies labels of fr_core_news_md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

import nlp.french.lexicon
from nlp.lexicon import CRIME_EVENT_NOUNS
from nlp.victims import HARM_NOUNS

MAX_TOKENS = 30
MAX_NAMES = 4
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Nouns of ill-treatment, a crime of its own when coordinated with the one named ("the killings in X and the
# mistreatment of detainees").
_ILL_TREATMENT = frozenset("mistreatment maltreatment abuse abuses".split())


@dataclass(frozen=True)
class _Grammar:
    part: frozenset[str]  # the dependents after a crime's noun that belong to its name
    clause: frozenset[str]  # a clause of its own begins at these
    cuts: frozenset[str]  # a longer name may stop before each of these (before its left edge)
    crime_nouns: frozenset[str]  # another crime coordinated with the one named
    agent: frozenset[str]  # the words that introduce who did it
    place: frozenset[str]  # the words that introduce where
    time: frozenset[str]  # the words that introduce when (a phrase with a date or a year)
    heads: frozenset[str]  # what a cut's modifier may hang on


_ENGLISH = _Grammar(
    part=frozenset({"prep", "pobj", "acl", "appos", "conj", "cc", "compound", "amod", "nummod", "det", "poss", "case",
                    "punct", "npadvmod", "agent", "nmod", "quantmod", "advmod", "dobj", "pcomp"}),
    clause=frozenset({"relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "nsubj", "nsubjpass"}),
    cuts=frozenset({"prep", "acl", "agent", "appos"}),
    crime_nouns=CRIME_EVENT_NOUNS | HARM_NOUNS | _ILL_TREATMENT,
    agent=frozenset({"by"}),
    place=frozenset({"in", "at", "from"}),  # "from their homes", "from Russian territory": where, too
    time=frozenset({"in", "on", "between", "during", "from", "until", "since"}),
    heads=frozenset({"NOUN", "PROPN"}),
)  # fmt: skip
_FRENCH = _Grammar(
    part=frozenset({"nmod", "appos", "acl", "amod", "conj", "cc", "case", "det", "nummod", "flat:name", "fixed",
                    "punct", "obl", "obl:agent", "obl:mod", "advmod", "obj"}),
    clause=frozenset({"acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "nsubj", "nsubj:pass",
                      "cop"}),
    cuts=frozenset({"nmod", "acl", "appos", "obl", "obl:agent", "obl:mod"}),
    crime_nouns=nlp.french.lexicon.CRIME_EVENT_NOUNS,
    agent=frozenset({"par"}),
    place=frozenset({"à", "au", "aux", "en", "dans"}),
    time=frozenset({"en", "le", "du", "entre", "pendant", "depuis", "jusqu'"}),
    heads=frozenset({"NOUN", "PROPN", "VERB"}),  # "perpétrées | à Moura": a participle's complements too
)  # fmt: skip
_GRAMMARS = {"en": _ENGLISH, "fr": _FRENCH}


def _head(doc: Doc, start: int, end: int) -> Token:
    """The word the phrase hangs on: the one whose head is outside it (the first, if several)."""
    span = doc[start:end]
    for t in span:
        if t.head.i < start or t.head.i >= end or t.head.i == t.i:
            return t
    return span.root


def _another_crime(t: Token, g: _Grammar) -> bool:
    """A crime coordinated with the one named ("the shooting of civilians, the burning of villages")."""
    return t.dep_ in {"conj", "appos"} and bool({t.lemma_.lower(), t.lower_} & g.crime_nouns)


def _in_clause(x: Token, top: Token, g: _Grammar) -> bool:
    """Whether `x`, below `top`, is in a clause of its own or in another crime's phrase."""
    while x.i != top.i:
        if x.dep_ in g.clause or _another_crime(x, g):
            return True
        x = x.head
    return False


def _end_of(t: Token, sentence_end: int, g: _Grammar) -> int:
    """Where `t`'s phrase ends: its subtree's right edge, cut before a clause with a verb of its own."""
    end = t.i + 1
    for x in t.subtree:
        if x.i < t.i:
            continue
        if x.i != t.i and (x.tag_ in _WH or _in_clause(x, t, g)):
            break  # "..., for which he was convicted": a clause begins
        end = max(end, x.i + 1)
    return min(end, sentence_end)


def _active(crime: Token) -> bool:
    """The crime is the object of an active verb, so a "by" that the parser hung on the verb is the crime's
    ("documented the torture of X by Y"); a passive verb's "by" is the verb's own agent."""
    verb = crime.head
    return crime.dep_ == "dobj" and verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children)


def _cut_before(x: Token, g: _Grammar) -> int | None:
    """Where a longer name may stop before `x`: before a modifier of a noun ("by the ATU", "held there", "de
    son mari"), not inside a name ("Ronni | Moffitt") nor before an apposition without its comma."""
    if x.dep_ not in g.cuts or x.head.pos_ not in g.heads:
        return None
    edge = x.left_edge
    before = x.doc[edge.i - 1]
    if x.dep_ == "appos" and before.text != ",":
        return None
    return edge.i


def _trimmed(doc: Doc, start: int, cut: int) -> int:
    while cut > start and (
        doc[cut - 1].is_punct or doc[cut - 1].is_space or doc[cut - 1].dep_ in {"cc", "det", "case"}
        or doc[cut - 1].pos_ == "ADP"
    ):  # fmt: skip
        cut -= 1
    return cut


def longer_names(doc: Doc, start: int, end: int, language: str = "en") -> list[str]:
    """The phrases that extend the crime's span [start, end) over the modifiers of its head word that follow,
    cut before each of them ("torture of detainees" -> "torture of detainees by the ATU", "torture of
    detainees by the ATU in Liberia"). Another crime coordinated with it is not its name."""
    g = _GRAMMARS[language]
    head = _head(doc, start, end)
    sentence_end = head.sent.end
    right = end
    for child in head.rights:
        if child.right_edge.i < end:
            continue
        if child.dep_ not in g.part or (child.dep_ == "punct" and child.text != ",") or _another_crime(child, g):
            break
        reach = _end_of(child, sentence_end, g)
        if reach - start > MAX_TOKENS:
            break
        right = max(right, reach)
    if language == "en" and right < sentence_end and (by := doc[right]).lower_ == "by" and by.head.i == head.head.i \
            and _active(head):  # fmt: skip
        right = max(right, min(_end_of(by, sentence_end, g), start + MAX_TOKENS))  # "recalled the torture of X by Y"
    while end < right < len(doc) and doc[right].ent_iob_ == "I":
        right -= 1  # never inside a date or a name: "Haditha killings, 19 November 2005" is not "Haditha killings, 19"
    cuts = [c for x in doc[end:right] if (c := _cut_before(x, g)) is not None and c > end and doc[c].ent_iob_ != "I"]
    cuts.append(right)
    names = []
    for cut in sorted(set(cuts)):
        cut = _trimmed(doc, end, cut)
        if cut > end:
            names.append(doc[start:cut].text)
    return list(dict.fromkeys(names))[:MAX_NAMES]


def shorter_names(doc: Doc, start: int, end: int, language: str = "en") -> list[str]:
    """The crime's name without who did it, where or when, at its end ("the shelling of Kisangani by the
    UPDF": "the shelling of Kisangani"; "le meurtre de dix Casques bleus belges au camp Kigali"; "the killing of
    prisoners taken from X at Ovčara in November 1991": without its date, then without its place too), or without
    a relative clause after whom it was done to ("the execution of 53 people whose bodies were found at X"), where
    what remains still names someone, somewhere or a number of people beyond its noun of crime."""
    g = _GRAMMARS[language]
    head = _head(doc, start, end)
    ends = [end]
    for _ in range(2):  # the last phrase, then the one before it
        cut = _without_last_phrase(doc, start, ends[-1], head, g)
        if cut is None:
            break
        ends.append(cut)
    # "the apparent execution of 53 people whose bodies were found at X": also without the relative clause
    clause = next((x.left_edge.i for x in doc[head.i + 1 : end] if x.dep_ == "relcl" and start <= x.head.i < end
                   and x.left_edge.tag_ in _WH), None)  # fmt: skip
    if clause is not None and clause not in ends:
        shorter = _trimmed(doc, head.i, clause)
        if _names_someone(doc[head.i + 1 : shorter]):
            ends.append(shorter)
    names = [doc[start:cut].text for cut in ends[1:]]
    # "the earlier killings in X", "certain attacks on Y": without the words before its noun that say there was
    # more of it (a year stays: "the 2004 attack on X" is not the one of 2006)
    first = _without_first_words(doc, start, head, g)
    if first is not None:
        hedged = any(t.lower_ in HEDGES for t in doc[start:first])  # "the alleged mass rape": the rape, alleged
        names += [doc[first:cut].text for cut in ends if hedged or _names_someone(doc[head.i + 1 : cut])]
    return names


# Words before a crime's noun that say there was more of it, or more before it: no part of what it names.
_MORE_BEFORE = frozenset(
    "earlier later subsequent previous further other additional certain worst deadliest largest gravest".split()
)  # and how it compares with others: "the worst abuses in Afshar" are the abuses in Afshar
# Words that hedge a crime: its name is also said without them ("the alleged mass rape of women in Kunan").
HEDGES = frozenset("alleged reported suspected apparent purported presumed".split())


def _without_first_words(doc: Doc, start: int, head: Token, g: _Grammar) -> int | None:
    """Where the name begins without the words before its noun that say there was more of it ("earlier",
    "certain"), if it has any."""
    if g is not _ENGLISH:
        return None
    first = start
    while first < head.i and doc[first].lower_ in _MORE_BEFORE | HEDGES:
        first += 1
    return first if first > start else None


def _names_someone(words: Span) -> bool:
    """Whether the words after a crime's noun name someone, somewhere or a number of people, or describe whom at
    such length (six words or more) that they tell one crime ("of civilians accused of collaborating with the
    junta")."""
    return len(words) >= 6 or any(t.pos_ in {"PROPN", "NUM"} or t.like_num or t.is_title for t in words)


def _without_last_phrase(doc: Doc, start: int, end: int, head: Token, g: _Grammar) -> int | None:
    for x in reversed(doc[head.i + 2 : end]):  # the last phrase only
        timed = x.lower_ in g.time and any(t.ent_type_ == "DATE" or _YEAR.fullmatch(t.text) for t in x.subtree)
        if x.lower_ not in g.agent | g.place and not timed:
            continue
        if (x.head.i < start or x.head.i >= end) and not (x.dep_ == "prep" and x.head.pos_ == "VERB"):
            continue  # "failed to punish the murder of X at Y in October 1993": the verb's phrase, named with it
        phrase_end = max(t.i for t in x.head.subtree) + 1 if x.dep_ == "case" else x.right_edge.i + 1
        if phrase_end < end:
            continue  # not the name's last phrase (one that goes on past it is: "par les FAMa et ...")
        cut = _trimmed(doc, head.i, x.i)
        if _names_someone(doc[head.i + 1 : cut]):
            return cut
        return None
    return None
