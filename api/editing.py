"""What editors do: review assertions (confirm, reject, re-date), and merge and split entities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from api import deps
from api.auth import User
from api.context import Context
from api.deps import ERRORS, Ctx, Editor
from graph import review
from ingest import corrections

router = APIRouter()


@router.get("/assertions", tags=["review"], responses=ERRORS)
def assertions(
    ctx: Ctx, user: Editor, status: Literal["unreviewed", "confirmed", "edited", "rejected"] = "unreviewed",
    after: Annotated[str, Query(max_length=200)] = "", limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:  # fmt: skip
    """Assertions waiting for review (or with another status), a page at a time in id order."""
    found = review.pending(ctx.store, status, after, limit)
    return {"status": status, "assertions": deps.guard(ctx, user).answer(found)}


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
    return deps.guard(ctx, user).answer(change)


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
    return deps.guard(ctx, user).answer(entry)


@router.post("/entities/merge", tags=["review"], responses=ERRORS)
def merge_entities(ctx: Ctx, user: Editor, body: MergeRequest) -> dict[str, Any]:
    """Two entities are one (editor): `entity`'s assertions move to `into` (ids kept), its names become
    aliases, and it goes; kept in the resolution log with who, when and why, and undone by a split."""

    def work() -> dict[str, Any]:
        guard = deps.guard(ctx, user)
        source, target = deps.entity_id(ctx, guard, body.entity), deps.entity_id(ctx, guard, body.into)
        return corrections.merge(ctx.store, ctx.home.resolution_log, source, target, user.name, body.reason)

    return _corrected(ctx, user, "merge", body.model_dump(), work)


@router.post("/entities/split", tags=["review"], responses=ERRORS)
def split_entity(ctx: Ctx, user: Editor, body: UndoMergeRequest | DocumentSplitRequest) -> dict[str, Any]:
    """Undo a merge into `entity` (`undo`), or split off what one `document` says of it (editor)."""

    def work() -> dict[str, Any]:
        target = deps.entity_id(ctx, deps.guard(ctx, user), body.entity)
        log, who = ctx.home.resolution_log, user.name
        if isinstance(body, UndoMergeRequest):
            return corrections.undo_merge(ctx.store, log, target, body.undo, who, body.reason)
        return corrections.split_document(
            ctx.store, log, target, body.document, who, body.reason, body.name, ctx.home.extractions
        )

    action = "unmerge" if isinstance(body, UndoMergeRequest) else "split"
    return _corrected(ctx, user, action, body.model_dump(), work)
