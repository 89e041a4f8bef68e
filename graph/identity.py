"""Who is who, corrected by hand: two stored entities merged into one, a merge undone, and what one
document said split off an entity it was wrongly joined to.

Each change is one transaction and returns a record of what it did (the
entities as they were, which assertions moved and how), which the caller
keeps in the resolution log with who, when and why; that record is what
`unmerge` undoes. Assertions keep their ids when they move, so reviews,
audit entries and citations still find them; an assertion whose evidence
comes partly from the document being split off is divided in two, the
document's part getting an id of its own. Relationships are rewritten as
dropped and put again, never updated in place (see graph.review.rewritten).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graph.queries import label_of
from graph.review import find, rewritten
from graph.store import DropEntity, DropRelation, PutEntity, PutRelation, Store, StoreView
from graph.subgraph import entities_of, relations_of
from ontology.errors import Conflict, InvalidInput, NotFound
from ontology.records import Entity, Relation

Statements = list[tuple[str, dict[str, Any]]]
Ends = tuple[str, str]  # the labels of an assertion's subject and object


def entity(view: StoreView, entity_id: str) -> Entity:
    label = label_of(view, entity_id)
    found = entities_of(view, {entity_id: label}) if label else []
    if not found:
        raise NotFound(f"no entity with id {entity_id!r}")
    return found[0]


def entity_json(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "attributes": e.attributes}


def _entity_from(data: dict[str, Any]) -> Entity:
    return Entity(data["id"], data["type"], data["name"], list(data["aliases"]), dict(data["attributes"]))


class _Change:
    """The changes of one correction, in the order the engine needs: assertions off, entities, assertions
    on, entities off."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.deleted: list[DropRelation] = []
        self.nodes: list[PutEntity] = []
        self.created: list[PutRelation] = []
        self.gone: list[DropEntity] = []

    def rewrite(self, before: Relation, ends: Ends, after: Relation, after_ends: Ends) -> None:
        drop, put = rewritten(before, ends, after, after_ends)
        self.deleted.append(drop)
        self.created.append(put)

    def create(self, r: Relation, ends: Ends) -> None:
        self.created.append(PutRelation(r, ends))

    def node(self, e: Entity, whole: bool = False) -> None:
        self.nodes.append(PutEntity(e, whole))

    def delete_node(self, e: Entity) -> None:
        self.gone.append(DropEntity(e.type, e.id))

    def run(self) -> None:
        self.store.apply([*self.deleted, *self.nodes, *self.created, *self.gone])


def _moved(r: Relation, old: str, new: str) -> Relation:
    return replace(r, subject=new if r.subject == old else r.subject, object=new if r.object == old else r.object)


def merge(store: Store, source_id: str, target_id: str) -> dict[str, Any]:
    """`source_id` and `target_id` are one: the source's assertions move to the target (keeping their ids),
    its name and aliases become the target's aliases, its attributes fill the target's gaps, and the source
    node goes. Returns the record `unmerge` needs."""
    if source_id == target_id:
        raise InvalidInput("merge: an entity cannot be merged into itself")
    source, target = entity(store, source_id), entity(store, target_id)
    if source.type != target.type:
        raise InvalidInput(f"merge: {source_id} is a {source.type} and {target_id} a {target.type}: not one entity")
    added = [n for n in dict.fromkeys([source.name, *source.aliases]) if n not in {target.name, *target.aliases}]
    filled = {k: v for k, v in source.attributes.items() if k not in target.attributes}
    merged = replace(target, aliases=[*target.aliases, *added], attributes={**filled, **target.attributes})
    change = _Change(store)
    moved = []
    for r, s, o in relations_of(store, source.id, source.type):
        change.rewrite(r, (s, o), _moved(r, source.id, target.id), (s, o))
        moved.append({"id": r.assertion_id(), "subject": r.subject, "object": r.object})
    change.node(merged)
    change.delete_node(source)
    change.run()
    loops = sum(1 for m in moved if {m["subject"], m["object"]} == {source.id, target.id})
    return {
        "action": "merge", "entity": source.id, "into": target.id,
        "before": {"entity": entity_json(source), "into": entity_json(target)},
        "moved": moved, "aliases_added": added, "attributes_filled": filled, "self_links": loops,
    }  # fmt: skip


def unmerge(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """Undo a merge from its record: the source comes back with its own assertions (as they are now,
    reviews kept), and the target loses the aliases and attributes it got from it (unless changed since)."""
    source = _entity_from(record["before"]["entity"])
    target_id = record["into"]
    if label_of(store, source.id) is not None:
        raise Conflict(f"split: {source.id} exists again; this merge was undone already")
    target = entity(store, target_id)
    change = _Change(store)
    change.node(source)
    for m in record["moved"]:
        try:
            r, s, o = find(store, m["id"])
        except NotFound:
            raise Conflict(f"split: assertion {m['id']} moved by the merge is no longer stored; undo by hand") from None
        back = replace(r, subject=m["subject"], object=m["object"])
        ends = (source.type if m["subject"] == source.id else s, source.type if m["object"] == source.id else o)
        change.rewrite(r, (s, o), back, ends)
    added = set(record["aliases_added"])
    filled = record["attributes_filled"]
    attributes = {k: v for k, v in target.attributes.items() if not (k in filled and filled[k] == v)}
    change.node(replace(target, aliases=[a for a in target.aliases if a not in added], attributes=attributes), True)
    change.run()
    return {"action": "unmerge", "entity": source.id, "from": target_id, "restored": len(record["moved"])}


def split_document(
    store: Store, entity_id: str, document: str, new_id: str, name: str, drop_aliases: list[str],
    said: dict[str, Any] | None = None, restored: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """What `document` says of `entity_id` was about someone else: its evidence goes to a new entity
    `new_id` named `name` (an assertion cited only by the document moves whole and keeps its id; one
    cited also by others is divided), and the target loses `drop_aliases` (names only that document gave).
    The new entity gets the attributes the document `said` of it (rank, title, ...) and the target's
    sensitivity; the target's attributes in `restored` take those values."""
    old = entity(store, entity_id)
    if label_of(store, new_id) is not None:
        raise Conflict(f"split: {new_id} exists already")
    given = {k: v for k, v in (said or {}).items() if k != "sensitivity"}
    if "sensitivity" in old.attributes:  # someone protected stays protected in both halves
        given["sensitivity"] = old.attributes["sensitivity"]
    new = Entity(new_id, old.type, name, [], given)
    change = _Change(store)
    change.node(new)
    moved, divided = [], []
    for r, s, o in relations_of(store, old.id, old.type):
        ours = [span for span in r.evidence if span.document == document]
        if not ours:
            continue
        if len(ours) == len(r.evidence):
            change.rewrite(r, (s, o), _moved(r, old.id, new_id), (s, o))
            moved.append(r.assertion_id())
        else:
            kept = replace(r, evidence=[span for span in r.evidence if span.document != document])
            change.rewrite(r, (s, o), kept, (s, o))
            split_off = replace(_moved(r, old.id, new_id), evidence=ours, id="")
            change.create(split_off, (s, o))
            divided.append({"id": r.assertion_id(), "new": split_off.assertion_id()})
    if not moved and not divided:
        raise InvalidInput(f"split: no assertion about {entity_id} cites the document {document}")
    attributes = {**old.attributes, **(restored or {})}
    change.node(replace(old, aliases=[a for a in old.aliases if a not in set(drop_aliases)], attributes=attributes),
                True)  # fmt: skip
    change.run()
    return {"action": "split", "entity": old.id, "document": document, "new": new_id, "name": name,
            "moved": moved, "divided": divided, "aliases_dropped": drop_aliases, "attributes_said": given,
            "attributes_restored": restored or {}}  # fmt: skip
