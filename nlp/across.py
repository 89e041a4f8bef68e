"""Relations read beyond one clause, and so "possible" where they are inferred: what a campaign named in an
earlier sentence included, and the places the text puts inside others (which nlp.document uses to say that
a crime in the first occurred in the second too).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.sentence import AGENTS, WITHIN, Sentence, denied, inside, negated

# Nouns of a course of action that a later sentence may say what it included ("The campaign included ...").
_CAMPAIGNS = frozenset("campaign operation operations offensive crackdown assault attack attacks repression".split())
_INCLUDE = frozenset({"include", "involve", "comprise", "entail"})
_CONDUCT = frozenset({"conduct", "carry", "launch", "wage", "lead", "mount", "undertake", "unleash", "stage"})


def campaigns(s: Sentence) -> None:
    """What a campaign included ("Y conducted a campaign ... The campaign included A, B and C"): Y perpetrated
    each, possibly (0.6: read across sentences). The course of action is named by the same noun in both, the
    first time as what Y conducted, carried out or launched, at most three sentences before."""
    for verb in (t for t in s.sent if t.lemma_.lower() in _INCLUDE and t.pos_ in {"VERB", "AUX"}):
        if negated(verb) or denied([verb]):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _CAMPAIGNS), None)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        if subject is None or not objects or not any(d.lower_ in {"the", "this", "that", "these"}
                                                      for d in subject.children):  # fmt: skip
            continue
        included = [m for m in s.typed("Crime") for o in objects if inside(m, o) or o.i <= m.root.i <= o.right_edge.i]
        found = _conducted(s, subject)
        if found is None or not included:
            continue
        agents, since = found
        for agent in agents:
            for crime in dict.fromkeys(included):
                s.emit(agent, "perpetrated", crime, 0.6, "campaign-included", since=since)


def _conducted(s: Sentence, noun: Token) -> tuple[list[Span], int] | None:
    """Who conducted the course of action `noun` names, in one of the three sentences before (or this one):
    the subject of a verb of conducting whose object has the same head noun, with those coordinated with it."""
    doc = s.sent.doc
    before = [sent for sent in doc.sents if sent.end <= s.sent.start][-3:]
    first = before[0].start if before else s.sent.start
    for t in reversed(doc[first : noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.dep_ not in {"dobj", "pobj"}:
            continue
        verb = t.head if t.dep_ == "dobj" else t.head.head
        if verb.lemma_.lower() not in _CONDUCT or negated(verb):
            continue
        nsubj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if nsubj is None:
            return None
        mentions = [m for m in s.doc_mentions if m.label_ in AGENTS]
        named = [m for x in [nsubj, *nsubj.conjuncts] for m in mentions if inside(m, x)]
        if not named:
            named = [m for x in [nsubj, *nsubj.conjuncts] if (m := _force_of_doc(mentions, x)) is not None]
        agents = list(dict.fromkeys(named))
        return (agents, t.sent.start_char) if agents else None
    return None


def _force_of_doc(mentions: list[Span], t: Token) -> Span | None:
    """A force named in the phrase of `t` ("government-allied militias" named by its words)."""
    return next((m for m in mentions if t.left_edge.i <= m.start and m.end <= t.right_edge.i + 1), None)


_PLACE_NOUNS = lexicon.PLACE_NOUNS | frozenset(
    "neighbourhoods neighborhoods suburb suburbs quarter quarters area areas sector sectors zone island capital".split()
)


def places_within(s: Sentence) -> None:
    """Places the sentence puts inside others: "in Abobo, Abidjan" (a place set off by a comma after another,
    not in a list), "the Nyakabiga and Musaga neighbourhoods of Bujumbura", "Yopougon, a district of
    Abidjan", "the ETO in Kicukiro" (a place's own "in")."""
    located = s.typed("Location")
    for inner in located:
        root = inner.root
        outer: list[Span] = []
        for c in root.children:
            if c.dep_ == "appos" and not any(x.dep_ == "cc" for x in c.head.children):
                hit = next((m for m in located if inside(m, c) and m is not inner), None)
                if hit is not None and c.i > root.i:
                    outer.append(hit)  # "in Abobo, Abidjan"
                elif c.lower_ in _PLACE_NOUNS or c.lemma_.lower() in _PLACE_NOUNS:
                    outer += _of_place(c, located, inner)  # "Yopougon, a district of Abidjan"
            elif c.dep_ == "prep" and c.lower_ == "in":
                # "the ETO in Kicukiro"
                outer += [m for m in located for x in c.children if x.dep_ == "pobj" and inside(m, x)]
        head = root.head  # "the Nyakabiga and Musaga neighbourhoods of Bujumbura"
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        noun = head if root.dep_ in {"compound", "nmod"} else head.head if root.dep_ == "conj" else None
        if noun is not None and (noun.lower_ in _PLACE_NOUNS or noun.lemma_.lower() in _PLACE_NOUNS):
            outer += _of_place(noun, located, inner)
        for where in dict.fromkeys(outer):
            if where is not inner:
                s.emit(inner, WITHIN, where, 0.8, "place-within")


def _of_place(noun: Token, located: list[Span], inner: Span) -> list[Span]:
    """The place after a noun of place's "of" or "in" ("a district of Abidjan")."""
    return [m for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
            for x in p.children if x.dep_ == "pobj" for m in located if inside(m, x) and m is not inner]  # fmt: skip
