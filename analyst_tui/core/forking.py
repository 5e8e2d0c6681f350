"""Work done in a forked child on a second core (Linux, single-threaded callers), else in this process.

The child inherits the parent's memory, does its share and sends the result back
through a pipe; it runs the same code on the same inputs as a single process
would, so the result is identical. When the child cannot start or fails, the
parent does the work itself. This module imports nothing heavy, so that a child
can start before the matching's modules are imported (``core.load_beside``).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from typing import Any, Callable, Sequence, TypeVar

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
    return beside_each([work])[0]


def beside_each(works: Sequence[Callable[[], Any]]) -> list[Callable[[], Any]]:
    """Start the ``works`` in one child, in order, when possible; the k-th returned function gives the k-th result.

    Each result is sent as soon as it is done, so the first can be used while the child works
    on the next. A result the child did not send (it failed, or no child could start) is
    computed here when asked for. Each function may be called more than once.
    """
    works = list(works)  # each is dropped once its result is in, with what it holds
    results: dict[int, Any] = {}
    if can_fork():
        def produce(send: Callable[[bytes], None]) -> None:
            for work in list(works):
                send(pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL))

        frames = in_child(produce)
    else:
        frames = None

    def get(k: int) -> Any:
        nonlocal frames
        while k not in results and frames is not None:
            data = frames()
            if data is None:  # the child stopped early: what it did not send is done here
                frames = None
                break
            try:
                results[len(results)] = pickle.loads(data)
                works[len(results) - 1] = None
            except Exception:
                frames = None
        if k not in results:
            results[k] = works[k]()
            works[k] = None
        if frames is not None and len(results) == len(works):
            frames()  # nothing more comes: the child is waited for
            frames = None
        return results[k]

    return [lambda k=k: get(k) for k in range(len(works))]


def in_child(produce: Callable[[Callable[[bytes], None]], None]) -> Callable[[], bytes | None] | None:
    """Start ``produce(send)`` in a forked child, which sends each of its results with ``send(bytes)``.

    Returns a function that gives the next result sent, waiting for it (None once there is
    none: all were read, or the child failed; then it has been waited for). The results go
    into a file in memory and only their sizes through a pipe, so the child never waits for
    the parent to read one before it goes on with the next.
    """
    child = start(produce)
    return None if child is None else child.next


class Child:
    """A forked child's results as they come (``start``)."""

    def __init__(self, pid: int, pipe: int, store: int) -> None:
        self._pid, self._pipe, self._store = pid, pipe, store
        self._offset = 0
        self._done = False
        self._poll = select.poll()  # (not ``select.select``: it refuses a descriptor over 1023)
        self._poll.register(pipe, select.POLLIN)

    def next(self) -> bytes | None:
        """The next result sent, waiting for it; None once there is none (all were read, or the child failed or was
        stopped: it has then been waited for)."""
        if self._done:
            return None
        head = b""
        while len(head) < 8:
            part = os.read(self._pipe, 8 - len(head))
            if not part:
                break
            head += part
        if len(head) == 8:
            size = int.from_bytes(head, "little")
            parts = []
            got = 0
            while got < size:
                part = os.pread(self._store, size - got, self._offset + got)
                if not part:
                    break
                parts.append(part)
                got += len(part)
            if got == size:
                self._offset += size
                return b"".join(parts)
        self._finish()  # no more results (or a truncated one: the child failed)
        return None

    def ready(self) -> bool:
        """Whether ``next`` would give a result (or None, the child having ended) without waiting."""
        return self._done or bool(self._poll.poll(0))  # (the end of the pipe counts: ``next`` then gives None)

    def stop(self) -> None:
        """End the child where it is (its results not yet read are dropped)."""
        if not self._done:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except OSError:
                pass
            self._finish()

    def _finish(self) -> None:
        self._done = True
        os.close(self._pipe)
        os.close(self._store)
        os.waitpid(self._pid, 0)


def start(produce: Callable[[Callable[[bytes], None]], None]) -> Child | None:
    """Start ``produce(send)`` in a forked child, which sends each of its results with ``send(bytes)`` (None if no
    child could start). The results go into a file in memory and only their sizes through a pipe, so the child never
    waits for the parent to read one before it goes on with the next."""
    try:
        store = _memory_file()
    except OSError:
        return None
    try:
        r, w = os.pipe()
    except OSError:
        os.close(store)
        return None
    # tokenizers warns on stderr in a forked child unless its parallelism is configured
    had = os.environ.get("TOKENIZERS_PARALLELISM")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        pid = os.fork()
    except OSError:
        for fd in (r, w, store):
            os.close(fd)
        pid = -1
    if pid == 0:  # child
        code = 1
        try:
            os.close(r)

            def send(data: bytes) -> None:
                view = memoryview(data)
                while view:
                    view = view[os.write(store, view):]
                os.write(w, len(data).to_bytes(8, "little"))  # a few bytes: never waits for the reader

            produce(send)
            code = 0
        finally:
            os._exit(code)
    if had is None:
        del os.environ["TOKENIZERS_PARALLELISM"]
    if pid < 0:
        return None
    os.close(w)
    return Child(pid, r, store)


def _memory_file() -> int:
    """A file descriptor of an anonymous file (in memory where the system has them)."""
    if hasattr(os, "memfd_create"):
        try:
            return os.memfd_create("analyst-tui-results", os.MFD_CLOEXEC)
        except OSError:
            pass
    import tempfile

    with tempfile.TemporaryFile() as f:  # unlinked at once; the duplicate keeps it open
        return os.dup(f.fileno())
