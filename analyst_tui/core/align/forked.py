"""Rows of a feature matrix computed on two cores (``split_rows``); the forking itself is ``core.forking``."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from analyst_tui.core.forking import can_fork, in_child

MIN_ROWS = 4000  # below this the fork costs more than it saves


def _whole(wait: Callable[[], bytes | None] | None) -> bytes | None:
    """The one result a child sends (None if it failed or sent another count)."""
    if wait is None:
        return None
    data = wait()
    return data if data is not None and wait() is None else None


def split_rows(work: Callable[[Sequence[int]], np.ndarray], parts: Sequence[Sequence[int]],
               n_rows: int, n_cols: int) -> np.ndarray:
    """``work(part)`` fills the rows ``part`` of an (n_rows x n_cols) float64 array; two parts run at once when they can."""
    out = np.zeros((n_rows, n_cols))
    if len(parts) == 2 and n_rows >= MIN_ROWS and can_fork():
        theirs = in_child(lambda send: send(np.ascontiguousarray(work(parts[1]), dtype=np.float64).tobytes()))
        out[list(parts[0])] = work(parts[0])
        data = _whole(theirs)
        if data is not None and len(data) == len(parts[1]) * n_cols * 8:
            out[list(parts[1])] = np.frombuffer(data, dtype=np.float64).reshape(len(parts[1]), n_cols)
        else:
            out[list(parts[1])] = work(parts[1])
        return out
    for part in parts:
        out[list(part)] = work(part)
    return out
