"""The annotations a report reads: the case found the same way the app finds it, opened to read only.

``--annotations FILE`` names the file; ``--case NAME`` a saved case; otherwise the saved case
that shares the articles (by content) is used, as the app does. A report never writes, moves or
creates an annotation file: a file that is missing, damaged, foreign or not a regular file is
refused with one line (``LoadError``) and left as it is.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from analyst_tui.core import cases
from analyst_tui.core.model import Comparison, LoadError

MAX_BYTES = 256 * 1024 * 1024  # an annotation file larger than this is not read


@dataclass
class Found:
    store: object | None  # an AnnotationStore, or None when the case has no saved annotations
    path: Path | None
    case: str
    notice: str | None = None  # e.g. "no saved annotations for these articles"


def _check(path: Path, what: str) -> None:
    """Refuse, with one line, anything but a readable annotation file of a version this one reads."""
    from analyst_tui.core.annotations import FORMAT, VERSION

    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError(f"{what} {path} does not exist") from None
    except OSError as exc:
        raise LoadError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{what} {path} is not a regular file")
    if st.st_size > MAX_BYTES:
        raise LoadError(f"{what} {path} is too large ({st.st_size} bytes)")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        data = json.loads(raw.decode("utf-8", errors="surrogatepass"))
    except OSError as exc:
        raise LoadError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    except (ValueError, RecursionError):
        raise LoadError(f"{what} {path} is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LoadError(f"{path} is not an analyst-tui annotation file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise LoadError(f"{what} {path} has no valid format version")
    if version > VERSION:
        raise LoadError(f"{what} {path} was written by a newer version of analyst-tui (format {version})")
    if not isinstance(data.get("annotations", []), list):
        raise LoadError(f"{what} {path} is damaged (annotations is not a list)")


def find(comparison: Comparison, annotations: str | None = None, case: str | None = None) -> Found:
    from analyst_tui.core.annotations import AnnotationStore, default_path

    if annotations is not None and case is not None:
        raise LoadError("give either --annotations or --case, not both")
    if annotations is not None:
        path = Path(annotations).expanduser()
        _check(path, "annotation file")
    elif case is not None:
        path = default_path(comparison, case)
        if not path.exists():
            raise LoadError(f"no saved case named {case!r} (see analyst-tui cases)")
        _check(path, "case file")
    else:
        try:
            path = cases.find_case_file(comparison, cases.cases_dir())
        except (OSError, RecursionError):
            path = None
        if path is None:
            name = cases.default_case_name(comparison)
            return Found(None, None, name, "no saved annotations for these articles: every claim is reported as unreviewed")
        _check(path, "case file")
    store = AnnotationStore.open(comparison, path, case=case)
    notice = getattr(store, "message", None)
    return Found(store, path, store.case, notice)
