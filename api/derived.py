"""Every file generated from the ontology, across the packages that own them."""

from __future__ import annotations

from pathlib import Path

import ontology.derive
from graph.connect import schema_scripts
from ontology.model import Ontology


def all_artifacts(onto: Ontology) -> dict[str, str]:
    """Derived files by path relative to the repository root: ontology's and the store's."""
    return {**ontology.derive.artifacts(onto), **schema_scripts(onto)}


def repository_root() -> Path:
    """The checkout this package runs from (derived files are committed there)."""
    return Path(ontology.derive.__file__).resolve().parent.parent
