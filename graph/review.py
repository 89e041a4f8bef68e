"""Reviewing extracted assertions: list those waiting, confirm, reject, or correct their dates.

An assertion keeps its id through a review; what changed (before and after)
is returned so the caller can record it with who and when (the API's audit
log). Rejected assertions stay in the store for the record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graph.rows import row_relation
from graph.store import DropRelation, PutRelation, Store, StoreView
from ontology import dates, load
from ontology.errors import InvalidInput, NotFound
from ontology.records import Relation

STATUSES = ("unreviewed", "confirmed", "edited", "rejected")
ACTIONS = {"confirm": "confirmed", "reject": "rejected", "edit": "edited"}


def pending(view: StoreView, status: str = "unreviewed", after: str = "", limit: int = 50) -> list[dict[str, Any]]:
    """Assertions with the review status `status`, in id order after `after`: one page for a reviewer."""
    if status not in STATUSES:
        raise InvalidInput(f"status: {status!r} is not one of {', '.join(STATUSES)}")
    if not 1 <= limit <= 500:
        raise InvalidInput("limit: between 1 and 500")
    onto = load()
    found: list[dict[str, Any]] = []
    for p in onto.predicates.values():
        for s, o in p.pairs():
            for row in view.assertions(p.name, s, o, status, after, limit):
                r = row_relation(p.name, row)
                found.append({**_shown(r), "subject_name": row["subject_name"], "object_name": row["object_name"]})
    found.sort(key=lambda a: a["id"])
    return found[:limit]


def _shown(r: Relation) -> dict[str, Any]:
    return {
        "id": r.id, "subject": r.subject, "predicate": r.predicate, "object": r.object,
        "valid_from": r.valid_from, "valid_to": r.valid_to, "attributes": r.attributes,
        "confidence": r.confidence, "method": r.method, "evidence": [s.to_json() for s in r.evidence],
    }  # fmt: skip


def find(view: StoreView, assertion_id: str) -> tuple[Relation, str, str]:
    """An assertion by id, with the labels of its ends."""
    onto = load()
    for p in onto.predicates.values():
        for s, o in p.pairs():
            row = view.assertion(p.name, s, o, assertion_id)
            if row is not None:
                return row_relation(p.name, row), s, o
    raise NotFound(f"no assertion with id {assertion_id!r}")


_UNSET = object()


def review(
    store: Store, assertion_id: str, action: str, valid_from: Any = _UNSET, valid_to: Any = _UNSET
) -> dict[str, Any]:
    """Confirm, reject or edit (dates) one assertion; returns {"before": …, "after": …}."""
    if action not in ACTIONS:
        raise InvalidInput(f"action: {action!r} is not one of {', '.join(ACTIONS)}")
    onto = load()
    r, s, o = find(store, assertion_id)
    p = onto.predicate(r.predicate)
    changes: dict[str, Any] = {}
    for name, value in (("valid_from", valid_from), ("valid_to", valid_to)):
        if value is _UNSET:
            continue
        if action != "edit":
            raise InvalidInput(f"{name}: dates change only with the action 'edit'")
        if not p.temporal:
            raise InvalidInput(f"{name}: {r.predicate} has no period")
        changes[name] = dates.parse(value, name) if value is not None else None
    if action == "edit" and not changes:
        raise InvalidInput("edit: give valid_from or valid_to (null to clear)")
    new_from, new_to = changes.get("valid_from", r.valid_from), changes.get("valid_to", r.valid_to)
    if new_from and new_to and (dates.lower_key(new_from) or "") > (dates.upper_key(new_to) or ""):
        raise InvalidInput(f"valid_to: {new_to} is before valid_from {new_from}")
    after = replace(
        r, valid_from=new_from, valid_to=new_to, attributes={**r.attributes, "review_status": ACTIONS[action]}
    )
    store.apply(rewritten(r, (s, o), after, (s, o)))
    return {"before": _shown(r), "after": _shown(after)}


def rewritten(
    before: Relation, ends: tuple[str, str], after: Relation, after_ends: tuple[str, str]
) -> tuple[DropRelation, PutRelation]:
    """The two changes that rewrite a stored assertion (its ends' labels `ends`) as `after`: drop, then
    put. Setting properties on a stored relationship is unsafe on LadybugDB 0.22 (see
    graph.cypher.write.upsert_edges)."""
    return DropRelation(before.predicate, ends, before.assertion_id()), PutRelation(after, after_ends)
