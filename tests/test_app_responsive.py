"""The review app stays responsive while it saves or loads (a huge annotation file, another
process holding the lock, a folder of thousands of articles)."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

import analyst_tui.core.annotations.diskfile as annotations_module
from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui.loading import LoadingScreen
from analyst_tui.tui.screens.review import ReviewScreen
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel

from app_support import WIDE, make_app, record_for, screen_text, seed_comparison, settle, wait_until


def blocking_writes(monkeypatch, path: Path) -> threading.Event:
    """Writes of ``path`` wait until the returned event is set (a save that takes as long as we like)."""
    release = threading.Event()
    real = annotations_module.atomic_write_text

    def write(target, text, *args, **kwargs):
        if Path(target) == path:
            release.wait(60)
        return real(target, text, *args, **kwargs)

    monkeypatch.setattr(annotations_module, "atomic_write_text", write)
    return release


async def test_keys_work_while_a_save_is_blocked_and_no_edit_is_lost(tmp_path, monkeypatch):
    path = tmp_path / "ann.json"
    release = blocking_writes(monkeypatch, path)
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        panel = app.query_one(ClaimsPanel)
        first = app.review.state.selected
        await pilot.press("c")  # its save blocks on the event
        await pilot.pause()
        assert "saving…" in screen_text(app)
        assert "✔ confirmed" in panel.row_texts()[0]  # shown at once
        await pilot.press("j", "x")  # keys still move and tag
        await pilot.pause()
        second = app.review.state.selected
        assert second != first
        assert app.review.state.store.status(second) == "denied"
        assert "✖ denied" in panel.row_texts()[1]
        await pilot.press("j", "d", "ctrl+z")  # and undo waits its turn
        await pilot.pause()
        assert not path.exists()  # nothing written yet: the first save is still blocked
        release.set()
        await settle(pilot)
        assert record_for(path, first)["status"] == "confirmed"
        assert record_for(path, second)["status"] == "denied"
        third = app.review.state.selected
        assert (record_for(path, third) or {}).get("status", "unreviewed") == "unreviewed"  # undone
        assert "saving…" not in screen_text(app)


async def test_another_process_holding_the_lock_does_not_freeze_keys(tmp_path, monkeypatch):
    monkeypatch.setattr(annotations_module, "LOCK_TIMEOUT", 30.0)
    path = tmp_path / "ann.json"
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        lock = os.open(app.store.path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(lock, fcntl.LOCK_EX)  # as another session would, in the middle of its save
        try:
            first = app.review.state.selected
            await pilot.press("c", "j", "j", "x")
            await pilot.pause()
            assert app.review.state.selected != first  # moved while the save waits for the lock
            assert "saving…" in screen_text(app)
            assert not path.exists()
        finally:
            os.close(lock)  # the other session is done
        await settle(pilot)
        assert record_for(path, first)["status"] == "confirmed"
        assert record_for(path, app.review.state.selected)["status"] == "denied"


async def test_quitting_waits_for_the_save_in_progress(tmp_path, monkeypatch):
    path = tmp_path / "ann.json"
    release = blocking_writes(monkeypatch, path)
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await pilot.pause()
        claim = app.review.state.selected
        await pilot.press("c", "q")
        await pilot.pause()
        assert app.is_running and "quits once the annotations are on disk" in screen_text(app)
        release.set()
        await wait_until(pilot, lambda: not app.is_running, "the app to quit")
    assert record_for(path, claim)["status"] == "confirmed"


def slow_loader(gate: threading.Event, files: int = 20_000):
    """A loader that reports progress through many files, then waits for ``gate``."""

    def load(progress):
        for n in range(1, files + 1):
            progress(f"Reading the articles: {n:,} files read")
        gate.wait(60)
        return seed_comparison()

    return load


async def test_loading_shows_progress_and_q_quits(tmp_path):
    gate = threading.Event()
    app = ReviewApp(loader=slow_loader(gate), annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: "20,000 files read" in screen_text(app), "a progress line with the count")
            assert isinstance(app.screen, LoadingScreen)
            assert "q quits" in screen_text(app)
            await pilot.press("q")
            await wait_until(pilot, lambda: not app.is_running, "the app to quit")
    finally:
        gate.set()
    assert not (tmp_path / "ann.json").exists()


async def test_loading_finishes_into_the_review_screen(tmp_path):
    gate = threading.Event()
    gate.set()
    path = tmp_path / "ann.json"
    app = ReviewApp(loader=slow_loader(gate, files=3), annotations=str(path))
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
        await pilot.press("c")
        await settle(pilot)
        assert record_for(path, app.review.state.selected)["status"] == "confirmed"


def test_a_path_that_does_not_exist_is_one_line_before_the_app(tmp_path, capsys):
    from analyst_tui.cli import main

    assert main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err


async def test_many_articles_at_80_columns_get_a_page_of_tabs(tmp_path):
    from textual.widgets import Tab, Tabs

    from analyst_tui.tui.screens.review_layout import MAX_TABS

    from app_support import NARROW, hand_comparison

    texts = [(f"Outlet {i}", [f"Report {i} says the storm hit town {i}."]) for i in range(100)]
    app = make_app(hand_comparison(texts, []), tmp_path / "ann.json")
    app.animation_level = "none"  # no sliding tab underline to wait for after each key
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert len(app.screen.query(Tab)) == MAX_TABS
        for _ in range(MAX_TABS + 5):  # past the first page of tabs
            await pilot.press("right_square_bracket")
        await settle(pilot)
        current = app.review.current
        assert current == app.comparison.articles[MAX_TABS + 5].id
        tabs = app.screen.query_one(Tabs)
        assert len(tabs.query(Tab)) <= MAX_TABS and tabs.active_tab.id.endswith(current)
        assert f"{current} Outlet {MAX_TABS + 5}" in screen_text(app)
