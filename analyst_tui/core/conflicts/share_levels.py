"""The one share each of two versions told alike gives, one as a share of a whole and the other as a bare percentage,
with values that cannot both hold: "Turnout in Sunday's run-off reached 71 per cent" / "Turnout in Sunday's run-off
was just under half of registered voters", "The fund lost 38% in March alone" / "The fund lost more than half its value
in March alone".

Read last (``told_anew``): a share of a whole and a percentage are compared elsewhere only when the percentage is "of"
the same whole. Here each version gives exactly one share (a percentage "of" a whole is one share, read both ways), at
least one of them of a whole the other does not name, in versions that say the rest alike (``shared_words``) and give
no other number that differs."""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike

_SHARED, _SHARE = 4, 0.6  # content words both versions give, and of each one's


class Version(Protocol):
    """What is read here of ``conflicts.Version``."""

    polarity: Polarity
    figures: tuple[Figure, ...]
    numbers: frozenset[float]


def share_level_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when the one share each gives, one of a whole and one bare, cannot be one."""
    xs, ys = _shares(a), _shares(b)
    if not xs or not ys or len({f.stated for f in xs}) != 1 or len({f.stated for f in ys}) != 1:
        return None
    wholes_a, wholes_b = {f.key for f in xs if f.key[0] == "share"}, {f.key for f in ys if f.key[0] == "share"}
    if wholes_a & wholes_b or not (wholes_a or wholes_b) or any(f.extra or f.span for f in xs + ys):
        return None  # (one whole in both, or none: read with the figures)
    x, y = _level(xs), _level(ys)
    if x.lo <= y.hi and y.lo <= x.hi or abs(x.stated[0] + y.stated[0] - 100) <= 0.5:
        return None  # (or the two make up the whole, one told from each side: "60 per cent below average" / "only 40
        # per cent of its average rainfall")
    rest_a, rest_b = a.numbers - set(x.stated), b.numbers - set(y.stated)
    if rest_a and rest_b and rest_a != rest_b:
        return None  # (another number differs too)
    if not say_most_alike(a.polarity, b.polarity, _SHARED, _SHARE) or names_apart(a.polarity.toks, b.polarity.toks):
        return None
    return x.shown, y.shown


def _shares(v: Version) -> list[Figure]:
    return [f for f in v.figures if f.key[0] == "share" or f.key[:2] == ("unit", "%")]


def _level(found: list[Figure]) -> Figure:
    """The share as a whole's, if it is given as one ("just under half of voters"), else the percentage."""
    return next((f for f in found if f.key[0] == "share"), found[0])


__all__ = ["share_level_conflict"]
