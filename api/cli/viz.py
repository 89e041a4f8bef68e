"""`acg viz`: the picture of the graph around an entity, one HTML file that works offline."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import click

from api.cli.common import ask, store_options
from api.picture import around
from api.settings import pseudonym_key, store_settings
from graph.export import HIDDEN
from graph.protect import Protection
from graph.queries import find_entity
from graph.store import StoreView
from ontology import dates
from ontology.terms import Language


@click.command()
@click.argument("entity")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0, 6), help="Links from the entity.")
@click.option("--at", default=None, help="Open the picture showing the links that held on this date (YYYY[-MM[-DD]]).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="The HTML file to write.")  # fmt: skip
@click.option("--language", default="en", show_default=True, type=click.Choice(get_args(Language)),
              help="The language of the classes' and links' names (the ontology's labels).")  # fmt: skip
@click.option("--include-protected", is_flag=True,
              help="Real names of protected and restricted people (victims, witnesses), not pseudonyms.")  # fmt: skip
@store_options
def viz(
    entity: str, depth: int, at: str | None, output: Path, language: str, include_protected: bool,
    store_spec: str | None, home: Path | None,
) -> None:  # fmt: skip
    """Picture of the entities within --depth links of ENTITY (id, name or alias): colour and shape by
    class, links labelled by predicate, tooltips with dates, evidence and source, a date field and a search
    box. The file loads nothing from the network."""
    if at is not None:
        dates.parse(at, "--at")
    settings = store_settings(store_spec, home)

    def draw(view: StoreView) -> tuple[str, int, int]:
        guard = Protection.of(view, () if include_protected else HIDDEN, pseudonym_key(settings.home))
        return around(view, find_entity(view, entity)["id"], depth, guard, at, language=language)

    html, n_entities, n_links = ask(store_spec, home, draw)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")
    click.echo(f"wrote {output}: {n_entities} entities, {n_links} links")
