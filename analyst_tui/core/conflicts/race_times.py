"""The one time a race or a task took, against another in the other version: "won the marathon in 2 hours 4
minutes" / "in a course-record time of 2:11", "set a national record of 2:04.31" / "clocked 2 minutes 9.87 seconds".

A time is written with colons after "in", "of", "clocked" or "timed" ("in 2:28", "a time of 2:04.31"; not "at 2:11",
a time of day, nor one with "a.m." or "p.m."), or in words of hours, minutes and seconds together ("2 hours 18
minutes", "two minutes 9.87 seconds", "three hours and 12 minutes"). "2:11" may be two hours and eleven minutes or two
minutes and eleven seconds; the one nearer the other version's time is compared. Two versions differ when each gives
one such time, the two share most of their words, and the times differ by more than a second (a second is rounding:
"2:04.31" / "2:04.3")."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tokens import Tok, joined

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.4  # of each version's
_BEFORE = frozenset("in of clocked timed".split())
_UNITS = {"hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "minute": 60, "minutes": 60, "min": 60, "mins": 60,
          "second": 1, "seconds": 1, "sec": 1, "secs": 1}
_DAY_TIMES = frozenset("a.m. p.m. am pm a.m p.m gmt bst utc".split())

RaceTime = tuple[frozenset[float], str, float]  # (the seconds it may be, as written, the seconds of its last unit)


def race_times(toks: list[Tok]) -> list[RaceTime]:
    """Each time taken the version gives."""
    out: list[RaceTime] = []
    n, k = len(toks), 0
    while k < n:
        colon = _colon_time(toks, k)
        found = colon or _worded_time(toks, k)
        if found is None:
            k += 1
            continue
        seconds, end, last = found
        out.append((seconds, "".join(t.text for t in toks[k:end]) if colon else joined(toks[k:end]), last))  # ("2:11")
        k = end
    return out


def _number(t: Tok) -> float | None:
    if t.is_number:
        try:
            return float(t.low.replace(",", ""))
        except ValueError:
            return None
    value = WORD_NUMBERS.get(t.low)
    return float(value) if isinstance(value, (int, float)) else None


def _colon_time(toks: list[Tok], k: int) -> tuple[frozenset[float], int, float] | None:
    """("2:11": two hours eleven minutes or two minutes eleven seconds, "2:04.31", "2:08:37") from ``k``, after a
    word of ``_BEFORE``."""
    n = len(toks)
    if not (k and toks[k - 1].low in _BEFORE and toks[k].is_number and k + 2 < n and toks[k + 1].low == ":"):
        return None
    parts = [toks[k], toks[k + 2]]
    end = k + 3
    if end + 1 < n and toks[end].low == ":" and toks[end + 1].is_number:
        parts.append(toks[end + 1])
        end += 2
    if end < n and toks[end].low in _DAY_TIMES or not all(p.low.replace(".", "", 1).isdigit() for p in parts):
        return None
    values = [float(p.low) for p in parts]
    if len(values) == 3:
        return frozenset((values[0] * 3600 + values[1] * 60 + values[2],)), end, 1.0
    if "." in parts[1].low:  # "2:04.31": minutes and seconds
        return frozenset((values[0] * 60 + values[1],)), end, 1.0
    return frozenset((values[0] * 3600 + values[1] * 60, values[0] * 60 + values[1])), end, 1.0


def _worded_time(toks: list[Tok], k: int) -> tuple[frozenset[float], int, float] | None:
    """("2 hours 18 minutes", "two minutes 9.87 seconds", "three hours and 12 minutes") from ``k``: two amounts of
    time or more, one after the other; a last unit of -1 when there is only one ("47 seconds")."""
    total, count, m, n, last = 0.0, 0, k, len(toks), 0
    while m + 1 < n:
        value = _number(toks[m])
        unit = _UNITS.get(toks[m + 1].low)
        if value is None or unit is None or count and unit >= last:
            break
        total, count, m, last = total + value * unit, count + 1, m + 2, unit
        if m + 1 < n and toks[m].low in ("and", ",") and _number(toks[m + 1]) is not None:
            m += 1
    if count == 1 and k and toks[k - 1].low in _HEDGED:
        return None  # ("about 47 seconds", "more than 90 minutes")
    return (frozenset((total,)), m, float(last if count >= 2 else -last)) if count else None


_HEDGED = frozenset("about around nearly almost over under than roughly approximately some just barely within".split())


def _race_times(p: Polarity) -> list[RaceTime]:
    return race_times(p.toks) if not _GATE.isdisjoint(p.words()) else []  # (read cheaply: few versions give one)


_GATE = frozenset(_UNITS) | {":"}


def _compared(times: list[RaceTime], others: list[RaceTime]) -> list[RaceTime]:
    """The times of ``times`` to compare: those of two units or more, and one amount in a single unit ("by 47 seconds")
    when the other version gives one time of several units, the last of them no finer ("by one minute 47 seconds");
    not "in two hours" against "2 hours 4 minutes", a rounding."""
    whole = [t for t in times if t[2] > 0]
    if len(others) != 1 or others[0][2] < 0:
        return whole
    return whole + [t for t in times if 0 < -t[2] <= others[0][2] and not t[1].startswith(("a ", "an "))]


def race_time_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each gives one time taken and the two differ, else None."""
    xs = a.kept("race times", _race_times)
    if not xs:
        return None  # (the other's is read only then)
    ys = b.kept("race times", _race_times)
    if not ys:
        return None
    xs, ys = _compared(xs, ys), _compared(ys, xs)
    if len(xs) != 1 or len(ys) != 1:
        return None
    (x, shown_x, _), (y, shown_y, _) = xs[0], ys[0]
    if min(abs(u - v) for u in x for v in y) <= 1:
        return None
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE):
        return None
    return shown_x, shown_y


__all__ = ["race_time_conflict", "race_times"]
