"""`acg serve` (the HTTP API and web UI), `acg user` (API keys) and `acg audit` (its log)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from api.auth import ROLES, Users
from api.cli.common import HOME, connect, store_options
from api.cli.output import FORMAT, emit_json, emit_table
from api.settings import Home, home_layout, store_settings

if TYPE_CHECKING:
    from api.context import Context


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--cors-origin", "cors", multiple=True, help="An origin allowed to call the API from a browser "
              "(repeatable; CORS is off without one).")  # fmt: skip
@click.option("--cypher-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 600),
              help="Seconds a raw Cypher query may run.")  # fmt: skip
@click.option("--cypher-rows", default=1000, show_default=True, type=click.IntRange(1, 100000),
              help="Most rows a raw Cypher query returns.")  # fmt: skip
@click.option("--cypher-memory", default=2048, show_default=True, type=click.IntRange(256, 1 << 20),
              help="Megabytes of memory for the process that runs raw Cypher on the embedded store: its copies "
                   "of the store and what the queries build (past it, the query is stopped).")  # fmt: skip
@click.option("--upload-text", default=5, show_default=True, type=click.IntRange(1, 50),
              help="Most megabytes (millions of characters) of text in one uploaded document; larger ones "
                   "go through `acg ingest`.")  # fmt: skip
@store_options
def serve(
    host: str, port: int, cors: tuple[str, ...], cypher_timeout: float, cypher_rows: int, cypher_memory: int,
    upload_text: int, store_spec: str | None, home: Path | None,
) -> None:  # fmt: skip
    """Serve the HTTP API and the web UI. The embedded store is held by this process while it runs:
    ingest through the API (POST /documents) meanwhile, or stop it first."""
    import uvicorn

    from api.app import create_app
    from api.audit import AuditLog
    from api.context import MEGABYTE, Context, Limits
    from api.settings import pseudonym_key
    from graph.loader import prepare_store

    settings = store_settings(store_spec, home)
    layout = Home(settings.home)
    users = Users(layout.users)
    if not users.list():
        click.echo(f"warning: no users yet in {users.path}: add one with `acg user add NAME --role admin`", err=True)
    s = connect(store_spec, home, read_only=False)
    ctx: Context | None = None
    try:
        prepare_store(s)
        ctx = Context(
            store=s, home=layout, pseudonym_key=pseudonym_key(settings.home), users=users,
            audit=AuditLog(layout.audit),
            limits=Limits(cypher_seconds=cypher_timeout, cypher_rows=cypher_rows,
                          cypher_memory=cypher_memory * MEGABYTE, upload_text_chars=upload_text * MEGABYTE),
            cors_origins=cors,
        )  # fmt: skip
        click.echo(f"serving the {s.engine} store at {s.location} on http://{host}:{port}/", err=True)
        uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning", access_log=False)
    finally:
        if ctx is not None:
            ctx.close()
        s.close()


def _users(home: Path | None) -> Users:
    return Users(home_layout(home).users)


@click.group()
def user() -> None:
    """API keys: who may use the API, and with which role (reader, analyst, editor, admin)."""


@user.command("add")
@click.argument("name")
@click.option("--role", "role_", required=True, type=click.Choice(ROLES),
              help="reader: answers, pictures, exports; analyst: + raw Cypher, restricted people; "
                   "editor: + ingest and review; admin: + protected people.")  # fmt: skip
@HOME
def user_add(name: str, role_: str, home: Path | None) -> None:
    """Add a user and print their new API key, once: only its hash is kept."""
    key = _users(home).add(name, role_)
    click.echo(key)
    click.echo(f"(the API key of {name}, {role_}: keep it now, it cannot be shown again)", err=True)


@user.command("remove")
@click.argument("name")
@HOME
def user_remove(name: str, home: Path | None) -> None:
    """Remove a user: their key stops working at once, also on a running server."""
    _users(home).remove(name)
    click.echo(f"removed {name}")


@user.command("list")
@HOME
@FORMAT
def user_list(home: Path | None, fmt: str) -> None:
    """Users and their roles (never their keys)."""
    users = _users(home).list()
    if fmt == "json":
        emit_json(users)
    else:
        emit_table(["name", "role", "created"], [(u["name"], u["role"], u["created"]) for u in users])


@click.group()
def audit() -> None:
    """The API's audit log: every write, review, export and raw query, with who and when."""


def _audit_path(home: Path | None) -> Path:
    return home_layout(home).audit


@audit.command("verify")
@click.option("--anchor", metavar="SHA256", help="A head printed by an earlier verify: it must still be in the log.")
@HOME
def audit_verify(anchor: str | None, home: Path | None) -> None:
    """Check that no line of the log was changed or removed; print its head to write down elsewhere."""
    from api.audit import verify

    path = _audit_path(home)
    check = verify(path, anchor)
    for problem in check.problems:
        click.echo(problem, err=True)
    click.echo(f"{path}: {check.entries} entries, {'broken' if check.problems else 'intact'}; head {check.head}")
    if check.problems:
        raise SystemExit(1)


@audit.command("show")
@click.option("--last", default=20, show_default=True, type=click.IntRange(1, 100000), help="How many entries.")
@HOME
@FORMAT
def audit_show(last: int, home: Path | None, fmt: str) -> None:
    """The latest entries of the log."""
    from api.audit import entries

    shown = entries(_audit_path(home))[-last:]
    if fmt == "json":
        emit_json(shown)
    else:
        emit_table(["at", "who", "role", "action", "outcome"],
                   [(e["at"], e["who"], e["role"], e["action"], e["outcome"]) for e in shown])  # fmt: skip
