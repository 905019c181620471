"""The base of every record class: value equality, hashing and a readable repr.

attrs can generate these for each class, but it does so by compiling code per class, which
made importing the model cost as much as importing attrs itself (see ``benchmarks/``). The
record classes are declared ``@frozen(kw_only=True, repr=False, eq=False)`` and inherit these
three methods, written once; they behave as attrs' own: equal when of the same class with
equal fields, hashable since frozen, and shown as ``Class(field=value, ...)``.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Record"]


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


def _values(record: object) -> tuple[Any, ...]:
    return tuple([getattr(record, name) for name in _names(record.__class__)])


class Record:
    """Value semantics shared by the record classes."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, _values(self)))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _names(self.__class__))
        return f"{self.__class__.__name__}({fields})"
