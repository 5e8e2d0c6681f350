"""One figure against another at the same word, the rest said alike: "A total of 62 people were rescued from a
dinghy" / "26 people had been rescued from a dinghy", "the smallest harvest since 1957" / "... since 1967", "an
increase of 1.5p" / "an increase of 2.5p", "the boy, who was 14," / "the boy, who was 16,".

``figures`` compares what it can tell the figures count; this reads a figure by the words beside it. The two
versions must give the same figures but one each, those two must stand by the same word (before or after them),
and the versions must share most of their other words. Not compared, as in ``substitution``: bounds ("at least
20" / "at least 24"), estimates near each other, a rounded figure, a time of day."""

from __future__ import annotations

import re
from collections import Counter

from analyst_tui.core.conflicts.days import MONTHS
from analyst_tui.core.conflicts.figures_apart import expectation_and_result
from analyst_tui.core.conflicts.numbers import SCALES, WORD_NUMBERS
from analyst_tui.core.conflicts.particulars import ORDINALS
from analyst_tui.core.conflicts.rates import per_time
from analyst_tui.core.conflicts.tokens import Tok, closing_speaker, joined, said_bounds, stem

SHARED = 0.7  # of the content words of the shorter version, found in the other
# An ordinal's rank is kept negative: "third" (-3) is not "three" (3), nor "86th" a year.
_BOUNDS = frozenset("least most than up under below above beyond upwards".split())  # "up to 60": "up"
_ESTIMATES = frozenset("about around some nearly almost roughly approximately estimated an".split())
_NEAR = 1.3
_CLOCK = frozenset("a.m. p.m. am pm gmt bst utc o'clock".split())
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SKIPPED = frozenset(("the", "a", "an", ",", "(", ")"))
_JOINED = frozenset(":/½¼¾-–")  # a time, a fraction, a range, a score: read elsewhere or not alone
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_UNITS = frozenset("""kilometres kilometers km miles metres meters feet ft tonnes tons barrels litres liters gallons
    acres hectares dollars pounds euros yuan rupees""".split())
_UNIT_LEADS = frozenset("degrees per thousand million billion trillion m bn".split())  # "40 degrees C", "5 per
# cent", "4.6 billion kilometres"


def anchored_conflict(xs: list[Tok], ys: list[Tok], fx: list[tuple[int, float]], fy: list[tuple[int, float]],
                      stems_x: frozenset[str], stems_y: frozenset[str], read_x: frozenset[float],
                      read_y: frozenset[float]) -> tuple[str, str] | None:
    """The two figures that differ, at the same word, if that is the one difference between the figures given
    (``fx``, ``fy``: ``figures_of`` each); ``read_x``, ``read_y``: the values ``figures`` read in each version (two
    it read are compared there)."""
    if not fx or not fy or fx[0][0] < 0 or fy[0][0] < 0:
        return None
    only_x = Counter(v for _, v in fx) - Counter(v for _, v in fy)
    only_y = Counter(v for _, v in fy) - Counter(v for _, v in fx)
    if sum(only_x.values()) != 1 or sum(only_y.values()) != 1:
        return None
    kx, x = next((k, v) for k, v in fx if v in only_x)
    ky, y = next((k, v) for k, v in fy if v in only_y)
    if x in read_x and y in read_y or (x < 0) != (y < 0) or _unit(xs, kx) != _unit(ys, ky) or per_time(
            xs, kx) != per_time(ys, ky):  # (two rates for two lengths of time: ``rates``)
        return None  # (not "their third straight week" / "three straight weeks")
    after_x, before_x = _beside(xs, kx, 1), _beside(xs, kx, -1)
    if not (after_x and after_x == _beside(ys, ky, 1) or before_x and before_x == _beside(ys, ky, -1)):
        return None
    if not _alike(xs, ys, stems_x, stems_y) or loose(xs, kx, x, y) or loose(ys, ky, y, x):
        return None
    if _two_asides(_aside_of(xs, kx), _aside_of(ys, ky)):
        return None  # the ages of two people: "Tom Brandt, 34, punched" / "Karl Brandt, 38, punched"
    if change_told_twice(xs, kx, x, ys, ky, y, [v for _, v in fx if v not in only_x]):
        return None
    shared = sum(v for _, v in fx if v > 0 and v not in only_x)
    if shared and (x + shared == y or y + shared == x):
        return None  # a part and the rest add up to the other's total ("six hurt, two of them seriously" / "four
        # suffered minor injuries and two were seriously hurt")
    if expectation_and_result(frozenset(t.low for t in xs), frozenset(t.low for t in ys)):
        return None  # a figure forecast and one booked (``figures_apart``; read last: it reads every word of both)
    return _shown(xs, kx), _shown(ys, ky)


def change_told_twice(xs: list[Tok], kx: int, x: float, ys: list[Tok], ky: int, y: float,
                       shared: list[float]) -> bool:
    """Whether one version gives where a figure moved from and the other by how much, to the same figure: "rose
    from 40 to 52" / "rose by 12 to 52"."""
    for (ta, ka, a), (tb, kb, b) in (((xs, kx, x), (ys, ky, y)), ((ys, ky, y), (xs, kx, x))):
        if ka and kb and ta[ka - 1].low == "from" and tb[kb - 1].low == "by" and any(abs(v - a) == b for v in shared):
            return True
    return False


def figures_of(toks: list[Tok]) -> list[tuple[int, float]]:
    """Each figure's place and value; [(-1, 0)] if a figure cannot be read alone (a time, a telephone number, a
    fraction, a date)."""
    out = []
    for k, t in enumerate(toks):
        if t.is_number:
            if _DIGITS.fullmatch(t.low) is None:
                continue  # ("4pm", "11th" is an ordinal below)
            near = toks[k - 1].low if k else "", toks[k + 1].low if k + 1 < len(toks) else ""
            if any(x in _JOINED or x[:1].isdigit() for x in near) or near[0] in MONTHS or near[1] in MONTHS and (
                    toks[k + 1].text != "may"):  # ("May 9", "9 May"; not "9 may")
                return [(-1, 0.0)]
            value = float(t.low.replace(",", ""))
            out.append((k, -value if near[1] in _SUFFIXES else value))  # ("11th place")
        elif t.low in WORD_NUMBERS and t.low != "one" and not (k and toks[k - 1].low == "other"):
            out.append((k, float(WORD_NUMBERS[t.low])))
        elif t.low in ORDINALS and t.low not in ("first", "last"):  # "its third week" / "its fifth week"
            out.append((k, -float(ORDINALS[t.low])))
    return out


def _aside_of(toks: list[Tok], k: int) -> tuple[str, ...]:
    """The name a figure between commas follows ("Tom Brandt, 34,": tom brandt), or () if it is not such an aside."""
    if not 1 < k < len(toks) - 1 or toks[k - 1].low != "," or toks[k + 1].low != ",":
        return ()
    j = k - 2
    while j >= 0 and toks[j].cap and toks[j].is_word:
        j -= 1
    return tuple(t.low for t in toks[j + 1 : k - 1])


def _two_asides(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two figures follow two names (not one named in full and by a family name: "Tom Brandt" / "Brandt")."""
    short, long = sorted((x, y), key=len)
    return bool(short) and long[len(long) - len(short) :] != short


def _unit(toks: list[Tok], k: int) -> tuple[str, str]:
    """The currency before the figure and the unit after it, as written ("£", "km"; "degrees" with its scale)."""
    before = toks[k - 1].low if k and not toks[k - 1].is_word else ""
    if k + 1 < len(toks) and toks[k + 1].low in _SUFFIXES:
        k += 1  # ("11th place": the place)
    after = toks[k + 1].low if k + 1 < len(toks) and (toks[k + 1].is_word or toks[k + 1].low in "%£$€") else ""
    if after in _UNIT_LEADS and k + 2 < len(toks) and (after in ("degrees", "per") or toks[k + 2].low in _UNITS):
        after += " " + toks[k + 2].low  # "40 degrees C", "4.6 billion kilometres"; not "5 million after"
    return before, after


def _beside(toks: list[Tok], k: int, step: int) -> str:
    """The first word before (``step`` -1) or after (+1) the figure at ``k``, past articles and commas."""
    start, end, _ = said_bounds(toks)  # (not into "..., a spokesman for the auctioneers said")
    j = k + step
    while start <= j < end and (toks[j].low in _SKIPPED or step > 0 and (j == k + 1 and toks[j].low in _SUFFIXES or (
            toks[j].low in SCALES))):  # (past "m" in "£2.4m being": a scale tells nothing of what is counted)
        j += step
    word = toks[j].low if start <= j < end and toks[j].is_word and not toks[j].is_number else ""
    if step < 0 and word in _FROM_YEAR and _DIGITS.fullmatch(toks[k].low) and len(toks[k].low) == 4:
        return "from"  # a year something starts in: "from 2035" / "starting in 2041"
    return word


_FROM_YEAR = frozenset(("from", "in"))


def _alike(xs: list[Tok], ys: list[Tok], x: frozenset[str], y: frozenset[str]) -> bool:
    """Most words shared (the words of the same speaker closing both weigh a quarter: "..., a spokesman for the council
    said", as in ``shared_words.say_most_alike``), and no name in one that the other lacks ("in Texas" / "in
    Oklahoma": two places)."""
    shorter = min(len(x), len(y))
    if shorter < 4 or len(x & y) < SHARED * shorter:
        return False
    cut = 0.75 * len(_closing(xs) & _closing(ys) & x & y)
    if cut and len(x & y) - cut < SHARED * (shorter - cut):
        return False
    names_x = {t.low for t in xs[1:] if t.cap and t.is_word}
    names_y = {t.low for t in ys[1:] if t.cap and t.is_word}
    return not (names_x - {t.low for t in ys} and names_y - {t.low for t in xs})


def _closing(toks: list[Tok]) -> set[str]:
    """The stems of the words of a closing "..., police said" (``closing_speaker``), that what is said does not give."""
    hi = closing_speaker(toks)
    return {stem(t.low) for t in toks[hi:] if t.is_word} - {stem(t.low) for t in toks[:hi]}


def loose(toks: list[Tok], k: int, value: float, other: float) -> bool:
    """Whether the figure at ``k`` is a bound, an estimate near the other, a rounding of it, or a time of day."""
    j = k - 1
    while j >= 0 and not toks[j].is_word:  # past a currency: "about $19 billion"
        j -= 1
    before = toks[j].low if j >= 0 else ""
    if before in _BOUNDS or j > 0 and toks[j - 1].low in _BOUNDS or k + 1 < len(toks) and toks[k + 1].low in _CLOCK:
        return True  # ("at least 20", "as much as about 16")
    if before in _ESTIMATES and max(value, other) <= _NEAR * min(value, other):
        return True
    return _rounded(value, other) or _rounded(other, value)


def _rounded(value: float, other: float) -> bool:
    """Whether ``value`` is ``other`` rounded to fewer decimals ("1.2" / "1.23", "9" / "9.4")."""
    for places in range(3):
        if round(other, places) == value and round(other, places) != other:
            return True
        if abs(value - other) < 1 and value.is_integer():
            return True
    return False


def _shown(toks: list[Tok], k: int) -> str:
    _, hi, _ = said_bounds(toks)  # (not into who said it: "since 1957, a spokesman ... said")
    return joined(toks[max(0, k - 3) : min(k + 3, hi) if k < hi else k + 3])


__all__ = ["change_told_twice", "anchored_conflict", "figures_of", "loose"]
