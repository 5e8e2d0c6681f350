"""One sum given in two currencies with values no exchange rate joins: "valued at around £250,000" / "valued at around
$85,000", "valued at around £3m" / "valued at around $750,000".

Read last (``told_anew``): each version gives exactly one amount of money, one in dollars, pounds or euros and the other
in another of them, about the same thing (their surroundings share a word), in versions that say the rest alike
(``shared_words``) and give no other number that differs. Between these three currencies a rate has stayed within a
little over two to one, so two amounts that stay apart by more than ``APART`` once widened by their qualifiers cannot
be one sum; closer ones may be ("£1.7m" / "$2.2m")."""

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


def currency_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when the one sum each gives, in two currencies, cannot be one."""
    xs, ys = _money(a), _money(b)
    if len(xs) != 1 or len(ys) != 1:
        return None
    x, y = xs[0], ys[0]
    if x.key[1] == y.key[1] or x.extra or y.extra or x.span or y.span or not related(x.context, y.context):
        return None
    small, big = sorted((x, y), key=lambda f: f.hi)
    if not (small.hi > 0 and big.lo > APART * small.hi):
        return None
    rest_a, rest_b = a.numbers - set(x.stated) - {x.stated[0] / 1e6, x.stated[0] / 1e9}, b.numbers - set(y.stated) - {
        y.stated[0] / 1e6, y.stated[0] / 1e9}  # (the number as written: "£3m")
    if rest_a and rest_b and rest_a != rest_b:
        return None  # (another number differs too)
    if not say_most_alike(a.polarity, b.polarity, _SHARED, _SHARE) or names_apart(a.polarity.toks, b.polarity.toks):
        return None
    return x.shown, y.shown


def _money(v: Version) -> list[Figure]:
    return [f for f in v.figures if f.key[0] == "unit" and f.key[1] in _MONEY]


__all__ = ["currency_conflict"]
