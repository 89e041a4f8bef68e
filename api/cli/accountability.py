"""`acg complicity`, `acg impunity`, `acg case`, `acg path`: accountability questions, read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from api.cli.common import ask, store_options
from api.cli.output import FORMAT, emit_json, emit_table
from graph import accountability
from graph.answers import CaseAnswer


def _via(path: list[dict[str, Any]]) -> str:
    """A path as a person reads it: "Charles Taylor financed Revolutionary United Front > ..."."""
    return " > ".join(
        f"{s.get('subject_name') or s['subject']} {s['predicate']} {s.get('object_name') or s['object']}" for s in path
    )


@click.command()
@click.argument("name")
@FORMAT
@store_options
def complicity(name: str, fmt: str, store_spec: str | None, home: Path | None) -> None:
    """Who aided, ordered, supplied or financed a crime, case, unit or person; and the crimes an agent
    (a company, a state) reaches that way."""
    answer = ask(store_spec, home, lambda v: accountability.complicity(v, name))
    if fmt == "json":
        emit_json(answer)
        return
    click.echo(f"complicity: {answer['subject']['name']} ({answer['subject']['type']})")
    rows = [
        (e["distance"], e["role"] + (f" ({e['status']})" if e.get("status") else ""), e["name"], e["type"],
         _via(e["path"]))
        for e in answer["agents"]
    ]  # fmt: skip
    emit_table(["distance", "role", "agent", "type", "path"], rows)
    if answer["supported"]:
        click.echo()
        emit_table(
            ["distance", "role", "supported", "type", "path"],
            [(e["distance"], e["role"], e["name"], e["type"], _via(e["path"])) for e in answer["supported"]],
        )
    if answer["present"]:
        click.echo()
        emit_table(
            ["where", "unit", "status", "path"],
            [(e["role"], e["name"], e["status"], _via(e["path"])) for e in answer["present"]],
        )
    if answer["crimes"]:
        click.echo()
        emit_table(
            ["distance", "role", "crime", "path"],
            [(e["distance"], e["role"], e["name"], _via(e["path"])) for e in answer["crimes"]],
        )


@click.command()
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code of the country where the crimes occurred.")
@click.option("--mechanism", default=None, help="Outcomes of this mechanism only (id or name).")
@FORMAT
@store_options
def impunity(country: str | None, mechanism: str | None, fmt: str, store_spec: str | None, home: Path | None) -> None:
    """Persons implicated in crimes whom no mechanism charged, convicted or tried; outcomes per mechanism."""
    answer = ask(store_spec, home, lambda v: accountability.impunity(v, country, mechanism))
    if fmt == "json":
        emit_json(answer)
        return
    rows = [(p["name"], p["id"], c["name"], c["how"], c["status"]) for p in answer["unaccounted"] for c in p["crimes"]]
    emit_table(["person", "id", "crime", "implicated as", "status"], rows)
    click.echo()
    kinds = ("charged_by", "convicted_by", "acquitted_by")
    emit_table(["mechanism", *kinds], [(m["name"], *(m.get(k, 0) for k in kinds)) for m in answer["outcomes"]])


@click.command("case")
@click.argument("name")
@FORMAT
@store_options
def case_(name: str, fmt: str, store_spec: str | None, home: Path | None) -> None:
    """A case (court, accused, charges, outcomes, sentences, dates), or every case of a person or
    organization accused in them."""
    answers, outside = ask(store_spec, home, lambda v: (accountability.cases(v, name),
                                                       accountability.outcomes_outside_cases(v, name)))  # fmt: skip
    if fmt == "json":
        emit_json(answers[0] if len(answers) == 1 and not outside else {"cases": answers, "outcomes": outside})
        return
    if not answers:
        click.echo(f"{name}: accused in no case recorded")
    for n, answer in enumerate(answers):
        if n:
            click.echo()
        _case_table(answer)
    if outside:  # "which court dealt with X" has an answer even where no case was named
        click.echo(f"{'' if not answers else chr(10)}outcomes in no recorded case:")
        emit_table(["court", "outcome", "date", "crime types", "sentence", "verdict"],
                   [(o["mechanism_name"], o["predicate"], o.get("date") or "", ", ".join(o.get("crime_types") or []),
                     o.get("sentence") or "", o.get("verdict") or "") for o in outside])  # fmt: skip


def _case_table(answer: CaseAnswer) -> None:
    click.echo(f"case: {answer['case']['name']} ({answer['case']['id']}); witnesses: {answer['witnesses']}")
    for court in answer["courts"]:
        click.echo(f"court: {court['name']} ({court['valid_from'] or '?'} to {court['valid_to'] or '?'})")
    rows = []
    for a in answer["accused"]:
        for o in a["outcomes"] or [{"predicate": "accused"}]:
            crime_types = ", ".join(o.get("crime_types") or [])
            rows.append((a["name"], o["predicate"], o.get("date") or "", crime_types, o.get("mode_of_liability") or "",
                         o.get("sentence") or "", o.get("verdict") or ""))  # fmt: skip
    emit_table(["accused", "outcome", "date", "crime types", "mode of liability", "sentence", "verdict"], rows)


@click.command()
@click.argument("source")
@click.argument("target")
@click.option("--via", multiple=True, help="Only these predicates (e.g. commands, part_of); repeatable.")
@click.option("--max-hops", default=6, show_default=True, help="Longest path searched (1 to 12).")
@FORMAT
@store_options
def path(
    source: str, target: str, via: tuple[str, ...], max_hops: int, fmt: str, store_spec: str | None, home: Path | None
) -> None:
    """Shortest paths between two entities, in either direction."""
    answer = ask(store_spec, home, lambda v: accountability.path(v, source, target, via, max_hops))
    if fmt == "json":
        emit_json(answer)
        return
    if not answer["paths"]:
        click.echo(f"no path of at most {max_hops} links between {answer['from']['name']} and {answer['to']['name']}")
    for p in answer["paths"]:
        click.echo(_via(p["path"]))


@click.command()
@click.argument("name")
@FORMAT
@store_options
def timeline(name: str, fmt: str, store_spec: str | None, home: Path | None) -> None:
    """What happened to a unit (its commanders and parents), a person (posts, charges, verdicts) or a case
    (accused, court, charges, verdicts), earliest first, each with what kind its dates are and its sources."""
    from graph.timeline import timeline as events_of

    answer = ask(store_spec, home, lambda v: events_of(v, name))
    if fmt == "json":
        emit_json(answer)
        return
    subject = answer["subject"]
    click.echo(f"timeline of {subject['name']} ({subject['type']}, {subject['id']})")
    rows = []
    for e in answer["events"]:
        first = e["sources"][0] if e["sources"] else None
        source = f"{first['title']} ({first.get('publisher') or '?'}, {first.get('published') or '?'})" if first else ""
        more = f" +{len(e['sources']) - 1}" if len(e["sources"]) > 1 else ""
        rows.append((e["from"] or "?", e["to"] or "?", e["dates"], _via([e]), source + more))
    emit_table(["from", "to", "dates", "what", "sources"], rows)
