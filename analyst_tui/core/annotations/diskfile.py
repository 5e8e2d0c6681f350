"""One annotation file on disk: its lock, reading it, writing it atomically, setting it aside.

Only what is this program's own is ever renamed or replaced: a regular file (never a device,
a FIFO or a folder). A damaged file is set aside only when it is ours (see :func:`is_ours`);
anything else is opened read-only. The lock file is opened without following a symbolic link.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from analyst_tui.core import fsutil
import analyst_tui.core.annotations.bigjson as bigjson
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


# a write this soon after the last one may leave the file with the very same time stamps
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class Seen:
    """The file as this session last read or wrote it: its identity and the SHA-256 of its bytes."""

    identity: tuple[int, int, int, int, int]  # st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns
    digest: str | None
    at_ns: int  # when it was noted


def identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def seen(path: Path, digest: str | None) -> Seen | None:
    """Note ``path`` as just written with bytes of SHA-256 ``digest`` (None: unknown)."""
    try:
        return Seen(identity(os.stat(path)), digest, time.time_ns())
    except OSError:
        return None


def still(path: Path, last: Seen | None) -> Seen | None:
    """``last`` (brought up to date) when ``path`` still holds what this session last read or
    wrote, so it need not be read and parsed again; None when it may have changed.

    The same identity (device, inode, size, modification and change times) is enough once the
    time stamps are older than RACY_NS at the moment ``last`` was noted: any later write would
    have moved them. Sooner than that, the file's bytes are hashed and compared (reading and
    hashing release the interpreter lock: nothing waits on it)."""
    if last is None or last.digest is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or identity(st) != last.identity:
        return None
    if last.at_ns >= max(st.st_mtime_ns, st.st_ctime_ns) + RACY_NS:
        return last
    checked = time.time_ns()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if identity(os.fstat(fh.fileno())) != last.identity:
            return None
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    return Seen(last.identity, digest, checked) if digest == last.digest else None


def read_seen(path: Path, raw: bool = False) -> tuple[str | bytes | None, Seen | None]:
    """The file's text (its bytes with ``raw``; None when it does not exist) and what was seen of it.

    Raises :class:`FileProblem` for what is not a regular UTF-8 file of bounded size (a FIFO,
    a device, a folder), and OSError when it cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None, None
    with os.fdopen(fd, "rb") as fh:
        noted = time.time_ns()
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise FileProblem("unreadable", "it is a folder, not an annotation file")
        if not stat.S_ISREG(st.st_mode):
            raise FileProblem("foreign", "not a regular file (a device, FIFO or socket)")
        if st.st_size > MAX_FILE_BYTES:
            raise FileProblem("foreign", f"too large to be an annotation file ({st.st_size // 2**20} MB)")
        data = fh.read(MAX_FILE_BYTES + 1)
        after = os.fstat(fh.fileno())
    # changed in place while read (not by this program, which replaces files): nothing is trusted
    trusted = identity(after) == identity(st) and len(data) == st.st_size
    seen = Seen(identity(st), hashlib.sha256(data).hexdigest() if trusted else None, noted)
    if raw:
        return data, seen
    try:
        return bigjson.decode(data), seen  # a block at a time: never one long step
    except UnicodeDecodeError:
        raise FileProblem("corrupt", "not UTF-8 text") from None


def read_text(path: Path) -> str | None:
    """The file's text, or None when it does not exist (FileProblem, OSError: see :func:`read_seen`)."""
    return read_seen(path)[0]


def is_ours(path: Path, text: str | bytes | None = None) -> bool:
    """Whether a damaged ``path`` is this program's own: a regular file next to our lock file, or
    one that still carries our format marker. Only such a file is ever set aside."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
    except OSError:
        return False
    marker = _MARKER.encode("utf-8") if isinstance(text, bytes) else _MARKER
    if text is not None and marker in text[:1_000_000]:
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


def write(path: Path, text: str | Iterable[str]) -> Seen | None:
    """Replace the annotation file atomically with ``text`` (a string or its pieces); an existing
    file keeps its mode, a new one is 0600. Returns what was written, as :func:`still` takes it."""
    real = Path(os.path.realpath(path))  # a symbolic link is written through, never replaced
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, f"{path.name} is not a regular file; it is left alone")
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o600
    digest = atomic_write_text(real, text, mode)
    return seen(real, digest if isinstance(digest, str) else None)


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
