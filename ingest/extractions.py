"""Extractions as files: what `acg extract` and the cluster's workers write (a JSON line per document,
with what the reader knew of it), and what `acg ingest --from-extractions` needs to load them back."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ingest import readers
from nlp.extraction import Extraction
from nlp.pipeline import Extractor
from ontology.errors import InvalidInput


def files(paths: Iterable[Path], problems: list[str]) -> Iterator[Path]:
    """The files to read: each file given, and the supported files of each folder, recursively, in order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and readers.supported(p))
        elif path.exists():
            yield path
        else:
            problems.append(f"{path}: no such file or folder")


def extracted(extractor: Extractor, paths: Iterable[Path], problems: list[str], language: str | None = None
              ) -> Iterator[tuple[readers.Source, Extraction]]:  # fmt: skip
    """Each readable document of `paths` (any format an ingest reads) with its extraction, all through one
    stream of the pipeline; a file that cannot be read is a line in `problems` and the rest goes on."""
    pending: list[readers.Source] = []

    def texts() -> Iterator[tuple[str, str | None, str | None]]:
        for path in files(paths, problems):
            try:
                source = readers.read(path)
            except InvalidInput as e:
                problems.append(str(e))
                continue
            pending.append(source)
            yield source.text, str(source.path), source.sha256

    for extraction in extractor.extract_many(texts(), language):
        yield pending.pop(0), extraction


def extract_files(extractor: Extractor, paths: Iterable[Path], language: str | None = None) -> Iterator[Extraction]:
    """One extraction per file, read as an ingest reads it (any format it reads); a file that cannot be read
    raises InvalidInput naming it, when it is reached."""
    for path in paths:
        source = readers.read(path)
        yield next(extractor.extract_many([(source.text, str(source.path), source.sha256)], language))


def extract_file(extractor: Extractor, path: Path, language: str | None = None) -> Extraction:
    return next(extract_files(extractor, [path], language))


def record(source: readers.Source, extraction: Extraction) -> dict[str, Any]:
    """The extraction JSON of a document with what the reader knew of it: the SHA-256 of its bytes, its
    media type, where its pages begin and its metadata. What `acg extract` writes, an ingest archives
    and `acg ingest --from-extractions` loads."""
    document = {**extraction.document, "sha256": source.sha256, "media_type": source.media_type,
                "pages": list(source.pages), **source.metadata}  # fmt: skip
    return {**extraction.to_json(), "document": document}


def by_sha256(folder: Path, problems: list[str]) -> dict[str, Path]:
    """The supported files under `folder` by the SHA-256 of their bytes."""
    found: dict[str, Path] = {}
    for path in files([folder], problems):
        digest = hashlib.sha256()
        try:
            with path.open("rb") as f:
                while block := f.read(1 << 20):
                    digest.update(block)
        except OSError as e:
            problems.append(f"{path}: {e.strerror or e}")
            continue
        found.setdefault(digest.hexdigest(), path)
    return found


def source_of(extraction: Extraction, found: dict[str, Path]) -> readers.Source:
    """The document an extraction was made from: read again when `found` has it (and then it must read
    as it did where it was extracted), else known by what the extraction says of it."""
    doc = extraction.document
    sha = doc["id"].removeprefix("sha256:")
    if doc.get("sha256", sha) != sha:
        raise InvalidInput("document.sha256: not the digest of document.id")
    metadata = readers.checked({k: doc[k] for k in readers.METADATA if k in doc}, "document")
    path = found.get(sha)
    if path is not None:
        source = readers.read(path, metadata)
        if len(source.text) != doc["chars"]:
            raise InvalidInput(f"{path}: reads as {len(source.text)} characters here and read as {doc['chars']} "
                               "where it was extracted; its offsets would not hold")  # fmt: skip
        doc["path"] = str(path)
        return source
    pages, media_type = doc.get("pages", []), doc.get("media_type", "text/plain")
    if not isinstance(pages, list) or not all(isinstance(p, int) and not isinstance(p, bool) for p in pages):
        raise InvalidInput("document.pages: expected a list of character offsets")
    if not isinstance(media_type, str):
        raise InvalidInput("document.media_type: expected a media type")
    return readers.Source(Path(str(doc.get("path") or doc["id"])), sha, "", media_type, tuple(pages), metadata)
