"""Who won, told without the loser: "Cambridge won the Boat Race", "Oduya took the title", "Reid claimed victory".

Read as a win over nobody named (``roles.Role`` "beat" with no receiver), so that a version where the other side beat
this winner reverses it ("Oxford beat Cambridge by three lengths" / "Cambridge won the Boat Race"). Two versions that
each name only a winner are not compared: "Cambridge" and "the Light Blues" may be one crew.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import phrase
from analyst_tui.core.conflicts.entities import entity_after, entity_before
from analyst_tui.core.conflicts.roles import Role
from analyst_tui.core.conflicts.tokens import Tok

_WON = frozenset("won wins win clinched clinches claimed claims took takes captured captures".split())
# What a win is of: a contest, or a title (not a medal of another colour, a case, a seat or a contract).
_CONTESTS = frozenset("""title titles race final match game stage cup championship championships tournament open
    marathon trophy bout fight derby prix classic series sprint crown pennant playoff contest election runoff primary
    victory relay""".split())
_NOT_TAKEN = frozenset(("stage",))  # ("the band took the stage": no win)
_CLAIMED_ONLY = frozenset("victory win".split())  # ("claimed victory"; "took the win")
_BEFORE = frozenset("the a his her their its".split())
_WHOSE = frozenset("men women boys girls junior senior".split())  # ("the men's Boat Race")


def victors(toks: list[Tok]) -> list[Role]:
    """A win over nobody named for each "X won the <contest>" (or "the <Named> Open", "claimed victory")."""
    out: list[Role] = []
    for v, t in enumerate(toks):
        if t.low not in _WON or v == 0 or v + 1 >= len(toks):
            continue
        k = v + 1
        while k < len(toks) and toks[k].low in _BEFORE:
            k += 1
        end = _contest_end(toks, v, k)
        if end is None or t.low in ("took", "takes") and toks[end - 1].low in _NOT_TAKEN:
            continue
        winner = entity_before(toks, v - 1)
        if winner is not None and toks[winner[1]].cap:
            out.append(Role("beat", winner[0], None, phrase(toks, winner[1], end)))
    return out + _results_named(toks)


def _results_named(toks: list[Tok]) -> list[Role]:
    """A win told as a noun after the winner's name: "Brevik's Rotterdam final win over Alvarez", "Oxford's victory
    against Cambridge", "Lyon's defeat of Monaco" (a win of the first); "Lyon's defeat by Monaco", "Lyon's loss to
    Monaco" (a win of the second)."""
    out: list[Role] = []
    for p, t in enumerate(toks):
        if t.low != "'s" or p == 0 or not toks[p - 1].cap:
            continue
        k = p + 1
        while k < len(toks) and k - p <= _MOST_BEFORE and toks[k].is_word and toks[k].low not in _RESULTS:
            k += 1
        if k + 2 >= len(toks) or toks[k + 1].low not in _RESULTS.get(toks[k].low, ()) or not toks[k + 2].cap:
            continue
        first, other = entity_before(toks, p - 1), entity_after(toks, k + 2)
        if first is None or other is None:
            continue
        won = toks[k + 1].low in ("over", "against", "of")
        winner, loser = (first[0], other[0]) if won else (other[0], first[0])
        out.append(Role("beat", winner, loser, phrase(toks, first[1], other[1])))
    return out


_RESULTS = {"win": ("over", "against"), "victory": ("over", "against"), "triumph": ("over", "against"), "defeat": (
    "of", "by", "to"), "loss": ("to",)}  # the noun of a result, and the word before the other side
_MOST_BEFORE = 4  # words between the name's "'s" and the result ("Rotterdam final")


def _contest_end(toks: list[Tok], v: int, k: int) -> int | None:
    """Where the contest won at ``k`` ends ("the Kenya Open", "the men's Boat Race", "victory"), or None."""
    if k < len(toks) and toks[k].low in _CLAIMED_ONLY and toks[v].low not in ("won", "wins", "win"):
        return k + 1  # "claimed victory", "took the win" ("won victory" is not said)
    j = k
    while j < len(toks) and j - k < 8 and (toks[j].is_word and (toks[j].cap or toks[j].low in _WHOSE) or toks[
            j].low == "'s" or _distance(toks[j])):
        j += 1  # ("the Kenya Open", "the men's Boat Race", "the men's 4x100 metres relay")
    if j < len(toks) and toks[j].low in _CONTESTS and toks[j].low not in _CLAIMED_ONLY:
        return j + 1
    if j > k and toks[j - 1].low in _CONTESTS:
        return j  # "won the Kenya Open"
    return None


def _distance(t: Tok) -> bool:
    """Whether the word is a distance of a race, or part of one ("4x100", "5,000", "metres")."""
    return any(c.isdigit() for c in t.low) or t.low in _RACE_UNITS


_RACE_UNITS = frozenset("x m metres meters metre meter km kilometres kilometers miles mile".split())


__all__ = ["victors"]
