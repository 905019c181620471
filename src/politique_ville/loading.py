"""Reading a data bundle (the bundled one, or a folder in the same layout) into a Dataset."""

from __future__ import annotations

import json
import os
import threading
from typing import Any, Protocol

from .association import QuestionDeVille
from .centres import Centre
from .dataset import Dataset
from .errors import DataError
from .frameworks import ReferenceFramework
from .integrity import problems as integrity_problems
from .network import Network
from .provenance import Source
from .territories import Territory

__all__ = ["FILES", "bundled", "load"]

FILES: dict[str, tuple[str, Any]] = {
    "sources": ("sources.json", tuple[Source, ...]),
    "centres": ("centres.json", tuple[Centre, ...]),
    "network": ("network.json", Network),
    "question_de_ville": ("question_de_ville.json", QuestionDeVille),
    "frameworks": ("frameworks.json", tuple[ReferenceFramework, ...]),
    "territories": ("territories.json", tuple[Territory, ...]),
}
"""The files of a data bundle: Dataset argument -> (file name, type)."""


class _Folder(Protocol):
    def __truediv__(self, name: str) -> Any: ...


def _data_folder() -> _Folder:
    from importlib_resources import files

    return files("politique_ville") / "data"


def read(folder: _Folder | str | os.PathLike[str], *, label: str | None = None) -> Dataset:
    """Read and check every file of a bundle; raise one :class:`DataError` listing all problems."""
    from cattrs import BaseValidationError
    from cattrs.v import transform_error

    from .converter import converter

    root: Any = folder
    if isinstance(folder, (str, os.PathLike)):
        import pathlib

        root = pathlib.Path(folder)
        if not root.is_dir():
            raise DataError(str(folder), ["not a folder of data files"])
    found: list[str] = []
    parts: dict[str, Any] = {}
    for argument, (name, kind) in FILES.items():
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
            parts[argument] = converter.structure(raw, kind)
        except BaseValidationError as error:
            found += [f"{name}: {message}" for message in transform_error(error, path="$")]
        except (ValueError, TypeError) as error:
            found.append(f"{name}: $: {error}")
    if not found:
        found = integrity_problems(**parts)
    if found:
        raise DataError(label or str(folder), found)
    return Dataset(**parts)


_lock = threading.Lock()
_bundled: Dataset | None = None


def bundled() -> Dataset:
    """The dataset shipped with the package, read once per process on first use (thread-safe)."""
    global _bundled
    if _bundled is None:
        with _lock:
            if _bundled is None:
                _bundled = read(_data_folder(), label="the bundled data")
    return _bundled


def load(path: str | os.PathLike[str] | None = None) -> Dataset:
    """A dataset: the bundled one (``path=None``), or the bundle in the folder ``path``.

    A folder holds the same files as the bundled data (``sources.json``, ``centres.json``,
    ``network.json``, ``question_de_ville.json``, ``frameworks.json``, ``territories.json``).
    Bad data raises :class:`DataError`, naming the file, the JSON path and every problem.
    """
    if path is None:
        return bundled()
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    return read(path)
