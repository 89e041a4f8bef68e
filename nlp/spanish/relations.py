"""The Spanish relations (`acg_relations_es`, issue 26), read without a parser: spaCy's blank Spanish has none,
so only constructions whose words say the link by themselves, between two names with nothing else between
them, are read; a link guessed from the order of names could accuse the wrong person.

- A verdict: a court (or "el tribunal", "la sala", "la corte", "la cámara": the court named last before, in
  the same paragraph) followed in its clause by "condenó", "absolvió", "declaró culpable", "procesó" and the
  persons after "a" or "al" ("condenó a prisión perpetua a los pilotos A y B", "absolvió al coacusado C");
  and a person who "fue condenado/absuelto ... por" a court named in the same clause.
- A post in apposition: "X, comandante del Batallón Y", "X, excoronel de la Fuerza Armada": commands for a
  word of command directly on the body, member_of (with the rank) otherwise.
- Which body is inside which, and who belongs to it or led it by a relative clause (nlp/spanish/units.py).
- A crime: the place its name holds ("la masacre de Accomarca") or written right after it ("en la provincia
  de X"), its legal kind, and who did it, named right after it ("cometida por el Batallón Y").
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import held_places
from nlp.held_places import PlaceWords
from nlp.sentence import ACT, NO_VERDICTS, Sentence, SentenceRules, abroad, court_before, judges, named_parts
from nlp.spanish import lexicon
from nlp.spanish.heads import heads
from nlp.spanish.posts import listed_members, posts
from nlp.spanish.responsible import responsible
from nlp.spanish.successors import successors
from nlp.spanish.units import units

METHOD = "acg-nlp/words"  # read from the words between two names, with no parse

if not Doc.has_extension("acg_relations"):
    Doc.set_extension("acg_relations", default=None)

# The verb of a verdict and what it says; "declaró ... culpable" is read from its words.
_VERDICT = re.compile(
    # "declaró no culpable a X", "lo declaró inocente": an acquittal (a harm: read as "culpable", a conviction)
    r"\b(?:(?P<convicted>condenó|condena|ha\s+condenado|había\s+condenado|"
    r"declaró(?=[^.;:]*\bculpables?\b)(?![^.;:]*\bno\s+culpables?\b))|"
    r"(?P<acquitted>absolvió|absuelve|ha\s+absuelto|volvió\s+a\s+absolver|"
    r"declaró(?=[^.;:]*\b(?:no\s+culpables?|inocentes?)\b))|"
    r"(?P<charged>procesó|imputó|acusó|ha\s+procesado|ha\s+imputado|imputa|procesa|"
    r"(?:sometió|somete|ha\s+sometido)(?=\s+(?:hoy\s+|ayer\s+)?a\s+proceso\b)))\b",  # Chile: "sometió a proceso a X"
    re.IGNORECASE,  # "Condenó además a X": the verb first in its sentence, its court the one named before
)
# A court referred to by its noun alone: the one named last before.
_COURT_NOUN = re.compile(
    r"\b(?:el\s+(?:mismo\s+)?(?P<he>tribunal|juzgado|colegiado)|la\s+(?:misma\s+)?(?P<she>sala|corte|cámara|audiencia)"
    # "el juez Luis Charles condenó": the judge of the court named before (a juzgado, if one was)
    r"|el\s+(?:mismo\s+)?(?P<judge>juez|magistrado)|la\s+(?:misma\s+)?(?P<judge_f>jueza|magistrada))\b"
    # "El tribunal, integrado por los jueces A, que lo presidió, B y C, condenó": who sat on it, between commas
    r"(?:\s*,\s*(?:integrad|presidid|compuest)[oa]\s+por\s+[^.;:]{1,200}?,)?"
    r"[^.;:]{0,60}$",
    re.I,
)
# Before a verdict's verb first in its sentence, its subject left out: an adverb at most ("Además, condenó").
_SUBJECTLESS = re.compile(r"\s*(?:(?:además|también|asimismo|finalmente|luego|después)\s*,?\s*)?", re.IGNORECASE)
# What may stand between a court and its verb: a date, "este viernes", "ya", "por tres votos contra dos".
_BETWEEN_COURT_AND_VERB = re.compile(r"[^.;:()\"«»]{0,60}")
# Right before a party of a verdict: "a" or "al", and at most four lower-case words ("a su esposa y número dos, B",
# "al militar uruguayo B").
_LINK = r"\b(?:a|al)\s+(?:(?:los|las|la|el|su|sus)\s+)?(?:[a-záéíóúñ]+(?:\s*,)?\s+){0,4}?"
_PARTY_LEAD = re.compile(_LINK + r"$")
# Between two parties: a list ("A, B y C"), or a description of the one before and a link to the next ("A, ex jefe
# de X, y al militar B", "A, fundador de X; a su esposa, B").
_NEXT_PARTY = re.compile(
    r"\s*(?:,|\s+y|\s+e)\s+|\s*(?:,[^;]*?)?\s*(?:[;,]\s*)?(?:(?:y|e)\s+)?"
    + _LINK
    # "a A a 30 años de prisión y a B": the penalty of the one before
    + r"|\s+a\s+[^,;:]{1,40}?\s*,?\s+(?:y|e)\s+"
    + _LINK
)
# A clause about the party before, closed by a comma, then "y a" the next: "al coronel A, que dirigía la Policía
# Nacional en 1984, y a B" (not "a A, quien ordenó matar a B": the clause is not closed before B).
_CLOSED_CLAUSE = re.compile(r"\s*,\s*(?:que|quien)\s+[^,;:]{1,100},\s*(?:y|e)\s+" + _LINK)
_LISTED_WITH = re.compile(r"\s*(?:,|\s+y|\s+e)\s+")  # "A, B y C"
_LISTED_WITH_OF = re.compile(r"\s*(?:,|\s+y|\s+e)\s+(?:de\s+)?")  # "las condenas de A y de B"
_JOINED = re.compile(r"(?:,\s*)?\s+(?:y|e)(?:\s+(?:además|también))?\s+$")
# Where what a verdict's verb says of its parties ends: a clause of its own ("a A, quien ordenó matar a B").
_CLAUSE = re.compile(r"\b(?:quien|quienes|que|cuyo|cuya|cuyos|cuyas|donde|cuando|mientras|porque|aunque|pero)\b")
# The passive ("fue condenado a 30 años", "fue declarado culpable", after a clause about the person between
# commas), or a verdict listed after a colon ("- A y B: condenados a penas perpetuas").
_PASSIVE = re.compile(
    r"(?:\s*,[^.;:]{0,100}?,)?\s*(?:(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido)\s+"
    # "fue detenido, acusado por la FGR de": a participle of another act before the verdict's or charge's
    r"(?:[a-záéíóúñ]+d[oa]s?(?:\s+[^.;:,]{0,40})?,\s+)?|:\s*)"
    r"(?P<verb>condenad[oa]s?|absuelt[oa]s?|procesad[oa]s?|acusad[oa]s?|imputad[oa]s?|declarad[oa]s?\s+culpables?)\b"
)
# The court of a passive verdict, named after "por" in its clause.
_BY_COURT = re.compile(r"[^.;:]{0,80}?\bpor\s+(?:el|la)\s+$")
_PREDICATES = {"convicted": "convicted_by", "acquitted": "acquitted_by", "charged": "charged_by"}


def _courts_before(s: Sentence, at: int, noun: str | None = None) -> tuple[Span | None, float]:
    return court_before(s, at, _prosecutor, noun)


def _prosecutor(m: Span) -> bool:
    return m.text.split()[0].lower() in {"fiscalía", "ministerio", "fiscal"}


def _parties(s: Sentence, after: int, end: int) -> list[Span]:
    """The persons a verdict's verb names after it, up to `end` (its sentence's, or the next verdict's verb): the
    first after "a"/"al" ("condenó a 25 años de prisión por asociación ilícita a A", "absolvió al ex jefe de la
    Armada B"), with no other name between but a crime's or a body's in a title; then each listed with the one
    before, or named after "a"/"al" again past a description of it. A clause of its own ends them ("a A, quien
    ordenó matar a B": not B). Persons it is about, named after "de" before them, are no parties."""
    persons = [m for m in s.named if m.label_ == "Person" and after <= m.start_char < end]
    if not persons:
        return []
    lead = _masked(s, after, persons[0].start_char, titles_only=True)
    if lead is None or not re.search(r"\s" + _PARTY_LEAD.pattern, " " + lead):
        return _past_complements(s, after, persons)
    if _CLAUSE.search(lead):
        return []
    return _listed_after(s, persons, _NEXT_PARTY)


# Parties counted, then listed after a colon, each item after a semicolon: "procesó en abril de 2007, por homicidio,
# a tres militares de la 3.ª División: el sargento A, jefe del carro que efectuó el disparo; el capitán B, ...; y
# el teniente coronel C".
_COUNTED_THEN_COLON = re.compile(
    r"[^.;:]{0,120}?\ba\s+(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|\d+)\s+"
    r"(?:[^.;:]|(?<=\d)\.){1,150}?:",  # an ordinal's stop in a unit's name: "la 3.ª División"
    re.I,
)
_ITEM_LEAD = re.compile(r"\s*(?:y\s+)?(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,3}")


def _colon_listed(s: Sentence, after: int, end: int) -> list[Span]:
    """The persons a verdict counts and lists after a colon: the first name of each item, right after its rank."""
    m = _COUNTED_THEN_COLON.match(s.text, after, end)
    if m is None or any(p.label_ == "Person" for p in s.named if after <= p.start_char < m.end()):
        return []
    out: list[Span] = []
    for item in re.finditer(r"[^;]+", s.text[m.end() : end]):
        lo, hi = m.end() + item.start(), m.end() + item.end()
        first = next((p for p in s.named if lo <= p.start_char < hi and p.label_ not in _NOT_PARTIES), None)
        if first is None or first.label_ != "Person" or not _ITEM_LEAD.fullmatch(s.text, lo, first.start_char):
            break
        out.append(first)
    return out


# A person named as what a verdict is about, after "de": "en el caso de A", "el asesinato de B".
_OF_PERSON = re.compile(r"\b(?:de|del)\s+(?:[a-záéíóúñ]+\s+){0,3}$")
_TO_PARTY = re.compile(r"[^.;:]*?\s" + _LINK + "$")


def _past_complements(s: Sentence, after: int, persons: list[Span]) -> list[Span]:
    """The parties of a verdict named after the persons it is about: "procesó como autores de homicidio
    calificado, en el caso de A, y de homicidio frustrado, en el de B, a C y D" (C and D; A and B follow "de")."""
    for i, person in enumerate(persons):
        before = s.text[persons[i - 1].end_char if i else after : person.start_char]
        if _CLAUSE.search(before):
            return []
        if i and _TO_PARTY.fullmatch(before) and not _OF_PERSON.search(before):
            return _listed_after(s, persons[i:], _NEXT_PARTY)
        if not _OF_PERSON.search(s.text, after, person.start_char):
            return []
    return []


def _listed_after(s: Sentence, persons: list[Span], between: re.Pattern[str]) -> list[Span]:
    """The first of `persons` and each after it whose words from the one before match `between`."""
    out = [persons[0]]
    for nxt in persons[1:]:
        if _nickname(s, nxt):
            continue  # 'A, alias "Chucho", y B': the nickname is A's
        gap = _masked(s, out[-1].end_char, nxt.start_char)
        if gap is None or (
            (_CLAUSE.search(gap) or between.fullmatch(gap) is None)
            and not (between is _NEXT_PARTY and _CLOSED_CLAUSE.fullmatch(gap))
        ):
            break
        out.append(nxt)
    return out


def _masked(s: Sentence, lo: int, hi: int, titles_only: bool = False) -> str | None:
    """The words from `lo` to `hi`, each body or place named in them made one lower-case word ("el ex jefe de la
    Armada" -> "el ex jefe de la entidad"); None if a person is named there, or (`titles_only`) a body or a
    place not after "de" (the complement of a title: another party, not one's post)."""
    out, at = [], lo
    for m in s.named:
        if not lo <= m.start_char < hi or m.label_ in _NOT_PARTIES:
            continue
        if (m.label_ == "Person" and not _nickname(s, m)) or m.end_char > hi:
            return None  # another person between; not a nickname ('A, alias "Chucho", y B')
        before = s.text[at : m.start_char]
        if titles_only and not re.search(r"\b(?:de|del)\s+(?:(?:la|los|las)\s+)?$", before):
            return None
        out += [before, "entidad"]
        at = m.end_char
    return "".join([*out, s.text[at:hi]])


_NOT_PARTIES = frozenset({"CrimeType", "Crime", "DATE"})
_NICKNAME = re.compile(r"\b(?:alias|conocid[oa]\s+como|apodad[oa])\s*[\"«“']?\s*$", re.IGNORECASE)


def _nickname(s: Sentence, m: Span) -> bool:
    """A person's name that is another's nickname: after "alias" or "conocido como" ('alias "Chucho"')."""
    return (
        _NICKNAME.search(s.text, max(s.sent.start_char, m.start_char - 25), m.start_char) is not None
    )  # what a verdict's words may name before its party


def verdicts(s: Sentence) -> None:
    text = s.text
    end = s.sent.end_char
    found = list(_VERDICT.finditer(text, s.sent.start_char, end))
    last: tuple[Span | None, float] = (None, 0.0)  # the court of the verdict before in the sentence
    for m, nxt in zip(found, [*found[1:], None], strict=False):
        kind = next(k for k, v in m.groupdict().items() if v)
        clause_start = max(text.rfind(x, s.sent.start_char, m.start()) for x in (";", ":", "."))
        clause_start = max(clause_start + 1, s.sent.start_char)
        court, sure = None, 0.8
        named = [
            c for c in s.named if c.label_ == "Mechanism" and clause_start <= c.start_char and c.end_char <= m.start()
        ]
        if named and _BETWEEN_COURT_AND_VERB.fullmatch(text, named[-1].end_char, m.start()):
            court = named[-1]
        elif (called := _COURT_NOUN.search(text[clause_start : m.start()])) is not None:
            # "el tribunal": the court named before, of those whose name has that noun (not the "Juzgado" that
            # ordered an arrest since)
            noun = called["he"] or called["she"] or "juzgado"  # a judge's court: a juzgado, if one was named
            court, sure = _courts_before(s, m.start(), noun)
        elif _JOINED.search(text, s.sent.start_char, m.start()) is not None:
            court, sure = last  # "condenó a A y absolvió a B": the court of the verb it is joined to
        elif kind != "charged" and _SUBJECTLESS.fullmatch(text, clause_start, m.start()):
            court, sure = _courts_before(s, m.start())  # "Condenó también a A": the court named before
        last = (court, sure)
        if court is None and kind == "convicted" and not _DENIED.search(text, clause_start, m.start()):
            # "un tribunal guatemalteco condenó a X por la quema de la Embajada": no court we know, but what the
            # conviction was for all the same
            parties = _parties(s, m.end(), end if nxt is None else nxt.start())
            if parties:
                _convicted_for(s, parties, end if nxt is None else nxt.start())
            continue
        if court is None or not (judges(court, _prosecutor) or (kind == "charged" and _charges(court))):
            continue
        parties = _parties(s, m.end(), end if nxt is None else nxt.start()) or _colon_listed(s, m.end(), end)
        for person in parties:
            s.emit(person, _PREDICATES[kind], court, sure, "es-verdict", date=s.one_date())
        if kind == "convicted" and parties:
            _convicted_for(s, parties, end if nxt is None else nxt.start())


# What a conviction was for: "por la quema de la Embajada", "como autor mediato de los asesinatos de X".
_FOR = re.compile(r"(?:\bpor|\bde)\s+(?:(?:el|la|los|las)\s+)?(?:hechos\s+de\s+)?$")
_ACCOMPLICE = re.compile(r"\bc[óo]mplices?\b", re.IGNORECASE)
_ARTICLES = frozenset({"el", "la", "los", "las", ""})  # "por la masacre de X", "por los hechos de"


def _convicted_for(s: Sentence, parties: list[Span], end: int) -> None:
    """ "condenó a X a 90 años de prisión por la quema de la Embajada de España": X possibly (0.5) did the
    crime the conviction was for, as its mode says ("como cómplice": aided; "encubrimiento": nothing), each
    party when the crime follows them all. A conviction that names no mode may rest on a superior's
    responsibility: possible only, as in English."""
    last = parties[-1].end_char
    crimes = [c for c in s.named if c.label_ == "Crime" and last <= c.start_char < end]
    for crime in crimes:
        before = s.text[max(last, crime.start_char - 40) : crime.start_char]
        if not _FOR.search(before):
            continue
        words = s.text[parties[0].start_char : crime.start_char]
        if "encubri" in words.lower():
            continue  # "por encubrimiento": he hid the crime, he did not do it
        done = "aided" if _ACCOMPLICE.search(words) else "perpetrated"
        for party in parties:
            s.emit(party, done, crime, 0.5, "es-verdict-crime")
        # "por los delitos de homicidio calificado y lesiones graves por la masacre de X": the kinds the court
        # gave the crime it judged (as in English, nlp/verdicts.py `_kinds_in_words`)
        # ("... de A por C1, de B por C2": the kinds after the "por" before are this crime's; "culpable de A y de C"
        # gives C none of A's)
        at = s.text.rfind(" por ", last, crime.start_char)
        if at == -1 or s.text[at + 5 : crime.start_char].strip().split(" ")[0] not in _ARTICLES:
            continue
        since = max(last, s.text.rfind(" por ", last, at) + 1)
        if not any(m.label_ == "Person" for m in s.named if since <= m.start_char < crime.start_char):
            for kind in s.named:
                if kind.label_ == "CrimeType" and since <= kind.start_char and kind.end_char <= crime.start_char:
                    s.emit(crime, "of_type", kind, 0.7, "es-verdict-crime-type")


def passive_verdicts(s: Sentence) -> None:
    """ "X fue condenado por el Tribunal Y" (0.7); "X fue declarado culpable", "A y B: condenados a ...": the
    court named last before (0.6 in the paragraph, 0.5 before it). Those listed with "y" before the verb too."""
    named = s.named
    for i, person in enumerate(named):
        if person.label_ != "Person" or (i > 0 and _listed_before(s, named[i - 1], person)):
            continue
        listed = [person]
        for nxt in named[i + 1 :]:
            if nxt.label_ != "Person" or not _LISTED_WITH.fullmatch(s.text, listed[-1].end_char, nxt.start_char):
                break
            listed.append(nxt)
        m = _PASSIVE.match(s.text, listed[-1].end_char)
        if m is None or any(
            listed[-1].end_char <= x.start_char < m.start("verb") and x.label_ == "Person" for x in named
        ):
            continue  # another person inside the clause between ("A, hermano de B, fue condenado"): not read
        verb = m["verb"]
        predicate = (
            "charged_by"
            if verb.startswith(("proces", "acus", "imput"))
            else "acquitted_by"
            if verb.startswith("absuel")
            else "convicted_by"
        )
        clause_end = next((j for j in range(m.end(), s.sent.end_char) if s.text[j] in ".;:"), s.sent.end_char)
        court = next((c for c in named if m.end() <= c.start_char < clause_end and c.label_ == "Mechanism"), None)
        sure = 0.7
        if court is not None and _BY_COURT.fullmatch(s.text, m.end(), court.start_char) is None:
            continue  # another body in the clause: not read
        if court is None and predicate == "charged_by" and not verb.startswith("proces"):
            continue  # "fue acusado de": by whom, the clause does not say
        if court is None and abroad(s, m.end(), clause_end):
            continue  # "fue condenado en 2010 en Estados Unidos": by a court there, not the one named before
        if court is None:
            court, sure = _courts_before(s, listed[0].start_char)
        if court is None and predicate == "convicted_by":
            _convicted_for(s, listed, s.sent.end_char)  # "fue condenado en 2011 por el secuestro de X": by no court
            continue  # named, but what he did all the same
        if court is None or not (judges(court, _prosecutor) or (predicate == "charged_by" and _charges(court))):
            continue
        for p in [*listed, *_gapped(s, m.end(), clause_end)]:
            s.emit(p, predicate, court, sure, "es-verdict-passive", date=s.one_date())
        if predicate == "convicted_by":
            _convicted_for(s, listed, s.sent.end_char)  # "fue condenado a 25 años por la masacre de X"


# The verb said once for two persons: "A fue condenado a 25 años y B a 14", "A fue absuelto en 2010 y B en 2012".
_GAP_BEFORE = re.compile(r"\s+(?:a|en|por)\s+[^,;:.]{1,40}?\s+(?:y|e)\s+")
_GAP_AFTER = re.compile(r"\s+(?:a|en|por)\s+(?:\d+|[a-záéíóúñ]+)\b")


def _gapped(s: Sentence, verb_end: int, clause_end: int) -> list[Span]:
    """The person after "y" whose verdict repeats the verb of the one before, but its complement ("y B a 14")."""
    after = [m for m in s.named if verb_end <= m.start_char < clause_end]
    if not after or after[0].label_ != "Person" or not _GAP_BEFORE.fullmatch(s.text, verb_end, after[0].start_char):
        return []
    return [after[0]] if _GAP_AFTER.match(s.text, after[0].end_char) else []


def _charges(m: Span) -> bool:
    """Whether the mechanism may charge: a court, or a prosecution ("la Fiscalía General de la República")."""
    return m.label_ == "Mechanism" and (m._.acg or {}).get("kind") not in NO_VERDICTS


# "la FGR obtuvo una orden de aprehensión contra X", "el juzgado dictó orden de captura contra X": a warrant is
# a charge (as the ICC's warrant for Kony), by the body that sought or issued it.
_WARRANT = re.compile(
    r"[^.;:]{0,60}?\b(?:obtuvo|dictó|emitió|libró|giró|solicitó|expidió|formuló|presentó)\s+(?:una\s+|un\s+)?"
    r"(?:nueva\s+)?(?:[oó]rden(?:es)?\s+de\s+(?:aprehensión|detención|captura|arresto)\s+(?:internacional\s+)?"
    # "dictó auto de procesamiento contra X", "presentó una denuncia penal contra X"
    r"|auto\s+de\s+procesamiento\s+|acusación\s+(?:formal\s+)?|denuncia\s+(?:penal\s+)?)"
    r"(?:contra|en\s+contra\s+de)\s+(?:(?:el|la|los|su)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?$"
)
# The others charged with the first: "contra el expresidente A, los exministros de Salud B, C y D, y el exasesor E".
_CHARGED_TOO = re.compile(r"\s*(?:,|\s+y)\s+(?:y\s+)?(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?"
                          r"(?:(?:de|del)\s+[A-ZÁÉÍÓÚ][a-záéíóúñ]+\s+)?")  # fmt: skip
_DENIED = re.compile(r"\b(?:no|nunca|jamás|negó|rechazó)\b", re.I)


# A prosecution's charge named by its noun: "la denuncia de la Segunda Fiscalía ... contra A, B y C", "la acusación
# de la Fiscalía contra X".
_CHARGE_OF = re.compile(
    r"\b(?:denuncia|acusación|querella|imputación)\s+(?:penal\s+|formal\s+|fiscal\s+)?(?:de\s+la|del)\s+$", re.I
)
_PROSECUTION = re.compile(r"\b(?:Fiscalía|Fiscal|Ministerio Público)\b")  # "la Segunda Fiscalía Penal ..."
_AGAINST = re.compile(r"\s+(?:contra|en\s+contra\s+de)\s+(?:(?:el|la|los|las|su|sus)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?")


def warrants(s: Sentence) -> None:
    named = s.named
    for i, body in enumerate(named):
        if not _charges(body):
            continue
        after = [m for m in named[i + 1 :] if m.label_ == "Person"]
        if (
            _PROSECUTION.search(body.text)
            and _CHARGE_OF.search(s.text, max(s.sent.start_char, body.start_char - 40), body.start_char)
            and after
            and _AGAINST.fullmatch(s.text, body.end_char, after[0].start_char)
            and not _DENIED.search(s.text, s.sent.start_char, after[0].start_char)
        ):
            cases = [m for m in named if m.label_ == "Case"]
            for charged in _listed_after(s, after, _CHARGED_TOO):
                s.emit(charged, "charged_by", body, 0.7, "es-charge-of", date=s.one_date())
                if len(cases) == 1:  # "El caso Putis se abrió cuando ... la denuncia de la Fiscalía contra A"
                    s.emit(charged, "accused_in", cases[0], 0.6, "es-charge-of-case")
            continue
        person = next((m for m in named[i + 1 :] if m.label_ == "Person"), None)
        if person is None or not _WARRANT.fullmatch(s.text, body.end_char, person.start_char):
            continue
        if not _DENIED.search(s.text, body.end_char, person.start_char):
            for charged in _listed_after(s, [m for m in named[i + 1 :] if m.label_ == "Person"], _CHARGED_TOO):
                s.emit(charged, "charged_by", body, 0.7, "es-warrant", date=s.one_date())


# An arrest ordered: "ordenó la captura de X", "ordenó en 2013 la detención con fines de extradición de cuatro
# antiguos agentes: A, B y C"; the body that ordered it named in the clause before, or called by its noun or its
# judge ("la jueza": the court named before).
_ORDERED_ARREST = re.compile(
    r"\b(?:ordenó|ordena|dictó|libró|emitió)\s+(?:[^.;:]{0,40}?\s+)?(?:la\s+|una\s+)?(?:orden\s+de\s+)?"
    r"(?:captura|detención|aprehensión|arresto)\b(?:\s+[^.;:]{0,50}?)?\s+(?:de|del|contra)\s+"
    r"(?:(?:el|la|los|las|su|sus)\s+)?(?:[a-záéíóúñ]+\s+){0,4}?(?:[a-záéíóúñ]+\s*:\s*)?$",
    re.IGNORECASE,
)
_JUDGE = re.compile(
    r"\b(?:el\s+(?:mismo\s+)?(?:juez|magistrado|juzgado|tribunal)|la\s+(?:misma\s+)?(?:jueza|magistrada))\b"
    r"[^.;:]{0,60}$",
    re.IGNORECASE,
)


def ordered_arrests(s: Sentence) -> None:
    """Whom an ordered arrest names is charged by the body that ordered it: named in the clause before the verb
    (0.7), or the court named before where "el juez", "la jueza" or "el juzgado" ordered it (as likely as that
    court is, at most 0.6). Never under a negation ("no ordenó")."""
    named = s.named
    for i, first in enumerate(named):
        m = _ORDERED_ARREST.search(s.text, max(s.sent.start_char, first.start_char - 200), first.start_char)
        if (
            first.label_ != "Person"
            or m is None
            or any(m.start() < x.end_char <= first.start_char and x.label_ not in _NOT_PARTIES for x in named[:i])
        ):
            continue  # no other name between the verb and the first person (a date, a crime may stand there)
        clause_start = max(s.sent.start_char, *(s.text.rfind(x, s.sent.start_char, m.start()) + 1 for x in ";:."))
        if _DENIED.search(s.text, clause_start, m.start()):
            continue
        bodies = [c for c in named if _charges(c) and clause_start <= c.start_char and c.end_char <= m.start()]
        body, sure = (bodies[-1], 0.7) if bodies else (None, 0.0)
        if body is None and _JUDGE.search(s.text, clause_start, m.start()):
            body, sure = _courts_before(s, m.start(), "juzgado")
        if body is None:
            continue
        for person in _listed_after(s, [p for p in named[i:] if p.label_ == "Person"], _NEXT_LISTED):
            s.emit(person, "charged_by", body, min(sure, 0.7), "es-arrest-ordered", date=s.one_date())


# A penalty received: "X recibió 20 años de prisión", "recibieron la misma pena", "La misma pena recibió X".
_PENALTY = (
    r"(?:(?:una|la\s+misma|igual)\s+pena|penas?\s+de|la\s+pena\s+máxima|(?:\d+|[a-záéíóúñ]+)\s+años"
    r"|(?:la\s+)?(?:cadena|prisión)\s+perpetua)"
)
_RECEIVED_AFTER = re.compile(r"\s*(?:,[^.;:,]{0,80},)?\s+(?:recibió|recibieron|cumple|cumplirá)\s+" + _PENALTY)
_RECEIVED_BEFORE = re.compile(r"\b" + _PENALTY + r"(?:\s+[a-záéíóúñ]+){0,3}\s+(?:recibió|recibieron)\s+$", re.I)


def penalties(s: Sentence) -> None:
    """A person who received a penalty was convicted, by the court named last before (likely, or possibly
    beyond its paragraph): "A, ex agente de la SIDE, recibió 25 años", "La misma pena recibió A"."""
    for person in (m for m in s.named if m.label_ == "Person"):
        after = _RECEIVED_AFTER.match(s.text, person.end_char)
        between = s.text[person.end_char : after.end()] if after is not None else ""
        if after is not None and any(
            person.end_char <= x.start_char < after.end() for x in s.named if x.label_ == "Person"
        ):
            continue
        before = _RECEIVED_BEFORE.search(s.text, s.sent.start_char, person.start_char)
        if (after is None or _CLAUSE.search(between)) and before is None:
            continue
        court, sure = _courts_before(s, person.start_char)
        if court is None or not judges(court, _prosecutor):
            continue
        # and those listed before him, each after his title, with the verb in the plural: "los ex jueces A y B, el
        # ex fiscal C y D recibieron"
        listed = [person]
        if after is not None and "recibieron" in between:
            listed = _listed_before_last(s, [m for m in s.named if m.end_char <= person.end_char], _NEXT_LISTED)
            listed = listed[: next((k for k in range(1, len(listed)) if _CLAUSE.search(
                s.text, listed[k].end_char, listed[k - 1].start_char)), len(listed))]  # fmt: skip
        for p in listed:
            s.emit(p, "convicted_by", court, min(sure, 0.6), "es-penalty", date=s.one_date())


# A court, then the case it judged: "dictó sentencia en la causa X", "juzgó el caso X".
_JUDGED_CASE = re.compile(
    r"(?:\s*,[^.;:]{0,160}?,)?\s+(?:dictó\s+sentencia|leyó\s+la\s+sentencia|juzgó|juzga|condenó|absolvió)"
    r"[^.;:]{0,40}?\s+(?:en\s+)?(?:el|la)\s+$"
)


def trials(s: Sentence) -> None:
    """A court that gave its judgment in a case tried it: "el Tribunal Oral ..., integrado por ..., dictó
    sentencia en la causa Plan Cóndor"."""
    for i, court in enumerate(s.named):
        case = next((m for m in s.named[i + 1 :] if m.label_ in {"Case", "Mechanism"}), None)
        if court.label_ != "Mechanism" or case is None or case.label_ != "Case" or not judges(court, _prosecutor):
            continue
        if _JUDGED_CASE.fullmatch(s.text, court.end_char, case.start_char):
            s.emit(case, "tried_by", court, 0.8, "es-trial")


# "fueron condenados el ex presidente A, a 50 años de prisión; el ex almirante B, a 40 años, ...": the passive
# verb first, then its parties, each after its title; between two, a penalty and a description.
_PASSIVE_FIRST = re.compile(
    r"\b(?i:fue|fueron|han\s+sido|ha\s+sido)\s+(?P<verb>condenad[oa]s?|absuelt[oa]s?)\b(?!\s+(?:por|a|en)\b)"
)
_TITLE_LEAD = re.compile(r"\s+(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,14}?")
_NEXT_LISTED = re.compile(
    r"\s*(?:,[^;]*?)?\s*(?:[;,]|\s+y|\s+e)\s*(?:y\s+|e\s+)?(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,10}?"
)


# A relative pronoun before the verb: its subject is the antecedent, not the names after it; a copula between
# the verb and a name makes the name another's ("... fue condenado son los del senador X").
_RELATIVE_BEFORE = re.compile(r"\b(?:que|quien|quienes|cual|cuales)\s+$", re.IGNORECASE)
_COPULA = re.compile(r"\b(?:es|son|era|eran|fue|fueron)\b")


def passive_first(s: Sentence) -> None:
    """ "Como responsables fueron condenados el ex presidente A, a 50 años; el ex almirante B, a 40 años, e C":
    each, by the court named before (likely in the paragraph, else possibly)."""
    for m in _PASSIVE_FIRST.finditer(s.text, s.sent.start_char, s.sent.end_char):
        persons = [p for p in s.named if p.label_ == "Person" and p.start_char >= m.end()]
        if not persons:
            continue
        if _RELATIVE_BEFORE.search(s.text, max(s.sent.start_char, m.start() - 30), m.start()):
            continue  # "los homicidios por los que fue condenado son los del senador X": X is no party of it
        lead = _masked(s, m.end(), persons[0].start_char, titles_only=True)
        if lead is None or _CLAUSE.search(lead) or _TITLE_LEAD.fullmatch(lead) is None or _COPULA.search(lead):
            continue
        court, sure = _courts_before(s, m.start())
        if court is None or not judges(court, _prosecutor):
            continue
        predicate = "acquitted_by" if m["verb"].startswith("absuel") else "convicted_by"
        parties = _listed_after(s, persons, _NEXT_LISTED)
        for p in parties:
            s.emit(p, predicate, court, sure, "es-verdict-passive-first", date=s.one_date())
        _all_members_of(s, parties)


# The convictions an appeal upheld: "confirmó las condenas de A, B y C", "confirmó la condena de A".
# "confirmó las condenas de", "ratificó la pena contra", "confirmó las condenas a prisión perpetua de" (the penalty
# between)
# A date or an adverb may come between ("confirmó el 30 de mayo de 1995 las condenas de"); a court that changed the
# penalty upheld the conviction ("redujo las penas de A y de B", "conmutó la pena de"); an adverb ("elevó además la
# pena de").
# A rank or a description in lower case before a name, a retired officer's "(r)" after it: "del coronel (r) X",
# "del agente civil Y".
_LOWER_TITLE = r"(?:(?:los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,2}?(?:\(r\)\s+)?"
_UPHELD = re.compile(
    r"\b(?i:confirmó|ratificó|confirma|ratifica|redujo|rebajó|aumentó|elevó|conmutó|reduce|rebaja|aumenta|eleva"
    r"|conmuta)"
    r"(?:\s+(?:el|en)\s+[^,.;:]{1,30}?)?(?:\s+(?:además|también|[a-záéíóúñ]+mente))?\s+(?:las?\s+)?"
    r"(?:condenas?|penas?|(?P<acquittal>absolución|absoluciones))"
    rf"(?:\s+a\s+(?:\d+|[a-záéíóúñ]+)(?:\s+[a-záéíóúñ]+){{0,3}}?)?\s+(?:de|del|contra)\s+{_LOWER_TITLE}$"
)
_NOT_BEFORE = re.compile(r"\b(?:no|nunca|jamás)\s+$", re.IGNORECASE)
# "las condenas de A, a siete años de presidio, y de B": the penalty of one between the two
_LISTED_WITH_PENALTY = re.compile(
    rf"(?:\s*,\s*a\s+[^,;]{{1,40}}?,?)?\s*(?:,|\s+y|\s+e)\s+(?:(?:de|del)\s+{_LOWER_TITLE})?"
)


def upheld(s: Sentence) -> None:
    """An appeal court that upheld convictions convicted those persons: "la Sala III ... confirmó las condenas de
    A, B y C" (the court the verb's clause names, or the court named before); one that upheld acquittals acquitted
    them ("confirmó la absolución del coronel (r) A y del agente civil B")."""
    for i, person in enumerate(s.named):
        verb = None
        if person.label_ == "Person":
            verb = _UPHELD.search(s.text, max(s.sent.start_char, person.start_char - 70), person.start_char)
        if verb is None or _NOT_BEFORE.search(s.text, max(s.sent.start_char, verb.start() - 10), verb.start()):
            continue  # "no confirmó la condena de X": the conviction fell
        clause_start = max(s.text.rfind(x, s.sent.start_char, verb.start()) for x in (";", ":", "."))
        named = [c for c in s.named[:i] if c.label_ == "Mechanism" and c.start_char > clause_start]
        court, sure = (named[0], 0.8) if named else _courts_before(s, verb.start())
        if court is None or not judges(court, _prosecutor):
            continue
        for p in _listed_after(s, s.named[i:], _LISTED_WITH_PENALTY):
            if p.label_ == "Person":
                predicate = "acquitted_by" if verb["acquittal"] else "convicted_by"
                s.emit(p, predicate, court, sure, "es-upheld", verdict="upheld")


def _listed_before_last(s: Sentence, named: list[Span], between: re.Pattern[str]) -> list[Span]:
    """The last of `named` and each before it, of its type, whose words to the one after match `between` (as
    `_listed_after`, backwards)."""
    out = [named[-1]]
    for m in reversed(named[:-1]):
        if m.label_ != out[-1].label_ or not between.fullmatch(s.text, m.end_char, out[-1].start_char):
            break
        out.append(m)
    return out


def _listed_before(s: Sentence, before: Span, person: Span) -> bool:
    return before.label_ == "Person" and _LISTED_WITH.fullmatch(s.text, before.end_char, person.start_char) is not None


# What a description of a body is ("una organización", "el grupo armado").
_GROUP = (
    r"(?:grupo|movimiento|milicia|partido|organización|facción|fuerza|unidad|brazo|red|asociación|coalición|"
    r"alianza|comando|destacamento|escuadrón|brigada|batallón|servicio|agencia|policía|junta|guerrilla)"
    r"(?:\s+[a-záéíóúñ]+)?"
)
# A body, then who leads it: "el MRTA, liderado por Víctor Polay", "el SIN, dirigido de hecho por el asesor
# presidencial X", "la patrulla Lince 7, ... al mando del subteniente X", "bajo el mando operativo del mayor X".
_LED_BY = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?:una?|el|la)\s+(?:[a-záéíóúñ]+\s+){0,3}?" + _GROUP + r"\s+)?"
    r"(?:(?:dirigid|liderad|encabezad|comandad|presidid)[oa]s?(?:\s+de\s+hecho)?\s+por\s+(?:el\s+|la\s+)?"
    r"|(?:bajo\s+el\s+mando(?:\s+operativo)?|al\s+mando)\s+(?:del|de\s+la|de)\s+"
    # "las Autodefensas del Magdalena Medio que comandaba Henry Pérez": the relative's subject after its verb
    r"|que\s+(?:comandaba|dirigía|lideraba|encabezaba|comandó|dirigió|lideró|encabezó)\s+(?:el\s+|la\s+)?)"
    r"(?:[a-záéíóúñ]+\s+){0,3}?$"
)
# A person, then the body he led: "X estuvo al mando de la Brigada Y", "X comandó el Batallón Y", "X comandaba la
# Brigada Y" (the imperfect too).
_LED = re.compile(
    r"\s+(?:(?:estuvo|estaba)\s+al\s+mando\s+(?:del|de\s+la|de\s+los|de)"
    r"|(?:ejerció|ejercía|tuvo|tenía)\s+el\s+mando\s+(?:del|de\s+la|de\s+los|de)|(?:comandó|encabezó|dirigió|lideró|"
    r"presidió|comandaba|encabezaba|dirigía|lideraba|presidía)(?:\s+(?:el|la|los|las|a))?)\s+$"
)


_OF = re.compile(r"\b(?:del|de\s+la|de\s+los|de\s+las|de)\s+\Z")


def led_by(s: Sentence) -> None:
    """Who leads a body, said by a participle or "al mando de" right after its name, or by a verb of command
    right after the person's."""
    for first, second in pairwise(s.named):
        if first.label_ == "Organization" and second.label_ == "Person":
            led = _LED_BY.fullmatch(s.text, first.end_char, second.start_char)
            if led is not None and "mando" in led.group() and _OF.search(s.text, 0, first.start_char) is not None:
                continue  # "integrada por agentes del SIE, bajo el mando del mayor X": of what the SIE is in
            if led is not None:
                s.emit(second, "commands", first, 0.7, "es-led-by")
        elif (
            first.label_ == "Person"
            and second.label_ == "Organization"
            and _LED.fullmatch(s.text, first.end_char, second.start_char) is not None
        ):
            s.emit(first, "commands", second, 0.8, "es-led")


# Who did a crime, named right after it: "las masacres cometidas por el Batallón Atlacatl", "la masacre a manos de
# la Brigada X", "las ejecuciones por parte de soldados del Batallón Y".
_DONE_BY = re.compile(
    r"\s*,?\s*(?:(?:(?:que\s+)?(?:fue|fueron)\s+)?(?:cometid|perpetrad|ejecutad|llevad[oa]s?\s+a\s+cabo)[oa]?s?"
    r"(?:\s+en\s+[^.,;:]{1,40}?)?\s+por|\s+a\s+manos|\s+por\s+parte)"
    r"\s+(?:(?:de\s+)?(?:el|la|los|las)|del|de)?\s*"
    r"(?:(?:miembros|soldados|agentes|efectivos|integrantes|elementos|militares|hombres)\s+(?:del|de\s+la|de\s+los|de)\s+"
    # 'por el grupo paramilitar conocido como "Los Masetos"'
    r"|(?:grupo|banda|escuadrón|comando|frente|movimiento|organización|estructura|milicia)(?:\s+[a-záéíóúñ]+)?\s+"
    r"(?:conocid|denominad|llamad|autodenominad)[oa]s?(?:\s+como)?\s*[\"«“]\s*)?$"
)


# Who did a crime, named right before its verb: "el MRTA también cometió asesinatos", "la Patrulla Lince 7
# perpetró la masacre de Accomarca" (an apposition may stand between: "X, jefe de la patrulla, ejecutó ...").
_DID = re.compile(
    r"\s*(?:,[^,;:]{1,80},\s*)?(?:también\s+|ya\s+)?(?:cometi(?:ó|eron)|perpetr(?:ó|aron)|ejecut(?:ó|aron)|"
    r"llev(?:ó|aron)\s+a\s+cabo)\s+(?:(?:el|la|los|las|un|una|unos|unas)\s+)?"
)
# Doers listed before the verb's: "el Ejército y las PAC", "soldados del Ejército y miembros de las PAC", "miembros del
# Ejército y de las PAC"
_LISTED_DOERS = re.compile(
    r"\s*(?:,|\s+y|\s+e)\s+(?:(?:miembros|soldados|agentes|efectivos|integrantes|elementos)\s+)?"
    r"(?:(?:del|de\s+la|de\s+los|de\s+las|de)\s+|(?:el|la|los|las)\s+)?"
)
# "A, B y C participaron activamente en la planificación y ejecución del asesinato de X": each took part
_TOOK_PART = re.compile(
    r"\s*(?:,[^,;:]{1,80},\s*)?(?:también\s+)?particip(?:ó|aron|aba|aban)\s+(?:[a-záéíóúñ]+mente\s+)?en\s+"
    r"(?:(?:el|la|los|las)\s+)?(?:(?:planificación|planeación|organización|preparación)\s+"
    r"(?:y\s+(?:la\s+)?(?:(?:ejecución|organización)\s+de(?:l|\s+la|\s+los|\s+las)?\s+)?"
    r"|de(?:l|\s+la|\s+los|\s+las)?\s+))?"
)
# Where a crime was done, written right after it: "la masacre de Accomarca, en la provincia de Vilcashuamán".
_DONE_IN = re.compile(
    r"\s*,?\s*(?:(?:cometid|perpetrad|ocurrid|ejecutad)[oa]s?\s+)?en\s+(?:(?:el|la|los|las)\s+)?"
    r"(?:(?:departamento|provincia|región|municipio|municipios|distrito|comunidad|localidad|ciudad|aldea|"
    r"caserío|sótanos)\s+(?:de|del)\s+)?$"
)
_WITH = re.compile(r"\s*(?:,|\s+y|\s+e)\s+(?:junto\s+con\s+)?|\s*,?\s+junto\s+con\s+")
_AND_PLACE = re.compile(r"\s*(?:,|\s+y|\s+e)\s+(?:(?:el|la|los|las)\s+)?$")


# A wider place written right after a place: "Barrios Altos (Lima)", "Accomarca, en la provincia de
# Vilcashuamán", "Zarautz (Guipúzcoa)".
_WIDER = re.compile(
    r"\s*(?:\(|,\s*(?:en\s+)?(?:(?:el|la)\s+)?(?:(?:departamento|provincia|región|estado|municipio)\s+(?:de|del)\s+)?)\s*$"
)
_WIDER_END = re.compile(r"\s*[),.;:]")


def _wider(s: Sentence, place: Span) -> list[Span]:
    """The places written after `place` that hold it, each after the one before ("Vilcashuamán (Ayacucho)")."""
    out: list[Span] = []
    after = [m for m in s.named if m.start_char >= place.end_char]
    for nxt in after[:3]:
        last = out[-1] if out else place
        if (
            nxt.label_ != "Location" or not _WIDER.fullmatch(s.text, last.end_char, nxt.start_char)
            or not _WIDER_END.match(s.text, nxt.end_char)
        ):  # fmt: skip
            break
        out.append(nxt)
    return out


# Nouns of a crime done to a person, whose "de" names whom it was done to ("el asesinato del excanciller
# Orlando Letelier", "la desaparición forzada de Agustín Goiburú"); not "los crímenes de Pinochet", "la masacre
# de X" (whose they were, as often as where).
_DONE_TO = (lexicon.CRIME_NOUNS_ON_PERSONS - lexicon.MASSACRE_NOUNS) | {"homicidio", "homicidios"}


def _suffered(s: Sentence, crime: Span) -> list[Span]:
    """The persons a crime's name says it was done to: named inside it after "de" or "del" and the crime's
    noun ("el asesinato de monseñor Romero", "la desaparición del estudiante y dirigente sindical X")."""
    if crime[0].lower_ not in _DONE_TO:
        return []
    return [
        m for m in s.named
        if m.label_ == "Person" and crime.start_char < m.start_char and m.end_char <= crime.end_char
        and re.search(r"\b(?:de|del)\s+(?:[a-záéíóúñ]+\s+){0,5}$", s.text[crime.start_char : m.start_char])
    ]  # fmt: skip


def crimes(s: Sentence) -> None:
    """Where a crime happened, the places its name holds ("la masacre de Accomarca") and the wider ones written
    right after them; its legal kind, a crime type its name holds; who did it, named after "cometida por" right
    after it."""
    named = s.named
    for i, crime in enumerate(named):
        if crime.label_ != "Crime":
            continue
        places, kinds = named_parts(s, crime)
        for person in _suffered(s, crime):
            s.emit(person, "victim_of", crime, 0.7, "es-crime-victim")  # protected by default
        for place in places:
            s.emit(crime, "occurred_in", place, 0.8, "es-crime-place")
            for wider in _wider(s, place):
                s.emit(crime, "occurred_in", wider, 0.7, "es-crime-place-wider")
        for kind in kinds:
            s.emit(crime, "of_type", kind, 0.8, "es-crime-type")
        after = [m for m in named[i + 1 :] if m.start_char >= crime.end_char]  # not the place its name holds
        if after and after[0].label_ == "Location" and _DONE_IN.fullmatch(s.text, crime.end_char, after[0].start_char):
            places = [after[0]]  # and those listed with it: "en los municipios de A, B y C"
            for nxt in after[1:]:
                if nxt.label_ != "Location" or not _AND_PLACE.fullmatch(s.text, places[-1].end_char, nxt.start_char):
                    break
                places.append(nxt)
            for place in places:
                s.emit(crime, "occurred_in", place, 0.7, "es-crime-in")
            for wider in _wider(s, places[-1]):
                s.emit(crime, "occurred_in", wider, 0.7, "es-crime-place-wider")
        before = [m for m in named[:i] if m.end_char <= crime.start_char]
        # the name right before the verb, or the one before an apposition that holds other names ("el grupo MRN,
        # liderado por Fidel Castaño, ejecutó la masacre": the group, never its leader named in the apposition)
        did = next((m for m in reversed(before[-3:]) if _DID.fullmatch(s.text, m.end_char, crime.start_char)), None)
        if did is not None and did.label_ in {"Organization", "Person"}:
            # and those listed before it: "soldados del Ejército y miembros de las PAC perpetraron"
            for who in _listed_before_last(s, before[: before.index(did) + 1], _LISTED_DOERS):
                s.emit(who, "perpetrated", crime, 0.7, "es-crime-did")
        elif (
            before
            and before[-1].label_ in {"Organization", "Person"}
            and _TOOK_PART.fullmatch(s.text, before[-1].end_char, crime.start_char)
        ):  # never "no participó": no word may stand between the name and the verb
            # and those listed before it: "A y B, junto con C y D, participaron en"
            for p in _listed_before_last(s, before, _WITH):
                s.emit(p, "perpetrated", crime, 0.6, "es-took-part")
        doer = after[0] if after else None
        if (
            doer is not None
            and doer.label_ in {"Organization", "Person"}
            and _DONE_BY.fullmatch(s.text, crime.end_char, doer.start_char)
        ):
            s.emit(doer, "perpetrated", crime, 0.7, "es-crime-by")


# Who did what a crime named in the same sentence tells: a body (or its men: "columnas del PCP-SL", "soldados
# del Ejército") right before a verb of killing, torture or abduction ("la masacre de Lucanamarca: el 3 de abril
# de 1983, columnas del PCP-SL asesinaron a 69 comuneros").
_KILLED = re.compile(
    r"\s*(?:,[^,;:]{1,80},\s*)?(?:también\s+)?(?:asesin(?:ó|aron)|mat(?:ó|aron)|masacr(?:ó|aron)|tortur(?:ó|aron)|"
    r"secuestr(?:ó|aron)|dispar(?:ó|aron)|fusil(?:ó|aron)|ametrall(?:ó|aron)|viol(?:ó|aron)|quem(?:ó|aron)|"
    r"dieron\s+muerte|dio\s+muerte)\b"
)
_MEN_OF = re.compile(
    r"\b(?:miembros|soldados|agentes|efectivos|integrantes|elementos|militares|columnas|hombres|patrulleros|"
    r"policías|paramilitares|guerrilleros)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+$",
    re.IGNORECASE,
)

# Where the clause of a deed ends: the places after it are another's ("asesinaron a las autoridades de la zona y
# obligaron a la población ..., y que en 1984 se instaló una base militar en Putis").
_CLAUSE_END = re.compile(r"[;,.:]|\s(?:y|e|que|donde|cuando|mientras)\s")


def killed(s: Sentence) -> None:
    """The body whose men did the killing a sentence tells, when the sentence names one crime: possibly (0.5)
    that crime's doer; "el Ejército y las PAC" each. Only a body named after "miembros de", "soldados del" (or
    alone as the verb's subject): a person named so may be the victim's relative or a witness."""
    crimes = [m for m in s.named if m.label_ == "Crime"]
    if len(crimes) > 1:
        return
    named = s.named
    for i, body in enumerate(named):
        if body.label_ != "Organization" or not (verb := _KILLED.match(s.text, body.end_char)):
            continue
        if _DENIED.search(s.text, s.sent.start_char, body.start_char):
            continue
        doers = _listed_before_last(s, named[: i + 1], _LISTED_DOERS)
        # with no crime named here, the places of the deed, which may name the crime the document tells of
        # apart ("asesinaron a 62 comuneros del distrito de Accomarca": la masacre de Accomarca; nlp.acts)
        clause = _CLAUSE_END.search(s.text, verb.end(), s.sent.end_char)
        end = clause.start() if clause else s.sent.end_char
        places = [m for m in named[i + 1 :] if m.label_ == "Location" and m.end_char <= end]
        for doer in doers:
            if doer.label_ != "Organization":
                continue
            if crimes:
                s.emit(doer, "perpetrated", crimes[0], 0.5, "es-killed")
            for place in places:
                s.emit(doer, ACT, place, 0.5, "es-killed-at")


_IN_THE_CASE = re.compile(r"\b[Ee]n\s+(?:el|la)\s+$")
_JUDGED = frozenset({"convicted_by", "acquitted_by", "charged_by"})


def in_the_case(s: Sentence) -> None:
    """Whom the sentence's verdicts or charges name is accused, possibly (0.6), in the one case it names after
    "en el" ("En el caso Letelier, la Corte Suprema confirmó las condenas de A y de B"; "desaforó a X en el caso
    Y"). Read after the sentence's other rules, from what they said."""
    cases = [m for m in s.named if m.label_ == "Case"]
    if len(cases) != 1 or not _IN_THE_CASE.search(s.text, max(s.sent.start_char, cases[0].start_char - 8),
                                                  cases[0].start_char):  # fmt: skip
        return
    by_span = {(m.start_char, m.end_char): m for m in s.named if m.label_ == "Person"}
    judged = {tuple(r["subject"]) for r in s.out if r["predicate"] in _JUDGED}
    for at in sorted(judged):
        if (person := by_span.get(at)) is not None:
            s.emit(person, "accused_in", cases[0], 0.6, "es-in-the-case")


# A place, then the wider one that holds it, by its kind or in brackets: "Accomarca, en la provincia de
# Vilcashuamán", "la aldea Las Cruces, municipio de La Libertad, departamento de Petén", "Barrios Altos (Lima)".
_KINDS_OF_PLACES = r"(?:departamento|provincia|región|estado|municipio|distrito|comuna|cantón|partido)"
_PLACE_WORDS = PlaceWords(
    held_by=re.compile(r"\s*(?:\(|,\s*(?:en\s+)?(?:(?:el|la)\s+)?" + _KINDS_OF_PLACES + r"\s+(?:de|del)\s+)\s*"),
    before=re.compile(r"\s*,\s*(?:en\s+)?(?:(?:el|la)\s+)?"),
    kind=re.compile(_KINDS_OF_PLACES + r"\s", re.IGNORECASE),
)


def places_within(s: Sentence) -> None:
    """Which place the text puts in which (nlp/held_places.py)."""
    held_places.places_within(s, _PLACE_WORDS, "es-place-within")


# "Los condenados en el caso X son A, B y C", "Los absueltos fueron A y B": who the verdict named before was on.
_NAMED_AS = re.compile(
    r"\b(?:[Ll](?:os|as)\s+(?P<verb>condenad[oa]s|absuelt[oa]s|sentenciad[oa]s|imputad[oa]s|procesad[oa]s|acusad[oa]s)"
    r"(?P<where>\s+(?:en|por)\s+[^.;:]{1,80}?)?\s+(?:son|fueron|eran|resultaron\s+ser)"
    # "Entre los imputados, identificados como máximos responsables, se encuentran el general A; los coroneles B"
    r"|[Ee]ntre\s+l(?:os|as)\s+(?P<among>condenad[oa]s|absuelt[oa]s|imputad[oa]s|procesad[oa]s|acusad[oa]s)"
    r"(?:\s*,[^.;:]{1,80}?,)?\s+(?:se\s+encuentran?|se\s+encontraban?|figuran?|figuraban?|están|estaban)"
    # "También están procesados el general de brigada A y el general de brigada B"
    r"|\b(?:[Tt]ambién\s+)?(?:están|estaban|quedaron|resultaron)\s+"
    r"(?P<also>condenad[oa]s|absuelt[oa]s|imputad[oa]s|procesad[oa]s|acusad[oa]s))"
    r"\s+(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,4}?$"
)
# ", todos antiguos miembros de las PAC": what each of those listed before was.
_ALL_MEMBERS = re.compile(
    r"\s*,\s+(?:todos|todas|ambos|ambas)\s+(?:ellos\s+|ellas\s+)?(?:antiguos\s+|antiguas\s+|ex\s*)?"
    r"(?:miembros|integrantes|agentes|efectivos)\s+(?:de\s+la|de\s+las|de\s+los|del|de)\s+"
)


def named_as_convicted(s: Sentence) -> None:
    """ "El Tribunal X condenó a cinco expatrulleros ... Los condenados en el caso Y son A, B y C, todos antiguos
    miembros de Z": each convicted by the court named before (likely in the paragraph, else possibly), accused
    in the case named in the lead, and a member of what all of them are said to have been."""
    persons = [m for m in s.named if m.label_ == "Person"]
    for i, first in enumerate(persons):
        lead = _NAMED_AS.search(s.text, max(s.sent.start_char, first.start_char - 120), first.start_char)
        if (
            lead is None
            or _masked(s, lead.end(), first.start_char) is None
            or (i and _listed_before(s, persons[i - 1], first))
        ):
            continue
        if _DENIED.search(s.text, s.sent.start_char, lead.start()):
            continue
        verb = lead["verb"] or lead["among"] or lead["also"]
        # listed with their titles and descriptions: "A, conocido como X, último comandante; B, alias Y; y C"
        parties = _listed_after(s, persons[i:], _NEXT_LISTED if not lead["also"] else _CHARGED_TOO)
        court, sure = _courts_before(s, lead.start())
        if court is not None and judges(court, _prosecutor):
            predicate = (
                "acquitted_by" if verb.startswith("absuel")
                else "charged_by" if verb.startswith(("imput", "proces", "acus"))
                else "convicted_by"
            )  # fmt: skip
            for p in parties:
                s.emit(p, predicate, court, sure, "es-named-as-convicted")
        case = next((m for m in s.named if m.label_ == "Case" and lead.start("where") <= m.start_char < lead.end()),
                    None) if lead["where"] else None  # fmt: skip
        if case is not None:
            for p in parties:
                s.emit(p, "accused_in", case, 0.7, "es-named-as-convicted")
        _all_members_of(s, parties)


def _all_members_of(s: Sentence, parties: list[Span]) -> None:
    """ "A, B y C, todos antiguos miembros de las PAC": each a member (0.7)."""
    body = next((m for m in s.named if m.start_char > parties[-1].end_char), None)
    if body is None or body.label_ != "Organization":
        return
    if _ALL_MEMBERS.fullmatch(s.text, parties[-1].end_char, body.start_char):
        for p in parties:
            s.emit(p, "member_of", body, 0.7, "es-all-members")


@Language.factory(
    "acg_relations_es",
    requires=["doc.spans", "span._.acg", "token.is_sent_start"],
    assigns=["doc._.acg_relations"],
)
def make_spanish_relation_extractor(nlp: Language, name: str) -> SentenceRules:
    # a sentence of one person is read too: its court may be "el tribunal", named before
    return SentenceRules(
        name,
        (
            verdicts,
            passive_verdicts,
            passive_first,
            named_as_convicted,
            upheld,
            penalties,
            trials,
            posts,
            successors,
            listed_members,
            led_by,
            heads,
            units,
            crimes,
            responsible,
            warrants,
            ordered_arrests,
            killed,
            places_within,
            in_the_case,
        ),
        lambda within: (
            any(m.label_ in {"Person", "Crime", "Case"} for m in within)
            or sum(m.label_ == "Organization" for m in within) > 1
            or sum(m.label_ == "Location" for m in within) > 1
            or {"Organization", "Location"} <= {m.label_ for m in within}
        ),  # "Y, que dependía de Z"; "X, en la provincia de Y"; "soldados del Ejército asesinaron ... en Y"
        METHOD,
    )
