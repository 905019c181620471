"""Build records from the bundled JSON without importing cattrs.

The bundled files are checked against the strict :mod:`~politique_ville.converter` by the test
suite (``tests/test_fast.py`` proves both paths build identical objects), so reading them
needs no validation of its own: this module only turns JSON values into the types the record
classes declare, read through :func:`~politique_ville.kinds.fields_of`. Data from elsewhere
goes through the converter.
"""

from __future__ import annotations

import enum
import functools
import typing
from collections.abc import Callable
from types import UnionType
from typing import Any

import attrs

from .dates import PartialDate
from .kinds import fields_of

__all__ = ["builder", "structure"]

Build = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


@functools.cache
def builder(kind: Any) -> Build:
    """A function turning the JSON value of ``kind`` (a class or a typing form) into it."""
    origin = typing.get_origin(kind)
    if origin is tuple:
        item = builder(typing.get_args(kind)[0])
        return tuple if item is _identity else lambda values: tuple([item(v) for v in values])
    if origin in (typing.Union, UnionType):
        (inner,) = (a for a in typing.get_args(kind) if a is not type(None))
        build = builder(inner)
        return lambda value: None if value is None else build(value)
    cls = origin or kind
    if cls in (str, int, bool):
        return _identity
    if cls is PartialDate:
        return _partial_date
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return cls._value2member_map_.__getitem__
    if not attrs.has(cls):
        raise TypeError(f"no fast builder for {cls!r}")
    fields = {field.name: builder(field.type) for field in fields_of(kind)}

    def record(data: dict[str, Any]) -> Any:
        return cls(**{name: fields[name](value) for name, value in data.items()})

    return record


def structure(data: Any, kind: Any) -> Any:
    """``data`` (parsed JSON) as an instance of ``kind``; trusts the data's shape."""
    return builder(kind)(data)
