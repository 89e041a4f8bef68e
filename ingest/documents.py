"""Documents to the store: read, extract, resolve, map to RDF, validate, load; one transaction per document.

A document is known by the SHA-256 of its bytes. One whose Document node is
in the store was loaded whole (its node is written in the same transaction as
its assertions), so running an ingest again skips it: re-ingesting changes
nothing, and an interrupted ingest resumes where it stopped. A changed file
is a new document: its assertions are added and the old ones, with their
evidence, stay. A document the store holds as read by another version of the
extractor (its node's `extractor`; none before the attribute existed) is read
again: what the earlier reading asserted is withdrawn (graph.withdraw: all but
what a reviewer judged) in the same batch as the new reading is loaded, so a
rule that stops a wrong link reaches the stores that hold it.

Each document's records go through RDF (ontology.mapping) and the SHACL
shapes before they reach the store; a document whose graph breaks a shape is
reported and not loaded at all. Bad files are reported with path and reason
and skipped; the rest goes in.

Besides the store, two files keep what the graph alone does not: the
resolution log (one JSON line per entity of each document: which canonical
entity it became and why) and the extraction of each document as the
extractor gave it (mentions, before resolution), under `archive`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph.entities import stored as stored_entities
from graph.loader import Written, coalesced, load_records
from graph.store import Store
from graph.withdraw import withdraw
from ingest import readers
from ingest.extractions import by_sha256, files, record, source_of
from ingest.resolve import RESOLVED_TYPES, Decision, Known, Resolver, append_log, archived, gather, write_durably
from nlp.extraction import Extraction
from nlp.pipeline import Extractor
from nlp.version import extractor_version
from ontology.errors import InvalidInput
from ontology.loader import load as load_ontology
from ontology.mapping import from_graph, to_graph
from ontology.records import Entity, Relation, Span
from ontology.validate import validate


@dataclass
class Summary:
    documents: int = 0
    unchanged: int = 0
    reread: int = 0  # of `documents`: read again, the store's reading being another extractor's
    withdrawn: int = 0  # assertions of the earlier readings taken back
    reviewed_kept: int = 0  # assertions of the earlier readings a reviewer judged, kept
    words: int = 0
    entities: int = 0
    relations: int = 0
    merged: int = 0
    skipped: list[str] = field(default_factory=list)  # one line each: path and reason
    too_large: list[str] = field(default_factory=list)  # those of `skipped` over the run's text bound
    notes: list[str] = field(default_factory=list)  # what a reader should know, though nothing was lost
    seconds: dict[str, float] = field(default_factory=dict)  # where the time went: shapes, load

    def spent(self, stage: str, since: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - since

    def to_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "unchanged": self.unchanged, "reread": self.reread,
                "withdrawn": self.withdrawn, "reviewed_kept": self.reviewed_kept, "words": self.words,
                "entities": self.entities, "relations": self.relations, "merged": self.merged,
                "skipped": self.skipped, "notes": self.notes}  # fmt: skip


def known_entities(store: Store) -> Iterator[Known]:
    return (Known(e.id, e.type, e.name, e.aliases) for e in stored_entities(store, RESOLVED_TYPES))


def _stored(store: Store, document_id: str) -> bool:
    return store.find(document_id, ["Document"]) is not None


def _read_by(store: Store, document_id: str) -> str | None:
    """The version of the extractor that read the stored document: "" for a reading older than the
    attribute, None when the document is not stored."""
    row = store.entity("Document", document_id)
    return None if row is None else str(row.get("extractor") or "")


def document_entity(source: readers.Source, document: dict[str, Any] | None = None) -> Entity:
    """The Document node of a source; `document` is what its extraction says of it (length, language)."""
    meta, said = source.metadata, document or {}
    attrs: dict[str, Any] = {"sha256": source.sha256, "chars": said.get("chars", len(source.text)),
                             "media_type": source.media_type}  # fmt: skip
    for key in ("language", "extractor"):
        if said.get(key):
            attrs[key] = said[key]
    for key in readers.METADATA:
        if meta.get(key):
            attrs[key] = meta[key]
    return Entity(source.id, "Document", str(meta.get("title") or source.path.name), [], attrs)


def _cite(spans: list[Span], source: readers.Source) -> list[Span]:
    def page(s: Span) -> int | None:
        return source.page_of(s.start) if source.pages and s.start is not None else s.page

    return [replace(s, document=source.id, page=page(s)) for s in spans]


def records(
    source: readers.Source, extraction: Extraction, resolver: Resolver
) -> tuple[list[Entity], list[Relation], list[Decision]]:
    """The document's entities as canonical entities and its relations between them, each cited."""
    entities = {source.id: document_entity(source, extraction.document)}
    decisions = []
    to_canonical: dict[str, str] = {}
    for e in extraction.entities:
        if e.type == "CrimeType":
            to_canonical[e.id] = e.id
            continue
        e = replace(e, mentions=_cite(e.mentions, source))
        canonical, decision = resolver.resolve(source.id, e)
        decisions.append(decision)
        to_canonical[e.id] = canonical.id
        gather(entities, canonical)  # two entities of the document may have become one
    relations = [
        replace(r, subject=to_canonical.get(r.subject, r.subject), object=to_canonical.get(r.object, r.object),
                evidence=_cite(r.evidence, source))
        for r in extraction.relations
    ]  # fmt: skip
    return list(entities.values()), relations, decisions


@dataclass
class _Prepared:
    source: readers.Source
    extraction: Extraction
    entities: list[Entity]
    relations: list[Relation]
    decisions: list[Decision]


# A transaction costs about 0.1 s however little it holds, so short documents go in many at a time: a batch
# closes at this many characters of text (about 30,000 words) or at `batch_documents` documents.
BATCH_CHARS = 200_000


class Ingest:
    """One ingest run into one store: documents are loaded in batches of `batch_chars` characters of text
    (at most `batch_documents` documents), each batch in one transaction with its Document nodes, so a
    batch is in the store whole or not at all."""

    def __init__(self, store: Store, extractor: Extractor | None, log: Path | None = None, archive: Path | None = None,
                 validate_shapes: bool = True, batch_documents: int = 1000, batch_chars: int = BATCH_CHARS,
                 max_chars: int | None = None, language: str | None = None) -> None:  # fmt: skip
        self.language = language  # read every document as this language, whatever it looks like
        self.max_chars = max_chars  # a document of more text is skipped (the server's bound on one request)
        self.batch_documents = batch_documents
        self.batch_chars = batch_chars
        self.store = store
        self.extractor = extractor
        self.log = log
        self.archive = archive
        self.validate_shapes = validate_shapes
        self.resolver = Resolver(known_entities(store))
        self.onto = load_ontology()
        self.written = Written()  # entities resolved again in a later batch are not rewritten unchanged
        self.version = extractor_version() if extractor is not None else None
        self.rereading: set[str] = set()  # stored documents read again: their earlier reading to withdraw

    def _sources(self, paths: Iterable[Path], metadata: dict[str, Any], summary: Summary) -> Iterator[readers.Source]:
        for path in files(paths, summary.skipped):
            try:
                source = readers.read(path, metadata)
            except InvalidInput as e:
                summary.skipped.append(str(e))
                continue
            read_by = _read_by(self.store, source.id)
            if read_by is not None and (self.version is None or read_by == self.version):
                summary.unchanged += 1
                continue
            if self.max_chars is not None and len(source.text) > self.max_chars:
                problem = (f"{path}: {len(source.text):,} characters of text, over the {self.max_chars:,} read in "
                           "one request; ingest it with `acg ingest`")  # fmt: skip
                summary.skipped.append(problem)
                summary.too_large.append(problem)
                continue
            if read_by is not None:
                self.rereading.add(source.id)
            yield source

    def run(self, paths: Iterable[Path], metadata: dict[str, Any] | None = None,
            progress: Callable[[Summary], None] | None = None) -> Summary:  # fmt: skip
        summary = Summary()
        pending: list[readers.Source] = []

        def texts() -> Iterator[tuple[str, str | None, str | None]]:
            for source in self._sources(paths, metadata or {}, summary):
                pending.append(source)
                yield source.text, str(source.path), source.sha256

        def read() -> Iterator[tuple[readers.Source, Extraction]]:
            assert self.extractor is not None, "documents are read with an extractor"
            for extraction in self.extractor.extract_many(texts(), self.language):
                source = pending.pop(0)
                if extraction.refused is not None:
                    hint = "give the language en to read it as English anyway"
                    summary.skipped.append(f"{source.path}: {extraction.refused}; {hint}")
                    continue
                yield source, extraction

        return self._ingest(read(), summary, progress)

    def run_extractions(self, sources: Iterable[tuple[str, Iterable[str | bytes]]],
                        documents: Path | None = None,
                        progress: Callable[[Summary], None] | None = None) -> Summary:  # fmt: skip
        """Load extractions as `acg extract` wrote them (JSON lines: `sources` gives each file's name and
        lines), resolved and loaded as a plain ingest of the same documents loads them. The documents
        themselves, found by SHA-256 in the folder `documents`, give their text (for passages and page
        numbers); without them the Document node says what the extraction says. A bad line (not UTF-8,
        not JSON, not an extraction) is reported (name:line: reason) and the rest goes in."""
        summary = Summary()
        found = by_sha256(documents, summary.skipped) if documents is not None else {}

        def read() -> Iterator[tuple[readers.Source, Extraction]]:
            for name, lines in sources:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    try:
                        extraction = Extraction.from_json(json.loads(line), self.onto)
                        source = source_of(extraction, found)
                    except (ValueError, InvalidInput) as e:
                        summary.skipped.append(f"{name}:{number}: {e}")
                        continue
                    if _stored(self.store, source.id):
                        summary.unchanged += 1
                        continue
                    yield source, extraction

        return self._ingest(read(), summary, progress)

    def run_read(self, read: Iterable[tuple[readers.Source, Extraction]]) -> Summary:
        """Load documents read already (each source with its extraction), as `run` loads them."""
        return self._ingest(iter(read), Summary(), None)

    def _ingest(self, read: Iterator[tuple[readers.Source, Extraction]], summary: Summary,
                progress: Callable[[Summary], None] | None) -> Summary:  # fmt: skip
        batch: list[_Prepared] = []
        chars = 0
        for source, extraction in read:
            batch.append(self._prepare(source, extraction, summary))
            chars += batch[-1].extraction.document["chars"]
            if len(batch) >= self.batch_documents or chars >= self.batch_chars:
                self._load(batch, summary)
                batch, chars = [], 0
                if progress:
                    progress(summary)
        if batch:
            self._load(batch, summary)
            if progress:
                progress(summary)
        return summary

    def _prepare(self, source: readers.Source, extraction: Extraction, summary: Summary) -> _Prepared:
        start = time.perf_counter()
        entities, relations, decisions = records(source, extraction, self.resolver)
        summary.spent("resolve and map", start)
        return _Prepared(source, extraction, entities, relations, decisions)

    def _load(self, batch: list[_Prepared], summary: Summary) -> None:
        """One transaction for the batch; when its graph breaks a shape, each document on its own."""
        start = time.perf_counter()
        entities: dict[str, Entity] = {}
        for e in (e for p in batch for e in p.entities):
            known = entities.get(e.id)  # the later document's values win, as they would in the store
            entities[e.id] = e if known is None else coalesced(known, e)
        graph = to_graph(entities.values(), [r for p in batch for r in p.relations])
        summary.spent("resolve and map", start)
        if self.validate_shapes:
            start = time.perf_counter()
            violations = validate(graph)
            summary.spent("shapes", start)
            if violations and len(batch) > 1:
                for p in batch:
                    self._load([p], summary)
                return
            if violations:
                summary.skipped.append(f"{batch[0].source.path}: the extraction breaks the ontology's shapes, "
                                       f"not loaded: {violations[0]} ({len(violations)} in all)")  # fmt: skip
                return
        start = time.perf_counter()
        mapped = from_graph(graph)
        summary.spent("resolve and map", start)
        # What each document said, and how its mentions were resolved, is on disk before the commit that
        # makes the document "unchanged" to a later run: a kill between the two leaves files that the
        # re-run, which loads the document again, writes anew; never a stored document without them.
        for p in batch:
            self._keep(p.source, p.extraction, p.decisions)
        start = time.perf_counter()
        for p in batch:
            if p.source.id in self.rereading:
                withdrawn = withdraw(self.store, p.source.id)
                summary.withdrawn += withdrawn.dropped + withdrawn.narrowed
                summary.reviewed_kept += withdrawn.reviewed
                summary.reread += 1
        report = load_records(self.store, mapped.entities, mapped.relations, self.written)
        summary.spent("store", start)
        where = batch[0].source.path if len(batch) == 1 else f"the {len(batch)} documents from {batch[0].source.path}"
        for rejected in report.rejected + mapped.problems:
            summary.skipped.append(f"{where}: left out: {rejected}")
        summary.relations += report.relations
        for p in batch:
            summary.skipped += [f"{p.source.path}: left out: {problem}" for problem in p.extraction.problems]
            summary.notes += [f"{p.source.path}: {note}" for note in p.extraction.notes]
            summary.documents += 1
            summary.words += len(p.source.text.split())
            summary.entities += len(p.entities) - 1
            summary.merged += sum(1 for d in p.decisions if d.reason.startswith(("same name", "shared name")))

    def _keep(self, source: readers.Source, extraction: Extraction, decisions: list[Decision]) -> None:
        if self.log is not None:
            append_log(self.log, (d.to_json() for d in decisions))
        if self.archive is not None:
            self.archive.mkdir(parents=True, exist_ok=True)
            write_durably(archived(self.archive, source.sha256), json.dumps(record(source, extraction),
                                                                             ensure_ascii=False))  # fmt: skip
