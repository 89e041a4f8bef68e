"""The links the chain and subordinates walks follow: asked of the store, or read once into memory.

A walk (graph.queries) asks four things: a unit's links upward (the units it
is part of, and who commands it), every unit below a unit, who commands or
belongs to some units, and where a person is posted, each at a date.
`StoreLinks` asks the store, one question at a time (graph.store);
`MemoryLinks` reads every standing PART_OF, COMMANDS and MEMBER_OF link of the
store once, as columns, and answers from memory.

Why both: on LadybugDB the engine finds 3,911 units below one in 7-10 ms,
but takes 60-100 ms once it also hands out the last link of each path, which
the evidence needs, and the whole question 140 ms at p95
(benchmarks/RESULTS.md, "Store"); from memory it costs what networkx's walk
does (36 ms). The embedded store is written by this process
only (the engine's lock), so the links are kept per store object while its
`generation` (the count of its writes) stands still. Neo4j, which others may
write, is asked every time, and its own engine walks paths natively.

Both give the same rows: `predicate` in lower case (part_of, commands,
member_of), the far end's `id` and `name`, and the link's step columns
(graph.store.STEP_COLUMNS) under `link`.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Protocol

from graph.store import MAX_DEPTH, STEP_COLUMNS, StoreView

Row = dict[str, Any]


class Links(Protocol):
    def above(self, unit: str, lo: str, hi: str) -> list[Row]:
        """The units `unit` is part of (predicate part_of) and the persons commanding it (commands)."""
        ...

    def below(self, unit: str, lo: str, hi: str) -> list[Row]:
        """Every unit below `unit` with `hops` (its distance) and `via` (the unit above it) on a shortest
        path of links held at the date."""
        ...

    def people(self, units: list[str], lo: str, hi: str) -> list[Row]:
        """Who commands or belongs to each of `units` (`unit` says which)."""
        ...

    def posts(self, person: str, lo: str, hi: str, commands_only: bool) -> list[Row]:
        """The units a person commands, or also belongs to."""
        ...


def _link(row: Row, rel: dict[str, Any]) -> Row:
    return {**row, "link": {c: rel.get(c) for c in STEP_COLUMNS}}


# Then what the links say, so that two postings with the same dates and sources but another role or rank
# ("Director Administration and Quartering"; "Colonel") come in one order too.
_ORDER = ("from_key", "to_key", "cited_from_key", "cited_to_key", "evidence", "role", "rank", "title", "method",
          "confidence")  # fmt: skip


def link_order(link: dict[str, Any]) -> tuple[str, ...]:
    """One order of links on every engine: where two links join the same ends (two sources, two periods),
    walks take the same one, so both engines give the same path."""
    return tuple(str(link.get(c) or "") for c in _ORDER)


class StoreLinks:
    """Each question asked of the store."""

    def __init__(self, view: StoreView) -> None:
        self.view = view

    def above(self, unit: str, lo: str, hi: str) -> list[Row]:
        rows = self.view.unit_above(unit, lo, hi)
        return [_link({"predicate": r["predicate"], "id": r["id"], "name": r["name"]}, r) for r in rows]

    def below(self, unit: str, lo: str, hi: str) -> list[Row]:
        # Neo4j returns every path, nearest first: a unit's first row is its shortest (its via with it)
        found = self.view.units_below(unit, lo, hi)
        first: dict[str, Row] = {}
        for r in sorted(found, key=lambda r: (r["hops"], r["via"], link_order(r["link"]))):
            first.setdefault(r["id"], r)
        return [
            _link({"id": r["id"], "name": r["name"], "hops": r["hops"], "via": r["via"]}, r["link"])
            for r in first.values()
        ]

    def people(self, units: list[str], lo: str, hi: str) -> list[Row]:
        return [
            _link({"unit": r["unit"], "predicate": r["predicate"].lower(), "id": r["id"], "name": r["name"]}, r["rel"])
            for r in self.view.people(units, lo, hi)
        ]

    def posts(self, person: str, lo: str, hi: str, commands_only: bool) -> list[Row]:
        rows = self.view.posts(person, lo, hi, commands_only)
        return [
            _link({"predicate": r["predicate"].lower(), "id": r["unit"], "name": r["name"]}, r["rel"]) for r in rows
        ]


class MemoryLinks:
    """Every standing hierarchy link of a store, as columns, indexed by both ends."""

    def __init__(self, view: StoreView) -> None:
        self.generation = view.generation
        cols = view.hierarchy_links()
        self.predicate: list[str] = cols.pop("predicate")
        self.subject: list[str] = cols.pop("subject")
        self.object: list[str] = cols.pop("object")
        self.names: dict[str, str] = dict(zip(self.subject, cols.pop("subject_name"), strict=True))
        self.names.update(zip(self.object, cols.pop("object_name"), strict=True))
        # Tuples, not lists: a tuple of strings and numbers leaves the garbage collector's watch, so a
        # hundred thousand links do not lengthen every full collection (measured: p95 of subordinates).
        cols["evidence"] = [tuple(e) if e else () for e in cols["evidence"]]
        self.columns = {c: tuple(v) for c, v in cols.items()}
        self._from, self._to = self.columns["from_key"], self.columns["to_key"]
        out: dict[str, list[int]] = {}
        into: dict[str, list[int]] = {}
        order = sorted(range(len(self.subject)), key=lambda i: link_order({c: self.columns[c][i] for c in _ORDER}))
        for i in order:  # each end's links in link_order: the walks' choices do not depend on the engine
            out.setdefault(self.subject[i], []).append(i)
            into.setdefault(self.object[i], []).append(i)
        self.out = {k: tuple(v) for k, v in out.items()}
        self.into = {k: tuple(v) for k, v in into.items()}

    def __len__(self) -> int:
        return len(self.subject)

    def _held(self, i: int, lo: str, hi: str) -> bool:
        start, end = self._from[i], self._to[i]
        return (start is None or start <= hi) and (end is None or end >= lo)

    def _row(self, i: int, **row: Any) -> Row:
        row["link"] = {c: col[i] for c, col in self.columns.items()}
        return row

    def _far(self, i: int, end: str, **row: Any) -> Row:
        return self._row(i, predicate=self.predicate[i], id=end, name=self.names[end], **row)

    def above(self, unit: str, lo: str, hi: str) -> list[Row]:
        up = [self._far(i, self.object[i]) for i in self.out.get(unit, ()) if self._held(i, lo, hi)]
        return up + [
            self._far(i, self.subject[i])
            for i in self.into.get(unit, ())
            if self.predicate[i] == "commands" and self._held(i, lo, hi)
        ]

    def below(self, unit: str, lo: str, hi: str) -> list[Row]:
        rows: list[Row] = []
        seen, frontier, hops = {unit}, [unit], 0
        while frontier and hops < MAX_DEPTH:
            hops += 1
            reached = []
            for above in sorted(frontier):  # the nearest via first, then the smallest id: as on Neo4j
                for i in self.into.get(above, ()):
                    child = self.subject[i]
                    if child in seen or self.predicate[i] != "part_of" or not self._held(i, lo, hi):
                        continue
                    seen.add(child)
                    reached.append(child)
                    rows.append(self._row(i, id=child, name=self.names[child], hops=hops, via=above))
            frontier = reached
        return rows

    def people(self, units: list[str], lo: str, hi: str) -> list[Row]:
        return [
            self._far(i, self.subject[i], unit=unit)
            for unit in units
            for i in self.into.get(unit, ())
            if self.predicate[i] != "part_of" and self._held(i, lo, hi)
        ]

    def posts(self, person: str, lo: str, hi: str, commands_only: bool) -> list[Row]:
        return [
            self._far(i, self.object[i])
            for i in self.out.get(person, ())
            if (self.predicate[i] == "commands" or not commands_only) and self._held(i, lo, hi)
        ]


_kept: weakref.WeakKeyDictionary[StoreView, MemoryLinks] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def links(view: StoreView) -> Links:
    """How walks on `view` read links: from memory where the store tells its generation (the embedded
    engine: read at the first walk after a write), else from the store (Neo4j, which others write too)."""
    if view.generation is None:
        return StoreLinks(view)
    with _lock:
        kept = _kept.get(view)
        if kept is None or kept.generation != view.generation:
            kept = _kept[view] = MemoryLinks(view)
        return kept
