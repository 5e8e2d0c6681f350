"""The tests never depend on the user who runs them (tests/conftest.py isolates them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from analyst_tui.config import config_path

ROOT = Path(__file__).resolve().parents[1]
# An app test that presses c, d, x and u: it fails when a user's config remaps those keys.
APP_TEST = "tests/test_app.py::test_tag_keys_show_everywhere_and_save_at_once"
REMAP = '[keys]\n"review.confirm" = "y"\n"review.deny" = "X"\n"review.quit" = "ctrl+q"\n\nanalyst = "Someone Else"\n'


def test_home_xdg_folders_and_variables_are_private(isolated_user):
    assert Path.home() == isolated_user
    assert str(config_path()).startswith(str(isolated_user))
    assert platformdirs.user_data_dir("analyst-tui").startswith(str(isolated_user))
    assert not [k for k in os.environ if k.startswith("ANALYST_TUI_")]
    assert "NO_COLOR" not in os.environ


def run_pytest(home: Path, *extra: str) -> subprocess.CompletedProcess:
    """pytest on one app test as a user whose home holds a config that remaps keys."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ANALYST_TUI_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), ANALYST_TUI_ANALYST="Someone Else")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *extra, APP_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_users_remapped_keys_do_not_change_results(tmp_path):
    home = tmp_path / "user"
    config = home / ".config" / "analyst-tui"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(REMAP, "utf-8")
    isolated = run_pytest(home)
    assert isolated.returncode == 0, isolated.stdout[-2000:] + isolated.stderr[-2000:]
    # the same run without tests/conftest.py sees the remapping, and the test fails: the config is real
    exposed = run_pytest(home, "--noconftest")
    assert exposed.returncode == 1 and "1 failed" in exposed.stdout, exposed.stdout[-2000:]
