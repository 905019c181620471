"""The one declaration of a data bundle, and the one way to open a packaged file.

A bundle is the parts in :data:`PARTS`, each a JSON file holding one record or a list of
records. Loading, the integrity checks, the JSON Schema, the exports, the test strategies, the
docs and the benchmarks all iterate this declaration: a new part is one line here plus its
record class.
"""

from __future__ import annotations

import importlib
import json
import os
from typing import Any

import attrs

__all__ = ["COG_YEAR", "DATA_VERSION", "PARTS", "Part", "read_bytes", "read_text"]


@attrs.frozen
class Part:
    """One part of a data bundle: the :class:`~politique_ville.Dataset` method that returns
    it, the file that holds it, where its record class is defined (``"module.Class"`` in this
    package, imported when first asked for), and whether the file holds a list of them."""

    name: str
    file: str
    defined_in: str
    many: bool = True

    @property
    def record(self) -> type:
        """The record class."""
        module, _, name = self.defined_in.rpartition(".")
        record: type = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        return record

    @property
    def kind(self) -> Any:
        """The type the file's JSON structures into: the record class, or a tuple of them."""
        return tuple[self.record, ...] if self.many else self.record  # type: ignore[name-defined]


PARTS: tuple[Part, ...] = (
    Part("sources", "sources.json", "provenance.Source"),
    Part("centres", "centres.json", "resource_centres.Centre"),
    Part("network", "network.json", "national_network.Network", many=False),
    Part("question_de_ville", "question_de_ville.json", "association.QuestionDeVille", many=False),
    Part("frameworks", "frameworks.json", "reference_frameworks.ReferenceFramework"),
    Part("territories", "territories.json", "geography.Territory"),
    Part("relations", "relations.json", "relations.Relation"),
    Part("open_questions", "open_questions.json", "relations.OpenQuestion"),
)
"""The parts of a data bundle, in the order they are read, checked and exported."""


def read_bytes(name: str) -> bytes:
    """The bytes of a file of the package's ``data`` folder.

    A package installed as plain files is read directly (the common case, and the fast one);
    any other layout (a zip, say) goes through ``importlib_resources``.
    """
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", name), "rb") as file:
            return file.read()
    except OSError:
        from importlib_resources import files

        return (files(__package__) / "data" / name).read_bytes()


def read_text(name: str) -> str:
    """The UTF-8 text of a file of the package's ``data`` folder."""
    return read_bytes(name).decode("utf-8")


_PACKAGE = json.loads(read_bytes("datapackage.json"))

DATA_VERSION: str = _PACKAGE["version"]
"""The release of the bundled data (its date, ``YYYY.MM.DD``), read from the data package's
``version`` and versioned apart from the API."""

COG_YEAR: int = _PACKAGE["cog"]["year"]
"""The edition (*millésime*) of INSEE's Code officiel géographique whose codes, names and
regions the bundled departments and current regions follow, read from the data package's
``cog``; its sources say where that was checked."""
