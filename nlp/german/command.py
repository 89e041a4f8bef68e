"""Who commanded a body, said in German by the words between the two names where a date or an adverb stands
between them, or the body comes first (issue 26; nlp/german/relations.py reads the plain orders and "unter X"):

- "X befehligte 1998 den Operationsstab Dukagjin", "X leitete von 2005 bis Ende Oktober 2008 das
  Innenministerium" (a verb of command, then a time, then the body);
- "das Sträflingsbataillon, dessen Gründer und Kommandeur X war" (a relative clause of its head);
- "die Antiterrorgruppe „Vinko Škrobo“, befehligte X" (the body fronted before the verb, its subject after);
- "das RSHA, an dessen Spitze X stand", "die Schutzpolizei, die der Polizeidirektor X leitete", "die DINA, die X
  direkt unterstand" (the body, then a relative clause whose verb ends it);
- "X, der von 1938 bis 1945 das OKW leitete", "X hatte die VRS seit Mai 1992 befehligt" (the verb at the
  clause's end).

Nothing is read across a capitalised noun between the verb and the body ("X führte die Ermittlungen gegen die
Y" is no command of Y), nor from a negated clause.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span

from nlp.german import lexicon
from nlp.german.clauses import NEGATION, clause, names_between
from nlp.sentence import Sentence

_VERB = r"(?:befehligte|kommandierte|leitete|führte)"
# The words a time is written with between a verb and its object: "1998", "von 2005 bis mindestens Ende Oktober".
_MONTHS = "|".join(m.capitalize() for m in lexicon.MONTHS)
TIME_WORD = rf"(?:[a-zäöüß]+|\d{{1,4}}\.?|{_MONTHS}|Ende|Anfang|Mitte)"
_VERB_THEN_BODY = re.compile(rf"\s+{_VERB}\s+(?:{TIME_WORD}\s+){{1,8}}(?:die|den|das)\s+$")
_WHOSE = re.compile(
    r"\s*,\s*(?:dessen|deren)\s+(?:(?:Gründer|Mitgründer)\s+und\s+)?"
    r"(?:Kommandeur|Kommandant|Anführer|Führer|Leiter|Chef|Befehlshaber|Oberbefehlshaber)\s+"
    r"(?:[\wäöüß-]*(?:general|marschall|führer|oberst|major|leutnant|hauptmann|admiral)\s+)?$",
    re.I,
)  # "die Heeresgruppe C, deren Oberbefehlshaber Generalfeldmarschall X war": past his rank
_VERB_BEFORE = re.compile(r"\s+[a-zäöüß]+(?=\s*,)")  # "unterstellt" before ", deren"
# The body first in its sentence, then a verb of command, a time, and the person who is its subject: "Die Abteilung
# 16 führte 1944 der Österreicher X." (no body commands a person), the clause ending with him ("führte X an" too;
# not "führte X ab", "vor", "durch": led away, presented, carried out).
_OBJECT_FIRST = re.compile(
    rf"\s+(?:befehligte|kommandierte|leitete|führte)\s+(?:{TIME_WORD}\s+){{0,8}}?"
    r"(?:der\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\wäöüß-]*\s+|[A-ZÄÖÜ][\wäöüß-]*\s+)?$"
)
_ENDS_OBJECT_FIRST = re.compile(r"(?:\s+an)?\s*[.;]")
_FRONTED = re.compile(r"[“\"]?\s*,\s+(?:befehligte|kommandierte|leitete)\s+$")
# The body, then a relative clause whose subject is the person and whose verb ends it: "das RSHA, an dessen Spitze
# Reinhard Heydrich stand"; "die Schutzpolizei Memel, die der Polizeidirektor X leitete"; "die DINA, die Pinochet
# direkt unterstand" (the body under the person). A title may stand before the name; past an acronym in brackets.
_HEAD_OF_CLAUSE = re.compile(
    r"(?:\s*\([^()]{1,20}\)|\))?\s*,\s*(?:an\s+(?:dessen|deren)\s+Spitze|(?:die|den|das|der)(?:\s+(?:der|die))?)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+){0,2}?$"
)
_ENDS_HEAD_OF_CLAUSE = re.compile(
    rf"(?:\s+{TIME_WORD}){{0,6}}\s+(?:stand|leitete|befehligte|kommandierte|führte|anführte|unterstand|unterstanden)"
    r"\s*[,.;]"
)
# The verb at its clause's end: the person, then ", der (von 1938 bis 1945) das", the body, and "leitete" (a
# relative clause); or "hatte die", the body, and "(seit Mai 1992) befehligt" (the perfect).
_RELATIVE = re.compile(rf"\s*,\s*der\s+(?:{TIME_WORD}\s+){{0,8}}(?:die|den|das)\s+$")
_PERFECT = re.compile(r"\s+(?:hatte|hat)\s+(?:die|den|das)\s+$")
_ENDS_RELATIVE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:befehligte|kommandierte|leitete|führte|anführte)\s*[,.;]")
_ENDS_PERFECT = re.compile(
    rf"(?:\s*\([^()]{{1,20}}\))?(?:\s+{TIME_WORD}){{0,6}}\s+(?:befehligt|kommandiert|geleitet|geführt|angeführt)\s*[,.;]"
)


# A second verb of command joined to the subject's first ("X war Brigadegeneral des Geheimdienstes und leitete
# die Abteilung 335 von 2009 bis 2013").
_JOINED_VERB = re.compile(rf"\s+und\s+{_VERB}\s+(?:{TIME_WORD}\s+){{0,8}}(?:die|den|das)\s+$")


def command(s: Sentence) -> None:
    named = names_between(s, s.sent.start_char, s.sent.end_char)
    _joined(s, named)
    for a, b in pairwise(named):
        between = s.text[a.end_char : b.start_char]
        if a.label_ == "Person" and b.label_ == "Organization" and _VERB_THEN_BODY.fullmatch(between):
            if not NEGATION.search(between):
                s.emit(a, "commands", b, 0.7, "de-commanded-then")
        elif (
            a.label_ == "Person"
            and b.label_ == "Organization"
            and (
                (_RELATIVE.fullmatch(between) and (end := _ENDS_RELATIVE.match(s.text, b.end_char)))
                or (_PERFECT.fullmatch(between) and (end := _ENDS_PERFECT.match(s.text, b.end_char)))
            )
        ):  # "X, der das OKW leitete"; "X hatte die VRS seit Mai 1992 befehligt"
            if not NEGATION.search(s.text, a.end_char, end.end()):
                s.emit(a, "commands", b, 0.7, "de-commanded-last")
        elif a.label_ == "Organization" and b.label_ == "Person":
            rule = next(
                (name for name, p in (("de-whose", _WHOSE), ("de-fronted", _FRONTED)) if p.fullmatch(between)),
                None,
            )  # fmt: skip
            late = _VERB_BEFORE.match(between)
            if rule is None and late is not None and _WHOSE.fullmatch(between, late.end()):
                # "der Heeresgruppe C unterstellt, deren Oberbefehlshaber X war": the clause's verb between, so
                # "deren" may be the subject's too: possibly
                if not NEGATION.search(s.text, b.end_char, min(s.sent.end_char, b.end_char + 40)):
                    s.emit(b, "commands", a, 0.5, "de-whose-after-verb")
                continue
            first = s.text[s.sent.start_char : a.start_char].strip() in {"", "Die", "Das", "Den"}
            if (
                rule is None
                and first
                and _OBJECT_FIRST.fullmatch(between)
                and _ENDS_OBJECT_FIRST.match(s.text, b.end_char)
                and not NEGATION.search(between)
            ):
                s.emit(b, "commands", a, 0.7, "de-object-first")
            elif (
                rule is None
                and _HEAD_OF_CLAUSE.fullmatch(between)
                and (end := _ENDS_HEAD_OF_CLAUSE.match(s.text, b.end_char))
            ):
                if not NEGATION.search(s.text, a.end_char, end.end()):
                    s.emit(b, "commands", a, 0.7, "de-head-of-clause")  # "das RSHA, an dessen Spitze X stand"
            elif rule is not None and not NEGATION.search(s.text, b.end_char, min(s.sent.end_char, b.end_char + 40)):
                s.emit(b, "commands", a, 0.7, rule)


def _joined(s: Sentence, named: list[Span]) -> None:
    """ "X, 61 Jahre alt, war Brigadegeneral dieses Geheimdienstes und leitete die Abteilung 335": the body after
    a verb of command joined with "und" to what the clause said of its subject, the person the clause names
    first (no other person named between them, no clause of its own: a relative pronoun)."""
    for body in (m for m in named if m.label_ == "Organization"):
        joined = _JOINED_VERB.search(s.text, s.sent.start_char, body.start_char)
        if joined is None or joined.end() != body.start_char:
            continue
        lo, _ = clause(s, joined.start())
        before = [m for m in named if lo <= m.start_char < joined.start()]
        if not before or before[0].label_ != "Person" or any(m.label_ == "Person" for m in before[1:]):
            continue
        between = s.text[before[0].end_char : joined.start()]
        if _RELATIVE_PRONOUN.search(between) or NEGATION.search(s.text, before[0].end_char, body.end_char):
            continue
        s.emit(before[0], "commands", body, 0.7, "de-commanded-joined")


_RELATIVE_PRONOUN = re.compile(r",\s*(?:der|die|das|dem|den|dessen|deren|welche[rsnm]?)\s")
