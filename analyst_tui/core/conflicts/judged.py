"""A report called true or false: "the report was false", "called the NBC report \"completely false\"",
"said the report was not true" deny it; "said the report was accurate" confirms it. Only after a linking word
("was", "as", "called"), so "a false passport" calls nothing untrue. ``polarity`` reads these as a stance,
said by whoever calls it so (``speaker``: "the White House said that the report was false").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import unsaid, words_before
from analyst_tui.core.conflicts.polarity_words import JUDGED_AFTER, JUDGED_FALSE, JUDGED_TRUE, NEGATORS
from analyst_tui.core.conflicts.tokens import Tok


def judgements(toks: list[Tok]) -> dict[tuple[int, bool], int]:
    """Where a report is called untrue (False) or true (True), and where the words that call it so start:
    "the report was false", "was not true", "called the NBC report \"completely false\"", "dismissed the claims
    as baseless", "called the report fake news"."""
    out: dict[tuple[int, bool], int] = {}
    for k, t in enumerate(toks):
        false = t.low in JUDGED_FALSE
        if not (false or t.low in JUDGED_TRUE):
            continue
        j = k - 1
        while j >= 0 and (toks[j].low in QUOTES or toks[j].low in _INTENSIFIERS or toks[j].low in NEGATORS):
            j -= 1  # "were \"completely untrue\"", "was not true"
        anchor = j if j >= 0 and toks[j].low in JUDGED_AFTER else None
        if anchor is None:
            anchor = next((m for m in range(j, max(-1, j - 6), -1)
                           if toks[m].low in ("called", "branded", "calling") or toks[m].is_break), None)
            if anchor is None or toks[anchor].is_break:
                continue
        if unsaid(toks, k):
            if false:
                continue  # "was not false": no stance
            false = True  # "was not true" calls it untrue
        out[(k, not false)] = anchor
    return out


QUOTES = frozenset(('"', "'"))
_INTENSIFIERS = frozenset("completely totally entirely utterly absolutely simply wholly patently".split())


def speaker(toks: list[Tok], k: int) -> frozenset[str]:
    """Who calls it so, when "that" stands between: "the White House said that the report was false"."""
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j].low == "that" and j and toks[j - 1].low in ("said", "says", "told", "insisted", "insists"):
            return words_before(toks, j - 1)
        if toks[j].is_break:
            break
    return frozenset()

