"""A level given as a multiple of the same thing, with values that cannot both hold: "eight times the safe bathing
limit" / "twice the safe bathing limit", "more than three times the legal limit" / "just under twice the legal
limit", "up to ten times the permitted daily limit" / "as much as double the permitted daily limit".

A multiple is a number and "times", or "twice", "double", "triple", "treble", "quadruple", then "the", "its" or the
like and what it is a multiple of; the two versions must name the same thing (a word in common, after the one before
it: "the limit", "its value"). The qualifier before it widens it as it widens any number ("more than", "up to",
"about", "just under"); two mosts differ when one is a tenth above the other or more, as two mosts of any figure do.
A multiple told as a change ("prices have doubled", "tripled its profit") is ``fractions``'."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS, qualifier, widen
from analyst_tui.core.conflicts.tokens import Tok, joined, stem

_ONES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
_OWNERS = frozenset("the its their his her a an that this".split())
_MOST = 4  # words of what it is a multiple of
_STOP = frozenset("of in on at for by from to and or as than with over during".split())
WORDS = frozenset(_ONES) | {"times"}  # (a version names one of these, or it gives no multiple)


def multiples(toks: list[Tok]) -> list[tuple[float, float, frozenset[str], str, bool]]:
    """Each multiple the version gives: (lowest, highest, the words of what it is a multiple of, as shown, whether
    it is a most: "up to ten times")."""
    out = []
    for k, t in enumerate(toks):
        if t.low in _ONES:
            value, start = _ONES[t.low], k
        elif t.low == "times" and k and (toks[k - 1].is_number or toks[k - 1].low in WORD_NUMBERS):
            start = k - 1
            try:
                value = float(toks[start].low.replace(",", "")) if toks[start].is_number else float(
                    WORD_NUMBERS[toks[start].low])
            except ValueError:
                continue
        else:
            continue
        j = k + 1
        if j >= len(toks) or toks[j].low not in _OWNERS:
            continue  # ("doubled", "scored twice", "three times a week")
        end = j + 1
        while end < len(toks) and end - j <= _MOST and (toks[end].is_word or toks[end].low == "'s") and (
                toks[end].low not in _STOP):  # ("the stadium's capacity")
            end += 1
        thing = frozenset(stem(x.low) for x in toks[j + 1 : end] if x.is_word and x.low not in _OWNERS)
        if not thing:
            continue
        kind, at = qualifier(toks, start)
        lo, hi = widen(value, value, kind)
        out.append((lo, hi, thing, joined(toks[at:end]), kind == "upper"))
    return out


def multiple_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str] | None:
    """(what a says, what b says) when the two give a multiple of the same thing that cannot be one."""
    xs = multiples(a)
    ys = multiples(b) if xs else []
    for lo, hi, thing, shown, most in xs:
        for lo2, hi2, thing2, shown2, most2 in ys:
            if thing & thing2 and (hi < lo2 or hi2 < lo or most and most2 and max(hi, hi2) >= 1.1 * min(hi, hi2)):
                return shown, shown2  # (two mosts far apart: "up to ten times" / "as much as double")
    return None


__all__ = ["WORDS", "multiple_conflict", "multiples"]
