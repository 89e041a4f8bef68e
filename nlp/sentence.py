"""One sentence of a document as the relation rules see it: its mentions, the dependency path between two
of them and the words on it, the dates that qualify a relation, and the records the rules emit.

Shared by the rule modules (nlp/posts.py: persons and units; nlp/verdicts.py: courts; nlp/relations.py: complicity and
crimes). A record is a plain dict naming mentions by character offsets (JSON-safe, so docs can cross
process boundaries).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp import lexicon
from nlp.candidates import SPANS
from nlp.names import person_shaped, surname
from nlp.places import countries, countries_in

METHOD = "acg-nlp/dependency"
# Not a predicate of the ontology: a place the text puts inside another ("the Nyakabiga neighbourhood of
# Bujumbura"); nlp.document says from it that a crime in the first occurred in the second, then drops it.
WITHIN = "_within"
# Not a relation: "X, also known as Y": Y is another name of X (nlp.aliases; nlp.document joins the two).
SAME = "_same"
# Not a relation: "a patrol of the 9th Brigade killed 62 villagers in Accomarca": who did a harm where, with no
# crime named in the clause; nlp.acts gives the doer the crime the document names after that place, if one only.
ACT = "_act"
# The mentions that can act: who commands, perpetrates, aids or is tried.
AGENTS = frozenset({"Person", "Organization"})
_CLAUSE_BREAKS = {"ccomp", "parataxis", "advcl", "xcomp", "csubj"}
# The children of a word that are clauses of their own (and so not its own words: nlp.relations).
CLAUSES = frozenset({"conj", "ccomp", "advcl", "parataxis", "relcl", "xcomp"})
# A phrase of time set on a clause ("after the death of President X, Y commanded the army") names no one
# who takes part in it; a clause inside it may ("until 1998, when he was replaced by X"). "before" is left
# out: it is also a forum's ("filed before the Court").
_TIME_PREPOSITIONS = frozenset({"after", "since", "following", "until", "during"})
# Verbs of taking another's post ("X succeeded Y as commander in 2010").
TAKE_THE_PLACE = frozenset({"succeed", "replace"})
_SAY = frozenset(
    ["say", "tell", "add", "state", "disclose", "explain", "announce", "note", "claim", "allege", "urge", "warn"]
)


def dep_path(a: Token, b: Token) -> list[Token] | None:
    """Tokens on the dependency path from a to b (both included), or None if they are in different trees."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    down: list[Token] = []
    for t in [b, *b.ancestors]:
        if t.i in index:
            return up_a[: index[t.i] + 1] + list(reversed(down))
        down.append(t)
    return None


def inside(span: Span, t: Token) -> bool:
    return span.start <= t.i < span.end


def stands_for(m: Span, types: Collection[str]) -> bool:
    """A mention of one of `types`: a name, or a description of one named before ("the battalion")."""
    return m.label_ in types or (m.label_ == "ANAPHOR" and m._.acg["wants"] in types)


def force_of(s: Sentence, members: Token, types: AbstractSet[str]) -> Span | None:
    """The force that members belong to: "soldiers of the Sinia Brigade", "RUF fighters", "the army's
    troops", "soldiers of the battalion"."""
    if members.lemma_.lower() == "force":
        types = types & {"Organization"}  # "Houthi forces", "Taylor's forces": a body's, never a man's own deed
    of = [x for p in members.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
    named = [c for c in members.children if c.dep_ in {"compound", "poss", "nmod", "amod"}]
    return next((m for m in s.mentions for x in [*of, *named] if inside(m, x) and stands_for(m, types)), None)


# What stands between two names listed one after the other: a comma or "and", after a short phrase of time or
# place ("the Bulla Karatasi massacre in 1980, the Wagalla massacre ...").
_LISTED_NEXT = re.compile(r"(?:\s+(?:in|at|on)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")

# Prefixes the tokenizer may cut off their word ("co-founder"); never a word of a title ("commander-in-chief").
_PREFIXES = frozenset("co ex non anti pro pre post self sub".split())


def _prefix(t: Token) -> bool:
    """A prefix written before the next word ("co" of "co-founder"), which the tokenizer cut off: no word of
    its own ("co" is also a commanding officer's title)."""
    return t.lower_ in _PREFIXES and t.i + 1 < len(t.doc) and not t.whitespace_ and t.doc[t.i + 1].text == "-"


def path_cues(path: list[Token], ends: tuple[Span, Span]) -> set[str]:
    """Lower-cased words and lemmas on the path, the objects of its verbs ("assumed command"), the words
    joined to its words ("the founder and leader of") and the post a "whose" owns ("whose commander was")."""
    words: set[str] = set()
    for t in path:
        if any(inside(e, t) for e in ends):
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() == "charge":
            words.add("accuse")  # "the Government charged A and B": an accusation, never "in charge of"
        elif not _prefix(t):
            words.update({t.lower_, t.lemma_.lower()})
        for c in t.children:
            # "assumed command", and the nouns joined to one on the path ("the founder and leader of")
            if c.dep_ in {"dobj", "prt", "attr", "conj"} and not any(inside(e, c) for e in ends) and not _prefix(c):
                words.update({c.lower_, c.lemma_.lower()})
            if c.lower_ == "commanding" and t.lower_ == "officer":  # "the battalion's commanding officer, X"
                words.add(c.lower_)
            if c.dep_ == "prt" and c.lower_ == "over" and t.lemma_.lower() == "take":  # "X took over the CNDP"
                words.add("lead")  # a leader's act, said of any body
            # "the division, whose commander was X": the subject a copula's "whose" owns names the post
            if c.dep_ == "nsubj" and t.lemma_ == "be" and any(x.lower_ == "whose" for x in c.children):
                words.update({c.lower_, c.lemma_.lower()})
    return words


# "held X responsible", "was held accountable": to hold to account, not to detain nor to hold a post.
_ACCOUNTABLE = frozenset("responsible liable accountable guilty culpable answerable".split())


def held_to_account(t: Token) -> bool:
    """ "The Senate held X responsible for the death of Y": the verb "hold" said of responsibility."""
    return t.lemma_.lower() == "hold" and any(c.lemma_.lower() in _ACCOUNTABLE for c in t.children)


# Verbs and nouns whose infinitive tells of an act tried, planned, ordered or threatened, not of one done ("tried
# to kill X", "threatened to abduct him", "a plot to murder Y", "gave the order to kill X").
_UNDONE = frozenset(
    "try attempt seek plan plot threaten conspire intend want aim fail vow bid threat order instruct urge incite "
    "command tell decide decision agree".split()
)


def attempted(t: Token) -> bool:
    """The verb says what someone tried, planned, ordered or threatened to do, not that it was done: "tried to
    kill X", "threatened to abduct him", "a plot to murder Y", "the order to kill X" (whether it was done, another
    clause may tell)."""
    return t.dep_ in {"xcomp", "acl"} and t.tag_ == "VB" and t.head.lemma_.lower() in _UNDONE


def negated(t: Token) -> bool:
    """A word said not to hold ("did not command", "never served", "was not convicted", "was neither
    convicted nor acquitted", "Neither A nor B was convicted", "convicted neither A nor B"), or a verb joined
    to one that is ("was not charged or tried") with no subject of its own."""
    if any(_negation(c) for c in t.children) or any(_neither(c) for c in t.children if c.dep_ in _PARTIES):
        return True
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    return t.dep_ == "conj" and not own_subject and any(_negation(c) for c in t.head.children)


_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _negation(t: Token) -> bool:
    """ "not", "never"; "neither" before a verb ("was neither convicted nor acquitted")."""
    return t.dep_ == "neg" or (t.lower_ == "neither" and t.dep_ in {"preconj", "det", "advmod", "cc"})


def _neither(party: Token) -> bool:
    """A verb's subject or object that is none of those it names: "Neither A nor B", "neither of them"."""
    return party.lower_ == "neither" or any(c.lower_ == "neither" and c.dep_ in {"preconj", "det"}
                                            for c in party.children)  # fmt: skip


_DENY = frozenset("deny dispute reject refute contest fail doubt".split())
_CLAUSE_OF = frozenset({"ccomp", "acl", "xcomp", "advcl", "conj", "relcl", "dobj", "pcomp", "pobj", "prep"})


def denied(path: list[Token]) -> bool:
    """The clause of the path is governed by a denial: "found no evidence that X was a member of Y",
    "did not establish that X commanded Y", "denied that he led Y", "failed to prove that X ordered it"."""
    top = next((t for t in path if t.head not in path or t.head is t), path[0])
    t = top
    while t.head is not t and t.dep_ in _CLAUSE_OF:
        head = t.head
        # "rejected the plea and sentenced both men": a verb joined to a denial is an act of its own
        joined = t.dep_ == "conj" and t.pos_ == "VERB"
        if (head.lemma_.lower() in _DENY and not joined) or any(c.dep_ == "neg" for c in head.children):
            return True
        if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True
        t = head
    return False


# Verbs whose infinitive says what their subject went on to do ("X went on to lead the CNDP", "rose to head").
_WENT_ON = frozenset("go come rise continue proceed".split())


def _went_on_to(t: Token) -> bool:
    """ "went on to lead", "later came to head", "rose to command": the infinitive's subject is the verb's."""
    return (
        t.dep_ in {"advcl", "xcomp"} and t.head.lemma_ in _WENT_ON
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    )  # fmt: skip


def misparsed(path: list[Token]) -> bool:
    """Arcs no English sentence has, that the parser draws on headings and lists: a verb on the path with two
    subjects ("Boko Haram: X replaces Y as theatre commander", a heading before a colon), or a name listed after
    a colon in apposition to another across the verb the other is the subject or object of ("HRW identified the
    officials responsible: Minister X, ..."). A path over them links nothing."""
    on = {t.i for t in path}
    for t in path:
        if sum(1 for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}) > 1:
            return True
        head = t.head
        appos = t.dep_ == "appos" and head.i in on and head.head.pos_ in {"VERB", "AUX"}
        listed = t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in {":", ";"}
        if appos and listed and min(head.i, t.i) < head.head.i < max(head.i, t.i):
            return True
    return False


def broken(path: list[Token], ends: tuple[Span, Span], others: Iterable[Span]) -> bool:
    """A path crossing into a reported or separate clause or a phrase of time, through another person, or
    through a word said not to hold, or governed by a denial, links nothing: a denial is never asserted."""
    if denied(path) or misparsed(path):
        return True
    for t in path:
        if any(inside(e, t) for e in ends):
            continue
        if (t.dep_ in _CLAUSE_BREAKS and t.head in path and not _went_on_to(t)) or (
            t.pos_ == "VERB" and t.lemma_ in _SAY
        ):
            return True
        if (
            t.dep_ == "prep"
            and t.lower_ in _TIME_PREPOSITIONS
            and t.head in path
            and not any(x.pos_ in {"VERB", "AUX"} for x in path if t in x.ancestors)
            and not (
                t.lower_ == "after" and t.head.lemma_.lower() in lexicon.NAMING_VERBS
            )  # "known as X after its commander"
        ):
            return True
        if negated(t):
            return True
        if any(inside(o, t) and not _listed_with(path, ends, o) for o in others):
            return True
    return False


def _listed_with(path: list[Token], ends: tuple[Span, Span], other: Span) -> bool:
    """`other` is listed with an end ("A, B and C served in X"), and the path goes through the list only to
    the verb or preposition it depends on: what is said of the list is said of each. Not where the other end
    is listed too ("A and B commanded X and Y respectively")."""
    if any(t.lower_ == "respectively" for t in path[0].sent):
        return False
    for end, far in (ends, ends[::-1]):
        if end.root.i not in {path[0].i, path[-1].i} or far.root.conjuncts:
            continue
        walk = path if path[0].i == end.root.i else path[::-1]
        h = 0
        while h + 1 < len(walk) and walk[h].dep_ == "conj" and walk[h].head.i == walk[h + 1].i:
            h += 1  # up the list to its first name
        if h == 0 or h + 1 >= len(walk) or not any(t.i == other.root.i for t in walk[1 : h + 1]):
            continue
        first, after = walk[h], walk[h + 1]
        return first.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"} and after.pos_ in {"VERB", "AUX", "ADP"}
    return False


def appositive(mention: Span, of: Span) -> bool:
    """A description that renames a mention beside it, or that it renames: "Min Aung Hlaing, the
    Commander-in-Chief", "the commander of the brigade, Colonel X", or across a copula: "The commander of the
    5th Brigade was Colonel X", "X was the commander"."""
    if mention.label_ != "ANAPHOR":
        return False
    root = mention.root
    if root.dep_ == "appos" and inside(of, root.head):
        return True
    if any(c.dep_ == "appos" and inside(of, c) for c in root.children):
        return True  # "The commander of the 3rd Brigade, Colonel X, was aware": the name renames the description
    verb = root.head
    if root.dep_ in {"nsubj", "attr"} and verb.lemma_ == "be":
        other = "attr" if root.dep_ == "nsubj" else "nsubj"
        return any(c.dep_ == other and inside(of, c) for c in verb.children)
    return False


# Words that set a coordinated name apart from what is said of the others: "A but not B", "nor B", "mais pas B".
_NOT = frozenset({"not", "nor", "pas", "ni"})


def set_apart(t: Token) -> bool:
    """Whether the coordinated word `t` comes after a negation ("convicted A but not B", "neither A nor B", "mais
    pas B"): what is said of the words before it is denied of it."""
    before = t.doc[max(t.left_edge.i - 2, 0) : t.left_edge.i]
    own = [x for x in t.subtree if x.i < t.i]  # "but not the guard B": "not" may hang on the words before B
    return (
        any(x.dep_ == "neg" or x.lower_ in _NOT for x in t.children)
        or any(x.lower_ in _NOT for x in before)
        or any(x.dep_ == "neg" or x.lower_ in _NOT for x in own)
    )


def _negated_conjunct(m: Span) -> bool:
    """A name coordinated after a negation ("commanded the 5th Brigade but not the 7th Brigade", "the 2nd
    Division, not the 6th")."""
    return m.root.dep_ in {"conj", "appos"} and set_apart(m.root)


class Sentence:
    def __init__(self, sent: Span, mentions: list[Span], doc_mentions: list[Span], text: str) -> None:
        self.sent = sent
        self.text = text  # the document's (spaCy builds `doc.text` anew from the tokens at each access)
        # The mentions that name something (no anaphors), in the order of the text.
        self.named = sorted((m for m in mentions if m.label_ != "ANAPHOR"), key=lambda m: m.start_char)
        self.mentions = mentions
        self.doc_mentions = doc_mentions
        self.out: list[dict[str, Any]] = []
        self.earlier: list[dict[str, Any]] = []  # what the sentences before it in the document said
        self.method = METHOD  # how the rules read: the dependency tree, or the words alone (nlp/spanish)

    def typed(self, *types: str) -> list[Span]:
        return [m for m in self.mentions if stands_for(m, types)]

    def emit(self, subject: Span, predicate: str, obj: Span, confidence: float, rule: str, since: int | None = None,
             **extra: Any) -> None:  # fmt: skip
        """A relation read here; its evidence is the sentence, from the character `since` when an earlier
        sentence says part of it. None of a name a negation sets apart ("commanded A but not B")."""
        if _negated_conjunct(subject) or _negated_conjunct(obj):
            return
        record: dict[str, Any] = {
            "subject": [subject.start_char, subject.end_char], "predicate": predicate,
            "object": [obj.start_char, obj.end_char], "confidence": confidence, "method": f"{self.method}:{rule}",
            "evidence": [min(self.sent.start_char, since if since is not None else self.sent.start_char),
                         self.sent.end_char], "valid_from": None, "valid_to": None,
            "attributes": {},
        }  # fmt: skip
        for key, value in extra.items():
            if key in {"valid_from", "valid_to"}:
                record[key] = value
            elif value not in (None, [], ""):
                record["attributes"][key] = value
        self.out.append(record)

    # -- dates -----------------------------------------------------------------------------------------------

    def listed_after(self, first: Span) -> list[Span]:
        """The mentions of `first`'s type listed right after it, which the parser may not join to it ("for the
        Bulla Karatasi massacre in 1980, the Wagalla massacre in 1984 and the Malka Mari massacre"): each after a
        comma or "and", with at most a short phrase of time or place between ("in 1980", "in Garissa")."""
        out = [first]
        for m in self.mentions:
            if m.start_char < out[-1].end_char or m.label_ in {"DATE", "Location"}:
                continue
            if m.label_ != first.label_ or not _LISTED_NEXT.fullmatch(self.text, out[-1].end_char, m.start_char):
                break
            out.append(m)
        return out[1:]

    def one_date(self) -> str | None:
        """The sentence's date, when it names one only outside the names of crimes ("El 10 de mayo de 2013 el
        tribunal condenó a X"): a verdict's date where the words between names are all that is read."""
        crimes = self.typed("Crime")
        free = [d for d in self.typed("DATE") if not any(c.start <= d.start and d.end <= c.end for c in crimes)]
        return free[0]._.acg["date"] if len(free) == 1 else None

    def dates(self, path: list[Token]) -> dict[str, Any]:
        """valid_from / valid_to / first_cited / last_cited for a relation whose words are `path`."""
        found: dict[str, Any] = {}
        on_path = {t.i for t in path}
        for d in self.typed("DATE"):
            value = d._.acg["date"]
            role = None
            clause = next((t for t in path if t.dep_ in {"relcl", "advcl"} and inside(d, t.head)), None)
            if clause is not None:  # "until D, when X assumed command": D is when the clause happened
                role = "from" if clause.lemma_.lower() in lexicon.START_WORDS else "cited"
            else:
                prep = d.root.head
                if prep.dep_ == "prep" or prep.pos_ == "ADP":
                    governor = prep.head
                    as_ = governor.head
                    if governor.dep_ == "pobj" and as_.lower_ == "as" and as_.head.lemma_.lower() in TAKE_THE_PLACE:
                        governor = as_.head  # "was succeeded by X as commander ... in May 1995"
                    subject_on_path = any(c.i in on_path for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"})
                    verb_of_post = governor.lemma_.lower() in lexicon.START_WORDS | lexicon.END_WORDS
                    if governor.i not in on_path and not (subject_on_path and verb_of_post):
                        continue
                    word = prep.lower_
                    if word in {"until", "till", "to"}:
                        role = "to"
                    elif word in {"since", "from"}:
                        role = "from"
                    elif word == "between":
                        role = "from"
                        for c in d.root.children:
                            if c.dep_ == "conj":
                                other = next((x for x in self.typed("DATE") if inside(x, c)), None)
                                if other is not None:
                                    found.setdefault("valid_to", other._.acg["date"])
                    elif governor.lemma_.lower() in TAKE_THE_PLACE:
                        # "X succeeded Y as commander in June 2010": the post the path gives its object (Y, the
                        # predecessor) ended then, its subject's began; "Y was succeeded by X": the passive's
                        # subject is the predecessor
                        left = any(c.dep_ in {"dobj", "nsubjpass"} and c.i in on_path for c in governor.children)
                        role = "to" if left else "from"
                    elif governor.lemma_.lower() in lexicon.START_WORDS:
                        role = "from"
                    elif governor.lemma_.lower() in lexicon.END_WORDS:
                        # "X handed over command of Z to Y in March 2014": X's ended then, Y's (the path through
                        # "to") began
                        to = any(c.dep_ == "prep" and c.lower_ == "to" and c.i in on_path for c in governor.children)
                        role = "from" if to else "to"
                    elif any(c.lower_ in {"command", "over", "office"} for c in governor.children):
                        role = "from"
                    else:
                        role = "cited"
                elif d.root.head.i in on_path and d.root.dep_ in {"npadvmod", "nmod", "compound"}:
                    role = "cited"
            if role == "from":
                found.setdefault("valid_from", value)
            elif role == "to":
                found.setdefault("valid_to", value)
            elif role == "cited":
                found.setdefault("first_cited", value)
                found["last_cited"] = value
        return found

    def previous(self, t: Token, label: str, skip: Callable[[Span], bool] | None = None) -> Span | None:
        """The last mention of `label` before `t` (but those `skip` says); for a person, also a name the
        tagger took for an organisation that has a person's shape ("he" after "Jean-Pierre Bemba Gombo"), or
        the surname of a person named before, whatever the tagger took it for ("Kosiah" after "Alieu Kosiah")."""
        if label != "Person":
            found = [
                m for m in self.doc_mentions if m.end <= t.i and m.label_ == label and (skip is None or not skip(m))
            ]
            return found[-1] if found else None
        floor = self._paragraph_floor(t)  # "him" stands for someone of its paragraph, or of the one before it
        every = self.persons_before(t, skip)  # when it opens its own
        near = [(p.start_char, p) for p in every if p.start_char >= floor]
        # "The Kouwenhoven case dates back to 2005. In 2006 the court sentenced him": the case's party
        for case in (m for m in self.doc_mentions if m.label_ == "Case" and floor <= m.start_char and m.end <= t.i):
            party = next((p for p in reversed(every) if len(p) and p[-1].text in case.text.split()), None)
            if party is not None:
                near.append((case.start_char, party))
        return max(near, key=lambda x: x[0])[1] if near else None

    def _paragraph_floor(self, t: Token) -> int:
        """Where the persons a pronoun at `t` may stand for begin: its paragraph, or the paragraph before when
        the pronoun's sentence opens its own (a numbered paragraph's number aside)."""
        start = self.text.rfind("\n\n", 0, t.idx) + 1
        if _PARAGRAPH_NUMBER.fullmatch(self.text[start : t.sent.start_char].strip()):
            start = self.text.rfind("\n\n", 0, max(0, start - 1)) + 1
        return max(0, start)

    def persons_before(self, t: Token, skip: Callable[[Span], bool] | None = None) -> list[Span]:
        """The persons named before `t`, in order (but those `skip` says): with a name the tagger took for an
        organisation that has a person's shape, or the surname of a person named before, whatever the tagger
        took it for."""
        named = [m for m in self.doc_mentions if m.end <= t.i]
        # the surnames of all persons named before, those skipped too ("the conviction of Alieu Kosiah"
        # makes "Kosiah" a person's name wherever the tagger reads it otherwise)
        surnames = {surname([t.text for t in m]) for m in named if m.label_ == "Person" and len(m) > 1}
        return [m for m in named if (skip is None or not skip(m)) and (m.label_ == "Person" or (
            m.label_ == "Organization" and m._.acg.get("kind") in {None, "other"} and person_shaped(m.text)) or (
            m.label_ in {"Organization", "Location"} and m._.acg.get("kind") in {None, "other"}
            and m.text in surnames and m.root.head.lower_ not in {"in", "at", "to"}))]  # fmt: skip


# What may come before a paragraph's first sentence: nothing, or its number ("7.", "(b)").
_PARAGRAPH_NUMBER = re.compile(r"(?:\d+(?:\.\d+)*\.?|\(?[a-z]\))?")

Rule = Callable[["Sentence"], None]


def relist(mentions: Sequence[Span]) -> None:
    """Mend a parse that reads two names joined by "and" as one's modifier ("convicted Issa Sesay and Morris
    Kallon of murder": "Sesay" a modifier of "Kallon", who alone is convicted): the first takes the second's
    place, the second becomes its conjunct, as when parsed right. Only for two mentions of one kind, a person
    or an organization, with nothing between them but the "and" (or "or") and the second's title."""
    for a, b in itertools.pairwise(mentions):
        first, second = a.root, b.root
        if a.label_ != b.label_ or a.label_ not in AGENTS or first.dep_ not in {"nmod", "compound"}:
            continue
        if first.head.i != second.i or second.head.i == second.i or a.end >= b.start:
            continue
        between = a.doc[a.end : b.start]
        if between[0].lower_ not in {"and", "or"} or between[0].head.i != first.i:
            continue
        if any(t.head.i != second.i and not b.start <= t.head.i < b.end for t in between[1:]):
            continue  # only its title between: "Benazir Ahmed and Lieutenant Colonel Miftah Uddin Ahmed"
        first.head, first.dep_ = second.head, second.dep_  # never a root: the sentence stays as it was read
        second.head, second.dep_ = first, "conj"
        for m, root in ((a, first), (b, second)):
            for t in m:
                if t.i != root.i and not m.start <= t.head.i < m.end:  # "Mahamat" hung on the other name
                    t.head, t.dep_ = root, "compound"


def read_sentences(
    doc: Doc, mentions: list[Span], rules: Sequence[Rule], worth: Callable[[list[Span], Span], bool],
    method: str = METHOD,
) -> None:  # fmt: skip
    """Run the relation rules over each sentence its mentions make `worth` it (`worth(mentions, sentence)`), and put
    what they emit in `doc._.acg_relations` (the pipelines of every language end so)."""
    relations: list[dict[str, Any]] = []
    text = doc.text  # spaCy builds it anew from the tokens at each access: once per document
    relist(mentions)
    for sent in doc.sents:
        within = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
        if not worth(within, sent):
            continue
        s = Sentence(sent, within, mentions, text)
        s.earlier = relations
        s.method = method
        for rule in rules:
            rule(s)
        relations.extend(s.out)
    doc._.acg_relations = relations


# Bodies that give no verdict: fact-finding missions, truth commissions, UN mechanisms.
NO_VERDICTS = frozenset({"fact_finding", "truth_commission", "un_mechanism"})


def court_before(
    s: Sentence, at: int, prosecutor: Callable[[Span], bool], noun: str | None = None
) -> tuple[Span | None, float]:
    """For a verdict whose court is not named in its clause ("el tribunal", "das Gericht", a passive): the
    court named last before character `at` (of those whose name has the `noun` it is called by, if any: "die
    Strafkammer" is the "Strafkammer des Bundesstrafgerichts", not the "Berufungskammer" named since), likely
    (0.6) in the same paragraph, possible (0.5) in an earlier one (it may have judged another case). No
    prosecution, fact-finding body or truth commission."""
    start = s.text.rfind("\n\n", 0, at) + 1
    before = [
        m for m in s.doc_mentions
        if m.label_ == "Mechanism" and m.end_char <= at and judges(m, prosecutor) and not judges_states(m)
    ]  # fmt: skip
    if noun is not None:
        before = [m for m in before if noun.lower() in m.text.lower()] or before
    # an acronym in brackets right after a court's name stands for it, or for the court its name holds ("la Sala
    # de ... de la Jurisdicción Especial para la Paz (JEP)"): the name the text gave first is the one that acted
    before = [m for i, m in enumerate(before) if not (i and s.text[before[i - 1].end_char : m.start_char] == " (")]
    if not before:
        return None, 0.0
    return before[-1], 0.6 if before[-1].start_char >= start else 0.5


# A verdict said to be given in a country ("fue condenado en 2010 en Estados Unidos", "in den USA verurteilt",
# "condamné aux États-Unis"): the preposition before the country's name
_IN_A_COUNTRY = re.compile(r"\b(?:en|in|aux|au)\s+(?:(?:los|las|el|la|den|der|dem|les|le)\s+)?$", re.I)
_WHY = re.compile(r"\b(?:por|wegen|pour|for)\b", re.I)


def abroad(s: Sentence, start: int, end: int) -> bool:
    """Whether the words from character `start` to `end` of a verdict's clause say it was given in a country
    ("fue condenado en 2010 en Estados Unidos a diez años"): by a court of that country, which the court named
    before may not be. Not where the words turn to what it was for ("por la masacre cometida en ...", "wegen
    der Morde in ...", "pour les crimes commis au ...")."""
    why = _WHY.search(s.text, start, end)
    end = why.start() if why is not None else end
    return any(
        m.label_ == "Location" and start <= m.start_char < end and _country(m.text)
        and _IN_A_COUNTRY.search(s.text, max(start, m.start_char - 12), m.start_char) is not None
        for m in s.named
    )  # fmt: skip


def _country(name: str) -> bool:
    return name in countries() or any(name in countries_in(language) for language in ("es", "fr", "de"))


def judges_states(m: Span) -> bool:
    """Whether the mechanism is a court of human rights, which judges states and never a person."""
    return any(cue in m.text for cue in lexicon.STATE_COURT_CUES)


def judges(m: Span, prosecutor: Callable[[Span], bool]) -> bool:
    """Whether the mechanism `m` gives verdicts: no prosecution, fact-finding body or truth commission."""
    return m.label_ == "Mechanism" and (m._.acg or {}).get("kind") not in NO_VERDICTS and not prosecutor(m)


def named_parts(s: Sentence, crime: Span) -> tuple[list[Span], list[Span]]:
    """The places and crime types a crime's own name holds ("la masacre de Accomarca", "die Folter von
    Gefangenen in Damaskus"), as the recognisers of words marked them: for the Spanish and German readers."""
    starts = {start for start, _ in (crime._.acg or {}).get("places", [])}
    places = [m for m in s.mentions if m.label_ == "Location" and m.start in starts]
    kinds = [k for k in s.typed("CrimeType") if crime.start <= k.start and k.end <= crime.end]
    return places, kinds


class SentenceRules:
    """A pipeline component that runs relation `rules` over each sentence whose mentions are `worth` it (the
    Spanish and German readers)."""

    def __init__(self, name: str, rules: Sequence[Rule], worth: Callable[[list[Span]], bool], method: str) -> None:
        self.name = name
        self.rules = rules
        self.worth = worth
        self.method = method

    def __call__(self, doc: Doc) -> Doc:
        read_sentences(
            doc, list(doc.spans[SPANS]), self.rules, lambda within, _: self.worth(within), method=self.method
        )
        return doc
