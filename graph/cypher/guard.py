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

from neo4j_guard._checker import GuardError, check_query
from neo4j_guard._rules import Rules

from ontology.errors import InvalidInput

# LadybugDB's own reading functions beside Neo4j's (the guard knows Neo4j's only).
_READ = Rules.build("read", ["label", "list_contains", "list_extract", "string_split", "contains"], [])


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
    try:
        check_query(query, _READ)
    except GuardError as e:
        raise InvalidInput(f"query: {e}") from None
    if _statements(query) > 1:
        raise InvalidInput("query: one statement at a time")


def _statements(query: str) -> int:
    from antlr4 import CommonTokenStream, InputStream
    from neo4j_guard._parser.Cypher25Lexer import Cypher25Lexer
    from neo4j_guard._parser.Cypher25Parser import Cypher25Parser

    parser = Cypher25Parser(CommonTokenStream(Cypher25Lexer(InputStream(query))))
    parser.removeErrorListeners()
    return len(parser.statements().statement())  # type: ignore[no-untyped-call]
