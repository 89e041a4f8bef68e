"""The production engine: Neo4j 5 (single server, cluster or Aura) through the official driver.

Reads run in read transactions (routed to readers on a cluster; a write in
one is refused by the server), writes in one managed write transaction, DDL
in auto-commit transactions as Neo4j requires. Driver errors leave as the
project's errors.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

import neo4j
from neo4j import exceptions as neo

from graph.cypher.ddl import neo4j_ddl
from graph.cypher.questions import CypherQuestions, Statements
from graph.store import Edges, Nodes, Rows
from ontology import load
from ontology.errors import AcgError, AuthFailed, QueryInvalid, QueryTimeout, StoreUnavailable


@contextmanager
def _translated(uri: str) -> Iterator[None]:
    try:
        yield
    except neo.AuthError as e:
        raise AuthFailed(
            f"{uri}: the server refused the user name or password (ACG_STORE_USER, ACG_STORE_PASSWORD)"
        ) from e
    except (neo.ServiceUnavailable, neo.SessionExpired) as e:
        raise StoreUnavailable(f"{uri}: cannot reach the Neo4j server: {e}") from e
    except neo.ClientError as e:
        if "Timeout" in (e.code or "") or "TransactionTimedOut" in (e.code or ""):
            raise QueryTimeout(f"the query ran past its time limit: {e.message}") from e
        raise QueryInvalid(e.message or str(e)) from e
    except neo.Neo4jError as e:
        raise AcgError(f"Neo4j error {e.code}: {e.message}") from e


# Rows a transaction of a load carries at most: a server's transaction memory is bounded (358 MB with the
# 512 MB heap of tools/neo4j), and a load of 196,000 records in one transaction went past it and was
# refused whole.
TRANSACTION_ROWS = 20_000


def _parts(statements: Statements) -> Iterator[Statements]:
    """Statements as transactions of at most TRANSACTION_ROWS rows, in the same order (nodes before the
    links that match them)."""
    part: Statements = []
    rows = 0
    for statement in statements:
        size = len(statement[1].get("rows") or ())
        if part and rows + size > TRANSACTION_ROWS:
            yield part
            part, rows = [], 0
        part.append(statement)
        rows += size
    if part:
        yield part


class Neo4jStore(CypherQuestions):
    """A Neo4j database reached by a bolt:// or neo4j:// URI."""

    engine = "neo4j"
    generation = None  # others write the server too: nothing read from it is kept (graph.store)

    def __init__(
        self, uri: str, user: str | None, password: str | None, database: str | None = None, *, read_only: bool = False
    ) -> None:
        self.location = uri + (f" (database {database})" if database else "")
        self.uri = uri
        self.database = database
        self.read_only = read_only
        with _translated(uri):
            # The server's notifications (a property no record has yet, as on a new store) are not the
            # user's business: they went to stderr on every question.
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password or "") if user else None,
                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF,
            )  # fmt: skip
            self._driver.verify_connectivity()

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        def work(tx: neo4j.ManagedTransaction) -> Rows:
            return [record.data() for record in tx.run(query, dict(params or {}))]

        with _translated(self.uri), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def read_columns(self, query: str, params: Mapping[str, Any] | None = None) -> dict[str, list[Any]]:
        """The answer as one list per column (as the embedded engine gives it)."""

        def work(tx: neo4j.ManagedTransaction) -> dict[str, list[Any]]:
            result = tx.run(query, dict(params or {}))
            keys = list(result.keys())
            columns: dict[str, list[Any]] = {k: [] for k in keys}
            for record in result:
                for k, v in zip(keys, record.values(), strict=True):
                    columns[k].append(v)
            return columns

        with _translated(self.uri), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def read_bounded(self, query: str, params: Mapping[str, Any] | None = None, *, timeout: float, limit: int) -> Rows:

        @neo4j.unit_of_work(timeout=timeout)
        def work(tx: neo4j.ManagedTransaction) -> Rows:
            return [record.data() for record in islice(tx.run(query, dict(params or {})), limit)]

        with _translated(self.uri), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work)

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        if self.read_only:
            raise QueryInvalid("this store was opened read-only")

        def work(tx: neo4j.ManagedTransaction) -> None:
            for query, params in statements:
                tx.run(query, dict(params)).consume()

        with _translated(self.uri), self._session(neo4j.WRITE_ACCESS) as session:
            session.execute_write(work)

    def load(self, nodes: Nodes, edges: Edges) -> None:
        """In transactions of at most TRANSACTION_ROWS rows."""
        for part in _parts(self.upserts(nodes, edges)):
            self.write(part)

    def ensure_schema(self) -> None:
        # Schema commands cannot share a transaction with data; each runs on its own.
        with _translated(self.uri), self._session(neo4j.WRITE_ACCESS) as session:
            for statement in neo4j_ddl(load()):
                session.run(statement).consume()

    def close(self) -> None:
        self._driver.close()
