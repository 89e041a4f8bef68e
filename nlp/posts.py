"""Relations between persons and units: who commands or belongs to a unit (`commands`, `member_of`, with
rank, title and role), from the dependency path between the two mentions and the words on it. Which unit is
part of which is nlp/parts.py's.

One exception, where news reports write posts as formulas the parser cuts badly: a title, its unit and a
person with nothing but commas and "of the" between them ("Commander, 31 Brigade, Brig-Gen. X"; "X, the
GOC, 1 Division") is read from the text between the mentions, and that person's post is what the formula
says; so is a person followed by a verb of taking command, of moving or of leaving and the unit ("X,
takes over at the 82 Division"; "X leaves 82 Division, to become the Chief of Logistics at the Army
Headquarters"). A staff title with its own portfolio ("Chief of Logistics"), a deputy's or a staff officer's
title is a post in the unit, not its command. A list closed by "all at UNIT" posts everyone in it there. A
semicolon separates the posts of a list; a path through a verb other than serving, posting or leading ("X
visited the 21 Brigade") does not make a post.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.listed import listed_members
from nlp.sentence import (
    Sentence,
    appositive,
    broken,
    dep_path,
    held_to_account,
    inside,
    path_cues,
)

# Who leads an organisation of unknown kind, said in a phrase ("X, leader of Y", "the chairman of the party");
# not "director", which heads departments ("Director of Public Relations") as often as forces.
_FOUNDING = frozenset(["found", "founder", "co-founder"])
# Who serves in an organisation of unknown kind, said in a phrase ("the DINA agent X", "a member of Y").
_MEMBER_NOUNS = frozenset("member members agent agents operative operatives fighter fighters official".split())
_LEADER_WORDS = frozenset(
    "leader commander commander-in-chief head headed lead led founder co-founder chairman chairperson "
    "chairwoman".split()
)


_TITLE = lexicon.TITLE_PATTERN
# "GOC 7 Division, Maj-Gen. X", "Commander, 31 Brigade, Brig-Gen. Y": a title, then its unit (then places or
# the unit above, each after a comma), then the person. The title must end the words before the unit.
_TITLE_THEN_UNIT = re.compile(rf"(?<![\w-])(?P<title>{_TITLE})(?:\s*\([A-Z]+\))?\s*[,;]?\s*(?:of\s+)?(?:the\s+)?$")
# What may stand between a person and the phrase of their post: a comma, "who".
_AFTER_PERSON = r"\s*,?\s*(?:who\s+)?"
# A title and what stands between it and its unit: "the new GOC, ", "Chief of Administration at ".
_TITLE_TO_UNIT = (
    r"(?:the\s+|(?P<one_of>an?\s+))?(?:(?:new|former|outgoing|incoming|acting|senior)\s+)*"
    rf"(?P<second>(?:deputy|assistant)\s+)?(?P<title>{_TITLE}|(?:chief\s+|principal\s+)?staff\s+officer)"
    rf"(?:\s+of\s+(?P<portfolio>{lexicon.PORTFOLIO_PATTERN}))?(?:\s*\([^()]{{1,15}}\))?\s*(?:,\s*)?"
    r"(?:(?:of|at|in)\s+)?(?:the\s+)?"
)
# "X, the Director, Army Public Relations", "X who is now the GOC, 1 Division", "X was the General Officer
# Commanding the 2nd Division", "X, was appointed Chief of Administration at Army Headquarters": the person,
# then the title and its unit, nothing else between.
_THEN_TITLE = re.compile(
    _AFTER_PERSON + r"(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+|then\s+)?"
    r"(?:(?:appointed|named|posted|made)\s+(?:as\s+)?"
    r"|(?:serves|served|serving|resumes\s+duty|resumed\s+duty)\s+as\s+)?" + _TITLE_TO_UNIT,
    re.IGNORECASE,
)
# "X leaves 82 Division, to become the Chief of Logistics (COLOG) at the Army Headquarters": from the unit left
# to the post taken.
_THEN_BECOMES = re.compile(r"\s*,?\s*(?:to\s+become|becoming|and\s+becomes)\s+" + _TITLE_TO_UNIT, re.IGNORECASE)
_COMMA = re.compile(r"\)?\s*,\s*")  # the bracket closes an acronym: "Corps of Artillery (NACA), "
_ALIAS = re.compile(r"\s*\(\s*")
# "X, takes over at the 82 Division", "X, has been moved to Defence Headquarters", "X assumed command of 7
# Division": the person, then a verb of taking a command or of moving to a unit, then the unit.
_THEN_VERB = re.compile(
    _AFTER_PERSON + r"(?:(?:has|had|have)\s+been\s+|(?:is|was)\s+(?:now\s+)?)?(?:"
    r"(?P<commands>(?:takes?|took|taking)\s+over\s+(?:command\s+)?(?:at|of)|assum(?:es|ed|ing)\s+command\s+(?:at|of))"
    r"|(?P<member_of>(?:moved|posted|redeployed|transferred|deployed)\s+to|(?P<leaves>leaves|left|leaving)))"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


# Verbs of putting someone in a post or out of it: their agent is not the one posted.
_APPOINTING = frozenset(
    "appoint nominate name promote assign post deploy redeploy transfer dismiss sack relieve".split()
)
_POSTING_VERBS = (
    lexicon.MEMBER_WORDS | lexicon.START_WORDS | lexicon.END_WORDS | lexicon.COMMAND_WORDS | lexicon.HOLD_WORDS
)


def _title_word(t: Token) -> bool:
    return t.lemma_.lower() in _LEADER_WORDS | _MEMBER_NOUNS | lexicon.COMMAND_WORDS


def _made_rank(verb: Token) -> str | None:
    """The rank a verb gives: "was made a general in the FARDC", "was promoted to colonel in the army"."""
    if verb.lemma_.lower() not in {"make", "promote"}:
        return None
    given = [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"}]
    given += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for x in c.children]
    return next((r for c in given if (r := lexicon.canonical_rank(c.text))), None)


# What "take" takes when it takes a post: "took command", "took over", "took charge of", "took up the post".
_TAKEN_POSTS = frozenset("command over charge control office post helm up leadership".split())


def _took_no_post(t: Token) -> bool:
    """ "whose planes took off from the base": "take" said of no post."""
    return t.lemma_.lower() == "take" and not any(c.lower_ in _TAKEN_POSTS for c in t.children)


def _taken_over_from(person: Span) -> bool:
    """The person is whom a command was taken over from: "X took over the CNDP from Y"."""
    prep = person.root.head
    verb = prep.head
    return (person.root.dep_ == "pobj" and prep.lower_ == "from" and verb.lemma_.lower() == "take"
            and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children))  # fmt: skip


# Verbs whose "as" says what a charge alleges, not what was found: "charged as the detachment's commander".
_ALLEGING = frozenset("charge accuse indict prosecute try suspect allege investigate".split())


def _alleged(path: list[Token]) -> bool:
    """The post is said in an "as" of a verb of charging: "X was charged as the detachment's commander"."""
    return any(t.lower_ == "as" and t.head.lemma_.lower() in _ALLEGING and t.head in path for t in path)


def _its_part_listed(org: Span, person: Span) -> bool:
    """A body "its" in apposition to a person's name: a part of the body named before, listed after the one who
    commands it ("the Vélez Battalion, commanded by X, its Bolívar Company, led by Y"), not the person's body."""
    root = org.root
    return (
        root.dep_ == "appos"
        and inside(person, root.head)
        and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in root.children)
    )


def _other_act(path: list[Token], ends: tuple[Span, Span]) -> bool:
    """The path goes through a verb that is not one of serving, posting or leading."""
    return any(
        t.pos_ == "VERB"
        and (t.lemma_.lower() not in _POSTING_VERBS or held_to_account(t) or _took_no_post(t))
        and _made_rank(t) is None
        and not any(inside(e, t) for e in ends)
        for t in path
    )


def _across_verbs(path: list[Token], ends: tuple[Span, Span]) -> bool:
    """The path joins two verbs of other acts, one the person's, the other the post's ("sentenced A ... but
    acquitted the former police chief, B"): the post is whom the second verb names."""
    on = {t.i for t in path}
    return any(
        t.pos_ == "VERB" and t.dep_ == "conj" and t.head.i in on and t.head.pos_ == "VERB"
        and _other_act([t, t.head], ends)
        for t in path
    )  # fmt: skip


def _acts_on(path: list[Token], person: Span, org: Span) -> bool:
    """The person is the subject of a verb of another act whose object holds the unit ("X interviewed twelve
    former M23 fighters"), and no word of command is on the path itself: a command joined to the object ("as
    well as their commander") is another's."""
    if any(t.lemma_.lower() in lexicon.COMMAND_WORDS for t in path):
        return False
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() not in _POSTING_VERBS
        and any(c.dep_ == "nsubj" and inside(person, c) for c in t.children)
        and any(c.dep_ == "dobj" and any(inside(org, x) for x in c.subtree) for c in t.children)
        for t in path
    )  # fmt: skip


def _listed_with_another_noun(path: list[Token]) -> bool:
    """The path joins two common nouns listed together: "six senior TNI officers and the last governor of East
    Timor, X": X is the governor, not one of the officers."""
    on = {t.i for t in path}
    # "X was the KLA's spokesman and a member of the General Staff", "X, the spokesman and a member of Y": both
    # nouns say what X was
    return any(t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "NOUN" and t.head.i in on
               and t.head.dep_ not in {"attr", "appos"} for t in path)  # fmt: skip


# The nouns of "under the command of X", "under the leadership of X", "under its commanding officer, X".
_UNDER_NOUNS = lexicon.COMMAND_WORDS | frozenset("leadership orders supervision direction".split())


def _commanding_noun(t: Token) -> bool:
    """A noun of command: "command", "leadership", "its commanding officer" (not a name: "President X")."""
    return t.pos_ == "NOUN" and (t.lemma_.lower() in _UNDER_NOUNS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.COMMAND_WORDS for c in t.children))  # fmt: skip


def _under(path: list[Token], person: Span) -> str | None:
    """Who stands above whom in "under the command of": "led" where the person is under the organisation's
    ("X was placed under the command of the 3rd Brigade": X serves in it, he does not command it), "leads"
    where the organisation is under the person's ("the 3rd Brigade, under the command of X", "under the
    leadership of X, the Derg launched")."""
    for t in path:
        if t.dep_ != "prep" or t.lower_ != "under":
            continue
        if not any(c.dep_ == "pobj" and _commanding_noun(c) for c in t.children):
            continue
        return "leads" if any(inside(person, x) for x in t.subtree) else "led"
    return None


def _acting_under(path: list[Token], org: Span) -> Token | None:
    """The verb of the organisation's own act, done under someone's command ("the brigade, under the command
    of X, attacked the village"): its subject is the organisation and the "under" hangs on it."""
    return next((t for t in path if t.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in t.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and inside(org, c) for c in t.children)), None)  # fmt: skip


def _not_the_holder(path: list[Token], person: Span) -> bool:
    """The person is named on the path as another than the post's holder: the one it was held under ("a
    commander under X", "an officer of the SCR under President X"; not "under the command of X"), or the one
    who did something else to it ("an appointment criticized by X", "appointed by X"; not "commanded by X",
    "replaced by X")."""
    for t in path:
        for p in t.children:
            if not any(inside(person, x) for x in p.subtree):
                continue
            if p.dep_ == "prep" and p.lower_ == "under":
                # "under the command of X": X holds it
                return not any(_commanding_noun(o) for o in p.children if o.dep_ == "pobj")
            if p.dep_ == "agent" and t.pos_ == "VERB":
                verb = t.lemma_.lower()  # "replaced by X": X holds it next; "appointed by X": X appointed
                return verb in _APPOINTING or verb not in _POSTING_VERBS
            if p.dep_ == "prep" and p.lower_ == "by":  # "appointed commander of Y by X", "by" hung on the noun
                governor = next((a for a in [t, *t.ancestors] if a.pos_ == "VERB"), None)
                return governor is not None and governor.lemma_.lower() in _APPOINTING
    return False


def _renamed(t: Token, person: Span) -> bool:
    """The token names the person, or renames it in an apposition, either way round."""

    def top(x: Token) -> Token:
        while x.dep_ in {"appos", "compound"} and x.head is not x:
            x = x.head
        return x

    return inside(person, t) or top(t) == top(person.root) or inside(person, top(t))


def _anothers_clause(path: list[Token], person: Span) -> bool:
    """The path reaches the post through a relative clause about someone else: "Thaçi, who headed the
    Political Directorate, stands trial with X": the clause's "who" is Thaçi, whatever the tagger took him
    for, so X is not its subject."""
    for t in path:
        if t.dep_ != "relcl" or any(inside(person, x) for x in t.subtree):
            continue
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        relative = any(c.lower_ in {"who", "which", "that"} for c in subjects)
        if relative and not _renamed(t.head, person):  # "X, the former President, who headed": X's apposition
            return True
        if subjects and not relative:
            return True  # "According to the Prosecutor, X, three of the suspects were leaders of the militia"
    return False


def _anothers_title(path: list[Token], person: Span) -> bool:
    """The title on the path is another's: an apposition of another person, the subject of a verb whose object
    the person is ("General X, then commander-in-chief of the Chilean Army, appointed Y his delegate", which the
    parser may read either way): the title is X's, not Y's; or a pronoun's, the subject of a copula the path
    crosses ("he was a commander of the FP, ... led by X")."""
    on = {t.i for t in path}
    for t in path:
        if any(inside(person, x) for x in t.subtree):
            continue
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return not _renamed(t.head, person)
        if (
            t.dep_ == "nsubj" and t.lemma_.lower() in lexicon.COMMAND_WORDS and t.head.i in on
            and any(c.dep_ == "dobj" and inside(person, c) for c in t.head.children)
        ):  # fmt: skip
            return True
    # "According to X, four of the detainees were commanders of the militia": the copula gives the title to its
    # subject, and X is neither it nor what it is said to be
    for t in path:
        if t.lemma_ == "be" and t.pos_ in {"AUX", "VERB"}:
            said = [c for c in t.children if c.dep_ in {"nsubj", "attr"}]
            relative = any(c.lower_ in {"who", "which", "that"} for c in said)  # "X, who is First Chairman of Y"
            if len(said) == 2 and not relative and not any(inside(person, x) for c in said for x in c.subtree):
                return True
    # "he was a commander of the FP, the armed wing of the UP led by X": the title is his, not X's
    return any(
        t.lemma_ == "be" and t.pos_ in {"AUX", "VERB"}
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in t.children)
        for t in path
    )  # fmt: skip


def _whose(path: list[Token], person: Span) -> bool:
    """The path reaches the post through a clause about what something has: "X, whose brother commanded the
    division", "X, a member of the party, whose youth wing was the Interahamwe": the clause's subject is
    neither X nor what X belongs to. A person inside the clause is its own ("the division, whose commander
    was X")."""
    for t in path:
        if t.dep_ != "relcl" or any(inside(person, x) for x in t.subtree):
            continue
        subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(x.lower_ == "whose" for c in subjects for x in c.children):
            return True
    return False


def _one_of_several(path: list[Token]) -> str | None:
    """The command noun of the path said with an indefinite article, as one of several ("a senior commander of
    the RUF", "an RUF commander", "another former LRA commander"): the role, or None. A former one was the
    commander ("a former GOC of 7 Division")."""
    for t in path:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in lexicon.COMMAND_WORDS:
            continue
        if any(c in path and any(d.lower_ == "the" for d in c.lefts) for c in t.conjuncts):
            return None  # "a founder and the President of Y": the President, whatever else he was
        lefts = list(t.lefts)
        another = any(c.dep_ == "det" and c.lower_ == "another" for c in lefts)  # one more of several, ever
        if another or (
            any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in lefts)
            and not any(
                c.lower_ in {"former", "past", "previous", "onetime", "erstwhile", "new", "incoming", "outgoing"}
                for c in lefts
            )
        ):
            return " ".join([c.text for c in lefts if c.dep_ == "amod"] + [t.text])
    return None


def _bare_title(path: list[Token], org: Span) -> str | None:
    """ "former LRA commander Kwoyelo", "M23 commander X": a commander's noun with no article, between a force
    that is no unit and the name, says he commanded in it, not that he commanded it (an LRA commander is one
    of many; a brigade's is its only one): the role, or None."""
    if org._.acg.get("kind") == "unit":
        return None
    for t in path:
        if t.lemma_.lower() != "commander" or t.dep_ != "compound" or t.head not in path:
            continue  # a title before the name it is said of
        lefts = list(t.lefts)
        if any(c.dep_ in {"det", "poss"} for c in lefts) or not any(inside(org, c) for c in lefts):
            continue
        return " ".join([c.text for c in lefts if c.dep_ == "amod"] + [t.text])
    return None


def _one_among(t: Token) -> bool:
    """A plural noun said of one of several: "one of the commanders", "among the leaders"."""
    head = t.head
    if head.lower_ == "among":
        return True
    return head.lower_ == "of" and head.head.lower_ in {"one", "some", "several", "many", "each", "any"}


def _qualifies_another(word: Token, org: Span) -> bool:
    """A participle of command ("led by X") that qualifies a noun other than `org` or a description of it."""
    if not (word.dep_ == "acl" and word.tag_ == "VBN" and word.head.pos_ == "NOUN"):
        return False
    noun = word.head
    while not (inside(org, noun) or _renames(noun, org)):  # "the AFRC, the junta headed by X": the AFRC
        if noun.dep_ != "appos":
            return True
        noun = noun.head
    return False


def _commands_another(path: list[Token], org: Span) -> bool:
    """The command word of the path is about something else than `org`: a participle ("commanded by X")
    commands the noun it qualifies, so "a unit of the Armed Forces commanded by X" is X's unit, not the
    forces; and a verb between the command word and the unit ("the battalion, commanded by X, was supported
    by the 4th Brigade") puts the unit in a clause of its own."""
    words = [i for i, t in enumerate(path) if t.lemma_.lower() in lexicon.COMMAND_WORDS and not inside(org, t)]
    if not words:
        return False
    k = words[-1] if path[-1] in org else words[0]
    nearest_person = path[words[0] if path[-1] in org else words[-1]]
    if nearest_person is not path[k] and _qualifies_another(nearest_person, org):
        return True  # "run by the SIDE together with a gang led by X": X leads the gang
    word = path[k]
    if word.dep_ == "acl" and word.tag_ == "VBN" and word.head.pos_ == "NOUN":
        return _qualifies_another(word, org)
    if _misread_participle(word):
        return True  # "... from the coalition, known as X and commanded by Y": Y's is the coalition, no subject
    between = path[k + 1 :] if path[-1] in org else path[:k]
    # "the 32nd Brigade, known as the Khamis Brigade after its commander": a name given is no act
    return any(t.pos_ == "VERB" and t.lemma_.lower() not in _POSTING_VERBS | lexicon.NAMING_VERBS
               and not inside(org, t) for t in between)  # fmt: skip


def _described_by(path: list[Token], person: Span) -> Token | None:
    """The noun the person's name renames, where the path only passes through it on its way up to the verb
    ("The ninth accused, X, was a member of Y"): a description of the person, no act on the unit ("The victim of
    the brigade, X": the path goes on to the brigade from the noun, and it stays)."""
    noun = person.root.head
    at = [k for k, t in enumerate(path) if t.i == noun.i]
    if person.root.dep_ != "appos" or not at or at[0] + 1 >= len(path) or path[at[0] + 1].i != noun.head.i:
        return None
    return noun


def _misread_participle(word: Token) -> bool:
    """A participle with its agent ("commanded by X") that the parser made the sentence's main verb, without
    the auxiliary a passive verb takes: it qualifies a noun before it, not the subject the parser gave it."""
    children = [c.dep_ for c in word.children]
    return (
        word.dep_ == "ROOT"
        and word.tag_ in {"VBN", "VBD"}
        and "agent" in children
        and not ({"aux", "auxpass"} & set(children))
    )


def _portfolio(title: Token, org: Span) -> str | None:
    """What a title is in charge of, when it is not the unit: "operations" in "the Army's head of operations",
    "war" in "the CDF's national director of war". Such a head serves in the unit."""
    if title.pos_ != "NOUN":
        return None
    for p in title.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            kind = _kind_after(org)  # "leader of the NDC militia": the militia is the unit, no portfolio
            if obj is not None and obj.pos_ == "NOUN" and obj.is_lower and not inside(org, obj):
                return None if kind is not None and kind.i == obj.i else obj.text
        # "the Khmer Rouge leader responsible for security": one of its leaders, over security
        if p.dep_ == "amod" and p.lower_ == "responsible" and not any(inside(org, x) for x in p.subtree):
            obj = next((c for q in p.children if q.dep_ == "prep" and q.lower_ == "for" for c in q.children
                        if c.dep_ == "pobj"), None)  # fmt: skip
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return " ".join(t.text for t in obj.subtree if t.dep_ != "det")
    return None


def _renames(noun: Token, org: Span) -> bool:
    """The noun's phrase stands right after the unit's name and a comma, as a description of it, however the
    parser attached it: "the Armed Forces Revolutionary Council (AFRC), the junta headed by X"."""
    comma = noun.left_edge.i - 1
    doc = noun.doc
    if comma < 1 or doc[comma].text != "," or org.end > comma:
        return False
    return all(doc[i].text in {"(", ")"} or doc[i].is_upper for i in range(org.end, comma))


def _held(path: list[Token]) -> bool:
    """ "was held in Branch 251": held captive there, not holding a post."""
    return any(t.lemma_.lower() == "hold" and any(c.dep_ == "auxpass" for c in t.children) for t in path)


def _place_in_list(t: Token) -> tuple[int, int]:
    """Where a name stands in the list it is in ("A, B and C"), and how long the list is."""
    first = t
    while first.dep_ == "conj":
        first = first.head
    members = sorted({first.i, *(c.i for c in first.conjuncts)})
    return members.index(t.i) if t.i in members else 0, len(members)


def _respective(person: Span, org: Span) -> bool:
    """ "A and B commanded X and Y respectively": A the first, B the second, never A the second."""
    if not any(t.lower_ == "respectively" for t in person.sent):
        return True
    (at, persons), (place, units) = _place_in_list(person.root), _place_in_list(org.root)
    return persons < 2 or units < 2 or (at == place and persons == units)


def _coordinated(path: list[Token]) -> bool:
    """A person and a unit joined by "and" alone ("sanctions on X and the 5th Brigade", "led by X, and the Y"
    where the parser hung the Y on X): things listed together, neither inside the other. Not a comma alone:
    "the GOC, 1 Division, Maj-Gen X" is read as a list too, and names the holder of a post."""

    def joined(a: Token, b: Token) -> bool:
        lo, hi = sorted((a.i, b.i))
        child, head = (b, a) if b.head == a else (a, b)
        return (
            child.dep_ == "conj"
            and child.head == head
            and any(t.dep_ == "cc" and t.lower_ in {"and", "or", "nor"} for t in a.doc[lo:hi])
        )

    steps = list(pairwise(path))
    return bool(steps) and all(joined(a, b) for a, b in steps)


def _listed_apart(a: Span, b: Span) -> bool:
    """A semicolon between the two: items of a list ("X, GOC 1 Division; Y, 2 Division")."""
    doc = a.doc
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(doc[i].text == ";" for i in range(lo, hi))


def _second(path: list[Token]) -> str | None:
    """The title on the path held as a deputy ("deputy commander", "vice-president", "vice president"): the
    words of the title, else None."""
    for t in path:
        if t.lemma_.lower() not in lexicon.COMMAND_WORDS:
            continue
        before = [x for x in t.doc[max(t.i - 3, 0) : t.i] if x.lower_ in lexicon.SECOND_WORDS or x.text == "-"]
        if any(x.lower_ in lexicon.SECOND_WORDS for x in before):
            start = min(x.i for x in before)
            return t.doc[start : t.i + 1].text
    return None


# The parts of a force its commanders' titles name ("the sector commander"), and the words that make a noun
# a part of what follows ("a subordinate headquarters of the regional command").
_PART_TITLES = frozenset("sector subsector zone area district battalion company platoon squad section".split())
_SUBORDINATE = frozenset({"subordinate", "constituent"})


def _of_a_part(path: list[Token], org: Span) -> str | None:
    """The command on the path is of a part of `org`: a command word named after a part ("their sector
    commander", not a battalion's own "battalion commander"), or a noun said to be subordinate ("who led the
    Dili garrison, a subordinate headquarters of X"). The role, or None."""
    own = {t.lower_ for t in org}
    said = [*path, *(c for t in path for c in t.children if c.dep_ in {"dobj", "attr", "conj"} and c not in path)]
    for t in said:  # the path's words and the objects of its verbs, as its cues are read (path_cues)
        if inside(org, t):
            continue
        if t.lemma_.lower() in lexicon.COMMAND_WORDS:
            part = [c for c in t.lefts if c.dep_ == "compound" and c.lower_ in _PART_TITLES and c.lower_ not in own]
            # "Amnesty International's Research and Advocacy Director", "its Africa Director": a department's
            # or a region's head
            part += [c for c in t.lefts if c.dep_ in {"compound", "nmod"} and not inside(org, c)
                     and (c.text in lexicon.PORTFOLIOS or c.ent_type_ in {"GPE", "LOC"})]  # fmt: skip
            if part:  # the title with its words before it: "Research and Advocacy Director"
                first = min(x.i for c in part for x in c.subtree)
                return t.doc[first : t.i + 1].text
        if t.pos_ == "NOUN" and any(c.lower_ in _SUBORDINATE for c in t.children if c.dep_ == "amod"):
            return f"head of a {t.text}"
    return None


def _removes_another(path: list[Token], person: Span, persons: list[Span]) -> bool:
    """The person is the subject of a verb whose object is another person, and the command is said of that
    one: "President X removed Y from command of the II Army" (Y commanded it, X removed him)."""
    return any(
        t.pos_ == "VERB" and any(c.dep_ == "nsubj" and inside(person, c) for c in t.children)
        and any(c.dep_ == "dobj" and any(inside(p, c) for p in persons if p is not person) for c in t.children)
        for t in path
    )  # fmt: skip


# Verbs of leaving a body: "a faction that split from the NPFL", "broke away from", "defected from".
_LEFT_FROM = frozenset("split break defect secede separate splinter desert".split())


def _left(org: Span) -> bool:
    """The body is the one left ("a faction that had split from the NPFL under the leadership of Y"): who
    leads there leads the faction, not the body it left."""
    head = org.root.head
    return org.root.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in _LEFT_FROM


def _siblings(a: Span, b: Span, orgs: list[Span]) -> bool:
    """Two units named side by side, coordinated or in apposition ("the 58th Division and its 53rd
    Division", "the 58th Division, its 53rd Division"). A name in apposition after a third one is the third's,
    whatever the parse: "the 3rd Corps of the Army of the Republic of Bosnia and Herzegovina (ABiH)"."""
    if any(x.root.dep_ == "appos" and inside(y, x.root.head) for x, y in ((a, b), (b, a))):
        first, second = sorted((a, b), key=lambda m: m.start)
        return not any(first.end <= o.start and o.end <= second.start for o in orgs)
    return any(x.root.dep_ == "conj" and (inside(y, x.root.head) or
               (x.root.head.dep_ == "conj" and inside(y, x.root.head.head))) for x, y in ((a, b), (b, a)))  # fmt: skip


def _nearer_sibling(org: Span, person: Span, orgs: list[Span], led: bool = False) -> bool:
    """A unit coordinated with `org` stands between it and the person: what is said after the second unit
    ("..., and its 53rd Division, under the command of Y") is said of the second, whatever the parse. Its
    acronym in brackets right after it is no other unit where the path says who `led` it ("the Islamic Movement
    in Nigeria (IMN), a Shi'a organisation led by X")."""
    return org.end <= person.start and any(
        o is not org and org.end <= o.start and o.end <= person.start and _siblings(org, o, orgs)
        and not (led and o.start == org.end + 1 and o.doc[org.end].text == "(")  # its acronym in brackets: itself
        for o in orgs
    )  # fmt: skip


def _through_another(path: list[Token], org: Span, orgs: list[Span]) -> bool:
    """The path from the person to `org` passes through another unit's name that is not coordinated with
    it: the command said there is of that unit ("the Army's 58th Division, under the command of X": X
    commands the division; "the Zvornik Brigade of the Drina Corps, commanded by X": not the corps)."""
    inner = path[1:-1]
    return any(o is not org and not _siblings(org, o, orgs) and any(inside(o, t) for t in inner) and
               not any(inside(o, t) for t in org) for o in orgs)  # fmt: skip


def _another_in_apposition(path: list[Token], org: Span, orgs: list[Span]) -> bool:
    """A noun of the path for the body above another, renamed by its name in apposition: the post is there ("the
    21st Brigade's parent unit, the 3rd Division, was commanded by X": X commands the division, and is no member
    of the brigade)."""
    above = [t for t in path[1:-1] if any(c.lower_ in lexicon.ABOVE_WORDS for c in t.children)]
    return any(c.dep_ == "appos" and any(o is not org and inside(o, c) for o in orgs) for t in above
               for c in t.children)  # fmt: skip


# Nouns of a body's kind written after its name ("the Nduma Defence of Congo (NDC) militia", "the RUF rebels"):
# the noun is the body, and the parse hangs the name on it.
_KIND_NOUNS = frozenset(
    "militia militias group movement party rebels faction forces army organisation organization front network "
    "coalition".split()
)


def _kind_after(org: Span) -> Token | None:
    """The noun of `org`'s kind right after its name (its acronym in brackets may stand between), on which the
    parse hangs the name: where a title "of" it names the body."""
    head = org.root.head
    if (
        org.root.dep_ not in {"compound", "nmod"}
        or not 0 <= head.i - org.end <= 3
        or head.lemma_.lower() not in _KIND_NOUNS
    ):
        return None
    between = org.doc[org.end : head.i]
    return head if all(t.text in {"(", ")"} or t.is_upper for t in between) else None


def parent_at(org: Span, orgs: list[Span]) -> int | None:
    """Where the unit that `org` is written as part of begins: "1 Division of the Nigerian Army", or
    "82 Division Nigerian Army" (two units side by side)."""
    if org.label_ == "ANAPHOR":
        return None
    at: int | None = org._.acg.get("parent_at")
    if at is None and org._.acg.get("kind") == "unit":
        at = next((o.start for o in orgs if o.start == org.end and o._.acg.get("kind") == "unit"), None)
    return at


# The parts of a force named only by their kind: "a captain who commanded a company of the Guards brigade".
_SUBUNITS = (lexicon.PART_NOUNS - lexicon.COMMAND_WORDS) | frozenset(
    "company platoon battalion detachment regiment brigade division corps squadron patrol column contingent".split()
)  # not "command of the 8th Division": the command itself


def _part_written_before(org: Span) -> list[Token]:
    """The part of the unit written right before it ("a company of the Guards brigade"), whatever the parse
    hung the unit on: who commands the part is a member of the whole."""
    doc, i = org.doc, org.start - 1
    if i >= 1 and doc[i].text in {"'s", "\u2019s"}:
        # "the artillery service of the Soviet Army's 107th Division": past the division's owner
        i -= 1
        while i >= 0 and doc[i].pos_ == "PROPN":
            i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in _SUBUNITS and doc[i - 1].pos_ == "NOUN":
        return [doc[i - 1]]
    return []


def _part_named_by(org: Span) -> str | None:
    """The part of a unit that the unit's name qualifies ("political wing" in "the NLF political wing"):
    who heads it does not head the unit."""
    head = org.root.head
    if org.root.dep_ not in {"compound", "nmod", "poss"} or head.i < org.end or head.lemma_ not in lexicon.PART_NOUNS:
        return None  # "the Young Patriots movement" is the movement itself
    return " ".join(t.text for t in org.doc[org.end : head.i + 1])


def titled_posts(s: Sentence) -> dict[int, int]:
    """Posts written as a title beside its unit and the person: the person's post is what the phrase
    says, whatever longer paths of the sentence suggest. Returns person start -> unit start."""
    named = s.named
    text = s.text
    persons = [(i, m) for i, m in enumerate(named) if m.label_ == "Person"]
    before = {
        i: _title_before(s, named[:i], (p._.acg.get("rank_span") or (p.start_char,))[0], text) for i, p in persons
    }
    ranked = {i for i, p in persons if p._.acg.get("rank_span")}
    taken = {post[0].start for i, post in before.items() if post is not None and i in ranked}
    found: dict[int, int] = {}
    for i, person in persons:
        left = before[i]
        posts: list[tuple[Span, str | None, str]] = []
        if left is not None:
            posts.append((left[0], left[1], "member_of" if left[1].lower() == "chief of staff" else "commands"))
        # "X, Commander of A, Col. Y": A is Y's (a title before a unit is read with the ranked person after it).
        if i + 1 < len(named) and _postable(named[i + 1]) and named[i + 1].start not in taken:
            m = _THEN_TITLE.fullmatch(text, person.end_char, named[i + 1].start_char)
            if m is not None:
                posts.append(_titled(m, named[i + 1]))
        verb = None
        if i + 1 < len(named) and _postable(named[i + 1]) and not any(o is named[i + 1] for o, _, _ in posts):
            verb = _THEN_VERB.fullmatch(text, person.end_char, named[i + 1].start_char)
        if verb is not None:  # "GOC 1 Division, X, has been moved to DHQ": the title before is the post X left
            posts.append((named[i + 1], None, "commands" if verb["commands"] else "member_of"))
            if verb["leaves"] and i + 2 < len(named) and _postable(named[i + 2]):
                m = _THEN_BECOMES.fullmatch(text, named[i + 1].end_char, named[i + 2].start_char)
                if m is not None:
                    posts.append(_titled(m, named[i + 2]))
        for org, title, predicate in posts:
            org = possessed(s, org) or org  # "commander of the Nigerian Army's 7th Division": of the division
            part = _part_named_by(org)
            if part is not None and predicate == "commands":  # "X, head of the NLF political wing": a post in it
                predicate, title = "member_of", f"{title} of {part}"
            path = dep_path(person.root, org.root)
            s.emit(person, predicate, org, 0.8, "title-of-unit" if title else "verb-of-post",
                   rank=person._.acg.get("rank"), title=title or person._.acg.get("title"),
                   **(s.dates(path) if path else {}))  # fmt: skip
            found.setdefault(person.start, org.start)
    return found


# "the UPC led by X", "the CNDP, founded and led by X", "the GJRP, a Monrovia group led by X": a participle of
# leading right after the organisation's name (and its acronym, and a short description of it), then the
# person, with a rank or title before the name at most.
_LED_BY = re.compile(
    r"\s*(?:\([^()]{1,15}\))?\s*,?\s*(?:(?:a|an|the)\s+(?:[\w'\-]+\s+){0,4}?(?:group|movement|militia|party|"
    r"organi[sz]ation|faction|force|forces|unit|wing|network|rebellion|association|coalition|alliance|"
    r"collective|committee|council|front|army|brigade|battalion|regiment|squad|gang|NGO|agency|service)\s+)?"
    r"(?:(?:founded|created|established)\s+and\s+)?(?P<verb>led|headed|commanded|directed)\s+"
    r"(?:at\s+the\s+time\s+|then\s+|until\s+\d{4}\s+)?by\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}?",
)


# A movement, an armed group, a force or a government "of" a person is the one he leads ("the Libyan National
# Army of Khalifa Haftar"); a company "of" someone is his property, a state institution's may be anything.
_OWNED_BY_LEADER = frozenset({"armed_group", "government", "unit", "other", None})
_OF_LEADER = re.compile(r"\s*(?:\([^()]{1,15}\))?\s+of\s+(?:(?:the\s+)?(?:late\s+)?(?:[A-Z][\w.\-]*\s+){0,2}?)")


# A group a person's possessive names ("Gulbuddin Hekmatyar's Hizb-i Islami", "Foday Sankoh's RUF"): the group
# he leads; not a state's body or a unit, which a possessive may name by the one it serves ("the President's
# guard").
_OWNED_BY_ITS_LEADER = frozenset({"armed_group", "other"})
_POSSESSIVE = re.compile(r"['\u2019]s\s+")


def led_by(s: Sentence) -> None:
    """A group led by someone ("Y, led by X", "Y (ACR), founded and led by X", "Y, a group led by X"): X
    commands Y, read from the words between the two names where the parser hangs the participle elsewhere;
    possibly, the group of a person's possessive ("X's Y")."""
    named = s.named
    for owner, owned in pairwise(named):
        if (
            owner.label_ == "Person" and owned.label_ == "Organization"
            and owned._.acg.get("kind") in _OWNED_BY_ITS_LEADER
            and _POSSESSIVE.fullmatch(s.text, owner.end_char, owned.start_char) is not None
        ):  # fmt: skip
            s.emit(owner, "commands", owned, 0.6, "leaders-group")
    for i, org in enumerate(named[:-1]):
        person = next((m for m in named[i + 1 :] if m.label_ == "Person"), None)
        if org.label_ != "Organization" or person is None or org._.acg.get("kind") == "company":
            continue
        if org.root.dep_ == "pobj" and org.root.head.lower_ == "of":
            continue  # "the Kosta Brigade of the Lira Corps, commanded by X": the brigade's, maybe
        if _LED_BY.fullmatch(s.text, org.end_char, person.start_char) is not None:
            s.emit(person, "commands", org, 0.7, "led-by", rank=person._.acg.get("rank"),
                   title=person._.acg.get("title"))  # fmt: skip
        elif org._.acg.get("kind") in _OWNED_BY_LEADER and _OF_LEADER.fullmatch(
            s.text, org.end_char, person.start_char
        ):
            # "the Libyan National Army (LNA) of Khalifa Haftar", "the ODM of Raila Odinga": its leader,
            # possibly (the "of" may say allegiance)
            end = person.end_char
            if s.text[end : end + 2] not in {"'s", "\N{RIGHT SINGLE QUOTATION MARK}s"}:
                s.emit(person, "commands", org, 0.6, "group-of-leader")


# "X, Chief of Logistics, and Y, Chief of Training, all at the Naval Headquarters": the unit of every one listed.
_ALL_AT = re.compile(r",\s*(?:who\s+are\s+|are\s+)?all\s+(?:at|in|of|with)\s+(?:the\s+)?$", re.IGNORECASE)


def listed_posts(s: Sentence) -> set[tuple[int, int]]:
    """A list of persons closed by "all at UNIT": each of them serves in the unit (their titles are posts in
    it, not its command). Returns the (person start, unit start) pairs."""
    named = s.named
    text = s.text
    found: set[tuple[int, int]] = set()
    for i, org in enumerate(named):
        # the words before the unit, back to the mention before it, within the few characters "all at" takes
        lo = max(named[i - 1].end_char if i else s.sent.start_char, org.start_char - 40)
        if not _postable(org) or _ALL_AT.search(text, lo, org.start_char) is None:
            continue
        for person in (m for m in named[:i] if m.label_ == "Person"):
            path = dep_path(person.root, org.root)
            s.emit(person, "member_of", org, 0.6, "listed-at-unit", rank=person._.acg.get("rank"),
                   title=person._.acg.get("title"), **(s.dates(path) if path else {}))  # fmt: skip
            found.add((person.start, org.start))
    return found


def _titled(m: re.Match[str], org: Span) -> tuple[Span, str, str]:
    """The post a title formula names: a staff title with its own portfolio ("Chief of Administration at Army
    Headquarters"), a deputy's title or a staff officer's is a post in the unit, any other title its command."""
    if m["portfolio"]:
        return org, f"{m['title']} of {m['portfolio']}", "member_of"
    if m["second"] or m["title"].lower().endswith("staff officer") or m["title"].lower() == "chief of staff":
        # a deputy, a staff officer, the chief of a unit's staff: no command ("Chief of Army Staff" heads the army)
        return org, f"{m['second'] or ''}{m['title']}", "member_of"
    if m["one_of"] and m["title"].lower() in _ONE_OF_SEVERAL:
        # "X, a former commander of the LRA", "a leader of the Muslim Brotherhood": one of its commanders, a post
        # in it; its command is not said ("a former head of the D2" is: a body has one head)
        return org, m["title"], "member_of"
    return org, m["title"], "commands"


_ONE_OF_SEVERAL = frozenset("commander leader director chief officer".split())


def possessed(s: Sentence, org: Span) -> Span | None:
    """The unit an organisation's name possesses right after it ("the Nigerian Army's 7th Division")."""
    doc = org.doc
    if org.end >= len(doc) or doc[org.end].text not in {"'s", "\u2019s"}:
        return None
    return next((m for m in s.named if m.start == org.end + 1 and _postable(m)), None)


def _postable(m: Span) -> bool:
    return m.label_ == "Organization" and m._.acg.get("kind") not in {"company", None}


def _title_before(s: Sentence, before: list[Span], left: int, text: str) -> tuple[Span, str] | None:
    """The unit of "TITLE UNIT[, PLACE or UNIT]*, " ending at `left` (where the person's rank or name
    begins), with the title."""
    chain: list[Span] = []
    end = left
    for m in reversed(before):
        if chain and _ALIAS.fullmatch(text, m.end_char, chain[-1].start_char) and text[chain[-1].end_char] == ")":
            chain[-1] = m  # "Corps of Artillery (NACA), ": the acronym in brackets is the unit's own
            end = m.start_char
            continue
        if m.label_ not in {"Organization", "Location"} or not _COMMA.fullmatch(text, m.end_char, end):
            break
        chain.append(m)
        end = m.start_char
    for k in range(len(chain) - 1, -1, -1):  # the first unit of the chain, after its title
        unit = chain[k]
        if not _postable(unit):
            continue
        start = chain[k + 1].end_char if k + 1 < len(chain) else s.sent.start_char
        prior = [m for m in before if m.end_char <= unit.start_char]
        if prior:
            start = max(start, prior[-1].end_char)
        title = _TITLE_THEN_UNIT.search(text, start, unit.start_char)
        if title is not None:
            return unit, title["title"]
    return None


def _fronted_place(org: Span) -> bool:
    """The body is named in a phrase of place set before the clause, which names another subject by a noun:
    "In X, the gang is led by Y", "In the Kolo Brigade, the unit was led by Y"."""
    doc = org.doc
    before = doc[max(org.sent.start, org.start - 2) : org.start]
    words = [t.lower_ for t in before]
    return (
        bool(words)
        and (
            words[-1] in {"in", "at", "within"}
            or (len(words) == 2 and words[0] in {"in", "at", "within"} and words[1] == "the")
        )
        and before[0].i == org.sent.start
        and org.end + 1 < len(doc)
        and doc[org.end].text == ","
        and doc[org.end + 1].pos_ == "DET"
    )


# Verbs whose passive names a body's leader ("was commanded by X", "was headed by X").
_LEAD_VERBS = frozenset({"command", "direct", "head", "lead"})


def posts(s: Sentence) -> None:
    claimed = titled_posts(s)
    listed = listed_posts(s) | listed_members(s)
    persons = s.typed("Person")
    # A company's staff are not posted to it (nor, on Security Force Monitor's articles, its heads: allowing
    # "led" a company took is_posted from 0.780 to 0.773); an organisation of unknown kind ("the LRA", "the
    # Tatmadaw") has a leader, but who merely works there is not said.
    orgs = [m for m in s.typed("Organization") if m.label_ == "ANAPHOR" or m._.acg.get("kind") != "company"]
    unknown = {m.start for m in orgs if m.label_ != "ANAPHOR" and m._.acg.get("kind") == "other"}
    parents = {parent_at(m, orgs): m for m in orgs if parent_at(m, orgs) is not None}
    linked: dict[int, list[tuple[int, Span, list[Token]]]] = {}
    for org in orgs:
        scored: list[tuple[int, Span, list[Token]]] = []
        for person in persons:
            if (person.start, org.start) in listed or _listed_apart(person, org) or not _respective(person, org):
                continue
            path = dep_path(person.root, _kind_after(org) or org.root)
            # the post a title formula gave, unless a verb of its own gives another ("and assumed command of")
            if person.start in claimed and not (claimed[person.start] != org.start and path is not None and any(
                    t.dep_ == "conj" and t.pos_ == "VERB" for t in path)):  # fmt: skip
                continue
            if path is None or len(path) > 9 or _coordinated(path):
                continue
            others = [p for p in persons if p is not person and not appositive(p, person)]
            if broken(path, (person, org), others):
                continue
            scored.append((len(path), person, path))
        linked[org.start] = scored
    for org in orgs:
        for length, person, path in linked.get(org.start, []):
            child = parents.get(org.start)
            if child is not None and any(p is person for _, p, _ in linked.get(child.start, [])):
                continue  # posted to "1 Division of the Nigerian Army": to the division, not also to the army
            if _nearer_sibling(org, person, orgs, led=any(t.lemma_.lower() in lexicon.COMMAND_WORDS for t in path)):
                continue  # "A's 58th Division, commanded by X, and its 53rd Division, under the command of Y": Y's
            cues = path_cues(path, (person, org))
            if cues & lexicon.COMMAND_WORDS and _through_another(path, org, orgs):
                continue  # "the Army's 58th Division, under the command of X": the division's, not the army's
            if _another_in_apposition(path, org, orgs):
                continue  # "the brigade's parent unit, the 3rd Division, was commanded by X": the division's
            if "behalf" in cues:
                continue  # "X, on behalf of the Director, Army Public Relations, said": X speaks for the post's holder
            under = _under(path, person)
            act = _acting_under(path, org) if under == "leads" else None
            if act is not None:  # "the brigade, under the command of X, attacked the village": X commands it
                cues -= path_cues([act], (person, org))
            renamed = _described_by(path, person)
            acts = [t for t in path if renamed is None or t.i != renamed.i]
            if path_cues(acts, (person, org)) & lexicon.NOT_A_POST or _held(path):
                continue  # a victim, witness or lawyer of the unit, or its act: never inside it
            if _alleged(path):
                continue  # "X was charged as the detachment's commander": what the charge says, not a finding
            of_person = (
                person.root.dep_ == "pobj"
                and person.root.head.lower_ == "of"
                and any(inside(o, person.root.head.head) for o in orgs)
            )  # "the National Patriotic Front of Charles Taylor", "the NPFL of Charles Taylor"
            if (person.root.dep_ == "poss" or of_person) and path[1].lemma_.lower() not in lexicon.COMMAND_WORDS:
                continue  # "President X's praetorian formation", "X's forces": whose they are, not who serves
            title = (person._.acg or {}).get("title")
            rank = (person._.acg or {}).get("rank") or next(
                (
                    r
                    for t in path
                    if (t.pos_ == "NOUN" and (r := lexicon.canonical_rank(t.text))) or (r := _made_rank(t))
                ),
                None,
            )
            role = None
            if "report" in cues and org.start < person.start:
                s.emit(person, "commands", org, 0.7, "reports-to", **s.dates(path))
                continue
            if under == "led":
                s.emit(person, "member_of", org, 0.6, "under-command-of", rank=rank, title=title, **s.dates(path))
                continue
            command = bool(cues & lexicon.COMMAND_WORDS) or under == "leads"
            if command and (second := _second(path)) is not None:
                command, role = False, second  # "the deputy commander", "second vice-president": not the head
            if command and "staff" in cues and not cues & (lexicon.COMMAND_WORDS - {"chief"}):
                command, role = False, "Chief of Staff"  # the chief of a unit's staff serves its commander
            founded = False
            if cues & _FOUNDING and not cues & (lexicon.COMMAND_WORDS - _FOUNDING):
                if length > 5:
                    continue  # "founded by X" says whom X founded, not every unit further down the sentence
                # A founder belongs to what he founded; he leads it only where it is a force ("the RUF, founded
                # by Foday Sankoh"), and that is possible, not said.
                founded = True
                if org._.acg.get("kind") not in {"armed_group", "unit"}:
                    command, role = False, "founder"
            plural = next((t for t in path if t.tag_ == "NNS" and t.lemma_.lower() in lexicon.COMMAND_WORDS
                           and _one_among(t)), None)  # fmt: skip
            if command and plural is not None and not cues & (lexicon.COMMAND_WORDS - {plural.lemma_.lower()}):
                command, role = False, f"one of the {plural.text}"  # "one of the commanders of Boko Haram"
            if _anothers_clause(path, person) or _whose(path, person) or _anothers_title(path, person):
                continue
            if _not_the_holder(path, person) or _listed_with_another_noun(path):
                continue  # "Sesay, a senior commander under Bockarie, ...": Bockarie is whom he served under
            if command and (one := _one_of_several(path)) is not None:
                command, role = False, one  # "a senior RUF commander": one of its commanders, not the commander
            if command and (one := _bare_title(path, org)) is not None:
                command, role = False, one  # "former LRA commander Kwoyelo": one of its commanders
            if command and (_left(org) or _removes_another(path, person, persons)):
                continue
            if command and (piece := _of_a_part(path, org)) is not None:
                command, role = False, piece  # "the army's sector commander": he commands a sector of the army
            if command and act is None and _commands_another(path, org):
                continue  # "an elite unit of the Armed Forces commanded by X": X commands the unit, not the forces
            if command:
                # "headed the investigations section of Branch 251": head of a part, member of the whole.
                led = [t for t in path if t.lemma_.lower() in lexicon.COMMAND_WORDS]
                part = [
                    t for t in path
                    # "commanded two PMESP battalions": units of the force, not the force
                    if (t.lemma_.lower() in lexicon.PART_NOUNS or (t.tag_ == "NNS" and t.lemma_.title() in
                                                                   lexicon.UNIT_HEADS))
                    and not inside(org, t)
                    and ((led and t.i > led[0].i) or t.dep_ == "nsubjpass")  # "the army's directorate was headed by X"
                    and not (org.root.dep_ == "appos" and org.root.head.i == t.i)  # "the directorate, the G-2"
                ]  # fmt: skip
                part = part or _part_written_before(org)
                if part:
                    noun = part[0]
                    words = [c.text for c in noun.lefts if c.dep_ in {"compound", "amod"}] + [noun.text]
                    role = "head of " + " ".join(words)
                    command = False
                elif led and (portfolio := _portfolio(led[0], org)) is not None:
                    role, command = f"{led[0].text} of {portfolio}", False  # "the CDF's director of war"
            elif title and (title in lexicon.COMMAND_TITLES) and length <= 5:
                command = True
            copula = any(t.lemma_ in {"be", "become"} for t in path)  # "X was a member of Y" is "X, a member of Y"
            said = cues & (_LEADER_WORDS | _MEMBER_NOUNS) or role is not None  # a post in it: "its director of war"
            # "Lieutenant Colonel X of the Kopassus special forces": an officer's force after his rank and name
            said = said or (rank is not None and length <= 4 and person.root.i < org.start and "of" in cues)
            # "a founder and the President of Y": the second title joined to the first adds no distance
            joined = sum(1 for t in path if t.dep_ == "conj" and _title_word(t) and _title_word(t.head))
            if role is not None and role.startswith("head of "):
                joined += 2  # "president of the local board of the SDS": the part's "of" adds no distance
            # "Under the leadership of X, the Derg launched ...": the body acting under X is X's
            if _fronted_place(org):
                continue  # "In Village de Dieu, the 5 Segonn gang is led by X": the gang's leader, not the place's
            # "The Joint Interrogation Center was directed by X": the body's leader said by a passive of leading
            led_by = org.root.dep_ == "nsubjpass" and any(t.dep_ == "agent" for t in path) and cues & _LEAD_VERBS
            if org.start in unknown and not (length - joined <= 4 + copula and said) and act is None and not led_by:
                continue  # of an organisation of unknown kind, only its leader said in a phrase: "X, leader of Y"
            if command and act is None and _across_verbs(path, (person, org)):
                continue  # "sentenced A but acquitted the former police chief, B": the title is B's
            if command and _acts_on(path, person, org):
                continue  # "X interviewed the M23's fighters as well as their commander": the command is another's
            if command and _taken_over_from(person):  # "X took over the CNDP from Y in January 2009": Y's ended
                dates = s.dates(path)
                s.emit(person, "commands", org, 0.6, "taken-over-from", valid_to=dates.get("valid_from"))
                continue
            if command:
                s.emit(person, "commands", org, 0.5 if founded else 0.8, "founder" if founded else "command-word",
                       rank=rank, title=title, **s.dates(path))  # fmt: skip
            elif _other_act(acts, (person, org)):
                continue  # "X visited the 21 Brigade", "X ordered troops from 1 Division": X is not posted there
            elif _its_part_listed(org, person):
                continue  # "the Vélez Battalion, commanded by X, its Bolívar Company, ...": the battalion's company
            elif role or length <= 4 or cues & lexicon.MEMBER_WORDS:
                s.emit(person, "member_of", org, 0.7 if length <= 4 else 0.6, "membership", rank=rank,
                          title=title, role=role, **s.dates(path))  # fmt: skip
