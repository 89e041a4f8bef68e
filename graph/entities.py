"""Finding entities and looking at one: search by name or alias (forgiving of spelling), and an
entity's detail with each of its assertions and their evidence."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from difflib import SequenceMatcher
from functools import partial
from typing import Any

from graph import subgraph
from graph.queries import label_of
from graph.rows import evidence_of, row_entity, row_relation
from graph.store import StoreView
from ontology import load
from ontology.errors import InvalidInput, NotFound
from ontology.names import name_key
from ontology.records import Entity, Relation

SEARCH_LIMIT = 100
# How many characters of each word of the query a candidate must contain (before scoring the whole).
_PROBE = 3


def _labels(types: list[str] | None) -> list[str]:
    known = load().entity_types_but_taxonomies()
    if not types:
        return known
    unknown = [t for t in types if t not in known]
    if unknown:
        raise InvalidInput(f"type: {', '.join(unknown)} is not an entity type ({', '.join(known)})")
    return types


def _score(key: str, keys: list[str]) -> float:
    """How well the query key matches the best of an entity's keys: 1 for equal, then containment, then
    similarity of spelling (Raslan / Raslam, Mladić / Mladic are already equal as keys)."""
    best = 0.0
    for k in keys:
        if k == key:
            return 1.0
        if key in k.split() or (len(key) > 3 and key in k):
            best = max(best, 0.9 - 0.1 * (len(k) - len(key)) / max(len(k), 1))
        best = max(best, 0.85 * SequenceMatcher(None, key, k).ratio())
    return best


def search(
    view: StoreView, text: str, types: list[str] | None = None, limit: int = 20,
    shown: Callable[[str], str] | None = None, hides: Callable[[str], bool] | None = None,
    hidden: Container[str] = (),
) -> list[dict[str, Any]]:  # fmt: skip
    """Entities whose name or an alias matches `text`, best first, each with a score in (0, 1].

    Candidates share at least a few letters of a word of the query; they are ranked by how close the
    spelling is, so a misspelt name still finds its entity. For a caller who may not see some people
    (graph.protect), the `hidden` entities are left out, names are shown as `shown` makes them, and
    only keys that `hides` nothing are matched (with the key of the name as shown): nobody is found
    through the name of someone hidden.
    """
    if not 1 <= limit <= SEARCH_LIMIT:
        raise InvalidInput(f"limit: between 1 and {SEARCH_LIMIT}")
    key = name_key(text)
    if not key:
        raise InvalidInput("q: give at least one letter or digit of a name")
    probes = sorted({w[:_PROBE] for w in key.split() if len(w) >= 2} or {key})
    found: dict[str, dict[str, Any]] = {}
    for label in _labels(types):
        for probe in probes:
            for row in view.search(label, probe, 500):
                found[row["id"]] = row
    scored = []
    for r in found.values():
        name, keys = r["name"], r["keys"] or []
        if r["id"] in hidden:
            continue
        if hides is not None and any(map(hides, keys)):
            keys = [k for k in keys if not hides(k)]
        if shown is not None and name is not None and shown(name) != name:
            name = shown(name)
            keys.append(name_key(name))
        scored.append({"id": r["id"], "name": name, "type": r["type"], "score": round(_score(key, keys), 3)})
    scored = [s for s in scored if s["score"] >= 0.5]
    scored.sort(key=lambda s: (-s["score"], s["name"] or "", s["id"]))
    return scored[:limit]


def detail(view: StoreView, entity_id: str) -> dict[str, Any]:
    """An entity with its attributes and every assertion into or out of it, each with its evidence."""
    onto = load()
    label = label_of(view, entity_id)
    if label is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    row = view.entity(label, entity_id)
    if row is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    entity = {
        "id": row["id"], "type": label, "name": row["name"], "aliases": list(row.get("aliases") or []),
        "attributes": {k: v for k, v in row.items() if v is not None and k not in {"id", "name", "aliases", "keys"}},
    }  # fmt: skip
    relations = []
    for direction, link in subgraph.links(view, entity_id, label):
        rel = link["rel"]
        relations.append(
            {
                "id": rel.get("id"),
                "predicate": onto.predicate(link["predicate"]).name,
                "subject": entity_id if direction == "out" else link["id"],
                "object": link["id"] if direction == "out" else entity_id,
                "other": {"id": link["id"], "name": link["name"], "type": link["type"]},
                **{k: rel.get(k) for k in _SHOWN if rel.get(k) is not None},
                "evidence": evidence_of(rel),
            }
        )
    relations.sort(key=lambda r: (r["predicate"], r.get("valid_from") or "", r["other"]["name"] or "", r["id"] or ""))
    return {"entity": entity, "relations": relations}


_SHOWN = (
    "valid_from", "valid_to", "first_cited", "last_cited", "rank", "title", "role", "date", "crime_types",
    "mode_of_liability", "sentence", "confidence", "method", "review_status", "sensitivity",
)  # fmt: skip


# -- every stored record, page by page (exports, resolution against the store) ---------------------

# Rows a page of a label holds.
PAGE = 5000


def _pages(page: Callable[[str, int], list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """Every row of pages in id order: `page(after, limit)` gives the next one."""
    after = ""
    while True:
        rows = page(after, PAGE)
        yield from rows
        if len(rows) < PAGE:
            return
        after = rows[-1]["id"]


def stored(view: StoreView, labels: Iterable[str] | None = None) -> Iterator[Entity]:
    """The stored entities of `labels` (default: every type but the taxonomies'), page by page."""
    chosen = labels if labels is not None else load().entity_types_but_taxonomies()
    for label in chosen:
        yield from (row_entity(label, row) for row in _pages(partial(view.entity_page, label)))


def stored_relations(view: StoreView) -> Iterator[Relation]:
    """Every stored assertion, page by page."""
    for p in load().predicates.values():
        for s, o in p.pairs():
            yield from (row_relation(p.name, row) for row in _pages(partial(view.relation_page, p.name, s, o)))
