"""The project's own errors, at the root of the dependency graph so every layer can raise them.

Each knows its HTTP status; the CLI prints the message on one line and exits
non-zero, the API answers JSON with the status. Engine and driver errors are
translated into these at the boundary where they occur.
"""

from __future__ import annotations


class AcgError(Exception):
    """Base of every error the project reports to a person."""

    status = 500


class InvalidInput(AcgError):
    """Input named by the user (a file, a field, a parameter) is unusable."""

    status = 400


class Forbidden(AcgError):
    """The caller's role does not allow what was asked."""

    status = 403


class TooLarge(InvalidInput):
    """Input over a size the project sets (a body, a file, what a compressed file inflates to)."""

    status = 413


class NotFound(AcgError):
    """Something the user named does not exist."""

    status = 404


class Conflict(AcgError):
    """The request clashes with the state of the store (an ambiguous name, a held lock)."""

    status = 409


class StoreUnavailable(AcgError):
    """The store cannot be reached or opened: the message says what to do."""

    status = 503


class QueryInvalid(AcgError):
    """The engine refused a query; the message carries the engine's words."""

    status = 400


class QueryCrashed(QueryInvalid):
    """The engine crashed or ran out of the memory allowed on a query (in a process of its own: nothing
    else was affected)."""


class QueryTimeout(AcgError):
    """A query ran past its time limit."""

    status = 504


class AuthFailed(AcgError):
    """The store refused the credentials."""

    status = 401
