"""Reading a data bundle (the bundled one, or a folder in the same layout) into a Dataset."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

from .bundle import DATA_VERSION, PARTS, read_bytes
from .dataset import Dataset
from .errors import DataError, InvalidTypeError

__all__ = ["bundled", "read_folder"]


def read_folder(path: str | os.PathLike[str]) -> Dataset:
    """Read and check every file of the data folder ``path``; raise one :class:`DataError`
    listing every problem (see :func:`politique_ville.load`)."""
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    import pathlib  # user folders only: pathlib costs the first answer a few milliseconds

    root = pathlib.Path(path)
    if not root.is_dir():
        raise DataError(str(path), ["not a folder of data files"])
    return _checked(lambda name: (root / name).read_bytes(), label=str(path), version=_version(root))


def _version(root: Any) -> str | None:
    """The ``version`` of the folder's ``datapackage.json``, when it has one."""
    try:
        version = json.loads((root / "datapackage.json").read_bytes()).get("version")
    except (OSError, ValueError, AttributeError):
        return None
    return version if isinstance(version, str) else None


def _checked(read: Any, *, label: str, version: str | None) -> Dataset:
    """Every part read with ``read(file name)``, structured strictly and checked as a whole."""
    from cattrs import BaseValidationError
    from cattrs.v import transform_error

    from .converter import converter
    from .integrity import problems

    found: list[str] = []
    parts: dict[str, Any] = {}
    for part in PARTS:
        name = part.file
        try:
            raw = json.loads(read(name).decode("utf-8"))
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
            parts[part.name] = converter.structure(raw, part.kind)
        except BaseValidationError as error:
            found += [f"{name}: {message}" for message in transform_error(error, path="$", format_exception=_describe)]
        except (ValueError, TypeError) as error:
            found.append(f"{name}: $: {error}")
    if not found:
        found = problems(parts)
    if found:
        raise DataError(label, found)
    return Dataset({name: _constant(value) for name, value in parts.items()}, version=version)


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _describe(error: BaseException, kind: type | None) -> str:
    """cattrs' wording of a structuring error, with the record's own reason when it gives one."""
    from cattrs.v import format_exception

    text = format_exception(error, kind)
    reason = str(error)
    return f"{text}: {reason}" if isinstance(error, (ValueError, TypeError)) and reason and reason not in text else text


def _read_bundled() -> Dataset:
    """The bundled data through the fast path, each part read on first use. A damaged file
    falls back to the checked path, which names the problem."""
    from .fast import structure

    def loader(file: str, kind: Any) -> Any:
        def load() -> Any:
            try:
                return structure(json.loads(read_bytes(file)), kind)
            except Exception:
                _checked(read_bytes, label="the bundled data", version=DATA_VERSION)  # raises DataError
                raise

        return load

    return Dataset({part.name: loader(part.file, part.kind) for part in PARTS}, version=DATA_VERSION)


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
