"""What the API's routers share: the context and caller, the role guards, the error tables, the
parameters named alike everywhere, and how an entity named by a caller is found as that caller may see
the store (graph.protect)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from api.auth import User
from api.context import Context
from graph.protect import Protection
from graph.queries import find_entity
from ontology import dates, terms
from ontology.errors import Conflict

_bearer = HTTPBearer(auto_error=False, description="An API key made with `acg user add NAME --role ROLE`.")


def context(request: Request) -> Context:
    ctx: Context = request.app.state.context
    return ctx


def caller(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> User:
    """The user whose key the request carries; 401 without one."""
    if credentials is None or not credentials.credentials:
        raise HTTPException(401, "an API key is needed: Authorization: Bearer <key>", {"WWW-Authenticate": "Bearer"})
    user = context(request).users.find(credentials.credentials)
    if user is None:
        raise HTTPException(401, "unknown API key", {"WWW-Authenticate": "Bearer"})
    return user


def role(needed: str) -> Callable[[User], User]:
    """A dependency admitting `needed` and stronger roles; 403 for the others."""

    def check(user: Annotated[User, Depends(caller)]) -> User:
        if not user.may(needed):
            raise HTTPException(403, f"this needs the role {needed} or stronger; {user.name} is {user.role}")
        return user

    return check


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
Language = Annotated[
    terms.Language, Query(description="The language of the vocabulary's words (types, predicates) shown.")
]
Everyone = Annotated[bool, Query(description="With `at`: also commanders superseded by then.")]


def guard(ctx: Context, user: User) -> Protection:
    return ctx.protection(user.hidden_levels)


def entity_id(ctx: Context, guard: Protection, ref: str) -> str:
    """The id of the entity `ref` names, as a caller who may not see the hidden ones sees the store: a
    hidden entity named by its id or name is not there (the same answer as for a name nobody has), and
    a name it shares with others names only them. The name asked for is echoed as it was given: the
    caller wrote it, and turning it into a pseudonym would tell that it names someone hidden."""
    real = guard.real_id(ref)
    if real is not None:
        return real
    try:
        found = find_entity(ctx.store, ref, guard.hidden)
    except Conflict as e:
        raise Conflict(_redact_after_echo(guard, str(e), ref)) from None
    return str(found["id"])


def _redact_after_echo(guard: Protection, message: str, ref: str) -> str:
    """`message`, which begins by echoing `ref`, with what follows the echo redacted."""
    echo = repr(ref)
    if message.startswith(echo):
        return echo + guard.redact(message[len(echo) :])
    return guard.redact(message)


def parse_at(at: str | None) -> str | None:
    return dates.parse(at, "at") if at else None
