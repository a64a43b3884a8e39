"""Domain exceptions. The CLI turns each into a one-line error in one place."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(KGError):
    """A file or record cannot be read; names the source and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ResourceError(KGError):
    """A language pack, gazetteer or ontology file is missing or malformed."""


class StoreError(KGError):
    """The store cannot be opened or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or refused."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(message + where)
        self.line = line
        self.column = column
