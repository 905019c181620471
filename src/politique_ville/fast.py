"""Build records from the bundled JSON without importing cattrs.

The bundled files are checked against the strict :mod:`~politique_ville.converter` by the test
suite (``tests/test_fast.py`` proves both paths build identical objects), so reading them
needs no validation of its own: this module only turns JSON values into the types the record
classes declare, from the same attrs field definitions. Data from elsewhere goes through the
converter.
"""

from __future__ import annotations

import enum
import functools
import sys
import typing
from collections.abc import Callable
from types import NoneType, UnionType
from typing import Any, TypeVar

import attrs

from .dates import PartialDate

__all__ = ["structure"]

Build = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _resolve(hint: Any, bindings: dict[Any, Any]) -> Any:
    return bindings.get(hint, hint) if isinstance(hint, TypeVar) else hint


@functools.cache
def builder(kind: Any) -> Build:
    """A function turning the JSON value of ``kind`` into an instance of it."""
    origin = typing.get_origin(kind)
    if kind in (str, int, bool, float):
        return _identity
    if kind is PartialDate:
        return _partial_date
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind._value2member_map_.__getitem__
    if origin is tuple:
        item = builder(typing.get_args(kind)[0])
        if item is _identity:
            return tuple
        return lambda values: tuple([item(v) for v in values])
    if origin in (typing.Union, UnionType):
        (inner,) = (a for a in typing.get_args(kind) if a is not NoneType)
        build = builder(inner)
        return lambda value: None if value is None else build(value)
    cls = origin or kind
    if attrs.has(cls):
        return _record_builder(cls, typing.get_args(kind))
    raise TypeError(f"no fast builder for {kind!r}")


def _record_builder(cls: type, arguments: tuple[Any, ...]) -> Build:
    parameters = getattr(cls, "__parameters__", ())
    bindings = dict(zip(parameters, arguments, strict=False))
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    fields = {f.name: builder(_resolve(hints[f.name], bindings)) for f in attrs.fields(cls)}

    def build(data: dict[str, Any]) -> Any:
        return cls(**{name: fields[name](value) for name, value in data.items()})

    return build


def structure(data: Any, kind: Any) -> Any:
    """``data`` (parsed JSON) as an instance of ``kind``; trusts the data's shape."""
    return builder(kind)(data)
