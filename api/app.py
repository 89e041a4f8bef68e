"""The HTTP API (`acg serve`): the CLI's answers as JSON, pictures and a small web UI.

Every route but /health needs `Authorization: Bearer <key>` (401 without a
known key, 403 for a weaker role than the route's). Errors are JSON
`{"error": "<one line>"}` with the status of the project's error (ontology.errors);
a request body over its limit is refused with 413 before it is read whole.
CORS is off unless origins are configured.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import documents, editing, pages, routes
from api.context import Context
from ontology.errors import AcgError

log = logging.getLogger("acg.api")


class _BodyLimit:
    """Refuse a body longer than the limit (413), by its Content-Length or while it streams in."""

    def __init__(self, app: ASGIApp, limit: Callable[[Scope], int]) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(limit)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await _too_large(limit)(scope, receive, send)


class _TooLarge(Exception):
    pass


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"error": f"request body over the limit of {limit} bytes"}, status_code=413)


def _one_line(errors: list[dict[str, Any]]) -> str:
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in {"body", "query", "path"})
        parts.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
    return "; ".join(parts)


def create_app(ctx: Context) -> FastAPI:

    app = FastAPI(
        title="Accountability Graph",
        version="0.1.0",
        description=(
            "Who committed what, under whose command, with whose help, and which court has dealt with it. "
            "Every answer carries its paths and the evidence of each link. People at risk (victims, "
            "witnesses) are pseudonymised unless the caller's role may see them."
        ),
    )
    app.state.context = ctx

    @app.exception_handler(AcgError)
    async def _acg(request: Request, e: AcgError) -> JSONResponse:
        return JSONResponse({"error": str(e).replace("\n", " ")}, status_code=e.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, e: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": _one_line(list(e.errors()))}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, e: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(e.detail)}, status_code=e.status_code, headers=e.headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, e: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": f"internal error ({type(e).__name__}); see the server log"}, status_code=500)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Any]]) -> Any:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    # Editing first: its /entities/merge and /entities/split come before /entities/{entity_id:path}, so that
    # a method they do not serve there is answered from them (405, Allow: POST).
    app.include_router(editing.router)
    app.include_router(routes.router)
    app.include_router(documents.router)
    app.include_router(pages.router)
    limits = ctx.limits
    app.add_middleware(
        _BodyLimit,
        limit=lambda scope: limits.upload_bytes if scope.get("path") == "/documents" else limits.body_bytes,
    )
    if ctx.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(ctx.cors_origins), allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )  # fmt: skip
    return app
