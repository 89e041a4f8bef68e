"""Names the tagger cut or mistyped, read again from the words around them (issue 22): a town it took for an
organisation, a nationality or nothing (GeoNames' towns, nlp/places.py), a given name or a surname it left out
of a person's name, a name an apposition describes as a person's, a place named after a noun of its dwellers.
nlp.entities proposes what these find beside the tagger's own entities; the more specific rule wins there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from nlp import lexicon, places
from nlp.candidates import EVENT, NER, QUOTES, RULE, SHAPE, Candidate
from nlp.names import not_a_name, person_shaped

# Words a town may be named but that say what an organisation is or who a person is ("Mission", "Police",
# "Officer", "Carmen"): a name of one such word is left to the tagger.
NOT_TOWNS = frozenset(
    w.lower()
    for words in (lexicon.UNIT_HEADS, lexicon.FORMATION_HEADS, lexicon.INSTITUTION_HEADS, lexicon.MECHANISM_HEADS,
                  lexicon.TITLE_WORDS, lexicon.SITE_NOUNS, lexicon.PLACE_NOUNS, lexicon.PEOPLES, lexicon.GIVEN_NAMES)
    for w in words
)  # fmt: skip


def town(name: str) -> bool:
    """A town's name the tagger took for an organisation ("N'Djamena", "Santiago de Chile")."""
    return places.city(name) and (" " in name or name.lower() not in NOT_TOWNS)


def towns(doc: Doc) -> Iterator[Candidate]:
    """A town the tagger left untagged, named after a word of place ("moved from Gulu to Entebbe")."""
    for t in doc:
        if t.lower_ not in lexicon.PLACE_WORDS or t.lower_ == "of" or t.i + 1 >= len(doc):
            continue
        for end in range(min(t.i + 4, len(doc)), t.i + 1, -1):
            span = doc[t.i + 1 : end]
            if all(w.pos_ == "PROPN" and not w.ent_type_ for w in span) and town(span.text):
                yield Candidate(t.i + 1, end, "Location", NER)
                break


_MONTHS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec".split()
)


def datelines(doc: Doc) -> Iterator[Candidate]:
    """A dateline's place at a line's start, before a comma and a date ("Arusha, 14 December 2015", "NEW DELHI,
    Oct 31, 2018 -"): a place, whatever the tagger took it for."""
    for t in doc:
        if not (t.i == 0 or "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_):
            continue
        end = t.i
        while end < len(doc) and end - t.i < 3 and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
            end += 1
        after = doc[end + 1 : end + 3]
        if end == t.i or end >= len(doc) or doc[end].text != "," or not any(x.text in _MONTHS for x in after):
            continue
        name = doc[t.i : end].text
        if name.isupper() or town(name) or places.place(name):  # not "Amnesty International, 27 June 2018"
            yield Candidate(t.i, end, "Location", RULE)


def given_names(doc: Doc, start: int, end: int) -> int:
    """Where a person's name begins when the tagger left its first words out ("Dirk Coetzee commanded",
    tagged "Coetzee"): capitalised proper nouns of no other entity, compounds of the name, none a rank, a
    title or a word of organisations."""
    while start > 0:
        w = doc[start - 1]
        if not (w.pos_ == "PROPN" and w.dep_ == "compound" and start <= w.head.i < end and w.is_title):
            break
        listed = w.i > 0 and doc[w.i - 1].text == "," and w.ent_iob_ == "I"  # "Hernán Chacón, Raúl": a list
        # a given name the tagger took for a people's ("Sergio" NORP before "Arredondo González"), no demonym
        people = w.ent_type_ == "NORP" and w.ent_iob_ == "B" and not places.demonym(w.text) and (
            w.i + 1 < len(doc) and doc[w.i + 1].ent_iob_ != "I")  # fmt: skip
        if (w.ent_type_ and not listed and not people) or {w.text, w.text.removesuffix("s")} & (
            lexicon.PERSON_TITLES | lexicon.HONORIFICS
        ):
            break  # "Judges Cuno Tarfusser", "Sister Maria Kisito"
        if lexicon.canonical_rank(w.text) or not_a_name(w.text):
            break
        if w.text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.TITLE_WORDS:
            break
        start -= 1
    return start


def _rank_or_title(word: str) -> bool:
    """A rank, a title or a word of address: no word of a person's name."""
    return (
        bool(lexicon.canonical_rank(word)) or word in lexicon.TITLE_WORDS | lexicon.PERSON_TITLES | lexicon.HONORIFICS
    )


def surnames(doc: Doc, end: int) -> int:
    """Where a person's name ends when the tagger cut its last words off ("General Rafael Flores Lima",
    tagged "Rafael", then "Lima" a place): the capitalised proper nouns the name's last word is a compound
    of, none of a word of units or organisations."""
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        w = doc[end]
        if not (w.pos_ == "PROPN" and w.is_title) or w.ent_type_ in {"DATE", "NORP"}:
            break
        if w.text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS | lexicon.AGENCY_HEADS | lexicon.INSTITUTION_HEADS:
            break
        if _rank_or_title(w.text):
            break  # "Rear Admiral X Commander Fleet Support Group": a title follows the name
        if w.ent_type_ and w.i + 1 < len(doc) and doc[w.i + 1].ent_iob_ == "I":
            break  # another entity of several words begins
        end += 1
    return _after_particles(doc, end)


# The small words inside Spanish and Portuguese surnames: "Rito Alejo del Río Rojas", "José de la Cruz".
_PARTICLES = frozenset("de del la las los da do dos das".split())


def _after_particles(doc: Doc, end: int) -> int:
    """Where a name ends that goes on past a particle to a person's name the tagger read apart ("Rito Alejo" "del"
    "Río Rojas"; "Juan Carlos de la" "Cruz Pérez"): the end of that name."""
    j = end
    while j < len(doc) and j - end < 2 and doc[j].lower_ in _PARTICLES:
        j += 1
    if not (j > end or (end > 0 and doc[end - 1].lower_ in _PARTICLES)):
        return end
    if j >= len(doc) or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
        return end
    j += 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    return j


# Nouns of those who live in a place, named after "of": "the population of Tigray", "the inhabitants of X".
_DWELLERS = frozenset("population populations inhabitants residents people citizens villagers".split())


# Officials of a place, named after "of": "the vice mayor of Buluan".
_OFFICIALS_OF_PLACES = frozenset("mayor prefect burgomaster bourgmestre".split())


def of_a_place(t: Token) -> bool:
    """A single name after "of" that a noun of a place, of its dwellers or of its mayor governs ("the population
    of Tigray", "the district of Kailahun", "the vice mayor of Buluan"), or after "such as" that a noun of places
    governs ("in towns such as Humera, Rawyan and Adebai", the names listed with the first too): a place, whoever
    the tagger took it for."""
    while t.dep_ == "conj" and t.head.pos_ == "PROPN":
        t = t.head
    of = t.head
    if t.dep_ != "pobj":
        return False
    if of.lower_ == "as" and of.head.lower_ == "such":  # "towns such as": "such" above "as", or beside it
        return of.head.head.lower_ in lexicon.PLACE_NOUNS
    if of.lower_ == "as" and any(c.lower_ == "such" for c in of.children):
        return of.head.lower_ in lexicon.PLACE_NOUNS
    return of.lower_ == "of" and of.head.lower_ in _DWELLERS | lexicon.PLACE_NOUNS | _OFFICIALS_OF_PLACES


# Prepositions after which a name says where: "deployed in Aden and Lahij", "in and around Debre Marcos".
_WHERE = frozenset("in at near into around inside outside".split())


def placed(span: Span, listed: bool = False) -> bool:
    """A name said to be where something is or happens, whoever the tagger took it for: after "in", "at" or
    "near", itself or the first of the names it is listed with ("in Aden and Lahij"), or naming a noun of
    a place ("deployed to Maungdaw township", "the Vitez, Busovača and Kiseljak municipalities"). `listed`:
    only when listed with a place the tagger knew, or naming a noun of a place (an organisation is named
    after "in" too: "worked in Interpol")."""
    t = span.root
    first = t
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < span.start:
        first = first.head
    if first.dep_ in {"compound", "nmod"} and first.head.lower_ in lexicon.PLACE_NOUNS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in _WHERE and not any(c.dep_ == "pobj" for c in before.children):
        return not listed  # "the market in Kaga Bandoro was burned": the parse left "in" with no object
    if listed and not (first is not t and first.ent_type_ in {"GPE", "LOC"}):
        return False
    return first.dep_ == "pobj" and first.head.lower_ in _WHERE


# What the tagger may call a name a description says is a person's: nothing, a building, a place, a product.
_NOT_A_PERSON = frozenset({"", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"})


def described_persons(doc: Doc) -> Iterator[Candidate]:
    """A name the tagger left untagged that an apposition describes as a person ("Gibril Massaquoi, a former
    officer of the RUF, was acquitted"), or that is the apposition of a person's noun ("the prosecutor, Gabriel
    M'Boudou, brought charges"): capitalised proper nouns of a person's shape."""
    for t in doc:
        apposed = t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in lexicon.PERSON_NOUNS
        described = apposed or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon.PERSON_NOUNS for c in t.children
        )
        if t.pos_ != "PROPN" or not described or (t.ent_type_ not in _NOT_A_PERSON and not apposed):
            continue  # the tagger's organisation only as the apposition of a person's noun
        start = t.i  # the name's words before it, each a compound of the next ("Pierre-Alain M'Bemba")
        while start > 0 and (_hyphen_inside(doc, start - 1) or (
            (w := doc[start - 1]).dep_ == "compound" and w.pos_ == "PROPN" and w.ent_type_ == t.ent_type_
            and start <= w.head.i <= t.i
        )):  # fmt: skip
            start -= 1
        span = doc[start : t.i + 1]
        if t.ent_type_ == "ORG" and not _given_first(doc, start):
            continue  # "the group's spokesman, Radio Okapi": the tagger's organisation, unless a given name begins it
        if apposed and start and doc[start - 1].text in QUOTES:
            continue  # 'the rebel commander "Jungle Jabbah"': a nom de guerre, whose bearer the text names apart
        if all(w.is_title or w.text == "-" for w in span) and person_shaped(span.text) and not places.place(span.text):
            # a name the tagger took for a building or a place, described as a person ("Vadim Kovrin, the
            # Russian sergeant who ..."): the description decides, above the tagger
            yield Candidate(start, t.i + 1, "Person", NER if not t.ent_type_ else EVENT)


# Nouns of a settlement or an area an apposition may describe a name by ("Surra, a village east of Zalingei").
_PLACE_DESCRIPTIONS = frozenset(
    "village town city hamlet locality township district municipality commune province region neighbourhood "
    "neighborhood suburb".split()
)


def described_places(doc: Doc) -> Iterator[Candidate]:
    """A name an apposition describes as a settlement or an area ("Surra, a village east of Zalingei", "Kocho, a
    Yazidi village"): a place, whatever the tagger took it for."""
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ in {"GPE", "LOC", "PERSON"}:
            continue
        described = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if not any(
            c.lemma_.lower() in _PLACE_DESCRIPTIONS and any(d.lower_ in {"a", "an"} for d in c.children)
            for c in described
        ):
            continue
        start = min([t.i, *(x.i for x in t.lefts if x.dep_ == "compound" and x.pos_ == "PROPN")])
        span = doc[start : t.i + 1]
        if all(w.is_title for w in span):
            yield Candidate(start, t.i + 1, "Location", EVENT)


# Verbs whose object is a person judged: never a place, whatever the tagger said (English, French).
_JUDGED_BY = frozenset("convict acquit sentence indict condamner acquitter inculper".split())


def gapped_parties(verb: Token) -> list[Token]:
    """ "sentenced A to 20 years, B to 15 years, and C and D to 12 years each": the names after the first, each
    pair of them or each one before its own "to" (the parser hangs them anywhere), by their last words."""
    if verb.lemma_.lower() != "sentence":
        return []
    sent, out = verb.sent, []

    def next_pair(after: int) -> int | None:
        """Where the next pair begins: after a comma, or at an "and" a name follows ("B to 40 years and C to 25
        years")."""
        return next((t.i + 1 if t.text == "," else t.i for t in sent if t.i > after and (t.text == "," or (
            t.lower_ == "and" and t.i + 1 < sent.end and verb.doc[t.i + 1].pos_ == "PROPN"))), None)  # fmt: skip

    at = next_pair(verb.i)
    while at is not None and at < sent.end:
        i = at + (verb.doc[at].lower_ == "and")
        names: list[Token] = []
        while i < sent.end and verb.doc[i].pos_ == "PROPN":
            while i + 1 < sent.end and verb.doc[i + 1].pos_ == "PROPN":
                i += 1
            names.append(verb.doc[i])
            i += 1
            if i + 1 < sent.end and verb.doc[i].lower_ == "and" and verb.doc[i + 1].pos_ == "PROPN":
                i += 1
        if not names or i >= sent.end or verb.doc[i].lower_ != "to":
            break
        out += names
        at = next_pair(i)
    return out


_TERMS = frozenset("year years month months sentence sentences term terms imprisonment".split())


def _received_a_sentence(verb: Token) -> bool:
    """ "A and B each received 20 years", "received life sentences": a penalty received is a verdict."""
    return verb.lemma_.lower() == "receive" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TERMS for c in verb.children
    )


def judged_persons(doc: Doc, chosen: list[Candidate]) -> None:
    """Names the tagger took for places or organisations of no known kind that a verdict judges ("the High
    Court convicted Coetzee, Nofomela and Tshikalanga of murder", each tagged a place), retyped persons: one
    word or a person's shape, none a known country, province, town or people."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    for t in doc:
        if t.pos_ != "VERB" or (t.lemma_.lower() not in _JUDGED_BY and not _received_a_sentence(t)):
            continue
        objects = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass", "obj", "nsubj:pass"}]
        if t.lemma_.lower() == "receive":
            objects = [c for c in t.children if c.dep_ == "nsubj"]  # "A and B each received 20 years"
        gapped = gapped_parties(t)
        for o in [*objects, *(x for y in objects for x in y.conjuncts), *gapped]:
            c = by_token.get(o.i)
            if c is None and o.pos_ == "PROPN":  # untagged: "Traore to 12 years", "X, known as Y, was sentenced"
                start = o.i  # the name's words before it: "Issa Sallet Adoum", each the next one's compound
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                    start -= 1
                span = doc[start : o.i + 1]
                shaped = o in gapped or (all(w.is_title for w in span) and person_shaped(span.text)
                                         and not places.place(span.text))  # fmt: skip
                if shaped and not any(i in by_token for i in range(start, o.i)):
                    chosen.append(Candidate(start, o.i + 1, "Person", EVENT))
                continue
            if c is None or c.priority != NER or c.label not in {"Location", "Organization"}:
                continue
            name = doc[c.start : c.end].text
            if c.attrs.get("kind") not in {None, "other"} or places.known(name):
                continue
            if o.pos_ == "PROPN" and (c.end - c.start == 1 or person_shaped(name)):
                c.label, c.attrs = "Person", {}


# A body of inquiry that a United Nations report names in lower case ("the commission of inquiry on human
# rights in Eritrea", "the independent international fact-finding mission on the Bolivarian Republic of
# Venezuela"): a definite article, the body's words, and what it is on.
_INQUIRY_IN_LOWER_CASE = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:(?:independent|international|special|joint)\s+)*"
    r"(?:commission\s+of\s+inquiry|fact[\s-]+finding\s+mission|commission\s+of\s+experts|group\s+of\s+experts|"
    r"panel\s+of\s+experts)\s+(?:on|into|for)\s+)"
)


def inquiries_in_lower_case(doc: Doc) -> Iterator[Candidate]:
    """The bodies of inquiry written in lower case, up to the end of what they are on (the phrase after "on",
    to a comma or a clause), when that names a place or a subject with a capital ("in Eritrea")."""
    for m in _INQUIRY_IN_LOWER_CASE.finditer(doc.text):
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        prep = doc[span.end - 1]
        end = max([prep.i + 1, *(x.i + 1 for x in prep.subtree if x.i > prep.i)])
        cut = next((x.i for x in doc[prep.i + 1 : end] if x.is_punct or x.dep_ in {"relcl", "acl"}), end)
        if cut > prep.i + 1 and any(x.is_title or x.is_upper for x in doc[prep.i + 1 : cut]):
            yield Candidate(span.start, cut, "Mechanism", RULE, kind="fact_finding")  # before "the commission"


# A United Nations mandate named by its title and its subject in lower case: "the Special Rapporteur on
# extrajudicial, summary or arbitrary executions", "the Independent Expert on the situation of human rights in
# Mali", "the Working Group on Enforced or Involuntary Disappearances".
_MANDATE = re.compile(
    r"\b(?P<name>(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|Special\s+Representative(?:\s+of\s+the"
    r"\s+Secretary-General)?)\s+(?:on|for)\s)"
)


def mandates(doc: Doc) -> Iterator[Candidate]:
    """A UN mandate, up to the end of what it is on: the phrase after "on", to a clause, a verb or a comma
    before a name ("..., Agnès Callamard, conducted"); the commas of a list of words in lower case are its own
    ("extrajudicial, summary or arbitrary executions")."""
    for m in _MANDATE.finditer(doc.text):
        span = doc.char_span(m.start("name"), m.end("name") - 1, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        prep = doc[span.end - 1]
        end = max([prep.i + 1, *(x.i + 1 for x in prep.subtree if x.i > prep.i)])
        cut = next(
            (x.i for x in doc[prep.i + 1 : end]
             if (x.is_punct and x.text != ",") or x.pos_ in {"VERB", "AUX"} or x.dep_ in {"relcl", "acl", "appos"}
             or (x.text == "," and x.i + 1 < len(doc) and not doc[x.i + 1].is_lower)),
            end,
        )  # fmt: skip
        while cut > prep.i + 1 and doc[cut - 1].text in {",", "and", "or"}:
            cut -= 1
        if cut > prep.i + 1:
            yield Candidate(span.start, cut, "Mechanism", RULE, kind="un_mechanism")


def coordinated_persons(doc: Doc) -> Iterator[Candidate]:
    """A name the tagger left untagged, or took for an organisation's, coordinated with a person's ("convicted
    Saleh Younous and Mahamat Djibrine", only the second tagged; "Alfred Yekatom and Patrice-Edouard Ngaïssona",
    the second tagged an organisation): a person's too, when it has a person's shape and names no place; an
    organisation's name the tagger read must be the name so read, whole."""

    def run(start: int, step: int) -> tuple[int, int] | None:
        i, found = start, list[int]()
        while 0 <= i < len(doc) and len(found) < 6:
            w = doc[i]
            if _hyphen_inside(doc, i) and found:
                i += step
                continue
            if not (w.pos_ == "PROPN" and w.is_title and w.ent_type_ in {"", "ORG"}):
                break
            if _rank_or_title(w.text):
                break  # "Lieutenant Commander Masud Rana and X": the rank is no part of the name
            found.append(i)
            i += step
        if len(found) < 2:
            return None
        lo, hi = min(found), max(found) + 1
        name = doc[lo:hi].text
        tagged = {(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and lo <= e.start < hi}
        if tagged and (tagged != {(lo, hi)} or not _given_first(doc, lo)):
            return None  # a body's name the tagger read so ("Radio Rwanda"), unless it begins with a given name
        return (lo, hi) if person_shaped(name) and not places.known(name) else None

    for ent in (e for e in doc.ents if e.label_ == "PERSON"):
        for found in (
            run(ent.start - 2, -1) if ent.start >= 2 and doc[ent.start - 1].lower_ == "and" else None,
            run(ent.end + 1, 1) if ent.end + 2 < len(doc) and doc[ent.end].lower_ == "and" else None,
        ):
            if found is not None:  # over the tagger's organisation, where it had read one
                yield Candidate(*found, "Person", SHAPE if doc[found[0]].ent_type_ == "ORG" else NER)


# A name of Persian or Urdu words joined by the ezafe ("Hizb-i Islami", "KhAD-e-Nezami", "Lashkar-e-Taiba",
# "Harakat-ul-Mujahideen"), which the tagger cuts at its hyphens: a party's, a group's or a service's name.
_EZAFE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+(?:-(?:e|i|ul|ol)(?:-|\s)[A-Z][a-z]+)+(?![\w-])")


def ezafe_names(doc: Doc) -> Iterator[Candidate]:
    """The names joined by an ezafe, each one name of a body, whatever the tagger read of its words; and a word of
    one of them alone, where it is of that name only ("Wahdat" after "Hizb-i Wahdat", "Ittihad" after
    "Ittihad-i Islami"; not "Hizb" after "Hizb-i Islami" and "Hizb-i Wahdat"), that body named short."""
    inside: set[int] = set()
    named: dict[str, set[str]] = {}  # a word of the names -> the names it is a word of
    for m in _EZAFE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not places.known(m.group()):
            inside.update(range(span.start, span.end))
            for word in re.split(r"[-\s]+", m.group())[::2]:  # the words, not their links
                named.setdefault(word, set()).add(m.group())
            yield Candidate(span.start, span.end, "Organization", RULE, kind="other")
    for t in doc if named else ():
        names = named.get(t.text, set())
        alone = not (t.i + 1 < len(doc) and (doc[t.i + 1].text == "-" or doc[t.i + 1].is_title)) and not (
            t.i and doc[t.i - 1].is_title and not t.is_sent_start and not doc[t.i - 1].is_sent_start
        )  # not a word of another name: "Islami Chhatra Sangha" after "Jamaat-e-Islami"
        if len(names) == 1 and t.i not in inside and alone:
            [name] = names
            yield Candidate(t.i, t.i + 1, "Organization", RULE, kind="other", name=name, alias=t.text)


def given_named(doc: Doc) -> Iterator[Candidate]:
    """A name the tagger left untagged that begins with a given name of the field ("the Ittihad-i Islami of Abdul
    Rasul Sayyaf"): two to four capitalised words, none a rank, a title or a word of bodies, of a person's shape
    and no place's."""
    for t in doc:
        if t.lower_ not in lexicon.GIVEN_NAMES or not t.is_title or t.ent_type_ or (t.i and doc[t.i - 1].is_title):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i < 4 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
            if _rank_or_title(doc[end].text) or doc[end].text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS:
                break
            if doc[end].is_sent_start:
                break  # not across the parser's sentences, whose relations the name's words would leave
            end += 1
        name = doc[t.i : end].text
        if end - t.i > 1 and person_shaped(name) and not places.known(name):
            yield Candidate(t.i, end, "Person", NER)


def ranked_in_plural(doc: Doc) -> Iterator[Candidate]:
    """The names listed after a rank in the plural ("captains Sunil Adhikari and Amit Pun", "Generals A, B and
    C"), each a person's of that rank, whatever the tagger read: two names or more, each of a person's shape and
    no place's."""
    for t in doc:
        if t.text[-1:] != "s" or not t.is_alpha:
            continue
        rank = lexicon.canonical_rank(t.text.removesuffix("s"))
        if not rank or lexicon.canonical_rank(t.text):
            continue
        names, i = list[tuple[int, int]](), t.i + 1
        while i < len(doc) and len(names) < 6:
            end = i
            while end < len(doc) and end - i < 4 and doc[end].is_title and doc[end].is_alpha and not (
                _rank_or_title(doc[end].text) or doc[end].text in lexicon.UNIT_HEADS | lexicon.MECHANISM_HEADS
            ):  # fmt: skip
                end += 1
            name = doc[i:end].text
            if end == i or not person_shaped(name) or places.known(name):
                break
            names.append((i, end))
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "and":
                end += 1  # "A, B, and C"
            if end >= len(doc) or doc[end].text not in {",", "and"}:
                break
            i = end + 1
        if len(names) > 1:
            for start, end in names:
                yield Candidate(start, end, "Person", NER + 1, rank=rank)


def _hyphen_inside(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen inside a name, with no space on either side: "Patrice-Edouard"."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _given_first(doc: Doc, i: int) -> bool:
    """A given name begins the name, or a given name of two joined by a hyphen ("Patrice-Edouard")."""
    return doc[i].lower_ in lexicon.GIVEN_NAMES or (
        _hyphen_inside(doc, i + 1) and doc[i + 2].is_title and doc[i].is_alpha and doc[i + 2].is_alpha
    )


# The nouns of those who serve in a body: whatever is named after "a member of" is a body, not a place.
_SERVE_IN = frozenset("member members commander commanders leader leaders fighter fighters officer officers".split())
_LEAD_VERBS = frozenset("lead command head direct".split())
# Nouns that announce a body's name after them, and the kind of body they say.
_BODY_NOUNS = {"unit": "unit", "squad": "unit", "battalion": "unit", "brigade": "unit", "detachment": "unit",
               "commando": "unit", "militia": "armed_group", "group": "other"}  # fmt: skip
# ...and nouns that describe one in apposition after its name ("Las Abejas, a pacifist Catholic organization"); not
# "party" (a person is a party to a case), nor "movement" (it made wrong links in a document we left unread).
_DESCRIBED_BODIES = {**_BODY_NOUNS, "organization": "other", "organisation": "other",
                     "association": "other", "network": "other", "faction": "armed_group",
                     "gang": "armed_group"}  # fmt: skip


def _right_after(doc: Doc, end: int, start: int) -> bool:
    """Only punctuation, or words in brackets, between a name's end and a phrase's start ("Las Abejas ("The
    Bees"), a ...")."""
    depth = 0
    for t in doc[end:start]:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and not t.is_punct:
            return False
    return True


def modifying_places(doc: Doc, chosen: list[Candidate]) -> None:
    """A known place the tagger took for a person or a body where it qualifies a common noun ("Dubrovnik's Old
    Town" tagged a person, "the Dili home of X", "the Misrata thuwar" tagged bodies): the place. Never a body of a
    known kind, nor a name of two words."""
    placed = {i for c in chosen if c.label == "Location" for i in range(c.start, c.end)}
    for c in chosen:
        if c.priority > EVENT or c.label not in {"Person", "Organization"} or c.end - c.start != 1:
            continue
        t = doc[c.start]
        if c.label == "Organization" and c.attrs.get("kind") not in {None, "other"}:
            continue
        qualified = t.head.pos_ == "NOUN" or t.head.i in placed  # "Dubrovnik's Old Town"
        if t.dep_ in {"compound", "poss", "nmod"} and qualified and places.known(t.text):
            c.label, c.attrs = "Location", {}


def bodies_by_role(doc: Doc, chosen: list[Candidate]) -> None:
    """Names the tagger took for places or persons that the sentence gives a body's role, retyped
    organisations: "a member of the Jokers" (tagged a place), "Jabhat Fateh al-Sham, led by X" (tagged a
    person: what someone leads is a body). Never a known country, province, town or people."""
    bodies: dict[str, str] = {}  # name -> kind
    for c in chosen:
        # the tagger's names (a person's, with the rank or title read before it, one rung higher)
        if c.priority > EVENT or c.label not in {"Location", "Person"} or (c.label == "Location" and c.priority != NER):
            continue
        span = doc[c.start : c.end]
        root, name = span.root, span.text
        if places.known(name) or places.demonym(name):
            continue
        if c.label == "Person" and (
            c.attrs.get("rank") or c.attrs.get("title") or doc[c.start].text in lexicon.GIVEN_NAMES
        ):
            continue  # "Captain Musa Bello, commanded by X": a soldier under X
        served = c.label == "Location" and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and root.head.head.lower_ in _SERVE_IN  # fmt: skip
        led = any(
            a.dep_ == "acl" and a.lemma_.lower() in _LEAD_VERBS and a.tag_ == "VBN"
            and any(g.dep_ == "agent" and any(x.ent_type_ == "PERSON" for x in g.subtree) for g in a.children)
            for a in root.children
        )  # fmt: skip
        # "the KGB special unit Alpha", "the paramilitary group Los Pepes": a name a body's noun announces
        announced = (
            _BODY_NOUNS.get(doc[c.start - 1].lower_) if c.start > 0 and doc[c.start - 1].pos_ == "NOUN" else None
        )
        # "members of Las Abejas, a pacifist Catholic organization": a name a body's noun describes right after it
        described = next((_DESCRIBED_BODIES[a.lemma_.lower()] for a in root.children
                          if a.dep_ == "appos" and a.lemma_.lower() in _DESCRIBED_BODIES
                          and _right_after(doc, c.end, a.left_edge.i)), None)  # fmt: skip
        if served or led or announced or described:
            c.label, c.attrs = "Organization", {"kind": announced or described or "other"}
            bodies[name] = c.attrs["kind"]
    for c in chosen:  # "Mikhail Golovatov, who had commanded Alpha": the same name, a body wherever it is written
        if c.label == "Person" and not c.attrs and c.priority <= EVENT and doc[c.start : c.end].text in bodies:
            c.label, c.attrs = "Organization", {"kind": bodies[doc[c.start : c.end].text]}


# "Branch 15", "Branch No. 3", "Branch IV": a numbered branch.
_BRANCH = re.compile(r"Branch\s+(?:No\.\s*)?(?:\d+|[IVXLC]+)")
# "Branch 19 of the same court" (nlp/parts.py reads which court it is).
OF_A_COURT = re.compile(r"\s+of\s+(?:the\s+)?(?:same|said|that)\s+(?:court|tribunal)\b")


def court_branches(doc: Doc, chosen: list[Candidate]) -> None:
    """A numbered branch the tagger took for a body, where it is a court's: in apposition right after the
    court's name ("the Regional Trial Court of Malolos, Branch 15, convicted"), or "Branch 19 of the same
    court": a chamber of the court (a Mechanism), as "Trial Chamber II" is. "Branch 251" of an intelligence
    service, with no court beside it, stays a body."""
    courts = {c.end: c for c in chosen if c.label == "Mechanism"}
    for c in chosen:
        if c.label != "Organization" or not _BRANCH.fullmatch(doc[c.start : c.end].text):
            continue
        apposed = c.start >= 2 and doc[c.start - 1].text == "," and c.start - 1 in courts
        if apposed or OF_A_COURT.match(doc.text, doc[c.end - 1].idx + len(doc[c.end - 1].text)):
            c.label, c.attrs = "Mechanism", {"kind": (courts[c.start - 1].attrs.get("kind") if apposed else None)
                                             or "national_court"}  # fmt: skip


# Words before a mountain's name: "Mount Vlašić" is a place.
_MOUNT = frozenset({"mount", "mt", "mt.", "mont", "monte", "berg"})


def balkan_surnames(doc: Doc) -> Iterator[Candidate]:
    """A South Slavic surname, a capitalised word ending in "-ić" ("Trifunović", "Ćorić"), that the tagger
    missed or took for a body or a place: a person's, with the given names written before it ("Milenko
    Trifunović"). Places of the region end otherwise ("Ahmići", "Bihać"); a mountain ("Mount Vlašić", "the
    Vlašić plateau") is left. Not inside a longer name the tagger read ("the Prosecutor v. Prlić")."""
    for t in doc:
        if not (t.is_alpha and t.is_title and len(t) > 3 and t.text.endswith("ić")) or t.ent_type_ == "PERSON":
            continue
        if (t.i > 0 and doc[t.i - 1].lower_ in _MOUNT) or (t.i + 1 < len(doc) and doc[t.i + 1].is_lower
                                                            and doc[t.i + 1].pos_ == "NOUN"):  # fmt: skip
            continue
        lo = t.i
        while lo > max(0, t.i - 2) and _given_name_word(doc[lo - 1]):
            lo -= 1
        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and (ent.start < lo or ent.end > t.i + 1):
            continue
        yield Candidate(lo, t.i + 1, "Person", SHAPE)


def _given_name_word(w: Token) -> bool:
    return w.is_alpha and w.is_title and w.pos_ == "PROPN" and not _rank_or_title(w.text)
