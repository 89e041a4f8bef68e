"""`acg store` and `acg import`: the store itself, and structured data into it."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from api.cli.common import ask, connect, store_options
from api.cli.output import FORMAT, emit_json, emit_table
from api.settings import home_layout
from graph.loader import prepare_store
from graph.queries import counts


@click.group()
def store() -> None:
    """The graph store: embedded LadybugDB by default, or Neo4j."""


@store.command()
@store_options
def start(store_spec: str | None, home: Path | None) -> None:
    """Create the store if needed and bring its schema up to date with the ontology (keeps data)."""
    s = connect(store_spec, home, read_only=False)
    try:
        prepare_store(s)
        click.echo(f"{s.engine} store ready at {s.location}")
    finally:
        s.close()


@store.command()
@store_options
@FORMAT
def status(store_spec: str | None, home: Path | None, fmt: str) -> None:
    """Which engine, where, and how many nodes and relationships of each type."""
    engine, location, found = ask(store_spec, home, lambda v: (v.engine, v.location, counts(v)))
    if fmt == "json":
        emit_json({"engine": engine, "location": location, **found})
        return
    click.echo(f"engine: {engine}\nlocation: {location}\n")
    emit_table(["nodes", "count"], sorted(found["nodes"].items()))
    click.echo()
    emit_table(["relationships", "count"], sorted(found["relationships"].items()))


@click.command("import")
@click.option("--format", "fmt", type=click.Choice(["sfm", "ttl", "jsonld", "nt", "nq", "csv", "ftm"]), required=True,
              help="sfm: Security Force Monitor's tables (a folder, the 2019 or the current format); "
                   "ttl, jsonld, nt, nq: RDF in the ontology; "
                   "csv: a folder in the CSV layout (ontology/tables.py); "
                   "ftm: FollowTheMoney JSON lines (a file, or - for stdin).")  # fmt: skip
@click.argument("path", type=click.Path(exists=True, path_type=Path, allow_dash=True))
@store_options
def import_(fmt: str, path: Path, store_spec: str | None, home: Path | None) -> None:
    """Import structured data. Every format goes through RDF in the ontology and its SHACL shapes first:
    a file (or folder) that breaks them is reported and nothing of it is loaded."""
    from ingest.structured import import_csv, import_ftm, import_rdf, import_sfm

    s = connect(store_spec, home, read_only=False)
    try:
        prepare_store(s)
        if fmt == "ftm":
            data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
            done = import_ftm(s, data, "stdin" if str(path) == "-" else path.name, home_layout(home).resolution_log)
        elif fmt == "sfm":
            done = import_sfm(s, path)
        else:
            done = import_csv(s, path) if fmt == "csv" else import_rdf(s, path, fmt)
        problems, report = done.problems, done.report
    finally:
        s.close()
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    for rejected in report.rejected:
        click.echo(f"rejected: {rejected}", err=True)
    click.echo(
        f"imported {report.entities} entities and {report.relations} relations from {path}; "
        f"{len(problems)} warnings, {len(report.rejected)} rejected"
    )
