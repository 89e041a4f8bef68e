"""What happens to the embedded store when a process dies, or two want it at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import ladybug
import pytest

from graph import ladybug_store
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import counts
from ingest.sfm import read_sfm
from ontology.errors import StoreUnavailable
from tests.test_sfm import SFM

# Loads batch after batch, one transaction each (n units and their n - 1 links), saying after each commit.
_LOADER = """
import sys
from pathlib import Path
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from ontology.records import Entity, Relation
store = LadybugStore(Path(sys.argv[1]))
prepare_store(store)
n = int(sys.argv[2])
for b in range(10000):
    units = [Entity(f"o-{b}-{k}", "Organization", f"Unit {b} {k}", attributes={"kind": "unit"}) for k in range(n)]
    links = [Relation(f"o-{b}-{k}", "part_of", f"o-{b}-{k - 1}") for k in range(1, n)]
    load_records(store, units, links)
    print(b, flush=True)
"""

_HOLDER = """
import sys, time
from pathlib import Path
from graph.ladybug_store import LadybugStore
store = LadybugStore(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent
    )


# Upserts (UNWIND ... MERGE) go through the engine's write-ahead log; COPY does not, and its rows are on disk
# only once the checkpoint its commit makes is done. With auto_checkpoint off, a COPY said committed is
# gone after a kill -9 (LadybugDB 0.22): the second case guards that.
@pytest.mark.parametrize("size", [200, ladybug_store.BULK_THRESHOLD], ids=["upserts", "bulk"])
def test_kill_during_a_load_keeps_what_was_committed(tmp_path: Path, size: int) -> None:
    path = tmp_path / "db"
    batch = (size, size - 1)
    with _start(_LOADER, str(path), str(size)) as child:
        assert child.stdout is not None
        committed = [child.stdout.readline().strip() for _ in range(3)]
        os.kill(child.pid, signal.SIGKILL)  # while it loads the next batch
        child.wait(timeout=30)
    assert committed == ["0", "1", "2"]
    assert child.returncode == -signal.SIGKILL

    store = LadybugStore(path)
    after_crash = counts(store)
    units, links = after_crash["nodes"]["Organization"], after_crash["relationships"]["PART_OF"]
    # Every batch is one transaction: the three said committed are there, and no part of another.
    assert units >= 3 * batch[0]
    assert (units % batch[0], links % batch[1], units // batch[0]) == (0, 0, links // batch[1])
    imported = read_sfm(SFM)
    load_records(store, imported.entities, imported.relations)
    assert counts(store) == {
        "nodes": {"CrimeType": 56, "Document": 5985, "Location": 550, "Organization": 1055 + units, "Person": 667},
        "relationships": {
            "BASED_AT": 970,
            "COMMANDS": 775,
            "MEMBER_OF": 108,
            "OPERATED_IN": 665,
            "PART_OF": 1223 + links,
            "TAKES_PART_IN": 178,
        },
    }
    store.close()


def test_a_second_writer_is_told_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "db"
    LadybugStore(path).close()
    with _start(_HOLDER, str(path)) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "holding"
            with pytest.raises(StoreUnavailable, match=r"in use by another process \(PID \d+\), probably `acg serve`"):
                LadybugStore(path)
            LadybugStore(path, read_only=True).close()  # readers still get in
        finally:
            holder.kill()
            holder.wait()
    LadybugStore(path).close()  # and the writer, once the holder is gone


def test_ladybug_acyclic_still_repeats_nodes(tmp_path: Path) -> None:
    """Regression guard for graph/cypher/read.py: ladybug 0.22's `* ACYCLIC` returns a->b->c->a->b.

    When this starts failing, the engine fixed it and the walks may use ACYCLIC again.
    """
    db = ladybug.Database(str(tmp_path / "db"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE O(id STRING PRIMARY KEY)")
    conn.execute("CREATE REL TABLE P(FROM O TO O)")
    conn.execute("UNWIND ['a', 'b', 'c'] AS i CREATE (:O {id: i})")
    for a, b in (("a", "b"), ("b", "c"), ("c", "a")):
        conn.execute("MATCH (x:O {id: $a}) MATCH (y:O {id: $b}) CREATE (x)-[:P]->(y)", {"a": a, "b": b})
    result = conn.execute("MATCH p = (s:O {id: 'a'})-[:P* ACYCLIC 1..5]->(u:O) RETURN max(length(p))")
    assert not isinstance(result, list)
    assert result.get_next() == [4]  # a path of 4 hops through 3 nodes repeats nodes
    db.close()


def test_loading_twice_is_idempotent(tmp_path: Path) -> None:
    store = LadybugStore(tmp_path / "db")
    prepare_store(store)
    imported = read_sfm(SFM)
    load_records(store, imported.entities, imported.relations)
    first = counts(store)
    load_records(store, imported.entities, imported.relations)
    assert counts(store) == first
    store.close()


def test_ladybug_fixed_multi_hop_patterns_with_a_date_test_on_every_link(tmp_path: Path) -> None:
    """Regression guard for graph/queries.py: with ladybug 0.22 and PART_OF a table of one pair (Organization to
    Organization), a fixed five-hop pattern pinned at its source, with a date test on every link, dropped paths
    whose links all pass the test (SFM Nigeria data, 2014-06-01: 250 of the 303 units at distance five were
    found). Walks therefore use one-hop statements and recursive joins, both checked against networkx, and keep
    them. Since PART_OF also joins mechanisms (a group of four pairs, session 36), the same pattern finds the row;
    should it drop it again, the walks are still right."""
    store = LadybugStore(tmp_path / "db")
    prepare_store(store)
    imported = read_sfm(SFM)
    load_records(store, imported.entities, imported.relations)
    path = [
        "sfm-unit-c13f3e46-0a50-493b-83b9-84c859264e56", "sfm-unit-4595a39d-b9ed-4f59-a621-f748bbacb7e6",
        "sfm-unit-9cbc19d6-7c88-4d7d-bf11-51c49aa9f966", "sfm-unit-cf4b075a-39fe-4d8d-a769-aa2885d3fa2d",
        "sfm-unit-452896a6-d81a-4cef-b871-5a1b0a10002a", "sfm-unit-a2bfc6ab-741c-42b9-b490-dfa982e80139",
    ]  # fmt: skip
    pinned = "".join(f"<-[r{i}:PART_OF]-(a{i}:Organization {{id: $a{i}}})" for i in range(1, 6))
    both_ends = "MATCH (a0:Organization {id: $a0})" + pinned + " RETURN count(*) AS n"
    assert store.read(both_ends, {f"a{i}": x for i, x in enumerate(path)}) == [{"n": 1}]
    walk = "MATCH (a0:Organization {id: $a0})" + "".join(f"<-[r{i}:PART_OF]-(a{i}:Organization)" for i in range(1, 6))
    assert store.read(walk + " WHERE a5.id = $a5 RETURN count(*) AS n", {"a0": path[0], "a5": path[5]}) == [{"n": 1}]
    # Every link of the path has unknown bounds, so this date test holds for each of them; yet the row is dropped.
    held = " AND ".join(
        f"(r{i}.from_key IS NULL OR r{i}.from_key <= $hi) AND (r{i}.to_key IS NULL OR r{i}.to_key >= $lo)"
        for i in range(1, 6)
    )
    params = {"a0": path[0], "a5": path[5], "lo": "2014-06-01", "hi": "2014-06-01"}
    assert store.read(walk + f" WHERE a5.id = $a5 AND {held} RETURN count(*) AS n", params) == [{"n": 1}]
    store.close()
