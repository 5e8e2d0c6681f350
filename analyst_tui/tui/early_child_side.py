"""The loading child's side of ``early_child.ForkedLoad``: load, send each part through the pipe, keep the copy, end.

The child sends each progress line, then the comparison in parts: its claims as soon as they are matched
(``MATCHED``), their analysis (``ANALYSED``), the contradictions of its first claims each time more are found, in
order (``CHECKED``: the app may find those of the last claims meanwhile and stop where the two meet), those of every
claim (``CONFLICTS``), then the whole comparison (``RESULT``), or the error it met (``ERROR``). An app that has all
it needs stops reading; the child then still keeps its copy for a later opening.
"""

from __future__ import annotations

import io
import os
import pickle
import select
import signal
import struct
import sys
import threading
import traceback
from typing import TYPE_CHECKING

from analyst_tui.core import patterns
from analyst_tui.tui.early import (Loader, analyse_matched, analysis_of, defer_until_handed_over, hand_over_matched,
                                   handed_over, matching_warnings_here)

if TYPE_CHECKING:
    from analyst_tui.core.model import Comparison

# A message: one byte of kind, four of length, the payload.
HEAD = struct.Struct("!cI")
PROGRESS, RESULT, ERROR = b"p", b"r", b"e"
MATCHED, ANALYSED, CHECKED, CONFLICTS = b"m", b"a", b"k", b"c"  # a comparison in parts (``early.hand_over_matched``)
PIPE_BYTES = 1 << 20  # room for a comparison, so the child can finish before the parent reads


def run_child(load: Loader, out: int, life: int) -> None:
    """Load, send, end: never returns, never runs the parent's clean-up."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl+c is the parent's, which then ends this
        # The terminal belongs to the parent: nothing from here may reach it.
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        printed = io.StringIO()
        sys.stdin = io.StringIO()
        sys.stdout = sys.stderr = printed

        sent = threading.Event()
        threading.Thread(target=_watch, args=(life, out, sent), name="parent-watch", daemon=True).start()

        def send(kind: bytes, payload: bytes) -> None:
            view = memoryview(HEAD.pack(kind, len(payload)) + payload)
            while view:
                view = view[os.write(out, view) :]

        told = 0  # how much of what was printed the parent has

        def message(kind: bytes, value: object) -> None:
            nonlocal told
            text = printed.getvalue()
            send(kind, pickle.dumps((value, text[told:]), protocol=pickle.HIGHEST_PROTOCOL))
            told = len(text)

        handed: list[Comparison] = []
        reported = 0  # the claims whose contradictions the app has (-1: it reads no more)

        def hand_over(comparison: Comparison) -> None:
            message(MATCHED, (comparison, matching_warnings_here()))  # (it lacks the contradictions and the analysis)
            handed.append(comparison)
            analyse_matched(comparison)  # (while the app builds its first screen on the claims)
            try:
                message(ANALYSED, analysis_of(comparison))
            except OSError:  # (as in ``checked``)
                pass

        def checked(upto: int) -> None:
            nonlocal reported
            if reported < 0:
                return
            try:
                message(CHECKED, (reported, [claim.conflicts for claim in handed[0].claims[reported:upto]]))
                reported = upto
            except OSError:  # the app found the rest itself and stopped reading
                reported = -1

        defer_until_handed_over()  # the comparison is kept for a later opening once the app has it
        hand_over_matched(hand_over, checked)  # the app analyses the claims while the contradictions are found here
        try:
            comparison = load(lambda text: send(PROGRESS, text.encode("utf-8", "replace")))
            if handed:
                # Set before sending: the app may have all it needs once this arrives, and end before this
                # thread runs again; the copy is kept even then (``_watch``).
                sent.set()
                try:
                    message(CONFLICTS, [claim.conflicts for claim in comparison.claims])
                except OSError:  # (as in ``checked``)
                    pass
            kind, value = RESULT, (comparison, matching_warnings_here())
        except Exception as exc:
            kind, value = ERROR, _portable(exc)
        sent.set()  # (as above)
        try:
            message(kind, value)
        except OSError:  # the app finished its own copy and stopped reading
            pass
        handed_over()
        patterns.keep()  # (those compiled here: the matching's, the contradiction checks')
        code = 0
    finally:
        os._exit(code)


def _watch(life: int, out: int, sent: threading.Event) -> None:
    """End this process when the parent ends or lets it go (``life`` closed), unless the parent had what it needs
    first: the answer is sent, or it stopped reading (``out`` broken) before it let go. The copy is then kept first."""
    poller = select.poll()
    poller.register(life, select.POLLIN)
    poller.register(out, 0)  # (errors only: the parent closed its end)
    try:
        events = dict(poller.poll())
        if out in events and life not in events:
            sent.set()
    finally:
        if not sent.is_set():
            os._exit(0)


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling as itself, else a RuntimeError with its traceback."""
    try:
        copy = pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        if type(copy) is type(exc) and str(copy) == str(exc):
            return exc
    except Exception:
        pass
    return RuntimeError("".join(traceback.format_exception(exc)).strip())
