"""Figures in a sentence: what is counted or measured, and the range of values the words allow.

"killing at least five people" -> dead (people) in [5, inf); "24 dead" -> dead (people) = 24;
"about 20,000 refugees" -> refugee in [17000, 23000]; "a depth of 10 kilometres" -> km (depth) = 10;
"dozens injured" -> injured (people) in [24, 199]. A number with nothing identifiable after or
before it (years, clock times, "one of the ...") is left out: only like is compared with like.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from analyst_tui.core.conflicts.head_nouns import head_noun, kinds_before
from analyst_tui.core.conflicts.numbers import (CURRENCY_SIGNS, SCALES, VAGUE, WORD_NUMBERS, converted_from,
                                                is_year_or_time, number_at, precise_apart, qualifier, rounded_alike,
                                                unit_again, widen)
from analyst_tui.core.conflicts.fractions import (MULTIPLES, change_share_at, count_shares, fraction_at, multiple_at,
                                                  share_before, share_bounds, share_shown, stated_share_at,
                                                  whole_after, whole_key)
from analyst_tui.core.conflicts.fractions import STARTS as FRACTION_STARTS
from analyst_tui.core.conflicts.counted_things import HOUR_WORDS, OF_HOURS, counted_thing
from analyst_tui.core.conflicts.places import place_after, place_of_whole, placed
from analyst_tui.core.conflicts.surroundings import a_part_only, context_words, not_a_count, one_more
from analyst_tui.core.conflicts.totals import is_total
from analyst_tui.core.conflicts.tokens import Tok, is_title, stem
from analyst_tui.core.conflicts.units import converted, degrees, life_term
from analyst_tui.core.conflicts.words import CASUALTY, MOVES, STOP_NOUN, UNITS

_COINS = frozenset(("cent", "penc", "penni", "penny"))  # ("3 cents a share lower than the forecast")
_THAN_WORDS = frozenset("more less fewer cheaper dearer higher lower longer shorter".split())
_INCREMENT = frozenset("more another other others additional further".split())  # "wounding two others"
_PART_OF_ONE = {"half": 0.5, "quarter": 0.25, "tenth": 0.1}  # ("half of one percent")


def _scaled(toks: list[Tok]) -> str:
    """A number and its scale as written short ("23m", "2bn") or in full ("141 billion")."""
    words = [t.low for t in toks]
    return " ".join(words[:-1]) + words[-1] if words[-1] in ("m", "bn", "k") else " ".join(words)


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
                return bound.shown.split()[-2:-1] in (["a"], ["an"]) or count.lo < SAME_TOLL * bound.lo or (
                    count.lo - bound.lo <= 2) or _round(bound.lo) and max(count.stated) < 1.5 * bound.lo  # (the same
                # toll only when close; a round bound is said of more:
                # "more than 100 firefighters" / "125 firefighters", not "at least 15,000" / "nearly 23,000"; any
                # count over "more than a week")
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
        level = stated_share_at(toks, i) if t.low in FRACTION_STARTS else None
        if level is not None:  # "turnout was just over two-thirds": a level, as "48.7%" is
            p, end, words = level
            lo, hi = share_bounds(toks, i, p)
            out.append(Figure(("unit", "%", ""), lo, hi, share_shown(toks, i, words), (p, p),
                              context=context_words(toks, i, end)))
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
            shown = _scaled(toks[i:j])
        written = toks[i - 1].text + " " * (len(toks[i - 1].text) > 1) if sign else ""  # "$141", "R3", "USD 141"
        label = " ".join([t.low for t in toks[q : i - 1 if sign else i]] + [written + shown])
        thing = counted_thing(toks, q, i, j, sign)
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
            part = a_part_only(toks, key, j) or key[:2] in OF_HOURS and q > 1 and (
                toks[q - 1].low in (",", "and") or toks[q - 1].low in HOUR_WORDS)  # (the minutes of "2 hours 3 minutes"
            # are no time of their own)
            unit_at = j + (j < n and toks[j].low == noun.lower())  # ("costs 13 euros more than one at Val Brenna",
            unit_at += 2 if [t.low for t in toks[unit_at : unit_at + 2]] in (["a", "share"], ["per", "share"]) else 0
            extra = extra or (key[0] == "unit" or key[1] in _COINS) and unit_at + 1 < n and toks[
                unit_at].low in _THAN_WORDS and toks[unit_at + 1].low == "than"  # "€13 more than": a difference, not a
            # price; "3 cents a share lower than the forecast")
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

