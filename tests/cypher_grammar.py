"""Parse Cypher with Neo4j's own grammar (the ANTLR parser generated from it, shipped in neo4j-guard).

neo4j-guard's public check also applies its safety rules and refuses schema
commands; here only the grammar matters, so its lexer and parser are driven
directly.
"""

from __future__ import annotations

from typing import Any

from antlr4 import CommonTokenStream, InputStream
from antlr4.error.ErrorListener import ErrorListener
from neo4j_guard._parser.Cypher25Lexer import Cypher25Lexer
from neo4j_guard._parser.Cypher25Parser import Cypher25Parser


class CypherSyntaxError(ValueError):
    pass


class _Raise(ErrorListener):  # type: ignore[misc]
    def syntaxError(self, recognizer: Any, symbol: Any, line: int, column: int, msg: str, e: Any) -> None:
        raise CypherSyntaxError(f"line {line}, column {column}: {msg}")


def parse(text: str) -> None:
    """Raise CypherSyntaxError unless `text` parses as Cypher statements."""
    lexer = Cypher25Lexer(InputStream(text))
    parser = Cypher25Parser(CommonTokenStream(lexer))
    for recognizer in (lexer, parser):
        recognizer.removeErrorListeners()
        recognizer.addErrorListener(_Raise())
    parser.statements()  # type: ignore[no-untyped-call]
