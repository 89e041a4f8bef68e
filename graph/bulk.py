"""Columns to Arrow tables for LadybugDB's COPY, typed by the schema derived from the ontology."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from graph.columns import Column

_ARROW = {
    "STRING": pa.string(),
    "STRING[]": pa.list_(pa.string()),
    "DOUBLE": pa.float64(),
    "INT64": pa.int64(),
    "BOOLEAN": pa.bool_(),
}


def table(columns: tuple[Column, ...], values: dict[str, list[Any]], ends: bool = False) -> pa.Table:
    """An Arrow table with the columns in the table's order, from one list per column (graph.rows);
    relationships start with from and to (the columns `subject` and `object`)."""
    arrays = [pa.array(values[c.name], type=_ARROW[c.ladybug_type]) for c in columns]
    names = [c.name for c in columns]
    if ends:
        arrays = [pa.array(values["subject"], type=pa.string()), pa.array(values["object"], type=pa.string()), *arrays]
        names = ["from", "to", *names]
    return pa.Table.from_arrays(arrays, names=names)
