"""A body introduced by what it is before its name: "a Kopassus team known as Tim Mawar", "the military
delegation known as the Caravan of Death", "a counter-insurgency unit of the Security Branch, known as the
Vlakplaas unit", "a death squad called the Black Hand". The name stands for the noun it is given to: it is a
body (whatever the tagger took it for), the body the noun is said to be of is its parent, and whoever leads
the noun leads it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp import lexicon
from nlp.candidates import SHAPE, Candidate
from nlp.sentence import SAME, Sentence, dep_path, force_of, inside, negated

# Nouns of a body of people that a name may be given to.
_BODY_NOUNS = frozenset(
    "team unit squad group delegation detachment battalion brigade company platoon force militia commando cell "
    "section division regiment patrol column contingent".split()
)
# "the Mrmak unit, later renamed X" gives the named unit another name (nlp.aliases); it describes no body.
_NAMING = lexicon.NAMING_VERBS - {"rename"}
_LEAD_VERBS = frozenset("lead head command direct run".split())


def _phrase_to(noun: Token, end: int) -> bool:
    """The noun's phrase runs on to `end` in the words of what it is of ("a unit of the Security Branch of the
    Police (SAP)"): every word up to `end` hangs on the noun ("forces, including the 32nd Brigade, known as
    the Khamis Brigade" names the brigade)."""
    doc = noun.doc
    return doc[noun.i + 1].lower_ == "of" and all(noun in w.ancestors for w in doc[noun.i + 1 : end])


def described_noun(name: Token) -> Token | None:
    """The noun of a body that the name whose root is `name` is given to: "NOUN known as / called / dubbed
    NAME", "NAME was the NOUN of X", or "NOUN of X, known as NAME" (the parse may hang the naming verb elsewhere
    after the comma: the noun is then the body noun whose phrase ends at the comma)."""
    if name.dep_ == "nsubj" and name.head.lemma_ == "be" and not negated(name.head):
        # "The Jokers were the anti-terrorist platoon of the 4th Military Police Battalion": the body it is
        said = [c for c in name.head.children if c.dep_ == "attr" and _body_noun(c)]
        return said[0] if said and not any(c.dep_ == "poss" for c in said[0].children) else None
    if name.dep_ == "pobj" and name.head.lower_ == "as":
        verb = name.head.head
    elif name.dep_ in {"oprd", "attr", "dobj"}:
        verb = name.head
    else:
        return None
    if verb.lemma_.lower() not in _NAMING or verb.dep_ not in {"acl", "relcl"} or verb.i < 1:
        return None
    noun = verb.head
    if not _body_noun(noun) and verb.dep_ == "acl":
        # "a unit of the Security Branch(,) known as X": the parse hung the verb on the name before it
        stop = verb.i - 1 if verb.doc[verb.i - 1].text == "," else verb.i
        noun = next((t for t in reversed(verb.doc[verb.sent.start : stop]) if _body_noun(t) and _phrase_to(t, stop)),
                    noun)  # fmt: skip
    return noun if _body_noun(noun) and noun.i < verb.i else None


def _body_noun(t: Token) -> bool:
    return t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_NOUNS


def _leader(noun: Token) -> Token | None:
    """Who leads the noun: the subject of "led / headed / commanded the NOUN" ("X, who led the delegation")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LEAD_VERBS or negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def _member(noun: Token) -> Token | None:
    """Who is said to be of the noun: the subject of "belonged to / served in / joined a NOUN", the one who
    is "a member of a NOUN"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() == "join":
        verb = head
    elif (
        noun.dep_ == "pobj" and head.lower_ in {"to", "in", "with"} and head.head.lemma_.lower() in {"belong", "serve"}
    ):
        verb = head.head
    else:
        return None
    if negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def described(s: Sentence) -> None:
    """The parent and the leader of a body named after its description."""
    for body in (m for m in s.named if m.label_ == "Organization"):
        noun = described_noun(body.root)
        if noun is None:
            continue
        told = next((m for m in s.mentions if m.label_ == "ANAPHOR" and inside(m, noun)), None)
        if told is not None:  # "troops of the battalion, known as 1 QLR": the battalion named before, by another name
            s.emit(body, SAME, told, 0.8, "known-as")
        parent = force_of(s, noun, {"Organization"})
        above = any(c.lower_ in lexicon.ABOVE_WORDS for c in noun.children)  # "the parent unit of X": X's whole
        if parent is not None and parent is not body and not above:
            s.emit(body, "part_of", parent, 0.7, "described-body")
        member = _member(noun)
        person = next((m for m in s.typed("Person") if member is not None and inside(m, member)), None)
        if person is not None:
            s.emit(person, "member_of", body, 0.7, "member-of-described-body")
        leader = _leader(noun)
        person = next((m for m in s.typed("Person") if leader is not None and inside(m, leader)), None)
        if person is not None:
            path = dep_path(person.root, body.root) or []
            s.emit(person, "commands", body, 0.7, "leads-described-body", **s.dates(path))


_NAME_WORDS = frozenset("of the de del la".split())


def described_bodies(doc: Doc) -> Iterator[Candidate]:
    """The names given to bodies described before them ("a Kopassus team known as Tim Mawar", "a squad
    called the Black Hand"): bodies, whatever the tagger took them for, or if it took them for nothing."""
    for t in doc:
        if t.pos_ not in {"PROPN", "NOUN"} or not (t.is_title or t.is_upper) or described_noun(t) is None:
            continue
        start, end = t.left_edge.i, t.i + 1
        while end < len(doc) and doc[end].head.i in range(t.i, end) and not doc[end].is_punct:
            end += 1  # "the Caravan of Death"; not "(Rose Team)" after the name
        while start < end and (doc[start].lower_ == "the" or doc[start].is_quote):
            start += 1  # 'the "Junglers"'
        if start < end and all(w.is_title or w.is_upper or w.like_num or w.lower_ in _NAME_WORDS
                               for w in doc[start:end]) and not doc[start].is_lower:  # fmt: skip
            yield Candidate(start, end, "Organization", SHAPE, kind="unit")


# What a body is said to be, right after its name: "the Interahamwe, the militia of the MRND party", "the
# Imbonerakure, the youth wing of the CNDD-FDD".
_WHAT_A_BODY_IS = {"militia": "armed_group", "militias": "armed_group", "group": "armed_group",
                   "faction": "armed_group", "wing": "unit", "arm": "unit", "branch": "unit", "unit": "unit",
                   "squad": "unit", "police": "unit", "army": "unit"}  # fmt: skip


def apposed_bodies(doc: Doc) -> Iterator[Candidate]:
    """A name right before a comma and a description of a body of another ("the Interahamwe, the militia of
    the MRND party"; "the Imbonerakure, the youth wing of the CNDD-FDD"): a body, whatever the tagger took it
    for, or if it took it for nothing; its parent is read by nlp.parts."""
    for t in doc:
        if t.lower_ != "the" or t.i + 2 >= len(doc) or not doc[t.i + 1].is_title:
            continue
        end = t.i + 1
        while end < len(doc) and (doc[end].is_title or doc[end].text == "-") and not doc[end].is_punct:
            end += 1
        if end >= len(doc) - 3 or doc[end].text != "," or doc[end + 1].lower_ != "the":
            continue
        noun = end + 2
        while noun < len(doc) and doc[noun].is_lower and doc[noun].lower_ not in _WHAT_A_BODY_IS and noun < end + 5:
            noun += 1  # "the youth wing", "the armed wing", "the feared militia"
        if noun + 1 < len(doc) and doc[noun].lower_ in _WHAT_A_BODY_IS and doc[noun + 1].lower_ == "of":
            yield Candidate(t.i + 1, end, "Organization", SHAPE, kind=_WHAT_A_BODY_IS[doc[noun].lower_])
