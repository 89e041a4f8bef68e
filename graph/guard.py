"""Cypher written by a user (a lawyer's raw query) is checked here before it reaches any store.

The text is parsed with Neo4j's own grammar (the parser neo4j-guard generates
from it) and refused unless it is one statement made only of reading
clauses: no CREATE, MERGE, SET, REMOVE, DELETE, FOREACH, LOAD CSV or USE,
in any case, behind comments or inside `CALL { … }`; no procedure but the
schema look-ups (`db.labels()` and the like, no `apoc.*`), no admin or SHOW
command. The store then runs it in a read-only transaction with a time and row
limit (StoreView.read_bounded): the check and the transaction are two walls,
so a gap in one is not a write. Values come in as parameters, never as text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from antlr4 import CommonTokenStream, InputStream
from neo4j_guard._checker import GuardError, _problem, _RaiseOnSyntaxError, _walk
from neo4j_guard._parser.Cypher25Lexer import Cypher25Lexer
from neo4j_guard._parser.Cypher25Parser import Cypher25Parser
from neo4j_guard._rules import Rules

from ontology.errors import InvalidInput

# LadybugDB's own reading functions beside Neo4j's (the guard knows Neo4j's only).
_READ = Rules.build("read", ["label", "list_contains", "list_extract", "string_split", "contains"], [])


@lru_cache(maxsize=4096)  # a pure function of the text; a refusal raises and is never cached
def check_read_only(query: str) -> None:
    """Raise InvalidInput, saying why, unless `query` is one read-only Cypher statement.

    >>> check_read_only("MATCH (p:Person) RETURN p.name LIMIT 5")
    >>> check_read_only("match (n) detach delete n")
    Traceback (most recent call last):
    ...
    ontology.errors.InvalidInput: query: DELETE is not allowed in read mode
    """
    if not query.strip():
        raise InvalidInput("query: empty")
    # One parse, then neo4j-guard's own rules on every node of the tree (as its check_query does).
    text = re.sub(r"^\s*(EXPLAIN|PROFILE)\b", "", query, flags=re.IGNORECASE)
    lexer = Cypher25Lexer(InputStream(text))
    parser = Cypher25Parser(CommonTokenStream(lexer))
    for recognizer in (lexer, parser):
        recognizer.removeErrorListeners()
        recognizer.addErrorListener(_RaiseOnSyntaxError())
    try:
        tree = parser.statements()  # type: ignore[no-untyped-call]
        problems = (_problem(node, _READ) for node in _walk(tree))
        problem = next((p for p in problems if p is not None), None)
    except GuardError as e:
        raise InvalidInput(f"query: {e}") from None
    except RecursionError:
        raise InvalidInput("query: nested too deeply") from None
    if problem is not None:
        raise InvalidInput(f"query: {problem}")
    if len(tree.statement()) > 1:
        raise InvalidInput("query: one statement at a time")
