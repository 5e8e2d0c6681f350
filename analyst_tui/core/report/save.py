"""Reports made from the app: written to a new file whose name says what it is, never over another."""

from __future__ import annotations

import os
from pathlib import Path

from analyst_tui.core.annotations import cases
from analyst_tui.core.report import SUFFIXES, gather, render


def _create(path: Path, text: str) -> bool:
    """Write ``text`` to a file that does not exist yet; False if one is there already."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        try:
            os.unlink(path)
        except OSError:
            pass
        raise
    return True


def save_report(comparison, store, fmt: str, folder: str | os.PathLike[str] | None = None, grades=None) -> Path:
    """Write the case's report in ``fmt`` to ``folder`` (default: the working folder, else home).

    The file is called ``<case>-briefing.html`` (``-report`` for the exports), ``-2``, ``-3``, ...
    when that name is taken. Raises OSError when it cannot be written.
    """
    case = getattr(store, "case", None) or cases.default_case_name(comparison)
    path = getattr(store, "path", None)
    text = render(gather(comparison, store, case=case, annotations_path=str(path) if path else None, grades=grades), fmt)
    kind = "briefing" if fmt in ("markdown", "html") else "report"
    base = f"{cases.slug(case)}-{kind}"
    suffix = SUFFIXES[fmt]
    if folder is not None:
        folders = [Path(folder)]
    else:
        try:
            folders = [Path.cwd(), Path.home()]
        except OSError:  # the working folder was removed
            folders = [Path.home()]
    error: OSError | None = None
    for where in folders:
        try:
            for n in range(1, 1000):
                target = where / (f"{base}{suffix}" if n == 1 else f"{base}-{n}{suffix}")
                if _create(target, text):
                    return target.absolute()
        except OSError as exc:
            error = error or exc
    raise error or OSError(f"no free file name for {base}{suffix}")
