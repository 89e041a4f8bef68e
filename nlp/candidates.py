"""What the recognisers of `acg_entities` propose: a span of tokens with a label, a priority and attributes.

When proposals overlap, the more specific rule wins, then the longer span (nlp.entities `_select`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from nlp import places
from nlp.lexicon import GIVEN_NAMES
from nlp.names import same_person
from nlp.names import surname as surname_of

# Priorities when mentions overlap: the more specific rule wins, then the longer span.
SPANS = "acg"  # the span group every recogniser writes its mentions to (doc.spans[SPANS])
RULE, SHAPE, PHRASE, EVENT, NER = 4, 3, 2, 1, 0


class Candidate:
    __slots__ = ("attrs", "end", "label", "priority", "start")

    def __init__(self, start: int, end: int, label: str, priority: int, **attrs: Any) -> None:
        self.start, self.end, self.label, self.priority, self.attrs = start, end, label, priority, attrs


def subdivision_aliases(doc: Doc, chosen: list[Candidate], nouns: AbstractSet[str], links: AbstractSet[str]) -> None:
    """A place is also named with the noun of its subdivision written next to it: after it in lower case
    ("Kibungo prefecture"), before it with a word that links them or none ("province du Yatenga", "Region
    Sindschar"); and a place named with that noun in front is also named without it ("territoire de Kabare")."""
    for c in (c for c in chosen if c.label == "Location"):
        names = []
        j = c.start - 1
        if j >= 0 and doc[j].lower_ in links:
            j -= 1
        if j >= 0 and doc[j].lower_ in nouns:
            names.append(doc[j : c.end].text)
        if c.end < len(doc) and doc[c.end].is_lower and doc[c.end].lower_ in nouns:
            names.append(doc[c.start : c.end + 1].text)
        if c.end - c.start > 2 and doc[c.start].lower_ in nouns and doc[c.start + 1].lower_ in links:
            names.append(doc[c.start + 2 : c.end].text)
        if names:
            c.attrs["other_names"] = [*c.attrs.get("other_names", []), *names]


def acronym_aliases(doc: Doc, chosen: list[Candidate], acronym: re.Pattern[str]) -> None:
    """A name followed by an acronym in brackets ("... sécurité (DDS)"): the acronym is its alias, and
    wherever the acronym stands alone it names the same body (its label and kind). So is a short form of the name
    in brackets ("Cámara Nacional de Apelaciones ... (Cámara Federal)")."""
    forms: dict[str, Candidate] = {}
    starts = {c.start: c for c in chosen}
    for c in chosen:
        short = starts.get(c.end + 1)
        if (
            short is not None and c.label in {"Organization", "Mechanism"} and doc[c.end].text == "("
            and short.end < len(doc) and doc[short.end].text == ")" and short.end - short.start > 1
            and _shortened(doc[c.start : c.end].text, doc[short.start : short.end].text)
        ):  # fmt: skip
            # "Cámara Nacional de Apelaciones ... (Cámara Federal)": the short name is the court's
            c.attrs["alias"] = doc[short.start : short.end].text
            short.label, short.attrs = c.label, {k: v for k, v in c.attrs.items() if k == "kind"}
            continue
        nickname = quoted_in_brackets(doc, c.end) if c.label in {"Organization", "Mechanism"} else None
        if nickname is not None:  # "the 7th Infantry Division ("Kaugnay")": its nickname
            c.attrs["alias"] = nickname
            forms.setdefault(nickname, c)
            continue
        listed = _listed_in_brackets(doc, c.end, acronym) if c.label in {"Organization", "Mechanism"} else None
        if listed:  # "Alianza Anticomunista Argentina (Triple A, AAA)": each its other name
            c.attrs["alias"], c.attrs["more_aliases"] = listed[0], listed[1:]
            for name in listed:
                forms.setdefault(name, c)
            continue
        if c.label in {"Organization", "Mechanism"} and c.end + 2 < len(doc):
            inner = doc[c.end + 1]
            if c.end - c.start == 1 and len(doc[c.start].text) <= len(inner.text) + 3:
                continue  # one short word is no name an acronym spells ("Reichssicherheitshauptamts (RSHA)" is)
            if doc[c.end].text == "(" and doc[c.end + 2].text == ")" and acronym.match(inner.text):
                c.attrs["alias"] = inner.text
                forms.setdefault(inner.text, c)
    for c in chosen:
        named = forms.get(doc[c.start : c.end].text)
        if named is not None and c is not named:
            c.label, c.attrs = named.label, {k: v for k, v in named.attrs.items() if k == "kind"}


def _listed_in_brackets(doc: Doc, i: int, acronym: re.Pattern[str]) -> list[str] | None:
    """The names listed in brackets at token `i`, when one is an acronym and each is an acronym or two or three
    capitalised words that name no place ("(Triple A, AAA)"); else None."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(i + 10, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return None
    items: list[list[Token]] = []
    item: list[Token] = []
    for t in doc[i + 1 : close]:
        if t.text == ",":
            items.append(item)
            item = []
        else:
            item.append(t)
    items.append(item)
    names = [" ".join(t.text for t in item) for item in items]
    acronyms = [len(item) == 1 and acronym.match(item[0].text) is not None for item in items]
    if len(items) < 2 or not any(acronyms):
        return None
    for item, name, short in zip(items, names, acronyms, strict=True):
        if not short and not (
            2 <= len(item) <= 3 and all(t.text[:1].isupper() for t in item) and not places.known(name)
        ):
            return None
    return names


QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"})


def quoted_in_brackets(doc: Doc, i: int) -> str | None:
    """The capitalised words quoted in brackets at token `i` ("(\"Kaugnay\")", "(\u201cLos Pepes\u201d)"), if any."""
    if i + 4 >= len(doc) or doc[i].text != "(" or doc[i + 1].text not in QUOTES:
        return None
    end = next((k for k in range(i + 2, min(i + 7, len(doc) - 1)) if doc[k].text in QUOTES), None)
    if end is None or end == i + 2 or doc[end + 1].text != ")":
        return None
    words = doc[i + 2 : end]
    return words.text if all(w.text[:1].isupper() or not w.is_alpha for w in words) else None


def _shortened(name: str, short: str) -> bool:
    """Whether `short` is `name` shortened: its first word, then others of its words, in their order.

    >>> _shortened("Cámara Nacional de Apelaciones en lo Criminal y Correccional Federal", "Cámara Federal")
    True
    >>> _shortened("Cámara Nacional de Apelaciones", "Corte Federal")
    False
    """
    words, kept = name.lower().split(), short.lower().split()
    if kept[0] != words[0]:
        return False
    at = 0
    for word in kept[1:]:
        at = next((i for i in range(at + 1, len(words)) if words[i] == word), -1)
        if at < 0:
            return False
    return True


def crime_type_matcher(nlp: Language, phrases: dict[str, str], prefix: str) -> tuple[PhraseMatcher, dict[int, str]]:
    """A matcher of the crime types' labels in a language (phrase -> notation), and the notation of each of
    its match ids."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    notations: dict[int, str] = {}
    by_notation: dict[str, list[str]] = {}
    for phrase, notation in phrases.items():
        by_notation.setdefault(notation, []).append(phrase)
    for notation, forms in by_notation.items():
        key = f"{prefix}_CrimeType_{notation}"
        notations[nlp.vocab.strings.add(key)] = notation
        matcher.add(key, list(nlp.tokenizer.pipe(forms)))  # type: ignore[union-attr]
    return matcher, notations


def date_candidates(doc: Doc, pattern: re.Pattern[str], iso: Callable[[re.Match[str]], str | None]) -> list[Candidate]:
    """The dates a language's pattern finds in the text, as DATE mentions with their reduced ISO value."""
    found = []
    for m in pattern.finditer(doc.text):
        value = iso(m)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if value is not None and span is not None:
            found.append(Candidate(span.start, span.end, "DATE", SHAPE, date=value))
    return found


def _bearers(doc: Doc, chosen: list[Candidate]) -> dict[str, Candidate | None]:
    """Each surname of a person named in full, with that person (None where two persons named bear it; one
    person named twice, once with a middle name, is one: "Adolfo Scilingo", "Adolfo Francisco Scilingo")."""
    forms: dict[str, Candidate | None] = {}
    for c in chosen:
        if c.label == "Person" and c.end - c.start >= 2:
            words = [t.text for t in doc[c.start : c.end]]
            surname = surname_of(words)  # "Palparan" of "Jovito Palparan Jr."
            if surname not in forms:
                forms[surname] = c
            elif (other := forms[surname]) is not None and not same_person(
                [t.text for t in doc[other.start : other.end]], words
            ):
                forms[surname] = None
    return forms


def surnames_retyped(doc: Doc, chosen: list[Candidate], places: frozenset[str]) -> None:
    """A single word the tagger took for a place or an organisation that is the surname of exactly one person
    named in full ("Jean Kambanda ... Kambanda a plaidé coupable", "Kambanda" tagged a place) is that person's,
    unless written as a place (after one of `places`: "à Kambanda")."""
    forms = _bearers(doc, chosen)
    for c in chosen:
        if c.priority != NER or c.end - c.start != 1 or c.label not in {"Location", "Organization"}:
            continue  # the tagger's own (NER) proposals only
        if forms.get(doc[c.start].text) is not None and (c.start == 0 or doc[c.start - 1].lower_ not in places):
            c.label, c.attrs = "Person", {}


def places_retyped(doc: Doc, chosen: list[Candidate]) -> None:
    """A single word the tagger took for a person's name that the document names as a place elsewhere ("the
    village of Kasoro" ... "the attack on Kasoro"), and that is no surname of a person named in full, is that
    place."""
    places = {doc[c.start].text for c in chosen if c.label == "Location" and c.end - c.start == 1}
    forms = _bearers(doc, chosen)
    for c in chosen:
        if c.priority in {NER, EVENT} and c.label == "Person" and c.end - c.start == 1:
            word = doc[c.start].text
            if word in places and word not in forms:
                c.label, c.attrs = "Location", {}


def recurring_surnames(
    doc: Doc, chosen: list[Candidate], taken: set[int], paternal: bool = False, genitive: bool = False
) -> Iterator[Candidate]:
    """The surname of a person named in full, wherever it recurs untagged ("Jean Kambanda ... Kambanda a plaidé
    coupable"), when no other person named has it; not where a name goes on ("Raslan Street"). With `paternal`
    (Spanish and German readers), also the name before the last, a given name never: the first of two Spanish
    surnames ("Luis Toranzo Mena ... Toranzo"), "Thomas Lubanga Dyilo ... Lubanga" (not "Hans Peter Müller ...
    Peter"); with `genitive` (German), also the surname with its genitive's "-s" ("die Verurteilung
    Tarčulovskis": Tarčulovski's)."""
    forms = _bearers(doc, chosen)
    if paternal:
        for c in chosen:
            if (
                c.label == "Person" and c.end - c.start >= 3 and doc[c.end - 2].text not in forms
                and doc[c.end - 2].lower_ not in GIVEN_NAMES
            ):  # fmt: skip
                forms[doc[c.end - 2].text] = c
    for t in doc:
        found, attrs = forms.get(t.text), {}
        if found is None and genitive and t.text.endswith("s") and not t.text.endswith("ss"):
            found, attrs = forms.get(t.text[:-1]), {"name": t.text[:-1]}
        if found is None or t.i in taken or not (t.is_title or t.is_upper):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].i not in taken:
            continue  # "Raslan Street"
        yield Candidate(t.i, t.i + 1, "Person", EVENT, **attrs)


def bodies_not_persons(doc: Doc, candidates: list[Candidate], guessed: int, links: AbstractSet[str]) -> None:
    """A name taken for a person's by its shape alone (priority `guessed`) that the document names as a body
    elsewhere, or as the end of a body's name after one of `links` ("Comité Central de Sendero Luminoso"), is
    that body's name."""
    bodies: set[str] = set()
    for c in candidates:
        if c.label in {"Organization", "Mechanism"}:
            words = [t.text for t in doc[c.start : c.end]]
            bodies.add(" ".join(words))
            bodies.update(" ".join(words[k + 1 :]) for k, w in enumerate(words[:-1]) if w.lower() in links)
    for c in candidates:
        if c.label == "Person" and c.priority == guessed and " ".join(t.text for t in doc[c.start : c.end]) in bodies:
            c.label, c.attrs = "Organization", {"kind": "other"}


_LAUNCHED = frozenset("launch conduct carry mount begin start initiate order".split())


def operations_retyped(doc: Doc, chosen: list[Candidate], words: AbstractSet[str]) -> None:
    """A name the tagger took for a body's that begins with a word for a military or police operation
    (`words`) names what was done when the sentence says it was launched, conducted or ordered, or that
    something happened during it ("the army launched Operation Searchlight", "during Operation Double
    Barrel"): an event, a crime as the reports that name them mean it. Elsewhere it may be the name of a
    force ("the commander of Operation Lafiya Dole")."""
    for c in chosen:
        if c.label != "Organization" or c.end - c.start < 2:
            continue
        first, second, root = doc[c.start], doc[c.start + 1], doc[c.start : c.end].root
        if first.lower_ not in words or not first.is_title or not (second.is_title or second.is_upper):
            continue
        done = root.dep_ == "dobj" and root.head.lemma_.lower() in _LAUNCHED
        if done or (root.dep_ == "pobj" and root.head.lower_ == "during"):
            c.label, c.attrs = "Crime", {}
