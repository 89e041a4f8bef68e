"""Load entities and relations into a store: checked, batched, in one transaction (on Neo4j, in
transactions of bounded size: NEO4J_TRANSACTION_ROWS).

A record that breaks the ontology is reported with the field at fault and
left out; the rest goes in. All writes are MERGEs on stable ids, so loading
the same records again changes nothing and a failed load can be run again.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from graph import bulk
from graph.cypher.ddl import edge_columns, node_columns
from graph.cypher.write import (
    copy_edges,
    copy_nodes,
    count_nodes,
    edge_ids,
    node_ids,
    update_nodes,
    upsert_edges,
    upsert_nodes,
)
from graph.queries import LOOKUP_BATCH, labels_of
from graph.rows import as_rows, entity_columns, relation_columns
from graph.store import Store
from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, check_entity, check_relation

BATCH = 5000
# From this many records a load into LadybugDB copies new rows in bulk (COPY)
# and upserts only those already stored; below it, everything is upserted.
BULK_THRESHOLD = 2000
# A label's ids are read whole, not looked up one by one, when it holds at most this many times as many
# nodes as the ids asked about (see _stored_ids).
READ_WHOLE = 5

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
    def fingerprint(e: Entity) -> bytes:
        """Of the record: equal records make equal rows."""
        values = [e.type, e.name, e.aliases, {k: v for k, v in e.attributes.items() if v is not None}]
        return hashlib.blake2b(json.dumps(values, sort_keys=True, default=str).encode(), digest_size=16).digest()

    def unchanged(self, node_id: str, fingerprint: bytes) -> bool:
        return self._rows.get(node_id) == fingerprint

    def remember(self, fingerprints: Mapping[str, bytes]) -> None:
        self._rows.update(fingerprints)


def _batches(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for i in range(0, len(rows), BATCH):
        yield rows[i : i + BATCH]


Nodes = dict[str, dict[str, Entity]]  # label -> id -> record
Edges = dict[tuple[str, str, str], dict[str, Relation]]  # (predicate, subject label, object label) -> id -> record


def _coalesced(earlier: Entity, later: Entity) -> Entity:
    """Two records of one node in one load, as an upsert of one after the other stores them: the later
    one's name and aliases, and each attribute's last value that is not None."""
    attributes = {**earlier.attributes, **{k: v for k, v in later.attributes.items() if v is not None}}
    return Entity(later.id, later.type, later.name, later.aliases, attributes, later.mentions)


def _upsert_statements(engine: str, nodes: Nodes, edges: Edges) -> Statements:
    onto = load()
    statements: Statements = []
    for label, records in nodes.items():
        rows = as_rows(entity_columns(label, list(records.values())))
        statements += [(upsert_nodes(onto, label, engine), {"rows": b}) for b in _batches(rows)]
    for (pred, s, o), by_id in edges.items():
        rows = as_rows(relation_columns(onto, pred, list(by_id.values()), list(by_id)))
        statements += [(upsert_edges(onto, pred, s, o, engine), {"rows": b}) for b in _batches(rows)]
    return statements


def _stored_ids(store: Store, label: str, ids: Collection[str]) -> set[str]:
    """Which of `ids` are stored under `label`. Every id of the label is read when it holds at most
    READ_WHOLE times as many nodes as `ids`; otherwise each is looked up by primary key. Reading costs
    about 0.5 us a stored node with the intersection, a look-up 3 to 5 us an id (98k ids in 98k: 0.04 s
    against 0.43 to 0.50 s; 10k in 98k: 0.04 s against 0.03 s), so a load into a much larger store looks
    its ids up and a load about as large as the store reads them."""
    if not ids:
        return set()
    if store.read(count_nodes(label))[0]["n"] <= READ_WHOLE * len(ids):
        return {r["id"] for r in store.read(node_ids(label))}.intersection(ids)
    return set(labels_of(store, ids, [label]))


def _copy_statements(store: Store, nodes: Nodes, edges: Edges) -> Statements:
    """COPY for records whose ids are new; updates (LOAD FROM) for stored nodes; nothing for stored assertions.
    The ids present are read before the write; that is safe because the embedded engine lets one process
    write at a time."""
    onto = load()
    statements: Statements = []
    updates: Statements = []
    for label, records in nodes.items():
        present = _stored_ids(store, label, records.keys())
        new = [e for i, e in records.items() if i not in present]
        old = [e for i, e in records.items() if i in present]
        columns = node_columns(onto, label)
        if new:
            statements.append((copy_nodes(label), {"rows": bulk.table(columns, entity_columns(label, new))}))
        if old:
            updates.append((update_nodes(onto, label), {"rows": bulk.table(columns, entity_columns(label, old))}))
    statements += updates
    present_edges: dict[str, set[str]] = {}
    for (p, s, o), by_id in edges.items():
        cypher = onto.predicates[p].cypher
        if cypher not in present_edges:
            present_edges[cypher] = {r["id"] for r in store.read(edge_ids(cypher))}
        # Stored assertions are left alone: the same id is the same statement (see write.upsert_edges).
        ids = [i for i in by_id if i not in present_edges[cypher]]
        if ids:
            values = relation_columns(onto, p, [by_id[i] for i in ids], ids)
            rows = bulk.table(edge_columns(onto, p), values, ends=True)
            statements.append((copy_edges(cypher, s, o), {"rows": rows}))
    return statements


def _stored_ends(store: Store, relations: list[Relation], known: Mapping[str, str]) -> dict[str, str]:
    """The labels of the stored entities at the ends of `relations` that the load does not carry.

    A few (one batch) are looked up in one query under every label. Many are sought under the labels their
    predicates allow there, where a label's ids may be read whole (_stored_ids): under every label, each end
    cost one look-up per label (98k ends: 0.7 s). An end not found there is then looked up under every
    label, so that a stored entity of the wrong type is reported as such, not as unknown."""
    missing = {end for r in relations for end in (r.subject, r.object) if end not in known}
    if len(missing) <= LOOKUP_BATCH:  # one query
        return labels_of(store, missing)
    onto = load()
    wanted: dict[str, set[str]] = defaultdict(set)  # label -> ids
    for r in relations:
        p = onto.predicates[r.predicate]
        for end, allowed in ((r.subject, p.domain), (r.object, p.range)):
            if end in missing:
                for label in allowed:
                    wanted[label].add(end)
    found: dict[str, str] = {}
    for label, ids in wanted.items():
        found.update(dict.fromkeys(_stored_ids(store, label, ids), label))
    found.update(labels_of(store, missing - found.keys()))
    return found


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused, as it was found. A load allocates a few containers per record,
    so the collector runs hundreds of times, and each full run walks every record the caller holds: 0.4 s
    of a 2.9 s load of 196k records (benchmarks/RESULTS.md). Rows and checks make no reference cycles;
    reference counting frees what they leave."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_records(
    store: Store, entities: Iterable[Entity], relations: Iterable[Relation], written: Written | None = None
) -> LoadReport:
    """Write the records that hold against the ontology; report the others. With `written`, an entity whose
    row this writer stored before, unchanged, is not sent again."""
    with _no_cycle_collection():
        return _load(store, entities, relations, written)


def _load(
    store: Store, entities: Iterable[Entity], relations: Iterable[Relation], written: Written | None
) -> LoadReport:
    onto = load()
    report = LoadReport()
    nodes: Nodes = defaultdict(dict)
    labels: dict[str, str] = {}
    sent: dict[str, bytes] = {}  # the fingerprints of the records sent, for `written`
    for e in entities:
        try:
            check_entity(onto, e)
        except InvalidInput as err:
            report.rejected.append(str(err))
            continue
        labels[e.id] = e.type
        if written is not None:
            fingerprint = written.fingerprint(e)  # made once: kept below when the write commits
            if written.unchanged(e.id, fingerprint):
                report.unchanged += 1
                continue
            sent[e.id] = fingerprint
        earlier = nodes[e.type].pop(e.id, None)
        nodes[e.type][e.id] = e if earlier is None else _coalesced(earlier, e)
        report.entities += 1

    checked: list[Relation] = []
    for r in relations:
        try:
            checked.append(check_relation(onto, r))
        except InvalidInput as err:
            report.rejected.append(str(err))
    labels.update(_stored_ends(store, checked, labels))

    edges: Edges = defaultdict(dict)
    for r in checked:
        p = onto.predicates[r.predicate]
        s, o = labels.get(r.subject), labels.get(r.object)
        if s is not None and o is not None and (s, o) in p.pairs():
            edges[(r.predicate, s, o)][r.assertion_id()] = r
            report.relations += 1
            continue
        where = f"relation {r.subject}-{r.predicate}->{r.object}"
        if s is None or o is None:
            report.rejected.append(f"{where}: unknown entity {r.subject if s is None else r.object}")
        else:
            report.rejected.append(f"{where}: {r.predicate} does not link {s} to {o}")

    bulk = store.engine == "ladybug" and len(checked) + report.entities >= BULK_THRESHOLD
    statements = _copy_statements(store, nodes, edges) if bulk else _upsert_statements(store.engine, nodes, edges)
    for part in _transactions(store.engine, statements):
        store.write(part)
    if written is not None:
        written.remember(sent)
    return report


# Rows a Neo4j transaction of a load carries at most: a server's transaction memory is bounded (358 MB with
# the 512 MB heap of tools/neo4j), and a load of 196,000 records in one transaction went past it and was
# refused whole. The embedded engine loads in one transaction whatever the size.
NEO4J_TRANSACTION_ROWS = 20_000


def _transactions(engine: str, statements: Statements) -> Iterator[Statements]:
    """The load's statements as transactions: one, or on Neo4j parts of at most NEO4J_TRANSACTION_ROWS rows
    in the same order (nodes before the links that match them). A load stopped between two parts is run
    again: every write is a MERGE on a stable id."""
    if engine != "neo4j":
        yield statements
        return
    part: Statements = []
    rows = 0
    for statement in statements:
        size = len(statement[1].get("rows") or ())
        if part and rows + size > NEO4J_TRANSACTION_ROWS:
            yield part
            part, rows = [], 0
        part.append(statement)
        rows += size
    if part:
        yield part


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
