"""Who put tariffs on whose goods, the other way round in two versions: "Keldar has imposed 25% tariffs on steel
imported from Marosia" / "Marosia has slapped 25 percent tariffs on steel imports from Keldar".

A version tells it as "X imposed (slapped, levied, introduced, announced, placed, put) tariffs (duties, levies) on
... from Y" or "... on Y's ..." or "on Y" (the name right after "on"), X the name before the verb (past "has", "will"
and the like). Two versions differ when each one's X is the other's Y and neither shares its X with the other (a
country and its adjective are one: "Marosia" / "Marosian")."""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import entity_after, entity_before
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.tokens import Tok, joined, stem

_IMPOSED = frozenset("""imposed impose imposes imposing slapped slap slaps levied levy levies introduced introduce
    introduces announced placed put puts""".split())  # fmt: skip
_LEVIES = frozenset("tariff tariffs duties duty levies".split())
WORDS = _LEVIES  # (read only when both versions give one)
_BETWEEN = frozenset("has have had will would is are was were also to agreed plans new fresh".split())
_Levy = tuple[frozenset[str], frozenset[str], str]  # (who imposed it, on whose goods, the words shown)


def tariff_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the one who imposed tariffs in one version is the one whose goods they fall
    on in the other, and the other way round."""
    for doer_x, target_x, shown_x in _levies(xs):
        for doer_y, target_y, shown_y in _levies(ys):
            if related(doer_x, target_y) and related(target_x, doer_y) and not related(doer_x, doer_y):
                return shown_x, shown_y
    return None


def _levies(toks: list[Tok]) -> list[_Levy]:
    out: list[_Levy] = []
    for k, t in enumerate(toks):
        if t.low not in _IMPOSED:
            continue
        levy = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low in _LEVIES), None)
        if levy is None:
            continue
        b = k - 1
        while b >= 0 and toks[b].low in _BETWEEN:
            b -= 1
        doer = entity_before(toks, b) or ((toks[b].low, b) if b >= 0 and toks[b].cap else None)  # ("On Monday
        # Kessa imposed": Kessa)
        target = _target(toks, levy + 1)
        if doer is not None and target is not None:
            out.append((_stems(doer[0]), _stems(target[0]), joined(toks[doer[1] : target[1]])))
    return out


def _target(toks: list[Tok], start: int) -> tuple[str, int] | None:
    """Whose goods the tariffs fall on: the name after "from", after "on" when it owns the goods ("on Marosia's
    steel") or is the country itself ("on Marosia"), within the next eight words."""
    for j in range(start, min(len(toks) - 1, start + 8)):
        if toks[j].is_break:
            return None
        if toks[j].low in ("from", "on") and toks[j + 1].cap:
            found = entity_after(toks, j + 1)
            if found is not None:
                return found
    return None


def _stems(name: str) -> frozenset[str]:
    return frozenset(stem(w) for w in name.split())


__all__ = ["WORDS", "tariff_conflict"]
