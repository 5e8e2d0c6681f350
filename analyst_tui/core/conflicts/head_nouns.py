"""The head of a counted noun phrase: what a number counts ("45 crew members": crew; "5,000 head of cattle": cattle;
"60 containers overboard": containers), and the words that count without a digit (``NUMBERISH``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import VAGUE, WORD_NUMBERS
from analyst_tui.core.conflicts.surroundings import CALENDAR
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import ALLEGED, CASUALTY, STOP_NOUN
from analyst_tui.core.wordforms import IRREGULAR_PAST

NUMBERISH = frozenset(WORD_NUMBERS) | frozenset(VAGUE) | {"dozen", "tens", "no", "none", "nobody", "one"}


def head_noun(toks: list[Tok], j: int, limit: int = 3) -> tuple[str | None, int]:
    """The head of the noun phrase starting at ``j`` ("US service members" -> "members"; "of its shops" -> "shops")
    and its end."""
    n, head = len(toks), None
    k = j = j + 2 if j + 2 < n and toks[j].low == "of" and toks[j + 1].low in ("its", "their") else j
    named = 0  # a name before the noun does not count in ``limit`` ("four Open Hands aid workers")
    while named < 3 and j + named + 1 < n and toks[j + named].cap and toks[j + named].is_word and (
            toks[j + named + 1].is_word):
        named += 1
    limit += named
    while k < n and k - j < limit:
        t = toks[k]
        if k == j and t.low in ALLEGED and k + 1 < n and toks[k + 1].is_word and toks[k + 1].low not in STOP_NOUN and (
                toks[k + 1].low not in CASUALTY):  # "31 suspected members", "nine confirmed cases" (not "confirmed
            k += 1  # dead")
            continue
        if t.text in _INITIALS and k + 1 < n and toks[k + 1].is_word:
            k += 1  # a nation in capitals before the noun: "42 US states" (not the pronoun "us")
            continue
        if t.low == "-" and _joins(toks, k, head):  # a word joined by a hyphen: "co-workers", "part-time workers"
            k += 1
            limit += 2
            continue
        if not t.is_word or t.low in STOP_NOUN or t.low in CASUALTY or "." in t.low or len(t.low) < 2:
            break
        if t.low in CALENDAR or t.low in NUMBERISH:
            break
        if k > j and _ends_phrase(toks[k - 1], head) and not _plural(t.low):
            break  # a plural ends the phrase, unless another follows it ("sales executives"): "33 states sued Pixlane"
        modifier = (t.low.endswith("ed") and len(t.low) >= 5 or k > j and t.low.endswith("ing")) and not (
            k > j and _plural(toks[k - 1].low)) and _modifies(toks, k)  # (not "26.5 million shares changed hands")
        if t.low.endswith("ed") and len(t.low) >= 5 and not modifier:
            break
        if k > j and (t.low in IRREGULAR_PAST or t.low == "left" or t.low in _PAST_AS_PRESENT):
            break  # "half of the staff left", "19 countries put their names to it"
        if t.low in _WHEN or k > j and (t.low.endswith("ing") and not modifier or t.low.endswith("ly") and not (
                _modifies(toks, k)) or t.low in _PARTICLES_AFTER):  # ("supply boats", "family members")
            break  # (and "2.3 million visitors last year", "reached 210,000 last summer", "800 positions globally")
        if not (k > j and (t.low in ("members", "member") and toks[k - 1].low in ("crew", "staff") or (
                t.low in ("losses", "cuts") and toks[k - 1].low == "job" or t.low in ("medals", "medal") and toks[
                    k - 1].low in ("gold", "silver", "bronze")))):  # ("450 job losses": jobs; "11 gold medals": golds)
            head = t.text  # ("45 crew members": the crew, as "54 crew on board" counts them)
            if toks[k - 1].low == "-" and k > j + 1 and head is not None:
                head = f"{toks[k - 2].text}-{t.text}"  # (shown whole: "3 co-workers")
        k += 1
    if head == "head" and k + 1 < n and toks[k].low == "of":
        return head_noun(toks, k + 1, limit)  # "5,000 head of cattle": cattle
    return head, k


_INITIALS = frozenset(("US", "UK", "EU", "UN"))


def kinds_before(toks: list[Tok], j: int) -> frozenset[str]:
    """The words that say what kind of thing the noun phrase at ``j`` counts, before its head ("full-time" of "400
    full-time posts", "academic" of "30 academic posts"), with "-" when one of them is joined by a hyphen."""
    head, end = head_noun(toks, j)
    if head is None:
        return frozenset()
    end -= 1 + 2 * head.count("-")  # (the head's own words: "co-workers")
    return frozenset(t.low for t in toks[j:end] if t.is_word or t.low == "-")


def _joins(toks: list[Tok], k: int, head: str | None) -> bool:
    """Whether the hyphen at ``k`` joins the word before it, the phrase's head so far, to the word after it ("co-workers",
    "part-time", "ex-soldiers"), rather than setting words apart ("three soldiers - all of them reservists")."""
    if not (0 < k < len(toks) - 1 and head is not None and toks[k - 1].text == head.rsplit("-", 1)[-1]):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return before.is_word and not _plural(before.low) and after.is_word and after.low not in STOP_NOUN and (
        after.low not in CASUALTY and after.low not in NUMBERISH and after.low not in CALENDAR)


def _modifies(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k``, in -ed or -ing, describes the plural noun right after it ("CV90 armoured vehicles",
    "infantry fighting vehicles"), rather than ending the phrase ("12 soldiers killed in", "people living there")."""
    if k + 1 >= len(toks):
        return False
    t = toks[k + 1]
    w = t.low
    return (t.is_word and not t.cap and _plural(w) and not w.endswith(("ed", "ing"))
            and not (w in STOP_NOUN or w in CASUALTY or w in NUMBERISH or w in CALENDAR))


def _ends_phrase(t: Tok, head: str | None) -> bool:
    """Whether ``t``, the head so far, is a plural in small letters (not a name: "five Delta Works oil workers")."""
    return t.text == head and not t.cap and _plural(t.low)


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("vehicles", "boats"; not "press", "bonus", "crisis")."""
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_PAST_AS_PRESENT = frozenset("put cut hit set quit shut spread cast cost hurt".split())
_WHEN = frozenset("last this next every each apiece worldwide nationwide overseas abroad once".split())
_PARTICLES_AFTER = frozenset("""down up out off away back overboard ashore aground adrift afloat aboard onboard
    overnight indoors outdoors upstairs downstairs underground clear""".split())  # ("brought five climbers down",
# "60 containers overboard", "a single stroke clear of the field")


__all__ = ["NUMBERISH", "head_noun"]
