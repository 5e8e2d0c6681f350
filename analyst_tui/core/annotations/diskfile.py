"""One annotation file on disk: its lock, reading it, writing it atomically, setting it aside.

Only what is this program's own is ever renamed or replaced: a regular file (never a device,
a FIFO or a folder). A damaged file is set aside only when it is ours (see :func:`is_ours`);
anything else is opened read-only. The lock file is opened without following a symbolic link.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path
from typing import Iterator

from analyst_tui.core import fsutil
from analyst_tui.core.annotations.format import FORMAT, FileProblem, stamp

LOCK_TIMEOUT = 5.0  # seconds to wait for another session's save to finish
MAX_FILE_BYTES = 1 << 30  # an annotation file larger than this is not read
_MARKER = f'"format": "{FORMAT}"'

# the write used for every save (tests replace it to simulate a full disk)
atomic_write_text = fsutil.atomic_write_text


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def ensure_dir(folder: Path) -> None:
    """Create ``folder`` and missing parents, readable by the owner only."""
    missing = []
    p = folder
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):  # make the new folder's name durable too
            fd = os.open(d.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def why(exc: BaseException) -> str:
    """A short, lower-case reason for a failed file operation."""
    if isinstance(exc, OSError):
        reasons = {
            errno.ENOSPC: "the disk is full",
            errno.EDQUOT: "the disk quota is exceeded",
            errno.EROFS: "the file system is read-only",
            errno.EACCES: "permission denied",
            errno.EPERM: "permission denied",
            errno.ENOENT: "the folder no longer exists",
            errno.ELOOP: "a symbolic link is in the way",
        }
        return reasons.get(exc.errno, exc.strerror or str(exc))
    if isinstance(exc, UnicodeError):
        return "text that cannot be encoded"
    return str(exc) or exc.__class__.__name__


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of the annotation file ``path`` (waits up to LOCK_TIMEOUT, then TimeoutError)."""
    import fcntl

    ensure_dir(path.parent)
    lock = lock_path(path)
    flags = os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | flags, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, f"the lock file {lock.name} is a symbolic link") from None
        try:
            fd = os.open(lock, os.O_RDONLY | flags)  # an existing lock in a read-only folder still locks
        except OSError:
            raise exc from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, f"the lock file {lock.name} is not a regular file")
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError("another session is holding the annotation file") from None
                time.sleep(0.005)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def read_text(path: Path) -> str | None:
    """The file's text, or None when it does not exist.

    Raises :class:`FileProblem` for what is not a regular UTF-8 file of bounded size (a FIFO,
    a device, a folder), and OSError when it cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise FileProblem("unreadable", "it is a folder, not an annotation file")
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem("foreign", "not a regular file (a device, FIFO or socket)")
        if st.st_size > MAX_FILE_BYTES:
            raise FileProblem("foreign", f"too large to be an annotation file ({st.st_size // 2**20} MB)")
        raw = fh.read(MAX_FILE_BYTES + 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FileProblem("corrupt", "not UTF-8 text") from None


def is_ours(path: Path, text: str | None = None) -> bool:
    """Whether a damaged ``path`` is this program's own: a regular file next to our lock file, or
    one that still carries our format marker. Only such a file is ever set aside."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
    except OSError:
        return False
    if text is not None and _MARKER in text[:1_000_000]:
        return True
    try:
        return stat.S_ISREG(os.lstat(lock_path(path)).st_mode)
    except OSError:
        return False


def read_only_mode(path: Path) -> bool:
    """True for an existing file whose mode lets nobody write it (e.g. 0444): the analyst's choice."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and not st.st_mode & 0o222


def set_aside(path: Path) -> Path:
    """Rename a damaged file of ours to ``NAME.corrupt-<time>``; returns the new path (OSError if not)."""
    aside = path.with_name(f"{path.name}.corrupt-{stamp()}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp()}-{n}")
    os.rename(path, aside)
    return aside


def write(path: Path, text: str) -> None:
    """Replace the annotation file atomically (an existing file keeps its mode; a new one is 0600)."""
    real = Path(os.path.realpath(path))  # a symbolic link is written through, never replaced
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, f"{path.name} is not a regular file; it is left alone")
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o600
    atomic_write_text(real, text, mode)


def clean_temp_files(path: Path) -> None:
    """Remove temporary files left by a session killed mid-write (we hold the lock: none is live)."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                os.unlink(path.parent / name)
