"""Two versions' figures compared: a figure for the same thing whose values cannot both hold ("24 dead" vs "1 dead",
"about 20,000 refugees" vs "over 24,000 refugees"), and a casualty count of one group against the same count of
people in general ("27 passengers were injured" vs "72 people were hurt"). Not a figure the other version gives
too for something else, a total against its parts, two places or two rates by different periods."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Protocol

from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.figures_apart import two_things
from analyst_tui.core.conflicts.fractions import relative_apart
from analyst_tui.core.conflicts.multiples import WORDS as MULTIPLES, multiple_conflict
from analyst_tui.core.conflicts.nations import country, related
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_in, told_alike
from analyst_tui.core.conflicts.surroundings import counted
from analyst_tui.core.conflicts.numbers import number_at
from analyst_tui.core.conflicts.polarity_words import OPPOSITE
from analyst_tui.core.conflicts.rates import other_periods, speed_apart
from analyst_tui.core.conflicts.tokens import said_bounds, stem, tokenize
from analyst_tui.core.conflicts.words import SCOPES


_HEAT, _CLOCK_PARTS = frozenset(("degree", "celsius", "fahrenheit")), frozenset(("minute", "second"))
_POWER = frozenset("power electricity outage outages blackout blackouts".split())
_CUSTOMERS, _HOMES = ("noun", counted("customers")), ("noun", counted("homes"))
ONE_FIGURE_SHARE = 0.34  # of each version's words that two versions with one figure each share, to compare it


class Version(Protocol):
    """What is read here of a version (``conflicts.Version``)."""

    figures: tuple[Figure, ...]
    numbers: frozenset[float]
    text: str
    content: frozenset[str]
    polarity: Polarity


def figure_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    by_key: dict[tuple, tuple[list[Figure], list[Figure]]] = {}
    aspect = _one_aspect(a, b)
    outage = bool(_POWER & a.content and _POWER & b.content)
    for side, version in enumerate((a, b)):
        for f in version.figures:
            key = f.key[:2] + (aspect,) if aspect is not None and f.key[:2] == ("unit", "length") else f.key
            if outage and key == _CUSTOMERS:
                key = _HOMES  # a power cut's customers are homes ("2 million homes were left without power" /
                # "knocked out electricity to 600,000 customers")
            by_key.setdefault((key, f.extra), ([], []))[side].append(f)
    restated = None
    for fa, fb in by_key.values():
        if not (fa and fb):
            continue
        for x, y in _unmatched(fa, fb):
            if x.needs_context and not related(x.context, y.context) and not related(_plain(x.context), _plain(
                    y.context)) and not (x.place and x.place == y.place):  # ("an 11-storey block ... in Kesh")
                alone = len(fa) == len(fb) == 1 and (_one_figure(a) and _one_figure(b) or _numbers_but(x, y, a, b))
                if alone and restated is None:
                    restated = told_alike(a.content, b.content, a.polarity.toks, b.polarity.toks, ONE_FIGURE_SHARE) or (
                        x.key == y.key and _named_alike(a, b))
                if not (alone and restated):
                    continue  # counts of things and amounts: only about the same thing (a shared word), or the one
                    # figure of its kind in each of two versions that say the rest alike, with the same other numbers
                    # if any ("Seven paintings, including two by Flemish masters" / "five paintings ... two Flemish")
            if x.place and y.place and x.place != y.place or two_things(x, y, a, b):
                continue  # "12 killed in Texas", "3 killed in Oklahoma": two places, two figures; or two things
                # otherwise (``figures_apart``: "Exports fell 3%" / "Imports rose 5%")
            if x.scope != y.scope and not (_this_season(a) and _this_season(b)) and x.key[1] not in _HEAT or (
                    x.part != y.part) or x.part and x.key[1] in _CLOCK_PARTS:  # (the minutes of "2:03:41")
                continue  # "2,301 career points" and "20 points on Thursday": a total and one game (not when both say
                # "this season"; a temperature is no total: "a record 41C"); or two of those seriously injured, of
                # all the injured
            if not x.casualty and x.key[1] not in ("length", "celsius", "speed", "area") and (
                    _gives(b.numbers, x) or _gives(a.numbers, y)):
                continue  # the other version gives the same number too, for something else (not "300 metres"
                # against "300 feet": the same number in another unit)
            if _adds_up(x, fb) or _adds_up(y, fa) or _sums_to(x, b, a) or _sums_to(y, a, b) or _with_the_rest(
                    x, y, a, b) or _with_the_rest(y, x, b, a) or (
                    _and_more(x, a, y) or _and_more(y, b, x) or _parts_of(y, a, x) or _parts_of(x, b, y) or (
                    _complement(x, y, a, b))):
                continue  # a total and its parts in the other version ("killed 12, eight in Vietnam and four in
                # Laos" / "eight people died in Vietnam and four in Laos"; "eight dates in England and six in
                # Ireland" / "14 dates, six of them in Ireland")
            if x.casualty and _gives(b.numbers, x) and _gives(a.numbers, y) and not (
                    _other_class(b, x) or _other_class(a, y)):
                continue  # each gives both numbers: a part and a total ("14 arrests on Saturday ... total to 20");
                # not "killed two and injured three" / "killed three and injured two"
            if other_periods(a.text, b.text) or x.key[:2] == y.key[:2] == ("unit", "length") and speed_apart(
                    a.text, b.text):  # (or a speed and a length: "12 kilometres a second" / "within 28,000 kilometres")
                continue  # two rates ("£300,000 a week" / "£15.6m a year", "1,000 cars a week" / "52,000 cars a year"), or
                # a rate and a total over some time ("£150m a year for three years" / "£450 million over three years")
            if _the_rest(x, y, a, b):
                continue  # a share and the rest of the whole, in two sentences written apart ("won re-election with
                # 58% of the vote" / "her only challenger took 42% of the vote")
            if _share_of(x, y, a, b) or _share_of(y, x, b, a):
                continue  # the same share told two ways ("60 per cent below average" / "40 per cent of its average")
            if _moved_by(x, y, a, b) or _moved_by(y, x, b, a):
                continue  # where it started in one, by how much it moved in the other, to the same figure ("rose
                # from $72 to $78" / "gained $6 to reach $78")
            if relative_apart(x, y, a.text, b.text):
                continue  # a change told as a multiple or a share, against a level: "unemployment doubled" / "rose
                # from 4% to 8%"; or "doubled" against "halved", a rise against a fall (an event)
            if _sums_in_scale(x, b, a) or _sums_in_scale(y, a, b):
                continue  # (read last: it reads every number of both texts)
            return x.shown, y.shown
    if MULTIPLES & a.content and MULTIPLES & b.content:  # a multiple of one thing ("eight times the limit")
        return multiple_conflict(a.polarity.toks, b.polarity.toks)
    return None


def _one_aspect(a: Version, b: Version) -> str | None:
    """What the one length each version gives measures, when one says it ("310 metres tall": a size) and the other does
    not ("At 185 metres, the tower ..."); else None."""
    fx, fy = ([f for f in v.figures if f.key[:2] == ("unit", "length")] for v in (a, b))
    x, y = [f.key[2] for f in fx], [f.key[2] for f in fy]
    if len(x) != 1 or len(y) != 1 or x == y or "" not in (x[0], y[0]) or "thickness" in (x[0], y[0]):
        return None  # (a thickness is rarely what a length alone gives: "a 17-inch notebook" / "0.98 inches thick")
    bare, told = (fx[0], a) if x[0] == "" else (fy[0], b)  # (the length that says not what it measures)
    plain = bare.context
    if re.search(rf"\b{re.escape(bare.shown.lower())} (?:{_FROM_A_PLACE})\b", told.text.lower()):
        return None  # (a stretch of a thing, or how far from one: "400 metres of the road", "300 metres before Carrow")
    if "distance" in (x[0], y[0]) and not plain.isdisjoint(_MOVED) or "width" in (x[0], y[0]) and plain & _COVERED:
        return None  # (how far a thing moved, and how far it was from a place: "the cabin fell some 40 metres" / "was
        # about 300 metres from the top station"; how far one went, and how wide: "covered 30 miles" / "21 miles wide")
    return x[0] or y[0]


_FROM_A_PLACE = "of|from|before|after|past|beyond|short|below|above|away|off|outside|north|south|east|west"
_MOVED, _COVERED = frozenset(("<down>", "<up>")), frozenset("cover swim row cycl walk hike trekk sail fly drive".split())


def _this_season(v: Version) -> bool:
    """Whether the version says "this season": the period of both versions' figure, not a season's total."""
    toks = v.polarity.toks
    return any(t.low in SCOPES and k and toks[k - 1].low == "this" for k, t in enumerate(toks))


def _numbers_but(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether the two versions give the same numbers but ``x`` and ``y``, the figures they differ in."""
    return a.numbers - set(x.stated) == b.numbers - set(y.stated)


def _named_alike(a: Version, b: Version) -> bool:
    """Whether the two versions name one place or party ("The fire that swept through Lahaina destroyed" / "levelled by
    the Lahaina blaze"; a weekday names none, nor who said it last: "..., the Guardian has learned")."""
    x, y = ({country(n) for n in names_in(t[: said_bounds(t)[1]]) - _WEEKDAYS} for t in (a.polarity.toks, b.polarity.toks))
    return not x.isdisjoint(y)  # ("across Belgium" / "at Belgian harbours")


_WEEKDAYS = frozenset(WEEKDAYS)


def _one_figure(v: Version) -> bool:
    """Whether the version gives one number only ("85 million pounds"; not a market report's several)."""
    return len(v.numbers) <= 1 and len({f.stated for f in v.figures}) == 1


# Words for one thing, in what a figure is said of ("5,000 hectares of forest burned" / "50,000 hectares of woodland
# scorched by the blaze").
_ONE_THING = {stem(w): line.split()[0] for line in """fire blaze flames wildfire
    forest woodland woods
    power electricity
    ship vessel
    storm hurricane typhoon cyclone
    company firm
    cut axe slash shed
    quake earthquake tremor
    contract deal agreement
    eased slowed cooled
    sold fetched auction hammer
    streak skid""".split("\n") for w in line.split()}


def _plain(context: frozenset[str]) -> frozenset[str]:
    return frozenset(_ONE_THING.get(w, w) for w in context)


def _the_rest(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether two percentages make up a whole between them, each version with words of its own besides (the one
    with the share, the other with the rest: "the mayor won re-election with 58% of the vote" / "her only challenger
    took 42% of the vote"; not one sentence written again: "a quarter of the town was flooded" / "75 percent of the
    town was flooded")."""
    if not (x.key[:2] == ("unit", "%") or x.key[0] == "share") or abs(x.stated[0] + y.stated[0] - 100) > 0.5:
        return False
    wa, wb = ({t.low for t in tokenize(v.text) if t.is_word} - _SHARE_WORDS for v in (a, b))
    return bool(wa - wb) and bool(wb - wa)


_SHARE_WORDS = frozenset("""a an the of per cent percent quarter quarters third thirds half fifth fifths tenth tenths
    was were is are be been has have had to in on at by one two three four about around roughly nearly almost some
    just over under more less than approximately""".split())  # (and how near: "roughly a third" / "nearly two-thirds")


def _share_of(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether ``x`` is a percentage below (or above) a norm and ``y`` the percentage of it that it makes."""
    (xv, _), (yv, _) = x.stated, y.stated
    below = _PER_CENT_OFF.search(a.text)
    of = _PER_CENT_OF.search(b.text)
    if below is None or of is None or float(below.group(1)) != xv or float(of.group(1)) != yv:
        return False
    return abs((100 - xv if below.group(2).lower() in ("below", "under") else 100 + xv) - yv) < 1e-9


_PER_CENT_OFF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%)\s+(below|under|above|over)\b", re.I)
_PER_CENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%)\s+of\b", re.I)


def _moved_by(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether ``y`` is the difference between ``x`` and a figure both versions give, both telling a move."""
    (xv, _), (yv, _) = x.stated, y.stated
    if yv <= 0 or _MOVES.isdisjoint(_LETTERS.findall(a.text.lower())) or _MOVES.isdisjoint(
            _LETTERS.findall(b.text.lower())):
        return False
    return any(abs(abs(v - xv) - yv) < 1e-9 for v in a.numbers & b.numbers if v != xv)


# The words of a move up or down ("rose", "fell", "was up"), as polarity reads them.
_MOVES = frozenset(w for w, sides in OPPOSITE.items() if any(c in ("direction", "level") for c, _ in sides))
_LETTERS = re.compile(r"[a-z]+")


def group_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """A casualty count of one group against the same count of people in general ("27 passengers were injured" /
    "72 people were hurt"), when neither version counts the other's group too, nor gives the other's number (a part
    and its total: "12 people were injured, three of them officers")."""
    for x in a.figures:
        if not x.casualty:
            continue
        for y in b.figures:
            if y.casualty != x.casualty or y.extra != x.extra or y.key == x.key or not general_group(
                    x.key[1], y.key[1]):
                continue
            if any(f.key == x.key for f in b.figures) or any(f.key == y.key for f in a.figures):
                continue
            if _gives(b.numbers, x) or _gives(a.numbers, y) or x.scope != y.scope or x.part != y.part:
                continue
            group, version = (x, a) if y.key[1] == "people" or y.key[1] == "worker" and x.key[1] != "people" else (y, b)
            none = (y if group is x else x).hi == 0 and x.casualty == "arrested"  # ("no arrests have been made": of
            if not none and not _whole_group(group, version, a.numbers & b.numbers):  # any group)
                continue
            if (x.place and y.place and x.place != y.place) or x.overlaps(y) or 0 in (x.hi, y.hi) and (
                    x.casualty != "arrested"):
                continue  # ("nobody was hurt" / "two officers were hurt" differ in polarity; but "no arrests have
                # been made" / "two men have been arrested" in figures)
            return x.shown, y.shown
    return None


def general_group(x: str, y: str) -> bool:
    """Whether one of two groups counted is the other's in general: people, or workers against a trade ("At least 21
    miners were killed" / "Twelve workers died")."""
    return "people" in (x, y) or "worker" in (x, y) and bool({x, y} & _TRADES)


_TRADES = frozenset("""miner docker dockworker builder labourer laborer steelworker welder electrician technician
    engineer porter cleaner nurse farmer fisherman crewman seafarer sailor""".split())


def said_as_none(shown: tuple[str, str]) -> bool:
    """Whether one of two figures shown is none ("0 arrested" from "No arrests were made"): the two differ in polarity,
    one saying it happened and the other not."""
    return any(x.startswith("0 ") for x in shown)


def none_against_some(a: Version, b: Version) -> tuple[str, str] | None:
    """Nobody hurt against a count of any group hurt ("No one was injured when the roof collapsed" / "The roof
    collapsed, injuring two workers"). Read last: ``group_conflict`` leaves a zero to the polarity checks, which read
    it where both versions tell it alike ("Nobody was hurt" / "Two officers were hurt")."""
    for x in a.figures:
        for y in b.figures:
            for none, some in ((x, y), (y, x)):
                apart = none.place and some.place and none.place != some.place
                if none.casualty and none.key[1] == "people" and none.hi == 0 and some.casualty == none.casualty and (
                        some.lo >= 1 and not some.extra and not apart):
                    return x.shown, y.shown
    return None


def _whole_group(f: Figure, version: Version, shared: frozenset[float] = frozenset()) -> bool:
    """Whether the group ``f`` counts may be everyone it happened to: a plural of people ("passengers",
    "suspects", not "one man", "traffic deaths", "women"), the only count of them in its version (not "two women and
    one man"), and the only number in its version (not "two officials and five other people")."""
    shown = f.shown.split()
    at = next((k for k, w in enumerate(shown) if w[:1].isdigit()), len(shown))
    word = shown[at + 1] if at + 2 < len(shown) else ""
    if not word.endswith("s") or word in _SUBGROUPS:
        return False
    things = {v for g in version.figures if g.key[0] == "noun" for v in g.stated}  # ("when two trams collided")
    others = [n for n in version.numbers if n not in f.stated and n not in shared and n not in things]  # ("twenty-
    # seven" is 20 and 7 there; a number both versions give names something else: "on the M7")
    return sum(1 for g in version.figures if g.casualty == f.casualty) == 1 and (
        not others or sum(others) == f.stated[0])  # nor "killing two officials and at least five other people"


_SUBGROUPS = frozenset("women girls boys children babies infants teenagers minors foreigners".split())


def _adds_up(total: Figure, parts: list[Figure]) -> bool:
    """Whether the other version's figures of the same kind, two or more, add up to ``total`` ("$50,000 for the win
    plus a $30,000 bonus" / "$80,000 in prize money and bonuses")."""
    return len(parts) >= 2 and abs(sum(f.stated[0] for f in parts) - total.stated[0]) <= 0.01 * total.stated[0]


def _sums_to(total: Figure, other: Version, own: Version) -> bool:
    """Whether ``other`` gives two numbers or more, each given in ``own`` too, that add up to ``total``."""
    parts = other.numbers & own.numbers
    return len(parts) >= 2 and len(other.numbers) == len(parts) and sum(parts) == total.stated[0]


def _sums_in_scale(total: Figure, other: Version, own: Version) -> bool:
    """Whether two or three figures both versions give, in their scale, add up to ``total`` ("2.3 million viewers,
    1.5 million on ZDF and 800,000 on ORF")."""
    whole = (total.stated[0] + total.stated[1]) / 2
    values = (_amounts(other.text) & _amounts(own.text)) - {whole}
    return 0 < len(values) <= 6 and any(abs(sum(c) - whole) <= 0.01 * whole
                                        for r in (2, 3) for c in combinations(sorted(values), r))


@lru_cache(maxsize=4096)  # (a version is compared with each other member of its claim)
def _amounts(text: str) -> frozenset[float]:
    """Every number of a text in its scale ("1.5 million": 1,500,000)."""
    toks = tokenize(text)
    out = set()
    for k, t in enumerate(toks):
        if t.is_number and not (k and toks[k - 1].is_number):
            found = number_at(toks, k)
            if found is not None:
                out.add((found[0] + found[1]) / 2)
    return frozenset(out)


def _with_the_rest(part: Figure, total: Figure, own: Version, other: Version) -> bool:
    """Whether ``part`` and the numbers both versions give add up to ``total`` (not a number of another unit: "about
    5 kilometres from the runway, forcing a 45-minute suspension" / "about 50 metres from the runway")."""
    keys = {g.key[:2] for g in own.figures if g.stated == part.stated}
    foreign = {g.stated[0] for g in own.figures if g.key[0] == "unit" and not any(
        h.key[:2] in keys for h in own.figures if h.stated == g.stated)}
    shared = own.numbers & other.numbers - foreign - _included(own.polarity.toks)
    return bool(shared) and part.stated[0] + sum(shared) == total.stated[0]


def _and_more(part: Figure, own: Version, total: Figure) -> bool:
    """Whether ``part`` and the figures ``own`` gives on top of it ("destroyed 120 homes and damaged 300 more") may
    make ``total`` ("About 420 homes were destroyed or damaged"); a vague one may be any count it allows ("killed
    170,000 people in the province and tens of thousands more" / "killed 230,000 people")."""
    more = [f.stated for f in own.figures if f.extra and f.stated != part.stated and (
        f.key == part.key or f.key == ("noun", "more"))]
    least = part.stated[0] + sum(lo for lo, _hi in more)
    most = part.stated[0] + sum(lo if hi == float("inf") else hi for lo, hi in more)
    return bool(more) and total.hi != float("inf") and total.lo <= most and least <= total.hi


def _parts_of(total: Figure, parts: Version, part: Figure) -> bool:
    """Whether ``total`` is the sum of two or more figures of its kind ``parts`` gives, ``part`` one of them ("pledged
    $3bn and $2bn respectively" / "together pledged $5bn", "80mm on Saturday and a further 40mm on Sunday" / "120mm
    over the weekend")."""
    values = [(f.lo + f.hi) / 2 for f in parts.figures if f.key == part.key and f.hi != float("inf")]
    return len(values) >= 2 and total.lo <= sum(values) <= total.hi and bool(_SUMMED & parts.polarity.words())


def _complement(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether the two counts are the two parts of one whole both versions give ("500 of the 2,000 applications were
    turned down" / "approved 1,500 of the 2,000 applications")."""
    wholes = _wholes(a.polarity.toks) & _wholes(b.polarity.toks)
    return any(x.stated[0] + y.stated[0] == whole for whole in wholes - {x.stated[0], y.stated[0]})


def _wholes(toks: list) -> frozenset[float]:
    """The numbers a text gives as a whole that a count is of ("1,500 of the 2,000 applications")."""
    out = set()
    for k in range(1, len(toks) - 1):
        if toks[k].low in ("the", "its", "their") and toks[k - 1].low == "of":
            found = number_at(toks, k + 1)
            if found is not None:
                out.add(found[0])
    return frozenset(out)


_SUMMED = frozenset("respectively further another additional".split())  # (a part on top of another)


def _included(toks: list) -> frozenset[float]:
    """The numbers a text gives as included in another ("five paintings ..., among them two Flemish works", "including
    two"): a part of that count, not the rest of a total."""
    out = set()
    for k, t in enumerate(toks):
        if t.low == "including" or t.low in ("them", "whom", "which") and k and toks[k - 1].low in ("among", "of"):
            found = number_at(toks, k + 1) if k + 1 < len(toks) else None
            if found is not None:
                out.add(found[0])
    return frozenset(out)


def _other_class(version: Version, f: Figure) -> bool:
    """Whether ``version`` gives the number of ``f`` as a count of another casualty class."""
    return any(g.casualty and g.casualty != f.casualty and g.stated == f.stated for g in version.figures)


def _unmatched(fa: list[Figure], fb: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The pairs of figures for one thing to compare: every pair when none of them can both hold; else, when
    each version gives as many and one of each has no match, in the same place in both and with two words
    around it in common ("eased to 2.4% from 2.9%" / "eased to 2.2% from 2.9%"), that pair."""
    if not any(x.overlaps(y) for x in fa for y in fb):
        return [(x, y) for x in fa for y in fb]
    lone_a = [i for i, x in enumerate(fa) if not any(x.overlaps(y) for y in fb)]
    lone_b = [i for i, y in enumerate(fb) if not any(y.overlaps(x) for x in fa)]
    if len(fa) == len(fb) and len(lone_a) == len(lone_b) == 1 and lone_a == lone_b:
        x, y = fa[lone_a[0]], fb[lone_b[0]]
        if len(_plain(x.context) & _plain(y.context)) >= 2:  # about the same thing, said around it in the same words
            return [(x, y)]
    return []


def _gives(numbers: frozenset[float], f: Figure) -> bool:
    """Whether one of ``numbers`` is the number ``f`` states ("2. 3" read as 2.3 +- its last digit)."""
    if f.span:  # "5 to 10 percent": both ends
        return f.stated[0] in numbers and f.stated[1] in numbers
    if f.stated[0] > f.stated[1]:  # "88-72", a score read as a range
        return f.stated[0] in numbers
    lo, hi = f.stated
    return any(lo <= v <= hi for v in numbers)


__all__ = ["figure_conflict", "group_conflict", "none_against_some", "said_as_none"]
