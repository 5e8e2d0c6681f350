"""Times of day: "the bridge collapsed at 5 p.m." against "the bridge collapsed at 8 p.m.".

A time is read only where it is a point ("at 5 p.m.", "at about 5:30 pm"; not "after 10 a.m." or
"by noon") and only with what happened at it: the content word just before "at" ("collapsed",
"struck"). Two versions differ when they give times for the same happening, in the same time zone
(or none, or "local"), and every time one gives is an hour or more from every time the other gives
(two hours when either says "about"): "at 5 p.m." and "at 5:30 p.m." may be one time rounded.

Weekdays too: "the fire broke out on Tuesday" against "the fire broke out on Thursday", when every day
one gives for the happening is two days or more from every day the other gives (the next day may be the
same moment in another time zone). A day something was said on is not a happening: a statement may be
made again ("police said on Tuesday" / "police said Thursday").
"""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST

Clock = tuple[str, int, str, bool, str]  # (happening, minutes after midnight, zone, approximate, as written)

_MERIDIEM = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
_BRITISH = re.compile(r"\A\d{1,2}\.\d{2}\Z")
_ZONES = frozenset("local gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest ist jst wib aest".split())
_ABOUT = frozenset("about around approximately roughly nearly almost".split())
# Words before "at" that do not say what happened ("was at", "on Monday at").
_NOT_HAPPENING = frozenset("""the a an and or but was were is are be been had has have it this that which who
    on monday tuesday wednesday thursday friday saturday sunday today yesterday night morning evening afternoon
    time local shortly just""".split())


def clock_times(toks: list[Tok]) -> frozenset[Clock]:
    out: set[Clock] = set()
    n = len(toks)
    for k, t in enumerate(toks):
        if t.low not in _MERIDIEM or k == 0:
            continue
        end = k - 1
        minutes = 0
        if end >= 2 and toks[end - 1].low == ":" and toks[end].low.isdecimal() and toks[end - 2].low.isdecimal():
            minutes = int(toks[end].low)
            end -= 2
        hour = toks[end].low
        if _BRITISH.match(hour):  # "5.30pm", as British outlets write it
            hour, minutes = hour.split(".")[0], int(hour.split(".")[1])
        if not hour.isdecimal() or not 1 <= int(hour) <= 12 or minutes >= 60:
            continue
        value = (int(hour) % 12 + _MERIDIEM[t.low]) * 60 + minutes
        m = end - 1
        about = m >= 0 and toks[m].low in _ABOUT
        if about:
            m -= 1
        if m < 1 or toks[m].low != "at":
            continue  # not a point in time: "after 10 a.m.", "by 5 p.m."
        h = _happening(toks, m)
        if h is None:
            continue
        zone = toks[k + 1].low if k + 1 < n and toks[k + 1].low in _ZONES else ""
        out.add((stem(toks[h].low), value, zone, about, f"{toks[h].text} at {_time(toks, end, k)}"))
    return frozenset(out)


def _happening(toks: list[Tok], at: int) -> int | None:
    """Where the content word shortly before "at" is: what happened at that time."""
    for m in range(at - 1, max(-1, at - 4), -1):
        t = toks[m]
        if t.is_break:
            return None
        if t.is_word and len(t.low) > 2 and t.low not in _NOT_HAPPENING:
            return m
    return None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OF = {d: i for i, d in enumerate(WEEKDAYS)}
# Words between a happening and its weekday ("broke out early on Tuesday"), and words that say something was
# said or reported on that day, not that it happened then: a statement may be made again on another day.
_BEFORE_DAY = frozenset("on late early last this next".split())
_SAID = frozenset("""said say says told tell tells announced announce announces reported report reports added
    stated confirmed confirm denied deny wrote explained according statement interview spoke speaking""".split())

Day = tuple[str, int, str]  # (happening, weekday 0-6, as written)


def day_points(toks: list[Tok]) -> frozenset[Day]:
    """Weekdays on which something happened: "the fire broke out on Tuesday", "the quake struck late Thursday"."""
    out: set[Day] = set()
    last: tuple[int, str] | None = None  # where the last day was read, and its happening
    for k, t in enumerate(toks):
        day = _DAY_OF.get(t.low)
        if day is None:
            continue
        m = k
        while m > 0 and toks[m - 1].low in _BEFORE_DAY:
            m -= 1
        h = _past_verb(toks, m)
        if h is None and last is not None and k - last[0] <= 6:
            out.add((last[1], day, t.text))  # "marched on Tuesday and again on Thursday": both days
            continue
        if h is None or toks[h].low in _SAID:
            last = None
            continue
        last = (k, stem(toks[h].low))
        out.add((last[1], day, " ".join(x.text for x in toks[h : k + 1])))
    return frozenset(out)


_PARTICLES = frozenset("out off down up away ashore again".split())  # "broke out on Tuesday"


def _past_verb(toks: list[Tok], at: int) -> int | None:
    """Where the verb in the past just before ``at`` is ("struck", "broke out"), if one is: not "4.39 percent
    late Friday", "a call for comment on Friday"."""
    m = at - 1
    while m >= 0 and toks[m].low in _PARTICLES:
        m -= 1
    if m < 0 or not toks[m].is_word:
        return None
    low = toks[m].low
    return m if (low.endswith("ed") and len(low) > 3) or low in IRREGULAR_PAST or low in _SAME_IN_PAST else None


_SAME_IN_PAST = frozenset("hit cut set put quit burst".split())  # "the storm hit on Tuesday"


def day_conflict(a: frozenset[Day], b: frozenset[Day]) -> tuple[str, str] | None:
    """(what a says, what b says) when both name weekdays for one happening, all two days or more apart: the
    day before or after may be the same moment in another time zone ("late Tuesday" in New York is
    "early Wednesday" in Jakarta)."""
    if not a or not b:
        return None
    for happening in sorted({x[0] for x in a} & {y[0] for y in b}):
        pairs = [(x, y) for x in sorted(a) if x[0] == happening for y in sorted(b) if y[0] == happening]
        if all(min(abs(x[1] - y[1]), 7 - abs(x[1] - y[1])) >= 2 for x, y in pairs):
            return pairs[0][0][2], pairs[0][1][2]
    return None


def _time(toks: list[Tok], start: int, meridiem: int) -> str:
    """The time as written, "about" left out: "5 p.m.", "5:30 pm"."""
    return "".join(t.text for t in toks[start:meridiem]) + " " + toks[meridiem].text


def _zones_agree(x: str, y: str) -> bool:
    return x == y or {x, y} <= {"", "local"}


def clock_conflict(a: frozenset[Clock], b: frozenset[Clock]) -> tuple[str, str] | None:
    """(what a says, what b says) when both give times for one happening and none of them is close."""
    if not a or not b:
        return None
    for happening in sorted({x[0] for x in a} & {y[0] for y in b}):
        mine = sorted(x for x in a if x[0] == happening)
        theirs = sorted(y for y in b if y[0] == happening)
        pairs = [(x, y) for x in mine for y in theirs if _zones_agree(x[2], y[2])]
        if pairs and all(_far(x, y) for x, y in pairs):
            x, y = pairs[0]
            return x[4], y[4]
    return None


def _far(x: Clock, y: Clock) -> bool:
    gap = abs(x[1] - y[1])
    gap = min(gap, 24 * 60 - gap)  # "11:30 p.m." and "12:15 a.m." are 45 minutes apart
    return gap >= (120 if x[3] or y[3] else 60)


__all__ = ["clock_times", "clock_conflict", "day_points", "day_conflict", "WEEKDAYS"]
