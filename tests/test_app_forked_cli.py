"""``analyst-tui PATH`` in a real (pseudo-)terminal, loading in a child process forked at start:
the final claims, one line and exit status 2 for bad input, and no process left behind when
the analyst quits while it loads."""

from __future__ import annotations

import errno
import json
import fcntl
import os
import re
import select
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from app_support import SEEDS

pty = pytest.importorskip("pty")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table in /proc")

COLS, ROWS = 160, 48
MARKER = re.compile(r"\[\d+[^\]\s]{0,12}\]")
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]|\x1b[()][0-9A-Za-z]")
LEAVE_APP_SCREEN = b"\x1b[?1049l"  # the terminal's main screen again
BOUND = 60.0  # seconds: only stops a broken test from hanging, not a speed requirement


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except OSError:
        return False
    return state != b"Z"


class AppInTerminal:
    """``python -m analyst_tui ARGS`` on a pseudo-terminal of 160x48 (the app draws on standard error)."""

    def __init__(self, args: list[str], home: Path):
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "ANALYST_TUI_DATA_DIR": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        }
        argv = [sys.executable, "-m", "analyst_tui", *args]
        pid, fd = pty.fork()
        if pid == 0:
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = b""
        self.output = ""
        self.status: int | None = None

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as exc:
            if exc.errno != errno.EIO:
                raise
            data = b""
        self.raw += data
        self.output = ESCAPES.sub("", self.raw.decode("utf-8", "replace"))
        return bool(data)

    def wait_for(self, condition, what: str) -> None:
        deadline = time.monotonic() + BOUND
        while not condition(self.output):
            if time.monotonic() > deadline or not self._read(0.1):
                raise AssertionError(f"no {what} on screen; last output: {self.output[-400:]!r}")

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def wait_exit(self) -> int:
        deadline = time.monotonic() + BOUND
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = os.waitstatus_to_exitcode(status)
                break
            self._read(0.05)
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
            raise AssertionError("the app did not end")
        os.close(self.fd)
        return self.status

    def left_on_terminal(self) -> list[str]:
        """The lines printed after the app gave the screen back (its messages to the analyst)."""
        after = self.raw.rsplit(LEAVE_APP_SCREEN, 1)[-1].decode("utf-8", "replace")
        return [line for line in ESCAPES.sub("", after).replace("\r", "").split("\n") if line.strip()]


def test_the_app_opens_on_the_final_claims_and_leaves_no_process(tmp_path):
    term = AppInTerminal([str(SEEDS)], tmp_path)
    term.wait_for(lambda out: "saved to" in out and MARKER.search(out), "status line and claim marker")
    term.wait_for(lambda _out: children_of(term.pid) == [], "the loading child reaped (no zombie)")
    term.send(b"c")  # confirm the selected claim
    term.wait_for(lambda out: "1 tagged" in out, "the tag in the status line")
    term.send(b"\x11")  # ctrl+q
    assert term.wait_exit() == 0
    assert term.left_on_terminal() == []
    (saved,) = (tmp_path / "data").rglob("*.json")
    records = json.loads(saved.read_text("utf-8"))["annotations"]
    assert [r["status"] for r in records] == ["confirmed"]
    # The regular expressions both processes compiled are kept for the next start (core.patterns): the app's
    # (Textual's) and the loading child's (the contradiction checks').
    import marshal

    (kept,) = (tmp_path / ".cache" / "analyst-tui").glob("patterns-*")
    compiled = {pattern for pattern, _flags in marshal.loads(kept.read_bytes())}
    from analyst_tui.core.conflicts import _DIGIT_OR_NT
    from textual._xterm_parser import _re_mouse_event

    assert {_DIGIT_OR_NT.pattern, _re_mouse_event.pattern} <= compiled


def test_bad_input_is_one_line_and_status_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("   \n", encoding="utf-8")
    term = AppInTerminal([str(empty)], tmp_path)
    assert term.wait_exit() == 2
    lines = term.left_on_terminal()
    assert len(lines) == 1, lines
    assert lines[0].startswith("analyst-tui: error: no articles") and "Traceback" not in term.output


def many_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(400):  # one story 400 times over: matching takes seconds
        text = seeds[i % len(seeds)].read_text("utf-8")
        (folder / f"a{i:03d}.txt").write_text(text.replace("said", f"said {i}"), encoding="utf-8")
    return folder


def test_quitting_while_the_child_loads_leaves_no_process(tmp_path):
    term = AppInTerminal([str(many_articles(tmp_path))], tmp_path)
    term.wait_for(lambda out: "Matching claims across 400 articles" in out, "matching progress from the child")
    children = [pid for pid in children_of(term.pid) if alive(pid)]
    assert len(children) == 1  # the loading child, still at work
    (child,) = children
    assert [pid for pid in children_of(child) if alive(pid)] == []  # which forks no helper of its own
    term.send(b"q")
    assert term.wait_exit() == 0
    assert not alive(child)
    assert term.left_on_terminal() == []



def test_articles_the_analyst_calls_one_story_are_matched_as_one(tmp_path):
    from test_align_stories import QUAKE_1, QUAKE_2, RIOT_1, RIOT_2

    folder = tmp_path / "four"
    folder.mkdir()
    for name, text in (("riot1", RIOT_1), ("riot2", RIOT_2), ("quake1", QUAKE_1), ("quake2", QUAKE_2)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    term = AppInTerminal([str(folder)], tmp_path)
    term.wait_for(lambda out: "different stories" in out and "--one-story" in out, "the note that names the way out")
    term.send(b"\x11")
    assert term.wait_exit() == 0
    term = AppInTerminal(["--one-story", str(folder)], tmp_path)
    term.wait_for(lambda out: "saved to" in out and MARKER.search(out), "status line and claim marker")
    deadline = time.monotonic() + 1.0  # the note would come with the first frames
    while time.monotonic() < deadline:
        term._read(0.05)
    assert "different stories" not in term.output
    term.send(b"\x11")
    assert term.wait_exit() == 0
