"""Where a unit was: `based_at` (its base, headquarters or garrison) and `operated_in` (a place that lay in its
area of operations: one it operated, was deployed or active in, patrolled, held or took).

- based_at: a participle of basing said of the unit ("the 12th Battalion, based in Kaduna", "which is
  garrisoned at X", "the brigade was stationed at Y"); its headquarters or base ("X's headquarters in Y",
  "the headquarters of X at Y", "Y, the base of X").
- operated_in: a verb of operating ("operated in", "was deployed to", "was active in", "fought in", "was sent,
  transferred or redeployed to") or of holding and
  taking a place ("captured", "held", "besieged", "took control of"), the unit its subject, the agent of
  its passive or the force its members belong to ("soldiers of the 81st Division were deployed to Y").

Only a place the tagger named is read, with the places named within it ("captured A and B in Unity State");
never the place a unit was driven from ("retook X from the Y": the Y is no subject), nor a verb denied or
negated ("never controlled", "failed to capture"). A person based somewhere has no base of the graph.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.sentence import Sentence, denied, force_of, inside, negated

# Participles of a base: "based", "headquartered", "stationed", "garrisoned", "quartered", "barracked".
_BASED = frozenset("base headquarter station garrison quarter barrack".split())
_BASE_NOUNS = frozenset("headquarters base garrison barracks".split())
_AT = frozenset({"in", "at"})
# Words that make a base another's, a part's: "the X's subordinate headquarters", "the X's brigade headquarters".
_ANOTHERS = frozenset({"subordinate", "regional", "divisional", "sector", "zonal", "tactical"}) | {
    w.lower() for w in lexicon.UNIT_HEADS
}
# Verbs of operating somewhere, with the prepositions that name the place.
_OPERATING = {"operate": {"in", "throughout", "across"}, "deploy": {"in", "to", "into", "throughout"},
              "active": {"in", "throughout", "across"}, "patrol": {"in"}, "fight": {"in"},
              "send": {"to", "into"}, "redeploy": {"to", "in", "into"}, "transfer": {"to"}}  # fmt: skip
# Verbs of holding or taking a place: the place is their object.
_TAKING = frozenset("control hold occupy seize capture take retake recapture overrun besiege encircle patrol".split())
_CONTROL = frozenset({"control"})  # "took / seized / gained control of Y"
_MEMBERS = frozenset(
    "soldier troop force member officer personnel element unit fighter militiaman policeman rebel militant combatant "
    "guerrilla coalition alliance".split()
)
_RELATIVE = frozenset({"which", "that", "who"})
# "the town of Y", "the sub-prefecture of Y", "Y municipality": the place its complement or compound names.
_PLACE_NOUNS = lexicon.PLACE_NOUNS | {"area", "areas", "territory", "sub-prefecture", "zone"}


def _unit(s: Sentence, t: Token) -> Span | None:
    """The unit a word names: the unit itself, the unit its members belong to ("soldiers of the X", "X
    forces", "the X's troops"), or the unit a relative pronoun stands for ("the X, which held Y")."""
    if t.lower_ in _RELATIVE and t.head.dep_ == "relcl":
        t = t.head.head
    found = next((m for m in s.typed("Organization") if m.label_ == "Organization" and inside(m, t)), None)
    if found is None and t.lemma_.lower() in _MEMBERS:
        found = force_of(s, t, {"Organization"})
    return found


def _subject(s: Sentence, verb: Token) -> Span | None:
    """Who did it: the subject, the agent of a passive, what a participle qualifies, the subject of the verb
    a joined verb follows."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return _unit(s, c)
        if c.dep_ == "agent":
            by = next((x for x in c.children if x.dep_ == "pobj"), None)
            return _unit(s, by) if by is not None else None
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "the armed groups holding eastern Aleppo"
        return _unit(s, verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(s, verb.head)
    return None


def _places(s: Sentence, t: Token) -> list[Span]:
    """The places a word names, those joined to it ("A and B") and those named within them ("in C")."""
    out: list[Span] = []
    if t.lower_ in _PLACE_NOUNS and not any(m.root == t for m in s.typed("Location")):  # not "Unity State"
        named = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        t = next(iter(_after(t, {"of"})), named[-1] if named else t)
    for x in [t, *(c for c in t.conjuncts)]:
        place = next((m for m in s.typed("Location") if m.label_ == "Location" and m.root == x), None)
        if place is None:
            continue
        out.append(place)
        for p in x.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                out.extend(m for o in p.children if o.dep_ == "pobj" for m in _places(s, o))
    return out


def _after(t: Token, words: frozenset[str] | set[str]) -> list[Token]:
    return [o for p in t.children if p.dep_ == "prep" and p.lower_ in words for o in p.children if o.dep_ == "pobj"]


def _kept(t: Token) -> bool:
    return not negated(t) and not denied([t])


def _based(s: Sentence, t: Token) -> None:
    """ "the X, based in Y", "the X was stationed at Y", "which is garrisoned at Y"."""
    if t.dep_ == "acl":
        unit = _unit(s, t.head)
    else:
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        unit = _unit(s, passive) if passive is not None else None
    if unit is None or not _kept(t):
        return
    for o in _after(t, _AT):
        for place in _places(s, o):
            s.emit(unit, "based_at", place, 0.7, "based-in", **s.dates([t, o]))


def _base_noun(s: Sentence, t: Token) -> None:
    """ "X's headquarters in Y", "the headquarters of X at Y", "Y, the base of X"."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _ANOTHERS for c in t.children):
        return  # "the X's subordinate headquarters in Y" is a part's
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(iter(_after(t, {"of"})), None)
    if owner is not None and owner.lower_ in {"its", "their"} and t.dep_ == "dobj":
        unit = _subject(s, t.head)  # "the X, which had its headquarters in Y", "the X moved its base to Y"
    else:
        unit = _unit(s, owner) if owner is not None else None
    if unit is None:
        return
    places = [p for o in _after(t, _AT) for p in _places(s, o)]
    if t.dep_ == "dobj":  # "moved its headquarters to Y"
        places += [p for o in _after(t.head, {*_AT, "to"}) for p in _places(s, o)]
    if t.dep_ == "appos":  # "Y, the base of X"
        places += _places(s, t.head)
    for place in places:
        s.emit(unit, "based_at", place, 0.7, "base-of", **s.dates([t]))


def _operated(s: Sentence, t: Token) -> None:
    """ "the X operated in Y", "soldiers of the X were deployed to Y", "the X captured Y", "Y was held by the
    X", "the X took control of Y"."""
    lemma = t.lemma_.lower()
    places: list[Span] = []
    words = [t, t.head] if lemma == "active" and t.dep_ == "acomp" else [t]  # "were active in Y"
    if lemma in _OPERATING:
        places += [p for w in words for o in _after(w, _OPERATING[lemma]) for p in _places(s, o)]
    if lemma in _TAKING and t.pos_ == "VERB":
        for c in t.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in _CONTROL:
                places += [p for o in _after(c, {"of", "over"}) for p in _places(s, o)]
            elif c.dep_ in {"dobj", "nsubjpass"}:
                places += _places(s, c)
    if not places or not _kept(t):
        return
    if lemma == "active":  # "the X was active in Y": the subject of the copula
        unit = _subject(s, t.head) if t.dep_ == "acomp" else None
    else:
        unit = _subject(s, t)
        if unit is None and t.tag_ == "VBN":
            passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            unit = _unit(s, passive) if passive is not None and lemma in _OPERATING else None
    if unit is None:
        return
    for place in places:
        if not (place.start <= unit.start < place.end or unit.start <= place.start < unit.end):
            s.emit(unit, "operated_in", place, 0.6, "operated-in", **s.dates(words))


def areas(s: Sentence) -> None:
    if not s.typed("Location") or not s.typed("Organization"):
        return
    for t in s.sent:
        lemma = t.lemma_.lower()
        if lemma in _BASED and t.tag_ == "VBN":
            _based(s, t)
        elif t.lower_ in _BASE_NOUNS and t.pos_ == "NOUN":
            _base_noun(s, t)
        elif lemma in _OPERATING or lemma in _TAKING:
            _operated(s, t)
