"""What a number in a sentence counts or measures (``counted_thing``): "five people" dead or people, "10 kilometres"
a length, "$141 billion" an amount in dollars, "a 6.1-magnitude quake" a magnitude, "a mother of 12" her children; or
None when nothing identifiable is counted (a year, a clock time). ``figures.figures`` reads each number with it."""

from __future__ import annotations

from analyst_tui.core.conflicts.head_nouns import NUMBERISH, head_noun
from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS, SCALES, TIME_WORDS, VAGUE, WORD_NUMBERS, number_at
from analyst_tui.core.conflicts.counted_otherwise import counted_otherwise
from analyst_tui.core.conflicts.counts_before import counted_before
from analyst_tui.core.conflicts.surroundings import (casualty_class, casualty_label, casualty_told, counted,
                                                     counts_children, crowd, counted_as, group_of, holds, is_age,
                                                     past_aside, populated)
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.conflicts.units import change, unit_key
from analyst_tui.core.conflicts.words import (ACTIVE, AUX, CAPTIVES, CASUALTY, COUNTED_BY_HYPHEN, DEGREE, MANNER,
                                              PEOPLE, PEOPLE_ACTS, PEOPLE_ACTS_AFTER, UNITS)

_REMAINS = frozenset("bodies body corpses remains".split())  # brought out, not rescued: recovered
_BROUGHT = frozenset("brought winched airlifted pulled".split())
_SPANS = frozenset("second minute hour day week month year".split())
_PAID = frozenset("""fine fines penalty bill deal loan fee fees payment payout grant bonus award settlement contract
    prize budget investment salary package fund cheque bribe donation ransom reward debt bid offer sale
    purchase""".split())

_QUAKES = frozenset("quake quakes earthquake earthquakes tremor temblor aftershock".split())


def counted_thing(toks: list[Tok], q: int, i: int, j: int, sign: str) -> tuple[tuple[str, ...], str] | None:
    """What the number between tokens ``i`` and ``j`` (qualifier from ``q``) counts or measures."""
    n = len(toks)
    if counts_children(toks, q) and not (j < n and toks[j].low == "-"):  # "a mother of 12", "the mother-of-three
        return ("noun", "child"), "children"  # died": her children, not the dead (but "mother of 6-year-old twins")
    if j < n and toks[j].low == "-" and j + 1 < n:  # "6.1-magnitude", "10-kilometre"
        unit = UNITS.get(toks[j + 1].low)
        if unit == "pound" and not (j + 2 < n and toks[j + 2].low in _PAID):
            unit = "lb"  # "a 600-pound pumpkin": a weight (but "a 25,000-pound fine": an amount)
        if unit in ("year", "month", "week", "day") and is_age(toks, j + 2):
            return None  # ages of different people are not one figure
        if unit:
            return unit_key(toks, unit, q, j + 2), toks[j + 1].text
        if toks[j + 1].is_word and toks[j + 1].low.isalpha() and not (j + 2 < n and toks[j + 2].low == "-") and (
                toks[j + 1].low in COUNTED_BY_HYPHEN):
            return ("noun", counted(toks[j + 1].low)), toks[j + 1].low + "s"  # "a 25-date tour", "a ten-episode series"
        return None
    if sign:  # "$141 billion", "£1.7m", "€2 million": an amount in that currency
        return ("unit", CURRENCY_SIGNS[sign], change(toks, q)), ""
    prev = toks[q - 1].low if q > 0 else ""
    if prev == "magnitude" or (prev in ("-", "of") and q > 1 and toks[q - 2].low == "magnitude") or any(
            t.low == "richter" for t in toks[j : j + 3]) or (  # "6.1 on the Richter scale", "a 6.1 Richter quake"
            prev in ("measured", "measuring") and "." in toks[i].low and any(t.low in _QUAKES for t in toks[:q])):
        return ("unit", "magnitude", ""), "magnitude"  # ("the quake ... measured 5.9")
    if q > 0 and toks[q - 1].text == "Category" and toks[i].is_number and "." not in toks[i].low:  # a storm's: "made
        moved = any(t.low in ("to", "into", "from") for t in toks[max(0, q - 3) : q - 1])  # landfall as a Category 4
        return ("category", "moved" if moved else ""), "Category"  # storm" (not "weakened to a Category 1 storm")
    if prev == "of" and q > 1 and toks[q - 2].low in ("crowd", "attendance") and head_noun(toks, j)[0] is None:
        return ("crowd", "people"), "in the crowd"  # "A crowd of 45,000 watched"
    if prev == "of" and q > 1 and toks[q - 2].low == "majority" and head_noun(toks, j)[0] is None:
        return ("noun", "majority"), "majority"  # "cleared the Commons with a majority of 55" (not "a majority of 55 MPs")
    k = j + 1 if j < n and toks[j].low == "of" and toks[i].low in VAGUE else _of_the(toks, j)  # ("42 of the 150")
    # A casualty word after the number: "24 dead", "five people were killed", "14 others trapped".
    noun, after_noun = head_noun(toks, k)
    if (noun is not None and noun[:1].isupper() and after_noun + 1 < n and toks[after_noun].low in ("and", "or")
            and toks[after_noun + 1].is_word and toks[after_noun + 1].cap):
        return None  # "23 Somali and Yemeni pirates": the number counts both
    if noun is not None and after_noun + 1 < n and toks[after_noun].low == "and" and toks[after_noun + 1].low == "crew":
        after_noun += 2 + (after_noun + 2 < n and toks[after_noun + 2].low == "members")  # "68 passengers and crew":
        noun = "people"  # everyone on board
    m = start = past_aside(toks, after_noun)  # "three people, a man and two women, were injured"
    while m < n and m - start < 5 and (toks[m].low in AUX or toks[m].low in MANNER or toks[m].low in DEGREE
                                       or (toks[m].low == "and" and toks[m - 1].low in MANNER)):
        m += 1  # "two officers were shot dead", "were shot and wounded", "were seriously injured" (``part``)
    timed = j < n and UNITS.get(toks[j].low) in _SPANS  # ("seven hours stuck aboard the jet": a length of time)
    told = not timed and casualty_told(toks, m)  # "31 people were crushed to death", "suffered minor injuries"
    if told:
        return (told, group_of(noun)), casualty_label(noun, told)
    if not timed and m < n and toks[m].low in CASUALTY and (toks[m].low not in ACTIVE or m > k or toks[
            m].low.endswith("ed")):
        cls = casualty_class(toks, m)
        if cls == "dead" and toks[m].low == "lives":
            return (cls, "people"), f"{_noun_or(noun, 'lives')}"
        return (cls, group_of(noun)), casualty_label(noun, cls)
    # An active casualty verb before it: "killing at least five people", "injuring dozens".
    b = q - 1
    if b >= 1 and toks[b].low in ("the", "all") and toks[b - 1].low in ACTIVE:
        b -= 1  # "rescued the three divers", "killing all 24 people on board"
    if b >= 0 and toks[b].low in CASUALTY and toks[b].low in ACTIVE and not (
            j < n and (toks[j].low in UNITS or toks[j].low in ("times", "time"))) and not (
            toks[b].low == "released" and not (noun and (noun.lower() in PEOPLE or stem(noun.lower()) in CAPTIVES))):
        # not "captured 27.9 percent of the market", "had been arrested four times", "released 19 new products"
        cls = casualty_class(toks, b)
        return (cls, group_of(noun)), casualty_label(noun, cls)
    if b >= 0 and toks[b].low in ("to", "at", "of", "reached", "hit") and (cls := counted_as(toks, b)):
        return (cls, group_of(noun)), casualty_label(noun, cls)  # ("the death toll rose to 24", "the arrest of 312")
    if noun is None and not (j < n and toks[j].low in UNITS) and (before := counted_before(toks, b)):
        return before  # "Measles cases in the region have reached 212", "Police put the crowd at 5,000"
    if j + 1 < n and toks[j].low in ("percentage", "basis") and toks[j + 1].low in ("point", "points"):
        unit = "pp" if toks[j].low == "percentage" else "bp"  # "by 0.5 percentage points", "by 25 basis points"
        return unit_key(toks, unit, q, j + 2), f"{toks[j].low} {toks[j + 1].low}"
    if j < n and toks[j].low == "point" and toks[i].low in ("half", "a"):  # "a quarter point": of a percentage
        return unit_key(toks, "pp", q, j + 1), "point"
    if j + 1 < n and toks[j].low == "per" and toks[j + 1].low == "cent":  # "5.4 per cent", as British outlets write it
        return unit_key(toks, "%", q, j + 2), "per cent"
    if j + 1 < n and toks[j].low == "nautical" and toks[j + 1].low in ("miles", "mile"):  # "40 nautical miles south"
        return unit_key(toks, "nmi", q, j + 2), "nautical miles"
    if j < n and toks[j].low in UNITS:
        if toks[j].low in ("year", "years", "month", "months") and is_age(toks, j + 1):
            return (("unit", "years old", ""), "years old") if toks[j - 1].low in SCALES else None  # ("150 million
            # years old": a fossil's age; a person's is ``particulars``)
        if toks[j].low == "years" and toks[j - 1].low in SCALES and (j + 1 < n and toks[j + 1].low == "ago" or (
                q and toks[q - 1].low == "back")):
            return ("unit", "years old", ""), "years"  # "dates back some 45 million years", "66 million years ago"
        if UNITS[toks[j].low] == "mile" and [t.low for t in toks[j + 1 : j + 3]] in (["per", "hour"], ["an", "hour"]):
            return unit_key(toks, "mph", q, j + 3), "miles per hour"  # "winds of 95 miles per hour"
        if UNITS[toks[j].low] == "km" and j + 2 < n and (toks[j + 1].low == "/" and toks[j + 2].low in ("h", "hr") or (
                toks[j + 1].low in ("per", "an") and toks[j + 2].low == "hour")):  # ("80 kilometres an hour")
            return unit_key(toks, "kph", q, j + 3), "km/h"  # "winds of up to 210 km/h", "45 kilometres per hour"
        return unit_key(toks, UNITS[toks[j].low], q, j + 1), toks[j].text
    aboard = noun is not None and noun.lower() == "passengers" and not (  # "carrying 342 passengers"; not "150
        after_noun + 1 < n and toks[after_noun].low == "and" and (toks[after_noun + 1].is_number or  # passengers and
                                                                  toks[after_noun + 1].low in NUMBERISH))  # six crew"
    if b >= 0 and toks[b].low in _BROUGHT and m < n and toks[m].low in ("down", "out", "off", "from") and any(
            x.low.startswith("rescu") for x in toks) and not (noun and noun.lower() in _REMAINS):
        return ("rescued", group_of(noun)), casualty_label(noun, "rescued")  # "Rescuers brought 5 climbers down"
    if holds(toks, b, noun):  # "a capacity of 45,000", "will hold 60,000 fans", "a 60,000-seat stadium"
        return ("noun", "seat"), "seats"
    otherwise = counted_otherwise(toks, b, m, noun) if noun is not None else None
    if otherwise is not None:  # ("3,000 workers will lose their jobs", "500 residents were forced from their homes")
        return otherwise
    if noun is not None and crowd(toks, b, m, noun):
        return ("crowd", "people"), noun  # "40,000 people marched" / "15,000 demonstrators took part"
    money = noun is not None and (UNITS.get(noun.lower()) in _NAMED_MONEY or noun.lower() == "crowns")
    if money and after_noun > k + 1:  # "2.6 billion Danish kroner" (or "crowns"): money, as "3.1 billion kroner" is
        return unit_key(toks, UNITS.get(noun.lower(), "krone"), q, after_noun), noun
    if noun is not None and not (noun.lower() in PEOPLE or noun.lower() in TIME_WORDS or aboard):
        return ("noun", counted(noun)), noun
    w = j if noun is None else after_noun
    if w + 1 < n and toks[w].low == "without" and toks[w + 1].is_word and (noun is None or noun.lower() in PEOPLE):
        return ("without", stem(toks[w + 1].low)), f"without {toks[w + 1].low}"  # "2 million without power"
    if m + 2 < n and toks[m].low == "taken" and toks[m + 1].low == "into" and toks[m + 2].low == "custody":
        return ("arrested", group_of(noun)), casualty_label(noun, "arrested")  # "320 people were taken into custody"
    if m + 1 < n and toks[m].low in ("taken", "held") and toks[m + 1].low == "hostage":
        return ("noun", counted("hostages")), "hostages"  # "six people were taken hostage" / "seized 14 hostages"
    if aboard:
        return ("aboard", "people"), f"{noun} aboard"
    if noun is not None and noun.lower() in PEOPLE:
        act = PEOPLE_ACTS.get(toks[b].low) if b >= 0 else None
        if act is None and m < n:
            act = PEOPLE_ACTS_AFTER.get(toks[m].low) or (
                "aboard" if toks[m].low == "on" and m + 1 < n and toks[m + 1].low == "board" else None)
        if act is not None:  # "carrying 239 people", "3,000 people were evacuated", "1,200 people attended"
            said = toks[b].low if b >= 0 and toks[b].low in PEOPLE_ACTS else toks[m].low  # the verb as written
            return (act, "people"), f"{noun} {act if act != 'crowd' else said}"
        if m + 1 < n and toks[m].low == "with" and toks[m + 1].low in ("injuries", "wounds"):
            return ("injured", "people"), "injured"  # "around 50 people with injuries"
        if populated(toks, b):  # "home to 120,000 people", "a town of about 15,000 people"
            return ("population", "people"), f"{noun.lower()} living there"
    return None



_NAMED_MONEY = frozenset("krone rupee peso rand naira".split())  # (not dollars: "A$2 billion" and "$2 billion" are two)
OF_HOURS = frozenset((("unit", "minute"), ("unit", "second")))
HOUR_WORDS = frozenset("hours hour hrs hr minutes minute mins min".split())


def _noun_or(noun: str | None, default: str) -> str:
    return noun or default


def _of_the(toks: list[Tok], j: int) -> int:
    """Where the noun that a count before "of the" and another count counts starts ("won 42 of the 150 seats": at
    "seats"), else ``j``."""
    if j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low == "the" and (toks[j + 2].is_number or toks[
            j + 2].low in WORD_NUMBERS and toks[j + 2].low not in ("one", "a")):  # ("two of the four crew members")
        found = number_at(toks, j + 2)
        if found is not None:
            return found[2]
    if j + 4 < len(toks) and toks[j].low == "of" and toks[j + 1].low == "the" and toks[j + 3].low == "'s" and (
            toks[j + 4].is_number):  # "68 of the assembly's 200 seats"
        found = number_at(toks, j + 4)
        if found is not None:
            return found[2]
    return j


__all__ = ["HOUR_WORDS", "OF_HOURS", "counted_thing"]
