"""What the record types are made of: one walker over their fields and the types of those fields.

Structuring the bundled data (:mod:`.fast`), the JSON Schema (:mod:`.schema`), the docs' field
tables and the integrity checks all read the record classes through :func:`fields_of` and
:func:`walk`, so a record type is taken apart in one place.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["Field", "fields_of", "walk"]


@attrs.frozen
class Field:
    """A field of a record class: its name, its resolved type, its default (``attrs.NOTHING``
    when required) and the attrs attribute it comes from."""

    name: str
    type: Any
    default: Any
    attribute: Any

    @property
    def required(self) -> bool:
        """Whether the field has no default."""
        return self.default is attrs.NOTHING


@functools.cache
def fields_of(kind: Any) -> tuple[Field, ...]:
    """The fields of a record class, or of a generic record such as ``Claim[str]`` (its type
    variables bound to the arguments), with their types resolved from the annotations."""
    cls = typing.get_origin(kind) or kind
    parameters: tuple[Any, ...] = getattr(cls, "__parameters__", ())
    bound = dict(zip(parameters, typing.get_args(kind), strict=False))
    hints = typing.get_type_hints(cls)  # each class's annotations in its own module
    return tuple(
        Field(name=a.name, type=_bind(hints[a.name], bound), default=a.default, attribute=a) for a in attrs.fields(cls)
    )


def _bind(kind: Any, bound: dict[Any, Any]) -> Any:
    """``kind`` with the type variables in ``bound`` replaced by their arguments."""
    if isinstance(kind, typing.TypeVar):
        return bound.get(kind, kind)
    parameters: tuple[Any, ...] = getattr(kind, "__parameters__", None) or ()
    if bound and parameters:
        return kind[tuple(bound.get(p, p) for p in parameters)]
    return kind


def walk(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """Every record at or below ``value`` (a record or a tuple), with its JSON path."""
    if attrs.has(type(value)):
        yield path, value
        for field in attrs.fields(type(value)):
            yield from walk(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
