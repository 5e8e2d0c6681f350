"""Figures in a sentence: what is counted or measured, and the range of values the words allow.

"killing at least five people" -> dead (people) in [5, inf); "24 dead" -> dead (people) = 24;
"about 20,000 refugees" -> refugee in [17000, 23000]; "a depth of 10 kilometres" -> km (depth) = 10;
"dozens injured" -> injured (people) in [24, 199]. A number with nothing identifiable after or
before it (years, clock times, "one of the ...") is left out: only like is compared with like.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from analyst_tui.core.conflicts.head_nouns import NUMBERISH, head_noun, kinds_before
from analyst_tui.core.conflicts.numbers import (CURRENCY_SIGNS, SCALES, TIME_WORDS, VAGUE, WORD_NUMBERS, converted_from,
                                                is_year_or_time, number_at, of_the, precise_apart, qualifier,
                                                rounded_alike, unit_again, widen)
from analyst_tui.core.conflicts.fractions import (MULTIPLES, change_share_at, count_shares, fraction_at,
                                                  multiple_at, share_before, share_bounds, share_shown, whole_after,
                                                  whole_key)
from analyst_tui.core.conflicts.fractions import STARTS as FRACTION_STARTS
from analyst_tui.core.conflicts.counted_otherwise import counted_otherwise
from analyst_tui.core.conflicts.places import place_after, place_of_whole, placed
from analyst_tui.core.conflicts.counts_before import counted_before
from analyst_tui.core.conflicts.surroundings import (casualty_class, casualty_label, casualty_told, context_words,
                                                     counted, counts_children, crowd, counted_as, group_of, holds,
                                                     a_part_only, is_age, is_total, not_a_count, one_more, past_aside,
                                                     populated)
from analyst_tui.core.conflicts.tokens import Tok, is_title, stem
from analyst_tui.core.conflicts.units import change, converted, degrees, life_term, unit_key
from analyst_tui.core.conflicts.words import (ACTIVE, AUX, CAPTIVES, CASUALTY, COUNTED_BY_HYPHEN, DEGREE,
                                              MANNER, MOVES, PEOPLE, PEOPLE_ACTS, PEOPLE_ACTS_AFTER, STOP_NOUN,
                                              UNITS)

_INCREMENT = frozenset("more another other others additional further".split())  # "wounding two others"
_REMAINS = frozenset("bodies body corpses remains".split())  # brought out, not rescued: recovered
_BROUGHT = frozenset("brought winched airlifted pulled".split())
_PART_OF_ONE = {"half": 0.5, "quarter": 0.25, "tenth": 0.1}  # ("half of one percent")
_SPANS = frozenset("second minute hour day week month year".split())
_PAID = frozenset("""fine fines penalty bill deal loan fee fees payment payout grant bonus award settlement contract
    prize budget investment salary package fund cheque bribe donation ransom reward debt bid offer sale
    purchase""".split())


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: what it counts (``key``), the values its words allow, and how to show it."""

    key: tuple[str, ...]  # ("dead", "people"), ("unit", "km", "depth"), ("noun", "refuge")
    lo: float
    hi: float
    shown: str  # "at least 5 dead", "24 people dead", "10 km"
    stated: tuple[float, float]  # the number as stated (before a qualifier widened it)
    extra: bool = False  # "four other people", "hundreds more": counted on top of something else
    context: frozenset[str] = frozenset()  # content words around it: what it is about
    place: str | None = None  # "in Texas": figures for two different places are two things
    span: bool = False  # stated as a range ("5 to 10 percent"): another range is another estimate
    scope: bool = False  # a total ("2,301 career points", "a record of 4,051 yards"), not one occasion's
    part: bool | str = False  # casualties of one degree ("two were seriously injured"): perhaps a part of all of them
    kinds: frozenset[str] = frozenset()  # words before the counted noun that say which kind ("full-time"; ``kinds_before``)

    @property
    def needs_context(self) -> bool:
        """Counts of things and amounts are compared only when their surroundings share a word."""
        return self.key[0] in ("noun", "population") or (
            self.key[0] == "unit" and self.key[1] in _CONTEXT_UNITS and self.key[2] != "term")  # (a prison term)

    @property
    def casualty(self) -> str | None:
        return self.key[0] if self.key[0] in _CLASSES else None

    def overlaps(self, other: "Figure") -> bool:
        """Whether both can hold. A lower bound and another a tenth bigger ("at least 23", "at least 32"; from a round
        one, half as big again), or a count a quarter above it ("at least 14", "23 dead"), are two tallies."""
        if self.key[1] not in _CONVERTED and precise_apart(self.shown, self.stated, other.shown, other.stated):
            return False  # two amounts to a decimal place ("$24.3 billion" / "$23.4bn")
        if self.span and other.span:  # "5 to 10 percent" and "6 to 12 percent" are two estimates
            return all(abs(x - y) <= 0.01 * max(abs(x), abs(y)) for x, y in zip(self.stated, other.stated))
        inf = float("inf")
        if self.lo > 0 and other.lo > 0 and inf in (self.hi, other.hi):
            if self.hi == other.hi:  # two lower bounds: one toll said two ways only if close, or the smaller round
                small, big = sorted((self.lo, other.lo))
                return big < 1.1 * small or big - small < 2 or (_round(small) and big < 1.5 * small)
            bound, count = (self, other) if self.hi == inf else (other, self)
            if count.stated[0] == count.stated[1] and count.lo >= bound.lo:  # (one number the bound allows)
                return count.lo < SAME_TOLL * bound.lo or count.lo - bound.lo <= 2  # (the same toll only when close)
        if self.shown.startswith(_MOST) and other.shown.startswith(_MOST) and inf not in (self.hi, other.hi):
            small, big = sorted((self.hi, other.hi))  # two maxima: "up to 210 km/h" / "up to 150 km/h" (not "under")
            return big < 1.1 * small or big - small < 2 and self.key[1] not in _CONVERTED  # (not 1.5 m / 15 cm)
        return self.lo <= other.hi and other.lo <= self.hi or rounded_alike((self.lo, self.hi), (other.lo, other.hi))


_MOST, SAME_TOLL = ("up to ", "as many as ", "as much as ", "no more than ", "at most ", "limited to "), 1.25  # (a
# count below 1.25 times a bound: one toll)
_CONVERTED = frozenset("length mass celsius speed area minutes months duration".split())  # (units converted to one)


def _round(x: float) -> bool:
    """A round number ("at least 20", "at least 300"), said of a toll that may be higher."""
    return x >= 10 and x % 10 == 0


_CLASSES = frozenset(CASUALTY.values())
_EXACT_UNITS = frozenset(("magnitude", "%", "degree"))
_CONTEXT_UNITS = frozenset("$ euro pound % second minute hour day week month year kb mb gb tb mhz ghz megapixel "
                           "inch storey acre hectare area mph kph speed".split())


def figures(toks: list[Tok]) -> list[Figure]:
    """Every figure in the tokens whose subject can be told."""
    out: list[Figure] = []
    n, i = len(toks), 0
    title = None  # whether the text is a headline in title case, found when first needed
    while i < n:
        t = toks[i]
        one = i + 1 + (i + 2 < n and toks[i + 1].low == "-")  # "no one was hurt", "no-one": none, not one
        if t.low in ("no", "not") and one < n and toks[one].low == "one":
            out.extend(_zero_at(toks, i))
            i = one + 1
            continue
        if not (t.is_number or t.low in _NUMBER_STARTS):
            multiple = multiple_at(toks, i) if t.low in MULTIPLES else None
            if multiple is not None:  # "prices have doubled": a change of about 100%
                lo, hi, p, words = multiple
                out.append(Figure(("unit", "%", ""), lo, hi, words, (p, p), context=context_words(toks, i, i + 1)))
            i += 1
            continue
        by = change_share_at(toks, i) if t.low in FRACTION_STARTS else None
        if by is not None:  # "has shrunk by a third": a change of about 33%
            p, end, words = by
            lo, hi = share_bounds(toks, i, p)
            out.append(Figure(("unit", "%", ""), lo, hi, words, (p, p), context=context_words(toks, i, end),
                              place=place_after(toks, end)))
            i = end
            continue
        share = fraction_at(toks, i, head_noun) if t.low in FRACTION_STARTS else None
        if share is not None:  # "half of the town", "two-thirds of the members": a share of that whole
            p, whole, end, words = share[0], share[1], share[2], share_shown(toks, i, share[3])
            if whole is not None:
                lo, hi = share_bounds(toks, i, p)
                out.append(Figure(("share", whole_key(whole)), lo, hi, words, (p, p), place=place_of_whole(toks, i, end)))
            i = end
            continue
        num = number_at(toks, i) if not is_year_or_time(toks, i) else None
        if num is None:
            zero = _zero_at(toks, i)
            if zero:
                out.extend(zero)
            i += 1
            continue
        lo, hi, j, shown = num
        if i > 1 and toks[i - 1].low == "of" and toks[i - 2].low in _PART_OF_ONE and lo == hi == 1 and j < n and (
                UNITS.get(toks[j].low) == "%"):  # "half of one percent": 0.5%
            lo = hi = _PART_OF_ONE[toks[i - 2].low]
            shown = f"{lo:g}"
        span = False
        sign = toks[i - 1].low if i > 0 and toks[i - 1].low in CURRENCY_SIGNS else ""  # "$141 billion", "£1.7m"
        kind, q = qualifier(toks, i - 1 if sign else i)
        if kind is None and i > 1 and toks[i - 1].low == "(":
            kind = converted_from(toks, i - 1)  # "about 58km (36 miles)": about 36 miles too
        if title is None:
            title = is_title(toks)
        if not_a_count(toks, q, i, j, title):
            i = j
            continue
        sign_after = j + 2 < n and sign != "" and toks[j + 1].low == sign and toks[j + 2].is_number
        before = toks[q - 1].low if q > 0 else ""
        moved = (sign_after and before in MOVES) or (
            before == "from" and any(t.low in MOVES for t in toks[max(0, q - 8) : q - 1]))  # not "priced from $125"
        c = j if sign_after else unit_again(toks, j)  # ("from 16 cents a share to 27 cents a share")
        if c + 1 < n and toks[c].low in ("-", "to", "and") and (toks[c + 1].is_number or sign_after) and (
            toks[c].low != "and" or (q > 0 and toks[q - 1].low == "between")
        ) and not (toks[c].low == "to" and moved):
            # a range: "140-150 million", "between 140 and 150", "$140 million to $160 million"; not a move
            # ("fell $1.17 to $42.51", "rose from 5 to 10 percent")
            start = j + 2 if sign_after else c + 1
            second = number_at(toks, start)
            if second is not None:
                scaled = toks[j - 1].low in SCALES  # "$140 million to $160 million": the first has its own
                scale = SCALES.get(toks[second[2] - 1].low, 1) if second[2] - 1 > start and not scaled else 1
                if sign_after:  # "$140 million to $160 million", as written
                    shown = f"{' '.join(t.low for t in toks[i:j])} to {sign}{' '.join(t.low for t in toks[start:second[2]])}"
                else:
                    shown = f"{shown}-{toks[start].low}"
                lo, hi = lo * scale, second[1]
                j = second[2]
                span = lo < hi
        extra = (q > 0 and toks[q - 1].low in _INCREMENT) or (j < n and toks[j].low in _INCREMENT)
        wlo, whi = widen(lo, hi, kind)
        if toks[i].is_number and toks[j - 1].low in SCALES and not (span and sign):
            # "$141 billion", not 141,000,000,000
            shown = " ".join(t.low for t in toks[i:j])
        written = toks[i - 1].text + " " * (len(toks[i - 1].text) > 1) if sign else ""  # "$141", "R3", "USD 141"
        label = " ".join([t.low for t in toks[q : i - 1 if sign else i]] + [written + shown])
        thing = _thing(toks, q, i, j, sign)
        places = len(toks[i].low.partition(".")[2]) if toks[i].is_number and not sign and (
            toks[j - 1].low not in SCALES) else 0  # (not an amount: "$38.28" may be "$38.30" a moment later)
        exact = thing is not None and thing[0][0] == "unit" and (thing[0][1] in _EXACT_UNITS or places >= 2)
        if exact and toks[i].is_number and not span:
            # A magnitude or rate is exact, up to the digits it is given with: 6.1 is not 6.4, but 17 percent
            # may be 17.3 percent rounded (and 17 is not 18); so is a measure to two places ("cleared 6.10 metres").
            value = float(toks[i].low.replace(",", ""))
            half = 0.49 / 10**places if places >= 2 and thing[0][1] not in _EXACT_UNITS else (
                0.049 if "." in toks[i].low else 0.49)
            lo = hi = value
            wlo, whi = widen(value - half, value + half, kind)
            if kind == "approx" and thing[0][1] == "%":  # "about 60%": five points either way at most
                width = min(5.0, 0.15 * value + min(1.0, 0.2 * value))  # ("about 0.9 percent" is not 1.4%)
                wlo, whi = value - half - width, value + half + width
        if thing and thing[0][0] == "unit" and lo == hi and [t.low for t in toks[j + 1 : j + 4]] == [
                "and", "a", "half"]:  # "a mile and a half", "two hours and a half"
            lo, hi, wlo, whi, thing = lo + 0.5, hi + 0.5, wlo + 0.5, whi + 0.5, (thing[0], f"{thing[1]} and a half")
        if thing is not None and not (thing[0][0] == "noun" and abs(lo - round(lo)) > 1e-6):  # "a 2.9 aftershock"
            # (not "4.1 million customers", whose lower bound is 3,895,000 give or take a rounding error)
            key, noun = thing
            if key[:2] == ("unit", "degree") and key[2] in ("c", "f"):
                key, below = degrees(toks, q, j, key)
                if below:
                    lo, hi, wlo, whi, label = -hi, -lo, -whi, -wlo, "minus " + label
            context = context_words(toks, q, j) - {key[-1], stem(noun.lower())}
            if key[0] == "population":  # where they live: the names just before ("Qeshm island, home to ...")
                context = frozenset(stem(t.low) for t in toks[max(0, q - 10) : q]
                                    if t.is_word and t.cap and t.low not in STOP_NOUN)
            shown_as = f"{label}{noun}" if noun == "%" else f"Category {label}" if noun == "Category" else (
                f"{label} {noun}".strip())
            scope = is_total(toks, max(0, q - 4), min(n, j + 3)) or share_before(toks, q)  # ("half of its 1,200")
            part = a_part_only(toks, key, j) or key[:2] in _OF_HOURS and q > 1 and (
                toks[q - 1].low in (",", "and") or toks[q - 1].low in _HOURS)  # (the minutes of "2 hours 3 minutes"
            # are no time of their own)
            out.append(Figure(key, wlo, whi, shown_as, (lo, hi), bool(extra), context, place_after(toks, j), span, scope,
                              part, kinds_before(toks, j) if key[0] != "unit" else frozenset()))
            of = j + 2 if j < n and toks[j].low == "per" else j + 1  # "75 percent of the town": also a share of it
            if key[:2] == ("unit", "%") and not span and of < n and toks[of].low == "of":
                whole, whole_end = whole_after(toks, of, head_noun)
                if whole:  # (a bound is one: "more than 70 per cent of voters" / "fewer than half of voters"; so is
                    bound = (lo, hi) if kind is None else (wlo, whi)  # "some 12 per cent", as widened)
                    out.append(Figure(("share", whole_key(whole)), bound[0] - 0.5, bound[1] + 0.5,
                                      f"{label}% of {whole.lower()}",
                                      (lo, hi), place=place_of_whole(toks, of, whole_end)))
                    out[-2] = replace(out[-2], place=out[-2].place or f"of {whole_key(whole)}")  # ("75% of the club" /
                    # "40% of the consortium": two wholes)
        i = j
    if life_term(toks):  # "jailed for life": a term longer than any in years
        out.append(Figure(("unit", "months", "term"), 600, float("inf"), "life", (600, float("inf"))))
    out.extend(converted(out) + [Figure(*share) for share in count_shares(toks, head_noun)])  # ("10 km deep" and "6
    # miles deep" agree; "40 degrees Celsius" and "104 degrees F"; "700 of its 3,100 staff" is a share too)
    added = one_more(toks, CASUALTY) if any(f.casualty for f in out) else frozenset()
    if added:  # "two died at the scene and a third in hospital": the two are not the toll
        out = [replace(f, extra=True) if f.casualty in added else f for f in out]
    return placed(toks, out)


_QUAKES = frozenset("quake quakes earthquake earthquakes tremor temblor aftershock".split())


def _thing(toks: list[Tok], q: int, i: int, j: int, sign: str) -> tuple[tuple[str, ...], str] | None:
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
    k = j + 1 if j < n and toks[j].low == "of" and toks[i].low in VAGUE else of_the(toks, j)  # ("42 of the 150 seats")
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
_OF_HOURS = frozenset((("unit", "minute"), ("unit", "second")))
_HOURS = frozenset("hours hour hrs hr minutes minute mins min".split())


def _noun_or(noun: str | None, default: str) -> str:
    return noun or default


_ZERO_STARTS = frozenset("no nobody none zero".split())
_NUMBER_STARTS = frozenset(WORD_NUMBERS) | frozenset(VAGUE) | _ZERO_STARTS | {"tens", "dozen", "half", "a", "only"}


def _zero_at(toks: list[Tok], i: int) -> list[Figure]:
    """'no one was killed', 'no deaths', 'no dead or wounded', 'no casualties' -> zero figures."""
    t = toks[i]
    if t.low not in _ZERO_STARTS and t.low != "not":  # ("not one passenger was hurt")
        return []
    found: list[Figure] = []
    k = i + 1
    while k < len(toks) and k - i <= 4:
        w = toks[k]
        if w.is_break and w.low != ",":
            break
        if w.low in CASUALTY:
            cls = CASUALTY[w.low]
            classes = ("dead", "injured") if cls == "casualties" else (cls,)
            for c in classes:
                found.append(Figure((c, "people"), 0, 0, f"0 {c}", (0, 0)))
        elif w.low not in ("one", "-", "was", "were", "had", "been", "has", "have", "or", "and", "immediate",
                           "reported", "confirmed", "people", "person", "further", "other", "more", "serious", "major",
                           "reports", "report", "of", "any", "deaths", "injuries"):
            break
        k += 1
    return found


# Words without which a sentence has no figure or casualty to compare (digits aside).
TRIGGERS = (_NUMBER_STARTS - {"a"} | frozenset(CASUALTY) | {"hundred", "thousand", "million", "billion", "trillion"}
            | {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth"}  # "a quarter of the town"
            | MULTIPLES)


__all__ = ["Figure", "figures", "TRIGGERS"]

