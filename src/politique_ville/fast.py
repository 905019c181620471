"""Build records from the bundled JSON without importing cattrs.

The bundled files are checked against the strict :mod:`~politique_ville.converter` by the test
suite (``tests/test_fast.py`` proves both paths build identical objects), so reading them
needs no validation of its own: this module only turns JSON values into the types the record
classes declare, read through :func:`~politique_ville.kinds.fields_of`, and a :class:`Table`
builds the records of a file one by one, as the answers need them. Data from elsewhere goes
through the converter.
"""

from __future__ import annotations

import copy
import enum
import functools
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import UnionType
from typing import Any

import attrs

from .dates import PartialDate
from .kinds import fields_of

__all__ = ["Table", "builder", "structure"]

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


class Table(Mapping[str, Any]):
    """The records of one bundled file by id, each built from its JSON object on first access.

    An answer builds only the records it returns or reads (``by_territory("93")`` builds one
    centre, not all of them). ``on_error`` runs when a record cannot be built: it raises the
    checked loader's :class:`~politique_ville.DataError`, which names the problem.
    """

    __slots__ = ("_build", "_built", "_on_error", "_raw")

    def __init__(self, items: list[dict[str, Any]], kind: type, on_error: Callable[[], object]) -> None:
        self._raw = {item["id"]: item for item in items}
        self._build = builder(kind)
        self._built: dict[str, Any] = {}
        self._on_error = on_error

    def __getitem__(self, key: str) -> Any:
        try:
            return self._built[key]
        except KeyError:
            pass
        raw = self._raw[key]  # a KeyError here is an unknown id, not a damaged record
        try:
            record = self._build(raw)
        except Exception:
            self._on_error()
            raise
        return self._built.setdefault(key, record)  # a record built twice by two threads is kept once

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def ordered(self, keys: Iterable[str]) -> Table:
        """This table iterated in the order of ``keys`` (its ids), sharing its built records."""
        view = copy.copy(self)
        view._raw = {key: self._raw[key] for key in keys}
        return view

    def raw(self, key: str) -> dict[str, Any]:
        """The JSON object of the record ``key``, unbuilt."""
        return self._raw[key]
