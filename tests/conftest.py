"""Every test runs as a fresh user: its own home, XDG folders and no ANALYST_TUI_* variables.

A user's config.toml (remapped keys, an analyst name), data folder or colour settings must never
change a result; tests/test_isolation.py proves it. Shared fixtures: ``seeds`` (the seed
comparison) and ``seed_files``.
"""

from __future__ import annotations

import os

import pytest

from seed_cases import SEED_FILES, seed_comparison

# Variables that change what the program reads or how it draws; every test starts without them.
CLEARED_PREFIXES = ("ANALYST_TUI_", "TEXTUAL_")
CLEARED = ("NO_COLOR", "FORCE_COLOR", "COLORTERM")
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory, monkeypatch):
    """HOME and the XDG folders in a temporary folder; user settings cleared."""
    home = tmp_path_factory.mktemp("home")
    for name in list(os.environ):
        if name.startswith(CLEARED_PREFIXES) or name in CLEARED:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    for name, sub in zip(XDG, (".config", ".local/share", ".cache", ".local/state", "run")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    monkeypatch.delenv("XDG_DATA_DIRS", raising=False)
    return home


@pytest.fixture
def seeds():
    """The seed articles compared (built once per run; do not change it)."""
    return seed_comparison()


@pytest.fixture
def seed_files() -> list[str]:
    return list(SEED_FILES)
