"""The French recogniser (`acg_entities_fr`): persons, bodies, courts, places, dates, crime types, crimes
and cases, as spans of `doc.spans["acg"]` with the labels and attributes the English one gives
(nlp/entities.py), so that everything after the pipeline is the same for both languages.

It works on fr_core_news_md's parse and named entities:
- a body is the noun phrase of a head noun of a court, a force or a movement ("le tribunal criminel de
  Dixinn", "la Direction de la documentation et de la sécurité", "la garde présidentielle"): the head with
  its adjectives and its "de" complements to the right, never a relative clause or an apposition; written
  in lower case, it needs a proper noun, an adjective or a word of justice in it ("l'armée" alone is no
  name);
- a person is the tagger's PER, with the rank written before it ("le général X");
- an acronym given in brackets after a name ("(DDS)") is that name wherever it recurs; one never given so
  is an organisation, or the mechanism a well-known acronym names ("CPI");
- crime types are the ontology's French labels, in the singular and the plural;
- a crime is a crime noun with its place or its date ("le massacre du stade du 28 septembre 2009");
- a case is a trial or an affair named after someone or something ("le procès de Kunti Kamara").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from nlp import places
from nlp.acronyms import named_in_a_place
from nlp.candidates import (
    EVENT,
    NER,
    PHRASE,
    RULE,
    SHAPE,
    Candidate,
    acronym_aliases,
    recurring_surnames,
    subdivision_aliases,
    surnames_retyped,
)
from nlp.case_names import case_names, case_parties
from nlp.crime_names import longer_names, shorter_names
from nlp.entities import _select, write_spans
from nlp.french import lexicon
from nlp.french.dates import DATE, iso
from nlp.gazetteer import ontology_labels
from nlp.lexicon import GIVEN_NAMES
from nlp.mistagged import balkan_surnames, judged_persons, town
from nlp.names import people

# The complements that belong to a body's name, and those that end it.
_NAME_DEPS = frozenset({"amod", "nmod", "flat:name", "flat:foreign", "fixed", "nummod", "case", "det", "cc", "conj"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]*[A-Z0-9]$")
# An acronym that may end in a small letter ("FAMa", the Forces armées maliennes).
_LOOSE_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+[a-z]?")
_ROMAN = re.compile(r"^[IVXLC]+$")
_MECHANISM_ACRONYMS = {
    "CPI": "international_court", "TPIR": "international_court", "TPIY": "international_court",
    "CIJ": "international_court", "MTPI": "international_court", "TSSL": "hybrid_tribunal",
    "CETC": "hybrid_tribunal", "TSL": "hybrid_tribunal", "CAE": "hybrid_tribunal", "HCDH": "un_mechanism",
}  # fmt: skip
_MECHANISM_KINDS = (
    ("international_court", ("pénale internationale", "pénal international", "internationale de justice")),
    ("hybrid_tribunal", ("extraordinaire", "spécial", "spéciale", "spéciales")),
    ("fact_finding", ("enquête",)),
    ("truth_commission", ("vérité", "réconciliation")),
    ("un_mechanism", ("nations unies", "droits de l'homme", "haut-commissariat")),
)  # fmt: skip


def _plurals(label: str) -> set[str]:
    """A French label and its plural: each word but the function words takes an s ("disparition forcée"
    -> "disparitions forcées"); the words after the first preposition are left ("crime contre
    l'humanité" -> "crimes contre l'humanité").

    >>> sorted(_plurals("disparition forcée")), sorted(_plurals("crime contre l'humanité"))
    (['disparition forcée', 'disparitions forcées'], ["crime contre l'humanité", "crimes contre l'humanité"])
    """
    words = label.split()
    plural = []
    for n, w in enumerate(words):
        if w in lexicon.INVARIABLE or w.startswith(("d'", "l'")):
            plural += words[n:]
            break
        plural.append(w if w.endswith(("s", "x", "z")) else w + "s")
    return {label, " ".join(plural)}


def concept_phrases(scheme: str) -> dict[str, str]:
    """French phrase -> notation for a taxonomy: each concept's French label, in the singular and the plural,
    and without what it adds in brackets ("torture (crime contre l'humanité)" -> "torture") where that form
    is not another concept's own label; labels too common to stand alone are left out."""
    return _concept_phrases(scheme, common=False)


def common_phrases() -> dict[str, str]:
    """The crime types' French labels too common to stand alone ("meurtre"), in both numbers, -> notation."""
    return _concept_phrases("crime_types", common=True)


def _concept_phrases(scheme: str, common: bool) -> dict[str, str]:
    labels: dict[str, str] = {c: str(t["fr"]) for c, t in ontology_labels()["translations"][scheme].items()}
    out: dict[str, str] = {}
    for bare in (False, True):
        for notation, label in labels.items():
            text = re.sub(r"\s*\([^)]*\)", "", label) if bare else label
            if (text.lower() in lexicon.AMBIGUOUS) != common:
                continue
            for form in _plurals(text.lower()):
                out.setdefault(form, notation)
    if scheme == "crime_types" and not common:
        for form, notation in lexicon.CRIME_FORMS.items():
            out.setdefault(form, notation)
    return out


def crime_labels() -> dict[str, list[str]]:
    """Notation -> the French names of a crime type, its label first (what a crime type is named by)."""
    labels = {c: [str(t["fr"])] for c, t in ontology_labels()["translations"]["crime_types"].items()}
    for phrase, notation in concept_phrases("crime_types").items():
        if phrase not in labels[notation]:
            labels[notation].append(phrase)
    return labels


def _listed_types(doc: Doc, chosen: list[Candidate], common: dict[str, str]) -> Iterator[Candidate]:
    """Crime types too common to stand alone ("meurtres", "viols"), where they are listed with one that is
    not ("meurtres, viols, actes de torture"): a list of charges or of legal categories."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    for c in chosen:
        if c.label != "CrimeType":
            continue
        root = doc[c.start : c.end].root
        listed = [*root.conjuncts, *(x for t in root.conjuncts for x in t.conjuncts)]
        for t in listed:
            notation = common.get(t.lower_)
            if notation is not None and t.i not in taken:
                taken.add(t.i)
                yield Candidate(t.i, t.i + 1, "CrimeType", PHRASE, notation=notation)


def _dates(doc: Doc) -> Iterator[Candidate]:
    for m in DATE.finditer(doc.text):
        value = iso(m)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if value is not None and span is not None:
            yield Candidate(span.start, span.end, "DATE", SHAPE, date=value)


def _phrases(doc: Doc, matcher: PhraseMatcher, notations: dict[int, tuple[str, str]]) -> Iterator[Candidate]:
    for match_id, start, end in matcher(doc):
        label, notation = notations[match_id]
        yield Candidate(start, end, label, PHRASE, notation=notation)


def _name_end(head: Token, dates: bool = False) -> int:
    """The end of the name a head noun begins: its complements to the right, up to the first token that is
    not one of them (a comma, a bracket, a relative clause; a date, unless `dates`: a trial's name holds
    one, a body's does not; a second name joined by "et", unless `dates`: a trial may be of two massacres,
    a body is one)."""
    keep = {head.i}
    stack = [c for c in head.children if c.i > head.i]
    while stack:
        c = stack.pop()
        if c.dep_ not in _NAME_DEPS or c.text in {",", "(", ")", ";", ":", "«", "»"}:
            continue
        if not dates and (c.ent_type_ == "DATE" or (c.like_num and c.text[0].isdigit()) or c.lower_ in lexicon.MONTHS):
            continue  # a day or a year; "première", "IX" stay ("la Chambre de première instance IX")
        if c.dep_ == "conj" and (c.head.i == head.i or (c.is_title and not dates)):
            # "la Direction ... et la Brigade ...", "des membres du Front de libération et de la Garde
            # républicaine": two bodies, not one (but "la Direction de la documentation et de la sécurité")
            continue
        if c.head.i == head.i and _not_of_the_name(head, c):
            continue  # "remis à la Cour par les autorités du Niger", "condamné par le Tribunal ... à vingt ans"
        keep.add(c.i)
        stack.extend(c.children)
    end = head.i + 1
    while end in keep:
        end += 1
    while end - 1 > head.i and head.doc[end - 1].lower_ in lexicon.NAME_LINKS:
        end -= 1  # a name never ends on "de la"
    return end


# Prepositions whose complement is never part of a body's name ("la Cour par les autorités du Niger"), and
# those that are not part of a court's ("le Tribunal pénal fédéral à vingt ans", "la Cour sur les atrocités";
# an inquiry's name may hold them: "la Commission d'enquête sur le Burundi").
_NEVER_IN_NAMES = frozenset("par comme avec selon depuis pendant après avant vers chez envers malgré".split())
_NOT_IN_COURTS = frozenset("à au aux sur".split())
_COURTS = frozenset("cour tribunal chambre chambres juridiction juridictions".split())


def _not_of_the_name(head: Token, c: Token) -> bool:
    case = next((x.lower_ for x in c.children if x.dep_ == "case"), None)
    if case is None:
        return False
    if case in _NEVER_IN_NAMES or (case in {"à", "au", "aux"} and any(x.like_num for x in c.children)):
        return True
    if case == "en" and c.is_lower and head.lower_ not in lexicon.CASE_NOUNS:
        # "la Ligue tchadienne des droits de l'homme en avance 218": a verb's clitic, no body's word ("le procès
        # en appel de X" is a trial's)
        return True
    return case in _NOT_IN_COURTS and head.lower_ in _COURTS


def _poles(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "le pôle crimes contre l'humanité du tribunal judiciaire de Paris": one body, the court's unit, however
    the parser cut it (a crime type, then the court)."""
    starts = {c.start: c for c in chosen}
    out = list(chosen)
    for t in doc:
        kind = starts.get(t.i + 1)
        if t.lower_ != "pôle" or kind is None or kind.label != "CrimeType":
            continue
        at = kind.end + (1 if kind.end < len(doc) and doc[kind.end].lower_ in {"du", "de", "des"} else 0)
        at += 1 if at < len(doc) and doc[at].lower_ in {"la", "l'"} else 0
        court = starts.get(at)
        if at == kind.end or court is None or court.label != "Mechanism":
            continue
        out = [c for c in out if c is not kind and c is not court]
        out.append(Candidate(t.i, court.end, "Mechanism", RULE, kind=court.attrs.get("kind", "national_court")))
    return out


def _mechanism_kind(text: str) -> str:
    lowered = text.lower()
    return next((kind for kind, cues in _MECHANISM_KINDS if any(c in lowered for c in cues)), "national_court")


def _body(doc: Doc, start: int, end: int) -> Candidate | None:
    """A candidate for the name doc[start:end] begun by a head noun, typed by its head; None when it does
    not name one body."""
    head = doc[start]
    word = head.lower_
    words = {t.lower_ for t in doc[start:end]}
    text = doc[start:end].text
    proper = any(t.pos_ == "PROPN" or _ACRONYM.match(t.text) for t in doc[start + 1 : end])
    described = proper or any(t.pos_ == "ADJ" for t in doc[start + 1 : end])
    if word in lexicon.GOVERNMENT_HEADS and end - start > 1:
        return Candidate(start, end, "Organization", RULE, kind="government")
    if end - start == 1 or not (head.is_title or described):
        return None  # "la Chambre", "l'armée": the body named before, or none; "la cour d'assises": no name
    if _is_mechanism(word, words) and (head.is_title or word not in lexicon.TITLED_ONLY):
        return Candidate(start, end, "Mechanism", RULE, kind=_mechanism_kind(text))
    if word in lexicon.MECHANISM_HEADS - lexicon.GROUP_HEADS.keys():
        return None
    if word in lexicon.UNIT_HEADS:
        return Candidate(start, end, "Organization", RULE, kind="unit")
    if word in lexicon.GROUP_HEADS and (head.is_title or proper):
        return Candidate(start, end, "Organization", RULE, kind=lexicon.GROUP_HEADS[word])
    return None


def _is_mechanism(head: str, words: set[str]) -> bool:
    """A court's, a prosecutor's or an inquiry's name: by its head, with a word of justice or inquiry for
    the heads that also name other bodies ("Conseil des droits de l'homme", not "Conseil national pour la
    démocratie")."""
    if head not in lexicon.MECHANISM_HEADS:
        return False
    return head not in lexicon.MECHANISM_WITH_CUE or bool(words & lexicon.MECHANISM_CUES)


_ORDINAL = re.compile(r"^(?:\d+(?:e|er|re|ème)|[IVX]+(?:e|ème))$")


def _trimmed(ent: Span) -> int:
    """The end of a name the tagger ran on into the next ("du Front de libération et de la Garde républicaine":
    "Front de libération et de la"): never after "et", "de", "la"."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].lower_ in lexicon.NAME_LINKS:
        end -= 1
    return end


def _before_grounds(doc: Doc, start: int, end: int) -> int:
    """The end of a name before the grounds of a verdict the tagger ran it into: "la cour d'assises de Paris |
    pour crimes de guerre" ("pour" and a bare common noun; a name's "pour" takes an article or a capital: "pour
    le Rwanda", "pour la démocratie"), "la cour d'appel de Douai | pour le meurtre de X" (a court's, an article and
    a crime's noun)."""
    court = doc[start].lower_ in _COURTS
    for k in range(start + 1, end - 1):
        after = doc[k + 1]
        if doc[k].lower_ == "pour" and after.is_lower and after.lower_ not in _NAME_ARTICLES:
            return k
        if (
            court
            and doc[k].lower_ == "pour"
            and after.lower_ in _NAME_ARTICLES
            and doc[k + 2].lower_ in lexicon.CRIME_EVENT_NOUNS
        ):
            return k  # "la cour d'appel de Douai | pour le meurtre du maire": a court's name names no crime
    return end


_NAME_ARTICLES = frozenset({"le", "la", "les", "l'", "l\u2019", "un", "une"})
# What a body of the United Nations is for, after its "Nations unies": "aux droits de l'homme", "pour les réfugiés"
_UN_FIELD = re.compile(
    r"\s+(?:aux\s+droits\s+de\s+l['\u2019]homme|pour\s+les\s+réfugiés|pour\s+l['\u2019]enfance|pour\s+le\s+développement)"
)


def _of_the_united_nations(doc: Doc, end: int) -> int:
    """The end of a body's name the tagger and the parse cut at "des Nations" ("le Bureau conjoint des Nations | Unies
    aux droits de l'homme"): past "unies" and what the body is for."""
    if not (0 < end < len(doc) and doc[end - 1].text == "Nations" and doc[end].lower_ == "unies"):
        return end
    end += 1
    field = _UN_FIELD.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text))
    if field is not None and (span := doc.char_span(doc[end].idx, field.end())) is not None:
        end = span.end
    return end


def _bodies(doc: Doc) -> Iterator[Candidate]:
    # Where the tagger reads a longer name from the same head than the parse gives ("le Mouvement uni de
    # libération du Liberia pour la démocratie", whose last complement the parser hangs elsewhere), its end.
    articles = {"le", "la", "les", "l'"}
    longer = {e.start + (e[0].lower_ in articles): _trimmed(e) for e in doc.ents if e.label_ in {"ORG", "MISC"}}
    for t in doc:
        if t.pos_ in {"NOUN", "PROPN"} and t.lower_ in lexicon.BODY_HEADS:
            if t.is_lower and t.lower_ in lexicon.UNIT_HEADS and t.i > 0 and doc[t.i - 1].lower_ in {"un", "une"}:
                continue  # "une unité de l'Armée nationale": a description, no body's name
            end = _name_end(t)
            named = _name_after(t)
            end = max(end, named)
            if longer.get(t.i, 0) > end and not any(x.text in {",", ";", "(", ")"} for x in doc[end : longer[t.i]]):
                end = longer[t.i]
            end = _before_grounds(doc, t.i, end)
            end = _of_the_united_nations(doc, end)
            if t.i > 0 and _ORDINAL.match(doc[t.i - 1].text) and t.lower_ in lexicon.UNIT_HEADS:
                yield Candidate(t.i - 1, end, "Organization", RULE, kind="unit")  # "le 3e bataillon"
                continue
            found = _body(doc, t.i, end)
            if found is not None and named > t.i + 1:
                found.attrs["other_names"] = [doc[t.i + 1 : named].text]  # "la coalition Wakit Tamma": "Wakit Tamma"
            if found is not None:
                if (
                    t.i > 0
                    and doc[t.i - 1].is_title
                    and doc[t.i - 1].lower_ in lexicon.RANKING
                    and doc[t.i - 1].head.i == t.i
                ):
                    found.start = t.i - 1  # "la Haute Cour militaire", "la Grande Chambre": the adjective leads
                yield found


# Nouns of groups written in lower case before the group's own name ("la coalition Wakit Tamma", "la milice
# Kamuina Nsapu").
_NAMED_AFTER = frozenset(lexicon.GROUP_HEADS) | {"milice", "milices"}
_DETERMINERS = frozenset("le la les l' du des au aux ce cet cette ces".split())


def _name_after(head: Token) -> int:
    """The end of the capitalised name a group's noun in lower case is followed by ("la coalition Wakit Tamma",
    "la milice Kamuina Nsapu"), whatever the tagger took it for; the head's own end if none."""
    end = head.i + 1
    if not head.is_lower or head.lower_ not in _NAMED_AFTER or head.i == 0:
        return end
    if head.doc[head.i - 1].lower_ not in _DETERMINERS:
        return end  # "l'ancien chef de milice Paul Mbeko": a person's description, no group's name
    doc = head.doc
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == head.i + 1:
        return end
    # "la milice Nduma Defence of Congo": a longer name the tagger read from there
    return max([end, *(e.end for e in doc.ents if e.start == head.i + 1 and e.label_ in {"ORG", "MISC"})])


def _person_shaped(doc: Doc) -> Iterator[Candidate]:
    """Two to four capitalised proper nouns in a row that the tagger left out ("Alieu Kosiah, ancien
    commandant"): a person, at the lowest priority (any other reading of the words wins). A given name the
    tagger took for a common noun counts before a surname the document names again alone ("Fulgence Niyonteze
    était bourgmestre ... Niyonteze s'y est rendu")."""
    again = Counter(t.text for t in doc if t.pos_ == "PROPN" and t.is_title and t.ent_type_ in {"", "MISC"})
    i = 0
    while i < len(doc):
        end = i
        if (
            doc[i].pos_ == "NOUN" and doc[i].is_title and doc[i].is_alpha and doc[i].lower_ not in STOP_WORDS
            and doc[i].lower_ not in lexicon.BODY_HEADS | lexicon.CASE_NOUNS | lexicon.RANK_WORDS
            and not doc[i].ent_type_ and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"
            and not doc[i + 1].ent_type_ and again[doc[i + 1].text] >= 2
        ):  # fmt: skip
            end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
            end += 1
        words = doc[i:end]
        if 2 <= len(words) <= 4 and not any(w.lower_ in lexicon.BODY_HEADS for w in words):
            yield Candidate(i, end, "Person", NER)
        i = max(end, i + 1)


def _persons(doc: Doc) -> Iterator[Candidate]:
    """The tagger's persons, with the rank written before them ("le lieutenant Aboubacar Sidiki Diakité")."""
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        start = ent.start
        if doc[start].lower_ in {"le", "la", "l'"}:
            start += 1
        if start + 1 < ent.end and doc[start].text in _ADDRESS:
            start += 1  # "M. Šešelj" is Šešelj
        attrs: dict[str, Any] = {}
        before = doc[start - 1].lower_ if start > 0 else ""
        head = doc[ent.end - 1].head
        placed = before in _AT or (doc[ent.end - 1].dep_ == "conj" and (head.ent_type_ == "LOC" or town(head.text)))
        if (placed and town(doc[start : ent.end].text)) or (ent.end - start == 1 and _of_a_place_noun(doc[start])):
            # "à Tshimbulu", "sur Bo et Kenema", "le camp de Pajule", "les cantons de Maungdaw, Buthidaung et
            # Rathedaung": places the tagger took for persons
            yield Candidate(start, ent.end, "Location", NER)
            continue
        if before in lexicon.RANK_WORDS:
            attrs["rank"] = before
        if start < ent.end and not (ent.end - start == 1 and doc[start].is_upper):  # "ULIMO": no one's name
            yield Candidate(start, ent.end, "Person", NER + 1, **attrs)


# Nouns of a place whose name follows "de": "le camp de Pajule", "les cantons de A, B et C", "la colline de X";
# and of the officials of one ("l'ancien préfet de Ruhengeri", "le bourgmestre de Mukingo").
_PLACE_NOUNS = frozenset(
    "camp camps canton cantons village villages commune communes secteur secteurs colline collines localité "
    "localités quartier quartiers cellule cellules district districts ville villes province provinces territoire "
    "préfet préfète sous-préfet bourgmestre maire gouverneur".split()
)


_IN_A_LIST = frozenset({",", "et", "de", "d'", "du", "des", "l'", "la", "le", "les"})


def _of_a_place_noun(t: Token) -> bool:
    """A single name after a noun of a place and "de", or listed with one so named ("les cantons de Maungdaw,
    Buthidaung et Rathedaung"); never a given name."""
    doc, j = t.doc, t.i - 1
    if t.lower_ in GIVEN_NAMES:
        return False
    # back over the list before it, as written ("de l'Heliodrom, de Dretelj et de Gabela"; the parse hangs its
    # names anywhere), to the noun it begins after
    while j > 0 and t.i - j < 15 and (doc[j].is_title or doc[j].lower_ in _IN_A_LIST) and doc[j].sent == t.sent:
        j -= 1
    return doc[j].lower_ in _PLACE_NOUNS and doc[j + 1].lower_ in {"de", "d'", "du", "des"}


# Words of address before a name, no part of it: "M. Šešelj", "Mme X", "Me Y" (a lawyer), "Mgr Z".
_ADDRESS = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr"})
# Prepositions of place before a town's name.
_AT = frozenset("à de d' dans vers depuis contre sur entre".split())
# Places whose article is part of their name ("La Haye", "Le Caire").
_ARTICLE_PLACES = frozenset("haye caire havane paz cap mecque havre".split())
# Words the tagger takes for a name alone, which name nothing in particular.
_GENERIC = frozenset("état états statut enquête accusation homme droits présidence défense".split())
# A people named by its members: "les Rwandais", "des Franco-Chiliens", "aux Congolais".
_DEMONYM = re.compile(r"[A-ZÉ][\w-]*(?:ais|aises|ois|oises|iens|iennes|ains|aines)$")


def _no_name(doc: Doc, start: int, end: int) -> bool:
    """A span the tagger took for a name that names no one and nothing: a head alone ("la Cour", "la
    Chambre"), a generic word ("l'État"), a people ("les Tutsi", "des Rwandais")."""
    text = doc[start:end].text
    if end - start == 1 and (doc[start].lower_ in lexicon.BODY_HEADS | _GENERIC):
        return True
    before = doc[start - 1].lower_ if start > 0 else ""
    return (
        people(text)
        or (end - start == 1 and before in {"les", "des", "aux", "ces"} and bool(_DEMONYM.match(text)))
        or (end - start == 1 and bool(_ONE_OF_A_PEOPLE.match(text)) and not _a_place(text))
    )


# One of a people, whatever comes before ("une Belge", "le premier Français", "les quatre Rwandais"), unless a
# place bears the name.
_ONE_OF_A_PEOPLE = re.compile(r"(?:[A-ZÉ][\w-]*(?:ais|aise|aises|ois|oise|oises|ien|ienne|iens|iennes)|Belges?)$")


def _a_place(name: str) -> bool:
    return name in places.countries_in("fr") or places.known(name)


def _ner(doc: Doc) -> Iterator[Candidate]:
    """The tagger's places and organisations (its persons: _persons; its MISC only where it names a court)."""
    for ent in doc.ents:
        start = ent.start + (doc[ent.start].lower_ in {"le", "la", "les", "l'"})
        end = _trimmed(ent)
        if start > ent.start and start < end and doc[start].lower_ in _ARTICLE_PLACES:
            start = ent.start  # "La Haye"
        if start >= end or _no_name(doc, start, end):
            continue
        first = doc[start].lower_
        words = {t.lower_ for t in doc[start:end]}
        if first in lexicon.CRIME_EVENT_NOUNS:
            continue  # "le massacre de Kibeho": a crime (_crimes), not a place
        if (
            ent.label_ == "LOC"
            and end - start == 1
            and _LOOSE_ACRONYM.fullmatch(doc[start].text)
            and not _a_place(doc[start].text)
        ):
            yield Candidate(start, end, "Organization", NER, kind="other")  # "les FAMa", "l'EINUB": a body's acronym
        elif ent.label_ == "LOC" and first not in lexicon.BODY_HEADS:
            yield Candidate(start, end, "Location", NER)
        elif ent.label_ in {"ORG", "MISC", "LOC"} and _is_mechanism(first, words) and end - start > 1:
            yield Candidate(start, end, "Mechanism", NER, kind=_mechanism_kind(ent.text))
        elif ent.label_ == "ORG" and town(doc[start:end].text):
            yield Candidate(start, end, "Location", NER)  # a town tagged an organisation
        elif ent.label_ == "ORG":
            end = _of_the_united_nations(doc, end)
            words = {t.lower_ for t in doc[start:end]}
            kind = "company" if words & lexicon.COMPANY_CUES else "other"
            yield Candidate(start, end, "Organization", NER, kind=kind)


_ARMED_GROUP = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, lexicon.ARMED_GROUPS), key=len, reverse=True)) + r")(?![\w-])"
)


_KNOWN_BODY = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(lexicon.KNOWN_BODIES))) + r")(?![\w-])")


def _armed_groups(doc: Doc) -> Iterator[Candidate]:
    """Armed groups known by a name of their own ("les Interahamwe", "des miliciens Interahamwe"), and bodies of
    states by a name of common words ("les Nations unies"), whatever the tagger took them for."""
    for pattern, kind in ((_ARMED_GROUP, "armed_group"), (_KNOWN_BODY, "other")):
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is None or (kind == "other" and span.start > 0 and doc[span.start - 1].lower_ in {"des", "de"}):
                continue  # "le Bureau conjoint des Nations unies ...": a longer name's last words
            yield Candidate(span.start, span.end, "Organization", RULE, kind=kind)


def _heading_courts(doc: Doc) -> Iterator[Candidate]:
    """A court named in capitals at a line's start, as a press release is headed ("COUR PÉNALE INTERNATIONALE -
    COMMUNIQUÉ DE PRESSE"): the line's words in capitals from the court's head, which the tagger cuts short."""
    for t in doc:
        if not (t.is_upper and t.lower_ in lexicon.MECHANISM_HEADS and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws)):
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].is_upper and "\n" not in doc[end - 1].whitespace_ and doc[end].text != "-":
            end += 1
        if end - t.i > 1:
            yield Candidate(t.i, end, "Mechanism", RULE, kind=_mechanism_kind(doc[t.i : end].text))


def _shouted(t: Token) -> bool:
    """A word in capitals among others, or a dateline ("COMMUNIQUÉ DE PRESSE", "CONAKRY, 31 juillet"): not
    an acronym."""
    doc = t.doc
    near = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc)]
    if any(n.is_upper and n.is_alpha and len(n) > 1 for n in near):
        return True
    return (t.i == 0 or "\n" in doc[t.i - 1].text) and t.i + 1 < len(doc) and doc[t.i + 1].text == ","


# Nouns of a country's subdivisions before a place's name, and the words between ("la province du Yatenga").
_SUBDIVISIONS = frozenset(
    "province préfecture région territoire cercle district commune collectivité département secteur chefferie".split()
)
_OF = frozenset({"de", "du", "des", "d'", "d\u2019"})


def _datelines(doc: Doc) -> Iterator[Candidate]:
    """A dateline's place, in capitals at a paragraph's start before a comma and a date ("ABIDJAN, 28 mars 2017 -",
    "LA HAYE, 12 juillet"): a place, whatever the tagger took it for."""
    for t in doc:
        if (
            not t.is_upper
            or not t.is_alpha
            or not (t.i == 0 or "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_)
        ):
            continue
        end = t.i + 1
        while end < len(doc) and doc[end].is_upper and (doc[end].is_alpha or doc[end].text in {"-", "'"}):
            end += 1
        after = doc[end + 1 : end + 4]
        if end < len(doc) and doc[end].text == "," and any(x.lower_ in lexicon.MONTHS for x in after):
            yield Candidate(t.i, end, "Location", RULE)


def _acronyms(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if _ACRONYM.match(t.text) and not _ROMAN.match(t.text) and not _shouted(t) and t.ent_type_ != "LOC":
            kind = _MECHANISM_ACRONYMS.get(t.text)
            if kind is not None:
                yield Candidate(t.i, t.i + 1, "Mechanism", PHRASE, kind=kind)
            else:
                yield Candidate(t.i, t.i + 1, "Organization", EVENT, kind="other")


def _titled_affair(doc: Doc, start: int, end: int) -> bool:
    """ "l'affaire Le Procureur c. X": an affair named by its title."""
    return (
        end - start > 2
        and doc[start].lower_ in {"l'", "l\N{RIGHT SINGLE QUOTATION MARK}"}
        and doc[start + 1].lower_ == "affaire"
        and " c. " in doc[start + 2 : end].text
    )


def _cases(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """A trial or an affair named after a person or an event ("le procès de Kunti Kamara", "l'affaire
    Ministère public contre Hissène Habré")."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    for t in doc:
        if t.lower_ not in lexicon.CASE_NOUNS or t.pos_ != "NOUN":
            continue
        end = _name_end(t, dates=True)
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and (doc[end - 1].pos_ == "PROPN" or end == t.i + 1)
        ):
            end += 1  # "l'affaire Alieu Kosiah": the parser may cut the name it ends with
        named = [by_token[i] for i in range(t.i + 1, end) if i in by_token]
        if any(c.label in {"Person", "Organization"} for c in named) or any(
            doc[i].lower_ in lexicon.CRIME_EVENT_NOUNS for i in range(t.i + 1, end)
        ):
            yield Candidate(t.i, end, "Case", RULE + 1)


def _crimes(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Crimes as events: a crime noun with what makes it one event, as its name:
    - a place, a date, a name or the people it was done to, in a "de" complement ("le massacre du stade du
      28 septembre 2009", "les viols de jeunes filles");
    - the participle that says it was done, with its complements ("les actes de torture infligés au cours
      des interrogatoires", "les crimes commis au Burundi depuis avril 2015").
    A place written with "à", "en" or "dans" on the noun is where it happened, not its name ("le massacre
    du stade à Conakry")."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    ranges = {(c.start, c.end) for c in chosen}
    for t in doc:
        if t.lower_ not in lexicon.CRIME_EVENT_NOUNS or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        after = doc[t.i + 1 : t.i + 3].text.lower()
        if after != lexicon.CRIME_ONLY_BEFORE.get(t.lower_, after) or after == lexicon.CRIME_NEVER_BEFORE.get(t.lower_):
            continue
        if (owner := by_token.get(t.i)) is not None and owner.label not in {"CrimeType", "LIABILITY"}:
            continue
        # A crime type's phrase is the noun ("les actes de torture et de barbarie infligés à des civils"): the
        # parser hangs what follows on its last word as often as on its first.
        phrase = range(t.i, owner.end) if owner is not None and owner.start == t.i else range(t.i, t.i + 1)
        keep = set(phrase)
        places: list[Candidate] = []
        by: list[Candidate] = []
        anchored = False
        for c in (c for w in phrase for c in doc[w].children):
            if c.i < phrase.stop:
                continue
            sub = [x.i for x in _clause_free(c)]
            found = {id(f): f for i in sub if (f := by_token.get(i)) is not None}.values()
            agents = _agents(doc, sub, by_token, c.dep_ == "acl:relcl")
            by += agents
            here = [f for f in found if f.label == "Location" and f not in agents]
            if c.dep_ == "amod":
                keep.update(sub)
            elif c.dep_ == "nmod":
                if any(f.label == "Mechanism" for f in found):
                    continue  # "le pôle crimes contre l'humanité du tribunal de Paris": no court's crime
                if (when := by_token.get(c.i)) is not None and when.label == "DATE":
                    anchored = True  # "les tueries de Yopougon du 12 avril 2011": when, not a part of the name
                    continue
                case = next((x.lower_ for x in c.children if x.dep_ == "case"), "")
                first = by_token.get(c.i)
                if (
                    case in {"à", "dans"}
                    and first is not None
                    and first.label == "Person"
                    and first.end - first.start == 1
                ):
                    first.label, first.attrs = "Location", {}  # "les passages à tabac de détenus à Abena": a place
                    here = [*here, first]
                if case in {"de", "du", "d'"} and c.is_title and (first is None or first.label == "Location"):
                    # "les massacres de Koundjili et de Lemouna": each place coordinated with the first (a name
                    # the tagger took for a body's is a place here too)
                    for conj in (x for x in c.conjuncts if x.i > c.i and x.is_title):
                        other = by_token.get(conj.i)
                        if other is None:
                            other = Candidate(conj.i, conj.i + 1, "Location", EVENT)
                            yield other
                            by_token[conj.i] = other
                        elif (
                            other.label == "Organization"
                            and other.end - other.start == 1
                            and (other.attrs.get("kind") in {None, "other"})
                        ):
                            other.label, other.attrs = "Location", {}
                        if other.label == "Location":
                            here = [*here, other]
                            sub = sorted({*sub, *range(c.i, other.end)})
                if case in lexicon.PLACE_PREPOSITIONS and here and by_token.get(c.i) in here:
                    places += here
                    anchored = True
                    continue
                if not found and case in {"de", "du", "d'", "à"} and c.pos_ == "PROPN" and c.is_title:
                    place = Candidate(c.i, c.i + 1, "Location", EVENT)  # "le massacre de Kibeho": its place
                    yield place
                    by_token[c.i] = place
                    here = [place]
                if (
                    here
                    or any(f.label in {"DATE", "Organization"} for f in found)
                    or any(
                        doc[i].pos_ == "PROPN" or doc[i].like_num or doc[i].lemma_.lower() in lexicon.VICTIM_NOUNS
                        for i in sub
                    )
                ):
                    anchored = True
                    places += here
                keep.update(sub)
            elif c.dep_ == "acl" and c.lemma_.lower() in lexicon.DONE_VERBS:
                keep.update(sub)
                places += here
                anchored = True
        end = t.i + 1
        while end in keep:
            end += 1
        if (t.i, end) in ranges or any("\n" in doc[i].text for i in range(t.i, end)):
            continue  # a crime type, named so (one span, one set of attributes); a parse across paragraphs
        if anchored and end - t.i > 1:
            spans = sorted({(p.start, p.end) for p in places})
            doers = sorted({(a.start, a.end) for a in by})
            yield Candidate(t.i, end, "Crime", EVENT, places=spans, by=doers)


# Nouns of "par" that name no doer: "par l'intermédiaire de", "par le biais de", "par voie de", "par rapport à".
_NOT_AGENTS = frozenset("intermédiaire biais voie rapport suite crainte peur ordre manque défaut".split())


def _agents(doc: Doc, sub: list[int], by_token: dict[int, Candidate], relative: bool) -> list[Candidate]:
    """Who did a crime, named after "par" in its phrase ("les bombardements de Kisangani par l'UPDF et
    l'APR", "exécutions perpétrées à Moura par les FAMa", the parser hanging "par" anywhere in it): a force or a
    person, never its place. A name there the tagger took for a place is a force's (a country stays one)."""
    heads = [
        doc[i] for i in sub
        if any(c.dep_ == "case" and c.lower_ == "par" for c in doc[i].children)
        and doc[i].lemma_.lower() not in _NOT_AGENTS  # "par l'intermédiaire de sa filiale, X": through X
        and (not relative or doc[i].dep_ == "obl:agent")  # a relative clause says its doer as a passive's agent
    ]  # fmt: skip
    found: list[Candidate] = []
    for x in (x for h in heads for x in (h, *h.conjuncts)):  # "par l'UPDF et l'APR": both
        c = by_token.get(x.i)
        if c is None and x.lower_ in lexicon.MEMBER_NOUNS:  # "par des soldats du Bataillon Alpha": the battalion
            c = next((by_token.get(y.i) for y in x.children if y.dep_ == "nmod" and _of(y)), None)
        if c is None or c in found or c.label not in {"Location", "Organization", "Person"}:
            continue
        if c.label == "Location" and (places.place(doc[c.start : c.end].text) or town(doc[c.start : c.end].text)):
            continue
        if c.label == "Location":
            c.label, c.attrs = "Organization", {"kind": "other"}
        found.append(c)
    return found


def _of(t: Token) -> bool:
    """A "de" complement: "du Bataillon Alpha", "de la Garde républicaine", "des FARDC"."""
    return any(c.dep_ == "case" and c.lower_ in {"de", "du", "des", "d'"} for c in t.children)


def _clause_free(t: Token) -> list[Token]:
    """The words of `t`'s phrase up to a comma, a bracket or a clause of its own."""
    out = [t]
    for c in t.children:
        if c.text in {",", "(", ")", ";", ":"} or c.dep_ in {"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc"}:
            continue
        out += _clause_free(c)
    return sorted(out, key=lambda x: x.i)


class FrenchEntityRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.notations: dict[int, tuple[str, str]] = {}
        self.common = common_phrases()
        for label, scheme in (("CrimeType", "crime_types"), ("LIABILITY", "modes_of_liability")):
            by_notation: dict[str, list[str]] = {}
            for phrase, notation in concept_phrases(scheme).items():
                by_notation.setdefault(notation, []).append(phrase)
            for notation, phrases in by_notation.items():
                key = f"FR_{label}_{notation}"
                self.notations[nlp.vocab.strings.add(key)] = (label, notation)
                self.matcher.add(key, list(nlp.tokenizer.pipe(phrases)))  # type: ignore[union-attr]

    def __call__(self, doc: Doc) -> Doc:
        candidates = [
            *_dates(doc), *_phrases(doc, self.matcher, self.notations), *_bodies(doc), *_persons(doc),
            *_ner(doc), *_acronyms(doc), *_person_shaped(doc), *_heading_courts(doc), *_armed_groups(doc),
            *_datelines(doc), *balkan_surnames(doc),
        ]  # fmt: skip
        chosen = _select(doc, candidates)
        chosen = _select(doc, [*chosen, *_listed_types(doc, chosen, self.common)])
        chosen = _poles(doc, chosen)
        judged_persons(doc, chosen)
        chosen = named_in_a_place(doc, chosen)
        acronym_aliases(doc, chosen, _ACRONYM)
        chosen = _select(doc, [*chosen, *_cases(doc, chosen), *case_names(doc, doc.text)])
        for c in chosen:  # "l'affaire Le Procureur c. X": the case's name is its title
            if c.label == "Case" and _titled_affair(doc, c.start, c.end):
                c.start += 2
        found = list(_crimes(doc, chosen))
        crimes = _select(doc, [c for c in found if c.label == "Crime"])
        for c in crimes:  # "le meurtre de X, une Belge, de son mari Y", "les bombardements de Kisangani"
            if names := [*longer_names(doc, c.start, c.end, "fr"), *shorter_names(doc, c.start, c.end, "fr")]:
                c.attrs["other_names"] = names
        chosen = _select(doc, [*chosen, *(c for c in found if c.label != "Crime")])  # their places
        parties = case_parties(doc, chosen)  # "Le Procureur c. A et B": persons
        # "Jean Kambanda ... Kambanda a plaidé coupable": a surname alone, which the tagger leaves out
        taken = {i for c in [*chosen, *crimes] for i in range(c.start, c.end)}
        chosen = _select(doc, [*chosen, *recurring_surnames(doc, [*chosen, *parties], taken)])
        surnames_retyped(doc, [*chosen, *parties], _AT)
        subdivision_aliases(doc, chosen, _SUBDIVISIONS, _OF)  # "province du Yatenga", "territoire de Kabare"
        write_spans(doc, [*chosen, *crimes, *parties])
        return doc


@Language.factory(
    "acg_entities_fr",
    requires=["token.pos", "token.dep", "token.lemma", "token.ent_type", "token.is_sent_start"],
    assigns=["doc.spans", "span._.acg"],
)
def make_french_entity_recognizer(nlp: Language, name: str) -> FrenchEntityRecognizer:
    return FrenchEntityRecognizer(nlp, name)
