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
    for name in ("centres", "centre", "network", "frameworks", "territories", "territory", "sources", "source", "load"):
        assert inspect.isfunction(getattr(pv, name)), name
    assert pv.centres() and pv.network().founded == 1999


def test_importing_the_package_reads_no_record_and_skips_cattrs() -> None:
    code = (
        "import sys, politique_ville;"
        "from politique_ville.loading import _bundled;"
        "print([m for m in sys.modules if m.startswith(('cattrs', 'politique_ville.converter'))], _bundled)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] None"


def test_the_first_answer_needs_neither_cattrs_nor_the_other_parts() -> None:
    code = (
        "import sys, politique_ville as pv; pv.by_territory('93');"
        "from politique_ville.loading import bundled;"
        "print(sorted(m for m in sys.modules if m.startswith(('cattrs', 'politique_ville.'))));"
        "print(sorted(bundled()._built))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    modules, built = out.strip().split("\n")
    loaded = set(ast.literal_eval(modules))
    assert not {m for m in loaded if m.startswith("cattrs")}
    # The checks of load(path) (guard, integrity) are imported by it, not by the bundled data.
    assert not loaded & {"politique_ville.converter", "politique_ville.maps"}
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
