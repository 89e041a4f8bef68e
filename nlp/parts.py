"""part_of: which unit or body is part of which (issue 22). Read from a unit's name that holds its parent ("1
Division of the Nigerian Army"), an acronym's "of" ("the Anti-Riot Brigade (BAE) of the National Police"), a
possessive ("the Nigerian Army's 7th Division"), "including" ("VRS units, including the Drina Corps"), a wing
("the UP, whose armed wing was the FP"), and the words of a part between two units ("was subordinated to",
"comprised", "a unit of"). Which is part of which comes from the syntax, never from the order of the text: a
reversed hierarchy is a harm, so a sentence that does not say it gives nothing.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.mistagged import OF_A_COURT
from nlp.posts import parent_at, possessed
from nlp.sentence import Sentence, broken, dep_path, inside, negated, path_cues

_PART_WORDS = frozenset(
    "one part sub-unit subunit unit component element section brigades battalions divisions units "
    "companies belong subordinate under report formation comprise include consist incorporate".split()
)


# Verbs whose subject is the part ("was subordinated to", "belongs to", "reports to", "is one of") and
# verbs whose subject is the whole ("comprises", "includes", "controls").
_PART_SUBJECT = frozenset(
    "subordinate attach belong report assign answer fall be serve operate integrate "
    "incorporate place form create establish become remain".split()
)
_WHOLE_SUBJECT = frozenset(
    "include comprise contain control oversee have encompass consist supervise command direct lead".split()
)
_TO_WHOLE = frozenset({"of", "to", "under", "within", "into", "in"})


def _child_and_parent(path: list[Token], a: Span, b: Span, orgs: list[Span]) -> tuple[Span, Span] | None:
    """Which of two units is the part, from the syntax and not from the order of the text: the subject of
    "was subordinated to" or "is a unit of" is the part ("B, to which A was subordinated"); the subject of
    "comprises" the whole; else the unit governed by "of", "to" or "under" ("A, a sub-unit of B") is the
    whole. None when the sentence does not tell."""
    for t in path:  # "B is the parent unit of A", "B, the superior command of A": what the "of" names is the part
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.ABOVE_WORDS for c in t.children):
            owned = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            part = next((e for e in (a, b) if any(inside(e, o) for o in owned)), None)
            if part is not None:
                return part, b if part is a else a
    for t in path:
        lemma = t.lemma_.lower()
        if t.pos_ not in {"VERB", "AUX"} or any(inside(e, t) for e in (a, b)):
            continue
        if lemma not in _PART_SUBJECT and lemma not in _WHOLE_SUBJECT:
            continue
        verb = t  # "A, which is garrisoned at X and belongs to B": a verb joined to another has its subject
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        while subject is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "B, which comprises A"
            while subject.dep_ == "appos" and subject.head.i != subject.i:
                subject = subject.head  # "A, the so-called K division, which belongs to B": what the apposition is
        if subject is None:
            continue
        # the subject, or a name joined to it ("the Army and the air force form part of B"), or the body whose
        # units it names ("units of the 9th Brigade, the 10th Brigade and ..., all subordinated to B")
        subjects = (subject, *subject.conjuncts, *_whose_units(subject))
        first = next((e for e in (a, b) if any(inside(e, x) for x in subjects)), None)
        if first is None:
            continue
        other = b if first is a else a
        return (first, other) if lemma in _PART_SUBJECT else (other, first)
    governed = [e for e in (a, b) if e.root.dep_ == "pobj" and e.root.head.lower_ in _TO_WHOLE
                and e.root.head in path]  # fmt: skip
    if len(governed) != 1:
        return None
    whole = governed[0]
    part = b if whole is a else a
    held = whole.root.head.head  # what the "of" hangs on: the part ("Branch 40 of Branch 251"), or a noun of
    if inside(part, held):  # a part in apposition to it ("Branch 40, a sub-unit of Branch 251")
        return part, whole
    noun = held  # "one of the brigades of the Drina Corps", "an armed unit attached to the DDS"
    while noun.dep_ in {"pobj", "prep", "acl"} and noun.head.i != noun.i:
        noun = noun.head
    words = {held.lower_, held.lemma_.lower(), noun.lower_, noun.lemma_.lower()}
    if words & _PART_WORDS and noun.dep_ == "appos" and _described(noun, orgs) is part:
        return part, whole
    return None  # the "of" belongs to a third name of the path ("the Brigade of the Police and the Battalion")


def _whose_units(noun: Token) -> list[Token]:
    """The bodies "units of" or "elements of" names ("units of the 9th Brigade"): the units' own bodies, and
    those the parser hung on the noun as its apposition ("Units of the 4th Brigade, the 7th Brigade and ...")."""
    if noun.lemma_.lower() not in {"unit", "element"}:
        return []
    owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    listed = [c for c in noun.children if c.dep_ == "appos"]
    return [*owners, *listed, *(c for x in listed for c in x.conjuncts)]


def _joins_a_part(verb: Token, path: list[Token]) -> bool:
    """The verb is joined on the path to one of being a part ("is garrisoned at X and belongs to B"): its own
    act is beside the point."""
    return any(c.dep_ == "conj" and c in path and c.lemma_.lower() in _PART_SUBJECT | _WHOLE_SUBJECT
               for c in verb.children)  # fmt: skip


def _described(noun: Token, orgs: list[Span]) -> Span | None:
    """What an appositive noun describes: the last unit named before it ("the Support Battalion for the
    Protection of Institutions (API), a unit of the FDN"), not the head the parser may have given it; an
    acronym in brackets is the name before it."""
    before = [o for o in orgs if o.end <= noun.i]
    while len(before) > 1 and noun.doc[before[-1].start - 1].text == "(":
        before.pop()
    return before[-1] if before else None


# "the Anti-Riot Brigade (BAE) of the National Police": a unit, its acronym, then "of" and the unit it is part of.
_ACRONYM_OF = re.compile(r"\s*\([A-Z][\w.\-]{0,11}\)\s+of\s+(?:the\s+)?")
_UNIT_NOUNS = frozenset("units unit forces formations battalions brigades divisions corps regiments companies".split())
_UNIT_KINDS = frozenset({"unit", "state_institution"})
# The words of a force that an anaphor may name ("the army's 5th Brigade").
_FORCES = frozenset({"army", "navy", "police", "gendarmerie", "military", "force", "forces", "brigade", "division"})
# What may possess a unit: a force or a body of the state, or one the rules cannot type ("the LLA's").
_FORCE_KINDS = _UNIT_KINDS | {"armed_group", "other"}


def _included(org: Span, orgs: list[Span]) -> Span | None:
    """The force whose units the sentence lists `org` among: "VRS units, including the Drina Corps"; or the
    body named before "including its X" ("the Bangladesh Police, including its Detective Branch")."""
    root = org.root
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in root.children)
    while its and root.dep_ == "conj":
        root = root.head  # "including the Central Security Forces and its Special Forces"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"including", "notably"}:
        return None
    noun = prep.head
    if its:
        return next((o for o in orgs if o is not org and inside(o, noun)), None)
    if noun.lower_ not in _UNIT_NOUNS:
        return None
    named = [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod", "amod"}]
    return next((o for o in orgs if o is not org and any(inside(o, c) for c in named)), None)


# A body's wing, said after its name: "the EPRP, whose armed wing, the EPRA, ...", "the MRND, whose youth wing
# was the Interahamwe" (the second is part of the first); "the FPLC, the armed wing of the UPC" (the first is
# part of the second).
_WHOSE_WING = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\))?\s*,\s*whose\s+(?:[a-z-]+\s+){0,2}(?:wing|branch|arm|faction)"
    r"(?:\s*,\s*|\s+(?:was|is|were|are)\s+)(?:the\s+)?"
)
_WING_OF = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\))?\s*,\s*(?:the|its|a|an)\s+(?:[A-Za-z-]+\s+){0,2}"
    r"(?:wing|branch|arm|faction|subsidiary)\s+of\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?"
)


# A body described, in apposition, as a force or an office of another: "the Okhrana, the security police of the
# Workers' Party", "the Young Falcons, the youth militia of the ruling Union", "the Black Hand, a death squad
# formed within the Intelligence Service"; and "Task Force 7, the Lamarian Navy unit that ran the camp" (the
# other named inside the description). Never a body's parent, owner or head ("the parent company of").
_BODY = (
    r"(?:police|militia|militias|squad|service|unit|force|forces|guard|army|agency|directorate|brigade|battalion|"
    r"command)"
)
_BODY_OF = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\))?\s*,\s*(?:the|its|a|an)\s+(?:[A-Za-z-]+\s+){0,2}"
    + _BODY
    + r"\s+(?:(?:formed|created|set\s+up|established)\s+)?(?:of|within|inside)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?"
)
_NAMED_IN_DESCRIPTION = re.compile(r"\)?\s*(?:\([^()]{1,15}\))?\s*,\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}")
_BODY_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?" + _BODY + r"\b")
# A unit's parent named in apposition: "the 21st Brigade's parent unit, the 3rd Division" (the brigade part of the
# division); "the 3rd Division, the parent unit of the 21st Brigade" (the other way).
_ABOVE = "|".join(sorted(lexicon.ABOVE_WORDS))
_PARENT = r"(?:immediate\s+|direct\s+)?(?:" + _ABOVE + r")\s+(?:unit|formation|command|headquarters)"
_WHOSE_PARENT = re.compile(r"\)?\s*['\u2019]s?\s+" + _PARENT + r"\s*,\s*(?:the\s+)?")
_PARENT_OF = re.compile(r"\)?\s*,\s*(?:the|its)\s+" + _PARENT + r"\s+of\s+(?:the\s+)?")
_PARENT_WORDS = re.compile(r"\b(?:parent|mother|holding|owner|head|successor|predecessor|rival)\b", re.I)


def wings(s: Sentence) -> None:
    """A body's wing, or a company's subsidiary ("LCS, the Syrian subsidiary of the French cement group
    Lafarge"), is part of it; so is a body described as another's force or office (`_BODY_OF`)."""
    named = [m for m in s.named if m.label_ == "Organization"]
    for a, b in itertools.pairwise(named):
        between = s.text[a.end_char : b.start_char]
        if _WHOSE_WING.fullmatch(s.text, a.end_char, b.start_char):
            s.emit(b, "part_of", a, 0.8, "whose-wing")
        elif _WHOSE_PARENT.fullmatch(s.text, a.end_char, b.start_char):
            s.emit(a, "part_of", b, 0.8, "whose-parent")
        elif _PARENT_OF.fullmatch(s.text, a.end_char, b.start_char):
            s.emit(b, "part_of", a, 0.8, "parent-of")
        elif _WING_OF.fullmatch(s.text, a.end_char, b.start_char):
            s.emit(a, "part_of", b, 0.8, "wing-of")
        elif not _PARENT_WORDS.search(between) and (
            _BODY_OF.fullmatch(s.text, a.end_char, b.start_char)
            or (
                _NAMED_IN_DESCRIPTION.fullmatch(s.text, a.end_char, b.start_char)
                and _BODY_AFTER.match(s.text, b.end_char)
            )
        ):
            s.emit(a, "part_of", b, 0.7, "body-of")


# A name led by another body's acronym, then the words of a part: "the VRS Main Staff", "the KLA General Staff".
_LED_BY_ACRONYM = re.compile(
    r"(?P<acronym>[A-Z][A-Z0-9]{1,6})\s+(?:[A-Z][a-z]+\s+)*(?:Staff|Directorate|Command|Headquarters|Corps|"
    r"Division|Brigade|Battalion|Regiment|Unit|Units|Police|Guard)"
    r"|(?P<numbered>[A-Z]{2,6})-[0-9]{1,3}"  # "RAB-7": the seventh battalion of the RAB
)


def led_by_acronym(s: Sentence, org: Span) -> Span | None:
    """The body whose acronym leads `org`'s name ("VRS Main Staff", "RAB-7"): a mention of it in the document,
    written as the acronym alone (in brackets after its full name, or by itself)."""
    m = _LED_BY_ACRONYM.fullmatch(org.text)
    if m is None:
        return None
    acronym = m["acronym"] or m["numbered"]
    return next((o for o in s.doc_mentions if o.label_ == "Organization" and o.text == acronym), None)


_VERDICTS = frozenset({"convicted_by", "acquitted_by", "tried_by"})


def court_branches(s: Sentence) -> None:
    """A court's numbered branch (nlp/mistagged.py `court_branches`) is part of it: the court it is apposed to
    ("the Regional Trial Court of Malolos, Branch 15, convicted", 0.7); "Branch 19 of the same court", that of
    the branch named before it, or the one court named before (0.6); with two courts named and no branch, none."""
    if not any(m.label_ == "Mechanism" and m.text.startswith("Branch") for m in s.named):
        return  # the document's mentions are read only for a sentence that names a branch
    apposed: list[Span] = []  # the courts that branches named so far are apposed to
    for m in s.doc_mentions:
        if m.start_char >= s.sent.end_char:
            break
        if m.label_ != "Mechanism" or not m.text.startswith("Branch"):
            continue
        courts = [c for c in s.doc_mentions if c.label_ == "Mechanism" and c.end_char <= m.start_char
                  and not c.text.startswith("Branch")]  # fmt: skip
        here = s.sent.start_char <= m.start_char
        if courts and s.text[courts[-1].end_char : m.start_char] == ", ":
            apposed.append(courts[-1])
            if here:
                s.emit(m, "part_of", courts[-1], 0.7, "branch-of-court")
        elif here and OF_A_COURT.match(s.text, m.end_char):
            named = {c.text for c in courts}
            court = apposed[-1] if apposed else courts[-1] if len(named) == 1 else None
            if court is not None:
                s.emit(m, "part_of", court, 0.6, "branch-of-court", since=court.start_char)


def branch_verdicts(mentions: list[Span], relations: list[dict[str, Any]]) -> None:
    """A verdict read of a court whose branch is apposed to it ("the Regional Trial Court of X, Branch 15,
    convicted Y") is the branch's: the court's numbered chamber judged."""
    after = {}
    for court, branch in itertools.pairwise(m for m in mentions if m.label_ == "Mechanism"):
        if branch.text.startswith("Branch") and branch.start_char - court.end_char == 2:
            after[(court.start_char, court.end_char)] = [branch.start_char, branch.end_char]
    for r in relations:
        if r["predicate"] in _VERDICTS and (found := after.get(tuple(r["object"]))) is not None:
            r["object"] = found


# Verbs that move a unit from one parent to another ("was transferred from the 3rd Division to the 5th").
_MOVE_VERBS = frozenset({"transfer", "move", "reassign", "resubordinate", "reattach", "shift"})


def _unit_after(s: Sentence, verb: Token, words: frozenset[str], kinds: frozenset[str]) -> Span | None:
    """The body of `kinds` after one of the verb's prepositions `words` ("from the 3rd Division")."""
    return next((m for p in verb.children if p.dep_ == "prep" and p.lower_ in words for o in p.children
                 if o.dep_ == "pobj" for m in s.typed("Organization") if m.label_ != "ANAPHOR" and inside(m, o)
                 and m._.acg.get("kind") in kinds), None)  # fmt: skip


def transfers(s: Sentence) -> None:
    """A unit moved from one parent to another: "The 41st Brigade was transferred from the 3rd Division to the
    5th Division in June 2003" makes it part of the 3rd until June 2003 and of the 5th from then (0.7); "was
    moved to the 9th Brigade" gives the second alone. Only units, moved by the verb (its passive subject or its
    object), between bodies of a force: a person transferred, or prisoners, is no part."""
    for t in s.sent:
        if t.lemma_.lower() not in _MOVE_VERBS or t.pos_ != "VERB" or negated(t):
            continue
        role = "nsubjpass" if any(c.dep_ == "auxpass" for c in t.children) else "dobj"
        units = [m for m in s.typed("Organization") if m.label_ != "ANAPHOR" and m._.acg.get("kind") in _UNIT_KINDS]
        moved = next((m for c in t.children if c.dep_ == role for m in units if inside(m, c)), None)
        if moved is None:
            continue
        when = next((d._.acg["date"] for d in s.typed("DATE") for p in t.children
                     if p.dep_ == "prep" and p.lower_ in {"in", "on"} for o in p.children
                     if o.dep_ == "pobj" and inside(d, o)), None)  # fmt: skip
        before = _unit_after(s, t, frozenset({"from"}), _FORCE_KINDS)
        after = _unit_after(s, t, frozenset({"to", "into", "under"}), _FORCE_KINDS)
        if before is not None and before is not moved:
            s.emit(moved, "part_of", before, 0.7, "moved-from", valid_to=when)
        if after is not None and after is not moved:
            s.emit(moved, "part_of", after, 0.7, "moved-to", valid_from=when)


def parts(s: Sentence) -> None:
    wings(s)
    court_branches(s)
    transfers(s)
    orgs = [m for m in s.typed("Organization") if m.label_ != "ANAPHOR"]
    for org in orgs:
        at = parent_at(org, orgs)
        if at is not None:
            parent = next((o for o in orgs if o.start == at), None)
            if parent is not None:
                s.emit(org, "part_of", parent, 0.8, "unit-of-unit")
        for nxt in [o for o in orgs if o.start >= org.end][:2]:  # the acronym may be a mention of its own
            if {org._.acg.get("kind"), nxt._.acg.get("kind")} <= _UNIT_KINDS and _ACRONYM_OF.fullmatch(
                s.text, org.end_char, nxt.start_char
            ):  # "the Anti-Riot Brigade (BAE) of the National Police"
                s.emit(org, "part_of", nxt, 0.8, "unit-of-unit")
        owned = possessed(s, org)
        # "the Nigerian Army's 7th Division", "the LLA's Political Directorate": a unit a force possesses
        if owned is not None and owned._.acg.get("kind") in _UNIT_KINDS and org._.acg.get("kind") in _FORCE_KINDS:
            s.emit(owned, "part_of", org, 0.7, "unit-of-unit")
        leader = led_by_acronym(s, org)
        if leader is not None:
            s.emit(org, "part_of", leader, 0.7, "led-by-acronym")
        whole = _included(org, orgs)
        if whole is not None and org._.acg.get("kind") in _UNIT_KINDS:
            s.emit(org, "part_of", whole, 0.7, "one-of-its-units")  # "VRS units, including the Drina Corps"
    for anaphor in (m for m in s.typed("Organization") if m.label_ == "ANAPHOR"):
        owned = possessed(s, anaphor)  # "the army's Aviation Battalion 601": the army named before
        if owned is not None and owned._.acg.get("kind") in _UNIT_KINDS and anaphor._.acg.get("head") in _FORCES:
            s.emit(owned, "part_of", anaphor, 0.6, "unit-of-unit")
    for i, a in enumerate(orgs):
        for b in orgs[i + 1 :]:
            if parent_at(a, orgs) == b.start:
                continue
            path = dep_path(a.root, b.root)
            if path is None or len(path) > 7 or broken(path, (a, b), s.typed("Person")):
                continue
            cues = path_cues(path, (a, b))
            if not cues & _PART_WORDS:
                continue
            if any(t.pos_ == "VERB" and t.lemma_.lower() not in _PART_SUBJECT | _WHOLE_SUBJECT
                   and not (inside(a, t) or inside(b, t)) and not _joins_a_part(t, path) for t in path):  # fmt: skip
                continue  # "the battalion, a unit of the Army, was supported by the 4th Brigade": another act
            kinds = {a._.acg.get("kind"), b._.acg.get("kind")}
            # A unit "a unit of the Tatmadaw" (a force the rules cannot type) is part of it, said in a phrase.
            of_unknown = a._.acg.get("kind") == "unit" and b._.acg.get("kind") == "other" and len(path) <= 4
            if not (kinds <= {"unit", "state_institution"} or of_unknown):
                continue
            ends = _child_and_parent(path, a, b, orgs)
            if ends is None:
                continue  # which is part of which the sentence does not say: a reversed hierarchy is a harm
            s.emit(ends[0], "part_of", ends[1], 0.7, "part-word", **s.dates(path))
