"""The annotations a report reads: the case found the same way the app finds it, opened to read only.

``--annotations FILE`` names the file; ``--case NAME`` a saved case; otherwise the saved case
that shares the articles (by content) is used, as the app does. A report never writes, moves or
creates an annotation file: a file that is missing, damaged, foreign or not a regular file is
refused with one line (``LoadError``) and left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analyst_tui.core.annotations import AnnotationStore, cases, default_path, diskfile
from analyst_tui.core.annotations.format import FileProblem, parse_document
from analyst_tui.core.model import Comparison, LoadError
from analyst_tui.core.sanitize import shown


@dataclass
class Found:
    store: object | None  # an AnnotationStore, or None when the case has no saved annotations
    path: Path | None
    case: str
    notice: str | None = None  # e.g. "no saved annotations for these articles"


def _check(path: Path, what: str) -> None:
    """Refuse, with one line, anything but a readable annotation file of a version this one reads."""
    where = shown(str(path))
    try:
        text = diskfile.read_text(path)
        if text is None:
            raise LoadError(f"{what} {where} does not exist")
        parse_document(text)
    except FileProblem as problem:
        raise LoadError(f"{what} {where} cannot be read as annotations: {problem}") from None
    except OSError as exc:
        raise LoadError(f"cannot read {what} {where}: {diskfile.why(exc)}") from None


def matched_as_saved(comparison: Comparison, annotations: str | None = None, case: str | None = None,
                     by_content: bool = False) -> Comparison:
    """``comparison`` matched as one story when its case's file says the analyst chose that in the app
    (``case.one_story``), else ``comparison`` itself. The case is the file or name given, or with
    ``by_content`` the saved case found by the articles' content."""
    if comparison.one_story:
        return comparison
    try:
        if annotations is not None:
            path: Path | None = Path(annotations).expanduser()
        elif case is not None:
            path = default_path(comparison, case)
        else:
            path = cases.find_case_file(comparison, cases.cases_dir()) if by_content else None
    except (OSError, RecursionError):
        return comparison
    if path is None or not cases.saved_one_story(path):
        return comparison
    from analyst_tui.core.compare import rematch

    return rematch(comparison, True)


def find(comparison: Comparison, annotations: str | None = None, case: str | None = None) -> Found:
    if annotations is not None and case is not None:
        raise LoadError("give either --annotations or --case, not both")
    if annotations is not None:
        path = Path(annotations).expanduser()
        _check(path, "annotation file")
    elif case is not None:
        path = default_path(comparison, case)
        if not path.exists():
            raise LoadError(f"no saved case named {shown(case)!r} (see analyst-tui cases)")
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
