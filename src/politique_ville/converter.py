"""The one cattrs converter between the JSON data and the record classes.

Strict on purpose: no coercion (``"1993"`` is not an int), no unknown keys, partial dates as
ISO strings (``"1993"``, ``"2010-11"``, ``"2012-05-31"``), enums as their slug values, defaults
left out when writing so the files stay readable. The round trip is exact.
"""

from __future__ import annotations

import functools
import typing
from typing import Any

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory

from .dates import PartialDate
from .vocabulary import Vocabulary

__all__ = ["converter"]


def _strict(kind: type) -> Any:
    def structure(value: Any, _: type) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}"[:200])
        return value

    return structure


def _structure_partial_date(value: Any, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected a partial date string (YYYY, YYYY-MM, YYYY-MM-DD), got {value!r}"[:200])
    return PartialDate.parse(value)


def _structure_vocabulary(value: Any, cls: type[Vocabulary]) -> Vocabulary:
    if not isinstance(value, str):
        raise TypeError(f"expected a {cls.__name__} value, got {value!r}"[:200])
    member = cls._value2member_map_.get(value)
    if not isinstance(member, cls):
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"{value!r} is not a {cls.__name__} value ({choices})")
    return member


def _is_homogenous_tuple(kind: Any) -> bool:
    arguments = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis


def _tuple_from_list(kind: Any, conv: cattrs.Converter) -> Any:
    """cattrs reads any iterable as a tuple ("abc" as three letters); JSON data must hold a list."""
    structure_items = homogenous_tuple_structure_factory(kind, conv)

    def structure(value: Any, _: type) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"expected a list, got {type(value).__name__} {value!r}"[:200])
        return structure_items(value, kind)

    return structure


@functools.cache
def make_converter() -> cattrs.Converter:
    """Build the converter (once); :data:`converter` is the shared instance."""
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)
    for kind in (str, int, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook_factory(_is_homogenous_tuple, _tuple_from_list)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Vocabulary), _structure_vocabulary
    )
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Vocabulary), lambda member: member.value
    )
    return conv


converter: cattrs.Converter = make_converter()
