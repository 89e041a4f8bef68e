"""`acg extract`, `acg evaluate` and `acg gazetteer`: the extraction pipeline from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from api.cli.common import LANGUAGE
from api.cli.output import FORMAT, emit_json, emit_table
from ontology.errors import InvalidInput

if TYPE_CHECKING:
    from nlp.evaluate import Folds, Score, Split

DEFAULT_FOLDS = Path("tests/folds.toml")


def _files(paths: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p])
    return out


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@FORMAT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@LANGUAGE
def extract(paths: tuple[Path, ...], fmt: str, output: Path | None, language: str | None) -> None:
    """Entities and relations of text files (UTF-8), as the extraction JSON of DESIGN.md.

    One file gives one JSON document; several give JSON lines, one per file. A file that cannot be read
    (missing, empty, binary, not UTF-8), or is written in a language there is no pipeline for, is reported
    on stderr with its reason and skipped; the exit code is then 1.
    """
    from nlp.pipeline import Extractor  # spaCy loads only for the commands that need it

    files = _files(paths)
    extractor = Extractor()
    failed = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for path in files:
            try:
                result = extractor.extract_file(path, language)
            except InvalidInput as e:
                failed += 1
                click.echo(f"error: {e}", err=True)
                continue
            if result.refused is not None:
                failed += 1
                click.echo(f"error: {path}: {result.refused}; --language en reads it as English anyway", err=True)
                continue
            for problem in result.problems:
                click.echo(f"warning: {path}: {problem}", err=True)
            for note in result.notes:
                click.echo(f"note: {path}: {note}", err=True)
            data = result.to_json()
            if fmt == "json":
                text = json.dumps(data, ensure_ascii=False, indent=2 if len(files) == 1 else None)
                out.write(text + "\n")
                continue
            names = {e["id"]: e["name"] for e in data["entities"]}
            click.echo(f"{path}: {len(data['entities'])} entities, {len(data['relations'])} relations", file=out)
            emit_table(["type", "name", "attributes", "mentions"],
                       [[e["type"], e["name"], json.dumps(e["attributes"], ensure_ascii=False), len(e["mentions"])]
                        for e in data["entities"]])  # fmt: skip
            emit_table(["subject", "predicate", "object", "from", "to", "confidence"],
                       [[names[r["subject"]], r["predicate"], names[r["object"]], r["valid_from"], r["valid_to"],
                         r["confidence"]] for r in data["relations"]])  # fmt: skip
    finally:
        if output:
            out.close()
    if failed:
        raise click.exceptions.Exit(1)


@click.command()
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A gold set: NAME.txt with NAME.gold.json.")  # fmt: skip
@click.option("--sfm", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Security Force Monitor's BRAT annotations (.txt, .ann).")  # fmt: skip
@click.option("--folds", "folds_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_FOLDS,
              show_default=True, help="TOML manifest of the folds: per set (its folder's name) the fold count, "
              "the held-out folds and the documents already seen. Without it nothing is held out.")  # fmt: skip
@FORMAT
@click.option("--misses", is_flag=True, help="Also list what the extractor missed or added (never for held-out "
              "documents).")  # fmt: skip
def evaluate(gold: Path | None, sfm: Path | None, folds_path: Path, fmt: str, misses: bool) -> None:
    """Precision, recall and F1 of the extractor per entity type and per predicate: over the whole set, over the
    held-out documents (those no rule was written from), and the F1 of each fold."""
    from nlp.evaluate import Folds, score_gold, score_sfm, split
    from nlp.pipeline import Extractor

    if gold is None and sfm is None:
        raise InvalidInput("evaluate: give --gold DIR, --sfm DIR or both")
    extractor = Extractor()
    report: dict[str, object] = {}
    for folder, score, micro in ((gold, score_gold, True), (sfm, score_sfm, False)):
        if folder is None:
            continue
        folds = Folds.read(folds_path, folder.name) if folds_path.is_file() else Folds()
        result = split(score(extractor, folder), folds, micro=micro)
        report[folder.name] = result.to_json() | ({"misses": result.misses} if misses else {})
        if fmt == "table":
            _print_split(folder, result, folds, misses)
    if fmt == "json":
        emit_json(report)


def _f1(score: Score | None) -> str:
    return "-" if score is None or not (score.tp or score.fp or score.fn) else f"{score.f1:.3f}"


def _print_split(folder: Path, result: Split, folds: Folds, misses: bool) -> None:
    headers = ["", "precision", "recall", "f1", "tp", "fp", "fn"]
    held = sorted(folds.held_out)
    for table, whole in result.whole.items():
        click.echo(f"\n{folder}: {table}, whole set")
        emit_table(headers, whole.table())
        if result.held_out_documents:
            click.echo(f"{folder}: {table}, held out (folds {held}: {result.held_out_documents} documents)")
            emit_table(headers, result.held_out[table].table())
        columns = ["all (micro)"] if "all (micro)" in whole.rows else list(whole.rows)
        rows = [[f"fold {k}{' (held out)' if k in held else ''}", result.fold_sizes[k],
                 *(_f1(f[table].rows.get(c)) for c in columns)] for k, f in enumerate(result.folds)]  # fmt: skip
        click.echo(f"{folder}: {table}, F1 per fold")
        emit_table(["", "documents", *columns], rows)
        if "mention recall" in whole.notes:
            click.echo(f"mention recall: {whole.notes['mention recall']}")
    if not result.held_out_documents:
        click.echo(f"{folder}: no held-out documents (see --folds)")
    for name, items in result.misses.items() if misses else ():
        for item in items:
            click.echo(f"  {name}: {item}")


@click.command()
@click.option("--sfm", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Security Force Monitor's tables.")  # fmt: skip
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Default: nlp/data/gazetteer.tsv."
)
def gazetteer(sfm: Path, output: Path | None) -> None:
    """Rebuild the extractor's gazetteer (unit and place names) from structured data."""
    from importlib import resources

    from ingest.gazetteer import build

    target = output or Path(str(resources.files("nlp").joinpath("data/gazetteer.tsv")))
    click.echo(f"{build(sfm, target)} names written to {target}")
