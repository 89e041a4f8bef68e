"""Corrections of who is who, by an editor, through the CLI (`acg entity`) or the API: the change in the
store (graph.identity) and its entry in the resolution log (who, when, why), as one step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph import identity
from graph.queries import find_entity
from graph.store import Store
from ingest.resolve import append_log, archived, canonical_id, change_entry, read_log
from ontology import load
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
    change = identity.merge(store, find_entity(store, source)["id"], find_entity(store, target)["id"])
    return _kept(log, change, who, reason)


def undo_merge(store: Store, log: Path, target: str, change: str, who: str, reason: str) -> dict[str, Any]:
    """Undo the merge `change` into TARGET."""
    _why(reason)
    into = find_entity(store, target)["id"]
    merges = [e for e in read_log(log) if e.get("action") == "merge" and e.get("change") == change]
    if not merges or merges[0]["into"] != into:
        raise NotFound(f"undo: no merge {change!r} into {into} in the resolution log")
    return _kept(log, identity.unmerge(store, merges[0]), who, reason)


def attributes_said(archive: Path | None, document: str, mentions: set[str], type_: str) -> dict[str, Any]:
    """The attributes (rank, title, ...) a document's archived extraction gave these mentions (extraction
    ids); empty when the archive does not hold the document."""
    path = archived(archive, document.removeprefix("sha256:")) if archive is not None else None
    if path is None or not path.is_file():
        return {}
    try:
        extraction = json.loads(path.read_text(encoding="utf-8"))
        entities = list(extraction.get("entities", []))
    except (OSError, ValueError, AttributeError) as e:
        raise InvalidInput(f"{path}: not a readable extraction ({e}); move it away to split without it") from e
    known = set(load().entity_type(type_).by_name) - {"name", "aliases"}  # names are the split's own business
    said: dict[str, Any] = {}
    for mention in entities:
        if isinstance(mention, dict) and mention.get("id") in mentions and isinstance(mention.get("attributes"), dict):
            said.update({k: v for k, v in mention["attributes"].items() if k in known and v is not None})
    return said


def split_document(
    store: Store, log: Path, target: str, document: str, who: str, reason: str, name: str | None = None,
    archive: Path | None = None,
) -> dict[str, Any]:  # fmt: skip
    """What `document` (sha256:<hex>) says of TARGET is about someone else: a new entity named as the
    document wrote it (or `name`), with the names only that document gave and the attributes it gave
    (read from the extractions `archive`). Where the target's value is the one this document gave and
    another document gave another, the target takes the value the last other document gave. A value no
    other document gave stays: it may have come from an import or an editor, and nothing is dropped."""
    _why(reason)
    entity = find_entity(store, target)
    entries = read_log(log)
    joined = [e for e in entries if e.get("canonical") == entity["id"] and e.get("document") == document]
    said = name or (joined[0]["name"] if joined else entity["name"])
    elsewhere = [e for e in entries if e.get("canonical") == entity["id"] and e.get("document") != document]
    others = {name_key(e["name"]) for e in elsewhere}
    only_here = [e["name"] for e in joined if name_key(e["name"]) not in others and e["name"] != entity["name"]]
    given = attributes_said(archive, document, {e["mention"] for e in joined}, entity["type"])
    mentions_in: dict[str, set[str]] = {}  # each other document's mentions, its archive read once
    for e in elsewhere:
        mentions_in.setdefault(e["document"], set()).add(e["mention"])
    by_others: dict[str, Any] = {}
    for other, mentions in mentions_in.items():  # in log order: the last document's value stands, as in the store
        by_others.update(attributes_said(archive, other, mentions, entity["type"]))
    stored = identity.entity(store, entity["id"]).attributes
    restored = {k: by_others[k] for k, v in given.items() if stored.get(k) == v and by_others.get(k, v) != v}
    new_id = canonical_id(entity["type"], f"{said} {document}")
    change = identity.split_document(store, entity["id"], document, new_id, said, only_here, given, restored)
    return _kept(log, change, who, reason)
