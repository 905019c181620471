"""JSON Schema (draft 2020-12) of the data files, generated from the attrs record classes.

The schema follows what the converter reads and writes: each record class is an object with
its fields as properties (those without a default are required, no other key is allowed),
optional values may be ``null``, tuples are arrays, closed vocabularies are strings from their
slug values, and partial dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` strings. A few rules
stay with the converter and the integrity checks (real calendar days, known source ids).

The package ships the output of ``python -m politique_ville.schema`` as ``data/schema.json``.
"""

from __future__ import annotations

import enum
import inspect
import json
import sys
import types
import typing
from typing import Any

import attrs

from .bundle import PARTS
from .converter import converter
from .dates import PartialDate
from .kinds import fields_of
from .vocabulary import Vocabulary

__all__ = ["DIALECT", "file_schema", "json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every generated schema."""

PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"


def json_schema() -> dict[str, Any]:
    """The schema of a whole export (:func:`politique_ville.export.to_json`): one key per part
    of a bundle, each holding that part's file content, with a ``$defs`` entry per record class."""
    builder = _Builder()
    properties: dict[str, Any] = {
        "data_version": {"type": "string", "description": "The version of the data, when the bundle states one."},
        "cog_year": {
            "type": "integer",
            "description": "The year of the Code officiel géographique the territories follow, "
            "when the bundle states it.",
        },
    }
    for part in PARTS:
        properties[part.name] = {"description": f"The content of {part.file}.", **builder.schema(part.kind)}
    properties["tables_on"] = {
        "type": ["string", "null"],
        "pattern": PARTIAL_DATE_PATTERN,
        "description": "The date the tables answer at; null for the latest known state.",
    }
    properties["tables"] = _tables_schema()
    return {
        "$schema": DIALECT,
        "title": "politique-ville data",
        "description": "France's centres de ressources politique de la ville: every record of the "
        "data bundle, each fact with its sources.",
        "type": "object",
        "properties": properties,
        "required": [part.name for part in PARTS],
        "additionalProperties": False,
        "$defs": builder.defs(),
    }


def _tables_schema() -> dict[str, Any]:
    """The schema of the ``tables`` of an export: each table a list of rows, one key per column."""
    from .tables import TABLES

    types = {"string": "string", "integer": "integer", "boolean": "boolean", "number": "number"}

    def column(item: Any) -> dict[str, Any]:
        one: dict[str, Any] = {"type": types[item.type]}
        if item.pattern is not None:
            one["pattern"] = item.pattern
        if item.many:
            return {"type": "array", "items": one, "description": item.description}
        return {**one, "type": [one["type"], "null"], "description": item.description}

    return {
        "type": "object",
        "description": "Every table of the export at tables_on: a list of rows, each an object keyed by column.",
        "properties": {
            table.name: {
                "description": table.description,
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {c.name: column(c) for c in table.columns},
                    "required": list(table.column_names),
                    "additionalProperties": False,
                },
            }
            for table in TABLES
        },
        "required": [table.name for table in TABLES],
        "additionalProperties": False,
    }


def file_schema(name: str) -> dict[str, Any]:
    """The schema of one data file (``"centres.json"``), with the ``$defs`` it uses."""
    kinds = {part.file: part.kind for part in PARTS}
    if name not in kinds:
        raise ValueError(f"no data file {name!r}; the data files are {', '.join(kinds)}")
    builder = _Builder()
    root = builder.schema(kinds[name])
    return {"$schema": DIALECT, "title": name, **root, "$defs": builder.defs()}


class _Builder:
    """Turns types into schemas, collecting one definition per record class and vocabulary."""

    def __init__(self) -> None:
        self._defs: dict[str, dict[str, Any]] = {}
        self._owners: dict[str, Any] = {}

    def defs(self) -> dict[str, dict[str, Any]]:
        return dict(sorted(self._defs.items()))

    def schema(self, kind: Any) -> dict[str, Any]:
        """The schema of a type."""
        origin = typing.get_origin(kind)
        arguments = typing.get_args(kind)
        if origin is typing.Union or origin is types.UnionType:
            return _union([self.schema(argument) for argument in arguments])
        if origin is tuple:
            if len(arguments) == 2 and arguments[1] is Ellipsis:
                return {"type": "array", "items": self.schema(arguments[0])}
            items = [self.schema(argument) for argument in arguments]
            return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}
        if kind is type(None):
            return {"type": "null"}
        if kind in _SCALARS:
            return {"type": _SCALARS[kind]}
        if kind is PartialDate:
            return self._ref("PartialDate", kind, _partial_date)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return self._ref(kind.__name__, kind, lambda: _vocabulary(kind))
        if attrs.has(origin if origin is not None else kind):
            return self._record(kind)
        raise TypeError(f"no JSON Schema for the type {kind!r}")

    def _record(self, kind: Any) -> dict[str, Any]:
        cls = typing.get_origin(kind) or kind
        arguments = typing.get_args(kind)
        name = "_".join([cls.__name__, *(_type_name(a) for a in arguments)])
        title = cls.__name__ + (f"[{', '.join(_type_name(a) for a in arguments)}]" if arguments else "")
        return self._ref(name, kind, lambda: self._object(kind, cls, title))

    def _object(self, kind: Any, cls: type, title: str) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in fields_of(kind):
            prop = self.schema(field.type)
            if field.required:
                required.append(field.name)
            else:
                prop["default"] = _default(field.default, field.type)
            properties[field.name] = prop
        return {
            "title": title,
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def _ref(self, name: str, kind: Any, build: typing.Callable[[], dict[str, Any]]) -> dict[str, Any]:
        owner = self._owners.setdefault(name, kind)
        if owner != kind:
            raise TypeError(f"two types are named {name!r} in the schema: {owner!r} and {kind!r}")
        if name not in self._defs:
            self._defs[name] = {}  # claimed first: a record may refer to itself
            self._defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}


_SCALARS: dict[Any, str] = {bool: "boolean", int: "integer", float: "number", str: "string"}


def _union(options: list[dict[str, Any]]) -> dict[str, Any]:
    """``X | None`` as ``{"type": [X, "null"]}`` for a scalar, ``anyOf`` otherwise."""
    scalar = [o["type"] for o in options if set(o) == {"type"} and isinstance(o["type"], str)]
    if len(scalar) == len(options):
        return {"type": scalar}
    return {"anyOf": options}


def _partial_date() -> dict[str, Any]:
    return {
        "title": "PartialDate",
        "description": "A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.",
        "type": "string",
        "pattern": PARTIAL_DATE_PATTERN,
    }


def _vocabulary(kind: type[enum.Enum]) -> dict[str, Any]:
    values = [member.value for member in kind]
    description = _summary(kind)
    if issubclass(kind, Vocabulary):
        labels = "; ".join(f"{m.value} ({m.label})" for m in kind)
        description = f"{description} Values: {labels}."
    return {"title": kind.__name__, "description": description, "type": "string", "enum": values}


def _default(value: Any, kind: Any) -> Any:
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        value = value.factory()
    return json.loads(json.dumps(converter.unstructure(value, kind)))


def _summary(cls: type) -> str:
    """The first paragraph of a docstring, on one line."""
    text = inspect.cleandoc(cls.__doc__ or cls.__name__)
    return " ".join(text.split("\n\n")[0].split())


def _type_name(kind: Any) -> str:
    if isinstance(kind, type) and not typing.get_args(kind):
        return kind.__name__
    raise TypeError(f"no schema name for the type argument {kind!r}")


def main() -> None:
    """Print the schema of a whole export (the shipped ``data/schema.json``)."""
    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
