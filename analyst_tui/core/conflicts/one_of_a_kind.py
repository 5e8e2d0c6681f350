"""The one date, time of day or age each of two versions told alike gives, when the two differ: "Police arrested
Pastor Lionel Abara on 3 May" / "Pastor Lionel Abara was taken into custody on May 23", "The fire at the Orchard Lane
block broke out shortly after 2 a.m." / "Firefighters were called to the Orchard Lane block blaze at around 9 p.m.",
"A 16-year-old boy was charged with the burglary at Lindqvist Jewellers" / "Police have charged a 23-year-old man over
the break-in at Lindqvist Jewellers".

Read last, when no other check found anything (``told_anew``): the two versions share most of their words and name
no one the other does not (``shared_words.told_alike``), each gives exactly one of the kind, and every other number
one gives, the other gives too. Not a date something was said on; two times an hour apart or more (two when either
says "about"), in one time zone or none; two dates two days apart or more (the next day may be the same moment
elsewhere). An age is "a 16-year-old", "aged 58", "67 years old" or "at the age of 82"; "a 16-year-old boy" and "a 23-year-old man" are one person, "his 14-year-old wife" and "a
12-year-old girl" may be two.
"""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.clock import far_apart, points_in_time, zones_agree
from analyst_tui.core.conflicts.days import dates_in
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import told_alike
from analyst_tui.core.conflicts.tokens import Tok

_AGE_AFTER = frozenset(("year", "years"))


class Version(Protocol):
    """What is read here of ``conflicts.Version``."""

    polarity: Polarity
    numbers: frozenset[float]
    content: frozenset[str]


def ages_in(toks: list[Tok]) -> list[tuple[int, str, str]]:
    """(age, as written, the word after "-year-old") of each age: "a 16-year-old boy", "aged 58", "67 years old", "at
    the age of 82"."""
    out = []
    n = len(toks)
    for k, t in enumerate(toks):
        if not (t.is_number and t.low.isdecimal()):
            continue
        after = [x.low for x in toks[k + 1 : k + 4]]
        if after[:2] == ["-", "year"] or after[:1] == ["year"] or after[:2] == ["years", "old"] or (
                k and toks[k - 1].low == "aged") or k >= 3 and [x.low for x in toks[k - 3 : k]] == ["the", "age", "of"]:
            end = k + (3 if after[:2] == ["-", "year"] else 1)
            whom = toks[end + 2].low if after[:2] == ["-", "year"] and end + 2 < n and toks[end + 2].is_word else ""
            out.append((int(t.low), " ".join(x.text for x in toks[max(0, k - 1) : min(n, end + 2)]), whom))
    return out


# Words for anyone of an age: two versions may call one person by two of them ("a 16-year-old boy" / "a 23-year-old
# man"), not by a word of kin or trade ("his 14-year-old wife" / "a 12-year-old girl" are two people).
_ANYONE = frozenset("man woman boy girl teenager teen youth person male female suspect child".split())


def _times(p: Polarity) -> list[tuple[int, str, bool, str, int]]:
    return points_in_time(p.toks)


def _dates(p: Polarity) -> list[tuple[int, str]]:
    return dates_in(p.toks)


def _ages(p: Polarity) -> list[tuple[int, str, str]]:
    return ages_in(p.toks)


def one_of_a_kind(a: Version, b: Version) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each gives one date, time or age, and they differ."""
    if not a.numbers or not b.numbers or a.numbers == b.numbers:
        return None
    pa, pb = a.polarity, b.polarity
    if not told_alike(a.content, b.content, pa.toks, pb.toks):
        return None
    for key, read, differ in (("times", _times, _times_differ), ("dates", _dates, _dates_differ),
                              ("ages", _ages, _ages_differ)):
        xs, ys = pa.kept(key, read), pb.kept(key, read)
        if len({x[0] for x in xs}) != 1 or len({y[0] for y in ys}) != 1 or not differ(xs[0], ys[0]):
            continue
        if a.numbers - _own(xs[0][0], key) != b.numbers - _own(ys[0][0], key):
            continue  # (another number differs too: the difference may be there)
        return _shown(xs[0]), _shown(ys[0])
    return None


def _own(value: int, key: str) -> frozenset[float]:
    """The numbers a time, a date or an age writes."""
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
    return x[0] != y[0] and (x[2] == y[2] or not x[2] or not y[2] or x[2] in _ANYONE and y[2] in _ANYONE)


def _shown(found: tuple) -> str:
    return found[3] if len(found) == 5 else found[1]


__all__ = ["ages_in", "one_of_a_kind"]
