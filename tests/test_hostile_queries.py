"""Raw Cypher written to hurt the server: crashes of the engine, answers larger than the machine,
runaway walks, parameters the engine cannot take. Each is a 4xx or a 504 for its caller, the server
keeps serving (/health between every two), its memory stays bounded, and every attempt is in the
audit log twice: its intent before it ran and its outcome after."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest import readers
from ontology.errors import TooLarge
from tests.server import Server, build_home, serve

GIGABYTE = 1 << 30
# (query, parameters): every one of these took the server down, grew it past memory, or answered 5xx.
HOSTILE: list[tuple[str, dict[str, Any]]] = [
    ("RETURN substring('abc', 1, -2) AS x", {}),  # a segmentation fault inside LadybugDB 0.22
    ("RETURN range(1, 100000000) AS x", {}),  # 100 million values turned into JSON
    ("RETURN 1 / 0 AS x", {}),
    ("RETURN 1 AS one", {"x": [1, [2, [3]]]}),  # an unused parameter the engine cannot take
    ("MATCH (a), (b), (c), (d) RETURN a.id, b.id, c.id, d.id ORDER BY a.name, b.name, c.name, d.name", {}),
    ("RETURN range(1, 10, 0) AS x", {}),
    ("RETURN [1, 2, 3][10] AS x", {}),
    ("UNWIND range(1, 2000000000) AS i RETURN sum(i) AS s", {}),
    ("UNWIND range(1, 60000000) AS i RETURN collect(i) AS xs", {}),
    ("MATCH p = (a)-[*1..30]-(b) RETURN count(p) AS n", {}),
    ("UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*)", {}),
]
STATUSES = {400, 413, 422, 504}


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve(tmp_path_factory.mktemp("hostile-home"))


def _peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmHWM for process {pid}")


def test_hostile_queries_get_a_4xx_and_the_server_goes_on(hostile_server: Server) -> None:
    server = hostile_server
    answers = {}
    for query, params in HOSTILE:
        r = server.post("/cypher", role="analyst", json={"query": query, "parameters": params})
        answers[query] = (r.status_code, r.json()["error"] if r.status_code != 200 else "")
        assert server.get("/health", role=None).status_code == 200, query
    assert {q: a for q, a in answers.items() if a[0] not in STATUSES} == {}
    assert all(error and "\n" not in error for _, error in answers.values())
    assert "crashed" in answers[HOSTILE[0][0]][1]
    assert "memory" in answers[HOSTILE[1][0]][1]
    assert "Divide by zero" in answers[HOSTILE[2][0]][1]
    assert "parameters.x" in answers[HOSTILE[3][0]][1]
    assert answers[HOSTILE[-1][0]][0] == 504
    # The server still answers raw Cypher, after every kind of failure of the process that runs it.
    r = server.post("/cypher", role="analyst", json={"query": "MATCH (p:Person) RETURN count(p) AS n"})
    assert r.status_code == 200
    assert r.json()["rows"][0]["n"] > 5
    peak = _peak_rss(server.pid)
    print(f"server peak RSS under {len(HOSTILE)} hostile queries: {peak / (1 << 20):.0f} MB")
    assert peak < 3 * GIGABYTE


def test_each_attempt_is_audited_before_and_after(hostile_server: Server) -> None:
    server = hostile_server
    mark = "RETURN 'audit-mark' AS m, substring('abc', 1, -2) AS x"
    server.post("/cypher", role="analyst", json={"query": mark})
    entries = server.get("/audit", role="admin", limit=1000).json()["entries"]
    cypher = [e for e in entries if e["action"] == "cypher"]
    intents = {e["detail"]["query"]: e for e in cypher if e["outcome"] == "intent"}
    outcomes = [e for e in cypher if e["outcome"] != "intent"]
    assert {q for q, _ in HOSTILE} | {mark} <= set(intents)
    # Each outcome names its intent by the hash of the intent's line; every intent has one outcome.
    assert len(outcomes) == len(intents) == len({e["detail"]["intent"] for e in outcomes})
    kinds = {e["outcome"].split(":")[0] for e in outcomes}
    assert {"crashed", "error", "timeout"} <= kinds
    assert outcomes[-1]["outcome"].startswith("crashed")


def test_acg_query_reports_an_engine_crash_in_one_line(
    acg: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    build_home(tmp_path)
    r = acg("query", "RETURN substring('abc', 1, -2) AS x", "--home", str(tmp_path))
    assert r.returncode not in (0, -11, 139)
    assert len(r.stderr.strip().splitlines()) == 1
    assert "crashed" in r.stderr
    ok = acg("query", "MATCH (p:Person) RETURN count(p) AS n", "--home", str(tmp_path), "--format", "json")
    assert ok.returncode == 0
    assert '"n"' in ok.stdout


def _docx_bomb(path: Path, megabytes: int) -> Path:
    """A DOCX of a few hundred kilobytes whose document inflates to `megabytes` MB of XML."""
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("word/document.xml", "w") as xml:
        xml.write(b"<w:document " + ns + b"><w:body>")
        for _ in range(megabytes * 1024 * 1024 // len(paragraph)):
            xml.write(paragraph)
        xml.write(b"</w:body></w:document>")
    return path


def test_a_docx_bomb_is_413_and_the_server_goes_on(hostile_server: Server, tmp_path: Path) -> None:
    bomb = _docx_bomb(tmp_path / "bomb.docx", 150)
    assert bomb.stat().st_size < 1024 * 1024
    files = {"files": ("bomb.docx", bomb.read_bytes())}
    r = hostile_server.post("/documents", role="editor", files=files)
    assert r.status_code == 413
    assert "bomb.docx" in r.json()["error"]
    assert "inflates" in r.json()["error"]
    assert hostile_server.get("/health", role=None).status_code == 200
    assert _peak_rss(hostile_server.pid) < 3 * GIGABYTE


def test_reading_a_docx_is_capped_however_it_declares_its_size(tmp_path: Path) -> None:
    """The reader itself stops at the cap as it inflates (a file on disk skips the upload's check)."""
    bomb = _docx_bomb(tmp_path / "bomb.docx", 80)
    with pytest.raises(TooLarge, match=r"bomb\.docx"):
        readers.read(bomb)


def test_an_upload_of_more_text_than_one_request_may_take_is_413(hostile_server: Server) -> None:
    """One document's text is extracted in the server: past `--upload-text` (5 MB by default) it is refused
    before extraction, with the way to ingest it; the server goes on."""
    text = ("The 4th Brigade held the town. " * 180_000).encode()  # 5.6 MB of text, under the 50 MB body bound
    r = hostile_server.post("/documents", role="editor", files={"files": ("judgment.txt", text)})
    assert r.status_code == 413, r.text
    assert "acg ingest" in r.json()["error"]
    assert hostile_server.get("/health", role=None).status_code == 200
