"""The matching of a case, kept so that reopening the same articles shows them at once.

Reading, segmenting and matching a case is the slow part of opening it; an analyst reopens the
same case again and again. After a comparison is made it is written to the user's cache folder
(``$XDG_CACHE_HOME/analyst-tui/comparisons``), under a key made of everything the comparison
depends on: each article as loaded (path, label, metadata, text) and the problems reported while
loading, the program's version, the core modules' source files and the fitted model file (each
known by its size and time of last change, as Python knows that a module has changed) and the
versions of the libraries that read and match the text. Any change to one of them is another
key, so a kept comparison is never used for other input or other code. The folder only ever
holds this program's own files (created private, at most ``KEEP`` of them); a file that is not a
regular file owned by this user and writable by it alone is ignored, as is one that does not
load. Deleting the folder is always safe.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from analyst_tui import __version__
from analyst_tui.core.kept import read_kept, write_kept
from analyst_tui.core.model import Article, Comparison
from analyst_tui.core.paths import cache_root

KEEP = 20  # comparisons kept; the oldest go first
MAX_BYTES = 1 << 30  # a larger file is not read
SUFFIX = ".comparison"
FORMAT = b"analyst-tui/comparison-cache/1"


def cache_dir() -> Path:
    return cache_root() / "comparisons"


# Libraries whose version can change what is read or matched (the tokenizer, the word vectors, the stems ...).
LIBRARIES = ("wordllama", "tokenizers", "safetensors", "numpy", "rapidfuzz", "PyStemmer", "markdown-it-py")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def library_versions() -> dict[str, str]:
    """The installed version of each of ``LIBRARIES`` ("-" when it is not installed).

    Read from the name of its wheel metadata folder (``NAME-VERSION.dist-info``), the first on
    ``sys.path`` as ``importlib.metadata`` finds it, which is slow to import; a library installed
    another way is asked of ``importlib.metadata``.
    """
    wanted = {_normal(name): name for name in LIBRARIES}
    found: dict[str, str] = {}
    for entry in sys.path:
        if len(found) == len(wanted):
            break
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if not folder.endswith(".dist-info"):
                continue
            dist, _, version = folder[: -len(".dist-info")].partition("-")
            name = wanted.get(_normal(dist))
            if name is not None and version and name not in found:
                found[name] = version
    missing = [name for name in LIBRARIES if name not in found]
    if missing:
        from importlib import metadata

        for name in missing:
            try:
                found[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                found[name] = "-"
    return {name: found[name] for name in LIBRARIES}


@lru_cache(maxsize=1)
def code_fingerprint() -> bytes:
    """The program's version, its core modules and model file, and the libraries' versions, hashed.

    A file is known by its name, size and time of last change, as Python knows a module's source
    has changed since it compiled it: reading the files' text instead took about four times as long,
    at the start of every opening of a case."""
    return fingerprint_of(Path(__file__).resolve().parent.parent)  # the analyst_tui package


def fingerprint_of(root: Path) -> bytes:
    """``code_fingerprint`` of the package at ``root``."""
    h = hashlib.sha256(FORMAT + __version__.encode())
    for name, version in library_versions().items():
        h.update(f"{name}={version};".encode())
    files = sorted(_sources(os.path.join(root, "core"), "core"))
    model = os.path.join(root, "data", "align_model.json")
    files.append(("data/align_model.json", os.stat(model)))
    for name, st in files:
        h.update(f"{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.digest()


def _sources(folder: str, name: str) -> list[tuple[str, os.stat_result]]:
    """(name within the package, stat) of each ``.py`` file under ``folder``."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                found += _sources(entry.path, f"{name}/{entry.name}")
            elif entry.name.endswith(".py"):
                found.append((f"{name}/{entry.name}", entry.stat()))
    return found


def key(articles: Sequence[Article], problems: Sequence[str], one_story: bool = False) -> str:
    """The name under which the comparison of these articles is kept (``one_story``: compared as one story)."""
    h = hashlib.sha256(code_fingerprint())
    if one_story:
        h.update(b"one story")
    for a in articles:
        h.update(repr((a.id, a.path, a.source, a.title, a.date, a.url, a.warnings)).encode("utf-8", "surrogatepass"))
        h.update(a.text.encode("utf-8", "surrogatepass"))
    h.update(repr(list(problems)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def load(name: str) -> Comparison | None:
    """The comparison kept under ``name``, or None (none kept, or a file that is not ours or does not load)."""
    data = read_kept(cache_dir() / (name + SUFFIX), MAX_BYTES)
    if data is None:
        return None
    try:
        value = pickle.loads(data)
    except Exception:  # damaged, cut short, or from a program whose classes differ: made again
        return None
    return value if isinstance(value, Comparison) else None


def save(name: str, comparison: Comparison) -> None:
    """Keep ``comparison`` under ``name`` (atomically); the oldest beyond ``KEEP`` are removed. Never raises."""
    folder = cache_dir()
    if write_kept(folder / (name + SUFFIX), lambda f: pickle.dump(comparison, f, protocol=pickle.HIGHEST_PROTOCOL)):
        try:
            _prune(folder)
        except OSError:
            pass


def _prune(folder: Path) -> None:
    """The newest ``KEEP`` comparisons stay; older ones go, and so do unfinished writes an hour old."""
    kept = []
    stale = time.time() - 3600
    for entry in os.scandir(folder):
        if not entry.is_file(follow_symlinks=False):
            continue
        when = entry.stat(follow_symlinks=False).st_mtime
        if entry.name.endswith(SUFFIX):
            kept.append((when, entry.path))
        elif entry.name.startswith(".") and entry.name.endswith(".tmp") and when < stale:
            os.unlink(entry.path)
    for _, path in sorted(kept, reverse=True)[KEEP:]:
        os.unlink(path)
