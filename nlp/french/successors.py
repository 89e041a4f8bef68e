"""Who took a commander's post, in French: "X a succédé à Y à la tête de Z en mai 1995", "X a remplacé Y à la
tête de Z", "Y a été remplacé par X à la tête de Z", "Y, qui commandait Z, a été remplacé en 2016 par X".

With the post in the clause ("à la tête de Z", "comme commandant de Z"), X commands Z from the clause's date and Y
until it (0.8: the words say both). Without it, X takes the one command the sentence gives Y (0.6: the sentence
says he took Y's place, not which post), from the date. The predecessor is never read as the successor's superior.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.french import lexicon
from nlp.sentence import Sentence, inside
from nlp.successors import succession

_TAKE_THE_PLACE = frozenset({"succéder", "remplacer", "relever"})
_SUCCESSOR = 0.6


def _person(s: Sentence, t: Token | None) -> Span | None:
    """The person a verb's argument names: the name itself, or the name in apposition to a rank ("le colonel X")."""
    if t is None:
        return None
    return next((m for m in s.typed("Person") if inside(m, t) or (m.root.head.i == t.i and m.root.dep_ == "appos")),
                None)  # fmt: skip


def _argument(verb: Token, deps: set[str]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _post(s: Sentence, verb: Token) -> Span | None:
    """The body of the post the clause names: "à la tête de Z", "comme commandant de Z"."""
    for c in verb.children:
        if c.dep_.startswith("obl") and (c.lemma_.lower() == "tête" or c.lemma_.lower() in lexicon.COMMAND_NOUNS):
            body = next((m for m in s.typed("Organization") for x in c.children if x.dep_ == "nmod" and inside(m, x)),
                        None)  # fmt: skip
            if body is not None:
                return body
    return None


def _date(s: Sentence, verb: Token, persons: tuple[Span, Span]) -> str | None:
    """The one date of the clause, outside what is said of either person ("qui commandait Z depuis 2010")."""
    said = [x for p in persons for c in p.root.head.children if c.dep_ in {"acl:relcl", "appos", "acl"}
            for x in c.subtree]  # fmt: skip
    dates = [d for d in s.typed("DATE") if verb in d.root.ancestors and not any(inside(d, x) for x in said)]
    return dates[0]._.acg["date"] if len(dates) == 1 else None


def successors(s: Sentence) -> None:
    for verb in s.sent:
        if verb.lemma_.lower() not in _TAKE_THE_PLACE or verb.pos_ != "VERB":
            continue
        if any(c.lower_ in lexicon.NEGATIONS for c in verb.children):
            continue
        if any(c.dep_ == "aux:pass" for c in verb.children):  # "Y a été remplacé par X"
            old, new = _argument(verb, {"nsubj:pass"}), _argument(verb, {"obl:agent"})
        else:  # "X a remplacé Y", "X a succédé à Y"
            old, new = _argument(verb, {"obj", "obl:arg", "iobj"}), _argument(verb, {"nsubj"})
        predecessor, successor = _person(s, old), _person(s, new)
        if predecessor is None or successor is None or predecessor is successor:
            continue
        date = _date(s, verb, (predecessor, successor))
        body = _post(s, verb)
        if body is not None:
            succession(s, successor, predecessor, body, date, "fr")
            continue
        held = _held(s, predecessor)
        if held is not None:
            s.emit(successor, "commands", held, _SUCCESSOR, "fr-successor", valid_from=date)


def _held(s: Sentence, person: Span) -> Span | None:
    """The one body the sentence has the person command ("Y, qui commandait Z, ..."), if one only."""
    at = [person.start_char, person.end_char]
    objects = {tuple(r["object"]) for r in s.out if r["predicate"] == "commands" and r["subject"] == at}
    if len(objects) != 1:
        return None
    [(start, end)] = objects
    return next((m for m in s.mentions if (m.start_char, m.end_char) == (start, end)), None)
