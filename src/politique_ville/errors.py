"""The exceptions the library raises, all rooted at :class:`Error`."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DataError",
    "Error",
    "UnknownCentreError",
    "UnknownChoiceError",
    "UnknownSourceError",
    "UnknownTerritoryError",
]


class Error(Exception):
    """Base class of every exception this library raises on purpose."""


class _UnknownError(Error, LookupError):
    """A lookup found nothing; ``suggestions`` holds the closest known names."""

    what = "name"

    def __init__(self, query: object, suggestions: Sequence[str] = (), hint: str = "") -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        shown = repr(query) if not isinstance(query, str) or len(query) <= 80 else repr(query[:77] + "...")
        message = f"unknown {self.what}: {shown}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownCentreError(_UnknownError):
    """No centre has this id, acronym or name."""

    what = "centre"


class UnknownTerritoryError(_UnknownError):
    """No region or department has this code or name."""

    what = "territory"


class UnknownSourceError(_UnknownError):
    """No source has this id."""

    what = "source"


class UnknownChoiceError(_UnknownError):
    """A value is not in a closed vocabulary (mission, funder, legal form...)."""

    what = "choice"


class DataError(Error, ValueError):
    """A data file is malformed or inconsistent; ``problems`` lists every problem found."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"invalid data in {path}: {len(self.problems)} problem(s)\n{lines}")
