"""Compute rows of an array in a forked child on a second core (Linux, single-threaded callers), else serially.

The child inherits the parent's memory, computes its share of the rows and sends
them back through a pipe as raw bytes; each row is computed by the same code on
the same inputs as in a single process, so the result is identical.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Callable, Sequence

import numpy as np

MIN_ROWS = 4000  # below this the fork costs more than it saves


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def split_rows(work: Callable[[Sequence[int]], np.ndarray], parts: Sequence[Sequence[int]],
               n_rows: int, n_cols: int) -> np.ndarray:
    """``work(part)`` fills the rows ``part`` of an (n_rows x n_cols) float64 array; two parts run at once when they can."""
    out = np.zeros((n_rows, n_cols))
    # forking a process with other threads (the TUI) is unsafe: then one process does all
    if (len(parts) == 2 and n_rows >= MIN_ROWS and sys.platform.startswith("linux") and cores() >= 2
            and threading.active_count() == 1):
        theirs = _in_child(work, parts[1], n_cols)
        out[list(parts[0])] = work(parts[0])
        rows = theirs() if theirs is not None else None
        out[list(parts[1])] = rows if rows is not None else work(parts[1])
        return out
    for part in parts:
        out[list(part)] = work(part)
    return out


def _in_child(work: Callable[[Sequence[int]], np.ndarray], rows: Sequence[int], n_cols: int):
    """Start ``work(rows)`` in a forked child; return a function that waits for its rows (None on failure)."""
    try:
        r, w = os.pipe()
    except OSError:
        return None
    # tokenizers warns on stderr in a forked child unless its parallelism is configured
    had = os.environ.get("TOKENIZERS_PARALLELISM")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        if had is None:
            del os.environ["TOKENIZERS_PARALLELISM"]
        return None
    if pid == 0:  # child
        code = 1
        try:
            os.close(r)
            data = np.ascontiguousarray(work(rows), dtype=np.float64).tobytes()
            view = memoryview(data)
            while view:
                view = view[os.write(w, view):]
            code = 0
        finally:
            os._exit(code)
    if had is None:
        del os.environ["TOKENIZERS_PARALLELISM"]
    os.close(w)

    def wait() -> np.ndarray | None:
        chunks = []
        with os.fdopen(r, "rb") as f:
            while chunk := f.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        data = b"".join(chunks)
        if status != 0 or len(data) != len(rows) * n_cols * 8:
            return None
        return np.frombuffer(data, dtype=np.float64).reshape(len(rows), n_cols)

    return wait
