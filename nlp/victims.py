"""Victims and witnesses: who suffered a crime (`victim_of`) and who testified (`witness_in`). Both are
protected by default (DESIGN.md, "Protection is about names"), so the person's mentions are marked
`sensitivity: protected` as soon as the sentence says it, whether or not the crime or the case is named.

Constructions read (each has examples of its own in tests/test_extract.py):

- a harm done to a named person, as a verb: "X was killed / tortured / abducted / disappeared by the Y
  Battalion", "soldiers of the Y Battalion shot X", "X, who was abducted in 1981"; as a noun: "the murder
  of X", "X's assassination". The crime is the one the sentence names when the harm is said to be part
  of it ("X was killed in the Dos Erres massacre", "X, one of the victims of the Baga massacre"); else a
  crime is made from the words ("abduction of X", with the perpetrator the verb's agent or subject);
- detention ("X was detained / held / imprisoned") is a harm only when a force did it (its agent or
  subject is an organisation or its members) or the place is one of its units: an accused held in
  custody is no victim;
- being a victim or survivor: "X, a victim of the Y massacre", "X survived the Y massacre";
- testifying: "X testified / gave evidence / appeared as a witness / was a civil party", in the case the
  sentence names, else the case the document last named; the accused of the document is never made a
  witness (that is done where the document's entities are assembled).

Negated or denied harms ("was not tortured", "no evidence that X was detained") are never read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from nlp.names import surname
from nlp.sentence import Sentence, attempted, denied, dep_path, held_to_account, inside, negated

# The verb of a harm and the noun that names it as a crime.
HARM_VERBS = {
    "kill": "killing", "murder": "murder", "assassinate": "assassination", "execute": "execution",
    "torture": "torture", "abduct": "abduction", "kidnap": "kidnapping", "disappear": "enforced disappearance",
    "rape": "rape", "shoot": "shooting", "massacre": "killing", "behead": "killing", "burn": "burning",
    "beat": "beating",
}  # fmt: skip
DETENTION_VERBS = {"detain": "detention", "hold": "detention", "imprison": "imprisonment", "arrest": "arrest",
                   "jail": "imprisonment", "incarcerate": "imprisonment"}  # fmt: skip
HARM_NOUNS = frozenset(
    "murder killing assassination execution torture abduction kidnapping disappearance rape shooting death".split()
)
_FORCES = frozenset(
    "soldier soldiers troop troops member members officer officers agent agents personnel "
    "fighter fighters militiamen militiaman policeman policemen police guard guards".split()
)
_DETENTION_NOUNS = frozenset("detention imprisonment arrest".split())
# Words of the bodies that arrest or hold suspects for a court: whom they hold is no victim of theirs.
_JUSTICE_WORDS = ("Investigation", "Prosecut", "Interpol", "Justice", "Court", "Marshal", "Immigration", "Tribunal")
_VICTIM_NOUNS = frozenset("victim victims survivor survivors".split())
_WITNESS_VERBS = frozenset(["testify", "depose"])


def _shared(t: Token) -> Token | None:
    """The verb whose subject a coordinated verb shares ("X was detained and tortured": "tortured" is
    passive, and its victim is X), when it has none of its own."""
    if (
        t.dep_ == "conj"
        and t.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
    ):
        return t.head
    return None


def _passive(t: Token) -> bool:
    shared = _shared(t)
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in [*t.children, *(shared.children if shared else [])])


def _agent(t: Token, mentions: list[Span]) -> Span | None:
    """Who did it: the agent of a passive verb ("by soldiers of the 5th Brigade") or the subject of an
    active one, as a person or an organisation; members of a force stand for the force."""
    passive = _passive(t)
    for c in t.children:
        if passive and c.dep_ == "agent":
            target = next((x for x in c.children if x.dep_ == "pobj"), None)
        elif not passive and c.dep_ == "nsubj":
            target = c
        else:
            continue
        if target is None:
            continue
        for x in target.subtree:
            hit = next((m for m in mentions if inside(m, x) and m.label_ in {"Person", "Organization"}), None)
            if hit is not None and (x is target or target.lemma_.lower() in _FORCES or x.head is target):
                return hit
    return None


def harms(doc: Doc, mentions: list[Span]) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Crimes made from a harm done to a named person: (start, end, attributes) of a Crime mention whose
    attributes give its `name`, its `victims` and who did it (`by`), as token offsets."""
    named = [m for m in mentions if m.label_ == "Person"]
    surnames = {surname([t.text for t in m]) for m in named if len(m) > 1}
    # a surname alone that the tagger took for an organisation is the person named before it
    persons = named + [m for m in mentions if m.label_ == "Organization" and len(m) == 1 and m.text in surnames]
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in HARM_VERBS or lemma in DETENTION_VERBS):
            if negated(t) or denied([t]) or held_to_account(t) or attempted(t):
                continue  # "held X responsible": no detention; "tried to kill X": no killing
            passive = _passive(t)
            # the subject, also where the parser hung it on the auxiliary ("X was himself abducted"), or on
            # the verb this one is coordinated with ("X was detained and tortured")
            shared = _shared(t)
            own = [*t.children, *(shared.children if shared else [])]
            subjects = [*own, *(x for c in own if c.dep_ == "auxpass" for x in c.children)]
            target_dep = {"nsubjpass", "nsubj"} if passive else {"dobj"}
            # each of those coordinated ("tortured A, B and C"), the parser's apposition of a list too
            victims = [p for p in persons for c in subjects if c.dep_ in target_dep
                       for x in _coordinated(c, t) if inside(p, x)]  # fmt: skip
            if passive and not victims and t.dep_ == "relcl" and not _own_subject(t):  # "X, who was abducted"
                victims = [p for p in persons if inside(p, t.head)]
            if passive and not victims and t.dep_ == "acl":  # "X, abducted by soldiers"
                victims = [p for p in persons if inside(p, t.head)]
            if not victims or _in_named_crime(t, mentions):
                continue  # "killed in the Baga massacre": a victim of that crime (victims()), no other
            agent = _agent(t, mentions)
            if lemma in DETENTION_VERBS:
                place = _unit_place(t, mentions)
                if (agent is None or agent.label_ != "Organization") and place is None:
                    continue  # an accused held in custody is no victim
                if agent is not None and any(w in agent.text for w in _JUSTICE_WORDS):
                    continue  # "arrested by the National Bureau of Investigation": a suspect, no victim
                agent = agent or place
            noun = HARM_VERBS.get(lemma) or DETENTION_VERBS[lemma]
            if lemma == "shoot" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "dead":
                noun = "killing"  # "shot dead X": a killing (a shooting may leave its victim alive)
            places = _places(t, mentions)
            victims = list(dict.fromkeys(victims))
            written = [v.text for v in victims]  # one crime done to all: "Soldiers tortured A, B and C"
            attrs: dict[str, Any] = {"name": f"{noun} of {_listed(written)}",
                                     "victims": [(v.start, v.end) for v in victims]}  # fmt: skip
            if agent is not None and agent.label_ in {"Person", "Organization"}:
                attrs["by"] = [(agent.start, agent.end)]
            if places:
                attrs["places"] = places  # "X was killed in Kigali": where the crime occurred
            yield t.i, t.i + 1, attrs
        elif t.pos_ == "NOUN" and (lemma in HARM_NOUNS or (lemma in _DETENTION_NOUNS and any(
                c.dep_ == "conj" and c.lemma_.lower() in HARM_NOUNS for c in t.children))):  # fmt: skip
            # "the murder of X", "X's assassination", "the disappearance of A and B", "the kidnapping, torture
            # and murder of A, B and C": one crime, all its victims
            if t.dep_ == "conj" and _harm_noun(t.head):
                continue  # read from the first of the coordinated harms
            harms_said = list(_conjuncts(t))
            of = [
                x for h in harms_said for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
            ]
            owners = [c for c in t.children if c.dep_ == "poss"]
            heads = {x.i for o in of for x in _coordinated(o)} | {o.i for o in owners}
            found = [p for p in persons if p.root.i in heads]
            if lemma == "death" and not any(c.lemma_.lower() in {"torture", "custody"} for c in t.subtree):
                continue  # a death is a crime only when the sentence says how
            if not found:
                continue
            # where: the noun's own "in/at", or the victim's, where the parser hangs it ("the murder of X in Y")
            where = sorted({*_places(t, mentions), *(p for v in found for p in _places(v.root, mentions))})
            placed = {"places": where} if where else {}
            if owners:  # "X's assassination": named with the victim after
                for v in found:
                    yield t.i, t.i + 1, {"name": f"{t.text} of {v.text}", "victims": [(v.start, v.end)], **placed}
                continue
            # its modifier whole: "the car-bomb murder of X"
            start = min([t.i, *(c.left_edge.i for c in t.lefts if c.dep_ in {"amod", "compound"} and c.i == t.i - 1)])
            end = max(v.end for v in found)
            # named as written ("the killing of Prime Minister Agathe Uwilingiyimana", "the disappearance of
            # Mazzen and Patrick Dabbagh")
            yield start, end, {"name": doc[start:end].text, "victims": [(v.start, v.end) for v in found], **placed}


def _own_subject(verb: Token) -> bool:
    """A relative clause with a subject of its own, not its relative pronoun: "X, whose husband was killed" (the
    husband was; X was not)."""
    return any(c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ not in {"who", "that", "which"} for c in verb.children)


def _listed(names: list[str]) -> str:
    """Names as a text lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _harm_noun(t: Token) -> bool:
    return t.pos_ == "NOUN" and (t.lemma_.lower() in HARM_NOUNS or t.lemma_.lower() in _DETENTION_NOUNS)


def _conjuncts(t: Token) -> Iterator[Token]:
    """Coordinated harms, one of which holds their "of" ("the kidnapping, torture and murder of X")."""
    yield t
    for c in t.children:
        if c.dep_ == "conj" and _harm_noun(c):
            yield from _conjuncts(c)


def _coordinated(t: Token, verb: Token | None = None) -> Iterator[Token]:
    """A noun and those coordinated with it or renaming it: "Orlando Letelier, a former ambassador, and his
    colleague Ronni Moffitt". Given the verb the noun is the subject or object of, only those on the same side
    of it and never past a colon or a semicolon: "A, B and C were abducted", but not "X was abducted by a
    group of members: A, B and C" (whom the parser may set in apposition to X)."""
    yield t
    for c in t.children:
        if c.dep_ not in {"conj", "appos"}:
            continue
        between = t.doc[min(t.i, c.i) : max(t.i, c.i)]
        if verb is None or ((c.i < verb.i) == (t.i < verb.i) and not any(w.text in {":", ";"} for w in between)):
            yield from _coordinated(c, verb)


def _places(t: Token, mentions: list[Span]) -> list[tuple[int, int]]:
    """The places a verb's own phrases "in"/"at" name, as (start, end) token offsets of Location mentions."""
    return [
        (m.start, m.end)
        for p in t.children if p.dep_ == "prep" and p.lower_ in {"in", "at"}
        for x in p.children if x.dep_ == "pobj"
        for m in mentions if m.label_ == "Location" and inside(m, x)
    ]  # fmt: skip


def _in_named_crime(t: Token, mentions: list[Span]) -> bool:
    return any(m.label_ == "Crime" and inside(m, x) for p in t.children if p.dep_ == "prep"
               for x in p.subtree for m in mentions)  # fmt: skip


def _unit_place(t: Token, mentions: list[Span]) -> Span | None:
    """A unit where the person was held: "held in Branch 251", "detained at the 5th Brigade's barracks"."""
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ in {"in", "at", "by"}:
            for x in p.subtree:
                hit = next((m for m in mentions if inside(m, x) and m.label_ == "Organization"), None)
                if hit is not None:
                    return hit
    return None


def _protect(m: Span) -> None:
    m._.acg["sensitivity"] = "protected"


_SUFFER_VERBS = frozenset({"survive", "die", "perish"})


def _sufferer(cue: Token, person: Span) -> bool:
    """Whether the word of suffering is said of the person: its subject ("X survived", "X, who survived"), or
    the person it describes ("X, a survivor of", "X was a victim of"), never another person of the sentence
    ("X, who survived the executions, testified against Z": Z suffered nothing)."""

    def described(t: Token) -> bool:  # the person, or a noun in apposition to them ("X, a Bosnian Muslim who")
        return inside(person, t) or (t.dep_ == "appos" and inside(person, t.head))

    if cue.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(inside(person, x) for c in subjects for x in _coordinated(c)):
            return True  # "A and B survived": each
        return cue.dep_ in {"relcl", "acl"} and described(cue.head)
    if described(cue.head) and cue.dep_ in {"appos", "attr"}:
        return True  # "X, a victim of", "X was a victim of": attr of a copula whose subject is X
    copula = cue.head if cue.dep_ == "attr" else None
    if copula is not None and any(c.dep_ == "nsubj" and inside(person, c) for c in copula.children):
        return True
    return inside(person, cue.head) or (person.root.dep_ == "appos" and person.root.head.i == cue.i)


_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def victims(s: Sentence) -> None:
    """victim_of from crimes made of harms, and from a person linked to a named crime by the words of
    suffering ("killed in", "a victim of", "survived")."""
    for crime in s.typed("Crime"):
        for start, end in crime._.acg.get("victims", []):
            person = next((m for m in s.mentions if m.start == start and m.end == end), None)
            if person is not None:
                _protect(person)
                s.emit(person, "victim_of", crime, 0.7, "harm")
        if crime._.acg.get("victims"):
            continue
        for person in s.typed("Person"):
            if person.label_ != "Person":
                continue
            path = dep_path(person.root, crime.root)
            if path is None or len(path) > 7 or denied(path) or any(negated(t) for t in path):
                continue
            cues = [t for t in path if not inside(person, t) and not inside(crime, t)
                    and t.lemma_.lower() in _VICTIM_NOUNS | _SUFFER_VERBS]  # fmt: skip
            subject_of_harm = person.root.dep_ == "nsubjpass" and person.root.head.lemma_.lower() in (
                HARM_VERBS.keys() | {"wound", "injure"}
            )
            # "X, a survivor of the prison who gathered testimony about the killings": a clause of its own between
            # the words of suffering and the crime says something else of it
            told = cues and any(t.dep_ in _CLAUSES and t.pos_ in {"VERB", "AUX"} and not inside(crime, t)
                                for t in path[path.index(cues[0]) + 1 :])  # fmt: skip
            if subject_of_harm or (cues and not told and _sufferer(cues[0], person)):
                _protect(person)
                s.emit(person, "victim_of", crime, 0.7, "victim-of-crime")


def _witness_noun(t: Token) -> bool:
    """ "a witness", "a civil party" (never "the President of the Party of Rights")."""
    if t.lemma_.lower() == "witness":
        return True
    return t.lemma_.lower() == "party" and any(c.lower_ == "civil" for c in t.children)


def witnesses(s: Sentence) -> None:
    """witness_in: a person who testified, gave evidence, appeared as a witness or was a civil party."""
    for person in s.typed("Person"):
        if person.label_ != "Person":
            continue
        root = subject = person.root
        while subject.dep_ in {"conj", "appos"} and subject.head is not subject:
            subject = subject.head  # "A, who was arrested in 1999, and B testified": B too, whatever A was tagged
        verb = subject.head if subject.dep_ in {"nsubj", "nsubjpass"} else None
        said = verb is not None and not negated(verb) and not denied([verb]) and (
            verb.lemma_.lower() in _WITNESS_VERBS
            or (verb.lemma_.lower() == "give" and any(c.lemma_.lower() in {"evidence", "testimony"}
                                                     for c in verb.children))
            or (verb.lemma_.lower() in {"appear", "be", "serve"} and any(
                _witness_noun(x) for c in verb.children if c.dep_ in {"prep", "attr"} for x in c.subtree))
        )  # fmt: skip
        appos = any(c.dep_ == "appos" and c.lemma_.lower() == "witness" for c in root.children)
        if not (said or appos):
            continue
        _protect(person)
        anchor = verb if verb is not None else root
        case = next(iter(s.typed("Case")), None) or s.previous(anchor, "Case")
        if case is not None:
            s.emit(person, "witness_in", case, 0.7, "witness")
        else:
            person._.acg["_witness"] = True  # the document's case, if it has one (nlp.cases)
