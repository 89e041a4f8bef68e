"""What happened to a unit, a person or a case, in the order it happened.

- a unit: who commanded it, and what it was part of, over time;
- a person: their posts (commands, member of) and what courts did with them;
- a case: the accused, the court's period, charges, verdicts and appeals.

Each event has its first and last day and says what kind each is: a `start`
or an `end` (facts), a `first cited` or `last cited` day (days sources show it
held: not its start or end, SFM's research handbook), or a `date` (a charge's
or a verdict's); and its
sources by title, publisher and date (a Document's metadata), with the
evidence that locates each passage.
"""

from __future__ import annotations

from typing import Any, cast

from graph.accountability import standing_links
from graph.answers import TimelineAnswer
from graph.queries import find_entity, named_steps
from graph.rows import evidence_of
from graph.store import StoreView
from ontology import dates
from ontology.errors import NotFound
from ontology.terms import RelationshipType

_OUTCOMES: tuple[RelationshipType, ...] = ("CHARGED_BY", "CONVICTED_BY", "ACQUITTED_BY")
# What each kind of subject's timeline follows: (Cypher types, direction).
_FOLLOWED: dict[str, list[tuple[tuple[RelationshipType, ...], str]]] = {
    "Organization": [(("COMMANDS", "MEMBER_OF"), "in"), (("PART_OF",), "out"), (("PART_OF",), "in")],
    "Person": [(("COMMANDS", "MEMBER_OF"), "out"), (_OUTCOMES, "out"), (("ACCUSED_IN", "WITNESS_IN"), "out")],
    "Case": [(("ACCUSED_IN",), "in"), (("TRIED_BY", "INVESTIGATED_BY"), "out")],
}


def _when(rel: dict[str, Any]) -> tuple[str | None, str | None, str]:
    """The event's first and last day as written, and what kind of day each is ("start", "first cited";
    "end", "last cited"; a charge's or verdict's "date")."""
    if rel.get("date") and not (rel.get("valid_from") or rel.get("first_cited")):
        return rel["date"], rel["date"], "date"
    start = rel.get("valid_from") or rel.get("first_cited")
    end = rel.get("valid_to") or rel.get("last_cited")
    kinds = [
        ("start" if rel.get("valid_from") else "first cited") if start else "",
        ("end" if rel.get("valid_to") else "last cited") if end else "",
    ]
    return start, end, " / ".join(k for k in kinds if k) or "undated"


def _event(subject: dict[str, Any], row: dict[str, Any], direction: str) -> dict[str, Any]:
    rel = row["rel"]
    start, end, kind = _when(rel)
    other = {"id": row["id"], "name": row["name"], "type": row["type"]}
    event: dict[str, Any] = {
        "from": start, "to": end, "dates": kind, "predicate": row["predicate"].lower(),
        "subject": subject["id"] if direction == "out" else row["id"],
        "object": row["id"] if direction == "out" else subject["id"],
        "other": other, "evidence": evidence_of(rel),
    }  # fmt: skip
    details = {k: rel[k] for k in ("rank", "title", "role", "crime_types", "verdict", "sentence") if rel.get(k)}
    if details:
        event["details"] = details
    return event


def _order(event: dict[str, Any]) -> tuple[str, str, str]:
    start = dates.lower_key(event["from"]) if event["from"] else None
    return start or "9999", event["predicate"], event["other"]["name"] or ""


def timeline(view: StoreView, ref: str) -> TimelineAnswer:
    """The events of a unit, a person or a case, earliest first (undated last).

    Parameters
    ----------
    view : StoreView
        The store to read.
    ref : str
        The unit, person or case: an id, or a name that names one entity.

    Returns
    -------
    dict
        ``subject`` and ``events``: each with its dates (``from``, ``to``), the ``predicate``, the ``other``
        entity and the ``evidence``.

    Raises
    ------
    NotFound
        No entity has that id or name, or it is of another type.
    Conflict
        `ref` names several entities (give an id).

    Examples
    --------
    >>> answer = timeline(koblenz(), "Anwar Raslan")
    >>> [(e["from"], e["predicate"], e["other"]["name"]) for e in answer["events"]][:2]
    [('2011-04', 'member_of', 'Branch 251'), ('2022-01-13', 'convicted_by', 'Higher Regional Court of Koblenz')]
    """
    subject = find_entity(view, ref)
    followed = _FOLLOWED.get(subject["type"])
    if followed is None:
        raise NotFound(f"{subject['name']} is a {subject['type']}: a timeline is of a unit, a person or a case")
    events: list[dict[str, Any]] = []
    for types, direction in followed:
        events += [_event(subject, row, direction) for row in standing_links(view, subject, types, direction)]
    if subject["type"] == "Case":
        # What the court did with each accused: their charges and verdicts by the case's court(s).
        courts = {e["other"]["id"] for e in events if e["predicate"] == "tried_by"}
        for accused in [e["other"] for e in events if e["predicate"] == "accused_in"]:
            for row in standing_links(view, accused, _OUTCOMES, "out"):
                if not courts or row["id"] in courts:
                    events.append(_event(accused, row, "out"))
    events.sort(key=_order)
    named = {"subject": {k: subject[k] for k in ("id", "name", "type")}, "events": events}
    out = named_steps(view, cast(TimelineAnswer, named))
    # Each event's sources: the documents its evidence cites, as cited_sources found them, once each.
    for e in events:
        cited = {s["document"]: s["source"] for s in e["evidence"] if s.get("document") and s.get("source")}
        e["sources"] = [{"document": d, **source} for d, source in cited.items()]
    return out
