"""What the doctests of the query functions read: `koblenz()`, an embedded store holding the Koblenz example
of examples/ontology/koblenz.ttl (Branch 251 of the General Intelligence Directorate, Anwar Raslan, his
conviction, a protected witness), loaded once per session through the real importer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.store import Store

EXAMPLE = Path(__file__).parent / "examples" / "ontology" / "koblenz.ttl"


@pytest.fixture(scope="session")
def _koblenz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from graph.connect import open_store
    from graph.loader import prepare_store
    from ingest.structured import import_rdf

    store = open_store("embedded", tmp_path_factory.mktemp("koblenz"))
    prepare_store(store)
    import_rdf(store, EXAMPLE, "ttl")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _doctest_stores(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    """Only doctests get the store (a test of tests/ opens its own)."""
    if isinstance(request.node, pytest.DoctestItem):
        store = request.getfixturevalue("_koblenz_store")
        koblenz: Callable[[], Store] = lambda: store  # noqa: E731
        doctest_namespace["koblenz"] = koblenz
