"""Times of day: "the bridge collapsed at 5 p.m." against "the bridge collapsed at 8 p.m.".

A time is read only where it is a point ("at 5 p.m.", "at about 5:30 pm", "shortly after 2am", read as about
then; not "after 10 a.m." or "by noon") and only with what happened at it: the content word just before "at" ("collapsed",
"struck"). Two versions differ when they give times for the same happening (or each one time, one of them for what
"happened" or "occurred"), in the same time zone
(or none, or "local"; "7am UK time" and "8am Central European Time" are one moment), and every time one gives is an hour or more from every time the other gives
(two hours when either says "about"): "at 5 p.m." and "at 5:30 p.m." may be one time rounded.
Days and dates are read in ``days``.
"""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.tokens import Tok, stem

Clock = tuple[str, int, str, bool, str]  # (happening, minutes after midnight, zone, approximate, as written)

_MERIDIEM = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
_BRITISH = re.compile(r"\A\d{1,2}\.\d{2}\Z")
_ZONES = frozenset("local gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest ist jst wib aest".split())
_HAPPENED = {stem(w): "happen" for w in "happened occurred".split()}  # "the shooting happened at" / "occurred at"
_HAPPENED.update({stem(w): stem("ends") for w in "close closes closed end ends ended finish finishes finished".split()})
# ("polling stations will close at 8 p.m." / "voting ends at six o'clock in the evening")
_ABOUT = frozenset("about around approximately roughly nearly almost".split())
_SHORTLY = frozenset("shortly just soon".split())
# Words before "at" that do not say what happened ("was at", "on Monday at").
_NOT_HAPPENING = frozenset("""the a an and or but was were is are be been had has have it this that which who
    on monday tuesday wednesday thursday friday saturday sunday today yesterday night morning evening afternoon
    time local shortly just""".split())


def clock_times(toks: list[Tok]) -> frozenset[Clock]:
    out: set[Clock] = set()
    for value, zone, about, said, m in points_in_time(toks):
        h = _happening(toks, m)
        if h is not None:
            out.add((_HAPPENED.get(stem(toks[h].low), stem(toks[h].low)), value, zone, about, f"{toks[h].text} {said}"))
    return frozenset(out)


def points_in_time(toks: list[Tok]) -> list[tuple[int, str, bool, str, int]]:
    """(minutes after midnight, time zone, whether about then, "at 5 p.m." as written, where its "at" or "after"
    stands) of each time given as a point: "at 5 p.m.", "at about 5:30 pm", "shortly after 2am"."""
    out = []
    for k, t in enumerate(toks):
        spoken = _spoken(toks, k) if t.is_number or t.low in _NOON or t.low in _HOURS else None
        if spoken is not None:  # "at six in the evening", "at eight o'clock", "shortly before midnight"
            value, start, last = spoken
            m = start - 1
            about = m >= 0 and toks[m].low in _ABOUT
            m -= about
            if m > 1 and toks[m].low in ("after", "before") and toks[m - 1].low in _SHORTLY:
                m, about, said = m - 1, True, f"{toks[m - 1].low} {toks[m].low}"
            elif m < 1 or toks[m].low != "at":
                continue
            else:
                said = "at"
            out.append((value, "", about, f"{said} {' '.join(x.text for x in toks[start : last + 1])}", m))
            continue
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
        if m > 1 and toks[m].low in ("after", "before") and toks[m - 1].low in _SHORTLY:
            m, about, said = m - 1, True, f"{toks[m - 1].low} {toks[m].low}"  # "shortly after 2am": about then
        elif m < 1 or toks[m].low != "at":
            continue  # not a point in time: "after 10 a.m.", "by 5 p.m."
        else:
            said = "at"
        out.append((value, _zone(toks, k + 1), about, f"{said} {_time(toks, end, k)}", m))
    return out


_PARTS_OF_DAY = {"morning": 0, "afternoon": 12, "evening": 12, "night": 12}
_NOON = {"midnight": 0, "noon": 720, "midday": 720}


def _spoken(toks: list[Tok], k: int) -> tuple[int, int, int] | None:
    """(minutes after midnight, first and last word) of a time said in words whose first word is at ``k``: "midnight",
    "noon", "six in the evening", "eight o'clock" (read as in the morning unless the part of the day is said)."""
    low = toks[k].low
    if low in _NOON:
        return _NOON[low], k, k
    hour = _HOURS.get(low) if not toks[k].is_number else int(low) if low.isdecimal() else None
    if hour is None or not 1 <= hour <= 12 or k + 1 >= len(toks):
        return None
    j = k + 1
    oclock = toks[j].low in ("o'clock", "oclock")
    j += oclock
    if j + 2 < len(toks) and toks[j].low == "in" and toks[j + 1].low == "the" and toks[j + 2].low in _PARTS_OF_DAY:
        return (hour % 12 + _PARTS_OF_DAY[toks[j + 2].low]) * 60, k, j + 2
    return ((hour % 12) * 60, k, j - 1) if oclock else None


_HOURS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}


def _zone(toks: list[Tok], k: int) -> str:
    """The time zone named at ``k``, after a time: "GMT", "local", or a place's time ("UK time", "Central European
    Time"); else ""."""
    if k < len(toks) and toks[k].low in _ZONES:
        return toks[k].low
    for j in range(k, min(len(toks), k + 4)):
        if toks[j].low == "time" and j > k:
            return " ".join(t.low for t in toks[k:j])
        if not toks[j].cap:
            break
    return ""


def _happening(toks: list[Tok], at: int) -> int | None:
    """Where the content word shortly before "at" is: what happened at that time; before an aside that opens with "at",
    the word before its comma ("The blast, at about 6.40am, was heard")."""
    for m in range(at - 1, max(-1, at - 4), -1):
        t = toks[m]
        if t.is_break:
            return m - 1 if m == at - 1 and t.low == "," and m > 0 and toks[m - 1].is_word and len(toks[
                m - 1].low) > 2 and toks[m - 1].low not in _NOT_HAPPENING and not toks[m - 1].cap else None
        if t.is_word and len(t.low) > 2 and t.low not in _NOT_HAPPENING:
            return m
    return None


def _time(toks: list[Tok], start: int, meridiem: int) -> str:
    """The time as written, "about" left out: "5 p.m.", "5:30 pm"."""
    return "".join(t.text for t in toks[start:meridiem]) + " " + toks[meridiem].text


def zones_agree(x: str, y: str) -> bool:
    return x == y or {x, y} <= {"", "local"}


def clock_conflict(a: frozenset[Clock], b: frozenset[Clock]) -> tuple[str, str] | None:
    """(what a says, what b says) when both give times for one happening and none of them is close."""
    if not a or not b:
        return None
    if len(a) == len(b) == 1 and "happen" in {x[0] for x in a} ^ {y[0] for y in b}:
        (x,), (y,) = a, b  # "The explosion ... happened shortly after 3 a.m." / "... exploded at around 9 p.m."
        return (x[4], y[4]) if zones_agree(x[2], y[2]) and _far(x, y) else None
    for happening in sorted({x[0] for x in a} & {y[0] for y in b}):
        mine = sorted(x for x in a if x[0] == happening)
        theirs = sorted(y for y in b if y[0] == happening)
        pairs = [(x, y) for x in mine for y in theirs if zones_agree(x[2], y[2])]
        if pairs and all(_far(x, y) for x, y in pairs):
            x, y = pairs[0]
            return x[4], y[4]
    return None


def _far(x: Clock, y: Clock) -> bool:
    return far_apart(x[1], y[1], x[3] or y[3])


def far_apart(x: int, y: int, about: bool) -> bool:
    """Whether two times of day (minutes after midnight) are an hour apart or more, two when either is "about"."""
    gap = abs(x - y)
    gap = min(gap, 24 * 60 - gap)  # "11:30 p.m." and "12:15 a.m." are 45 minutes apart
    return gap >= (120 if about else 60)


__all__ = ["clock_conflict", "clock_times", "far_apart", "points_in_time", "zones_agree"]
