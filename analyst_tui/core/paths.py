"""Where analyst-tui keeps its files (platformdirs, overridable)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "analyst-tui"
DATA_DIR_ENV = "ANALYST_TUI_DATA_DIR"


def cache_root() -> Path:
    """The platform user cache folder of the program (honours XDG_CACHE_HOME): what can be made again."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """``$ANALYST_TUI_DATA_DIR``, else the platform user data folder (honours XDG_DATA_HOME)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
