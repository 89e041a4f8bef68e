"""The embedded engine: LadybugDB in this process, a directory on disk (or memory only)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import ladybug

from graph import bulk
from graph.columns import edge_columns, node_columns
from graph.cypher import write
from graph.cypher.ddl import ladybug_ddl, ladybug_migrations
from graph.cypher.questions import CypherQuestions, Statements
from graph.rows import entity_columns, relation_columns
from graph.store import Edges, Nodes, Rows
from ontology import load
from ontology.errors import QueryInvalid, QueryTimeout, StoreUnavailable

_LOCKED = re.compile(r"Lock is held by PID (\d+)")


def _translate(e: Exception, path: Path | None, opening: bool = False) -> Exception:
    """The project's error for an engine error: a store that cannot be opened is unavailable (503); any
    error of a statement on an open store is the statement's (400), whatever the engine calls it."""
    message = str(e).splitlines()[0] if str(e) else type(e).__name__
    held = _LOCKED.search(str(e))
    if held:
        return StoreUnavailable(
            f"the embedded store at {path} is in use by another process (PID {held.group(1)}), "
            "probably `acg serve`: stop it, or send the work through its API"
        )
    if "Buffer manager exception" in message:
        return QueryInvalid(f"the query needs more memory than the engine may use ({message})")
    if "IO exception" in message or (opening and "Runtime exception" in message):
        return StoreUnavailable(f"cannot {'open' if opening else 'read'} the embedded store at {path}: {message}")
    return QueryInvalid(message)


# Answers of more rows than this are read through Arrow (whole pages of an export: 2-5x faster than a
# call per row); smaller ones row by row (Arrow's fixed cost is more than a few rows').
ARROW_FROM = 32
# From this many records a load copies new rows in bulk (COPY) and upserts only those already stored;
# below it, everything is upserted.
BULK_THRESHOLD = 2000


class LadybugStore(CypherQuestions):
    """A LadybugDB database at `path`, or in memory only when `path` is None. Read-only when
    `read_only`: writes are refused by the engine itself. `memory` bounds the engine's buffer pool, which
    holds an in-memory database and most of what a query builds (bytes; 0: the engine's default, most
    of the machine's memory).

    Safe to share between threads (the API server's workers): each statement runs on a connection of
    its own from a small pool, and one write transaction runs at a time.
    """

    engine = "ladybug"

    def __init__(self, path: Path | None, *, read_only: bool = False, memory: int = 0) -> None:
        self.path = path
        self.location = str(path) if path else ":memory:"
        self.read_only = read_only
        if path is not None and read_only and not path.exists():
            raise StoreUnavailable(f"no embedded store at {path}: load data first (`acg import`, `acg ingest`)")
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(self.location, read_only=read_only, buffer_pool_size=memory)
            self._idle = [ladybug.Connection(self._db)]
        except RuntimeError as e:
            raise _translate(e, path, opening=True) from e
        self._pool_lock = threading.Lock()
        self._write_lock = threading.Lock()
        # Counts the write transactions ended on this object: what is kept in memory from the store
        # (graph.hierarchy) is kept while it is unchanged. Only this process can write the store (the
        # engine's lock), so nothing else changes it.
        self.generation = 0

    @contextmanager
    def _connection(self) -> Iterator[ladybug.Connection]:
        with self._pool_lock:
            conn = self._idle.pop() if self._idle else ladybug.Connection(self._db)
        try:
            yield conn
        finally:
            with self._pool_lock:
                self._idle.append(conn)

    def _execute(self, conn: ladybug.Connection, query: str, params: Mapping[str, Any] | None) -> ladybug.QueryResult:
        try:
            result = conn.execute(query, dict(params or {}))
        except RuntimeError as e:
            raise _translate(e, self.path) from e
        if isinstance(result, list):
            raise QueryInvalid("one statement at a time")
        return result

    def _run(
        self, conn: ladybug.Connection, query: str, params: Mapping[str, Any] | None = None, limit: int | None = None
    ) -> Rows:
        result = self._execute(conn, query, params)
        columns = result.get_column_names()
        rows: Rows = []
        try:
            if limit is None and result.get_num_tuples() > ARROW_FROM:
                return result.get_as_arrow(chunk_size=-1).to_pylist()  # type: ignore[no-any-return]
            while result.has_next() and (limit is None or len(rows) < limit):
                values = result.get_next()
                assert isinstance(values, list)
                rows.append(dict(zip(columns, values, strict=True)))
        except UnicodeDecodeError:
            # Some of the engine's string functions count bytes: string_split(s, '') cuts letters in two.
            raise QueryInvalid(
                "the answer holds text that is not UTF-8: a string function cut a letter of more than one byte "
                "in two (string_split with an empty separator does)"
            ) from None
        finally:
            result.close()
        return rows

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        with self._connection() as conn:
            return self._run(conn, query, params)

    def read_columns(self, query: str, params: Mapping[str, Any] | None = None) -> dict[str, list[Any]]:
        """The answer as one list per column (through Arrow; for large answers read whole: half the cost of
        a dict per row)."""
        with self._connection() as conn:
            result = self._execute(conn, query, params)
            try:
                table = result.get_as_arrow(chunk_size=-1)
            finally:
                result.close()
        return {name: table.column(name).to_pylist() for name in table.column_names}

    def read_bounded(self, query: str, params: Mapping[str, Any] | None = None, *, timeout: float, limit: int) -> Rows:
        with self._connection() as conn:
            conn.set_query_timeout(max(1, int(timeout * 1000)))
            self._run(conn, "BEGIN TRANSACTION READ ONLY")
            try:
                return self._run(conn, query, params, limit)
            except QueryInvalid as e:
                if str(e).startswith("Interrupted"):
                    raise QueryTimeout(f"the query ran past its time limit of {timeout:g} s") from e
                raise
            finally:
                # A failed statement has already ended its transaction; a successful one ends here.
                with suppress(QueryInvalid):
                    self._run(conn, "ROLLBACK")
                conn.set_query_timeout(0)

    def ensure_schema(self) -> None:
        onto = load()
        self.write([(s, {}) for s in ladybug_ddl(onto) + ladybug_migrations(onto)])

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        with self._write_lock, self._connection() as conn:
            try:
                self._run(conn, "BEGIN TRANSACTION")
                try:
                    for query, params in statements:
                        self._run(conn, query, params)
                except BaseException:
                    self._run(conn, "ROLLBACK")
                    raise
                self._run(conn, "COMMIT")
            finally:
                # Counted once the transaction has ended: a read made during it is older than the new count.
                self.generation += 1

    def load(self, nodes: Nodes, edges: Edges) -> None:
        """In one transaction; from BULK_THRESHOLD records, new rows copied in bulk."""
        size = sum(map(len, nodes.values())) + sum(map(len, edges.values()))
        self.write(self._copies(nodes, edges) if size >= BULK_THRESHOLD else self.upserts(nodes, edges))

    def _copies(self, nodes: Nodes, edges: Edges) -> Statements:
        """COPY for records whose ids are new; updates (LOAD FROM) for stored nodes; nothing for stored
        assertions. In ladybug 0.22, COPY of a row whose primary key exists crashes the process, so the ids
        present are read before the write; that is safe because one process writes at a time (the lock)."""
        onto = load()
        statements: Statements = []
        updates: Statements = []
        for label, records in nodes.items():
            present = self.stored(label, records.keys())
            new = [e for i, e in records.items() if i not in present]
            old = [e for i, e in records.items() if i in present]
            columns = node_columns(onto, label)
            if new:
                statements.append((write.copy_nodes(label), {"rows": bulk.table(columns, entity_columns(label, new))}))
            if old:
                rows = bulk.table(columns, entity_columns(label, old))
                updates.append((write.update_nodes(onto, label), {"rows": rows}))
        statements += updates
        present_edges: dict[str, set[str]] = {}
        for (p, s, o), by_id in edges.items():
            cypher = onto.predicates[p].cypher
            if cypher not in present_edges:
                present_edges[cypher] = {r["id"] for r in self.read(write.edge_ids(cypher))}
            # Stored assertions are left alone: the same id is the same statement (see write.upsert_edges).
            ids = [i for i in by_id if i not in present_edges[cypher]]
            if ids:
                values = relation_columns(onto, p, [by_id[i] for i in ids], ids)
                rows = bulk.table(edge_columns(onto, p), values, ends=True)
                statements.append((write.copy_edges(cypher, s, o), {"rows": rows}))
        return statements

    def close(self) -> None:
        with self._pool_lock:
            for conn in self._idle:
                conn.close()
            self._idle.clear()
        self._db.close()
