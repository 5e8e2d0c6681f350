"""NATO / Admiralty grading: source reliability A–F (the analyst's, remembered per source across
cases) and information credibility 1–6 (suggested from the tag and independent corroboration),
written together as e.g. ``B2``.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from analyst_tui.core.annotations.diskfile import read_text
from analyst_tui.core.annotations.format import FileProblem
from analyst_tui.core.fsutil import atomic_write_text
from analyst_tui.core.model import Claim, Comparison, Status
from analyst_tui.core.paths import data_dir

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
FILE_NAME = "sources.json"
SCHEMA = "analyst-tui/sources/1"


def credibility(claim: Claim, status: Status | str) -> int:
    """The suggested credibility of a claim's information, from its tag and its origins.

    denied 5, disputed 4; 1 only when confirmed by the analyst and carried by two or more
    independent origins; confirmed with one origin, or unconfirmed with two or more, 2;
    one origin repeated by several outlets 3; one outlet, nothing to compare, 6. Versions that
    contradict each other (``claim.conflicts``: "24 dead" vs "1 dead") corroborate only what they
    share: a step less, 2 at best when confirmed and 3 at best when not.
    """
    status = Status.parse(str(status))
    independent = len(claim.origins)
    differ = bool(claim.conflicts)
    if status is Status.DENIED:
        return 5
    if status is Status.DISPUTED:
        return 4
    if status is Status.CONFIRMED:
        return 1 if independent >= 2 and not differ else 2
    if independent >= 2 and not differ:
        return 2
    return 3 if claim.is_shared else 6


def _fold(source: str) -> str:
    return " ".join(source.split()).casefold()


class SourceGrades:
    """Reliability letters by source name, in ``sources.json`` in the user data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else data_dir() / FILE_NAME
        self.grades: dict[str, str] = {}  # folded source -> letter
        self.names: dict[str, str] = {}  # folded source -> name as first graded
        self.error: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            text = read_text(self.path)  # a FIFO or device is refused, never read
            if text is None:
                return
            data = json.loads(text)
        except (OSError, ValueError, FileProblem) as exc:
            self.error = f"{self.path}: {exc}"
            return
        sources = data.get("sources") if isinstance(data, dict) else None
        if not isinstance(sources, dict):
            self.error = f"{self.path}: no sources table"
            return
        for name, letter in sources.items():
            if isinstance(name, str) and isinstance(letter, str) and letter.upper() in RELIABILITY:
                self.grades[_fold(name)] = letter.upper()
                self.names[_fold(name)] = name

    def get(self, source: str) -> str | None:
        return self.grades.get(_fold(source))

    def set(self, source: str, letter: str | None) -> None:
        """Grade a source (None forgets it) and save at once; OSError if it cannot be saved.

        A file that could not be read is never overwritten: it may hold grades worth keeping."""
        if self.error is not None and (self.path.exists() or self.path.is_symlink()):
            raise OSError(f"{self.path} could not be read, so it is left as it is (fix or remove it)")
        key = _fold(source)
        if letter is None:
            self.grades.pop(key, None)
            self.names.pop(key, None)
        else:
            letter = letter.upper()
            if letter not in RELIABILITY:
                raise ValueError(f"reliability is a letter A-F, not {letter!r}")
            self.grades[key] = letter
            self.names.setdefault(key, " ".join(source.split()))
        self._save()

    def _save(self) -> None:
        target = Path(os.path.realpath(self.path))  # write through a symlink, keep the link
        target.parent.mkdir(parents=True, exist_ok=True)
        body = {"schema": SCHEMA, "sources": {self.names[k]: self.grades[k] for k in sorted(self.grades)}}
        text = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            st = target.stat()
        except FileNotFoundError:
            mode = 0o600
        else:
            if not stat.S_ISREG(st.st_mode):
                raise OSError(f"{target} is not a regular file; it is left alone")
            mode = stat.S_IMODE(st.st_mode)
        atomic_write_text(target, text, mode)


def claim_reliability(comparison: Comparison, claim: Claim, grades: SourceGrades | dict[str, str]) -> str:
    """The best reliability among the claim's outlets and origins that the analyst graded, else F."""
    lookup = grades.get if isinstance(grades, SourceGrades) else (lambda s: grades.get(s) or grades.get(_fold(s)))
    names = []
    for aid in claim.articles:
        try:
            names.append(comparison.article(aid).source)
        except KeyError:
            pass
    names += claim.origins
    letters = [letter for n in names if (letter := lookup(n))]
    return min(letters) if letters else "F"


def claim_grade(comparison: Comparison, claim: Claim, status: Status | str, grades: SourceGrades | dict[str, str]) -> str:
    """The Admiralty grade of a claim, e.g. ``B2``: reliability letter, credibility digit."""
    return f"{claim_reliability(comparison, claim, grades)}{credibility(claim, status)}"


def grade_meaning(grade: str) -> str:
    """``B2`` -> "source usually reliable; information probably true"."""
    letter, digit = grade[:1], int(grade[1:] or 6)
    return f"source {RELIABILITY.get(letter, '?')}; information {CREDIBILITY.get(digit, '?')}"
