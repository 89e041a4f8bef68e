"""`acg ingest` and `acg export`: documents into the store, the store out as RDF, CSV or a graph file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, get_args

import click

from api.cli.common import LANGUAGE, ask, connect, store_options
from api.cli.output import emit_json
from api.settings import Home, pseudonym_key, store_settings
from ontology.terms import Sensitivity


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("--title", help="Title of the document (one document; a sidecar <file>.meta.json can give it too).")
@click.option("--published", help="Date of publication, ISO 8601 (1995, 1995-07, 1995-07-13).")
@click.option("--publisher", help="Who published the documents.")
@click.option("--url", help="Where the document was published.")
@click.option("--archived-at", help="A lasting copy of the document, such as a web archive's snapshot (a URL).")
@click.option("--sensitivity", type=click.Choice(get_args(Sensitivity)),
              help="Who may read the documents' text: restricted (analysts and up), protected (admins), "
                   "public (everyone; the default).")  # fmt: skip
@click.option("--processes", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for the language analysis.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Format of the summary.")  # fmt: skip
@click.option("--quiet", is_flag=True, help="No progress bar.")
@LANGUAGE
def ingest(paths: tuple[Path, ...], store_spec: str | None, home: Path | None, title: str | None,
           published: str | None, publisher: str | None, url: str | None, archived_at: str | None,
           sensitivity: str | None, processes: int, fmt: str, quiet: bool, language: str | None) -> None:  # fmt: skip
    """Read documents (txt, md, html, pdf, docx; folders recursively), extract, resolve and load them.

    Documents already in the store (same SHA-256) are skipped, so an interrupted ingest resumes and a
    second run changes nothing. A file that cannot be read is reported with its reason and skipped; the
    exit code is then 1; so is one written in a language there is no pipeline for (`--language` reads it
    as one there is). Metadata comes from a sidecar `<file>.meta.json` (title, published, publisher,
    url, archived_at, sources, sensitivity) or from the options, which win.
    """
    from tqdm import tqdm

    from graph.loader import prepare_store
    from ingest.documents import Ingest, Summary
    from ingest.readers import given
    from nlp.pipeline import Extractor

    metadata = given(title, published, publisher, url, archived_at, prefix="--", sensitivity=sensitivity)
    settings = store_settings(store_spec, home)
    layout = Home(settings.home)
    s = connect(store_spec, home, read_only=False)
    try:
        prepare_store(s)
        run = Ingest(s, Extractor(n_process=processes), log=layout.resolution_log, archive=layout.extractions,
                     language=language)  # fmt: skip
        bar = tqdm(unit=" docs", disable=quiet or None, file=sys.stderr, dynamic_ncols=True)
        seen = [0]

        def progress(summary: Summary) -> None:
            bar.update(summary.documents - seen[0])
            seen[0] = summary.documents
            bar.set_postfix(words=summary.words, entities=summary.entities, relations=summary.relations,
                            skipped=len(summary.skipped), refresh=False)  # fmt: skip

        summary = run.run(list(paths), metadata, progress)
        bar.close()
    finally:
        s.close()
    for line in summary.skipped:
        click.echo(f"skipped: {line}", err=True)
    for line in summary.notes:
        click.echo(f"note: {line}", err=True)
    if fmt == "json":
        emit_json(summary.to_json())
    else:
        click.echo(
            f"ingested {summary.documents} documents ({summary.words} words): {summary.entities} entities, "
            f"{summary.relations} relations, {summary.merged} entities joined to ones already known; "
            f"{summary.unchanged} unchanged, {len(summary.skipped)} problems"
        )
    if summary.skipped:
        sys.exit(1)


@click.command()
@store_options
@click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt", "nq", "gexf", "graphml", "csv", "ftm"]),
              default="ttl", show_default=True,
              help="Output format (csv: a folder of files; ftm: FollowTheMoney JSON lines).")  # fmt: skip
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here (a folder for csv), not stdout.")
@click.option("--around", help="Only the entities within --depth links of this one (id or name).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 10), help="Links from --around.")
@click.option("--case", "case_ref", help="Only a case and what surrounds it (two links).")
@click.option("--include-protected", is_flag=True,
              help="Real names of protected and restricted people (victims, witnesses), not pseudonyms.")  # fmt: skip
def export(store_spec: str | None, home: Path | None, fmt: str, output: Path | None, around: str | None,
           depth: int, case_ref: str | None, include_protected: bool) -> None:  # fmt: skip
    """The graph, or part of it, as RDF in the ontology, CSV tables, FollowTheMoney, GraphML or GEXF."""
    from graph import export as exporter
    from graph.queries import resolve

    settings = store_settings(store_spec, home)

    def run(view: Any) -> int:
        centre, hops = (case_ref, 2) if case_ref else (around, depth)
        selection = exporter.Selection(
            around=resolve(view, centre)["id"] if centre else None, depth=hops,
            hidden_levels=() if include_protected else exporter.HIDDEN, pseudonym_key=pseudonym_key(settings.home),
        )  # fmt: skip
        return exporter.export(view, fmt, output, sys.stdout, selection)

    n = ask(store_spec, home, run)
    if output is not None:
        unit = (
            "rows"
            if fmt == "csv"
            else "triples"
            if fmt in exporter.RDF_FORMATS
            else "entities"
            if fmt == "ftm"
            else "items"
        )
        click.echo(f"wrote {n} {unit} "
                   f"to {output}", err=True)  # fmt: skip
