"""The one exception tree of stategraph.

    StategraphError
    ├── ValidationError        a record breaks the codebook (unknown type, status, malformed JSON)
    ├── StoreError             the graph store failed
    │   ├── StoreUnavailable   the store cannot be reached or opened
    │   ├── StoreLocked        another process holds the embedded store
    │   ├── AuthError          Neo4j refused the credentials
    │   └── ReadOnlyViolation  a write was sent through a read-only call
    ├── QueryError             a named query or its parameters are wrong
    ├── InputError             an input file cannot be read as an article or a dump
    ├── EmptyGraphError        an analysis needs a graph with nodes or edges
    └── ExportError            an export or import format cannot carry the data

The CLI turns every one of them into a single ``Error:`` line and exit code 1.
"""

from __future__ import annotations

__all__ = [
    "AuthError",
    "EmptyGraphError",
    "ExportError",
    "InputError",
    "QueryError",
    "ReadOnlyViolation",
    "StategraphError",
    "StoreError",
    "StoreLocked",
    "StoreUnavailable",
    "ValidationError",
]


class StategraphError(Exception):
    """Root of every error stategraph raises on purpose."""


class ValidationError(StategraphError, ValueError):
    """A record does not follow the codebook."""


class StoreError(StategraphError):
    """The graph store failed."""


class StoreUnavailable(StoreError):
    """The store cannot be reached or opened."""


class StoreLocked(StoreError):
    """Another process holds the embedded store's write lock."""


class AuthError(StoreError):
    """Neo4j refused the credentials."""


class ReadOnlyViolation(StoreError):
    """A query tried to write through a read-only call."""


class QueryError(StategraphError):
    """A named query, its parameters, or a user query is wrong."""


class InputError(StategraphError):
    """An input cannot be read."""


class EmptyGraphError(StategraphError):
    """An analysis was asked of a graph with nothing in it."""


class ExportError(StategraphError):
    """An export or import could not be done faithfully."""
