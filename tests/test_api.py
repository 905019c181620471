"""The package root is the whole public API, and importing it costs next to nothing."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import politique_ville as pv

INIT = Path(pv.__file__)


def test_every_exported_name_exists_once() -> None:
    for name in pv.__all__:
        assert getattr(pv, name) is not None, name
    assert sorted(pv.__all__) == sorted(set(pv.__all__))


def test_every_public_name_is_documented() -> None:
    for name in pv.__all__:
        value = getattr(pv, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), name


def test_functions_are_not_shadowed_by_submodules() -> None:
    """Importing every submodule must leave pv.centres(), pv.network()... callable."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(pv.__path__):
        importlib.import_module(f"politique_ville.{module.name}")
    names = ("centres", "centre", "network", "frameworks", "territories", "territory", "sources", "source", "load")
    for name in (*names, "search", "relations"):  # the last two share their names with modules
        assert inspect.isfunction(getattr(pv, name)), name
    assert pv.centres() and pv.network().founded == 1999


def test_importing_the_package_imports_none_of_its_modules_nor_attrs() -> None:
    code = (
        "import sys, politique_ville as pv;"
        "print(sorted(m for m in sys.modules if m.startswith(('attr', 'cattrs', 'politique_ville.'))));"
        "print(sorted(set(pv.__all__) - set(dir(pv))));"
        "from politique_ville.loading import _bundled;"
        "print(_bundled)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n") == ["[]", "[]", "None", ""]


def test_a_public_name_is_imported_from_its_module_on_first_use() -> None:
    code = (
        "import sys, politique_ville as pv;"
        "print(pv.Relation.__module__, 'Relation' in vars(pv),"
        "sorted(m for m in sys.modules if m.startswith('politique_ville.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = (
        "['politique_ville.dates', 'politique_ville.errors', 'politique_ville.provenance', 'politique_ville.record', "
    )
    loaded += "'politique_ville.relations', 'politique_ville.text', 'politique_ville.vocabulary']"
    assert out == f"politique_ville.relations True {loaded}\n"


def test_the_first_answer_needs_neither_cattrs_nor_the_other_parts() -> None:
    code = (
        "import sys, politique_ville as pv; pv.by_territory('93');"
        "from politique_ville.loading import bundled;"
        "print(sorted(m for m in sys.modules if m.startswith(('cattrs', 'politique_ville.'))));"
        "print(sorted(bundled()._built))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    modules, built = out.strip().split("\n")
    # Neither the checks of load(path) (guard, integrity), nor the converter, nor the records
    # of the network, Question de Ville, frameworks, relations, history or search.
    assert ast.literal_eval(modules) == [
        f"politique_ville.{name}"
        for name in (
            "bundle",
            "certainty",
            "dataset",
            "dates",
            "errors",
            "evidence",
            "fast",
            "geography",
            "indexes",
            "kinds",
            "loading",
            "provenance",
            "record",
            "resource_centres",
            "rules",
            "text",
            "vocabulary",
        )
    ]
    assert ast.literal_eval(built) == [
        "centres",
        "coverage",
        "department codes",
        "sorted centres",
        "source ids",
        "sources",
        "territories",
        "territory ids",
        "today",
    ]
