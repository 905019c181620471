"""The exceptions the library raises, all rooted at :class:`Error`.

Each also derives from the builtin a caller would expect: ``LookupError`` for names that are
not known, ``ValueError`` for malformed values and data, ``TypeError`` for wrong types.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Sequence

__all__ = [
    "CloseMatchWarning",
    "DataError",
    "Error",
    "InvalidTypeError",
    "InvalidValueError",
    "MissingExtraError",
    "UnknownBodyError",
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


class MissingExtraError(Error, ImportError):
    """What was asked needs an optional extra that is not installed (a PNG map needs
    ``politique-ville[png]``); the message says which and how to install it."""


_MAX_SUGGESTIONS = 5  # shown in a message; ``suggestions`` keeps them all


class UnknownNameError(Error, LookupError):
    """A lookup found nothing; ``suggestions`` holds the closest known names."""

    what: str = "name"
    plural: str = "names"

    def __init__(self, query: object, suggestions: Sequence[str] = (), hint: str = "") -> None:
        self.query: object = query
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        shown = repr(query[:77] + "...") if isinstance(query, str) and len(query) > 80 else _shown(query)
        message = f"unknown {self.what}: {shown}"
        if self.suggestions:
            offered = list(dict.fromkeys(self.suggestions))[:_MAX_SUGGESTIONS]
            message += "; did you mean " + " or ".join(_shown(s) for s in offered) + "?"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownCentreError(UnknownNameError):
    """No centre has this id, acronym or name (or the name stands for several centres)."""

    what: str = "centre"
    plural: str = "centres"


class UnknownBodyError(UnknownNameError):
    """No public body of the network (the CR-DIV, the CGET...) has this id, acronym or name."""

    what: str = "body"
    plural: str = "bodies"


class UnknownTerritoryError(UnknownNameError):
    """No region or department has this code or name."""

    what: str = "territory"


class UnknownSourceError(UnknownNameError):
    """No source has this id."""

    what: str = "source"


class UnknownChoiceError(UnknownNameError):
    """A value is not in a closed vocabulary (mission, funder, legal form...)."""

    what: str = "choice"


class CloseMatchWarning(UserWarning):
    """A lookup read a misspelt name as the one known name very close to it (within
    :func:`~politique_ville.text.tolerance`); the message names both. Turn it into an error
    with ``warnings.simplefilter("error", CloseMatchWarning)`` to accept exact names only."""

    def __init__(self, query: str, name: str, what: str) -> None:
        self.query: str = query
        self.name: str = name
        super().__init__(f"read {what} {_shown(query)} as {_shown(name)}, the one close match")

    @classmethod
    def warn(cls, query: str, name: str, what: str) -> None:
        """Issue the warning, attributed to the first caller outside this package."""
        package = os.path.dirname(__file__)
        level, frame = 2, sys._getframe(1)  # 2: the caller of this method
        while frame is not None and frame.f_code.co_filename.startswith(package):
            level, frame = level + 1, frame.f_back  # type: ignore[assignment]
        warnings.warn(cls(query, name, what), stacklevel=level)


class DataError(Error, ValueError):
    """A data folder is malformed or inconsistent; ``problems`` lists the problems found, each
    with its file and JSON path, and ``more`` counts the ones left out (the loader lists at most
    :data:`~politique_ville.guard.MAX_PROBLEMS`), or is ``None`` when the check stopped there
    without counting them. The message lists at most that many too, each cut to 500
    characters, and says what it leaves out."""

    def __init__(self, path: str, problems: Sequence[str], *, more: int | None = 0) -> None:
        self.path: str = path
        self.problems: tuple[str, ...] = tuple(problems)
        self.more: int | None = more
        listed = self.problems[:_MAX_LISTED]
        hidden = len(self.problems) - len(listed) + (more or 0)
        lines = [f"  - {_cut(p, 500)}" for p in listed]
        if more is None:
            count = f"{len(self.problems)} problem(s) or more"
            lines.append(f"  - … and more: the check stops after {len(listed)} problems")
        else:
            count = f"{len(self.problems) + more} problem(s)"
            if hidden:
                lines.append(f"  - … and {hidden} more problem(s)")
        super().__init__(f"invalid data in {_cut(path, 300)}: {count}\n" + "\n".join(lines))


_MAX_LISTED = 50  # guard.MAX_PROBLEMS, without importing it here


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(value: object, limit: int = 80) -> str:
    """A repr of ``value`` for a message, at most ``limit`` characters, whatever it is (an
    int too large to print in decimal included)."""
    if isinstance(value, int) and value.bit_length() > 128:
        return f"<an integer of about {int(value.bit_length() * 0.30103)} digits>"
    try:
        text = repr(value)
    except Exception:  # a repr that fails (an odd object) must not hide the error itself
        text = f"<{type(value).__name__}>"
    return _cut(text, limit)
