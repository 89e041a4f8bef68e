"""Fixtures shared by the suite.

Strategy: every test uses the real thing. The ontology is the committed
acc.ttl loaded by `ontology.load()`; the shapes run as the compiled checks
and, beside them, in pyshacl (tests/shacl.py); the store schema is applied to
a real LadybugDB database in a temporary directory; the CLI runs as the
installed `acg` console script in a subprocess. Fixtures here only build
inputs (graphs, paths); none of them replaces a component.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from ontology import Ontology, load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DATA = ROOT / "examples" / "ontology" / "koblenz.ttl"


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

    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
        return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)

    return run


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real `acg serve` on 127.0.0.1 (tests/server.py), shared by the API, security and browser tests."""
    from tests.server import serve

    yield from serve(tmp_path_factory.mktemp("api-home"))
