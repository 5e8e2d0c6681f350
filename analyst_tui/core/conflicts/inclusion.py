"""Inclusion said both ways: "ground troops are not part of the plan" against "the plan includes ground troops".

A version says that X is (or is not) part of Y (or "not in" Y, as a headline says), the other that Y includes
(involves, contains) X or does not.
They differ when one of them is negated and the other is not, and both speak of the same X and the same Y
(a content word in common on each side). The same form on both sides is polarity's ordinary work.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import phrase, words_after, words_before
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.textnorm import stem as family

Said = tuple[frozenset[str], frozenset[str], bool, str]  # (X, Y, negated, as written)

_INCLUDING = frozenset(("includ", "involv", "contain", "cover"))  # word families: "includes", "included", "including",
# "covers"


def inclusions(toks: list[Tok], in_scope: list[bool] | None) -> tuple[list[Said], list[Said]]:
    """("X part of Y" statements, "Y includes X" statements) of one version."""
    parts: list[Said] = []
    includes: list[Said] = []
    for k, t in enumerate(toks):
        negated = bool(in_scope and in_scope[k])
        if t.low == "part" and k + 1 < len(toks) and toks[k + 1].low == "of":
            x, y = _named_before(toks, k), words_after(toks, k + 1)
            if x and y:
                parts.append((x, y, negated, phrase(toks, max(0, k - 3), min(len(toks), k + 5))))
        elif t.low == "in" and k and toks[k - 1].low == "not":  # a headline's "Troops not in plan"
            x, y = words_before(toks, k - 1), words_after(toks, k, 2)
            if x and y:
                parts.append((x, y, True, phrase(toks, max(0, k - 3), min(len(toks), k + 4))))
        elif t.is_word and not t.low.endswith("ing") and family(t.low) in _INCLUDING:
            y, x = words_before(toks, k), words_after(toks, k)
            if x and y:
                includes.append((x, y, negated, phrase(toks, max(0, k - 2), min(len(toks), k + 6))))
    return parts, includes


def _named_before(toks: list[Tok], k: int) -> frozenset[str]:
    """What is said to be part of something: the words before ``k`` back to the clause's start, across "and"
    ("tariffs on steel and aluminium are not part of the deal")."""
    out = set(words_before(toks, k))
    j = k - 1
    while j >= 0 and k - j < 10 and not toks[j].is_break:
        if toks[j].low == "and" and j:
            out |= words_before(toks, j)
        j -= 1
    return frozenset(out)


def inclusion_conflict(a: tuple[list[Said], list[Said]], b: tuple[list[Said], list[Said]]) -> tuple[str, str] | None:
    """(what a says, what b says) when one says X is part of Y and the other that Y includes X, one of them
    negated; or both that Y includes X, in two words of the family ("includes" / "does not contain")."""
    for (parts, _), (_, includes), flip in ((a, b, False), (b, a, True)):
        for x1, y1, neg1, shown1 in parts:
            for x2, y2, neg2, shown2 in includes:
                if neg1 != neg2 and x1 & x2 and y1 & y2:
                    return (f'"{shown2}"', f'"{shown1}"') if flip else (f'"{shown1}"', f'"{shown2}"')
    for x1, y1, neg1, shown1 in a[1]:
        for x2, y2, neg2, shown2 in b[1]:
            if neg1 != neg2 and x1 & x2 and y1 & y2:
                return f'"{shown1}"', f'"{shown2}"'
    return None


__all__ = ["inclusions", "inclusion_conflict"]
