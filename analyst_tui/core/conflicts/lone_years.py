"""The one year each of two versions gives, told of one thing in other words: "began operating its new grain terminal
in 2019" / "opened the dedicated grain terminal in 2021", "is due to open to passengers in 2028" / "would begin carrying
its first passengers in 2031". Read last, when no check that knows what happened at the year has found anything
(``days``): a figure, when each version gives one year and no other (a year before a hyphen is a name, "its
2021-model SUVs"), the two differ, every other number is the same in both, and the two say the rest alike
(``shared_words.told_alike``, a quarter of each one's words), with a word in common next to the year ("grain
terminal in 2019" / "grain terminal in 2021"; a decade, "the 1970s", is no year)."""

from __future__ import annotations

import re
from typing import Protocol

from analyst_tui.core.conflicts.particulars import ORDINALS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.shared_words import told_alike
from analyst_tui.core.conflicts.tokens import Tok, stem

ALIKE = 0.25  # of each version's words that two versions with one year each share, to compare it


class Version(Protocol):
    """What is read here of a version (``conflicts.Version``)."""

    numbers: frozenset[float]
    text: str
    content: frozenset[str]
    polarity: Polarity


def lone_year_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """(a's year, b's year) when each gives one year, they differ, and the two are told alike; else None."""
    if not (_any_year(a.numbers) and _any_year(b.numbers)):
        return None  # (read cheaply: most versions give no year)
    ya, yb = _years(a.text), _years(b.text)
    if len(ya) != 1 or len(yb) != 1 or ya == yb:
        return None
    (x,), (y,) = ya, yb
    if a.numbers - {float(x)} != b.numbers - {float(y)} and _with_ordinals(a) - {float(x)} != _with_ordinals(b) - {
            float(y)}:  # ("the third vote she has faced since 2021" / "three votes since 2019")
        return None  # other figures differ too: two moments, each with its own ("sold 2 million tickets in 2022" /
        # "sold 2.6 million tickets in August 2024")
    if not told_alike(a.content, b.content, a.polarity.toks, b.polarity.toks, ALIKE):
        return None
    if _around(a.polarity.toks, x).isdisjoint(_around(b.polarity.toks, y)):
        return None  # the year of something else in each ("In 1975 he married Marta" / "married his widow after his
        # death in 1973")
    return x, y


def _with_ordinals(v: Version) -> frozenset[float]:
    """The numbers of a version with the ordinals it writes in words ("third": 3)."""
    return v.numbers | {float(ORDINALS[t.low]) for t in v.polarity.toks if t.low in ORDINALS}


def _around(toks: list[Tok], year: str) -> set[str]:
    """The words next to the year (four on each side, but the little words and names), by stem."""
    out: set[str] = set()
    for k, t in enumerate(toks):
        if t.low == year:
            out.update(stem(w.low) for w in toks[max(0, k - _NEAR) : k + _NEAR + 1] if w.is_word and not w.cap and len(
                w.low) > 2 and w.low not in FILLER)
    return out


_NEAR = 4


def _any_year(numbers: frozenset[float]) -> bool:
    return any(1900 <= n <= 2099 and n == int(n) for n in numbers)


def _years(text: str) -> set[str]:
    """The years written in ``text`` (1900-2099), but one before a hyphen ("2021-model", "the 2019-20 season")."""
    return {m.group(1) for m in _YEAR.finditer(text) if text[m.end() : m.end() + 1] != "-"}


_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\da-zA-Z]|[.,]\d|['’]s)")  # (not "12,019", "2019.5" or a
# decade, "the 1980s")

__all__ = ["lone_year_conflict"]
