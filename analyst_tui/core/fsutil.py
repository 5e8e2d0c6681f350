"""Writing files: atomic replacement of our own files, and output that respects what is there.

``atomic_write_text``: temporary file in the same folder, fsync, replace, fsync the folder.
``write_output``: what a command writes with ``-o``: through a device, FIFO or symbolic link
(never replacing them), atomically over a regular file, which keeps its mode.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

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


def atomic_write_text(path: str | os.PathLike[str], text: str, mode: int = 0o600) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
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
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
