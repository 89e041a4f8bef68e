"""Verdicts, charges and warrants (issue 22): read from their verb or noun ("convicted", "found guilty",
"upheld the conviction", "issued a warrant"), with the court, the crime types, the mode of liability, the
sentence and the date of the same sentence; whom they are about (the verb's object, a list, a semicolon
series, a pronoun of an earlier sentence, possibly); what a conviction says of the crime it names (its type,
and who possibly did it as the mode of liability says); the case a verdict was given in and its court.
nlp.relations runs these beside its other readers; nlp.document says what an appeal did to an earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.mistagged import gapped_parties
from nlp.names import person_shaped
from nlp.places import country
from nlp.sentence import AGENTS, CLAUSES, NO_VERDICTS, Sentence, denied, inside, judges_states, negated, set_apart
from nlp.victims import HARM_NOUNS
from ontology.names import name_key

_RESENTENCING = frozenset({"reduce", "raise", "increase", "commute", "lengthen"})
# What an appeal does that leaves no conviction to say what its party did.
_UNDOING = frozenset({"reversed", "reversed_in_part", "annulled"})
VERDICTS = {
    "convict": ("convicted_by", "convicted"), "sentence": ("convicted_by", "convicted"),
    "acquit": ("acquitted_by", "acquitted"), "indict": ("charged_by", None), "charge": ("charged_by", None),
    "warrant": ("charged_by", None), "accuse": ("charged_by", None), "uphold": ("convicted_by", "upheld"),
    "indictment": ("charged_by", None),
    "confirm": ("convicted_by", "upheld"),
    "affirm": ("convicted_by", "upheld"),
    "reverse": ("convicted_by", "reversed"), "overturn": ("convicted_by", "reversed"),
    "annul": ("convicted_by", "annulled"), "quash": ("convicted_by", "annulled"), "want": ("charged_by", None),
    "vacate": ("convicted_by", "annulled"), "impose": ("convicted_by", "convicted"),
    "dismiss": ("convicted_by", "upheld"), "reject": ("convicted_by", "upheld"),
    # a sentence an appeal changed: the conviction stands ("raised X's sentence", "reduced the sentence of X")
    **dict.fromkeys(_RESENTENCING, ("convicted_by", "upheld")),
}  # fmt: skip
# What an appeal that is dismissed was against, when the conviction stands: "dismissed X's appeal against his
# conviction"; an appeal against anything else ("against the decision on jurisdiction") upholds no verdict.
_CONVICTIONS = frozenset("conviction convictions judgment judgement sentence sentences verdict".split())
# Prepositions of a verdict's verb that give its grounds, never its party ("convicted him for torture at X").
_GROUNDS = frozenset("for of at in on over with to during".split())
# Kinds of organisation no court tries: a unit, an armed group, a state's institution or its government.
_NO_DEFENDANTS = frozenset({"unit", "armed_group", "state_institution", "government"})
_MEMBERS_OF = frozenset("member soldier officer agent fighter militiaman policeman guard official employee".split())
# Words before a name that seat its bearer on the bench, or at the bar.
_BENCH = frozenset("judge judges justice justices magistrate".split())
_BAR = frozenset("lawyer lawyers counsel attorney attorneys prosecutor prosecutors advocate".split())


def on_the_bench(m: Span) -> bool:
    """A person named as a judge: "Judge Carlos Rozanski", "presided over by X", or listed after "Judges" ("Judges
    Almiro Rodrigues, presiding, Fouad Riad and Patricia Wald")."""
    doc, root = m.doc, m.root
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    return before in _BENCH or (root.head.lower_ == "by" and root.head.head.lemma_ == "preside") or _listed_judge(m)


# The words between "Judges" and a judge listed after it: "Judges A, presiding, B and C".
_IN_A_LIST_OF_JUDGES = frozenset({",", "and", "presiding"})


def _listed_judge(m: Span) -> bool:
    """A name listed after "Judges" or "Justices" in its sentence, with only names and list words between."""
    doc = m.doc
    for k in range(m.start - 1, max(m.sent.start, m.start - 40) - 1, -1):
        w = doc[k]
        if w.lower_ in {"judges", "justices"}:
            return True
        if not (w.pos_ == "PROPN" or w.lower_ in _IN_A_LIST_OF_JUDGES or (w.is_punct and w.text in {",", "."})):
            return False
    return False


def _protected(m: Span) -> bool:
    """A victim or a witness (nlp/victims.py), as the sentences before named them."""
    return (m._.acg or {}).get("sensitivity") == "protected"


def _judge_or_protected(m: Span) -> bool:
    return on_the_bench(m) or _protected(m)


def _no_defendant(m: Span) -> bool:
    """A person a verdict's pronoun does not stand for: a judge, a lawyer ("his lawyer Inez Weski"), a victim or a
    witness the sentences before named ("X gave evidence as a civil party"), or one named only inside another's
    phrase ("under former president Charles Taylor", "Taylor's troops", "granted by Taylor"): not what the text
    is about there."""
    root = m.root
    before = m.doc[m.start - 1].lower_ if m.start > 0 else ""
    if _harmed(root) or _protected(m):
        return True  # "the killing of A, her husband B and their daughter C": B suffered the crime; a witness
    inner = root.dep_ == "pobj" or (root.dep_ == "appos" and root.head.dep_ in {"pobj", "poss"})
    inner = inner or (root.dep_ == "poss" and root.head.lemma_.lower() not in _OUTCOMES)  # "Gbao's conviction": his
    return on_the_bench(m) or before in _BAR or root.head.lower_ in _BAR or inner  # "by his minister, X"


def _harmed(t: Token) -> bool:
    """Whether the name at `t` is, alone or in a list, whom a harm was done to: "the killing of X", "the
    murder of A, her husband B and C"."""
    while t.dep_ in {"conj", "appos", "compound"} and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    noun = t.head.head
    return noun.lemma_.lower() in HARM_NOUNS or noun.lemma_.lower() in lexicon.CRIME_EVENT_NOUNS


# Words that make an appeal's reversal a partial one.
_PART = re.compile(r"\b(?:a number of|some of|some|several|certain|part of|one of|two of|three of|parts of)\b")

_PRONOUNS = frozenset(["he", "him", "she", "her", "his"])
# Nouns of an outcome or a step of a trial, whose possessor is its party ("his conviction", "X's arrest").
_OUTCOMES = frozenset(
    "conviction convictions acquittal acquittals sentence sentences judgment judgement verdict indictment arrest "
    "warrant trial retrial release extradition surrender transfer appeal charge charges guilt case prosecution".split()
)


# -- courts ----------------------------------------------------------------------------------------------------


def _pair_before(s: Sentence, pronoun: Token) -> list[Span]:
    """Whom "them" stands for: the persons coordinated in the sentence before ("Fofana and Kondewa were tried
    together. Trial Chamber I had sentenced them"), when they are all the persons it names (none on the
    bench); otherwise no one."""
    sent = pronoun.sent
    if sent.start == 0:
        return []
    before = pronoun.doc[sent.start - 1].sent
    persons = [m for m in s.doc_mentions if m.label_ == "Person" and before.start <= m.start and m.end <= before.end]
    if len(persons) < 2 or any(on_the_bench(m) for m in persons):
        return []
    joined = {persons[0].root.i, *(t.i for t in persons[0].root.conjuncts)}
    listed = [m for m in persons if m.root.i in joined]
    return listed if len(listed) == len(persons) else []


def _conjuncts(s: Sentence, t: Token, types: AbstractSet[str], first: Span) -> list[Span]:
    """The mentions coordinated with the one at `t`: "convicted A, B and C" is about all three."""
    out: list[Span] = []
    for c in t.children:
        if c.dep_ == "appos" and c.lemma_.lower() in _KIN and any(x.dep_ == "appos" and _listed(x) for x in c.children):
            out.extend(_conjuncts(s, c, types, first))  # "for A, his son B and C": the son named is listed too
            continue
        if c.dep_ != "conj" and not (c.dep_ == "appos" and _listed(c)):
            continue
        if set_apart(c):
            continue  # "convicted A but not B": B, and those listed with him, are not convicted
        hit = next((m for m in s.mentions if inside(m, c) and m is not first and (m.label_ in types or
                    (m.label_ == "ANAPHOR" and m._.acg["wants"] in types))), None)  # fmt: skip
        if hit is not None:
            out.append(hit)
        out.extend(_conjuncts(s, c, types, first))
    return out


def _described_conjuncts(s: Sentence, noun: Token, types: AbstractSet[str]) -> list[Span]:
    """The names set in apposition to the nouns coordinated with `noun` ("the camp commander, A, and the shift
    leader B": B, named after his post); none of a noun set apart ("but not the shift leader B")."""
    out = []
    for c in noun.conjuncts:
        if set_apart(c) or c.i < noun.i:
            continue
        named = [x for x in c.children if x.dep_ == "appos"]
        out += [m for x in named for m in s.mentions if inside(m, x) and m.label_ in types]
    return out


# The persons a count of parties names: "sentenced Mengistu and eighteen co-defendants, including A, B and C"
_COUNTED = frozenset(
    "defendants co-defendants codefendants accused others officers soldiers men members officials commanders "
    "policemen militiamen agents guards leaders".split()
)


def _included(s: Sentence, verb: Token, parties: list[Span]) -> list[Span]:
    """The persons named after "including" on a verdict's verb or its object, when the verdict's parties are
    counted by a noun of persons ("eighteen co-defendants", "six other accused")."""
    counted = [x for x in verb.subtree if x.lower_ in _COUNTED and x.i > verb.i and x.pos_ in {"NOUN", "PUNCT"}]
    if not counted:
        return []
    heads = [verb, *verb.conjuncts, *counted]
    including = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "including"]
    named = [x for p in including for x in p.subtree]
    return [m for m in s.typed("Person") if m not in parties and any(inside(m, x) for x in named)]


# The words between two persons listed after a count, beside their titles: "A, former Vice-President B and C".
_BETWEEN_LISTED = frozenset({",", "and", "former", "then", "ex", "late", "-"})


def _among_the_counted(s: Sentence, verb: Token) -> list[Span]:
    """ "convicted 11 soldiers, among them Major X", "sentenced six officers, including A and B": whom a verdict on
    a count of persons names right after the count (a few words between: "among them its leader, Major X"), and
    those listed with the first."""
    # the object itself, or one joined to it ("charged X and more than seventy former officials, among them ...")
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    counted = [c for o in objects for c in (o, *o.conjuncts) if c.lower_ in _COUNTED]
    if not counted:
        return []
    doc, end = verb.doc, s.sent.end
    at = None
    after = counted[0].right_edge.i + 1  # "11 members of the team, among them"
    for i in range(after, min(after + 3, end)):
        if doc[i].lower_ == "including":
            at = i + 1
        elif doc[i].lower_ == "among" and i + 1 < end and doc[i + 1].lower_ in {"them", "whom", "those"}:
            at = i + 2
        if at is not None:
            break
    persons = [m for m in s.typed("Person") if at is not None and m.start >= at]
    if not persons or persons[0].start - (at or 0) > 5:
        return []
    out = [persons[0]]
    for m in persons[1:]:
        gap = doc[out[-1].end : m.start]  # "A and Captain B", "A, former Vice-President B": a title between
        if not len(gap) or len(gap) > 6 or any(t.lower_ not in _BETWEEN_LISTED and t.pos_ != "PROPN" for t in gap):
            break
        out.append(m)
    return out


def _semicolon_series(s: Sentence, first: Span, types: AbstractSet[str]) -> list[Span]:
    """The names of a series set off by semicolons after the first ("convicted A; B, the head of X; and C,
    who directed Y, of complicity"), which the parser reads as new clauses: each part begins with a name
    of the types wanted, and the last with "and" (without it, "convicted A; B was acquitted" is no series)."""
    doc, out = first.doc, []
    i = first.end
    while i < s.sent.end and doc[i].text == ";":
        last = i + 1 < s.sent.end and doc[i + 1].lower_ == "and"
        start = i + 2 if last else i + 1
        hit = next((m for m in s.mentions if m.start == start and m.label_ in types), None)
        if hit is None:
            break
        out.append(hit)
        if last:
            return out
        i = next((j for j in range(hit.end, s.sent.end) if doc[j].text == ";"), s.sent.end)
    return []


def _after_a_rank(m: Span) -> bool:
    """ "convicted, in absentia, then colonel X": a name after its rank is a party the parser may hang anywhere."""
    return m.start > 0 and bool(lexicon.rank_or_plural(m.doc[m.start - 1].text))


def _ranked_series(s: Sentence, first: Span, types: AbstractSet[str]) -> list[Span]:
    """The names listed after the first with their ranks between ("convicted colonel A and captains B and C"),
    which the parser may read as a clause of their own ("captains" a verb): each joined by "," or "and", with
    nothing between but ranks."""
    doc, out, i = first.doc, list[Span](), first.end
    while i < s.sent.end and doc[i].text in {",", "and"}:
        j = i + 1
        if doc[i].text == "," and j < s.sent.end and doc[j].lower_ == "and":
            j += 1
        ranked = j
        while j < s.sent.end and lexicon.rank_or_plural(doc[j].text):
            j += 1
        hit = next((m for m in s.mentions if m.start == j and m.label_ in types), None)
        if hit is None or hit.root.dep_ in {"nsubj", "nsubjpass"}:
            break  # "convicted Colonel A, and Captain B was acquitted": a clause of its own
        if j > ranked or out:  # a rank, or a name already after one: "captains B and C"
            out.append(hit)
        i = hit.end
    return out if any(map(_after_a_rank, out)) else []


def _both_of_whom(s: Sentence, verb: Token) -> list[Span]:
    """ "commanded by A until 1994 and thereafter by B, both of whom the ICTY has convicted": the two persons
    named last before "both" (never a judge); "all of whom", "each of whom": how many, unsaid."""
    both = next((c for c in verb.children if c.lower_ == "both" and c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                 and any(p.lower_ == "of" and any(w.lower_ == "whom" for w in p.children) for p in c.children)),
                None)  # fmt: skip
    if both is None:
        return []
    before = [m for m in s.typed("Person") if m.end <= both.i and not on_the_bench(m)]
    return before[-2:] if len(before) >= 2 else []


_KIN = frozenset("son daughter brother sister father mother wife husband nephew niece cousin uncle".split())


def _listed(t: Token) -> bool:
    """A name the parser set in apposition that is the second of a list ("convicted A, B and C", B an
    apposition of A, C a conjunct of B): it has a conjunct of its own after "and" or "or", and is a name."""
    return t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children) and any(c.dep_ == "conj" for c in t.children)


def _relative_of(s: Sentence, verb: Token, types: AbstractSet[str]) -> Span | None:
    """The one a relative pronoun stands for: "X, whom the court convicted", "X, who was convicted"."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.lower_ in {"whom", "who"} and c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    return next((m for m in s.mentions if inside(m, verb.head) and m.label_ in types), None)


# "both men", "the two accused": a pair of persons named before
_PAIR_NOUNS = frozenset("men women accused defendants officers soldiers brothers".split())


def _both_men(t: Token) -> bool:
    return t.lower_ in _PAIR_NOUNS and any(
        c.lower_ in {"both", "two"} and c.dep_ in {"det", "predet", "nummod", "preconj"} for c in t.children
    )


def _last_pair(s: Sentence, t: Token) -> list[Span]:
    """Whom "both men" stands for: the two persons coordinated last within the three sentences before ("convicted
    Priebke and Hass ... sentenced both men to life"), neither a judge nor a victim or a witness; else no one."""
    sent = t.sent
    for _ in range(3):
        if sent.start == 0:
            return []
        sent = t.doc[sent.start - 1].sent
        persons = [m for m in s.doc_mentions if m.label_ == "Person" and sent.start <= m.start and m.end <= sent.end]
        pairs = [(a, b) for a in persons for b in persons if b.root.i in {x.i for x in a.root.conjuncts}
                 and a.start < b.start]  # fmt: skip
        if len(pairs) == 1:
            a, b = pairs[0]
            return [] if any(_judge_or_protected(m) for m in (a, b)) else [a, b]
        if len(pairs) > 1:
            return []  # two pairs before: which one, the text does not say
    return []


_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# A paragraph ends at a blank line.
_PARAGRAPH_BREAK = "\n\n"


def _all_of_them(t: Token) -> int | None:
    """How many "all five", "all four accused", "the three defendants" stand for: a count with "all" or "the"."""
    count = t if t.lower_ in _COUNTS else next((c for c in t.children if c.lower_ in _COUNTS and c.dep_ == "nummod"),
                                               None)  # fmt: skip
    if count is None or (count is not t and t.lower_ not in _PAIR_NOUNS):
        return None
    if not any(c.lower_ in {"all", "the"} and c.dep_ in {"det", "predet"} for c in (*t.children, *count.children)):
        return None
    return _COUNTS[count.lower_]


def _last_group(s: Sentence, t: Token, n: int) -> list[Span]:
    """Whom "all five" stands for: the persons of the last paragraph before that names any (neither a judge nor a
    victim or a witness), when it names exactly that many ("Miroslav Kvočka, ... Dragoljub Prcać, ... Milojica Kos
    and Mlađo Radić ... Zoran Žigić ... All five were indicted"); else no one. Within three paragraphs."""
    text = t.doc.text
    end = t.sent.start_char
    for _ in range(3):
        start = text.rfind(_PARAGRAPH_BREAK, 0, end)
        start = 0 if start == -1 else start
        persons = [m for m in s.doc_mentions if m.label_ == "Person" and start <= m.start_char and m.end_char <= end
                   and not _judge_or_protected(m)]  # fmt: skip
        named: dict[str, Span] = {}
        for m in persons:
            key = m.text.split()[-1]  # "Kvočka" of "Miroslav Kvočka", named again by his surname
            named.setdefault(key, m)
        if named:
            return list(named.values()) if len(named) == n else []
        if start == 0:
            return []
        end = start
    return []


def party_of(s: Sentence, trigger: Token, types: AbstractSet[str]) -> list[Span]:
    """The mentions that a verdict or warrant is about: its object, its passive subject, the person whose
    conviction it is ("upheld Krstić's conviction"), the one it is against or for, and those coordinated
    with it ("convicted A, B and C")."""
    relative = _relative_of(s, trigger, types)
    if relative is not None and not _harmed(relative.root):
        return [relative]
    queue = [trigger]
    seen = {trigger.i}
    while queue:
        t = queue.pop(0)
        # a noun's own words last: "convicted three AFRC leaders - A, B and C": the leaders named, not the AFRC
        for c in sorted(t.children, key=lambda c: c.dep_ == "compound"):
            if c.i in seen or (c.dep_ in {"nsubj", "agent", "conj", "advcl", "relcl"} and t is trigger):
                continue
            if t is trigger and t.pos_ == "VERB" and c.dep_ == "prep" and c.lower_ in _GROUNDS:
                continue  # "convicted him for torture at Branch 251": the grounds, not a party
            if c.dep_ == "poss" and (t.pos_ == "PROPN" or (t is not trigger and t.lemma_.lower() not in _OUTCOMES)):
                # "Côte d'Ivoire's Laurent Gbagbo", "His successor, X, was convicted": the possessor of a name
                # or of a person is not the party; of an outcome it is ("upheld Krstić's conviction")
                continue
            seen.add(c.i)
            hit = next((m for m in s.mentions if inside(m, c) and (m.label_ in types or
                        (m.label_ == "ANAPHOR" and m._.acg["wants"] in types))), None)  # fmt: skip
            if hit is None and "Person" in types:  # "the conviction of Momčilo Perišić", the name tagged a place:
                hit = next((m for m in s.mentions if inside(m, c) and m.label_ == "Location"  # no place is tried
                            and person_shaped(m.text) and not country(m.text)), None)  # fmt: skip
            if hit is not None and hit.label_ == "Organization" and hit._.acg.get("kind") in _NO_DEFENDANTS:
                hit = None  # a unit, an armed group, a state's institution is no court's defendant
            owner = t.head if t.dep_ == "prep" else t  # "members of the X": the noun the "of" hangs on
            # "members of a Kopassus team": the noun the team's "of" hangs on
            owners = {owner, owner.head.head} if owner.dep_ == "pobj" and owner.head.dep_ == "prep" else {owner}
            if (
                hit is not None
                and hit.label_ == "Organization"
                and any(o.lemma_.lower() in _MEMBERS_OF for o in owners)
            ):
                hit = None  # "four former members of the Kaibiles were sentenced": the members, unnamed
            if hit is not None and _harmed(hit.root):
                hit = None  # "convicted X of the murder of Y" where X went unrecognised: Y suffered the crime
            ranked = c.dep_ == "dep" and c.i > trigger.i and hit is not None and _after_a_rank(hit)
            if hit is not None and (
                ranked or c.dep_ in {"dobj", "nsubjpass", "poss", "pobj", "appos", "compound", "attr"}
            ):
                gapped = [m for g in gapped_parties(trigger) for m in s.mentions if inside(m, g) and m.label_ in types]
                listed = [*_conjuncts(s, c, types, hit), *_semicolon_series(s, hit, types), *gapped]
                if c.dep_ == "appos":  # "The camp commander, A, and the shift leader B were indicted": B too
                    listed += [m for m in _described_conjuncts(s, c.head, types) if m is not hit and m not in listed]
                return [hit, *listed, *(m for m in _ranked_series(s, hit, types) if m not in listed)]
            if c.lower_ in _PRONOUNS and c.dep_ in {"dobj", "nsubjpass", "poss"}:
                if joined := _party_of_the_verdict_joined(s, trigger, types):
                    return joined
                found = s.previous(c, "Person", skip=_no_defendant) or s.previous(c, "Person", skip=_judge_or_protected)
                # "sentenced him and B to 20 years each": B too
                listed = [m for m in _conjuncts(s, c, types, found) if m is not found] if found is not None else []
                return [found, *listed] if found is not None else []
            if c.lower_ in {"them", "their"} and c.dep_ in {"dobj", "nsubjpass", "poss"}:
                return _pair_before(s, c)
            if c.dep_ in {"dobj", "nsubjpass"} and _both_men(c):
                return _last_pair(s, c)
            if c.dep_ in {"dobj", "nsubjpass"} and (n := _all_of_them(c)) is not None:
                return _last_group(s, c, n)
            if (
                c.dep_ in {"dobj", "prep", "pobj", "nsubjpass", "poss", "compound"}
                or (
                    c.dep_ == "conj" and t.lemma_.lower() in _OUTCOMES  # "the convictions and the sentence of X"
                )
                or (c.dep_ == "dep" and lexicon.rank_or_plural(c.text))
            ):  # "convicted, in absentia, then colonel X"
                queue.append(c)
    return []


# Words by which a verdict's object names others than the party before ("affirmed the convictions of the other two
# accused"); "the remaining convictions" are others' after an acquittal only ("upheld the acquittal of X and the
# remaining convictions"; after "reversed some of the findings" they are the same person's)
_OTHERS = frozenset("other others co-accused co-defendants codefendants".split())
_REMAINING = frozenset({"remaining", "rest"})


def _of_others(verb: Token) -> bool:
    """ "upheld the acquittal of X and affirmed the convictions of the other two accused": the joined verb's
    object names others than the first verb's party, who must not take its outcome (not "found guilty on some
    counts and acquitted on others": other counts, in a preposition's words)."""
    words = {x.lower_ for c in verb.children if c.dep_ == "dobj" for x in c.subtree}
    after_acquittal = verb.dep_ == "conj" and any(
        x.lower_ == "acquittal" for c in verb.head.children if c.dep_ == "dobj" for x in c.subtree
    )
    return bool(words & _OTHERS) or (after_acquittal and bool(words & _REMAINING))


def _party_of_the_verdict_joined(s: Sentence, trigger: Token, types: AbstractSet[str]) -> list[Span]:
    """ "dismissed Duch's appeal, entered further convictions and increased his sentence": "his" is the one party
    of the verdict the verb is joined to, not the person named last before."""
    t = trigger
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
        if verdict_lemma(t) in VERDICTS:
            found = party_of(s, t, types)
            return found if len(found) == 1 else []
    return []


def court_of(s: Sentence, t: Token, mechanisms: list[Span]) -> tuple[Span | None, float]:
    """The court of a verdict: its subject or agent ("the Appeals Chamber acquitted him", "sentenced by the
    Court"), else one in the verdict's own words (not in a clause of its own: "Trial Chamber I convicted
    him; the Appeals Chamber acquitted him" gives each verb its own court), else the subject of the verb it
    is joined to ("X convicted him and sentenced him"). A verb whose subject or agent names no court we know
    ("by a Guatemalan court") gets none: never another court of the sentence. With neither, the nearest
    court before the verb, at a lower confidence."""

    def own(head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ in {"nsubj", "agent"}]

    def court_in(tokens: list[Token]) -> Span | None:
        # the court the words name before one that qualifies it: "the court's Trial Chamber II" is the chamber
        own = next((m for m in mechanisms for c in tokens if inside(m, c)), None)
        return own or next((m for m in mechanisms for c in tokens for x in c.subtree if inside(m, x)), None)

    # "X convicted him and sentenced him", "the court sentenced him to life, convicting him of murder": the
    # verb it is joined to, or the clause its participle belongs to, names the court
    joined = t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG")
    said = own(t) or (own(t.head) if joined else [])
    if said and said[0].lower_ in {"which", "that"} and t.dep_ == "relcl":
        said = [t.head]  # "the Court, which convicted him"
    if said and not (said[0].lower_ == "it" and len(said) == 1):
        return court_in(said), 0.8
    if said and _unnamed_court_before(s):
        return None, 0.0  # "A separate ad hoc court in Jakarta has been trying 18 defendants. In 2002 it sentenced X"
    if _abroad(t):
        return None, 0.0  # "had earlier been sentenced to death in absentia in Ethiopia": by a court of that country
    words = [c for c in t.children if c.dep_ not in CLAUSES]
    found = court_in(words)
    if found is not None:
        return found, 0.8
    if _unnamed_court_here(s, t):
        return None, 0.0  # "tried separately by a military court, X was acquitted": by that one, which no name is
    # a charge's body may prosecute; a judgment's may not ("The Public Prosecution Service had demanded life")
    judged = VERDICTS.get(t.lemma_.lower(), ("", None))[0] != "charged_by"
    # "X was indicted in 1995", "Y had been acquitted at trial": not by the appeals chamber named before
    wrong = _APPEAL_OR_TRIAL if not judged else _APPEAL if _at_trial(t) else None

    def unlike(m: Span) -> bool:
        return (_no_judge(m) if judged else _bracketed(m)) or (wrong is not None and bool(wrong.search(m.text)))

    before = [m for m in mechanisms if m.end <= t.i and not _bracketed(m) and not (judged and prosecution(m))
              and not (wrong is not None and wrong.search(m.text))]  # fmt: skip
    found = before[-1] if before else s.previous(t, "Mechanism", skip=unlike)
    if found is not None and not judged and not before and not prosecution(found):
        # "The Public Prosecution Service brought four of them to trial ... X was charged with war crimes": the
        # prosecution named before charged, not the court named nearer in another sentence
        found = s.previous(t, "Mechanism", skip=lambda m: not prosecution(m) or unlike(m)) or found
    if found is not None and judged and not said and not before and _dated_otherwise(s, t, found):
        return None, 0.0  # "In 2006 Trial Chamber I convicted Krajišnik ... Mladić was convicted in 2017"
    if found is not None and "\n\n" in s.text[found.end_char : t.idx]:
        return found, 0.5  # a court of another paragraph may have judged another case: possible at most
    return found, 0.6


_MODALS = frozenset("should would could might may must ought".split())
# Chambers that judge a case at trial or on appeal, and supreme, cassation and constitutional courts, never
# charge it (a pre-trial chamber or a judge may), and what was decided "at trial" was not decided on appeal.
_APPEAL_OR_TRIAL = re.compile(r"\bAppeals?\b|(?<!Pre-)\bTrial Chamber|\b(?:Supreme|Cassation|Constitutional)\b")
_APPEAL = re.compile(r"\bAppeals?\b")


def _dated_otherwise(s: Sentence, t: Token, court: Span) -> bool:
    """A verdict no subject says the court of ("Mladić was convicted in 2017") is dated by its own words in
    years none of the sentences naming the court before give: it was another judgment, by a court the text
    does not name."""
    own = {m._.acg["date"][:4] for m in s.typed("DATE") if _own_words(t, m)}
    if not own:
        return False
    # the sentences naming it, or a court whose name holds its name or is held in it ("the Trial Chamber")
    name = f" {name_key(court.text)} "
    named = {m.sent.start for m in s.doc_mentions if m.end <= t.i and m.label_ == "Mechanism"
             and (f" {name_key(m.text)} " in name or name in f" {name_key(m.text)} ")}  # fmt: skip
    years = {m._.acg["date"][:4] for m in s.doc_mentions if m.label_ == "DATE" and m.sent.start in named}
    return bool(years) and not own & years


def _at_trial(t: Token) -> bool:
    """ "acquitted at trial", "convicted at first instance"."""
    return any(p.lower_ == "at" and any(o.lower_ in {"trial", "instance"} for o in p.children) for p in t.children)


def _none_of(t: Token) -> bool:
    """ "The Court has issued no arrest warrant against any member of X", "no charges were brought": a verdict's
    or a warrant's noun said of none."""
    return t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in t.children)


def _hypothetical(t: Token) -> bool:
    """ "arguing that X and Y should be acquitted", "X could be sentenced to death", "will be tried": a verdict
    argued, feared or to come, not one given."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children)


def _no_judge(m: Span) -> bool:
    """A mechanism a verdict's court named before cannot be: another name in brackets, a prosecution, a body of
    inquiry ("The Public Prosecution Service had demanded life imprisonment"), a court of human rights (it judges
    states)."""
    return _bracketed(m) or prosecution(m) or (m._.acg or {}).get("kind") in NO_VERDICTS or judges_states(m)


def _unnamed_court_before(s: Sentence) -> bool:
    """The sentence before has an unnamed court as its subject ("A separate ad hoc human rights court has been
    trying 18 defendants"; not "the court", which may be the one named before): what "it" then judged, that
    court judged, which no name here is."""
    start = s.sent.start
    if start == 0:
        return False
    before = s.sent.doc[start - 1].sent
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in {"court", "tribunal", "chamber", "panel"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        for t in before
    )  # fmt: skip


def _unnamed_court_here(s: Sentence, t: Token) -> bool:
    """The verdict's sentence speaks of a court it does not name ("tried separately by a military court, X was
    acquitted"), none of its named courts holding the words."""
    return any(
        x.lemma_.lower() in _COURT_NOUNS and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in x.children)
        and not any(inside(m, x) for m in s.typed("Mechanism"))
        for x in t.sent
    )  # fmt: skip


_COURT_NOUNS = frozenset({"court", "tribunal", "chamber", "panel", "court-martial"})


def _abroad(t: Token) -> bool:
    """ "sentenced to death in absentia in Ethiopia", "convicted in Rwanda": by a court of that country."""
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.ent_type_ == "GPE" and country(o.text) for o in p.children)
        for p in t.children
    )


def _bracketed(m: Span) -> bool:
    """A court's other name in brackets after a longer one ("Trial Chamber I of the Special Court for Sierra
    Leone (SCSL)"): the court named is the one before the bracket."""
    return m.start >= 2 and m.doc[m.start - 1].text == "(" and m.doc[m.start - 2].is_alpha


def _own_words(t: Token, m: Span) -> bool:
    """The mention stands in the verb's own words, not in a clause of its own."""
    return any(inside(m, x) for c in t.children if c.dep_ not in CLAUSES for x in c.subtree)


def _arrest_warrant(t: Token) -> bool:
    """A warrant of arrest: "an arrest warrant", "a warrant for his arrest", "a warrant of arrest against X",
    or a warrant a court issues ("the ICC also issued a warrant against her")."""
    return (
        any(x.lower_ == "arrest" for x in t.subtree)
        or (t.dep_ == "dobj" and t.head.lemma_ == "issue")
        or (t.dep_ == "pobj" and t.head.lower_ in {"on", "under"} and t.head.head.lemma_ in {"arrest", "detain"})
    )  # "on a warrant issued by the ICC, X was arrested"


def _indictment_against(t: Token) -> bool:
    """An indictment said against someone ("an indictment of the ICTY against X was confirmed", "the Tribunal's
    indictment against X") or one a body issued, filed or brought ("the prosecutor filed an indictment"): a
    charge. Not "the indictment period", nor one only mentioned ("the indictment lists 11 counts")."""
    if t.pos_ != "NOUN":
        return False
    # "against" on the noun, or on the court's name the parser hangs it from ("of the ICTY (ICTY) against X")
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in t.subtree)
    return against or (t.dep_ == "dobj" and t.head.lemma_ in _BRING)


# Verbs of bringing a charge before a court: "issued", "filed", "brought", "submitted", "lodged" an indictment.
_BRING = frozenset("issue file bring submit lodge return".split())


def _declined(t: Token) -> bool:
    """ "declined to confirm those against X", "refused to convict": a verdict not given."""
    return (
        t.dep_ in {"xcomp", "advcl"}
        and t.head.lemma_.lower() in {"decline", "refuse", "fail"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    )  # "had declined in 2011 to indict X": the parser may read the infinitive as a clause of its own


def _warranted(s: Sentence, warrant: Token) -> list[Span]:
    """The person a warrant is against, named elsewhere than after it: "X, against whom the ICC issued a
    warrant", "X, who is the subject of arrest warrants issued by the ICC", "on a warrant issued by the ICC, X
    was arrested"."""
    held = warrant.head.head if warrant.dep_ == "pobj" else None
    if held is not None and warrant.head.lower_ == "of" and held.lemma_ == "subject" and held.head.lemma_ == "be":
        copula = held.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"who", "that"} and copula.dep_ == "relcl":
            subject = copula.head
        return [m for m in s.mentions if subject is not None and inside(m, subject) and m.label_ == "Person"][:1]
    if held is not None and warrant.head.lower_ in {"on", "under"} and held.lemma_ in {"arrest", "detain"}:
        return [m for c in held.children if c.dep_ == "nsubjpass" for m in s.mentions
                if inside(m, c) and m.label_ == "Person"][:1]  # fmt: skip
    verb = warrant.head
    if warrant.dep_ != "dobj" or verb.dep_ != "relcl":
        return []
    against = [x for c in verb.children if c.dep_ == "prep" and c.lower_ in {"against", "for"}
               for x in c.children if x.lower_ == "whom"]  # fmt: skip
    if not against:
        return []
    return [m for m in s.mentions if inside(m, verb.head) and m.label_ in AGENTS][:1]


# Bodies that neither try, charge nor sentence anyone: a council, a commission of inquiry, a truth commission.


def judging(s: Sentence) -> list[Span]:
    """The mechanisms of a sentence that may give a verdict: "the Chamber, which has jurisdiction under Security
    Council resolution 1970, issued warrants": the chamber's, never the Council's."""
    return [m for m in s.typed("Mechanism") if (m._.acg or {}).get("kind") not in NO_VERDICTS]


# Words of an appeal that is not the convicted's: the prosecution's, or one against an acquittal.
_PROSECUTIONS = frozenset({"prosecution", "prosecutor", "prosecutors", "prosecution's", "co-prosecutors", "acquittal"})


def _appeal_of_the_convicted(verb: Token) -> bool:
    """ "dismissed X's appeal", "rejected the appeals of A and B", "dismissed his appeal against the conviction":
    the defence's appeal against a conviction, which stands. Not the prosecution's (against an acquittal or a
    sentence), nor an appeal against anything but a verdict, nor the dismissal of charges."""
    appeal = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "appeal"), None)
    if appeal is None:
        return False
    words = {x.lower_ for x in appeal.subtree}
    if words & _PROSECUTIONS:
        return False
    if not any(c.dep_ in {"poss", "prep"} for c in appeal.children):
        # "the appeal", said before: "The Prosecution appealed the acquittal of X, but the Chamber dismissed the
        # appeal" (the words before it in the sentence, or in the sentence before)
        sent = verb.sent
        start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if {x.lower_ for x in verb.doc[start : appeal.i]} & _PROSECUTIONS:
            return False
    against = [o for p in appeal.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children]
    return all(o.lemma_.lower() in _CONVICTIONS for o in against)


def verdict_lemma(t: Token) -> str:
    """The verb's lemma, "convict" for "found X guilty", "acquit" for "found X not guilty" (a harm: read as
    "found guilty", an acquittal was a conviction)."""
    lemma = t.lemma_.lower()
    guilty = [c for c in t.subtree if c.lower_ == "guilty"] if lemma == "find" else []
    if not guilty:
        return lemma
    if any(c.dep_ == "neg" for g in guilty for c in g.children) or any(
        g.i > 0 and g.doc[g.i - 1].lower_ in {"not", "n't"} for g in guilty
    ):
        return "acquit"
    return "convict"


def verdicts(s: Sentence) -> None:
    mechanisms = judging(s)
    for t in s.sent:
        lemma = verdict_lemma(t)
        if lemma not in VERDICTS or (lemma == "warrant" and not _arrest_warrant(t)):
            continue
        if lemma == "indictment" and not _indictment_against(t):
            continue
        if lemma == "want" and not (t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children)):
            continue  # "wanted by the ICC since 2005": a warrant; "he wanted to" is none
        if negated(t) or denied([t]) or _hypothetical(t) or _none_of(t) or _declined(t):
            continue  # "was not convicted by", "no evidence that he was convicted": an outcome denied is no outcome
        if lemma in {"charge", "sentence", "accuse"} and t.pos_ != "VERB":
            continue
        if lemma in {"impose", *_RESENTENCING} and not _imposes_a_sentence(t):
            continue  # "imposed a curfew", "raised the issue": no verdict
        if lemma == "accuse" and (
            any(c.dep_ in {"det", "amod"} for c in t.children) or t.dep_ in {"nsubj", "nsubjpass"}
        ):
            continue  # "the fourth accused, X, was acquitted": a party named, not a charge made
        predicate, verdict = VERDICTS[lemma]
        if lemma in {"dismiss", "reject"} and not _appeal_of_the_convicted(t):
            continue
        if lemma in {"uphold", "confirm", "affirm", "reverse", "overturn", "annul", "quash", "vacate"}:
            objects = " ".join(x.lower_ for x in t.subtree)
            if verdict == "reversed" and _PART.search(objects):
                verdict = "reversed_in_part"  # "reversed a number of his convictions": the rest stands
            if "acquittal" in objects:
                predicate = "acquitted_by"
            elif lemma == "confirm" and "charges" in objects and "conviction" not in objects:
                predicate, verdict = "charged_by", None  # "Pre-Trial Chamber II confirmed the charges against X"
            elif "conviction" not in objects and "sentence" not in objects and "judgment" not in objects:
                continue
        parties = _sentenced(s, t) if lemma == "impose" else party_of(s, t, AGENTS)
        if named := _among_the_counted(s, t):
            # "convicted 11 members of X, among them its leader, Major Y": Y, not X; "charged A and seventy former
            # officials, among them B and C": A, B and C
            persons = [p for p in parties if p.label_ == "Person"]
            parties = list(dict.fromkeys([*persons, *named]))
        if not parties and t.lemma_ == "find":  # "which found Nouri guilty": the parser makes him guilty's subject
            subjects = [c for g in t.children if g.lower_ == "guilty" for c in g.children if c.dep_ == "nsubj"]
            parties = [m for c in subjects for m in s.mentions if inside(m, c) and m.label_ in AGENTS | {"Location"}
                       and (m.label_ != "Location" or not country(m.text))][:1]  # fmt: skip
            # "found A and B guilty": each one the subject joins
            parties += [m for p in parties[:1] for m in _conjuncts(s, subjects[0], AGENTS, p)]
            if not parties and subjects and subjects[0].lower_ in _PRONOUNS:  # "It found him guilty of murder"
                found = s.previous(subjects[0], "Person", skip=_no_defendant)
                parties = [found] if found is not None else []
        if not parties and lemma in {"uphold", "confirm", "affirm"}:
            parties = _sentenced(s, t)  # "upheld the sentences imposed by the court on A and B"
        if not parties and lemma in {"uphold", "confirm", "affirm"}:
            # "upheld the convictions and the life sentence but acquitted Habré of rape": whom the verb joined
            # to this one judges
            parties = next((p for c in t.children if c.dep_ == "conj" and c.lemma_.lower() in VERDICTS
                            and c.lemma_.lower() not in {"reverse", "overturn", "annul", "quash", "vacate"}
                            for p in [party_of(s, c, AGENTS)] if p), [])  # fmt: skip
        since = None
        if (
            not parties
            and lemma in {"uphold", "confirm", "affirm"}
            and predicate == "convicted_by"
            and not _of_others(t)
        ):
            parties, since = _convicted_before(s, t)  # "The Court of Appeals affirmed the convictions in 2022"
        if not parties:
            parties = _both_of_whom(s, t)
        if not parties and t.dep_ == "conj" and not _of_others(t):
            parties = party_of(s, t.head, AGENTS)
        if not parties and lemma == "warrant":
            parties = _warranted(s, t) or _issued_for(s, t)
        described = not parties and t.dep_ == "acl" and t.tag_ == "VBN"
        if described:
            # "Joseph Okello, wanted by the ICC since 2005", "X, charged by the investigating judges in 2015"
            parties = [m for m in s.mentions if inside(m, t.head) and m.label_ == "Person"][:1]
        if not parties:
            if predicate == "convicted_by" and verdict not in _UNDOING:
                # "found both men guilty of genocide for the massacre at X": whoever they were, the court held
                # the massacre to be genocide
                _kinds_of_conviction(s, t, [], None)
            continue
        parties = list(dict.fromkeys([*parties, *_included(s, t, parties)]))
        # "the ICC issued a warrant", "the prosecutor filed an indictment": the court is the verb's
        issued = lemma in {"warrant", "indictment"} and t.dep_ == "dobj"
        court, confidence = court_of(s, t.head if issued else t, mechanisms)
        if court is None or (confidence < 0.8 and (_relative_of(s, t, AGENTS) is not None or described
                                                   or lemma == "indictment")):  # fmt: skip
            # "X, who was later sentenced to death in Rwanda", "Massera, convicted in the 1985 Trial of the Juntas":
            # by no court the sentence names; what he was convicted of, he did all the same
            if predicate == "convicted_by" and verdict not in _UNDOING:
                _kinds_of_conviction(s, t, parties, _mode(s))
            continue
        case = _case_of_verdict(s, t) or (_case_of_verdict(s, t.head) if t.dep_ == "conj" else None)
        of_case = _court_of_case(s, case) if case is not None and confidence < 0.8 else None
        court = of_case or court  # "was convicted in the same case": the case's court
        # the method says so of a court the verdict takes from the sentences before
        rule = f"verdict-{lemma}" + ("-court-named-before" if confidence < 0.8 and of_case is None else "")
        crimes = sorted({m._.acg["notation"] for m in s.typed("CrimeType") if m.start > t.i})
        mode = _mode(s)
        # the date of an imposition a verdict upholds is not the verdict's ("upheld the sentences imposed in 2021")
        imposed = [x for x in t.subtree if x.lemma_ == "impose" and x.dep_ == "acl" and lemma != "impose"]
        # nor is a date a crime's name holds ("convicted X for the 2004 attack on Y"), nor one in what it was for
        # ("found guilty of genocide, the latter for the massacres ... in April 1994")
        what_for = {x.i for h in [t, *(g for g in t.children if g.lower_ == "guilty")] for c in h.children
                    if c.dep_ == "prep" and c.lower_ in {"for", "of", "over"} for x in c.subtree}  # fmt: skip
        # a date right after a crime's phrase is the crime's ("for the massacres at X and on Y hill in April 1994")
        after_crime = {
            c.root.right_edge.i + 2
            for c in s.typed("Crime")
            if c.start > t.i
            and c.root.right_edge.i + 1 < len(c.doc)
            and c.doc[c.root.right_edge.i + 1].lower_ in {"in", "on"}
        }
        free = [m for m in s.typed("DATE") if m.root.i not in what_for and m.start not in after_crime
                and not any(c.start <= m.start and m.end <= c.end for c in s.typed("Crime"))]  # fmt: skip
        dates = [
            m._.acg["date"] for m in free
            if _own_words(t, m) and not any(x.left_edge.i <= m.start <= x.right_edge.i for x in imposed)
        ]  # fmt: skip
        if not dates and not imposed and len(free) == 1 and len(s.typed("DATE")) == 1:
            dates = [free[0]._.acg["date"]]
        sentence = None
        if lemma == "sentence" and not gapped_parties(t):  # "A to 20 years, B to 15 years": whose is which, unsure
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is not None:
                grounds = {y.i for x in to.subtree if x.dep_ == "prep" and x.lower_ == "for" for y in x.subtree}
                # "life imprisonment", not "... for their role in the massacre" (the grounds)
                sentence = " ".join(x.text for x in to.subtree if x.i > to.i and x.i not in grounds).strip()
        if predicate == "convicted_by" and verdict not in _UNDOING:
            _kinds_of_conviction(s, t, parties, mode)
        for party in parties:
            if case is not None and predicate != "charged_by":
                s.emit(party, "accused_in", case, 0.7, "verdict-in-case")
            # a pronoun read as a person named in an earlier sentence may be someone else: possible at most
            sure = confidence if party.start >= s.sent.start else min(confidence, 0.5)
            if lemma in {"dismiss", "reject"}:
                sure = min(sure, 0.6)  # the conviction the appeal was against is inferred, not said
            s.emit(party, predicate, court, sure, rule, since if party.start < s.sent.start else None,
                   date=dates[0] if dates else None, crime_types=crimes, mode_of_liability=mode,
                   sentence=sentence, verdict=verdict if predicate != "charged_by" else None)  # fmt: skip


_CONVICTION_NOUNS = frozenset({"conviction", "convictions"})
_STANDING = frozenset({None, "convicted", "upheld"})  # verdicts that leave a conviction standing


def _convicted_before(s: Sentence, verb: Token) -> tuple[list[Span], int | None]:
    """Whose convictions an appeal upheld when it names no one ("The Court of Appeals affirmed the convictions in
    May 2022"): the persons the last sentence with convictions, in this paragraph or the one before, convicted
    (one person for "the conviction"), and where that sentence begins; none if the appeal names anyone."""
    words = {x.lower_ for x in verb.subtree}
    if not words & _CONVICTION_NOUNS or any(m.start >= verb.left_edge.i and m.end <= verb.right_edge.i + 1
                                       and m.label_ in {"Person", "ANAPHOR"} for m in s.mentions):  # fmt: skip
        return [], None
    floor = s.text.rfind("\n\n", 0, max(0, s.text.rfind("\n\n", 0, s.sent.start_char))) + 1
    earlier = [r for r in s.earlier if r["predicate"] == "convicted_by" and r["evidence"][0] >= floor
               and r["attributes"].get("verdict") in _STANDING]  # fmt: skip
    if not earlier:
        return [], None
    last = earlier[-1]["evidence"]
    subjects = list(dict.fromkeys(tuple(r["subject"]) for r in earlier if r["evidence"] == last))
    if "convictions" not in words and len(subjects) != 1:
        return [], None
    by_place = {(m.start_char, m.end_char): m for m in s.doc_mentions if m.label_ == "Person"}
    persons = [by_place[x] for x in subjects if x in by_place]
    return (persons, last[0]) if len(persons) == len(subjects) else ([], None)


_SENTENCE_NOUNS = frozenset("sentence sentences penalty penalties term terms".split())


def _issued_for(s: Sentence, warrant: Token) -> list[Span]:
    """ "issued warrants of arrest for A, his son B and C", the parser hanging "for" on the verb: whom the
    warrants are for, and those listed with them."""
    if warrant.dep_ != "dobj":
        return []
    for p in warrant.head.children:
        if p.dep_ == "prep" and p.lower_ in {"for", "against"}:
            for o in p.children:
                hit = next((m for m in s.mentions if inside(m, o) and m.label_ == "Person"), None)
                if o.dep_ == "pobj" and hit is not None:
                    return [hit, *_conjuncts(s, o, AGENTS, hit)]
    return []


def _imposes_a_sentence(verb: Token) -> bool:
    """What was imposed is a sentence ("imposed sentences of 15 years", "the sentences imposed by"), not a curfew."""
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl":  # "the sentences imposed by the court on X", also past the sentences' own words
        above = {a.i for a in verb.ancestors}
        nouns += [n for n in verb.sent if n.i < verb.i and (n.i in above or n.head.i in above)]
    return any(n.lower_ in _SENTENCE_NOUNS for n in nouns)


def _sentenced(s: Sentence, verb: Token) -> list[Span]:
    """Whom a sentence was imposed on: the persons after its "on" ("imposed ... on A, B and C")."""
    # on the verb, or on its court; never a date's "on" ("On 27 April the Chamber, presided over by Judge X, upheld
    # the convictions": the judge is no party)
    on = [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i
          and not any(o.ent_type_ == "DATE" for o in c.children if o.dep_ == "pobj")]  # fmt: skip
    return [m for m in s.typed("Person") for p in on if p.i < m.start and m.end - 1 <= p.right_edge.i]


# "COURT, presided over by Judge X, convicted Y": a court, a parenthetical between commas (or brackets), then the
# verb of a verdict and its party, with a rank or title at most between them. Read from the words where a
# parenthetical breaks the parse (the parser made "convicted" an adjective of the accused's name).
_VERDICT_AFTER_CLAUSE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,[^,.;()]{3,120},\s*(?:today\s+|then\s+|later\s+)?"
    r"(?P<verb>convicted|acquitted|sentenced)\s+(?:the\s+)?(?:former\s+)?(?:[A-Z][\w.\-]*\s+){0,2}?"
)
# "Trial Chamber II convicted Hazim Delic in 1998": the parser may read the court, the verb and the party as one
# noun phrase ("convicted" an adjective of the name); then, read from the words alone.
_VERDICT_RIGHT_AFTER = re.compile(
    r"\s+(?:today\s+|then\s+|later\s+)?(?P<verb>convicted|acquitted|sentenced)\s+(?:the\s+)?(?:former\s+)?"
    r"(?:[A-Z][\w.\-]*\s+){0,2}?"
)
_FORMULA = {"convicted": ("convicted_by", "convicted"), "sentenced": ("convicted_by", "convicted"),
            "acquitted": ("acquitted_by", "acquitted")}  # fmt: skip


_FOR_CRIME = re.compile(r"\b(?:for|over|in\s+relation\s+to)\s+(?:the\s+)?$")


def _kinds_in_words(s: Sentence, party: Span) -> None:
    """ "COURT, presided over by X, convicted Y, 86, of genocide and crimes against humanity for the killing of
    1,771 Maya Ixil people": where the parse is broken, the crime types between the party and "for the" crime
    are the crime's (of_type, 0.7, as `_kinds_of_conviction` reads them from a parse)."""
    crimes = s.typed("Crime")
    for crime in (c for c in crimes if c.start_char > party.end_char):
        if not _FOR_CRIME.search(s.text, max(party.end_char, crime.start_char - 25), crime.start_char):
            continue
        if any(m.label_ == "Person" and party.end_char <= m.start_char < crime.start_char for m in s.named):
            return
        kinds = [k for k in s.typed("CrimeType") if party.end_char <= k.start_char < crime.start_char
                 and not any(c.start <= k.start and k.end <= c.end for c in crimes)]  # fmt: skip
        for kind in kinds:
            s.emit(crime, "of_type", kind, 0.7, "verdict-crime-type")
        return


def verdict_after_clause(s: Sentence) -> None:
    named = s.named
    for i, court in enumerate(named[:-1]):
        if court.label_ != "Mechanism" or (court._.acg or {}).get("kind") in NO_VERDICTS:
            continue
        person = next((m for m in named[i + 1 :] if m.label_ == "Person" and not on_the_bench(m)), None)
        if person is None:
            continue
        m = _VERDICT_AFTER_CLAUSE.fullmatch(s.text, court.end_char, person.start_char)
        if m is None:
            m = _VERDICT_RIGHT_AFTER.fullmatch(s.text, court.end_char, person.start_char)
            verb = s.sent.doc.char_span(m.start("verb"), m.end("verb")) if m is not None else None
            if m is None or verb is None or verb.root.dep_ != "amod":
                continue  # parsed as a verb: the verdict rules read it
        predicate, verdict = _FORMULA[m["verb"]]
        crimes = sorted({c._.acg["notation"] for c in s.typed("CrimeType") if c.start > person.end})
        dates = [d._.acg["date"] for d in s.typed("DATE")]
        series = _semicolon_series(s, person, {"Person"})  # "convicted A; B, the head of X; and C"
        parties = list(dict.fromkeys([person, *(series or _conjuncts(s, person.root, {"Person"}, person))]))
        for party in parties:
            s.emit(party, predicate, court, 0.7, "verdict-after-clause", date=dates[0] if len(dates) == 1 else None,
                   crime_types=crimes, verdict=verdict)  # fmt: skip
        if verdict == "convicted":
            _kinds_in_words(s, parties[-1])


# What a conviction's mode of liability says its party did to the crime it names; a superior's
# responsibility or an attempt say neither.
_DONE_BY_MODE = {None: "perpetrated", "commission": "perpetrated", "direct_perpetration": "perpetrated",
                 "co_perpetration": "perpetrated", "indirect_perpetration": "perpetrated",
                 "joint_criminal_enterprise": "perpetrated", "ordering": "ordered", "aiding_abetting": "aided",
                 "accessory": "aided"}  # fmt: skip


# The verbs of the grounds a conviction gives ("convicted for ordering the killings") and what they say the
# party did to the crime; any other ("for failing to prevent the killings") says no act of his.
_DONE_BY_VERB = {"order": "ordered", "aid": "aided", "abet": "aided", "assist": "aided", "commit": "perpetrated",
                 "perpetrate": "perpetrated", "carry": "perpetrated"}  # fmt: skip


def _mode(s: Sentence) -> str | None:
    """The mode of liability the sentence names first ("as a co-perpetrator"), if any."""
    return next((m._.acg["notation"] for m in s.typed("LIABILITY")), None)


def _kinds_of_conviction(s: Sentence, verdict: Token, parties: list[Span], mode: str | None) -> None:
    """A conviction of a crime type for a crime: "convicted X of genocide and extermination for the massacre
    at Nyanza" says the court held the massacre to be genocide and extermination (of_type). Only the crime
    types and crimes of the verdict's own phrases. Whom it convicted did the crime as its mode of liability
    says (perpetrated when none is named, ordered, aided), possibly only (0.5): a conviction that names no
    mode may rest on a superior's responsibility, and a superior's names no act."""
    # the verdict's phrases, or its party's, where the parser hangs them ("convicted X of murder")
    heads = [verdict, *(c for c in verdict.children if c.dep_ in {"dobj", "nsubjpass"})]
    # "convicted A and B of murder": the parser may hang the phrase from the last party listed
    heads += [c for h in heads[1:] for c in h.conjuncts if c.ent_type_ or c.pos_ == "PROPN"]
    # "upheld X's conviction for genocide and his responsibility for ordering the killings"
    heads += [c for h in heads[1:] for c in h.conjuncts if c.lemma_.lower() in {"conviction", "responsibility"}]
    own = [x for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over"}
           for x in c.subtree]  # fmt: skip
    # "of murder as a war crime for the killings": the parser may hang the "as" of a crime type, and the grounds
    # after it, on the verb ("as a superior" is none)
    own += [x for c in verdict.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
            if o.dep_ == "pobj" and any(inside(k, o) for k in s.typed("CrimeType")) for x in c.subtree]  # fmt: skip
    # "sentenced X to life imprisonment for their role in the massacre": the grounds inside the sentence
    own += [y for c in verdict.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.subtree
            if x.dep_ == "prep" and x.lower_ == "for" for y in x.subtree]  # fmt: skip
    if verdict.lemma_.lower() in {"find", "plead"}:  # "found guilty of murder ... for the killing of X"
        own += [x for g in verdict.children if g.lower_ == "guilty" for c in g.children if c.dep_ == "prep"
                for x in c.subtree]  # fmt: skip
    crimes = [m for m in s.typed("Crime") if any(inside(m, x) for x in own)]
    # a crime type written inside a crime's name is that crime's own ("the torture of X")
    kinds = [m for m in s.typed("CrimeType") if any(inside(m, x) for x in own)
             and not any(c.start <= m.start and m.end <= c.end for c in s.typed("Crime"))]  # fmt: skip
    # the kinds name the crimes given as their grounds ("of genocide for the massacre"), not a crime
    # charged beside them ("of arbitrary detention and torture ... and of the murder of a detainee")
    grounds = [x for p in own if p.dep_ == "prep" and p.lower_ in {"for", "over"} for x in p.subtree]
    for crime in crimes:
        if any(inside(crime, x) for x in grounds):
            for kind in (k for k in kinds if not any(inside(k, x) for x in grounds)):
                s.emit(crime, "of_type", kind, 0.7, "verdict-crime-type")
        done = _DONE_BY_MODE.get(mode)
        verb = crime.root.head if crime.root.dep_ == "dobj" else None
        if verb is not None and verb.i != verdict.i and verb.pos_ == "VERB":
            # "for ordering the killings", "for failing to prevent them": the verb says what was done to the crime
            done = _DONE_BY_VERB.get(verb.lemma_.lower())
        if any(x.lower_ in {"latter", "former"} and x.dep_ != "amod" for x in verdict.sent):
            done = None  # "A and B were found guilty, the latter for the massacre at X": which party, left unsaid
        if done is None:
            continue
        for party in (p for p in parties if p.label_ in AGENTS):
            s.emit(party, done, crime, 0.5, "verdict-crime")


def pleas(s: Sentence) -> None:
    """A guilty plea: "X pleaded guilty to murder for the killings at Y" says what kind of crime the killings
    were (of_type) and, possibly, that he took part in them as the plea's mode of liability says. A plea is
    no verdict: no court is read from it. "Pleaded not guilty" says nothing."""
    for t in s.sent:
        guilty = [c for c in t.children if c.lower_ == "guilty"]
        if t.lemma_.lower() != "plead" or not guilty or negated(t) or denied([t]):
            continue
        if any(c.dep_ == "neg" for g in guilty for c in g.children):
            continue
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        parties = [m for m in s.mentions for c in subjects if inside(m, c) and m.label_ in AGENTS][:1]
        _kinds_of_conviction(s, t, parties, _mode(s))


# Verbs whose subject is the one a sentence was imposed on: "received a 12-year sentence", "is serving a life
# term", "was handed / given a prison sentence".
_SENTENCE_TAKEN = frozenset({"receive", "serve", "get"})
_SENTENCE_GIVEN = frozenset({"give", "hand"})


def served_sentences(s: Sentence) -> None:
    """A sentence received or served for a crime ("X received a 12-year sentence for the torture of Y", "X is
    serving a life sentence for the murder of Y", "X was handed a prison term for the killing"): a conviction
    whose court is not named, so only what its party did to the crime, as `_kinds_of_conviction` reads it."""
    for t in s.sent:
        lemma = t.lemma_.lower()
        if lemma not in _SENTENCE_TAKEN | _SENTENCE_GIVEN or negated(t) or denied([t]) or _hypothetical(t):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _SENTENCE_NOUNS for c in t.children):
            continue
        role = "nsubjpass" if lemma in _SENTENCE_GIVEN else "nsubj"
        subjects = [c for c in t.children if c.dep_ == role]
        parties = [m for m in s.mentions for c in subjects if inside(m, c) and m.label_ in AGENTS][:1]
        if parties and parties[0].label_ == "Person":
            _kinds_of_conviction(s, t, parties, _mode(s))


def _case_of_verdict(s: Sentence, verdict: Token) -> Span | None:
    """The case a verdict was given in: "was convicted in the Military I case", "was acquitted at the
    ESMA trial", "was convicted in the same case" (the case named last before)."""
    for p in verdict.children:
        if p.dep_ != "prep" or p.lower_ not in {"in", "at"}:
            continue
        for o in (o for o in p.children if o.dep_ == "pobj"):
            named = next((m for m in s.typed("Case") if inside(m, o)), None)
            if named is not None:
                return named
            if o.lemma_.lower() in {"case", "trial"} and any(c.lower_ == "same" for c in o.children):
                return s.previous(verdict, "Case")
    return None


def _court_of_case(s: Sentence, case: Span) -> Span | None:
    """The court named in the sentence that names a case ("In its judgement in the Military I case, Trial
    Chamber I found ..."), when there is one court there (a prosecutor is none)."""
    sent = case.sent
    courts = [m for m in s.doc_mentions if m.label_ == "Mechanism" and sent.start <= m.start and m.end <= sent.end
              and not prosecution(m) and not _bracketed(m)]  # fmt: skip
    return courts[0] if len(courts) == 1 else None


def prosecution(m: Span) -> bool:
    """A mechanism that prosecutes, not one that judges: "the Office of the Attorney General of
    Switzerland", "the Office of the Prosecutor"."""
    return any(cue in m.text for cue in lexicon.PROSECUTION_CUES)
