"""The HTTP API under concurrent load from a second process on the loopback.

    .venv/bin/python -m benchmarks.api [--seconds 10] [--clients 8] [--units 2000]

Starts a real `acg serve` over an embedded store holding the test scenario
(tests/server.py) plus a hierarchy of `--units` units with a commander each,
then, from a separate process with `--clients` concurrent connections, asks
each endpoint for `--seconds`: /health (the reference: the server's own cost
of a request), entity detail, chain of command at a date, and a raw Cypher
read. Reports requests/s and p95 latency, and each endpoint against /health in
the same run (the machines are shared: the ratio is what compares). First,
the time of an analyst's first raw query, which makes the redacted copy of
the store their queries run on (graph.redacted), and of the next one.
Prints Markdown.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

from graph.connect import embedded_path
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from ontology.records import Entity, Relation
from tests.server import Server, build_home, start

LOAD = textwrap.dedent(
    """
    import json, sys, threading, time
    import httpx
    url, key, seconds, clients = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    requests = json.loads(sys.argv[5])
    headers = {"Authorization": "Bearer " + key}
    results = {}
    for name, (method, path, body) in requests.items():
        latencies, errors = [], [0]
        stop = time.perf_counter() + seconds
        def work():
            with httpx.Client(timeout=60, headers=headers) as c:
                while time.perf_counter() < stop:
                    t = time.perf_counter()
                    r = c.request(method, url + path, json=body)
                    latencies.append(time.perf_counter() - t)
                    if r.status_code != 200:
                        errors[0] += 1
        threads = [threading.Thread(target=work) for _ in range(clients)]
        start = time.perf_counter()
        for t in threads: t.start()
        for t in threads: t.join()
        elapsed = time.perf_counter() - start
        latencies.sort()
        results[name] = {"requests": len(latencies), "per_second": len(latencies) / elapsed,
                         "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))], "errors": errors[0]}
    print(json.dumps(results))
    """
)


def hierarchy(units: int) -> tuple[list[Entity], list[Relation]]:
    """A tree of units (ten children each) under o-vrs, each with a commander from 1992."""
    ents = [Entity(f"o-b{i}", "Organization", f"Bench Unit {i}", attributes={"kind": "unit"}) for i in range(units)]
    ents += [Entity(f"p-b{i}", "Person", f"Bench Commander {i}") for i in range(units)]
    rels = [Relation(f"o-b{i}", "part_of", f"o-b{(i - 1) // 10}" if i else "o-vrs", "1992") for i in range(units)]
    rels += [Relation(f"p-b{i}", "commands", f"o-b{i}", "1992") for i in range(units)]
    return ents, rels


def _timed(server: Server, key: str, request: tuple[str, str, Any]) -> float:
    """Seconds one request takes (it must succeed)."""
    method, path, body = request
    t = time.perf_counter()
    r = server.client.request(method, server.url + path, json=body, headers={"Authorization": f"Bearer {key}"})
    elapsed = time.perf_counter() - t
    r.raise_for_status()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--units", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        keys = build_home(home)
        store = LadybugStore(embedded_path(home))
        prepare_store(store)
        load_records(store, *hierarchy(args.units))
        store.close()
        proc, server = start(home, keys)
        deepest = f"p-b{args.units - 1}"
        requests = {
            "health (reference)": ("GET", "/health", None),
            "entity detail": ("GET", "/entities/o-zvornik", None),
            f"chain at a date ({deepest})": ("GET", f"/chain?entity={deepest}&at=1995-07-15", None),
            "raw Cypher read": ("POST", "/cypher", {"query": "MATCH (p:Person)-[:COMMANDS]->(u:Organization) "
                                "WHERE u.name STARTS WITH $prefix RETURN p.name, u.name LIMIT 20",
                                "parameters": {"prefix": "Bench Unit 1"}}),
        }  # fmt: skip
        try:
            first, again = (_timed(server, keys["analyst"], requests["raw Cypher read"]) for _ in range(2))
            done = subprocess.run(
                [sys.executable, "-c", LOAD, server.url, keys["analyst"], str(args.seconds), str(args.clients),
                 json.dumps(requests)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"First raw query of an analyst (makes the redacted copy of {4 * args.units:,} extra records and "
          f"more): {first:.2f} s; the next one: {1000 * again:.0f} ms\n")  # fmt: skip
    results = json.loads(done.stdout)
    reference = results["health (reference)"]["per_second"]
    print(f"{args.clients} concurrent clients in a second process, {args.seconds:g} s per endpoint, "
          f"{args.units} extra units in the store\n")  # fmt: skip
    print("| endpoint | requests/s | p95 ms | vs /health | errors |\n|---|---|---|---|---|")
    for name, r in results.items():
        ratio = r["per_second"] / reference
        print(f"| {name} | {r['per_second']:.0f} | {r['p95_ms']:.1f} | {ratio:.2f} | {r['errors']} |")


if __name__ == "__main__":
    main()
