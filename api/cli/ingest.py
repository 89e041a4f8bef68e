"""`acg ingest` and `acg export`: documents into the store, the store out as RDF, CSV or a graph file."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, get_args

import click

from api.cli.common import LANGUAGE, ask, connect, store_options
from api.cli.output import emit_json
from api.settings import Home, pseudonym_key, store_settings
from ontology.errors import InvalidInput
from ontology.terms import Sensitivity


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_options
@click.option("--from-extractions", "extractions", type=click.Path(exists=True, allow_dash=True, path_type=Path),
              help="Load the JSON lines `acg extract` wrote (a file, a folder of .jsonl files such as "
                   "`acg extract --cluster` fills, or - for stdin) instead of reading documents: the "
                   "extraction is done elsewhere, the loading here, once.")  # fmt: skip
@click.option("--documents", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="With --from-extractions: the folder of the documents themselves, found by SHA-256, for "
                   "passages and page numbers.")  # fmt: skip
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
def ingest(paths: tuple[Path, ...], store_spec: str | None, home: Path | None, extractions: Path | None,
           documents: Path | None, title: str | None,
           published: str | None, publisher: str | None, url: str | None, archived_at: str | None,
           sensitivity: str | None, processes: int, fmt: str, quiet: bool, language: str | None) -> None:  # fmt: skip
    """Read documents (txt, md, html, pdf, docx; folders recursively), extract, resolve and load them.

    Documents already in the store (same SHA-256) are skipped, so an interrupted ingest resumes and a
    second run changes nothing. A file that cannot be read is reported with its reason and skipped; the
    exit code is then 1; so is one written in a language there is no pipeline for (`--language` reads it
    as one there is). Metadata comes from a sidecar `<file>.meta.json` (title, published, publisher,
    url, archived_at, sources, sensitivity) or from the options, which win.

    With --from-extractions, the extractions `acg extract` wrote (on other machines, by a cluster's
    workers) are resolved and loaded as a plain ingest of the same documents would load them; a bad line
    is reported (file:line: reason) and the rest goes in.
    """
    from tqdm import tqdm

    from graph.loader import prepare_store
    from ingest.documents import Ingest, Summary
    from ingest.readers import given
    from nlp.pipeline import Extractor

    metadata = given(title, published, publisher, url, archived_at, prefix="--", sensitivity=sensitivity)
    _check_sources(paths, extractions, documents, metadata, language)
    settings = store_settings(store_spec, home)
    layout = Home(settings.home)
    s = connect(store_spec, home, read_only=False)
    try:
        prepare_store(s)
        extractor = None if extractions is not None else Extractor(n_process=processes)
        run = Ingest(s, extractor, log=layout.resolution_log, archive=layout.extractions, language=language)
        bar = tqdm(unit=" docs", disable=quiet or None, file=sys.stderr, dynamic_ncols=True)
        seen = [0]

        def progress(summary: Summary) -> None:
            bar.update(summary.documents - seen[0])
            seen[0] = summary.documents
            bar.set_postfix(words=summary.words, entities=summary.entities, relations=summary.relations,
                            skipped=len(summary.skipped), refresh=False)  # fmt: skip

        if extractions is not None:
            summary = run.run_extractions(_extraction_files(extractions), documents, progress)
        else:
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
            f"ingested {_n(summary.documents, 'document')} ({_n(summary.words, 'word')}): "
            f"{_n(summary.entities, 'entity', 'entities')}, {_n(summary.relations, 'relation')}, "
            f"{_n(summary.merged, 'entity', 'entities')} joined to ones already known; "
            f"{summary.unchanged} unchanged, {_n(len(summary.skipped), 'problem')}"
        )
        if summary.reread:
            click.echo(
                f"read again by this version of the extractor: {summary.reread} of the documents; "
                f"{summary.withdrawn} assertions of their earlier readings withdrawn, "
                f"{summary.reviewed_kept} a reviewer had judged kept"
            )
    if summary.skipped:
        sys.exit(1)


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def _extraction_files(given: Path) -> Iterator[tuple[str, Iterable[str | bytes]]]:
    """(name, lines) of each file of extractions: stdin for -, the .jsonl files of a folder in order. Lines
    are bytes: one that is not UTF-8 is reported with its number, as any other bad line."""
    if str(given) == "-":
        yield "<stdin>", sys.stdin.buffer
        return
    for path in sorted(given.glob("*.jsonl")) if given.is_dir() else [given]:
        with path.open("rb") as f:
            yield str(path), f


def _check_sources(paths: tuple[Path, ...], extractions: Path | None, documents: Path | None,
                   metadata: dict[str, Any], language: str | None) -> None:  # fmt: skip
    """Documents or extractions, one of the two; with extractions, what only documents take is an error."""
    if extractions is None:
        if not paths:
            raise InvalidInput("ingest: give documents (PATHS) or --from-extractions FILE")
        if documents is not None:
            raise InvalidInput("--documents: only with --from-extractions")
        return
    if paths:
        raise InvalidInput("--from-extractions: the documents come from the extractions; give no PATHS")
    given = [f"--{k.replace('_', '-')}" for k in metadata] + (["--language"] if language else [])
    if given:
        raise InvalidInput(f"{given[0]}: not with --from-extractions (the extractions say it of each document)")


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
    from graph.queries import find_entity

    settings = store_settings(store_spec, home)

    def run(view: Any) -> int:
        centre, hops = (case_ref, 2) if case_ref else (around, depth)
        selection = exporter.Selection(
            around=find_entity(view, centre)["id"] if centre else None, depth=hops,
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
