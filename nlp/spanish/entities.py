"""The Spanish recogniser (`acg_entities_es`), on spaCy's blank Spanish: no tagger, no parser, no named
entities, so names are read by their capitals and typed by their first word.

- A name is a run of capitalised words, with the small words a Spanish name holds between two of them
  ("Corte Suprema de Justicia de la Nación", "Claudia Paz y Paz"); a capitalised word that names nothing
  ("El", "Durante") does not begin one.
- Its first word types it: a court's head ("Tribunal", "Corte", "Cámara", "Fiscalía"; "Comisión" and
  "Consejo" only with a word of justice or inquiry in the name) makes a Mechanism; a force's, a movement's
  or a party's head ("Ejército", "Batallón", "Frente") an Organization of that kind; a single word in
  capitals an Organization (an acronym), the same as the name it follows in brackets ("(CEH)").
- A name after a rank or a title ("el general", "el presidente", "el juez") is a person's, the rank kept;
  a name of two to five words that no head types is a person's; a single word after "en" is a place.
- A country's name in Spanish or English, a region's and a town's (nlp/places.py) is a place where no
  longer name holds it ("viajó a Madrid", "en Buenos Aires", "la Argentina"), but a word a person of the
  document bears is the person's ("Carlos Mendoza ... Mendoza").
- Dates ("10 de mayo de 2013", "mayo de 2013", "1982") and the ontology's Spanish labels of crime types.

Relations are read by nlp/spanish/relations.py, only where the words between two names say the link by
themselves (a verdict's verb, a post in apposition): without a parser a link guessed from the order of names
could accuse the wrong person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp import lexicon as shared
from nlp.candidates import (
    EVENT,
    NER,
    PHRASE,
    RULE,
    SHAPE,
    Candidate,
    acronym_aliases,
    bodies_not_persons,
    crime_type_matcher,
    date_candidates,
    recurring_surnames,
    subdivision_aliases,
)
from nlp.dates import reduced
from nlp.entities import _select, write_spans
from nlp.gazetteer import crime_type_names_in, ontology_labels
from nlp.mistagged import balkan_surnames, town
from nlp.places import countries_in, place
from nlp.spanish import lexicon

_MONTH = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?<![\w-])(?:(?P<day>1º|[0-3]?\d)\s+de\s+)?(?:(?P<month>{_MONTH})\s+(?:de\s+|del\s+)?)?(?P<year>1[89]\d\d|20\d\d)(?![\w-])",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ0-9]+$")


def iso(m: re.Match[str]) -> str | None:
    """A matched Spanish date as a reduced ISO 8601 date, or None (a day without a month, no such day).

    >>> [iso(m) for m in DATE.finditer("el 10 de mayo de 2013, en marzo de 1982 y en 1999; el 31 de febrero de 2001")]
    ['2013-05-10', '1982-03', '1999', None]
    """
    month = lexicon.MONTHS[m["month"].lower()] if m["month"] else None
    day = (1 if m["day"] == "1º" else int(m["day"])) if m["day"] else None
    return reduced(int(m["year"]), month, day)


def crime_labels() -> dict[str, list[str]]:
    """Notation -> the names of a crime type in this language, its label first (what a crime type is named by),
    then the forms `crime_phrases` reads ("torturas" beside "tortura"), which a crime's name may begin with."""
    labels = {c: [str(t["es"])] for c, t in ontology_labels()["translations"]["crime_types"].items()}
    for phrase, notation in sorted(crime_phrases().items()):
        if phrase not in labels[notation]:
            labels[notation].append(phrase)
    return labels


def crime_phrases() -> dict[str, str]:
    """The crime types' Spanish labels, without what they add in brackets, in both numbers -> notation."""
    out: dict[str, str] = {}
    # a label without brackets first: "tortura" is torture, "tortura (crimen de lesa humanidad)" only where
    # the text says which
    translations = ontology_labels()["translations"]["crime_types"].items()
    for notation, labels in sorted(translations, key=lambda item: "(" in str(item[1].get("es", ""))):
        label = re.sub(r"\s*\([^)]*\)", "", str(labels["es"])).lower()
        words = label.split()
        plural = " ".join([words[0] + ("es" if words[0][-1] in "nrldz" else "s"), *words[1:]])
        for form in (label, plural):
            if len(form.split()) > 1 or form in {"genocidio", "tortura", "torturas", "saqueo"}:
                out.setdefault(form, notation)
    # their other names ("crímenes contra la humanidad", a national code's "homicidio calificado"), as written
    for notation, names in crime_type_names_in("es").items():
        for name in names:
            out.setdefault(name.lower(), notation)
    return out


def _capital(t: Token) -> bool:
    return t.text[:1].isupper() and any(ch.isalpha() for ch in t.text)


# A number written as an ordinal: "3.ª", "4.º", "2ª", "1er", "64.º".
_ORDINAL_NUMBER = re.compile(r"\d+(?:\.?[ºª°]|er|ra|ro|da|do|ta|to)")


def _unit_numbered(doc: Doc, i: int) -> bool:
    """An ordinal number at token `i` before a body's head ("la 3.ª División", "el 4.º Batallón")."""
    return (
        _ORDINAL_NUMBER.fullmatch(doc[i].text) is not None and i + 1 < len(doc)
        and doc[i + 1].lower_ in lexicon.BODY_HEADS
    )  # fmt: skip


# The endings of a verb's past tenses in the third person, which no name has: "declaró", "testificaron",
# "comparecieron", "acusaban".
_FINITE_VERB = re.compile(r"(?:ó|aron|ieron|aban|ían)$")


def _staff(doc: Doc, i: int) -> bool:
    """A staff's name begins at token `i`: "Estado Mayor" and a name of its own ("Estado Mayor Presidencial"); not
    "el Estado Mayor administrativo del cuartel", a staff with no name."""
    return doc[i].lower_ == "estado" and i + 2 < len(doc) and doc[i + 1].text == "Mayor" and _capital(doc[i + 2])


# Heads of units named by a number after them: "la Brigada 17", "el Batallón 316", "la Zona Militar 21".
_NUMBERED_HEADS = frozenset(
    "brigada batallón regimiento compañía división destacamento escuadrón zona comando grupo cuerpo".split()
)


# Heads of courts named by a number written bare: "el Tribunal Oral Federal 1", "el Juzgado Federal 3".
_NUMBERED_COURTS = frozenset("tribunal juzgado".split())


def _runs(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of capitalised words, with the small words between two of them."""
    i = 0
    while i < len(doc):
        t = doc[i]
        first = (
            t.lower_ not in lexicon.NOT_NAMES
            or t.lower_ in lexicon.MECHANISM_HEADS | lexicon.BODY_HEADS.keys()
            or _staff(doc, i)  # "Estado Mayor General", "Estado Mayor Presidencial"
            or (t.lower_ in _NATIONAL_HEADS and i + 1 < len(doc) and doc[i + 1].lower_ in lexicon.DEMONYMS)
            # an adjective that heads a name, mid-sentence before a capital: "el Nuevo Liberalismo", "el Alto Mando"
            or (
                t.lower_ in lexicon.HEAD_ADJECTIVES and not t.is_sent_start and i + 1 < len(doc)
                and _capital(doc[i + 1])
            )
            # a month's name before a name is a given name ("Julio Cordero Paz"), not a date ("julio de 1976")
            or ((t.lower_ in lexicon.MONTHS or t.lower_ == "domingo") and i + 1 < len(doc) and _capital(doc[i + 1])
                and (i == 0 or (not doc[i - 1].like_num and doc[i - 1].lower_ not in {"de", "en", "desde", "hasta"})))
        )  # fmt: skip
        if t.is_sent_start and _FINITE_VERB.search(t.lower_) and t.lower_ not in shared.GIVEN_NAMES:
            i += 1  # "Declaró Ana Ruiz", "Testificaron Luis Gómez y Marta Díaz": a verb, then the name
            continue
        ordinal = (
            t.lower_ in lexicon.ORDINALS
            and i + 1 < len(doc)
            and doc[i + 1].lower_ in lexicon.BODY_HEADS.keys() | lexicon.MECHANISM_HEADS  # "la Segunda Sala de la ..."
        )
        if not ((_capital(t) and (first or ordinal)) or _unit_numbered(doc, i)) or "\n" in t.text:
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if (number := _numbered(doc, end)) is not None:
                end = number  # "Tribunal Oral en lo Criminal Federal N° 1 de la Capital Federal", "N.º 15"
                continue
            if t.lower_ in _NUMBERED_HEADS | _NUMBERED_COURTS and doc[end].text.isdigit() and len(doc[end].text) <= 3:
                end += 1  # "la Brigada 17", "el Batallón 316", "la Zona Militar 21": a unit's number, no year;
                continue  # "el Tribunal Oral Federal 1 de La Plata": a court's
            if _capital(doc[end]) and "\n" not in doc[end].text:
                if _given_name(doc, end) and (
                    (t.lower_ in _HEADS_BEFORE_PERSONS and _ends_a_body(doc, i, end))
                    or _portfolio(doc, i, end)
                    or (
                        _after_a_post(doc, i)
                        and end > i + 1
                        and (_ends_a_body(doc, i, end) or doc[end - 1].lower_ in lexicon.DEMONYMS)
                    )
                ):
                    break  # "del Ejército Luis Toranzo Mena", "el fiscal de Cámara Julio César Strassera", "los
                    # exagentes de la Policía Nacional Héctor Ramírez Ríos", "el ex comandante de Institutos
                    # Militares Santiago Omar Riveros", "el ex capitán de la Guardia Civil Jesús Muñecas"; not a unit
                    # named after a person, by its head alone: "el comandante del Batallón Joaquín París"
                end += 1
                continue
            # "de la Nación": small words, then a capital again; but "A B y C D" is two names, where "Paz y
            # Paz" is one
            institution = (
                t.lower_ in _INSTITUTION_HEADS
                or (
                    (t.lower_ in lexicon.ORDINALS or _unit_numbered(doc, i)) and doc[i + 1].lower_ in _INSTITUTION_HEADS
                )  # "Primer Cuerpo de Ejército", "3.ª División de Infantería"
                or _staff(doc, i)  # "Estado Mayor General del Ejército"
            )
            j = (
                end + 1
                if institution and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ == "de"
                else end
            )
            while (
                j < len(doc)
                and (doc[j].lower_ in lexicon.LINKS or (institution and doc[j].lower_ in _INSIDE_INSTITUTIONS))
                and j - end < 3
            ):
                j += 1
            if j > end and j < len(doc) and (_capital(doc[j]) or _unit_numbered(doc, j)):
                if (
                    (not institution or _unit_head(doc, i))
                    and doc[j].lower_ in _FORCES_AND_COURTS
                    and (doc[end].lower_ == "del" or doc[end:j].text.lower() == "de la")
                ):  # fmt: skip  ("Primer Cuerpo de Ejército": one name, an army corps)
                    break  # "un carro Abrams del Ejército de EE. UU.", "la 3.ª División de Infantería del Ejército":
                    # two names, the unit's and its force's
                if doc[end].lower_ == "en" and not institution:
                    break  # "la DINA en Chile", "Juan Pérez en Madrid": two names
                if doc[end].lower_ in {"el", "la", "los", "las"}:
                    break  # an article only after another small word ("Comisión para el Esclarecimiento
                    # Histórico"): "Intervino la Suprema Corte" is a verb, then a name
                if (
                    doc[end].lower_ in _AND_OR
                    and (
                        not institution
                        or doc[j].lower_ in _INSTITUTION_HEADS
                        or _given_name(doc, j)
                        or _unit_numbered(doc, j)
                        or doc[j].lower_ in lexicon.ORDINALS
                    )  # "el Ejército de Chile y el 7.º Batallón", "... y el Segundo Cuerpo": two names
                    and (
                        doc[end].lower_ != "y"
                        or (j + 1 < len(doc) and _capital(doc[j + 1]))
                        or doc[j].text != doc[end - 1].text
                    )
                ):
                    break  # "Azic y Magnacco" are two ("Paz y Paz" one name), and "la Corte y el Ministerio Público"
                end = j + 1
                continue
            break
        if end < len(doc) and doc[end].lower_ in lexicon.DEMONYMS and doc[i].lower_ in _NATIONAL_HEADS:
            end += 1  # "el Ejército peruano", "la Armada argentina", "el Estado guatemalteco": the name's nationality
        yield i, end
        i = end


# The heads of institutions' names, which hold more small words than a person's: "en" ("Tribunal Oral en lo
# Criminal Federal", "Oficina en México del Alto Comisionado"; after any other word "en" ends a name), "por"
# ("Asamblea Permanente por los Derechos Humanos"), "y", "o" and "a" before a word that heads no name of its own
# ("Comisión para la Verdad y Acceso a la Justicia", "Grupo de Trabajo sobre las Desapariciones Forzadas o
# Involuntarias"; not "la Corte y el Ministerio Público"), "el" after another small word, ", de" ("Sala de
# Reconocimiento de Verdad, de Responsabilidad y de Determinación").
_INSTITUTION_HEADS = lexicon.MECHANISM_HEADS | lexicon.BODY_HEADS.keys() | {"oficina", "delegación", "misión"}
_INSIDE_INSTITUTIONS = frozenset("el y e o u a por".split())
_AND_OR = frozenset("y e o u".split())


_UNIT_NOUNS = lexicon.UNIT_NOUNS | {"cuerpo"}  # "Primer Cuerpo de Ejército", numbered by its ordinal


def _unit_head(doc: Doc, i: int) -> bool:
    """A unit's noun heads the run from token `i` (after an ordinal: "3.ª División", "Primer Cuerpo")."""
    k = i + 1 if (doc[i].lower_ in lexicon.ORDINALS or _unit_numbered(doc, i)) and i + 1 < len(doc) else i
    return doc[k].lower_ in _UNIT_NOUNS


# Heads of forces' and courts' names, which begin a name of their own after "de" or "del" in a run that is no
# institution's (not "cruz", "guardia": also surnames, "Juan de la Cruz").
_FORCES_AND_COURTS = frozenset(
    "ejército ejércitos armada fuerza fuerzas brigada batallón regimiento división policía gendarmería tribunal "
    "corte juzgado".split()
)
# Heads of a force's or a state's name that a nationality may end ("el Ejército peruano", "el Estado chileno").
_NATIONAL_HEADS = frozenset(
    "ejército ejércitos armada fuerza fuerzas policía gendarmería marina estado gobierno guardia aviación".split()
)
# Bodies named by one word ("el Ejército", "la Armada"), after which a name begins another's.
_ONE_WORD_BODIES = frozenset("ejército armada policía gendarmería prefectura aviación".split())
# Heads a person's name may follow in one run of capitals ("del Ejército Luis X", "el fiscal de Cámara Julio X").
_HEADS_BEFORE_PERSONS = _ONE_WORD_BODIES | lexicon.MECHANISM_HEADS


# The endings of the adjectives and plural nouns that end a body's name ("Policía Nacional", "Consejo de
# Ministros"), and no given name does ("Armada Argentina Adolfo Francisco Scilingo": Adolfo begins the person's).
_BODY_WORD_ENDS = ("al", "il", "ar", "os", "es", "as")


def _ends_a_body(doc: Doc, start: int, end: int) -> bool:
    """The run of capitals from `start` may end before token `end`: it is one word, or its last word is an
    adjective's or a plural noun's."""
    return end == start + 1 or doc[end - 1].lower_.endswith(_BODY_WORD_ENDS)


# What a body is made of, never a person nor a place: "columnas de Sendero Luminoso", "una célula del X".
_PARTS_OF_BODIES = frozenset("columna columnas célula células facción facciones".split())
# A minister's title, whose portfolio may stand before his name in one run of capitals ("los exministros de Salud
# Eduardo Yong Motta").
_MINISTERS = frozenset("ministro ministra ministros exministro exministra exministros viceministro secretario".split())


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """The run from `start` to `end` is a minister's portfolio, one word after "ministro de"."""
    return end == start + 1 and start >= 2 and doc[start - 1].lower_ == "de" and doc[start - 2].lower_ in _MINISTERS


# Words between a post and the body it is held in: "el ex capitán de corbeta de la Armada".
_POSTS = lexicon.PERSON_CUES | lexicon.POST_NOUNS
_OF_BODY = frozenset("de del la el los las ex corbeta fragata navío".split())


def _after_a_post(doc: Doc, i: int) -> bool:
    """The run of capitals from token `i` is the body of a post named just before it ("ex comandante de",
    "excapitán de corbeta de la", "inspector de la"), after which a person's name is told by its given name."""
    k = i - 1
    while k >= 0 and i - k <= 5 and doc[k].lower_ in _OF_BODY:
        k -= 1
    if k < 0 or k == i - 1 or doc[k + 1].lower_ not in {"de", "del"}:
        return False
    word = doc[k].lower_
    return word in _POSTS or (word.startswith("ex") and word[2:] in _POSTS)


def _given_name(doc: Doc, i: int) -> bool:
    """A person's name of two words or more begins at token `i` with a common given name."""
    word = doc[i].lower_
    return (word in shared.GIVEN_NAMES or word in lexicon.GIVEN_NAMES) and i + 1 < len(doc) and _capital(doc[i + 1])


# A numbered court and its seat: "Tribunal Oral en lo Criminal Federal N° 6 de la Capital Federal".
_SEAT = re.compile(r"(?P<court>.+?(?:N°|Nº|n\.º|No\.)\s*\d+)\s+de(?:\s+la|l)?\s+\S.*")


def _numbered(doc: Doc, i: int) -> int | None:
    """The end of a number a name holds at token `i` ("N° 1", "Nº 5", "n.º 3", "N.º 12", "No. 15", "número 5", "3.3.2"),
    if one stands there."""
    if re.fullmatch(r"\d+(?:\.\d+)+", doc[i].text):
        return i + 1  # "Grupo de Tareas 3.3.2"
    j = i + 1 if doc[i].text in {"N", "n", "No"} and i + 1 < len(doc) and doc[i + 1].text in {"°", "º", "."} else i
    if (
        doc[j].text not in {"N°", "Nº", "n.º", "N.º", "Nro.", "nro.", "°", "º", "No.", ".", "número"}
        or j + 1 >= len(doc)
        or not (doc[j + 1].like_num or re.fullmatch(r"\d+-\d+", doc[j + 1].text))  # "No. 17-15"
    ):
        return None
    if doc[j].text == "." and j == i and (i == 0 or doc[i - 1].text != "No"):
        return None  # a full stop, not the one of "No." (whose "No" the name's capitals took)
    return j + 2


def _mechanism_kind(text: str) -> str:
    lowered = text.lower()
    # a court's chamber is no truth commission, whatever its name holds ("la Sala de Reconocimiento de Verdad ...
    # de la Jurisdicción Especial para la Paz" judges)
    court = lowered.split(" ", 1)[0] in lexicon.COURT_HEADS
    found = next(
        (k for k, cues in lexicon.MECHANISM_KINDS
         if any(c in lowered for c in cues) and not (court and k == "truth_commission")),
        None,
    )  # fmt: skip
    return found or "national_court"


def _typed(doc: Doc, start: int, end: int) -> Candidate | None:
    words = [t.lower_ for t in doc[start:end]]
    if len(words) == 2 and words[0] in {"estado", "gobierno"} and words[1] in lexicon.DEMONYMS:
        return Candidate(start, end, "Organization", RULE, kind="government")  # "el Estado peruano"
    head = words[0]
    if (head in lexicon.ORDINALS or head in lexicon.HEAD_ADJECTIVES or _unit_numbered(doc, start)) and len(words) > 1:
        head = words[1]  # "Trigésima Brigada", "Suprema Corte de Justicia"
    before = doc[start - 1].lower_ if start > 0 else ""
    before2 = doc[start - 2].lower_ if start > 1 else ""
    text = doc[start:end].text
    if head in lexicon.INQUIRY_HEADS and any(cue in text.lower() for cue in lexicon.INQUIRY_CUES) and len(words) > 2:
        return Candidate(start, end, "Mechanism", RULE, kind=_mechanism_kind(text))  # "Grupo de Trabajo sobre ..."
    if head in lexicon.SECTION_HEADS and set(words[1:]) & lexicon.COURT_HEADS:
        return Candidate(start, end, "Mechanism", RULE, kind=_mechanism_kind(text))  # "Sección Cuarta de la Sala ..."
    if head in lexicon.MECHANISM_HEADS and end - start > 1:
        if head in lexicon.MECHANISM_WITH_CUE and not set(words) & lexicon.MECHANISM_CUES:
            return Candidate(start, end, "Organization", RULE, kind="other")
        return Candidate(start, end, "Mechanism", RULE, kind=_mechanism_kind(text))
    if head in lexicon.BODY_HEADS and end - start > 1:
        return Candidate(start, end, "Organization", RULE, kind=lexicon.BODY_HEADS[head])
    if _staff(doc, start):
        return Candidate(start, end, "Organization", RULE, kind="unit")  # "Estado Mayor Presidencial": a staff
    if words[:2] == ["zona", "militar"] and len(words) > 2:
        return Candidate(start, end, "Organization", RULE, kind="unit")  # "la Zona Militar 21": a command
    if end - start == 1 and head in _ONE_WORD_BODIES - {"policía"} and not doc[start].is_sent_start:
        return Candidate(start, end, "Organization", RULE, kind="unit")  # "el jefe de la Armada": the country's
    if end - start == 1 and _ACRONYM.match(doc[start].text):
        if _known_place(doc[start].text.title()):
            return Candidate(start, end, "Location", NER)  # a heading in capitals: "(SANTANDER, COLOMBIA)"
        return Candidate(start, end, "Organization", EVENT, kind="other")
    if end - start == 1 and before == "de" and before2 in _MINISTERS:
        return None  # "los exministros de Salud": a portfolio, no one's name
    if before in {"de", "del"} and before2 in _LAWS:
        return None  # "las leyes de Punto Final y Obediencia Debida": a law's name, no one's
    if before in {"de", "del"} and before2 in lexicon.POST_NOUNS | _PARTS_OF_BODIES and head not in lexicon.PLACE_HEADS:
        return Candidate(start, end, "Organization", NER, kind="other")  # "fundador y jefe de Sendero Luminoso"
    if before in lexicon.PERSON_CUES and head not in lexicon.NOT_PERSON_HEADS:
        attrs = {"rank": before} if before in lexicon.RANKS else {}
        return Candidate(start, end, "Person", SHAPE, **attrs)
    if (
        head in lexicon.PLACE_HEADS
        or before in lexicon.PLACE_PREPOSITIONS
        or (before in {"de", "del"} and before2 in lexicon.PLACE_NOUNS)
    ):
        return Candidate(start, end, "Location", NER)
    if end - start > 1 and _known_place(text) and before not in lexicon.PERSON_CUES:
        return Candidate(start, end, "Location", NER)  # "Sepur Zarco", "Buenos Aires": no one's name
    if (
        2 <= end - start <= 6
        and head not in lexicon.NOT_PERSON_HEADS
        and not set(words) & {"en", "para", "sobre", "lo"}
        # no acronym nor a heading in capitals ("Personal de la SSF", "COMUNICACIÓN PODER JUDICIAL"), no body's
        # head after a small word ("Abrams del Ejército de Estados Unidos")
        and not any(t.is_upper and len(t.text.rstrip(".")) > 1 for t in doc[start:end])  # an initial is no acronym
        and not any(w in _FORCES_AND_COURTS for w in words[2:])
    ):
        return Candidate(start, end, "Person", NER)
    return None


# A body named by what it is called, in quotation marks: 'el grupo paramilitar conocido como "Los Masetos"', 'la
# banda denominada «Los Pepes»'.
_CALLED = re.compile(
    r"\b(?:grupo|grupos|banda|escuadrón|comando|frente|movimiento|organización|estructura|red|milicia)"
    r"(?:\s+[a-záéíóúñ]+)?\s+(?:conocid|denominad|llamad|autodenominad|apodad)[oa]s?(?:\s+como)?\s*$"
)
_QUOTES = frozenset('"«“')


def _called(doc: Doc, runs: dict[int, int]) -> Iterator[Candidate]:
    """The bodies named in quotation marks after a noun of a group and "conocido como", with their article."""
    for start, end in runs.items():
        first = start - 1 if start > 0 and doc[start - 1].text in _ARTICLES else start
        if first == 0 or doc[first - 1].text not in _QUOTES:
            continue
        before = doc[max(0, first - 6) : first - 1]
        if _CALLED.search(before.text.lower()):
            yield Candidate(first, end, "Organization", RULE + 1, kind="armed_group")


def _known_place(text: str) -> bool:
    return text in countries_in("es") or place(text) or town(text)


# Where a single word names a town or a region: after these prepositions ("a Madrid", "de Soacha"); a town's
# name takes no article, a common noun that is also a town's name does ("la Sala", "la Constitución").
_BEFORE_TOWN = frozenset("en de a desde hasta hacia entre por".split())
_ARTICLES = frozenset(["El", "La", "Los", "Las"])


def _places(doc: Doc, runs: dict[int, int], chosen: list[Candidate]) -> Iterator[Candidate]:
    """The places of nlp/places.py named where no longer name holds them: a run of capitals that goes on
    ("Santiago Martín Rivas", "la Policía Municipal de Cocula") holds no place of its own, nor is a word a
    person of the document bears a place ("Mendoza"). A country is named anywhere ("la Argentina"); a town or
    a region named by a single word only after a preposition or another place ("a Sucre", "por Cauquenes,
    Copiapó"; not "alias el Tigre", "la Sala"); a capitalised article before it is its own ("el departamento
    de El Quiché")."""
    persons = {doc[i].text for c in chosen if c.label == "Person" for i in range(c.start, c.end)}
    inside = {i for start, end in runs.items() for i in range(start + 1, end)}
    for t in doc:
        if not _capital(t) or t.i in inside:
            continue
        end = next((e for e in range(min(t.i + 4, len(doc)), t.i, -1) if _known_place(doc[t.i : e].text)), None)
        if end is None or end < runs.get(t.i, end) or (end < len(doc) and (_capital(doc[end]) or doc[end].like_num)):
            continue
        start = t.i - 1 if t.i > 0 and doc[t.i - 1].text in _ARTICLES and not doc[t.i - 1].is_sent_start else t.i
        if end - t.i == 1 and (
            t.text in persons or (doc[t.i : end].text not in countries_in("es") and not _placed(doc, start))
        ):
            continue
        yield Candidate(start, end, "Location", NER)


def _placed(doc: Doc, i: int) -> bool:
    """Whether token `i` follows a preposition of place, or a place in a list ("por Cauquenes, La Serena y
    Copiapó"), or stands alone in brackets ("(Lima)")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "(" and i + 1 < len(doc) and doc[i + 1].text == ")":
        return True  # "Barrios Altos (Lima)": the wider place in brackets
    return before in _BEFORE_TOWN or (
        before in {",", "y", "e"} and any(_known_place(doc[k : i - 1].text) for k in range(max(0, i - 4), i - 1))
    )


def _named_places_again(doc: Doc, chosen: list[Candidate]) -> None:
    """A name read as a person's by its shape alone is the place a cue named so elsewhere in the document ("la
    comunidad de Sepur Zarco ... el destacamento de Sepur Zarco")."""
    named = {doc[c.start : c.end].text for c in chosen if c.label == "Location"}
    for c in chosen:
        if c.label == "Person" and c.priority == NER and doc[c.start : c.end].text in named:
            c.label = "Location"


# Nouns of laws, whose names are no one's ("las leyes de Punto Final").
_LAWS = frozenset("ley leyes decreto decretos".split())
# Nouns of a trial named after its accused ("la causa contra X").
_TRIAL_NOUNS = lexicon.CASE_NOUNS | {"juicio", "proceso"}


def _against(doc: Doc, i: int, runs: dict[int, int]) -> int | None:
    """The end of "contra X" from token `i` on, X a name of two words or more ("contra Luis García Meza"; "de
    responsabilidades contra X", "penal contra X" too); None if no such words stand there."""
    if i + 1 < len(doc) and doc[i].lower_ == "de" and doc[i + 1].lower_ == "responsabilidades":
        i += 2
    elif i < len(doc) and doc[i].lower_ in {"penal", "judicial", "especial"}:
        i += 1  # "el proceso penal contra X"
    if i + 1 >= len(doc) or doc[i].lower_ != "contra" or runs.get(i + 1, i + 1) - (i + 1) < 2:
        return None
    return runs[i + 1]


# Nouns of a country's subdivisions before a place's name ("el departamento de Petén", "la provincia del Chaco").
_SUBDIVISIONS = frozenset("provincia departamento municipio región distrito comuna cantón partido".split())


def _cases(doc: Doc, runs: dict[int, int]) -> Iterator[Candidate]:
    """ "el caso Sepur Zarco", "la causa 13/84", "el Caso 03": a case named after someone, something or its
    number; "la causa contra X", "el juicio contra X": a case named after its accused."""
    for t in doc:
        if t.lower_ in _TRIAL_NOUNS and (end := _against(doc, t.i + 1, runs)) is not None:
            # "la causa contra X", "el juicio de responsabilidades contra X"
            yield Candidate(t.i, end, "Case", RULE + 1)
            continue
        if t.lower_ not in lexicon.CASE_NOUNS or t.i + 1 >= len(doc):
            continue
        after = doc[t.i + 1]
        if (number := _case_number(doc, t.i + 1)) is not None:
            yield Candidate(t.i, number, "Case", RULE + 1)  # "la causa 13/84", "el Expediente A.V. 19-2001"
        elif t.i in runs and runs[t.i] > t.i + 1:
            yield Candidate(t.i, _versus(doc, runs[t.i], runs), "Case", RULE + 1)  # "Caso Tarata", a heading
        elif after.i in runs:
            yield Candidate(t.i, _versus(doc, runs[after.i], runs), "Case", RULE + 1)
        elif after.text in {"La", "El", "Los", "Las"} and after.i + 1 in runs:
            yield Candidate(t.i, _versus(doc, runs[after.i + 1], runs), "Case", RULE + 1)  # "el caso La Cantuta"


# A case's number: "13/84", "19-2001", "20048/2009"; its letters or one adjective before it ("A.V.", "especial").
_CASE_NUMBER = re.compile(r"\d+(?:[/-]\d+)?")
_CASE_LETTERS = re.compile(r"(?:[A-Z]\.){1,4}|especial|penal|previas")


def _case_number(doc: Doc, i: int) -> int | None:
    """The end of a case's number from token `i` ("13/84", "A.V. 19-2001", "especial 20048/2009")."""
    k = i + 1 if i < len(doc) and _CASE_LETTERS.fullmatch(doc[i].text) else i
    return k + 1 if k < len(doc) and _CASE_NUMBER.fullmatch(doc[k].text) else None


# What a case's name may say after its first party: "Caso García y Familiares vs. Guatemala", "Caso Rosendo Cantú
# y otra vs. México".
_AND_OTHERS = frozenset("familiares otros otras otro otra".split())


def _versus(doc: Doc, end: int, runs: dict[int, int]) -> int:
    """A case's name goes on with "y familiares", "y otros", and with "vs." and its other party ("el caso Barrios
    Altos vs. Perú")."""
    if end + 1 < len(doc) and doc[end].lower_ in {"y", "e"} and doc[end + 1].lower_ in _AND_OTHERS:
        end += 2
    k = end + 2 if end + 1 < len(doc) and doc[end].lower_ == "vs" and doc[end + 1].text == "." else end
    if k == end and end < len(doc) and doc[end].lower_ in {"vs.", "v."}:
        k = end + 1
    return runs[k] if k > end and k in runs else end


_FUNCTION_WORDS = frozenset("en y e o a de del por con contra el la los las un una que".split())


def _crimes(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """A crime noun with what it was done to or where, as its name ("la masacre de Accomarca", "la
    desaparición forzada de 119 opositores", "el asesinato del excanciller Orlando Letelier"); a place named
    in it is where it happened."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    for t in doc:
        if t.lower_ not in lexicon.CRIME_NOUNS:
            continue
        i = t.i + 1
        while i < len(doc) and doc[i].lower_ in lexicon.CRIME_ADJECTIVES:
            i += 1
        if i >= len(doc) or doc[i].lower_ not in lexicon.CRIME_PREPOSITIONS:
            continue
        if t.lower_ == "ejecución" and i + 1 < len(doc) and doc[i + 1].lower_ in _SENTENCES:
            continue  # "el juez de ejecución de penas de Palmira": a sentence carried out, no crime
        j = _past_words(doc, i, 3)  # "de al menos", "del excanciller"
        if (longer := _past_words(doc, i, 5)) > j and _person_at(by_token, longer):
            j = longer  # more words before a person's name: "del estudiante y dirigente sindical Edgar García"
        if j >= len(doc):
            continue
        if doc[j].like_num and j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].lower_ not in _FUNCTION_WORDS:
            end = j + 2  # "de 119 opositores", and at most two adjectives: "de seis campesinos mayas kaqchikeles"
            while (
                end < len(doc) and end - j < 4 and _common(doc, end) and _ADJECTIVE.fullmatch(doc[end].lower_)
                and not _PARTICIPLE.fullmatch(doc[end].lower_)
            ):  # fmt: skip
                end += 1  # not "de 171 personas identificadas": a participle begins a clause of its own
        elif doc[j].like_num and len(doc[j].text) == 4:
            end = j + 1  # "la masacre de 1982 en Ilom": its year, then where
        elif (named := by_token.get(j)) is not None and named.start == j and named.label in {"Location", "Person"}:
            end = named.end
        elif _capital(doc[j]) and doc[j].lower_ not in lexicon.CASE_NOUNS:  # not "la desaparición en el Caso X"
            # "las masacres de El Mozote", "el crimen de La Cantuta": an article that begins the place's name
            k = (
                j + 1
                if doc[j].lower_ in {"el", "la", "los", "las"} and j + 1 < len(doc) and _capital(doc[j + 1])
                else j
            )
            end = next((e for s_, e in _runs(doc[k : k + 8].as_doc()) if s_ == 0), 1) + k
        elif t.lower_ in lexicon.CRIME_NOUNS_ON_PERSONS and (common := _whom(doc, i + 1)) is not None:
            end = j = common  # "la desaparición forzada de un estudiante universitario"
        else:
            continue
        if t.lower_ in {"atentado", "atentados"} and doc[j].lower_ in _LEGAL_OBJECTS:
            continue  # "atentado contra la Constitución": an offence's name, no attack told
        person = by_token.get(j)
        if (
            person is not None and person.label == "Person" and person.priority == NER
            and (person.start, person.end) == (j, end) and t.lower_ in lexicon.MASSACRE_NOUNS
        ):  # fmt: skip
            person.label = "Location"  # "la masacre de Barrios Altos": a place, whatever its shape
        inside = {(c.start, c.end, c.label) for k in range(t.i, end) if (c := by_token.get(k)) is not None}
        places = sorted((start, stop) for start, stop, label in inside if label == "Location")
        first = doc[j + 1] if doc[j].text in {"El", "La", "Los", "Las"} and j + 1 < end else doc[j]
        if (
            not inside and t.lower_ in lexicon.PLACED_CRIME_NOUNS and _capital(doc[j]) and end - j <= 3
            and first.lower_ not in lexicon.BODY_HEADS and first.lower_ not in lexicon.MECHANISM_HEADS
        ):  # fmt: skip
            yield Candidate(j, end, "Location", EVENT)  # "la masacre de Accomarca": where it was done
            places = [(j, end)]
        yield Candidate(t.i, end, "Crime", EVENT, places=places, by=[])


# What an "atentado contra ..." is an offence against, in the codes' names of offences ("atentado contra la
# Constitución", "contra la autoridad", "contra la seguridad del Estado").
_LEGAL_OBJECTS = frozenset("constitución estado autoridad seguridad orden vida libertad".split())
# What a court's "ejecución" carries out.
_SENTENCES = frozenset("pena penas sentencia sentencias condena condenas".split())


def _past_words(doc: Doc, i: int, most: int) -> int:
    """The token after at most `most` words in lower case that follow token `i`."""
    j = i + 1
    while j < len(doc) and j - i <= most and not (doc[j].like_num or _capital(doc[j])) and doc[j].is_alpha:
        j += 1
    return j


def _person_at(by_token: dict[int, Candidate], i: int) -> bool:
    """A person's name begins at token `i`."""
    return (c := by_token.get(i)) is not None and c.start == i and c.label == "Person"


# Words of a noun phrase before its noun: articles, quantities ("decenas de", "al menos", "varios").
_DETERMINERS = frozenset(
    "un una unos unas el la los las al menos sus su varios varias decenas cientos miles centenares docenas "
    "numerosos numerosas dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta "
    "cincuenta cien".split()
)
# Words that end a noun phrase in lower case: verbs and auxiliaries, and the words that begin a clause or a phrase
# of its own.
_PHRASE_ENDS = frozenset(
    "que quien quienes cuyo cuya y e o u ni en por con sin durante tras desde hasta entre como cuando donde "
    "para sobre según fue fueron era eran es son ha han había habían será sido estaba estaban se no".split()
)


def _whom(doc: Doc, i: int) -> int | None:
    """The end of a common noun phrase from token `i` (after a crime's preposition), that says whom the crime
    was done to: determiners, then at most three words in lower case ("de un estudiante universitario", "de
    decenas de presos políticos", "de varios hombres de la comunidad"); None where it holds no such word."""
    k = i
    while k < len(doc) and (doc[k].lower_ in _DETERMINERS or doc[k].like_num):
        k += 1
        if k < len(doc) and doc[k].lower_ == "de" and doc[k - 1].lower_ in _DETERMINERS:
            k += 1  # "decenas de", "cientos de"
    if k == i:
        return None  # a bare noun after "de" is a kind ("la desaparición de personas"), not whom
    if not _common(doc, k):
        return None
    k += 1  # its noun, then at most two adjectives ("presos políticos", "un estudiante universitario")
    while k < len(doc) and k - i < 8 and _common(doc, k) and _ADJECTIVE.fullmatch(doc[k].lower_):
        k += 1
    # "de la comunidad": one phrase of "de", with an article, after the noun
    if (
        k + 2 < len(doc)
        and doc[k].lower_ == "de"
        and doc[k + 1].lower_ in {"la", "el", "los", "las"}
        and _common(doc, k + 2)
    ):
        k += 3
    return k


# An adjective's ending, never a stressed one ("también", "está"): "universitario", "políticos", "civiles".
_ADJECTIVE = re.compile(r"[a-záéíóúñ]+(?:o|a|os|as|es|e|al|ales|ar|ares|il|iles)")


_PARTICIPLE = re.compile(r"[a-záéíóúñ]+(?:ad|id)(?:o|a|os|as)")


def _common(doc: Doc, k: int) -> bool:
    """A word in lower case that may be a noun's or an adjective's: no function word, verb of the list, adverb."""
    t = doc[k] if k < len(doc) else None
    return (
        t is not None and t.is_alpha and t.is_lower and t.lower_ not in _PHRASE_ENDS | _FUNCTION_WORDS
        and not t.lower_.endswith("mente")
    )  # fmt: skip


def _cartels(doc: Doc, runs: dict[int, int]) -> Iterator[Candidate]:
    """ "el cartel de Medellín", "el cártel del Golfo", "los cárteles de Sinaloa": a criminal organisation named by
    its common noun and its place (the noun in lower case, which no run of capitals holds)."""
    for t in doc[:-2]:
        if t.lower_ in {"cartel", "cártel"} and doc[t.i + 1].lower_ in {"de", "del"} and (end := runs.get(t.i + 2)):
            yield Candidate(t.i, end, "Organization", RULE, kind="armed_group")


# The lower-case words of a court of no name: "un tribunal militar británico", "un juzgado federal".
_COURT_WORDS = frozenset("tribunal juzgado corte consejo".split())


def _unnamed_courts(doc: Doc, runs: dict[int, int]) -> Iterator[Candidate]:
    """ "un tribunal militar británico en Venecia", "una corte federal en Miami": a court of no name, told by
    its place (a run of capitals after "en"), named with it; never without one ("un tribunal guatemalteco")."""
    for t in doc[1:-2]:
        if t.lower_ not in _COURT_WORDS or doc[t.i - 1].lower_ not in {"un", "una"}:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].is_lower and doc[end].is_alpha and doc[end].lower_ != "en":
            end += 1  # "militar británico", "de guerra"
        if end + 1 < len(doc) and doc[end].lower_ == "en" and (place_end := runs.get(end + 1)):
            name = f"{doc[t.i : end].text} en {doc[end + 1 : place_end].text}"
            yield Candidate(t.i, end, "Mechanism", RULE, kind="national_court", name=name)


class SpanishEntityRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher, self.notations = crime_type_matcher(nlp, crime_phrases(), "ES")

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = []
        candidates += date_candidates(doc, DATE, iso)
        for match_id, start, end in self.matcher(doc):
            candidates.append(Candidate(start, end, "CrimeType", PHRASE, notation=self.notations[match_id]))
        runs = dict(_runs(doc))  # start -> end of each run of capitalised words, read once
        for start, end in runs.items():
            found = _typed(doc, start, end)
            if found is not None:
                candidates.append(found)
        candidates += balkan_surnames(doc)
        candidates += _cartels(doc, runs)
        candidates += _unnamed_courts(doc, runs)
        bodies_not_persons(doc, candidates, NER, {"de", "del"})
        chosen = _select(doc, [*candidates, *_places(doc, runs, candidates)])
        _named_places_again(doc, chosen)
        acronym_aliases(doc, chosen, _ACRONYM)
        persons = [c for c in chosen if c.label == "Person"]
        chosen = _select(doc, [*chosen, *_cases(doc, runs), *_called(doc, runs)])
        ranges = {(c.start, c.end) for c in chosen}
        made = list(_crimes(doc, chosen))
        crimes = [c for c in _select(doc, [c for c in made if c.label == "Crime"]) if (c.start, c.end) not in ranges]
        chosen = _select(doc, [*chosen, *(c for c in made if c.label != "Crime")])  # the places they name
        # "Abimael Guzmán Reynoso ... Guzmán": a surname alone is the one person named in full with it
        taken = {i for c in [*chosen, *crimes] for i in range(c.start, c.end)}
        chosen = _select(doc, [*chosen, *recurring_surnames(doc, chosen, taken, paternal=True)])
        for c in chosen:
            seat = _SEAT.match(doc[c.start : c.end].text) if c.label == "Mechanism" else None
            if seat is not None:  # "el Tribunal Oral ... N° 6 de la Capital Federal": also "... N° 6"
                c.attrs["other_names"] = [seat["court"]]
        # the accused a case is named after stays a person of its own ("la causa contra X")
        cases = [c for c in chosen if c.label == "Case"]
        chosen += [p for p in persons if p not in chosen and any(c.start <= p.start and p.end <= c.end for c in cases)]
        subdivision_aliases(doc, chosen, _SUBDIVISIONS, frozenset({"de", "del"}))  # "el departamento de Petén"
        write_spans(doc, [*chosen, *crimes])
        return doc


@Language.factory("acg_entities_es", requires=["token.is_sent_start"], assigns=["doc.spans", "span._.acg"])
def make_spanish_entity_recognizer(nlp: Language, name: str) -> SpanishEntityRecognizer:
    return SpanishEntityRecognizer(nlp, name)
