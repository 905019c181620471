"""Reading data nobody vouches for: bounded file reads, a guarded JSON decoder, a strict checker.

:func:`politique_ville.load` reads a folder through this module: only regular files, never
through a symbolic link, each at most :data:`MAX_FILE_BYTES` and all together at most
:data:`MAX_TOTAL_BYTES`. The JSON is decoded with duplicate keys, nesting deeper than
:data:`MAX_DEPTH` and integer literals longer than :data:`MAX_INT_DIGITS` digits refused, and is
then checked against the record classes in one linear pass that builds the records, names each
problem with its file and JSON path, and keeps at most :data:`MAX_PROBLEMS` of them (the rest
are counted). Text must be valid Unicode, at most :data:`MAX_STRING_LENGTH` characters, with no
control character but tab, and a newline only in the prose fields of :data:`MULTILINE_FIELDS`.

The bundled data, shipped with the package and checked by its tests, takes the fast path of
:mod:`.fast` instead. See ``docs/security.md`` for the guarantees and how they are tested.
"""

from __future__ import annotations

import enum
import functools
import json
import os
import re
import stat
import sys
import typing
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from types import UnionType
from typing import Any

import attrs

from .dates import PartialDate
from .kinds import fields_of

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_INT_DIGITS",
    "MAX_PROBLEMS",
    "MAX_STRING_LENGTH",
    "MAX_TOTAL_BYTES",
    "MULTILINE_FIELDS",
    "Problems",
    "Reader",
    "Refused",
    "check",
    "decode",
]

MAX_FILE_BYTES = 2 * 1024 * 1024
"""The largest data file read, in bytes (2 MiB; the largest bundled file is under 250 KB). At
this size any file is decoded and checked, or refused, within about a second."""

MAX_TOTAL_BYTES = 8 * 1024 * 1024
"""The most bytes read from one folder, all its files together (8 MiB)."""

MAX_DEPTH = 32
"""The deepest nesting of JSON arrays and objects accepted (the bundled data nests 6 deep)."""

MAX_INT_DIGITS = 15
"""The most digits of a JSON integer (the bundled data's largest integer has 7)."""

MAX_STRING_LENGTH = 10_000
"""The most characters of one JSON string (the bundled data's longest has under 600)."""

MAX_PROBLEMS = 50
"""The most problems a :class:`~politique_ville.DataError` lists; the others are counted."""

MULTILINE_FIELDS = frozenset({"note", "basis", "description", "text"})
"""The prose fields whose text may hold a newline; every other text is one line."""

_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
# Control characters (C0 but tab, DEL, C1), lone surrogates and non-characters.
_FORBIDDEN_PROSE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")
_FORBIDDEN_LINE = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARACTERS}]")

_LONG_DIGITS = 4300  # sys.int_info.default_max_str_digits, on every Python
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))  # digits to "0", others to " "
_LONG_RUN = b"0" * (_LONG_DIGITS + 1)
_INT_LIMIT = 10**MAX_INT_DIGITS
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{}')))
_SQUARE = bytes.maketrans(b"{}", b"[]")
_STEPS = bytes.maketrans(b"[]", b"\x01\xff")  # +1 and -1 as signed bytes


class Refused(Exception):
    """A file of the folder is not read: ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- reading files ----------------------------------------------------------------------------

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link swapped in after the check is not followed
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO does not wait for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _what(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return name
    return "not a regular file"


class Reader:
    """Reads the files of one folder within the caps: ``reader(name)`` gives a file's bytes.

    Raises :class:`FileNotFoundError` for a missing file, :class:`Refused` for a file that is
    not read (a link, not a regular file, too large), :class:`OSError` for a read that fails.
    """

    def __init__(self, folder: str, *, per_file: int = MAX_FILE_BYTES, total: int = MAX_TOTAL_BYTES) -> None:
        self.folder: str = folder
        self.per_file: int = per_file
        self.left: int = total
        """The bytes still allowed from the folder."""
        self.total: int = total

    def __call__(self, name: str) -> bytes:
        path = os.path.join(self.folder, name)
        mode = os.lstat(path).st_mode
        if not stat.S_ISREG(mode):
            raise Refused(f"{_what(mode)}, not a regular file: only the folder's own regular files are read")
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # replaced since the check
                raise Refused(f"{_what(info.st_mode)}, not a regular file")
            limit = min(self.per_file, self.left)
            if info.st_size > limit:
                raise Refused(self._too_large(info.st_size))
            chunks = []
            size = 0
            while True:  # read no more than the cap, even from a file that grows meanwhile
                chunk = os.read(fd, min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise Refused(self._too_large(size))
        finally:
            os.close(fd)
        self.left -= size
        return b"".join(chunks)

    def _too_large(self, size: int) -> str:
        if size > self.per_file:
            return f"too large: {size:,} bytes or more, over the cap of {self.per_file:,} bytes per file"
        return f"too large: the folder's files exceed the cap of {self.total:,} bytes in all"


# -- decoding ----------------------------------------------------------------------------------


class _Object(dict[str, Any]):
    """A JSON object in which some keys appear more than once (the last value is kept)."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    marked = _Object(found)
    marked.duplicates = [key for key, count in Counter(key for key, _ in pairs).items() if count > 1]
    return marked


def _bare(data: bytes) -> bytes:
    """The quotes and brackets of JSON ``data`` outside its strings, found with a few C-speed
    passes: escapes removed, every other byte deleted, then what lies between quotes dropped."""
    unescaped = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    reduced = unescaped.translate(None, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' in reduced:
        reduced = b"".join(reduced.split(b'"')[::2])
    return reduced.translate(_SQUARE)


def _too_deep(data: bytes, limit: int) -> bool:
    """Whether JSON ``data`` nests arrays and objects deeper than ``limit``, found without
    recursion: a run of ``limit + 1`` opening brackets, or else the running sum of +1 for each
    opening bracket and -1 for each closing one, computed in C (on what a few passes that drop
    the innermost pairs leave)."""
    brackets = _bare(data)
    for _ in range(3):  # each pass drops the innermost pairs: one level less, and most of the bytes
        if b"[" * (limit + 1) in brackets:
            return True
        if not brackets:
            return False
        brackets, limit = brackets.replace(b"[]", b""), limit - 1
    return bool(brackets) and max(accumulate(memoryview(brackets.translate(_STEPS)).cast("b"))) > limit


def decode(data: bytes) -> Any:
    """The JSON value of ``data``; raises :class:`Refused` with the reason it cannot be read.

    Duplicate keys are kept aside for :func:`check` to report at their path. A number literal
    longer than Python's limit for int conversion (4,300 digits) is refused, and costs no
    quadratic conversion even where that limit is lifted.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Refused(f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    if _too_deep(data, MAX_DEPTH):
        raise Refused(f"arrays and objects nested deeper than {MAX_DEPTH} levels @ $")
    limited = 0 < getattr(sys, "get_int_max_str_digits", lambda: 0)() <= _LONG_DIGITS
    parse_int = None if limited or _LONG_RUN not in data.translate(_DIGITS) else _int
    try:
        return json.loads(text, object_pairs_hook=_object, parse_int=parse_int)
    except json.JSONDecodeError as error:
        raise Refused(f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except ValueError:  # Python's own limit on int conversion
        raise Refused(f"a number literal of over {_LONG_DIGITS:,} digits") from None
    except RecursionError:  # the caller's own stack nearly full already
        raise Refused("arrays and objects nested too deep for the interpreter's stack @ $") from None


def _int(text: str) -> int:
    if len(text) > _LONG_DIGITS:
        raise ValueError(text[:20])
    return int(text)


# -- checking ----------------------------------------------------------------------------------

Path = tuple[Any, ...] | None
"""A JSON path as a chain ``(parent, key)``, ``None`` being ``$``: formatted only when needed."""


def format_path(path: Path) -> str:
    keys = []
    while path is not None:
        path, key = path
        keys.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "$" + "".join(reversed(keys))


def cut(text: str, limit: int = 200) -> str:
    """``text``, cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: Any) -> str:
    """A short description of a JSON value for a message: its type and a cut repr."""
    if type(value) is int and not -_INT_LIMIT < value < _INT_LIMIT:
        return f"an integer of {len(str(abs(value)))} digits"
    name = {dict: "object", _Object: "object", list: "array", str: "string", bool: "boolean", int: "integer"}.get(
        type(value), type(value).__name__
    )
    if isinstance(value, (dict, list)):
        return f"{name} of {len(value)} items"
    return f"{name} {cut(repr(value), 60)}"


class _Full(Exception):
    """Raised to stop a check once :data:`MAX_PROBLEMS` problems are listed."""


class Problems:
    """The problems found in one bundle: the first :data:`MAX_PROBLEMS`, and how many more
    (``None`` once a check stopped early, so that the rest were not counted)."""

    def __init__(self) -> None:
        self.listed: list[str] = []
        self.more: int | None = 0

    @property
    def full(self) -> bool:
        return len(self.listed) >= MAX_PROBLEMS

    def add(self, text: str) -> None:
        if not self.full:
            self.listed.append(cut(text, 500))
        elif self.more is not None:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.listed)


_BAD: Any = object()  # what a check returns for a value with a problem (already reported)
Check = Callable[[Any, Path, Callable[[Path, str], None]], Any]


def check(raw: Any, kind: Any, file: str, problems: Problems) -> Any:
    """``raw`` (decoded JSON) built as ``kind``, or ``None`` if it has problems, each added to
    ``problems`` with ``file`` and its JSON path."""

    def report(path: Path, message: str) -> None:
        if problems.full:  # the check is stopped: bounded work and message on any input
            raise _Full
        problems.add(f"{file}: {message} @ {format_path(path)}")

    try:
        built = _checker(kind, False)(raw, None, report)
    except _Full:
        problems.more = None
        return None
    return None if built is _BAD else built


@functools.cache
def _checker(kind: Any, multiline: bool) -> Check:
    """The check of a JSON value that should hold ``kind``; ``multiline``: a prose field."""
    origin = typing.get_origin(kind)
    if origin is tuple:
        return _tuple_checker(_checker(typing.get_args(kind)[0], multiline))
    if origin in (typing.Union, UnionType):
        (inner,) = (a for a in typing.get_args(kind) if a is not type(None))
        check_inner = _checker(inner, multiline)
        return lambda value, path, report: None if value is None else check_inner(value, path, report)
    cls = origin or kind
    if cls is str:
        return _text_checker(_FORBIDDEN_PROSE if multiline else _FORBIDDEN_LINE)
    if cls is int:
        return _int_checker
    if cls is bool:
        return _bool_checker
    if cls is PartialDate:
        return _date_checker
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return _enum_checker(cls)
    if attrs.has(cls):
        return _record_checker(kind, cls)
    raise TypeError(f"no check for {kind!r}")


def _tuple_checker(item: Check) -> Check:
    def check_list(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
        if type(value) is not list:
            report(path, f"expected an array, got {shown(value)}")
            return _BAD
        built = [item(v, (path, i), report) for i, v in enumerate(value)]
        return _BAD if any(b is _BAD for b in built) else tuple(built)

    return check_list


def _text_checker(forbidden: re.Pattern[str]) -> Check:
    def check_text(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
        if type(value) is not str:
            report(path, f"expected a string, got {shown(value)}")
            return _BAD
        if len(value) > MAX_STRING_LENGTH:
            report(path, f"a string of {len(value):,} characters, over the cap of {MAX_STRING_LENGTH:,}")
            return _BAD
        bad = forbidden.search(value)
        if bad is not None:
            char = bad.group()
            what = "a newline" if char == "\n" else f"the forbidden character U+{ord(char):04X}"
            report(path, f"{what} at index {bad.start()} (in {cut(repr(value), 60)})")
            return _BAD
        return value

    return check_text


def _int_checker(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
    if type(value) is int:
        if -_INT_LIMIT < value < _INT_LIMIT:
            return value
        report(path, f"{shown(value)}, over the cap of {MAX_INT_DIGITS}")
    else:
        report(path, f"expected an integer, got {shown(value)}")
    return _BAD


def _bool_checker(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
    if type(value) is bool:
        return value
    report(path, f"expected true or false, got {shown(value)}")
    return _BAD


def _date_checker(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
    if type(value) is not str:
        report(path, f"expected a partial date string (YYYY, YYYY-MM, YYYY-MM-DD), got {shown(value)}")
        return _BAD
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        report(path, str(error))
        return _BAD


def _enum_checker(cls: type[enum.Enum]) -> Check:
    members = cls._value2member_map_
    choices = ", ".join(m.value for m in cls)

    def check_enum(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
        member = members.get(value) if type(value) is str else None
        if member is None:
            report(path, f"expected a {cls.__name__} value ({choices}), got {shown(value)}")
            return _BAD
        return member

    return check_enum


def _record_checker(kind: Any, cls: type) -> Check:
    fields = {f.name: _checker(f.type, f.name in MULTILINE_FIELDS) for f in fields_of(kind)}
    required = [f.name for f in fields_of(kind) if f.required]

    def check_record(value: Any, path: Path, report: Callable[[Path, str], None]) -> Any:
        if not isinstance(value, dict):
            report(path, f"expected an object ({cls.__name__}), got {shown(value)}")
            return _BAD
        bad = False
        if isinstance(value, _Object):
            bad = True
            report(path, "duplicate keys: " + cut(", ".join(repr(k) for k in value.duplicates), 100))
        if extra := [key for key in value if key not in fields]:
            bad = True
            report(path, f"extra fields found ({cut(', '.join(repr(k) for k in extra), 100)})")
        for name in required:
            if name not in value:
                bad = True
                report((path, name), "required field missing")
        built = {}
        for name, item in value.items():
            check_field = fields.get(name)
            if check_field is not None:
                built[name] = check_field(item, (path, name), report)
                bad = bad or built[name] is _BAD
        if bad:
            return _BAD
        try:
            return cls(**built)
        except (ValueError, TypeError) as error:
            report(path, cut(str(error)))
            return _BAD

    return check_record
