"""The Neo4j server of the test session (started by tests/conftest.py, or given by NEO4J_URI): a store on it,
emptied, for tests that run on both engines. In CI (CI=true) a missing server fails the test; elsewhere
the test skips, saying why."""

from __future__ import annotations

import os

import pytest

from graph.store import Store


def neo4j_store() -> Store:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        if os.environ.get("CI") == "true":
            pytest.fail("NEO4J_URI is not set: in CI the Neo4j tests never skip (tests/conftest.py starts a server)")
        pytest.skip("NEO4J_URI is not set: the Neo4j engine's tests need a Neo4j 5 server (Java and Maven)")
    if os.environ.get("NEO4J_TEST_WIPE") != "yes":
        pytest.skip("NEO4J_TEST_WIPE=yes is not set: the Neo4j tests empty the database they use")
    from graph.neo4j_store import Neo4jStore

    s = Neo4jStore(
        uri, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"), os.environ.get("NEO4J_DATABASE")
    )
    # in parts: one transaction deleting a large graph goes past the server's transaction memory
    while s.read("MATCH (n) RETURN count(n) > 0 AS left")[0]["left"]:
        s.write([("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n", {})])
    return s
