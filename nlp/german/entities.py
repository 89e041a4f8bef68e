"""The German recogniser (`acg_entities_de`), on spaCy's blank German: no tagger, no parser, no named
entities, and every noun written with a capital, so names are found by what marks them:

- courts and prosecutions by the head their name ends with ("Oberlandesgericht Koblenz", "Bundesgerichtshof",
  "Internationaler Strafgerichtshof", "Bundesanwaltschaft"), named in the nominative ("des
  Oberlandesgerichts Koblenz" is "Oberlandesgericht Koblenz");
- forces and groups the same way ("Allgemeiner Geheimdienst", "Militärgeheimdienst", "Streitkräfte"), an
  acronym, and the body an acronym in brackets follows;
- persons by their shape ("Alaa M.", "Taha al-J.") or by the word before them ("Richter Christoph Koller",
  "der Angeklagte Onesphore Rwabukombe", "Generalmajor X"), the rank kept;
- a state's bodies by its people's adjective ("die syrischen Streitkräfte", nlp/german/national.py);
- places: the world's countries and their subdivisions in German and English (pycountry's data), and a name
  after "in", "aus" or "nach" that has no ending of a common noun;
- dates ("16. Juni 2025", "13.01.2022"), the ontology's German labels of crime types, cases ("das
  Strafverfahren gegen Alaa M.") and crimes ("die Folter von neun Gefangenen", nlp/german/crimes.py).

Relations are read from the words between names (nlp/german/relations.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp.candidates import (
    EVENT,
    NER,
    PHRASE,
    RULE,
    SHAPE,
    Candidate,
    acronym_aliases,
    crime_type_matcher,
    date_candidates,
    recurring_surnames,
    subdivision_aliases,
)
from nlp.dates import reduced
from nlp.entities import _select, write_spans
from nlp.gazetteer import crime_type_names_in, ontology_labels
from nlp.german import lexicon, nouns
from nlp.german.crimes import crimes as crime_names
from nlp.german.names import BEFORE_PLACE, a_place, cue, foreign_names, genitive, place_names
from nlp.german.national import national_bodies
from nlp.german.units import INSIDE_NAMES, UNIT_HEADS, described_units, named_units, with_quoted_names
from nlp.lexicon import MECHANISM_ACRONYMS
from nlp.mistagged import balkan_surnames, town

_MONTH = "|".join(sorted(lexicon.MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"(?<![\w.])(?:(?P<day>[0-3]?\d)\.\s*(?:(?P<month>{_MONTH})|(?P<mm>[01]?\d)\.)\s*|(?P<month2>{_MONTH})\s+)?"
    rf"(?P<year>1[89]\d\d|20\d\d)(?![\w-])",
    re.IGNORECASE,
)
_ACRONYM = lexicon.ACRONYM
_WORD = r"[A-ZÄÖÜ][\wäöüß-]*"
# "Frankfurt am Main", "München II"; never an article that begins the next sentence ("... des Gerichts\n\nDer")
# nor a day ("das Landgericht Düsseldorf am Dienstag") nor an adjective of the next name ("Gericht\nInternationaler
# Strafgerichtshof")
_DAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"
_PLACE = (
    rf"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Im|Am|In)\b)"
    rf"(?!{lexicon.NAME_ADJECTIVE}[ \t]+(?!I{{1,3}}\b)[A-ZÄÖÜ])"
    rf"(?:(?:La|Le|El|Los|Las|San|Santa|São|Monte|Porto)[ \t]+)?{_WORD}"  # "La Spezia": an Italian place's article
    rf"(?:\s+am\s+(?!{_DAYS}){_WORD})?(?:\s+I{{1,3}}\b)?"
)
# "Oberlandesgericht Koblenz", "Landgerichts Hamburg", "Bundesgerichtshof", "Internationalen Strafgerichtshofs"
_ENDS = "|".join(lexicon.MECHANISM_ENDS + lexicon.FORCE_ENDS)
_HEADED = re.compile(
    rf"\b(?P<adj>{lexicon.NAME_ADJECTIVE}\s+)?(?P<head>(?=[A-ZÄÖÜ])[\wäöüß-]*?(?P<end>(?i:{_ENDS})))"
    rf"(?P<gen>es|s)?\b(?:(?:[ \t]+|\n(?!\s*\n))(?P<place>(?:für\s+(?:das\s+ehemalige\s+)?)?{_PLACE}))?"
)  # "Oberlandesgericht Koblenz", "Internationaler Strafgerichtshof für Ruanda": one court, another than the ICC
# the initial a word of its own: not the last letter of "Waffen-SS." at a sentence's end
_INITIALS = re.compile(
    rf"\b(?P<name>{_WORD}(?:\s+(?:al|el|bin|von|van|de)-?)?(?:\s+{_WORD})?\s*(?:al-)?(?<!\w)[A-ZÄÖÜ]\.)(?!\w)"
)


def iso(m: re.Match[str]) -> str | None:
    """A matched German date as a reduced ISO 8601 date, or None.

    >>> [iso(m) for m in DATE.finditer("am 16. Juni 2025, am 13.01.2022, im März 2011 und 1994")]
    ['2025-06-16', '2022-01-13', '2011-03', '1994']
    """
    name = m["month"] or m["month2"]
    month = lexicon.MONTHS[name.lower()] if name else (int(m["mm"]) if m["mm"] else None)
    day = int(m["day"]) if m["day"] and month else None
    return reduced(int(m["year"]), month, day)


def crime_labels() -> dict[str, list[str]]:
    """Notation -> the German name of a crime type (what a crime type is named by). Not the forms
    `crime_phrases` reads: a crime named "die Tötung von X" is no murder by its noun, as in English."""
    return {c: [str(t["de"])] for c, t in ontology_labels()["translations"]["crime_types"].items()}


def crime_phrases() -> dict[str, str]:
    """The crime types' German labels, without what they add in brackets, with their genitive and plural."""
    out: dict[str, str] = {}
    # a label without brackets first: "Folter" is torture, "Folter (Verbrechen gegen die Menschlichkeit)" only
    # where the text says which; "Tötung" alone is a killing, which may be murder or a lawful act of war
    translations = ontology_labels()["translations"]["crime_types"].items()
    for notation, labels in sorted(translations, key=lambda item: "(" in str(item[1].get("de", ""))):
        label = re.sub(r"\s*\([^)]*\)", "", str(labels.get("de", ""))).lower().strip()
        if not label or label in lexicon.NO_KIND:
            continue
        words = label.split()
        for form in {label, " ".join([words[0] + "es", *words[1:]]), " ".join([words[0] + "s", *words[1:]]),
                     " ".join([words[0] + "e", *words[1:]])}:  # fmt: skip
            out.setdefault(form, notation)
    # their other names ("grausame Behandlung"), with an adjective's other endings ("wegen grausamer Behandlung",
    # "der schwerwiegenden Freiheitsberaubung")
    for notation, names in crime_type_names_in("de").items():
        for name in names:
            first, *rest = name.lower().split()
            endings = [first[:-1] + e for e in ("e", "er", "en")] if rest and first.endswith("e") else [first]
            for form in endings:
                out.setdefault(" ".join([form, *rest]), notation)
    return out


def _mechanism(head: str) -> bool:
    return head.lower().endswith(lexicon.MECHANISM_ENDS)


# Courts of a kind that many places have: named only with their place ("Oberlandesgericht Koblenz").
_PLACED_COURTS = ("oberlandesgericht", "landgericht", "amtsgericht", "verwaltungsgericht", "strafgericht", "gericht")
# Forces named by a compound alone ("Militärgeheimdienst"); any other head needs a name or a number with it.
_NAMED_SERVICES = (
    "geheimdienst",
    "nachrichtendienst",
    "hauptamt",
    "kommandantur",
    "wehrmacht",
    "luftwaffe",
    "kriegsmarine",
)  # "Reichssicherheitshauptamt", "die Luftwaffe": one body each
# "3. Strafsenat des Bundesgerichtshofs", "1. Strafsenat des Oberlandesgerichts Koblenz"
# "1. Strafsenat des Oberlandesgerichts Koblenz", "die Berufungskammer des Bundesstrafgerichts", "die
# Schwurgerichtskammer des Landgerichts Neuruppin", "die Große Kammer des Europäischen Gerichtshofs für
# Menschenrechte", "die Vorverfahrenskammer I des Internationalen Strafgerichtshofs": a chamber of a court
_SENATE = re.compile(
    rf"(?:\b\d+\.\s+)?(?:\bStrafsenat(?:s|es)?|(?<![\w-])(?:Große\s+Kammer|[A-ZÄÖÜ][a-zäöüß]+kammer|Anklagebehörde)"
    rf"(?:\s+[IVX]+)?)\s+des\s+"
    rf"(?:{lexicon.NAME_ADJECTIVE}\s+)?{_WORD}"
    rf"(?:\s+für\s+(?:(?:die|das|den)\s+)?(?:ehemalige\s+)?{_WORD}|[ \t]+(?P<place>{_PLACE}))?"
)
# A chamber named by its kind alone, after its article: "die Berufungskammer", "der Vorverfahrenskammer II"; which
# court's it is the document tells (nlp/chambers.py).
_CHAMBER = re.compile(
    r"(?<=\b[Dd](?:ie|er)\s)(?:(?:Berufungs|Rechtsmittel|Vorverfahrens|Hauptverfahrens|Verfahrens|Straf|Schwurgerichts|"
    r"Jugend)kammer(?:\s+[IVX]+\b)?|Anklagebehörde)(?!\s+de[rs]\s)"
)
# "Abteilung 251", "Unterabteilung 40", "33. Leichte Infanteriedivision"
_COMPOUND = rf"(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?:{'|'.join(lexicon.FORCE_ENDS)})"
_NUMBERED = re.compile(
    rf"\b(?:(?P<n>\d+)\.\s+(?:{lexicon.NAME_ADJECTIVE}\s+)?{_COMPOUND}|{_COMPOUND}\s+\d+)\b", re.IGNORECASE
)


_FEMININE = ("e", "kräfte", "ung", "heit", "keit", "schaft", "ion", "tät", "ei", "polizei", "armee", "front")


def _headed(doc: Doc, text: str) -> Iterator[Candidate]:
    for m in _SENATE.finditer(text):
        # not "... des IStGH Haftbefehl": a noun after the court is no place of its
        noun = m["place"] and nouns.common(m["place"]) and not nouns.place(m["place"])  # not "Bremen", "Essen"
        end = m.start("place") if noun else m.end()
        span = doc.char_span(m.start(), end, alignment_mode="expand")
        if span is not None:
            yield Candidate(span.start, span.end, "Mechanism", RULE + 1, kind="national_court")
    for m in _CHAMBER.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            yield Candidate(span.start, span.end, "Mechanism", RULE, kind="national_court")
    for m in _NUMBERED.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and (span[0].text[:1].isupper() or span[0].like_num):
            yield Candidate(span.start, span.end, "Organization", RULE, kind="unit")
    for m in _HEADED.finditer(text):
        head = m["head"]
        after = m["place"] if m["place"] and not _named_after(m["place"].split()[0]) else None
        if len(head) <= len(m["end"]) and not m["adj"] and not after and head.lower() not in _NAMED_SERVICES:
            continue  # "Gericht", "Armee" alone: no name
        if head.lower() in _PLACED_COURTS and not after:
            continue  # "das Oberlandesgericht": which one the text said before
        if not _mechanism(head) and not m["adj"] and not head.lower().endswith(_NAMED_SERVICES):
            continue  # "Sicherheitskräfte", "Protestbewegung": a common noun
        place = after if _mechanism(head) else None  # a force is not named after what follows it
        end_char = m.end() if place else m.end("head") + len(m["gen"] or "")
        name = " ".join(x for x in ((m["adj"] or "").strip(), head, place or "") if x)
        start_char = m.start()
        if _mechanism(head) and not place and not m["adj"] and _the_one_named_before(text, m):
            span = doc.char_span(m.start(), m.end("head"), alignment_mode="expand")
            if span is not None:  # "Ein Militärgericht in Hamm ... Das Militärgericht": that court
                yield Candidate(span.start, span.end, "Mechanism", RULE, anaphor=True, wants="Mechanism",
                                head=head.lower())  # fmt: skip
            continue
        unnamed = _unnamed_court(text, m) if _mechanism(head) and not place and not m["adj"] else None
        if unnamed is not None:  # "ein britisches Militärgericht in Venedig": that court; "Venedig" a place too
            start_char, end_char, name = unnamed
        adj = (m["adj"] or "").strip()
        if adj:  # "Internationalen" -> "Internationaler": the nominative of a masculine name's adjective
            stem = re.sub(r"(?:en|em|es|er|e)$", "", adj)
            # feminine and plural heads take "-e" ("Politische Abteilung", "Demokratische Kräfte"), others "-er"
            name = name.replace(adj, stem + ("e" if head.endswith(_FEMININE) else "er"), 1)
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        # the name as written too, where its case differs ("des Landgerichts München I"): a reader may cite it so
        written = {"alias": span.text} if span.text != name and unnamed is None else {}
        if _mechanism(head):
            kind = (
                "international_court"
                if "international" in name.lower() or "tribunal" in name.lower()
                else ("fact_finding" if name.lower().endswith(("mission", "kommission")) else "national_court")
            )
            yield Candidate(span.start, span.end, "Mechanism", RULE, name=name, kind=kind, **written)
        else:
            yield Candidate(span.start, span.end, "Organization", RULE, name=name, kind="unit", **written)


# A court of no name, told by its kind, its country and its place: "ein sowjetisches Militärtribunal in Berlin",
# "einem italienischen Militärgericht in La Spezia", "ein Militärgericht in Fort Hood".
_INDEFINITE = re.compile(r"\b[Ee]in(?:e|em|er|es|en)?\s+(?:(?P<adj>[a-zäöüß]+isch(?:e|es|er|en|em))\s+)?$")
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>(?:La\s+|Le\s+|Fort\s+|San\s+|Bad\s+)?[A-ZÄÖÜ][\wäöüß'-]+)")


def _the_one_named_before(text: str, m: re.Match[str]) -> bool:
    """A court's noun after a definite article ("das Militärgericht") where the text named a court of no name of that
    noun before ("ein Militärgericht in Hamm"): that court, not one of its own."""
    if not re.search(r"\b[Dd](?:as|em|es|er|ie)\s+$", text[max(0, m.start() - 5) : m.start()]):
        return False
    head = re.escape(m["head"])
    return re.search(rf"\b[Ee]in\w*\s+(?:[a-zäöüß]+isch\w*\s+)?{head}\s+in\s", text[: m.start()]) is not None


def _unnamed_court(text: str, m: re.Match[str]) -> tuple[int, int, str] | None:
    """The characters and the name of a court of no name told by its country's adjective, its place or both, after
    an indefinite article; None if neither is told."""
    before = _INDEFINITE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return None
    after = _IN_PLACE.match(text, m.end("head"))
    place = after["place"] if after and (nouns.place(after["place"]) or not nouns.common(after["place"])) else None
    if before["adj"] is None and place is None:
        return None
    head = m["head"]
    adj = before["adj"]
    if adj:  # the nominative after "ein": "britisches Militärgericht", "sowjetischer Gerichtshof"
        stem = re.sub(r"(?:en|em|es|er|e)$", "", adj)
        adj = stem + ("e" if head.endswith(_FEMININE) else "er" if head.lower().endswith("hof") else "es")
    name = " ".join(x for x in (adj, head, f"in {place}" if place else None) if x)
    start = before.start("adj") if before["adj"] else m.start()
    return start, m.end("head"), name  # the place, a mention of its own, stays out of the court's span


def _named_after(word: str) -> bool:
    """Whether a court's head is followed by a word that is no part of its name: a person's given name ("hatte die
    Strafkammer Alieu Kosiah schuldig gesprochen", "beim Generalbundesanwalt Kay Nehm") or a common noun that
    names no place ("des Kammergerichts Anklage", "der Bundesgerichtshof Mitteilung")."""
    if re.fullmatch(r"[IVX]+", word):
        return False  # "Strafkammer I", "München II"
    return (
        word.lower() in lexicon.GIVEN_NAMES
        or nouns.given(word)
        or (nouns.common(word) and not nouns.place(word) and not town(word) and word not in place_names())
    )


_PARTICLES = frozenset({"al", "el", "bin", "von", "van", "de"})


def _particle(word: str) -> bool:
    """A particle of a surname ("al", "al-J.", "von"), not a name that begins like one ("Alaa", "Delia")."""
    return word in _PARTICLES or word.startswith(("al-", "el-"))


_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")


def _name_end(doc: Doc, start: int, limit: int) -> int:
    """Where the name words from token `start` end (before `limit`): capitalised words with no common noun's
    ending, initials ("Robert H. Jackson"), particles before such a word ("Joachim von Ribbentrop")."""
    end = start
    while end < min(limit, len(doc)) and (
        (_capitalised(doc[end].text) and not doc[end].lower_.endswith(lexicon.NOUN_ENDINGS))
        or (_INITIAL.fullmatch(doc[end].text) and _after_initial(doc, end + 1))
        or (_particle(doc[end].lower_) and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
    ):  # fmt: skip
        end += 1
    # a particle ends no name, but a surname that begins like one does ("Eyad Al-Gharib")
    while end > start and (doc[end - 1].lower_ in _PARTICLES or _INITIAL.fullmatch(doc[end - 1].text)):
        end -= 1
    return end


_SLAVIC = re.compile("[ćčšžđ]", re.IGNORECASE)


def _capitalised(word: str) -> bool:
    """A capitalised word, or capitalised words joined by hyphens ("Fischer-Schweder")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


def _given(word: str) -> bool:
    """A common given name, or given names joined by a hyphen ("Hans-Joachim")."""
    return (
        all(part.lower() in lexicon.GIVEN_NAMES or nouns.given(part) for part in word.split("-")) and word[:1].isupper()
    )


def _after_initial(doc: Doc, i: int) -> bool:
    """Whether the name goes on after an initial: "Robert H. Jackson", not "Bruno D. Anklage" (a German noun's
    ending, "-e", "-en", "-ung", ...: the name ended with the initial, as German reports shorten it)."""
    if i >= len(doc) or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return True  # the initial ends the name; the loop stops at the next word itself
    word = doc[i].lower_
    # "Josef S. Im Juni ...": a small word with a capital begins the next sentence
    return (
        not word.endswith(("e", "en", *lexicon.NOUN_ENDINGS)) and word not in lexicon.NOT_PLACES
        and word not in STOP_WORDS and word not in lexicon.MONTHS
    )  # fmt: skip


# Nouns of a country's subdivisions before a place's name ("Region Sindschar", "Distrikt Lublin").
_SUBDIVISIONS = frozenset("region distrikt provinz bezirk kreis landkreis gouvernement gemeinde bundesstaat".split())


def _surname_after_initial(doc: Doc, start: int, end: int) -> int:
    """Where a name that ends with an initial at `end` ends: there ("Alaa M.", as German reports shorten a
    name), or after the surname that follows a given name and a middle initial ("James T. Brand", "Charles M.
    LaFollette"): a capitalised word, no article or other small word, and no common noun unless a comma, a full
    stop or "und" follows it."""
    if end >= len(doc) or not _given(doc[start].text) or end - start != 2:
        return end
    word = doc[end]
    if not ((_capitalised(word.text) and _after_initial(doc, end)) or word.text[1:] != word.text[1:].lower()):
        return end  # "LaFollette": a capital inside it makes a name, whatever its ending
    if word.lower_ in STOP_WORDS or word.lower_ in lexicon.MONTHS or not word.is_alpha:
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    if nouns.common(word.text) and after is not None and after.text not in {",", ".", ";", "und"}:
        return end
    return end + 1


def _persons(doc: Doc, text: str) -> Iterator[Candidate]:
    for m in _INITIALS.finditer(text):  # "Alaa M.", "Anwar R.", "Taha al-J."
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None:
            continue
        start = span.start
        while start < span.end - 2 and not _particle(doc[start + 1].lower_) and not _given(doc[start].text):
            # "Ehefrau Jennifer W.", "Geheimdienstes Anwar R.": a given name and an initial ("Amer Tarak A.": two)
            start += 1
        if start + 2 < span.end and _particle(doc[start + 1].lower_) and nouns.common(doc[start].text) \
                and _given(doc[start + 2].text):  # fmt: skip
            start += 2  # "unter dem Vorsitz von James T.": "von" a preposition after a noun, not a particle
        first = doc[start]
        if first.is_upper or first.lower_.endswith((*lexicon.NOUN_ENDINGS, *UNIT_HEADS)) or span.end - start < 2:
            continue  # "II.", "SS.", "die Einsatzgruppe B.": no one's name
        yield Candidate(start, _surname_after_initial(doc, start, span.end), "Person", SHAPE)
    for t in doc:  # "Robert Mulka", "Ignace Murwanashyaka": a given name, then a capitalised word or two
        if not _given(t.text) or t.i + 1 >= len(doc):
            continue
        end = _name_end(doc, t.i + 1, t.i + 5)
        if end - t.i >= 2:
            yield Candidate(t.i, end, "Person", SHAPE, **genitive(doc, t.i, end))
    for t in doc:  # "Milivoj Petković", "Valentin Ćorić": a name, then a surname of the Slavic letters
        if (
            _SLAVIC.search(t.text) and _capitalised(t.text) and t.i > 0 and _capitalised(doc[t.i - 1].text)
            and not nouns.compound(doc[t.i - 1].text) and doc[t.i - 1].lower_ not in STOP_WORDS
            and not _named_place(doc, t.i) > t.i and not nouns.place(doc[t.i - 1].text)
        ):  # fmt: skip
            yield Candidate(t.i - 1, t.i + 1, "Person", SHAPE)
    for t in doc:
        if not cue(t.lower_) or t.i + 1 >= len(doc):
            continue
        if (
            _particle(doc[t.i + 1].lower_)
            and t.i + 2 < len(doc)
            and (
                _given(doc[t.i + 2].text) or cue(doc[t.i + 2].lower_) or a_place(doc[t.i + 2].text)
                or (doc[t.i + 1].lower_ == "von" and t.lower_ not in lexicon.RANKS)
            )
        ):  # fmt: skip
            # "unter dem Vorsitz von Günter Krantz", "den Kommandanten von Treblinka": a preposition, where
            # after a rank "von" begins a name ("General von Paulus")
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 4 and (
            (_capitalised(doc[end].text) and not doc[end].lower_.endswith(lexicon.NOUN_ENDINGS)
             and not cue(doc[end].lower_))
            or _particle(doc[end].lower_)
        ):  # fmt: skip
            end += 1
        while end > t.i + 1 and doc[end - 1].lower_ in _PARTICLES:
            end -= 1  # "Ministerpräsident Andrej Plenković von einer ...": a preposition after the name
        if end - t.i >= 3 or (end - t.i == 2 and doc[t.i + 1].text.endswith(".")):
            attrs = {"rank": t.lower_} if t.lower_ in lexicon.RANKS else {}
            yield Candidate(t.i + 1, end, "Person", SHAPE, **attrs)


# Endings of nouns of persons ("Nachfolgerin", "Referent", "Machthaber", "Kommandeur", "Aktivist").
# Words a person's name follows with no article: a verdict's verb ("verurteilte Ignace Murwanashyaka"),
# "gegen" ("die Strafsache gegen Straton Musoni"), a command's noun ("unter dem Kommando von Sylvestre
# Mudacumura"). A common noun there takes an article or is plural and alone, so two or three capitalised
# words with no common noun's ending there are a name; so are those before ", Kommandeur der".
_BEFORE_ACCUSED = re.compile(
    r"(?:\b(?:gegen|unter|verurteilt|verurteilte|verurteilten|sprach|sprachen)|"
    r"\b(?:Kommando|Führung|Leitung|Befehl)\s+von)\s+$"
)
_TITLE_AFTER = re.compile(
    r"\s*,\s+(?:(?:der|die|ehemalige[rn]?|frühere[rn]?|damalige[rn]?)\s+)?(?:Kommandeur|Kommandant|Befehlshaber|"
    r"Oberbefehlshaber|Chef|Leiter|Leiterin|Anführer|Gründer|Präsident|Mitglied|Offizier|Sprecher)\b"
)


def _accused(doc: Doc, text: str) -> Iterator[Candidate]:
    for t in doc:
        if not _name_word(t) or (t.i > 0 and _name_word(doc[t.i - 1])):
            continue
        end = t.i
        while end < len(doc) and end - t.i < 3 and _name_word(doc[end]):
            end += 1
        if end - t.i < 2:
            continue
        before = _BEFORE_ACCUSED.search(text, max(0, t.idx - 40), t.idx)
        if before is not None or _TITLE_AFTER.match(text, doc[end - 1].idx + len(doc[end - 1])):
            yield Candidate(t.i, end, "Person", EVENT)


def _name_word(t: Token) -> bool:
    word = t.lower_
    return (
        t.text[:1].isupper() and t.is_alpha and len(t) > 2 and not t.is_upper
        and not word.endswith(lexicon.NOUN_ENDINGS) and word not in lexicon.NOT_PLACES
        and word not in lexicon.PERSON_CUES and word not in lexicon.MONTHS and word not in _TIMES
    )  # fmt: skip


_TIMES = frozenset("anfang mitte ende beginn seit jahr jahre jahren monate tage wochen".split())
# Nouns of a settlement or an area whose name follows them: "die Stadt Višegrad", "im Dorf Kocho".
_SETTLEMENTS = frozenset(
    "stadt kleinstadt hauptstadt dorf dörfer ortschaft ort gemeinde stadtteil viertel region provinz bezirk "
    "distrikt kreis".split()
)


# A preposition and a noun that say no place though a town bears the noun's name ("in Brand gesetzt").
_IDIOMS = frozenset({("in", "brand")})


def _places(doc: Doc) -> Iterator[Candidate]:
    known = place_names()
    for t in doc:
        if t.text in known or (t.i + 1 < len(doc) and f"{t.text} {doc[t.i + 1].text}" in known):
            end = t.i + 2 if t.i + 1 < len(doc) and f"{t.text} {doc[t.i + 1].text}" in known else t.i + 1
            if not _goes_on(doc, end):
                yield Candidate(t.i, end, "Location", NER + 1)
        elif (end := _named_place(doc, t.i)) > t.i:
            written = doc[t.i : end].text
            yield Candidate(t.i, end, "Location", NER + 1, name=nouns.place(written) or written)
        elif (stem := _genitive_place(t, known)) is not None and not _goes_on(doc, t.i + 1):
            yield Candidate(t.i, t.i + 1, "Location", NER + 1, name=stem)  # "im Norden Ugandas": Uganda
        elif t.i > 0 and doc[t.i - 1].lower_ in _SETTLEMENTS and _capitalised(t.text) and not nouns.common(t.text):
            yield Candidate(t.i, t.i + 1, "Location", NER)  # "die ostbosnische Stadt Višegrad", "das Dorf Kocho"
        elif (
            t.i == 0 or doc[t.i - 1].lower_ not in BEFORE_PLACE or (doc[t.i - 1].lower_, t.lower_) in _IDIOMS
            or (nouns.compound(t.text, tail=5) and nouns.place(t.text) is None)
        ):  # fmt: skip
            continue  # "in Form", "aus Sicht", "in Militäruniform", "in Brand": a common noun, whatever town
            # bears its name, where a place German names is one ("nach Münster"; "in Treblinka" is no "Inka")
        elif town(t.text):
            yield Candidate(t.i, t.i + 1, "Location", NER)  # "in Bremen": a town, whatever its ending
        elif (
            t.text[:1].isupper() and t.is_alpha
            and t.lower_ not in lexicon.NOT_PLACES and not t.lower_.endswith(lexicon.NOUN_ENDINGS)
            and not t.lower_.endswith(("en", "er", "e")) and len(t) > 2
        ):  # fmt: skip
            yield Candidate(t.i, t.i + 1, "Location", NER)


def _genitive_place(t: Token, known: frozenset[str]) -> str | None:
    """A place's name in the genitive, which German writes with an "s" ("Ugandas", "Kroatiens damaliger
    Präsident", "des Iraks"): its name in the nominative, when that is a country's, a region's or a town's and
    neither form is a common noun ("des Essens" is a meal's)."""
    word = t.text
    if len(word) < 5 or not word.endswith("s") or not _capitalised(word) or word.endswith(("ss", "ßs")):
        return None
    stem = word[:-1]
    if word in known or town(word) or nouns.place(word) is not None:
        return None  # "Damaskus", "Tripolis": names of their own
    if nouns.common(word) or nouns.common(stem) or not (stem in known or town(stem)):
        return None
    return stem


# The first words of Italian, Spanish and Portuguese places' names ("San Terenzo Monti", "Monte Sole", "La
# Spezia", "São Paulo"), and the small words inside them ("Sant'Anna di Stazzema", "Villa de Leyva").
_ROMANCE_FIRSTS = frozenset("San Santa Santo São Monte Porto Puerto Villa Ciudad La Le El Los Las".split())
_ROMANCE_LINKS = frozenset("di de del della delle degli da do dos das".split())
_ROMANCE_ARTICLES = frozenset("La Le El Los Las".split())


def _romance_places(doc: Doc) -> Iterator[Candidate]:
    """A place named in Italian, Spanish or Portuguese, of two words or more: its first word, then capitalised
    words that are no German nouns, past "di", "de", "del" ("Sant'Anna di Stazzema", "Monte Sole", "La Spezia");
    never at a sentence's start, nor a German noun after it ("La Paz" is a place, "Monte Carlo" too; "El Mozote")."""
    i = 0
    while i < len(doc):
        t = doc[i]
        first = t.text in _ROMANCE_FIRSTS or t.text.startswith("Sant'") or t.text.startswith("Sant\u2019")
        if not first or t.is_sent_start or (i > 0 and doc[i - 1].text in _OPENING):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            w = doc[end]
            article = t.text in _ROMANCE_ARTICLES
            if (
                w.text[:1].isupper() and w.is_alpha and not w.is_upper and end - i < (2 if article else 3)
                and (not nouns.common(w.text) or (end == i + 1 and not article))
            ):  # fmt: skip
                # "Monte Sole", "San Marino": a German noun's shape, after a word that names no German thing; one
                # name after an article, two after "San" ("San Terenzo Monti"): "in La Spezia Scheungraber" ends
                # before the man's name
                end += 1
            elif w.lower_ in _ROMANCE_LINKS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                    and doc[end + 1].is_alpha and not nouns.common(doc[end + 1].text):  # fmt: skip
                end += 2
            else:
                break
        if end > i + 1 or "'" in t.text or "\u2019" in t.text:
            yield Candidate(i, end, "Location", NER + 1)
        i = max(end, i + 1)


# A crime's nouns after which a name alone is a place's: "das Massaker von Srebrenica", "der Angriff auf Glogova"
# (not "die Tötung von Reda", a person's; nor "der Anschlag auf Hafez al-Assad").
_PLACED_CRIMES = {
    "von": ("massaker", "belagerung", "beschuss", "bombardierung", "einnahme", "zerstörung", "eroberung",
            "vertreibung", "blutbad"),
    "auf": ("angriff", "angriffe", "überfall", "luftangriff", "luftangriffe", "granatangriff", "sturm"),
}  # fmt: skip


def _crime_places(doc: Doc) -> Iterator[Candidate]:
    """A name of one word after a crime's noun of a place ("Massaker von X", "Angriff auf X") that is no German
    noun nor given name, and that no other name follows: a place."""
    for t in doc[:-2]:
        heads = _PLACED_CRIMES.get(doc[t.i + 1].lower_)
        if heads is None or not t.lower_.endswith(heads) or not t.text[:1].isupper():
            continue
        w = doc[t.i + 2]
        after = doc[t.i + 3] if t.i + 3 < len(doc) else None
        if (
            w.text[:1].isupper() and not w.is_upper and len(w) > 2 and w.text.replace("-", "").isalpha()
            and not nouns.compound(w.text) and not _given(w.text) and w.lower_ not in STOP_WORDS
            and not (after is not None and after.text[:1].isupper() and after.is_alpha and not nouns.common(after.text))
        ):  # fmt: skip
            yield Candidate(w.i, w.i + 1, "Location", NER)


_OPENING = frozenset({":", "„", "“", '"', "(", "\u2013", "-"})  # after which German writes any word with a capital


def _named_place(doc: Doc, i: int) -> int:
    """The end of the place's name that begins at token i, or i: a place Wiktionary names ("Damaskus",
    "Bad Wildungen"), or a town of the world's list that is no German noun ("Parral", not "Ende" or
    "Mission"), and no part of a longer name ("Colonia Dignidad", "Robert Jackson")."""
    t = doc[i]
    if not t.text[:1].isupper() or not t.text[:1].isalpha():
        return i
    for n in (3, 2):
        if i + n <= len(doc) and nouns.place(" ".join(w.text for w in doc[i : i + n])):
            return i + n
    word = t.text
    if not (nouns.place(word) or town(word)) or nouns.common(word) or nouns.given(word) or _given(word):
        return i
    before = doc[i - 1] if i > 0 else None
    first = t.is_sent_start or (before is not None and before.text in _OPENING)
    if word.lower() in lexicon.NOT_PLACES or (first and not (i + 1 < len(doc) and doc[i + 1].text == ",")):
        return i  # "Weil ...", ": Seine Kämpfer": a sentence's first word, unless a dateline's ("Koblenz, 13. Januar")
    if (before is not None and (nouns.given(before.text) or _given(before.text))) or _goes_on(doc, i + 1):
        return i
    return i + 1


def _goes_on(doc: Doc, end: int) -> bool:
    """Whether the name of a place ending before token `end` goes on into a longer name ("Colonia Dignidad"): a
    capitalised word follows that is no common noun and no place."""
    if end >= len(doc) or not _capitalised(doc[end].text):
        return False
    word = doc[end].text
    return not (nouns.common(word) or nouns.place(word) or town(word) or word in place_names())


# Heads a body's name may begin with, or follow a capitalised adjective ("Union kongolesischer Patrioten",
# "Patriotische Kräfte zur Befreiung des Kongo"), where an acronym in brackets follows the name.
_BODY_HEADS = (*lexicon.FORCE_ENDS, "union", "bund", "rat", "komitee", "allianz", "verband", "kongress",
               "organisation", "koalition", "liga", "vereinigung")  # fmt: skip
# Words a body's name holds in lower case between two capitalised ones: "der", "zur" (nlp/german/units.py
# INSIDE_NAMES), an adjective's ending.
_LOWER_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:er|en|es|e)")


def _inside_name(t: Token) -> bool:
    return t.lower_ in INSIDE_NAMES or _LOWER_ADJECTIVE.fullmatch(t.text) is not None


def _before_acronym(doc: Doc) -> Iterator[Candidate]:
    """The name of a body before its acronym in brackets, with the words a German name holds in lower case
    ("die Union kongolesischer Patrioten (UPC)", "der Patriotische Kräfte zur Befreiung des Kongo (FPLC)"): from a
    body's head (or the capitalised adjective before it) to the bracket; two words or more."""
    for t in doc:
        if not (
            t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and _ACRONYM.match(doc[t.i + 1].text)
        ):
            continue
        k = t.i - 1
        while k > 0 and (doc[k].text[:1].isupper() or (_inside_name(doc[k]) and doc[k - 1].text[:1].isupper())):
            k -= 1
        heads = [i for i in range(k, t.i - 1) if doc[i].lower_.endswith(_BODY_HEADS) and doc[i].text[:1].isupper()]
        if not heads:
            continue
        start = heads[0]
        if start > 0 and re.fullmatch(lexicon.NAME_ADJECTIVE, doc[start - 1].text):
            start -= 1  # "Patriotische Kräfte"
        if t.i - start >= 2 and doc[start].text[:1].isupper():
            yield Candidate(start, t.i, "Organization", RULE, kind="other")


# A case's number, not a body's acronym: "ICC-01/04-01/06", "IT-94-1".
_CASE_NUMBER = re.compile(r"[A-Z]+-\d")


def _acronyms(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if _CASE_NUMBER.match(t.text):
            continue
        if _ACRONYM.match(t.text) and not (t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_upper):
            court = _court_acronym(doc, t)
            if court is not None:
                yield court
            elif t.text in MECHANISM_ACRONYMS:
                yield Candidate(t.i, t.i + 1, "Mechanism", PHRASE, kind=MECHANISM_ACRONYMS[t.text])
            else:
                yield Candidate(t.i, t.i + 1, "Organization", EVENT, kind="other")
        elif _BRANCH_OF.fullmatch(t.text):
            yield Candidate(t.i, t.i + 1, "Organization", EVENT, kind="unit")  # "die Waffen-SS": a branch of the SS


def _court_acronym(doc: Doc, t: Token) -> Candidate | None:
    """A court German names by its acronym, under its name: "der BGH" (the Bundesgerichtshof), "das OLG Koblenz"
    (an Oberlandesgericht by its seat)."""
    if t.text not in lexicon.MECHANISM_ACRONYMS:
        return None
    kind, name = lexicon.MECHANISM_ACRONYMS[t.text]
    if t.text != "OLG":
        return Candidate(t.i, t.i + 1, "Mechanism", PHRASE, kind=kind, name=name, alias=t.text)
    seat = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if seat is None or not seat.is_alpha or not seat.text[:1].isupper():
        return None  # "das OLG" alone: which one the document tells
    return Candidate(t.i, t.i + 2, "Mechanism", PHRASE, kind=kind, name=f"{name} {seat.text}", alias=f"OLG {seat.text}")


# A body's branch named by a word and the body's acronym: "Waffen-SS", "Allgemeine-SS".
_BRANCH_OF = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-(?:SS|SA)")


def _attached(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "das Schwurgericht beim Landgericht Frankfurt am Main", "der Generalbundesanwalt beim Bundesgerichtshof":
    a court or prosecution attached to another is named with it."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        last = out[-1] if out else None
        if (
            last is not None and last.label == "Mechanism" and c.label == "Mechanism"
            and c.start == last.end + 1 and doc[last.end].lower_ == "beim"
        ):  # fmt: skip
            own = [str(x.attrs.get("name") or doc[x.start : x.end].text) for x in (last, c)]
            named = {**last.attrs, "name": " beim ".join(own), "alias": own[0]}  # "das Schwurgericht" after it
            out[-1] = Candidate(last.start, c.end, "Mechanism", last.priority, **named)
        else:
            out.append(c)
    return out


def _coordinated(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """ "Radhika Coomaraswamy und Christopher Sidoti", "Oswald Kaduk, Stefan Baretzki": two or three name
    words listed with a person's name are a person's name too."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    persons = sorted((c for c in chosen if c.label == "Person"), key=lambda c: c.start)
    for c in persons:
        at = c.end
        while at + 2 < len(doc) and doc[at].text in {",", "und", "sowie"}:
            end = at + 1
            while end < len(doc) and end - at <= 4 and end not in taken and (
                _name_word(doc[end]) or (_particle(doc[end].lower_) and end + 1 < len(doc) and _name_word(doc[end + 1]))
            ):  # fmt: skip
                end += 1
            if end - at < 3 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
                break  # one word, or more capitalised words than a name has
            yield Candidate(at + 1, end, "Person", EVENT)
            at = end


_OTHERS = ("und andere", "u. a.", "u.a.")


def _case_noun(t: Token) -> bool:
    """A noun of a proceeding, alone or at the end of a compound ("Staatsschutzverfahren", "Strafsache")."""
    return t.text[:1].isupper() and t.lower_.endswith(tuple(lexicon.CASE_NOUNS))


def _formal_start(doc: Doc, start: int) -> int:
    """Where a formal case name begins before the party's name the tagger found: "Die Vereinigten Staaten von
    | Amerika gegen ...", the words of the state's name before it and its article, written capitalised."""
    first = start
    while first > 0 and start - first < 4 and (doc[first - 1].lower_ == "von" or _capitalised(doc[first - 1].text)):
        if doc[first - 1].lower_ in {"der", "die", "das"} and not doc[first - 1].text[:1].isupper():
            break
        first -= 1
        if doc[first].lower_ in {"der", "die", "das"}:
            break  # "Die Vereinigten Staaten": a capitalised article opens the formal name
    return first


def _with_others(doc: Doc, end: int) -> int:
    """The end of a case's name after its accused, past "und andere" or "u. a." ("gegen Mulka und andere")."""
    rest = doc[end : end + 3].text
    others = next((o for o in _OTHERS if rest.startswith(o)), None)
    if others is None:
        return end
    return next((k for k in range(end + 1, end + 4) if doc[end:k].text == others), end)


def _co_accused(doc: Doc, end: int, starts: dict[int, Candidate]) -> int:
    """The end of a case's name past the others it names accused: "gegen A, B und C"."""
    while end + 1 < len(doc) and doc[end].text in {",", "und"} and end + 1 in starts:
        end = starts[end + 1].end
    return end


def _cases(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """ "das Strafverfahren gegen Alaa M.", "der Prozess gegen Anwar R. und Eyad A.", "die Strafsache gegen
    Mulka und andere"; "der Fall Jorgić"; a compound named after its accused or its group ("der
    Hamza-Prozess", "das FDLR-Verfahren"), or after its town ("der Ulmer Einsatzgruppenprozess")."""
    starts = {c.start: c for c in chosen if c.label == "Person"}
    for c in chosen:  # "Vereinigte Staaten gegen Josef Altstötter u. a.", "Ankläger gegen Duško Tadić": a case's
        # formal name, a state or a prosecution against the accused
        party = (
            c.label == "Location"
            or (c.end - c.start == 1 and doc[c.start].lower_ == "ankläger")
            or (
                c.label == "Mechanism"
                and not _case_noun(doc[c.start])
                and not (c.start and (_case_noun(doc[c.start - 1]) or doc[c.start - 1].lower_ in {"des", "der"}))
                and c.attrs.get("alias") not in lexicon.MECHANISM_ACRONYMS
            )
        )  # not "der Haftbefehl des IStGH gegen X", "die Anklage der Bundesanwaltschaft gegen X": a court is no party
        # ("im Verfahren Bundesanwaltschaft gegen X": the proceeding's noun, read by the loop below)
        if party and c.end + 1 < len(doc) and doc[c.end].lower_ == "gegen" and c.end + 1 in starts:
            start = _formal_start(doc, c.start) if c.label == "Location" else c.start
            yield Candidate(start, _with_others(doc, starts[c.end + 1].end), "Case", RULE + 1)
    for t in doc:
        if t.lower_ == "ankläger" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "gegen" and t.i + 2 in starts:
            # "Der Ankläger gegen Thomas Lubanga Dyilo" (the ICC's German title), with its capitalised article
            first = t.i - 1 if t.i > 0 and doc[t.i - 1].text in {"Der", "Die"} else t.i
            yield Candidate(first, _with_others(doc, _co_accused(doc, starts[t.i + 2].end, starts)), "Case", RULE + 1)
        elif _case_noun(t) and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "gegen" and t.i + 2 in starts:
            yield Candidate(t.i, _with_others(doc, starts[t.i + 2].end), "Case", RULE + 1)
        elif t.lower_ == "fall" and (person := starts.get(t.i + 1)) is not None:
            yield Candidate(t.i, person.end, "Case", RULE + 1)  # "im Fall Jorgić"
        elif "-" in t.text and _case_noun(t):
            head, _, noun = t.text.rpartition("-")
            if head[:1].isupper() and noun.lower() in lexicon.CASE_NOUNS:
                yield Candidate(t.i, t.i + 1, "Case", RULE + 1)  # "der Hamza-Prozess", "das FDLR-Verfahren"
        elif _case_noun(t) and t.i > 0 and doc[t.i - 1].text.endswith("er"):
            town = doc[t.i - 1]
            if not town.is_title or town.lower_ in lexicon.NOT_CASE_ADJECTIVES:
                continue
            if t.lower_ not in lexicon.CASE_NOUNS:
                yield Candidate(t.i - 1, t.i + 1, "Case", RULE + 1)  # "der Ulmer Einsatzgruppenprozess"
            elif (whom := _against_whom(doc, t.i + 1)) is not None and a_place(town.text[:-2]):
                # "der Nürnberger Prozess gegen die Hauptkriegsverbrecher": the bare noun after a town's adjective
                # names a trial only with whom it was against
                yield Candidate(t.i - 1, whom, "Case", RULE + 1)


def _against_whom(doc: Doc, i: int) -> int | None:
    """The end of "gegen die Hauptkriegsverbrecher", "gegen den Kommandanten" from token `i`: "gegen", an article,
    at most two words in lower case, a noun."""
    if i + 2 >= len(doc) or doc[i].lower_ != "gegen" or doc[i + 1].lower_ not in {"die", "den", "das", "der"}:
        return None
    k = i + 2
    while k < len(doc) and k - i < 5 and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    return k + 1 if k < len(doc) and doc[k].is_title and doc[k].is_alpha else None


class GermanEntityRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.matcher, self.notations = crime_type_matcher(nlp, crime_phrases(), "DE")

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        candidates: list[Candidate] = []
        candidates += date_candidates(doc, DATE, iso)
        for match_id, start, end in self.matcher(doc):
            candidates.append(Candidate(start, end, "CrimeType", PHRASE, notation=self.notations[match_id]))
        candidates += [
            *_headed(doc, text),
            *_persons(doc, text),
            *_accused(doc, text),
            *_places(doc),
            *_romance_places(doc),
            *_crime_places(doc),
            *_acronyms(doc),
            *_before_acronym(doc),
            *foreign_names(doc),
            *named_units(doc),
            *national_bodies(doc),
            *balkan_surnames(doc),
        ]
        chosen = _select(doc, candidates)
        acronym_aliases(doc, chosen, _ACRONYM)
        chosen = _attached(doc, _select(doc, [*chosen, *_coordinated(doc, chosen)]))
        chosen = with_quoted_names(doc, chosen)
        # "Nikola Jorgić ... verurteilte Jorgić": a surname alone, which no rule of the shape finds
        taken = {i for c in chosen for i in range(c.start, c.end)}
        chosen = _select(doc, [*chosen, *recurring_surnames(doc, chosen, taken, paternal=True, genitive=True)])
        persons = [c for c in chosen if c.label == "Person"]
        chosen = _select(doc, [*chosen, *_cases(doc, chosen)])
        # the accused a case is named after stays a person of its own ("das Verfahren gegen Bai L.")
        cases = [c for c in chosen if c.label == "Case"]
        chosen += [p for p in persons if any(c.start <= p.start and p.end <= c.end for c in cases)]
        ranges = {(c.start, c.end) for c in chosen}
        by_token = {i: c for c in chosen for i in range(c.start, c.end)}
        crimes = [c for c in _select(doc, crime_names(doc, by_token)) if (c.start, c.end) not in ranges]
        subdivision_aliases(doc, chosen, _SUBDIVISIONS, frozenset({"von"}))  # "Region Sindschar", "Distrikt Lublin"
        taken = {i for c in [*chosen, *crimes] for i in range(c.start, c.end)}
        write_spans(doc, [*chosen, *crimes, *described_units(doc, taken)])
        return doc


@Language.factory("acg_entities_de", requires=["token.is_sent_start"], assigns=["doc.spans", "span._.acg"])
def make_german_entity_recognizer(nlp: Language, name: str) -> GermanEntityRecognizer:
    return GermanEntityRecognizer(nlp, name)
