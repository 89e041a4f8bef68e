"""The two engines give the same answers (issue 25, "A differential test").

Security Force Monitor's Nigeria tables and the example corpus are loaded, each by the installed `acg`
as a user would (`acg import --format sfm`, `acg ingest`), into the embedded store and into the test
session's Neo4j; then chain and subordinates (at dates and without), complicity, impunity, cases, paths and
timelines are asked of both, and the N-Triples exports compared. Answers are compared whole, lists taken
as sets (neither engine promises an order where the library does not sort).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from itertools import pairwise
from typing import Any

import pytest

from graph import export
from graph.accountability import case, complicity, impunity, path
from graph.connect import embedded_path
from graph.ladybug_store import LadybugStore
from graph.queries import chain, subordinates
from graph.store import Store
from graph.timeline import timeline
from tests.conftest import ROOT
from tests.neo4j import neo4j_store

SFM = ROOT.parent / "shared" / "data" / "sfm-nigeria"
CORPUS = ROOT / "examples" / "corpus"


def _canonical(value: Any) -> Any:
    """The answer with every list made a sorted list of canonical items, for comparison as sets."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str))
    return value


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    neo4j = neo4j_store()  # emptied; skips (fails in CI) without a server
    neo4j.close()
    home = tmp_path_factory.mktemp("agree")
    env = {**os.environ, "ACG_STORE_USER": os.environ["NEO4J_USER"],
           "ACG_STORE_PASSWORD": os.environ["NEO4J_PASSWORD"]}  # fmt: skip
    exe = str(ROOT / ".venv" / "bin" / "acg")
    for where in (["--home", str(home)], ["--store", os.environ["NEO4J_URI"]]):
        for args in (["import", "--format", "sfm", str(SFM)], ["ingest", str(CORPUS), "--quiet"]):
            done = subprocess.run([exe, *args, *where], capture_output=True, text=True, env=env, timeout=600,
                                  check=False)  # fmt: skip
            assert done.returncode == 0, (args, where, done.stderr[-2000:])
    embedded = LadybugStore(embedded_path(home), read_only=True)
    remote = _reopen()
    yield embedded, remote
    embedded.close()
    remote.close()


def _reopen() -> Store:
    from graph.neo4j_store import Neo4jStore

    return Neo4jStore(os.environ["NEO4J_URI"], os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"], None)


def _ids(store: Store, label: str, limit: int) -> list[str]:
    rows = store.read(f"MATCH (n:{label}) RETURN n.id AS id ORDER BY id LIMIT {int(limit)}")
    return [r["id"] for r in rows]


def _same(engines: tuple[Store, Store], ask: Callable[[Store], Any]) -> None:
    embedded, remote = engines
    assert _canonical(ask(remote)) == _canonical(ask(embedded))


def _reached(store: Store, walk: Callable[..., Mapping[str, Any]], ref: str) -> set[tuple[str, str, int]]:
    answer = walk(store, ref, None, include_superseded=True)
    key = "superiors" if walk is chain else "subordinates"
    return {(e["id"], e["type"], e["distance"]) for e in answer[key]}


def test_both_hold_the_same_graph(engines: tuple[Store, Store]) -> None:
    def triples(store: Store) -> list[str]:
        out = io.StringIO()
        export.export(store, "nt", None, out, export.Selection(hidden_levels=()))
        return sorted(out.getvalue().splitlines())

    embedded, remote = engines
    mine, theirs = triples(embedded), triples(remote)
    assert len(mine) > 20_000
    assert theirs == mine


@pytest.mark.parametrize("at", [None, "2010-01-01", "2015-06-01"])
@pytest.mark.parametrize("ask", ["chain", "subordinates"])
def test_chain_and_subordinates(engines: tuple[Store, Store], ask: str, at: str | None) -> None:
    walk = chain if ask == "chain" else subordinates
    units = _ids(engines[0], "Organization", 2000)[::25]
    persons = _ids(engines[0], "Person", 2000)[::25]
    assert len(units) + len(persons) > 40
    for ref in (*units, *persons):
        if at is None:
            # Without a date: who stands above or below, and how far. Which of several equally short paths is
            # shown still varies with Neo4j's row order in rare cases (13 of 667 persons on one fresh server,
            # 0 on the next two loads): said in issue 25's note, to be found.
            _same(engines, partial(_reached, walk=walk, ref=ref))
        else:
            _same(engines, partial(walk, ref=ref, at=at, include_superseded=True))


def test_complicity_impunity_cases_paths_and_timelines(engines: tuple[Store, Store]) -> None:
    embedded = engines[0]
    crimes = _ids(embedded, "Crime", 500)
    cases = _ids(embedded, "`Case`", 500)
    assert crimes
    assert cases
    for ref in crimes:
        _same(engines, partial(complicity, ref=ref))
    for ref in cases:
        _same(engines, partial(case, ref=ref))
        _same(engines, partial(timeline, ref=ref))
    _same(engines, impunity)
    persons = _ids(embedded, "Person", 500)[:6]
    for a, b in pairwise(persons):
        _same(engines, partial(path, a_ref=a, b_ref=b))
        _same(engines, partial(timeline, ref=a))
    for ref in _ids(embedded, "Organization", 500)[::50]:
        _same(engines, partial(timeline, ref=ref))
