"""pyshacl on the derived shapes: the reference the compiled checks of `ontology.conformance` are held to."""

from __future__ import annotations

from functools import cache

import pyshacl
from rdflib import BNode, Graph
from rdflib.namespace import SH

from ontology import load
from ontology.shapes import shapes_turtle
from ontology.validate import name


@cache
def shapes_graph() -> Graph:
    return Graph().parse(data=shapes_turtle(load()), format="turtle")


def pyshacl_violations(data: Graph) -> set[tuple[str, str | None]]:
    """The (focus node, path) of every violation pyshacl reports, named as `ontology.validate` names them."""
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), allow_warnings=True)
    if conforms:
        return set()
    assert isinstance(report, Graph)
    out = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        if isinstance(path, BNode):  # a predicate's rule, reaching its assertions back along rdf:predicate
            focus, path = report.value(result, SH.value), None
        assert focus is not None
        out.add((name(data, focus), name(data, path) if path is not None else None))
    return out
