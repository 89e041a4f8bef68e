"""Load entities and relations into a store: checked, batched, in one transaction.

A record that breaks the ontology is reported with the field at fault and
left out; the rest goes in. All writes are MERGEs on stable ids, so loading
the same records again changes nothing and a failed load can be run again.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph import bulk
from graph.cypher.ddl import edge_columns, node_columns
from graph.cypher.write import (
    copy_edges,
    copy_nodes,
    edge_ids,
    node_ids,
    update_nodes,
    upsert_edges,
    upsert_nodes,
)
from graph.queries import labels_of
from graph.rows import entity_row, relation_row
from graph.store import Store
from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, check_entity, check_relation

BATCH = 5000
# From this many records a load into LadybugDB copies new rows in bulk (COPY)
# and upserts only those already stored; below it, everything is upserted.
BULK_THRESHOLD = 2000

Statements = list[tuple[str, Mapping[str, Any]]]


@dataclass
class LoadReport:
    entities: int = 0
    relations: int = 0
    rejected: list[str] = field(default_factory=list)
    unchanged: int = 0  # entities left out because the writer stored the same row before


class Written:
    """The last row one writer stored for each node during a run, as a fingerprint.

    An upsert sets only the values a row has (`coalesce` keeps the stored one where the row has none), so
    a row equal to the last one this writer stored for its id changes nothing and is not sent again. An
    ingest re-upserts the entities it resolved in every batch that mentions them; this spares those writes.
    A row is remembered only once its transaction has committed.
    """

    def __init__(self) -> None:
        self._rows: dict[str, bytes] = {}

    @staticmethod
    def fingerprint(row: Mapping[str, Any]) -> bytes:
        values = {k: v for k, v in row.items() if v is not None}
        return hashlib.blake2b(json.dumps(values, sort_keys=True, default=str).encode(), digest_size=16).digest()

    def unchanged(self, node_id: str, fingerprint: bytes) -> bool:
        return self._rows.get(node_id) == fingerprint

    def remember(self, fingerprints: Mapping[str, bytes]) -> None:
        self._rows.update(fingerprints)


def _batches(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


def _upsert_statements(
    engine: str, nodes: dict[str, list[dict[str, Any]]], edges: dict[tuple[str, str, str], list[dict[str, Any]]]
) -> Statements:
    onto = load()
    statements: Statements = []
    for label, rows in nodes.items():
        statements += [(upsert_nodes(onto, label, engine), {"rows": b}) for b in _batches(rows)]
    for (pred, s, o), rows in edges.items():
        statements += [(upsert_edges(onto, pred, s, o, engine), {"rows": b}) for b in _batches(rows)]
    return statements


def _copy_statements(
    store: Store, nodes: dict[str, list[dict[str, Any]]], edges: dict[tuple[str, str, str], list[dict[str, Any]]]
) -> Statements:
    """COPY for rows whose ids are new; updates (LOAD FROM) for stored nodes; nothing for stored assertions. The ids
    present are read before the write; that is safe because the embedded engine lets one process write at
    a time."""
    onto = load()
    new_nodes: dict[str, list[dict[str, Any]]] = {}
    old_nodes: dict[str, list[dict[str, Any]]] = {}
    for label, rows in nodes.items():
        present = {r["id"] for r in store.read(node_ids(label))}
        unique = {r["id"]: r for r in rows}  # the last record of an id wins, as with upserts
        new_nodes[label] = [r for i, r in unique.items() if i not in present]
        old_nodes[label] = [r for i, r in unique.items() if i in present]
    new_edges: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    present_edges: dict[str, set[str]] = {}
    for key, rows in edges.items():
        cypher = onto.predicates[key[0]].cypher
        if cypher not in present_edges:
            present_edges[cypher] = {r["id"] for r in store.read(edge_ids(cypher))}
        unique = {r["id"]: r for r in rows}
        new_edges[key] = [r for i, r in unique.items() if i not in present_edges[cypher]]
    statements: Statements = [
        (copy_nodes(label), {"rows": bulk.table(node_columns(onto, label), rows)})
        for label, rows in new_nodes.items()
        if rows
    ]
    statements += [
        (update_nodes(onto, label), {"rows": bulk.table(node_columns(onto, label), rows)})
        for label, rows in old_nodes.items()
        if rows
    ]
    statements += [
        (copy_edges(onto.predicates[p].cypher, s, o), {"rows": bulk.table(edge_columns(onto, p), rows, ends=True)})
        for (p, s, o), rows in new_edges.items()
        if rows
    ]
    # Stored assertions are left alone: the same id is the same statement (see write.upsert_edges).
    return statements


def load_records(
    store: Store, entities: Iterable[Entity], relations: Iterable[Relation], written: Written | None = None
) -> LoadReport:
    """Write the records that hold against the ontology; report the others. With `written`, an entity whose
    row this writer stored before, unchanged, is not sent again."""
    onto = load()
    report = LoadReport()
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    labels: dict[str, str] = {}
    sent: dict[str, bytes] = {}  # the fingerprints of the rows sent, for `written`
    for e in entities:
        try:
            check_entity(onto, e)
        except InvalidInput as err:
            report.rejected.append(str(err))
            continue
        labels[e.id] = e.type
        row = entity_row(onto, e)
        if written is not None:
            fingerprint = written.fingerprint(row)  # made once: kept below when the write commits
            if written.unchanged(e.id, fingerprint):
                report.unchanged += 1
                continue
            sent[e.id] = fingerprint
        nodes[e.type].append(row)

    checked: list[Relation] = []
    for r in relations:
        try:
            checked.append(check_relation(onto, r))
        except InvalidInput as err:
            report.rejected.append(str(err))
    missing = {i for r in checked for i in (r.subject, r.object) if i not in labels}
    labels.update(labels_of(store, missing))

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

    bulk = store.engine == "ladybug" and len(checked) + sum(len(r) for r in nodes.values()) >= BULK_THRESHOLD
    store.write(_copy_statements(store, nodes, edges) if bulk else _upsert_statements(store.engine, nodes, edges))
    if written is not None:
        written.remember(sent)
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
