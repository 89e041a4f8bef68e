"""The store's questions and changes (graph.store) answered in Cypher: what both engines share.

An engine gives `read`, `read_columns` and `write` in its dialect (`engine`);
this class asks each question with the statement of graph.cypher.read or
write for that dialect, and turns what only one dialect returns (LadybugDB's
internal ids and its own keys in a relationship's properties, Neo4j's
property maps) into the plain rows graph.store promises.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

from graph.cypher import read, write
from graph.rows import as_rows, entity_columns, entity_row, relation_columns, relation_row
from graph.store import (
    Change,
    DropRelation,
    Edges,
    Nodes,
    PutEntity,
    PutRelation,
    Row,
    Rows,
)
from ontology import load
from ontology.terms import RelationshipType

Statements = list[tuple[str, Mapping[str, Any]]]

# Ids a statement of UNWIND $ids carries at most: one question per batch.
LOOKUP_BATCH = 10_000
# Rows an upsert statement carries at most.
BATCH = 5000
# A label's ids are read whole, not looked up one by one, when it holds at most this many times as many
# nodes as the ids asked about (see `stored`).
READ_WHOLE = 5


def _plain(rel: Mapping[str, Any]) -> Row:
    """A relationship's or node's properties without what LadybugDB adds of its own (_ID, _SRC, _DST,
    _LABEL)."""
    return {k: v for k, v in rel.items() if not k.startswith("_")}


def _internal(node_id: Mapping[str, int]) -> tuple[int, int]:
    """A LadybugDB internal node id ({"table", "offset"}, as in `_ID`, `_SRC`, `_DST`) as a dict key."""
    return node_id["table"], node_id["offset"]


def _batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class CypherQuestions:
    """graph.store's StoreView and Store, less what an engine gives itself."""

    engine: str

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        raise NotImplementedError

    def read_columns(self, query: str, params: Mapping[str, Any] | None = None) -> dict[str, list[Any]]:
        raise NotImplementedError

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        raise NotImplementedError

    def _by_dialect(self, statements: Mapping[str, str], **params: Any) -> Rows:
        return self.read(statements[self.engine], params)

    # -- entities --------------------------------------------------------------------

    def entity(self, label: str, entity_id: str) -> Row | None:
        rows = self.read(read.node_by_id(label), {"id": entity_id})
        return rows[0] if rows else None

    def find(self, entity_id: str, labels: Sequence[str]) -> Row | None:
        rows = self.read(read.find_by_id(list(labels)), {"id": entity_id})
        return rows[0] if rows else None

    def kinds(self, ids: Sequence[str], labels: Sequence[str]) -> Rows:
        query = read.labels_by_id(list(labels))
        return [row for batch in _batches(ids, LOOKUP_BATCH) for row in self.read(query, {"ids": list(batch)})]

    def with_key(self, key: str) -> Rows:
        return self._by_dialect(read.FIND_BY_KEY, key=key)

    def search(self, label: str, part: str, limit: int) -> Rows:
        return self.read(read.search(label), {"part": part, "limit": limit})

    def documents(self, ids: Sequence[str]) -> Rows:
        return [
            r for batch in _batches(ids, LOOKUP_BATCH) for r in self.read(read.DOCUMENTS_CITED, {"ids": list(batch)})
        ]

    def protected(self, levels: Sequence[str]) -> Rows:
        return [row for query in read.protected_ids() for row in self.read(query, {"levels": list(levels)})]

    def count(self, label: str) -> int:
        return int(self.read(write.count_nodes(label))[0]["n"])

    def ids(self, label: str) -> set[str]:
        return {r["id"] for r in self.read(write.node_ids(label))}

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = {r["type"]: r["n"] for r in self._by_dialect(read.NODE_COUNTS)}
        edges = {r["type"]: r["n"] for r in self._by_dialect(read.EDGE_COUNTS)}
        return {"nodes": nodes, "relationships": edges}

    def entity_page(self, label: str, after: str, limit: int) -> Rows:
        return self.read(read.node_page(label), {"after": after, "limit": limit})

    def stored(self, label: str, ids: Collection[str]) -> set[str]:
        """Every id of the label is read when it holds at most READ_WHOLE times as many nodes as `ids`;
        otherwise each is looked up by primary key. Reading costs about 0.5 us a stored node with the
        intersection, a look-up 3 to 5 us an id (98k ids in 98k: 0.04 s against 0.43 to 0.50 s; 10k in
        98k: 0.04 s against 0.03 s), so a load into a much larger store looks its ids up and a load about
        as large as the store reads them."""
        if not ids:
            return set()
        if self.count(label) <= READ_WHOLE * len(ids):
            return self.ids(label).intersection(ids)
        return {r["id"] for r in self.kinds(sorted(ids), [label])}

    # -- assertions ------------------------------------------------------------------

    def links(
        self, label: str, entity_id: str, direction: str, types: Sequence[str] | None = None,
        standing_only: bool = False,
    ) -> Rows:  # fmt: skip
        chosen = tuple(types) if types is not None else read.link_types(label, direction)
        if not chosen:
            return []
        rows = self.read(read.links(label, chosen, direction, self.engine, standing_only), {"id": entity_id})
        return [{**row, "rel": _plain(row["rel"])} for row in rows]

    def relation_page(self, predicate: str, subject: str, object: str, after: str, limit: int) -> Rows:
        return self.read(read.edge_page(predicate, subject, object), {"after": after, "limit": limit})

    def assertions(self, predicate: str, subject: str, object: str, status: str, after: str, limit: int) -> Rows:
        params = {"status": status, "after": after, "limit": limit}
        return self.read(read.assertions(predicate, subject, object), params)

    def citing(self, predicate: str, subject: str, object: str, document: str) -> Rows:
        return self.read(read.citing(predicate, subject, object), {"document": document})

    def assertion(self, predicate: str, subject: str, object: str, assertion_id: str) -> Row | None:
        rows = self.read(read.assertion_by_id(predicate, subject, object), {"id": assertion_id})
        return rows[0] if rows else None

    def shortest_paths(
        self, a: tuple[str, str], b: tuple[str, str], types: Sequence[str], max_hops: int
    ) -> list[tuple[Rows, Rows]]:  # fmt: skip
        query = read.shortest_paths(a[0], b[0], tuple(types), max_hops, self.engine)
        paths = []
        for row in self.read(query, {"a": a[1], "b": b[1]}):
            nodes = row["nodes"]
            by_internal = {_internal(n["_ID"]): n["id"] for n in nodes if "_ID" in n}
            rels = []
            for rel in row["rels"]:
                if "_from" in rel:  # Neo4j
                    subject, predicate = rel["_from"], rel["_type"]
                else:  # LadybugDB names the ends by internal ids
                    subject, predicate = by_internal[_internal(rel["_SRC"])], rel["_LABEL"]
                rels.append({**_plain(rel), "subject": subject, "predicate": predicate})
            paths.append(([_plain(n) for n in nodes], rels))
        return paths

    # -- the hierarchy ----------------------------------------------------------------

    def unit_above(self, unit: str, lo: str, hi: str) -> Rows:
        return self.read(read.unit_above(self.engine), {"id": unit, "lo": lo, "hi": hi})

    def units_below(self, unit: str, lo: str, hi: str) -> Rows:
        rows = self._by_dialect(read.UNITS_BELOW, id=unit, lo=lo, hi=hi)
        # LadybugDB names a link's ends by internal ids; map them back to ours.
        internal = {_internal(r["node"]): r["id"] for r in rows if "node" in r}
        internal.update({_internal(r["start"]): unit for r in rows[:1] if "start" in r})
        return [
            {
                "id": r["id"],
                "name": r["name"],
                "hops": r["hops"],
                "link": _plain(r["link"]),
                "via": r["via"] if "via" in r else internal[_internal(r["link"]["_DST"])],
            }
            for r in rows
        ]

    def people(self, units: Sequence[str], lo: str, hi: str) -> Rows:
        if len(units) <= read.PER_UNIT_LIMIT:
            rows = [r for u in units for r in self._by_dialect(read.PEOPLE_OF, id=u, lo=lo, hi=hi)]
        else:
            rows = self._by_dialect(read.PEOPLE_IN, unit_ids=list(units), lo=lo, hi=hi)
        return [{**r, "rel": _plain(r["rel"])} for r in rows]

    def posts(self, person: str, lo: str, hi: str, commands_only: bool) -> Rows:
        if commands_only:
            rows = self._by_dialect(read.COMMANDED_UNITS, id=person, lo=lo, hi=hi)
            commands: RelationshipType = "COMMANDS"
            return [{**r, "predicate": commands, "rel": _plain(r["rel"])} for r in rows]
        return [{**r, "rel": _plain(r["rel"])} for r in self._by_dialect(read.PERSON_UNITS, id=person, lo=lo, hi=hi)]

    def hierarchy_links(self) -> dict[str, list[Any]]:
        return self.read_columns(read.hierarchy_links(self.engine))

    # -- accountability ----------------------------------------------------------------

    def implicated_directly(self) -> Rows:
        return self._plain_rels(self._by_dialect(read.IMPLICATED_DIRECTLY), "rel")

    def implicated_as_commander(self) -> Rows:
        return self._plain_rels(self._by_dialect(read.IMPLICATED_AS_COMMANDER), "rel", "command")

    @staticmethod
    def _plain_rels(rows: Rows, *keys: str) -> Rows:
        return [{**r, **{k: _plain(r[k]) for k in keys}} for r in rows]

    def crime_countries(self) -> Rows:
        return self.read(read.CRIME_COUNTRIES)

    def dealt_with(self) -> Rows:
        return self._by_dialect(read.DEALT_WITH)

    def outcomes(self) -> Rows:
        return self._by_dialect(read.OUTCOMES)

    # -- changes -----------------------------------------------------------------------

    def _statement(self, change: Change) -> tuple[str, Mapping[str, Any]]:
        onto = load()
        if isinstance(change, PutEntity):
            e = change.entity
            make = write.replace_nodes if change.whole else write.upsert_nodes
            return make(onto, e.type, self.engine), {"rows": [entity_row(onto, e)]}
        if isinstance(change, PutRelation):
            r = change.relation
            return write.upsert_edges(onto, r.predicate, *change.ends, self.engine), {"rows": [relation_row(onto, r)]}
        if isinstance(change, DropRelation):
            cypher = onto.predicate(change.predicate).cypher
            return write.delete_edge(cypher, *change.ends), {"id": change.assertion_id}
        return write.delete_node(change.label), {"id": change.entity_id}

    def apply(self, changes: Sequence[Change]) -> None:
        self.write([self._statement(c) for c in changes])

    def upserts(self, nodes: Nodes, edges: Edges) -> Statements:
        """A load as batched upserts: nodes first, then the links that match them."""
        onto = load()
        statements: Statements = []
        for label, records in nodes.items():
            rows = as_rows(entity_columns(label, list(records.values())))
            statements += [(write.upsert_nodes(onto, label, self.engine), {"rows": b}) for b in _batches(rows, BATCH)]
        for (pred, s, o), by_id in edges.items():
            rows = as_rows(relation_columns(onto, pred, list(by_id.values()), list(by_id)))
            statements += [
                (write.upsert_edges(onto, pred, s, o, self.engine), {"rows": b}) for b in _batches(rows, BATCH)
            ]
        return statements

    def load(self, nodes: Nodes, edges: Edges) -> None:
        self.write(self.upserts(nodes, edges))
