"""Nations crossed between the doer and the receiver of one act: "The Foreign Office summoned the Iranian ambassador"
/ "Iran's foreign ministry summoned the British ambassador", "The EU imposed tariffs on Chinese steel" / "China
imposed tariffs on European steel".

At a verb both versions use in the active, each version's doer nations are the nations its words before the verb name
(a country, its adjective or its capital: "the Foreign Office in London"; the Foreign Office is Britain's), and its
receiver nations those of the rest of the clause after the verb. Two versions differ when their receivers are of
different nations and one version's receiver nation is the other's doer; what is done to the receiver is the same
thing (a word after the verb in common: "ambassador", "steel")."""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import CAPITALS, NATIONS, country
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.swaps import SYMMETRIC
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, is_past, joined, stem

_NAMES = frozenset(NATIONS) | frozenset(NATIONS.values()) | frozenset(CAPITALS) - {"washington"}
_BLOCS = {"eu": "eu", "european": "eu", "europe": "eu"}
_OWN_OFFICES = {("foreign", "office"): "britain", ("downing", "street"): "britain", ("white", "house"): "us",
                ("state", "department"): "us"}  # a government's office that names its nation
_LITTLE = frozenset("the a an of on to in from with its his her their against over for and at by".split())


def crossed_nations(xs: list[Tok], ys: list[Tok], at_x: dict[str, tuple[int, ...]],
                    at_y: dict[str, tuple[int, ...]]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when one act's doer and receiver nations are crossed at a verb both use (``at_x``:
    where each verb of ``xs`` stands, ``reversal.verbs``), else None."""
    for verb in sorted(at_x.keys() & at_y.keys() - SYMMETRIC):  # (not "Spain played against Portugal")
        for v in at_x[verb]:
            for w in at_y[verb]:
                found = _crossed(xs, v, ys, w)
                if found:
                    return found
    return None


def _crossed(xs: list[Tok], v: int, ys: list[Tok], w: int) -> tuple[str, str] | None:
    if xs[v - 1].low in BE or ys[w - 1].low in BE or stem(xs[v].low) != stem(ys[w].low):
        return None  # (the active only, the doer before the verb, and one verb: not "beat" / "lost to")
    if _verb_before(xs, v) or _verb_before(ys, w):
        return None  # a participle of what another verb's doer did ("Morocco received 80 people deported from Spain")
    doer_x, doer_y = _nations(xs, _start(xs, v), v), _nations(ys, _start(ys, w), w)
    end_x, end_y = _end(xs, v), _end(ys, w)
    got_x, got_y = _nations(xs, v + 1, end_x), _nations(ys, w + 1, end_y)
    if not (got_x and got_y) or got_x & got_y or not (got_x & doer_y or got_y & doer_x) or doer_x & doer_y:
        return None
    if any(t.low == "than" for t in xs[v:end_x]) or any(t.low == "than" for t in ys[w:end_y]):
        return None  # a comparison told from each side ("grew faster than France's" / "more slowly than Britain's")
    if not _things(xs, v + 1, end_x) & _things(ys, w + 1, end_y):
        return None  # (not the same thing done to: "summoned the ambassador" / "summoned reporters")
    return joined(xs[_start(xs, v) : end_x]), joined(ys[_start(ys, w) : end_y])


def _verb_before(toks: list[Tok], v: int) -> bool:
    """Whether a verb in the past comes before ``v`` in its clause."""
    return any(is_past(t.low) for t in toks[_start(toks, v) : v - 1] if t.is_word and not t.cap and t.low != "hundred")


def _start(toks: list[Tok], v: int) -> int:
    j = v
    while j > 0 and not toks[j - 1].is_break and toks[j - 1].low not in CLAUSE_WORDS and v - j < 8:
        j -= 1
    return j


def _end(toks: list[Tok], v: int) -> int:
    j = v + 1
    while j < len(toks) and not toks[j].is_break and toks[j].low not in CLAUSE_WORDS and j - v < 10:
        j += 1
    return j


def _nations(toks: list[Tok], start: int, end: int) -> frozenset[str]:
    out = set()
    for k in range(start, end):
        t = toks[k]
        if not t.cap:
            continue
        if k + 1 < end and (t.low, toks[k + 1].low) in _OWN_OFFICES:
            out.add(_OWN_OFFICES[t.low, toks[k + 1].low])
        elif t.low in _BLOCS:
            out.add(_BLOCS[t.low])
        elif t.low in _NAMES:
            out.add(country(CAPITALS.get(t.low, t.low)))
    return frozenset(out)


def _things(toks: list[Tok], start: int, end: int) -> frozenset[str]:
    """The stems of the plain words after the verb (not a nation's)."""
    return frozenset(stem(t.low) for t in toks[start:end] if t.is_word and not t.cap and t.low not in _LITTLE)


__all__ = ["crossed_nations"]
