"""A vote for a measure in one version and against it in the other, the measure named in each: "Lanford city council
voted on Tuesday to ban rental e-scooters" / "Councillors in Lanford voted against a ban on rental e-scooters",
"voted to ban gas boilers" / "voted down a proposal to ban gas boilers".

``outcome_said`` reads a vote for or against, but not a vote "to ban" something (a vote against that thing, or for
a ban): here the measure itself is compared. Each version casts one vote on one measure, named by a verb ("voted to
ban", "a proposal to ban") or a noun ("voted against a ban", "voted down a proposed ban", "voted for the ban"); two
versions differ when the measure is the same word family, one is for it and the other against, neither negates
anything, and they say most of the rest alike (``say_most_alike``, less the words of the two votes) and name no one
the other does not."""

from __future__ import annotations

from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.textnorm import stem as family

MIN_SHARED = 4  # content words both versions give
MIN_SHARE = 0.5  # of each version's content words

_VOTED = frozenset("voted votes vote voting".split())
_AGAINST = frozenset(("against", "down"))
_FOR = frozenset(("for",))
_BEFORE_MEASURE = frozenset("a an the proposed planned new".split())
_PROPOSALS = frozenset("proposal proposals plan plans motion motions bid move".split())  # ("a proposal to ban")
_SAID = frozenset(family(w) for w in "voted vote against down for favour favor proposal proposed to".split())

Vote = tuple[bool, str, str]  # (for the measure, its word family, the words shown)


def _vote(p: Polarity) -> Vote | None:
    toks = p.toks
    found = [v for k, t in enumerate(toks) if t.low in _VOTED for v in [_read(toks, k)] if v is not None]
    return found[0] if len(found) == 1 else None


def _read(toks: list[Tok], k: int) -> Vote | None:
    """The vote cast at ``k`` ("voted"), if it names its measure."""
    j = k + 1
    if j + 1 < len(toks) and toks[j].low in ("on", "in") and toks[j + 1].low in WEEKDAYS:
        j += 2  # "voted on Tuesday to ban"
    if j >= len(toks):
        return None
    word = toks[j].low
    if word == "to":  # "voted to ban rental e-scooters"
        return _measure(toks, j + 1, True, k)
    if word == "in" and j + 2 < len(toks) and toks[j + 1].low in ("favour", "favor") and toks[j + 2].low == "of":
        return _measure(toks, j + 3, True, k)
    if word in _AGAINST or word in _FOR:
        return _measure(toks, j + 1, word in _FOR, k)
    return None


def _measure(toks: list[Tok], j: int, side: bool, start: int) -> Vote | None:
    """The measure named at ``j``: a verb after "to", or a noun past "a", "the", "proposed"; "a proposal to ban" is
    the ban."""
    while j < len(toks) and toks[j].low in _BEFORE_MEASURE:
        j += 1
    if j + 2 < len(toks) and toks[j].low in _PROPOSALS and toks[j + 1].low == "to":
        j += 2
    if j >= len(toks) or not toks[j].is_word or toks[j].cap:
        return None
    return side, family(toks[j].low), " ".join(t.text for t in toks[start : j + 1])


def vote_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one votes for a measure and the other against it, else None."""
    x = a.kept("vote on a measure", _vote)
    if x is None:
        return None  # (the other's is read only then)
    y = b.kept("vote on a measure", _vote)
    if y is None or x[1] != y[1] or x[0] == y[0] or a.negates or b.negates:
        return None
    less = _SAID | {x[1]}
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE, less) or names_apart(a.toks, b.toks):
        return None
    return f'"{x[2]}"', f'"{y[2]}"'


__all__ = ["vote_conflict"]
