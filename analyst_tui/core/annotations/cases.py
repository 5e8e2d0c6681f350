"""Cases: one annotation file per set of articles, found again by content when the folder moves.

A case file records, for every article, its path, outlet, fingerprint (sha256 of the text)
and a signature (short hashes of its normalised sentences). When the app opens articles
without an explicit file or case name, the saved case that shares the most articles with
them (same fingerprint, or for an edited article at least half of its sentences) is used.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import analyst_tui.core.annotations.anchoring as anchoring
import analyst_tui.core.annotations.diskfile as diskfile
from analyst_tui.core.annotations.format import FORMAT, VERSION, FileProblem, load_json
from analyst_tui.core.model import Comparison, Status
from analyst_tui.core.paths import data_dir

UNREVIEWED = Status.UNREVIEWED.value

CASES_SUBDIR = "cases"
SUFFIX = ".json"
MIN_SHARED_SENTENCES = 0.5  # an edited article still counts as the same when half its sentences match


def cases_dir() -> Path:
    return data_dir() / CASES_SUBDIR


def slug(name: str) -> str:
    """A file-name-safe form of a case name ("Iran troops / NBC" -> "iran-troops-nbc")."""
    s = re.sub(r"[^\w.-]+", "-", name.strip().casefold(), flags=re.UNICODE).strip("-.")
    return (s or "case")[:80]


def signature(comparison: Comparison, article_id: str) -> str:
    return " ".join(anchoring.sentence_hash(s.text) for s in comparison.sentences.get(article_id, []))


def case_articles(comparison: Comparison) -> list[dict]:
    out = []
    for a in comparison.articles:
        entry = {"path": anchoring.canonical_path(a.path), "outlet": a.source, "fingerprint": a.fingerprint, "signature": signature(comparison, a.id)}
        if a.title:
            entry["title"] = a.title
        out.append(entry)
    return out


def default_case_name(comparison: Comparison) -> str:
    """The name of the folder the articles share (their common parent), else "case"."""
    parents = []
    for a in comparison.articles:
        if not a.path or a.path == "-" or a.path.startswith("<"):
            continue
        try:
            parents.append(str(Path(a.path).resolve().parent))
        except (OSError, ValueError):
            continue
    if not parents:
        return "stdin" if comparison.articles else "case"
    try:
        common = os.path.commonpath(parents)
    except ValueError:
        return "case"
    name = Path(common).name
    return name or "case"


def listed_articles(case: dict) -> list[dict]:
    """The article entries of a file's ``case`` header (none when a hand edit left something else)."""
    articles = case.get("articles")
    return [a for a in articles if isinstance(a, dict)] if isinstance(articles, list) else []


def _article_match(current: dict, saved_articles: list[dict]) -> bool:
    if any(s.get("fingerprint") == current["fingerprint"] for s in saved_articles):
        return True
    mine = set(current["signature"].split())
    if not mine:
        return False
    for s in saved_articles:
        theirs = set(str(s.get("signature") or "").split())
        if theirs and len(mine & theirs) / min(len(mine), len(theirs)) >= MIN_SHARED_SENTENCES:
            return True
    return False


def _read_data(path: Path) -> object:
    """A case file's JSON: regular files only, bounded size and nesting. Raises OSError, FileProblem."""
    text = diskfile.read_text(path)
    if text is None:
        raise FileNotFoundError(2, "no such file")
    return load_json(text)


def _read_header(path: Path) -> dict | None:
    try:
        data = _read_data(path)
    except (OSError, FileProblem):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data


def saved_one_story(path: Path) -> bool:
    """Whether the annotation file at ``path`` says its articles were matched as one story (``case.one_story``)."""
    data = _read_header(path)
    case = data.get("case") if data is not None else None
    return isinstance(case, dict) and case.get("one_story") is True


def _case_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.name.endswith(SUFFIX) and not p.name.startswith("."))
    except OSError:
        return []


def find_case_file(comparison: Comparison, folder: Path) -> Path | None:
    """The saved case sharing the most articles with ``comparison`` (ties: the most recently changed).

    Only cases sharing at least half of the smaller set of articles are considered.
    """
    current = case_articles(comparison)
    best: tuple[int, str, str] | None = None
    best_path = None
    for path in _case_files(folder):
        data = _read_header(path)
        if data is None:
            continue
        case = data.get("case") if isinstance(data.get("case"), dict) else {}
        saved = listed_articles(case)
        shared = sum(1 for c in current if _article_match(c, saved))
        # one reused wire story does not make two stories the same case: at least half of
        # the smaller set of articles must be shared
        if shared == 0 or 2 * shared < min(len(current), len(saved) or len(current)):
            continue
        rank = (shared, str(data.get("modified") or ""), path.name)
        if best is None or rank > best:
            best, best_path = rank, path
    return best_path


def new_case_path(folder: Path, name: str) -> Path:
    """A free file name for a new case called ``name``."""
    base = slug(name)
    path = folder / f"{base}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return path


@dataclass
class CaseSummary:
    name: str
    path: Path
    articles: int
    counts: dict[str, int] = field(default_factory=dict)
    modified: str | None = None
    problem: str | None = None  # why the file could not be read


def summarize(path: Path) -> CaseSummary:
    try:
        data = _read_data(path)
    except FileProblem as problem:
        return CaseSummary(path.stem, path, 0, problem=f"unreadable ({problem.detail})")
    except OSError as exc:
        return CaseSummary(path.stem, path, 0, problem=f"unreadable ({diskfile.why(exc)})")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return CaseSummary(path.stem, path, 0, problem="not an annotation file")
    case = data.get("case") if isinstance(data.get("case"), dict) else {}
    counts = {s.value: 0 for s in Status}
    records = data.get("annotations")
    for rec in records if isinstance(records, list) else ():
        if not isinstance(rec, dict) or rec.get("discarded"):
            continue
        status = rec.get("status")
        if isinstance(status, str) and status in counts:
            counts[status] += 1
    # "claims": the claims to review, as the store counts them (core/counts.py)
    claims = case.get("claims")
    if isinstance(claims, int) and not isinstance(claims, bool):
        counts[UNREVIEWED] = max(0, claims - sum(n for s, n in counts.items() if s != UNREVIEWED))
    return _summary(path, data, case, counts)


def _summary(path: Path, data: dict, case: dict, counts: dict[str, int]) -> CaseSummary:
    problem = None
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        problem = f"written by a newer version (format {version})"
    return CaseSummary(
        name=str(case.get("name") or path.stem) if isinstance(case.get("name"), str) else path.stem,
        path=path,
        articles=len(listed_articles(case)),
        counts=counts,
        modified=data.get("modified") if isinstance(data.get("modified"), str) else None,
        problem=problem,
    )


def list_cases(folder: Path | None = None) -> list[CaseSummary]:
    folder = cases_dir() if folder is None else folder
    return [summarize(p) for p in _case_files(folder)]
