"""The part of the graph around one entity, read link by link (never the whole store): what a
picture shows and what `--around` exports."""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import Any

from graph.queries import label_of, labels_of
from graph.rows import row_entity, row_relation
from graph.store import StoreView
from ontology import load
from ontology.errors import InvalidInput, NotFound
from ontology.records import Entity, Relation

MAX_NODES = 2000


def _row(rel: dict[str, Any], subject: str, obj: str) -> dict[str, Any]:
    return {**rel, "subject": subject, "object": obj}


def links(view: StoreView, entity_id: str, label: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every link out of and into one entity: ("out" or "in", the row of StoreView.links)."""
    for direction in ("out", "in"):
        for link in view.links(label, entity_id, direction):
            yield direction, link


def _relation(link: dict[str, Any], subject: str, obj: str) -> Relation:
    return row_relation(load().predicate(link["predicate"]).name, _row(link["rel"], subject, obj))


def relations_of(view: StoreView, entity_id: str, label: str) -> list[tuple[Relation, str, str]]:
    """Every assertion into or out of one entity (rejected ones too), with the labels of its subject and
    its object."""
    found: dict[str, tuple[Relation, str, str]] = {}
    for direction, link in links(view, entity_id, label):
        other, other_label = link["id"], str(link["type"])
        if direction == "out":
            found.setdefault(link["rel"]["id"], (_relation(link, entity_id, other), label, other_label))
        else:
            found.setdefault(link["rel"]["id"], (_relation(link, other, entity_id), other_label, label))
    return list(found.values())


def reach(
    view: StoreView, start: str, depth: int, limit: int | None = None
) -> tuple[dict[str, str], dict[str, Relation]]:
    """Breadth-first from `start` in either direction: the entities within `depth` links (id -> label)
    and the assertions walked (by id). More than `limit` entities is an InvalidInput."""
    label = label_of(view, start)
    if label is None:
        raise NotFound(f"no entity with id {start!r}")
    labels = {start: label}
    relations: dict[str, Relation] = {}
    frontier = [start]
    for _ in range(depth):
        reached: list[str] = []
        for node in frontier:
            for r, subject_label, object_label in relations_of(view, node, labels[node]):
                relations[r.assertion_id()] = r
                other, other_label = (r.object, object_label) if r.subject == node else (r.subject, subject_label)
                if other not in labels:
                    labels[other] = other_label
                    reached.append(other)
                    if limit is not None and len(labels) > limit:
                        raise InvalidInput(f"depth: more than {limit} entities within {depth} links; ask less")
        frontier = reached
    return labels, relations


def entities_of(view: StoreView, labels: dict[str, str]) -> list[Entity]:
    """The stored entities of the ids given with their labels (ids not stored left out)."""
    found = []
    for entity_id, label in labels.items():
        row = view.entity(label, entity_id)
        if row is not None:
            found.append(row_entity(label, row))
    return found


def around(view: StoreView, start: str, depth: int, limit: int = MAX_NODES) -> tuple[list[Entity], list[Relation]]:
    """Entities within `depth` links of `start` (either direction) and the assertions among them;
    at most `limit` entities (InvalidInput beyond, so a picture stays readable)."""
    if not 0 <= depth <= 6:
        raise InvalidInput("depth: between 0 and 6")
    labels, relations = reach(view, start, depth, limit)
    return entities_of(view, labels), sorted(relations.values(), key=lambda r: r.assertion_id())


def linking(view: StoreView, labels: dict[str, str], also: Container[str] = ()) -> list[Relation]:
    """The assertions out of the given entities (id -> label) to one of them, and those of a predicate in
    `also` whatever their object; read link by link, sorted by assertion id."""
    relations: dict[str, Relation] = {}
    for node, label in labels.items():
        for direction, link in links(view, node, label):
            if direction == "out" and (link["id"] in labels or load().predicate(link["predicate"]).name in also):
                r = _relation(link, node, link["id"])
                relations[r.assertion_id()] = r
    return sorted(relations.values(), key=lambda r: r.assertion_id())


def among(view: StoreView, ids: list[str]) -> tuple[list[Entity], list[Relation]]:
    """The given entities (unknown ids left out) and the assertions that link two of them."""
    found = labels_of(view, ids)
    labels = {i: found[i] for i in dict.fromkeys(ids) if i in found}
    if len(labels) > MAX_NODES:
        raise InvalidInput(f"also: more than {MAX_NODES} entities")
    return entities_of(view, labels), linking(view, labels)
