"""The ontology's names as Python types (their values: typing.get_args), derived from ontology/acc.ttl
by `acg ontology derive`: do not edit."""

from __future__ import annotations

from typing import Literal

EntityType = Literal[
    "Case",
    "Crime",
    "CrimeType",
    "Document",
    "Location",
    "Mechanism",
    "Organization",
    "Person",
]
"""Every entity type (node label)."""


SearchableType = Literal[
    "Case",
    "Crime",
    "Document",
    "Location",
    "Mechanism",
    "Organization",
    "Person",
]
"""Entity types but the taxonomies': what search and exports list."""


Predicate = Literal[
    "accused_in",
    "acquitted_by",
    "aided",
    "based_at",
    "charged_by",
    "commands",
    "convicted_by",
    "financed",
    "investigated_by",
    "member_of",
    "occurred_in",
    "of_type",
    "operated_in",
    "ordered",
    "part_of",
    "perpetrated",
    "supplied",
    "takes_part_in",
    "tried_by",
    "victim_of",
    "witness_in",
]
"""Every predicate, by its JSON name."""


Sensitivity = Literal[
    "protected",
    "public",
    "restricted",
]
"""Sensitivity levels of entities, assertions and documents."""
