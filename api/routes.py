"""The JSON routes: the CLI's answers, raw read-only Cypher, exports, ingest and review.

Each answer passes through the caller's Protection before it leaves
(graph.protect): hidden people are pseudonymised wherever they occur. An
entity is named by id, pseudonym, name or alias; a hidden one named by its
real id or name is "not found" for a caller who may not see it.
"""

from __future__ import annotations

import hashlib
import json
import queue
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from api import audit as audit_log
from api.app import caller, context, role
from api.auth import User
from api.context import Context
from graph import accountability, entities, queries, review
from graph import export as exporter
from graph.cypher.guard import check_read_only
from graph.protect import Protection
from graph.queries import resolve
from ingest import corrections
from ontology import dates
from ontology.errors import Conflict, Forbidden, InvalidInput, NotFound
from ontology.terms import SearchableType, Sensitivity

router = APIRouter()
Ctx = Annotated[Context, Depends(context)]
Reader = Annotated[User, Depends(role("reader"))]
Analyst = Annotated[User, Depends(role("analyst"))]
Editor = Annotated[User, Depends(role("editor"))]
Admin = Annotated[User, Depends(role("admin"))]


class Error(BaseModel):
    error: str = Field(description="What went wrong, on one line, naming the parameter or field.")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Error, "description": text}
    for code, text in {
        400: "Bad input", 401: "No or unknown API key", 403: "Role too weak", 404: "Not found",
        409: "Ambiguous name", 413: "Body too large", 422: "Invalid parameters", 503: "Store unavailable",
        504: "Query time limit",
    }.items()
}  # fmt: skip

# For routes whose success is not JSON (pictures, exports): their errors still are.
JSON_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": e["description"],
           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for code, e in ERRORS.items()
}  # fmt: skip

EntityRef = Annotated[str, Query(min_length=1, max_length=500, description="Id, pseudonym, name or alias.")]
At = Annotated[str | None, Query(max_length=10, description="ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Everyone = Annotated[bool, Query(description="With `at`: also commanders superseded by then.")]


def _guard(ctx: Context, user: User) -> Protection:
    return ctx.protection(user.hidden_levels)


def _entity_id(ctx: Context, guard: Protection, ref: str) -> str:
    """The id of the entity `ref` names, as a caller who may not see the hidden ones sees the store: a
    hidden entity named by its id or name is not there (the same answer as for a name nobody has), and
    a name it shares with others names only them. The name asked for is echoed as it was given: the
    caller wrote it, and turning it into a pseudonym would tell that it names someone hidden."""
    real = guard.real_id(ref)
    if real is not None:
        return real
    try:
        found = resolve(ctx.store, ref, guard.hidden)
    except Conflict as e:
        raise Conflict(_redact_after_echo(guard, str(e), ref)) from None
    return str(found["id"])


def _redact_after_echo(guard: Protection, message: str, ref: str) -> str:
    """`message`, which begins by echoing `ref`, with what follows the echo redacted."""
    echo = repr(ref)
    if message.startswith(echo):
        return echo + guard.redact(message[len(echo) :])
    return guard.redact(message)


def _at(at: str | None) -> str | None:
    return dates.parse(at, "at") if at else None


@router.get("/health", tags=["service"])
def health(ctx: Ctx) -> dict[str, str]:
    """Open to all: whether the server is up, and its engine."""
    return {"status": "ok", "engine": ctx.store.engine}


@router.get("/me", tags=["service"], responses=ERRORS)
def me(user: Annotated[User, Depends(caller)]) -> dict[str, Any]:
    """Who the key belongs to, the role, and the sensitivity levels shown as pseudonyms."""
    return {"name": user.name, "role": user.role, "pseudonymised": list(user.hidden_levels)}


@router.get("/entities", tags=["entities"], responses=ERRORS)
def search(
    ctx: Ctx, user: Reader,
    q: Annotated[str, Query(min_length=1, max_length=200, pattern=r"[^\W_]", description="A name, or part of one.")],
    type: Annotated[list[SearchableType] | None, Query(max_length=10)] = None,
    limit: Annotated[int, Query(ge=1, le=entities.SEARCH_LIMIT)] = 20,
) -> dict[str, Any]:  # fmt: skip
    """Entities by name or alias (case, diacritics and small misspellings forgiven), best first. Hidden
    people are not found, nor is anyone else through the name of a hidden person: results are matched
    again on their names as the caller sees them."""
    guard = _guard(ctx, user)
    found = entities.search(ctx.store, q, list(type or []), entities.SEARCH_LIMIT,
                            shown=guard.redact, hides=guard.hides, hidden=guard.hidden)  # fmt: skip
    return {"query": q, "results": found[:limit]}


@router.get("/chain", tags=["questions"], responses=ERRORS)
def chain(ctx: Ctx, user: Reader, entity: EntityRef, at: At = None, all: Everyone = False) -> dict[str, Any]:
    """Superiors of a person or unit, nearest first; with `at`, the hierarchy as it stood then: each
    attested, likely (with its reason) or possible, and commanders superseded by then left out unless
    `all`."""
    guard = _guard(ctx, user)
    return guard.answer(queries.chain(ctx.store, _entity_id(ctx, guard, entity), _at(at), include_superseded=all))


@router.get("/subordinates", tags=["questions"], responses=ERRORS)
def subordinates(ctx: Ctx, user: Reader, entity: EntityRef, at: At = None, all: Everyone = False) -> dict[str, Any]:
    """Units and people below a person or unit, nearest first (statuses as in /chain)."""
    guard = _guard(ctx, user)
    answer = queries.subordinates(ctx.store, _entity_id(ctx, guard, entity), _at(at), include_superseded=all)
    return guard.answer(answer)


@router.get("/complicity", tags=["questions"], responses=ERRORS)
def complicity(ctx: Ctx, user: Reader, entity: EntityRef) -> dict[str, Any]:
    """Who aided, supplied, financed or ordered a crime, case, unit or person; or, for a company or
    state, the crimes it is linked to that way."""
    guard = _guard(ctx, user)
    return guard.answer(accountability.complicity(ctx.store, _entity_id(ctx, guard, entity)))


@router.get("/path", tags=["questions"], responses=ERRORS)
def path(
    ctx: Ctx, user: Reader, a: EntityRef, b: EntityRef,
    via: Annotated[list[str] | None, Query(max_length=20, description="Predicates allowed on the path.")] = None,
    max_hops: Annotated[int, Query(ge=1, le=8)] = 6,
) -> dict[str, Any]:  # fmt: skip
    """Shortest paths between two entities."""
    guard = _guard(ctx, user)
    answer = accountability.path(
        ctx.store, _entity_id(ctx, guard, a), _entity_id(ctx, guard, b), tuple(via or ()), max_hops
    )
    return guard.answer(answer)


@router.get("/impunity", tags=["questions"], responses=ERRORS)
def impunity(
    ctx: Ctx, user: Reader, country: Annotated[str | None, Query(max_length=200)] = None,
    mechanism: Annotated[str | None, Query(max_length=500)] = None,
) -> dict[str, Any]:  # fmt: skip
    """People implicated in crimes and never charged, accused or convicted; outcomes per mechanism."""
    guard = _guard(ctx, user)
    chosen = _entity_id(ctx, guard, mechanism) if mechanism else None
    return guard.answer(accountability.impunity(ctx.store, country, chosen))


@router.get("/case", tags=["questions"], responses=ERRORS)
def case(ctx: Ctx, user: Reader, entity: EntityRef) -> dict[str, Any]:
    """A case: accused, charges, court, outcomes, sentences and dates."""
    guard = _guard(ctx, user)
    return guard.answer(accountability.case(ctx.store, _entity_id(ctx, guard, entity)))


@router.get("/timeline", tags=["questions"], responses=ERRORS)
def timeline(ctx: Ctx, user: Reader, entity: EntityRef) -> dict[str, Any]:
    """What happened to a unit, a person or a case, earliest first: each event with its dates, what kind
    they are (start, end, first or last cited, a date) and its sources by title, publisher and date."""
    from graph.timeline import timeline as events_of

    guard = _guard(ctx, user)
    return guard.answer(events_of(ctx.store, _entity_id(ctx, guard, entity)))


@router.get("/cases", tags=["questions"], responses=ERRORS)
def cases(ctx: Ctx, user: Reader, entity: EntityRef) -> dict[str, Any]:
    """The cases of a person or organization accused in them (or a case itself), each as /case gives it."""
    guard = _guard(ctx, user)
    return guard.answer({"cases": accountability.cases(ctx.store, _entity_id(ctx, guard, entity))})


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=20000, description="One read-only Cypher statement.")
    parameters: dict[str, Any] = Field(default_factory=dict, description="Values for $names in the query.")
    limit: int = Field(default=1000, ge=1, le=10000, description="Most rows returned.")


def _parameter(name: str, value: Any) -> None:
    """The engine's lists and maps are typed: a list mixing lists with other values, or nested deeper
    than it reads, is refused here with its name rather than by the engine's binding."""
    if isinstance(value, dict):
        for k, v in value.items():
            _parameter(f"{name}.{k}", v)
    elif isinstance(value, list):
        kinds = {"list" if isinstance(v, list) else "map" if isinstance(v, dict) else "value" for v in value}
        if len(kinds) > 1:
            raise InvalidInput(f"parameters.{name}: a list must hold values of one kind (not lists beside values)")
        for i, v in enumerate(value):
            _parameter(f"{name}[{i}]", v)


class CypherAnswer(BaseModel):
    columns: list[str]
    truncated: bool = Field(description="More rows matched than were returned.")
    rows: list[dict[str, Any]]


@router.post(
    "/cypher", tags=["cypher"], response_class=Response,
    responses={200: {"model": CypherAnswer, "description": "The rows"}, **ERRORS},
)  # fmt: skip
def cypher(ctx: Ctx, user: Analyst, body: CypherRequest) -> Response:
    """Raw read-only Cypher for lawyers and analysts: checked against Neo4j's grammar (no writing clause,
    procedure or admin command), then run in a read-only transaction with a time, row, answer-size and
    memory limit, in a process of its own on the embedded store (an engine crash ends that process
    only: 400). A caller who may not see some people queries a copy of the store in which they are
    pseudonyms already. Every attempt is audited before it runs, and its outcome after."""
    detail = {"query": body.query, "parameters": sorted(body.parameters)}
    with ctx.audit.act(user.name, user.role, "cypher", detail) as done:
        check_read_only(body.query)
        for name, value in body.parameters.items():
            _parameter(name, value)
        count, answer = ctx.cypher(
            user.hidden_levels, body.query, body.parameters, min(body.limit, ctx.limits.cypher_rows)
        )
        done.text = f"ok: {count} rows"
    return Response(answer, media_type="application/json")


# -- exports ---------------------------------------------------------------------------------

_MEDIA = {
    "ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads",
    "jsonld": "application/ld+json", "graphml": "application/xml", "gexf": "application/xml", "csv": "application/zip",
}  # fmt: skip


class _Pipe:
    """A text or binary stream whose writes go, in chunks, to a bounded queue read by the response."""

    def __init__(self, q: queue.Queue[bytes | BaseException | None], cancelled: threading.Event) -> None:
        self.q, self.cancelled = q, cancelled
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: str | bytes) -> int:
        self.parts.append(data.encode() if isinstance(data, str) else bytes(data))
        self.size += len(self.parts[-1])
        if self.size >= 1 << 16:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.parts:
            self._put(b"".join(self.parts))
            self.parts, self.size = [], 0

    def _put(self, item: bytes | BaseException | None) -> None:
        while not self.cancelled.is_set():
            try:
                self.q.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise ConnectionAbortedError("the client went away")


def _streamed(produce: Callable[[Any], object]) -> Iterator[bytes]:
    q: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=8)
    cancelled = threading.Event()
    pipe = _Pipe(q, cancelled)

    def run() -> None:
        try:
            produce(pipe)
            pipe.flush()
            pipe._put(None)
        except ConnectionAbortedError:
            return
        except BaseException as e:  # reported to the reading side, which ends the response
            pipe._put(e)

    threading.Thread(target=run, daemon=True, name="acg-export").start()
    try:
        while (item := q.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        cancelled.set()


@router.get(
    "/export", tags=["export"], response_class=StreamingResponse,
    responses={200: {"description": "The export, streamed", "content": {m: {} for m in _MEDIA.values()}},
               **JSON_ERRORS},
)  # fmt: skip
def export(
    ctx: Ctx, user: Reader, format: Literal["ttl", "jsonld", "nt", "nq", "graphml", "gexf", "csv"] = "ttl",
    around: Annotated[str | None, Query(max_length=500)] = None, depth: Annotated[int, Query(ge=0, le=6)] = 1,
    include_protected: bool = False,
) -> StreamingResponse:  # fmt: skip
    """The graph, or the part around an entity, streamed as RDF (Turtle, JSON-LD, N-Triples, N-Quads with
    a named graph per source), as GraphML / GEXF, or as CSV (a zip of one file per type and predicate, as
    `acg export --format csv` writes). `include_protected` is for admins only."""
    asked = {"format": format, "around": around, "depth": depth, "include_protected": include_protected}
    pending = ctx.audit.begin(user.name, user.role, "export", asked)
    try:
        if include_protected and not user.may("admin"):
            raise Forbidden("include_protected needs the role admin")
        guard = _guard(ctx, user)
        centre = _entity_id(ctx, guard, around) if around else None
    except BaseException as e:
        pending.fail(e)
        raise
    hidden = () if include_protected else user.hidden_levels
    selection = exporter.Selection(around=centre, depth=depth, hidden_levels=hidden, pseudonym_key=ctx.pseudonym_key)
    name = f"accountability-graph.{'zip' if format == 'csv' else format}"

    def produce(out: Any) -> int:
        # The outcome is known when the last byte is written (or the client goes away).
        try:
            if format == "csv":
                written = exporter.write_csv_zip(ctx.store, selection, out, ctx.home.path)
            else:
                written = exporter.export(ctx.store, format, None, out, selection)
        except BaseException as e:
            pending.fail(e)
            raise
        pending.end(f"ok: {written} written")
        return written

    return StreamingResponse(
        _streamed(produce),
        media_type=_MEDIA[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


# -- documents: ingest and source passages ----------------------------------------------------


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
) -> dict[str, Any]:  # fmt: skip
    """Ingest uploaded documents as `acg ingest` does (editor). Each file is kept unaltered under the
    server's data folder, named by its SHA-256; one that cannot be read is reported and skipped."""
    from ingest.documents import Ingest
    from ingest.readers import check_inflated, given

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
            run = Ingest(ctx.store, ctx.extractor(), log=layout.resolution_log, archive=layout.extractions)
            summary = run.run(kept, metadata)
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
    guard = _guard(ctx, user)
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


# -- review ------------------------------------------------------------------------------------


@router.get("/assertions", tags=["review"], responses=ERRORS)
def assertions(
    ctx: Ctx, user: Editor, status: Literal["unreviewed", "confirmed", "edited", "rejected"] = "unreviewed",
    after: Annotated[str, Query(max_length=200)] = "", limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:  # fmt: skip
    """Assertions waiting for review (or with another status), a page at a time in id order."""
    found = review.pending(ctx.store, status, after, limit)
    return {"status": status, "assertions": _guard(ctx, user).answer(found)}


class ReviewRequest(BaseModel):
    action: Literal["confirm", "reject", "edit"]
    valid_from: str | None = Field(default=None, max_length=10, description="edit: new start (null clears).")
    valid_to: str | None = Field(default=None, max_length=10, description="edit: new end (null clears).")
    note: str | None = Field(default=None, max_length=2000, description="Why, for the audit log.")


@router.post("/assertions/{assertion_id}/review", tags=["review"], responses=ERRORS)
def review_assertion(ctx: Ctx, user: Editor, assertion_id: str, body: ReviewRequest) -> dict[str, Any]:
    """Confirm, reject or correct the dates of an assertion; recorded with who and when."""
    dated: dict[str, Any] = {k: getattr(body, k) for k in ("valid_from", "valid_to") if k in body.model_fields_set}
    asked: dict[str, Any] = {"assertion": assertion_id, "action": body.action, "note": body.note, **dated}
    with ctx.audit.act(user.name, user.role, "review", asked) as done, ctx.write_lock:
        change = review.review(ctx.store, assertion_id, body.action, **dated)
        done.detail = {"assertion": assertion_id, **change}
    return _guard(ctx, user).answer(change)


# -- corrections of who is who (editor) --------------------------------------------------------


class MergeRequest(BaseModel):
    entity: str = Field(min_length=1, max_length=500, description="The entity that goes: id, pseudonym or name.")
    into: str = Field(min_length=1, max_length=500, description="The entity that stays.")
    reason: str = Field(min_length=1, max_length=2000, description="Why; kept with the change.")


class UndoMergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: str = Field(min_length=1, max_length=500, description="Id, pseudonym or name.")
    undo: str = Field(min_length=1, max_length=100, description="A merge into the entity to undo (its change id).")
    reason: str = Field(min_length=1, max_length=2000, description="Why; kept with the change.")


class DocumentSplitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entity: str = Field(min_length=1, max_length=500, description="Id, pseudonym or name.")
    document: str = Field(pattern="^sha256:[0-9a-f]{64}$", description="Split off what this document says of it.")
    name: str | None = Field(default=None, max_length=500, description="The name of the entity split off.")
    reason: str = Field(min_length=1, max_length=2000, description="Why; kept with the change.")


def _corrected(
    ctx: Context, user: User, action: str, asked: dict[str, Any], work: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    with ctx.audit.act(user.name, user.role, action, asked) as done, ctx.write_lock:
        entry = work()
        done.detail = {"change": entry["change"], "entity": entry["entity"]}
    return _guard(ctx, user).answer(entry)


@router.post("/entities/merge", tags=["review"], responses=ERRORS)
def merge_entities(ctx: Ctx, user: Editor, body: MergeRequest) -> dict[str, Any]:
    """Two entities are one (editor): `entity`'s assertions move to `into` (ids kept), its names become
    aliases, and it goes; kept in the resolution log with who, when and why, and undone by a split."""

    def work() -> dict[str, Any]:
        guard = _guard(ctx, user)
        source, target = _entity_id(ctx, guard, body.entity), _entity_id(ctx, guard, body.into)
        return corrections.merge(ctx.store, ctx.home.resolution_log, source, target, user.name, body.reason)

    return _corrected(ctx, user, "merge", body.model_dump(), work)


@router.post("/entities/split", tags=["review"], responses=ERRORS)
def split_entity(ctx: Ctx, user: Editor, body: UndoMergeRequest | DocumentSplitRequest) -> dict[str, Any]:
    """Undo a merge into `entity` (`undo`), or split off what one `document` says of it (editor)."""

    def work() -> dict[str, Any]:
        target = _entity_id(ctx, _guard(ctx, user), body.entity)
        log, who = ctx.home.resolution_log, user.name
        if isinstance(body, UndoMergeRequest):
            return corrections.undo_merge(ctx.store, log, target, body.undo, who, body.reason)
        return corrections.split_document(
            ctx.store, log, target, body.document, who, body.reason, body.name, ctx.home.extractions
        )

    action = "unmerge" if isinstance(body, UndoMergeRequest) else "split"
    return _corrected(ctx, user, action, body.model_dump(), work)


# Last of the /entities routes: its path matches /entities/merge and /entities/split too, and a router
# answers a method it does not serve there (405, Allow) from the first route whose path matches.
@router.get("/entities/{entity_id:path}", tags=["entities"], responses=ERRORS)
def entity(ctx: Ctx, user: Reader, entity_id: str) -> dict[str, Any]:
    """An entity with its attributes and every assertion into or out of it, with evidence."""
    guard = _guard(ctx, user)
    real = guard.usable_id(entity_id)
    if real is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    return guard.answer(entities.detail(ctx.store, real))


@router.get("/audit", tags=["service"], responses=ERRORS)
def audit(
    ctx: Ctx, user: Admin, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    anchor: Annotated[str | None, Query(pattern="^[0-9a-f]{64}$", description="A head recorded earlier.")] = None,
) -> dict[str, Any]:  # fmt: skip
    """The latest entries of the audit log (admin), whether its chain of lines is intact (and still holds
    `anchor`), and its head: the hash of its last line, to write down elsewhere."""
    path = ctx.audit.path
    check = audit_log.verify(path, anchor)
    return {"entries": check.parsed[-limit:], "count": check.entries, "head": check.head,
            "problems": check.problems}  # fmt: skip
