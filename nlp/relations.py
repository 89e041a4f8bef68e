"""The `acg_relations` component: relations of the contract read from the structure of each sentence.

Every rule works on the dependency tree: two mentions are related through the
words on the path between them (a command word such as "commander", "headed"
or "GOC" makes `commands`; a short path through "of", a rank or a verb of
serving makes `member_of`), never because they are merely near each other.
The rules for persons and units are in nlp/posts.py, what they share in
nlp/sentence.py; verdicts, charges and warrants in nlp/verdicts.py; where
units were in nlp/areas.py; coalitions in nlp/coalitions.py; inquiries,
cases, complicity and crimes are here: complicity from verbs of supplying,
financing and aiding.
A date attaches to the relation whose words it qualifies: "until D" ends it,
"since D" or "assumed command on D" starts it, "when X assumed command"
after a date starts X's command on that date, and any other date is kept as
a cited date (the relation held then; its start and end are not known).

The output, `doc._.acg_relations`, is a list of plain dicts (JSON-safe, so
docs can cross process boundaries) naming mentions by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp import lexicon
from nlp.across import campaigns, places_within
from nlp.aliases import cases_apposed, crimes_apposed, known_as
from nlp.areas import areas
from nlp.candidates import SPANS
from nlp.characterised import characterised, types_including
from nlp.coalitions import as_taking_part, coalitions
from nlp.companies import companies
from nlp.described import described
from nlp.fronted_posts import english_fronted_posts
from nlp.listed import listed_crimes, members_listed_with
from nlp.parts import branch_verdicts, parts
from nlp.posts import led_by, posts
from nlp.profiles import profile
from nlp.pronoun_posts import pronoun_posts
from nlp.responsible import responsible
from nlp.sentence import (
    ACT,
    AGENTS,
    Sentence,
    broken,
    denied,
    dep_path,
    force_of,
    inside,
    negated,
    read_sentences,
    stands_for,
)
from nlp.successors import successors
from nlp.under_command import its_head, under_command
from nlp.verdict_lists import verdict_lists
from nlp.verdicts import pleas, prosecution, served_sentences, verdict_after_clause, verdicts
from nlp.victims import victims, witnesses

if not Doc.has_extension("acg_relations"):
    Doc.set_extension("acg_relations", default=None)

_COMPLICITY = {
    "supply": "supplied", "sell": "supplied", "provide": "supplied", "deliver": "supplied", "ship": "supplied",
    "equip": "supplied", "arm": "supplied", "export": "supplied", "finance": "financed", "fund": "financed",
    "pay": "financed", "bankroll": "financed", "sponsor": "financed", "aid": "aided", "abet": "aided",
    "assist": "aided", "help": "aided", "facilitate": "aided",
}  # fmt: skip
_CARRY_OUT = frozenset(
    {"carry", "commit", "perpetrate", "conduct", "launch", "mount"}
)  # what only a crime or an act is
# Verbs of leading: whoever led a crime took part in it ("the Presidential Guard led the killing of civilians");
# what else they lead (a unit, an inquiry) is read elsewhere.
_LEADING = frozenset({"lead", "spearhead"})
_PERPETRATION = frozenset(
    "commit carry perpetrate conduct kill massacre torture execute attack abduct detain rape shell bomb shoot "
    "raid burn launch mount".split()
)

# Verbs of a harm done, whose place may name the crime the document tells of apart ("killed 62 villagers in
# Accomarca": the Accomarca massacre; nlp.acts).
_HARMS = _PERPETRATION - _CARRY_OUT - {"detain"}


def _naming(t: Token) -> bool:
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in lexicon.NAMING_VERBS


def _places_of(s: Sentence, verb: Token) -> list[Span]:
    """The places of the verb's own clause ("killed 62 villagers in Accomarca"): not those of its subject ("the
    soldiers of the Accomarca base") nor of a clause of another verb inside it."""
    subjects = {x.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for x in c.subtree}
    out = []
    for m in s.mentions:
        # a name after "in" or "at" may be a place the tagger took for a body; the document says which it is
        at = m.root.dep_ == "pobj" and m.root.head.lower_ in {"in", "at", "near"} and m.label_ == "Organization"
        if not (m.label_ == "Location" or at) or m.root.i in subjects:
            continue
        up = m.root.head
        # "at a place known as X near Y": a participle of naming is no clause of its own
        while up.i != verb.i and (up.pos_ not in {"VERB", "AUX"} or _naming(up)) and up.head.i != up.i:
            up = up.head
        if up.i == verb.i:
            out.append(m)
    return out


# What a body that enquires does to a crime: "The Commission documented the killing of X", "The Mission
# finds that the killings in Y were carried out by Z", "the Prosecutor is investigating the massacre".
_INQUIRY_VERBS = frozenset(
    "investigate document examine find establish record inquire probe verify confirm determine consider conclude "
    "believe identify corroborate".split()
)
_INQUIRY_NOUNS = frozenset("investigation investigations inquiry inquiries mission review probe".split())
_INQUIRY_WORDS = ("Commission", "Mission", "Inquiry", "Fact-Finding", "Panel of Experts", "Group of Experts",
                  "Prosecutor", "Investigat")  # fmt: skip


def _inquiring(body: Span) -> bool:
    """A body of inquiry by its name ("the Commission", "the Fact-Finding Mission"), or by its description's noun."""
    named = body.text if body.label_ != "ANAPHOR" else body._.acg["head"].capitalize()
    return any(w in named for w in _INQUIRY_WORDS)


def _its_inquiry(s: Sentence) -> None:
    """ "The Commission of Inquiry on X visited ... It documented the killing of Y": "it", the subject of a
    verb of inquiry, is the body of inquiry that is the subject of the sentence before (0.6, both sentences
    the evidence); and "the investigation conducted by A and B, which documented Y": A and B (0.7)."""
    for verb in s.sent:
        if verb.lemma_.lower() not in _INQUIRY_VERBS or negated(verb) or denied([verb]):
            continue
        crimes = [m for m in s.typed("Crime") if any(inside(m, x) for c in verb.children if c.dep_ != "nsubj"
                                                     for x in c.subtree)]  # fmt: skip
        if not crimes:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        bodies: list[Span] = []
        since = None
        if subject.lower_ == "it" and s.sent.start > 0:
            before = s.sent.doc[s.sent.start - 1].sent
            bodies = [m for m in s.doc_mentions if m.label_ == "Mechanism" and _inquiring(m)
                      and any(inside(m, t) for t in before if t.dep_ == "nsubj")][:1]  # fmt: skip
            since = before.start_char
        elif subject.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            # the investigation the clause is about, and the bodies its participle names ("the investigation
            # conducted by A and B, which documented"; the parser may hang the clause on B)
            noun = verb.head
            acl = next((a for a in [noun, *noun.ancestors] if a.dep_ == "acl" and a.tag_ == "VBN"), None)
            acl = next((a for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"), acl)
            if acl is not None and acl.head.lemma_.lower() in _INQUIRY_NOUNS:
                by = [x for b in acl.children if b.dep_ == "agent" for x in b.subtree]
                bodies = [m for m in s.typed("Mechanism") if any(inside(m, x) for x in by)]
        for body in bodies:
            for crime in crimes:
                if since is None:
                    s.emit(crime, "investigated_by", body, 0.7, f"inquiry-{verb.lemma_.lower()}-by-which")
                else:
                    s.emit(crime, "investigated_by", body, 0.6, f"inquiry-{verb.lemma_.lower()}-it", since=since)


def inquiries(s: Sentence) -> None:
    """investigated_by: a crime named in what a commission of inquiry, a fact-finding mission, a panel of
    experts or a prosecutor documented, found, established or investigated (its verb's own words). A
    court's finding is a finding of its judgment, not an inquiry: no court is read so."""
    _its_inquiry(s)
    for body in s.typed("Mechanism"):
        verb = body.root.head
        grounds = verb.lemma_ == "have" and any(c.lemma_.lower() in {"ground", "reason"} for c in verb.children)
        if body.root.dep_ != "nsubj" or not (verb.lemma_.lower() in _INQUIRY_VERBS or grounds):
            continue  # "The Mission has reasonable grounds to believe that the torture of X ...": its finding
        if not _inquiring(body) or negated(verb) or denied([verb]):
            continue
        for crime in s.typed("Crime"):
            if any(inside(crime, x) for c in verb.children if c.dep_ != "nsubj" for x in c.subtree):
                s.emit(crime, "investigated_by", body, 0.7, f"inquiry-{verb.lemma_.lower()}")


def cases(s: Sentence) -> None:
    for case in s.typed("Case"):
        for court in s.typed("Mechanism"):
            if prosecution(court):
                continue  # a prosecutor brings a case; a court tries it
            path = dep_path(case.root, court.root)
            if path is not None and len(path) <= 6 and not broken(path, (case, court), []):
                s.emit(case, "tried_by", court, 0.7, "case-court")


# -- complicity and crimes ------------------------------------------------------------------------------------


# Verbs of seeing or telling what someone was doing: "described X taking part in", "saw Y beating".
_SEEING = frozenset("describe see witness watch observe hear recall remember film photograph show".split())


def _subject(s: Sentence, verb: Token, types: AbstractSet[str]) -> Span | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "agent"}:
            target = c if c.dep_ == "nsubj" else next((x for x in c.children if x.dep_ == "pobj"), c)
            # the subjects coordinated with the first: "militiamen, police and members of the Samri killed"
            for x in (target, *target.conjuncts) if c.dep_ == "nsubj" else (target,):
                hit = next((m for m in s.mentions if inside(m, x) and stands_for(m, types)), None)
                if hit is None and x.lemma_.lower() in lexicon.FORCE_MEMBERS:
                    hit = force_of(s, x, types)
                if hit is not None:
                    return hit
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "ccomp"} and verb.head.lemma_.lower() in _SEEING:
        # "witnesses described X himself taking part in the beatings": whom they saw doing it
        seen = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        seers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if (
            negated(verb.head)
            or denied([verb.head])
            or any(d.lower_ in {"no", "neither", "none"} for c in seers for d in (c, *c.children))
        ):
            return None  # "no witness described X taking part": nobody saw it
        if seen is not None:
            return next((m for m in s.mentions if inside(m, seen) and m.label_ in types), None)
    if verb.dep_ in {"conj", "xcomp"}:
        return _subject(s, verb.head, types)
    return None


def complicity(s: Sentence) -> None:
    for t in s.sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB":
            continue
        predicate = _COMPLICITY.get(lemma) or ("perpetrated" if lemma in _PERPETRATION else None)
        if (lemma == "take" and any(c.lower_ == "part" for c in t.children)) or lemma in _LEADING:
            predicate = "perpetrated"  # "took part in the massacre"; "led the killing of X" (a crime only, below)
        if lemma == "order":
            predicate = "ordered"
        if predicate is None or negated(t) or denied([t]):
            continue
        # "the killings, carried out by the SRK": a participle that describes what it names
        # (or, after a comma, the crime just named: "the massacre at X, carried out by the 9th Brigade")
        described = t.tag_ == "VBN" and (t.dep_ == "acl" or (t.dep_ == "advcl" and lemma in _CARRY_OUT))
        # "The bombing of X, carried out on 3 May by Y, killed ...": the parser makes the participle the main
        # verb and the crime its subject; "by" says the voice
        misread = lemma in _CARRY_OUT and t.tag_ in {"VBD", "VBN"} and any(c.dep_ == "agent" for c in t.children)
        passive = described or misread or any(c.dep_ == "nsubjpass" for c in t.children)
        agent = _subject(s, t, AGENTS) if not passive else None
        included: list[Span] = []
        sure = 0.7
        if passive:
            by = next((c for c in t.children if c.dep_ == "agent"), None)
            if by is not None:
                named = [m for m in s.mentions if stands_for(m, AGENTS) and any(inside(m, x) for x in by.subtree)]
                # "by the DINA agent Michael Townley": the agent, not the force named before his name
                heads = {
                    x.i
                    for o in by.children
                    if o.dep_ == "pobj"
                    for x in (o, *o.children)
                    if x is o or x.dep_ == "appos"
                }
                agent = next((m for m in named if m.root.i in heads), named[0] if named else None)
                if agent is None and not any(c.dep_ == "pobj" for c in by.children):
                    # "carried out by, among others, the Anti-Riot Brigade": the parse lost the object; the first
                    # name after "by" is read, as possible only
                    agent = next((m for m in s.mentions if m.start > by.i and m.label_ in AGENTS), None)
                    sure = 0.5
                included = _included(s, by, agent)  # "by VRS units, including the Drina Corps"
                included += [m for m in _further_agents(s, t, by) if m is not agent]
        if agent is None and not passive and (named := _named_among_subject(s, t)):
            # "Armed groups, including A, B and C, committed abuses": each named one possibly did it
            agent, included, sure = named[0], named[1:], 0.5
        if agent is None:
            continue
        included += _coordinated_agents(s, agent)  # "by the RSF and allied Arab militias"
        more: list[Span] = []
        wants = {"Crime"} if predicate in {"aided", "perpetrated", "ordered"} else AGENTS
        target = next((m for m in s.mentions if described and inside(m, t.head) and stands_for(m, wants)), None)
        if described and target is None and t.dep_ == "advcl":
            target = next((m for m in reversed(s.mentions) if stands_for(m, {"Crime"}) and m.end <= t.i), None)
        if target is None and predicate == "perpetrated" and _in_which(t):
            # "the Kiwanja killings, in which CNDP fighters executed civilians": the crime the clause is in
            target = next((m for m in s.mentions if stands_for(m, {"Crime"}) and inside(m, t.head)), None)
        if target is not None:
            for who in (agent, *included):
                s.emit(who, predicate, target, sure, f"verb-{lemma}")
            _carried_out_at(s, t, target)
            continue
        for c in t.children:
            # "killed civilians during the massacre at X": a harm done in the crime is a part in it
            during = predicate == "perpetrated" and lemma not in _CARRY_OUT and c.lower_ == "during"
            if (
                c.dep_ in {"dobj", "nsubjpass", "dative"}
                or (misread and c.dep_ == "nsubj")
                or (c.dep_ == "prep" and (c.lower_ in {"to", "for", "in"} or during) and lemma not in _LEADING)
            ):  # "led to the killings" says what followed, not who did them
                if wants == {"Crime"}:
                    # the object itself: "carried out an investigation into the massacre" did not carry it out
                    # "took part in arbitrary arrests and in the torture of X": each phrase of the same preposition
                    phrases = [c, *(x for x in c.conjuncts if c.dep_ == "prep" and x.lower_ == c.lower_)]
                    objects = [_object_noun(x) for x in phrases]
                    found = [m for h in objects for m in s.mentions if inside(m, h) and stands_for(m, {"Crime"})]
                    # "committed human rights abuses, including kidnappings and killings of civilians": those named
                    found = found or [m for h in objects if h.lemma_.lower() in _WRONGS
                                      for m in _including(s, h, {"Crime"})]  # fmt: skip
                    target = found[0] if found else None
                    more = list(dict.fromkeys(found[1:]))
                else:
                    target = next((m for m in s.mentions for x in c.subtree
                                   if inside(m, x) and stands_for(m, wants) and m is not agent), None)  # fmt: skip
                if target is not None:
                    break
        if target is None and predicate == "perpetrated" and t.dep_ == "conj":
            # "In the Kocho massacre, fighters gathered the men and shot them": the crime the clause is set in
            fronted = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ in {"in", "during"} and c.i < t.i]
            target = next((m for c in fronted for m in s.mentions if stands_for(m, {"Crime"})
                           and inside(m, _object_noun(c))), None)  # fmt: skip
        if target is None:
            if predicate == "perpetrated" and lemma in _HARMS:
                for place in _places_of(s, t):
                    for who in (agent, *included):
                        s.emit(who, ACT, place, sure, f"act-{lemma}")
            continue
        more += [m for m in _crimes_among(s, target) if m not in more]
        if target.label_ == "Crime":  # "carried out A in 2015, B in 2014 and C": the parser may cut the list
            more += [m for m in s.listed_after(more[-1] if more else target) if m not in more and m is not target]
        for crime in (target, *(m for m in more if m is not target)):
            for who in (agent, *included):
                s.emit(who, predicate, crime, sure, f"verb-{lemma}")
            if crime.label_ == "Crime":
                _carried_out_at(s, t, crime)


# ", among them the killings in X and the mistreatment of Y": crimes named as part of the one before
_AMONG = re.compile(r"\s*[,:]\s*(?:among\s+them|among\s+which|including|in\s+particular|notably)\s+(?:the\s+)?")
# the next crime of such a list, past a date its name left out ("... in January 1993 and the ...")
_NEXT_LISTED = re.compile(r"(?:\s+(?:in|on|between)\s+[^,;()]{0,30}?\d{4})?\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?")


def _crimes_among(s: Sentence, crime: Span) -> list[Span]:
    """The crimes a sentence names as included in `crime` ("committed murder and cruel treatment of civilians,
    among them the killings in X and the mistreatment of detainees at Y"): what was done to the whole was done
    to each."""
    after = [m for m in s.typed("Crime") if m.start >= crime.end]
    out: list[Span] = []
    end = crime.end_char
    for m in after:
        pattern = _NEXT_LISTED if out else _AMONG
        if not pattern.fullmatch(s.text, end, m.start_char):
            break
        out.append(m)
        end = m.end_char
    return out


def _carried_out_at(s: Sentence, verb: Token, crime: Span) -> None:
    """ "The bombing of X, carried out in Kampala on 2 May", "committed the massacre in Kigali": the place of
    the verb of carrying out is the crime's (occurred_in, 0.7)."""
    if verb.lemma_.lower() in _CARRY_OUT:
        _placed_on(s, verb, crime, f"crime-{verb.lemma_.lower()}-in")


def _placed_on(s: Sentence, word: Token, crime: Span, rule: str) -> None:
    """The places after "in" or "at" that the parse hung on `word`, outside the crime's name, are where the
    crime occurred (0.7)."""
    for p in word.children:
        if p.dep_ == "prep" and p.lower_ in {"in", "at"} and not inside(crime, p):
            for place in (m for m in s.typed("Location") for x in p.children if x.dep_ == "pobj" and inside(m, x)):
                s.emit(crime, "occurred_in", place, 0.7, rule)


_COUNT_NOUNS = frozenset("series campaign wave spate string number pattern dozens hundreds thousands".split())


def _object_noun(c: Token) -> Token:
    """The noun a verb's object or phrase names: the object, a preposition's object, or what a noun of number
    or of a series is of ("a series of attacks on X", "a campaign of killings")."""
    prep = c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")  # "in X and in Y": the second "in" too
    head = next((x for x in c.children if x.dep_ == "pobj"), c) if prep else c
    while head.lemma_.lower() in _COUNT_NOUNS:
        of = next((x for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                   if x.dep_ == "pobj"), None)  # fmt: skip
        if of is None:
            break
        head = of
    return head


# Nouns of wrongs in general, which name no crime of their own: what they include does.
_WRONGS = frozenset("abuse violation crime atrocity".split())


def _including(s: Sentence, t: Token, types: AbstractSet[str]) -> list[Span]:
    """The mentions of `types` named after an "including" that qualifies `t` or a clause on it ("armed groups
    operating in X, including A, B and C"; "abuses, including kidnappings and killings")."""
    objects = [o for p in t.subtree if p.dep_ == "prep" and p.lower_ == "including" and p.head.i in {t.i, *(c.i
               for c in t.children if c.dep_ == "acl")} for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # crimes: all the list holds, which the parser may hang on a place before ("abductions in X, the killing of Y")
    words = [x for o in objects for x in (o.subtree if types == {"Crime"} else (o, *o.conjuncts))]
    return list(dict.fromkeys(m for w in words for m in s.mentions if inside(m, w) and stands_for(m, types)))


def _named_among_subject(s: Sentence, verb: Token) -> list[Span]:
    """The agents a verb's subject of no name includes: "Armed groups ..., including A, B and C, committed";
    "Serb forces, comprising units of the 1st Corps, the police and X, carried out" (each named, or the force
    whose units it names)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(inside(m, subject) for m in s.mentions):
        return []
    # the participle on the subject, or on the verb where the parser hangs it there ("forces, comprising X, carried")
    participles = [a for a in subject.children if a.dep_ == "acl"] + [
        a for a in verb.children if a.dep_ == "advcl" and a.tag_ == "VBG" and subject.i < a.i < verb.i
    ]
    comprised = [o for a in participles if a.lemma_.lower() in {"comprise", "include"}
                 for o in a.children if o.dep_ == "dobj"]  # fmt: skip
    words = [w for o in comprised for w in (o, *o.conjuncts, *(x for x in o.subtree if x.dep_ == "appos"))]
    return _including(s, subject, AGENTS) or _agents_at(s, words)


def _included(s: Sentence, by: Token, agent: Span | None) -> list[Span]:
    """Agents named as included in the first one: "by VRS units, including the Drina Corps"."""
    return [m for p in by.subtree if p.dep_ == "prep" and p.lower_ in {"including", "notably"}
            for x in p.subtree for m in s.mentions
            if m is not agent and m.label_ == "Organization" and m.root.i == x.i]  # fmt: skip


def _coordinated_agents(s: Sentence, agent: Span) -> list[Span]:
    """Agents coordinated with the first: "the RSF and allied militias", "A, B and C"; a force named by its
    members counts ("members of the SNR, the police and the army")."""
    return _agents_at(s, list(agent.root.conjuncts), agent)


def _agents_at(s: Sentence, words: list[Token], but: Span | None = None) -> list[Span]:
    """The agent each word names (other than `but`), or the force whose members it names ("members of the
    army"), each once."""
    out = []
    for w in words:
        hit = next((m for m in s.mentions if inside(m, w) and m.label_ in AGENTS and m is not but), None)
        if hit is None and w.lemma_.lower() in lexicon.FORCE_MEMBERS:
            hit = force_of(s, w, AGENTS)
        if hit is not None and hit not in out:
            out.append(hit)
    return out


def _further_agents(s: Sentence, verb: Token, by: Token) -> list[Span]:
    """The agents after the first "by": "carried out by the police, by the RAB and by the BGB" (each "by" its
    own phrase, or one coordinated with the one before); the name each "by" governs, or the force its members
    belong to ("by members of the army")."""
    bys = [c for c in verb.children if c.dep_ == "agent" and c.i > by.i]
    bys += [c for b in (by, *bys) for c in b.conjuncts if c.lower_ == "by" and c not in bys]
    return _agents_at(s, [o for b in bys for o in b.children if o.dep_ == "pobj"])


def _in_which(t: Token) -> bool:
    """A relative clause opened by "in which" or "during which": it tells what happened in its noun."""
    return t.dep_ == "relcl" and any(
        p.dep_ == "prep" and p.lower_ in {"in", "during"} and any(x.lower_ == "which" for x in p.children)
        for p in t.children
    )


def _its(s: Sentence, crime: Span) -> Span | None:
    """Whose crime "its" or "their" says ("Since 2009 Boko Haram has killed thousands ... Its attack on Baga"):
    the force that is the one subject of the sentence before, if it is one (an organisation, named)."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in crime.root.children):
        return None
    sent = crime.root.sent
    if sent.start == 0:
        return None
    before = crime.doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"}]
    if any(t.conjuncts for t in subjects):
        return None  # "The army and Boko Haram fought ... Its attack": which one, the text does not say
    forces = [m for m in s.doc_mentions if m.label_ == "Organization" and any(inside(m, t) for t in subjects)]
    if len(forces) != 1:
        return None
    # every subject is the force, or the noun that describes it right before its name ("the armed group X")
    force = forces[0]
    return force if all(inside(force, t) or t.i == force.start - 1 for t in subjects) else None


# Prepositions of a verb of telling or asking that say what it told of ("testified about", "reported on").
_TOLD_OF = frozenset({"about", "on", "into", "regarding", "concerning"})


def crimes(s: Sentence) -> None:
    for crime in s.typed("Crime"):
        for start, end in crime._.acg.get("by", []):
            owner = next((m for m in s.mentions if m.start == start and m.end == end), None)
            if owner is not None:
                s.emit(owner, "perpetrated", crime, 0.7, "crime-by")
        if (force := _its(s, crime)) is not None:  # read across two sentences: possible
            s.emit(force, "perpetrated", crime, 0.5, "crime-its", since=force.sent.start_char)
        by = next((c for c in crime.root.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        active = crime.root.head
        # "testified about the killing of X by the 7th Brigade": the verb the parser hangs "by" on
        if crime.root.dep_ == "pobj" and active.lower_ in _TOLD_OF and active.head.pos_ == "VERB":
            active = active.head
        if (
            by is None
            and (crime.root.dep_ == "dobj" or active is not crime.root.head)
            and not any(c.dep_ == "auxpass" for c in active.children)
        ):
            # "examined the shelling of Mekelle by the ENDF": an active verb takes no agent; the crime does
            by = next((c for c in active.children if c.dep_ == "prep" and c.lower_ == "by" and c.i >= crime.end), None)
        # "was questioned about the shelling of X by police officers": whether they shelled or questioned, unsure
        asked = active is not crime.root.head and any(c.dep_ == "auxpass" for c in active.children)
        if by is not None:
            agent = next((m for m in s.mentions for x in by.subtree if inside(m, x) and m.label_ in AGENTS), None)
            if agent is not None:
                s.emit(agent, "perpetrated", crime, 0.5 if asked else 0.7, "crime-by")
        verb = crime.root.head if crime.root.dep_ in {"nsubj", "nsubjpass"} else None
        if verb is not None and (
            verb.lemma_ in {"occur", "happen"}
            or (verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children))
        ):  # "the massacre took place in Nyanza"
            for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                for where in (m for m in s.typed("Location") for x in p.children if x.dep_ == "pobj" and inside(m, x)):
                    s.emit(crime, "occurred_in", where, 0.8, "crime-took-place")
        carried = crime.root.head
        if (
            crime.root.dep_ in {"dobj", "nsubjpass"}
            and inside(crime, _object_noun(crime.root))
            and not negated(carried)
        ):
            _carried_out_at(s, carried, crime)  # "the army carried out the massacre in Gulu": whoever did it
        if crime.text.startswith("Operation ") and not negated(carried):
            _placed_on(s, crime.root, crime, "operation-in")  # "launched Operation X in Gulu": hung on its name
        _where_clause(s, crime)
        _work_of(s, crime)
        for place in crime._.acg.get("places", []):
            loc = next((m for m in s.mentions if m.label_ == "Location" and m.start == place[0]), None)
            if loc is not None:
                s.emit(crime, "occurred_in", loc, 0.8, "crime-place")
        for loc in _places_in_name(s, crime):
            s.emit(crime, "occurred_in", loc, 0.8, "crime-place-within")
        for ct in s.typed("CrimeType"):
            if crime.start <= ct.start and ct.end <= crime.end:
                s.emit(crime, "of_type", ct, 0.8, "crime-type")


def _work_of(s: Sentence, crime: Span) -> None:
    """ "The killing of X was the work of the FPMR": who did it (0.7); "was not the work of" nothing."""
    verb = crime.root.head
    if crime.root.dep_ != "nsubj" or verb.lemma_ != "be" or negated(verb):
        return
    for work in (c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "work"):
        of = [x for p in work.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
        agent = next((m for m in s.mentions for x in of if inside(m, x) and stands_for(m, AGENTS)), None)
        if agent is not None:
            s.emit(agent, "perpetrated", crime, 0.7, "crime-work-of")


def _where_clause(s: Sentence, crime: Span) -> None:
    """ "Nyange church, where the massacre took place": the crime said in a clause of "where" on a place is
    there (0.7); "camps such as A, B and C, where the killing of detainees was routine" (the parser hangs the
    clause on the list's first): the others of the list possibly (0.6)."""
    verb = crime.root.head
    if crime.root.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.dep_ not in {"relcl", "advcl"}:
        return
    if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children) or negated(verb):
        return
    for place, sure in ((verb.head, 0.7), *((x, 0.6) for x in verb.head.conjuncts)):
        loc = next((m for m in s.typed("Location") if inside(m, place)), None)
        if loc is not None and not inside(crime, place):
            s.emit(crime, "occurred_in", loc, sure, "crime-where")


# "the torture of the prisoners at Ovčara", "the persecution of Croats in Hrtkovci", "the shelling of the Abobo
# market": a place the crime's own words name after one of these (not "from": "prisoners taken from X").
_WITHIN = frozenset({"in", "at", "near", "on", "of"})


def _places_in_name(s: Sentence, crime: Span) -> list[Span]:
    """The places named inside a crime's name after "in", "at", "near", "on" or "of" (over "the" and the words
    of the place's noun: "in the DDS prisons of N'Djamena")."""
    out = []
    for loc in s.typed("Location"):
        if not (crime.start < loc.start and loc.end <= crime.end):
            continue
        doc = s.sent.doc
        if any(t.lower_ == "from" for t in doc[crime.start : loc.start]):
            continue  # "prisoners taken from the hospital in Vukovar": where they were taken from
        after = doc[loc.end] if loc.end < crime.end else None
        if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in lexicon.PLACE_NOUNS:
            continue  # "the kidnapping of the Santa Cruz group": a place that names a group, not where
        i = loc.start - 1
        while i > crime.start and (doc[i].lower_ == "the" or doc[i].pos_ in {"ADJ", "PROPN", "NOUN"}):
            i -= 1
        if doc[i].lower_ in _WITHIN:
            out.append(loc)
    return out


# The verbs of a verdict a sentence of pronouns alone may give ("It acquitted him").
_JUDGED = frozenset({"convict", "acquit", "sentence"})


class RelationExtractor:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # a sentence of one mention is read only for a crime, a person (a victim, a witness alone), a crime's
        # type (a verdict on a pronoun: "He was convicted of murder") or a court ("The Chamber sentenced them");
        # one of none, for a verdict on pronouns ("In December 2002 it acquitted him": the court and the person
        # named before)
        readers = (posts, english_fronted_posts, pronoun_posts, led_by, companies, successors, parts, described,
                   verdicts, verdict_after_clause, verdict_lists, pleas, served_sentences, cases, complicity, crimes,
                   campaigns,
                   characterised, victims, witnesses, inquiries, places_within, known_as, crimes_apposed, cases_apposed,
                   listed_crimes, members_listed_with, under_command, its_head, types_including, responsible, areas,
                   coalitions)  # fmt: skip
        mentions = list(doc.spans[SPANS])
        read_sentences(doc, mentions, readers, lambda within, sent: len(within) >= 2 or any(
            m.label_ in {"Crime", "Person", "CrimeType", "Mechanism"}
            or (m.label_ == "ANAPHOR" and "Mechanism" in m._.acg.get("wants", ())) for m in within)
            or any(t.pos_ == "VERB" and t.lemma_ in _JUDGED for t in sent))  # fmt: skip
        branch_verdicts(mentions, doc._.acg_relations)
        as_taking_part(doc, mentions, doc._.acg_relations)
        profile(doc, mentions, doc._.acg_relations)
        return doc


@Language.factory(
    "acg_relations",
    requires=["doc.spans", "span._.acg", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["doc._.acg_relations"],
)
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(name)
