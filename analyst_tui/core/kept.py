"""Files the program keeps in its cache folder to start faster, and can always make again.

``write_kept`` writes one atomically (a temporary file created private, then renamed over it);
``read_kept`` reads one only if it is plainly this program's: a regular file, not a symbolic link,
owned by this user and writable by no one else, and not larger than the caller expects. Neither
raises: a kept file that cannot be written or read only makes the next start slower.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Callable


def read_kept(path: str | os.PathLike[str], max_bytes: int) -> bytes | None:
    """The bytes of the kept file ``path``, or None (none there, or not plainly ours, or too large)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
            if not stat.S_ISREG(st.st_mode) or not mine or st.st_mode & 0o022 or st.st_size > max_bytes:
                return None
            return f.read(max_bytes + 1)
    except OSError:
        return None


def write_kept(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> bool:
    """Keep as ``path`` what ``write(file)`` writes (its folder made private if missing); False if it could not be
    written, whatever the reason (``write`` raising too)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, target)
        return True
    except Exception:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
