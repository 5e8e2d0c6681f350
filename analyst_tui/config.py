"""The one typed configuration: ``config.toml`` in the user config folder.

::

    analyst = "Dana Reyes"          # the name stored with every tag (else $ANALYST_TUI_ANALYST, else user@host)

    [keys]
    "review.confirm" = "y"          # binding id = key(s), comma-separated

``$ANALYST_TUI_ANALYST`` overrides ``analyst``. Reading never raises: every problem (an
unreadable file, broken TOML, a value of the wrong type) is listed in ``Config.problems``,
one line each, safe to print, for the caller to show.
"""

from __future__ import annotations

import getpass
import os
import socket
import stat
from dataclasses import dataclass, field
from pathlib import Path

from analyst_tui.core.sanitize import encodable, shown

APP_NAME = "analyst-tui"
ANALYST_ENV = "ANALYST_TUI_ANALYST"
CONFIG_ENV = "ANALYST_TUI_CONFIG"
MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True)
class Config:
    analyst: str = ""  # from the file (the environment variable is applied by analyst_name)
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> keys
    problems: tuple[str, ...] = ()  # one line each, already sanitised
    path: Path | None = None


def config_path() -> Path:
    """``$ANALYST_TUI_CONFIG``, else ``config.toml`` in the user config folder (honours XDG_CONFIG_HOME)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file. A missing file is no problem; anything else wrong is reported, not raised."""
    import tomllib

    path = config_path() if path is None else path
    where = shown(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not hang the start
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return Config(problems=(f"{where}: not a regular file; ignored",), path=path)
            raw = fh.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return Config(path=path)
    except OSError as exc:
        return Config(problems=(f"cannot read the config file {where}: {(exc.strerror or str(exc)).lower()}",), path=path)
    if len(raw) > MAX_CONFIG_BYTES:
        return Config(problems=(f"{where}: too large for a config file; ignored",), path=path)
    try:
        data = tomllib.loads(encodable(raw.decode("utf-8")))
    except UnicodeDecodeError:
        return Config(problems=(f"{where}: not UTF-8 text; ignored",), path=path)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        return Config(problems=(f"{where}: {shown(exc)}",), path=path)
    problems: list[str] = []
    analyst = data.get("analyst", "")
    if not isinstance(analyst, str):
        problems.append(f"{where}: analyst must be a string; ignored")
        analyst = ""
    keys_table = data.get("keys", {})
    keys: dict[str, str] = {}
    if not isinstance(keys_table, dict):
        problems.append(f'{where}: [keys] must be a table of binding id = "key"')
    else:
        bad = []
        for k, v in keys_table.items():
            if isinstance(v, str) and v.strip():
                keys[str(k)] = v
            else:
                bad.append(shown(k))
        if bad:
            problems.append(f"{where}: ignored keys for {', '.join(sorted(bad))}")
    return Config(analyst=analyst.strip(), keys=keys, problems=tuple(problems), path=path)


def analyst_name(config: Config | None = None) -> str:
    """``$ANALYST_TUI_ANALYST``, else ``analyst = "..."`` in the config file, else user@host."""
    name = encodable(os.environ.get(ANALYST_ENV, "")).strip()
    if name:
        return name
    config = load_config() if config is None else config
    if config.analyst:
        return config.analyst
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some containers
        user = "analyst"
    try:
        host = socket.gethostname() or "localhost"
    except OSError:
        host = "localhost"
    return encodable(f"{user}@{host}")
