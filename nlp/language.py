"""The language a text is written in, per document and per section, so that no text is read by a pipeline
made for another language.

py3langid (a naive Bayes model over byte n-grams, trained on 97 languages and shipped inside the package)
gives the guess. Two kinds of its languages are left out of the candidates: those nobody writes a report in
(Latin, Ancient Greek, Biblical Hebrew, Sanskrit, Esperanto, Volapük) and Nigerian Pidgin, which it cannot
tell from Nigerian English news (36 of Security Force Monitor's 40 English metadata records were "pcm").
With those out, every document of the English development sets (93: tests/nlp_dev and SFM's articles)
reads as English whole, and none of their 1,550 sentences of three words or more is given another language
with a probability of 0.9 or more (benchmarks/language.py).

Another language than English is taken only when the detector is confident of it (CONFIDENT or more):
in a short text the names weigh as much as the words ("General Milenko Živanović left. Maj.-Gen. John
Nwoga arrived." reads as Croatian, probability 0.27). A text that is not English for sure and in no other
language for sure is read as English, and the reading says what else it may be.

A document's language is the one most of its text is in, counted over its paragraphs (English ones, and
those confidently in another language). A paragraph of at least SECTION_WORDS words confidently in
another language than its document's is blanked (its characters become spaces, so that offsets still
index the whole text) and reported, never read by the pipeline of the document's language.

    >>> detect("Das Oberlandesgericht Koblenz hat Anwar R. zu lebenslanger Haft verurteilt.").language
    'de'
    >>> detect("General Radislav Krstić commanded the Drina Corps.").language
    'en'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ontology.errors import InvalidInput

# The languages there is a pipeline for. A text in another is refused, never read as one of these.
LANGUAGES = ("en", "fr", "es", "de")

_NOT_CANDIDATES = {"la", "grc", "hbo", "sa", "eo", "vo", "zxx", "pcm"}
# A section is read as another language than its document's only with this much confidence and length.
CONFIDENT = 0.9
SECTION_WORDS = 20
# Paragraphs are judged on at most this many characters each (a paragraph of a PDF page may be long).
SECTION_CHARS = 5_000
# Web addresses, e-mail addresses and words with digits say nothing of the language.
_NOISE = re.compile(r"\S*(?:https?://|www\.|@)\S*|[\w-]*\d[\w-]*")
_PARAGRAPH = re.compile(r"\n\s*\n")

NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fa": "Persian", "fr": "French",
    "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "ru": "Russian", "rw": "Kinyarwanda", "sw": "Swahili",
    "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese", "ca": "Catalan", "pl": "Polish", "sr": "Serbian",
    "hr": "Croatian", "bs": "Bosnian", "ps": "Pashto", "ur": "Urdu", "my": "Burmese", "km": "Khmer",
    "am": "Amharic", "ti": "Tigrinya", "so": "Somali", "ha": "Hausa", "ln": "Lingala", "id": "Indonesian",
}  # fmt: skip


def name(code: str) -> str:
    """The English name of a language code, or the code itself when the table has no name for it."""
    return NAMES.get(code, code)


def supported(code: str | None, field: str) -> None:
    """Nothing when `code` is None or has a pipeline; else an InvalidInput naming `field`."""
    if code is not None and code not in LANGUAGES:
        raise InvalidInput(f"{field}: there is no pipeline for {name(code)} ({code}); "
                           f"there is one for {', '.join(LANGUAGES)}")  # fmt: skip


@dataclass(frozen=True)
class Guess:
    language: str
    probability: float

    def __str__(self) -> str:
        return f"{name(self.language)} ({self.language}, probability {self.probability:.2f})"


@dataclass
class Reading:
    """What a text is written in: its language (with the detector's probability for a text of one paragraph,
    the share of the text in that language for several) and its sections in other languages."""

    language: Guess
    foreign: list[tuple[int, int, Guess]] = field(default_factory=list)
    unsure: Guess | None = None  # what a text may be written in, when it is read as English all the same

    def blanked(self, text: str) -> str:
        """The text with its foreign sections turned into spaces (line ends kept), offsets unchanged."""
        if not self.foreign:
            return text
        parts, last = [], 0
        for start, end, _ in self.foreign:
            parts += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
            last = end
        return "".join(parts) + text[last:]


@cache
def _identifier() -> LanguageIdentifier:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([code for code in ident.nb_classes if code not in _NOT_CANDIDATES])
    return ident


def detect(text: str) -> Guess:
    """The most probable language of a text (web addresses and numbers left out)."""
    language, probability = _identifier().classify(_NOISE.sub(" ", text))
    return Guess(str(language), float(probability))


def sections(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the text's paragraphs (cut at blank lines, then at SECTION_CHARS), blank ones left out.

    >>> list(sections("One.\\n\\nTwo."))
    [(0, 4), (6, 10)]
    """
    start = 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        while start < end:
            stop = min(end, start + SECTION_CHARS)
            if stop < end:
                cut = text.rfind(" ", start + SECTION_CHARS // 2, stop)
                stop = cut + 1 if cut != -1 else stop
            if text[start:stop].strip():
                yield start, stop
            start = stop
        start = m.end() if m else end


def read(text: str) -> Reading:
    """The language of a text, by the characters of its paragraphs, and its paragraphs in other languages."""
    default = LANGUAGES[0]
    judged = [(start, end, detect(text[start:end])) for start, end in sections(text)]
    chars: Counter[str] = Counter()
    for start, end, guess in judged:
        if guess.language == default or guess.probability >= CONFIDENT:
            chars[guess.language] += end - start
    if len(judged) <= 1 or not chars:
        whole = detect(text)
        if whole.language == default or whole.probability >= CONFIDENT:
            return Reading(whole)
        return Reading(Guess(default, dict(_identifier().rank(_NOISE.sub(" ", text)))[default]), unsure=whole)
    language = chars.most_common(1)[0][0]
    foreign = [(s, e, g) for s, e, g in judged if g.language != language and g.probability >= CONFIDENT
               and len(text[s:e].split()) >= SECTION_WORDS]  # fmt: skip
    return Reading(Guess(language, chars[language] / sum(chars.values())), foreign)
