"""Loading the articles in a child process forked at start-up, on a core of its own.

On a thread (``EarlyLoad``) the loading shares the interpreter lock with the import of
Textual and the app's start-up. ``ForkedLoad`` forks the process before any thread exists
and before Textual is imported; the child runs the loader (``load_case``: read, segment,
align) and sends through a pipe each progress line, then the comparison (pickled) or the
error it met. The parent imports and starts the app meanwhile, on the other core.

- The comparison comes in parts (``early_child_side``): its claims and their evidence as soon as
  they are matched (``MATCHED``), their analysis (``ANALYSED``), the contradictions of its first
  claims as they are found (``CHECKED``), those of every claim (``CONFLICTS``), then whole
  (``RESULT``). An app waiting for the claims (``wait_for_claims``) builds its first screen on them
  while the child analyses them and finds the contradictions (if few enough pairs are left:
  ``claims``), and draws it once the claims it shows have theirs: if it waited idle (the checks were
  imported meanwhile), it finds those of the last of these claims itself while the child goes on from
  the first, until the two meet. The contradictions of the claims it does not show follow (``coming``);
  anything the analyst does waits for them. One busy until the whole comparison has come takes it as
  it is. A comparison kept from an earlier opening comes whole.

- The child runs the same code on the same inputs, so the comparison is the one a single
  process makes. It keeps a second thread (the one that watches the parent), so the engine
  never forks a further child from it (``core.forking`` forks only single-threaded
  callers).
- The child ends when the parent ends, however it ends: the watching thread reads a pipe
  that only the parent holds open. ``close()`` (quitting, even while loading) ends and reaps
  it; a result received reaps it too. No child is left behind, running or as a zombie.
  Once its answer is sent, or the parent has stopped reading as it had all it needs, the child
  keeps the comparison for a later opening (``early.after_hand_over``) while the parent draws it,
  then ends.
- If the child dies without an answer, the parent loads the articles itself: slower,
  never stuck. If it dies between the two parts, the parent finds the contradictions.
- Errors are the ones ``load_case`` raised in the child, raised again in the parent (one
  line and exit status 2 for bad input, as before). What the child printed (a warning about
  the word vectors) is printed by the parent when the result arrives.

``can_fork()`` says whether this works here (``os.fork``, a single thread); ``EarlyLoad`` is used where
it does not (Windows). Standard input is never loaded here: it is read before the app takes the terminal.
"""

from __future__ import annotations

import importlib
import os
import pickle
import select
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Callable, Collection, Iterator

from analyst_tui.core.model import LoadError
from analyst_tui.tui.early import (EarlyLoad, Loader, Progress, add_analysis, add_conflicts, analyse_matched,
                                   matching_warnings_here, prepare_to_finish)
from analyst_tui.tui.early_child_side import (ANALYSED, CHECKED, CONFLICTS, ERROR, HEAD, MATCHED, PIPE_BYTES, PROGRESS,
                                              RESULT, run_child)

if TYPE_CHECKING:
    from analyst_tui.core.model import Claim, Comparison


def can_fork() -> bool:
    """Forking is safe here: the call exists and no other thread runs (one could hold a lock)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def start_loading(load: Loader):
    """``load(progress)`` started now: in a forked child where possible, else on a thread (``EarlyLoad``)."""
    if can_fork():
        try:
            return ForkedLoad(load)
        except OSError:
            pass
    return EarlyLoad(load)


# Modules both processes need (the app's annotation anchoring and the matching use rapidfuzz):
# imported once, before the fork, rather than once in each process. The analysis stage runs in
# the child only: the app shows its results without importing it.
SHARED_MODULES = ("rapidfuzz",)


class LoadingStopped(LoadError):
    """The loading was stopped (the app quit while it ran)."""


class ForkedLoad:
    """``load(progress)`` in a forked child from construction; call it to wait for the result.

    The same interface as ``EarlyLoad``: ``text`` (the latest progress), ``wait(seconds)``,
    ``loader(progress)``, ``matching_warnings()``, ``close()``. ``pid``: the child's.
    """

    POLL_SECONDS = 0.05

    def __init__(self, load: Loader) -> None:
        self._load = load
        self.text = "Loading…"
        self._lock = threading.Lock()  # one reader of the pipe at a time
        self._buffer = bytearray()
        self._outcome: tuple[bytes, object] | None = None  # (RESULT, (comparison, warnings)) or (ERROR, exc)
        self._matched: Comparison | None = None  # handed over matched (``MATCHED``), waiting for its contradictions
        self._conflicts: list | None = None
        self._checked: list = []  # the contradictions of the first claims, as the child finds them (``CHECKED``)
        self._check_here = False  # the contradiction checks were imported while waiting idle (``prepare``)
        self._found_here: set[int] = set()  # the positions of the claims whose contradictions were found here
        self._pairs_to_check = 0  # pairs of versions of the matched claims, read when they come
        self._analysed = False
        self._eof = False
        self._closed = False
        self._reaped = False
        self._warnings: list[str] = []
        for name in SHARED_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:  # the process that needs it reports it
                pass
        read_end, write_end = os.pipe()
        life_read, life_write = os.pipe()  # held open by the parent only: EOF when it ends
        try:
            import fcntl

            fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        except (ImportError, AttributeError, OSError):
            pass  # the child then waits for the parent to read: slower, not wrong
        try:
            pid = os.fork()
        except OSError:  # (too many processes, no memory): the caller loads on a thread instead
            for fd in (read_end, write_end, life_read, life_write):
                os.close(fd)
            raise
        if pid == 0:  # the child: never returns
            os.close(read_end)
            os.close(life_write)
            run_child(load, write_end, life_read)
        os.close(write_end)
        os.close(life_read)
        self.pid = pid
        self._fd = read_end
        self._life = life_write

    # --- the parent's side ---------------------------------------------------------------

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the child's answer; whether it came."""
        return self._wait_until(lambda: self._outcome is not None, seconds)

    def _wait_until(self, done: Callable[[], bool], seconds: float) -> bool:
        """Read the child's messages for up to ``seconds``, until ``done()``; whether it is."""
        deadline = time.monotonic() + seconds
        with self._lock:
            while not done() and not self._eof and not self._closed:
                left = deadline - time.monotonic()
                ready, _, _ = select.select([self._fd], [], [], max(0.0, left))
                if ready:
                    self._read()
                elif left <= 0:
                    break
            return done()

    def __call__(self, progress: Progress) -> Comparison:
        shown = None
        while not self.wait(0 if shown is None else self.POLL_SECONDS):
            if self._closed:
                raise LoadingStopped("the loading was stopped")
            if self._eof:  # the child died without an answer: load here
                with self._lock:  # (close() never signals a child reaped here)
                    self._reap(block=True)
                if self._matched is not None:  # it died after handing over the matched claims
                    if not self._analysed:
                        analyse_matched(self._matched)
                    add_conflicts(self._matched, self._conflicts)
                    return self._matched
                comparison = self._load(progress)
                self._warnings = matching_warnings_here()
                return comparison
            if self.text != shown:
                shown = self.text
                progress(shown)
        kind, value = self._outcome  # type: ignore[misc]
        if kind == ERROR:
            raise value  # type: ignore[misc]
        comparison, self._warnings = value  # type: ignore[misc]
        return comparison

    def prepare(self) -> None:
        """This process is about to wait for the child, idle: it may find some of the contradictions itself."""
        with self._lock:
            if self._outcome is not None or self._eof:
                return
            prepare_to_finish()
            self._check_here = True

    # How long the app waits for the analysis of the claims the child handed over (it follows them at once) before
    # it runs the analysis itself.
    ANALYSIS_SECONDS = 30.0

    def _analyse_matched(self) -> None:
        """The matched claims with their analysis: the child's (``ANALYSED``), or made here if it never comes."""
        if self._wait_until(lambda: self._analysed or self._outcome is not None, self.ANALYSIS_SECONDS):
            return
        with self._lock:
            if self._outcome is not None or self._matched is None or self._analysed:
                return
            analyse_matched(self._matched)
            self._analysed = True
            if self._conflicts is not None:  # they came too: nothing more is needed from the child
                self._finish(RESULT, self._matched_result())

    # Up to this many pairs of versions left to check for contradictions (about 30 ms per 1,000 here), the app
    # builds its first screen while the child checks them (``claims``); more, it waits for the whole comparison.
    BUILD_WHILE_CHECKING = 3000

    def wait_for_claims(self, seconds: float) -> bool:
        """As ``wait``, and also True once the claims have come matched with few enough contradictions still to
        find (``claims`` then gives them, to build the first screen on)."""
        return self._wait_until(self._claims_in, seconds)

    def _claims_in(self) -> bool:
        if self._outcome is not None:
            return True
        return (self._matched is not None and not self._eof
                and self._pairs_to_check <= self.BUILD_WHILE_CHECKING)

    def claims(self) -> tuple[Comparison, Callable[..., bool] | None]:
        """Once ``wait_for_claims`` is True: the comparison to build the app on, and what to call before drawing it
        (None: nothing), which waits for its analysis and its contradictions (made here if the child fails).

        That call, ``finish(shown)``, may stop early: given the positions in ``claims`` of those the first screen
        shows, it returns False once their contradictions are in, the rest still to come (``coming()`` says when they
        have: ``finish()`` then takes them without waiting); True once every claim has its contradictions."""
        if self._outcome is not None or self._matched is None:
            return self(lambda _text: None), None
        matched = self._matched

        def finish(shown: Collection[int] | None = None) -> bool:
            self._analyse_matched()
            if shown is not None and self._shown_in(matched, shown):
                return False
            if self._check_here:
                self._check_from_the_end(matched, shown)
                if shown is not None and self._shown_in(matched, shown):
                    return False
            try:
                comparison = self(lambda _text: None)  # the same comparison, its contradictions added
            except Exception:  # the child failed after handing the claims over: found here instead
                comparison = None
            if comparison is not matched:  # (the whole comparison came from the child instead)
                if not self._analysed:
                    analyse_matched(matched)
                add_conflicts(matched, None if comparison is None else [c.conflicts for c in comparison.claims])
            return True

        return matched, finish

    def _shown_in(self, matched: Comparison, shown: Collection[int]) -> bool:
        """Whether the contradictions of the claims at ``shown`` are in (those the child has sent are given to the
        claims), while others are still to come; what has come is read first."""
        if not self.coming():
            return False  # (all of them are in: ``finish`` takes them)
        for claim, found in zip(matched.claims, self._checked):
            claim.conflicts = found
        return self._have(shown)

    def _check_from_the_end(self, matched: Comparison, shown: Collection[int] | None = None) -> None:
        """The contradictions of the last claims found here, from the last one on, while the child finds those of the
        first: once the two meet, the comparison is finished here (``_finish``) without waiting for the rest. Given
        ``shown`` (positions of claims), only those claims are checked here, and what the child sends finishes it."""
        from analyst_tui.core.conflicts import conflicts_each

        claims = matched.claims

        def left() -> Iterator[Claim]:
            for k in range(len(claims) - 1, -1, -1):
                if not claims[k].is_shared or k in self._found_here or shown is not None and k not in shown:
                    continue
                self._wait_until(lambda: False, 0)  # (what the child has sent is read)
                if k < len(self._checked) or self._conflicts is not None or self._outcome is not None or self._eof:
                    return
                self._found_here.add(k)
                yield claims[k]

        for _claim in conflicts_each(left()):
            pass
        with self._lock:
            if self._conflicts is None and self._outcome is None and not self._eof and self._have(range(len(claims))):
                found = self._checked
                self._conflicts = found + [claim.conflicts for claim in claims[len(found):]]
                if self._analysed:
                    self._finish(RESULT, self._matched_result())

    def coming(self, shown: Collection[int] | None = None) -> bool:
        """The contradictions of the claims handed over (``claims``) have not come yet (what has come is read); given
        ``shown`` (positions of claims), those of these claims."""
        if self._wait_until(lambda: self._conflicts is not None or self._outcome is not None, 0):
            return False
        return shown is None or not self._have(shown)

    def _have(self, shown: Collection[int]) -> bool:
        """Whether the contradictions of the claims at ``shown`` are in, sent by the child or found here."""
        claims, checked = self._matched.claims, len(self._checked)  # type: ignore[union-attr]
        return all(k < checked or k in self._found_here or not claims[k].is_shared for k in shown)

    def matching_warnings(self) -> list[str]:
        """How claims were matched, as the child's engine reported it (word vectors missing)."""
        return list(self._warnings)

    # How long quitting waits for the contradictions of claims drawn before they were all in (``claims``): the
    # child keeps the comparison for a later opening once it has sent them.
    FINISH_SECONDS = 5.0

    def close(self) -> None:
        """End the child if it still runs and reap it (quitting while loading)."""
        if self._matched is not None:
            self.wait(self.FINISH_SECONDS)
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._outcome is None and not self._reaped:
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            self._stop_reading()
            try:
                os.close(self._life)
            except OSError:
                pass
        self._reap(block=True)

    def _read(self) -> None:
        try:
            data = os.read(self._fd, 1 << 20)
        except OSError:
            data = b""
        if not data:
            self._stop_reading()
            return
        self._buffer += data
        while len(self._buffer) >= HEAD.size:
            kind, size = HEAD.unpack_from(self._buffer)
            end = HEAD.size + size
            if len(self._buffer) < end:
                return
            payload = bytes(self._buffer[HEAD.size : end])
            del self._buffer[:end]
            self._message(kind, payload)

    def _message(self, kind: bytes, payload: bytes) -> None:
        if kind == PROGRESS:
            self.text = payload.decode("utf-8", "replace")
            return
        try:
            value, printed = pickle.loads(payload)
        except Exception:  # a broken message: treated as no answer, so the parent loads itself
            self._stop_reading()
            return
        if printed:
            sys.stderr.write(printed)
        if kind == CHECKED:
            start, found = value  # type: ignore[misc]
            if start == len(self._checked):
                self._checked.extend(found)
            return
        if kind == MATCHED:
            self._matched, self._warnings = value  # type: ignore[misc]
            self._pairs_to_check = sum(len(c.members) * (len(c.members) - 1) // 2 for c in self._matched.claims)
            return
        if kind == ANALYSED:
            if self._matched is not None and not self._analysed:
                add_analysis(self._matched, value)  # type: ignore[arg-type]
                self._analysed = True
                if self._conflicts is not None:  # (as ``CONFLICTS``)
                    self._finish(RESULT, self._matched_result())
            return
        if kind == CONFLICTS:
            self._conflicts = value  # type: ignore[assignment]
            if not self._analysed or self._matched is None:
                return  # the child's whole comparison follows
            kind, value = RESULT, self._matched_result()
        self._finish(kind, value)

    def _matched_result(self) -> tuple:
        """The comparison that came matched, analysed, with the contradictions the child found."""
        add_conflicts(self._matched, self._conflicts)
        return self._matched, self._warnings

    def _finish(self, kind: bytes, value: object) -> None:
        """The answer is in: no more messages, and the child is reaped (under the lock)."""
        self._outcome = (kind, value)
        self._stop_reading()
        self._reap(block=False)
        if not self._reaped:  # the child is still ending: reap it when it has
            threading.Thread(target=self._reap, args=(True,), name="early-loading-reaper", daemon=True).start()

    def _stop_reading(self) -> None:
        """No more messages (the answer came, or the child is gone): the pipe is closed (under the lock)."""
        if not self._eof:
            self._eof = True
            self._buffer.clear()
            os.close(self._fd)

    def _reap(self, block: bool) -> None:
        if self._reaped:
            return
        try:
            done, _ = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:  # reaped by the other caller
            done = self.pid
        if done:
            self._reaped = True
