"""The store contract holds in the code: only the engines speak Cypher.

Everything above the engines asks the store in the domain's words (graph.store); the Cypher the project
sends lives in graph/cypher, which only the engines use. A module that imports it, or writes a statement
of its own, moves a dialect out of its engine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "graph", "ingest", "nlp", "ontology")
ENGINES = {"graph/ladybug_store.py", "graph/neo4j_store.py", "graph/connect.py"}
# Cypher shown to a person, not sent: the ontology's documentation of each predicate's pattern.
DOCUMENTS_CYPHER = {"ontology/docs.py"}
# The start of a statement as the project writes them (keywords in capitals), not of a sentence.
STATEMENT = re.compile(r"\s*(?:(?:OPTIONAL )?MATCH|MERGE|CREATE)\s*\(|\s*UNWIND \$|\s*WITH \$")


def _modules() -> list[tuple[str, ast.Module]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if not name.startswith("graph/cypher/"):
                found.append((name, ast.parse(path.read_text(encoding="utf-8"), name)))
    return found


def _imports(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_only_the_engines_use_graph_cypher() -> None:
    modules = _modules()
    assert len(modules) > 50  # the walk found the packages
    users = sorted(name for name, tree in modules if any(i.startswith("graph.cypher") for i in _imports(tree)))
    assert users == sorted(ENGINES)


def test_no_module_above_the_engines_writes_a_statement() -> None:
    found = []
    for name, tree in _modules():
        if name in ENGINES | DOCUMENTS_CYPHER:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and STATEMENT.match(node.value):
                found.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    assert found == []


def test_the_walk_would_see_a_statement() -> None:
    """The check above is not blind: it finds the statements of graph/cypher when shown them."""
    text = (ROOT / "graph" / "cypher" / "read.py").read_text(encoding="utf-8")
    tree = ast.parse(text)
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert sum(bool(STATEMENT.match(s)) for s in strings) > 10
