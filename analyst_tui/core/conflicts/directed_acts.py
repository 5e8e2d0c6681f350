"""An act one party aims at another, the other way round in two versions: who put tariffs or sanctions on whose goods
or banks ("Keldar has imposed 25% tariffs on steel imported from Marosia" / "Marosia has slapped 25 percent tariffs on
steel imports from Keldar", "Brennia imposed sanctions on banks in Taloria"), who ended a contract with whom
("Fairmart ended its supply contract with Bellow Farms" / "Bellow Farms terminated its supply contract with Fairmart"),
who claims money from whom ("The canal authority is demanding compensation from the ship's owner"), who gave evidence
against whom ("The driver testified against the ringleader" / "the ringleader gave evidence against the driver").

A version tells such an act as X, a verb of it (imposed, slapped, levied ...; ended, terminated, cancelled ...), then
within five words its noun (tariffs, duties ...; contract, deal, agreement ...), and within eight more a preposition
of the act before a name, Y ("from Y", "on Y's ...", "on Y"; "with Y"); X is the name before the verb (past "has",
"will" and the like). Two versions differ when each one's X is the other's Y and neither shares its X with the other
(a country and its adjective are one: "Marosia" / "Marosian")."""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import entity_after, entity_before
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.tokens import Tok, joined, stem

# Each act: (its verbs, its nouns, the words before the other party).
_ACTS = (
    (frozenset("""imposed impose imposes imposing slapped slap slaps levied levy levies introduced introduce
        introduces announced placed put puts""".split()), frozenset("tariff tariffs duties duty levies".split()),
     ("from", "on")),
    (frozenset("""imposed impose imposes imposing slapped slap slaps introduced introduce introduces announced placed
        put puts""".split()), frozenset("sanction sanctions embargo embargoes".split()), ("on", "against", "in")),
    (frozenset("""ended ends terminated terminates cancelled canceled cancels scrapped scraps axed tore ripped
        broke pulled withdrew walked quit""".split()), frozenset(  # ("pulled out of its deal with")
        "contract contracts deal agreement partnership sponsorship".split()), ("with",)),
    (frozenset("""demanding demand demands demanded seeking seek seeks sought claiming claim claims claimed wants
        want wanted""".split()), frozenset("compensation damages reimbursement repayment refund".split()), ("from",)),
    (frozenset("gave give gives giving".split()), frozenset("evidence testimony".split()), ("against",)),
    (frozenset("testified testify testifies testifying".split()), frozenset(("against",)), ()),  # (the one after it)
)  # fmt: skip
_ONE_ACT = {5: 4}  # (testifying against one is giving evidence against them)
WORDS = frozenset(w for _, nouns, _ in _ACTS for n in nouns for w in (n, stem(n)))  # (read only when both versions
# give one, as a word or as its stem)
_BETWEEN = frozenset("has have had will would is are was were also to agreed plans".split())  # (before the verb)
_Act = tuple[int, frozenset[str], frozenset[str], str]  # (which act, who did it, at whom, the words shown)


def directed_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the one who did an act in one version is the one it was aimed at in the other,
    and the other way round."""
    for act_x, doer_x, target_x, shown_x in _acts(xs):
        for act_y, doer_y, target_y, shown_y in _acts(ys):
            if act_x == act_y and related(doer_x, target_y) and related(target_x, doer_y) and not related(
                    doer_x, doer_y):
                return shown_x, shown_y
    return None


def _acts(toks: list[Tok]) -> list[_Act]:
    out: list[_Act] = []
    for k, t in enumerate(toks):
        for a, (verbs, nouns, before) in enumerate(_ACTS):
            if t.low not in verbs:
                continue
            noun = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low in nouns), None)
            if noun is None:
                continue
            b = k - 1
            while b >= 0 and toks[b].low in _BETWEEN:
                b -= 1
            doer = entity_before(toks, b) or ((toks[b].low, b) if b >= 0 and toks[b].cap else None)  # ("On Monday
            # Kessa imposed": Kessa)
            target = _target(toks, noun + 1, before)
            if doer is not None and target is not None:
                out.append((_ONE_ACT.get(a, a), _stems(doer[0]), _stems(target[0]), joined(toks[doer[1] : target[1]])))
    return out


def _target(toks: list[Tok], start: int, before: tuple[str, ...]) -> tuple[str, int] | None:
    """Whom the act is aimed at: the name after one of ``before`` ("from Marosia", "on Marosia's steel", "with
    Fairmart") within the next eight words."""
    if not before:  # ("testified against the ringleader")
        return entity_after(toks, start)
    for j in range(start, min(len(toks) - 1, start + 8)):
        if toks[j].is_break:
            return None
        if toks[j].low in before and (toks[j + 1].cap or toks[j + 1].low == "the"):  # ("from the port of Rotterdam")
            found = entity_after(toks, j + 1)
            if found is not None:
                return found
    return None


def _stems(name: str) -> frozenset[str]:
    return frozenset(stem(w) for w in name.split())


__all__ = ["WORDS", "directed_conflict"]
