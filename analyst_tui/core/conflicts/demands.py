"""Who called for whose resignation, the other way round: "The opposition leader called for the minister's
resignation" / "The minister called for the opposition leader to resign".

A version gives both when "called for", "demanded" or "urged" has its caller just before it (the words that open
its clause, five at most) and the one who should go after it: "X's resignation" (or "removal",
"sacking") or "X to resign" ("step down", "quit", "go"). Two versions differ when the caller of each is the one
who should go in the other, and not the same one."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import BREAKS, CLAUSE_WORDS, Tok

WORDS = frozenset("resignation resign removal sacking quit step".split())  # (read only with one of them)
_CALLED = frozenset("called calls call calling demanded demands demand urged urges urge".split())
_GOING = frozenset("resignation removal sacking dismissal ouster".split())
_GO = frozenset("resign quit go".split())
_SKIP = frozenset("the a an his her their its".split())

Party = frozenset[str]


def _words(toks: list[Tok]) -> Party:
    return frozenset(t.low for t in toks if t.is_word and t.low not in _SKIP)


def _caller(toks: list[Tok], v: int) -> Party:
    """The words from the start of the clause to the verb at ``v`` ("The opposition leader")."""
    j = v - 1
    while j >= 0 and not (toks[j].low in BREAKS or toks[j].low in CLAUSE_WORDS) and v - j <= 5:
        j -= 1
    return _words(toks[j + 1 : v])


def _goer(toks: list[Tok], k: int) -> Party:
    """Who should go, in the words after the verb at ``k``: "the minister's resignation", "the minister to resign"."""
    n = len(toks)
    start = k + 2 if k + 1 < n and toks[k + 1].low in ("for", "on") else k + 1
    for j in range(start, min(n, start + 7)):
        low = toks[j].low
        if low in _GOING and j >= 2 and toks[j - 1].low == "'s":
            return _words(toks[start : j - 1])
        if low == "to" and j + 1 < n and (toks[j + 1].low in _GO or toks[j + 1].low == "step" and j + 2 < n and (
                toks[j + 2].low in ("down", "aside"))):
            return _words(toks[start:j])
        if toks[j].low in BREAKS:
            break
    return frozenset()


def caller_and_goer(toks: list[Tok]) -> tuple[Party, Party, str] | None:
    """(who called for it, who should go, the words shown), when a version names both."""
    for k, t in enumerate(toks):
        if t.low in _CALLED and k:
            caller, goer = _caller(toks, k), _goer(toks, k)
            if caller and goer and not caller & goer:
                return caller, goer, " ".join(x.text for x in toks[max(0, k - 3) : k + 1])
    return None


def demand_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str] | None:
    """(a's caller and verb, b's) when each version's caller is the one who should go in the other."""
    x, y = caller_and_goer(a), caller_and_goer(b)
    if x is None or y is None:
        return None
    if x[0] == y[1] and y[0] == x[1] and x[0] != y[0]:
        return x[2], y[2]
    return None


__all__ = ["WORDS", "caller_and_goer", "demand_conflict"]
