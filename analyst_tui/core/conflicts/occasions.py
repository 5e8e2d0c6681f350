"""Which occasion or attempt an outcome is of, and which level of a body says it: "The Heathrow strike was called off" /
"The Gatwick strike went ahead" (two occasions), "Gallant Air's attempt to take over Skylark has failed" (whose
attempt), "the lower court upheld the ban" / "the Supreme Court lifted it" (two bodies)."""

from __future__ import annotations

from analyst_tui.core.conflicts.shared_words import names_apart
from analyst_tui.core.conflicts.tokens import Tok, stem, unattributed


def occasion(toks: list[Tok], k: int) -> frozenset[str]:
    """The occasion named before the outcome at ``k``, if any, by kind ("A four-hour strike ... was called off")."""
    for t in reversed(toks[max(0, k - 14) : k]):
        if t.low in ("but", "while", "although", ";"):
            break
        kind = _OCCASIONS.get(t.low)
        if kind:
            return frozenset((kind,))
    return frozenset()


def levels_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two subjects name two bodies of one kind by their level ("the lower court" / "the Supreme Court", "the
    House" / "the Senate")."""
    lx, ly = x & _LEVELS, y & _LEVELS
    return bool(lx and ly and not lx & ly)


_LEVELS = frozenset(stem(w) for w in """lower supreme high appeals appeal district federal state constitutional crown
    magistrates county house senate upper""".split())


def occasions_apart(ta: list[Tok], tb: list[Tok], sa: dict[int, list[int]], sb: dict[int, list[int]]) -> bool:
    """Whether two versions put off and hold two occasions: each names a place the other does not (whoever said it
    aside: "The EU-China summit has been postponed, officials in Brussels said" is not apart from "went ahead in
    Beijing"), another kind of occasion ("the strike" / "the protest march") or another ordinal ("the first strike" /
    "a second strike"; another day is two moments, ``shared_words.moments_apart``)."""
    if names_apart(unattributed(ta), unattributed(tb)):
        return True
    oa, ob = (occasion(t, next(iter(s.values()))[0]) for t, s in ((ta, sa), (tb, sb)))
    if oa and ob and not oa & ob:
        return True
    x, y = ({t.low for t in toks if t.low in _ORDER} for toks in (ta, tb))
    return bool(x and y and not x & y)


_ORDER = frozenset("first second third fourth fifth sixth next last final latest".split())
_OCCASIONS = {w: family.split()[0] for family in (
    "strike strikes walkout walkouts stoppage", "summit", "match game fixture", "race", "concert gig", "festival",
    "vote ballot referendum", "launch", "talks negotiations", "visit", "march parade rally", "hearing trial",
    "election", "meeting") for w in family.split()}


def bid_before(toks: list[Tok], k: int) -> bool:
    """Whether an attempt is named before the outcome at ``k``, in its clause ("Gallant Air's attempt to take over
    Skylark has failed")."""
    for t in reversed(toks[max(0, k - 12) : k]):
        if t.is_break:
            return False
        if t.low in BIDS:
            return True
    return False


def whose_bid(toks: list[Tok], k: int, subject: frozenset[str]) -> bool:
    """Whether the attempt named before the outcome at ``k`` is the one of ``subject`` ("Gallant Air's attempt ...
    has failed" / "Gallant Air has succeeded in its bid")."""
    if not subject or not bid_before(toks, k):
        return False
    return subject <= {stem(t.low) for t in toks[max(0, k - 12) : k]}


BIDS = frozenset("bid bids attempt attempts effort efforts push challenge appeal".split())
