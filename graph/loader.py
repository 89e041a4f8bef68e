"""Load entities and relations into a store: checked, then written by the engine's bulk load (one
transaction on the embedded engine, transactions of bounded size on Neo4j: graph.store.Store.load).

A record that breaks the ontology is reported with the field at fault and
left out; the rest goes in. All writes are MERGEs on stable ids, so loading
the same records again changes nothing and a failed load can be run again.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from graph.queries import labels_of
from graph.store import Store
from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, check_entity, check_relation

# Up to this many ends of links not in the load are looked up under every label in one question.
FEW_ENDS = 10_000


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


Nodes = dict[str, dict[str, Entity]]  # label -> id -> record
Edges = dict[tuple[str, str, str], dict[str, Relation]]  # (predicate, subject label, object label) -> id -> record


def coalesced(earlier: Entity, later: Entity) -> Entity:
    """Two records of one node in one load, as an upsert of one after the other stores them: the later
    one's name and aliases, and each attribute's last value that is not None."""
    attributes = {**earlier.attributes, **{k: v for k, v in later.attributes.items() if v is not None}}
    return Entity(later.id, later.type, later.name, later.aliases, attributes, later.mentions)


def _stored_ends(store: Store, relations: list[Relation], known: Mapping[str, str]) -> dict[str, str]:
    """The labels of the stored entities at the ends of `relations` that the load does not carry.

    A few (one batch) are looked up in one query under every label. Many are sought under the labels their
    predicates allow there, where a label's ids may be read whole (Store.stored): under every label, each end
    cost one look-up per label (98k ends: 0.7 s). An end not found there is then looked up under every
    label, so that a stored entity of the wrong type is reported as such, not as unknown."""
    missing = {end for r in relations for end in (r.subject, r.object) if end not in known}
    if len(missing) <= FEW_ENDS:  # one question
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
        found.update(dict.fromkeys(store.stored(label, ids), label))
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
        nodes[e.type][e.id] = e if earlier is None else coalesced(earlier, e)
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

    store.load(nodes, edges)
    if written is not None:
        written.remember(sent)
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
