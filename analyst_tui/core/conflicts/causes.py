"""The same harm put down to another cause: "Floodwater poured into the historic library, damaging thousands of
manuscripts" / "A fire tore through the historic library, damaging thousands of manuscripts", "Six patients died
after a fire broke out in the intensive care unit" / "... after a power failure knocked out ventilators", "died of
poisoning" / "died of a heart attack", "Hailstorms destroyed much of the apricot crop" / "a severe frost wiped out".

Read last (``told_anew``): each version names one cause of these (a fire, a flood, a storm, a wind, an earthquake, a
landslide, frost, hail, lightning, an explosion, a power failure, poison, a heart attack), another one in each, and
the two share most of their other words. Not "fire" in the fire service's name ("the fire service said", "fire
crews"), nor opening fire; a version that names two causes ("the storm caused flooding") is not compared, nor a
storm against what a storm brings (wind, hail, lightning, a flood: "The storm stripped the vines" / "The hailstorm
stripped the vines").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tokens import Tok

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.4  # of each version's content words

_CAUSES = {
    "fire": "fire fires blaze blazes flames arson arsonist arsonists inferno wildfire wildfires burned burnt gutted",
    "flood": "flood floods flooding flooded floodwater floodwaters deluge inundated",
    "wind": "tornado tornadoes hurricane typhoon cyclone gale gales winds waves",
    "storm": "storm storms",  # (what a storm brings is no other cause: wind, hail, lightning, a flood)
    "earthquake": "earthquake earthquakes quake tremor tremors",
    "landslide": "landslide landslides mudslide mudslides avalanche",
    "frost": "frost frosts freeze",
    "hail": "hail hailstorm hailstorms",
    "lightning": "lightning",
    "explosion": "explosion explosions blast exploded",  # (not "bomb": a petrol bomb starts a fire)
    "power failure": "power failure outage blackout",
    "poison": "poisoning poisoned poison",
    "heart attack": "heart attack cardiac",
}
_STORMY = frozenset(("storm", "wind", "hail", "lightning", "flood"))
_CAUSE_OF = {w: cause for cause, words in _CAUSES.items() for w in words.split()}
_PAIRED = {"power": "failure", "heart": "attack"}  # (only together: "power failure", "heart attack")
_SECONDS = {second: first for first, second in _PAIRED.items()}
_FIRE_SERVICE = frozenset("""service services crews crew brigade department fighters fighter station chief officials
    officers engine engines alarm alarms exit escape safety""".split())
_FIRING = frozenset("open opened opening returned ceasefire under".split())  # "opened fire": shooting


def causes(toks: list[Tok]) -> frozenset[str]:
    """The causes a version names."""
    out = set()
    for k, t in enumerate(toks):
        low = t.low
        cause = _CAUSE_OF.get(low)
        if cause is None:
            continue
        after = toks[k + 1].low if k + 1 < len(toks) else ""
        before = toks[k - 1].low if k else ""
        if low in _PAIRED and after != _PAIRED[low] or low in _SECONDS and before != _SECONDS[low]:
            continue
        if low in ("fire", "fires") and (after in _FIRE_SERVICE or before in _FIRING):
            continue
        out.add(cause)
    return frozenset(out)


def _causes(p: Polarity) -> frozenset[str]:
    return causes(p.toks)


def cause_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(the cause ``a`` names, the cause ``b`` names) when they put the same harm down to two causes, else None."""
    ca = a.kept("causes", _causes)
    if len(ca) != 1:
        return None  # (the other's is read only then)
    cb = b.kept("causes", _causes)
    if len(cb) != 1 or ca == cb or "storm" in ca | cb and ca | cb <= _STORMY:
        return None  # (one cause; "The storm stripped vines" / "The hailstorm stripped vines")
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE):
        return None
    return next(iter(ca)), next(iter(cb))
