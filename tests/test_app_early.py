"""Loading that starts with the process (before the app's imports): the app opens straight on the
claims when the case is read by then, and otherwise shows the loading screen as before."""

from __future__ import annotations

import re
import threading

from analyst_tui.core.model import LoadError
from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui.early import EarlyLoad, load_case
from analyst_tui.tui.loading import LoadingScreen
from analyst_tui.tui.screens.review import ReviewScreen

from app_support import SEEDS, WIDE, record_for, screen_text, seed_comparison, settle, wait_until

MARKER = re.compile(r"\[\d+[^\]\s]{0,12}\]")


async def test_a_case_read_before_the_app_starts_opens_on_its_claims(tmp_path):
    early = EarlyLoad(lambda progress: load_case([str(SEEDS)], progress))
    assert early.wait(60)  # read while nothing else runs, as on a fast start
    path = tmp_path / "ann.json"
    app = ReviewApp(loader=early, annotations=str(path))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert not any(isinstance(s, LoadingScreen) for s in app.screen_stack)  # never drawn
        text = screen_text(app)
        assert MARKER.search(text) and "saved to" in text  # the aligned claims in the first frame
        expected = seed_comparison()
        assert [c.id for c in app.comparison.claims if c.is_shared] == [c.id for c in expected.claims if c.is_shared]
        await pilot.press("c")
        await settle(pilot)
        assert record_for(path, app.review.state.selected)["status"] == "confirmed"


async def test_a_case_still_loading_shows_its_progress_then_the_claims(tmp_path, monkeypatch):
    monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 0.0)
    gate = threading.Event()

    def load(progress):
        progress("Finding sentences: 2 of 3 articles")
        gate.wait(60)
        return seed_comparison()

    early = EarlyLoad(load)
    app = ReviewApp(loader=early, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: "2 of 3 articles" in screen_text(app), "the progress of the early loading")
            assert isinstance(app.screen, LoadingScreen)
            gate.set()
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            # (the screen is pushed before its panes have drawn: wait for the claims, not a fixed time)
            await wait_until(pilot, lambda: MARKER.search(screen_text(app)), "the claims on the review screen")
    finally:
        gate.set()


async def test_a_problem_in_the_early_loading_ends_the_app_with_status_2(tmp_path):
    def load(progress):
        raise LoadError("no articles found in empty/")

    early = EarlyLoad(load)
    assert early.wait(60)
    app = ReviewApp(loader=early, annotations=str(tmp_path / "ann.json"))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: not app.is_running, "the app to end")
    assert app.return_value == 2
    assert app.problem == "no articles found in empty/"
    assert not (tmp_path / "ann.json").exists()


async def test_a_case_that_arrives_while_the_app_waits_looks_as_one_given_at_once(tmp_path, monkeypatch):
    # While it waits for the claims the app prepares the first screen's stylesheet; once they
    # arrive the screen is built without parsing the stylesheet again, and looks the same.
    from textual.css.stylesheet import Stylesheet

    def sources(app):
        return [(where, s.content, s.is_defaults, s.tie_breaker, s.scope) for where, s in app.stylesheet.source.items()]

    app = ReviewApp(seed_comparison(), annotations=str(tmp_path / "a.json"))
    async with app.run_test(size=WIDE, notifications=True, tooltips=True) as pilot:  # (as in a terminal)
        await settle(pilot)
        given_at_once, shown_at_once = sources(app), screen_text(app)

    released = threading.Event()
    prepared = ReviewApp._prepare_while_loading
    parses_after = []
    parse = Stylesheet.parse

    def prepare_then_release(self):
        prepared(self)
        monkeypatch.setattr(Stylesheet, "parse", lambda sheet: (parses_after.append(1), parse(sheet)))
        released.set()

    monkeypatch.setattr(ReviewApp, "_prepare_while_loading", prepare_then_release)
    early = EarlyLoad(lambda progress: (released.wait(60), seed_comparison())[1])
    app = ReviewApp(loader=early, annotations=str(tmp_path / "b.json"))
    async with app.run_test(size=WIDE, notifications=True, tooltips=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert sources(app) == given_at_once
        assert screen_text(app).replace("b.json", "a.json") == shown_at_once
    assert released.is_set() and parses_after == []


def test_the_stylesheet_is_still_parsed_when_the_widget_css_cannot_be_read():
    # (Textual's internals that prepare_styles reads are pinned; if they change, only the speed-up is lost)
    from textual.css.stylesheet import Stylesheet

    from analyst_tui.tui.startup import prepare_styles

    sheet = Stylesheet()
    sheet.add_source("Static { color: red; }", read_from=("test", "css"))
    prepare_styles(sheet, lambda: (object,))  # a type without Textual's CSS: nothing to add
    assert not sheet._require_parse  # parsed here, not at the first mount
    assert len(sheet.rules) == 1
