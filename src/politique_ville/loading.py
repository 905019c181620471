"""Reading a data bundle (the bundled one, or a folder in the same layout) into a Dataset."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from typing import Any

from .bundle import COG_YEAR, DATA_VERSION, PARTS, Part, read_bytes
from .dataset import Dataset
from .errors import DataError, InvalidTypeError
from .fast import Table, structure

__all__ = ["bundled", "read_folder"]


def read_folder(path: str | os.PathLike[str]) -> Dataset:
    """Read and check every file of the data folder ``path``; raise one :class:`DataError`
    listing the problems (see :func:`politique_ville.load` and :mod:`.guard` for the caps)."""
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    folder = os.fspath(path)
    if not isinstance(folder, str):
        raise InvalidTypeError(f"path must name a folder with a str, not {type(folder).__name__}")
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
        reason = ""
    except (OSError, ValueError) as error:  # missing, too long, an embedded NUL...
        is_folder = False
        reason = f" ({error.strerror or error})" if isinstance(error, OSError) else f" ({error})"
    if not is_folder:
        raise DataError(folder, [f"not a folder of data files{reason}"])
    from .guard import Reader  # the checks are imported by the loads that run them, not by the bundled data

    read = Reader(folder)
    version, cog_year = _stated(read)
    return _checked(read, label=folder, version=version, cog_year=cog_year)


def _stated(read: Callable[[str], bytes]) -> tuple[str | None, int | None]:
    """The ``version`` and ``cog_year`` the folder's ``datapackage.json`` states (a string, and
    the integer ``cog.year``); ``None`` for each it does not state."""
    from .guard import Refused, decode

    try:
        package = decode(read("datapackage.json"))
    except (OSError, Refused):
        package = None
    if not isinstance(package, dict):
        return None, None
    version, cog = package.get("version"), package.get("cog")
    year = cog.get("year") if isinstance(cog, dict) else None
    return (
        version if isinstance(version, str) else None,
        year if isinstance(year, int) and not isinstance(year, bool) else None,
    )


def _checked(read: Callable[[str], bytes], *, label: str, version: str | None, cog_year: int | None) -> Dataset:
    """Every part read with ``read(file name)``, decoded and built by :mod:`.guard`, then checked
    as a whole: one :class:`DataError` with at most :data:`~.guard.MAX_PROBLEMS` problems listed."""
    from .guard import Problems, Refused, check, decode
    from .integrity import problems

    found = Problems()
    parts: dict[str, Any] = {}
    for part in PARTS:
        if found.full:
            found.more = None
            break
        name = part.file
        try:
            raw = decode(read(name))
        except FileNotFoundError:
            found.add(f"{name}: missing")
            continue
        except Refused as refused:
            found.add(f"{name}: {refused.reason}")
            continue
        except OSError as error:
            found.add(f"{name}: cannot be read ({error.strerror or error})")
            continue
        built = check(raw, part.kind, name, found)
        if built is not None:
            parts[part.name] = built
    if not found:
        for problem in problems(parts):
            found.add(problem)
    if found:
        raise DataError(label, found.listed, more=found.more)
    return Dataset({name: _constant(value) for name, value in parts.items()}, version=version, cog_year=cog_year)


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


_TABLES = ("centres", "sources")
"""The bundled parts an answer looks up by id: read as a :class:`~.fast.Table`, each record
built on first access, so that an answer builds only the records it needs."""


def _read_bundled() -> Dataset:
    """The bundled data through the fast path, each part read on first use. A damaged file
    falls back to the checked path, which names the problem."""

    def damaged() -> None:
        _checked(read_bytes, label="the bundled data", version=DATA_VERSION, cog_year=COG_YEAR)  # raises DataError

    def loader(part: Part) -> Callable[[], Any]:
        def load() -> Any:
            try:
                data = json.loads(read_bytes(part.file))
                return Table(data, part.record, damaged) if part.name in _TABLES else structure(data, part.kind)
            except Exception:
                damaged()
                raise

        return load

    return Dataset({part.name: loader(part) for part in PARTS}, version=DATA_VERSION, cog_year=COG_YEAR)


_lock = threading.Lock()
_bundled: Dataset | None = None


def _after_fork_in_child() -> None:
    """A thread loading the bundled data is not copied into a forked child; the lock it held
    is, so the child gets a new one (and loads the data itself if it was not done)."""
    global _lock
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def bundled() -> Dataset:
    """The dataset shipped with the package, read once per process on first use (thread-safe)."""
    global _bundled
    if _bundled is None:
        with _lock:
            if _bundled is None:
                _bundled = _read_bundled()
    return _bundled
