"""The installed ``analyst-tui`` command in a real terminal (tmux).

Tags a claim from the keyboard, quits, checks the annotations file, starts again and finds the tag
on screen; once in a 256-colour terminal and once with ``NO_COLOR=1 TERM=xterm``, where the claim
numbers and status glyphs must still carry the meaning.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

COLS, ROWS = 120, 36
TIMEOUT = 60.0  # seconds to wait for a screen; generous for a busy machine

# A row of the claims panel: number, status glyph and word (e.g. "  4 ✔ confirmed    3/3").
ROW = re.compile(r"^\W{0,3}?\s*(\d+) ([✔?✖·]) (confirmed|disputed|denied|unreviewed)\b", re.M)
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def installed_command() -> str:
    found = shutil.which("analyst-tui")
    if found:
        return found
    beside = Path(sys.executable).parent / "analyst-tui"
    if beside.exists():
        return str(beside)
    pytest.fail("the analyst-tui command is not installed (pip install -e . puts it next to python)")


def marker(claim: int, glyph: str) -> re.Pattern[str]:
    """A sentence marker carrying the claim and its glyph: ``[4✔]``, ``[1|4✔]``, ``[4✔|7]``."""
    return re.compile(rf"\[(?:[^\]\s]*\|)?{claim}{re.escape(glyph)}(?:\|[^\]\s]*)?\]")


class Tmux:
    """One tmux server on its own socket, with one session running the command under test."""

    def __init__(self, config: Path):
        self.tmux = shutil.which("tmux")
        self.socket = f"analyst-e2e-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.config = config
        self.target = "e2e"
        self.runs = 0
        self.status_file: Path | None = None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
        self.env["LANG"] = "C.UTF-8"

    def run(self, *args: str) -> str:
        proc = subprocess.run(
            [self.tmux, "-u", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=30,
        )
        if proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args[:2])} failed: {proc.stderr.strip()}")
        return proc.stdout

    def start(self, argv: list[str], env: dict[str, str]) -> None:
        """Run ``argv`` with exactly ``env`` (nothing inherited) in a COLS x ROWS pane.

        A shell around it writes the exit status to a file (tmux does not always report it).
        """
        self.runs += 1
        self.status_file = self.config.with_name(f"exit-status-{self.runs}")
        command = [
            "/bin/sh", "-c", '"$@"; echo $? > "$0"', str(self.status_file),
            "env", "-i", *(f"{k}={v}" for k, v in env.items()), *argv,
        ]
        if self.has_session():
            self.run("respawn-pane", "-k", "-t", self.target, *command)
        else:
            self.run("new-session", "-d", "-x", str(COLS), "-y", str(ROWS), "-s", self.target, *command)

    def has_session(self) -> bool:
        try:
            self.run("has-session", "-t", self.target)
            return True
        except AssertionError:
            return False

    def screen(self, escapes: bool = False) -> str:
        return self.run("capture-pane", "-p", *(["-e"] if escapes else []), "-t", self.target)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", self.target, key)

    def exit_status(self) -> int | None:
        """The app's exit status once it has exited, else None."""
        try:
            text = self.status_file.read_text().strip()
        except (OSError, AttributeError):
            return None
        return int(text) if text.lstrip("-").isdigit() else None

    def wait(self, check, what: str, timeout: float = TIMEOUT) -> str:
        """Poll the screen until ``check(text)`` holds; fail with the screen if the app dies or time runs out."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if check(text):
                return text
            status = self.exit_status()
            if status is not None:
                pytest.fail(f"the app exited (status {status}) while waiting for {what}; screen:\n{text}")
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; screen:\n{text}")
            time.sleep(0.1)

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        deadline = time.monotonic() + timeout
        while True:
            status = self.exit_status()
            if status is not None:
                return status
            if time.monotonic() > deadline:
                pytest.fail(f"the app did not quit within {timeout:.0f} s; screen:\n{self.screen()}")
            time.sleep(0.1)

    def kill(self) -> None:
        try:
            socket_path = self.run("display-message", "-p", "-t", self.target, "#{socket_path}").strip()
        except AssertionError:
            socket_path = ""
        subprocess.run(
            [self.tmux, "-L", self.socket, "kill-server"], capture_output=True, env=self.env, timeout=30, check=False
        )
        if socket_path.endswith(self.socket):  # tmux leaves the socket file behind
            Path(socket_path).unlink(missing_ok=True)


@pytest.fixture
def tmux(tmp_path):
    if shutil.which("tmux") is None:
        pytest.fail("tmux is not installed: this end-to-end test needs it (apt-get install tmux; CI installs it)")
    config = tmp_path / "tmux.conf"
    # The whole window is the app's pane (no status bar); a finished app's pane stays, to read its exit status.
    config.write_text("set -g status off\nset -g remain-on-exit on\nset -g escape-time 0\n", encoding="utf-8")
    server = Tmux(config)
    yield server
    server.kill()


def claim_rows(screen: str) -> list[tuple[int, str, str]]:
    return [(int(n), glyph, word) for n, glyph, word in ROW.findall(screen)]


def colours(screen_with_escapes: str) -> list[tuple[str, tuple]]:
    """Every foreground/background colour set on screen: ("ansi", n), ("256", n) or ("rgb", r, g, b)."""
    found = []
    for params in SGR.findall(screen_with_escapes):
        p = [int(x) if x.isdigit() else 0 for x in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(p):
            v = p[i]
            if v in (38, 48) and i + 1 < len(p):
                if p[i + 1] == 5 and i + 2 < len(p):
                    found.append(("256", (p[i + 2],)))
                    i += 3
                    continue
                if p[i + 1] == 2 and i + 4 < len(p):
                    found.append(("rgb", tuple(p[i + 2 : i + 5])))
                    i += 5
                    continue
            if 30 <= v <= 37 or 40 <= v <= 47:
                found.append(("ansi", (v % 10,)))
            elif 90 <= v <= 97 or 100 <= v <= 107:
                found.append(("ansi", (v % 10 + 8,)))
            i += 1
    return found


def is_grey(kind: str, value: tuple) -> bool:
    if kind == "ansi":
        return value[0] in (0, 7, 8, 15)
    if kind == "256":
        n = value[0]
        if n < 16:
            return n in (0, 7, 8, 15)
        if n >= 232:
            return True
        r, g, b = (n - 16) // 36, (n - 16) // 6 % 6, (n - 16) % 6
        return r == g == b
    r, g, b = value
    return max(r, g, b) - min(r, g, b) <= 8


TERMINALS = {
    "256-colour": {"TERM": "tmux-256color"},
    "NO_COLOR-xterm": {"TERM": "xterm", "NO_COLOR": "1"},
}


@pytest.mark.parametrize("terminal", list(TERMINALS))
def test_tag_quit_restart_in_a_real_terminal(tmux, tmp_path, terminal):
    data = tmp_path / "data"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "ANALYST_TUI_DATA_DIR": str(data),
        **TERMINALS[terminal],
    }
    argv = [installed_command()]  # no paths: the bundled seed case

    def ready(text: str) -> bool:
        return "saved to" in text and len(claim_rows(text)) >= 5

    # --- first run: move down the claims list, confirm a claim ------------------------------
    tmux.start(argv, env)
    first = tmux.wait(ready, "the review app (claims list and status line)")
    rows = claim_rows(first)
    assert all(word == "unreviewed" and glyph == "·" for _, glyph, word in rows), first
    assert "0 tagged" in first

    tmux.keys("j", "j", "j")
    tmux.keys("c")
    screen = tmux.wait(lambda t: "✔ confirmed" in t and "1 tagged" in t, "the ✔ confirmed tag")
    confirmed = [n for n, glyph, word in claim_rows(screen) if word == "confirmed"]
    assert len(confirmed) == 1, screen
    claim = confirmed[0]
    # three presses of j moved from the first listed claim to the fourth
    assert claim == rows[3][0], f"expected claim {rows[3][0]} (fourth row) to be confirmed; screen:\n{screen}"
    assert marker(claim, "✔").search(screen), f"no [{claim}✔] marker in the article panes; screen:\n{screen}"

    if terminal == "256-colour":
        seen = colours(tmux.screen(escapes=True))
        assert any(not is_grey(k, v) for k, v in seen), "no colour on screen in a 256-colour terminal"
    else:
        hued = [(k, v) for k, v in colours(tmux.screen(escapes=True)) if not is_grey(k, v)]
        assert not hued, f"colours on screen with NO_COLOR=1: {sorted(set(hued))[:10]}"

    tmux.keys("q")
    assert tmux.wait_exit() == 0
    after = tmux.screen()
    assert "Traceback" not in after and "Error" not in after, after

    # --- the annotation file on disk ---------------------------------------------------------
    files = [p for p in data.rglob("*.json")]
    assert len(files) == 1, f"expected one annotations file under {data}, found {files}"
    saved = json.loads(files[0].read_text("utf-8"))
    records = [r for r in saved["annotations"] if r.get("claim") == claim]
    assert [r["status"] for r in records] == ["confirmed"], saved["annotations"]
    assert all(r.get("status") == "unreviewed" for r in saved["annotations"] if r.get("claim") != claim)

    # --- second run: the tag is back ---------------------------------------------------------
    tmux.start(argv, env)
    again = tmux.wait(
        lambda t: ready(t) and (claim, "✔", "confirmed") in claim_rows(t),
        f"claim {claim} shown as ✔ confirmed after a restart",
    )
    assert "1 tagged" in again, again
    assert sum(1 for _, _, word in claim_rows(again) if word == "confirmed") == 1, again
    tmux.keys(*["j"] * 3)  # the claim's sentences scroll into view; its marker carries the glyph
    tmux.wait(lambda t: bool(marker(claim, "✔").search(t)), f"the [{claim}✔] marker after a restart")
    tmux.keys("q")
    assert tmux.wait_exit() == 0
