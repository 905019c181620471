"""The record decorator and base: frozen, slotted, keyword-only attrs classes with value semantics.

attrs can generate equality, hashing and repr for each class, but it compiles code per class,
which made importing the model cost as much as importing attrs itself (see ``benchmarks/``).
The record classes are declared with :func:`record` and inherit these three methods, written
once: equal when of the same class with equal fields, hashable since frozen, and a short repr
(the ``id`` and ``name`` where a record has them, as pycountry shows a country).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[Any], Any]:
        return lambda decorated: decorated


__all__ = ["Record", "record"]

C = TypeVar("C", bound=type)

_NAMES: dict[type, tuple[str, ...]] = {}
_SHORT = ("id", "name")  # the fields a record is known by, when it has them


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(attrs.field,))
def record(cls: C) -> C:
    """Make ``cls`` (a :class:`Record` subclass) a frozen, slotted, keyword-only attrs class."""
    made: C = attrs.frozen(cls, kw_only=True, repr=False, eq=False)
    return made


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


def _values(item: object) -> tuple[Any, ...]:
    return tuple([getattr(item, name) for name in _names(item.__class__)])


class Record:
    """Value semantics shared by the record classes."""

    __slots__ = ()
    if TYPE_CHECKING:  # what attrs' functions (fields, evolve...) look for in an attrs class
        __attrs_attrs__: ClassVar[Any]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self) -> int:
        return hash((self.__class__.__qualname__, _values(self)))

    def __repr__(self) -> str:
        names = _names(self.__class__)
        shown = [name for name in _SHORT if name in names] or names
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__name__}({fields})"
