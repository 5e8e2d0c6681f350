"""The one date, time of day, age, length of time or rate (``rates``) each of two versions told alike gives, when the
two differ: "Police arrested Pastor Lionel Abara on 3 May" / "Pastor Lionel Abara was taken into custody on May 23",
"The fire at the Orchard Lane block broke out shortly after 2 a.m." / "Firefighters were called to the Orchard Lane
block blaze at around 9 p.m.", "A 16-year-old boy was charged with the burglary at Lindqvist Jewellers" / "Police have
charged a 23-year-old man over the break-in at Lindqvist Jewellers", "deliberated for three days" / "After just nine
hours of deliberation", "had been leaking 2,000 litres an hour" / "2,000 litres a day".

Read last, when no other check found anything (``told_anew``): the two versions share most of their words and name no
one the other does not (``shared_words``: by word family, "jurors" / "jury"), each gives exactly one of the kind, and
no other number differs in both (one may give a figure the other leaves out). Not a date something was said on; two
times an hour apart or more (two when either says "about"), in one time zone or none; two dates two days apart or
more (the next day may be the same moment elsewhere). An age is "a 16-year-old", "aged 58", "67 years old", "at the
age of 82", or a birthday celebrated ("celebrated her 105th birthday", "marked turning 101"); "a 16-year-old boy" and
"a 23-year-old man" are one person, "his 14-year-old wife" and "a 12-year-old girl" may be two. An age may be a decade
("in their sixties", "in his early forties"): two decades differ. A length of time is
read in hours; two differ when one is half as long again as the other (twice when either is rounded: "about",
"nearly").
"""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.clock import far_apart, points_in_time, zones_agree
from analyst_tui.core.conflicts.days import MONTHS, dates_in
from analyst_tui.core.conflicts.days import WORDS as CALENDAR
from analyst_tui.core.conflicts.nations import country
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.particulars import of_age
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.rates import HOURS, Rate, rates_differ, rates_in
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike
from analyst_tui.core.conflicts.tokens import Tok, joined, said_bounds
from analyst_tui.core.conflicts.units import time_left

MIN_SHARED = 4  # content words both versions give, by family ("deliberated" / "deliberation")
MIN_SHARE = 0.5  # of each version's


class Version(Protocol):
    """What is read here of ``conflicts.Version``."""

    polarity: Polarity
    numbers: frozenset[float]


def ages_in(toks: list[Tok]) -> list[tuple[int, str, str]]:
    """(age, as written, the word after "-year-old") of each age: "a 16-year-old boy", "aged 58", "67 years old", "at
    the age of 82", "her 105th birthday", "turning 101", "At 23, the rider ..."."""
    out = []
    n, said = len(toks), said_bounds(toks)[1]  # (what is said ends there: "..., at 71, officials said.")
    for k, t in enumerate(toks):
        if not (t.is_number and t.low.isdecimal()):
            continue
        after = [x.low for x in toks[k + 1 : k + 4]]
        before = [x.low for x in toks[max(0, k - 3) : k]]
        first = before[-1:] == ["at"] and after[:1] == [","] and (k == 1 or toks[k - 2].low in (
            ",", "that", "said")) and k + 1 < said  # ("At 23, the rider", "On Monday, at 23, the rider", "Reports
        # said at 23, the rider")
        opening = (first or before[-2:] == [",", "at"] and k + 1 >= said and any(
            x.low in _OLDEST for x in toks)) and 13 <= int(t.low) <= 110  # ("is now the oldest woman to swim the
        # Channel, at 71.")
        if _an_age(before, after) or _after_name(toks, k) or of_age(toks, k) is not None or opening:  # ("a boy of 17")
            end = k + (3 if after[:2] == ["-", "year"] else 1)
            whom = _whom(toks, end + 2) if after[:2] == ["-", "year"] else ("<opening>" if first else "<closing>") if (
                opening) else ""
            seg = toks[k - 2 : k + 1] if _after_name(toks, k) else toks[max(0, k - 1) : min(n, end + 2, max(said, end))]
            while seg and (seg[-1].is_break or seg[-1].low == ","):
                seg = seg[:-1]  # ("Holt, 68", "at 71", "aged 68": not "aged 68 .")
            out.append((int(t.low), joined(seg).replace(" - ", "-"), whom))  # ("a 16-year-old")
    return out


def _whom(toks: list[Tok], j: int) -> str:
    """The word for whose age it is, at ``j`` after "-year-old", past a nation's adjective ("a 54-year-old British
    climber"); none before "from", "of" or "in" ("a 45-year-old from Britain": the one the sentence is about)."""
    while j + 1 < len(toks) and toks[j].cap and country(toks[j].low) != toks[j].low and toks[j + 1].is_word:
        j += 1
    if j >= len(toks) or not toks[j].is_word or toks[j].low in ("from", "of", "in"):
        return ""
    return toks[j].low


def _after_name(toks: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` is set off by commas after a name: "Imani Sethe, 38, announced"."""
    return 1 < k < len(toks) - 1 and toks[k - 1].low == "," and toks[k + 1].low in (",", ".") and toks[k - 2].cap and (
        toks[k - 2].is_word and toks[k - 2].low not in CALENDAR and 1 <= int(toks[k].low) <= 110)


def _an_age(before: list[str], after: list[str]) -> bool:
    """Whether the number between the words ``before`` and ``after`` it is an age: "16-year-old", "16 years old",
    "aged 16", "at the age of 16", a birthday celebrated ("celebrated her 105th birthday", "marked turning 101"; not
    "two days before his 80th birthday")."""
    if after[:2] == ["-", "year"] and after[2:3] in (["-"], ["old"], ["olds"]) or after[:1] == ["year"] and after[
            1:2] in (["-"], ["old"]) or after[:2] == ["years", "old"]:
        return True  # (not "a 14-year sentence": a length of time)
    if before[-1:] == ["aged"] or before == ["the", "age", "of"]:
        return True
    turned = after[:2] in _BIRTHDAY or bool(before) and before[-1] in _TURNING
    return turned and not _CELEBRATED.isdisjoint(before)


_TURNING = frozenset("turning turned turns".split())
_OLDEST = frozenset("oldest youngest older younger".split())
_BIRTHDAY = [[suffix, "birthday"] for suffix in ("st", "nd", "rd", "th")]
_CELEBRATED = frozenset("celebrated celebrates celebrating marked marks marking".split())


# Words for anyone of an age: two versions may call one person by two of them ("a 16-year-old boy" / "a 23-year-old
# man"), not by a word of kin or trade ("his 14-year-old wife" / "a 12-year-old girl" are two people).
_ANYONE = frozenset("man woman boy girl teenager teen youth person male female suspect child".split())


def _times(p: Polarity) -> list[tuple[int, str, bool, str, int]]:
    return points_in_time(p.toks)


def _dates(p: Polarity) -> list[tuple[int, str]]:
    return dates_in(p.toks) if not p.words().isdisjoint(MONTHS) else []  # (read only where a month is named)


def _rates(p: Polarity) -> list[Rate]:
    return rates_in(p.toks) if not p.words().isdisjoint(_PER_TIME) else []


_PER_TIME = frozenset(HOURS)


def _ages(p: Polarity) -> list[tuple[int, str, str]]:
    return ages_in(p.toks)


_DECADES = {w: 10 * k for k, w in enumerate("teens twenties thirties forties fifties sixties seventies eighties "
                                           "nineties".split(), 1)}
_WHOSE = frozenset("his her their".split())


def _decades(p: Polarity) -> list[tuple[int, str]]:
    """(the decade, as written) of each age given as one: "in their sixties", "in his early forties"."""
    if p.words().isdisjoint(_DECADES):
        return []
    toks, out = p.toks, []
    for k, t in enumerate(toks):
        if t.low in _DECADES and k >= 2:
            j = k - 1 - (toks[k - 1].low in ("early", "mid", "late"))
            if toks[j].low in _WHOSE and toks[j - 1].low == "in":
                out.append((_DECADES[t.low], joined(toks[j - 1 : k + 1])))
    return out


def _decades_differ(x: tuple, y: tuple) -> bool:
    return x[0] != y[0]


def one_of_a_kind(a: Version, b: Version) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each gives one date, time, age, length of time or rate, and they differ."""
    same = bool(a.numbers) and a.numbers == b.numbers  # (the same numbers: only lengths of time in two units differ,
    # "six weeks" / "six months")
    pa, pb = a.polarity, b.polarity
    for key, read, differ in (("times", _times, _times_differ), ("dates", _dates, _dates_differ),
                              ("ages", _ages, _ages_differ), ("decades", _decades, _decades_differ),
                              ("spans", _spans, _spans_differ), ("rates", _rates, rates_differ)):
        if same and key not in ("spans", "dates", "rates", "decades"):
            continue  # (a date is compared even then: "on 1 March" / "on June 1")
        xs = pa.kept(key, read)
        if len({x[0] for x in xs}) != 1:
            continue  # (the other's is read only then)
        ys = pb.kept(key, read)
        if len({y[0] for y in ys}) != 1 or not differ(xs[0], ys[0]):
            continue
        rest_a, rest_b = a.numbers - _own(xs[0], key), b.numbers - _own(ys[0], key)
        if rest_a and rest_b and rest_a != rest_b or key == "rates" and xs[0][4] != ys[0][4] and (
                ys[0][4] in a.numbers or xs[0][4] in b.numbers):
            continue  # (another number differs too: the difference may be there; or the other's rate is given in this
            # one for something else: "£10 an hour, while the adult rate goes to £12.60" / "going up to £12.60 an
            # hour")
        if not say_most_alike(pa, pb, MIN_SHARED, MIN_SHARE) or names_apart(pa.toks, pb.toks):
            return None  # (read last: it is what costs most)
        return _shown(xs[0]), _shown(ys[0])
    return None


_A_SPAN = frozenset("fortnight month decade century".split())  # (not "a year", "a week": measured worse)
_FOR_A_SPAN = frozenset(("week", "year"))  # (only after "for": "will stay shut for a week")
_BOUNDED = frozenset("than over least under to within past last every each per".split())  # ("for more than a year")
_ROUGHLY = frozenset("about around nearly almost some roughly approximately over more than under less".split())


def spans_in(toks: list[Tok]) -> list[tuple[float, str, bool, float]]:
    """(hours, as written, whether rounded, the number as written) of each length of time: "36 hours", "five days",
    "a 36-hour standoff"; not an age ("years old", "-year-old") or a time ago."""
    out = []
    for k, t in enumerate(toks):
        value = float(t.low.replace(",", "")) if t.is_number and t.low.replace(",", "").isdecimal() else (
            float(WORD_NUMBERS[t.low]) if t.low in WORD_NUMBERS and t.low not in ("a", "an") else None)
        if t.low == "half" and k + 2 < len(toks) and toks[k + 1].low in ("a", "an"):
            value = 0.5  # "for nearly half an hour"
        elif t.low in ("a", "an") and k + 1 < len(toks) and (toks[k + 1].low in _A_SPAN or toks[k + 1].low in (
                _FOR_A_SPAN) and k and toks[k - 1].low == "for") and not (k and toks[k - 1].low in _BOUNDED):
            value = 1.0  # "for nearly a decade", "for nearly a month" (not "for more than a year": any number of them)
        if not value or k and toks[k - 1].low in ("/", "-", "."):
            continue  # (a fraction, "41/2 months"; a range's end; "a zero-day flaw")
        j = k + 2 if k + 2 < len(toks) and (toks[k + 1].low == "-" or value == 0.5) else k + 1
        j += j + 1 < len(toks) and toks[j].low in ("full", "whole")  # ("for two full days")
        unit = toks[j].low.rstrip("s") if j < len(toks) else ""
        if unit not in HOURS or j + 1 < len(toks) and toks[j + 1].low in ("old", "ago", "-") or time_left(
                toks, j + 1):
            continue  # (nor what was left: "two minutes from the end")
        rounded = any(x.low in _ROUGHLY for x in toks[max(0, k - 2) : k])
        out.append((value * HOURS[unit], " ".join(x.text for x in toks[k : j + 1]), rounded, value))
    return out


def _spans(p: Polarity) -> list[tuple[float, str, bool, float]]:
    return spans_in(p.toks)


def _spans_differ(x: tuple, y: tuple) -> bool:
    """Two lengths of time that cannot be one rounded: half as long again or more, twice when either is rounded."""
    low, high = sorted((x[0], y[0]))
    return high >= low * (2.0 if x[2] or y[2] else 1.5)


def _own(found: tuple, key: str) -> frozenset[float]:
    """The numbers a time, a date, an age or a length of time writes."""
    value = found[0]
    if key == "spans":
        return frozenset((found[3],))
    if key == "rates":
        return frozenset((found[4],))
    if key == "times":
        return frozenset((float(value // 60 % 12 or 12), float(value // 60), float(value % 60)))
    if key == "dates":
        return frozenset((float(value % 31),))
    return frozenset((float(value),))


def _times_differ(x: tuple, y: tuple) -> bool:
    return zones_agree(x[1], y[1]) and far_apart(x[0], y[0], x[2] or y[2])


def _dates_differ(x: tuple, y: tuple) -> bool:
    return abs(x[0] - y[0]) >= 2


def _ages_differ(x: tuple, y: tuple) -> bool:
    if "<opening>" in (x[2], y[2]):  # ("At 23, the rider ..."): only against an age in "-year-old", whoever's it is
        return x[0] != y[0] and "year" in (y[1] if x[2] == "<opening>" else x[1])
    if "<closing>" in (x[2], y[2]):  # ("the oldest woman to swim the Channel, at 71."): against any age ("aged 68",
        return x[0] != y[0]  # "Holt, 68,", "The 68-year-old Holt")
    return x[0] != y[0] and (x[2] == y[2] or not x[2] or not y[2] or x[2] in _ANYONE and y[2] in _ANYONE)


def _shown(found: tuple) -> str:
    return found[3] if len(found) == 5 else found[1]  # (a time's "at 5 p.m.", else the words as written)


__all__ = ["ages_in", "one_of_a_kind"]
