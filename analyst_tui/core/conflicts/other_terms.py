"""The one figure each of two versions told alike gives, in other terms, with values that cannot both hold.

* One sum in two currencies that no exchange rate joins: "valued at around £250,000" / "valued at around $85,000". Each
  version gives exactly one amount of money, one in dollars, pounds or euros and the other in another of them, about
  the same thing (their surroundings share a word). Between these three currencies a rate has stayed within a little
  over two to one, so two amounts that stay apart by more than ``APART`` once widened by their qualifiers cannot be one
  sum; closer ones may be ("£1.7m" / "$2.2m").
* One share, of a whole in one version and a bare percentage in the other: "Turnout in Sunday's run-off reached 71 per
  cent" / "was just under half of registered voters", "The fund lost 38% in March alone" / "lost more than half its
  value in March alone". A share of a whole and a percentage are compared elsewhere only when the percentage is "of"
  the same whole. Each version gives exactly one share (a percentage "of" a whole is one share, read both ways), at
  least one of them of a whole the other does not name; two that make up the whole agree ("60 per cent below average"
  / "only 40 per cent of its average rainfall").

Read last (``told_anew``): the versions must say the rest alike (``shared_words``: four content words in common, three
in five of each one's) and give no other number that differs."""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike

APART = 2.2  # times: more than any rate between the dollar, the pound and the euro has been (the pound: $2.1 in 2007)
_MONEY = frozenset(("$", "pound", "euro"))
_SHARED, _SHARE = 4, 0.6  # content words both versions give, and of each one's


class Version(Protocol):
    """What is read here of ``conflicts.Version``."""

    polarity: Polarity
    figures: tuple[Figure, ...]
    numbers: frozenset[float]


def other_terms_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when the one sum or share each gives, in other terms, cannot be one."""
    found = _currencies(a, b) or _share_levels(a, b)
    if found is None:
        return None
    x, y = found
    rest_a, rest_b = (v.numbers - set(f.stated) - {f.stated[0] / 1e6, f.stated[0] / 1e9} for v, f in ((a, x), (b, y)))
    if rest_a and rest_b and rest_a != rest_b:
        return None  # (another number differs too; "£3m" writes 3)
    if not say_most_alike(a.polarity, b.polarity, _SHARED, _SHARE) or names_apart(a.polarity.toks, b.polarity.toks):
        return None
    return x.shown, y.shown


def _currencies(a: Version, b: Version) -> tuple[Figure, Figure] | None:
    xs, ys = _money(a), _money(b)
    if len(xs) != 1 or len(ys) != 1:
        return None
    x, y = xs[0], ys[0]
    if x.key[1] == y.key[1] or x.extra or y.extra or x.span or y.span or not related(x.context, y.context):
        return None
    small, big = sorted((x, y), key=lambda f: f.hi)
    return (x, y) if small.hi > 0 and big.lo > APART * small.hi else None


def _money(v: Version) -> list[Figure]:
    return [f for f in v.figures if f.key[0] == "unit" and f.key[1] in _MONEY]


def _share_levels(a: Version, b: Version) -> tuple[Figure, Figure] | None:
    xs, ys = _shares(a), _shares(b)
    if not xs or not ys or len({f.stated for f in xs}) != 1 or len({f.stated for f in ys}) != 1:
        return None
    wholes_a, wholes_b = {f.key for f in xs if f.key[0] == "share"}, {f.key for f in ys if f.key[0] == "share"}
    if wholes_a & wholes_b or not (wholes_a or wholes_b) or any(f.extra or f.span for f in xs + ys):
        return None  # (one whole in both, or none: read with the figures)
    x, y = _level(xs), _level(ys)
    if x.lo <= y.hi and y.lo <= x.hi or abs(x.stated[0] + y.stated[0] - 100) <= 0.5:
        return None  # (or the two make up the whole, one told from each side)
    return x, y


def _shares(v: Version) -> list[Figure]:
    return [f for f in v.figures if f.key[0] == "share" or f.key[:2] == ("unit", "%")]


def _level(found: list[Figure]) -> Figure:
    """The share as a whole's, if it is given as one ("just under half of voters"), else the percentage."""
    return next((f for f in found if f.key[0] == "share"), found[0])


__all__ = ["other_terms_conflict"]
