"""`acg chain`, `acg subordinates`, `acg query`: questions to the store, read-only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from api.cli.common import ask, store_options
from api.cli.output import FORMAT, emit_json, emit_table
from api.settings import store_settings
from graph import queries
from graph.answers import ChainAnswer, Reached, SubordinatesAnswer
from graph.connect import embedded_path
from graph.isolated import MEGABYTE, Bounds, Isolated, encode_answer
from ontology.errors import InvalidInput

AT = click.option(
    "--at", default=None, help="ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): the hierarchy as it stood then."
)


def _via(path: list[dict[str, Any]]) -> str:
    return " > ".join(step["predicate"] for step in path)


def _hierarchy(answer: ChainAnswer | SubordinatesAnswer, key: str, reached: list[Reached], fmt: str) -> None:
    if fmt == "json":
        emit_json(answer)
        return
    subject = answer["subject"]
    click.echo(
        f"{key} of {subject['name']} ({subject['type']}, {subject['id']})"
        + (f" at {answer['at']}" if answer["at"] else "")
    )
    headers = ["distance", "name", "type", "from", "to", "cited", "status", "why", "via"]
    rows = [
        (
            e["distance"],
            e["name"],
            e["type"],
            e["valid_from"] or "?",
            e["valid_to"] or "?",
            _cited(e["path"][-1]) if e["path"] else "",
            e.get("status", ""),
            e.get("reason", ""),
            _via(e["path"]),
        )
        for e in reached
    ]
    emit_table(headers, rows)


def _cited(step: dict[str, Any]) -> str:
    """The cited window of the last link (first and last cited: not its start and end, SFM's handbook)."""
    first, last = step.get("first_cited"), step.get("last_cited")
    if not (first or last):
        return ""
    return str(first) if first == last or not last else f"{first or '?'} - {last}"


ALL = click.option(
    "--all",
    "everyone",
    is_flag=True,
    help="With --at: also commanders superseded by then (a successor cited before it).",
)


@click.command()
@click.argument("name")
@AT
@ALL
@FORMAT
@store_options
def chain(name: str, at: str | None, everyone: bool, fmt: str, store_spec: str | None, home: Path | None) -> None:
    """Superiors of a person or unit (by id, name or alias), nearest first. With --at, each is attested (its
    known or cited period holds the date), likely (the commander cited last before it, nobody cited
    since; the reason is given) or possible; commanders superseded by then are left out unless --all."""
    answer = ask(store_spec, home, lambda v: queries.chain(v, name, at, include_superseded=everyone))
    _hierarchy(answer, "superiors", answer["superiors"], fmt)


@click.command()
@click.argument("name")
@AT
@ALL
@FORMAT
@store_options
def subordinates(
    name: str, at: str | None, everyone: bool, fmt: str, store_spec: str | None, home: Path | None
) -> None:
    """Units and people below a person or unit (by id, name or alias), nearest first; statuses as in chain."""
    answer = ask(store_spec, home, lambda v: queries.subordinates(v, name, at, include_superseded=everyone))
    _hierarchy(answer, "subordinates", answer["subordinates"], fmt)


def _param(text: str) -> tuple[str, Any]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise InvalidInput(f"--param {text!r}: expected NAME=VALUE")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


@click.command()
@click.argument("cypher")
@click.option(
    "--param", "params", multiple=True, help="NAME=VALUE (VALUE as JSON if it parses, else text); repeatable."
)
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(1), help="Most rows to print.")
@click.option("--timeout", default=0.0, show_default=True, type=click.FloatRange(0),
              help="Seconds the query may run (0: no limit).")  # fmt: skip
@click.option("--memory", default=4096, show_default=True, type=click.IntRange(256),
              help="Megabytes the query may use on the embedded store (past it, it is stopped).")  # fmt: skip
@FORMAT
@store_options
def query(
    cypher: str, params: tuple[str, ...], limit: int, timeout: float, memory: int, fmt: str,
    store_spec: str | None, home: Path | None,
) -> None:  # fmt: skip
    """Run one read-only Cypher statement (in a read-only transaction; on the embedded store in a process
    of its own, so an engine crash is an error message, not a crash of this command)."""
    values = dict(_param(p) for p in params)
    settings = store_settings(store_spec, home)
    if settings.store == "embedded":
        bounds = Bounds(seconds=timeout, memory=memory * MEGABYTE, answer_bytes=1 << 40)
        isolated = Isolated(bounds)
        try:
            isolated.open_path("store", embedded_path(settings.home))
            answer = json.loads(isolated.query("store", cypher, values, limit)[1])
        finally:
            isolated.close()
    else:
        rows = ask(
            store_spec, home, lambda v: v.read_bounded(cypher, values, timeout=timeout or 86400.0, limit=limit + 1)
        )
        answer = json.loads(encode_answer(rows, limit, 1 << 40)[1])
    shown = answer["rows"]
    if fmt == "json":
        emit_json(shown)
    elif shown:
        emit_table(
            answer["columns"],
            [
                [json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v for v in r.values()]
                for r in shown
            ],
        )
    if answer["truncated"]:
        click.echo(f"(more rows not shown; raise --limit above {limit})", err=True)
