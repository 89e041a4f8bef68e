"""The part of the graph around one entity, read link by link (never the whole store): what a
picture shows and what `--around` exports."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graph.cypher import read
from graph.rows import row_entity, row_relation
from graph.store import StoreView
from ontology import load
from ontology.errors import InvalidInput, NotFound
from ontology.records import Entity, Relation

MAX_NODES = 2000


def _row(rel: dict[str, Any], subject: str, obj: str) -> dict[str, Any]:
    # LadybugDB adds its internal ids (_ID, _SRC, _DST, _LABEL) to a relationship's properties.
    return {**{k: v for k, v in rel.items() if not k.startswith("_")}, "subject": subject, "object": obj}


def links(view: StoreView, entity_id: str, label: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every link out of and into one entity: ("out" or "in", the row of read.links)."""
    for direction in ("out", "in"):
        types = read.link_types(label, direction)
        if types:
            for link in view.read(read.links(label, types, direction, view.engine), {"id": entity_id}):
                yield direction, link


def around(view: StoreView, start: str, depth: int, limit: int = MAX_NODES) -> tuple[list[Entity], list[Relation]]:
    """Entities within `depth` links of `start` (either direction) and the assertions among them;
    at most `limit` entities, nearest first (InvalidInput beyond, so a picture stays readable)."""
    if not 0 <= depth <= 6:
        raise InvalidInput("depth: between 0 and 6")
    onto = load()
    found = view.read(read.find_by_id(list(onto.entity_types)), {"id": start})
    if not found:
        raise NotFound(f"no entity with id {start!r}")
    labels = {start: str(found[0]["type"])}
    relations: dict[str, Relation] = {}
    frontier = [start]
    for _ in range(depth):
        reached: list[str] = []
        for node in frontier:
            label = labels[node]
            for direction, link in links(view, node, label):
                other = link["id"]
                s, o = (node, other) if direction == "out" else (other, node)
                r = row_relation(onto.predicate(link["predicate"]).name, _row(link["rel"], s, o))
                relations[r.assertion_id()] = r
                if other not in labels:
                    labels[other] = str(link["type"])
                    reached.append(other)
                    if len(labels) > limit:
                        raise InvalidInput(f"depth: more than {limit} entities within {depth} links; ask less")
        frontier = reached
    entities = []
    for entity_id, label in labels.items():
        rows = view.read(read.node_by_id(label), {"id": entity_id})
        if rows:
            entities.append(row_entity(label, rows[0]))
    kept = [r for r in relations.values() if r.subject in labels and r.object in labels]
    return entities, sorted(kept, key=lambda r: r.assertion_id())


def among(view: StoreView, ids: list[str]) -> tuple[list[Entity], list[Relation]]:
    """The given entities (unknown ids left out) and the assertions that link two of them."""
    onto = load()
    labels: dict[str, str] = {}
    for entity_id in dict.fromkeys(ids):
        found = view.read(read.find_by_id(list(onto.entity_types)), {"id": entity_id})
        if found:
            labels[entity_id] = str(found[0]["type"])
    if len(labels) > MAX_NODES:
        raise InvalidInput(f"also: more than {MAX_NODES} entities")
    relations: dict[str, Relation] = {}
    for node, label in labels.items():
        types = tuple(p.cypher for p in onto.predicates.values() if label in p.domain)
        if not types:
            continue
        for link in view.read(read.links(label, types, "out", view.engine), {"id": node}):
            if link["id"] in labels:
                r = row_relation(onto.predicate(link["predicate"]).name, _row(link["rel"], node, link["id"]))
                relations[r.assertion_id()] = r
    entities = [row_entity(label, view.read(read.node_by_id(label), {"id": i})[0]) for i, label in labels.items()]
    return entities, sorted(relations.values(), key=lambda r: r.assertion_id())
