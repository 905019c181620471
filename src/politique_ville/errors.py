"""The exceptions the library raises, all rooted at :class:`Error`.

Each also derives from the builtin a caller would expect: ``LookupError`` for names that are
not known, ``ValueError`` for malformed values and data, ``TypeError`` for wrong types.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DataError",
    "Error",
    "InvalidTypeError",
    "InvalidValueError",
    "UnknownCentreError",
    "UnknownChoiceError",
    "UnknownNameError",
    "UnknownSourceError",
    "UnknownTerritoryError",
]


class Error(Exception):
    """Base class of every exception this library raises on purpose."""


class InvalidValueError(Error, ValueError):
    """An argument has the right type but a malformed value (a date like ``"2012-13"``)."""


class InvalidTypeError(Error, TypeError):
    """An argument has the wrong type (a float where a year is expected)."""


class UnknownNameError(Error, LookupError):
    """A lookup found nothing; ``suggestions`` holds the closest known names."""

    what: str = "name"

    def __init__(self, query: object, suggestions: Sequence[str] = (), hint: str = "") -> None:
        self.query: object = query
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        shown = repr(query[:77] + "...") if isinstance(query, str) and len(query) > 80 else repr(query)
        message = f"unknown {self.what}: {shown}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownCentreError(UnknownNameError):
    """No centre has this id, acronym or name (or the name stands for several centres)."""

    what: str = "centre"


class UnknownTerritoryError(UnknownNameError):
    """No region or department has this code or name."""

    what: str = "territory"


class UnknownSourceError(UnknownNameError):
    """No source has this id."""

    what: str = "source"


class UnknownChoiceError(UnknownNameError):
    """A value is not in a closed vocabulary (mission, funder, legal form...)."""

    what: str = "choice"


class DataError(Error, ValueError):
    """A data folder is malformed or inconsistent; ``problems`` lists every problem found,
    each with its file and JSON path."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path: str = path
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"invalid data in {path}: {len(self.problems)} problem(s)\n{lines}")
