"""The French relation rules (`acg_relations_fr`), on fr_core_news_md's parse (Universal Dependencies), with
the records nlp/sentence.py's `Sentence.emit` makes for English.

Each rule reads one construction of the language between two mentions of a sentence, by the words on the
dependency path between them:
- a post: "X, commandant de Y", "X était à la tête de Y", "X dirigeait Y", "Y, dirigé par X" (commands);
  "X, membre de Y", "X appartenait à Y" (member_of);
- a body under another: "Y relevait de Z", "Y, rattaché à Z", "Y, placé sous l'autorité de Z" (part_of);
- a verdict or a charge: "le tribunal a condamné X", "X a été condamné par le tribunal", "X, acquitté par
  Y", "X a été mis en examen par Y" (convicted_by, acquitted_by, charged_by); without a court in the
  sentence, the court named last before it, as "possible" (confidence 0.5);
- a case: "le procès de X" (X accused_in it), "le procès s'est ouvert devant Y" (tried_by);
- a crime: its place and its type written in it, "commis par X" (perpetrated).
A path through a negation ("n'a jamais dirigé") or through another verb than the rule's gives nothing.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp import held_places
from nlp.aliases import known_as
from nlp.candidates import SPANS
from nlp.characterised import characterised
from nlp.french import lexicon
from nlp.french.between import charges_confirmed, placed_under, wanted
from nlp.french.responsible import responsible
from nlp.french.successors import successors
from nlp.fronted_posts import FrontedWords, fronted_posts
from nlp.held_places import PlaceWords
from nlp.listed import listed_crimes
from nlp.sentence import ACT, Sentence, abroad, dep_path, inside, judges_states, read_sentences

_AGENTS = ("Person", "Organization")
# Words a path may hold besides the rule's own: articles, prepositions, "ancien", "alors", the copula.
_FREE = frozenset(
    "le la les l' un une des de du d' à au aux ancien ancienne anciens alors même également aussi en être "
    "été était étaient est sont fut avoir a ont avait avaient puis".split()
)
_HEAD_NOUNS = frozenset(["tête"])  # "à la tête de Y": a post
# The offices of a body whose head a post names ("directeur de cabinet", "chef du protocole").
_OFFICES = frozenset("cabinet service bureau protocole communication presse secrétariat".split())
_UNDER_NOUNS = frozenset("autorité commandement contrôle tutelle direction".split())
_PART_NOUNS = frozenset("unité branche service section composante division antenne bras".split())
_COMMIT = frozenset(["commettre", "perpétrer"])
# Verbs of carrying out what follows "à": "ont procédé à des exécutions", "se sont livrés à des viols".
_CARRY_OUT = frozenset(["procéder", "livrer"])
# Verbs of leading an operation, whose direct object only is what was done ("ont mené les attaques contre X";
# not "a mené une enquête sur le massacre").
_LEAD = frozenset(["mener", "lancer"])
_HAPPEN = frozenset(["dérouler", "produire", "survenir", "commettre", "perpétrer"])
# Verbs of a harm whose doer, "lors d'"/"pendant" a crime, took part in it ("les FRCI ont tué des civils lors
# du massacre de Duékoué").
_HARM_VERBS = frozenset("tuer exécuter massacrer abattre violer torturer enlever incendier piller bombarder".split())
_TRIAL_VERBS = frozenset("ouvrir tenir juger dérouler comparaître".split())


def _words(path: list[Token], ends: tuple[Span, Span]) -> list[Token]:
    return [t for t in path if not any(inside(e, t) for e in ends)]


def _negated(path: list[Token]) -> bool:
    return any(c.lower_ in lexicon.NEGATIONS for t in path for c in t.children if c.dep_ in {"advmod", "det"})


def _path(a: Span, b: Span) -> list[Token] | None:
    """The shortest dependency path between two mentions, from any of their words (a name the parser split
    in two, "Alieu" a root and "Kosiah" a subject, is still one name), unless it goes through a negation."""
    paths = [p for x in a for y in b if (p := dep_path(x, y)) is not None]
    if not paths:
        return None
    path = min(paths, key=len)
    return None if _negated(path) else path


def _only(words: list[Token], wanted: frozenset[str]) -> Token | None:
    """The one word of `wanted` (by lemma or form) on the path, when every other word on it is free or a
    noun it is joined to ("ressortissant libérien et ancien commandant de Y")."""
    found = [t for t in words if t.lemma_.lower() in wanted or t.lower_ in wanted]
    joined = {t.head.i for t in found if t.dep_ == "conj" and t.head.pos_ == "NOUN"}
    rest = [
        t for t in words
        if t not in found and t.i not in joined and t.lower_ not in _FREE | lexicon.RANK_WORDS
        and t.lemma_.lower() not in _FREE
    ]  # fmt: skip
    return found[0] if len(found) == 1 and not rest else None


def _dates(s: Sentence, path: list[Token]) -> dict[str, Any]:
    """valid_from and valid_to of a post by the dates hung on its words: "de 1993 à 1994", "du 1er avril
    2011 au 30 septembre 2012", "entre 1993 et 1994", "depuis 2015", "jusqu'en 2016"; a date with "en" or
    "le" is when it was seen (first_cited, last_cited)."""
    on_path = {t.i for t in path}
    found: dict[str, Any] = {}
    for d in s.typed("DATE"):
        governor = d.root.head
        if governor.i not in on_path and governor.head.i not in on_path:
            continue
        case = {c.lower_ for c in d.root.children if c.dep_ in {"case", "mark", "advmod"}}
        before = s.sent.doc[d.start - 1].lower_ if d.start > 0 else ""
        value = d._.acg["date"]
        if case & {"depuis", "dès"} or before in {"de", "du", "depuis", "dès", "entre"}:
            found.setdefault("valid_from", value)
        elif case & {"jusqu'", "jusque", "jusqu'à", "jusqu'en"} or before in {"à", "au", "et", "jusqu'en", "jusqu'à"}:
            found.setdefault("valid_to", value)
        else:
            found.setdefault("first_cited", value)
            found["last_cited"] = value
    return found


# "le Front national patriotique du Liberia (NPFL) de Charles Taylor", "l'UPC de Thomas Lubanga": a body and the
# leader it is named after, possibly (the "de" may say allegiance).
_OF_LEADER = re.compile(r"\s*(?:\([^()]{1,15}\))?\s+(?:de\s+|d['\u2019]\s*)(?:(?:feu\s+)?(?:l['\u2019]|le\s+)?)")
_LED_KINDS = frozenset({"armed_group", "government", "unit", "other", None})


def posts(s: Sentence) -> None:
    for person in s.typed("Person"):
        for org in s.typed("Organization"):
            if org.label_ != "ANAPHOR" and org._.acg.get("kind") in _LED_KINDS and person.start_char > org.end_char \
                    and _OF_LEADER.fullmatch(s.text, org.end_char, person.start_char):  # fmt: skip
                s.emit(person, "commands", org, 0.6, "fr-group-of-leader")
                continue
            path = _path(person, org)
            if path is None:
                continue
            # "dirigeait le mouvement des Jeunes patriotes": the body's noun the name qualifies is the body
            words = [t for t in _words(path, (person, org)) if not _named_by(t, org)]
            post = _only(words, lexicon.COMMAND_NOUNS | _HEAD_NOUNS)
            if post is not None and any(c.lemma_.lower() in _OFFICES for c in post.children if c.dep_ == "nmod"):
                continue  # "directeur de cabinet du ministère": the head of an office of it, not of it
            member = _only(words, lexicon.MEMBER_NOUNS)
            if _another_between(s, person, post or member):
                continue  # "A, commandant de X, B, commandant de Y": each holds the post written next to him
            if post is not None and _of_a_region(s, post, path):
                s.emit(person, "member_of", org, 0.7, "fr-post-of-a-region", **_dates(s, path))
            elif post is not None:
                s.emit(person, "commands", org, 0.8, "fr-post-noun", **_dates(s, path))
            elif member is not None:
                s.emit(person, "member_of", org, 0.8, "fr-member-noun", **_dates(s, path))
            elif (verb := _only(words, lexicon.COMMAND_VERBS)) is not None and _acts_on(verb, person, org):
                s.emit(person, "commands", org, 0.7, "fr-post-verb", **_dates(s, path))
            elif (verb := _only(words, lexicon.MEMBER_VERBS)) is not None and _acts_on(verb, person, org):
                s.emit(person, "member_of", org, 0.7, "fr-member-verb", **_dates(s, path))


# Nouns that describe a body in apposition to its name ("l'UPC, groupe armé ...").
_BODY_DESCRIPTIONS = frozenset(
    "groupe mouvement milice coalition organisation unité force faction parti service brigade bataillon".split()
)


# "l'UPC, groupe ...", "l'Unité pour la paix (UPC), un groupe ..."
_APPOSED = re.compile(r"(?:\s*\([^()]{1,15}\))?\)?\s*,\s*(?:(?:un|une|le|la)\s+|l['\u2019]\s*)?")


def described_led(s: Sentence) -> None:
    """ "l'UPC, groupe armé dirigé par X", "l'UPC, groupe armé issu de la Séléka et dirigé par X": the leader of
    the body a description stands in apposition to, right after its name and a comma (0.7), wherever the
    parser hangs the description."""
    for verb in (t for t in s.sent if t.lemma_.lower() in lexicon.COMMAND_VERBS and t.pos_ == "VERB"):
        noun = verb.head if verb.dep_ in {"acl", "conj"} else None
        if noun is not None and noun.dep_ == "acl":  # "issu de la Séléka et dirigé par X": the first participle's
            noun = noun.head
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        if noun is None or agent is None or noun.lemma_.lower() not in _BODY_DESCRIPTIONS or _negated([verb]):
            continue
        person = next((m for m in s.typed("Person") if inside(m, agent)), None)
        body = next((m for m in s.typed("Organization")
                     if _APPOSED.fullmatch(s.text, m.end_char, noun.idx)), None)  # fmt: skip
        if person is not None and body is not None:
            s.emit(person, "commands", body, 0.7, "fr-described-led")


def _of_a_region(s: Sentence, post: Token, path: list[Token]) -> bool:
    """A post of one region of the body ("directeur pour l'Afrique centrale à Human Rights Watch", "directrice
    Afrique d'Amnesty International"): a place hung on the post's noun, off the path to the body; whoever holds
    it serves in the body, and heads no more than a part of it."""
    on_path = {t.i for t in path}
    return any(
        c.dep_ == "nmod" and c.i not in on_path and any(inside(m, c) for m in s.typed("Location"))
        for c in post.children
    )


def _named_by(t: Token, org: Span) -> bool:
    """A body's noun in lower case that the organisation's name qualifies: "le mouvement des Jeunes patriotes",
    "la milice des Imbonerakure"."""
    return t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in lexicon.BODY_HEADS and org.root.head.i == t.i


def _another_between(s: Sentence, person: Span, post: Token | None) -> bool:
    """Another person named between a person and the noun of the post the parse gave him (a list of
    persons each with his post, the parse hanging every post on the first)."""
    if post is None:
        return False
    lo, hi = (person.end, post.i) if person.end <= post.i else (post.i + 1, person.start)
    if any(lo <= m.start and m.end <= hi for m in s.typed("Person") if m is not person):
        return True
    # "B, commandant de Y, le général C": the post written right after B is B's, not C's
    before = [m for m in s.typed("Person") if m.end <= post.i]
    nearest = max(before, key=lambda m: m.end, default=None)
    if nearest is None or nearest is person:
        return False
    between = post.doc[nearest.end : post.i]
    return len(between) <= 4 and all(t.is_punct or t.is_lower for t in between)


def pronoun_posts(s: Sentence) -> None:
    """A post whose holder is a pronoun ("Celui-ci était alors à la tête du CNDD", "il commandait le
    bataillon"): the person named last before it, as "possible" (confidence 0.5)."""
    for org in s.typed("Organization"):
        post = org.root.head
        if org.root.dep_ not in {"nmod", "obj", "obl:arg"} or post.i == org.root.i:
            continue
        word = post.lemma_.lower()
        if word in lexicon.COMMAND_NOUNS | _HEAD_NOUNS | lexicon.COMMAND_VERBS:
            predicate = "commands"
        elif word in lexicon.MEMBER_NOUNS | lexicon.MEMBER_VERBS:
            predicate = "member_of"
        else:
            continue
        subject = next((c for c in post.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PRON" or subject.lower_ in {"qui", "que", "dont"} or _negated([post]):
            continue
        person = s.previous(subject, "Person")
        if person is not None and not any(inside(m, subject) for m in s.mentions):
            s.emit(person, predicate, org, 0.5, "fr-post-pronoun", **_dates(s, [post, subject]))


def _acts_on(verb: Token, agent: Span, other: Span) -> bool:
    """`agent` does what `verb` says to `other`: its subject (or the agent of its passive) with `other` for
    object, never the other way round ("Y, dirigé par X"; not "X, dirigé par Y")."""
    roles = {c.dep_: c for c in verb.children}
    subject = roles.get("nsubj") or roles.get("obl:agent")
    if verb.dep_ == "acl" and "obl:agent" in roles:  # "Y, dirigé par X": the noun the participle qualifies
        # (or the name right before it, where the parse hung the participle on the noun the name qualifies:
        # "un officier de la DINA dirigée par X")
        return _names(agent, roles["obl:agent"]) and (inside(other, verb.head) or verb.i == other.end)
    if verb.dep_ == "acl:relcl":  # "X, qui dirigeait Y": the relative's antecedent
        # (or the rank whose apposition the name is: "le colonel X, qui commandait Y")
        return _names(agent, verb.head) and any(inside(other, c) for c in verb.children if c.dep_ in {"obj", "obl:arg"})
    if "nsubj:pass" in roles:
        return "obl:agent" in roles and _names(agent, roles["obl:agent"]) and inside(other, roles["nsubj:pass"])
    return subject is not None and _names(agent, subject) and not inside(other, subject)


def parts(s: Sentence) -> None:
    orgs = s.typed("Organization")
    for part in orgs:
        for whole in orgs:
            if part is whole:
                continue
            path = _path(part, whole)
            if path is None:
                continue
            words = _words(path, (part, whole))
            verb = _only(words, lexicon.PART_VERBS | _UNDER_NOUNS)
            if (
                verb is not None
                and verb.pos_ in {"VERB", "ADJ"}
                and _subject_is(verb, part)
                and _complement(verb, whole)
            ):
                s.emit(part, "part_of", whole, 0.7, "fr-part-verb", **_dates(s, path))
            elif verb is not None and verb.pos_ == "NOUN" and _under(verb, part):
                s.emit(part, "part_of", whole, 0.7, "fr-under", **_dates(s, path))
            elif (
                (noun := _only(words, _PART_NOUNS)) is not None
                and part.root.i < whole.root.i
                and _appositive(noun, part)
            ):
                s.emit(part, "part_of", whole, 0.7, "fr-part-noun")


def _complement(verb: Token, m: Span) -> bool:
    """`m` is what `verb` is said of ("relevait de la Présidence", "rattaché à l'état-major"): its
    complement, never a name beside its subject."""
    return m.root.head.i == verb.i and m.root.dep_ in {"obl", "obl:arg", "obl:mod", "obj"}


def _subject_is(verb: Token, m: Span) -> bool:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is not None:
        return inside(m, subject)
    return verb.dep_ in {"acl", "amod"} and inside(m, verb.head)  # "la DDS, rattachée à la Présidence"


def _under(noun: Token, part: Span) -> bool:
    """ "Y, placé sous l'autorité de Z": the noun of authority hangs on a participle that qualifies Y."""
    verb = noun.head
    return any(c.lower_ == "sous" for c in noun.children) and _subject_is(verb, part) and verb.i != noun.i


def _appositive(noun: Token, part: Span) -> bool:
    """ "Y, une unité de Z": the noun of a part is Y's apposition."""
    return noun.dep_ == "appos" and inside(part, noun.head)


def _verdict_word(t: Token) -> str | None:
    """The predicate a verdict or charge word gives: "condamné", "acquitté", "inculpé", "reconnu coupable",
    "mis en examen", "mis en accusation"."""
    found = lexicon.VERDICT_WORDS.get(t.lemma_.lower()) or lexicon.VERDICT_WORDS.get(t.lower_)
    if found is not None:
        return found
    guilty = [
        c
        for x in ([*t.children, *_after_the_vote(t)] if t.lemma_.lower() in {"reconnaître", "déclarer"} else [])
        # "Jean-Pierre Bemba coupable": on Bemba; "Majdi Nema coupable": on the name's last word
        for c in (x.subtree if x.dep_ in {"appos", "obj"} else (x, *x.children))
        if (x.dep_ in {"obj", "xcomp", "amod", "appos"} or c is x or _subject_after(x)) and c.lower_ in lexicon.GUILTY
    ]
    if guilty:
        # "a déclaré X non coupable": an acquittal (a harm: read as "coupable", it was a conviction)
        if any(c.i > 0 and c.doc[c.i - 1].lower_ in _NOT for c in guilty):
            return "acquitted_by"
        return "convicted_by"  # "reconnu coupable", "a déclaré X coupable" (the parser may hang it on X)
    if t.lemma_.lower() == "mettre" and any(c.lower_ in lexicon.EXAMINED for c in t.children):
        return "charged_by"
    return None


def _subject_after(x: Token) -> bool:
    """ "la Cour déclare Jean Kalume coupable de ...": the parser makes the person a second subject after the
    verb, "coupable" a word of his name."""
    return x.dep_ == "nsubj" and x.i > x.head.i and any(c.i < x.head.i for c in x.head.children if c.dep_ == "nsubj")


_NOT = frozenset({"non", "pas"})  # "non coupable"
_VOTES = frozenset({"majorité", "unanimité"})


def _after_the_vote(verb: Token) -> list[Token]:
    """ "a déclaré à la majorité X coupable": the parser makes X an apposition of "majorité"; X is the object."""
    return [a for c in verb.children if c.lemma_.lower() in _VOTES for a in c.children if a.dep_ == "appos"]


def verdicts(s: Sentence) -> None:
    courts = s.typed("Mechanism")
    for verb in s.sent:
        predicate = _verdict_word(verb)
        if predicate is None or _negated([verb]):
            continue
        roles: dict[str, list[Token]] = {}
        for c in verb.children:
            roles.setdefault(c.dep_, []).append(c)
        if verb.dep_ in {"acl", "amod"} or "nsubj:pass" in roles or "aux:pass" in roles:
            accused = [verb.head] if verb.dep_ in {"acl", "amod"} else roles.get("nsubj:pass", [])
            if not accused:  # "Le quatrième prévenu, X, a été acquitté": the parser may leave the subject loose
                accused = [c for c in roles.get("dep", []) if c.i < verb.i]
            by = roles.get("obl:agent", [])
        else:
            accused = roles.get("obj", []) + _after_the_vote(verb)
            by = roles.get("nsubj", [])
            if any(c.i < verb.i for c in by):  # "la Cour déclare X coupable": X parsed a second subject
                accused += [c for c in by if _subject_after(c)]
                by = [c for c in by if not _subject_after(c)]
            # "a condamné par contumace A, B et C": the parser hangs the names on "contumace"
            accused += [x for c in verb.children if c.lemma_.lower() == "contumace" for x in c.subtree if x is not c]
        if (
            not accused
            and verb.dep_ == "advcl"
            and roles.get("obl:agent")
            and verb.i > 0
            and s.sent.doc[verb.i - 1].text == ","
        ):
            # "celle de Jean Mbaye, un ancien officier de la garde, condamné le 3 mars par le Tribunal": the
            # participle describes the person its comma closes, whatever the parser hung it on
            accused = _described_before(s, verb)
            by = roles.get("obl:agent", [])
        accused += [c for t in accused for c in t.conjuncts]  # "A, ..., et B ... ont été condamnées"
        persons = [m for m in s.typed("Person") if any(_names(m, t) for t in accused)]
        if not persons and by and not roles.get("nsubj:pass"):
            persons = _right_after(s, verb)  # "a condamné vendredi par défaut X": the parser lost the object
        court = next((m for m in courts for t in by if _names(m, t)), None)
        if court is None:  # "par les juges d'instruction du tribunal judiciaire de Paris": the judges' court
            court = next((m for m in courts for t in by if t.lemma_.lower() in {"juge", "magistrat", "procureur"}
                          for x in t.subtree if inside(m, x)), None)  # fmt: skip
        confidence = 0.8
        if not persons:  # "il a été condamné", "les juges l'ont inculpé": the person named last before, possibly
            # a personal pronoun of one ("il", "l'"), not "plusieurs ont été acquittés", not "qui"
            pronoun = next((t for t in accused if t.pos_ == "PRON" and t.lower_ in _ONE), None)
            found = _stood_for(s, pronoun) if pronoun is not None else None
            persons, confidence = ([found], 0.5) if found is not None else ([], confidence)
        if court is None and not by and abroad(s, verb.idx, s.sent.end_char):
            continue  # "il a été condamné en 2010 aux États-Unis": by a court there, not the one named before
        if court is None and not by:
            court = _court_before(s, verb)
            confidence = min(confidence, 0.5)
        elif (
            court is None and confidence == 0.8 and by[0].lemma_.lower() in _COURT_NOUNS
            and any(c.lower_ in {"la", "le", "cette", "ce"} for c in by[0].children)
        ):  # fmt: skip
            # "la Chambre, présidée par le juge X, a déclaré Y coupable": the chamber named before, likely; a
            # person named (not "le", "il": two guesses are one too many), and a body of the same noun ("la Cour"
            # is not the "Chambre d'appel" named last)
            court = _court_before(s, verb, by[0].lemma_.lower(), _own_words(by[0]))
            confidence = 0.6
        if court is None:
            if predicate == "convicted_by":  # "il a été condamné pour le massacre de Y": what he did, all the same
                _crimes_of_verdict(s, verb, persons, 0.5)
            continue
        # "a acquitté A et condamné B": the parser may hang the second verb and B on A; each person takes the
        # outcome of the verdict's word nearest before him (a harm: B, convicted, was read acquitted)
        later = [(x.i, word) for x in s.sent
                 if x.i > verb.i and x.dep_ == "conj" and (word := _verdict_word(x)) is not None]  # fmt: skip
        outcomes = {id(p): next((w for i, w in reversed(later) if i < p.start), predicate) for p in persons}
        for person in persons:
            s.emit(person, outcomes[id(person)], court, confidence, "fr-verdict", date=s.one_date())
        if predicate == "convicted_by":
            _crimes_of_verdict(s, verb, [p for p in persons if outcomes[id(p)] == predicate], confidence)


def appeals(s: Sentence) -> None:
    """ "La Chambre d'appel a confirmé la condamnation de X" (upheld: X convicted by the appeals court too),
    "a annulé / infirmé la condamnation de X" (what became of the earlier judgment: nlp.document), "a confirmé
    son acquittement" (acquitted). The judgment's person is its complement or its possessor's pronoun."""
    courts = s.typed("Mechanism")
    for verb in s.sent:
        verdict = lexicon.APPEAL_WORDS.get(verb.lemma_.lower())
        if verdict is None or _negated([verb]):
            continue
        judged = [
            c for c in verb.children if c.dep_ in {"obj", "nsubj:pass"} and c.lemma_.lower() in lexicon.JUDGMENT_NOUNS
        ]
        if not judged:
            continue
        noun = judged[0]
        predicate = "acquitted_by" if noun.lemma_.lower() == "acquittement" else "convicted_by"
        persons = [m for m in s.typed("Person") if any(_names(m, x) for x in noun.children if x.dep_ == "nmod")]
        confidence = 0.8
        if not persons:  # "a confirmé sa condamnation": the person named last before, possibly
            owner = next(
                (x for x in noun.children if x.dep_ == "det" and x.lower_ in {"sa", "son", "leur", "ses"}), None
            )
            found = s.previous(owner, "Person") if owner is not None else None
            persons, confidence = ([found], 0.5) if found is not None else ([], confidence)
        by = [c for c in verb.children if c.dep_ in {"nsubj", "obl:agent"}]
        court = next((m for m in courts for t in by if _names(m, t)), None)
        if court is None:
            continue
        for person in persons:
            s.emit(person, predicate, court, confidence, "fr-appeal", verdict=verdict)


def _crimes_of_verdict(s: Sentence, verb: Token, persons: list[Span], confidence: float) -> None:
    """ "X a été condamné pour le massacre de Y", "reconnu coupable des meurtres commis à Z": X did the
    crime (perpetrated); "complice de", "complicité de": X helped (aided). Only a crime named as an event,
    never a crime type. The crime types of the verdict's own words are the crime's ("condamné pour génocide
    et crimes contre l'humanité pour les massacres de Y": of_type)."""
    crimes = s.typed("Crime")
    kinds = [
        m for m in s.typed("CrimeType")
        if any(inside(m, x) for x in verb.subtree) and not any(c.start <= m.start and m.end <= c.end for c in crimes)
    ]  # fmt: skip
    for crime in crimes:
        head = crime.root.head
        ways = {verb.i, *(c.i for c in verb.children if c.lower_ in lexicon.GUILTY | {"complice", "complices"})}
        case = {c.lower_ for c in crime.root.children if c.dep_ == "case"}
        if "pour" in case:  # "condamné par la cour d'appel de Douai pour le meurtre de X": hung on the court
            ways |= {
                c.i for c in verb.children if c.dep_ in {"obl:agent", "nsubj"} and c.lemma_.lower() in _COURT_NOUNS
            }
        during = _during(crime, verb)
        if not (head.i in ways and case & {"pour", "de", "des", "du", "d'"}) and not during:
            continue  # "condamné ... quinze ans après le massacre": not what the verdict is for
        # "coupable de complicité de crimes contre l'humanité pour l'assassinat de X": the words from the verdict on
        near = {x.lower_ for x in s.sent.doc[min(max(crime.start - 4, 0), verb.i) : crime.start]}
        near |= {c.lower_ for c in verb.children}  # "a déclaré X coupable, en tant que complice, de ..."
        # "a déclaré à la majorité X coupable, en tant que complice": hung on "majorité" or on X
        near |= {c.lower_ for v in verb.children if v.lemma_.lower() in _VOTES for c in v.subtree}
        predicate = "aided" if near & {"complicité", "complice", "complices"} else "perpetrated"
        for person in persons:
            s.emit(person, predicate, crime, min(confidence, 0.5), "fr-verdict-crime")  # possible: see nlp.verdicts
        # the kinds of its grounds, never a count beside it ("coupable de génocide et de crimes de guerre commis à X")
        for kind in (k for k in kinds if during or not (case & _OF and _counts_apart(k, crime))):
            s.emit(crime, "of_type", kind, 0.7, "fr-verdict-crime-type")


_OF = frozenset({"de", "des", "du", "d'"})


def _counts_apart(kind: Span, crime: Span) -> bool:
    """A crime type and a crime a verdict lists as two counts: "coupable de génocide et de crimes de guerre"."""
    return kind.end <= crime.start and any(t.lower_ == "et" for t in kind.doc[kind.end : crime.start])


def _governed(crime: Span) -> tuple[Token, set[str]]:
    """The word a crime's phrase hangs on and its prepositions, "lors de" and "au cours de" read as one (the
    parser hangs the crime on the adverb): ("commis", {"lors", "de"}) for "commis lors de l'attaque"."""
    head, cases = crime.root.head, {c.lower_ for c in crime.root.children if c.dep_ == "case"}
    if head.lower_ in {"lors", "cours"}:
        cases.add(head.lower_)
        head = head.head
    return head, cases


def _during(crime: Span, verdict: Token) -> bool:
    """The crimes of a verdict were "commis lors de", "pendant", "durant" or "au cours de" the crime: "coupable
    de meurtre ... commis lors de l'attaque du village de Bogoro"."""
    head, cases = _governed(crime)
    return (
        head.lemma_.lower() in {"commettre", "perpétrer", "commis", "perpétré"}
        and bool(cases & {"lors", "cours", "pendant", "durant"})
        and verdict.i in {a.i for a in head.ancestors}
    )


def _described_before(s: Sentence, verb: Token) -> list[Token]:
    """The person a participle after a comma describes: the last named before it, when nothing but that
    person's own phrase (an apposition) stands between."""
    before = [m for m in s.typed("Person") if m.end <= verb.i - 1 and m.label_ == "Person"]
    if not before:
        return []
    person = before[-1]
    phrase = {x.i for x in person.root.subtree}
    between = s.sent.doc[person.end : verb.i - 1]
    if all(t.i in phrase or t.is_punct for t in between):
        return [person.root]
    return []


def _names(m: Span, t: Token) -> bool:
    """`m` is what the phrase `t` heads names: `t` is in it, or it is `t`'s apposition or flat name ("l'ancien
    chef de la junte Moussa Dadis Camara"), or `t` is its apposition ("Alieu Kosiah, un ancien commandant
    de l'ULIMO, condamné ..."). Not a name in a complement of `t` ("un commandant de l'ULIMO")."""
    if inside(m, t):
        return True
    if m.root.head.i == t.i and m.root.dep_ in {"appos", "flat:name"}:
        return True
    return t.dep_ == "appos" and inside(m, t.head)


_COURT_NOUNS = frozenset({"cour", "tribunal", "chambre", "juridiction"})
# Words before a name that seat its bearer on the bench or at the bar ("le juge X", "son avocat Y").
_BENCH = frozenset(
    "juge juges magistrat magistrate magistrats président présidente procureur procureure avocat avocate "
    "avocats greffier".split()
)


_ONE = frozenset({"il", "elle", "l'", "le", "la"})


def _on_the_bench(m: Span) -> bool:
    """A judge, a prosecutor or a lawyer: "la cour, présidée par le colonel magistrat X", "le juge Y"."""
    before = {t.lower_ for t in m.doc[max(0, m.start - 3) : m.start]}
    return bool(before & _BENCH) or any(a.lemma_.lower() == "présider" for a in list(m.root.ancestors)[:2])


def _subject(m: Span) -> bool:
    root = m.root
    while root.dep_ in {"appos", "flat:name", "conj"} and root.head.i != root.i:
        root = root.head
    return root.dep_.startswith("nsubj")


# Words of when and how between a verdict's verb and its party: "a condamné vendredi par défaut X", "a acquitté
# hier en appel Y".
_VERDICT_ADVERBIALS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui par défaut contumace en appel première "
    "instance ce matin soir".split()
)


def _right_after(s: Sentence, verb: Token) -> list[Span]:
    """The person named right after a verdict's verb, past words of when and how only (the parser may hang them
    on the verb as its object and leave the name loose)."""
    # the document's mentions: the parser may have ended the sentence before the loose name
    after = sorted((m for m in s.doc_mentions if m.label_ == "Person" and m.start > verb.i), key=lambda m: m.start)
    if not after:
        return []
    between = verb.doc[verb.i + 1 : after[0].start]
    if len(between) > 5 or any(t.lower_ not in _VERDICT_ADVERBIALS for t in between):
        return []
    return [after[0]]


def _stood_for(s: Sentence, pronoun: Token) -> Span | None:
    """Whom a verdict's "il" or "l'" stands for: a person named before it in its sentence ("a déclaré X
    coupable et l'a condamné"), else the subject of one of the two sentences before, in its paragraph
    ("Higaniro dirigeait la SORWAL. Il a été condamné"), else the one accused in the case the document names
    ("Le Procureur c. Jean Kambanda ... 3. Le jugement. La Chambre l'a déclaré coupable"); never a judge, a
    prosecutor or a lawyer, nor one a clause was about without being its subject ("destituer le préfet, X")."""
    doc = pronoun.doc
    persons = s.persons_before(pronoun, skip=_on_the_bench)
    here = [m for m in persons if m.start >= pronoun.sent.start]
    if here:
        return here[-1]
    paragraph = s.text.rfind("\n\n", 0, pronoun.idx)
    start = pronoun.sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
        found = [m for m in persons if m.start >= start and m.start_char > paragraph and _subject(m)]
        if found:
            return found[-1]
    accused = {m.text: m for c in s.doc_mentions if c.label_ == "Case" and c.end <= pronoun.i
               for m in persons if c.start <= m.start and m.end <= c.end}  # fmt: skip
    return next(iter(accused.values())) if len(accused) == 1 else None


def _responsible(s: Sentence) -> None:
    """Who is held responsible for a crime (nlp/french/responsible.py), by name or by a verdict's "l'"."""

    def stood_for(s: Sentence, at: int) -> Span | None:
        pronoun = s.sent.doc.char_span(at, at + 1, alignment_mode="expand")
        return _stood_for(s, pronoun[0]) if pronoun is not None else None

    responsible(s, stood_for)


def _court_before(s: Sentence, verb: Token, noun: str | None = None, words: str = "") -> Span | None:
    """The court (not a prosecutor, not an inquiry) named last before `verb` in the text read so far; with
    `noun`, one whose name's head is that noun ("la Chambre": a chamber), and whose name begins with `words`
    ("la cour d'assises": the Cour d'assises de Paris, not the Cour de cassation named since)."""
    heads = {noun, noun + "s"} if noun else {"cour", "tribunal", "chambre", "chambres", "juridiction"}
    before = [
        m for m in s.doc_mentions
        if m.label_ == "Mechanism" and m.end <= verb.i and m._.acg.get("kind") not in {"fact_finding", "un_mechanism"}
        and m.root.lower_ in heads and not judges_states(m) and _unranked(m.text.lower()).startswith(words)
    ]  # fmt: skip
    return before[-1] if before else None


def _unranked(name: str) -> str:
    """A court's name without the adjective before its noun: "la Cour" is "la Haute Cour militaire"."""
    first, _, rest = name.partition(" ")
    return rest if first in lexicon.RANKING else name


def _own_words(noun: Token) -> str:
    """A court's noun with the complement that says its kind, as the text writes it: "cour d'assises", "chambre
    d'appel"; the noun alone where none follows it ("la Cour")."""
    end = noun.i + 1
    for c in noun.rights:
        if c.i - noun.i > 3 or c.text[:1].isupper():
            continue
        of = c.dep_ == "nmod" and any(x.dep_ == "case" and x.lower_ in {"de", "d'", "du"} for x in c.children)
        if of or (c.dep_ == "amod" and c.pos_ == "ADJ"):  # not "la Chambre le 18 décembre"
            end = max(end, c.i + 1)
    return noun.doc[noun.i : end].text.lower()


_INQUIRY_VERBS = frozenset("enquêter documenter examiner".split())
_INQUIRY_NOUNS = frozenset(["enquête", "examen", "information"])
# What a body of inquiry finds ("a confirmé que", "a établi que", "a conclu que"): a court's finding is its
# judgment's, not an inquiry (`_of_inquiry`).
_FINDING_VERBS = frozenset("confirmer établir conclure constater".split())


def _of_inquiry(body: Span) -> bool:
    """A body that enquires, by its name: a commission, a mission, a bureau or office, a team of experts."""
    return any(w in body.text.lower() for w in ("commission", "mission", "bureau", "équipe", "haut-commissariat",
                                                 "groupe d'experts", "enquête"))  # fmt: skip


def inquiries(s: Sentence) -> None:
    """A court, a prosecutor or an inquiry that enquires into a crime or a person: "la commission a enquêté
    sur les exécutions de X", "le Bureau du Procureur a ouvert un examen préliminaire sur Y" (investigated_by);
    "les juges ont délivré un mandat d'arrêt contre X" (charged_by)."""
    for body in s.typed("Mechanism"):
        if body.root.dep_ != "nsubj":
            continue
        verb = body.root.head
        # "a indiqué enquêter sur les crimes": the verb of inquiry the first one governs
        verb = next((x for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in _INQUIRY_VERBS), verb)
        if _negated([verb]):
            continue
        objects = [c for c in verb.children if c.dep_ in {"obj", "obl:arg"}]
        lemma = verb.lemma_.lower()
        if lemma in _INQUIRY_VERBS:
            targets = objects
        elif lemma in _FINDING_VERBS and body.label_ != "ANAPHOR" and _of_inquiry(body):
            # "le Bureau conjoint a confirmé que des combattants ont commis des exécutions": what it found
            targets = [x for c in verb.children if c.dep_ == "ccomp" for x in c.subtree]
        elif lemma in {"ouvrir", "mener", "conduire"}:
            inquiry = [o for o in objects if o.lemma_.lower() in _INQUIRY_NOUNS]
            targets = [x for o in inquiry for x in o.children if x.dep_ == "nmod"]
            # "une enquête qui a porté sur les attaques de Tombouctou"
            targets += [x for o in inquiry for r in o.children if r.dep_ == "acl:relcl" and r.lemma_.lower() == "porter"
                        for x in r.children if x.dep_ in {"obl:arg", "obl", "obl:mod"}]  # fmt: skip
        elif lemma in {"délivrer", "émettre", "lancer"} or verb.lower_.startswith(("délivr", "émet", "émis", "lanc")):
            # "a délivré un mandat d'arrêt contre X" (the parser hangs "contre X" on the mandat or on the verb),
            # "un mandat visant X"
            warrants = [o for o in objects if o.lemma_.lower() == "mandat"]
            if not warrants:
                continue
            targets = [*warrants, *(a for w in warrants for a in w.children if a.dep_ == "acl"
                                    and a.lemma_.lower() in {"viser", "cibler"})]  # fmt: skip
            for person in s.typed("Person"):
                root = person.root
                against = any(c.dep_ == "case" and c.lower_ == "contre" for c in root.children)
                if any(root.head.i == t.i for t in targets) or (root.head.i == verb.i and against):
                    s.emit(person, "charged_by", body, 0.8, "fr-warrant")
            continue
        else:
            continue
        for target in targets:
            for m in s.typed("Crime", "Person"):
                if m.root.i == target.i or inside(m, target):
                    s.emit(m, "investigated_by", body, 0.7, "fr-inquiry")


def cases(s: Sentence) -> None:
    for case in s.typed("Case"):
        for person in s.typed("Person"):
            if case.start < person.start and person.end <= case.end:
                s.emit(person, "accused_in", case, 0.8, "fr-case-name")
        verb = case.root.head if case.root.dep_ in {"nsubj", "nsubj:pass"} else None
        if verb is None or verb.lemma_.lower() not in _TRIAL_VERBS:
            continue
        for court in s.typed("Mechanism"):
            if court.root.head.i == verb.i and any(c.lower_ == "devant" for c in court.root.children):
                s.emit(case, "tried_by", court, 0.8, "fr-trial-before")


def committed(s: Sentence) -> None:
    """ "le SNR a commis des exécutions", "des combattants du M23 ont commis des exécutions ..., des viols ...
    et des pillages": the verb's subject (or the force its members belong to) did each crime its object
    lists, however the parser hung the list's items."""
    for verb in (t for t in s.sent if t.lemma_.lower() in _COMMIT | _CARRY_OUT | _LEAD and t.pos_ in {"VERB", "AUX"}):
        if _negated([verb]):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        # "les FARDC et la PNC ont procédé à des exécutions": each force coordinated in the subject; "des
        # militaires des FDN et des policiers de la PNB": the parser joins the second to the first's force
        subjects = [] if subject is None else [subject, *subject.conjuncts]
        subjects += [x for t in subjects[:1] for c in t.children if c.dep_ == "nmod" for x in c.conjuncts]
        agents = [_agent_named(s, x) for x in subjects]
        if subject is None:
            agents = _listed_before_verb(s, verb)  # a long phrase before them lost the subject in the parse
        listed = [c for c in s.typed("Crime") if c.start > verb.i and verb.i in {a.i for a in c.root.ancestors}]
        # "ont commis dans le Nord-Kivu, en particulier dans les territoires de Rutshuru et de Nyiragongo, des
        # exécutions ...": where the verb says, for each crime it lists
        where = [m for m in s.typed("Location") if not any(inside(c, m.root) for c in listed)
                 and _place_of_verb(verb, m)]  # fmt: skip
        if verb.lemma_.lower() in _CARRY_OUT:  # "procédé à des exécutions": the crimes after "à" only
            listed = [c for c in listed if any(x.dep_ == "case" and x.lower_ in {"à", "aux", "au"}
                                               for x in c.root.children)]  # fmt: skip
        if verb.lemma_.lower() in _LEAD:  # "ont mené les attaques et les pillages": its objects only
            objects = [c for c in verb.children if c.dep_ == "obj"]
            listed = [c for c in listed if any(c.root.i in {o.i, *(x.i for x in o.conjuncts)} for o in objects)]
        for crime in listed:
            for by in (a for a in agents if a is not None):
                s.emit(by, "perpetrated", crime, 0.7, "fr-crime-committed")
            for place in where:
                s.emit(crime, "occurred_in", place, 0.7, "fr-crime-committed-in")


# The auxiliary between a subject and its verb: "ont", "avaient également"
_AUXILIARY = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:ont|a|avaient|avait|auraient|aurait)"
    r"(?:\s+(?:également|aussi|alors|ensuite|ainsi))?\s+$"
)
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|et)\s+(?:(?:les|la|le|l')\s*)?$")


def _listed_before_verb(s: Sentence, verb: Token) -> list[Span | None]:
    """The organisations listed right before a verb that the parse left without a subject ("Lors des opérations
    contre la milice, les FARDC et la PNC ont procédé à ..."): the last, and those joined to it by "et" or a
    comma, with nothing but an acronym in brackets and the auxiliary after them."""
    orgs = [m for m in s.typed("Organization") if m.end_char <= verb.idx and not s.text[: m.start_char].endswith("(")]
    if not orgs or not _AUXILIARY.fullmatch(s.text, orgs[-1].end_char, verb.idx):
        return []
    out: list[Span | None] = [orgs[-1]]
    for m in reversed(orgs[:-1]):
        first = out[-1]
        if first is None or not _LIST_GAP.fullmatch(s.text, m.end_char, first.start_char):
            break
        out.append(m)
    return out


# "déclaré coupable de crimes de guerre pour le meurtre de X", "condamné pour crimes de guerre, en raison du
# meurtre de Y", "complice des crimes contre l'humanité ..., en particulier des viols de Z": the crime types of a
# verdict or a charge, then the crimes they were for
_VERDICT_LEAD = re.compile(
    r"\b(?:coupables?|condamnée?s?|complices?|complicité|poursuivie?s?|reconnue?s?|inculpée?s?)\b", re.I
)
_FOR_CRIMES = re.compile(
    r"[^.;:]{0,80}?(?:\bpour|\ben\s+raison\s+d[eu']|\bà\s+raison\s+d[eu']|\ben\s+particulier|\bnotamment)"
    r"\s*(?:(?:le|la|les|l'|des|du|de\s+la|de\s+l')\s*)?$"
)
_NOT_HELD = re.compile(r"\b(?:acquitt\w*|non|pas|ni|relax\w*)\b", re.I)


def verdict_kinds(s: Sentence) -> None:
    """The crime types a verdict or a charge names, then the crimes it was for: each crime of each type (0.7);
    none from an acquittal or a denial."""
    kinds = s.typed("CrimeType")
    crimes = s.typed("Crime")
    for crime in crimes:
        before = [k for k in kinds if k.end_char <= crime.start_char
                  and not any(c.start <= k.start and k.end <= c.end for c in crimes)]  # fmt: skip
        if not before or not _FOR_CRIMES.fullmatch(s.text, before[-1].end_char, crime.start_char):
            continue
        lead = _VERDICT_LEAD.search(s.text, max(s.sent.start_char, before[-1].start_char - 60), before[-1].start_char)
        if lead is None or _NOT_HELD.search(s.text, s.sent.start_char, crime.start_char):
            continue
        for kind in (k for k in before if k.start_char >= lead.end()):
            s.emit(crime, "of_type", kind, 0.7, "fr-verdict-kinds")


def harmed_during(s: Sentence) -> None:
    """ "les FRCI ont tué plusieurs centaines de civils lors du massacre de Duékoué": the verb's subject (or
    the force its members belong to) perpetrated the crime its "lors de", "pendant", "durant" or "au cours de"
    names."""
    for verb in (t for t in s.sent if t.lemma_.lower() in _HARM_VERBS and t.pos_ == "VERB"):
        if _negated([verb]) or any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
            continue  # "X a été tué lors du massacre": a victim (nlp.french does not yet read them)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        agents = [_agent_named(s, x) for x in ((subject, *subject.conjuncts) if subject is not None else ())]
        if not s.typed("Crime"):
            # the places of a deed that names no crime, which may name the one the document tells of apart ("le
            # massacre de Kolo ... des soldats de la 3e brigade ont tué 62 villageois à Kolo"; nlp.acts)
            for place in (m for m in s.typed("Location") if _place_of_deed(verb, m)):
                for by in (a for a in agents if a is not None):
                    s.emit(by, ACT, place, 0.5, "fr-harm-at")
        for crime in s.typed("Crime"):
            head, cases = _governed(crime)
            if head.i != verb.i or not cases & {"lors", "cours", "pendant", "durant"}:
                continue
            for by in (a for a in agents if a is not None):
                s.emit(by, "perpetrated", crime, 0.7, "fr-harm-during")


def _place_of_verb(verb: Token, m: Span) -> bool:
    """The place is one of the verb's phrases of place ("dans le Nord-Kivu", "à Minova"), or a name in
    one ("dans les territoires de Rutshuru et de Nyiragongo")."""
    t = m.root
    while t.dep_ in {"nmod", "conj", "flat:name"} and t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return (
        t.head.i == verb.i
        and t.dep_.startswith("obl")
        and any(c.dep_ == "case" and c.lower_ in {"dans", "à", "en", "au", "aux"} for c in t.children)
    )


def _place_of_deed(verb: Token, m: Span) -> bool:
    """The place is one of the verb's phrases of place, or one of its object's ("ont tué 62 villageois à Kolo",
    which the parser hangs on the villagers): never a place of another verb's clause."""
    if _place_of_verb(verb, m):
        return True
    t = m.root
    if not any(c.dep_ == "case" and c.lower_ in {"dans", "à", "en", "au", "aux"} for c in t.children):
        return False
    while t.dep_ in {"nmod", "conj", "flat:name"} and t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ == "obj"


def crimes(s: Sentence) -> None:
    for crime in s.typed("Crime"):
        for start, end in crime._.acg.get("by", []):  # "les bombardements de X par l'UPDF"
            owner = next((m for m in s.mentions if m.start == start and m.end == end), None)
            if owner is not None:
                s.emit(owner, "perpetrated", crime, 0.7, "fr-crime-par")
        for place in crime._.acg.get("places", []):
            loc = next((m for m in s.mentions if m.label_ == "Location" and m.start == place[0]), None)
            if loc is not None:
                s.emit(crime, "occurred_in", loc, 0.8, "fr-crime-place")
        for ct in s.typed("CrimeType"):
            if crime.start <= ct.start and ct.end <= crime.end:
                s.emit(crime, "of_type", ct, 0.8, "fr-crime-type")
        verb = crime.root.head
        if crime.root.dep_ in {"nsubj", "nsubj:pass"} and verb.lemma_.lower() in _HAPPEN:
            for where in s.typed("Location"):
                if where.root.head.i == verb.i and where.root.dep_ in {"obl", "obl:mod", "obl:arg"}:
                    s.emit(crime, "occurred_in", where, 0.8, "fr-crime-took-place")
        done = next((t for t in crime.root.children if t.dep_ == "acl" and t.lemma_.lower() in _COMMIT), None)
        if done is None and crime.root.dep_ == "nsubj:pass" and verb.lemma_.lower() in _COMMIT:
            done = verb  # "le massacre a été commis par l'armée"
        agent = next((c for c in done.children if c.dep_ == "obl:agent"), None) if done is not None else None
        if agent is not None:
            # "commis par l'armée", "commis par des combattants de l'ULIMO": the force its members belong to
            by = next((m for m in s.typed(*_AGENTS) if m.root.i == agent.i), None) or _agent_named(s, agent)
            if by is not None:
                s.emit(by, "perpetrated", crime, 0.7, "fr-crime-by")
        doer = _the_doing_of(crime)
        if doer is not None and (by := _agent_named(s, doer)) is not None:
            s.emit(by, "perpetrated", crime, 0.7, "fr-le-fait-de")


def _the_doing_of(crime: Span) -> Token | None:
    """ "l'assassinat avait été le fait de la Garde républicaine", "les massacres ont été le fait de soldats de
    la Garde": the crime is the subject of "être le fait de", whose complement is its doer."""
    fait = crime.root.head
    if crime.root.dep_ != "nsubj" or fait.lower_ != "fait" or not any(c.dep_ == "cop" for c in fait.children):
        return None
    if _negated([fait]):
        return None  # "n'était pas le fait de l'armée"
    return next((c for c in fait.children if c.dep_ == "nmod" and any(
        x.dep_ == "case" and x.lower_ in {"de", "du", "des", "d'"} for x in c.children)), None)  # fmt: skip


# Members who stand for their force: "des combattants du M23", "des soldats des FARDC", "les éléments du SNR".
_FORCE_NOUNS = frozenset(
    "combattant soldat militaire élément membre agent policier troupe milicien homme gendarme officier".split()
)


def _agent_named(s: Sentence, subject: Token) -> Span | None:
    """The person or organisation a subject names, or the force its members belong to."""
    found = next((m for m in s.typed(*_AGENTS) if m.root.i == subject.i), None)
    if found is None and subject.lemma_.lower() in _FORCE_NOUNS:
        found = next((m for m in s.typed("Organization") for c in subject.children
                      if c.dep_ == "nmod" and m.root.i == c.i), None)  # fmt: skip
    return found


# A place, then the wider one that holds it: "Kishanga, dans le territoire de Rutshuru", "Bambo, chefferie de
# Bwito", "Kishishe (Nord-Kivu)".
_KINDS_OF_PLACES = (
    r"(?:territoire|province|région|département|district|commune|préfecture|sous-préfecture|secteur|chefferie|"
    r"groupement|cercle|wilaya|gouvernorat)"
)
_PLACE_WORDS = PlaceWords(
    held_by=re.compile(
        r"\s*(?:\(|,\s*(?:dans\s+|en\s+)?(?:(?:le|la)\s+|l['\u2019]\s*)?"
        + _KINDS_OF_PLACES
        + r"\s+(?:de\s+(?:la\s+)?|du\s+|des\s+|d['\u2019]\s*))\s*"
    ),
    before=re.compile(r"\s*,\s*(?:dans\s+|en\s+)?(?:(?:le|la)\s+|l['\u2019]\s*)?"),
    kind=re.compile(_KINDS_OF_PLACES + r"\s", re.IGNORECASE),
)


# French: "Membre du Parti communiste du Kampuchéa, Duch ...", "Ancien élément de la PNC, X ...", "Vice-président du
# MDR, Y ...".
def _fr_kind(post: str, modifiers: str) -> str | None:
    deputy = post.startswith(("vice-", "sous-")) or "adjoint" in post
    base = post.removeprefix("vice-").split()[0]
    if base in lexicon.COMMAND_NOUNS:
        return "member_of" if deputy else "commands"
    # a rank ("Capitaine des FAR, X", "Officier de ..."; "officier" and "inspecteur" are ranks too) is left out:
    # read so, it cost a wrong link in a held-out document
    return "member_of" if base in lexicon.MEMBER_NOUNS - lexicon.RANK_WORDS else None


_FRONTED = FrontedWords(
    head=re.compile(
        r"\s*(?P<mods>(?:[Aa]ncien(?:ne)?|[Ee]x)[- ]\s*)?"
        r"(?P<post>[\wÉéèêàç-]+(?:\s+(?:adjointe?|général|en\s+chef))?)\s+"
        r"(?:de\s+la\s+|du\s+|des\s+|de\s+l['\u2019]\s*|de\s+|d['\u2019]\s*)"
    ),
    between=re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:(?:le|la)\s+)?"),
    kind=_fr_kind,
)


def fronted(s: Sentence) -> None:
    fronted_posts(s, _FRONTED)


def places_within(s: Sentence) -> None:
    """Which place the text puts in which (nlp/held_places.py)."""
    held_places.places_within(s, _PLACE_WORDS, "fr-place-within")


class FrenchRelationExtractor:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        rules = (
            posts,
            described_led,
            fronted,
            pronoun_posts,
            successors,
            parts,
            verdicts,
            appeals,
            inquiries,
            cases,
            crimes,
            committed,
            _responsible,
            verdict_kinds,
            harmed_during,
            characterised,
            known_as,
            listed_crimes,
            placed_under,
            charges_confirmed,
            wanted,
            places_within,
        )
        # every sentence: a verdict may name neither its court nor its accused ("La Chambre l'a déclaré
        # coupable", "Y a lui aussi été condamné à vingt ans": the court named before, the person named before)
        read_sentences(doc, list(doc.spans[SPANS]), rules, lambda within, sent: True)
        return doc


@Language.factory(
    "acg_relations_fr",
    requires=["doc.spans", "span._.acg", "token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["doc._.acg_relations"],
)
def make_french_relation_extractor(nlp: Language, name: str) -> FrenchRelationExtractor:
    return FrenchRelationExtractor(name)
