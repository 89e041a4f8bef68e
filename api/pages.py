"""The pages: the web UI (static files, no build step) and the graph picture of api.picture.

The UI is one HTML page with its script and style, served from this package;
it asks for an API key, keeps it in the tab's sessionStorage and sends it
with every request. The picture is shown in a sandboxed frame. The Content
Security Policy lets nothing load from anywhere but this server, and allows
the picture's inline scripts by their hashes only.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse, Response

from api import deps
from api.auth import User
from api.context import Context
from api.deps import JSON_ERRORS, At, EntityRef, Language
from api.picture import around, picture

router = APIRouter()
_STATIC = {"app.js": "text/javascript", "style.css": "text/css", "index.html": "text/html"}


@cache
def _picture_script_hashes() -> str:
    """CSP sources for the picture's inline scripts (vis-network and the page's own), which never change."""
    page = picture([], [], "")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    return " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts)


@cache
def _csp() -> str:
    # The UI shows pictures in srcdoc frames, which inherit this policy: their scripts are allowed by hash.
    return (
        f"default-src 'none'; script-src 'self' {_picture_script_hashes()}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'self'"
    )


def _static(name: str) -> Response:
    body = resources.files("api").joinpath(f"static/{name}").read_bytes()
    return Response(body, media_type=_STATIC[name], headers={"Content-Security-Policy": _csp()})


@router.get("/", include_in_schema=False)
def index() -> Response:
    return _static("index.html")


@router.get("/ui/{name}", include_in_schema=False)
def static(name: str) -> Response:
    if name not in _STATIC:
        raise HTTPException(404, f"no file {name!r}")
    return _static(name)


@router.get("/viz", tags=["pictures"], response_class=HTMLResponse, responses=JSON_ERRORS)
def viz(
    ctx: Annotated[Context, Depends(deps.context)], user: Annotated[User, Depends(deps.role("reader"))],
    entity: EntityRef, depth: Annotated[int, Query(ge=0, le=4)] = 2, at: At = None,
    also: Annotated[list[str] | None, Query(max_length=200, description="More entities to show with it.")] = None,
    language: Language = "en",
) -> HTMLResponse:  # fmt: skip
    """The picture of the graph around an entity (and of the links among `also` entities, as the Cypher
    console asks), as `acg viz` writes it: one HTML page that loads nothing from the network, hidden
    people as pseudonyms, links and classes named in `language`."""
    guard = deps.guard(ctx, user)
    more = [i for a in also or [] if (i := guard.usable_id(a)) is not None]
    page, _, _ = around(ctx.store, deps.entity_id(ctx, guard, entity), depth, guard, deps.parse_at(at), more, language)
    return HTMLResponse(page, headers={"Content-Security-Policy": _csp()})
