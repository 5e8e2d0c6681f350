"""Tallies: the two numbers of a vote or a score ("voted 52 to 48", "voted nine to four", "beat the Chiefs 20-13").

A pair of whole numbers joined by "-" or "to", named as a vote or a result (below), is a
tally, read in either order ("won 3-1" and "lost 1-3" are one result), as is a vote told as "288 votes in favour
and 212 against" (or "for and ... against"); a record in parentheses
("the Colts (11-4)") or of three numbers ("14-13-2") is not. Two versions that each give
tallies, none of them the same, differ in a figure ("52-48 vs 51-49"); so do two lists of every set's score,
one set other ("3-6, 3-6, 6-4, 6-4, 6-3" vs "3-6, 3-6, 6-4, 6-4, 7-5", "in straight sets, 6-3, 6-4" vs "a 6-3, 6-2
victory"). A range ("5 to 10
percent") has a unit after it, or nothing that names it a result, and is not a tally.
"""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import Tok, said_before, said_bounds

# A tally is named by a verb shortly before it ("voted 52 to 48", "beat the Chiefs 20-13") or a noun
# right after it, or after one more word ("a 7-1 win", "by a 52-48 vote", "a 61-39 Senate vote", "a vote of
# 52 to 48"), or by "votes" between the numbers ("by 320 votes to 250"); a running score ("a 14-0
# lead") or a season's record ("falling to 5-10") is not compared.
_VERBS = frozenset("""voted vote votes won win wins winning beat beats beaten beating defeat defeated defeats defeating lost
    lose loses losing edged thrashed routed overcame downed hammered crushed passed passing approved adopted backed
    confirmed rejected ruled rules sided upheld overturned struck cleared edge edges sink sinks sank fell fall falls
    stun stuns stunned crush crushes thrash thrashes rout routs hammer hammers past scoring""".split())  # ("cruised
# past"; "two of the three judges scoring it 29-28")
_NOUNS = frozenset("vote votes victory win defeat decision loss margin score ruling majority".split())
_PARTS = frozenset("set frame".split())  # a part of a match whose score follows it
_NOT_AFTER = frozenset("% percent per pct pc points point cents million billion trillion years".split())
_SEPARATORS = frozenset(("-", "to"))
LARGEST = 999  # "2007-2014" is a span of years, not a tally


def tallies(toks: list[Tok]) -> frozenset[tuple[float, float]]:
    """Each tally of the text, larger number first."""
    out = set()
    n = len(toks)
    for k in range(n - 2):
        a, sep, b = toks[k], toks[k + 1], toks[k + 2]
        given = _for_and_against(toks, k) if sep.low in _FOR_WORDS else None
        if given is not None:  # "288 votes in favour and 212 against", "with 60 for and 40 against"
            out.add((max(given), min(given)))
            continue
        if sep.low == "votes" and k + 3 < n and b.low == "to":
            x, y = _count(a), _count(toks[k + 3])  # "by 320 votes to 250", "by five votes to four": a vote, named
            if x is not None and y is not None and max(x, y) <= LARGEST:  # as such
                out.add((max(x, y), min(x, y)))
            continue
        x, y = _count(a), _count(b)
        if x is None or y is None or sep.low not in _SEPARATORS or sep.low == "-" and not (a.is_number and b.is_number):
            continue  # ("voted 52 to 48", "voted nine to four"; not "one-two")
        if x > LARGEST or y > LARGEST or (k + 3 < n and toks[k + 3].low in _NOT_AFTER):
            continue
        before = toks[k - 1].low if k else ""
        after = toks[k + 3].low if k + 3 < n else ""
        if before == "(" or after == ")":
            continue  # "the Colts (11-4)": a season's record, which changes from report to report
        third_before = before == "-" and k >= 2 and toks[k - 2].is_number
        third_after = after == "-" and k + 4 < n and toks[k + 4].is_number
        if third_before or third_after:
            continue  # "14-13-2": a record of wins, losses and draws
        named_after = after in _NOUNS or (  # "a 61-39 Senate vote", "a 2-1 home win"
            k + 4 < n and toks[k + 3].is_word and toks[k + 4].low in _NOUNS and toks[k + 3].low not in _NOT_AFTER) or (
            k + 6 < n and toks[k + 4].low == "-" and toks[k + 6].low in _NOUNS)  # ("a 3-2 semi-final defeat")
        if named_after or _named_before(toks, k):
            start = _series_start(toks, k)
            series = _series(toks, start)
            for j in range(start, start + 4 * max(1, series.count(",") + 1), 4):  # (each set's score of a list)
                out.add((max(_count(toks[j]), _count(toks[j + 2])), min(_count(toks[j]), _count(toks[j + 2]))))
            if series:
                out.add(("sets", series))  # type: ignore[arg-type]  # ("beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3")
    score = _result_line(toks)
    if score is not None:
        out.add(score)
    return frozenset(out)


def _result_line(toks: list[Tok]) -> tuple[float, float] | None:
    """The score of a result written as a line of two sides and their numbers, at the end of a headline ("Women's Cup
    final: Harbour City 3, Ashford Rovers 1"), larger number first."""
    end = said_bounds(toks)[1]  # (the line before who gave it: "..., Ashford Rovers 1, officials said")
    if end < 5 or _count(toks[end - 1]) is None or not toks[end - 2].cap:
        return None
    j = end - 2
    while j > 0 and toks[j].cap and toks[j].is_word and end - j < 6:
        j -= 1
    x, y = _count(toks[j - 1]) if toks[j].low == "," and j > 1 else None, _count(toks[end - 1])
    if x is None or y is None or not toks[j - 2].cap or max(x, y) > _MOST_GOALS:
        return None
    start = j - 2
    while start > 0 and toks[start - 1].cap and toks[start - 1].is_word:
        start -= 1
    return (max(x, y), min(x, y)) if start == 0 or toks[start - 1].low in (":", "-") else None  # (the line alone, or
    # after a headline's "...:")


_MOST_GOALS = 30  # (a score in a result line: "Harbour City 3, Ashford Rovers 1")


_FOR_WORDS = frozenset("votes vote in for".split())
_WENT = frozenset("went go goes going gone".split())
_VOTES = frozenset(("votes", "vote"))


def _for_and_against(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The two counts of a vote said as so many "in favour" (or "for") "and" so many "against", from ``k``."""
    x = _count(toks[k])
    j, n = k + 1 + (toks[k + 1].low in _VOTES), len(toks)
    if x is None or j + 1 >= n:
        return None
    if toks[j].low == "in" and toks[j + 1].low in ("favour", "favor"):
        j += 2
    elif toks[j].low == "for":
        j += 1
    else:
        return None
    if j + 1 < n and toks[j].low in ("and", ","):
        j += 1
    y = _count(toks[j]) if j < n else None
    j += 1 + (j + 1 < n and toks[j + 1].low in _VOTES)
    return (x, y) if y is not None and j < n and toks[j].low == "against" and max(x, y) <= LARGEST else None


def _count(t: Tok) -> float | None:
    """The whole number a word gives, in digits or in words ("52", "nine"), or a half ("7.5": a chess match's
    points)."""
    if t.is_number:
        return int(t.low) if t.low.isdecimal() else float(t.low) if _HALF.fullmatch(t.low) else None
    return WORD_NUMBERS.get(t.low) if t.low in _WORD_COUNTS else None


_HALF = re.compile(r"\d{1,2}\.5")
_WORD_COUNTS = frozenset("""nil none zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split())


def _series_start(toks: list[Tok], k: int) -> int:
    """Where the list of scores that the tally at ``k`` ends or belongs to opens ("a 6-3, 6-2 victory")."""
    while k >= 4 and toks[k - 1].low == "," and toks[k - 2].is_number and toks[k - 3].low == "-" and (
            toks[k - 4].is_number):
        k -= 4
    return k


def _series(toks: list[Tok], k: int) -> str:
    """The scores of every set or frame, when the tally at ``k`` opens a list of two or more ("3-6, 3-6, 6-4,
    6-4, 6-3", "6-3, 6-2"), as written; else ""."""
    scores = [f"{toks[k].low}-{toks[k + 2].low}"]
    j = k + 3
    while j + 3 < len(toks) and toks[j].low == "," and toks[j + 1].is_number and toks[j + 2].low == "-" and (
            toks[j + 3].is_number):
        scores.append(f"{toks[j + 1].low}-{toks[j + 3].low}")
        j += 4
    return ", ".join(scores) if len(scores) >= 2 else ""


def _named_before(toks: list[Tok], k: int) -> bool:
    """A tally verb at most ten words before ``k`` in the same clause, or "a vote of" just before."""
    if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in _NOUNS:
        return True
    if k >= 1 and toks[k - 1].low in _PARTS or k >= 2 and toks[k - 1].low == "," and toks[k - 2].low == "sets":
        return True  # "took the first set 6-4", "in straight sets, 6-3, 6-4"
    if k >= 1 and toks[k - 1].low in _VOTES or k >= 2 and toks[k - 1].low == "," and toks[k - 2].low in _VOTES:
        return True  # "survives no-confidence vote, 214 to 207"
    if k >= 2 and toks[k - 1].low == "down" and toks[k - 2].low in _WENT:
        return True  # "Dortmund went down 3-2 to Bayern": lost (not "were down 2-0 at half-time", a running score)
    return said_before(toks, k, _VERBS, most=10)  # "passed the border security legislation 58-42"


def tally_conflict(a: frozenset[tuple[float, float]],
                   b: frozenset[tuple[float, float]]) -> tuple[str, str] | None:
    """(what a says, what b says) when both give tallies and none of the same."""
    if not a or not b:
        return None
    sets_a = {y for x, y in a if x == "sets"}
    sets_b = {y for x, y in b if x == "sets"}
    if sets_a and sets_b and sets_a.isdisjoint(sets_b):
        return min(sets_a), min(sets_b)  # (the scores of every set: one set other is another result)
    a = frozenset(t for t in a if t[0] != "sets")
    b = frozenset(t for t in b if t[0] != "sets")
    if not a or not b or not a.isdisjoint(b):
        return None
    return ", ".join(f"{x}-{y}" for x, y in sorted(a)), ", ".join(f"{x}-{y}" for x, y in sorted(b))
