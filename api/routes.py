"""The JSON routes: the CLI's answers, raw read-only Cypher, exports, entity pages and the audit log
(documents: api.documents; review: api.review; what they share: api.deps).

Each answer passes through the caller's Protection before it leaves
(graph.protect): hidden people are pseudonymised wherever they occur. An
entity is named by id, pseudonym, name or alias; a hidden one named by its
real id or name is "not found" for a caller who may not see it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from api import audit as audit_log
from api import deps
from api.auth import User
from api.deps import ERRORS, JSON_ERRORS, Admin, Analyst, At, Ctx, EntityRef, Everyone, Reader
from graph import accountability, answers, entities, queries
from graph import export as exporter
from graph.guard import check_read_only
from ontology import derive, load
from ontology.errors import Forbidden, InvalidInput, NotFound
from ontology.terms import SearchableType

router = APIRouter()


@router.get("/health", tags=["service"])
def health(ctx: Ctx) -> dict[str, str]:
    """Open to all: whether the server is up, and its engine."""
    return {"status": "ok", "engine": ctx.store.engine}


@router.get("/me", tags=["service"], responses=ERRORS)
def me(user: Annotated[User, Depends(deps.caller)]) -> dict[str, Any]:
    """Who the key belongs to, the role, and the sensitivity levels shown as pseudonyms."""
    return {"name": user.name, "role": user.role, "pseudonymised": list(user.hidden_levels)}


@router.get("/vocabulary", tags=["service"], responses=ERRORS)
def vocabulary(user: Annotated[User, Depends(deps.caller)]) -> dict[str, Any]:
    """The ontology's entity types, predicates and taxonomies, with their labels in every language it
    has (`labels`, by language; English in each term's `label`): what the UI names things by."""
    return _vocabulary()


@cache
def _vocabulary() -> dict[str, Any]:
    return derive.vocabulary(load())


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
    guard = deps.guard(ctx, user)
    found = entities.search(ctx.store, q, list(type or []), entities.SEARCH_LIMIT,
                            shown=guard.redact, hides=guard.hides, hidden=guard.hidden)  # fmt: skip
    return {"query": q, "results": found[:limit]}


@router.get("/chain", tags=["questions"], responses=ERRORS)
def chain(ctx: Ctx, user: Reader, entity: EntityRef, at: At = None, all: Everyone = False) -> answers.ChainAnswer:
    """Superiors of a person or unit, nearest first; with `at`, the hierarchy as it stood then: each
    attested, likely (with its reason) or possible, and commanders superseded by then left out unless
    `all`."""
    guard = deps.guard(ctx, user)
    subject = deps.entity_id(ctx, guard, entity)
    return guard.answer(queries.chain(ctx.store, subject, deps.parse_at(at), include_superseded=all))


@router.get("/subordinates", tags=["questions"], responses=ERRORS)
def subordinates(
    ctx: Ctx, user: Reader, entity: EntityRef, at: At = None, all: Everyone = False
) -> answers.SubordinatesAnswer:
    """Units and people below a person or unit, nearest first (statuses as in /chain)."""
    guard = deps.guard(ctx, user)
    subject = deps.entity_id(ctx, guard, entity)
    answer = queries.subordinates(ctx.store, subject, deps.parse_at(at), include_superseded=all)
    return guard.answer(answer)


@router.get("/complicity", tags=["questions"], responses=ERRORS)
def complicity(ctx: Ctx, user: Reader, entity: EntityRef) -> answers.ComplicityAnswer:
    """Who aided, supplied, financed or ordered a crime, case, unit or person; or, for a company or
    state, the crimes it is linked to that way."""
    guard = deps.guard(ctx, user)
    return guard.answer(accountability.complicity(ctx.store, deps.entity_id(ctx, guard, entity)))


@router.get("/path", tags=["questions"], responses=ERRORS)
def path(
    ctx: Ctx, user: Reader, a: EntityRef, b: EntityRef,
    via: Annotated[list[str] | None, Query(max_length=20, description="Predicates allowed on the path.")] = None,
    max_hops: Annotated[int, Query(ge=1, le=8)] = 6,
) -> answers.PathAnswer:  # fmt: skip
    """Shortest paths between two entities."""
    guard = deps.guard(ctx, user)
    answer = accountability.path(
        ctx.store, deps.entity_id(ctx, guard, a), deps.entity_id(ctx, guard, b), tuple(via or ()), max_hops
    )
    return guard.answer(answer)


@router.get("/impunity", tags=["questions"], responses=ERRORS)
def impunity(
    ctx: Ctx, user: Reader, country: Annotated[str | None, Query(max_length=200)] = None,
    mechanism: Annotated[str | None, Query(max_length=500)] = None,
) -> answers.ImpunityAnswer:  # fmt: skip
    """People implicated in crimes and never charged, accused or convicted; outcomes per mechanism."""
    guard = deps.guard(ctx, user)
    chosen = deps.entity_id(ctx, guard, mechanism) if mechanism else None
    return guard.answer(accountability.impunity(ctx.store, country, chosen))


@router.get("/case", tags=["questions"], responses=ERRORS)
def case(ctx: Ctx, user: Reader, entity: EntityRef) -> answers.CaseAnswer:
    """A case: accused, charges, court, outcomes, sentences and dates."""
    guard = deps.guard(ctx, user)
    return guard.answer(accountability.case(ctx.store, deps.entity_id(ctx, guard, entity)))


@router.get("/timeline", tags=["questions"], responses=ERRORS)
def timeline(ctx: Ctx, user: Reader, entity: EntityRef) -> answers.TimelineAnswer:
    """What happened to a unit, a person or a case, earliest first: each event with its dates, what kind
    they are (start, end, first or last cited, a date) and its sources by title, publisher and date."""
    from graph.timeline import timeline as events_of

    guard = deps.guard(ctx, user)
    return guard.answer(events_of(ctx.store, deps.entity_id(ctx, guard, entity)))


@router.get("/cases", tags=["questions"], responses=ERRORS)
def cases(ctx: Ctx, user: Reader, entity: EntityRef) -> dict[str, Any]:
    """The cases of a person or organization accused in them (or a case itself), each as /case gives it,
    and their charges, convictions and acquittals that no case of theirs holds (`outcomes`)."""
    guard = deps.guard(ctx, user)
    subject = deps.entity_id(ctx, guard, entity)
    # which courts dealt with them outside any case the sources name ("outcomes")
    return guard.answer({"cases": accountability.cases(ctx.store, subject),
                         "outcomes": accountability.outcomes_outside_cases(ctx.store, subject)})  # fmt: skip


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
    "ftm": "application/x-ndjson",
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
    ctx: Ctx, user: Reader, format: Literal["ttl", "jsonld", "nt", "nq", "graphml", "gexf", "csv", "ftm"] = "ttl",
    around: Annotated[str | None, Query(max_length=500)] = None, depth: Annotated[int, Query(ge=0, le=6)] = 1,
    include_protected: bool = False,
) -> StreamingResponse:  # fmt: skip
    """The graph, or the part around an entity, streamed as RDF (Turtle, JSON-LD, N-Triples, N-Quads with
    a named graph per source), as GraphML / GEXF, as CSV (a zip of one file per type and predicate, as
    `acg export --format csv` writes), or as FollowTheMoney JSON lines. `include_protected` is for admins only."""
    asked = {"format": format, "around": around, "depth": depth, "include_protected": include_protected}
    pending = ctx.audit.begin(user.name, user.role, "export", asked)
    try:
        if include_protected and not user.may("admin"):
            raise Forbidden("include_protected needs the role admin")
        guard = deps.guard(ctx, user)
        centre = deps.entity_id(ctx, guard, around) if around else None
    except BaseException as e:
        pending.fail(e)
        raise
    hidden = () if include_protected else user.hidden_levels
    selection = exporter.Selection(around=centre, depth=depth, hidden_levels=hidden, pseudonym_key=ctx.pseudonym_key)
    name = f"accountability-graph.{ {'csv': 'zip', 'ftm': 'ftm.json'}.get(format, format) }"

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


# Last of the /entities routes: its path matches /entities/merge and /entities/split too, and a router
# answers a method it does not serve there (405, Allow) from the first route whose path matches.
@router.get("/entities/{entity_id:path}", tags=["entities"], responses=ERRORS)
def entity(ctx: Ctx, user: Reader, entity_id: str) -> dict[str, Any]:
    """An entity with its attributes and every assertion into or out of it, with evidence."""
    guard = deps.guard(ctx, user)
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
