"""A count told before its number: "Measles cases in the region have reached 212", "Police put the crowd at 5,000",
"the number of people evacuated rose to 3,000", "Authorities put the number of homes destroyed at 1,500".

``figures`` reads a number with nothing counted after it this way, so that it is compared with the same count told
the usual way ("some 3,000 protesters gathered", "1,500 homes were destroyed").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.surroundings import (CLIMBED, REACHED, casualty_label, clause_before, counted, group_of,
                                                     plural_before)
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import CASUALTY, PEOPLE, PEOPLE_ACTS_AFTER

# Who make up a crowd: a count of them is a crowd's size ("the number of protesters", "3,000 marchers gathered").
_CROWD_NOUNS = frozenset("protesters demonstrators marchers mourners worshippers spectators".split())
_CROWD = frozenset("crowd crowds turnout attendance".split())  # "put the crowd at", "estimated the turnout at"
# An estimate, before what is estimated: "put the crowd at", "estimated the number of ... at".
_PUT = frozenset("put puts putting estimated estimates estimate estimating placed places".split())
# What a number of things is said to stand at, after it: "the number of ... stood at / was put at / rose to".
_STOOD = frozenset("""stood stands stand put estimated placed rose risen rises climbed climbs grew grown jumped reached
    reaches topped totalled totaled fell dropped declined doubled""".split())


def counted_before(toks: list[Tok], b: int) -> tuple[tuple[str, ...], str] | None:
    """The key and label of what a number after the word at ``b`` counts, told before it, or None."""
    if b < 1:
        return None
    climbed = b >= 2 and toks[b].low == "to" and toks[b - 1].low in CLIMBED  # "Lindhurst measles cases climb to 74"
    if toks[b].low in ("at", "to") or toks[b].low in REACHED:
        told = _estimated(toks, b)
        if told is not None:
            return told
    if toks[b].low in REACHED or climbed:
        noun = plural_before(toks, b - climbed)
        if noun is not None:  # "Measles cases in the region have reached 212"
            return ("noun", counted(noun)), noun
    noun = _changed_from(toks, b) if toks[b].low in ("from", "to") else None
    return (("noun", counted(noun)), noun) if noun is not None else None


def _changed_from(toks: list[Tok], b: int) -> str | None:
    """What a count changed "from" one number "to" another counts, told before them: "will be reduced from 40 staff to
    25" (staff), "must shrink its embassy staff in Veridia from 40 to 32" (staff, both numbers)."""
    if toks[b].low == "to" and b >= 3 and toks[b - 2].is_number and toks[b - 3].low == "from" and _counted(toks[b - 1]):
        return toks[b - 1].low  # "from 40 staff to 25"
    if toks[b].low == "to" and b >= 2 and toks[b - 1].is_number and toks[b - 2].low == "from":
        b -= 2  # "from 40 to 32": the 32 counts what the 40 does
    if toks[b].low != "from":
        return None
    words = clause_before(toks, b, 8)
    for k in range(len(words) - 1, 0, -1):
        if _counted(words[k]) and any(t.low in _CHANGED for t in words[:k]):
            return words[k].low
    return None


def _counted(t: Tok) -> bool:
    """Whether a word may be what a changed count counts: a plural in small letters, or a word for a workforce."""
    return t.is_word and not t.cap and (t.low in _WORKFORCE or len(t.low) > 3 and t.low.endswith("s") and not (
        t.low.endswith(("ss", "us"))) and t.low not in PEOPLE)


_CHANGED = frozenset("""reduced reduce reduces cut cuts shrink shrinks shrank shrunk increased increase increases raised
    raise raises expanded expand expands trimmed slashed""".split())
_WORKFORCE = frozenset("staff workforce personnel".split())


def _estimated(toks: list[Tok], b: int) -> tuple[tuple[str, ...], str] | None:
    """"put the crowd at 5,000", "the number of migrants rescued stood at 212", "put the number of protesters in the
    square at around 800"; not a number set as a plan or a limit ("cap the number of visitors at 500", "raise the
    number of troops to 5,000")."""
    words = clause_before(toks, b, 16)
    lows = [t.low for t in words]
    for k, w in enumerate(lows):
        if w in _PUT and k + 2 < len(lows) and lows[k + 1] == "the" and lows[k + 2] in _CROWD and toks[b].low == "at":
            return ("crowd", "people"), "in the crowd"  # "Police put the crowd at 5,000"
        if w == "number" and k + 2 < len(lows) and lows[k + 1] == "of" and (
                (k >= 2 and lows[k - 1] == "the" and lows[k - 2] in _PUT and toks[b].low == "at")
                or any(x in _STOOD for x in lows[k + 3 :]) or toks[b].low in REACHED):
            return _what_counted(lows[k + 2 : k + 4])
    return None


def _what_counted(after: list[str]) -> tuple[tuple[str, ...], str] | None:
    """The key and label of a count of the words after "the number of": "protesters" (a crowd), "people evacuated",
    "homes destroyed" (homes), "confirmed cases" is left to the reading of the noun after the verb."""
    noun, then = after[0], after[1] if len(after) > 1 else ""
    if noun in _CROWD_NOUNS:
        return ("crowd", "people"), noun
    if then in CASUALTY:  # "the number of people injured", "the number of migrants rescued"
        cls = CASUALTY[then]
        return (cls, group_of(noun)), casualty_label(noun, cls)
    if noun in PEOPLE:
        act = PEOPLE_ACTS_AFTER.get(then)
        return ((act, "people"), f"{noun} {act}") if act is not None and act != "told" else None  # "people evacuated"
    if not noun.isalpha() or len(noun) < 4 or not noun.endswith("s") or noun.endswith("ss"):
        return None
    return ("noun", counted(noun)), noun
