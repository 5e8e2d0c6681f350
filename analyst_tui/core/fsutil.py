"""Writing files: atomic replacement of our own files, and output that respects what is there.

``atomic_write_text``: temporary file in the same folder, fsync, replace, fsync the folder.
``write_output``: what a command writes with ``-o``: through a device, FIFO or symbolic link
(never replacing them), atomically over a regular file, which keeps its mode.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

OUTPUT_MODE = 0o666  # a new output file: as any program creates one (the umask applies)


class OutputError(Exception):
    """Output cannot be written: one line for the user."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_output(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` as command output. Raises :class:`OutputError` (one line).

    A symbolic link is followed and its target written; a device or FIFO is written through;
    an existing regular file is replaced atomically and keeps its mode; a new file gets the
    usual mode (0666 less the umask). Nothing that is not a regular file is ever replaced.
    """
    from analyst_tui.core.sanitize import shown

    where = shown(os.fspath(path))
    try:
        st = os.stat(path)  # follows links: what a write through the path would reach
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {where}: {(exc.strerror or str(exc)).lower()}") from None
    try:
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"cannot write {where}: it is a folder")
        if st is not None and not stat.S_ISREG(st.st_mode):
            # a device, FIFO or terminal (also /dev/stdout -> /proc/self/fd/1 -> pipe:[...]): through it
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            return
        real = Path(os.path.realpath(path))  # a symbolic link stays; its target is replaced
        if st is None and not real.parent.is_dir():
            raise OutputError(f"cannot write {where}: the folder {shown(str(real.parent))} does not exist")
        if st is not None and not os.access(real, os.W_OK):
            raise OutputError(f"cannot write {where}: the file is read-only")
        mode = stat.S_IMODE(st.st_mode) if st is not None else OUTPUT_MODE & ~_umask()
        atomic_write_text(real, text, mode)
    except OSError as exc:
        reason = "permission denied" if exc.errno in (errno.EACCES, errno.EPERM) else (exc.strerror or str(exc)).lower()
        raise OutputError(f"cannot write {where}: {reason}") from None
    except UnicodeError:
        raise OutputError(f"cannot write {where}: text that cannot be encoded") from None


BLOCK_CHARS = 1 << 20  # text is encoded and written a block at a time (each write releases the GIL)


def encoded_blocks(text: str | Iterable[str]) -> Iterator[bytes]:
    """UTF-8 blocks of about BLOCK_CHARS characters from a string or from pieces of one.

    No single step works on the whole text, so a thread writing a huge file never holds the
    interpreter for long (the interface keeps running)."""
    pieces: Iterable[str] = (text,) if isinstance(text, str) else text
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        for start in range(0, len(piece), BLOCK_CHARS):
            part = piece[start : start + BLOCK_CHARS] if len(piece) > BLOCK_CHARS else piece
            buffer.append(part)
            size += len(part)
            if size >= BLOCK_CHARS:
                yield "".join(buffer).encode("utf-8")
                buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def atomic_write_text(path: str | os.PathLike[str], text: str | Iterable[str], mode: int = 0o600) -> str:
    """Replace ``path`` with ``text`` (a string or its pieces, in order); returns the SHA-256 of
    the bytes written. Temporary file in the same folder, fsync, replace, fsync the folder."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            for block in encoded_blocks(text):
                digest.update(block)  # releases the GIL for large blocks, as the write does
                fh.write(block)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return digest.hexdigest()
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
    return digest.hexdigest()
