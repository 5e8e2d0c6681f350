"""Loading the articles from the moment the process starts.

The review app's imports (Textual, its widgets) and Textual's own start-up take about as long
as reading, segmenting and aligning a case. Where the process can fork, ``early_child.ForkedLoad``
runs ``load_case`` in a child process on another core; elsewhere (Windows) ``EarlyLoad`` runs it
on a daemon thread before those imports, sharing the interpreter lock with them. Either way the
app's loader then only waits for it, passing the progress on to the loading screen. This module
imports nothing heavy.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from analyst_tui.core.model import Comparison

Progress = Callable[[str], None]
Loader = Callable[[Progress], "Comparison"]


def load_case(paths: Sequence[str], progress: Progress, one_story: bool = False) -> Comparison:
    """Read, segment and align ``paths`` (no ``-``: standard input belongs to the terminal); ``one_story``:
    as ``compare.build_comparison``'s.

    The same articles opened before (and the same program) are not matched again: the comparison
    kept then is used (``core.comparison_cache``), and the matching engine is not even imported.
    """
    from analyst_tui.core.ingest import load_paths

    progress("Reading the articles")

    def read(files: int, _path: str) -> None:
        progress(f"Reading the articles: {files:,} file{'s' if files != 1 else ''} read")

    result = load_paths(list(paths), progress=read)

    def match() -> Comparison:
        from analyst_tui.core.compare import build_comparison

        def stage(name: str, done: int, total: int) -> None:
            if name == "segment":
                progress(f"Finding sentences: {done:,} of {total:,} article{'s' if total != 1 else ''}")
            else:
                progress(f"Matching claims across {total:,} article{'s' if total != 1 else ''}")

        return build_comparison(result.articles, result.problems, progress=stage, matched=_matched, one_story=one_story,
                                checked=_checked)

    # (kept, in the loading child, once it has analysed the comparison it handed over matched)
    return _kept_or_made(result.articles, result.problems, one_story, match, after_hand_over)


def _kept_or_made(articles, problems, one_story: bool, make: Callable[[], Comparison],
                  later: Callable[[Callable[[], None]], None] = lambda work: work()) -> Comparison:
    """The comparison kept for these articles (``core.comparison_cache``), else ``make()``'s, kept (by
    ``later``) unless it has something to warn of (a file skipped, no word vectors): that one is made again."""
    from analyst_tui.core import comparison_cache

    kept_as = comparison_cache.key(articles, problems, one_story)
    kept = comparison_cache.load(kept_as)
    if kept is not None:
        return kept
    comparison = make()
    if not comparison.warnings:
        later(lambda: comparison_cache.save(kept_as, comparison))
    return comparison


def rematched(comparison: Comparison, one_story: bool) -> Comparison:
    """The same articles matched again as one story or by story (``compare.rematch``); kept as ``load_case``
    keeps a comparison, so that a case matched as one story opens as fast as any other the next time."""
    from analyst_tui.core.compare import rematch

    if comparison.warnings:  # as load_case: one with something to warn of is made again
        return rematch(comparison, one_story)
    return _kept_or_made(comparison.articles, [], one_story, lambda: rematch(comparison, one_story))


# In the loading child (``early_child``): the comparison is handed over as soon as its claims are
# matched; the child then analyses it and sends the analysis (``analysis_of``), then its contradictions,
# claim by claim (``checked``), then whole (``add_conflicts``).
_matched: Callable[[Comparison], None] | None = None
_checked: Callable[[int], None] | None = None


def hand_over_matched(send: Callable[[Comparison], None] | None, checked: Callable[[int], None] | None = None) -> None:
    """From now on in this process, ``load_case`` hands the matched comparison to ``send``, then calls ``checked(k)``
    each time the contradictions of its first ``k`` claims are found (None: no longer)."""
    global _matched, _checked
    _matched, _checked = send, checked


def prepare_to_finish() -> None:
    """Import the contradiction checks while waiting, so that the app finding some of them never waits for the
    import."""
    import importlib

    importlib.import_module("analyst_tui.core.conflicts")


def analyse_matched(comparison: Comparison) -> None:
    """The analysis of a comparison handed over matched (who says what, differences, suggestions)."""
    from analyst_tui.core.analysis import analyse

    analyse(comparison)


def analysis_of(comparison: Comparison) -> tuple:
    """What ``analyse_matched`` added to a comparison, to be sent where the same claims came matched."""
    claims = [(c.origins, c.differs, c.suggestion) for c in comparison.claims]
    return comparison.attributions, claims, comparison.disagreements


def add_analysis(comparison: Comparison, analysis: tuple) -> None:
    """The analysis made of the same comparison elsewhere (``analysis_of``), given to this one."""
    comparison.attributions, claims, comparison.disagreements = analysis
    for claim, (origins, differs, suggestion) in zip(comparison.claims, claims):
        claim.origins, claim.differs, claim.suggestion = origins, differs, suggestion


def add_conflicts(comparison: Comparison, conflicts: Sequence[list] | None) -> None:
    """The contradictions of a comparison handed over matched: those found where it was matched
    (one list per claim), or, if they never came, found here."""
    if conflicts is not None and len(conflicts) == len(comparison.claims):
        for claim, flagged in zip(comparison.claims, conflicts):
            claim.conflicts = flagged
        return
    from analyst_tui.core.conflicts import find_conflicts

    find_conflicts(comparison.claims)


# Work that can wait until the comparison is handed over (keeping it for a later opening): in the
# loading child it runs after the comparison is sent, while the app draws it; elsewhere at once.
_later: list[Callable[[], None]] | None = None


def after_hand_over(work: Callable[[], None]) -> None:
    if _later is None:
        work()
    else:
        _later.append(work)


def defer_until_handed_over() -> None:
    """From now on in this process, ``after_hand_over`` keeps its work for ``handed_over()``."""
    global _later
    _later = []


def handed_over() -> None:
    """Run the work kept by ``after_hand_over``."""
    global _later
    work, _later = _later or [], None
    for item in work:
        item()


def matching_warnings_here() -> list[str]:
    """What the matching engine of this process warned of; none when it never ran (a kept comparison was used)."""
    align = sys.modules.get("analyst_tui.core.align")
    return align.warnings() if align is not None else []


class EarlyLoad:
    """``load(progress)`` running on a daemon thread from construction; call it to wait for the result.

    Calling it reports the latest progress text through the caller's ``progress`` while it waits,
    then returns the comparison or raises what the loading raised.
    """

    POLL_SECONDS = 0.05

    def __init__(self, load: Loader) -> None:
        self.text = "Loading…"
        self._done = threading.Event()
        self._result: Comparison | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._result = load(self._progress)
            except BaseException as exc:  # handed to the waiting caller
                self._error = exc
            finally:
                self._done.set()

        # A daemon thread: quitting never waits for the loading to end.
        threading.Thread(target=run, name="early-loading", daemon=True).start()

    def _progress(self, text: str) -> None:
        self.text = text

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the loading to end; whether it has."""
        return self._done.wait(seconds)

    def matching_warnings(self) -> list[str]:
        """How claims were matched (word vectors missing): the engine ran in this process."""
        return matching_warnings_here()

    def close(self) -> None:
        """Nothing to end: the thread is a daemon, quitting never waits for it."""

    def __call__(self, progress: Progress) -> Comparison:
        shown = None
        while not self._done.wait(0 if shown is None else self.POLL_SECONDS):
            if self.text != shown:
                shown = self.text
                progress(shown)
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
