"""The package root is the whole public API, and importing it costs next to nothing."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import politique_ville as pv

INIT = Path(pv.__file__)


def type_checking_names() -> dict[str, str]:
    """Names imported under ``if TYPE_CHECKING:`` in ``__init__.py``, with their module."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If))
    return {
        alias.name: node.module or "" for node in block.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }


def test_every_lazy_name_is_declared_for_type_checkers_and_exported() -> None:
    assert type_checking_names() == pv._LAZY
    assert set(pv._LAZY) <= set(pv.__all__)
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


def test_importing_the_package_does_no_data_work() -> None:
    code = (
        "import sys, politique_ville;"
        "heavy = [m for m in sys.modules if m.startswith(('attr', 'cattrs', 'json', 'politique_ville.'))];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_first_answer_does_not_need_cattrs_nor_the_other_parts() -> None:
    code = (
        "import sys, politique_ville as pv; pv.by_territory('93');"
        "print(sorted(m for m in sys.modules if m.startswith(('cattrs', 'politique_ville.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(ast.literal_eval(out.strip()))
    assert not {m for m in loaded if m.startswith("cattrs")}
    assert not loaded & {
        "politique_ville.association",
        "politique_ville.converter",
        "politique_ville.integrity",
        "politique_ville.maps",
    }
