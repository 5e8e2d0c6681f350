"""The first screen of a case matched in the loading child is drawn once the claims it shows have their
contradictions; those of the claims it does not show follow. What it draws is what the analyst would see
had it waited for all of them, and nothing the analyst does reads a claim before its contradictions are in."""

from __future__ import annotations

import contextlib
import json
import os
import threading

from analyst_tui.core import compare as compare_module
from analyst_tui.core import report
from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui.early import load_case
from analyst_tui.tui.early_child import ForkedLoad
from analyst_tui.tui.screens.review import ReviewScreen

from app_support import screen_text, wait_until
from test_app_forked_parts import (AIRPORT_CLOSED, AIRPORT_OPEN, ALPHA, BETA, _checked_here,
                                   _child_stalls_after_its_first_claim, _frames_drawn, _gated, _one_process,
                                   _rows_made)

# Agreeing claims between the two that differ: in a short terminal the second one is not on the first screen, nor
# among the rows counted before the claims list is laid out (as many as the terminal has lines for, ``claims_in_view``).
SAME = [
    "The navy sent two ships with water and medicine to the coast on Wednesday morning.",
    "Power lines were cut across three districts and mobile networks stopped working.",
    "The finance minister promised a relief fund of fifty million dollars for rebuilding.",
    "Aftershocks shook the region for two days and kept families sleeping outdoors.",
    "Hospitals in the provincial capital treated dozens of people for broken bones.",
    "The main road to the coast was blocked by a landslide near the river crossing.",
    "Volunteers from neighbouring towns arrived with food and drinking water by Thursday.",
    "Engineers began checking the dam above the valley for cracks after the tremors.",
]
SHORT = (100, 16)  # the claims list shows its first four rows


def _case(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    middle = "\n\n".join(SAME)
    (folder / "alpha.txt").write_text(f"{ALPHA}\n\n{middle}\n\n{AIRPORT_CLOSED}", encoding="utf-8")
    (folder / "beta.txt").write_text(f"{BETA}\n\n{middle}\n\n{AIRPORT_OPEN}", encoding="utf-8")
    return folder


class _Opened:
    """The app on a ForkedLoad of the case (``folder``; ``expected``: its comparison made in one process) that starts
    once the app waits idle, its child stalled after it has reported the contradictions of its first claim
    (``release()`` lets it go on)."""

    def __init__(self, tmp_path, monkeypatch) -> None:
        self.folder = folder = _case(tmp_path)
        self.expected = _one_process(folder)
        self.release = _child_stalls_after_its_first_claim(monkeypatch)
        # The app waits for the claims however loaded the machine (not the loading screen, which takes the whole
        # comparison once it has come).
        monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 30.0)
        self.drawn, self.made = _frames_drawn(monkeypatch), _rows_made(monkeypatch)
        load, self._gate_read, gate_write = _gated(folder)
        self._gate_write = gate_write
        prepared = ReviewApp._prepare_while_loading

        def prepare_then_release(app):
            prepared(app)
            os.write(gate_write, b"x")

        monkeypatch.setattr(ReviewApp, "_prepare_while_loading", prepare_then_release)
        self.forked = ForkedLoad(load)
        self.app = ReviewApp(loader=self.forked, annotations=str(tmp_path / "ann.json"))

    @contextlib.asynccontextmanager
    async def shown(self):
        """The app run until its first screen is shown (``first_screen``); the child let go and reaped after."""
        try:
            async with self.app.run_test(size=SHORT) as pilot:
                await self.first_screen(pilot)
                yield pilot
        finally:
            self.close()

    async def first_screen(self, pilot) -> None:
        """Until the review screen is shown, the rest of the contradictions still to come."""
        await wait_until(pilot, lambda: isinstance(self.app.screen, ReviewScreen), "the review screen")
        assert self.app.state.rest_pending  # drawn while the child, stalled, still owes the rest

    def close(self) -> None:
        self.release()
        self.forked.close()
        os.close(self._gate_read)
        os.close(self._gate_write)


def _left(text: str) -> list[str]:
    """The claims list and the evidence below it, line by line."""
    return [line[:34] for line in text.splitlines()]


def _differing(expected: dict) -> list[int]:
    ids = [c["id"] for c in expected["claims"] if c["conflicts"]]
    assert len(ids) == 2  # the earthquake's toll, on the first screen; the airport, below it
    return ids


async def test_the_first_screen_is_drawn_once_the_claims_it_shows_have_their_contradictions(tmp_path, monkeypatch):
    opened = _Opened(tmp_path, monkeypatch)
    first_id, last_id = _differing(opened.expected)
    app = opened.app
    async with opened.shown() as pilot:
        whole, first = opened.drawn[0]
        assert whole and first.count("⚠ differ") == 1  # the earthquake's, on the claim it belongs to
        assert last_id not in app.screen.panel.claims_in_view()
        assert (last_id, False) not in opened.made  # the airport's row was never made without its contradiction
        opened.release()
        await wait_until(pilot, lambda: not app.state.rest_pending, "the rest of the contradictions")
        assert json.loads(report.to_json(app.comparison)) == opened.expected
        # The first frame's claims list and evidence are what the analyst sees once all are in (the tabs'
        # underline slides in meanwhile).
        assert _left(screen_text(app)) == _left(first)
        await pilot.press(*["j"] * (last_id - first_id))
        assert app.state.selected == last_id
        assert "⚠ versions differ" in screen_text(app)
        assert screen_text(app).count("⚠ differ") == 1  # (the airport's row, scrolled into view)


async def test_a_key_pressed_before_the_rest_has_come_finds_it_first(tmp_path, monkeypatch):
    """The child stalls for good: the first key the analyst presses has the app find the contradictions it still
    lacks itself before it acts, so a move to the airport claim shows its contradiction."""
    opened = _Opened(tmp_path, monkeypatch)
    first_id, last_id = _differing(opened.expected)
    here = _checked_here(monkeypatch)  # (from now on: not the comparison made in one process)
    app = opened.app
    async with opened.shown() as pilot:
        assert last_id not in here
        await pilot.press(*["j"] * (last_id - first_id))
        assert not app.state.rest_pending and last_id in here  # found here, the child still stalled
        assert json.loads(report.to_json(app.comparison)) == opened.expected
        assert app.state.selected == last_id
        assert "⚠ versions differ" in screen_text(app)


async def test_an_app_that_quits_before_the_rest_has_come_lets_the_child_keep_its_copy(tmp_path, monkeypatch):
    """Quitting without a key (the app told to exit) while the rest is still to come: the app waits for it rather
    than end the child, which keeps the whole comparison for a later opening."""
    opened = _Opened(tmp_path, monkeypatch)
    app = opened.app
    try:
        async with app.run_test(size=SHORT) as pilot:
            await opened.first_screen(pilot)
            app.exit()
        later = threading.Timer(0.3, opened.release)  # the child goes on while the app is closing
        later.daemon = True
        later.start()
        opened.forked.close()
    finally:
        opened.close()
    never = lambda *a, **k: (_ for _ in ()).throw(AssertionError("matched again"))  # noqa: E731
    monkeypatch.setattr(compare_module, "build_comparison", never)
    again = load_case([str(opened.folder)], lambda _text: None)
    assert json.loads(report.to_json(again)) == opened.expected
