"""A unit "under the command of" a person, read from the words when the parse loses it (issue 22).

"On 15 October the 62nd Infantry Brigade of the Armed Forces of the DRC (FARDC), under the command of Colonel
X, retook the town": the parser hung the brigade on the date and "under" on a verb with no subject, so the
dependency rules (nlp/posts.py) see no link. The words say it: the unit that heads the noun phrase before
", under the command of", through what only names it further ("of the Armed Forces of the DRC", "(FARDC)"),
is commanded by the person right after it (0.7).

A head of "its" own: "X founded the Serbian Radical Party in 1991 and has been its president ever since": the body
named last before "its" in the sentence, possibly read so (0.6).

The same words in two other orders: "the M23, whose military commander was Colonel X" (the parser may join the
clause to another verb), and "Under the leadership of X, the Derg launched ..." (it may set the body in
apposition to the person).

Never the unit of a larger phrase ("troops of the FARDC, under the command of X": he commands the troops, not
the army; "VRS units, including the Drina Corps, under the command of X"), nor one named by a possessive ("the
army's soldiers"), nor "under the overall command of" (a superior's, above the unit's own commander), nor when
the parse already gave the person a command in the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.sentence import Sentence, inside, negated, stands_for

# What may stand between the unit and ", under the command of": "of the Armed Forces of the DRC", "(FARDC)"
_FURTHER = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*|\s*\([^()]{1,20}\))*"
_UNDER = re.compile(
    _FURTHER + r"\s*,\s*under\s+the\s+(?:operational\s+|direct\s+|effective\s+)?"
    r"(?:command|leadership)\s+of\s+(?:(?:then|the)\s+)?(?:[A-Z][\w.-]*\s+){0,3}?$"
)
# "troops of the", "the army's", "VRS units, including the": the unit is not the phrase's head
_MOST_CHARS = 200  # between the unit and the person
_INSIDE = re.compile(r"(?:\b(?:of|including|and|or)\s+(?:the\s+)?|'s?\s+|\bits\s+)$")


# "the M23, whose military commander was Colonel X": the person right after (a rank's words between)
_WHOSE_HEAD = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\))?\s*,\s*whose\s+(?:[a-z-]+\s+){0,2}(?:commander|leader|head|chief)\s+"
    r"(?:was|is|had\s+been|has\s+been)\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,3}?$"
)
# "Under the leadership of X, the Derg launched": a sentence that opens so, and the body its clause is about
_UNDER_LEADER = re.compile(r"(?:^|\n)\s*Under\s+the\s+(?:command|leadership)\s+of\s+$")
_LEADER_THEN_BODY = re.compile(r"\s*,\s*(?:the\s+)?$")


def under_command(s: Sentence) -> None:
    commanding = {tuple(r["subject"]) for r in s.out if r["predicate"] == "commands"}
    named = s.named
    for i, unit in enumerate(named[:-1]):
        person = named[i + 1]
        if unit.label_ == "Organization" and person.label_ == "Person" and \
                (person.start_char, person.end_char) not in commanding and \
                _WHOSE_HEAD.fullmatch(s.text, unit.end_char, person.start_char):  # fmt: skip
            s.emit(person, "commands", unit, 0.7, "whose-head-words")
        leader, body = unit, person  # "Under the leadership of X, the Y": the first is the leader
        if leader.label_ == "Person" and body.label_ == "Organization" and \
                _UNDER_LEADER.search(s.text[max(s.sent.start_char - 1, 0) : leader.start_char]) and \
                _LEADER_THEN_BODY.fullmatch(s.text, leader.end_char, body.start_char):  # fmt: skip
            s.emit(leader, "commands", body, 0.7, "under-leader-words")
    for i, unit in enumerate(named):
        if unit.label_ != "Organization" or _INSIDE.search(s.text, max(0, unit.start_char - 20), unit.start_char):
            continue
        for person in named[i + 1 :]:
            if person.label_ != "Person":
                continue
            if (
                person.start_char - unit.end_char <= _MOST_CHARS
                and _UNDER.fullmatch(s.text, unit.end_char, person.start_char)
                and ((person.start_char, person.end_char) not in commanding)
            ):
                s.emit(person, "commands", unit, 0.7, "under-command-words")
            break  # the first person after the unit only


# The heads a possessive "its" may give a body ("has been its president"): not a member's noun.
_ITS_HEADS = frozenset("president commander leader head chief chairman director".split())


# Verbs that say what one is: "has been its president", "became its commander", "remained its leader".
_COPULAS = frozenset({"be", "become", "remain"})


def its_head(s: Sentence) -> None:
    """ "X founded the SRS in 1991 and has been its president", "X joined the army and became its commander": X
    heads the body named last before "its"."""
    for t in s.sent:
        if t.lower_ != "its" or t.dep_ != "poss" or t.head.lemma_.lower() not in _ITS_HEADS:
            continue
        title, verb = t.head, t.head.head
        if title.dep_ == "nsubj" and verb.lemma_ == "be" and not negated(verb):
            _its_head_was(s, t, verb)
            continue
        if title.dep_ != "attr" or verb.lemma_ not in _COPULAS or negated(verb):
            continue  # "and has been its president", "and became its commander"
        at = verb  # "founded X and has been its president": the subject of the verb it is joined to
        subject = next((c for c in at.children if c.dep_ == "nsubj"), None)
        while subject is None and at.dep_ == "conj":
            at = at.head
            subject = next((c for c in at.children if c.dep_ == "nsubj"), None)
        person = next((m for m in s.named if m.label_ == "Person" and subject is not None and inside(m, subject)), None)
        bodies = [m for m in s.named if m.label_ == "Organization" and m.end <= t.i]
        if person is not None and bodies:
            s.emit(person, "commands", bodies[-1], 0.6, "its-head-words")


def _its_head_was(s: Sentence, its: Token, verb: Token) -> None:
    """ "Battalion 7-22 was a unit of X. Its operational commander in the 1980s was Lt. Col. Y": Y commands the
    body named before "its" in the sentence, or the one organisation that is the subject of the sentence before,
    likely (0.6)."""
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    person = next((m for m in s.named if m.label_ == "Person" and attr is not None and inside(m, attr)), None)
    if person is None:
        return
    bodies = [m for m in s.named if m.label_ == "Organization" and m.end <= its.i]
    body = bodies[-1] if bodies else _subject_before(s, its)
    if body is not None:
        s.emit(person, "commands", body, 0.6, "its-head-was")


def _subject_before(s: Sentence, t: Token) -> Span | None:
    """The one organisation named as the subject of the sentence before `t`'s."""
    sent = t.sent
    if sent.start == 0:
        return None
    before = t.doc[sent.start - 1].sent
    subjects = [x for x in before if x.dep_ in {"nsubj", "nsubjpass"} and x.head.dep_ == "ROOT"]
    if any(x.conjuncts for x in subjects):
        return None  # "The 4th and the 9th Brigade raided X. Its commander": which one, the text does not say
    # ("The battalion reported directly to him. Its operational commander was ...": the unit so described)
    found = [m for m in s.doc_mentions if stands_for(m, {"Organization"}) and any(inside(m, x) for x in subjects)]
    return found[0] if len(found) == 1 and len(subjects) == 1 else None
