"""The `acg_entities` component: mentions of the contract's entity types, with their attributes.

It reads what the trained NER found and adds what it lacks:
- names built around a head noun: mechanisms ("Trial Chamber IX of the
  International Criminal Court", kept whole) and security-force units
  ("7 Division", "Branch 251", "Zvornik Brigade"), typed with their kind;
- unit names of the gazetteer and crime types and modes of liability of the
  ontology's taxonomies, matched as phrases;
- persons stripped of rank and title ("Maj-Gen. John Nwoga" -> "John Nwoga",
  rank "Major General"), and persons found by the rank before their name;
- cases ("Prosecutor v. Krstić"), crimes as events ("the Srebrenica massacre"),
  dates normalised to ISO 8601, and descriptions that stand for an entity named
  before ("the same court", "the GOC");
- acronyms given in parentheses and the surnames of persons, found again
  wherever they recur.

Mentions go to `doc.spans["acg"]` (label: the entity type, or DATE, LIABILITY,
TITLE, ANAPHOR), their attributes to `span._.acg`. Only one mention may cover
a token, except that a crime's name may hold its place and its crime type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from nlp import lexicon, places
from nlp.acronyms import ACRONYM, acronym_kinds, acronym_of_its_place, named_in_a_place, spelled_out
from nlp.candidates import (
    EVENT,
    NER,
    PHRASE,
    SHAPE,
    SPANS,
    Candidate,
    operations_retyped,
    places_retyped,
    quoted_in_brackets,
    recurring_surnames,
    subdivision_aliases,
    surnames_retyped,
)
from nlp.case_names import case_aliases, case_names, case_parties, cases_of
from nlp.courts import described_courts
from nlp.crime_events import named_crimes, with_victims
from nlp.crime_names import HEDGES, longer_names, shorter_names
from nlp.dates import normalise
from nlp.described import apposed_bodies, described_bodies
from nlp.factions import BODIES, hyphened_factions, in_opposition, numbered_bodies
from nlp.forces import bodies_in_lower_case, named_forces, national_forces, regimental_battalions
from nlp.gazetteer import charged_phrases, concept_phrases, terms
from nlp.mistagged import (
    balkan_surnames,
    bodies_by_role,
    coordinated_persons,
    court_branches,
    datelines,
    described_persons,
    described_places,
    ezafe_names,
    given_named,
    given_names,
    inquiries_in_lower_case,
    judged_persons,
    mandates,
    modifying_places,
    of_a_place,
    placed,
    ranked_in_plural,
    surnames,
    town,
    towns,
)
from nlp.names import (
    ORDINAL,
    cue_kind,
    legal_instrument,
    mechanism_kind,
    name_run,
    not_a_name,
    organization_kind,
    people,
    person_by_syntax,
    person_shaped,
    read_left,
    read_right,
    strip_the,
)
from nlp.place_lists import listed_places
from nlp.profiles import heading_end
from nlp.sites import SITE_HEADS, sites, street
from nlp.used_places import places_by_use
from nlp.victims import harms

if not Span.has_extension("acg"):
    Span.set_extension("acg", default=None)

_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location"}
_INITIAL = re.compile(r"^(?:[A-Z]\.)+[A-Z]?\.?$|^[A-Z]$|^[A-Z]{2,3}$")
_COMPANY_WORD = re.compile("|".join(re.escape(w) for w in lexicon.ORGANIZATION_CUES["company"]))
_TITLES = lexicon.TITLE_PATTERN
_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>{_TITLES})(?:\s*\([A-Z]+\))?(?:\s+of\s+[^,]{{1,60}})?,?\s*(?:the\s+)?(?:new\s+)?$"
)
# "X, Chief of Policy and Plans", "X, Deputy Commandant", "X, Chief Staff Officer": the title as written.
_TITLE_AFTER = re.compile(
    r"^,\s*(?:the\s+|a\s+)?(?:former\s+|new\s+)?(?P<title>(?:Deputy\s+|Assistant\s+)?(?:Chief\s+)?Staff\s+Officer"
    rf"|(?:Deputy\s+|Assistant\s+)?(?:{_TITLES})(?:\s+of\s+{lexicon.PORTFOLIO_PATTERN})?)(?![\w-])"
)
# Titles of several words, as written ("Commissioner of Police", "Sector Commander", "Divisional Police Officer").
_TITLEPHRASE = re.compile(rf"(?<![\w-])(?:{lexicon.TITLE_PHRASE_PATTERN})(?![\w-])")


# Heads of units that are also weapons in lower case.
_WEAPONS = frozenset({"Rifles", "Fusiliers"})


def _headed_names(doc: Doc) -> Iterator[Candidate]:
    """Mechanisms and units recognised from the head noun that ends their name."""
    for sent in doc.sents:
        for t in sent:
            text = t.text
            if t.lower_ in {"operation", "exercise"} and t.i + 1 < sent.end:
                end = name_run(doc, t.i + 1, sent.end, persons=True)
                if end > t.i + 1 and doc[t.i + 1].ent_type_ != "DATE":
                    yield Candidate(t.i, end, "Organization", SHAPE, kind="unit")
                continue
            if text == "Task" and t.i + 2 < sent.end and doc[t.i + 1].text == "Force" and doc[t.i + 2].is_title:
                end = name_run(doc, t.i + 2, sent.end, persons=True)  # "Task Force Barker", "Task Force Ranger"
                start = t.i - (t.i > sent.start and doc[t.i - 1].text in {"Joint", "Combined"})
                if end > t.i + 2:
                    yield Candidate(start, end, "Organization", SHAPE, kind="unit")
                    continue
            if text in lexicon.ROMANCE_UNIT_HEADS and t.i + 1 < sent.end and doc[t.i + 1].is_title:
                end = name_run(doc, t.i + 1, sent.end, persons=True)  # "Grupo Colina", "Batallón Atlacatl"
                yield Candidate(t.i, end, "Organization", SHAPE, kind="unit")
                continue
            after_number = t.i > sent.start and (doc[t.i - 1].like_num or bool(ORDINAL.match(doc[t.i - 1].text)))
            if t.is_lower and after_number and text.title() in lexicon.UNIT_HEADS - _WEAPONS:  # not ".303 rifles"
                text = text.title()
            is_mech = text in lexicon.MECHANISM_HEADS and t.is_title
            # "the 5th Criminal Senate of the Higher Regional Court of Celle": a German court's chamber, not a house
            is_mech = is_mech or (
                text == "Senate"
                and t.i > sent.start
                and (
                    doc[t.i - 1].text == "Criminal"
                    or (
                        doc[t.i + 1 : t.i + 3].text == "of the"
                        and "Court" in doc[t.i + 3 : min(t.i + 9, sent.end)].text
                    )
                )
            )
            # "the Prosecutor of the International Criminal Court": the prosecution, named with its court
            is_mech = is_mech or (text == "Prosecutor" and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "of"
                                  and doc[t.i - 1].lower_ == "the")  # fmt: skip
            is_unit = text in lexicon.UNIT_HEADS and (t.is_title or t.is_upper or after_number)
            is_unit = is_unit or (text in lexicon.AGENCY_HEADS and t.is_title)
            is_unit = is_unit or (text in lexicon.AREA_HEADS and t.i > sent.start
                                  and doc[t.i - 1].lower_ in lexicon.AREA_UNIT_WORDS)  # fmt: skip
            if not (is_mech or is_unit):
                continue
            start = read_left(doc, t.i, sent.start)
            if text in {"Headquarters", "Barracks"} and t.i - 1 > start and doc[t.i - 1].text in lexicon.UNIT_HEADS:
                continue  # "3 Division Headquarters" is where 3 Division sits; the unit is named by its own head
            end, parent = read_right(doc, t.i, sent.end, whole=is_mech)
            if parent is not None and "Prosecutor" in doc[t.i : end].text:
                end, parent = read_right(doc, t.i, sent.end, whole=True)  # "the Office of the Prosecutor of the ICC"
            if "High Commissioner" in doc[t.i : end].text:
                is_mech = True  # "the Office of the United Nations High Commissioner for Human Rights"
                end, parent = read_right(doc, t.i, sent.end, whole=True)
            if end == t.i + 1 and text == "Court" and (martial := _martial(doc, end, sent.end)):
                # "a General Court Martial", "the Field General Court-Martial", "the Court Martial of Suriname"
                named, _ = read_right(doc, martial - 1, sent.end, whole=True)
                end = named if start < t.i or named > martial else end  # "the Court Martial" alone: the one named
            if start == t.i and end == t.i + 1:
                continue  # a head alone ("the Army", "Court", "Branch") is no name
            if end < sent.end and _COMPANY_WORD.fullmatch(doc[end].text):
                continue  # "Navy" in "Navy Holdings Limited" names a company's owner, not a unit
            if end < sent.end and doc[end].text in lexicon.COMPASS and doc[end].ent_type_ != "GPE":
                end += 1  # "Operational Group South", "Sector East": the compass point is part of the name
            if end == t.i + 1 and text == "Brigade" and doc[end : end + 2].text == "Combat Team":
                end += 2  # "the 5th Stryker Brigade Combat Team": a brigade's name, whole
            if end == t.i + 1 and text == "Army" and end < sent.end and doc[end].text in {"Region", "Area"}:
                end += 1  # "the Fourth Army Region", "the 2nd Army Area": the army's command of a region, whole
            if not is_mech and (whole := _body_of_forces(doc, start, end)) is not None:
                start, end, parent = *whole, None  # "the Union of Democratic Forces for Unity": the union's name
            name = doc[start:end].text
            if is_mech or any(cue in name for cue in lexicon.PROSECUTION_CUES):  # "Federal Prosecution Service"
                kind = mechanism_kind(name) or ("national_court" if is_mech and text == "Senate" else None)
                if kind is not None:
                    yield Candidate(start, end, "Mechanism", SHAPE, kind=kind)
                    continue
            yield Candidate(start, end, "Organization", SHAPE, kind=organization_kind(name), parent_at=parent)


# Words of a political or armed body named "X of ..." or "X for ...": "the Union of Democratic Forces for Unity",
# "the Alliance of Democratic Forces for the Liberation of Congo-Zaire", "the Movement for Democratic Change".
_BODY_WORDS = frozenset(
    "Union Alliance Coalition Movement Rally Front Party Council Congress League Federation Association Convention "
    "Assembly Organisation Organization Committee".split()
)


# Words of a military installation's name, never of a person's: "Joint Base Lewis-McChord", "Fort Bragg".
_INSTALLATIONS = frozenset({"Base", "Airbase", "Airfield", "Fort"})


def _martial(doc: Doc, at: int, end: int) -> int:
    """Where "Martial" (or "-Martial") right after a court's head ends, or 0."""
    if at < end and doc[at].text == "Martial":
        return at + 1
    if at + 1 < end and doc[at].text == "-" and doc[at + 1].text == "Martial":
        return at + 2
    return 0


def _body_of_forces(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The organisation's name the tagger read whole around a unit's name cut after "of": where the words before
    the unit's name are a body's word and "of" inside the same tagged organisation ("Union of"), that name."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in _BODY_WORDS:
        return None
    ent = next((e for e in doc.ents if e.start <= start - 2 and end <= e.end and e.label_ == "ORG"), None)
    if ent is None:
        return None
    first = strip_the(doc, ent.start, ent.end)
    return (first, ent.end) if first == start - 2 else None


def _title_phrases(doc: Doc, text: str) -> Iterator[Candidate]:
    """Titles of several words, so that the words of a title are not read as a unit of their own ("Police"
    in "Commissioner of Police", "Sector" in "Sector Commander"). A unit named by its shape keeps its words
    ("3 Division Commander"); the titles themselves are not mentions."""
    for m in _TITLEPHRASE.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            yield Candidate(span.start, span.end, "TITLE", SHAPE)


def _acronyms(doc: Doc) -> Iterator[Candidate]:
    """Mechanisms known by their acronym alone ("ICTY", "ICC")."""
    for t in doc:
        kind = lexicon.MECHANISM_ACRONYMS.get(t.text)
        if kind is not None:
            yield Candidate(t.i, t.i + 1, "Mechanism", PHRASE, kind=kind)


def _surname(t: Token) -> bool:
    """A capitalised word the tagger took for a common noun, after a rank and an initial: an unfamiliar
    surname ("Rear Admiral SE Ogoigbe")."""
    return t.is_title and t.is_alpha and not t.is_stop and t.tag_ in {"NN", "NNS"}


def _proper(t: Token) -> bool:
    """A proper noun, or one the tagger took for a plural though it ends with no "s" ("Field Marshal Birhanu")."""
    return t.tag_ == "NNP" or (t.tag_ == "NNPS" and not t.text.endswith("s"))


def _rank_before(text: str, char: int) -> tuple[str | None, int]:
    """The rank written just before a character offset of `text` (the document's), and where it starts."""
    window_start = max(0, char - 48)
    window = text[window_start:char]
    for m in lexicon.RANK_PATTERN.finditer(window):
        if m.end() != len(window) or lexicon.CIVIL_GENERAL.search(window[: m.start()]):
            continue  # "Attorney General Claudia Paz y Paz": an office, not a rank
        words = list(re.finditer(r"\S+", m.group()))
        for w in words:  # the longest tail that is a rank
            rank = lexicon.canonical_rank(m.group()[w.start() :])
            if rank:
                return rank, window_start + m.start() + w.start()
    return None, char


# Verbs of taking or striking a place: "seized Goma", "Misrata was shelled".
_TAKEN = frozenset(
    "seize capture retake recapture occupy overrun besiege encircle shell bomb bombard storm raze enter".split()
)


def _taken(t: Token) -> bool:
    while t.dep_ == "conj" and t.head.pos_ == "PROPN":  # "seized Goma and Sake"
        t = t.head
    return t.dep_ in {"dobj", "nsubjpass"} and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _TAKEN


def _borne(doc: Doc, word: str, ent: Span) -> bool:
    """A word some other person's name in the text bears ("Kamara" of "Ibrahim Bazzy Kamara")."""
    return any(e.start != ent.start and e.label_ == "PERSON" and word in e.text.split() for e in doc.ents)


def _persons(doc: Doc, text: str) -> Iterator[Candidate]:
    """Persons of the NER without rank or title, and names the NER missed after a rank."""
    claimed: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = given_names(doc, ent.start, ent.end), surnames(doc, ent.end)
        titles = []
        while start < end - 1:
            first = doc[start]
            if lexicon.canonical_rank(first.text) and _rank_before(text, doc[start + 1].idx)[0]:
                start += 1
            elif first.text in lexicon.PERSON_TITLES or first.text.rstrip(".") in lexicon.PERSON_TITLES:
                titles.append(first.text)
                start += 1
            else:
                break
        while end > start and (doc[end - 1].text in {"'s", "\u2019s", ",", "."} or doc[end - 1].is_punct):
            end -= 1
        words = [t.text for t in doc[start:end]]
        if not words or not words[0][:1].isupper():
            continue
        if any(w in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS for w in words) or not_a_name(" ".join(words)):
            continue
        if end - start == 1 and _alone_on_its_line(text, doc[start]):
            continue  # a heading ("Verdict"): no one
        if words[0].lower() in _OPERATIONS and len(words) > 1:
            yield Candidate(start, end, "Organization", NER, kind="other")  # "Operação Bandeirante": no one
            continue
        if places.country(" ".join(words)) or street(" ".join(words)):
            yield Candidate(start, end, "Location", NER)  # "Burkina Faso", "Rua Tutóia" tagged persons
            continue
        if any(w in _INSTALLATIONS for w in words):
            yield Candidate(start, end, "Location", NER)  # "deployed from Joint Base Lewis-McChord": no one
            continue
        if all(w in lexicon.TITLE_WORDS or lexicon.canonical_rank(w) for w in words):
            continue  # "Flag Officer Commanding": the NER took the title's last word for a name
        name = " ".join(words)
        ruler = doc[start].dep_ == "compound" and doc[start].head.lemma_.lower() in lexicon.RULE_NOUNS
        if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and not ruler:
            # "the Tatmadaw": no person; "the Pinochet regime" is a person's
            yield Candidate(start, end, "Organization", NER, kind="other")
            continue
        if not titles and words[0] not in lexicon.GIVEN_NAMES and placed(doc[start:end]):
            yield Candidate(start, end, "Location", NER)  # "deployed to Maungdaw township", "in Lukodi"
            continue
        if end - start == 1 and town(words[0]) and _taken(doc[start]) and not _borne(doc, words[0], ent):
            # "M23 rebels seized Goma", "Misrata was shelled": a town taken or struck, that no person of the text
            # is named by
            yield Candidate(start, end, "Location", NER)
            continue
        if end - start == 1 and of_a_place(doc[start]):
            yield Candidate(start, end, "Location", NER)  # "the population of Tigray", tagged a person
            continue
        kind = cue_kind(name, {k: v for k, v in lexicon.ORGANIZATION_CUES.items() if k != "state_institution"})
        if kind or words[-1] in lexicon.INSTITUTION_HEADS:  # "Boko Haram", "Suites Limited", "Assessment Centre"
            yield Candidate(start, end, "Organization", NER, kind=kind or organization_kind(name))
            continue
        if words[-1] in {"State", "States", "Province", "District", "County", "Region"}:
            yield Candidate(start, end, "Location", NER)
            continue
        rank, rank_at = _rank_before(text, doc[start].idx)
        claimed.update(range(start, end))
        attrs: dict[str, Any] = {}
        if rank:
            attrs["rank"] = rank
            attrs["rank_span"] = (rank_at, doc[start].idx)
        if titles:
            attrs["title"] = " ".join(titles)
        yield Candidate(start, end, "Person", NER + 1, **attrs)
    for m in lexicon.RANK_PATTERN.finditer(text):
        if m.end() >= len(text):
            break
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or span.start in claimed or span[0].text in lexicon.PERSON_TITLES:
            continue  # "the Specialist Prosecutor Jack Smith": a rank's word in a title, before a title
        k = e = span.start
        while (
            e < len(doc)
            and e - k < 4
            and (_proper(doc[e]) or _INITIAL.match(doc[e].text) or (e > k and _surname(doc[e])))
            and (
                doc[e].text not in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.TITLE_WORDS
                and not lexicon.rank_or_plural(doc[e].text)  # "Lieutenant Colonels" names no one
            )
        ):
            e += 1
        while e > k and _INITIAL.match(doc[e - 1].text):  # "Maj-Gen. A. T." is not a name
            e -= 1
        if e > k and not doc[e - 1].is_upper and cue_kind(doc[e - 1].text, lexicon.ORGANIZATION_CUES):
            continue  # "General Assembly", "Admiral Superintendent Naval Dockyard Limited": no one's name
        rank, rank_at = _rank_before(text, doc[k].idx)
        if e > k and rank and doc[k].text[:1].isupper():
            yield Candidate(k, e, "Person", NER + 1, rank=rank, rank_span=(rank_at, doc[k].idx))


def _phrases(doc: Doc, matcher: PhraseMatcher, notations: dict[int, tuple[str, str, str]]) -> Iterator[Candidate]:
    for match_id, start, end in matcher(doc):
        label, key, value = notations[match_id]
        if label == "Organization" and not any(t.is_title or t.is_upper or t.like_num for t in doc[start:end]):
            continue
        if label == "PLACE":  # "Bosnia and Herzegovina", "THE HAGUE": a place's name of several words, whole
            if not any(e.start <= start and end <= e.end and e.end - e.start > end - start and e.label_ in BODIES
                       for e in doc.ents):  # fmt: skip
                yield Candidate(start, end, "Location", PHRASE)  # not "the Government of Sri Lanka"
            continue
        if label == "Location":  # a place name may be a person's too: the NER decides between equals
            # not inside a body's longer name the tagger read ("the United Liberation Movement of Liberia for
            # Democracy")
            inside_body = any(e.start <= start and end <= e.end and e.end - e.start > end - start
                              and e.label_ in BODIES for e in doc.ents)  # fmt: skip
            if (doc[start].is_title or doc[start].is_upper) and not inside_body:
                yield Candidate(start, end, label, EVENT)
            continue
        yield Candidate(start, end, label, PHRASE, **{key: value})


_CHARGED = charged_phrases()


def _charged_crimes(doc: Doc, named: Iterable[Candidate]) -> Iterator[Candidate]:
    """Also in a list with crime types named in full ("persecution, murder and rape"), or given as examples
    of one ("war crimes, including murder and pillage")."""
    crime_tokens = {i for c in named if c.label == "CrimeType" for i in range(c.start, c.end)}
    for t in doc:
        notation = _CHARGED.get(t.lower_)
        if notation is None or t.pos_ != "NOUN":
            continue
        head = t
        while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
            head = head.head
        prep = head.head if head.dep_ == "pobj" else None
        # "convicted of murder"; "convicted X of murder", where the parser hangs "of murder" on X
        charged = (
            prep is not None
            and prep.lower_ in {"of", "with", "for"}
            and (
                prep.head.lemma_.lower() in lexicon.CHARGE_WORDS
                or (prep.head.dep_ in {"dobj", "nsubjpass"} and prep.head.head.lemma_.lower() in lexicon.CHARGE_WORDS)
            )
        )
        # "pleaded guilty to murder"; a crime's kind as a verb of characterisation says it ("the expulsion
        # amounted to deportation", "constituted murder", "qualified as persecution")
        said = (prep is not None and (prep.lower_, prep.head.lemma_.lower()) in lexicon.KIND_MARKERS) or (
            head.dep_ in {"dobj", "attr"} and head.head.lemma_.lower() in lexicon.KIND_VERBS
        )
        listed = any(x.i in crime_tokens for x in (head, *head.conjuncts))
        example = (
            prep is not None
            and prep.lower_ in {"including", "as", "namely"}
            and (prep.head.i in crime_tokens or (prep.head.head.i in crime_tokens and prep.lower_ == "as"))
        )  # "war crimes including murder", "crimes such as rape"
        if charged or said or listed or example:
            yield Candidate(t.i, t.i + 1, "CrimeType", PHRASE, notation=notation)


def _of_country(doc: Doc, end: int) -> int:
    """The end of an institution's name that goes on with the country it belongs to ("... of Switzerland"),
    which the NER cut off as a place of its own."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    if doc[end + 1].ent_type_ != "GPE" or doc[end + 1].ent_iob_ != "B":
        return end
    country = next(e for e in doc.ents if e.start == end + 1)
    return country.end


_CODED = re.compile(r"[A-Z]{1,6}-?\d{1,3}")  # "M23", "RAB-11": a body's code, never a place's name
# A body described right after its name: "the Kaibiles, the army's special forces", "the Santebal, the security
# police of the Khmer Rouge"
_FORCE_APPOSITION = re.compile(
    r",\s+(?:the|an?|its)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:police|forces|army|militia|militias|guard|unit|brigade|battalion|"
    r"group|movement|party|rebels|rebel\s+group|service|agency|squad|commando|gendarmerie)\b"
)


# A country's subdivision named by its kind first: "the State of São Paulo", "the Province of Buenos Aires".
_SUBDIVISION_OF = re.compile(r"(?:State|Province|Region|Governorate|Prefecture|County) of [A-Z]")


def _ner(doc: Doc) -> Iterator[Candidate]:
    for ent in doc.ents:
        if ent.label_ == "DATE":
            value = normalise(ent.text)
            if value:
                yield Candidate(ent.start, ent.end, "DATE", NER, date=value)
            continue
        label = _NER_TYPES.get(ent.label_)
        if ent.label_ == "NORP" and town(ent.text):
            label = "Location"  # "from Aleppo and Homs", the first tagged a nationality
        if label is None or label == "Person":
            continue
        start = strip_the(doc, ent.start, ent.end)
        end = ent.end
        if label != "Location" and (comma := next((t.i for t in ent if t.text == ","), None)) is not None:
            end = comma  # "Hernán Chacón, Raúl" tagged one organisation: a list's first name, not one name
        end = next((t.i for t in doc[start + 1 : end] if t.text == "("), end)  # "Vitit Muntarbhorn (Chair"
        if end - start > 1 and doc[end - 1].lower_ == "of" and end < len(doc) and doc[end].ent_iob_ == "B":
            end = _of_country(doc, end - 1)  # "the National Commissioner for Human Rights of" + "Honduras"
        while end - start > 1 and doc[end - 1].pos_ in {"CCONJ", "ADP", "DET"}:
            end -= 1  # "Hambarine and" tagged one organisation
        while end > start and doc[end - 1].text in {"'s", "\u2019s"}:
            end -= 1
        if doc[start].is_lower and label in {"Organization", "Location"}:
            # "the national committee of the Interahamwe": a part described in words, of the body named after
            at = next((t.i for t in doc[start:end] if t.lower_ == "of"), None)
            if at is None:
                continue
            start = strip_the(doc, at + 1, end)
            if start >= end or not doc[start].is_title:
                continue
        name = doc[start:end].text
        if not_a_name(name) or (label == "Organization" and legal_instrument(name)):
            continue
        if label == "Organization" and (
            name.split()[-1] in {"State", "Province", "District", "County", "Region"}
            or _SUBDIVISION_OF.match(name) is not None
            or places.place(name)
            or town(name)
        ):
            label = "Location"  # "Borno State"; "Paraguay", "Côte d'Ivoire", "N'Djamena" tagged organisations
        elif label == "Organization" and end - start > 1 and (doc[end - 1].text in SITE_HEADS or street(name)):
            label = "Location"  # "the Mahari Hotel", "Mudende University", "Calle Londres 38"
        elif (
            label == "Organization"
            and end - start == 1
            and not doc[start].is_upper
            and placed(doc[start:end], listed=True)
        ):
            label = "Location"  # "in the Kalinovik, Foča and Rudo municipalities", "Foča" tagged an organisation
        if label == "Location" and cue_kind(name, {"armed_group": lexicon.ARMED_GROUP_NAMES}):
            yield Candidate(start, end, "Organization", NER, kind="armed_group")  # "the Interahamwe" tagged a place
            continue
        if label == "Location" and (
            _CODED.fullmatch(name) or _FORCE_APPOSITION.match(doc.text, doc[end - 1].idx + len(doc[end - 1]))
        ):
            # "M23" (no place's name has digits), "the Kaibiles, the army's special forces": a body, not a place
            described = _FORCE_APPOSITION.match(doc.text, doc[end - 1].idx + len(doc[end - 1]))
            yield Candidate(start, end, "Organization", NER, kind="unit" if described else organization_kind(name))
            continue
        if label == "Organization" and end < ent.end and doc[end].text == "," and person_shaped(name):
            yield Candidate(start, end, "Person", NER)  # "Hernán Chacón, Raúl Jofré González": persons listed
            continue
        if label == "Organization" and person_by_syntax(doc[start:end]):
            yield Candidate(start, end, "Person", NER)
            continue
        if label == "Organization":
            kind = mechanism_kind(name)
            if kind:
                end = _of_country(doc, end)  # "the Office of the Attorney General" "of Switzerland"
                yield Candidate(start, end, "Mechanism", NER, kind=kind)
            else:
                yield Candidate(start, end, label, NER, kind=organization_kind(name))
        else:
            yield Candidate(start, end, label, NER)


# Words after "the court in/of ..." that make it another court: "the court in the retrial", "of appeal".
_ANOTHER_TRIAL = frozenset("retrial re-trial appeal appeals new second cassation".split())


def _anaphors(doc: Doc) -> Iterator[Candidate]:
    """A description of something named before: "the Chamber", "the same court", "that police force" (the
    word of the two that names such a thing is the one matched against the names before)."""
    for t in doc:
        wanted = lexicon.ANAPHORS.get(t.lower_)
        if wanted is None or t.i == 0:
            continue
        start, head = t.i - 1, t.lower_
        if doc[start].lower_ in {"same", "said"} and start > 0:
            start -= 1
        elif start > 0 and doc[start].dep_ == "compound" and lexicon.ANAPHORS.get(doc[start].lower_) == wanted:
            start, head = start - 1, doc[start].lower_  # "that police force": a police force
        if not (doc[start].lower_ == "the" or (doc[start].lower_ in {"that", "this"} and doc[start].dep_ == "det")):
            continue
        if wanted == "Crime" and (
            any(c.dep_ in {"prep", "acl", "relcl", "compound", "amod"} for c in t.children)
            or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "ADP")
        ):
            continue  # "the massacre at X", "the attack on Y": a crime named there, not one named before
        after = {x.lower_ for x in doc[t.i + 1 : t.i + 5]}
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"in", "at", "of", "on"} and after & _ANOTHER_TRIAL:
            continue  # "the court in the retrial", "the court of appeal": another court than the one named before
        yield Candidate(start, t.i + 1, "ANAPHOR", EVENT, wants=wanted, head=head)


# The number of a section: "I.", "B.", "2.3."
_SECTION_NUMBER = re.compile(r"(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)\.")
_HEADING = 100  # characters: a longer line is a paragraph


def _section_number(doc: Doc, i: int) -> bool:
    """Token i numbers a section's heading ("I. Mandate and methodology", "V. Children"), and is no person's
    initial: it opens a short line that ends with no full stop."""
    t = doc[i]
    if not _SECTION_NUMBER.fullmatch(t.text) or (i > 0 and not doc[i - 1].text.endswith("\n")):
        return False  # (read from the tokens: `doc.text` is built anew at each access)
    if i + 1 < len(doc) and doc[i + 1].lower_ in {"v.", "v", "vs."}:
        return False  # "R. v. Brown": the Crown, a party of a case's name
    line = ""
    for w in doc[i:]:
        if "\n" in w.text or len(line) > _HEADING:
            break
        line += w.text_with_ws
    line = line.rstrip()
    return len(line) <= _HEADING and not line.endswith((".", ":", ";"))


def _select(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping mentions: higher priority first, then the longer; none runs over a line break, nor
    begins with a heading's number."""
    chosen: list[Candidate] = []
    taken: set[int] = set()
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if _section_number(doc, c.start):
            continue
        c.end = next((i for i in range(c.start, c.end) if "\n" in doc[i].text), c.end)
        if c.label in {"Organization", "Mechanism", "Location", "Person"}:  # "Research Project (GJRP": the
            c.end = next((i for i in range(c.start + 1, c.end) if doc[i].text == "("), c.end)  # name ends before
        if c.end <= c.start or taken.intersection(range(c.start, c.end)):
            continue
        chosen.append(c)
        taken.update(range(c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _titles(text: str, persons: list[Span]) -> None:
    """A command title written next to a person ("GOC, Maj-Gen. X", "X, the GOC") becomes the person's title."""
    for span in persons:
        before = text[max(0, span.start_char - 90) : span.start_char]
        rank_span = span._.acg.get("rank_span")
        if rank_span:
            before = text[max(0, rank_span[0] - 90) : rank_span[0]]
        after = text[span.end_char : span.end_char + 60]
        m = _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after)
        if m:
            span._.acg.setdefault("title", m.group("title"))


def _named_places(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Names after a noun of place are places, whatever the tagger made of them: "the municipalities of
    Nebaj, Chajul and Cotzal", "the department of El Quiché"."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    added: list[Candidate] = []
    for t in doc:
        if t.lower_ not in lexicon.PLACE_NOUNS or t.pos_ != "NOUN":
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            names = [x for x in prep.children if x.dep_ == "pobj"]
            names += [x for n in names for x in n.conjuncts]
            for n in names:
                found = by_token.get(n.i)
                if (
                    found is not None
                    and found.label in {"Organization", "Person"}
                    and found.attrs.get("kind") in {None, "other"}
                ):
                    found.label, found.attrs = "Location", {}
                elif found is None and n.pos_ == "PROPN" and not people(n.text):  # "the villages of the Masalit"
                    start = min([n.i, *(c.i for c in n.lefts if c.dep_ == "compound")])
                    added.append(Candidate(start, n.i + 1, "Location", EVENT))
    return sorted([*chosen, *added], key=lambda c: c.start)


def _named_then_acronym(doc: Doc, bracket: int) -> Token | None:
    """The acronym that ends a bracket holding the name in another language first: "(Dirección de
    Comunicaciones de Carabineros, DICOMCAR)" (nlp.aliases joins the name)."""
    close = next((t.i for t in doc[bracket + 1 : bracket + 14] if t.text in {")", "("}), None)
    if close is None or doc[close].text != ")" or close - bracket < 5 or doc[close - 2].text != ",":
        return None
    return doc[close - 1] if doc[bracket + 1].is_title else None


# Small words a body's name in another language may hold ("Firqat Suleiman al-Muqatila").
_FOREIGN_PARTICLES = frozenset("al el de del la le di da i e y bin ibn".split())


def _named_in_brackets(doc: Doc, body: Candidate) -> tuple[int, int] | None:
    """The tokens of a body's name in another language, in brackets right after its name, with a word of it: "the
    Suleiman Company (Firqat Suleiman al-Muqatila)". Never a place ("the Special Court (Sierra Leone)"), a person
    ("(Colonel X)", "(Jean ...)"), nor words of English ("(now the Army)"), nor another body named in English
    ("Border Police Battalion 2 (Israel Border Police)": its parent)."""
    i = body.end
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(i + 9, len(doc))) if doc[k].text in {")", "("}), None)
    if close is None or doc[close].text != ")" or close - i < 2:
        return None
    words = doc[i + 1 : close]
    first = words[0]
    if not first.is_title or first.text in lexicon.GIVEN_NAMES or lexicon.RANK_PATTERN.match(words.text):
        return None
    for w in words[1:]:
        if w.text != "-" and not w.is_title and (w.is_stop or not w.is_alpha) and w.lower_ not in _FOREIGN_PARTICLES:
            return None
    if places.known(words.text) or places.country(words.text) or words.text.isupper():
        return None  # a place, or an acronym (read as one elsewhere)
    if words[-1].text in lexicon.UNIT_HEADS:
        return None  # "Border Police Battalion 2 (Israel Border Police)": another body, named in English
    named = {w.lower_ for w in doc[body.start : body.end] if w.is_title}
    if not named & {w.lower_ for w in words}:
        return None  # the same body's name shares a word of it
    return i + 1, close


def _recurrences(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Acronyms given in parentheses after a name, and persons' surnames, wherever they recur untagged."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    forms: dict[str, Candidate | None] = {}
    for c in chosen:
        nickname = quoted_in_brackets(doc, c.end) if c.label in {"Organization", "Mechanism"} else None
        if nickname is not None:  # "the 7th Infantry Division ("Kaugnay")": its nickname
            c.attrs["alias"] = nickname
            forms.setdefault(nickname, c)
            continue
        other = _named_in_brackets(doc, c) if c.label == "Organization" else None
        if other is not None:  # "the Suleiman Company (Firqat Suleiman al-Muqatila)": its name in another language
            c.attrs["alias"] = doc[other[0] : other[1]].text
            for within in chosen:
                if within is not c and other[0] <= within.start < other[1]:
                    within.start, within.end, within.label = other[0], other[1], c.label
                    within.attrs = {k: v for k, v in c.attrs.items() if k == "kind"}
            continue
        if c.label in {"Organization", "Mechanism", "Case"} and c.end + 2 < len(doc):
            inner = doc[c.end + 1]
            if doc[c.end].text == "(" and (last := _named_then_acronym(doc, c.end)) is not None:
                inner = last  # "(Dirección de Comunicaciones de Carabineros, DICOMCAR)": the name in another
            if doc[c.end].text == "(" and doc[inner.i + 1].text == ")" and ACRONYM.match(inner.text):
                if (short := acronym_of_its_place(doc[c.start : c.end].text, inner.text)) is not None:
                    c.attrs["alias"] = short  # "the commission of inquiry on human rights in the DPRK", later
                    continue
                c.attrs["alias"] = inner.text
                forms.setdefault(inner.text, c)
    for c in chosen:  # "the KB" tagged a person where "(Kažnjenička bojna, KB)" named the battalion
        named = forms.get(doc[c.start : c.end].text) if c.label == "Person" else None
        if named is not None and named is not c:
            c.label, c.attrs = named.label, {k: v for k, v in named.attrs.items() if k == "kind"}
    for t in doc:
        found = forms.get(t.text)
        if found is not None and t.i not in taken and (t.is_title or t.is_upper):
            yield Candidate(t.i, t.i + 1, found.label, EVENT, **{k: v for k, v in found.attrs.items() if k == "kind"})
    yield from recurring_surnames(doc, chosen, taken | {t.i for t in doc if t.text in forms})
    yield from _recurring_codes(doc, chosen)


def _recurring_codes(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """A unit's name of a number and capitals ("1 QLR", "2 PARA") wherever it recurs, however the tagger read it
    there: "troops of the battalion, known as 1 QLR, ... At the time 1 QLR formed part of 19 Brigade"."""
    codes = {
        tuple(t.text for t in doc[c.start : c.end]): c for c in chosen
        if c.label == "Organization" and c.attrs.get("kind") == "unit" and c.end - c.start == 2
        and doc[c.start].like_num and doc[c.start + 1].is_upper
    }  # fmt: skip
    for t in doc[:-1]:
        found = codes.get((t.text, doc[t.i + 1].text))
        if found is not None and t.i != found.start:
            yield Candidate(t.i, t.i + 2, "Organization", EVENT, kind="unit")


_IN = frozenset("in at near inside outside from into".split())
# The word for a military or police operation, in the languages reports name operations in ("Operación Cóndor",
# "Operação Bandeirante", "Opération Turquoise").
_OPERATIONS = frozenset({"operation", "operations", "operación", "operação", "opération", "operasi"})


def _join_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """One person's name that the tagger cut in two ("Jean-Claude" an organisation beside "Mbeki Lunda" a
    person; "Ángel Manfredo" a person beside "Velásquez Rodríguez" a place): a person's mention and a
    mention of a person's shape right beside it, one space apart, are one name. Not after a word of place
    ("in Nyala Ahmed Khalil" keeps the town)."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.end == c.start and "Person" in {prev.label, c.label} and _joinable(doc, prev, c):
            person = prev if prev.label == "Person" else c
            out[-1] = Candidate(prev.start, c.end, "Person", person.priority, **person.attrs)
            continue
        out.append(c)
    return out


def _joinable(doc: Doc, a: Candidate, b: Candidate) -> bool:
    other = b if a.label == "Person" else a
    if other.label not in {"Person", "Organization", "Location"} or other.attrs.get("kind") not in {None, "other"}:
        return False
    if doc[a.end - 1].whitespace_ != " " or (a.start > 0 and doc[a.start - 1].lower_ in lexicon.PLACE_WORDS):
        return False
    return person_shaped(doc[a.start : b.end].text) and b.end - a.start <= 6


class EntityRecognizer:
    def __init__(self, nlp: Language, name: str, gazetteer: str | None = None) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.notations: dict[int, tuple[str, str, str]] = {}
        groups: list[tuple[str, str, str, list[str]]] = []
        by_kind: dict[tuple[str, str], list[str]] = {}
        for term in terms(gazetteer):
            by_kind.setdefault((term.type, term.kind), []).append(term.name)
        for (type_, kind), names in by_kind.items():
            groups.append((f"{type_}_{kind}", type_, "kind", names))
        for notation, phrase in _invert(concept_phrases("crime_types")).items():
            groups.append((f"CRIME_{notation}", "CrimeType", "notation", phrase))
        for notation, phrase in _invert(concept_phrases("modes_of_liability")).items():
            groups.append((f"MODE_{notation}", "LIABILITY", "notation", phrase))
        groups.append(("PLACE_multiword", "PLACE", "kind", sorted(places.multiword())))
        for key, label, attr, phrases in groups:
            match_id = nlp.vocab.strings.add(key)
            value = key.split("_", 1)[1]
            self.notations[match_id] = (label, attr, value)
            self.matcher.add(key, list(nlp.tokenizer.pipe(phrases)))  # type: ignore[union-attr]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy builds it anew from the tokens at each access: once per document
        candidates: list[Candidate] = [
            *_headed_names(doc), *numbered_bodies(doc), *in_opposition(doc), *hyphened_factions(doc),
            *case_names(doc, text), *_acronyms(doc),
            *described_courts(doc),
            *(phrases := list(_phrases(doc, self.matcher, self.notations))), *_charged_crimes(doc, phrases),
            *_persons(doc, text), *_ner(doc), *towns(doc), *described_persons(doc), *described_places(doc),
            *datelines(doc), *inquiries_in_lower_case(doc), *mandates(doc),
            *described_bodies(doc), *apposed_bodies(doc), *coordinated_persons(doc), *ranked_in_plural(doc),
            *ezafe_names(doc), *given_named(doc), *balkan_surnames(doc),
            *national_forces(doc), *named_forces(doc),
            *bodies_in_lower_case(doc), *sites(doc), *_anaphors(doc),
            *_title_phrases(doc, text),
        ]  # fmt: skip
        chosen = [c for c in _select(doc, candidates) if c.label != "TITLE" and not _in_a_heading(doc, text, c)]
        chosen = named_in_a_place(doc, spelled_out(doc, chosen))
        case_aliases(doc, chosen)
        parties = case_parties(doc, chosen)
        chosen = _join_names(doc, _select(doc, [*chosen, *_recurrences(doc, [*chosen, *parties])]))
        chosen = regimental_battalions(doc, chosen)
        surnames_retyped(doc, [*chosen, *parties], _IN)  # "the convictions of Sesay", "Sesay" tagged a place
        modifying_places(doc, chosen)  # "the Dili home of X", "Dubrovnik general": a known place, named so
        places_retyped(doc, chosen)  # "the village of Kasoro" ... "the attack on Kasoro", "Kasoro" tagged a person
        operations_retyped(doc, chosen, _OPERATIONS)  # "the army launched Operation Searchlight"
        judged_persons(doc, chosen)
        bodies_by_role(doc, chosen)  # "a member of the Jokers", "X, led by Y": bodies, whatever the tagger said
        court_branches(doc, chosen)  # "the Regional Trial Court of X, Branch 15": the court's chamber
        places_by_use(doc, chosen)  # "in Sinkor", "at Tis Hazari", and nowhere else: a place
        acronym_kinds(doc, chosen)
        chosen = cases_of(doc, _named_places(doc, chosen))
        found = list(named_crimes(doc, chosen))
        crimes = [c for c in found if c.label == "Crime"]
        chosen = _select(doc, [*chosen, *(c for c in found if c.label != "Crime")])
        named = [Span(doc, c.start, c.end, label=c.label) for c in [*chosen, *crimes]]
        harmed = [Candidate(start, end, "Crime", EVENT, **attrs) for start, end, attrs in harms(doc, named)]
        crimes = _select(doc, with_victims(crimes, harmed))
        # a crime named inside a body's name is its subject, no event: "the Working Group on Enforced or
        # Involuntary Disappearances"
        bodies = [(c.start, c.end) for c in chosen if c.label in {"Mechanism", "Organization"}]
        crimes = [c for c in crimes if not any(lo <= c.start and c.end <= hi for lo, hi in bodies)]
        for c in (
            c for c in crimes if doc[c.start].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or doc[c.start].lower_ in HEDGES
        ):
            # "the torture of detainees by the ATU", "the shelling of Kisangani": the same crime
            if names := [*longer_names(doc, c.start, c.end), *shorter_names(doc, c.start, c.end)]:
                c.attrs["other_names"] = names
        for c in chosen:  # "the Tesso region": a place, whatever the tagger took it for
            if (
                c.label == "Organization"
                and c.attrs.get("kind") in {None, "other"}
                and _before_a_subdivision(doc, c.end)
            ):
                c.label, c.attrs = "Location", {}
        listed_places(doc, chosen)  # "the Salaquí and Truandó areas", "the hamlets of Mulatos and La Resbalosa"
        subdivision_aliases(doc, chosen, _SUBDIVISIONS, frozenset())  # "Kibungo prefecture": the same place
        spans = write_spans(doc, [*chosen, *crimes, *parties])
        _titles(text, [s for s in spans if s.label_ == "Person"])
        return doc


# Nouns of a country's subdivisions, written in lower case after a place's name ("Kibungo prefecture").
_SUBDIVISIONS = frozenset(
    "province prefecture préfecture region district commune township county municipality department governorate "
    "state sector".split()
)


def _alone_on_its_line(text: str, t: Token) -> bool:
    """The word is all its line holds (a heading: "Verdict", "Background")."""
    line_start = text.rfind("\n", 0, t.idx) + 1
    line_end = text.find("\n", t.idx)
    return text[line_start : line_end if line_end != -1 else len(text)].strip() == t.text


def _in_a_heading(doc: Doc, text: str, c: Candidate) -> bool:
    """A name read inside a profile's field heading at a line's start ("Parent units:", "Subordinate units named
    here:"): none. `text` is the document's, read once (spaCy builds `doc.text` anew at each access)."""
    start = doc[c.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    end = heading_end(text[line_start : line_end if line_end != -1 else len(text)])
    return end is not None and doc[c.end - 1].idx + len(doc[c.end - 1]) <= line_start + end


def _before_a_subdivision(doc: Doc, end: int) -> bool:
    """Whether the lower-case noun of a subdivision follows ("the Amhara region", "Muganza commune")."""
    return end < len(doc) and doc[end].is_lower and doc[end].text in _SUBDIVISIONS


def write_spans(doc: Doc, chosen: list[Candidate]) -> list[Span]:
    """The chosen candidates as the document's mentions (`doc.spans["acg"]`, in order, with their
    attributes in `span._.acg`): what every language's recogniser leaves for the relations and the
    document's assembly."""
    spans = []
    for c in chosen:
        span = Span(doc, c.start, c.end, label=c.label)
        span._.acg = dict(c.attrs)
        spans.append(span)
    doc.spans[SPANS] = sorted(spans, key=lambda s: (s.start, -s.end))
    return spans


def _invert(phrases: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for phrase, notation in phrases.items():
        out.setdefault(notation, []).append(phrase)
    return out


@registry.callbacks("acg_rank_abbreviations")  # type: ignore[untyped-decorator]
def rank_abbreviations() -> Callable[[Language], Language]:
    """Keep abbreviated ranks one token each ("Maj.-Gen."), so no sentence ends at their full stop."""

    def add(nlp: Language) -> Language:
        for form in lexicon.abbreviated_forms():
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]
        return nlp

    return add


@Language.factory(
    "acg_entities",
    requires=["token.tag", "token.pos", "token.dep", "token.lemma", "token.ent_type", "token.is_sent_start"],
    assigns=["doc.spans", "span._.acg"],
    default_config={"gazetteer": None},
)
def make_entity_recognizer(nlp: Language, name: str, gazetteer: str | None) -> EntityRecognizer:
    """The project's recogniser; `gazetteer` is a TSV of unit names (`acg gazetteer` writes one), by default
    the one shipped in nlp/data."""
    return EntityRecognizer(nlp, name, gazetteer)
