"""A crime's legal kind said by a verb of characterisation: "the massacre at X and the killings at Y
constituted genocide and crimes against humanity"; "le massacre de Murambi ... constituaient des crimes de
génocide et des crimes contre l'humanité".

Each crime of the subject is of each crime type of the object (`of_type`). A denial ("did not amount to",
"ne constituaient pas") gives nothing, nor does a characterisation only held possible ("could constitute",
"pourraient constituer", "may amount to"): the graph says what the source holds, not what it weighs.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.sentence import Sentence, denied, inside, negated

# Verbs of characterisation, with the word that introduces the kind where the verb takes one.
_VERBS = {
    "constitute": None, "amount": "to", "qualify": "as",
    "constituer": None, "relever": "de",
}  # fmt: skip
_MODALS = frozenset("could may might would can pouvoir pourrait pourraient pourra pourraient".split())
_NEGATIONS = frozenset({"ne", "n'", "pas", "jamais", "not", "never", "n't"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_OBJECTS = frozenset({"dobj", "obj", "attr"})
_RELATIVES = frozenset({"which", "that"})


def _held_possible(verb: Token) -> bool:
    """Held possible only ("could constitute", "pourraient constituer"): a modal on the verb or above it."""
    if any(c.lower_ in _MODALS or c.lemma_.lower() in _MODALS for c in verb.children if c.dep_.startswith("aux")):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _MODALS | {"pouvoir"}


def _denied(verb: Token) -> bool:
    return negated(verb) or denied([verb]) or any(c.lower_ in _NEGATIONS for c in verb.children)


def characterised(s: Sentence) -> None:
    for verb in s.sent:
        lemma = verb.lemma_.lower()
        if lemma not in _VERBS or verb.pos_ not in {"VERB", "AUX"} or _denied(verb) or _held_possible(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None and verb.dep_ == "xcomp":  # "X came to constitute": the governing verb's subject
            subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        marker = _VERBS[lemma]
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        if marker is not None:
            objects += [c for p in verb.children if p.lower_ == marker for c in (p, *p.children)]
        # the subjects (the parser may give the verb several) and those coordinated with them ("le massacre de
        # A, le massacre de B ... constituaient")
        subjects = [x for c in verb.children if c.dep_ in _SUBJECTS for x in (c, *c.conjuncts)] or [subject]
        crimes = [m for m in s.typed("Crime") if any(x.left_edge.i <= m.root.i <= x.right_edge.i for x in subjects)]
        if verb.dep_ == "relcl" and any(
            c.lower_ in _RELATIVES for c in verb.children if c.dep_ in _SUBJECTS | _OBJECTS
        ):
            # "the killing in X, which it qualified as a war crime", "the massacre, which constituted genocide"
            crimes = [m for m in s.typed("Crime") if inside(m, verb.head)]
        kinds = [m for m in s.typed("CrimeType") if any(inside(m, x) for o in objects for x in o.subtree)]
        for crime in crimes:
            for kind in kinds:
                s.emit(crime, "of_type", kind, 0.7, "characterised")


# "committed crimes against humanity and war crimes, including the killing of demonstrators in Benghazi": the
# crimes a list of crime types includes are of those types.
_INCLUDING = re.compile(r"\s*(?:,|\u2014|-)?\s*(?:including|notably|among\s+them|in\s+particular)\s+(?:the\s+)?$")
_KINDS_JOINED = re.compile(r"\s*(?:,|and|as\s+well\s+as)\s*(?:and\s+)?$")
_HELD_POSSIBLE = frozenset("may might could would possibly".split())


def types_including(s: Sentence) -> None:
    """Crime types, then ", including" and a crime: the crime is of each of those types (0.7); none where the
    clause holds them possible only ("may amount to ..., including") or denies them."""
    kinds = s.typed("CrimeType")
    crimes = s.typed("Crime")
    for crime in crimes:
        before = [k for k in kinds if k.end_char <= crime.start_char and not any(
            c.start <= k.start and k.end <= c.end for c in crimes)]  # fmt: skip
        if not before or not _INCLUDING.fullmatch(s.text, before[-1].end_char, crime.start_char):
            continue
        listed = [before[-1]]
        for k in reversed(before[:-1]):
            if not _KINDS_JOINED.fullmatch(s.text, k.end_char, listed[-1].start_char):
                break
            listed.append(k)
        lead = s.sent.doc[s.sent.start : listed[-1].start]
        if any(t.lower_ in _HELD_POSSIBLE or t.lower_ in _NEGATIONS for t in lead):
            continue
        for kind in listed:
            s.emit(crime, "of_type", kind, 0.7, "types-including")
