"""`kill -9` at any moment of an ingest or of a server taking uploads: after a re-run (or a restart),
every document the store holds has its extraction archived (so its passages answer) and, for uploads,
an intent line in the audit log naming it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from api.audit import entries
from api.settings import Home
from graph.connect import embedded_path
from graph.ladybug_store import LadybugStore
from ingest.resolve import archived
from tests.server import ROOT, Server, build_home, start

# A paragraph of a report: each document repeats it with its own number, about 14,000 characters, so
# that an ingest commits a batch every dozen or so documents.
PARAGRAPH = (
    "On {n} March 2012 soldiers of the 4th Armoured Division detained residents of the district. "
    "Colonel Karim Haddad commanded the division's checkpoint at the time. Witnesses described beatings "
    "at the checkpoint and the transfer of detainees to Branch {n} of the Military Intelligence Directorate. "
)


def _documents(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"report-{n:03d}.txt"
        path.write_text(f"Report {n}\n\n" + PARAGRAPH.format(n=n + 1) * 40, encoding="utf-8")
        paths.append(path)
    return paths


def _stored_documents(home: Path) -> set[str]:
    store = LadybugStore(embedded_path(home), read_only=True)
    try:
        return {r["id"] for r in store.read("MATCH (d:Document) RETURN d.id AS id")}
    finally:
        store.close()


def _archived_whole(home: Path, document: str) -> bool:
    path = archived(Home(home).extractions, document.removeprefix("sha256:"))
    try:
        return "entities" in json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def _acg() -> str:
    return shutil.which("acg") or str(ROOT / ".venv" / "bin" / "acg")


def test_ingest_killed_at_any_moment_leaves_every_stored_document_its_archive(tmp_path: Path) -> None:
    home, docs = tmp_path / "home", _documents(tmp_path / "docs", 36)
    archive = Home(home).extractions
    command = [_acg(), "ingest", str(tmp_path / "docs"), "--home", str(home), "--quiet"]
    # Kill just after an archive file appears (between the files and the commit that needs them), then at
    # two moments by the clock.
    moments: list[float | None] = [None, 6.0, 10.0]  # None: just after an archive file appears
    for moment in moments:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = len(list(archive.glob("*.json"))) if archive.exists() else 0
        began = time.monotonic()
        while proc.poll() is None and time.monotonic() - began < 120:
            if moment is None:
                if archive.exists() and len(list(archive.glob("*.json"))) > before:
                    break
            elif time.monotonic() - began > moment:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert finished.returncode == 0, finished.stderr[-2000:]
    stored = _stored_documents(home)
    assert len(stored) == len(docs)
    assert [d for d in stored if not _archived_whole(home, d)] == []
    assert not list(archive.glob("*.part"))


def test_a_server_killed_during_uploads_has_an_intent_line_for_every_stored_document(tmp_path: Path) -> None:
    home = tmp_path / "home"
    keys = build_home(home)
    docs = _documents(tmp_path / "docs", 24)
    sent = iter(docs)
    for moment in (4.0, 9.0, None):
        proc, server = start(home, keys)
        stop = threading.Event()
        # Killed rounds send each document once; the last sends them all again (the stored ones are
        # unchanged), so that what a kill cut short is ingested in the end.
        todo = iter(docs) if moment is None else sent

        def upload(server: Server = server, stop: threading.Event = stop, todo: Iterator[Path] = todo) -> None:
            for path in todo:
                if stop.is_set():
                    return
                try:
                    server.post("/documents", role="editor", files={"files": (path.name, path.read_bytes())})
                except httpx.TransportError:
                    return

        worker = threading.Thread(target=upload)
        worker.start()
        if moment is None:
            worker.join(600)
            checked = server
            break
        time.sleep(moment)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stop.set()
        worker.join(60)
        server.client.close()
    # The last server is still up: every stored document answers its passage, and was announced.
    try:
        intents = [e for e in entries(Home(home).audit) if e["action"] == "ingest" and e["outcome"] == "intent"]
        announced = {f"sha256:{sha}" for e in intents for sha in e["detail"]["sha256"]}
        listing = checked.post("/cypher", role="admin", json={"query": "MATCH (d:Document) RETURN d.id AS id",
                                                              "limit": 10000}).json()["rows"]  # fmt: skip
        uploaded = {r["id"] for r in listing} - {"sha256:" + "0" * 64}
        assert len(uploaded) == len(docs)
        assert uploaded <= announced
        missing = []
        for document in sorted(uploaded):
            r = checked.get(f"/documents/{document}/passage", start=0, end=6)
            if r.status_code != 200:
                missing.append((document, r.status_code))
        assert missing == []
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        checked.client.close()
