"""The query library: questions investigators and lawyers ask, as Python functions over a StoreView.

Every answer carries its paths, and every step of a path its period and its
evidence (document, span, method, confidence). Dates:

- with `at`, a link counts when no known bound excludes the date; a step is
  "attested" when its known or cited period meets the date (any part of it,
  for a year or a month), "possible" when it counts only because a bound is
  unknown;
- without `at`, everyone who ever stood above (or below) is listed, with the
  period in which the whole path held (links that never held together do not
  make a path).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from graph import command, hierarchy
from graph.answers import ChainAnswer, SubordinatesAnswer
from graph.hierarchy import Links
from graph.rows import evidence_of
from graph.store import MAX_DEPTH, StoreView
from ontology import dates, load
from ontology.errors import Conflict, InvalidInput, NotFound
from ontology.names import name_key

_STEP_ATTRIBUTES = (
    "valid_from",
    "valid_to",
    "first_cited",
    "last_cited",
    "rank",
    "title",
    "role",
    "method",
    "confidence",
)
NO_DATE = dates.ALL_DATES
T = TypeVar("T")


def _by_id(view: StoreView, entity_id: str) -> dict[str, Any] | None:
    """The entity with this id (id, name, type), or None."""
    return view.find(entity_id, list(load().entity_types))


def label_of(view: StoreView, entity_id: str) -> str | None:
    """The label (entity type) of the entity with this id, or None when there is none."""
    found = _by_id(view, entity_id)
    return str(found["type"]) if found else None


def stored_of(view: StoreView, ids: Iterable[str], labels: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """The label and name of each entity of `ids` that exists (under one of `labels`, by default any), asked
    in batches rather than one id at a time."""
    rows = view.kinds(sorted(set(ids)), labels or list(load().entity_types))
    return {r["id"]: (r["type"], r["name"]) for r in rows}


def _dicts(value: Any, keep: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """Every dict inside a JSON value (an answer) that `keep` accepts, outermost first."""
    found: list[dict[str, Any]] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            if keep(v):
                found.append(v)
            stack.extend(reversed(list(v.values())))
        elif isinstance(v, list):
            stack.extend(reversed(v))
    return found


def named_steps(view: StoreView, answer: T) -> T:
    """`answer` with the name and type of both ends written into every step of its paths (a dict with a
    subject, a predicate and an object), looked up in batches: a path a person can read, not a list of
    ids; and its sources cited (cited_sources)."""
    steps = _dicts(answer, lambda d: {"subject", "predicate", "object"} <= d.keys())
    found = stored_of(view, {s[end] for s in steps for end in ("subject", "object")})
    for step in steps:
        for end in ("subject", "object"):
            label, name = found.get(step[end], (None, None))
            step[f"{end}_name"], step[f"{end}_type"] = name, label
    return cited_sources(view, answer)


def cited_sources(view: StoreView, answer: T) -> T:
    """`answer` with each piece of evidence that names a document given that document's title, publisher
    and date (and where it was published: `source`), looked up in one batch: sources a person can cite,
    not SHA-256 ids."""
    evidence = _dicts(answer, lambda d: isinstance(d.get("document"), str) and "title" not in d)
    wanted = sorted({e["document"] for e in evidence})
    known: dict[str, dict[str, Any]] = {}
    for row in view.documents(wanted):
        known[row["id"]] = {k: row[k] for k in ("title", "publisher", "published", "url") if row[k]}
    for e in evidence:
        if e["document"] in known:
            e["source"] = known[e["document"]]
    return answer


def labels_of(view: StoreView, ids: Iterable[str], labels: list[str] | None = None) -> dict[str, str]:
    """The label of each entity of `ids` that exists (under one of `labels`, by default any)."""
    return {i: label for i, (label, _) in stored_of(view, ids, labels).items()}


def candidates(view: StoreView, ref: str) -> list[dict[str, Any]]:
    """The entities `ref` may name (id, name, type): the one with that id, else those with that name or
    alias (ignoring case and diacritics), at most 50."""
    found = _by_id(view, ref)
    if found is not None:
        return [found]
    key = name_key(ref)
    return view.with_key(key) if key else []


def find_entity(view: StoreView, ref: str, hidden: Container[str] = ()) -> dict[str, Any]:
    """An entity by id, or by name or alias (ignoring case and diacritics), among those not `hidden`:
    for a caller who may not see them, a hidden entity is not there at all.

    Raises NotFound, or Conflict listing the candidates when a name is ambiguous.
    """
    rows = [r for r in candidates(view, ref) if r["id"] not in hidden]
    if not rows:
        raise NotFound(f"no entity has the id, name or alias {ref!r}")
    if len(rows) > 1:
        listed = "; ".join(f"{r['id']} ({r['type']}: {r['name']})" for r in rows[:10])
        raise Conflict(f"{ref!r} names {len(rows)} entities; give one of their ids: {listed}")
    return rows[0]


def _keys(at: str | None) -> tuple[str, str]:
    if at is None:
        return NO_DATE
    lo, hi = dates.lower_key(at), dates.upper_key(at)
    assert lo is not None
    assert hi is not None
    return lo, hi


def held(rel: dict[str, Any], lo: str, hi: str) -> str:
    """Whether a link held at a date: "attested" when a known or cited period of it meets the key range
    [lo, hi] (for a year or a month, any part of it); else "possible" (a bound is unknown). The one place
    the two are told apart: a chain's steps and a commander at the time of a crime read it here."""
    start = rel.get("from_key") or rel.get("cited_from_key")
    end = rel.get("to_key") or rel.get("cited_to_key")
    return "attested" if start and end and start <= hi and end >= lo else "possible"


def path_step(
    subject: str, predicate: str, obj: str, rel: dict[str, Any], lo: str, hi: str, dated: bool
) -> dict[str, Any]:
    step: dict[str, Any] = {"subject": subject, "predicate": predicate, "object": obj}
    step.update({k: v for k in _STEP_ATTRIBUTES if (v := rel.get(k)) is not None})
    step["evidence"] = evidence_of(rel)
    if dated:
        step["held"] = held(rel, lo, hi)
    return step


@dataclass(frozen=True)
class _Path:
    """The steps from the subject to an entity, with when the whole path held (the latest start and the
    earliest end of its steps; held False if they never met) and the weakest status of its steps at the
    date: kept as the path grows, so that these cost one step per entity of a tree rather than a walk
    of each entity's whole path (the steps themselves are still copied into each longer path)."""

    steps: tuple[dict[str, Any], ...] = ()
    start: str | None = None
    end: str | None = None
    held: bool = True
    status: str = "attested"  # the weakest of its steps' (attested, likely, possible)

    def then(self, step: dict[str, Any]) -> _Path:
        start, end = self.start, self.end
        if step.get("valid_from") and (start is None or _lower(step["valid_from"]) > _lower(start)):
            start = step["valid_from"]
        if step.get("valid_to") and (end is None or _upper(step["valid_to"]) < _upper(end)):
            end = step["valid_to"]
        held = self.held and not (start and end and _lower(start) > _upper(end))
        status = max(self.status, step.get("held") or "possible", key=_STRENGTH.index)
        return _Path((*self.steps, step), start, end, held, status)


# From the strongest status to the weakest.
_STRENGTH = ("attested", "likely", "possible", "superseded")


def _lower(d: str) -> str:
    return dates.lower_key(d) or ""


def _upper(d: str) -> str:
    return dates.upper_key(d) or ""


@dataclass
class _Reach:
    """One entity reached through a path of steps."""

    id: str
    name: str
    type: str
    distance: int
    path: _Path


def _answer(subject: dict[str, Any], at: str | None, key: str, reached: list[_Reach]) -> dict[str, Any]:
    best: dict[str, tuple[tuple[int, int, int], dict[str, Any]]] = {}
    for r in reached:
        path = r.path
        if not path.held:
            continue
        rank = (r.distance, _STRENGTH.index(path.status) if at is not None else 0, len(path.steps))
        old = best.get(r.id)
        if old is not None and old[0] <= rank:
            continue
        entry: dict[str, Any] = {
            "id": r.id, "name": r.name, "type": r.type, "distance": r.distance,
            "valid_from": path.start, "valid_to": path.end, "path": list(path.steps),
        }  # fmt: skip
        if at is not None:
            entry["status"] = path.status
            reasons = [step["reason"] for step in path.steps if step.get("reason")]
            if reasons:
                entry["reason"] = reasons[-1]
        best[r.id] = (rank, entry)
    ordered = sorted(
        (e for _, e in best.values()),
        key=lambda e: (e["distance"], _STRENGTH.index(e.get("status", "attested")), e["name"] or "", e["id"]),
    )
    return {"subject": {"id": subject["id"], "name": subject["name"], "type": subject["type"]}, "at": at, key: ordered}


def _descend(
    links: Links, starts: dict[str, _Path], lo: str, hi: str, dated: bool
) -> dict[str, tuple[str, int, _Path]]:
    """Units below the start units through PART_OF links that held: id -> (name, hops, path)."""
    units: dict[str, tuple[str, int, _Path]] = {u: ("", 0, p) for u, p in starts.items()}
    for start in sorted(starts):
        for r in links.below(start, lo, hi):
            unit, via = r["id"], r["via"]
            if unit in units and units[unit][1] <= r["hops"]:
                continue
            path = units[via][2] if via in units else _Path()
            units[unit] = (
                r["name"],
                units[via][1] + 1 if via in units else r["hops"],
                path.then(path_step(unit, "part_of", via, r["link"], lo, hi, dated)),
            )
    return units


def _commands(path: _Path) -> bool:
    """Whether a walk's start was reached by commanding it (a person's post as its commander)."""
    return bool(path.steps) and path.steps[-1]["predicate"] == "commands"


def _standings(links: Links, unit: str, lo: str, hi: str) -> dict[str, command.Standing]:
    """How each commander of `unit` stood at the date, from all its command links whatever their dates."""
    rows = sorted((r for r in links.above(unit, *NO_DATE) if r["predicate"] == "commands"), key=_row_order)
    return command.standings(rows, lo, hi)  # in one order on every engine: ties are broken alike


def _command_step(
    row: dict[str, Any], unit: str, lo: str, hi: str, dated: bool, standing: dict[str, command.Standing]
) -> dict[str, Any]:
    """The step of a commander of `unit`, with how the commander stood at the date (graph.command)."""
    step = path_step(row["id"], "commands", unit, row["link"], lo, hi, dated)
    found = standing.get(row["id"])
    if dated and found is not None:
        step["held"] = found.status
        if found.reason:
            step["reason"] = found.reason
    return step


def _climb(
    links: Links, starts: dict[str, _Path], lo: str, hi: str, dated: bool, include_superseded: bool = False
) -> tuple[dict[str, tuple[str, int, _Path]], list[_Reach]]:
    """Breadth-first up PART_OF from the start units: units reached (name, hops, path) and their commanders.
    A unit the subject commands adds no commander: whoever else commands it (a predecessor, a successor, a
    co-commander) stands beside the subject, never above (DESIGN.md, "What a chain of command means")."""
    units: dict[str, tuple[str, int, _Path]] = {u: ("", 0, p) for u, p in starts.items()}
    commanders: list[_Reach] = []
    frontier = sorted(starts)
    while frontier:
        reached = []
        for unit in frontier:
            _, hops, path = units[unit]
            beside = hops == 0 and _commands(path)
            standing = _standings(links, unit, lo, hi) if dated and not beside else {}
            # in one order on every engine: of two links between the same units, the same one is the path's
            for row in sorted(links.above(unit, lo, hi), key=_row_order):
                if row["predicate"] == "commands" and beside:
                    continue
                if row["predicate"] == "commands":
                    step = _command_step(row, unit, lo, hi, dated, standing)
                    if include_superseded or step.get("held") != "superseded":
                        commanders.append(_Reach(row["id"], row["name"], "Person", hops + 1, path.then(step)))
                elif _belongs_above(units.get(row["id"])):
                    # a unit the person belongs to that is also above another of his posts: above him, as any
                    # parent is (its parents and commanders were walked from it as a start)
                    step = path_step(unit, "part_of", row["id"], row["link"], lo, hi, dated)
                    units[row["id"]] = (row["name"], hops + 1, path.then(step))
                elif hops < MAX_DEPTH and (
                    row["id"] not in units or _parallel(units[row["id"]], hops + 1)
                ):  # the first link in order, or a parallel one whose path holds where the first's does not
                    step = path_step(unit, "part_of", row["id"], row["link"], lo, hi, dated)
                    then = path.then(step)
                    if row["id"] in units and not then.held:
                        continue
                    if row["id"] not in units:
                        reached.append(row["id"])
                    units[row["id"]] = (row["name"], hops + 1, then)
        frontier = sorted(reached)
    return units, commanders


def _belongs_above(found: tuple[str, int, _Path] | None) -> bool:
    """A start of the walk that a person is posted to as a member only (never a unit asked about itself)."""
    return found is not None and found[1] == 0 and bool(found[2].steps) and not _commands(found[2])


def _parallel(found: tuple[str, int, _Path], hops: int) -> bool:
    """A unit reached already at the same distance by a path whose links never held together: another
    link to it may make a path that holds (a unit placed under its parent twice, in different years)."""
    return found[1] == hops and not found[2].held


def _row_order(row: dict[str, Any]) -> tuple[str, str, tuple[str, ...]]:
    return row["predicate"], row["id"], hierarchy.link_order(row.get("link") or {})


def _subject(view: StoreView, ref: str, what: str) -> dict[str, Any]:
    subject = find_entity(view, ref)
    if subject["type"] not in {"Person", "Organization"}:
        raise NotFound(f"{subject['name']} is a {subject['type']}: {what} of a Person or Organization")
    return subject


def _starts(
    links: Links, subject: dict[str, Any], lo: str, hi: str, dated: bool, commands_only: bool
) -> dict[str, _Path]:
    """Where a walk starts (hop 0), with the path that reaches it: a unit itself, or a person's units."""
    if subject["type"] != "Person":
        return {subject["id"]: _Path()}
    starts: dict[str, _Path] = {}
    for row in sorted(links.posts(subject["id"], lo, hi, commands_only), key=_row_order):
        step = path_step(subject["id"], row["predicate"], row["id"], row["link"], lo, hi, dated)
        starts.setdefault(row["id"], _Path().then(step))
    return starts


def _dated(at: str | None) -> bool:
    """Whether a walk is asked at a date; an empty one is no date and is said so, not read as none."""
    if at is not None and not at.strip():
        raise InvalidInput("at: empty; give a date (YYYY, YYYY-MM or YYYY-MM-DD) or leave it out")
    return at is not None


def chain(
    view: StoreView, ref: str, at: str | None = None, links: Links | None = None, include_superseded: bool = False
) -> ChainAnswer:
    """Superiors of a person or unit: the units above, and whoever commands each, nearest first.

    Parameters
    ----------
    view : StoreView
        The store to read.
    ref : str
        The person or unit: an id, or a name that names one entity.
    at : str, optional
        A date of reduced precision ("2011", "2011-06"): the hierarchy as it stood then. Each superior has
        a status (attested, likely with its reason, possible; graph.command), and commanders superseded by
        then are left out unless `include_superseded`.
    links : Links, optional
        Where the walk reads links (default: graph.hierarchy.links, kept in memory per store).
    include_superseded : bool
        Keep the commanders whom a successor had replaced by `at`.

    Returns
    -------
    dict
        ``subject`` (id, name, type), ``at`` and ``superiors``: each with id, name, type, ``distance`` (links
        from the subject), ``path`` (the assertions that reach it, each with its evidence) and ``status``.

    Raises
    ------
    NotFound
        No entity has that id or name, or it is neither a person nor a unit.
    Conflict
        `ref` names several entities (give an id).
    InvalidInput
        `at` is not a date.

    Examples
    --------
    >>> store = koblenz()
    >>> answer = chain(store, "Anwar Raslan", at="2011-06")
    >>> [(s["name"], s["distance"], s["status"]) for s in answer["superiors"]]
    [('General Intelligence Directorate', 1, 'possible')]
    >>> [step["predicate"] for step in answer["superiors"][0]["path"]]
    ['commands', 'part_of']
    """
    subject = _subject(view, ref, "a chain of command is")
    links = links or hierarchy.links(view)
    dated = _dated(at)
    lo, hi = _keys(dates.parse(at, "at") if at else None)
    starts = _starts(links, subject, lo, hi, dated, commands_only=False)
    units, commanders = _climb(links, starts, lo, hi, dated, include_superseded)
    reached = [_Reach(u, name, "Organization", hops, path) for u, (name, hops, path) in units.items() if hops > 0]
    reached += [c for c in commanders if c.id != subject["id"]]
    return cast(ChainAnswer, cited_sources(view, _answer(subject, at, "superiors", reached)))


def subordinates(
    view: StoreView, ref: str, at: str | None = None, links: Links | None = None, include_superseded: bool = False
) -> SubordinatesAnswer:
    """Everyone below a person or unit: the units below, and who commands or belongs to each.

    Parameters
    ----------
    view : StoreView
        The store to read.
    ref : str
        The person or unit: an id, or a name that names one entity.
    at : str, optional
        A date of reduced precision: the hierarchy as it stood then (commanders with their status, as in
        `chain`).
    links : Links, optional
        Where the walk reads links (default: graph.hierarchy.links).
    include_superseded : bool
        Keep the commanders whom a successor had replaced by `at`.

    Returns
    -------
    dict
        ``subject``, ``at`` and ``subordinates``, nearest first, each with id, name, type, ``distance`` and
        ``path``.

    Raises
    ------
    NotFound
        No entity has that id or name, or it is neither a person nor a unit.
    Conflict
        `ref` names several entities (give an id).
    InvalidInput
        `at` is not a date.

    Examples
    --------
    >>> answer = subordinates(koblenz(), "General Intelligence Directorate")
    >>> [(s["name"], s["type"], s["distance"]) for s in answer["subordinates"]]
    [('Branch 251', 'Organization', 1), ('Anwar Raslan', 'Person', 2)]
    """
    subject = _subject(view, ref, "subordinates are")
    links = links or hierarchy.links(view)
    dated = _dated(at)
    lo, hi = _keys(dates.parse(at, "at") if at else None)
    units = _descend(links, _starts(links, subject, lo, hi, dated, commands_only=True), lo, hi, dated)
    reached = [_Reach(u, name, "Organization", hops, path) for u, (name, hops, path) in units.items() if hops > 0]
    standing: dict[str, dict[str, command.Standing]] = {}
    people = links.people(sorted(units), lo, hi)
    for row in sorted(people, key=lambda r: (r["unit"], r["id"], r["predicate"], hierarchy.link_order(r["link"]))):
        _, hops, path = units[row["unit"]]
        # The subject, and whoever commands a unit where the walk starts (the unit asked about, or one the
        # subject commands beside them), are not below it: only its members are.
        if row["id"] == subject["id"] or (hops == 0 and row["predicate"] == "commands"):
            continue
        if row["predicate"] == "commands":
            if dated and row["unit"] not in standing:
                standing[row["unit"]] = _standings(links, row["unit"], lo, hi)
            step = _command_step(row, row["unit"], lo, hi, dated, standing.get(row["unit"], {}))
            if step.get("held") == "superseded" and not include_superseded:
                continue
        else:
            step = path_step(row["id"], row["predicate"], row["unit"], row["link"], lo, hi, dated)
        reached.append(_Reach(row["id"], row["name"], "Person", hops + 1, path.then(step)))
    return cast(SubordinatesAnswer, cited_sources(view, _answer(subject, at, "subordinates", reached)))


def counts(view: StoreView) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type."""
    return view.counts()
