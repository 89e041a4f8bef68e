"""The HTTP API on Neo4j: a real `acg serve --store bolt://...` over the session's Neo4j holding the same
scenario and people at risk as the embedded server of tests/server.py. Its answers are the embedded
server's; reviews, merges and their undoing work there; raw Cypher is the admin's alone and reads only."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from api.settings import pseudonym_key
from tests.neo4j import neo4j_store
from tests.server import HIDDEN_NAMES, Server, add_users, build_home, fill, start


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Server]]:
    """An embedded server and a Neo4j one over the same records, with one pseudonym key (so that the
    people hidden from a reader get the same pseudonyms from both)."""
    fill(neo4j_store())  # emptied first; skips (fails in CI) without a server
    embedded_home = tmp_path_factory.mktemp("api-embedded-home")
    embedded_keys = build_home(embedded_home)
    pseudonym_key(embedded_home)
    home = tmp_path_factory.mktemp("api-neo4j-home")
    shutil.copy2(embedded_home / "pseudonym.key", home / "pseudonym.key")
    keys = add_users(home)
    env = {f"ACG_STORE_{ours}": os.environ[theirs] for ours, theirs in
           (("USER", "NEO4J_USER"), ("PASSWORD", "NEO4J_PASSWORD"), ("DATABASE", "NEO4J_DATABASE"))
           if os.environ.get(theirs)}  # fmt: skip
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # what `acg serve --store bolt://` reads
    try:
        neo4j_proc, neo4j = start(home, keys, "--store", os.environ["NEO4J_URI"])
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    embedded_proc, embedded = start(embedded_home, embedded_keys)
    try:
        yield embedded, neo4j
    finally:
        for proc, server in ((neo4j_proc, neo4j), (embedded_proc, embedded)):
            proc.terminate()
            proc.wait(timeout=30)
            server.client.close()


@pytest.fixture(scope="module")
def neo4j_server(servers: tuple[Server, Server]) -> Server:
    return servers[1]


QUESTIONS: list[tuple[str, dict[str, Any]]] = [
    ("/chain", {"entity": "Zvornik Brigade", "at": "1995-07-15"}),
    ("/chain", {"entity": "p-krstic"}),
    ("/subordinates", {"entity": "Drina Corps", "at": "1995-07-15"}),
    ("/complicity", {"entity": "c-kravica"}),
    ("/impunity", {}),
    ("/case", {"entity": "k-krstic"}),
    ("/timeline", {"entity": "o-drina"}),
    ("/entities", {"q": "Krstic"}),
]


def _sorted(value: Any) -> Any:
    """An answer with its lists in one order (rows of equal rank may come in either engine's order)."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(v) for v in value), key=repr)
    return value


@pytest.mark.parametrize(("path", "params"), QUESTIONS, ids=[f"{p}?{'&'.join(q)}" for p, q in QUESTIONS])
def test_questions_on_neo4j_are_answered_as_on_the_embedded_store(
    servers: tuple[Server, Server], path: str, params: dict[str, Any]
) -> None:
    server, neo4j_server = servers
    for role in ("reader", "admin"):
        embedded = server.get(path, role=role, **params)
        neo4j = neo4j_server.get(path, role=role, **params)
        assert neo4j.status_code == embedded.status_code == 200, neo4j.text
        assert _sorted(neo4j.json()) == _sorted(embedded.json())


def test_people_at_risk_stay_hidden_on_neo4j(neo4j_server: Server) -> None:
    answers = [
        neo4j_server.get("/entities/c-kravica", role="reader").text,
        neo4j_server.get("/case", role="reader", entity="k-krstic").text,
        neo4j_server.get("/export", role="reader", format="nt").text,
    ]
    assert not [n for n in HIDDEN_NAMES for a in answers if n in a]
    guessed = neo4j_server.get("/entities", role="reader", q=HIDDEN_NAMES[0])
    unknown = neo4j_server.get("/entities", role="reader", q="Nobody Atall Never")
    assert guessed.json()["results"] == unknown.json()["results"] == []


def test_a_review_on_neo4j_is_stored_and_audited(neo4j_server: Server) -> None:
    pending = neo4j_server.get("/assertions", role="editor", limit=50).json()["assertions"]
    first = next(a for a in pending if a["predicate"] in {"commands", "member_of", "part_of"})
    change = {"action": "edit", "valid_from": "1993-02", "note": "judgment, para. 12"}
    edited = neo4j_server.post(f"/assertions/{first['id']}/review", role="editor", json=change)
    found = neo4j_server.get("/assertions", role="editor", status="edited", limit=500).json()["assertions"]
    log = neo4j_server.get("/audit", role="admin").json()
    assert edited.status_code == 200, edited.text
    assert any(a["id"] == first["id"] and a["valid_from"] == "1993-02" for a in found)
    assert [e["outcome"] for e in log["entries"] if e["action"] == "review"] == ["intent", "ok"]


def test_a_merge_on_neo4j_and_its_undo_give_the_store_back(neo4j_server: Server) -> None:
    before = sorted(neo4j_server.get("/export", role="admin", format="nt").text.splitlines())
    merged = neo4j_server.post("/entities/merge", role="editor",
                               json={"entity": "p-horvat-2", "into": "p-horvat-1", "reason": "one driver"})  # fmt: skip
    gone = neo4j_server.get("/entities/p-horvat-2")
    undo = {"entity": "p-horvat-1", "undo": merged.json()["change"], "reason": "two"}
    undone = neo4j_server.post("/entities/split", role="editor", json=undo)
    assert merged.status_code == 200, merged.text
    assert gone.status_code == 404
    assert undone.status_code == 200, undone.text
    assert sorted(neo4j_server.get("/export", role="admin", format="nt").text.splitlines()) == before


def test_raw_cypher_on_neo4j_is_the_admins_and_reads_only(neo4j_server: Server) -> None:
    read = {"query": "MATCH (p:Person) RETURN count(p) AS n"}
    analyst = neo4j_server.post("/cypher", role="analyst", json=read)
    admin = neo4j_server.post("/cypher", role="admin", json=read)
    writes = [
        neo4j_server.post("/cypher", role="admin", json={"query": q})
        for q in (
            "CREATE (x:Person {id: 'intruder'}) RETURN x",
            "MATCH (n) DETACH DELETE n",
            "CALL db.createLabel('Intruder')",
        )
    ]
    assert analyst.status_code == 403
    assert "needs the admin role" in analyst.text  # the reason, in the answer
    assert admin.status_code == 200
    assert admin.json()["rows"][0]["n"] > 0
    assert [w.status_code for w in writes] == [400, 400, 400]
    assert neo4j_server.post("/cypher", role="admin", json=read).json() == admin.json()  # nothing written


def test_the_neo4j_server_names_its_engine(neo4j_server: Server) -> None:
    assert neo4j_server.get("/health").json() == {"status": "ok", "engine": "neo4j"}
