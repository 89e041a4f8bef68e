"""Load entities and relations into a store: checked, batched, in one transaction.

A record that breaks the ontology is reported with the field at fault and
left out; the rest goes in. All writes are MERGEs on stable ids, so loading
the same records again changes nothing and a failed load can be run again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.cypher.read import find_by_id
from graph.cypher.write import upsert_edges, upsert_nodes
from graph.rows import entity_row, relation_row
from graph.store import Store
from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, check_entity, check_relation

BATCH = 5000


@dataclass
class LoadReport:
    entities: int = 0
    relations: int = 0
    rejected: list[str] = field(default_factory=list)


def _batches(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


def _labels_in_store(store: Store, ids: set[str]) -> dict[str, str]:
    query = find_by_id(list(load().entity_types))
    found = {}
    for i in sorted(ids):
        rows = store.read(query, {"id": i})
        if rows:
            found[i] = rows[0]["type"]
    return found


def load_records(store: Store, entities: Iterable[Entity], relations: Iterable[Relation]) -> LoadReport:
    """Write the records that hold against the ontology; report the others."""
    onto = load()
    report = LoadReport()
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    labels: dict[str, str] = {}
    for e in entities:
        try:
            check_entity(onto, e)
        except InvalidInput as err:
            report.rejected.append(str(err))
            continue
        nodes[e.type].append(entity_row(onto, e))
        labels[e.id] = e.type

    checked: list[Relation] = []
    for r in relations:
        try:
            checked.append(check_relation(onto, r))
        except InvalidInput as err:
            report.rejected.append(str(err))
    missing = {i for r in checked for i in (r.subject, r.object) if i not in labels}
    labels.update(_labels_in_store(store, missing))

    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in checked:
        p = onto.predicates[r.predicate]
        s, o = labels.get(r.subject), labels.get(r.object)
        where = f"relation {r.subject}-{r.predicate}->{r.object}"
        if s is None or o is None:
            report.rejected.append(f"{where}: unknown entity {r.subject if s is None else r.object}")
        elif (s, o) not in p.pairs():
            report.rejected.append(f"{where}: {r.predicate} does not link {s} to {o}")
        else:
            edges[(r.predicate, s, o)].append(relation_row(onto, r))

    statements: list[tuple[str, Mapping[str, Any]]] = []
    for label, rows in nodes.items():
        statements += [(upsert_nodes(onto, label, store.engine), {"rows": b}) for b in _batches(rows)]
    for (pred, s, o), rows in edges.items():
        statements += [(upsert_edges(onto, pred, s, o, store.engine), {"rows": b}) for b in _batches(rows)]
    store.write(statements)
    report.entities = sum(len(r) for r in nodes.values())
    report.relations = sum(len(r) for r in edges.values())
    return report


def prepare_store(store: Store) -> None:
    """Bring the schema up to date and create the crime-type nodes of the taxonomy (id = notation)."""
    store.ensure_schema()
    onto = load()
    types = [
        Entity(c.notation, "CrimeType", c.label, attributes={"notation": c.notation})
        for c in onto.schemes["crimeType"].concepts
    ]
    report = load_records(store, types, [])
    assert not report.rejected, report.rejected
