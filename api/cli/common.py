"""Options shared by commands that use the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from api.settings import store_settings
from graph.connect import open_store
from graph.store import Store, StoreView

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
LANGUAGE = click.option("--language", metavar="CODE", help="Read every document as this language (ISO 639-1, "
                        "en, fr or es) instead of the one detected in it.")  # fmt: skip
HOME = click.option(
    "--home", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Local data folder (env ACG_HOME, default ~/.acg).",
)  # fmt: skip


def store_options(func: F) -> F:
    func = HOME(func)
    return click.option(
        "--store", "store_spec", default=None,
        help="'embedded' or a bolt:// / neo4j:// URI (env ACG_STORE, default embedded).",
    )(func)  # fmt: skip


def connect(store_spec: str | None, home: Path | None, *, read_only: bool) -> Store:
    settings = store_settings(store_spec, home)
    return open_store(
        settings.store, settings.home, read_only=read_only,
        user=settings.user, password=settings.password, database=settings.database,
    )  # fmt: skip


def ask(store_spec: str | None, home: Path | None, question: Callable[[StoreView], T]) -> T:
    """Open the store read-only, ask, close: how every read command talks to the store."""
    view = connect(store_spec, home, read_only=True)
    try:
        return question(view)
    finally:
        view.close()
