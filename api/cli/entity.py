"""`acg entity merge|split|history`: who is who, corrected by hand, each change kept in the resolution
log with who, when and why (ingest.corrections)."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path
from typing import Any

import click

from api.cli.common import ask, connect, store_options
from api.cli.output import FORMAT, emit_json, emit_table
from api.settings import home_layout
from graph import queries
from graph.store import Store
from ingest import corrections
from ingest.resolve import history, read_log
from ontology.errors import InvalidInput, NotFound

WHO = click.option("--by", "who", default=None, help="Who makes the change (default: the system user).")
REASON = click.option("--reason", required=True, help="Why: kept in the resolution log with the change.")


def _log(home: Path | None) -> Path:
    return home_layout(home).resolution_log


def _document_id(given: str) -> str:
    """A document as the evidence names it: sha256:<hex>, from that, from the bare hex, or from the file."""
    text = given.removeprefix("sha256:").lower()
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return f"sha256:{text}"
    path = Path(given)
    if path.is_file():
        return f"sha256:{hashlib.sha256(path.read_bytes()).hexdigest()}"
    raise InvalidInput(f"--document: {given!r} is neither a document's SHA-256 nor a readable file")


def _change(store_spec: str | None, home: Path | None, work: Any) -> dict[str, Any]:
    s: Store = connect(store_spec, home, read_only=False)
    try:
        entry: dict[str, Any] = work(s)
        return entry
    finally:
        s.close()


@click.group()
def entity() -> None:
    """Merge two entities that are one, undo a merge, split off what a document said of someone else."""


@entity.command()
@click.argument("source")
@click.argument("target")
@REASON
@WHO
@store_options
def merge(source: str, target: str, reason: str, who: str | None, store_spec: str | None, home: Path | None) -> None:
    """SOURCE and TARGET (ids, names or aliases) are one entity: SOURCE's assertions move to TARGET,
    its names become TARGET's aliases, and SOURCE goes. Undo with `acg entity split TARGET --undo CHANGE`."""
    by = who or getpass.getuser()
    entry = _change(store_spec, home, lambda s: corrections.merge(s, _log(home), source, target, by, reason))
    loops = f"; {entry['self_links']} now link {entry['into']} to itself: review them" if entry["self_links"] else ""
    click.echo(f"{entry['change']}: merged {entry['entity']} into {entry['into']}, "
               f"{len(entry['moved'])} assertions moved{loops}")  # fmt: skip


@entity.command()
@click.argument("entity_ref", metavar="ENTITY")
@click.option("--undo", "undo", metavar="CHANGE", help="Undo this merge into ENTITY (see `acg entity history`).")
@click.option("--document", metavar="SHA256|FILE", help="Split off what this document says of ENTITY.")
@click.option("--name", default=None, help="The name of the entity split off (default: as the document wrote it).")
@REASON
@WHO
@store_options
def split(
    entity_ref: str, undo: str | None, document: str | None, name: str | None, reason: str, who: str | None,
    store_spec: str | None, home: Path | None,
) -> None:  # fmt: skip
    """Undo a merge into ENTITY (--undo), or split off what one document says of ENTITY when the
    resolution joined someone else to it (--document)."""
    if (undo is None) == (document is None):
        raise InvalidInput("split: give either --undo CHANGE or --document SHA256|FILE")
    by, log = who or getpass.getuser(), _log(home)
    if undo is not None:
        entry = _change(store_spec, home, lambda s: corrections.undo_merge(s, log, entity_ref, undo, by, reason))
        click.echo(f"{entry['change']}: {entry['entity']} is back, with {entry['restored']} assertions")
        return
    doc = _document_id(str(document))
    entry = _change(store_spec, home,
                    lambda s: corrections.split_document(s, log, entity_ref, doc, by, reason, name,
                                                         home_layout(home).extractions))  # fmt: skip
    click.echo(f"{entry['change']}: split {entry['new']} ({entry['name']}) off {entry['entity']}: "
               f"{len(entry['moved'])} assertions moved, {len(entry['divided'])} divided")  # fmt: skip
    for holder, verb, values in ((entry["new"], "takes what the document said", entry["attributes_said"]),
                               (entry["entity"], "takes back", entry["attributes_restored"])):  # fmt: skip
        if values:
            click.echo(f"{holder} {verb}: " + ", ".join(f"{k} {v!r}" for k, v in sorted(values.items())))


@entity.command("history")
@click.argument("entity_ref")
@store_options
@FORMAT
def history_(entity_ref: str, store_spec: str | None, home: Path | None, fmt: str) -> None:
    """What the resolution log says of an entity (by id, name or alias): the mentions joined to it, and
    why; merges and splits. An id the store no longer has (merged away) is read as given."""
    try:
        entity_id = str(ask(store_spec, home, lambda v: queries.find_entity(v, entity_ref))["id"])
    except NotFound:
        entity_id = entity_ref
    found = history(read_log(_log(home)), entity_id)
    if fmt == "json":
        emit_json(found)
        return
    rows = []
    for e in found:
        if "action" in e:
            rows.append((e["at"], e["action"], e["change"], f"{e['reason']} (by {e['who']})"))
        else:
            rows.append(("", "joined" if e["canonical"] == entity_id else "?", e["document"][:19],
                         f"{e['name']!r}: {e['reason']}"))  # fmt: skip
    emit_table(["at", "what", "document or change", "why"], rows)
