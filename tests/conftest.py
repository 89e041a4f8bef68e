"""Fixtures shared by the suite.

Strategy: every test uses the real thing. The ontology is the committed
acc.ttl loaded by `ontology.load()`; the shapes run as the compiled checks
and, beside them, in pyshacl (tests/shacl.py); the store schema is applied to
a real LadybugDB database in a temporary directory; the CLI runs as the
installed `acg` console script in a subprocess. Fixtures here only build
inputs (graphs, paths); none of them replaces a component.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from rdflib import Graph

from ontology import Ontology, load

if TYPE_CHECKING:
    from nlp.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DATA = ROOT / "examples" / "ontology" / "koblenz.ttl"

# -- one Neo4j 5 server for the session (tools/neo4j: Neo4j's test harness, built with Maven) -------------------

_NEO4J: dict[str, Any] = {}


def pytest_sessionstart(session: pytest.Session) -> None:
    """Start a Neo4j for the Neo4j-backed tests unless one is given (NEO4J_URI). Without Java and Maven they
    skip, saying why; in CI (CI=true) a Neo4j that does not start stops the run."""
    if os.environ.get("NEO4J_URI") or not (shutil.which("java") and shutil.which("mvn")):
        return
    folder = Path(tempfile.mkdtemp(prefix="acg-neo4j-"))
    password = "acg-test-" + os.urandom(6).hex()
    with (folder / "bolt.txt").open("w") as out, (folder / "stderr.txt").open("w") as err:
        proc = subprocess.Popen(
            [str(ROOT / "tools" / "neo4j" / "run.sh"), "--data", str(folder / "data")],
            stdout=out, stderr=err, env={**os.environ, "NEO4J_PASSWORD": password},
        )  # fmt: skip
    _NEO4J.update(proc=proc, folder=folder)
    deadline = time.monotonic() + 300  # the first build downloads the harness
    while time.monotonic() < deadline and proc.poll() is None:
        uri = (folder / "bolt.txt").read_text().strip()
        if uri:
            os.environ.update(NEO4J_URI=uri, NEO4J_USER="neo4j", NEO4J_PASSWORD=password, NEO4J_TEST_WIPE="yes")
            return
        time.sleep(0.5)
    proc.terminate()
    message = f"Neo4j did not start (tools/neo4j/run.sh): {(folder / 'stderr.txt').read_text()[-2000:]}"
    if os.environ.get("CI") == "true":
        pytest.exit(message, returncode=1)
    print(message)


def pytest_sessionfinish(session: pytest.Session) -> None:
    proc = _NEO4J.get("proc")
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    if "folder" in _NEO4J:
        shutil.rmtree(_NEO4J["folder"], ignore_errors=True)


@pytest.fixture(scope="session")
def onto() -> Ontology:
    return load()


@pytest.fixture
def example_graph() -> Graph:
    """A fresh copy of the Koblenz example data, safe to mutate."""
    return Graph().parse(EXAMPLE_DATA, format="turtle")


@pytest.fixture(scope="session")
def acg() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed `acg` console script, as a user would."""
    exe = shutil.which("acg") or str(ROOT / ".venv" / "bin" / "acg")

    def run(*args: str, cwd: Path = ROOT, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [exe, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False, input=input
        )

    return run


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real `acg serve` on 127.0.0.1 (tests/server.py), shared by the API, security and browser tests."""
    from tests.server import serve

    yield from serve(tmp_path_factory.mktemp("api-home"))


# -- the extractor: its spaCy pipelines loaded once for the session ---------------------------------------------


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The real extractor (en_core_web_sm, fr_core_news_md and the project's rules), shared by every test that
    reads text: loading the pipelines once, not once per module."""
    from nlp.pipeline import Extractor as _Extractor  # spaCy loads only for the tests that read text

    return _Extractor()
