"""Walking folders for article files, and reading one file (bounded, regular files only)."""

from __future__ import annotations

import os
import re
import stat
from typing import Any

from analyst_tui.core.ingest.draft import FOLDER_EXTENSIONS, MAX_BYTES, Skip


def read_file(path: str) -> tuple[bytes, tuple[int, int]]:
    """A regular file's bytes (at most MAX_BYTES + 1), and its identity (device, inode).

    A FIFO, device or socket is refused without reading from it (it could block forever or
    never end): such input is read as ``-`` (standard input) instead.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise Skip("is a folder")
        if not stat.S_ISREG(st.st_mode):
            raise Skip("not a regular file (a FIFO, device or socket); pipe it in and read it as - instead")
        if st.st_size > MAX_BYTES:
            raise Skip(f"too large ({st.st_size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        raw = fh.read(MAX_BYTES + 1)
    return raw, (st.st_dev, st.st_ino)


def os_reason(exc: OSError) -> str:
    return f"cannot read ({(exc.strerror or exc.__class__.__name__).lower()})"


_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[Any, ...], str]:
    """Sort key that puts ``20_2`` before ``20_10``."""
    chunks = _DIGITS.split(name)
    return tuple(int(c) if i % 2 else c.casefold() for i, c in enumerate(chunks)), name


def walk_folder(root: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Article files under ``root`` (recursively, hidden entries skipped) in natural path order.

    Symbolic links to folders are followed once each, so a link loop cannot hang the walk.
    """
    found: list[tuple[tuple[Any, ...], str]] = []
    problems: list[tuple[str, str]] = []
    try:
        st = os.stat(root)
    except OSError as exc:
        return [], [(root, os_reason(exc))]
    seen = {(st.st_dev, st.st_ino)}
    stack: list[tuple[str, tuple[Any, ...]]] = [(root, ())]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            problems.append((folder, os_reason(exc)))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            key = rel + (natural_key(name),)
            try:
                if entry.is_dir():
                    est = entry.stat()
                    ident = (est.st_dev, est.st_ino)
                    if ident not in seen:
                        seen.add(ident)
                        stack.append((entry.path, key))
                elif os.path.splitext(name)[1].lower() in FOLDER_EXTENSIONS:
                    if entry.is_file():
                        found.append((key, entry.path))
                    elif entry.is_symlink():
                        problems.append((entry.path, "broken link"))
            except OSError as exc:
                problems.append((entry.path, os_reason(exc)))
    found.sort(key=lambda t: t[0])
    return [p for _, p in found], problems

