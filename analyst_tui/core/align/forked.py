"""Work done in a forked child on a second core (Linux, single-threaded callers), else in this process.

The child inherits the parent's memory, does its share and sends the result back
through a pipe; it runs the same code on the same inputs as a single process
would, so the result is identical. When the child cannot start or fails, the
parent does the work itself.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Callable, Sequence, TypeVar

import numpy as np

MIN_ROWS = 4000  # below this the fork costs more than it saves
T = TypeVar("T")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    # forking a process with other threads (the TUI) is unsafe: then one process does all
    return sys.platform.startswith("linux") and cores() >= 2 and threading.active_count() == 1


def beside(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work()`` in a child when possible; the returned function gives its result (computed here if need be)."""
    wait = _in_child(lambda: pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)) if can_fork() else None

    def result() -> T:
        data = wait() if wait is not None else None
        if data is not None:
            try:
                return pickle.loads(data)
            except Exception:  # a truncated or unreadable result: do the work here
                pass
        return work()

    return result


def split_rows(work: Callable[[Sequence[int]], np.ndarray], parts: Sequence[Sequence[int]],
               n_rows: int, n_cols: int) -> np.ndarray:
    """``work(part)`` fills the rows ``part`` of an (n_rows x n_cols) float64 array; two parts run at once when they can."""
    out = np.zeros((n_rows, n_cols))
    if len(parts) == 2 and n_rows >= MIN_ROWS and can_fork():
        theirs = _in_child(lambda: np.ascontiguousarray(work(parts[1]), dtype=np.float64).tobytes())
        out[list(parts[0])] = work(parts[0])
        data = theirs() if theirs is not None else None
        if data is not None and len(data) == len(parts[1]) * n_cols * 8:
            out[list(parts[1])] = np.frombuffer(data, dtype=np.float64).reshape(len(parts[1]), n_cols)
        else:
            out[list(parts[1])] = work(parts[1])
        return out
    for part in parts:
        out[list(part)] = work(part)
    return out


def _in_child(produce: Callable[[], bytes]) -> Callable[[], bytes | None] | None:
    """Start ``produce()`` in a forked child; return a function that waits for its bytes (None on failure)."""
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
        pid = -1
    if pid == 0:  # child
        code = 1
        try:
            os.close(r)
            view = memoryview(produce())
            while view:
                view = view[os.write(w, view):]
            code = 0
        finally:
            os._exit(code)
    if had is None:
        del os.environ["TOKENIZERS_PARALLELISM"]
    if pid < 0:
        return None
    os.close(w)

    def wait() -> bytes | None:
        chunks = []
        with os.fdopen(r, "rb") as f:
            while chunk := f.read(1 << 20):
                chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        return b"".join(chunks) if status == 0 else None

    return wait
