"""Talks that broke down in one version and ended in a deal in the other: "Talks between Armenia and Azerbaijan in
Brussels collapsed on Monday" / "Armenia and Azerbaijan agreed on a border deal at their talks in Brussels on Monday",
"Negotiations between the union and employers broke down on Sunday" / "The union and employers reached a deal on
Sunday".

Read last, when no other check found anything. One version says talks or negotiations collapsed, broke down, failed or
ended without a deal; the other says the sides agreed, reached, struck or signed a deal or an agreement, or that the
talks ended in one. The two share
most of their words (three or more, two in five of each) and name no one the other does not; neither says both."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import sides_told_apart
from analyst_tui.core.textnorm import stem as family

_TALKS = frozenset("talks negotiations negotiation discussions".split())
_BROKE = frozenset("collapsed collapse collapses failed fail fails stalled".split())
_DOWN = frozenset("broke broken break breaks".split())  # ("broke down")
_REACHED = frozenset("agreed agree agrees reached reach reaches struck strike strikes signed sign signs sealed".split())
_DEALS = frozenset("deal agreement accord settlement".split())
_WORDS = frozenset(family(w) for w in """talks negotiations collapsed broke down failed stalled agreed reached struck
    signed sealed deal agreement accord settlement ended""".split())  # (the words that differ, left out when the two are
# compared)


def talks_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when talks broke down in one and ended in a deal in the other, else None."""
    if not (_TALKS & a.words() or _TALKS & b.words()):
        return None  # (read first: most pairs stop here)
    return sides_told_apart(a, b, ("talks broke down", _broke_down), ("deal reached", _deal), _WORDS)  # (not
    # "talks collapsed before a deal was reached days later": both)


def _broke_down(p: Polarity) -> str:
    """The words that say talks broke down, or ""."""
    toks = p.toks
    for k, t in enumerate(toks):
        if t.low not in _TALKS or any(x.is_break for x in toks[k + 1 : k + 2]):
            continue
        for j in range(k + 1, min(len(toks), k + 12)):
            if toks[j].is_break:
                break
            low = toks[j].low
            if (low in _BROKE or low in _DOWN and j + 1 < len(toks) and toks[j + 1].low == "down" or low == "ended" and (
                    j + 1 < len(toks) and toks[j + 1].low == "without")) and not unsaid(toks, j):
                return " ".join(x.text for x in [t] + toks[j : j + 1 + (low not in _BROKE)])  # ("Talks collapsed",
                # "Negotiations broke down", "talks ended without")
    return ""


def _deal(p: Polarity) -> str:
    """The words that say a deal was reached, or ""."""
    toks = p.toks
    for k, t in enumerate(toks):
        ended_in = t.low == "ended" and k + 1 < len(toks) and toks[k + 1].low == "in"  # ("ended in agreement")
        if (t.low in _REACHED or ended_in) and not unsaid(toks, k) and any(x.low in _DEALS for x in toks[
                k + 1 : k + 6]) and not any(x.is_break for x in toks[k + 1 : k + 4]):
            end = next(j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low in _DEALS)
            return " ".join(x.text for x in toks[k : end + 1])
    return ""


__all__ = ["talks_conflict"]
