"""Who was ordered to do it: "The judge ordered the newspaper to pay damages to the footballer" / "The footballer was
ordered by the judge to pay damages to the newspaper", "The court ordered the council to pay compensation" / "The
developer was ordered by the court to pay compensation".

The one ordered is the object of "ordered" in the active, the subject of "was ordered" in the passive. Two versions
that order the same act ("to pay") of two parties differ in who does what: each party named (with a name in
capitals, no word shared) or by kin, trade or kind in different groups (``persons``: "the council" / "the developer";
not "the company" / "the firm", which may be one)."""

from __future__ import annotations

from analyst_tui.core.conflicts.persons import PERSON_GROUPS
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem

ORDERED = frozenset("ordered orders order told forced required instructed".split())
_BE = frozenset("was were is are been being".split())
_LITTLE = frozenset("the a an his her their its to by".split())
_MOST = 6  # words of a party


def order_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(who xs says was ordered, who ys says) when the two order the same act of two different parties."""
    for ox in _orders(xs):
        for oy in _orders(ys):
            if ox[0] == oy[0] and _others(ox[1], oy[1], xs[0], ys[0]):
                return joined(ox[1]), joined(oy[1])
    return None


def _orders(toks: list[Tok]) -> list[tuple[str, list[Tok]]]:
    """Each order: (the stem of the act ordered, the words of the party ordered)."""
    out = []
    for k, t in enumerate(toks):
        if t.low not in ORDERED or k == 0:
            continue
        if toks[k - 1].low in _BE:  # "The footballer was ordered by the judge to pay"
            party = _before(toks, k - 1)
            to = next((j for j in range(k + 1, min(len(toks) - 1, k + 8)) if toks[j].low == "to"), None)
        else:  # "The judge ordered the newspaper to pay"
            to = next((j for j in range(k + 1, min(len(toks) - 1, k + 2 + _MOST)) if toks[j].low == "to"), None)
            party = toks[k + 1 : to] if to is not None else []
        if to is None or not party or not toks[to + 1].is_word:
            continue
        out.append((stem(toks[to + 1].low), party))
    return out


def _before(toks: list[Tok], end: int) -> list[Tok]:
    """The noun phrase that ends before ``end``, back to its clause's start."""
    start = end
    while start > 0 and end - start < _MOST and toks[start - 1].is_word and toks[start - 1].low not in CLAUSE_WORDS:
        start -= 1
    return toks[start:end]


def _others(x: list[Tok], y: list[Tok], first_x: Tok, first_y: Tok) -> bool:
    """Whether two parties are two: names with no word in common, or people or bodies of different groups (the
    first word of a sentence is a name unless it names people or a body by kind: "Residents were told")."""
    wx = {t.low for t in x if t.is_word and t.low not in _LITTLE}
    wy = {t.low for t in y if t.is_word and t.low not in _LITTLE}
    if not wx or not wy or wx & wy:
        return False
    names_x, names_y = _names(x, first_x), _names(y, first_y)
    if names_x and names_y:
        return True  # ("ordered Meta to pay" / "Google was ordered to pay"; "ordered delivery firm Parcelway to pay" /
        # "Former driver Sam Okafor was ordered to pay": named, with no word in common)
    gx = {PERSON_GROUPS[stem(w)] for w in wx if stem(w) in PERSON_GROUPS}
    gy = {PERSON_GROUPS[stem(w)] for w in wy if stem(w) in PERSON_GROUPS}
    return bool(gx and gy) and not gx & gy


def _names(party: list[Tok], first: Tok) -> list[Tok]:
    """The words of a party in capitals, the sentence's first only when it names no one by kin, trade or kind."""
    return [t for t in party if t.cap and t.low not in _LITTLE and (t is not first or stem(t.low) not in PERSON_GROUPS)]


__all__ = ["ORDERED", "order_conflict"]
