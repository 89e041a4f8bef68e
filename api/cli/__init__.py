"""The `acg` command line: one click group, one module of commands per domain.

Errors the project knows (AcgError) end the command with a one-line message on
stderr and exit code 1; a closed pipe (`acg ... | head`) ends it quietly.
"""

from __future__ import annotations

import os
import sys

import click

from api.cli.accountability import case_, complicity, impunity, path, timeline
from api.cli.entity import entity
from api.cli.extract import evaluate, extract, gazetteer
from api.cli.ingest import export, ingest
from api.cli.ontology import ontology
from api.cli.queries import chain, query, subordinates
from api.cli.serve import audit, serve, user
from api.cli.store import import_, store
from api.cli.viz import viz
from ontology.errors import AcgError


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except AcgError as e:
            raise click.ClickException(str(e).replace("\n", " ")) from e
        except BrokenPipeError:
            # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accountability-graph", prog_name="acg")
def main() -> None:
    """Accountability Graph: who committed what, under whose command, with whose help,
    and which court or mechanism has dealt with it."""


for command in (
    ontology,
    store,
    import_,
    ingest,
    export,
    extract,
    evaluate,
    gazetteer,
    chain,
    subordinates,
    complicity,
    path,
    impunity,
    case_,
    timeline,
    query,
    viz,
    serve,
    user,
    audit,
    entity,
):
    main.add_command(command)
