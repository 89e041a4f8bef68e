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


RelationshipType = Literal[
    "ACCUSED_IN",
    "ACQUITTED_BY",
    "AIDED",
    "BASED_AT",
    "CHARGED_BY",
    "COMMANDS",
    "CONVICTED_BY",
    "FINANCED",
    "INVESTIGATED_BY",
    "MEMBER_OF",
    "OCCURRED_IN",
    "OF_TYPE",
    "OPERATED_IN",
    "ORDERED",
    "PART_OF",
    "PERPETRATED",
    "SUPPLIED",
    "TAKES_PART_IN",
    "TRIED_BY",
    "VICTIM_OF",
    "WITNESS_IN",
]
"""Every predicate, by its Cypher name (relationship type)."""


Language = Literal[
    "en",
    "de",
    "es",
    "fr",
]
"""The languages the vocabulary is labelled in."""


Sensitivity = Literal[
    "protected",
    "public",
    "restricted",
]
"""Sensitivity levels of entities, assertions and documents."""
