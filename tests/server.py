"""A real `acg serve` on 127.0.0.1 over an embedded store holding the scenario (tests/scenario.py) and
people at risk: a protected witness, a protected victim, a restricted informant, and a unit whose name
is markup. One key per role."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from api.auth import ROLES, Users
from api.settings import Home
from graph.connect import embedded_path
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.store import Store
from ontology.records import Entity, Relation, Span
from tests import scenario

ROOT = Path(__file__).resolve().parent.parent
WITNESS = "Amina Haddad"
VICTIM = "Selma Begović"
INFORMANT = "Petar Lukić"
MARKUP = "</script><img src=x onerror=alert(1)>"
# Something about the witness that is not her name but would identify her.
WITNESS_DETAIL = "nurse at the Potocari clinic"
HIDDEN_NAMES = (WITNESS, VICTIM, INFORMANT)
DOC = scenario.DOC

EXTRA_ENTITIES = [
    Entity("p-witness", "Person", WITNESS, ["A. Haddad"], {"description": WITNESS_DETAIL}),
    Entity("p-victim", "Person", VICTIM),
    Entity("p-informant", "Person", INFORMANT, attributes={"sensitivity": "restricted"}),
    Entity("o-markup", "Organization", MARKUP, attributes={"kind": "unit"}),
]
EXTRA_RELATIONS = [
    Relation("p-witness", "witness_in", "k-krstic", method="test",
             evidence=[Span(0, 40, f"{WITNESS}, a {WITNESS_DETAIL}, testified", DOC)]),
    Relation("p-victim", "victim_of", "c-kravica", method="test", evidence=[Span(0, 30, f"{VICTIM} survived", DOC)]),
    Relation("p-informant", "member_of", "o-zvornik", "1994", method="test", evidence=[Span(0, 9, "informant", DOC)]),
    # A quote about someone else that names the witness (twice, in two spellings).
    Relation(
        "p-krstic", "member_of", "o-vrs", "1992", method="test",
        evidence=[Span(0, 90, f"{WITNESS} told the court that Krstić served in the VRS; AMINA HADDAD confirmed", DOC)],
    ),
    Relation("o-markup", "part_of", "o-drina", method="test", evidence=[Span(0, 10, MARKUP, DOC)]),
]  # fmt: skip


@dataclass
class Server:
    url: str
    home: Path
    keys: dict[str, str]
    log: Path
    pid: int = 0
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=60))

    def headers(self, role: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[role]}"} if role else {}

    def get(self, path: str, role: str | None = "reader", **params: Any) -> httpx.Response:
        return self.client.get(self.url + path, params=params, headers=self.headers(role))

    def post(self, path: str, role: str | None = "reader", headers: dict[str, str] | None = None,
             **kwargs: Any) -> httpx.Response:  # fmt: skip
        return self.client.post(self.url + path, headers={**self.headers(role), **(headers or {})}, **kwargs)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fill(store: Store) -> None:
    """The scenario and the people at risk, loaded into `store` (closed after)."""
    try:
        prepare_store(store)
        report = load_records(store, scenario.ENTITIES + EXTRA_ENTITIES, scenario.RELATIONS + EXTRA_RELATIONS)
        assert not report.rejected, report.rejected
    finally:
        store.close()


def add_users(home: Path) -> dict[str, str]:
    """One user per role in `home`: role -> key."""
    users = Users(Home(home).users)
    return {r: users.add(f"{r}-user", r) for r in ROLES}


def build_home(home: Path) -> dict[str, str]:
    fill(LadybugStore(embedded_path(home)))
    return add_users(home)


def start(home: Path, keys: dict[str, str], *args: str) -> tuple[subprocess.Popen[bytes], Server]:
    port = _free_port()
    exe = shutil.which("acg") or str(ROOT / ".venv" / "bin" / "acg")
    log = home / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--home", str(home), "--port", str(port), *args],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "ACG_HOME": str(home)},
        )  # fmt: skip
    server = Server(f"http://127.0.0.1:{port}", home, keys, log, proc.pid)
    deadline = time.monotonic() + 60
    while True:
        try:
            if server.client.get(server.url + "/health").status_code == 200:
                return proc, server
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"acg serve did not start: {log.read_text(errors='replace')}")
        time.sleep(0.2)


def serve(home: Path) -> Iterator[Server]:
    keys = build_home(home)
    proc, server = start(home, keys, "--cypher-timeout", "2", "--cypher-rows", "50", "--cypher-memory", "512")
    try:
        yield server
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        server.client.close()
