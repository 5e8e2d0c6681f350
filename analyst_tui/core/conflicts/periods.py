"""The time a figure is of, when it is not the news: a figure expected ("Analysts had expected earnings of 22 cents a
share"), or one of an earlier period than the one the news is about: "A year earlier, Halvorsen earned $25 million",
"earned $31 million, up from $25 million a year ago", "sales of $2.1 billion in the year-ago quarter". Such a figure and
one told of the period the news is about are two figures (``figures_apart``); two figures of the earlier period are
compared as any two."""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.tokens import Tok

EARLIER = "<earlier>"  # in a figure's context words (``surroundings.context_words``)
EXPECTED = "<expected>"  # a figure expected or forecast (``context_words``)
EXPECTING = frozenset("""expected expect expects expecting forecast forecasts forecaster forecasters predicted predict
    predicts prediction predictions projected projection projections consensus guidance""".split())  # (not
# "estimates": "Studio estimates show Iron Tide earned $117 million")


def expected(toks: list[Tok], q: int) -> bool:
    """Whether a word of expecting stands before the figure at ``q`` in its clause ("Analysts had expected earnings of
    22 cents a share"; not "the toll is expected to rise after 12 people died")."""
    for k in range(q - 1, max(-1, q - 9), -1):
        if toks[k].is_break or toks[k].low in _CLAUSE_START:
            return False
        if toks[k].low in EXPECTING:
            return True
    return False


_CLAUSE_START = frozenset("after before when as while and but since because".split())

# Words that name the earlier period a figure is of, as they are tokenized ("year-ago": "year", "-", "ago")
_MARKERS = tuple(tuple(m.split()) for m in (
    "a year earlier", "a year ago", "a year before", "year - ago", "year - earlier", "the previous year",
    "the prior year", "the previous fiscal year", "the prior fiscal year", "the year before",
    "the same period last year", "the same quarter last year", "the same period a year earlier",
    "the same period a year ago"))
_BASE = frozenset("from over than on with to versus vs".split())  # "rose 12% from a year earlier", "compared with the
# same period last year": the base of a change


def _marker_at(toks: list[Tok], k: int) -> int:
    """The length of the marker starting at ``k`` (0: none; none when it is the base of a change)."""
    if toks[k].low not in _STARTS:
        return 0
    for m in _MARKERS:
        if k + len(m) <= len(toks) and all(toks[k + i].low == w for i, w in enumerate(m)):
            if k and (toks[k - 1].low in _BASE or toks[k - 1].low == "the" and k > 1 and toks[k - 2].low in _BASE):
                return 0
            return len(m)
    return 0


_STARTS = frozenset(m[0] for m in _MARKERS)


def of_earlier_period(toks: list[Tok], q: int, j: int) -> bool:
    """Whether the figure in ``toks[q:j]`` is of an earlier period: a marker follows it closely in its clause ("$25
    million a year earlier", "$25 million in the year-ago quarter"), or opens its sentence ("A year ago, the company
    earned 12 cents a share": all it says is of that period, ``earlier_apart``)."""
    gap = 0
    for k in range(j, min(len(toks), j + 14)):
        if toks[k].is_break or gap > 4:
            break
        if toks[k].is_number:  # past another figure of a list: "$721,154 in salary and $243,389 in bonuses in the
            if not any(t.low == "and" for t in toks[max(j, k - 2) : k]):  # prior fiscal year"
                break
            gap = 0
        elif _marker_at(toks, k):
            return True
        gap += 1
    return any(_marker_at(toks, k) for k in range(min(q, 4)))


def _written(marker: tuple[str, ...]) -> str:
    """A marker as a pattern of the text: its words apart by spaces, a hyphen with or without them ("year-ago")."""
    out = re.escape(marker[0])
    for before, word in zip(marker, marker[1:]):
        out += (r"\s*" if "-" in (before, word) else r"\s+") + re.escape(word)
    return out


_EARLIER_PERIOD = "(?:" + "|".join(map(_written, sorted(_MARKERS, key=len, reverse=True))) + r")\b"
_OPENS_EARLIER = re.compile(r"(?:(?:during|in|for|over|at) )?(?:the )?" + _EARLIER_PERIOD, re.I)  # ("In the year-ago
# quarter, ...")
_MENTIONS_EARLIER = re.compile(r"\b" + _EARLIER_PERIOD, re.I)


def earlier_apart(text_a: str, text_b: str) -> bool:
    """Whether one sentence opens with an earlier period, all it says being of that period ("During the same quarter
    last year, EDS declared a profit of $354 million"), and the other names none: two things, one of the news."""
    return any(_OPENS_EARLIER.match(x.lstrip()) is not None and _MENTIONS_EARLIER.search(y) is None
               for x, y in ((text_a, text_b), (text_b, text_a)))
