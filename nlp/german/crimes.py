"""Crimes named in German: a noun of a crime and what it was done to or where ("die Folter von neun Gefangenen",
"der Mord an vier Zivilisten", "die Vergewaltigung einer Zivilistin", "der Granatangriff am Rejeh-Platz"),
with the adjectives of its kind before it ("die ethnische Säuberung der Region X", "tödliche Misshandlung"),
and nouns of crimes listed before one complement ("Folter und grausame Behandlung von Gefangenen", "Verfolgung,
Vernichtung und Deportation von X"). A compound that ends with such a noun is one ("Massentötungen",
"Mordanschlag", "Völkermord"). Without a parser: by the words' shapes and the small words between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp.candidates import EVENT, Candidate
from nlp.german import lexicon

# Words that open what a crime was done to or where: "von", "an", "auf", "in"/"im"/"am" (a place), and the
# genitive's articles ("die Plünderung eines Dorfes").
_COMPLEMENTS = frozenset("von an auf in im am des der eines einer".split())
# Words of a noun phrase written in lower case: articles, possessives, quantifiers.
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen sein seine seiner seines seinem seinen ihr ihre "
    "ihrer ihres ihrem ihren mindestens über rund etwa fast mehr weniger zahlreicher hunderter tausender "
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend mehrere "
    "zahlreiche viele einige".split()
)
# Prepositions inside what a crime was done to: "in den Gaskammern von Auschwitz", "Häftlinge aus Polen".
_INNER = frozenset({"von", "aus"})
# Adjectives before a crime's noun that say what it was ("die ethnische Säuberung", "tödliche Misshandlung",
# "sexuelle Versklavung"), not how it is charged ("gemeinschaftlicher Mord") nor whose it was ("staatliche").
_KIND_ADJECTIVE = re.compile(
    r"(?:ethnisch|sexuell|tödlich|grausam|unmenschlich|zwangsweise|willkürlich|außergerichtlich|wahllos|mutwillig|"
    r"rechtswidrig|unrechtmäßig|gewaltsam)"
    r"(?:e|er|en|es|em)?"
)
# Adjectives and participles inside a noun phrase, by their endings ("fünfjährigen", "besetzten",
# "regierungskritischen", "deutsch-litauischen").
_INFLECTED = re.compile(r"[a-zäöüß][\wäöüß-]*(?:e|er|en|es|em)")
# Nouns that are a crime's only after such an adjective: "grausame Behandlung", "unmenschliche Behandlung".
_TREATMENT = frozenset({"behandlung"})
# Compounds that end with a crime's noun and are none: "Selbstmord", "Strafverfolgung".
_NOT_CRIMES = frozenset({"selbstmord", "strafverfolgung"})
# "Mord in 27 Fällen", "in 315 bis 3907 Fällen": a count of a charge, no crime told; "Mord in Tateinheit mit":
# how charges join.
_COUNTS = frozenset({"fall", "fälle", "fällen", "tateinheit", "tatmehrheit"})
# "Völkermord in diesen Gemeinden": a crime told before, named by its noun alone.
_THESE = frozenset({"diesen", "dieser", "diesem", "dieses", "diese"})
_LIMIT = 10  # words of what a crime was done to


def crime_head(t: Token) -> bool:
    """A noun of a crime, or a compound that ends with one ("Massentötungen", "Granatangriff"), in the genitive
    too ("des Mordes an vier Zivilisten", "des Angriffs auf X", "des Völkermordes")."""
    word = t.lower_
    if not t.text[:1].isupper() or word in _NOT_CRIMES:
        return False
    return any(_crime_noun(w) for w in (word, *(word.removesuffix(e) for e in ("es", "s") if word.endswith(e))))


def _crime_noun(word: str) -> bool:
    if word in lexicon.CRIME_NOUNS:
        return True
    return any(len(word) > len(end) + 2 and word.endswith(end) for end in lexicon.CRIME_COMPOUND_ENDS)


# A number written in words: "dreizehn", "zweiundzwanzig", "dreihundert" ("zwölf" and the like are among the
# determiners too).
_NUMERAL = re.compile(
    r"(?:ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|zig|ßig|und|hundert|"
    r"tausend)+"
)


def _numeral(word: str) -> bool:
    return word not in {"und", "ein", "acht"} and _NUMERAL.fullmatch(word) is not None


def _heads_end(doc: Doc, i: int) -> int:
    """The end of the nouns of crimes listed from token i on ("Verfolgung, Vernichtung und Deportation")."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].lower_ in {",", "und", "sowie", "oder"}:
        k = end + 1
        while k < len(doc) and _KIND_ADJECTIVE.fullmatch(doc[k].text):
            k += 1
        if k < len(doc) and (crime_head(doc[k]) or (k > end + 1 and doc[k].lower_ in _TREATMENT)):
            end = k + 1
        else:
            break
    return end


def _noun(t: Token) -> bool:
    return t.text[:1].isupper() or t.like_num


def _phrase_end(doc: Doc, start: int) -> int:
    """The end of the noun phrase from `start` on, without a parser: its articles, adjectives, numbers and
    nouns, what "von" or "aus" adds, and a second one after "und" ("von 22 Dorfbewohnern und zwei
    Kriegsgefangenen"). A word in lower case stays in only between an article, a preposition or an adjective
    and a noun: "... am Rejeh-Platz ordnete der Senat" ends before "ordnete"."""
    end = start
    while end < len(doc) and end - start < _LIMIT and _in_phrase(doc, end):
        end += 1
    while end > start and not _noun(doc[end - 1]):
        end -= 1  # a noun phrase ends with its noun
    return end


def _in_phrase(doc: Doc, i: int) -> bool:
    t, prev = doc[i], doc[i - 1]
    if _noun(t):
        return t.text[:1] != "("
    if t.lower_ in _DETERMINERS or _numeral(t.lower_) or (t.lower_ == "als" and prev.lower_ in {"mehr", "weniger"}):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (_noun(nxt) or nxt.is_lower):
        return False
    if t.is_lower and _INFLECTED.fullmatch(t.text):  # an adjective, after what opens a noun phrase
        return (
            prev.lower_ in _DETERMINERS | _INNER | _COMPLEMENTS or bool(_INFLECTED.fullmatch(prev.text))
            or _adverb(doc, i - 1)
        )  # fmt: skip
    if nxt.is_lower and _INFLECTED.fullmatch(nxt.text) and _adverb(doc, i):
        return True  # an adverb before the adjective: "von drei ethnisch albanischen Zivilisten"
    if t.lower_ == "und" and _crime_follows(doc, i + 1):
        return False  # "die Ermordung eines Journalisten und die Ermordung eines Soldaten": two crimes
    return t.lower_ in _INNER | {"und"} and _noun(prev)


def _adverb(doc: Doc, i: int) -> bool:
    """A word in lower case after an article or a number, that an adjective follows ("drei ethnisch
    albanischen")."""
    t, prev = doc[i], doc[i - 1]
    return t.is_lower and t.is_alpha and (prev.lower_ in _DETERMINERS or _numeral(prev.lower_) or prev.like_num)


def _crime_follows(doc: Doc, i: int) -> bool:
    """Whether a crime's name begins at token `i`, past an article: "die Ermordung", "die grausame Behandlung"."""
    k = i + (i < len(doc) and doc[i].lower_ in _DETERMINERS)
    while k < len(doc) and _KIND_ADJECTIVE.fullmatch(doc[k].text):
        k += 1
    return k < len(doc) and (
        crime_head(doc[k])
        or (k > i and doc[k].lower_ in _TREATMENT and _KIND_ADJECTIVE.fullmatch(doc[k - 1].text) is not None)
    )


def crimes(doc: Doc, by_token: dict[int, Candidate]) -> Iterator[Candidate]:
    """Each crime's name: its adjectives, its nouns, the complement: the noun phrase after it; with the
    places named inside, and the name that goes on to a place after it ("die Tötung von 22 Dorfbewohnern in
    Grabska") as its other name."""
    i = 0
    while i < len(doc):
        t = doc[i]
        treated = t.lower_ in _TREATMENT and i > 0 and _KIND_ADJECTIVE.fullmatch(doc[i - 1].text) is not None
        if not crime_head(t) and not treated:
            i += 1
            continue  # a crime's noun, or "Behandlung" after its kind: "die grausame Behandlung von X"
        start = i
        while start > 0 and _KIND_ADJECTIVE.fullmatch(doc[start - 1].text):
            start -= 1
        heads = _heads_end(doc, i)
        i = heads
        if heads >= len(doc) or doc[heads].lower_ not in _COMPLEMENTS:
            continue
        end = _phrase_end(doc, heads + 1)
        # a place's name that goes on past the noun phrase ("das Massaker von Sant'Anna di Stazzema")
        end = max([end, *(c.end for k in range(heads + 1, end) if (c := by_token.get(k)) and c.label == "Location")])
        counted = any(w.lower_ in _COUNTS for w in doc[heads : end + 3])
        if end <= heads + 1 or counted or doc[heads + 1].lower_ in _THESE or _prosecution(doc, heads, end, t):
            continue
        placed = sorted(
            {(c.start, c.end) for k in range(start, end) if (c := by_token.get(k)) and c.label == "Location"}
        )
        where = _place_after(doc, end, by_token)
        other = [doc[start : where.end].text] if where is not None else []
        other += [doc[start:e].text for e in _longer(doc, end) if doc[start:e].text not in other]
        named = _nominative(doc, start, end, t)
        yield Candidate(start, end, "Crime", EVENT, places=placed, by=[], other_names=other, **named)
        i = end


def _nominative(doc: Doc, start: int, end: int, head: Token) -> dict[str, str]:
    """The crime's name with its head in the nominative where the text has the genitive ("des Mordes an vier
    Zivilisten": "Mord an vier Zivilisten"): {"name": ...}, or nothing."""
    if _crime_noun(head.lower_) or head.lower_ in _TREATMENT:
        return {}
    cut = 2 if head.lower_.endswith("es") and _crime_noun(head.lower_[:-2]) else 1
    return {"name": doc[start:end].text.replace(head.text, head.text[:-cut], 1)}


# Prepositions of what a crime's name may go on with ("die Folter von Häftlingen bei Verhören", "die Deportation
# von Juden aus Ungarn nach Auschwitz"), never a penalty's or a charge's ("zu lebenslanger Haft", "wegen").
_GOES_ON = frozenset("in im bei aus nach auf für an am durch gegen während".split())


def _longer(doc: Doc, end: int) -> list[int]:
    """The ends of the longer names a crime goes by: through each of at most two phrases after it ("... bei
    Verhören", "... aus Ungarn nach Auschwitz"), and through a list of names ("die Angriffe auf die Siedlungen
    Kipopo, Mianga und Manje")."""
    ends: list[int] = []
    while len(ends) < 2 and end < len(doc):
        if doc[end].lower_ in _GOES_ON:
            after = _phrase_end(doc, end + 1)
        elif doc[end].text in {",", "und"} and doc[end - 1].text[:1].isupper():
            after = end
            while (
                after + 1 < len(doc) and doc[after].text in {",", "und"}
                and doc[after + 1].text[:1].isupper() and doc[after + 1].is_alpha
            ):  # fmt: skip
                after += 2
        else:
            break
        if after <= end + 1 or any(crime_head(w) for w in doc[end:after]):
            break
        ends.append(after)
        end = after
    return ends


def _prosecution(doc: Doc, heads: int, end: int, head: Token) -> bool:
    """ "die Verfolgung von Kriegsverbrechen": a prosecution, not a persecution."""
    return head.lower_ == "verfolgung" and any("verbrech" in w.lower_ or "täter" in w.lower_ for w in doc[heads:end])


def _place_after(doc: Doc, i: int, by_token: dict[int, Candidate]) -> Candidate | None:
    """The place named right after token `i`: "in Grabska", "im Dorf Jaskići", "in der Region Prijedor"."""
    if i >= len(doc) or doc[i].lower_ not in {"in", "im", "bei"}:
        return None
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in {"der", "dem", "den"})
    for j in (k, k + 1):
        found = by_token.get(j)
        if found is not None and found.start == j and found.label == "Location":
            return found
    return None
