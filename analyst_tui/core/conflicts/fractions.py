"""A share said in words: "half of the town", "a third of voters", "two-thirds of the members", "one in ten cars".

A share is compared only with another share of the same whole ("a third of the town" differs from "half of the
town"), give or take four points, since a share in words is rounded; never with a percentage of something
perhaps else ("half of the company's sales" and "7.2% of the market"); a percentage of the same whole is one
("a quarter of the town" and "75 percent of the town" differ). Only before "of" ("half an hour", "the
second half" are no shares), and not of a measure ("a third of a centime": ``figures``).
"""

from __future__ import annotations

import re
from typing import Callable, Protocol

from analyst_tui.core.conflicts.numbers import number_at
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.conflicts.words import CASUALTY

HeadNoun = Callable[[list[Tok], int], tuple[str | None, int]]

_ONE = {"third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}  # after "a" or "one"
_SEVERAL = {("two", "thirds"): 200 / 3, ("three", "quarters"): 75.0, ("two", "fifths"): 40.0,
            ("three", "fifths"): 60.0, ("four", "fifths"): 80.0}  # fmt: skip
STARTS = frozenset(("half", "a", "one")) | {n for n, _ in _SEVERAL} | frozenset(
    "one two three four five six seven eight nine 1 2 3 4 5 6 7 8 9".split())
ROUNDING = 4.0  # percentage points either way: "two-thirds" may be 65 or 70 percent


def fraction_at(toks: list[Tok], i: int, head_noun: HeadNoun) -> tuple[float, str | None, int, str] | None:
    """(the share in percent, the whole it is of, where its words end, the words shown) of a share in words
    starting at ``i``, or None; the whole is None for a measure ("a third of a centime"). ``head_noun(toks, k)``:
    the head of the noun phrase at ``k`` and its end (``figures``)."""
    found = _share_at(toks, i)
    if found is None:
        return None
    p, of, words = found
    if of + 2 < len(toks) and toks[of + 1].low == "a" and toks[of + 2].low in _NUMBERED:
        return None  # "a quarter of a million", "a quarter of a percentage point", "of a mile": a number (``numbers``)
    whole, end = whole_after(toks, of, head_noun)
    if not whole:
        return p, whole, end, words
    return p, whole, end, f"{words} {whole.lower()}" if " in " in words else f"{words} of {whole.lower()}"


def whole_key(word: str) -> str:
    """The key of the whole a share is of ("its staff", "its workforce": one whole)."""
    key = stem(word)
    return "staff" if key in _STAFF else key


_STAFF = frozenset(stem(w) for w in "workforce staff employees workers".split())  # (one whole: "a quarter of its
# workforce" / "10 percent of its staff")
Share = tuple[tuple[str, str], float, float, str, tuple[float, float]]  # (key, low, high, words shown, as stated)


def count_shares(toks: list[Tok], head_noun: HeadNoun) -> list[Share]:
    """A count of a whole given with it, as the share it is: "850 of the housebuilder's 2,400 staff" is 35.4% of its
    staff, to compare with "half of the housebuilder's 2,400 staff"; also with the whole first (``whole_first``)."""
    out: list[Share] = []
    for j in range(1, len(toks) - 3):
        if toks[j].low != "of" or not toks[j - 1].is_number or toks[j + 1].low not in _WHOLE_DETERMINERS:
            continue
        m = j + 2 if toks[j + 2].is_number else j + 4 if j + 4 < len(toks) and toks[j + 3].low == "'s" and toks[
            j + 4].is_number else None  # ("42 of the 150 seats", "850 of the housebuilder's 2,400 staff")
        part, whole = number_at(toks, j - 1), number_at(toks, m) if m is not None else None
        if part is None or whole is None or part[2] != j or part[0] != part[1] or whole[0] != whole[1] or not (
                0 < part[0] < whole[0]):
            continue
        noun = head_noun(toks, whole[2])[0]
        if noun is not None:
            p = 100 * part[0] / whole[0]
            shown = f"{part[3]} of {whole[3]} {noun.lower()}"
            out.append((("share", whole_key(noun)), p - 0.5, p + 0.5, shown, (p, p)))
    return out + whole_first(toks, head_noun)


def whole_first(toks: list[Tok], head_noun: HeadNoun) -> list[Share]:
    """A count or a share told after its whole, given first: "Of the 140 stones taken in the raid, only nine have so
    far been recovered" (6.4% of the stones), "..., about half have" (half of them)."""
    if len(toks) < 6 or toks[0].low != "of" or toks[1].low not in _WHOLE_DETERMINERS or not toks[2].is_number:
        return []
    whole = number_at(toks, 2)
    comma = next((k for k in range(3, min(len(toks) - 2, 16)) if toks[k].low == ","), None)
    if whole is None or whole[0] != whole[1] or comma is None or not whole[0] > 0:
        return []
    noun = head_noun(toks, whole[2])[0]
    i = comma + 1
    while i < len(toks) and toks[i].low in _HEDGES:
        i += 1
    if noun is None or i + 1 >= len(toks):
        return []
    key = ("share", whole_key(noun))
    part = number_at(toks, i) if toks[i].is_number or toks[i].low in _COUNT_WORDS else None
    if part is not None and part[0] == part[1] and 0 <= part[0] <= whole[0] and toks[part[2]].low in _SAID_OF:
        p = 100 * part[0] / whole[0]
        return [(key, p - 0.5, p + 0.5, f"{part[3]} of {whole[3]} {noun.lower()}", (p, p))]
    found = _bare_share(toks, i)
    if found is None or toks[found[1]].low not in _SAID_OF:
        return []
    lo, hi = share_bounds(toks, i, found[0])
    return [(key, lo, hi, f"{share_shown(toks, i, found[2])} of {whole[3]} {noun.lower()}", (found[0], found[0]))]


def _bare_share(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    """(the share in percent, where its words end, the words) of a share in words with no "of" ("about half have")."""
    low = toks[i].low
    if low == "half":
        return 50.0, i + 1, "half"
    if low in ("a", "one") and i + 1 < len(toks) and toks[i + 1].low in _ONE:
        return _ONE[toks[i + 1].low], i + 2, f"{low} {toks[i + 1].low}"
    k = i + 2 if i + 1 < len(toks) and toks[i + 1].low == "-" else i + 1
    if k < len(toks) and (low, toks[k].low) in _SEVERAL:
        return _SEVERAL[(low, toks[k].low)], k + 1, f"{low}-{toks[k].low}"
    return None


_HEDGES = frozenset("only just about around roughly nearly almost some".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_SAID_OF = frozenset("have has had were was are is remain remained".split())  # ("only nine have", "about half were")


def share_before(toks: list[Tok], q: int) -> bool:
    """Whether the count at ``q`` is the whole a share in words before it is of ("half of the state's 1,200
    schools"): the count of all, not of those the share tells of."""
    for i in range(max(0, q - 7), q):
        found = _share_at(toks, i)
        if found is None or found[1] >= q:
            continue
        k = found[1] + 1
        while k < q and (toks[k].low in _WHOLE_DETERMINERS or k + 1 < q and toks[k + 1].low == "'s"):
            k += 2 if k + 1 < q and toks[k + 1].low == "'s" else 1
        if k == q:
            return True
    return False


def whole_after(toks: list[Tok], of: int, head_noun: HeadNoun) -> tuple[str | None, int]:
    """The whole a share is of, its "of" at ``of`` ("of the town": "town"; "of a centime", a measure: None), and
    where its words end. Also for a percentage: "75 percent of the town". What one of a kind has is a whole too: "of a
    typical farm's costs" (of its costs)."""
    k = of + 1
    n = len(toks)
    if k < n and toks[k].low in ("a", "an"):
        own = next((j for j in range(k + 1, min(n - 1, k + 5)) if toks[j].low == "'s"), None)
        if own is None or not all(t.is_word for t in toks[k + 1 : own]):
            return None, k
        k = own + 1  # ("of a typical farm's costs": of its costs)
    if k + 1 < n and toks[k].low == "those" and toks[k + 1].is_word:  # "those who died", "those killed": whom it says
        w = k + 2 if toks[k + 1].low == "who" and k + 2 < n and toks[k + 2].is_word else k + 1
        return " ".join(t.low for t in toks[k : w + 1]), w + 1
    while k < n and (toks[k].low in _WHOLE_DETERMINERS or (k + 1 < n and toks[k + 1].low == "'s")):
        k += 2 if k + 1 < n and toks[k + 1].low == "'s" else 1  # "the town", "Quetta's people", "its staff"
    if k + 1 < n and toks[k].is_number and toks[k + 1].is_word:
        k += 1  # "half of the housebuilder's 2,400 staff": of its staff
    elif of + 1 < k and k + 1 < n and toks[k].low.endswith("ed") and toks[k + 1].is_word and not toks[k + 1].cap:
        k += 1  # "of the enlarged company": of the company
    if k + 1 < n and toks[k].low in CASUALTY and toks[k + 1].is_word and toks[k + 1].low.endswith("s"):
        k += 1  # "two-thirds of the stranded animals": of the animals
    whole, end = head_noun(toks, k)
    return whole, max(end, of + 1)


def _share_at(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    """(the share in percent, where "of" is, the words) of a share in words starting at ``i``, or None."""
    n = len(toks)
    low = toks[i].low
    found = _bare_share(toks, i)  # ("half", "a third", "two-thirds", "two thirds"), before its "of"
    if found is not None and found[1] < n and toks[found[1]].low == "of":
        return found
    if low == "half" and i + 2 < n and (toks[i + 1].low in _OWNERS or toks[i + 1].low == "the") and toks[i + 2].is_word:
        return 50.0, i, "half"  # "lost half its value", "half their members", "half the town": half of it
    if i + 3 < n and toks[i + 1].low == "in" and low in _FEW and toks[i + 2].low in _IN_EVERY and toks[i + 3].is_word:
        part, whole = _FEW[low], _IN_EVERY[toks[i + 2].low]
        if part < whole:  # "one in ten new cars": 10% of the cars; "one in six of the loans"
            return 100 * part / whole, i + 2 + (toks[i + 3].low == "of"), f"{low} in {toks[i + 2].low}"
    return None


_OWNERS = frozenset("its their his her".split())
# "N in M" ("one in ten new cars", "three in four voters"): N, and M.
_FEW = {w: v for v, w in enumerate("one two three four five six seven eight nine".split(), 1)} | {
    str(v): v for v in range(1, 10)}
_IN_EVERY = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "twenty": 20, "hundred": 100} | {str(v): v for v in (2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100)}


def stated_share_at(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    """(the share in percent, where its words end, the words) of a share in words that is what a level was, with no
    "of" after it: "Turnout was just over two-thirds", "a premium of nearly two thirds on Friday's price"; a
    percentage of the same level, as "48.7%" is."""
    found = _bare_share(toks, i)
    if found is None or found[1] < len(toks) and not (toks[found[1]].is_break or toks[found[1]].low in _AFTER_LEVEL):
        return None  # ("half of the town", "two thirds have", "half an hour")
    k = i - len(_bound_before(toks, i))
    k -= k > 0 and toks[k - 1].low in _JUST
    return found if k > 0 and toks[k - 1].low in _LEVEL_WAS else None


_LEVEL_WAS = frozenset("was is were are reached stood be been of".split())  # ("turnout was", "a premium of")
_AFTER_LEVEL = frozenset("on above below in among across".split())


def change_share_at(toks: list[Tok], i: int) -> tuple[float, int, str] | None:
    """(the change in percent, where its words end, the words shown) of a change told as a share starting at ``i``:
    "has shrunk by a third", "cut its staff by nearly half"; or None. Not "by half a length" or "by a third party"."""
    q = i
    while q > 0 and toks[q - 1].low in _BY_QUALIFIERS:
        q -= 1
    right_after = q > 0 and (toks[q - 1].low.startswith(_CHANGES) and toks[q - 1].low not in _NOUNS or toks[
        q - 1].low == "of" and q > 1 and toks[q - 2].low in _NOUNS)  # "fell almost a fifth", "a rise of about a tenth"
    if not right_after and (q == 0 or toks[q - 1].low != "by" or not any(
            t.low.startswith(_CHANGES) for t in toks[max(0, q - 10) : q - 1])):  # ("cut its full-year forecast by")
        return None
    n, low = len(toks), toks[i].low
    if low == "half":
        p, end, words = 50.0, i + 1, "half"
    elif low in ("a", "one") and i + 1 < n and toks[i + 1].low in _ONE:
        p, end, words = _ONE[toks[i + 1].low], i + 2, f"{low} {toks[i + 1].low}"
    else:
        k = i + 2 if i + 1 < n and toks[i + 1].low == "-" else i + 1
        if k >= n or (low, toks[k].low) not in _SEVERAL:
            return None
        p, end, words = _SEVERAL[(low, toks[k].low)], k + 1, f"{low}-{toks[k].low}"
    if end < n and toks[end].is_word and toks[end].low not in _AFTER_CHANGE:
        return None
    return p, end, "by " * (not right_after) + " ".join(t.low for t in toks[q:i]) + " " * (q < i) + words


def multiple_at(toks: list[Tok], i: int) -> tuple[float, float, float, str] | None:
    """(the lowest and highest change in percent, the change as stated, the words shown) of a change told by a verb
    of multiples at ``i``: "prices have doubled" (about +100%), "nearly halved" (about -50%); or None. Not "doubled
    down", "doubled as a bedroom"."""
    p = _MULTIPLES.get(toks[i].low)
    if p is None or (i + 1 < len(toks) and toks[i + 1].low in ("down", "up", "over", "back", "as")):
        return None
    before = toks[i - 1].low if i else ""
    if before in ("nearly", "almost"):
        return p * 0.75, p, p, f"{before} {toks[i].low}"
    if before == "than" and i > 1 and toks[i - 2].low == "more":
        return p, float("inf"), p, f"more than {toks[i].low}"
    return p * 0.92, p * 1.08, p, toks[i].low


_MULTIPLES = {"halved": 50.0, "halving": 50.0, "doubled": 100.0, "doubling": 100.0, "tripled": 200.0,
              "trebled": 200.0, "tripling": 200.0, "quadrupled": 300.0,
              "twofold": 100.0, "threefold": 200.0, "fourfold": 300.0, "fivefold": 400.0, "tenfold": 900.0}
MULTIPLES = frozenset(_MULTIPLES)
_FALLS = frozenset(("halved", "halving"))  # (the rest of ``MULTIPLES`` are rises)


class _Figure(Protocol):
    key: tuple[str, ...]
    shown: str


def relative_apart(x: _Figure, y: _Figure, a_text: str, b_text: str) -> bool:
    """Whether two figures are not compared: a change told as a multiple or a share ("doubled", "by a third") against a
    level ("unemployment doubled" / "rose from 4% to 8%"), or a multiple that is a rise against one that is a fall
    ("profits doubled" / "profits halved": the outcomes read a rise against a fall as an event)."""
    return bool(_relative(x) and _LEVEL.search(b_text) or _relative(y) and _LEVEL.search(a_text)) or (
        _way(x) * _way(y) < 0)


def _relative(f: _Figure) -> bool:
    return f.key[:2] == ("unit", "%") and (f.shown.startswith("by ") or f.shown.split()[-1] in MULTIPLES)


def _way(f: _Figure) -> int:
    """1 for a multiple that is a rise ("doubled"), -1 for a fall ("halved"), 0 for any other figure."""
    last = f.shown.split()[-1] if f.key[:2] == ("unit", "%") and f.shown else ""
    return 0 if last not in MULTIPLES else -1 if last in _FALLS else 1


_LEVEL = re.compile(r"\b(?:to|from|at)\s+\d[\d.,]*\s*(?:%|percent\b|per cent\b)", re.I)
_BY_QUALIFIERS = frozenset(
    "nearly almost about around roughly some more less than over under at least just well".split())
_CHANGES = ("cut", "reduc", "lower", "rais", "increas", "rose", "rise", "risen", "fell", "fall", "drop", "grew",
            "grow", "slash", "boost", "lift", "shrank", "shrunk", "shrink", "declin", "climb", "jump", "decreas",
            "expand", "trim", "plung", "sank", "sunk", "sink", "soar", "swell", "swollen", "contract", "dwindl")
_NOUNS = frozenset("rise fall increase drop cut decline jump".split())  # a change told as a noun ("a rise of")
_AFTER_CHANGE = frozenset("""since in on over from to last this compared after between and but while as during
    within than against for until""".split())  # ("by roughly a third for at least two months")


def share_shown(toks: list[Tok], i: int, words: str) -> str:
    """The words of a share in words at ``i`` with the bound said before it ("fewer than half of those who died")."""
    bound = _bound_before(toks, i)
    if bound and i - len(bound) > 0 and toks[i - len(bound) - 1].low in _JUST:
        bound = (toks[i - len(bound) - 1].low, *bound)  # ("just over two-thirds")
    return " ".join((*bound, words)) if bound else words


def share_bounds(toks: list[Tok], i: int, p: float) -> tuple[float, float]:
    """The values a share in words at ``i`` allows: "more than half" is over 50%, "nearly half" under it."""
    bound = _bound_before(toks, i)
    just = bound and i - len(bound) > 0 and toks[i - len(bound) - 1].low in _JUST  # "just over two-thirds": not 94%
    if bound in _ABOVE:
        return p - ROUNDING, p * 1.15 + 1 if just else 100.0
    if bound in _BELOW:
        return p * 0.85 - 1 if just else 0.0 if bound not in _NEARLY else p - 2 * ROUNDING, p + ROUNDING
    return p - ROUNDING, p + ROUNDING


_JUST = frozenset(("just", "slightly"))  # (a little over or under, as ``numbers.widen`` reads "just over 60%")


def _bound_before(toks: list[Tok], i: int) -> tuple[str, ...]:
    """The words of a bound or an estimate just before the word at ``i`` ("more than", "nearly", "about"), or ()."""
    before = tuple(t.low for t in toks[max(0, i - 2) : i])
    return next((words for words in (before[-2:], before[-1:]) if words in _QUALIFIED), ())


_NEARLY = frozenset((("nearly",), ("almost",)))
_ABOVE = frozenset((("more", "than"), ("at", "least"), ("over",), ("above",)))
_BELOW = frozenset((("less", "than"), ("fewer", "than"), ("up", "to"), ("at", "most"), ("under",), ("below",)))
_BELOW |= _NEARLY
_QUALIFIED = _ABOVE | _BELOW | frozenset((("about",), ("around",), ("roughly",)))


_NUMBERED = frozenset(("million", "billion", "trillion", "percentage", "point", "mile", "kilometre", "kilometer",
                       "metre", "meter"))  # ("a quarter of a mile": a length)
_WHOLE_DETERMINERS = frozenset("the its their his her our this that these those all".split())

__all__ = ["MULTIPLES", "change_share_at", "fraction_at", "multiple_at", "share_bounds", "share_shown", "whole_after",
           "STARTS", "ROUNDING"]
