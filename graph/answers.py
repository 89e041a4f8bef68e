"""The answers of the public questions, typed: what graph.queries, graph.accountability and graph.timeline
return, the API's response models (its OpenAPI document shows them) and what the CLI's printers read.

The steps of a path and the evidence stay plain JSON objects: their keys follow the ontology's attributes
of each predicate. An answer may carry keys besides those declared here (a reason, a status): they are
kept when the API serialises it (`__pydantic_config__`, read by pydantic only; nothing here imports it).
"""

from __future__ import annotations

from typing import Any, NotRequired

from typing_extensions import TypedDict

Json = dict[str, Any]


class Named(TypedDict):
    """An entity as an answer names it (a hidden one by its pseudonym and label)."""

    id: str
    name: str | None
    type: str


class Reached(TypedDict):
    """An entity a walk reached, with the assertions that reach it."""

    id: str
    name: str | None
    type: str
    distance: int  # links from the subject
    path: list[Json]  # the steps: each an assertion with its evidence and, at a date, whether it held
    valid_from: NotRequired[str | None]
    valid_to: NotRequired[str | None]
    status: NotRequired[str]  # at a date: attested, likely, possible
    reason: NotRequired[str]  # why likely


class ChainAnswer(TypedDict):
    subject: Named
    at: str | None
    superiors: list[Reached]


class SubordinatesAnswer(TypedDict):
    subject: Named
    at: str | None
    subordinates: list[Reached]


class ComplicityAnswer(TypedDict):
    subject: Named
    agents: list[Json]  # who aided, ordered, supplied or financed, each with its path
    crimes: list[Json]  # the crimes the subject is linked to, with its role
    supported: list[Json]  # whom it supplied or financed
    present: list[Json]  # units based or operating where a crime happened: leads, not parties


class ImpunityAnswer(TypedDict):
    country: str | None
    mechanism: Any
    unaccounted: list[Json]  # persons implicated and never charged, accused, tried or convicted
    outcomes: list[Json]  # per mechanism: how many it charged, convicted, acquitted


class CaseAnswer(TypedDict):
    case: Named
    courts: list[Json]
    accused: list[Json]  # each with the assertion that accuses them and their outcomes
    witnesses: int  # how many: who they are is not said here


# "from" is a keyword: the functional form.
PathAnswer = TypedDict("PathAnswer", {"from": Named, "to": Named, "via": list[str], "paths": list[Json]})


class TimelineAnswer(TypedDict):
    subject: Named
    events: list[Json]


for _answer in (Named, Reached, ChainAnswer, SubordinatesAnswer, ComplicityAnswer, ImpunityAnswer, CaseAnswer,
                PathAnswer, TimelineAnswer):  # fmt: skip
    _answer.__pydantic_config__ = {"extra": "allow"}  # type: ignore[union-attr]
