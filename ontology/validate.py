"""Validation of data in the ontology against the shapes derived from it."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from ontology.conformance import conformance


@dataclass(frozen=True)
class Violation:
    """One way a data graph breaks the shapes, in words a person can act on."""

    focus: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        return f"{where}: {self.message}"


def name(data: Graph, node: Node) -> str:
    """A node as a person reads it: a prefixed name where the graph binds one."""
    return data.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else str(node)


def validate(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty when it conforms.

    The shapes run as the direct checks of `ontology.conformance`, which report what a SHACL
    engine reports for `ontology/derived/shapes.ttl` (the same focus node and path).
    """
    found = {
        Violation(focus=name(data, focus), path=name(data, path) if path is not None else None, message=message)
        for focus, path, message in conformance().violations(data)
    }
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message))
