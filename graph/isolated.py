"""Untrusted Cypher on the embedded engine, in a process of its own.

The engine runs inside the process that calls it, and some queries crash it
(`substring('abc', 1, -2)` is a segmentation fault in LadybugDB 0.22) or
build answers larger than the machine (`range(1, 100000000)` turned into
Python). So raw Cypher never runs in the server or the CLI: it runs in a
worker process that holds the store it queries (the store on disk opened
read-only, or an in-memory copy of the records it is sent), answers with
JSON bytes of a bounded size, and is watched from outside:

- past its time (the engine's own limit, then a grace) it is killed: QueryTimeout;
- past its resident memory it is killed: QueryCrashed, saying so;
- a crash (a signal, an exit) is QueryCrashed naming the signal.

In every case the caller goes on, and the next query starts a new worker
(which must be sent its copies again). Engine errors come back as the
project's errors, with the engine's words.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from ontology import errors
from ontology.errors import AcgError, QueryCrashed, QueryInvalid, QueryTimeout, StoreUnavailable
from ontology.records import Entity, Relation

MEGABYTE = 1024 * 1024
# Records sent to the worker in one message while it builds a copy.
BATCH = 20_000
# How often the watcher looks at the worker (seconds).
_TICK = 0.02
T = TypeVar("T")
Records = Callable[[], tuple[Iterable[Entity], Iterable[Relation]]]


@dataclass(frozen=True)
class Bounds:
    """What one worker may take: `seconds` per query (0: no limit), resident `memory` in bytes for the
    whole process (its stores and what queries build), `answer_bytes` of JSON per answer."""

    seconds: float = 10.0
    memory: int = 2048 * MEGABYTE
    answer_bytes: int = 16 * MEGABYTE

    @property
    def buffer_pool(self) -> int:
        # The engine's pool holds an in-memory copy and most of what a query builds; the rest of the
        # process (Python, the answer being encoded) gets the remaining quarter.
        return self.memory * 3 // 4


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, BATCH)):
        yield batch


def _rss(pid: int) -> int:
    """Resident bytes of process `pid` (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


class Isolated:
    """One worker process for untrusted Cypher, started on first use, one request at a time.

    Stores in the worker are named by a key the caller chooses: `open_path` opens a store on disk
    read-only, `ensure_copy` fills an in-memory one from records (once per key, until `forget`).
    """

    def __init__(self, bounds: Bounds) -> None:
        self.bounds = bounds
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._keys: set[Any] = set()

    # -- what the worker holds -----------------------------------------------------------------

    def open_path(self, key: Any, path: Path) -> None:
        with self._lock:
            if key not in self._keys:
                self._call(("open", key, str(path)), self.bounds.seconds)
                self._keys.add(key)

    def ensure_copy(self, key: Any, records: Records) -> None:
        """A copy under `key`, made from `records()` unless the worker already holds it."""
        with self._lock:
            self._ensure_copy(key, records)

    def _ensure_copy(self, key: Any, records: Records) -> None:
        """ensure_copy, holding the lock."""
        if key in self._keys:
            return
        try:
            self._call(("copy", key), 0)
            entities, relations = records()
            for ents in _batches(entities):
                self._call(("load", key, ents, []), 0)
            for rels in _batches(relations):
                self._call(("load", key, [], rels), 0)
        except QueryCrashed as e:
            raise StoreUnavailable(f"the copy of the store for raw Cypher does not fit: {e}") from None
        except BaseException:
            self._call_quietly(("drop", [key]))
            raise
        self._keys.add(key)

    def forget(self, keep: Callable[[Any], bool] = lambda key: False) -> None:
        """Drop the stores the worker holds but those whose key `keep` accepts (the others came from a
        store that has changed since)."""
        with self._lock:
            gone = [k for k in self._keys if not keep(k)]
            if gone:
                self._call_quietly(("drop", gone))
                self._keys.difference_update(gone)

    # -- queries ---------------------------------------------------------------------------------

    def query(
        self, key: Any, text: str, params: dict[str, Any], limit: int, records: Records | None = None
    ) -> tuple[int, bytes]:
        """How many rows, and the JSON bytes of `{"columns": [...], "truncated": bool, "rows": [...]}`, of
        `text` run on the store under `key` in a read-only transaction, at most `limit` rows. With
        `records`, the copy under `key` is made first if the worker lacks it, under the same lock, so that
        no `forget` from another request can fall between the two."""
        with self._lock:
            if records is not None:
                self._ensure_copy(key, records)
            if key not in self._keys:
                raise StoreUnavailable("no store is open for this query (a bug: ensure_copy or open_path first)")
            seconds = self.bounds.seconds
            # The engine stops itself at `seconds`; encoding the answer is bounded by its size. The grace
            # covers both before the worker is killed.
            wait = seconds + max(5.0, seconds) if seconds else 0
            count, answer = self._call(("query", key, text, params, seconds, limit, self.bounds.answer_bytes), wait)
            return int(count), bytes(answer)

    def close(self) -> None:
        with self._lock:
            self._stop()

    # -- the worker ------------------------------------------------------------------------------

    def _start(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.poll() is None:
            return self._conn
        self._stop()
        ours, theirs = socket.socketpair()
        # A fresh interpreter running this module (not a fork of a server with threads and an open store).
        process = subprocess.Popen(
            [sys.executable, "-m", "graph.isolated", str(theirs.fileno()), str(self.bounds.buffer_pool)],
            pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL,
        )  # fmt: skip
        theirs.close()
        self._process, self._conn = process, Connection(ours.detach())
        return self._conn

    def _stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait(5)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None
        self._keys.clear()

    def _call_quietly(self, message: tuple[Any, ...]) -> None:
        if self._process is None or self._process.poll() is not None:
            return  # a new worker holds nothing to drop
        with contextlib.suppress(AcgError):
            self._call(message, self.bounds.seconds)

    def _call(self, message: tuple[Any, ...], seconds: float) -> Any:
        """Send `message`, wait for the answer while watching the worker; raise what it raised, or why it
        was stopped."""
        conn = self._start()
        process = self._process
        assert process is not None
        try:
            conn.send(message)
        except (BrokenPipeError, OSError):
            self._stop()
            raise QueryInvalid("the query process had ended; try again") from None
        deadline = time.monotonic() + seconds if seconds else None
        while not conn.poll(_TICK):
            if process.poll() is not None:
                return self._died(process)
            if _rss(process.pid) > self.bounds.memory:
                self._stop()
                raise QueryCrashed(
                    f"the query needed more memory than the {self.bounds.memory // MEGABYTE} MB it may use, and was "
                    "stopped"
                )
            if deadline is not None and time.monotonic() > deadline:
                self._stop()
                raise QueryTimeout(f"the query ran past its time limit of {seconds:g} s, and was stopped")
        try:
            status, *payload = conn.recv()
        except (EOFError, OSError):
            return self._died(process)
        if status == "ok":
            return payload[0]
        name, text = payload
        error = getattr(errors, name, None)
        raise (error if isinstance(error, type) and issubclass(error, AcgError) else QueryInvalid)(text)

    def _died(self, process: subprocess.Popen[bytes]) -> Any:
        code = process.wait(5)
        self._stop()
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
            raise QueryCrashed(f"the engine crashed on this query ({how}); nothing else was affected")
        raise QueryCrashed(f"the query process ended on this query (exit code {code}); nothing else was affected")


# -- inside the worker process ----------------------------------------------------------------------


def _serve(conn: Connection, buffer_pool: int) -> None:
    """The worker's loop: one message, one answer, until the pipe closes."""
    from graph.ladybug_store import LadybugStore
    from graph.loader import load_records, prepare_store

    stores: dict[Any, LadybugStore] = {}
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind, *args = message
        try:
            if kind == "open":
                key, path = args
                stores[key] = LadybugStore(Path(path), read_only=True, memory=buffer_pool)
                answer: Any = None
            elif kind == "copy":
                (key,) = args
                copy = stores[key] = LadybugStore(None, memory=buffer_pool)
                prepare_store(copy)
                answer = None
            elif kind == "load":
                key, ents, rels = args
                rejected = load_records(stores[key], ents, rels).rejected
                if rejected:
                    # Records read from a valid store are valid: anything else is a bug to see, not to hide.
                    raise StoreUnavailable(f"the copy refused {len(rejected)} records: {rejected[0]}")
                answer = None
            elif kind == "drop":
                (keys,) = args
                for k in keys:
                    if k in stores:
                        stores.pop(k).close()
                answer = None
            elif kind == "query":
                key, text, params, seconds, limit, answer_bytes = args
                rows = stores[key].read_bounded(text, params, timeout=seconds or 86400.0, limit=limit + 1)
                answer = encode_answer(rows, limit, answer_bytes)
            else:
                raise QueryInvalid(f"unknown message {kind!r}")
        except AcgError as e:
            conn.send(("error", type(e).__name__, str(e)))
        except MemoryError:
            conn.send(("error", "QueryInvalid", "the query needed more memory than it may use"))
        except Exception as e:  # the engine's own errors, with its words
            conn.send(("error", "QueryInvalid", str(e).splitlines()[0] if str(e) else type(e).__name__))
        else:
            conn.send(("ok", answer))


def encode_answer(rows: list[dict[str, Any]], limit: int, most: int) -> tuple[int, bytes]:
    """`rows` (of which `limit` are kept) as the JSON bytes of `{"columns", "truncated", "rows"}`, with
    the count kept; QueryInvalid once the JSON passes `most` bytes, before it is all built."""
    kept = rows[:limit]
    parts: list[bytes] = []
    size = 0
    encoder = json.JSONEncoder(ensure_ascii=False, default=str)
    for row in kept:
        for chunk in encoder.iterencode(row):
            size += len(chunk)
            if size > most:
                raise QueryInvalid(
                    f"the answer is over {most // MEGABYTE} MB of JSON: return fewer or smaller values (LIMIT, "
                    "a count, a slice)"
                )
            parts.append(chunk.encode())
        parts.append(b",")
    head = json.dumps({"columns": list(rows[0]) if rows else [], "truncated": len(rows) > limit}).encode()
    return len(kept), head[:-1] + b', "rows": [' + b"".join(parts[:-1]) + b"]}"


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])), int(sys.argv[2]))
