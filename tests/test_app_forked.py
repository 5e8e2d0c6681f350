"""Loading in a child process forked at start-up (``analyst_tui.tui.early_child``): the app shows
the same claims, the child's progress and errors, and no child process outlives the app, even
when the analyst quits while it loads."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time

import pytest

from analyst_tui.core import report
from analyst_tui.core.model import LoadError
from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui import early_child
from analyst_tui.tui.early import EarlyLoad, load_case
from analyst_tui.tui.early_child import ForkedLoad
from analyst_tui.tui.loading import LoadingScreen
from analyst_tui.tui.screens.review import ReviewScreen

from app_support import SEEDS, WIDE, notices, record_for, screen_text, seed_comparison, settle, wait_until

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="loading in a forked child needs os.fork")

MARKER = re.compile(r"\[\d+[^\]\s]{0,12}\]")


def gone(pid: int) -> bool:
    """The process has ended and been reaped (by us, or by init once its parent ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def ended(pid: int) -> bool:
    """The process has ended (reaped, or a zombie waiting for whoever adopted it)."""
    if gone(pid):
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except OSError:
        return False


def released_by(read_fd: int):
    """A loader for the child: reports progress, then waits for a byte on ``read_fd`` (the test's gate)."""

    def load(progress):
        progress("Finding sentences: 2 of 3 articles")
        os.read(read_fd, 1)
        return seed_comparison()

    return load


async def test_a_case_loaded_in_the_child_opens_on_the_same_claims(tmp_path):
    forked = ForkedLoad(lambda progress: load_case([str(SEEDS)], progress))
    path = tmp_path / "ann.json"
    app = ReviewApp(loader=forked, annotations=str(path))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            await wait_until(pilot, lambda: MARKER.search(screen_text(app)) and "saved to" in screen_text(app),
                             "the claims and where they are saved")
            # everything the engine found, byte for byte as a single process finds it
            assert json.loads(report.to_json(app.comparison)) == json.loads(report.to_json(seed_comparison()))
            assert forked.matching_warnings() == []
            await pilot.press("c")
            await settle(pilot)
            assert record_for(path, app.review.state.selected)["status"] == "confirmed"
    finally:
        forked.close()
    assert gone(forked.pid)


async def test_the_childs_progress_shows_on_the_loading_screen_then_the_claims(tmp_path, monkeypatch):
    monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 0.0)
    gate_read, gate_write = os.pipe()
    forked = ForkedLoad(released_by(gate_read))
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: "2 of 3 articles" in screen_text(app), "the child's progress")
            assert isinstance(app.screen, LoadingScreen)
            os.write(gate_write, b"x")
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            await wait_until(pilot, lambda: MARKER.search(screen_text(app)), "the claims on the review screen")
    finally:
        forked.close()
        os.close(gate_read)
        os.close(gate_write)
    assert gone(forked.pid)


async def test_a_problem_in_the_child_ends_the_app_with_status_2(tmp_path):
    def load(progress):
        raise LoadError("no articles found in empty/")

    forked = ForkedLoad(load)
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: not app.is_running, "the app to end")
    finally:
        forked.close()
    assert app.return_value == 2
    assert app.problem == "no articles found in empty/"
    assert not (tmp_path / "ann.json").exists()


async def test_quitting_while_the_child_loads_ends_the_child(tmp_path, monkeypatch):
    monkeypatch.setattr(ReviewApp, "EARLY_WAIT_SECONDS", 0.0)
    gate_read, gate_write = os.pipe()  # never written: the child would wait for ever
    forked = ForkedLoad(released_by(gate_read))
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: "2 of 3 articles" in screen_text(app), "the child's progress")
            assert not gone(forked.pid)
            await pilot.press("q")
            await wait_until(pilot, lambda: not app.is_running, "the app to end")
        assert app.return_value == 0
        forked.close()  # as the command line does when the app has ended
        assert gone(forked.pid)
    finally:
        forked.close()
        os.close(gate_read)
        os.close(gate_write)
    assert not (tmp_path / "ann.json").exists()


async def test_a_child_that_dies_without_an_answer_is_replaced_by_loading_here(tmp_path):
    parent = os.getpid()

    def load(progress):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)  # the child dies, as if the system had killed it
        return load_case([str(SEEDS)], progress)

    forked = ForkedLoad(load)
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            await wait_until(pilot, lambda: MARKER.search(screen_text(app)), "the claims on the review screen")
            assert [c.id for c in app.comparison.claims if c.is_shared] == [c.id for c in seed_comparison().claims if c.is_shared]
    finally:
        forked.close()
    assert gone(forked.pid)


def test_the_child_never_forks_a_further_child():
    """The engine forks helpers only for single-threaded callers: the child keeps a second thread."""

    def load(progress):
        from analyst_tui.core.forking import can_fork

        raise LoadError("would fork" if can_fork() else "does not fork")

    forked = ForkedLoad(load)
    try:
        with pytest.raises(LoadError, match="^does not fork$"):
            forked(lambda _text: None)
    finally:
        forked.close()


def test_where_the_process_cannot_fork_the_loading_runs_on_a_thread(monkeypatch):
    def refused():
        raise BlockingIOError("fork: resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    monkeypatch.setattr(early_child.threading, "active_count", lambda: 1)
    early = early_child.start_loading(lambda progress: load_case([str(SEEDS)], progress))
    try:
        assert isinstance(early, EarlyLoad)
        comparison = early(lambda _text: None)
    finally:
        early.close()
    assert [c.id for c in comparison.claims if c.is_shared] == [c.id for c in seed_comparison().claims if c.is_shared]


def test_with_another_thread_running_the_loading_is_not_forked(monkeypatch):
    monkeypatch.setattr(early_child.threading, "active_count", lambda: 2)
    forks = []
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or os.getpid())
    early = early_child.start_loading(lambda progress: load_case([str(SEEDS)], progress))
    try:
        assert isinstance(early, EarlyLoad) and forks == []
        assert early(lambda _text: None).claims
    finally:
        early.close()


KILLED_PARENT = """
import os, sys, threading
from analyst_tui.tui.early_child import ForkedLoad

gate_read, gate_write = os.pipe()  # never written: the child would wait for ever
forked = ForkedLoad(lambda progress: os.read(gate_read, 1))
print(forked.pid, flush=True)
threading.Event().wait()
"""


def test_the_child_ends_when_its_parent_is_killed(tmp_path):
    import subprocess

    parent = subprocess.Popen([sys.executable, "-c", KILLED_PARENT], stdout=subprocess.PIPE, text=True)
    try:
        child = int(parent.stdout.readline())
        assert not gone(child)
    finally:
        parent.kill()  # SIGKILL: none of the parent's clean-up runs
        parent.wait()
    # the child noticed that its parent was gone (an orphan is adopted and reaped by init)
    deadline = time.monotonic() + 60  # only stops a broken test from hanging
    while not ended(child) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ended(child)


async def test_word_vectors_missing_in_the_child_are_a_notice_in_the_app(tmp_path):
    def load(progress):  # runs in the child: its engine cannot read the word vectors
        from analyst_tui.core.align import vectors

        def missing(source):
            raise FileNotFoundError("the vectors package is not installed")

        vectors.package_files = missing
        vectors.load.cache_clear()
        return load_case([str(SEEDS)], progress)

    forked = ForkedLoad(load)
    app = ReviewApp(loader=forked, annotations=str(tmp_path / "ann.json"))
    try:
        async with app.run_test(size=WIDE, notifications=True) as pilot:
            await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review screen")
            await wait_until(pilot, lambda: "word vectors unavailable" in notices(app), "the matching notice")
            assert "shared words only" in notices(app)
    finally:
        forked.close()
    assert any("word vectors unavailable" in w for w in app.comparison.warnings)  # printed when the app ends
    assert any("word vectors unavailable" in w for w in forked.matching_warnings())  # as the child's engine said


async def test_a_case_that_arrives_while_the_app_starts_opens_with_the_config_keys(tmp_path, isolated_user, monkeypatch):
    # The child answers once the app has prepared its first screen (config file, stylesheet),
    # before the loading screen would show.
    folder = isolated_user / ".config" / "analyst-tui"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text('[keys]\n"review.deny" = "X"\n"review.dispute" = "c"\n', "utf-8")
    gate_read, gate_write = os.pipe()
    prepared = ReviewApp._prepare_while_loading

    def prepare_then_release(app):
        prepared(app)
        os.write(gate_write, b"x")

    monkeypatch.setattr(ReviewApp, "_prepare_while_loading", prepare_then_release)
    forked = ForkedLoad(released_by(gate_read))
    path = tmp_path / "ann.json"
    app = ReviewApp(loader=forked, annotations=str(path))
    try:
        async with app.run_test(size=WIDE, notifications=True) as pilot:
            assert isinstance(app.screen, ReviewScreen)  # (never the loading screen)
            await settle(pilot)
            assert 'review.dispute = "c" is not applied: c is already review.confirm' in notices(app)
            claim = app.review.state.selected
            await pilot.press("X")
            await settle(pilot)
            assert record_for(path, claim)["status"] == "denied"
            assert MARKER.search(screen_text(app))
    finally:
        forked.close()
        os.close(gate_read)
        os.close(gate_write)
    assert gone(forked.pid)
