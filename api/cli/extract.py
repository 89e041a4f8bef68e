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
    from ingest.chains import Tally
    from nlp.evaluate import Folds, Score, Split
    from nlp.pipeline import Extractor

DEFAULT_FOLDS = Path("tests/folds.toml")


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@FORMAT
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@LANGUAGE
@click.option("--cluster", metavar="ADDRESS", help="Extract on the Dask scheduler at ADDRESS (tcp://host:8786), "
              "a JSON-lines file per partition of the documents into --out.")  # fmt: skip
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="With --cluster: the folder of the partitions' files (a partition with its file there is "
                   "not done again).")  # fmt: skip
@click.option("--partition-size", default=50, show_default=True, type=click.IntRange(1, 100_000),
              help="With --cluster: documents per partition.")  # fmt: skip
def extract(paths: tuple[Path, ...], fmt: str, output: Path | None, language: str | None, cluster: str | None,
            out: Path | None, partition_size: int) -> None:  # fmt: skip
    """Entities and relations of documents (the formats `acg ingest` reads; folders recursively), as the
    extraction JSON of DESIGN.md with what the reader knew of each document (SHA-256, media type, pages,
    the metadata of its sidecar): what `acg ingest --from-extractions` loads.

    One file gives one JSON document; several give JSON lines, one per file. A file that cannot be read
    (missing, empty, binary, not UTF-8), or is written in a language there is no pipeline for, is reported
    on stderr with its reason and skipped; the exit code is then 1.

    With --cluster, the workers of a Dask cluster extract the documents (which they must see at the same
    paths) into --out, and `acg ingest --from-extractions OUT` loads them.
    """
    if cluster is not None or out is not None:
        _on_cluster(paths, cluster, out, partition_size, language)
        return
    from ingest.extractions import extracted, record
    from nlp.pipeline import Extractor  # spaCy loads only for the commands that need it

    extractor = Extractor()
    problems: list[str] = []  # files that could not be read, said as they are met
    failed = 0

    def said() -> int:
        for problem in problems:
            click.echo(f"error: {problem}", err=True)
        count = len(problems)
        problems.clear()
        return count

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    single = len(paths) == 1 and paths[0].is_file()
    try:
        for source, result in extracted(extractor, paths, problems, language):
            failed += said()
            path = source.path
            if result.refused is not None:
                failed += 1
                click.echo(f"error: {path}: {result.refused}; --language en reads it as English anyway", err=True)
                continue
            for problem in result.problems:
                click.echo(f"warning: {path}: {problem}", err=True)
            for note in result.notes:
                click.echo(f"note: {path}: {note}", err=True)
            data = record(source, result)
            if fmt == "json":
                sink.write(json.dumps(data, ensure_ascii=False, indent=2 if single else None) + "\n")
                continue
            names = {e["id"]: e["name"] for e in data["entities"]}
            click.echo(f"{path}: {len(data['entities'])} entities, {len(data['relations'])} relations", file=sink)
            emit_table(["type", "name", "attributes", "mentions"],
                       [[e["type"], e["name"], json.dumps(e["attributes"], ensure_ascii=False), len(e["mentions"])]
                        for e in data["entities"]])  # fmt: skip
            emit_table(["subject", "predicate", "object", "from", "to", "confidence"],
                       [[names[r["subject"]], r["predicate"], names[r["object"]], r["valid_from"], r["valid_to"],
                         r["confidence"]] for r in data["relations"]])  # fmt: skip
    finally:
        if output:
            sink.close()
    failed += said()
    if failed:
        raise click.exceptions.Exit(1)


def _on_cluster(paths: tuple[Path, ...], address: str | None, out: Path | None, size: int,
                language: str | None) -> None:  # fmt: skip
    from ingest.cluster import run
    from nlp.language import supported

    if address is None or out is None:
        raise InvalidInput("--cluster and --out: give both, or neither")
    supported(language, "--language")
    report = run(address, paths, out, size, language)
    for line in report.problems:
        click.echo(f"error: {line}", err=True)
    for line in report.failed:
        click.echo(f"failed: {line}", err=True)
    again = " (run again to do them)" if report.failed else ""
    click.echo(f"{report.partitions} partitions in {out}: {report.done_before} done before, "
               f"{report.partitions - report.done_before - len(report.failed)} done now ({report.documents} "
               f"documents), {len(report.failed)} failed{again}")  # fmt: skip
    if report.problems or report.failed:
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
@click.option("--chains", is_flag=True, help="Also ask each gold document, ingested alone, the chain of command of "
              "everyone its gold posts, and count the answers that are exactly the gold's.")  # fmt: skip
def evaluate(gold: Path | None, sfm: Path | None, folds_path: Path, fmt: str, misses: bool, chains: bool) -> None:
    """Precision, recall and F1 of the extractor per entity type and per predicate: over the whole set, over the
    held-out documents (those no rule was written from), and the F1 of each fold. With --chains, the chains of
    command asked of what each gold document says, right or wrong, the same way."""
    from nlp.evaluate import Folds, score_gold, score_sfm, split
    from nlp.pipeline import Extractor

    if gold is None and sfm is None:
        raise InvalidInput("evaluate: give --gold DIR, --sfm DIR or both")
    if chains and gold is None:
        raise InvalidInput("evaluate: --chains asks the documents of --gold DIR; give one")
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
    if chains and gold is not None:
        _chains(extractor, gold, folds_path, fmt, report, misses)
    if fmt == "json":
        emit_json(report)


def _chains(extractor: Extractor, gold: Path, folds_path: Path, fmt: str, report: dict[str, object],
            misses: bool) -> None:  # fmt: skip
    from ingest import chains as chain_questions
    from nlp.evaluate import Folds

    folds = Folds.read(folds_path, gold.name) if folds_path.is_file() else Folds()
    result = chain_questions.split(chain_questions.evaluate(extractor, gold), folds)
    wrong = {"wrong superiors (open folds)": result.open_wrong} if misses else {}
    entry = report.setdefault(gold.name, {})
    assert isinstance(entry, dict)
    entry["chains"] = result.to_json() | wrong
    if fmt != "table":
        return
    rows = [["whole set", *_chain_row(result.whole)]]
    if result.held_out_documents:
        rows.append([f"held out ({result.held_out_documents} documents)", *_chain_row(result.held_out)])
    rows += [[f"fold {k}{' (held out)' if k in folds.held_out else ''}", *_chain_row(t)]
             for k, t in enumerate(result.folds)]  # fmt: skip
    click.echo(f"\n{gold}: chains of command (each document ingested alone; the gold's superiors, undated)")
    emit_table(["", "questions", "right", "share", "unanswered", "superiors P", "R", "wrong superiors"], rows)
    for line in result.open_wrong if misses else ():
        click.echo(f"  {line}")


def _chain_row(t: Tally) -> list[object]:
    j = t.to_json()
    return [j["questions"], j["right"], "-" if j["share right"] is None else f"{j['share right']:.3f}",
            j["unanswered"], f"{j['superiors']['precision']:.3f}", f"{j['superiors']['recall']:.3f}",
            j["wrong superiors"]]  # fmt: skip


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
