"""The API's walls, tried from outside: keys and roles on every route, raw Cypher that would write, and
the names of people at risk in every response, export and picture."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from api.audit import AuditLog
from api.auth import ROLES, Users
from api.context import Context
from api.settings import Home
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from ontology.names import name_key
from ontology.records import Entity, Relation
from tests.scenario import ENTITIES, RELATIONS
from tests.server import INFORMANT, MARKUP, VICTIM, WITNESS, WITNESS_DETAIL, Server

ROOT = Path(__file__).resolve().parent.parent
# The weakest role of each route (every route not listed: reader).
NEEDS = {("POST", "/cypher"): "analyst", ("POST", "/documents"): "editor", ("GET", "/assertions"): "editor",
         ("POST", "/assertions/x/review"): "editor", ("POST", "/entities/merge"): "editor",
         ("POST", "/entities/split"): "editor", ("GET", "/audit"): "admin"}  # fmt: skip


def _routes(server: Server) -> list[tuple[str, str]]:
    spec = server.get("/openapi.json", role=None).json()
    found = []
    for path, methods in spec["paths"].items():
        for method in methods:
            concrete = re.sub(r"\{[^}]+\}", "x", path)
            found.append((method.upper(), concrete))
    return sorted(found)


def _needed(method: str, path: str) -> str:
    return NEEDS.get((method, path), "reader")


def test_every_route_but_health_needs_a_key(server: Server) -> None:
    routes = _routes(server)
    refused = {(m, p): server.client.request(m, server.url + p).status_code for m, p in routes}
    nope = {"Authorization": "Bearer acg_nope"}
    wrong_key = {(m, p): server.client.request(m, server.url + p, headers=nope).status_code for m, p in routes}
    assert len(routes) >= 15
    assert {k: v for k, v in refused.items() if v != 401} == {("GET", "/health"): 200}
    assert {k: v for k, v in wrong_key.items() if v != 401} == {("GET", "/health"): 200}


def test_a_weaker_role_gets_403(server: Server) -> None:
    routes = [(m, p) for m, p in _routes(server) if p != "/health"]
    wrong = []
    for method, path in routes:
        needed = _needed(method, path)
        for role in ROLES[: ROLES.index(needed)]:
            status = server.client.request(method, server.url + path, headers=server.headers(role)).status_code
            if status != 403:
                wrong.append((method, path, role, status))
    assert wrong == []


def _count(server: Server) -> int:
    body = {"query": "MATCH (n) RETURN count(n) AS n"}
    return int(server.post("/cypher", role="analyst", json=body).json()["rows"][0]["n"])


WRITES = [
    "CREATE (n:Person {id: 'x', name: 'x'})",
    "create (n:Person {id: 'x', name: 'x'})",
    "MATCH (n:Person) /* harmless */ SET n.name = 'changed'",
    "MATCH (n) // just reading\nDETACH DELETE n",
    "MATCH (n:Person) REMOVE n.name",
    "MERGE (n:Person {id: 'x'})",
    "CALL { CREATE (n:Person {id: 'x', name: 'x'}) } RETURN 1",
    "MATCH (n:Person) CALL (n) { SET n.name = 'x' } RETURN n",
    "UNWIND [1] AS i CALL { WITH i MERGE (n:Person {id: 'y'}) } RETURN i",
    "FOREACH (i IN [1] | CREATE (:Person {id: 'z'}))",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL apoc.create.node(['Person'], {id: 'a'}) YIELD node RETURN node",
    "CALL apoc.cypher.runWrite('CREATE (n)', {}) YIELD value RETURN value",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "MATCH (n) RETURN n; MATCH (m) RETURN m",
    "CREATE USER eve SET PASSWORD 'x'",
    "DROP INDEX person_id",
    "COPY Person FROM 'x.csv'",
    "USE system MATCH (n) RETURN n",
    "MATCH (n) WITH n CREATE (m:Person {id: n.id + 'x'})",
]


@pytest.mark.parametrize("query", WRITES)
def test_write_cypher_in_every_disguise_is_refused(server: Server, query: str) -> None:
    before = _count(server)
    r = server.post("/cypher", role="admin", json={"query": query})
    assert r.status_code == 400, r.text
    assert r.json()["error"].startswith("query:")
    assert _count(server) == before


def test_parameters_stay_values(server: Server) -> None:
    attack = "x' OR 1=1 RETURN n //"
    body = {"query": "MATCH (n:Person) WHERE n.name = $name RETURN n.name AS name", "parameters": {"name": attack}}
    assert server.post("/cypher", role="analyst", json=body).json()["rows"] == []


def _variants(name: str) -> list[str]:
    return [name, name.upper(), name.casefold(), name_key(name), json.dumps(name)[1:-1]]


def _bodies(server: Server, role: str) -> dict[str, str]:
    """Every kind of response a caller of `role` can get that could name someone."""
    asks: dict[str, httpx.Response] = {
        "entity witness by pseudonym search": server.get("/entities", role=role, q="Amina Haddad"),
        "entity krstic": server.get("/entities/p-krstic", role=role),
        "entity case": server.get("/entities/k-krstic", role=role),
        "entity crime": server.get("/entities/c-kravica", role=role),
        "entity zvornik": server.get("/entities/o-zvornik", role=role),
        "chain": server.get("/chain", role=role, entity="p-krstic"),
        "subordinates": server.get("/subordinates", role=role, entity="o-zvornik"),
        "complicity": server.get("/complicity", role=role, entity="c-kravica"),
        "path": server.get("/path", role=role, a="p-krstic", b="c-kravica"),
        "impunity": server.get("/impunity", role=role),
        "case": server.get("/case", role=role, entity="k-krstic"),
        "viz case": server.get("/viz", role=role, entity="k-krstic", depth=2),
        "viz crime": server.get("/viz", role=role, entity="c-kravica", depth=2),
        "chain by witness name": server.get("/chain", role=role, entity=WITNESS),
    }
    for fmt in ("ttl", "nt", "nq", "jsonld", "graphml", "gexf"):
        asks[f"export {fmt}"] = server.get("/export", role=role, format=fmt)
    if role != "reader":
        for q in ("MATCH (p:Person) RETURN p.name AS name, p.keys AS keys, p.aliases AS aliases, p",
                  "MATCH (p:Person)-[r]->(x) RETURN p, r, x",
                  "MATCH (p:Person) RETURN toUpper(p.name) AS upper, p.id AS id"):  # fmt: skip
            asks[f"cypher {q}"] = server.post("/cypher", role=role, json={"query": q, "limit": 1000})
    if role in {"editor", "admin"}:
        for status in ("unreviewed", "confirmed"):
            asks[f"assertions {status}"] = server.get("/assertions", role=role, status=status, limit=500)
    bodies = {name: r.text for name, r in asks.items()}
    # An answer echoes the caller's own words back to them (never turned into a pseudonym, which would
    # tell that they name someone hidden): what it says besides is what it tells.
    bodies["chain by witness name"] = asks["chain by witness name"].text.replace(repr(WITNESS), "<asked>")
    bodies["entity witness by pseudonym search"] = json.dumps(
        asks["entity witness by pseudonym search"].json()["results"]
    )
    with zipfile.ZipFile(io.BytesIO(server.get("/export", role=role, format="csv").content)) as archive:
        bodies["export csv"] = "".join(archive.read(n).decode() for n in archive.namelist())
    return bodies


@pytest.mark.parametrize("role", ["reader", "analyst", "editor"])
def test_protected_names_never_leave_the_server(server: Server, role: str) -> None:
    hidden = [WITNESS, VICTIM, "A. Haddad", WITNESS_DETAIL] + ([INFORMANT] if role == "reader" else [])
    bodies = _bodies(server, role)
    leaks = [(what, name) for what, body in bodies.items() for n in hidden for name in _variants(n) if name in body]
    assert leaks == []
    assert "p-witness" not in json.dumps(bodies)
    assert "protected-" in bodies["entity case"]


# Raw Cypher that takes a hidden person's name or details apart, or asks about them by what they are.
TAKING_APART = [
    "MATCH (p:Person) RETURN substring(p.name, 1, 4) AS a, substring(p.name, 5, 20) AS b",
    "MATCH (p:Person) WHERE p.name =~ '[A-Za-z .]+' RETURN reverse(p.name) AS r, string_split(p.name, '') AS l",
    "MATCH (p:Person) RETURN p.description AS d, p.keys AS k",
    "MATCH (p:Person) RETURN substring(p.description, 2, 40) AS d",
    "MATCH (p:Person)-[r:WITNESS_IN]->(c) RETURN r.evidence AS e, substring(r.evidence[1], 5, 60) AS part",
    "MATCH (p:Person)-[r]->(x) RETURN substring(r.evidence[1], 3, 200) AS quote, r.evidence AS e",
    "MATCH (p:Person) WHERE p.id = 'p-witness' RETURN p, p.id AS id",
]


@pytest.mark.parametrize("role", ["analyst", "editor"])
def test_raw_cypher_cannot_take_a_hidden_person_apart(server: Server, role: str) -> None:
    """Cut into pieces, reversed, or read by attribute, a hidden person's name and details stay hidden."""
    bodies = {q: server.post("/cypher", role=role, json={"query": q, "limit": 1000}) for q in TAKING_APART}
    assert {q: r.status_code for q, r in bodies.items() if r.status_code != 200} == {}
    pieces = {WITNESS[:4], WITNESS[4:], WITNESS[::-1], "Hadd", VICTIM[:5], WITNESS_DETAIL[2:20], "Potocari"}
    leaks = [(q, piece) for q, r in bodies.items() for piece in pieces if piece.casefold() in r.text.casefold()]
    assert leaks == []
    # By what they are, not by name: a count or a filter tells nothing either.
    asks = {"MATCH (p:Person) WHERE p.name STARTS WITH 'Amin' RETURN count(p) AS n": 0,
            "MATCH (p:Person) WHERE p.id IN ['p-witness', 'p-victim'] RETURN count(p) AS n": 0,
            "MATCH (p:Person)-[:WITNESS_IN]->(:`Case`) RETURN count(p) AS n": 1}  # fmt: skip
    counts = {q: server.post("/cypher", role=role, json={"query": q}).json()["rows"][0]["n"] for q in asks}
    assert counts == asks


def test_raw_cypher_for_the_admin_is_the_store_as_it_is(server: Server) -> None:
    q = "MATCH (p:Person) WHERE p.id = 'p-witness' RETURN substring(p.name, 1, 4) AS a, p.description AS d"
    assert server.post("/cypher", role="admin", json={"query": q}).json()["rows"] == [
        {"a": WITNESS[:4], "d": WITNESS_DETAIL}]  # fmt: skip


def test_a_letter_cut_in_two_is_a_clear_error(server: Server) -> None:
    """The engine splits text into bytes: "Begovi\u0107" split letter by letter is not UTF-8, and says so."""
    r = server.post("/cypher", role="admin", json={"query": "MATCH (p:Person) RETURN string_split(p.name, '') AS l"})
    assert r.status_code == 400
    assert "not UTF-8" in r.json()["error"]


def test_the_admin_sees_everyone(server: Server) -> None:
    bodies = _bodies(server, "admin")
    assert WITNESS in bodies["entity case"]
    assert VICTIM in bodies["export nt"]
    assert WITNESS in bodies["export csv"]


def test_an_analyst_sees_restricted_people(server: Server) -> None:
    assert INFORMANT in server.get("/entities/o-zvornik", role="analyst").text


def test_a_hidden_person_is_not_found_by_real_id_but_by_pseudonym(server: Server) -> None:
    case = server.get("/entities/k-krstic").json()
    pseudonym = next(r["other"]["id"] for r in case["relations"] if r["predicate"] == "witness_in")
    by_pseudonym = server.get(f"/entities/{pseudonym}")
    assert server.get("/entities/p-witness").status_code == 404
    assert by_pseudonym.status_code == 200
    assert by_pseudonym.json()["entity"]["name"].startswith("Protected person")
    assert WITNESS not in by_pseudonym.text


def test_export_with_protected_names_is_for_admins(server: Server) -> None:
    assert server.get("/export", role="editor", format="nt", include_protected=True).status_code == 403
    assert WITNESS in server.get("/export", role="admin", format="nt", include_protected=True).text


def test_markup_in_names_is_never_markup_in_pages(server: Server) -> None:
    page = server.get("/viz", entity="o-markup", depth=1).text
    assert MARKUP not in page
    assert "onerror" in page  # present, but only inside escaped JSON text


def test_cors_is_off_by_default(server: Server) -> None:
    r = server.client.options(server.url + "/entities", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})  # fmt: skip
    assert "access-control-allow-origin" not in r.headers


def test_exports_and_raw_queries_are_audited(server: Server) -> None:
    server.get("/export", role="reader", format="ttl")
    server.post("/cypher", role="analyst", json={"query": "CREATE (n)"})
    entries = server.get("/audit", role="admin", limit=1000).json()["entries"]
    assert any(e["action"] == "export" and e["who"] == "reader-user" for e in entries)
    assert any(e["action"] == "cypher" and e["outcome"].startswith("refused") for e in entries)


def test_schemathesis_finds_no_500_and_no_schema_violation(server: Server, tmp_path: Path) -> None:
    """Property-based requests generated from the OpenAPI document, as an admin (every route open), with
    every check schemathesis has; the few refusals a schema cannot express are in tests/schemathesis.toml."""
    st = Path(sys.executable).parent / "st"
    result = subprocess.run(
        [str(st), "--config-file", str(ROOT / "tests" / "schemathesis.toml"), "run", f"{server.url}/openapi.json",
         "--url", server.url, "--checks", "all",
         "-H", f"Authorization: Bearer {server.keys['admin']}", "--max-examples", "25", "--seed", "1",
         "--exclude-path", "/documents", "--request-timeout", "30", "--generation-database", "none"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_who_is_hidden_is_found_again_after_any_write(tmp_path: Path) -> None:
    # The server keeps who is hidden between requests; any write to the store, through whatever route,
    # and even one that fails half-way, must make it look again.
    store = LadybugStore(tmp_path / "db")
    prepare_store(store)
    load_records(store, ENTITIES, RELATIONS)
    ctx = Context(
        store=store, home=Home(tmp_path), pseudonym_key=b"k" * 32, users=Users(tmp_path / "users.json"),
        audit=AuditLog(tmp_path / "audit.jsonl"),
    )  # fmt: skip
    before = ctx.protection(("protected",))
    assert ctx.protection(("protected",)) is before
    assert "p-new-witness" not in before
    load_records(store, [Entity("p-new-witness", "Person", "New Witness")],
                 [Relation("p-new-witness", "witness_in", "k-krstic", method="test")])  # fmt: skip
    assert "p-new-witness" in ctx.protection(("protected",))
    store.close()
