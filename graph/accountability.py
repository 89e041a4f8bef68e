"""Complicity, impunity, cases and paths: who helped, who was never tried, what a court did.

Like graph.queries, each answer carries its paths with the evidence of every
step. Walks are breadth-first over one entity's links at a time (StoreView.links: the fast form on
both engines).
"""

from __future__ import annotations

from collections import deque
from typing import Any, cast

from graph.answers import CaseAnswer, ComplicityAnswer, ImpunityAnswer, PathAnswer
from graph.queries import NO_DATE, cited_sources, find_entity, held, named_steps, path_step
from graph.store import StoreView
from ontology import dates, load
from ontology.errors import InvalidInput, NotFound
from ontology.terms import RelationshipType

SUPPORT: tuple[RelationshipType, ...] = ("SUPPLIED", "FINANCED")
CRIME_LINKS: tuple[RelationshipType, ...] = ("PERPETRATED", "ORDERED", "AIDED")
PERPETRATED: RelationshipType = "PERPETRATED"
MAX_SUPPORT_DEPTH = 4


def standing_links(
    view: StoreView, node: dict[str, Any], types: tuple[RelationshipType, ...], direction: str
) -> list[dict[str, Any]]:
    """The standing links of the given types (Cypher names) into or out of an entity ({"id", "type"}) that
    the ontology allows for its type: rows with the far end's id, name and type, predicate and rel."""
    onto = load()
    allowed = {
        p.cypher for p in onto.predicates.values() if node["type"] in (p.range if direction == "in" else p.domain)
    }
    usable = tuple(t for t in types if t in allowed)
    if not usable:
        return []
    return view.links(node["type"], node["id"], direction, usable, standing_only=True)


def _entry(row: dict[str, Any], distance: int, path: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "type": row["type"], "distance": distance, "path": path}


def _step_of(row: dict[str, Any], subject: str, obj: str) -> dict[str, Any]:
    return path_step(subject, row["predicate"].lower(), obj, row["rel"], *NO_DATE, dated=False)


def _supporters(view: StoreView, agents: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Agents that supplied or financed the given agents, and those behind them, breadth-first."""
    found: dict[str, dict[str, Any]] = {}
    queue = deque((a, p, 0) for a, p in agents)
    seen = {a["id"] for a, _ in agents}
    while queue:
        agent, path, depth = queue.popleft()
        if depth >= MAX_SUPPORT_DEPTH:
            continue
        for row in standing_links(view, agent, SUPPORT, "in"):
            step = _step_of(row, row["id"], agent["id"])
            if row["id"] not in seen:
                seen.add(row["id"])
                found[row["id"]] = {**_entry(row, len(path) + 1, [*path, step]), "role": row["predicate"].lower()}
                queue.append((row, [*path, step], depth + 1))
    return list(found.values())


def complicity(view: StoreView, ref: str) -> ComplicityAnswer:
    """Who helped: for a crime, case, unit or person, every agent linked by aided, ordered, supplied or
    financed, directly or through those who perpetrated it; for any agent (a company, a state), also whom
    it supplied or financed (`supported`, and whom they did in turn) and the crimes reachable that way.
    For a crime, also the units based or operating where it happened at the time (`present`: possible
    leads, not parties).

    Parameters
    ----------
    view : StoreView
        The store to read.
    ref : str
        A crime, case, unit, person or any agent: an id, or a name that names one entity.

    Returns
    -------
    dict
        ``subject``; ``agents`` (who aided, ordered, supplied or financed, each with its ``path``);
        ``crimes`` (what the subject is linked to, with its ``role``); ``supported`` and ``present``.

    Raises
    ------
    NotFound
        No entity has that id or name.
    Conflict
        `ref` names several entities (give an id).

    Examples
    --------
    >>> answer = complicity(koblenz(), "Branch 251")
    >>> [(c["name"], c["role"]) for c in answer["crimes"]], answer["agents"]
    ([('Torture of detainees at Al-Khatib', 'perpetrated')], [])
    """
    subject = find_entity(view, ref)
    agents: list[dict[str, Any]] = []
    crimes: list[dict[str, Any]] = []
    perpetrators: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    supported: list[dict[str, Any]] = []  # whom an agent supplied or financed, and whom they did in turn

    def crime_links(crime: dict[str, Any], prefix: list[dict[str, Any]]) -> None:
        for row in standing_links(view, crime, CRIME_LINKS, "in"):
            step = _step_of(row, row["id"], crime["id"])
            if row["predicate"] == PERPETRATED:
                perpetrators.append((row, [*prefix, step]))
            elif row["id"] != subject["id"]:
                agents.append({**_entry(row, len(prefix) + 1, [*prefix, step]), "role": row["predicate"].lower()})

    if subject["type"] == "Crime":
        crime_links(subject, [])
    elif subject["type"] == "Case":
        for accused in standing_links(view, subject, ("ACCUSED_IN",), "in"):
            perpetrators.append((accused, [_step_of(accused, accused["id"], subject["id"])]))
    elif subject["type"] in {"Person", "Organization"}:
        perpetrators.append((subject, []))
        # Crimes reachable from the subject: its own, and those of the agents it supplied or financed.
        reach: deque[tuple[dict[str, Any], list[dict[str, Any]], int]] = deque([(subject, [], 0)])
        seen = {subject["id"]}
        while reach:
            agent, path, depth = reach.popleft()
            for row in standing_links(view, agent, CRIME_LINKS, "out"):
                step = _step_of(row, agent["id"], row["id"])
                crimes.append({**_entry(row, len(path) + 1, [*path, step]), "role": row["predicate"].lower()})
            if depth < MAX_SUPPORT_DEPTH:
                for row in standing_links(view, agent, SUPPORT, "out"):
                    if row["id"] not in seen:
                        seen.add(row["id"])
                        step = _step_of(row, agent["id"], row["id"])
                        supported.append({**_entry(row, len(path) + 1, [*path, step]), "role": step["predicate"]})
                        reach.append((row, [*path, step], depth + 1))
    else:
        raise NotFound(
            f"{subject['name']} is a {subject['type']}: complicity is asked of a crime, case, unit or person"
        )

    present: list[dict[str, Any]] = []
    if subject["type"] == "Crime":
        agents += _commanders_then(view, subject, perpetrators)
        present = _present(view, subject)
    # Perpetrators (or, for a case, the accused) reached through a link: their role is that link.
    agents += [{**_entry(a, len(p), p), "role": p[-1]["predicate"]} for a, p in perpetrators if p]
    agents += _supporters(view, perpetrators)
    unique = {a["id"]: a for a in sorted(agents, key=lambda a: -a["distance"])}
    subject_out = {"id": subject["id"], "name": subject["name"], "type": subject["type"]}
    order = lambda e: (e["distance"], e["name"] or "", e["id"])  # noqa: E731
    answer = {"subject": subject_out, "agents": sorted(unique.values(), key=order), "crimes": sorted(crimes, key=order),
              "supported": sorted(supported, key=order), "present": sorted(present, key=order)}  # fmt: skip
    return named_steps(view, cast(ComplicityAnswer, answer))


def _commanders_then(
    view: StoreView, crime: dict[str, Any], perpetrators: list[tuple[dict[str, Any], list[dict[str, Any]]]]
) -> list[dict[str, Any]]:
    """Who commanded a perpetrating unit when the crime happened (attested, or possible where a date is
    unknown), with the path crime <- unit <- commander."""
    node = view.entity("Crime", crime["id"])
    assert node is not None, crime["id"]  # found by the walk that gave it
    found = []
    for unit, path in perpetrators:
        if unit["type"] != "Organization":
            continue
        for row in standing_links(view, unit, ("COMMANDS",), "in"):
            status = _overlaps(row["rel"], node.get("start_date"), node.get("end_date"))
            if status is not None:
                step = _step_of(row, row["id"], unit["id"])
                entry = {**_entry(row, len(path) + 1, [*path, step]), "role": "commanded the perpetrating unit"}
                found.append({**entry, "status": status})
    return found


_PRESENCE: dict[RelationshipType, str] = {"BASED_AT": "based where it happened",
                                           "OPERATED_IN": "operating where it happened"}  # fmt: skip


def _present(view: StoreView, crime: dict[str, Any]) -> list[dict[str, Any]]:
    """Units based or operating at the crime's places when it happened (or at a time not known to exclude
    it), with the path crime -> place <- unit. Always "possible": a unit's presence is a lead to follow,
    never a part in the crime."""
    node = view.entity("Crime", crime["id"])
    assert node is not None, crime["id"]  # found by the walk that gave it
    found: dict[str, dict[str, Any]] = {}
    for place in standing_links(view, crime, ("OCCURRED_IN",), "out"):
        at = _step_of(place, crime["id"], place["id"])
        for row in standing_links(view, place, tuple(_PRESENCE), "in"):
            if row["id"] in found or _overlaps(row["rel"], node.get("start_date"), node.get("end_date")) is None:
                continue
            step = _step_of(row, row["id"], place["id"])
            found[row["id"]] = {**_entry(row, 2, [at, step]), "role": _PRESENCE[row["predicate"]], "status": "possible"}
    return list(found.values())


def _overlaps(command: dict[str, Any], crime_from: str | None, crime_to: str | None) -> str | None:
    """Whether a command held when a crime happened: "attested", "possible" (a bound unknown), or None (it did not)."""
    lo = dates.lower_key(crime_from) or dates.lower_key(crime_to)
    hi = dates.upper_key(crime_to) or dates.upper_key(crime_from)
    if lo is None or hi is None:
        return "possible"
    if (command.get("from_key") and command["from_key"] > hi) or (command.get("to_key") and command["to_key"] < lo):
        return None
    return held(command, lo, hi)


def impunity(view: StoreView, country: str | None = None, mechanism: str | None = None) -> ImpunityAnswer:
    """Persons implicated in crimes (perpetrated, ordered, aided, or commanding a perpetrating unit when the
    crime happened) whom no mechanism charged, convicted or tried; and the outcomes per mechanism. Both
    filters apply to both: `country`, the country of the crimes (and of a court's seat); `mechanism`, by
    id or name.

    Parameters
    ----------
    view : StoreView
        The store to read.
    country : str, optional
        An ISO 3166 code or a country's name (one no crime is placed in gives an empty answer).
    mechanism : str, optional
        A court or other mechanism, by id or name.

    Returns
    -------
    dict
        ``country``, ``mechanism``, ``unaccounted`` (each person with the crimes that implicate them and
        how) and ``outcomes`` (per mechanism: how many it charged, convicted, acquitted).

    Raises
    ------
    NotFound
        No mechanism has that id or name.
    Conflict
        `mechanism` names several entities (give an id).

    Examples
    --------
    >>> answer = impunity(koblenz())
    >>> answer["unaccounted"], [(o["name"], o["convicted_by"]) for o in answer["outcomes"]]
    ([], [('Higher Regional Court of Koblenz', 1)])
    """
    if mechanism and not country:
        # The persons' table too is of the mechanism's country, when it sits in one.
        chosen = find_entity(view, mechanism)
        if chosen["type"] != "Mechanism":
            raise NotFound(f"--mechanism: {chosen['name']} is a {chosen['type']}, not a court or mechanism")
        mechanism = chosen["id"]
        seat = (view.entity("Mechanism", chosen["id"]) or {}).get("country")
        country = str(seat) if seat else None
    countries = {r["crime"]: r["country"] for r in view.crime_countries()}
    dealt = {r["id"] for r in view.dealt_with()}
    implicated: dict[str, dict[str, Any]] = {}

    where: dict[str, set[str]] = {}  # the countries of each implicated person's crimes, dealt with or not

    def crime_country(row: dict[str, Any]) -> str | None:
        return row["country"] or countries.get(row["crime"])

    def implicate(row: dict[str, Any]) -> None:
        where.setdefault(row["id"], set()).add((crime_country(row) or "").upper())

    def add(row: dict[str, Any], how: str, step_path: list[dict[str, Any]], status: str) -> None:
        if country and (crime_country(row) or "").upper() != country.upper():
            return
        person = implicated.setdefault(row["id"], {"id": row["id"], "name": row["name"], "crimes": []})
        person["crimes"].append({"id": row["crime"], "name": row["crime_name"], "country": crime_country(row),
                                 "how": how, "status": status, "path": step_path})  # fmt: skip

    for row in view.implicated_directly():
        implicate(row)
        if row["id"] not in dealt:
            add(row, row["predicate"].lower(), [_step_of(row, row["id"], row["crime"])], "attested")
    for row in view.implicated_as_commander():
        status = _overlaps(row["command"], row["crime_from"], row["crime_to"])
        if status is not None:
            implicate(row)
        if row["id"] in dealt or status is None:
            continue
        path = [
            path_step(row["id"], "commands", row["unit"], row["command"], *NO_DATE, dated=False),
            path_step(row["unit"], "perpetrated", row["crime"], row["rel"], *NO_DATE, dated=False),
        ]
        add(row, "commanded the perpetrating unit", path, status)

    outcomes: dict[str, dict[str, Any]] = {}
    for row in view.outcomes():
        if mechanism and row["id"] != mechanism and (row["name"] or "").casefold() != mechanism.casefold():
            continue
        # With a country: a court of that country, or one without a seat of its own (an international or
        # hybrid court) dealing with someone implicated in crimes there.
        seat = (row["country"] or "").upper()
        if country and seat != country.upper() and (seat or country.upper() not in where.get(row["accused"], ())):
            continue
        entry = outcomes.setdefault(row["id"], {"id": row["id"], "name": row["name"], "kind": row["kind"]})
        key = row["predicate"].lower()
        entry[key] = entry.get(key, 0) + 1
    persons = sorted(implicated.values(), key=lambda p: (-len(p["crimes"]), p["name"] or "", p["id"]))
    answer = {"country": country, "mechanism": mechanism, "unaccounted": persons, "outcomes": list(outcomes.values())}
    return named_steps(view, cast(ImpunityAnswer, answer))


def cases(view: StoreView, ref: str) -> list[CaseAnswer]:
    """The cases `ref` names: a case itself, or the cases a person or organization is accused in (each as
    `case` gives it)."""
    subject = find_entity(view, ref)
    if subject["type"] == "Case":
        return [case(view, subject["id"])]
    if subject["type"] not in {"Person", "Organization"}:
        raise NotFound(
            f"{subject['name']} is a {subject['type']}: cases are asked of a case, a person or an organization"
        )
    return [
        case(view, c["id"])
        for c in sorted(standing_links(view, subject, ("ACCUSED_IN",), "out"), key=lambda c: c["id"])
    ]


def case(view: StoreView, ref: str) -> CaseAnswer:
    """A case: its court(s), the accused with charges, outcomes, sentences and dates.

    Parameters
    ----------
    view : StoreView
        The store to read.
    ref : str
        The case: an id, or a name that names one case.

    Returns
    -------
    dict
        ``case``; ``courts``; ``accused``, each with the assertion that accuses them and their
        ``outcomes`` (predicate, court, date, crime types, mode of liability, sentence, verdict, evidence);
        and ``witnesses``, a count (who they are is not said here: they are protected).

    Raises
    ------
    NotFound
        No entity has that id or name, or it is not a case.
    Conflict
        `ref` names several entities (give an id).

    Examples
    --------
    >>> answer = case(koblenz(), "al-Khatib trial")
    >>> [c["name"] for c in answer["courts"]], answer["witnesses"]
    (['Higher Regional Court of Koblenz'], 1)
    >>> [(o["predicate"], o["sentence"]) for o in answer["accused"][0]["outcomes"]]
    [('convicted_by', 'life imprisonment')]
    """
    subject = find_entity(view, ref)
    if subject["type"] != "Case":
        raise NotFound(f"{subject['name']} is a {subject['type']}, not a case")
    courts = [
        {**_entry(r, 1, []), "valid_from": r["rel"].get("valid_from"), "valid_to": r["rel"].get("valid_to")}
        for r in standing_links(view, subject, ("TRIED_BY",), "out")
    ]
    court_ids = {c["id"] for c in courts}
    accused = []
    for a in standing_links(view, subject, ("ACCUSED_IN",), "in"):
        outcomes = [o for o in _outcomes(view, a) if not court_ids or o["mechanism"] in court_ids]
        accused.append(
            {"id": a["id"], "name": a["name"], "type": a["type"],
             "accused": _step_of(a, a["id"], subject["id"]), "outcomes": outcomes}
        )  # fmt: skip
    witnesses = len(standing_links(view, subject, ("WITNESS_IN",), "in"))
    answer = {"case": subject, "courts": courts, "accused": accused, "witnesses": witnesses}
    return cited_sources(view, cast(CaseAnswer, answer))


def _outcomes(view: StoreView, agent: dict[str, Any]) -> list[dict[str, Any]]:
    """What mechanisms did with a person or organization: each charge, conviction and acquittal, with its
    court, date, crime types, mode of liability, sentence, verdict and evidence."""
    return [
        {
            "predicate": o["predicate"].lower(),
            "mechanism": o["id"],
            "mechanism_name": o["name"],
            **{k: o["rel"].get(k) for k in ("date", "crime_types", "mode_of_liability", "sentence", "verdict")},
            "evidence": _step_of(o, agent["id"], o["id"])["evidence"],
        }
        for o in standing_links(view, agent, ("CHARGED_BY", "CONVICTED_BY", "ACQUITTED_BY"), "out")
    ]


def outcomes_outside_cases(view: StoreView, ref: str) -> list[dict[str, Any]]:
    """The charges, convictions and acquittals of a person or organization that no case of theirs holds
    (their case was not named): which courts dealt with them, when no case says so. Empty for a case."""
    subject = find_entity(view, ref)
    if subject["type"] not in {"Person", "Organization"}:
        return []
    in_cases = {
        court["id"] for c in standing_links(view, subject, ("ACCUSED_IN",), "out")
        for court in standing_links(view, c, ("TRIED_BY",), "out")
    }  # fmt: skip
    return cited_sources(view, [o for o in _outcomes(view, subject) if o["mechanism"] not in in_cases])


def path(view: StoreView, a_ref: str, b_ref: str, via: tuple[str, ...] = (), max_hops: int = 6) -> PathAnswer:
    """All shortest paths between two entities, over the given predicates (all when none), in either direction.

    Parameters
    ----------
    view : StoreView
        The store to read.
    a_ref, b_ref : str
        The two entities: ids, or names that name one entity each.
    via : tuple of str
        The predicates a path may follow (JSON names: "part_of", "commands"); all when empty.
    max_hops : int
        The longest path looked for.

    Returns
    -------
    dict
        ``from``, ``to``, ``via`` and ``paths``: each with its ``length``, its ``nodes`` and the assertions
        of its ``path``.

    Raises
    ------
    NotFound
        No entity has one of those ids or names.
    Conflict
        A name names several entities (give an id).
    InvalidInput
        A predicate of `via` is unknown; `max_hops` is not between 1 and 12.

    Examples
    --------
    >>> answer = path(koblenz(), "Anwar Raslan", "General Intelligence Directorate", via=("member_of", "part_of"))
    >>> [[n["name"] for n in p["nodes"]] for p in answer["paths"]]
    [['Anwar Raslan', 'Branch 251', 'General Intelligence Directorate']]
    """
    onto = load()
    try:
        types = tuple(onto.predicate(p).cypher for p in via)
    except KeyError as e:
        raise InvalidInput(f"--via: {e.args[0]}") from e
    if not 1 <= max_hops <= 12:
        raise InvalidInput(f"--max-hops: {max_hops} is not between 1 and 12")
    a, b = find_entity(view, a_ref), find_entity(view, b_ref)
    paths = []
    for nodes, rels in view.shortest_paths((a["type"], a["id"]), (b["type"], b["id"]), types, max_hops):
        steps = []
        for index, rel in enumerate(rels):
            subject = rel["subject"]
            ends = {nodes[index]["id"], nodes[index + 1]["id"]}
            obj = next(iter(ends - {subject}), subject)
            steps.append(path_step(subject, rel["predicate"].lower(), obj, rel, *NO_DATE, dated=False))
        paths.append({"length": len(steps), "nodes": [{"id": n["id"], "name": n.get("name")} for n in nodes],
                      "path": steps})  # fmt: skip
    return named_steps(view, cast(PathAnswer, {"from": a, "to": b, "via": list(via), "paths": paths}))
