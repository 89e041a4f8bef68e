"""Reading a name around its head noun, and telling what kind of thing it names.

A name is a run of capitalised words, numbers and ordinals ("33 Artillery
Brigade", "Trial Chamber IX of the International Criminal Court"); its kind
comes from cue words and from the head noun (lexicon.py). These are the
shape rules of the `acg_entities` component, kept apart from the component
that chooses among candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from nlp import lexicon, places

_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_ROMAN = re.compile(r"^(?:[IVX]+|[A-H])$")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_NUMBER_WORDS = frozenset(
    [
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "First",
        "Second",
        "Third",
        "Fourth",
        "Fifth",
    ]
)


# Words of chambers' names, which the tagger may take for a person's ("Trial Chamber I" tagged PERSON).
_CHAMBERS = frozenset({"Trial", "Appeals", "Appeal", "Pre-Trial", "Chamber", "Chambers"})


def is_name_token(t: Token, persons: bool = False) -> bool:
    if t.text in lexicon.NAME_STOPS or t.ent_type_ == "DATE":
        return False
    if t.ent_type_ == "PERSON" and not persons and t.text not in lexicon.UNIT_HEADS | lexicon.AGENCY_HEADS | _CHAMBERS:
        return False  # a word of units is no person's, whatever the tagger said ("Intelligence Secretariat")
    if t.text in {"'s", "\u2019s"}:  # "Lord's Resistance Army", not "Nigeria's 7 Division", "the Army's 58th
        # Division" or "Etchecolatz's Investigations Directorate": a possessor is no part of the name
        before = t.nbor(-1) if t.i > 0 else None
        return (
            before is not None and before.is_title and before.ent_type_ not in {"GPE", "NORP", "PERSON"}
            and before.text not in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS
        )  # fmt: skip
    return bool(
        t.is_title or (t.is_upper and len(t.text) > 1) or t.like_num or ORDINAL.match(t.text)
        or t.text in _NUMBER_WORDS or t.text in {"&", "'"} or _ELIDED.match(t.text)
    )  # fmt: skip


# A name's word after an elided particle, one token to the tagger: "Côte d'Ivoire", "Val d'Aoste".
_ELIDED = re.compile(r"[dl]['\u2019][A-ZÀ-Ý]")


# Heads of the names of bodies: after an "and", they begin a body of its own.
_BODY_HEADS = lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.AGENCY_HEADS | {"Prosecutor"}
# Heads of the names of courts and their organs: before an "and", they end a name ("Intelligence and
# Counter-Intelligence Branch" is one unit's).
_COURTS_HEADS = lexicon.MECHANISM_HEADS | {"Prosecutor"}


def read_left(doc: Doc, i: int, floor: int) -> int:
    """First token of the name that ends at token i, reading left over capitalised words and numbers."""
    j = i
    while j - 1 >= floor:
        t = doc[j - 1]
        if t.is_alpha and t.is_lower and t.like_num:
            break  # "the three Army officers": a count, not a unit's number ("Three Division" is written so)
        if _YEAR.fullmatch(t.text):
            break  # "On 27 September 2006 Trial Chamber I convicted him": a date's year, no unit's number
        if t.text in lexicon.NUMBERED_HEADS and j - 2 >= floor and doc[j - 2].like_num and doc[i].text != "Garrison":
            break  # "82 Division Nigerian Army": a numbered unit, then the army it belongs to ("7 Division
            # Garrison" is one unit, the garrison of the division's base)
        # a title's word before a plural's apostrophe is a body's name: "an Officers' Honour Council"
        possessed = doc[j].text in {"'", "\u2019"} and t.text.endswith("s")
        if (
            (
                is_name_token(t)
                and (t.text not in lexicon.TITLE_WORDS or possessed)
                and t.text not in lexicon.TITLE_ACRONYMS
            )
            or (t.text == "-" and j - 2 >= floor and is_name_token(doc[j - 2]) and t.whitespace_ == "")
            or (t.is_space and "\n" not in t.text and j - 2 >= floor and is_name_token(doc[j - 2]))  # "Central  Naval"
            # "Truth and Reconciliation Commission", "Documentation and Security Directorate": an "and" between
            # two capitalised words of the name (neither a person's nor a country's)
            or (
                t.lower_ in {"and", "&"}
                and j - 2 >= floor
                and is_name_token(doc[j - 2])
                and doc[j - 2].is_title
                and doc[j - 2].text not in _COURTS_HEADS  # "the Office of the Prosecutor and Trial Chamber I": two
                and doc[j].is_title
                and doc[j - 2].ent_type_ not in {"PERSON", "GPE", "NORP"}
                and doc[j].ent_type_ not in {"PERSON", "GPE", "NORP"}
            )
        ):
            j -= 1
        else:
            break
    # A capitalised first word of the sentence is a name only if tagged as one; a unit's number is ("320th",
    # tagged an adjective, begins "320th Military Police Battalion, a reserve battalion")
    while j < i and doc[j].is_sent_start and doc[j].tag_ not in {"NNP", "NNPS", "CD"} and not doc[j].text[0].isdigit():
        j += 1
    return j


def name_run(doc: Doc, k: int, limit: int, persons: bool = False) -> int:
    """End of a run of capitalised words starting at k (k itself if none)."""
    e = k
    while e < limit and (
        is_name_token(doc[e], persons)
        or (doc[e].text == "-" and e > k and doc[e].whitespace_ == "")
        or (doc[e].lower_ == "former" and e == k and e + 1 < limit and doc[e + 1].is_title)
    ):
        e += 1
    return e


# Courts that many places have, named by their seat: "the Supreme Court in Pretoria", "the High Court in Durban".
_SEATED_COURTS = frozenset({"Supreme", "High", "District", "Regional", "Federal", "Military", "Criminal"})


def _of_rights(doc: Doc, k: int, limit: int) -> bool:
    """ "on Human and Peoples' Rights": what a court's name says it is on (not "on Chacón", on whom)."""
    e = name_run(doc, k, limit)
    while e + 1 < limit and doc[e].lower_ == "and" and doc[e + 1].is_title:
        e = name_run(doc, e + 1, limit)
    return e > k and doc[e - 1].text == "Rights"


# Heads of names that take "on" ("the Commission of Inquiry on Burundi", "the Panel of Experts on Libya").
_ON_HEADS = frozenset({"Commission", "Mission", "Inquiry", "Committee", "Panel", "Group", "Investigation", "Experts"})


# Heads of a state's agencies that a unit may be "of": "the Special Police Brigade of the Ministry of the Interior".
_PARENT_AGENCIES = frozenset({"Ministry", "Department", "Agency", "Bureau", "Secretariat"})


def _a_body(doc: Doc, k: int, limit: int) -> bool:
    """The capitalised words from k name a body of their own ("... and Trial Chamber I")."""
    return any(w.text in _BODY_HEADS for w in doc[k : name_run(doc, k, limit)])


def _one_matter(doc: Doc, k: int, e: int, limit: int) -> bool:
    """The capitalised words after a name's "of", "for" or "on" go on past an "and" when both sides are one
    matter and neither is a body of its own or a place ("the Ministry of Justice and Human Rights", "the African
    Commission on Human and Peoples' Rights"); not "the Office of the Prosecutor and Trial Chamber I", nor "the
    Court of Croatia and Serbia"."""
    after = name_run(doc, e + 1, limit)
    words = [*doc[k:e], *doc[e + 1 : after]]
    return (
        after > e + 1
        and doc[e + 1].is_title
        and not any(w.text in _BODY_HEADS or w.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "DATE"} for w in words)
        and not any(places.known(w.text) for w in words)
    )


def read_right(doc: Doc, i: int, limit: int, whole: bool) -> tuple[int, int | None]:
    """End of a name whose head is token i, and where a named parent begins when it is left out.

    A "Mission in Liberia" is named with its place; other names take "in" only before "the".
    A number or Roman numeral after the head belongs to it ("Branch 251", "Trial Chamber IX"). A complement
    ("of Koblenz", "for Sierra Leone", "of the International Criminal Court") belongs to a mechanism's name
    (`whole`); for a unit it does only when it is a place, and otherwise names the unit it is part of.
    """
    end = i + 1
    number = doc[end] if end < limit else None
    if number is not None and (number.like_num or _ROMAN.match(number.text)) and not _YEAR.match(number.text):
        end += 1
        # "Battalion 3-16": a number joined by a hyphen to the next, with no space, is one code
        if end + 1 < limit and doc[end].text == "-" and not number.whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].text[:1].isalnum():  # fmt: skip
            end += 2
    elif number is not None and number.text in {"No", "No.", "Nº"}:  # "Federal Oral Criminal Court No. 5"
        k = end + 1 + (end + 1 < limit and doc[end + 1].text == ".")
        end = k + 1 if k < limit and doc[k].like_num else end
    parent = None
    for _ in range(2):
        k = end
        if not (k < limit and doc[k].lower_ in {"of", "for", "on", "against", "in"} and doc[k].text.islower()):
            break
        preposition = doc[k].lower_
        k += 1
        seat = doc[i].text == "Court" and i > 0 and doc[i - 1].text in _SEATED_COURTS  # "the High Court in Durban"
        if preposition == "in" and doc[i].text != "Mission" and not seat and not (k < limit and doc[k].lower_ == "the"):
            break  # "Chambers in Dakar" is where they sit; "Chambers in the Courts of Cambodia" is a name
        if preposition == "on" and doc[i].text not in _ON_HEADS and not _of_rights(doc, k, limit):
            break  # "imposed by the Santiago Court of Appeals on Chacón": on whom, not the court's name
        article = k < limit and doc[k].lower_ == "the"
        if article:
            k += 1
        # "the Court of Appeal of 's-Hertogenbosch": a Dutch place's article, no possessive
        dutch = k + 2 < limit and doc[k].text in {"'s", "\u2019s"} and doc[k + 1].text == "-" and doc[k + 2].is_title
        e = name_run(doc, k + 2 if dutch else k, limit, persons=whole)
        while k < e < limit and doc[e].ent_iob_ == "I" and doc[e - 1].ent_type_ in {"GPE", "LOC"}:
            e += 1  # "of the Republic of Bosnia and Herzegovina": a place's name goes on past its "and"
        while k < e < limit - 1 and doc[e].lower_ == "and" and doc[e + 1].is_title and not _a_body(doc, e + 1, limit) \
                and doc[i].ent_iob_ != "O" and all(x.ent_iob_ == "I" for x in doc[i + 1 : e + 2]):  # fmt: skip
            e = name_run(doc, e + 1, limit, persons=whole)  # the same, when the tagger took it all for one name
        if k < e < limit - 1 and doc[e].lower_ == "and" and _one_matter(doc, k, e, limit):
            e = name_run(doc, e + 1, limit, persons=whole)  # "the Commission on Human and Peoples' Rights"
        if e > k and e + 1 < limit and doc[e].text in {"'s", "\u2019s"} and not whole and preposition == "of":
            # "the 1st Guards Tank Army of Russia's Western Military District": Russia's district, not in the
            # name, is the unit it is part of
            after = name_run(doc, e + 1, limit, persons=False)
            if after > e + 1 and doc[after - 1].text in lexicon.UNIT_HEADS | lexicon.AREA_HEADS | lexicon.AGENCY_HEADS:
                parent = e + 1
            break
        if e == k or (e < limit and doc[e].text in {"'s", "\u2019s"}):
            break  # "the Special Police of Croatia's Ministry of the Interior": Croatia's ministry, not in the name
        if doc[k].lower_ in {"operation", "exercise"}:
            break
        if whole:
            end = e
        elif (
            preposition == "of"
            and (article or doc[k].like_num or bool(ORDINAL.match(doc[k].text)))
            and (
                doc[e - 1].text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | _PARENT_AGENCIES
                or (
                    e - k == 1
                    and doc[k].is_upper
                    and len(doc[k].text) > 1
                    and doc[k].ent_type_ not in {"GPE", "LOC"}
                    and not places.country(doc[k].text)
                )  # "the Armed Forces of the DRC": the country's
            )
        ):  # "the Para-Commando Battalion of the FAR": a force known by its acronym is the parent
            parent = k
            break
        elif preposition == "of" or (preposition == "for" and article and doc[k].text not in lexicon.UNIT_HEADS):
            end = e  # "the Support Battalion for the Protection of Institutions": a unit's name says what it is for
        else:
            break
    return end, parent


@cache
def _cue_patterns(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per kind: any of its words, whole (not inside a word or a hyphenated one)."""
    return tuple(
        (kind, re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])"))
        for kind, words in cues
        if words
    )


def cue_kind(name: str, cues: dict[str, tuple[str, ...]]) -> str | None:
    """The first kind (in the order of `cues`) one of whose words is in the name."""
    padded = f" {name} "
    for kind, pattern in _cue_patterns(tuple(cues.items())):
        if pattern.search(padded):
            return kind
    return None


def organization_kind(name: str) -> str:
    """
    >>> organization_kind("7 Division"), organization_kind("Lord's Resistance Army"), organization_kind("Lafarge SA")
    ('unit', 'armed_group', 'company')
    >>> organization_kind("Amnesty International"), organization_kind("Ministry of Defence")
    ('ngo', 'state_institution')
    >>> organization_kind("Logistics Command"), organization_kind("Lafarge Holdings")
    ('unit', 'company')
    >>> organization_kind("Fleet Support Group"), organization_kind("Lafarge Group")
    ('unit', 'company')
    >>> organization_kind("Operational Group South")
    'unit'
    """
    cues = {k: v for k, v in lexicon.ORGANIZATION_CUES.items() if k != "state_institution"}
    kind = cue_kind(name, cues)
    words = name.split()
    if len(words) > 1 and words[-1] in lexicon.COMPASS:
        words = words[:-1]  # "Operational Group South": the head before the compass point
    if kind == "company" and (
        words[-1] in lexicon.FORMATION_HEADS
        or (words[-1] == "Group" and not lexicon.MILITARY_QUALIFIERS.isdisjoint(words))
    ):
        return "unit"  # the head noun tells the kind: "Logistics Command" is no logistics company
    if kind:
        return kind
    if any(w.strip(",.") in lexicon.UNIT_HEADS | lexicon.ROMANCE_UNIT_WORDS for w in name.split()):
        return "unit"  # "Dirección de Inteligencia Nacional", "Batallón Atlacatl"
    return cue_kind(name, {"state_institution": lexicon.ORGANIZATION_CUES["state_institution"]}) or "other"


# A panel of judges ("a Trial Panel", "the Court of Appeals Panel", "the Pre-Trial Panel"), not a panel of experts.
_BENCH_PANEL = re.compile(r"\b(?:Trial|Appeals?|Appellate|Pre-Trial|Supreme Court)\s+Panel\b")
# Heads of mechanisms that no other rule reads as a body's head: "the Peers Inquiry", "the Special Panels for
# Serious Crimes" (an inquiry names a body of inquiry wherever it stands).
_INQUIRY_HEADS = frozenset({"Inquiry", "Panels"})


_UN_COMMISSIONER = re.compile(r"\bHigh Commissioner for (?:Human Rights|Refugees)\b")


def mechanism_kind(name: str) -> str | None:
    """The kind of mechanism a name stands for, or None if it names no mechanism.

    >>> mechanism_kind("Special Court for Sierra Leone")
    'hybrid_tribunal'
    >>> mechanism_kind("Trial Chamber IX of the International Criminal Court")
    'international_court'
    >>> mechanism_kind("Higher Regional Court of Koblenz"), mechanism_kind("Federal Character Commission")
    ('national_court', None)
    >>> mechanism_kind("Office of the Attorney General of Switzerland")
    'national_court'
    """
    if name in lexicon.MECHANISM_ACRONYMS:
        return lexicon.MECHANISM_ACRONYMS[name]
    if _UN_COMMISSIONER.search(name):
        return "un_mechanism"  # the UN's High Commissioners and their offices (not a state's envoy so titled)
    heads = {w.strip(",.") for w in name.split()} & (lexicon.MECHANISM_HEADS | _INQUIRY_HEADS)
    if not heads and any(cue in name for cue in lexicon.PROSECUTION_CUES) and " v" not in name:
        kind = cue_kind(name, {k: v for k, v in lexicon.MECHANISM_CUES.items() if k != "national_court"})
        return kind if kind in {"international_court", "hybrid_tribunal"} else "national_court"
    if not heads:
        return None
    kind = cue_kind(name, {k: v for k, v in lexicon.MECHANISM_CUES.items() if k != "national_court"})
    if heads <= {"Mission"} and kind != "fact_finding":
        return None  # a peacekeeping mission is a force, not a mechanism
    if kind:
        return kind
    if heads <= lexicon.MECHANISM_ONLY_WITH_CUE and not _BENCH_PANEL.search(name):
        return None
    return "national_court"


_LEADING = frozenset("command lead head found order direct run".split())


def person_by_syntax(span: Span) -> bool:
    """An "organisation" of the NER that the sentence shows to be a person: "X, commander of Y",
    "commanded by X", "X headed Y" (the small model often takes unfamiliar personal names for organisations)."""
    # a hyphen inside a name is no word of it: "Faustin-Archange Touadéra" is three words
    words = [t for t in span if not (t.text == "-" and not t.whitespace_ and t.i > span.start)]
    if organization_kind(span.text) != "other" or not 2 <= len(words) <= 4 or not span[0].is_title:
        return False
    if mechanism_kind(span.text) is not None:
        return False  # "the Federal Public Prosecutor General, who had indicted him": an office, whoever holds it
    if not all(t.is_title or t.lower_ in PARTICLES for t in words):
        return False
    root = span.root
    if any(c.dep_ == "appos" and (c.lemma_.lower() in lexicon.COMMAND_WORDS | lexicon.PERSON_NOUNS
                                  or lexicon.canonical_rank(c.text)) for c in root.children):  # fmt: skip
        return True  # "X, a former officer of the RUF", "Luis del Valle Arce, the battalion's commander"
    if not all(t.is_title for t in words):
        return False  # a name with a particle, otherwise a place's as often ("Pozo de Banfield")
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and any(
            c.dep_ == "attr" and (c.lemma_.lower() in lexicon.COMMAND_WORDS or lexicon.canonical_rank(c.text))
            for c in root.head.children
        )
    ):
        return True  # "X was Commander of the General Staff"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in _LEADING:
        return True
    if _said_of_a_person(span):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _LEADING


def _said_of_a_person(span: Span) -> bool:
    """Words around a name that only a person's takes: "X, who had headed ...", "President X", "the writer X",
    "X (Chair)", "of A and B" with B a person's name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after in ([",", "who"], [",", "whom"]):  # "the guerrillas of the Congress who had been turned": theirs
        return True
    if after[:1] == ["("] and span.end + 1 < len(doc) and doc[span.end + 1].text in _BRACKETED_TITLES:
        return True
    if before is not None and (before.text in lexicon.PERSON_TITLES or (
            before.is_lower and before.lemma_ in lexicon.PERSON_NOUNS and before.dep_ != "poss")):  # fmt: skip
        return True
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ == "PERSON" for p in partners)


# Titles written in brackets after a member's name: "X (Chair), Y and Z".
_BRACKETED_TITLES = frozenset("Chair Chairperson Chairman President Presiding Rapporteur".split())


def not_a_name(name: str) -> bool:
    """A rank, a title or a bare head noun ("Maj-Gen.", "COAS", "the Army") names no one in particular.

    >>> not_a_name("COAS"), not_a_name("Army"), not_a_name("Maj-Gen."), not_a_name("Nigerian Army")
    (True, True, True, False)
    >>> not_a_name("Colonels"), not_a_name("Jones"), not_a_name("Background"), not_a_name("State")
    (True, False, True, True)
    """
    stripped = name.strip(" .,")
    return (
        stripped in lexicon.TITLE_ACRONYMS or stripped in lexicon.COMMAND_TITLES
        or lexicon.rank_or_plural(stripped) is not None  # "Maj-Gen.", "two Lt. Colonels"
        or stripped in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.NOT_NAMES | lexicon.PORTFOLIOS
        or people(stripped)
        or places.demonym(stripped)  # "Sierra Leonean", tagged an organisation
    )  # fmt: skip


def legal_instrument(name: str) -> bool:
    """A law's or a treaty's name, which names no body: "the Rome Statute", "the Dutch Wartime Criminal Law
    Act", "the Code of Crimes against International Law"; not "the Centre for Justice and International Law".

    >>> legal_instrument("Rome Statute"), legal_instrument("Code of Crimes against International Law")
    (True, True)
    >>> legal_instrument("Centre for Justice and International Law"), legal_instrument("Convention People's Party")
    (False, False)
    """
    words = name.split()
    return words[-1] in lexicon.LAW_NOUNS or (
        len(words) > 2 and words[0] in {"Code", "Law"} and words[1] in {"of", "on"}
    )


def people(name: str) -> bool:
    """A people or a group named by its members ("Tutsi", "Yazidis", "Maya Ixil", "Krajina Serbs"): the
    victims of a crime, never a place or an organisation of the graph.

    >>> people("Tutsi"), people("Yazidis"), people("Maya Ixil"), people("Krajina Serbs"), people("Kigali")
    (True, True, True, True, False)
    """
    words = name.split()
    last = words[-1] if words else ""
    return (
        bool(words)
        and (last in lexicon.PEOPLES or (last.endswith("s") and last[:-1] in lexicon.PEOPLES))
        and (len(words) == 1 or (all(w in lexicon.PEOPLES or w[:1].isupper() for w in words[:-1]) and len(words) <= 2))
    )


# Words of organisations' names in the languages of the sources, beside the lexicon's heads and cues.
_ORGANIZATION_WORDS = frozenset(
    "front frente movement mouvement movimiento movimento army armée ejército exército forces fuerzas force "
    "party parti partido union unión alliance alianza rassemblement congress congrès council conseil consejo "
    "committee comité group grupo groupe guard garde guardia police policía service servicio ministry "
    "government gobierno republic république república state national nacional people's popular "
    "revolutionary revolucionario liberation libération liberación democratic démocratique democrático "
    "united unidas unies brigade brigada battalion batallón bataillon regiment division división corps "
    "command commando directorate dirección direction agency office bureau company compañía".split()
)
PARTICLES = frozenset("de da del della di do dos das du des van von der den ter bin ibn al el la le y e".split())


def person_shaped(name: str) -> bool:
    """A name that may be a person's: two to five words, each capitalised or a particle of names, none a word
    of organisations' names, no acronym.

    >>> person_shaped("Jean-Pierre Bemba Gombo"), person_shaped("Efraín Ríos Montt"), person_shaped("Ratko Mladić")
    (True, True, True)
    >>> person_shaped("Mouvement de Libération du Congo"), person_shaped("Revolutionary United Front")
    (False, False)
    >>> person_shaped("Freetown"), person_shaped("MLC"), person_shaped("Bashar al-Assad")
    (False, False, True)
    """
    words = name.replace("-", " - ").split()
    named = [w for w in words if w != "-"]
    if not 2 <= len(name.split()) <= 5 or any(w.isupper() and len(w) > 1 for w in named):
        return False
    if any(w.casefold() in _ORGANIZATION_WORDS or w in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS for w in named):
        return False
    if cue_kind(name, lexicon.ORGANIZATION_CUES) is not None:
        return False
    return all(w[:1].isupper() or w.casefold() in PARTICLES for w in named) and named[0][:1].isupper()


# What may follow a surname in a person's name: "Jovito Palparan Jr.", "Andal Ampatuan Sr.", "Jules Mason III".
GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())


def surname(words: Sequence[str]) -> str:
    """The surname among a person's name's words: the last, but a generation's mark after it.

    >>> surname(["Jovito", "Palparan", "Jr."]), surname(["jovito", "palparan", "jr"]), surname(["Ratko", "Mladić"])
    ('Palparan', 'palparan', 'Mladić')
    """
    end = len(words)
    while end > 1 and words[end - 1].casefold() in GENERATIONS:
        end -= 1
    return words[end - 1] if words else ""


def strip_the(doc: Doc, start: int, end: int) -> int:
    """Where a name begins past its article ("the", "a", "an"), unless the article is part of a place's name."""
    while start < end - 1 and doc[start].lower_ in {"the", "a", "an"} and doc[start + 1].text not in lexicon.THE_PLACES:
        start += 1
    return start


def subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """`short` is `long` with some words left out, the rest in order."""
    it = iter(long)
    return len(short) < len(long) and all(w in it for w in short)


def same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two names of one person: the same words, or the same first and last words with words between left out in
    one of them ("Adolfo Scilingo", "Adolfo Francisco Scilingo")."""
    if list(a) == list(b):
        return True
    return a[0] == b[0] and a[-1] == b[-1] and (subsequence(a, b) or subsequence(b, a))
