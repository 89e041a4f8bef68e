"""Documents: ingest by upload (editor), and the passage of a source an assertion cites."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi import Path as PathParam

from api import deps
from api.deps import ERRORS, Ctx, Editor, Reader
from nlp.language import supported
from ontology.errors import Conflict, InvalidInput, NotFound, TooLarge
from ontology.terms import Sensitivity

router = APIRouter()


@router.post("/documents", tags=["documents"], responses=ERRORS)
def ingest(
    ctx: Ctx, user: Editor, files: Annotated[list[UploadFile], File(description="txt, md, html, pdf or docx")],
    title: Annotated[str | None, Form(max_length=500)] = None,
    published: Annotated[str | None, Form(max_length=10)] = None,
    publisher: Annotated[str | None, Form(max_length=500)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    archived_at: Annotated[str | None, Form(max_length=2000)] = None,
    sensitivity: Annotated[Sensitivity | None,
                           Form(description="Who may read the text: restricted (analysts), protected (admin).")] = None,
    language: Annotated[str | None, Form(pattern="^[a-z]{2,3}$", description="Read every file as this language "
                        "(ISO 639-1: en, fr or es) instead of the one detected in it.")] = None,
) -> dict[str, Any]:  # fmt: skip
    """Ingest uploaded documents as `acg ingest` does (editor). Each file is kept unaltered under the
    server's data folder, named by its SHA-256; one that cannot be read is reported and skipped."""
    from ingest.documents import Ingest
    from ingest.readers import check_inflated, given

    supported(language, "language")
    metadata = given(title, published, publisher, url, archived_at, sensitivity=sensitivity)
    layout = ctx.home
    # Read (within the body's bound) and named by their hashes before anything is kept, so that the
    # intent written first names every document a crash could leave behind.
    uploads = []
    for f in files:
        data = f.file.read()
        # The name's extension says how to read it; the rest of the name is not kept.
        suffix = Path(f.filename or "").suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""
        uploads.append((f.filename, hashlib.sha256(data).hexdigest(), suffix, data))
    detail = {"files": [name for name, *_ in uploads], "sha256": [sha for _, sha, *_ in uploads], "metadata": metadata}
    with ctx.audit.act(user.name, user.role, "ingest", detail) as done:
        for name, _, _, data in uploads:
            check_inflated(f"files: {name}", data)
        layout.uploads.mkdir(parents=True, exist_ok=True)
        kept = []
        for _, sha, suffix, data in uploads:
            final = layout.uploads / f"{sha}{suffix}"
            if not final.exists():
                part = final.with_name(final.name + ".part")
                part.write_bytes(data)
                part.replace(final)
            kept.append(final)
        with ctx.write_lock:
            run = Ingest(ctx.store, ctx.extractor(), log=layout.resolution_log, archive=layout.extractions,
                         max_chars=ctx.limits.upload_text_chars, language=language)  # fmt: skip
            summary = run.run(kept, metadata)
        if summary.too_large and summary.documents == summary.unchanged == 0:
            raise TooLarge(summary.too_large[0].replace(str(layout.uploads) + "/", "files: "))
        done.detail = summary.to_json()
    return {**summary.to_json(), "files": [str(p.name) for p in kept]}


@router.get("/documents/{document_id}/passage", tags=["documents"], responses=ERRORS)
def passage(
    ctx: Ctx, user: Reader,
    document_id: Annotated[str, PathParam(pattern="^(sha256:)?[0-9a-f]{64}$", description="sha256:<64 hex digits>")],
    start: Annotated[int, Query(ge=0)], end: Annotated[int, Query(ge=0)],
    context_chars: Annotated[int, Query(ge=0, le=2000)] = 300,
) -> dict[str, Any]:  # fmt: skip
    """The passage of a source document that an assertion cites, with some text around it (names of
    hidden people replaced by their pseudonyms, as in the whole text: a name across the passage's edges
    is hidden too). A document the caller may not see is not there, as one never ingested."""
    from ingest.readers import read as read_document
    from ingest.resolve import archived

    hexdigest = document_id.removeprefix("sha256:")
    if not re.fullmatch(r"[0-9a-f]{64}", hexdigest):
        raise InvalidInput("document_id: expected sha256:<64 hex digits>")
    if end < start:
        raise InvalidInput("end: before start")
    guard = deps.guard(ctx, user)
    extraction = archived(ctx.home.extractions, hexdigest)
    if not extraction.exists() or f"sha256:{hexdigest}" in guard:
        raise NotFound(f"no ingested document {document_id}")
    source_path = Path(json.loads(extraction.read_text(encoding="utf-8"))["document"]["path"])
    if not source_path.exists():
        raise NotFound(f"{document_id}: its file is no longer at {source_path}")
    source = read_document(source_path)
    if source.sha256 != hexdigest:
        raise Conflict(f"{document_id}: the file at {source_path} has changed since it was ingested")
    if end > len(source.text):
        raise InvalidInput(f"end: past the end of the document ({len(source.text)} characters)")
    lo, hi = max(0, start - context_chars), min(len(source.text), end + context_chars)
    before, text, after = guard.redact_cut(source.text, [lo, start, end, hi])
    return {
        "document": f"sha256:{hexdigest}", "start": start, "end": end, "page": source.page_of(start),
        "before": before, "text": text, "after": after,
    }  # fmt: skip
