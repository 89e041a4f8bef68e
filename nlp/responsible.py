"""Who is said responsible for a crime (issue 22): "the LRA ... was responsible for the abduction of tens of
thousands of children", "The Chamber held Habré responsible, together with the DDS, for the repression of the
Hadjerai", "found the 9th Brigade responsible for the killings at X".

A force said responsible did the crime, likely (perpetrated, 0.6); a person, possibly (0.5): his responsibility
may be a superior's, which names no act of his. A denial ("was not responsible"), a responsibility held
possible ("may be responsible") or a state's ("held Guatemala responsible": a place, no party) gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.sentence import Sentence, denied, force_of, inside, negated

_HOLDING = frozenset({"hold", "find", "make", "deem", "declare", "consider"})  # "held X responsible"
_MODALS = frozenset("may might could would can".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Who is held responsible, named by a pronoun.
_PRONOUNS = frozenset({"him", "her", "he", "she"})


def _held_possible(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _holders(verb: Token, adjective: Token) -> list[Token]:
    """Who is said responsible: the object of "held ... responsible", or the subject of "was responsible" (that
    of the verb a bare "and was responsible" is joined to), with whom "together with" adds."""
    if adjective.dep_ in {"oprd", "xcomp", "ccomp"} and verb.lemma_.lower() in _HOLDING:
        # "held X responsible": X the verb's object, or the adjective's subject (a small clause)
        out = [c for c in (*verb.children, *adjective.children) if c.dep_ in {"dobj", "nsubj"}]
    elif adjective.dep_ == "amod" and verb.lemma_.lower() in _HOLDING:
        out = [c for c in verb.children if c.dep_ == "dobj" and c.i < adjective.i]
    elif adjective.dep_ == "acomp":
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
        out = subjects
    else:
        return []
    out = [x for o in out for x in (o, *o.conjuncts)]
    for p in (*verb.children, *adjective.children):
        if p.dep_ == "prep" and p.lower_ == "with" and any(c.lower_ == "together" for c in p.children):
            out += [o for o in p.children if o.dep_ == "pobj"]  # "together with the DDS"
    return out


def responsible(s: Sentence) -> None:
    for t in s.sent:
        if t.lemma_.lower() != "responsible" or t.pos_ != "ADJ":
            continue
        verb = t.head
        if t.dep_ == "amod" and t.i > t.head.i:
            # "found members of the X responsible for": the parser hangs the adjective on the name before it
            verb = next((a for a in t.ancestors if a.pos_ == "VERB"), t.head)
        if negated(t) or negated(verb) or denied([t, verb]) or _held_possible(verb):
            continue
        fors = [p for p in (*t.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"]
        objects = [x for p in fors for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
        crimes = [m for m in s.typed("Crime") if any(inside(m, o) or m.root.i == o.i for o in objects)]
        if not crimes:
            continue
        # "for A in 1980, B in 1984 and C", which the parser may cut into clauses of their own
        crimes += [m for m in s.listed_after(crimes[-1]) if m not in crimes]
        parties: list[Span] = []
        told: set[int] = set()  # parties a pronoun stands for: possible at most
        for holder in _holders(verb, t):
            party = next((m for m in s.typed("Person", "Organization") if m.start <= holder.i < m.end), None)
            if party is None and holder.lemma_.lower() in lexicon.FORCE_MEMBERS:
                party = force_of(s, holder, {"Organization"})  # "found members of the 9th Brigade responsible"
            if party is None and holder.lower_ in _PRONOUNS:
                party = s.previous(holder, "Person")  # "It held him responsible for the attack on X"
                if party is not None:
                    told.add(party.start)
            if party is not None and party not in parties:
                parties.append(party)
        for party in parties:
            sure = 0.6 if party.label_ == "Organization" and party.start not in told else 0.5
            for crime in crimes:
                s.emit(party, "perpetrated", crime, sure, "responsible-for")
