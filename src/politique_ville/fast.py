"""Build records from the bundled JSON without importing cattrs.

The bundled files are checked against the strict :mod:`~politique_ville.converter` by the test
suite (``tests/test_fast.py`` proves both paths build identical objects), so reading them
needs no validation of its own: this module only turns JSON values into the types the record
classes declare, read from the same attrs field definitions. Data from elsewhere goes through
the converter.
"""

from __future__ import annotations

import builtins
import enum
import functools
import sys
import typing
from collections.abc import Callable
from types import UnionType
from typing import Any, TypeVar

import attrs

from .dates import PartialDate

__all__ = ["builder", "structure"]

Build = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _partial_date(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _optional(build: Build) -> Build:
    return lambda value: None if value is None else build(value)


def _many(build: Build) -> Build:
    if build is _identity:
        return tuple
    return lambda values: tuple([build(v) for v in values])


@functools.cache
def builder(kind: Any) -> Build:
    """A function turning the JSON value of ``kind`` (a class or a typing form) into it."""
    origin = typing.get_origin(kind)
    if origin is tuple:
        return _many(builder(typing.get_args(kind)[0]))
    if origin in (typing.Union, UnionType):
        (inner,) = (a for a in typing.get_args(kind) if a is not type(None))
        return _optional(builder(inner))
    return _class_builder(origin or kind, typing.get_args(kind))


def _class_builder(cls: Any, arguments: tuple[Any, ...]) -> Build:
    if cls in (str, int, bool):
        return _identity
    if cls is PartialDate:
        return _partial_date
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return cls._value2member_map_.__getitem__
    if not attrs.has(cls):
        raise TypeError(f"no fast builder for {cls!r}")
    bindings = dict(zip(getattr(cls, "__parameters__", ()), arguments, strict=False))
    namespace = {**vars(builtins), **vars(sys.modules[cls.__module__])}
    fields = {f.name: _field_builder(f.type, namespace, bindings) for f in attrs.fields(cls)}

    def build(data: dict[str, Any]) -> Any:
        return cls(**{name: fields[name](value) for name, value in data.items()})

    return build


def _field_builder(annotation: Any, namespace: dict[str, Any], bindings: dict[Any, Any]) -> Build:
    """The builder for a field's annotation: its source text, or the type itself once
    ``attrs.resolve_types`` has run (cattrs runs it on the classes it structures)."""
    if isinstance(annotation, str):
        return _annotation_builder(annotation, namespace, bindings)
    return builder(bindings.get(annotation, annotation) if isinstance(annotation, TypeVar) else annotation)


def _split(text: str, separator: str) -> list[str]:
    """``text`` split on ``separator`` outside brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += (char == "[") - (char == "]")
        if char == separator and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def _annotation_builder(text: str, namespace: dict[str, Any], bindings: dict[Any, Any]) -> Build:
    """The builder for a field's annotation, read from its source text (the modules use
    postponed annotations) without evaluating it: names, ``X | None``, ``tuple[X, ...]``
    and generic records such as ``Claim[str]``."""
    alternatives = _split(text, "|")
    if len(alternatives) == 2 and "None" in alternatives:
        alternatives.remove("None")
        return _optional(_annotation_builder(alternatives[0], namespace, bindings))
    if text.endswith("]"):
        name, _, inner = text[:-1].partition("[")
        arguments = _split(inner, ",")
        if name == "tuple" and arguments[1:] == ["..."]:
            return _many(_annotation_builder(arguments[0], namespace, bindings))
        resolved = tuple(_resolve(a, namespace, bindings) for a in arguments)
        return builder(namespace[name][resolved])
    return builder(_resolve(text, namespace, bindings))


def _resolve(name: str, namespace: dict[str, Any], bindings: dict[Any, Any]) -> Any:
    value = namespace[name]
    return bindings.get(value, value) if isinstance(value, TypeVar) else value


def structure(data: Any, kind: Any) -> Any:
    """``data`` (parsed JSON) as an instance of ``kind``; trusts the data's shape."""
    return builder(kind)(data)
