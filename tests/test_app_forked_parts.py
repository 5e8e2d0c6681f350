"""A case matched in the loading child reaches the app in two parts: its claims as soon as they are
matched (the app runs the analysis meanwhile), then their contradictions. What the analyst sees
is what one process makes."""

from __future__ import annotations

import json
import os
import signal
import threading

from analyst_tui.core import compare as compare_module
from analyst_tui.core import report
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.ingest import load_paths
from analyst_tui.tui import early_child, early_child_side
from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui.early import load_case
from analyst_tui.tui.early_child import ForkedLoad
from analyst_tui.tui.screens.review import ReviewScreen

from app_support import WIDE, screen_text, wait_until

ALPHA = (
    "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing 24 people, officials said.\n\n"
    "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
    "The governor told reporters that tents and blankets were the most needed items."
)
BETA = (
    "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing one person, officials said.\n\n"
    "Rescue teams searched the rubble of a collapsed mosque in the village through the night.\n\n"
    "Schools in the district will stay closed for a week, the education office said."
)


def _case(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (folder / "beta.txt").write_text(BETA, encoding="utf-8")
    return folder


def _one_process(folder) -> dict:
    return json.loads(report.to_json(build_comparison(load_paths([str(folder)]).articles)))


def _analysed_here(monkeypatch) -> list:
    """The comparisons this process analyses from now on (the child analyses its own)."""
    analysed, parent, real = [], os.getpid(), early_child.analyse_matched

    def analyse(comparison):
        if os.getpid() == parent:
            analysed.append(comparison)
        real(comparison)

    monkeypatch.setattr(early_child, "analyse_matched", analyse)  # (the app's)
    monkeypatch.setattr(early_child_side, "analyse_matched", analyse)  # (the child's)
    return analysed


def _gated(folder):
    """A loading that starts when the gate's write end is written to: (load, read end, write end)."""
    gate_read, gate_write = os.pipe()

    def load(progress):
        os.read(gate_read, 1)
        return load_case([str(folder)], progress)

    return load, gate_read, gate_write


def _load_in_child(folder, waiting: bool):
    """The comparison of ``folder`` loaded by a ForkedLoad, this process waiting idle for it from
    before the child starts (``waiting``), or only asking for it once the child has all of it."""
    load, gate_read, gate_write = _gated(folder)
    forked = ForkedLoad(load)
    if waiting:
        forked.prepare()
    os.write(gate_write, b"x")
    try:
        return forked(lambda _text: None)
    finally:
        forked.close()  # (the child still finishes keeping its copy)
        os.close(gate_read)
        os.close(gate_write)


async def test_the_child_analyses_the_claims_it_hands_over_while_the_app_builds_its_first_screen(tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    assert any(c["conflicts"] for c in expected["claims"])  # the case has a contradiction to carry over
    analysed = _analysed_here(monkeypatch)
    load, gate_read, gate_write = _gated(folder)
    prepared = ReviewApp._prepare_while_loading
    # The child matches once the app is ready for it; on a busy machine that may take longer than the app waits
    # before it shows the loading screen (0.3 s), which is not what these tests are about.
    monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 30.0)

    def prepare_then_release(app):  # the app waits before the child has matched anything
        prepared(app)
        os.write(gate_write, b"x")

    monkeypatch.setattr(ReviewApp, "_prepare_while_loading", prepare_then_release)
    forked = ForkedLoad(load)
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            await wait_until(pilot, lambda: "⚠" in screen_text(app), "the contradiction marked on its claim")
            assert analysed == []  # the claims came matched, then their analysis: none was made here
            assert app.comparison.attributions  # (the child's, sent as a part of its own)
            assert json.loads(report.to_json(app.comparison)) == expected
    finally:
        forked.close()
        os.close(gate_read)
        os.close(gate_write)


def test_claims_that_come_before_the_app_waits_are_taken_whole_from_the_child(tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    analysed = _analysed_here(monkeypatch)
    comparison = _load_in_child(folder, waiting=False)  # no time to wait for: the child analyses them too
    assert analysed == []
    assert json.loads(report.to_json(comparison)) == expected


def test_a_child_that_dies_after_handing_over_the_claims_leaves_their_contradictions_to_the_app(tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    parent = os.getpid()
    real = compare_module.find_conflicts

    def dying(claims, checked=None):
        if os.getpid() != parent:  # in the child, between the parts: after the analysis, before the contradictions
            os.kill(os.getpid(), signal.SIGKILL)
        return real(claims, checked)

    monkeypatch.setattr(compare_module, "find_conflicts", dying)
    analysed = _analysed_here(monkeypatch)
    comparison = _load_in_child(folder, waiting=True)  # waiting idle: the claims come matched
    assert analysed == []  # the claims came, then their analysis, then the child died
    assert json.loads(report.to_json(comparison)) == expected


def test_a_child_that_dies_before_sending_the_analysis_leaves_it_to_the_app(tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    parent, real = os.getpid(), early_child.analyse_matched
    analysed = []

    def analyse(comparison):
        if os.getpid() != parent:  # in the child, once it has handed the claims over
            os.kill(os.getpid(), signal.SIGKILL)
        analysed.append(comparison)
        real(comparison)

    monkeypatch.setattr(early_child, "analyse_matched", analyse)
    monkeypatch.setattr(early_child_side, "analyse_matched", analyse)
    comparison = _load_in_child(folder, waiting=True)
    assert analysed == [comparison]  # made here
    assert json.loads(report.to_json(comparison)) == expected


def test_the_copy_kept_for_a_later_opening_has_the_analysis(tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    analysed = _analysed_here(monkeypatch)
    first = _load_in_child(folder, waiting=True)
    assert analysed == []  # it came in parts, the analysis from the child
    monkeypatch.setattr(compare_module, "build_comparison", lambda *a, **k: (_ for _ in ()).throw(AssertionError("matched again")))
    again = load_case([str(folder)], lambda _text: None)  # the kept copy
    assert json.loads(report.to_json(again)) == json.loads(report.to_json(first)) == expected


def test_the_copy_is_kept_even_when_the_app_ends_as_soon_as_it_has_the_contradictions(tmp_path, monkeypatch):
    """The app may close the child's lifeline the moment the contradictions arrive, before the child's next
    line runs: the child still keeps its copy (it once ended there, and the next opening matched again)."""
    import time

    folder = _case(tmp_path)
    parent, real_write = os.getpid(), os.write

    def slow_after_contradictions(fd, data):
        written = real_write(fd, data)
        if os.getpid() != parent and bytes(data[:1]) == early_child.CONFLICTS:
            time.sleep(0.5)  # the app has them, reads no more and lets go of the child meanwhile
        return written

    monkeypatch.setattr(os, "write", slow_after_contradictions)
    first = _load_in_child(folder, waiting=True)
    monkeypatch.setattr(compare_module, "build_comparison", lambda *a, **k: (_ for _ in ()).throw(AssertionError("matched again")))
    again = load_case([str(folder)], lambda _text: None)
    assert json.loads(report.to_json(again)) == json.loads(report.to_json(first))


def test_an_app_that_opens_on_its_loading_screen_takes_the_analysis_the_child_sends_with_the_claims(
        tmp_path, monkeypatch):
    """The app waited for the claims to build its first screen on, then gave up and waits on its loading screen:
    the claims come with their analysis, and the app has the whole comparison once their contradictions follow."""
    folder = _case(tmp_path)
    expected = _one_process(folder)
    analysed = _analysed_here(monkeypatch)
    load, gate_read, gate_write = _gated(folder)
    forked = ForkedLoad(load)
    try:
        assert not forked.wait_for_claims(0)  # nothing yet: the app would build its first screen on the claims ...
        forked.prepare()
        assert not forked.wait_for_claims(0.05)  # ... but gives up and shows its loading screen
        os.write(gate_write, b"x")
        comparison = forked(lambda _text: None)
        assert analysed == []
        assert json.loads(report.to_json(comparison)) == expected
    finally:
        forked.close()
        os.close(gate_read)
        os.close(gate_write)


def _rows_made(monkeypatch) -> list:
    """(claim id, whether it had its contradictions) for every claims-list row the app makes from now on."""
    from analyst_tui.tui.widgets import claims_panel

    made, real = [], claims_panel.claim_row_text

    def row(state, claim, *args):
        made.append((claim.id, bool(claim.conflicts)))
        return real(state, claim, *args)

    monkeypatch.setattr(claims_panel, "claim_row_text", row)
    return made


def _frames_drawn(monkeypatch) -> list:
    """(whether the whole screen was drawn, its text) for every frame of the review screen the app draws from now on
    (as the terminal would receive it; a headless app draws nothing)."""
    from textual._compositor import LayoutUpdate

    drawn, real = [], ReviewApp._display

    def display(app, screen, update):
        if isinstance(screen, ReviewScreen) and update is not None:
            whole = isinstance(update, LayoutUpdate)
            lines = update.strips if whole else []
            drawn.append((whole, "\n".join("".join(segment.text for strip in line for segment in strip) for line in lines)))
        return real(app, screen, update)

    monkeypatch.setattr(ReviewApp, "_display", display)
    return drawn


def _slow_contradictions_in_child(monkeypatch, seconds: float = 0.0, fail: bool = False) -> None:
    import time

    parent, real = os.getpid(), compare_module.find_conflicts

    def slow(claims, checked=None):
        if os.getpid() != parent:
            time.sleep(seconds)
            if fail:
                raise RuntimeError("the contradiction checks failed in the child")
        return real(claims, checked)

    monkeypatch.setattr(compare_module, "find_conflicts", slow)


async def _first_screen(tmp_path, monkeypatch, folder, before_close=lambda: None) -> tuple[list, str, dict]:
    """Run the app on a ForkedLoad of ``folder`` that starts once the app waits idle, until its review screen is
    shown: (for each review screen composed, whether the contradictions had come by then; the screen's text then;
    the comparison shown, as JSON). ``before_close``: called before the child is let go and reaped."""
    load, gate_read, gate_write = _gated(folder)
    prepared = ReviewApp._prepare_while_loading
    # The child matches once the app is ready for it; on a busy machine that may take longer than the app waits
    # before it shows the loading screen (0.3 s), which is not what these tests are about.
    monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 30.0)

    def prepare_then_release(app):
        prepared(app)
        os.write(gate_write, b"x")

    monkeypatch.setattr(ReviewApp, "_prepare_while_loading", prepare_then_release)
    forked = ForkedLoad(load)
    built, compose = [], ReviewScreen.compose

    def composing(screen):
        built.append(forked._conflicts is not None or forked._outcome is not None)
        return compose(screen)

    monkeypatch.setattr(ReviewScreen, "compose", composing)
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            return built, screen_text(app), json.loads(report.to_json(app.comparison))
    finally:
        before_close()
        forked.close()
        os.close(gate_read)
        os.close(gate_write)


async def test_the_first_screen_is_built_while_the_child_checks_for_contradictions_and_drawn_with_them(
        tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    differing = {c["id"] for c in expected["claims"] if c["conflicts"]}
    assert differing
    _slow_contradictions_in_child(monkeypatch, seconds=0.4)
    drawn, made = _frames_drawn(monkeypatch), _rows_made(monkeypatch)
    built, text, shown = await _first_screen(tmp_path, monkeypatch, folder)
    assert built == [False]  # built before the contradictions came
    assert "⚠" in text
    assert shown == expected
    whole, first = drawn[0]
    assert whole and "Claims" in first and "saved to" in first  # the first frame draws the whole screen ...
    assert "⚠ differ" in first  # ... with the contradiction on its claim, never added later
    assert any(claim in differing for claim, _ in made)
    assert all(had for claim, had in made if claim in differing)  # its row is never even made without it


async def test_contradictions_the_child_fails_to_find_after_the_screen_is_built_are_found_by_the_app(
        tmp_path, monkeypatch):
    folder = _case(tmp_path)
    expected = _one_process(folder)
    _slow_contradictions_in_child(monkeypatch, seconds=0.2, fail=True)
    monkeypatch.setattr(ForkedLoad, "_check_from_the_end", lambda self, matched, shown=None: None)  # (finds none first)
    built, text, shown = await _first_screen(tmp_path, monkeypatch, folder)
    assert built == [False]
    assert "⚠" in text
    assert shown == expected


async def test_claims_with_many_versions_to_check_open_only_once_their_contradictions_are_in(tmp_path, monkeypatch):
    """Building first is for a check that ends soon: with more pairs of versions to check than that,
    the app waits for the whole comparison (or shows its loading screen), as before."""
    folder = _case(tmp_path)
    expected = _one_process(folder)
    monkeypatch.setattr(ForkedLoad, "BUILD_WHILE_CHECKING", 0)
    built, text, shown = await _first_screen(tmp_path, monkeypatch, folder)
    assert built == [True]
    assert "⚠" in text
    assert shown == expected


AIRPORT_CLOSED = "The regional airport was closed on Wednesday after its runway cracked, the transport ministry said."
AIRPORT_OPEN = "The regional airport was reopened on Wednesday after its runway cracked, the transport ministry said."


def _case_of_two_differences(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "alpha.txt").write_text(ALPHA + "\n\n" + AIRPORT_CLOSED, encoding="utf-8")
    (folder / "beta.txt").write_text(BETA + "\n\n" + AIRPORT_OPEN, encoding="utf-8")
    return folder


def _child_stalls_after_its_first_claim(monkeypatch):
    """The child reports the contradictions of its first claim, then stalls until the returned function is called."""
    parent, real = os.getpid(), compare_module.find_conflicts
    gate_read, gate_write = os.pipe()
    stalled = []

    def stalling(claims, checked=None):
        if os.getpid() == parent or checked is None:
            return real(claims, checked)

        def reported(upto):
            checked(upto)
            if not stalled:
                stalled.append(True)
                os.read(gate_read, 1)

        return real(claims, reported)

    released = []

    def release():
        if not released:  # (once: by the test, or by the timer below if the app waits for the child after all)
            released.append(True)
            os.write(gate_write, b"x")

    timer = threading.Timer(20, release)  # (an app that waited for the child would wait for ever: a failure, not a hang)
    timer.daemon = True
    timer.start()
    monkeypatch.setattr(compare_module, "find_conflicts", stalling)
    return release


def _checked_here(monkeypatch) -> list:
    """The ids of the claims whose contradictions this process finds from now on, one claim at a time."""
    from analyst_tui.core import conflicts

    parent, real, here = os.getpid(), conflicts.conflicts_each, []

    def each(claims):
        for claim in real(claims):
            if os.getpid() == parent:
                here.append(claim.id)
            yield claim

    monkeypatch.setattr(conflicts, "conflicts_each", each)
    return here


async def test_the_app_finds_the_last_claims_contradictions_while_the_child_finds_the_first_ones(tmp_path, monkeypatch):
    """Before drawing its first screen, the app finds the contradictions from the last claim back while the child goes
    on from the first, and draws once the two meet: the child, stalled after its first claim until the first screen is
    shown, is not waited for. Let go then, it still keeps its copy, whole, for a later opening."""
    folder = _case_of_two_differences(tmp_path)
    expected = _one_process(folder)
    differing = [c["id"] for c in expected["claims"] if c["conflicts"]]
    assert len(differing) == 2  # one claim for the child, one for the app
    release = _child_stalls_after_its_first_claim(monkeypatch)
    here = _checked_here(monkeypatch)
    share = ForkedLoad._check_from_the_end

    def once_the_child_has_reported(self, matched, shown=None):
        assert self._wait_until(lambda: len(self._checked) > 0, 30)  # (its first claim's, before it stalls)
        share(self, matched, shown)

    monkeypatch.setattr(ForkedLoad, "_check_from_the_end", once_the_child_has_reported)
    drawn = _frames_drawn(monkeypatch)
    built, text, shown = await _first_screen(tmp_path, monkeypatch, folder, before_close=release)
    assert built == [False]
    assert here == differing[1:]  # the last claim's found here; the first one's came from the child
    assert shown == expected
    whole, first = drawn[0]
    assert whole and first.count("⚠ differ") == 2  # both, in the first frame
    never = lambda *a, **k: (_ for _ in ()).throw(AssertionError("matched again"))  # noqa: E731
    monkeypatch.setattr(compare_module, "build_comparison", never)
    again = load_case([str(folder)], lambda _text: None)  # the child's copy, kept once it ended (``close``)
    assert json.loads(report.to_json(again)) == expected


async def test_an_app_busy_until_the_claims_came_leaves_their_contradictions_to_the_child(tmp_path, monkeypatch):
    """The checks are imported while the app waits idle; an app that never waited does not import them to find
    contradictions the child is already finding."""
    folder = _case_of_two_differences(tmp_path)
    expected = _one_process(folder)
    here = _checked_here(monkeypatch)
    forked = ForkedLoad(lambda progress: load_case([str(folder)], progress))
    try:
        assert forked.wait_for_claims(30)  # (never ``prepare``d: busy until now)
        comparison, finish = forked.claims()
        if finish is not None:
            finish()
        assert here == []
        assert json.loads(report.to_json(comparison)) == expected
    finally:
        forked.close()
