"""The place a figure is for: "12 people were killed in Texas" is Texas's toll, "in northern Iraq" Iraq's, and "a third
of premises in rural Wales" is a share of Wales's premises, "99% of UK premises" of the UK's. Figures for two places
are two things (``figure_pairs``)."""

from __future__ import annotations

from dataclasses import replace

from analyst_tui.core.conflicts.nations import country
from analyst_tui.core.conflicts.surroundings import CALENDAR
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import DIRECTION, LENGTH, UNITS


def place_after(toks: list[Tok], j: int, part: bool = False) -> str | None:
    """The name after "in" shortly after a figure: "12 people were killed in Texas" -> "texas", past a word for a part
    of it ("in northern Iraq" -> "iraq": one happening told with or without it; with ``part``, "northern iraq"), or
    after the "of" of a direction: "2 miles east of The Geysers" -> "geysers"; several places joined ("across Texas
    and Louisiana" -> "texas+louisiana": a total over both, not Texas's figure); not past the start of another clause
    ("pay 30,000 euros after fishing in Irish waters": where he fished)."""
    n = len(toks)
    opened = next((m for m in range(j, min(n, j + 3)) if toks[m].low == "("), None)  # ("150 nautical miles (about
    # 277km) from Aden")
    unit_end = j if opened is None else next((m for m in range(opened, min(n, opened + 7)) if toks[m].low == ")"), j)
    for k in range(j, min(n - 1, unit_end + 7)):
        t = toks[k]
        if opened is not None and opened <= k <= unit_end or t.low == ")" and opened is None and k <= j + 2:
            continue  # (a figure in brackets, "(34 miles)", is of the place after them too)
        if t.is_break or t.low in _CLAUSE_WORDS:
            return None
        after_direction = t.low == "of" and k > j and toks[k - 1].low in DIRECTION or (
            t.low in ("from", "off", "outside") and j < k <= unit_end + 2 and UNITS.get(toks[opened - 1 if opened else k - 1].low) in (
                LENGTH))  # "2 miles east of The Geysers", "13 nautical miles from the Mysore", "150 nautical miles
        # off Aden", "a mile outside Millbrook"
        thing = _measured_from(toks, j, k, unit_end, opened)
        if thing:
            return thing
        if not (t.low in _PLACE_WORDS or after_direction):
            continue
        name = k + 2 if after_direction and k + 2 < n and toks[k + 1].low == "the" else k + 1
        while name < min(n - 1, k + 3) and toks[name].low in _PART_OF_A_PLACE:
            name += 1
        if toks[name].cap and toks[name].is_word:
            if toks[name].low in CALENDAR:
                return None
            first = name + 1 if toks[name].low == "the" and name + 1 < n and toks[name + 1].cap else name
            places = [toks[first].low]
            m = first + 1
            while m + 1 < n and toks[m].low in (",", "and") and toks[m + 1].cap and toks[m + 1].is_word:
                places.append(toks[m + 1].low)
                m += 2
            region = " ".join(x.low for x in toks[k + 1 : name]) if part else ""
            return (region + " " if region else "") + "+".join(places)
    return None


def _measured_from(toks: list[Tok], j: int, k: int, unit_end: int, opened: int | None) -> str | None:
    """What a length just before ``k`` is measured from or along, named by a common noun: "400 metres short of the
    platform", "12km below the summit", "300 metres of the road" ("~platform", "~summit", "~road"); two lengths
    from or along two things are two measures."""
    n = len(toks)
    if not (j < k <= unit_end + 2 and UNITS.get(toks[opened - 1 if opened else k - 1].low) in LENGTH):
        return None
    rel = 2 if k + 1 < n and toks[k].low in _SHORT and toks[k + 1].low == "of" else 1 if toks[k].low in _FROM else 0
    head = m = k + rel + 1 if k + rel + 1 < n and toks[k + rel].low in ("the", "its") else None
    while m is not None and m + 1 < n and (toks[m + 1].is_word or toks[m + 1].is_number) and not toks[m + 1].cap and (
            toks[m + 1].low not in _CLAUSE_WORDS and toks[m + 1].low not in _AFTER_THING):
        m += 1
        head = m if toks[m].is_word and UNITS.get(toks[m].low) is None else head  # ("the coast road": the road; "the
        # official 42.195km distance": the distance)
    return f"~{toks[head].low}" if head is not None and rel and not toks[head].cap and toks[head].is_word else None


_SHORT = frozenset(("short", "north", "south", "east", "west"))
_FROM = frozenset("of below above beneath".split())
_AFTER_THING = frozenset("of in on at to for from by with as and or was were is are had has".split())
_CLAUSE_WORDS = frozenset("after before when while because since although though but unless until".split())


def place_of_whole(toks: list[Tok], start: int, end: int) -> str | None:
    """The place named in the whole a share is of, between its first "of" from ``start`` and ``end`` (the end of the
    whole): "99% of UK premises" -> "uk", "of the Kenyan population" -> "kenya"; else the place after it, with the part
    of it named (``place_after``: "a third of premises in rural Wales" -> "rural wales": a share of a region's homes is
    not one of the whole country's)."""
    of = next((k for k in range(start, end) if toks[k].low == "of"), end)
    named = [t.low for t in toks[of + 1 : end] if t.cap and t.is_word and t.low != "the"]
    return country(named[0]) if len(named) == 1 else place_after(toks, end, part=True)


def placed(toks: list[Tok], found: list) -> list:
    """The figures ``found`` with the place a sentence opens with, where they name none after them ("In Central Aceh
    district, 140 were injured": Central Aceh's); a neighbouring one's are a part of the whole toll ("In neighbouring
    Central Aceh district, 140 were injured" / "The quake injured at least five people"), not one of another kind
    ("at least 22 houses were badly damaged"). The place is its first word, as ``place_after`` reads it."""
    n = len(toks)
    if not found or n < 4 or toks[0].low != "in":
        return found
    k = 1
    while k < 4 and toks[k].low in _PART_OF_A_PLACE:
        k += 1
    near = any(t.low in _NEAR for t in toks[1:k])
    end = k
    while end < min(n, k + 5) and toks[end].is_word and (toks[end].cap or end > k and toks[end].low in _REGIONS):
        end += 1
    if end == k or end >= n or toks[end].low != "," or toks[k].low in CALENDAR:
        return found
    return [replace(f, place=f.place or toks[k].low, part=f.part or near and "near") for f in found]


_PLACE_WORDS = frozenset(("in", "across", "throughout"))
# Words for a part of a place, between "in" and its name: "in northern Iraq", "in rural Wales".
_PART_OF_A_PLACE = frozenset("""northern southern eastern western central north-eastern north-western south-eastern
    south-western northeastern northwestern southeastern southwestern rural coastal remote neighbouring neighboring
    mainland nearby adjacent""".split())
_NEAR = frozenset(("neighbouring", "neighboring", "nearby", "adjacent"))
_REGIONS = frozenset("district province county region state prefecture".split())


__all__ = ["place_after", "place_of_whole", "placed"]
