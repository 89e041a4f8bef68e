"""Corrections of who is who, by an editor, through the CLI (`acg entity`) or the API: the change in the
store (graph.identity) and its entry in the resolution log (who, when, why), as one step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph import identity
from graph.queries import resolve
from graph.store import Store
from ingest.resolve import append_log, canonical_id, change_entry, read_log
from ontology.errors import InvalidInput, NotFound
from ontology.names import name_key


def _why(reason: str) -> None:
    if not reason.strip():
        raise InvalidInput("reason: say why; it is kept with the change")


def _kept(log: Path, change: dict[str, Any], who: str, reason: str) -> dict[str, Any]:
    entry = change_entry(change, who, reason)
    append_log(log, [entry])
    return entry


def merge(store: Store, log: Path, source: str, target: str, who: str, reason: str) -> dict[str, Any]:
    """SOURCE and TARGET (ids, names or aliases) are one entity; the log's entry for the change."""
    _why(reason)
    change = identity.merge(store, resolve(store, source)["id"], resolve(store, target)["id"])
    return _kept(log, change, who, reason)


def undo_merge(store: Store, log: Path, target: str, change: str, who: str, reason: str) -> dict[str, Any]:
    """Undo the merge `change` into TARGET."""
    _why(reason)
    into = resolve(store, target)["id"]
    merges = [e for e in read_log(log) if e.get("action") == "merge" and e.get("change") == change]
    if not merges or merges[0]["into"] != into:
        raise NotFound(f"undo: no merge {change!r} into {into} in the resolution log")
    return _kept(log, identity.unmerge(store, merges[0]), who, reason)


def split_document(
    store: Store, log: Path, target: str, document: str, who: str, reason: str, name: str | None = None
) -> dict[str, Any]:
    """What `document` (sha256:<hex>) says of TARGET is about someone else: a new entity named as the
    document wrote it (or `name`), with the names only that document gave."""
    _why(reason)
    entity = resolve(store, target)
    entries = read_log(log)
    joined = [e for e in entries if e.get("canonical") == entity["id"] and e.get("document") == document]
    said = name or (joined[0]["name"] if joined else entity["name"])
    elsewhere = [e for e in entries if e.get("canonical") == entity["id"] and e.get("document") != document]
    others = {name_key(e["name"]) for e in elsewhere}
    only_here = [e["name"] for e in joined if name_key(e["name"]) not in others and e["name"] != entity["name"]]
    new_id = canonical_id(entity["type"], f"{said} {document}")
    change = identity.split_document(store, entity["id"], document, new_id, said, only_here)
    return _kept(log, change, who, reason)
