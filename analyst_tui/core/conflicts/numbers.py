"""Numbers as news writes them: "24", "1,500", "six", "twenty-four", "dozens", "half a dozen", "a single",
"$141 billion", and the qualifiers that widen them ("at least five" -> [5, inf), "about 20,000" -> +-15%).
"""

from __future__ import annotations

import math
import re

from analyst_tui.core.conflicts.tokens import Tok

INF = math.inf

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
CURRENCY_SIGNS = {"$": "$", "£": "pound", "€": "euro", "eur": "euro", "gbp": "pound", "usd": "$",
                  "r": "rand", "rs": "rupee", "inr": "rupee"}  # a sign or code
# before an amount ("EUR 340 million"), and the unit it names
_CURRENCY_WORDS = frozenset("euro euros pound pounds dollar dollars rand yen".split())
# Things counted in millions: "1.8m trips", "2m people" (after "m" and "k"; not "8m waves", metres)
_IN_MILLIONS = frozenset("""trips journeys passengers visitors users customers people residents voters votes viewers
    households homes jobs barrels tonnes tons doses subscribers shares copies tickets downloads streams patients pupils
    students workers members readers followers listeners vehicles cars calls accounts signatures""".split())
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000,
           "crore": 10_000_000, "crores": 10_000_000}  # fmt: skip
_PARTS = {"quarter": 0.25, "third": 1 / 3, "half": 0.5}  # "a quarter of a million"
_SEVERAL_PARTS = frozenset(("quarters", "thirds"))
VAGUE = {"dozens": (24, 199), "scores": (40, 199), "hundreds": (200, 1999), "thousands": (2_000, 999_999),
          "millions": (2_000_000, 999_999_999),
          "several": (2, 999_999_999), "numerous": (2, 999_999_999)}  # fmt: skip  # more than one: against 0 or 1
_LOWER = {("at", "least"), ("more", "than"), ("over",), ("above",), ("upwards", "of"), ("in", "excess", "of"),
          ("well", "over"), ("not", "less", "than"), ("no", "fewer", "than"), ("exceeding",), ("exceeded",), ("topped",),
          ("surpassed",), ("has", "passed"), ("have", "passed"), ("passed",)}  # ("her fundraising has passed $150,000")
_UPPER = {("up", "to"), ("fewer", "than"), ("less", "than"), ("under",), ("at", "most"), ("no", "more", "than"),
          ("as", "many", "as"), ("as", "much", "as"), ("below",), ("limited", "to")}
# A little over or under: "just over 60%" is not 90%.
_JUST_OVER = {("just", "over"), ("just", "above"), ("slightly", "more", "than"), ("slightly", "over"),
              ("just", "more", "than"), ("a", "little", "over"), ("a", "little", "more", "than")}
_JUST_UNDER = {("just", "under"), ("just", "below"), ("slightly", "less", "than"), ("slightly", "under"),
               ("just", "short", "of"), ("a", "little", "under"), ("a", "little", "less", "than")}
_APPROX = {("about",), ("around",), ("some",), ("roughly",), ("approximately",), ("an", "estimated"),
           ("estimated",), ("close", "to"), ("nearly",), ("almost",), ("approx",), ("circa",), ("around", "the")}
# Longest first, so "an estimated" is read whole rather than as "estimated"; sorted, not in the order a set
# iterates (which changes from run to run), so the same text always gives the same words.
_QUALIFIERS = sorted([(q, "lower") for q in _LOWER] + [(q, "upper") for q in _UPPER] + [(q, "approx") for q in _APPROX]
                     + [(q, "just over") for q in _JUST_OVER] + [(q, "just under") for q in _JUST_UNDER],
                     key=lambda x: (-len(x[0]), x))
TIME_WORDS = frozenset("am pm gmt utc edt est cst pst bst ist wib local hrs".split())
_LONE = frozenset("person passenger occupant survivor victim".split())  # ("the only person": one)


def unit_again(toks: list[Tok], j: int) -> int:
    """Where the word joining a range is when its unit is written after each number ("ranged from 16 cents a share to 27
    cents a share": the "to"), else ``j`` (the token after the first number)."""
    if j >= len(toks) or not toks[j].is_word or toks[j].low in ("to", "and"):
        return j
    for k in range(j + 1, min(len(toks) - 1, j + 4)):
        if toks[k].is_break or toks[k].is_number:
            return j
        if toks[k].low in ("to", "and"):
            second = number_at(toks, k + 1)
            unit = [t.low for t in toks[j:k]]
            return k if second is not None and [t.low for t in toks[second[2] : second[2] + len(unit)]] == unit else j
    return j


_ONE_LENGTH = frozenset("kilometre kilometer mile metre meter".split())
_AFTER_FOOT = frozenset("below above beneath deep high tall long wide thick short under into away from of".split())


def _one_length(toks: list[Tok], i: int) -> tuple[float, float, int, str] | None:
    """"a kilometre", "half a mile" or "a quarter of a mile" at ``i`` as a number before its unit ("more than a
    kilometre from the fence", "half a mile below the surface"); not "a mile-long queue", nor the "a" of "half a
    mile" or of "a third of a mile"."""
    words = [t.low for t in toks[i : i + 6]]
    part = _PART_OF_ONE.get(tuple(words[:2])) if words[2:4] == ["of", "a"] else None  # ("three quarters of a mile")
    half = words[:2] == ["half", "a"]
    unit = 4 if part else 1 + half
    if len(words) <= unit or not part and (words[0] not in ("a", "half") or words[unit - 1] != "a") or (
            words[unit] not in _ONE_LENGTH and not (words[unit] == "foot" and words[unit + 1 : unit + 2] and words[
                unit + 1] in _AFTER_FOOT)):  # ("barely a foot below the soil"; not "a foot injury", "on foot")
        return None
    if words[unit + 1 : unit + 2] == ["-"] or not (half or part) and i and (toks[i - 1].low in _PART_WORDS or (
            toks[i - 1].low == "of" and i > 1 and toks[i - 2].low in _PART_WORDS)):
        return None
    if part:
        return part, part, i + unit, " ".join(words[:4])
    return (0.5, 0.5, i + unit, "half a") if half else (1, 1, i + 1, "a")


_PART_OF_ONE = {("a", "quarter"): 0.25, ("a", "third"): 1 / 3, ("three", "quarters"): 0.75, ("two", "thirds"): 2 / 3,
                ("a", "half"): 0.5, ("one", "quarter"): 0.25, ("one", "third"): 1 / 3}
_PART_WORDS = frozenset("half quarter quarters third thirds".split())


def number_at(toks: list[Tok], i: int) -> tuple[float, float, int, str] | None:
    """A number starting at token ``i``: (low, high, index after it, words shown), "and a half" with it ("22 and a
    half years", "three-and-a-half hours")."""
    found = _number_at(toks, i)
    if found is None or found[2] >= len(toks) or toks[found[2]].low not in ("and", "-") or found[0] != found[1] or (
            found[0] != int(found[0])):
        return found
    lo, hi, j, shown = found
    words = [t.low for t in toks[j : j + 6]]
    end = j + 3 if words[:3] == ["and", "a", "half"] else j + 6 if words == ["-", "and", "-", "a", "-", "half"] else 0
    if not end or end < len(toks) and toks[end].low in SCALES:
        return found  # (not "two and a half million": read as written elsewhere)
    return lo + 0.5, hi + 0.5, end, f"{shown} and a half"


def _number_at(toks: list[Tok], i: int) -> tuple[float, float, int, str] | None:
    t = toks[i]
    n = len(toks)
    if t.is_number:
        raw = t.low
        if raw.count(",") and all(len(g) == 3 for g in raw.split(",")[1:]) and "." not in raw:
            value = float(raw.replace(",", ""))
        elif raw.count(".") <= 1 and "," not in raw:
            value = float(raw)
        else:
            return None
        j = i + 1
        if j + 2 < n and toks[j + 1].low == "/" and toks[j].low in ("1", "3") and toks[j + 2].low in ("2", "4"):
            value += int(toks[j].low) / int(toks[j + 2].low)  # "4 1 / 2 hours"
            j += 3
        scale = 1
        if j < n and toks[j].low in SCALES and (toks[j].low not in ("m", "k") or i and toks[i - 1].low in CURRENCY_SIGNS
                                                 or j + 1 < n and toks[j + 1].low in _CURRENCY_WORDS | _IN_MILLIONS):
            # ("a 55m euro move", "1.8m trips": millions; "8m waves": metres)
            scale = SCALES[toks[j].low]
            j += 1
        lo = hi = value * scale
        if value != int(value):  # 6.2 miles against "six miles": a rounded conversion; but millions or more no
            band = 0.05 * value  # further than half a unit or the whole number below ("98.5 billion dollars" /
            if scale >= 1_000_000:  # "$89.5 billion" differ; "$2.9 billion" / "$3 billion" do not)
                lo -= min(band, max(0.5, value - int(value))) * scale
                hi += min(band, 0.5) * scale
            else:
                lo, hi = lo - band * scale, hi + band * scale
        elif scale >= 1_000_000:
            lo, hi = _rounded(value * scale, scale)
        value *= scale
        return lo, hi, j, _fmt(value)
    if t.low in VAGUE:
        lo, hi = VAGUE[t.low]
        j = i + 1
        if j + 1 < n and toks[j].low == "of" and toks[j + 1].low in ("thousands", "millions"):
            scale = 1_000 if toks[j + 1].low == "thousands" else 1_000_000
            lo, hi = lo * scale, hi * scale  # hundreds of thousands
            return lo, hi, j + 2, f"{t.low} of {toks[j + 1].low}"
        if t.low in ("several", "numerous") and j < n and toks[j].low in SCALES:
            scale = SCALES[toks[j].low]  # "several thousand": 2,000 or more
            return 2 * scale, 999_999_999 * scale, j + 1, f"{t.low} {toks[j].low}"
        return lo, hi, j, t.low
    if t.low in ("a", "an") and i + 1 < n and toks[i + 1].low in _ONE_SPAN and qualifier(toks, i)[0] is not None:
        return 1, 1, i + 1, t.low  # a bound to one span of time: "less than a week", "more than an hour"
    if t.low == "tens" and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in ("thousands", "millions"):
        scale = 1_000 if toks[i + 2].low == "thousands" else 1_000_000
        return 20 * scale, 99 * scale, i + 3, f"tens of {toks[i + 2].low}"
    if t.low == "only" and i and toks[i - 1].low == "the" and i + 1 < n and toks[i + 1].low in _LONE:
        return 1, 1, i + 1, "1"  # "killing the only person on board"
    if t.low == "a" and i + 2 < n and toks[i + 1].low == "single" and toks[i + 2].is_word:
        if i and toks[i - 1].low in ("not", "nor"):
            return 0, 0, i + 2, "0"  # "not a single new case": none
        return 1, 1, i + 2, "1"  # "a single person died" (not "a single-engine plane")
    if t.low in ("half", "a", "two", "three") and i + 2 < n:
        point = _point_part(toks, i)
        if point is not None:  # "half a percentage point", "a quarter of a point", "a quarter-point"
            return point[0], point[0], point[1], " ".join(x.low for x in toks[i : point[1]])
    if t.low == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low == "dozen":
        return 5, 7, i + 3, "half a dozen"
    if t.low == "half" and i + 2 < n and toks[i + 1].low == "a" and toks[i + 2].low in ("million", "billion", "trillion"):
        value = SCALES[toks[i + 2].low] / 2  # "half a million pounds": 500,000, rounded
        return value * 0.9, value * 1.1, i + 3, _fmt(value)
    if t.low == "a" and i + 4 < n and toks[i + 1].low in _PARTS and [x.low for x in toks[i + 2 : i + 4]] == [
            "of", "a"] and toks[i + 4].low in ("million", "billion", "trillion"):
        value = SCALES[toks[i + 4].low] * _PARTS[toks[i + 1].low]  # "a quarter of a million pounds": 250,000
        return value * 0.9, value * 1.1, i + 5, _fmt(value)
    length = _one_length(toks, i)
    if length is not None:
        return length
    if t.low == "dozen" or (t.low == "a" and i + 1 < n and toks[i + 1].low == "dozen"):
        j = i + (2 if t.low == "a" else 1)
        return 10, 14, j, "a dozen"
    scaled_a = t.low == "a" and i + 1 < n and toks[i + 1].low in ("hundred", "thousand", "million", "billion", "trillion")
    if t.low in WORD_NUMBERS or scaled_a:  # "a hundred" is one hundred
        value = 0
        current = 1 if scaled_a else WORD_NUMBERS[t.low]
        scale = 1
        j = i + 1
        while j < n:
            w = toks[j].low
            if w == "-" and j + 1 < n and toks[j + 1].low in WORD_NUMBERS:
                j += 1
                continue
            if w in WORD_NUMBERS and current % 10 == 0 and WORD_NUMBERS[w] < 10 and current >= 20:
                current += WORD_NUMBERS[w]
            elif w in WORD_NUMBERS and current % 100 == 0 and WORD_NUMBERS[w] < 100 and toks[j - 1].low in _AFTER_SCALE:
                current += WORD_NUMBERS[w]  # "one hundred (and) fifty", "one thousand five hundred"
            elif w in ("hundred", "thousand", "million", "billion", "trillion"):
                current *= SCALES[w]
                scale = max(scale, SCALES[w])
                if w != "hundred":
                    value, current = value + current, 0
            elif w == "and" and j + 1 < n and toks[j + 1].low in WORD_NUMBERS and value + current >= 100:
                pass
            elif w == "dozen":
                current *= 12
            else:
                break
            j += 1
        value += current
        if scale >= 1_000_000 and value % scale == 0:  # "a million dollars": rounded, as "$1 million" is
            return (*_rounded(value, scale), j, _fmt(value))
        return value, value, j, _fmt(value)
    return None


_ONE_SPAN = frozenset("minute hour day week fortnight month year decade".split())


def _point_part(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """A part of a point before "percentage point" or "point" ("half a", "a quarter of a", "a half-"): its value and
    where "percentage" or "point" stands."""
    words = [t.low for t in toks[i : i + 5]]
    if words[:2] == ["half", "a"]:
        value, j = 0.5, i + 2
    elif len(words) == 5 and words[0] in ("two", "three") and words[1] in _SEVERAL_PARTS and words[2:4] == ["of", "a"]:
        value, j = WORD_NUMBERS[words[0]] * _PARTS[words[1].rstrip("s")], i + 4  # "three quarters of a point"
    elif len(words) > 1 and words[0] == "a" and words[1] in _PARTS:
        value, j = _PARTS[words[1]], i + 2
        if words[2:4] == ["of", "a"]:
            j = i + 4
        elif words[2:3] == ["-"]:
            j = i + 3
    else:
        return None
    return (value, j) if j < len(toks) and toks[j].low in ("percentage", "point") else None


def stated_numbers(toks: list[Tok]) -> frozenset[float]:
    """Every number written in digits or in words, a number of several words read whole ("two hundred": 200, not 2
    and 100)."""
    out: set[float] = set()
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.is_number:
            try:
                out.add(float(t.low.replace(",", "")))
            except ValueError:
                out.add(-1.0)
        elif t.low in WORD_NUMBERS:
            found = number_at(toks, i) if i + 1 < n and toks[i + 1].low in SCALES else None
            if found is not None and found[0] == found[1]:
                out.add(found[0])
                i = found[2]
                continue
            out.add(WORD_NUMBERS[t.low])
        i += 1
    return frozenset(out)


def _fmt(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:g}"


def qualifier(toks: list[Tok], i: int) -> tuple[str | None, int]:
    """The qualifier ending just before token ``i`` ("at least", "about") and where it starts."""
    if i == 0 or toks[i - 1].low not in _QUALIFIER_ENDS:
        return None, i
    for words, kind in _QUALIFIERS:
        k = len(words)
        if i - k >= 0 and words[-1] == toks[i - 1].low and tuple(t.low for t in toks[i - k : i]) == words:
            if words == ("up", "to") and i - k > 0 and toks[i - k - 1].low in _GONE_UP:
                return None, i  # "will go up to $3.40": a move to that figure, not a bound
            if words == ("over",) and i - k > 0 and toks[i - k - 1].low in _SPREAD:
                return None, i  # "a deal spread over 10 years": across them, not more than
            return kind, i - k
    return None, i


_GONE_UP = frozenset("go goes went gone going shot shoots moved moves".split())
_SPREAD = frozenset("spread spreads stretched spanning spanned paid payable phased".split())


def converted_from(toks: list[Tok], b: int) -> str | None:
    """The qualifier of the figure just before the bracket at ``b``, whose conversion the bracket gives."""
    k = next((k for k in range(b - 1, max(-1, b - 4), -1) if toks[k].is_number), None)
    return None if k is None or not all(t.is_word for t in toks[k + 1 : b]) else qualifier(toks, k)[0]


_QUALIFIER_ENDS = frozenset(words[-1] for words, _ in _QUALIFIERS)


def widen(lo: float, hi: float, kind: str | None) -> tuple[float, float]:
    if kind == "lower":
        return lo, INF
    if kind == "upper":
        return 0.0, hi
    if kind == "approx":  # a tenth either way, and a unit for small counts ("about 2": 1 to 3); half the value below
        margin = min(1.0, 0.5 * hi) if hi > 0 else 1.0  # two ("about half a mile": 0.2 to 0.8 miles, not up to 1.5)
        return lo * 0.9 - margin, hi * 1.1 + margin
    if kind == "just over":
        return lo, hi * 1.15 + 1
    if kind == "just under":
        return lo * 0.85 - 1, hi
    return lo, hi


def rounded_alike(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Whether, of two numbers stated alone (lo == hi), one is a round figure of 1,000 or more with two significant digits
    at most and the other, given to two digits more, is within 1% of it: the round one may be it rounded ("as near to
    Earth as it has been in 60,000 years" / "for 59,619 years", "$1 billion" / "$996 million")."""
    if x[0] != x[1] or y[0] != y[1]:
        return False
    for r, p in ((x[0], y[0]), (y[0], x[0])):
        if r >= 1000 and r == int(r) and p == int(p) and _digits(r) <= 2 and _digits(p) >= _digits(r) + 2 and (
                abs(p - r) <= 0.01 * r):
            return True
    return False


def _digits(v: float) -> int:
    """Significant digits of a whole number (60,000: 1; 59,619: 5)."""
    return len(str(int(v)).rstrip("0"))


def is_year(t: Tok) -> bool:
    """A year ("1998", "2030"), or a time written with four digits ("0800")."""
    raw = t.low
    return len(raw) == 4 and raw.isdecimal() and (raw.startswith("0") or 1800 <= int(raw) <= 2100)


def is_year_or_time(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if not t.is_number:
        return False
    if is_year(t):
        return True
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prv = toks[i - 1].low if i else ""
    if prv == ":" and i > 1 and toks[i - 2].is_number or prv in ("no", "nobody"):
        return True
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    return nxt in ("th", "st", "nd", "rd", "a.m.", "p.m.") or nxt in TIME_WORDS or (
        nxt == ":" and nxt2 is not None and nxt2.is_number
    )


_AFTER_SCALE = frozenset(("hundred", "thousand", "million", "billion", "trillion", "and"))


def _rounded(value: float, scale: int) -> tuple[float, float]:
    """The values a whole number of millions or billions stands for: "$13 billion" is 12.5 to 13.49 billion
    ("9 million" is not "10 million")."""
    return value - 0.5 * scale, value + 0.49 * scale


def past_score(toks: list[Tok], j: int) -> int:
    """Past a score at ``j`` ("2-1"), if there is one."""
    if j + 2 < len(toks) and toks[j].is_number and toks[j + 1].low in ("-", "–") and toks[j + 2].is_number:
        return j + 3
    return j


def past_sum(toks: list[Tok], j: int) -> int:
    """Past a sum at ``j`` ("£40 million", "$2m"), if there is one."""
    if j + 1 < len(toks) and toks[j].low in CURRENCY_SIGNS and toks[j + 1].is_number:
        j += 2
        return j + 1 if j < len(toks) and toks[j].low in _SUM_SCALES else j
    return j


_SUM_SCALES = frozenset("million billion trillion m bn".split())


def precise_apart(x_shown: str, x_stated: tuple[float, float], y_shown: str, y_stated: tuple[float, float]) -> bool:
    """Whether two amounts in one unit, each written to a decimal place and neither said to be about that much, are
    more than a step and a half of the coarser one's last place apart ("$24.3 billion" / "$23.4bn", "8.9 metres" / "9.8
    metres"; not "$2.9 billion" / "about $3 billion", "4.1%" / "4.2%", "1.2 percent" / "1.23 percent", nor "$2.3
    million" / "$2.3 billion")."""
    dx, dy = _places(x_shown), _places(y_shown)
    if not (dx and dy) or x_shown.lower().startswith(_QUALIFIED) or y_shown.lower().startswith(_QUALIFIED):
        return False
    nx, ny = (float(m.group(0).replace(",", "")) for m in (_NUMBER.search(x_shown), _NUMBER.search(y_shown)))
    x, y = sum(x_stated) / 2, sum(y_stated) / 2  # (as stated, a rounding allowed either side)
    if not (nx and ny and math.isfinite(x) and math.isfinite(y)):
        return False
    if not math.isclose(x / nx, y / ny, rel_tol=1e-6):
        return False  # (two scales, "million" / "billion": read as any other two amounts)
    places = min(dx, dy)  # (compared at the coarser: "1.2 percent" is "1.23 percent" rounded)
    return abs(round(nx, places) - round(ny, places)) > 1.5 * 10.0 ** -places


def _places(shown: str) -> int:
    """How many decimal places the first number of ``shown`` is written to."""
    m = _DECIMAL.search(shown)
    return len(m.group(1)) if m else 0


_DECIMAL = re.compile(r"\d\.(\d+)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_QUALIFIED = tuple(sorted({" ".join(words) + " " for words, _ in _QUALIFIERS}))  # ("about ", "at least ", ...)


