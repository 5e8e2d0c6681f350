"""Where the verb a negation says was not done is, past the noun phrase it negates ("none of the passengers
survived", "no group has claimed responsibility") or past a relative clause ("none of the passengers on the ferry,
which ran aground, were injured"). Read by ``polarity``."""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity_words import SCOPE_END, SKIP
from analyst_tui.core.conflicts.tokens import Tok, is_past


def verb_after_aside(toks: list[Tok], k: int, in_scope: list[bool]) -> tuple[int, int]:
    """The verb after a relative clause that starts at the comma ``k`` ("..., which ran aground, were injured")
    and the end of its clause, marked in scope; else (``k``, ``k``)."""
    n = len(toks)
    if not (k + 1 < n and toks[k].low == "," and toks[k + 1].low in ("which", "who")):
        return k, k
    close = next((c for c in range(k + 2, min(n, k + 25)) if toks[c].is_break), None)
    if close is None or toks[close].low != ",":
        return k, k
    end = close + 1
    while end < n and not toks[end].is_break and toks[end].low not in SCOPE_END:
        in_scope[end] = True
        end += 1
    v = verb_after(toks, close, end)
    return (v, end) if v < end else (k, k)


def verb_after(toks: list[Tok], h: int, end: int) -> int:
    """Where the verb after the noun phrase at ``h`` is ("none of the passengers survived", "none of the victims
    were identified"), or ``end`` when none comes within a few words (then nothing is read as negated)."""
    for v in range(h + 1, min(end, h + 12)):
        low = toks[v].low
        if low in BE_HAVE:
            return next((w for w in range(v + 1, end) if toks[w].low not in SKIP), end)
        if is_past(low):
            later = next((w for w in range(v + 2, min(end, v + 14)) if toks[w].low in BE_HAVE), None)
            if v + 1 < end and toks[v + 1].low in _PLACE_WORDS:  # ("None of the 14 miners trapped after the
                return next((w for w in range(later + 1, end) if toks[w].low not in SKIP), end) if later else next((
                    w for w in range(v + 3, min(end, v + 10)) if is_past(toks[w].low) and toks[w - 1].low not in (
                        "the", "a", "an")), v)  # explosion ... were found alive": the finding; "trapped on the top
                # floor survived": the surviving)
            return v
    return end


BE_HAVE = frozenset("was were is are has have had will would could been".split())
_PLACE_WORDS = frozenset("after by in at on under during inside from".split())  # (a participle's phrase)


__all__ = ["BE_HAVE", "verb_after", "verb_after_aside"]
