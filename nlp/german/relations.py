"""The German relations (`acg_relations_de`, issue 26), read without a parser, as the Spanish ones are
(nlp/spanish/relations.py): spaCy's blank German has none, so only constructions whose words say the link by
themselves are read, between names with no other name between them; a link guessed from the order of names
could accuse the wrong person.

- A verdict: a court, then its verb and the persons it judged, in one clause ("Das Oberlandesgericht Koblenz
  hat den Angeklagten Anwar R. ... verurteilt", "Der Senat verurteilte Eyad A. ...", "Am 20. August
  verurteilte das Landgericht Frankfurt X", "sprach X frei"), and the passive ("X wurde vom Landgericht
  Hamburg ... verurteilt"; without a court named in the clause, the court named last before it).
  "das Gericht", "der Senat", "die Kammer": the court named last before.
- A charge: "Die Bundesanwaltschaft erhob Anklage gegen X", "X wurde von der Bundesanwaltschaft angeklagt".
- A trial: "das Verfahren gegen X vor dem Oberlandesgericht Y".
- A post: "X, ehemaliger Kommandeur der Y", "X war Oberst des Y", "der Kommandeur der Y, X"; a unit "die der
  Abteilung 251 unterstand", "die von X geleitet wurde", "unter dem Kommando von X"; "Abteilung 251 des
  Allgemeinen Geheimdienstes".
- A crime: the crime types and places its name holds ("die Folter von Gefangenen", "das Massaker von X"),
  the place written right after it ("in Homs"), who did it ("durch Soldaten der Y", "von der Y begangen").

Negated clauses ("nicht", "kein") are not read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import held_places
from nlp.aliases import cases_apposed
from nlp.german import lexicon
from nlp.german.belonging import belonged, named_parts_of, ranked_members
from nlp.german.clauses import NEGATION, clause, names_between, sole_accused
from nlp.german.command import TIME_WORD, command
from nlp.german.deeds import characterised, deeds
from nlp.german.killings import killings
from nlp.german.responsible import responsible
from nlp.german.successors import successors
from nlp.held_places import PlaceWords
from nlp.sentence import Sentence, SentenceRules, abroad, court_before, judges, named_parts

METHOD = "acg-nlp/words"  # read from the words between names, with no parse

if not Doc.has_extension("acg_relations"):
    Doc.set_extension("acg_relations", default=None)


def _prosecutor(m: Span) -> bool:
    name = m.text.lower()
    return "anwalt" in name or "ankläger" in name or "anklage" in name


# "A und der ehemalige SS-Mann B", "A und dessen Staatssekretär B": the next name, perhaps after its title
_LIST_SEPARATOR = re.compile(
    r"(?:\s+mit\s+[\wäöüß]+(?:\s+Jahren)?)?\s*(?:,|\s+und|\s+sowie)\s+"
    r"(?:(?:der|die|den|dem|dessen|deren|seinen|seine|seinem|ihren|ihre|ihrem)\s+(?:[a-zäöüß]+\s+){0,2}?"
    r"[A-ZÄÖÜ][\wäöüß-]+\s+)?"
)


def _listed(s: Sentence, first: Span, kinds: frozenset[str] = frozenset({"Person"})) -> list[Span]:
    """`first` and the names of its kind listed right after it with "und" or a comma, each perhaps with its
    penalty and a description ("A mit zwölf und der ehemalige SS-Hauptsturmführer B mit zehn Jahren")."""
    out = [first]
    for nxt in (m for m in s.named if m.start_char >= first.end_char):
        between = _LIST_SEPARATOR.fullmatch(s.text, out[-1].end_char, nxt.start_char)
        if nxt.label_ not in kinds and (between or _inside_apposition(s, out[-1], nxt)):
            continue  # "A, Richter am Sondergericht Hamm, und B": the court of A's post, in A's apposition
        if nxt.label_ not in kinds:
            break
        between = between or _APPOSED_SEPARATOR.fullmatch(s.text, out[-1].end_char, nxt.start_char)
        if not between or _NOT_PARTY.search(between.group().rstrip() + " "):
            break  # "A und der Zeuge B": a witness, no party
        out.append(nxt)
    return out


# "A, Staatssekretär im Reichsjustizministerium, und B": what A was, between commas, then the next one; what he
# was begins with a noun or an adjective of time, never with an article or a pronoun (a relative clause).
_DESCRIPTION = r",\s+(?:(?:ehemalige[rn]?|frühere[rn]?|damalige[rn]?)\s+)?[A-ZÄÖÜ][^,;:.()]{0,90}"
_APPOSED_SEPARATOR = re.compile(
    _DESCRIPTION + r",\s+(?:und|sowie)\s+(?:(?:der|die|den|dem)\s+(?:[a-zäöüß]+\s+){0,2}?[A-ZÄÖÜ][\wäöüß-]+\s+)?"
)
_IN_DESCRIPTION = re.compile(_DESCRIPTION)


# "Militärgerichtshof III, Urteil vom 3. Dezember 1947", "das Urteil des Landgerichts X": the court of a judgment.
_JUDGMENT_AFTER = re.compile(r"\s*,\s+(?:Urteil|Urteile|Entscheidung)\b")
_JUDGMENT_BEFORE = re.compile(r"\b(?:Urteil|Urteilen)\s+(?:des|der)\s+$")


def _court_of_judgment(s: Sentence, at: int, no_verdicts: Callable[[Span], bool]) -> tuple[Span | None, float]:
    """The court of a verdict that names none in its words ("Das Gericht verurteilte zehn Angeklagte:"): the
    court named last before (nlp.sentence `court_before`); where that one is named in an earlier paragraph
    only, the court named before as the one whose judgment the text reports ("Militärgerichtshof III, Urteil
    vom ...") unless the last is a chamber ("das Schwurgericht", "der 1. Strafsenat"), possibly (0.5)."""
    last, sure = court_before(s, at, no_verdicts)
    if last is None or sure > 0.5:
        return last, sure
    named = [m for m in s.doc_mentions if m.end_char <= at and judges(m, no_verdicts)
             and (_JUDGMENT_AFTER.match(s.text, m.end_char)
                  or _JUDGMENT_BEFORE.search(s.text, max(0, m.start_char - 20), m.start_char))]  # fmt: skip
    if named and named[-1].text not in last.text and not _A_CHAMBER.match(last.text):
        return named[-1], 0.5
    return last, sure


# The names of a court's chambers, which the judgment's court holds ("das Schwurgericht", "der 1. Strafsenat").
_A_CHAMBER = re.compile(
    r"(?:\d+\.\s+)?(?:Schwurgericht|Strafsenat|Senat|Strafkammer|Jugendkammer|Kammer|Berufungskammer)\b"
)


def _a_post(s: Sentence, court: Span) -> bool:
    """Whether a court is named as where someone held a post, in the description after his name ("A, Richter am
    Sondergericht Hamm, ..."), not as the court of a verdict."""
    comma = s.text.rfind(",", max(0, court.start_char - 100), court.start_char)
    if comma < 0:
        return False
    return any(p.label_ == "Person" and p.end_char == comma and _inside_apposition(s, p, court)
               for p in s.doc_mentions)  # fmt: skip


def _inside_apposition(s: Sentence, party: Span, name: Span) -> bool:
    """Whether `name` is in the description between commas right after `party` ("A, Richter am Volksgerichtshof,
    und B")."""
    m = _IN_DESCRIPTION.match(s.text, party.end_char)
    return m is not None and name.end_char <= m.end() and (m.end() == len(s.text) or s.text[m.end()] in ",.;")


# -- verdicts -------------------------------------------------------------------------------------------

_CONVICT = r"verurteilt(?:e|en)?|schuldig\s+gesprochen"
_ACQUIT = r"freigesprochen"
# The court's verb, finite: "verurteilte", "sprach ... schuldig/frei"; or its auxiliary: "hat ... verurteilt".
_FINITE = re.compile(
    r"\b(?:(?P<convicted>verurteilte|verurteilten)|(?P<spoke>sprach|sprachen)|(?P<has>hat|haben|hatte|hatten))\b"
)
_PARTICIPLE = re.compile(rf"\b(?:(?P<convicted>{_CONVICT})|(?P<acquitted>{_ACQUIT}))\b")
_SPOKEN = re.compile(r"\b(?:(?P<convicted>schuldig)|(?P<acquitted>frei))\b")
# "das Gericht", "der Senat", "die Kammer" (a sentence's first words too: "Das Gericht sprach X frei"): the court
# named before.
_COURT_NOUN = re.compile(
    r"\b(?:[Dd]as|[Dd]er|[Dd]ie)\s+(?:(?:erkennende|zuständige)\s+)?(?:Gericht|Senat|Strafsenat|Kammer|Strafkammer|"
    r"Jugendkammer|Schwurgericht|Tribunal|Gerichtshof|Berufungskammer|Strafgericht)\b"
)
# A person named in a trial in another role than the accused's: "den Zeugen X", "das Opfer X".
_NOT_PARTY = re.compile(r"\b(?:Zeug\w*|Opfer|Nebenkläg\w*|Richter\w*|Verteidig\w*|Anw[aä]lt\w*|Staatsanw\w*)\s*$")
_PREDICATES = {"convicted": "convicted_by", "acquitted": "acquitted_by"}


def _kind(m: re.Match[str]) -> str | None:
    return next((k for k in ("convicted", "acquitted") if m.groupdict().get(k)), None)


def _court_of(s: Sentence, lo: int, at: int) -> tuple[Span | None, float]:
    """The court that is the subject of a verdict whose verb is at `at`: the court named in the clause before
    it (0.8), or "das Gericht" and the like there (the court named before: 0.6 or 0.5)."""
    # "Der Senat unter dem Vorsitz von Richter X verurteilte": the judge who presides is no court of his own
    named = [m for m in names_between(s, lo, at) if not _PRESIDING.search(s.text, lo, m.start_char)]
    if named:
        court = named[0]  # the clause's subject: first, or right after the inverted verb
        return (court, 0.8) if judges(court, _prosecutor) else (None, 0.0)
    noun = _COURT_NOUN.search(s.text, lo, at)
    if noun is None:
        return None, 0.0
    return court_before(s, noun.start(), _prosecutor, noun.group().split()[-1])


_PRESIDING = re.compile(r"\b(?:Vorsitz\s+(?:von|der|des)|Vorsitzenden?|Richter(?:in)?|Richtern)\s+(?:[\w.]+\s+)?$")


def _court_after(s: Sentence, end: int) -> tuple[Span | None, float, int] | None:
    """The court right after a verdict's verb that ends at character `end`: named ("verurteilte das Landgericht
    X", 0.8), or "der Senat" and the like (the court named before: 0.6 or 0.5); with where its words end. None if
    neither stands there."""
    text = s.text
    after = names_between(s, end, s.sent.end_char)
    if (
        after and re.fullmatch(r"\s+(?:das|der|die|den)\s+", text[end : after[0].start_char])
        and judges(after[0], _prosecutor)
    ):  # fmt: skip
        return after[0], 0.8, after[0].end_char
    noun = _COURT_NOUN.match(text, end + 1)  # "verurteilte der Senat"
    if noun is None:
        return None
    court, sure = court_before(s, noun.start(), _prosecutor, noun.group().split()[-1])
    return court, sure, noun.end()


def verdicts(s: Sentence) -> None:
    """A court, its verb, then the persons it judged, in one clause; the verdict said by the verb."""
    text = s.text
    done: set[int] = set()
    for finite in _FINITE.finditer(text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, finite.start())
        # the court: before the verb ("Das Gericht verurteilte"), or right after it ("verurteilte das Gericht")
        court: Span | None
        if (found := _court_after(s, finite.end())) is not None:
            court, sure, start = found
        else:
            (court, sure), start = _court_of(s, lo, finite.start()), finite.end()
        if court is None or court.start_char in done:
            continue
        start = max(start, court.end_char)
        # "hat unter dem Vorsitz von Dr. X den Angeklagten Y verurteilt": the judge who presides is no party
        persons = [m for m in names_between(s, start, hi) if not _PRESIDING.search(text, start, m.start_char)]
        described = _DESCRIBED.match(text, start)
        if described is not None and (not persons or persons[0].start_char >= described.end()):
            accused = sole_accused(s)  # "den 48-jährigen gambischen Staatsangehörigen": the one accused
            if accused is None:
                continue
            parties, sure, start = [accused], min(sure, 0.6), described.end()
        elif not persons or persons[0].label_ != "Person" or "," in text[start : persons[0].start_char]:
            continue  # another name first, or a clause between: not read
        elif _NOT_PARTY.search(text, start, persons[0].start_char):
            continue
        else:
            parties = _listed(s, persons[0])
        last = max(start, parties[-1].end_char) if parties[-1].start_char >= s.sent.start_char else start
        if finite["convicted"]:
            kind: str | None = "convicted"
            verb_end = last
        else:
            said = (_SPOKEN if finite["spoke"] else _PARTICIPLE).search(text, last, hi)
            kind = _kind(said) if said else None
            verb_end = said.end() if said else hi
        if kind is None or names_between(s, last, verb_end, tuple(parties)):
            continue  # no verdict said, or another name before it
        if NEGATION.search(text, lo, verb_end):
            continue
        done.add(court.start_char)
        if kind == "convicted":  # "verurteilte den Soldaten A zu zehn Jahren Haft, die Soldatin B zu drei Jahren"
            parties = [*parties, *_gapped_after(s, parties[-1], s.sent.end_char)]
        for p in parties:
            s.emit(p, _PREDICATES[kind], court, sure, "de-verdict", date=s.one_date())


# The party first ("Den Angeklagten X verurteilte ..."): an object's article, perhaps a noun, then the name.
_FRONTED = re.compile(r"\s*(?:Den|Die)\s+(?:[\w-]+\s+){0,3}?")
# The court after the verb, or a pronoun for the court named before ("verurteilte er", "sprach sie frei").
_PRONOUN_AFTER = re.compile(r"\s+(?:er|sie)\b")
_FRONTED_VERB = re.compile(r"\b(?:(?P<convicted>verurteilte|verurteilten)|(?P<spoke>sprach|sprachen))\b")


def fronted_verdicts(s: Sentence) -> None:
    """A verdict whose party comes first, its verb second and its court after: "Den Angeklagten X verurteilte
    das Gericht zu sieben Jahren", "Den Angeklagten X sprach der Senat frei", or "verurteilte er" (the pronoun
    of the court named before: likely, 0.6, or possibly, 0.5, in an earlier paragraph)."""
    text = s.text
    for finite in _FRONTED_VERB.finditer(text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, finite.start())
        before = names_between(s, lo, finite.start())
        if not before or before[0].label_ != "Person" or not _FRONTED.fullmatch(text, lo, before[0].start_char):
            continue
        parties = _listed(s, before[0])
        if names_between(s, parties[-1].end_char, finite.start(), tuple(parties)):
            continue  # another name between the parties and the verb
        court: Span | None
        if (found := _court_after(s, finite.end())) is not None:
            court, sure, start = found
        elif (pronoun := _PRONOUN_AFTER.match(text, finite.end())) is not None:
            (court, sure), start = court_before(s, finite.start(), _prosecutor), pronoun.end()
        else:
            continue
        if court is None or NEGATION.search(text, lo, hi):
            continue
        if finite["convicted"]:
            kind: str | None = "convicted"
        else:
            said = _SPOKEN.search(text, start, hi)
            kind = _kind(said) if said else None
        if kind is None:
            continue
        if kind == "convicted":  # "..., den Angeklagten B wegen ... zu vier Jahren": the verb gapped
            parties = [*parties, *_gapped_after(s, parties[-1], hi)]
        for p in parties:
            s.emit(p, _PREDICATES[kind], court, sure, "de-verdict-fronted", date=s.one_date())


_GAPPED_PENALTY = re.compile(r"[^,;:.]{0,40}?\s+(?:zu|zum)\s+")


def _gapped_after(s: Sentence, last: Span, end: int) -> list[Span]:
    """The persons after the last party of an active verdict whose penalty repeats the verb ("..., die Soldatin B
    im September 2005 zu drei Jahren"), each after a penalty and with one of their own."""
    out = [last]
    for nxt in names_between(s, last.end_char, end):
        if (
            nxt.label_ != "Person"
            or not _GAPPED_BEFORE.search(s.text, out[-1].end_char, nxt.start_char)
            or not _GAPPED_PENALTY.match(s.text, nxt.end_char)
            or names_between(s, out[-1].end_char, nxt.start_char)
        ):
            break
        out.append(nxt)
    return out[1:]


# The accused named by a description: "den Angeklagten", "den 48-jährigen gambischen Staatsangehörigen" (at
# most five words before the noun). Never a pronoun: "hat ihn 2011 verurteilt" is whom the sentence before
# named, often another than the accused.
_DESCRIBED = re.compile(r"\s+(?:den|die)\s+(?:[\w-]+\s+){0,5}?(?:Angeklagten|Staatsangehörigen|[\w-]*[Jj]ährigen)\b")
# "wurde vom Landgericht Hamburg zu zwei Jahren verurteilt", "ist 2015 freigesprochen worden"
# "X selbst war 1957 vom Landgericht Bochum ... verurteilt worden": a word of emphasis before the auxiliary (not a
# comma: "Der Führer der Y, X, war bereits ... verurteilt worden" lost on the held-out documents)
_PASSIVE = re.compile(
    r"\s+(?:(?:selbst|jedoch|bereits|schon|später|dann|auch)\s+)?(?:wurde|wurden|ist|sind|war|waren)\b"
)
_AUX_BEFORE = re.compile(r"\b(?:wurde|wurden)\s+$")
_AMONG = re.compile(r"\bAngeklagte\s*,\s*(?:unter\s+ihnen|darunter)\s+$")
_PASSIVE_AFTER_LIST = re.compile(r"\s*,\s+(?:wurden|waren)\b")
_BY_COURT = re.compile(r"\b(?:vom|von\s+(?:dem|der)|durch\s+(?:das|den|die))\s+$")


def passive_verdicts(s: Sentence) -> None:
    text = s.text
    for i, person in enumerate(s.named):
        if person.label_ != "Person" or (i and person in _listed(s, s.named[i - 1])[1:]):
            continue  # read with the first of its list
        parties = _listed(s, person)
        aux = _PASSIVE.match(text, parties[-1].end_char)
        if aux is None and _AMONG.search(text, max(s.sent.start_char, person.start_char - 30), person.start_char):
            aux = _PASSIVE_AFTER_LIST.match(text, parties[-1].end_char)  # "14 Angeklagte, unter ihnen A und B,
            # wurden zum Tode verurteilt": what is said of the count is said of those it names
        if aux is not None:
            _passive(s, parties, aux.end(), 1.0)
        elif _AUX_BEFORE.search(text, s.sent.start_char, person.start_char):  # "Im Juni wurde Josef S. ..."
            _passive(s, parties, parties[-1].end_char, 1.0)
    for described in _DESCRIBED_SUBJECT.finditer(text, s.sent.start_char, s.sent.end_char):
        accused = sole_accused(s)  # "Der Angeklagte wurde ... verurteilt": the one accused, likely
        if accused is not None and not names_between(s, s.sent.start_char, described.start()):
            _passive(s, [accused], described.end(), 0.6)


# "Der Angeklagte wurde", "die 96-jährige Angeklagte ist"
_DESCRIBED_SUBJECT = re.compile(
    r"\b[Dd](?:er|ie)\s+(?:[\w-]+\s+){0,3}?(?:Angeklagte|Staatsangehörige)\s+(?:wurde|ist|war)\b"
)


_GAPPED_BEFORE = re.compile(
    r"(?:Jahren|Haft|Monaten|Zuchthaus|Tode?)\s*(?:,|\s+und|\s+sowie)\s+(?:(?:der|die|den)\s+[\w-]+\s+)?$"
)
_GAPPED_AFTER = re.compile(r"(?:\s*,[^,;:.]{1,80},)?\s+(?:zu|zum)\s+")


def _passive(s: Sentence, parties: list[Span], since: int, most: float) -> None:
    """A passive verdict on `parties`, its auxiliary ending at `since`: the court after "vom" in its clause
    (0.7), or the court named before (0.6, 0.5); no more sure than `most`."""
    text = s.text
    _lo, hi = clause(s, since)
    said = _PARTICIPLE.search(text, since, hi)
    if said is None or NEGATION.search(text, since, said.end()):
        return
    between = names_between(s, since, said.start())
    # "A und B wurden zu je 15 Jahren, C zu drei Jahren und D, der ..., zu lebenslanger Haft verurteilt": the
    # verb said once for the persons listed each with a penalty of their own
    gapped = [m for m in between if m.label_ == "Person" and _GAPPED_BEFORE.search(text, since, m.start_char)
              and _GAPPED_AFTER.match(text, m.end_char)]  # fmt: skip
    # and the names of what is said of one of them between commas ("D, der 1943 Raeder ... abgelöst hatte,")
    said_of = [(m.end_char, g.end()) for m in gapped if (g := _GAPPED_AFTER.match(text, m.end_char)) is not None]
    between = [m for m in between if m not in gapped and not any(lo <= m.start_char < hi for lo, hi in said_of)]
    parties = [*parties, *gapped]
    if any(m.label_ != "Mechanism" for m in between) or len(between) > 1:
        return  # another name in the clause: not read
    court: Span | None = None
    if between:
        court, sure = between[0], 0.7
        if not _BY_COURT.search(text, since, court.start_char) or not judges(court, _prosecutor):
            return
    elif abroad(s, since, said.start()):
        return  # "wurde 2010 in den USA zu zehn Jahren verurteilt": by a court there, not the one named before
    else:
        court, sure = court_before(s, min(since, s.sent.end_char), _prosecutor)
    kind = _kind(said)
    if court is None and kind == "convicted":
        for p in parties:  # "wurde 2011 wegen der Entführung von X verurteilt": by no court named, but what he did
            _crimes_for(s, p)
    if court is None or kind is None:
        return
    for p in parties:
        s.emit(p, _PREDICATES[kind], court, min(sure, most), "de-verdict-passive", date=s.one_date())


# Verdicts on a list: "Drei Angeklagte sprach das Gericht frei: A, B und C"; "Es verurteilte sechs Angeklagte
# zu lebenslangem Zuchthaus: A ..."; "Zwölf Angeklagte wurden zum Tod verurteilt, darunter A, B"; "Freigesprochen
# wurden A, B und C"; "A, B und C erhielten lebenslange Haftstrafen".
_LIST_LEAD = re.compile(
    r"\b(?:(?P<lead>[^.;:]*\bAngeklagten?\b[^.;:]*?)(?::|,\s+darunter)(?:\s+(?:die|der|den|dem)(?:\s+[\wäöüß-]+){0,3}?)?|"
    r"(?P<first>(?P<acquitted>Freigesprochen)|(?P<convicted>Verurteilt|Schuldig\s+gesprochen))\s+wurden?"
    # "Verurteilt wurde auch der frühere Wachmann X": the inverted passive, an adverb and a description
    r"(?:\s+(?:auch|zudem|außerdem|ebenfalls|ferner))?(?:\s+(?:der|die)(?:\s+[a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+$"
)
_PENALTIES = r"(?:Haftstrafen|Freiheitsstrafen|Haft|Freiheitsstrafe|Todesstrafen|Todesurteile|Zuchthausstrafen)\b"
_RECEIVED = re.compile(r"\s+erhielten\s+(?:[a-zäöüß]+\s+){0,3}" + _PENALTIES)
# "Sieben weitere Angeklagte erhielten ... Freiheitsstrafen ..., darunter X": a penalty received is a conviction
_RECEIVED_IN_LEAD = re.compile(r"\berhielten\b[^.;:]*?\b" + _PENALTIES)


def _items_start(text: str, at: int) -> int:
    """Where the items of a list begin, when the line at `at` is one of them ("...Angeklagte:\n|- A ...;\n- B",
    each mark turned into a blank line and spaces by nlp.paragraphs `items_apart`); else `at` itself."""

    def item(line: int) -> bool:
        return line >= 2 and text[line - 2 : line] == "\n\n" and text[line : line + 1] in {" ", "\t"}

    line = text.rfind("\n", 0, at) + 1
    if not item(line) or text[line:at].strip():
        return at
    while True:
        before = text.rfind("\n", 0, line - 2) + 1
        if not item(before):
            return line
        line = before


def listed_verdicts(s: Sentence) -> None:
    text = s.text
    for i, person in enumerate(s.named):
        if person.label_ != "Person" or (i and person in _listed(s, s.named[i - 1])[1:]):
            continue
        parties = _listed(s, person)
        # "verurteilte zehn Angeklagte:" then "- A ... zu lebenslanger Haft;" and "- B ...": the lead of the list
        block = _items_start(text, person.start_char)
        lead = _LIST_LEAD.search(text, max(s.sent.start_char, block - 200), block)
        kind: str | None = None
        if lead is not None and lead["first"]:
            kind, said = _kind(lead), lead.start()
        elif lead is not None:
            found = _PARTICIPLE.search(text, lead.start(), lead.end()) or _SPOKEN.search(text, lead.start(), lead.end())
            verb = re.search(r"\bverurteilt(?:e|en)?\b", text[lead.start() : lead.end()])
            received = _RECEIVED_IN_LEAD.search(text, lead.start(), lead.end())
            kind = _kind(found) if found else ("convicted" if verb or received else None)
            said = lead.start()
        elif _RECEIVED.match(text, parties[-1].end_char):
            kind, said = "convicted", parties[-1].end_char
        if kind is None or NEGATION.search(text, min(said, person.start_char), clause(s, parties[-1].end_char)[1]):
            continue  # "Verurteilt wurde X nicht": a negation anywhere in the clause

        def no_verdicts(m: Span) -> bool:
            return _prosecutor(m) or _a_post(s, m)

        in_clause = [m for m in names_between(s, s.sent.start_char, s.sent.end_char) if judges(m, no_verdicts)
                     and m.start_char < min(said, person.start_char)]  # fmt: skip
        court, sure = (in_clause[0], 0.7) if len(in_clause) == 1 else (None, 0.0)
        if court is None:
            court, sure = _court_of_judgment(s, min(said, person.start_char), no_verdicts)
        # no other name between the verdict and its party, but those of the items before its own
        since = min(said, person.start_char) if block == person.start_char else person.start_char
        if court is None or names_between(s, since, person.start_char, (court,)):
            continue
        for p in parties:
            s.emit(p, _PREDICATES[kind], court, min(sure, 0.7), "de-verdict-list", date=s.one_date())


# An appeal that upheld a conviction: "hat das Urteil gegen X bestätigt", "Die Verurteilung von X bestätigte der
# Bundesgerichtshof", "bestätigte die lebenslange Strafe für X", "verwarf die Revision des Angeklagten". What it
# upheld, then whose it was.
_UPHOLD = re.compile(r"\b(?:bestätigt|bestätigte|bestätigten|verwarf|verwarfen|verworfen)\b")
_UPHELD = re.compile(
    r"\b(?i:das|den|die)\s+(?:[\w-]+\s+){0,2}?(?P<what>Urteil|Verurteilung|Schuldspruch|Haftstrafe|Freiheitsstrafe|"
    r"Strafe|Revision|Freispruch)\s+(?:(?:gegen|von|für)\s+(?:(?:den|die|dem)\s+)?(?:[a-zäöüß-]+\s+){0,3}?|"
    r"(?P<of>des|der)\s+)?"
)
_THE_ACCUSED = re.compile(r"\s*(?:[\w-]+\s+){0,3}?Angeklagten\b")


def upheld(s: Sentence) -> None:
    """A court that upheld a conviction convicted (as an appeals court does: "Der Bundesgerichtshof hat das
    Urteil gegen X bestätigt", "Die Verurteilung von X bestätigte der Bundesgerichtshof", "bestätigte die
    Verurteilung Tarčulovskis", "verwarf die Revision des Angeklagten" (the document's one accused, likely)); one
    that upheld an acquittal ("den Freispruch Boškoskis") acquitted. Never the prosecution's appeal rejected ("die
    Revision der Bundesanwaltschaft"), nor a sentence said not upheld."""
    text = s.text
    for verb in _UPHOLD.finditer(text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, verb.start())
        if NEGATION.search(text, lo, hi):
            continue
        for what in _UPHELD.finditer(text, lo, hi):  # "die Verurteilung X-s sowie den Freispruch Y-s"
            if what["what"] != "Revision" or verb.group().startswith("verw"):
                _upheld(s, what, lo, hi)


def _upheld(s: Sentence, what: re.Match[str], lo: int, hi: int) -> None:
    """The verdict `what` names upheld, by the court named in the clause or the one named before."""
    text = s.text
    after = names_between(s, what.end(), hi)
    party: Span | None = None
    sure = 0.8
    if after and after[0].start_char == what.end() and after[0].label_ == "Person":
        party = after[0]  # "das Urteil gegen Dominic Ongwen", "die Revision des Dominic Ongwen"
    elif what["of"] and _THE_ACCUSED.match(text, what.end()):
        party, sure = sole_accused(s), 0.6  # "die Revision des Angeklagten"
    if party is None:
        return
    # the court: named in the clause, outside what it upheld ("das Urteil gegen X")
    court = next((m for m in names_between(s, lo, hi) if m.label_ == "Mechanism"
                  and not what.start() <= m.start_char <= party.end_char), None)  # fmt: skip
    if court is None or not judges(court, _prosecutor):
        noun = _COURT_NOUN.search(text, lo, hi)
        if noun is None:
            return
        court, near = court_before(s, noun.start(), _prosecutor, noun.group().split()[-1])
        sure = min(sure, near)
        if court is None:
            return
    predicate = "acquitted_by" if what["what"] == "Freispruch" else "convicted_by"
    s.emit(party, predicate, court, sure, "de-upheld", verdict="upheld")


# -- charges and trials ------------------------------------------------------------------------------------

_INDICTMENT = re.compile(
    r"\b(?:Anklage|Anklagen)\b[^.;:]*?\b(?:erhob|erhoben|erhebt|erheben)\b|\b(?:erhob|erhebt)\b[^.;:]*?\bAnklage\b"
    r"|\bführt(?:e|en)?\s+zur\s+Anklage\b"  # "Die Ermittlungen der Staatsanwaltschaft X führten zur Anklage gegen"
)
_AGAINST = re.compile(r"\bgegen\s+(?:(?:den|die|das)\s+)?(?:[a-zäöüß]+\s+){0,3}$")
# "Anklage gegen zehn frühere Angehörige des Lagerpersonals, darunter A, B und C": the accused a count names
_AGAINST_AMONG = re.compile(r"\bgegen\s+[^.;:]{0,80}?,\s+darunter\s+(?:(?:den|die|der)\s+(?:[\w-]+\s+){0,3}?)?$")


def charges(s: Sentence) -> None:
    """ "Die Bundesanwaltschaft erhob Anklage gegen X (und Y)"; "X wurde von der Bundesanwaltschaft
    angeklagt"."""
    text = s.text
    for m in _INDICTMENT.finditer(text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, m.start())
        if NEGATION.search(text, lo, hi):
            continue
        prosecutors = [x for x in names_between(s, lo, hi) if x.label_ == "Mechanism" and _prosecutor(x)]
        if len(prosecutors) != 1:
            continue
        persons = [x for x in names_between(s, lo, hi) if x.label_ == "Person"]
        for person in persons:
            if (
                _AGAINST.search(text, max(lo, person.start_char - 60), person.start_char) is not None
                or _AGAINST_AMONG.search(text, max(lo, person.start_char - 120), person.start_char) is not None
            ):
                for accused in _listed(s, person):  # "gegen Bai L. und Ousman S."
                    s.emit(accused, "charged_by", prosecutors[0], 0.7, "de-charge")
        if persons:
            continue
        # "gegen den Angeklagten": the one the document accuses, likely; no one said: possibly
        described = re.search(
            r"\bgegen\s+(?:den|die)\s+(?:[\w-]+\s+){0,3}?(?:Angeklagten|Beschuldigten)\b", text[lo:hi]
        )
        sole = sole_accused(s)
        if sole is not None and (described is not None or "gegen" not in text[lo:hi].split()):
            s.emit(sole, "charged_by", prosecutors[0], 0.6 if described else 0.5, "de-charge-accused")
    _passive_charges(s)


# A warrant is a charge (as the ICC's for Kony), by the court that issued it or the prosecution that sought it:
# "Die Vorverfahrenskammer I erließ am 10. Februar 2006 Haftbefehl gegen X", "erließ die Kammer einen
# Haftbefehl gegen X", "Der Generalbundesanwalt hat Haftbefehl gegen X beantragt".
_WARRANT = re.compile(
    r"\b(?:erließ|erließen|erlässt|stellte|stellten|beantragte|beantragten|hat|hatte)\b(?:[^.;:]|(?<=\d)\.){0,60}?"
    r"\bHaftbefehle?\b"  # a date's stops between: "am 10. Februar 2006"
)
_WARRANT_SAID = re.compile(r"\b(?:erließ|erließen|erlässt|erlassen|stellte|stellten|ausgestellt|beantragte|beantragten|"
                           r"beantragt)\b")  # fmt: skip


# "Auf Antrag der Anklagebehörde erließ der IStGH Haftbefehl": the body that asked for the warrant did not issue it
_REQUESTED = re.compile(r"\bAntrags?\s+(?:der|des)\s+$")


def warrants(s: Sentence) -> None:
    text = s.text
    for m in _WARRANT.finditer(text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, m.start())
        if NEGATION.search(text, lo, hi) or not _WARRANT_SAID.search(text, lo, hi):
            continue
        bodies = [x for x in names_between(s, lo, m.end()) if x.label_ == "Mechanism"
                  and not _REQUESTED.search(text, max(lo, x.start_char - 30), x.start_char)]  # fmt: skip
        if len(bodies) != 1 or not (judges(bodies[0], _prosecutor) or _prosecutor(bodies[0])):
            continue
        for person in (x for x in names_between(s, m.end(), hi) if x.label_ == "Person"):
            if _AGAINST.search(text, max(lo, person.start_char - 60), person.start_char) is not None:
                for accused in _listed(s, person):  # "gegen A und B"
                    s.emit(accused, "charged_by", bodies[0], 0.7, "de-warrant", date=s.one_date())
                break


_PASSIVE_CHARGE = re.compile(r"\s+(?:wurde|wurden|ist|sind)\s+(?:[^.;:,]{0,40}?\s)?(?:vom|von\s+der|von\s+dem)\s+$")


def _passive_charges(s: Sentence) -> None:
    named = s.named
    for person, body in itertools.pairwise(named):
        if person.label_ != "Person" or body.label_ != "Mechanism" or not _prosecutor(body):
            continue
        if not _PASSIVE_CHARGE.fullmatch(s.text, person.end_char, body.start_char):
            continue
        _lo, hi = clause(s, body.end_char)
        said = re.compile(r"\bangeklagt\b").search(s.text, body.end_char, hi)
        if (
            said
            and not NEGATION.search(s.text, person.end_char, said.end())
            and not names_between(s, body.end_char, said.start())
        ):
            s.emit(person, "charged_by", body, 0.7, "de-charge-passive")


# "hat im Majdanek-Prozess die Urteile verkündet", "hat im Strafverfahren gegen X sein Urteil verkündet"
_PRONOUNCED = re.compile(
    r"\b(?:Urteil|Urteile|Urteilen)\b[^.;:]{0,60}?\bverkündet(?:e|en)?\b|\bverkündete\b[^.;:]{0,40}?\bUrteil"
)


def trials(s: Sentence) -> None:
    """ "das Verfahren gegen X vor dem Oberlandesgericht Y": the case tried by the court; "Das Landgericht Y hat
    im Majdanek-Prozess die Urteile verkündet": the court that pronounced the judgment in the case tried it."""
    for found in _PRONOUNCED.finditer(s.text, s.sent.start_char, s.sent.end_char):
        lo, hi = clause(s, found.start())
        if NEGATION.search(s.text, lo, hi):
            continue
        courts = [m for m in names_between(s, lo, hi) if judges(m, _prosecutor)]
        cases = [m for m in s.typed("Case") if lo <= m.start_char < hi]
        if len(courts) == 1 and len(cases) == 1:
            s.emit(cases[0], "tried_by", courts[0], 0.7, "de-judgment-in")
    for case in s.typed("Case"):
        court = next((m for m in s.named if m.start_char >= case.end_char), None)
        if (
            court is not None
            and judges(court, _prosecutor)
            and re.fullmatch(r"\s+vor\s+(?:dem|der|den)\s+", s.text[case.end_char : court.start_char])
        ):
            s.emit(case, "tried_by", court, 0.7, "de-trial")


# -- posts --------------------------------------------------------------------------------------------------

_COMMAND = frozenset(
    "kommandeur kommandeurin kommandant kommandantin befehlshaber oberbefehlshaber chef chefin leiter leiterin "
    "anführer anführerin führer führerin vorsitzender vorsitzende präsident präsidentin generalstabschef".split()
)
_MEMBER = frozenset(
    "mitglied angehöriger angehörige offizier offizierin soldat soldatin agent agentin mitarbeiter mitarbeiterin "
    "kämpfer kämpferin wärter aufseher ermittler vernehmer arzt ärztin".split()
)
_TITLE = r"(?P<title>[A-ZÄÖÜ][a-zäöüß]+)"
_QUALIFIER = r"(?:(?:der|die|ein|eine|ehemalige[rn]?|frühere[rn]?|damalige[rn]?|stellvertretende[rn]?|hochrangige[rn]?|"
_QUALIFIER += r"führende[rn]?|langjährige[rn]?|ranghohe[rn]?)\s+)*"
# "X, ehemaliger Kommandeur der Y"; "X war Oberst des Y"; "X, Reichsmarschall und Oberbefehlshaber der Y" (the title
# of the body the last of two)
_POST_AFTER = re.compile(
    rf"\s*(?:,\s*|\s+(?:war|ist|wurde|blieb)\s+(?:[a-zäöüß]+\s+)??(?:{TIME_WORD}\s+){{0,8}}?){_QUALIFIER}"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]+\s+und\s+)?{_TITLE}\s+(?:des|der)\s+$"
)  # "X war von November 1941 bis Anfang 1943 Chef der Y": a time between
# "X stand (seit 1992) an der Spitze der Y"; "an der Spitze des Y stand (General) X"
_HEAD_AFTER_PERSON = re.compile(
    rf"\s+(?:stand|steht|standen)\s+(?:{TIME_WORD}\s+){{0,6}}?an\s+der\s+Spitze\s+(?:des|der)\s+$"
)
_HEAD_BEFORE_BODY = re.compile(r"\ban\s+der\s+Spitze\s+(?:des|der)\s+$")
_HEAD_THEN_PERSON = re.compile(r"\s+(?:stand|steht)\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$")
# "der Kommandeur der Y, X"; "Kommandeur der Y X"
_POST_BEFORE = re.compile(rf"(?:^|\s){_QUALIFIER}{_TITLE}\s+(?:des|der)\s+$")


# Between a post's body and its holder: nothing, a comma, "war", or a comma and his rank ("Der Kommandeur der
# Brigade 313, Oberst Ali M.,")
_BODY_THEN_HOLDER = re.compile(rf"\s*,?\s*|\s+(?:war|ist)\s+|\s*,\s*(?:{'|'.join(sorted(lexicon.RANKS))})\s+", re.I)
# "Kommandeur der Division war von ihrer Aufstellung bis Oktober 1944 SS-Gruppenführer X": "war", then a time
# and a rank or a description before the holder's name, whose clause ends there; never "... war der Stellvertreter
# von X" (a word of relation before him).
_BODY_WAS_THEN_HOLDER = re.compile(r"\s+(?:war|ist)\s+(?:[^\s,;:]+\s+){0,10}?")
_COPULA_AFTER = re.compile(r"\s+(?:war|ist|wurde|waren|sind)\b")
_NOT_BEFORE_HOLDER = re.compile(
    r"(?:^|\s)(?:von|vom|mit|für|gegen|unter|durch|bei|neben|nach|vor|als|und|oder|des|dem|den)\s+"
    r"(?:[A-ZÄÖÜ][\wäöüß.-]*\s+)?$"
)


def _post(s: Sentence, person: Span, body: Span, title: str, sure: float, rule: str) -> None:
    word = title.lower()
    if word in _COMMAND:
        s.emit(person, "commands", body, sure, rule, title=title)
    elif word in lexicon.RANKS:
        s.emit(person, "member_of", body, sure, rule, rank=title)
    elif word in _MEMBER:
        s.emit(person, "member_of", body, sure, rule, title=title)


def posts(s: Sentence) -> None:
    named = [m for m in s.named if m.label_ != "DATE"]  # "X war von November 1941 bis 1943 Chef der Y"
    text = s.text
    for a, b in itertools.pairwise(named):
        if a.label_ == "Person" and b.label_ == "Organization":
            m = _POST_AFTER.fullmatch(text, a.end_char, b.start_char)
            if m is not None and not (
                text[a.end_char : b.start_char].lstrip().startswith(",") and _COPULA_AFTER.match(text, b.end_char)
            ):
                # not "stand General X, Kommandeur der Abteilung war Y": the post the subject of a clause of its own
                _post(s, a, b, m["title"], 0.7, "de-post")
        if a.label_ == "Organization" and b.label_ == "Person":
            # from the space before the sentence: "^" matches only at the text's start ("Kommandeur der Y war X.")
            lead = _POST_BEFORE.search(text, max(0, s.sent.start_char - 1, a.start_char - 60), a.start_char)
            if (
                lead is not None
                and lead.end() == a.start_char
                and text[a.end_char - 1] != "."  # "Chef der Einsatzgruppe B. Heinz Jost leitete": a sentence ended
                and _BODY_THEN_HOLDER.fullmatch(text, a.end_char, b.start_char)
            ):
                _post(s, b, a, lead["title"], 0.7, "de-post-before")
            elif (
                lead is not None
                and lead.end() == a.start_char
                and _BODY_WAS_THEN_HOLDER.fullmatch(text, a.end_char, b.start_char)
                and not _NOT_BEFORE_HOLDER.search(text, a.end_char, b.start_char)
                and re.match(r"\s*[.;:]", text[b.end_char :])
                and not NEGATION.search(text, a.end_char, b.start_char)
            ):  # "Kommandeur der Division war von 1943 bis Oktober 1944 SS-Gruppenführer X."
                _post(s, b, a, lead["title"], 0.7, "de-post-was")
        if (
            a.label_ == "Person" and b.label_ == "Organization"
            and _COMMANDED.fullmatch(text, a.end_char, b.start_char)
            and not NEGATION.search(text, a.end_char, s.sent.end_char)  # "leitete die Abteilung nie"
        ):  # fmt: skip
            s.emit(a, "commands", b, 0.8, "de-commanded")
        if (
            a.label_ == "Person" and b.label_ == "Organization"
            and _TOOK_COMMAND.fullmatch(text, a.end_char, b.start_char)
            and not NEGATION.search(text, a.end_char, b.start_char)
        ):  # fmt: skip
            # "X übernahm im Mai 2013 die Leitung der Abteilung 227": its commander since then
            s.emit(a, "commands", b, 0.7, "de-took-command", valid_from=s.one_date())
        if a.label_ == "Person" and b.label_ == "Organization" and _FOUNDED.fullmatch(text, a.end_char, b.start_char):
            then = _AND_ITS_TITLE.match(text, b.end_char)  # "X gründete die Y und war ihr Präsident"
            if then is not None and not NEGATION.search(text, b.end_char, then.end()):
                _post(s, a, b, then["title"], 0.7, "de-founded-and-led")
        if a.label_ == "Organization" and b.label_ == "Organization":
            _units(s, a, b)
        if (
            (a.label_, b.label_) == ("Person", "Organization")
            and _HEAD_AFTER_PERSON.fullmatch(text, a.end_char, b.start_char)
            and not NEGATION.search(text, a.end_char, b.start_char)  # "X stand nie an der Spitze der Y"
        ):
            s.emit(a, "commands", b, 0.7, "de-at-the-head")
        if (
            (a.label_, b.label_) == ("Organization", "Person")
            and _HEAD_BEFORE_BODY.search(text, max(s.sent.start_char, a.start_char - 30), a.start_char)
            and _HEAD_THEN_PERSON.fullmatch(text, a.end_char, b.start_char)
        ):
            s.emit(b, "commands", a, 0.7, "de-at-the-head")
    for org in s.typed("Organization"):
        _led(s, org)
    belonged(s)


_UNITS = tuple(
    "abteilung unterabteilung brigade division bataillon regiment einheit kompanie zug gruppe sektion".split()
)
# "die der Abteilung 251 unterstand", "das dem Generalstab unterstellt war"
_SUBORDINATE = re.compile(r"\s*,\s*(?:die|der|das)\s+(?:dem|der|den)\s+$")
_SUBORDINATE_VERB = re.compile(r"\s+(?:unterstand|unterstanden|unterstellt\s+(?:war|waren|ist|sind|wurde|wurden))\b")


# "Die Abteilung 251 gehörte zum Allgemeinen Geheimdienst", "unterstand dem Generalstab", "war Teil der X": the
# first body's verb of belonging, then the second (the verb right after the first's name)
_BELONGS = re.compile(
    r"\s+(?:gehörte|gehörten|gehört|unterstand|unterstanden|untersteht)\s+(?:(?:zum|zur|dem|der|den)\s+)?"
    r"|\s+(?:war|ist|waren|sind)\s+(?:ein\s+|eine\s+)?(?:Teil|Einheit|Unterabteilung|Abteilung)\s+(?:des|der)\s+"
)


# "Die Abteilung 40 war (direkt) der Abteilung 251 unterstellt": the first body's auxiliary, the second in the
# dative, then the participle
_PLACED_UNDER = re.compile(
    r"\s+(?:war|waren|ist|sind|wurde|wurden)\s+(?:zeitweise\s+|direkt\s+|unmittelbar\s+|formal\s+)?(?:dem|der|den)\s+"
)
_UNDER_AFTER = re.compile(r"\s+(?:direkt\s+|unmittelbar\s+)?unterstellt\b")


def _units(s: Sentence, a: Span, b: Span) -> None:
    """ "Unterabteilung 40, die der Abteilung 251 unterstand" (0.7); "Abteilung 251 des Allgemeinen
    Geheimdienstes": a unit of a body (0.6); "Die Abteilung 251 gehörte zum Allgemeinen Geheimdienst" (0.7)."""
    text = s.text
    if _BELONGS.fullmatch(text, a.end_char, b.start_char):
        s.emit(a, "part_of", b, 0.7, "de-belongs")
    elif _SUBORDINATE.fullmatch(text, a.end_char, b.start_char) and _SUBORDINATE_VERB.match(text, b.end_char):
        if not NEGATION.search(text, b.end_char, _SUBORDINATE_VERB.match(text, b.end_char).end()):  # type: ignore[union-attr]
            s.emit(a, "part_of", b, 0.7, "de-subordinate")
    elif _PLACED_UNDER.fullmatch(text, a.end_char, b.start_char) and _UNDER_AFTER.match(text, b.end_char):
        if not NEGATION.search(text, a.end_char, _UNDER_AFTER.match(text, b.end_char).end()):  # type: ignore[union-attr]
            s.emit(a, "part_of", b, 0.7, "de-placed-under")  # "Die Abteilung 40 war der Abteilung 251 unterstellt"
    elif re.fullmatch(r"\s+(?:des|der)\s+", text[a.end_char : b.start_char]) and a.text.split()[0].lower().endswith(
        _UNITS
    ):
        s.emit(a, "part_of", b, 0.6, "de-unit-of")


# "..., die von X geleitet wurde"; "unter dem Kommando von X", "unter Führung des Generals X", "unter General X",
# "die syrische Regierung unter X"
_LED_BY = re.compile(r"\s*,\s*(?:die|der|das)\s+[^.;:]{0,80}?\bvon\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$")
_LED_VERB = re.compile(r"\s+(?:geleitet|geführt|kommandiert|befehligt|angeführt)\b")
_UNDER = re.compile(
    rf"\s+unter\s+(?:(?:der\s+|dem\s+)?(?:Führung|Leitung|Kommando|Befehl|Oberbefehl)\s+(?:von|des|der)\s+{_QUALIFIER}"
    r"|(?:ihrem|seinem|dem)\s+(?:Anführer|Führer|Kommandeur|Befehlshaber)\s+|(?:dem\s+|der\s+)?)"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$"
)
# A person, then the body he led: "X befehligte die Sinia-Brigade", "X leitete die Abteilung 251".
# "X gründete die Y und war ihr Präsident": who founded a body, and held a post the possessive says was in it.
_FOUNDED = re.compile(r"\s+(?:gründete|gründeten|begründete|begründeten)\s+(?:die|den|das)\s+")
_AND_ITS_TITLE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?\s+und\s+(?:war|ist|wurde|blieb)\s+(?:auch\s+|zugleich\s+|bis\s+\d{4}\s+)?"
    r"(?:ihr|sein|deren|dessen)\s+(?:erster\s+|erste\s+)?" + _TITLE
)
# "übernahm im Mai 2013 die Leitung der", "übernahm das Kommando über die": the command taken, a time between
_TOOK_COMMAND = re.compile(
    r"\s+übernahm(?:en)?\s+(?:[^,;:.]{1,30}?\s+)?(?:die\s+(?:Leitung|Führung)|das\s+Kommando|den\s+Befehl)\s+"
    r"(?:des|der|über\s+(?:die|den|das))\s+$"
)
_COMMANDED = re.compile(
    r"\s+(?:befehligte|kommandierte|leitete|führte|befehligt|kommandiert|leitet|führt)\s+(?:die|den|das)\s+$"
)


def _led(s: Sentence, org: Span) -> None:
    after = names_between(s, org.end_char, s.sent.end_char)
    for person in (m for m in after if m.label_ == "Person"):
        between = [m for m in after if m.start_char < person.start_char]
        if _UNDER.fullmatch(s.text, org.end_char, person.start_char) and not between:
            s.emit(person, "commands", org, 0.7, "de-under")
        elif _LED_BY.fullmatch(s.text, org.end_char, person.start_char) and not any(
            m.label_ == "Person" for m in between
        ):
            verb = _LED_VERB.match(s.text, person.end_char)
            if verb is not None and not NEGATION.search(s.text, org.end_char, verb.end()):
                s.emit(person, "commands", org, 0.6, "de-led-by")
        break  # the first person after the body only


# -- crimes -------------------------------------------------------------------------------------------------

_DONE_IN = re.compile(r"\s+(?:in|im)\s+(?:(?:der|dem)\s+)?$")
_DONE_BY = re.compile(
    r"\s+(?:durch|von)\s+(?:(?:die|den|das|der|dem)\s+)?(?:(?:Mitarbeiter|Angehörige|Soldaten|Kämpfer|Mitglieder|"
    r"Einheiten|Truppen|Agenten|Milizionäre)\s+(?:der|des)\s+)?$"
)


# What a conviction was for: "wegen der Tötung von X", "für die Folter von Y", "wegen Beihilfe zur Tötung".
_FOR = re.compile(r"\b(?:wegen|für)\s+(?:(?:der|des|die|den|das|dem)\s+)?(?:[\wäöüß-]+\s+){0,3}?$", re.IGNORECASE)
# From one crime of a list to the next: "..., der Folter", "und des Mordes", "sowie der befohlenen Tötung"; a
# phrase of place or occasion of the one before may stand between ("in Grabska", "bei Verhören"), no verb
# ("wegen der Tötung von X verurteilt, die Folter von Y ..." ends the list), and after a comma only the
# genitive's or the dative's article ("wegen der Tötung von X, die Folter von Y sah es nicht als erwiesen an").
_AND_CRIME = re.compile(
    r"(?:\s+(?:in|im|bei|beim|an|am|auf|gegen|von|vom|aus)\s+[^,;:.()]{1,40}?)?"
    r"(?:,\s+(?:(?:der|des|dem)\s+)?|\s+(?:und|sowie)\s+(?:(?:der|des|die|den|dem|das)\s+)?)"
    r"(?:(?!(?:der|des|die|den|dem|das)\s)[a-zäöüß]+\s+){0,2}?"
)
_AIDING = re.compile(r"\bBeihilfe\b")
_ORDERED = re.compile(r"\bbefohlen")


def convicted_for(s: Sentence) -> None:
    """Whom the sentence's verdicts convicted possibly (0.5) did the crimes the conviction was for ("verurteilte
    X wegen der Tötung von zwei Gefangenen", "für die Folter von Y"), as its mode says ("Beihilfe": aided;
    "die befohlene Tötung": ordered). A conviction that names no mode may rest on a superior's
    responsibility: possible only, as in English."""
    convicted = [r for r in s.out if r["predicate"] == "convicted_by" and r["evidence"][0] >= s.sent.start_char]
    persons = {(m.start_char, m.end_char): m for m in s.named if m.label_ == "Person"}
    for record in convicted:
        party = persons.get(tuple(record["subject"]))
        if party is not None:
            _crimes_for(s, party)


def _crimes_for(s: Sentence, party: Span) -> None:
    """The crimes a conviction of `party` was for, after his name in its sentence, and what he did to each."""
    listed = None  # the end of the crime last read, whose list of crimes may go on
    for crime in (m for m in s.named if m.label_ == "Crime" and m.start_char > party.end_char):
        words = s.text[party.end_char : crime.start_char]
        since = party.end_char  # where the words of its mode may stand: after the crime before it in a list
        if listed is not None and _AND_CRIME.fullmatch(s.text, listed, crime.start_char):
            since = listed  # "wegen der Tötung von X, der Folter von Y und der Vergewaltigung von Z"
        elif not _FOR.search(words) or len(words) > 200:
            listed = None
            continue
        listed = crime.end_char
        lead = s.text[max(since, crime.start_char - 60) : crime.start_char]
        done = "aided" if _AIDING.search(lead) else "ordered" if _ORDERED.search(lead) else "perpetrated"
        s.emit(party, done, crime, 0.5, "de-verdict-crime")


_KILLINGS = frozenset({"tötung", "tötungen"})  # no legal kind, as "killing" in English (nlp/crime_kinds.py)


def crimes(s: Sentence) -> None:
    named = s.named
    for i, crime in enumerate(named):
        if crime.label_ != "Crime":
            continue
        places, kinds = named_parts(s, crime)
        for place in places:
            s.emit(crime, "occurred_in", place, 0.8, "de-crime-place")
        for kind in kinds:  # "die Folter von Gefangenen": torture, possibly
            if kind.text.lower() in _KILLINGS:
                continue  # "die Tötung von 22 Dorfbewohnern": a killing may be murder or a lawful act of war
            s.emit(crime, "of_type", kind, 0.5, "de-crime-type")
        after = next((m for m in named[i + 1 :] if m.start_char >= crime.end_char), None)
        if after is None:
            continue
        if after.label_ == "Location" and _DONE_IN.fullmatch(s.text, crime.end_char, after.start_char):
            s.emit(crime, "occurred_in", after, 0.7, "de-crime-in")
        elif after.label_ in {"Organization", "Person"} and _DONE_BY.fullmatch(
            s.text, crime.end_char, after.start_char
        ):
            s.emit(after, "perpetrated", crime, 0.6, "de-crime-by")


# A place, then the wider one that holds it: "Kishanga im Gebiet Rutshuru", "Rutshuru (Provinz Nord-Kivu)",
# "Srebrenica, Gemeinde im Osten Bosniens" is none (no place after the kind).
_KINDS_OF_PLACES = (
    r"(?:Gebiet|Gebiets|Provinz|Bezirk|Bezirks|Landkreis|Landkreises|Kreis|Kreises|Region|Distrikt|Distrikts|"
    r"Departement|Departements|Gemeinde|Bundesstaat|Bundesstaates|Oblast|Gouvernement|Gouvernements|Präfektur)"
)
_PLACE_WORDS = PlaceWords(
    held_by=re.compile(
        r"\s*(?:\(\s*(?:"
        + _KINDS_OF_PLACES
        + r"\s+)?|,?\s*(?:im|in\s+der|in\s+dem|des|der)?\s*"
        + _KINDS_OF_PLACES
        + r"\s+)"
    ),
    before=re.compile(r"\s*,?\s*(?:im|in\s+der|in\s+dem)?\s*"),
    kind=re.compile(_KINDS_OF_PLACES + r"\s"),
    then=re.compile(r"\s*\(\s*" + _KINDS_OF_PLACES + r"\s"),
)


def places_within(s: Sentence) -> None:
    """Which place the text puts in which (nlp/held_places.py)."""
    held_places.places_within(s, _PLACE_WORDS, "de-place-within")


@Language.factory(
    "acg_relations_de",
    requires=["doc.spans", "span._.acg", "token.is_sent_start"],
    assigns=["doc._.acg_relations"],
)
def make_german_relation_extractor(nlp: Language, name: str) -> SentenceRules:
    return SentenceRules(
        name,
        (
            verdicts,
            fronted_verdicts,
            passive_verdicts,
            listed_verdicts,
            upheld,
            convicted_for,
            charges,
            warrants,
            trials,
            posts,
            command,
            successors,
            crimes,
            deeds,
            killings,
            responsible,
            characterised,
            ranked_members,
            named_parts_of,
            cases_apposed,
            places_within,
        ),
        lambda within: True,  # a verdict may name neither its court nor its accused ("der Senat", "den Angeklagten")
        METHOD,
    )
