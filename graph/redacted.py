"""The store as seen by a caller who may not see some people: a copy for their raw Cypher.

Redacting a raw query's answer by value cannot be complete: `substring(p.name,
0, 4)`, `p.description` or a filter such as `WHERE p.name STARTS WITH 'Am'`
tell about a hidden person without ever returning the name whole. So a
caller's raw query runs on a copy of the store in which hidden people are
already what every other answer shows: a pseudonym as id, name and key, no
aliases or attributes but their sensitivity, and assertions about them without
quoted text (graph.protect, the same records an export gives them). Whatever
the query computes, it computes from that.

The copy lives in memory only (nothing pseudonymised or not is written to
disk twice), in a buffer pool of a bounded size that also bounds most of what
an analyst's query may build, and is made with the loader, from the export's records, in
batches so that memory holds one batch of records at a time beside the copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from graph import export
from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.store import StoreView
from ontology.errors import QueryInvalid, StoreUnavailable

BATCH = 50_000
T = TypeVar("T")


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, BATCH)):
        yield batch


def redacted_copy(view: StoreView, levels: tuple[str, ...], key: bytes, memory: int = 0) -> LadybugStore:
    """An in-memory store holding what `view` holds, with the people hidden at `levels` pseudonymised
    under `key`; the copy and the queries run on it share `memory` bytes (0: no bound of ours)."""
    copy = LadybugStore(None, memory=memory)
    try:
        prepare_store(copy)
        entities, relations = export.records(view, export.Selection(hidden_levels=levels, pseudonym_key=key))
        rejected: list[str] = []
        for ents in _batches(entities):
            rejected += load_records(copy, ents, []).rejected
        for rels in _batches(relations):
            rejected += load_records(copy, [], rels).rejected
    except QueryInvalid as e:
        copy.close()
        raise StoreUnavailable(f"the redacted copy for raw Cypher does not fit: {e} (see --cypher-memory)") from e
    except BaseException:
        copy.close()
        raise
    if rejected:
        copy.close()
        # Records read from a valid store are valid: anything else is a bug to see, not to hide.
        raise StoreUnavailable(f"the redacted copy for raw Cypher refused {len(rejected)} records: {rejected[0]}")
    return copy
