"""Reading a data bundle (the bundled one, or a folder in the same layout) into a Dataset."""

from __future__ import annotations

import json
import os
import threading
from importlib import import_module
from typing import Any

from .dataset import Dataset
from .errors import DataError, InvalidTypeError

__all__ = ["FILE_NAMES", "bundle_files", "bundled", "data_folder", "file_type", "read", "read_folder"]

FILE_NAMES = {
    "sources": "sources.json",
    "centres": "centres.json",
    "network": "network.json",
    "question_de_ville": "question_de_ville.json",
    "frameworks": "frameworks.json",
    "territories": "territories.json",
}
"""The files of a data bundle, by the :class:`Dataset` part each one holds."""


_TUPLE: Any = tuple  # tuple[X, ...] built at run time

_RECORDS = {  # part -> (module, class, whether the file holds a list of them)
    "sources": ("provenance", "Source", True),
    "centres": ("resource_centres", "Centre", True),
    "network": ("national_network", "Network", False),
    "question_de_ville": ("association", "QuestionDeVille", False),
    "frameworks": ("reference_frameworks", "ReferenceFramework", True),
    "territories": ("geography", "Territory", True),
}


def file_type(part: str) -> Any:
    """The type one part of a bundle structures into (importing only its module)."""
    module, name, many = _RECORDS[part]
    record = getattr(import_module(f".{module}", __package__), name)
    return _TUPLE[record, ...] if many else record


def bundle_files() -> dict[str, tuple[str, Any]]:
    """Each part of a bundle (a :class:`Dataset` argument): its file name and record type."""
    return {part: (FILE_NAMES[part], file_type(part)) for part in _RECORDS}


def data_folder() -> Any:
    """The bundled data folder, as an ``importlib_resources`` traversable."""
    from importlib_resources import files

    return files("politique_ville") / "data"


def read(folder: Any, *, label: str | None = None) -> Dataset:
    """Read and check every file of a bundle; raise one :class:`DataError` listing all problems.

    ``folder`` is a path or an ``importlib_resources`` traversable.
    """
    from cattrs import BaseValidationError
    from cattrs.v import transform_error

    from .converter import converter
    from .integrity import problems

    root: Any = folder
    if isinstance(folder, (str, os.PathLike)):
        import pathlib

        root = pathlib.Path(folder)
        if not root.is_dir():
            raise DataError(str(folder), ["not a folder of data files"])
    found: list[str] = []
    parts: dict[str, Any] = {}
    for part, (name, kind) in bundle_files().items():
        try:
            raw = json.loads((root / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            found.append(f"{name}: missing")
            continue
        except UnicodeDecodeError as error:
            found.append(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})")
            continue
        except json.JSONDecodeError as error:
            found.append(f"{name}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}")
            continue
        except OSError as error:
            found.append(f"{name}: cannot be read ({error.strerror or error})")
            continue
        try:
            parts[part] = converter.structure(raw, kind)
        except BaseValidationError as error:
            found += [f"{name}: {message}" for message in transform_error(error, path="$", format_exception=_describe)]
        except (ValueError, TypeError) as error:
            found.append(f"{name}: $: {error}")
    if not found:
        found = problems(**parts)
    if found:
        raise DataError(label or str(folder), found)
    return Dataset(**parts)


def _describe(error: BaseException, kind: type | None) -> str:
    """cattrs' wording of a structuring error, with the record's own reason when it gives one."""
    from cattrs.v import format_exception

    text = format_exception(error, kind)
    reason = str(error)
    return f"{text}: {reason}" if isinstance(error, (ValueError, TypeError)) and reason and reason not in text else text


def _bundled_text(name: str) -> str:
    """A bundled file's text. A package installed as plain files is read directly (the
    common case, and the fast one); any other layout goes through importlib_resources."""
    here = os.path.join(os.path.dirname(__file__), "data", name)
    try:
        with open(here, encoding="utf-8") as file:
            return file.read()
    except OSError:
        text: str = (data_folder() / name).read_text(encoding="utf-8")
        return text


def _read_bundled() -> Dataset:
    """The bundled data through the fast path: the centres and territories now, the other
    parts on first use. A damaged file falls back to the checked path, which names it."""
    from .fast import structure

    def part(name: str) -> Any:
        try:
            return structure(json.loads(_bundled_text(FILE_NAMES[name])), file_type(name))
        except Exception:
            read(data_folder(), label="the bundled data")  # raises DataError naming the problem
            raise

    return Dataset._deferred(centres=part("centres"), territories=part("territories"), reader=part)


_lock = threading.Lock()
_bundled: Dataset | None = None


def bundled() -> Dataset:
    """The dataset shipped with the package, read once per process on first use (thread-safe)."""
    global _bundled
    if _bundled is None:
        with _lock:
            if _bundled is None:
                _bundled = _read_bundled()
    return _bundled


def read_folder(path: str | os.PathLike[str]) -> Dataset:
    """The checked dataset in the folder ``path`` (see :func:`politique_ville.load`)."""
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    return read(path)
