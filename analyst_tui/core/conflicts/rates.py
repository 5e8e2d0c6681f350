"""An amount for each length of time, compared per hour: "The plant was losing £1m a day" / "... about £7m a week"
give one rate, "£1m a day" / "£1m a week" two.

A rate is a number (a currency before it, up to two words of what it counts after it), then "a", "an", "per",
"each" or "every" and a unit of time ("a day", "per hour"). Two rates of one thing (the same currency, the same words
after the number) differ when what each allows in an hour, as written (a figure in words or digits read as
``numbers.number_at`` reads it, with its bound or its "about": ``numbers.widen``) cannot be one, or when they give
the same figure, bounded alike, for two units of time ("more than £1m a day" / "more than £1m a week")."""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS, number_at, qualifier, widen
from analyst_tui.core.conflicts.tokens import Tok, joined

_PER = frozenset("a an per each every".split())
HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "fortnight": 336.0,
         "month": 730.0, "year": 8760.0, "decade": 87600.0, "century": 876000.0}  # (hours in each unit of time)
_NOT_COUNTED = frozenset("of in on at to for with from by and or as than that which who was were is are".split())

Rate = tuple[tuple[str, str], str, float, float, float, str, str]  # (what it counts, as written, low and high per
# hour, the number as written, its unit of time, its bound or "about" if any)


def rates_in(toks: list[Tok]) -> list[Rate]:
    """Each amount given for a length of time: "£1m a day", "300 litres per second", "two flights a week"."""
    out: list[Rate] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if not (t.is_number or t.low in WORD_NUMBERS and t.low not in _PER) or i and toks[i - 1].is_number:
            continue
        found = number_at(toks, i)
        if found is None:
            continue
        lo, hi, j, _ = found
        counted = []
        while j < n and len(counted) < 2 and toks[j].is_word and toks[j].low not in _PER and toks[j].low not in (
                _NOT_COUNTED):
            counted.append(toks[j].low)
            j += 1
        if not (j + 1 < n and toks[j].low in _PER and toks[j + 1].low in HOURS):
            continue
        hours = HOURS[toks[j + 1].low]
        currency = toks[i - 1].low if i and not toks[i - 1].is_word else ""
        bound = qualifier(toks, i - 1 if currency else i)[0]
        lo, hi = widen(lo, hi, bound)  # ("more than £1m a week")
        value = float(t.low.replace(",", "")) if t.is_number and t.low.replace(",", "").replace(".", "").isdecimal(
        ) else float(lo)
        out.append(((currency, " ".join(counted)), joined(toks[max(0, i - 1) : j + 2]), lo / hours, hi / hours, value,
                    toks[j + 1].low, bound or ""))
    return out


def rates_differ(x: Rate, y: Rate) -> bool:
    """Whether two rates of one thing cannot be one (``rates_in``)."""
    if x[0] != y[0]:
        return False
    same_figure = x[4] == y[4] and x[6] == y[6]  # (the same number, bounded alike: "more than £1m a day" / "more
    # than £1m a week")
    return x[3] < y[2] or y[3] < x[2] or same_figure and x[5] != y[5]


def per_time(toks: list[Tok], k: int) -> str | None:
    """The unit of time the number at ``k`` is given for, if it is a rate ("£1m a day": "day")."""
    j = next((j for j in range(k + 1, min(k + 4, len(toks) - 1)) if toks[j].low in _PER), None)
    return toks[j + 1].low if j is not None and toks[j + 1].low in HOURS else None


def other_periods(a: str, b: str) -> bool:
    """Whether two texts give rates by other periods ("£300,000 a week" / "£15.6m a year"), or one a rate and the other
    a total over some time ("£150m a year for three years" / "£450 million over three years")."""
    pa, pb = _periods(a), _periods(b)
    return pa.isdisjoint(pb) and (pa and pb or pa and _over(b, pa) or pb and _over(a, pb))


def _over(text: str, periods: frozenset[str]) -> bool:
    """Whether a text gives a total over some time ("over three years"), or over a whole year or season ("lost more
    than £200m last year"), against a rate by another period (``periods``: "£4m a week")."""
    found = _WHOLE.search(text)
    return _OVER.search(text) is not None or found is not None and found.group(1).lower() not in periods | (
        {"year"} if "annum" in periods else set())


def _periods(text: str) -> frozenset[str]:
    """The periods a text gives rates by ("a week", "per year")."""
    return frozenset(m.lower() for m in _PERIOD.findall(text))


_OVER = re.compile(r"\b(?:over|across)\s+(?:the\s+next\s+)?(?:\w+|\d+)\s+(?:hours|days|weeks|months|years)\b", re.I)
_WHOLE = re.compile(r"\b(?:last|this|that|the\s+whole|the\s+full)\s+(year|season|quarter|month)\b", re.I)
_SPEED = re.compile(r"\b(?:a|per|each)\s+(?:second|minute)\b(?!\s+[a-z])", re.I)  # (not "a second time")
_PERIOD = re.compile(r"\b(?:a|an|per|each)\s+(hour|day|night|week|month|year|annum)\b", re.I)

__all__ = ["HOURS", "other_periods", "per_time", "rates_differ", "rates_in", "speed_apart"]


def speed_apart(a: str, b: str) -> bool:
    """Whether one text gives a speed by the second or the minute and the other none ("travelling at about 12
    kilometres a second" / "came within 28,000 kilometres of Earth": a speed and a length)."""
    return bool(_SPEED.search(a)) != bool(_SPEED.search(b))
