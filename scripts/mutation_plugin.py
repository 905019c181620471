"""The pytest side of ``scripts/mutate.py``: record which tests run which functions, and run only those.

With ``MUTATION_RECORD=<file>``, every test's setup, call and teardown are traced and the
file gets, for each test in the order run, the functions of the package that ran (as
``module:first line``) and the seconds it took (traced, so longer than a plain run).
With ``MUTATION_SELECT=<file>``, only the tests whose node ids the file lists are run, in
the file's order.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Generator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

_RECORD = os.environ.get("MUTATION_RECORD")
_SELECT = os.environ.get("MUTATION_SELECT")
_PACKAGE = os.environ.get("MUTATION_PACKAGE", "")
_ran: dict[str, set[str]] = {}
_seconds: dict[str, float] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, None]:
    if not _RECORD:
        yield
        return
    seen = _ran.setdefault(item.nodeid, set())
    _forget_indexes()

    def trace(frame: FrameType, event: str, arg: object) -> None:
        # Called on each Python call only (unlike a profile function, also called on C calls);
        # returning None traces no line.
        if frame.f_code.co_filename.startswith(_PACKAGE):
            seen.add(f"{Path(frame.f_code.co_filename).stem}:{frame.f_code.co_firstlineno}")

    started = time.perf_counter()
    sys.settrace(trace)
    try:
        yield
    finally:
        sys.settrace(None)
        _seconds[item.nodeid] = time.perf_counter() - started


def _forget_indexes() -> None:
    """Drop what every dataset built from its parts (sorted centres, indexes), keeping the parts.

    A dataset builds each index on first use: without this, only the first test to use an
    index would be recorded as running the code that builds it.
    """
    from politique_ville.bundle import PARTS
    from politique_ville.dataset import Dataset

    parts = {part.name for part in PARTS}
    for obj in gc.get_objects():
        if isinstance(obj, Dataset):
            built = obj._built
            for name in [name for name in built if name not in parts]:
                del built[name]


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _RECORD:
        tests = [{"test": k, "ran": sorted(v), "seconds": _seconds.get(k, 0.0)} for k, v in _ran.items()]
        Path(_RECORD).write_text(json.dumps(tests), encoding="utf-8")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _SELECT:
        order = {test: n for n, test in enumerate(Path(_SELECT).read_text(encoding="utf-8").splitlines())}
        kept = sorted((item for item in items if item.nodeid in order), key=lambda item: order[item.nodeid])
        config.hook.pytest_deselected(items=[item for item in items if item.nodeid not in order])
        items[:] = kept
