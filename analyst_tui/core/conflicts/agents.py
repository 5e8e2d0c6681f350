"""Where the doer of a passive verb is named: its "by", just after the verb or its particle ("was carried out by"),
past a sum or a score ("were beaten 2-1 by"), an office ("was appointed chief executive by") or one phrase of place
("was pulled from a frozen pond in Solihull by his sister"); not a "by" of place or time ("was found by the
roadside", "was repaired by Friday"), nor the "by" of "by-election"."""

from __future__ import annotations

from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.numbers import past_score, past_sum
from analyst_tui.core.conflicts.offices import office_named
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok
from analyst_tui.core.wordforms import IRREGULAR_PAST

_BE = frozenset("is are was were be been being".split())
_HAVE = frozenset(("has", "have", "had"))
_MODALS = frozenset("will would could shall".split())
_ARTICLES = frozenset("a an the".split())
_WEEKDAYS = frozenset(WEEKDAYS)

# A phrase between a participle and its "by": of place, of the role ("was replaced as captain by") or of what was
# given ("was presented with the medal by")
_PLACE_OPENERS = frozenset("from to into in on at off out for over outside across near inside onto under as with of"
                           .split())  # ("was conned out of £200,000 by")
PARTICLES = frozenset("out off up down over".split())
# "by" before these is a place or a time, not a doer: "was found by the roadside", "was repaired by Friday".
_NOT_DOERS = frozenset("""roadside side river sea lake shore road bank window door pool end time way hand
    far""".split())


_MADE = frozenset("appointed named elected made promoted".split())


def is_by(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is "by" on its own (not the "by" of "by-election")."""
    return toks[k].low == "by" and not (k + 1 < len(toks) and toks[k + 1].low == "-")


def agent_by(toks: list[Tok], v: int) -> int | None:
    """Where the "by" naming the doer of the participle at ``v`` stands: just after it or its particle ("was
    carried out by", "was shot and wounded by"), or past one phrase of place ("was pulled from a frozen pond in Solihull by his sister",
    "had been dropped from the squad by the manager")."""
    n = len(toks)
    j = v + 1
    particle = j < n and toks[j].low in PARTICLES
    if particle or j + 1 < n and toks[j].low == "clear" and toks[j + 1].low == "of":
        j += 1  # ("was towed clear of the ice by")
    if j + 1 < n and toks[j].low == "and" and (toks[j + 1].low.endswith("ed") or toks[j + 1].low in IRREGULAR_PAST):
        j += 2  # a second participle of the same doer: "was shot and wounded by a poacher"
    j = past_sum(toks, past_score(toks, j))  # ("were beaten 2-1 by", "was fined £40 million by")
    if toks[v].low in _MADE:  # ("was appointed chief executive by")
        j = next((j + m for m in (3, 2, 1) if office_named([t.low for t in toks[j : j + m]]) is not None), j)
    if j < n and toks[j].low == "by":
        return j
    if j >= n or toks[j].low not in _PLACE_OPENERS and not (particle and toks[j].low in _ARTICLES):
        return None  # (or a particle and its place: "were chased down the street by")
    for k in range(j + 1, min(n - 1, v + 9)):
        t = toks[k]
        if t.low == "by":
            after = toks[k + 2] if toks[k + 1].low in _ARTICLES and k + 2 < n else toks[k + 1]
            if after.low in _NOT_DOERS or after.is_number or after.low in _WEEKDAYS:
                return None
            return k
        if t.is_break or t.low in CLAUSE_WORDS or t.low in _BE or t.low in _HAVE or t.low in _MODALS:
            return None
    return None


__all__ = ["PARTICLES", "agent_by", "is_by"]
