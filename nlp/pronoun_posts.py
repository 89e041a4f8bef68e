"""A command said of "he" or "she" (issue 22): "Maj. Gen. X commanded the division until 2006. Before that he had
commanded the 204th Infantry Brigade from 2001 to 2003 and, in 2005, commanded the 8th Infantry Division."

The pronoun stands for a person only where its paragraph, up to it, names one person alone (by his full name,
his surname or his rank and surname): with two persons named, "he" may be either, and a command given to the
wrong one is a harm. Read so, the command is likely (0.6), with the words since the person was named as its
evidence. Denied or hedged commands ("he never commanded", "he may have led") give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.names import surname
from nlp.sentence import Sentence, inside, negated

_PRONOUNS = frozenset({"he", "she"})
_COMMAND_VERBS = frozenset({"command", "lead", "head", "direct"})
_MODALS = frozenset("may might could would can".split())
_BODIES = frozenset({"Organization", "Mechanism"})
SURE = 0.6


def pronoun_posts(s: Sentence) -> None:
    for t in s.sent:
        if t.lower_ not in _PRONOUNS or t.dep_ != "nsubj":
            continue
        verbs = _verbs_of(t.head)
        head = t.head.head
        if (
            t.head.dep_ == "advcl"
            and head.pos_ == "VERB"
            and not any(c.dep_.startswith("nsubj") for c in head.children)
        ):
            verbs += _verbs_of(head)  # "he had commanded X and, in 2005, commanded Y", parsed with no subject of Y's
        for verb in verbs:
            if verb.lemma_.lower() not in _COMMAND_VERBS or negated(verb) or _hedged(verb):
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                body = next((m for m in s.named if inside(m, obj) and m.label_ in _BODIES), None)
                # whom the pronoun stands for, sought only for a command said of it (the paragraph is read)
                person = _the_one_person(s, t) if body is not None else None
                if body is not None and person is not None:
                    s.emit(person, "commands", body, SURE, "pronoun-post", since=person.start_char,
                           **s.dates([t, verb, obj]))  # fmt: skip


def _verbs_of(verb: Token) -> list[Token]:
    """The verb and those joined to it that share its subject ("he had commanded X and commanded Y")."""
    out = [verb]
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children):
            out.extend(_verbs_of(c))
    return out


def _hedged(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _the_one_person(s: Sentence, pronoun: Token) -> Span | None:
    """The person the paragraph names before `pronoun`, when it names one only: every mention bears one surname
    (the last mention written in full)."""
    start = s.text.rfind("\n\n", 0, pronoun.idx) + 1
    named = [m for m in s.doc_mentions if m.label_ == "Person" and start <= m.start_char and m.end <= pronoun.i]
    if len({surname([t.text for t in m]) for m in named}) != 1:
        return None
    full = [m for m in named if len(m) > 1]
    if len({m.text for m in full}) > 1 and len({m[0].text for m in full}) > 1:
        return None  # "Jovito Palparan" and "Rogelio Palparan": two persons of one surname
    return full[-1] if full else named[-1]
