"""Who commanded a unit at a date, read from the dates its command links carry (DESIGN.md, "What a chain
of command means", after Security Force Monitor's research handbook).

A start or end date is a fact; a first or last cited date only shows that the
link held that day. At a date T, each person with a command link into the unit is

- `attested` when T lies within one of their links' known or cited periods;
- `likely` when nobody is attested, they are the commander most recently cited
  before T, and no other commander is cited (or starts) between that citation
  and T: the best inference, with its reason;
- `superseded` when every period of theirs ended before a successor was first
  cited (or started), which is before T: left out of answers unless asked for;
- `possible` otherwise: nothing rules them in or out.

The functions are pure: they take the link rows of graph.hierarchy (each with
`id`, the commander, and `link`, its date keys and dates).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Standing:
    status: str  # attested, likely, possible or superseded
    reason: str = ""


def _window(link: dict[str, Any]) -> tuple[str | None, str | None]:
    """The lower key of a link's earliest known or cited day, and the upper key of its latest."""
    return link.get("from_key") or link.get("cited_from_key"), link.get("to_key") or link.get("cited_to_key")


def _shown(link: dict[str, Any], end: bool) -> str:
    """The date a reason names: the link's end (or start), known or cited; a link cited once is cited
    then at both ends ("last cited 2013-02-13", never "ended None")."""
    near, far = ("last_cited", "first_cited") if end else ("first_cited", "last_cited")
    cited = link.get(near) or link.get(far)
    known = link.get("valid_to") if end else link.get("valid_from")
    if cited:
        return f"{'last' if end else 'first'} cited {cited}"
    if known:
        return f"{'ended' if end else 'started'} {known}"
    return "its dates unknown"


def standings(commands: Iterable[dict[str, Any]], lo: str, hi: str) -> dict[str, Standing]:
    """How each commander of one unit stood at the date whose keys are `lo`..`hi`, from every command link
    into the unit whatever its dates (`commands`: rows with `id` and `link`).

    >>> def link(who, first, last):
    ...     return {"id": who, "name": who.title(), "link": {"cited_from_key": first, "cited_to_key": last,
    ...                                 "first_cited": first, "last_cited": last}}
    >>> zone = [link("aghedo", "2005-03-01", "2005-03-01"), link("gwary", "2014-08-01", "2015-01-12"),
    ...         link("gwary", "2015-08-01", "2015-09-30"), link("hassan", "2016-02-01", "2016-02-01")]
    >>> found = standings(zone, "2015-06-01", "2015-06-01")
    >>> {who: s.status for who, s in sorted(found.items())}
    {'aghedo': 'superseded', 'gwary': 'likely', 'hassan': 'possible'}
    >>> found["gwary"].reason
    'last cited 2015-01-12; no other commander cited since'
    >>> found["aghedo"].reason
    'succeeded by Gwary (first cited 2014-08-01)'
    >>> {who: s.status for who, s in sorted(standings(zone, "2014-09-01", "2014-09-30").items())}
    {'aghedo': 'superseded', 'gwary': 'attested', 'hassan': 'possible'}
    """
    periods: dict[str, list[tuple[str | None, str | None, dict[str, Any]]]] = {}
    names: dict[str, str] = {}
    for row in commands:
        periods.setdefault(row["id"], []).append((*_window(row["link"]), row["link"]))
        names[row["id"]] = row.get("name") or row["id"]
    attested = {
        who
        for who, ps in periods.items()
        if any(s is not None and e is not None and s <= hi and e >= lo for s, e, _ in ps)
    }
    starts = {who: [(s, link) for s, _, link in ps if s is not None] for who, ps in periods.items()}
    found: dict[str, Standing] = {}
    # The latest citation before the date, of each commander not attested.
    last_before: dict[str, tuple[str, dict[str, Any]]] = {}
    for who, ps in periods.items():
        before = [(e, link) for _, e, link in ps if e is not None and e < lo]
        if before and who not in attested:
            last_before[who] = max(before, key=lambda p: p[0])
    latest = max(last_before.items(), key=lambda kv: kv[1][0], default=None) if not attested else None
    for who, ps in periods.items():
        if who in attested:
            found[who] = Standing("attested")
            continue
        ends = [e for _, e, _ in ps]
        if None not in ends:
            last = max(e for e in ends if e is not None)
            successors = [(s, other, link) for other, ss in starts.items() if other != who
                          for s, link in ss if last < s <= hi]  # fmt: skip
            if successors:
                _, other, link = min(successors, key=lambda x: x[0])
                found[who] = Standing("superseded", f"succeeded by {names[other]} ({_shown(link, end=False)})")
                continue
        found[who] = Standing("possible")
    if latest is not None:
        who, (last, link) = latest
        between = any(last < s <= hi for other, ss in starts.items() if other != who for s, _ in ss)
        if not between and found[who].status == "possible":
            found[who] = Standing("likely", f"{_shown(link, end=True)}; no other commander cited since")
    return found
