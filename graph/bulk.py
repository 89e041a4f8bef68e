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
    """An Arrow table with the columns in the table's order; relationships start with from and to (the
    rows' subject and object). Arrow reads the rows' dicts itself, as one struct array."""
    fields = [pa.field(c.name, _ARROW[c.ladybug_type]) for c in columns]
    if ends:
        fields = [pa.field("subject", pa.string()), pa.field("object", pa.string()), *fields]
    out = pa.Table.from_struct_array(pa.array(rows, type=pa.struct(fields)))
    return out.rename_columns(["from", "to", *(c.name for c in columns)]) if ends else out
