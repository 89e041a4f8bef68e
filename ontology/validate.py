"""SHACL validation of data in the ontology, with the shapes derived from it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import SH

from ontology.loader import load
from ontology.shapes import shapes_turtle


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes of this installation's ontology (shared: do not modify)."""
    return Graph().parse(data=shapes_turtle(load()), format="turtle")


@dataclass(frozen=True)
class Violation:
    """One way a data graph breaks the shapes, in words a person can act on."""

    focus: str
    path: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        return f"{where}: {self.message}"


def validate(data: Graph) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted; empty when it conforms."""
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), allow_warnings=True)
    if conforms:
        return []
    assert isinstance(report, Graph)
    out = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        if isinstance(path, BNode):  # a predicate's rule, reaching its assertions back along rdf:predicate
            focus, path = report.value(result, SH.value), None
        message = report.value(result, SH.resultMessage)
        out.add(
            Violation(
                focus=data.namespace_manager.normalizeUri(focus) if isinstance(focus, URIRef) else str(focus),
                path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else None,
                message=str(message) if message is not None else "violates a shape",
            )
        )
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))
