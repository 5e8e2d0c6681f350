"""What a measure is of, and the same measure in another unit.

``unit_key`` tells lengths apart by what they measure (a depth, a distance or a size, from the words near
them) and temperatures by their scale; ``converted`` gives each length again in metres, each temperature in
degrees Celsius, each speed in km/h and each area in hectares, so that "10 km deep" agrees with "6 miles deep" and "40 degrees Celsius" with "104 degrees
Fahrenheit", but "10 km deep" differs from "60 miles deep". A conversion is compared with room for rounding.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import DEPTH, DIRECTION, LENGTH, SHAPE

_METRES = {"km": 1000.0, "mile": 1609.34, "m": 1.0, "ft": 0.3048, "cm": 0.01, "mm": 0.001, "inch": 0.0254,
           "nmi": 1852.0}
# Other measures given in two units: (what is compared, its factor to the first unit of it).
_OTHER = {"mph": ("speed", 1.609344), "kph": ("speed", 1.0), "acre": ("area", 0.404686), "hectare": ("area", 1.0),
          "kg": ("mass", 1.0), "g": ("mass", 0.001), "tonne": ("mass", 1000.0), "lb": ("mass", 0.4536),
          "pp": ("rate", 1.0), "bp": ("rate", 0.01),
          "day": ("duration", 1.0), "week": ("duration", 7.0), "hour": ("duration", 1 / 24),  # ("14 days" / "three
          # weeks", "48 hours" / "a five-day walkout")
          "kw": ("power", 0.001), "mw": ("power", 1.0), "gw": ("power", 1000.0),
          "penny": ("pound", 0.01)}  # ("420 pence a share" / "3.10 pounds a share")
_AGO = frozenset("earlier later ago".split())
_THICK = frozenset("thick thin thickness".split())
_DESCENDED = frozenset("descends descend descended descending".split())
_WIDE, _LONG = frozenset(("wide", "across")), frozenset(("long", "high", "tall"))
_ROSE = frozenset("rose rises rising risen climbed soared towered shot".split())
_FELL = frozenset("fell fall falls falling plunged plunges plummeted dropped tumbled toppled".split())
_TRAVELLED = frozenset("""travelled traveled moved slid flowed swept carried rolled drifted ran crawled walked swam
    dragged""".split())
_STRETCH = frozenset("stretching stretches stretch stretched spanning spans".split())
_SENTENCED = frozenset("sentenced jailed imprisoned condemned".split())
_HELD = (["in", "prison"], ["in", "jail"], ["behind", "bars"])
_SERVE = frozenset("serve serves serving".split())  # (not "served": time served may be part of a term)
_SPENT = frozenset("spent spending spend served after".split())  # "had spent 12 years behind bars": time served
_SCALES = {"celsius": "c", "centigrade": "c", "c": "c", "fahrenheit": "f", "f": "f"}


def unit_key(toks: list[Tok], unit: str, q: int, after: int) -> tuple[str, ...]:
    """The key of a measure in ``unit`` whose number starts at ``q`` and whose unit ends before ``after``."""
    aspect = ""
    if unit in LENGTH:
        if after < len(toks) and toks[after].low == "(":  # "55 km (34 miles) west of"
            close = next((k for k in range(after, min(len(toks), after + 8)) if toks[k].low == ")"), after)
            after = close + 1
        near_after = [t.low for t in toks[after : after + 3]]
        near_before = [t.low for t in toks[max(0, q - 4) : q]]
        if near_after[:1] and near_after[0] in _THICK:
            aspect = "thickness"  # "silt up to 1.5 metres thick from the channel": not how far from it
        elif near_before[-2:] == ["altitude", "of"] or near_before[-3:-1] == ["altitude", "of"]:
            aspect = "level"  # "at an altitude of about 300 metres": a height it was at
        elif any(w in _DESCENDED for w in near_before):
            aspect = "height"  # "the escalator descends 19 metres": how far down, not how long
        elif any(w in _STRETCH for w in near_before):
            aspect = "size"  # "Stretching 22 kilometres beneath the mountains": how long, as "57 km long"
        elif near_after[:1] in (["into"], ["from"], ["onto"], ["down"]) and any(w in _FELL for w in near_before):
            aspect = "drop"  # "the bus fell about 200 metres into the ravine", "dropped six metres from a shaft": how
            # far it fell, not from a place
        elif near_after[:1] == ["into"] and any(w in _ROSE for w in near_before):
            aspect = "height"  # "the plume rose some 3,000 metres into the sky": how high, not how far
        elif (near_after[:2] in (["down", "the"], ["down", "a"]) or near_after[:1] in (["along"], ["through"], ["by"], [
                "away"])) and any(w in _TRAVELLED for w in near_before):
            aspect = "distance"  # "travelled about 1.5km down the valley", "crawled 40 metres along a shaft": how far,
            # not how deep (not "fell 200 metres down a gully")
        elif any(w in DEPTH for w in near_after) or near_after[:2] == ["of", "water"] or any(
                w in DEPTH for w in near_before) and not (
                near_before[-1:] == ["down"] and any(w in DIRECTION for w in near_after)):
            aspect = "depth"  # ("sank in 40 metres of water"; not "went down four kilometres from Grennick Head": where
            # it sank)
        elif near_after[:1] == ["of"] and near_after[1:2] and near_after[1] in _STRETCHES:
            aspect = "size"  # "spread along 3km of shoreline": how long a stretch, not how deep or how far
        elif near_after[:1] in (["mark"], ["marker"]):
            aspect = "mark"  # "collapsed at the 25-mile mark": how far along a course, not how far from its end
        elif any(w in DIRECTION or w in _BOUNDS for w in near_after) and near_after[:1] != ["of"]:
            aspect = "distance"  # (not "13 inches of rain from Pablo": how much fell)
        elif any(w in SHAPE for w in near_after):
            aspect = "width" if any(w in _WIDE for w in near_after) and not any(w in _LONG for w in near_after) else (
                "size")  # ("three nautical miles wide": not how far it stretches, "stretches about 310 nautical miles")
        elif near_after[:1] == ["above"] or near_after[:2] == ["in", "height"]:
            aspect = "height"  # ("stood about 30 metres above the river", "reached two metres in height": not a depth)
        elif any(w in _THICK for w in near_after):
            aspect = "thickness"  # ("0.98 inches thick": not a screen's "17-inch")
        elif _after_at(toks, q):
            aspect = "level"  # "the fire broke out at around 9,000 feet": a height it was at, not a distance
    elif unit in ("year", "month") and (q > 0 and toks[q - 1].low in ("to", "for") and any(
            t.low in _SENTENCED for t in toks[max(0, q - 10) : q]) or any(
            t.low in ("sentence", "term", "imprisonment") for t in toks[after : after + 3]) or [
            t.low for t in toks[after : after + 2]] in _HELD and not any(
            t.low in _SPENT for t in toks[max(0, q - 3) : q]) or q > 0 and toks[q - 1].low in _SERVE):
        aspect = "term"  # "jailed for seven years", "sentenced him to 11 years", "a four-year jail term", "will serve
        # 12 years behind bars"
    elif unit in _CLOCKED and time_left(toks, after):
        aspect = "left"  # "two minutes from the end of normal time", "with two minutes left": not the time gone
    elif unit == "degree" and after < len(toks):
        aspect = _SCALES.get(toks[after].low, "")  # "40 degrees Celsius", "104 degrees F"
    return ("unit", unit, aspect or (change(toks, q) if unit != "%" else ""))


def _after_at(toks: list[Tok], q: int) -> bool:
    """Whether the length at ``q`` is where something was, after a verb and "at" ("failed at about 11,000 feet"; not
    "At 165 metres, the Harbour Spire ...": its size)."""
    at = q - 2 if q > 1 and toks[q - 1].low in _ABOUT else q - 1
    return at > 0 and toks[at].low == "at" and toks[at - 1].is_word


_STRETCHES = frozenset("""shoreline coast coastline beach beaches road roads track line river riverbank border fence
    wall cliffs motorway railway pipeline cable""".split())
_BOUNDS = frozenset("inside beyond short".split())  # "three nautical miles inside Sri Lankan waters", "400 metres short
# of the platform": how far from a line
_CLOCKED = frozenset(("second", "minute", "hour"))


def time_left(toks: list[Tok], after: int) -> bool:
    """Whether a length of time whose unit ends before ``after`` is what was left, not what had gone ("two minutes
    from the end of normal time", "with two minutes left", "five minutes remaining")."""
    return [t.low for t in toks[after : after + 3]] in _LEFT or after < len(toks) and toks[after].low in (
        "left", "remaining")


_LEFT = (["from", "the", "end"], ["before", "the", "end"], ["to", "go", "."], ["to", "go", ","])
_ABOUT = frozenset("about around some roughly nearly almost approximately".split())
_CHANGED = frozenset("""cut cuts reduced reduces lowered raised raises increased increases rose rise rises fell falls
    dropped drops grew grow grows slashed boosted lifted shrank declined climbed jumped""".split())


def change(toks: list[Tok], q: int) -> str:
    """"change" when the amount at ``q`` is how much something changed ("cut by £3m to £12m"): it is compared with
    other changes only, not with what the thing was or became. (Not read of percentages: "rose 8.8%" and "rose by
    6.7%" are both changes.)"""
    b = q - 1 if q and toks[q - 1].low != "by" and not toks[q - 1].is_word else q  # (past a sign: "by £3m")
    return "change" if b > 1 and toks[b - 1].low == "by" and toks[b - 2].low in _CHANGED else ""


_DIFFERENCES = frozenset("above below higher lower warmer colder hotter cooler".split())  # than usual


def degrees(toks: list[Any], q: int, j: int, key: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """A temperature's key, marked a difference when it is one ("5C above average", key "cd"), and whether it is
    below zero ("minus 10C", "-10C"); its words run from ``q`` to ``j``."""
    if _DIFFERENCES & {t.low for t in toks[j : j + 3]}:
        key = key[:2] + (key[2] + "d",)
    return key, q > 0 and (toks[q - 1].low == "minus" or toks[q - 1].low == "-" and (
        q < 2 or not toks[q - 2].is_number))
    # ("fell to -10C"; not "a 5-10C range")


def converted(figures: list[Any]) -> list[Any]:
    """Each length of ``figures`` in metres, give or take 8% ("10 km (6 miles)"), each temperature in degrees
    Celsius, give or take one degree, and each prison term in months."""
    out = []
    for n, f in enumerate(figures):
        if f.key[0] != "unit":
            continue
        if (f.key[1] == "minute" and not f.part or f.key[1] == "hour" and f.lo < 24) and not f.context & _AGO:
            # a length of time: "40 minutes" / "three hours" (not "18 hours earlier", when something happened)
            lo, hi = _slack(f, 60 if f.key[1] == "hour" else 1)
            rest = figures[n + 1] if f.key[1] == "hour" and n + 1 < len(figures) else None
            if rest is not None and rest.part and rest.key[1] == "minute":  # "two hours and 40 minutes": 160 minutes
                lo, hi, f = lo + rest.lo, hi + rest.hi, replace(f, shown=f"{f.shown} {rest.shown}")
            out.append(replace(f, key=("unit", "minutes", f.key[2]), lo=lo, hi=hi))
        if f.key[1] in _METRES:
            lo, hi = _slack(f, _METRES[f.key[1]])
            out.append(replace(f, key=("unit", "length", f.key[2]), lo=lo, hi=hi))
        elif f.key[1] == "decade":  # "two decades of negotiations": about 20 years (18 to 22)
            out.append(replace(f, key=("unit", "year", f.key[2]), lo=f.lo * (10 if f.hi == float("inf") else 9),
                               hi=f.hi * 11))  # ("over three decades": more than 30 years, as "more than 30 years")
        elif f.key[1] in ("year", "month") and f.key[2] == "term":  # "jailed for three years" / "18 months in jail"
            k = 12 if f.key[1] == "year" else 1
            out.append(replace(f, key=("unit", "months", "term"), lo=f.lo * k, hi=f.hi * k))
        elif f.key[1] in _OTHER and not (f.key[1] == "hour" and f.lo < 24):  # (hours as a length of days: "48
            # hours" / "a five-day walkout"; not "seven hours of deliberation" / "a two-week trial")
            measure, k = _OTHER[f.key[1]]
            lo, hi = _slack(f, k)
            out.append(replace(f, key=("unit", measure, ""), lo=lo, hi=hi))
        elif f.key[1] == "degree" and f.key[2] in ("c", "f"):
            lo, hi = (f.lo, f.hi) if f.key[2] == "c" else ((f.lo - 32) * 5 / 9, (f.hi - 32) * 5 / 9)
            scale = "Celsius" if f.key[2] == "c" else "Fahrenheit"
            out.append(replace(f, key=("unit", "celsius", ""), lo=lo - 1, hi=hi + 1, shown=f"{f.shown} {scale}"))
        elif f.key[1] == "degree" and not f.key[2] and any(w.startswith(_HEAT) for w in f.context):
            for lo, hi in ((f.lo, f.hi), ((f.lo - 32) * 5 / 9, (f.hi - 32) * 5 / 9)):  # "41 degrees" in a heatwave:
                out.append(replace(f, key=("unit", "celsius", ""), lo=lo - 1, hi=hi + 1))  # Celsius or Fahrenheit
        elif f.key[1] == "degree" and f.key[2] in ("cd", "fd"):  # a difference: "5C above average" is "9F higher"
            lo, hi = (f.lo, f.hi) if f.key[2] == "cd" else (f.lo * 5 / 9, f.hi * 5 / 9)
            scale = "Celsius" if f.key[2] == "cd" else "Fahrenheit"
            out.append(replace(f, key=("unit", "celsius difference", ""), lo=lo - 1, hi=hi + 1,
                               shown=f"{f.shown} {scale}"))
    return out


def life_term(toks: list[Any]) -> bool:
    """Whether a life term is told ("jailed for life", "sentenced to life in prison", "a life sentence")."""
    for k, t in enumerate(toks):
        if t.low != "life":
            continue
        after = [x.low for x in toks[k + 1 : k + 3]]
        if after[:1] in (["sentence"], ["imprisonment"], ["term"]) or after == ["in", "prison"] or k > 1 and (
                toks[k - 1].low in ("for", "to") and any(x.low in _SENTENCED for x in toks[max(0, k - 5) : k])):
            return True
    return False


_HEAT = ("temperat", "heat", "hot", "warm", "cold", "freez", "mercur", "thermomet", "chill")


def _slack(f: Any, k: float) -> tuple[float, float]:
    """``f``'s values times ``k``, give or take 8% for a rounded conversion, and 10% more when it is said to be
    about that much ("about 40 km" is not "roughly 40 miles"); a bound stays a bound."""
    lo, hi = f.stated
    if f.span or f.hi == float("inf") or f.lo <= 0 or lo != hi:
        return f.lo * k * 0.92, f.hi * k * 1.08
    slack = 0.08 + (0.10 if f.lo < lo or f.hi > hi else 0.0)
    return lo * k * (1 - slack), hi * k * (1 + slack)


__all__ = ["unit_key", "converted", "change", "degrees", "life_term"]
