"""A toll or a magnitude told of two moments: the news (a weekday, "today") in one version, a past event told
beside it (a year, "last year") in the other.

Reports of a disaster recall an earlier one in the same words: "A powerful earthquake ... struck Tuesday,
killing at least five people in a region devastated by the tsunami of 2004" and "In 2004, a magnitude 9.1 quake
off Indonesia triggered a tsunami that killed some 230,000 people" give two tolls of two events, not two tolls of
one. Each figure is dated by the moment written nearest to it in its version (a year after "in", "of" or "the",
or opening the sentence; "last year", "years ago"; a weekday, "today", "yesterday", "this morning"); the two
figures are of two moments when one is dated in the past and the other now. Only tolls and magnitudes are read
so: they belong to one happening, where a count that describes someone ("a mother of 13") is told of any day.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.numbers import is_year, number_at
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import CASUALTY

_NOW = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}
_PARTS_OF_TODAY = frozenset(("morning", "afternoon", "evening"))
_BEFORE_YEAR = frozenset(("in", "of", "the", "since"))  # ("in 2004", "the tsunami of 2004", "the 2004 tsunami")
# What a toll or a magnitude is shown as ("at least 5 dead", "9.1 magnitude"; ``figures.Figure.shown``).
_OF_ONE_HAPPENING = frozenset(CASUALTY.values()) | {"magnitude"}


def then_and_now(shown_a: str, shown_b: str, a: list[Tok], b: list[Tok]) -> bool:
    """Whether the toll or magnitude each version gives (``shown_*``) is dated one in the past, the other now."""
    if _OF_ONE_HAPPENING.isdisjoint(shown_a.split()) or _OF_ONE_HAPPENING.isdisjoint(shown_b.split()):
        return False
    moments = {_moment_near(toks, shown) for toks, shown in ((a, shown_a), (b, shown_b))}
    return moments == {"past", "now"}


def _moment_near(toks: list[Tok], shown: str) -> str | None:
    """"past" or "now": the moment written nearest to the figure ``shown`` (one before it when two are as near), or
    None."""
    at = _figure_at(toks, shown)
    if at is None:
        return None
    best: tuple[float, str] | None = None
    for k in range(len(toks)):
        moment = _moment(toks, k)
        if moment is not None and k != at:
            distance = abs(k - at) + (0.5 if k > at else 0.0)
            if best is None or distance < best[0]:
                best = (distance, moment)
    return best[1] if best is not None else None


def _figure_at(toks: list[Tok], shown: str) -> int | None:
    """Where the number of a figure shown as ``shown`` is written (its first number that is not a year)."""
    words = set(shown.split())
    for k in range(len(toks)):
        found = number_at(toks, k)
        if found is not None and found[3] in words and not (toks[k].is_number and is_year(toks[k])):
            return k
    return None


def _moment(toks: list[Tok], k: int) -> str | None:
    t, before = toks[k], toks[k - 1].low if k else ""
    year = t.is_number and is_year(t) and t.low[0] != "0" and (not k or before in _BEFORE_YEAR)
    if year or t.low == "year" and before == "last" or t.low == "ago" and before in ("years", "decades"):
        return "past"  # (a year, not a time written "0800" nor a name with a number: "Isola 2000")
    if t.low in _NOW or t.low in _PARTS_OF_TODAY and before == "this":
        return "now"
    return None


__all__ = ["then_and_now"]
