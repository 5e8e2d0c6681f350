"""Another figure in a version restated (``restated``): one number for another beside the same word ("A total of
62 people were rescued ..., the Home Office confirmed" / "The Home Office confirmed that 26 people had been
rescued"), one word for another of its kind ("from 1 July" / "from 1 October", "for 11 days" / "for 11 months",
"twins" / "triplets", "a quarter of which" / "a third of which"), or one length of time against another in other
units ("for about 40 minutes" / "for about four hours"). Not a bound, an estimate near the other, a rounding, a
fraction, or the day something was said on."""

from __future__ import annotations

from collections import Counter

from analyst_tui.core.conflicts.anchored import change_told_twice, loose
from analyst_tui.core.conflicts.days import MONTHS, SAID
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.particulars import ORDINALS
from analyst_tui.core.conflicts.tokens import Tok, joined, stem
from analyst_tui.core.conflicts.units import time_left

_UNITS = {stem(w): float(i) for i, ws in enumerate(("minute minutes", "hour hours", "day days", "week weeks",
                                                     "month months", "year years")) for w in ws.split()}
_MINUTES = (1.0, 60.0, 1440.0, 10080.0, 43800.0, 525600.0)  # each unit of ``_UNITS`` in minutes
_NEAR_SPAN = 1.3  # "about three months" and "about 90 days" agree
_SPAN_WORDS = frozenset(_UNITS) | frozenset(stem(w) for w in WORD_NUMBERS)
_WORD_NUMBER_STEMS = frozenset(stem(w) for w in WORD_NUMBERS) | {"one"}
_SHARES = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10, "thirds": 2 / 3,
           "quarters": 3 / 4}
_BIRTHS = {"twins": 2.0, "triplets": 3.0, "quadruplets": 4.0, "quintuplets": 5.0}  # ("gave birth to twins")


def restated_figure(xs: list[Tok], ys: list[Tok], only_x: frozenset[str], only_y: frozenset[str],
                    numbers_x: frozenset[float], numbers_y: frozenset[float]) -> tuple[str, str] | None:
    """(what x says, what y says) when the words one version does not share (``only_x``, stems, the little words
    left out) give another figure of the same thing than the other's (``numbers_x``: the numbers only x gives)."""
    if len(only_x) <= 1 and len(only_y) <= 1:
        found = _figure(xs, ys, only_x, only_y, numbers_x, numbers_y)
        if found:
            return found
    if only_x | only_y <= _SPAN_WORDS and (only_x or only_y):
        return _duration(xs, ys)
    return None


def _figure(xs: list[Tok], ys: list[Tok], only_x: frozenset[str], only_y: frozenset[str], numbers_x: frozenset[float],
            numbers_y: frozenset[float]) -> tuple[str, str] | None:
    """Another figure of the same thing: one number for another ("A total of 62 people were rescued" / "26 people had
    been rescued"), or one word for another of its kind ("from 1 July" / "from 1 October", "for 11 days" /
    "for 11 months"; weekdays are read by ``days``), each beside a word the other version has beside it."""
    if len(numbers_x) == 1 and not numbers_y or len(numbers_y) == 1 and not numbers_x:
        found = _repeated(xs, ys) if numbers_x else _repeated(ys, xs)  # ("two climbers ... three nights" / "two
        if found is not None:  # nights ... the two climbers")
            k, m = (next(iter(_positions(xs, next(iter(numbers_x))))), found) if numbers_x else (
                found, next(iter(_positions(ys, next(iter(numbers_y))))))
            return _compared(xs, k, ys, m)
    if not numbers_x and not numbers_y:  # ("Type 2 diabetes over a decade" / "Type 2 diabetes over two decades")
        for toks, other, flip in ((ys, xs, False), (xs, ys, True)):
            m = _repeated(other, toks)
            k = None if m is None else _a_before(other, _after(toks, m))
            if k is not None and _value(toks[m]) != 1:
                return (_shown(toks, m, m + 1), _shown(other, k, k + 1)) if flip else (
                    _shown(other, k, k + 1), _shown(toks, m, m + 1))
    one_x, one_y = not numbers_x, not numbers_y
    numbers_x = numbers_x or _one(only_x)
    numbers_y = numbers_y or _one(only_y)  # ("by one notch": "one" is no figure elsewhere)
    a_x = _a_one(xs, ys, numbers_y) if not numbers_x and not only_x else None  # "over a decade" / "over two decades"
    a_y = _a_one(ys, xs, numbers_x) if not numbers_y and not only_y else None
    if a_x is not None or a_y is not None:
        vx = 1.0 if a_x is not None else next(iter(numbers_x))
        vy = 1.0 if a_y is not None else next(iter(numbers_y))
        k = a_x if a_x is not None else _number_at(xs, vx)
        m = a_y if a_y is not None else _number_at(ys, vy)
        if k is None or m is None or loose(xs, k, vx, vy) or loose(ys, m, vy, vx):
            return None
    elif len(numbers_x) == 1 == len(numbers_y) and only_x <= _WORD_NUMBER_STEMS and only_y <= _WORD_NUMBER_STEMS:
        (vx,), (vy,) = numbers_x, numbers_y
        k, m = _number_at(xs, vx, one_x), _number_at(ys, vy, one_y)
        if k is None or m is None or loose(xs, k, vx, vy) or loose(ys, m, vy, vx) or _fraction(xs, k) or _fraction(
                ys, m) or change_told_twice(xs, k, vx, ys, m, vy, [_value(t) or 0.0 for t in xs if t.is_number]) or (
                _day_said(xs, k) or _day_said(ys, m)):
            return None  # (not "rose from 40 to 52" / "rose by 12 to 52", nor "said on 9 May" / "said on 12 May")
    elif only_x and only_y and not numbers_x and not numbers_y:
        k, m = _at(xs, only_x), _at(ys, only_y)
        kind_x, kind_y = _kind(xs, k), _kind(ys, m)
        if kind_x is None or kind_y is None or kind_x[0] != kind_y[0] or kind_x == kind_y or _when_said(
                xs, k) or _when_said(ys, m):
            return None  # (not when each was said: "the company said on Monday" / "said on Tuesday")
    else:
        return None
    if not _beside_the_same(xs, k, ys, m):
        return None
    return _shown(xs, k, k + 1), _shown(ys, m, m + 1)


def _positions(toks: list[Tok], value: float) -> list[int]:
    return [k for k, t in enumerate(toks) if (t.is_number or t.low in WORD_NUMBERS) and _value(t) == value]


def _repeated(xs: list[Tok], ys: list[Tok]) -> int | None:
    """Where ``ys`` gives a number once more than ``xs`` does, the occurrence beside a word no such number of
    ``xs`` stands beside (``ys`` "two nights ... the two climbers" against ``xs`` "the two climbers")."""
    count_x = Counter(_value(t) for t in xs if t.is_number or t.low in WORD_NUMBERS)
    count_y = Counter(_value(t) for t in ys if t.is_number or t.low in WORD_NUMBERS)
    extra = count_y - count_x
    if sum(extra.values()) != 1 or sum((count_x - count_y).values()) > 1:
        return None
    value = next(iter(extra))
    after_x = {_after(xs, k) for k in _positions(xs, value)}
    free = [m for m in _positions(ys, value) if _after(ys, m) not in after_x]
    return free[0] if len(free) == 1 else None


def _after(toks: list[Tok], k: int) -> str:
    return stem(toks[k + 1].low) if k + 1 < len(toks) else ""


def _compared(xs: list[Tok], k: int, ys: list[Tok], m: int) -> tuple[str, str] | None:
    """The two numbers at ``k`` and ``m`` shown, when they stand beside the same word and are not close."""
    vx, vy = _value(xs[k]), _value(ys[m])
    if vx is None or vy is None or vx == vy or loose(xs, k, vx, vy) or loose(ys, m, vy, vx) or _fraction(
            xs, k) or _fraction(ys, m) or not _beside_the_same(xs, k, ys, m) or time_left(xs, k + 2) != time_left(
            ys, m + 2):
        return None  # (nor the time gone against the time left: "after 88 minutes" / "two minutes from the end")
    return _shown(xs, k, k + 1), _shown(ys, m, m + 1)


def _a_one(xs: list[Tok], ys: list[Tok], numbers_y: frozenset[float]) -> int | None:
    """Where "a" or "an" counts one of what the one other number of ``ys`` counts ("over a decade" / "over two
    decades"), if it does."""
    if len(numbers_y) != 1 or next(iter(numbers_y)) == 1:
        return None
    m = _number_at(ys, next(iter(numbers_y)))
    if m is None or m + 1 >= len(ys) or not ys[m + 1].is_word:
        return None
    return _a_before(xs, stem(ys[m + 1].low))


def _a_before(toks: list[Tok], counted: str) -> int | None:
    """Where the one "a" or "an" before a word of the stem ``counted`` stands ("over a decade")."""
    found = [k for k in range(len(toks) - 1) if toks[k].low in ("a", "an") and stem(toks[k + 1].low) == counted]
    return found[0] if len(found) == 1 else None


def _duration(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """One length of time against another in other units ("for about 40 minutes" / "for about four hours"), each the
    only one its version gives, too far apart for a rounding or an estimate."""
    x, y = _span_of(xs), _span_of(ys)
    if x is None or y is None:
        return None
    (kx, vx), (ky, vy) = x, y
    if vx == vy or loose(xs, kx, vx, vy) and loose(ys, ky, vy, vx) or max(vx, vy) <= _NEAR_SPAN * min(vx, vy):
        return None
    return _shown(xs, kx, kx + 2), _shown(ys, ky, ky + 2)


def _span_of(toks: list[Tok]) -> tuple[int, float] | None:
    """Where the one length of time of a text starts and how many minutes it is ("40 minutes", "four hours")."""
    found = [(k, _value(toks[k])) for k in range(len(toks) - 1) if (
        toks[k].is_number or toks[k].low in WORD_NUMBERS) and (
        stem(toks[k + 1].low) in _UNITS)]
    if len(found) != 1 or found[0][1] is None:
        return None
    k, value = found[0]
    return k, value * _MINUTES[int(_UNITS[stem(toks[k + 1].low)])]


def _fraction(toks: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` is the whole part of a fraction, or mangled ("4½", "4\ufffd")."""
    return k + 1 < len(toks) and not (toks[k + 1].is_word or toks[k + 1].is_number or toks[k + 1].is_break) and (
        not toks[k + 1].low.isascii())


def _one(only: frozenset[str]) -> frozenset[float]:
    return frozenset((1.0,)) if only == {"one"} else frozenset()


def _number_at(toks: list[Tok], value: float, one: bool = False) -> int | None:
    """Where the one number of that value stands (``one``: the word "one")."""
    found = [k for k, t in enumerate(toks) if t.low == "one"] if one else _positions(toks, value)
    return found[0] if len(found) == 1 else None


def _value(t: Tok) -> float | None:
    if t.low in WORD_NUMBERS:
        return float(WORD_NUMBERS[t.low])
    try:
        return float(t.low.replace(",", ""))
    except ValueError:
        return None


def _kind(toks: list[Tok], k: int) -> tuple[str, float] | None:
    """What kind of figure the word at ``k`` is, and its value: an ordinal, a month, or
    a unit of time after a number ("11 days")."""
    low = toks[k].low
    if low in _SHARES and k + 1 < len(toks) and toks[k + 1].low == "of":
        return "share", _SHARES[low]  # "a quarter of which" / "a third of which"
    if low in ORDINALS:
        return "ordinal", float(ORDINALS[low])
    if low in _BIRTHS:
        return "births", _BIRTHS[low]
    if low in MONTHS and toks[k].cap:
        return "month", float(MONTHS[low])
    unit = _UNITS.get(stem(low))
    if unit is not None and k and (toks[k - 1].is_number or toks[k - 1].low in WORD_NUMBERS):
        return "span", unit
    return None


def _day_said(toks: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` is the day of a date something was said on ("said on 9 May", "said on May 12")."""
    j = k - 1 if k and toks[k - 1].low in MONTHS else k + 1 if k + 1 < len(toks) and toks[k + 1].low in MONTHS else -1
    j = min(j, k) - 1
    return j >= 1 and toks[j].low == "on" and toks[j - 1].low in SAID


def _when_said(toks: list[Tok], k: int) -> bool:
    return any(t.low in SAID for t in toks[max(0, k - 3) : k + 2])


def _beside_the_same(xs: list[Tok], k: int, ys: list[Tok], m: int) -> bool:
    """Whether the two figures stand beside the same word: what they count, or what they follow ("to Friday")."""
    def near(toks: list[Tok], j: int) -> tuple[str, str]:
        before = stem(toks[j - 1].low) if j else ""
        a = j + 2 if j + 2 < len(toks) and toks[j + 1].low == "-" else j + 1  # ("$70-million jackpot")
        after = stem(toks[a].low) if a < len(toks) else ""
        return before, after
    bx, ax = near(xs, k)
    by, ay = near(ys, m)
    return bool(ax and ax == ay and ax[0].isalnum() or bx and bx == by and bx[0].isalnum())


def _at(toks: list[Tok], only: frozenset[str]) -> int:
    return next(k for k, t in enumerate(toks) if t.is_word and stem(t.low) in only)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : min(len(toks), end + 3)])


__all__ = ["restated_figure"]
