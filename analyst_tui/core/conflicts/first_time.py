"""A first time told both ways: "the first state visit ... in two decades" / "No Irish president had made a state visit
... for 20 years", "It was India's first Women's World Cup title" / "India's women had never previously won the World
Cup": one thing, not a negation against what the other states."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok

_SPANS = frozenset("years decades months weeks".split())


def first_in_years(toks: list[Tok]) -> bool:
    """Whether a version says something is the first in a span of time ("the first state visit ... in two decades")."""
    lows = [t.low for t in toks]
    return "first" in lows and any(w == "in" and _SPANS & set(lows[j + 1 : j + 4]) or w == "since" for j, w in enumerate(
        lows[lows.index("first") :], lows.index("first")))  # ("the first shark attack at Kessler Beach since 2009")


def none_in_years(toks: list[Tok]) -> bool:
    """Whether a version says something did not happen for a span of time ("had not ... for more than 20 years")."""
    lows = [t.low for t in toks]
    return any(w in ("for", "in") and _SPANS & set(lows[j + 1 : j + 6]) for j, w in enumerate(lows))


def first_and_none(pos: list[Tok], neg: list[Tok]) -> bool:
    """Whether ``pos`` tells a first and ``neg`` that it had not happened before, for a span or ever ("never
    previously", "never before")."""
    if first_in_years(pos) and none_in_years(neg):
        return True
    lows = [t.low for t in neg]  # (a "first" both say is not the first told: "was bidding for his first title")
    return "first" in {t.low for t in pos} and "first" not in lows and any(
        w == "never" and lows[j + 1 : j + 2] in (["previously"], ["before"]) for j, w in enumerate(lows))


__all__ = ["first_and_none", "first_in_years", "none_in_years"]
