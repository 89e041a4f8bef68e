"""Graph analytics over networkx: pure functions, no storage code.

The hierarchy is a DiGraph whose edges point upward (unit -> parent unit,
commander -> unit), each with a `predicate` and its date keys (see
ontology.dates). `superiors` and `subordinates` answer what graph.queries
answers in Cypher, by plain breadth-first search, so each can check the
other; `centrality` ranks who sits where many chains pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import networkx as nx

from ontology.dates import ALL_DATES

# networkx's classes are generic only in their stubs.
if TYPE_CHECKING:
    Hierarchy: TypeAlias = nx.MultiDiGraph[str]
else:
    Hierarchy = nx.MultiDiGraph


def hierarchy(edges: Iterable[Mapping[str, Any]]) -> Hierarchy:
    """A graph from edge records: subject, object, predicate and optional from_key / to_key.

    >>> g = hierarchy([{"subject": "brigade", "object": "corps", "predicate": "part_of"}])
    >>> sorted(g.edges())
    [('brigade', 'corps')]
    """
    g: Hierarchy = nx.MultiDiGraph()
    for e in edges:
        g.add_edge(e["subject"], e["object"], predicate=e["predicate"],
                   from_key=e.get("from_key"), to_key=e.get("to_key"))  # fmt: skip
    return g


def _held(data: Mapping[str, Any], lo: str, hi: str) -> bool:
    return (data.get("from_key") is None or data["from_key"] <= hi) and (
        data.get("to_key") is None or data["to_key"] >= lo
    )


def _edges(g: Hierarchy, node: str, predicate: str, lo: str, hi: str, up: bool) -> Iterable[str]:
    edges = g.out_edges(node, data=True) if up else g.in_edges(node, data=True)
    for a, b, data in edges:
        if data["predicate"] == predicate and _held(data, lo, hi):
            yield b if up else a


def _units_from(g: Hierarchy, starts: Iterable[str], lo: str, hi: str, up: bool) -> dict[str, int]:
    """Hops from the start units to every unit reachable through part_of links that held."""
    hops = dict.fromkeys(starts, 0)
    queue = deque(hops)
    while queue:
        unit = queue.popleft()
        for nxt in _edges(g, unit, "part_of", lo, hi, up):
            if nxt not in hops:
                hops[nxt] = hops[unit] + 1
                queue.append(nxt)
    return hops


def superiors(g: Hierarchy, node: str, keys: tuple[str, str] = ALL_DATES, person: bool = False) -> dict[str, int]:
    """Distance of every superior: units above (hops) and their commanders (hops + 1).

    >>> g = hierarchy([
    ...     {"subject": "brigade", "object": "corps", "predicate": "part_of"},
    ...     {"subject": "krstic", "object": "corps", "predicate": "commands", "from_key": "1995-07-13"},
    ...     {"subject": "pandurevic", "object": "brigade", "predicate": "commands"},
    ... ])
    >>> superiors(g, "pandurevic", ("1995-07-15", "1995-07-15"), person=True)
    {'corps': 1, 'krstic': 2}
    >>> superiors(g, "pandurevic", ("1995-07-01", "1995-07-01"), person=True)
    {'corps': 1}

    Someone else commanding the same unit is never a superior through it:

    >>> _ = g.add_edge("obrenovic", "brigade", predicate="commands")
    >>> superiors(g, "pandurevic", ("1995-07-15", "1995-07-15"), person=True)
    {'corps': 1, 'krstic': 2}
    """
    lo, hi = keys
    commanded = set(_edges(g, node, "commands", lo, hi, True)) if person else set()
    starts = commanded | set(_edges(g, node, "member_of", lo, hi, True)) if person else {node}
    hops = _units_from(g, starts, lo, hi, up=True)
    found = {u: h for u, h in hops.items() if h > 0}
    for unit, h in sorted(hops.items(), key=lambda kv: kv[1]):
        if h == 0 and unit in commanded:
            continue  # who else commands it stands beside the person, not above
        for commander in _edges(g, unit, "commands", lo, hi, up=False):
            if commander != node and commander not in found:
                found[commander] = h + 1
    return found


def subordinates(g: Hierarchy, node: str, keys: tuple[str, str] = ALL_DATES, person: bool = False) -> dict[str, int]:
    """Distance of every subordinate: units below (hops) and their commanders and members (hops + 1).

    >>> g = hierarchy([
    ...     {"subject": "brigade", "object": "corps", "predicate": "part_of"},
    ...     {"subject": "pandurevic", "object": "brigade", "predicate": "commands"},
    ... ])
    >>> subordinates(g, "corps")
    {'brigade': 1, 'pandurevic': 2}
    """
    lo, hi = keys
    starts = set(_edges(g, node, "commands", lo, hi, True)) if person else {node}
    hops = _units_from(g, starts, lo, hi, up=False)
    found = {u: h for u, h in hops.items() if h > 0}
    for unit, h in sorted(hops.items(), key=lambda kv: kv[1]):
        # Whoever commands a unit where the walk starts is beside the subject, or above the unit asked about.
        for predicate in ("commands", "member_of") if h > 0 else ("member_of",):
            for p in _edges(g, unit, predicate, lo, hi, up=False):
                if p != node and (p not in found or found[p] > h + 1):
                    found[p] = h + 1
    return found


def centrality(g: Hierarchy, top: int = 10) -> list[tuple[str, float]]:
    """Nodes through which most chains of command pass (betweenness), highest first.

    >>> g = hierarchy([{"subject": "a", "object": "b", "predicate": "part_of"},
    ...                {"subject": "b", "object": "c", "predicate": "part_of"}])
    >>> centrality(g, top=1)
    [('b', 0.5)]
    """
    scores = nx.betweenness_centrality(nx.DiGraph(g))
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
