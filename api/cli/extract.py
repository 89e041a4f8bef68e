"""`acg extract`, `acg evaluate` and `acg gazetteer`: the extraction pipeline from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from api.cli.output import FORMAT, emit_json, emit_table
from ontology.errors import InvalidInput


def _files(paths: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p])
    return out


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@FORMAT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
def extract(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Entities and relations of text files (UTF-8), as the extraction JSON of DESIGN.md.

    One file gives one JSON document; several give JSON lines, one per file. A file that cannot be read
    (missing, empty, binary, not UTF-8) is reported on stderr with its reason and skipped; the exit code is
    then 1.
    """
    from nlp.pipeline import Extractor  # spaCy loads only for the commands that need it

    files = _files(paths)
    extractor = Extractor()
    failed = 0
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for path in files:
            try:
                result = extractor.extract_file(path)
            except InvalidInput as e:
                failed += 1
                click.echo(f"error: {e}", err=True)
                continue
            for problem in result.problems:
                click.echo(f"warning: {path}: {problem}", err=True)
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
@FORMAT
@click.option("--misses", is_flag=True, help="Also list what the gold set has and the extractor missed, and extras.")
def evaluate(gold: Path | None, sfm: Path | None, fmt: str, misses: bool) -> None:
    """Precision, recall and F1 of the extractor per entity type and per predicate."""
    from nlp.evaluate import evaluate_gold, evaluate_sfm
    from nlp.pipeline import Extractor

    if gold is None and sfm is None:
        raise InvalidInput("evaluate: give --gold DIR, --sfm DIR or both")
    extractor = Extractor()
    report: dict[str, object] = {}
    headers = ["", "precision", "recall", "f1", "tp", "fp", "fn"]
    if gold is not None:
        entities, relations, missed = evaluate_gold(extractor, gold)
        report["gold"] = {"entities": entities.to_json(), "relations": relations.to_json()}
        if misses:
            report["gold"]["misses"] = missed  # type: ignore[index]
        if fmt == "table":
            click.echo(f"{gold}: entities")
            emit_table(headers, entities.table())
            click.echo(f"\n{gold}: relations")
            emit_table(headers, relations.table())
            for name, items in missed.items() if misses else ():
                for item in items:
                    click.echo(f"  {name}: {item}")
    if sfm is not None:
        found = evaluate_sfm(extractor, sfm)
        report["sfm"] = found.to_json()
        if fmt == "table":
            click.echo(f"\n{sfm}: Security Force Monitor's annotations")
            emit_table(headers, found.table())
            click.echo(f"mention recall: {found.notes['mention recall']}")
    if fmt == "json":
        emit_json(report)


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
