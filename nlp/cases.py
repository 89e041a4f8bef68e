"""The legal layer of a whole document: who stood accused in which case, and which court tried it.

A sentence rarely says all of it at once. A judgment summary names its case once ("In its judgement in the
Military I case, Trial Chamber I found ..."), and then tells what the court decided of each accused in
sentences of their own ("Major Aloys Ntabakuze ... was convicted", "Kabiligi was acquitted"). What the
document as a whole says is read here, after its sentences:

- the accused named in a case's name ("Prosecutor v. Akayesu", "the Massaquoi case");
- a case is tried by the courts that judged its accused (a verdict on one of them);
- a person judged by a court that tried one case alone of the document's is accused in it, unless both
  verdicts carry a date and his was given on another day than those of the accused the case is named after;
- whom a "Prosecutor v. X" case names is charged by the one prosecution of the document its first party names;
- a judgment summary headed by its case and its court: whom that court (or a chamber of it) judged is
  accused in it, unless the verdict's sentence is dated in other years than the heading; headed by its case
  and a date but no court: whom the document's verdicts of that year judged;
- in a document about one case whose verdicts one court gave: whom it judged is possibly accused in the case,
  and the case possibly tried by it;
- in a document about one case, a person who testified is a witness in it;
- a case against a state is tried by the one court of human rights the document names, and the state it names as
  a body is accused in it; it takes no accused from the document's one court, nor does a case named once after an
  accused the document does not name ("Prosecutor v. Kupreškić et al." in a unit's profile);
- with no accused of a case named in the document, a verdict of its court dated before the first year said with
  the case is another case's.

What is inferred so is "possible" (confidence below the sentences' own), never attested, and carries the
evidence it was inferred from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from nlp.lexicon import PROSECUTION_CUES, STATE_COURT_CUES
from nlp.names import surname
from nlp.places import countries, countries_in
from ontology.names import name_key
from ontology.records import Entity, Relation, Span

Links = dict[tuple[str, str, str], Relation]

_VERDICTS = frozenset({"convicted_by", "acquitted_by"})
# the second party of a case's name that is the prosecution: the accused is the first party, an appellant
# ("Nahimana et al. v. The Prosecutor")
_PROSECUTION = frozenset({"prosecutor", "the prosecutor", "people", "the people", "state", "the state", "procureur",
                          "le procureur", "ministere public", "le ministere public"})  # fmt: skip
_PARTIES = re.compile(r" (?:v|vs|c|gegen) ")  # "Prosecutor v. X", "Le Procureur c. X", "Strafsache gegen X"
INFERRED = 0.5  # "possible"


def infer(entities: list[Entity], links: Links, witnesses: Iterable[str], text: str) -> None:
    """Add to `links` what the document as a whole says of its cases (see the module's text)."""
    cases = [e for e in entities if e.type == "Case"]
    if not cases:
        return
    _court_fields(cases, [e for e in entities if e.type == "Mechanism"], links, text)
    persons = [e for e in entities if e.type == "Person"]
    # A case may be named after its victim ("the Letelier case", "el caso Letelier"): a person the document
    # shows suffering a crime (a victim, or named in a crime's name) is not accused by the case's name alone.
    crimes = [f" {name_key(e.name)} " for e in entities if e.type == "Crime"]
    suffered = {s for s, p, _ in links if p == "victim_of"} | {
        p.id for p in persons if name_key(p.name) and any(f" {w} " in c for c in crimes for w in _named_by(p))
    }  # "el asesinato de Monseñor Romero": Óscar Arnulfo Romero suffered it, and "el caso Romero" is named after him
    named: set[str] = set()
    for case in cases:
        parties = bool(_PARTIES.search(f" {name_key(case.name)} "))
        prosecutor = _prosecutor_of(case, entities)
        for person in _named_accused(case, persons):
            named.add(person.id)
            if not parties and person.id in suffered:
                continue
            # "Prosecutor v. X" says who is accused; "the X case" may be named after the victim: possible
            _add(links, person.id, "accused_in", case.id, 0.7 if parties else INFERRED, "case-name", case.mentions[:1])
            if prosecutor is not None:
                _add(links, person.id, "charged_by", prosecutor.id, INFERRED, "case-prosecutor", case.mentions[:1])
    _tried_by_verdicts(links)
    _against_a_state(cases, entities, links)
    _title_case(cases, [e for e in entities if e.type == "Mechanism"], links, text)
    # the one case of the document each court tried ("el Tribunal ... dictó sentencia en la causa Plan Cóndor")
    tried: dict[str, set[str]] = {}
    for s, p, o in links:
        if p == "tried_by":
            tried.setdefault(o, set()).add(s)
    for court, of in tried.items():
        if len(of) != 1:
            continue
        [judged] = of
        # the days its named accused were judged: a verdict of another day by the same court was in another case
        # ("Blaškić ... In Kordić and Čerkez, the Appeals Chamber on 17 December 2004 affirmed ...")
        accused = {s for s, p, o in links if p == "accused_in" and o == judged and s in named}
        days = {r.attributes["date"] for (s, p, _), r in links.items() if s in accused and p in _VERDICTS
                and r.attributes.get("date")}  # fmt: skip
        # no accused named ("Prosecutor v. Kupreškić et al."): the days of the verdicts said with it; else none
        # before the first year of the sentences that say who tried it (a trial is judged after it is heard)
        days = days or _days_said_with(next(c for c in cases if c.id == judged), links)
        said = [
            r for (s, p, _), r in links.items() if s == judged and p == "tried_by" and (r.confidence or 0) > INFERRED
        ]
        since = min((y for r in said for e in r.evidence if e.start is not None
                     for y in _YEAR.findall(text[e.start : e.end])), default="")  # fmt: skip
        for (s, p, o), r in list(links.items()):
            if p not in _VERDICTS or o != court:
                continue
            date = r.attributes.get("date")
            if not days and since and date and str(date)[:4] < since:
                continue  # "Furundžija: convicted by Trial Chamber II on 10 December 1998", another case of it
            if _same_day(date, days):
                _add(links, s, "accused_in", judged, INFERRED, "case-document", r.evidence[:1])
    if len(cases) != 1:
        return
    [case] = cases
    if _against(case) in _country_keys():
        return  # a case against a state: its verdicts on persons, in the document, are another court's
    if not _against_a_name(case) or named:  # "Prosecutor v. Simić et al." with no Simić in the document: another's
        # case (not "der Prozess gegen die Hauptkriegsverbrecher", against whom it describes)
        _one_case_one_court(case, links, named, text)
    for person in persons:
        if person.id in witnesses:
            _add(links, person.id, "witness_in", case.id, INFERRED, "case-document", person.mentions[:1])


def _days_said_with(case: Entity, links: Links) -> set[str]:
    """The dates of the verdicts said in a sentence that names the case ("X, tried in Prosecutor v. Y et al. and
    convicted by Trial Chamber II on 14 January 2000")."""
    spans = [(m.start, m.end) for m in case.mentions if m.start is not None and m.end is not None]
    return {
        str(r.attributes["date"]) for (_, p, _), r in links.items() if p in _VERDICTS and r.attributes.get("date")
        and any(e.start is not None and e.end is not None and e.start <= a and b <= e.end for e in r.evidence
                for a, b in spans)
    }  # fmt: skip


def _against_a_name(case: Entity) -> bool:
    """The case's name names its other party ("Prosecutor v. Simić et al."), not a description of it ("gegen die
    Hauptkriegsverbrecher")."""
    other = _against(case).split()
    return bool(other) and other[0] not in {"die", "den", "der", "das", "the", "les", "los", "las"}


def _one_case_one_court(case: Entity, links: Links, named: set[str], text: str) -> None:
    """In a document about one case, whose verdicts were all given by one court in one year: whom that court
    judged is possibly accused in the case, and the case possibly tried by it (the einsatzgruppen trial's
    fourteen death sentences, read one by one, with no sentence that says the court tried the case); not whom
    it judged on another day than the accused the case is named after, nor in a sentence dated in other years
    than the document's heading."""
    heading = set(_YEAR.findall(text[: _heading_end(text)]))
    verdicts = [(s, o, r) for (s, p, o), r in links.items() if p in _VERDICTS and not _dated_otherwise(r, heading)]
    courts = {o for _, o, _ in verdicts}
    years = {str(r.attributes["date"])[:4] for _, _, r in verdicts if r.attributes.get("date")}
    if len(courts) != 1 or len(years) > 1:
        return
    [court] = courts
    days = {r.attributes["date"] for s, _, r in verdicts if s in named and r.attributes.get("date")}
    for person, _, r in verdicts:
        if _same_day(r.attributes.get("date"), days):
            _add(links, person, "accused_in", case.id, INFERRED, "case-one-court", r.evidence[:1])
    _add(links, case.id, "tried_by", court, INFERRED, "case-one-court", verdicts[0][2].evidence[:1])


def _against_a_state(cases: list[Entity], entities: list[Entity], links: Links) -> None:
    """A case against a state ("Caso de la Masacre de Pueblo Bello vs. Colombia", "Barrios Altos v. Peru", its
    second party a country) is tried by the one court of human rights the document names (0.7): such a court
    judges states, and a state is judged by no other court of the document. The state the document names as a
    body ("el Estado colombiano") is accused in it (0.6), if one is."""
    places = _country_keys() | {name_key(n) for e in entities if e.type == "Location" for n in (e.name, *e.aliases)}
    courts = [e for e in entities if e.type == "Mechanism" and any(cue in n for n in (e.name, *e.aliases)
                                                                    for cue in STATE_COURT_CUES)]  # fmt: skip
    if len(courts) != 1:
        return
    states = [e for e in entities if e.type == "Organization" and e.attributes.get("kind") == "government"]
    for case in cases:
        if not (country := _against(case)) or country not in places:
            continue
        _add(links, case.id, "tried_by", courts[0].id, 0.7, "case-against-a-state", case.mentions[:1])
        # the state the document names ("el Estado peruano", "the State of Guatemala"): the one, or the one whose
        # name holds the country's
        named = [e for e in states if f" {country} " in f" {name_key(e.name)} "] or states
        if len(named) == 1:
            _add(links, named[0].id, "accused_in", case.id, 0.6, "case-against-a-state", case.mentions[:1])


def _against(case: Entity) -> str:
    """The second party of a case's name ("guatemala" of "Caso García y Familiares vs. Guatemala"), or ""."""
    return _sides(case)[1]


def _sides(case: Entity) -> tuple[str, str]:
    """The parties of a case's name, as name keys, before and after "v.", "c.", "gegen"; ("", "") if none."""
    words = f" {name_key(case.name)} "
    between = _PARTIES.search(words)
    if between is None:
        return "", ""
    first, second = words.split(between.group(), 1)
    return first.strip(), second.strip()


@cache
def _country_keys() -> frozenset[str]:
    """The countries' names in each language read, as name keys ("peru" for "Perú")."""
    names = countries().union(*(countries_in(language) for language in ("es", "fr", "de")))
    return frozenset(name_key(n) for n in names)


def _named_by(person: Entity) -> list[str]:
    """The name keys a crime's name may call a person by: the whole name, and the surname alone."""
    key = name_key(person.name)
    last = surname(key.split())
    return [key, last] if len(last) > 3 and last != key else [key]


def _prosecutor_of(case: Entity, entities: list[Entity]) -> Entity | None:
    """The prosecution that brought a case named "Prosecutor v. X" ("Specialist Prosecutor v. X", "Le Procureur
    c. X"): the one body of the document whose name holds the first party's words ("the Office of the
    Prosecutor", "the Specialist Prosecutor's Office"), if one only. Whom the case names is possibly charged
    by it: the name says who brought the case, not when nor on what."""
    first = _sides(case)[0]
    if not first or (first not in _PROSECUTION and "prosecutor" not in first and "procureur" not in first):
        return None
    first = first.removeprefix("the ").removeprefix("le ")
    found = [e for e in entities if e.type == "Mechanism" and f" {first} " in f" {name_key(e.name)} "
             and any(cue in e.name for cue in PROSECUTION_CUES)]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _same_day(date: str | None, days: set[str]) -> bool:
    """A verdict's date is one of `days` (as precisely as either is written), or either is unknown."""
    return not date or not days or any(day.startswith(date) or date.startswith(day) for day in days)


def _named_accused(case: Entity, persons: list[Entity]) -> Iterable[Entity]:
    """The persons a case's name names as accused: after "v." ("Prosecutor v. Akayesu"; before it stands
    the prosecution or, before a human rights court, the victim: "Velásquez Rodríguez v. Honduras"), before
    it when the second party is the prosecution ("Nahimana et al. v. The Prosecutor"), or the whole name
    without a "v." ("the Massaquoi case"). A surname alone names the one person of the document with it."""
    words = name_key(case.name)
    if (between := _PARTIES.search(f" {words} ")) is not None:
        first, second = (f" {w.strip()} " for w in f" {words} ".split(between.group(), 1))
        words = first if second.strip() in _PROSECUTION else second
    else:
        words = f" {words} "
    last = [surname(name_key(p.name).split()) for p in persons if name_key(p.name)]
    # a name written in full names its bearer alone: "proceso penal contra César Pérez García" is not against
    # "Henry de Jesús Pérez"
    whole = [p for p in persons if name_key(p.name) and f" {name_key(p.name)} " in words]
    if whole:
        yield from whole
        return
    for person in persons:
        full = name_key(person.name)
        if not full:
            continue
        bears = surname(full.split())
        if last.count(bears) == 1 and f" {bears} " in words:
            yield person


# A field of a case's heading that names its court: "Court: Stockholm District Court", "Chamber: Trial Chamber I".
_COURT_FIELD = re.compile(r"(?:^|\n)[ \t]*(?:Court|Chamber|Tribunal|Trial court|Juzgado|Cour|Gericht)[ \t]*:[ \t]*$")


def _court_fields(cases: list[Entity], courts: list[Entity], links: Links, text: str) -> None:
    """A case's heading names its court in a field ("The Prosecutor v. A and B / Court: Stockholm District
    Court"): the case named last before the field, in the same block of lines (no blank line between), is
    tried by it."""
    named = sorted((m.start, case) for case in cases for m in case.mentions if m.start is not None)
    for court in courts:
        for m in court.mentions:
            if m.start is None or not _COURT_FIELD.search(text, max(0, m.start - 40), m.start):
                continue
            before = [(at, case) for at, case in named if at < m.start and "\n\n" not in text[at : m.start]]
            if before:
                _add(links, before[-1][1].id, "tried_by", court.id, 0.7, "case-heading", [m])


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_HEADING_LINE = 160  # characters: a longer line is a paragraph of the body, not a heading's


def _heading_end(text: str) -> int:
    """Where a document's heading ends: at its first line long enough to be a paragraph (a title, a date line,
    a court line and a line of fields stand before it), within the first 600 characters."""
    at = 0
    for line in text[:600].splitlines(keepends=True):
        if len(line.strip()) > _HEADING_LINE:
            break
        at += len(line)
    return at


def _title_case(cases: list[Entity], courts: list[Entity], links: Links, text: str) -> None:
    """A judgment summary headed by its case ("Causa 13/84, el «Juicio a las Juntas» / Resumen de la sentencia
    del 9 de diciembre de 1985", "Caso Tarata / Sala Penal Nacional, Colegiado A — Lima, 11 de septiembre de
    2018"): whom the court of the heading (or of a "Tribunal:" field) judged is possibly accused in it, and the
    case possibly tried by it. Only when the heading names one case and one court, and that court's verdicts
    in the document all fall in one year (a court that judged in other years judged other cases too)."""
    end = _heading_end(text)
    titled = [c for c in cases if any(m.start is not None and m.start < end for m in c.mentions)]
    in_heading = {
        court.id
        for court in courts
        for m in court.mentions
        if m.start is not None
        and (m.start < end or (m.start < 1000 and _COURT_FIELD.search(text, max(0, m.start - 40), m.start)))
    }
    # a court and its chambers: "Sala Penal Nacional, Colegiado A" ... "el Colegiado A de la Sala Penal Nacional"
    named = {e.id: f" {name_key(e.name)} " for e in courts}
    outer = {c for c in in_heading if not any(o != c and named[o] in named[c] for o in in_heading)}
    dated = set(_YEAR.findall(text[:end]))
    if len(titled) == 1 and not outer and dated:
        _dated_heading(titled[0], links, dated)
    if len(titled) != 1 or len(outer) != 1:
        return
    [case], [court] = titled, outer
    chambers = {c for c, words in named.items() if named[court] in words}
    verdicts = [(s, r) for (s, p, o), r in links.items() if p in _VERDICTS and o in chambers]
    years = {str(r.attributes["date"])[:4] for _, r in verdicts if r.attributes.get("date")}
    if not verdicts or len(years) > 1:
        return
    # a verdict told in a sentence dated in other years than the heading's is of another case
    verdicts = [(s, r) for s, r in verdicts if not _dated_otherwise(r, dated)]
    if verdicts:
        _add(links, case.id, "tried_by", court, INFERRED, "case-heading", case.mentions[:1])
    for person, r in verdicts:
        _add(links, person, "accused_in", case.id, INFERRED, "case-heading", r.evidence[:1])


def _dated_heading(case: Entity, links: Links, years: set[str]) -> None:
    """A heading that names its case and its date but no court ("Pauline Nyiramasuhuko et al. v. The
    Prosecutor / Arusha, 14 December 2015"): whom the document's verdicts of that year judged is possibly
    accused in it, and the case possibly tried by the court that gave them, if one only."""
    verdicts = [(s, o, r) for (s, p, o), r in links.items()
                if p in _VERDICTS and str(r.attributes.get("date") or "")[:4] in years]  # fmt: skip
    for person, _, r in verdicts:
        _add(links, person, "accused_in", case.id, INFERRED, "case-heading-date", r.evidence[:1])
    courts = {o for _, o, _ in verdicts}
    if len(courts) == 1:
        _add(links, case.id, "tried_by", courts.pop(), INFERRED, "case-heading-date", case.mentions[:1])


def _dated_otherwise(r: Relation, years: set[str]) -> bool:
    """The relation's evidence names years, none of them one of `years` (when there are any)."""
    said = set(_YEAR.findall(" ".join(e.text for e in r.evidence)))
    return bool(years and said and not said & years)


def _tried_by_verdicts(links: Links) -> None:
    """A case is tried by each court that gave a verdict on one of its accused, when he is accused in that
    case alone of the document's."""
    accused: dict[str, list[str]] = {}
    for s, p, o in links:
        if p == "accused_in":
            accused.setdefault(s, []).append(o)
    for (s, p, o), r in list(links.items()):
        if p in _VERDICTS and len(accused.get(s, [])) == 1:
            _add(links, accused[s][0], "tried_by", o, INFERRED, "case-verdict", r.evidence[:1])


def _add(links: Links, s: str, p: str, o: str, confidence: float, method: str, evidence: list[Span]) -> None:
    if (s, p, o) not in links:
        links[(s, p, o)] = Relation(s, p, o, confidence=confidence, method=f"acg-nlp/{method}",
                                    evidence=list(evidence))  # fmt: skip
