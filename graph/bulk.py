"""Rows to Arrow tables for LadybugDB's COPY, typed by the schema derived from the ontology."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from graph.cypher.ddl import Column

_ARROW = {
    "STRING": pa.string(),
    "STRING[]": pa.list_(pa.string()),
    "DOUBLE": pa.float64(),
    "INT64": pa.int64(),
    "BOOLEAN": pa.bool_(),
}


def table(columns: tuple[Column, ...], rows: list[dict[str, Any]], ends: bool = False) -> pa.Table:
    """An Arrow table with the columns in the table's order; relationships start with from and to."""
    arrays: dict[str, pa.Array] = {}
    if ends:
        arrays["from"] = pa.array([r["subject"] for r in rows], pa.string())
        arrays["to"] = pa.array([r["object"] for r in rows], pa.string())
    for c in columns:
        arrays[c.name] = pa.array([r.get(c.name) for r in rows], _ARROW[c.ladybug_type])
    return pa.table(arrays)
