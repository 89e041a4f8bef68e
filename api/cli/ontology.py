"""`acg ontology`: show the vocabulary, regenerate derived files, validate data."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rdflib import Graph

from api.cli.output import FORMAT, emit_json, emit_table
from api.derived import all_artifacts, repository_root
from ontology import load
from ontology.derive import vocabulary
from ontology.validate import validate

_RDF_FORMATS = {
    ".ttl": "turtle",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nt": "nt",
    ".nq": "nquads",
    ".rdf": "xml",
    ".owl": "xml",
}


@click.group()
def ontology() -> None:
    """The accountability ontology: classes, relations, taxonomies."""


@ontology.command()
@FORMAT
def show(fmt: str) -> None:
    """List entity types, relations and taxonomies."""
    onto = load()
    if fmt == "json":
        emit_json(vocabulary(onto))
        return
    emit_table(
        ["relation", "cypher", "domain", "range", "temporal", "inverse"],
        [
            (p.name, p.cypher, "|".join(p.domain), "|".join(p.range), "yes" if p.temporal else "", p.inverse or "")
            for p in onto.predicates.values()
        ],
    )
    click.echo()
    emit_table(
        ["entity type", "attributes"],
        [(e.name, ", ".join(a.name for a in e.attributes)) for e in onto.entity_types.values()],
    )
    click.echo()
    emit_table(["taxonomy", "concepts"], [(s.key, len(s.concepts)) for s in onto.schemes.values()])


@ontology.command()
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a derived file is stale.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Repository root (default: this checkout).",
)
def derive(check: bool, root: Path | None) -> None:
    """Regenerate the files derived from ontology/acc.ttl."""
    base = root or repository_root()
    stale = []
    for rel, text in all_artifacts(load()).items():
        path = base / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(rel)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for rel in stale:
        click.echo(f"{'stale' if check else 'wrote'}: {rel}")
    if check and stale:
        raise click.ClickException(f"{len(stale)} derived file(s) are stale; run `acg ontology derive`")
    if not stale:
        click.echo("derived files are up to date")


@ontology.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate_cmd(files: tuple[Path, ...]) -> None:
    """Check RDF data files against the ontology's SHACL shapes."""
    failed = 0
    for path in files:
        rdf_format = _RDF_FORMATS.get(path.suffix.lower())
        if rdf_format is None:
            click.echo(f"error: {path}: unknown RDF format (use one of {', '.join(_RDF_FORMATS)})", err=True)
            failed += 1
            continue
        try:
            data = Graph().parse(data=path.read_bytes(), format=rdf_format)
        except OSError as e:
            click.echo(f"error: {path}: {e.strerror or e}", err=True)
            failed += 1
            continue
        except (ValueError, SyntaxError) as e:
            reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            click.echo(f"error: {path}: not valid {rdf_format}: {reason}", err=True)
            failed += 1
            continue
        violations = validate(data)
        for v in violations:
            click.echo(f"{path}: {v}")
        if violations:
            failed += 1
        else:
            click.echo(f"{path}: conforms ({len(data)} triples)")
    if failed:
        sys.exit(1)
