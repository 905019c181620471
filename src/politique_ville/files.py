"""Writing output files atomically: the whole new content, or the old file untouched.

A map or an export is written to a temporary file in the same folder, flushed to disk, then
renamed over the target with :func:`os.replace`, so that a reader never sees a half-written
file and a failure (a value that cannot be encoded, a full disk) leaves an existing file as it
was. A target that exists and is not a regular file (``/dev/stdout``, a FIFO) is written
directly: it cannot be replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat

__all__ = ["write_atomically"]


def temporary_beside(target: str) -> str:
    """A random hidden name in ``target``'s folder, where a new version of it is built before
    being renamed over it (on the same file system, so the rename is atomic)."""
    folder, name = os.path.split(os.path.abspath(target))
    return os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")


def write_atomically(path: str | os.PathLike[str], text: str | bytes, *, newline: str = "") -> None:
    """Write ``text`` to ``path`` as UTF-8 (``\\n`` turned into ``newline`` if given), or bytes
    as they are, atomically.

    An existing file is replaced only once the new content is complete; its permissions are
    kept. Raises :class:`OSError` when the file cannot be written, :class:`UnicodeEncodeError`
    (a ``ValueError``) when ``text`` holds a lone surrogate; either way nothing is changed.
    """
    # Text is encoded before any write: a lone surrogate fails here.
    data = text if isinstance(text, bytes) else (text.replace("\n", newline) if newline else text).encode("utf-8")
    target = os.fspath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(target, "wb") as stream:
            stream.write(data)
        return
    while True:
        temporary = temporary_beside(target)
        try:
            # 0o666 less the umask, as open() would give a new file
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
        except OSError as error:  # name the file asked for, not the temporary one
            raise OSError(error.errno, error.strerror, target) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if info is not None:
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
