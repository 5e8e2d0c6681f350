"""One party said to have done it, not another, and the other way round in the other version: "The government, not the
charity, negotiated directly with the kidnappers" / "the charity, not the government, negotiated"."""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity_words import DENY, FILLER, IMPLICIT, NEGATORS
from analyst_tui.core.conflicts.reversal import SAID
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem, tokenize


def contrasted(a: str, b: str) -> tuple[str, str] | None:
    """(what a says, what b says) when each names as the one who did it the party the other says did not, else None."""
    if ", not " not in a or ", not " not in b:
        if ", not " in a or ", not " in b:  # one party said to have done it, not the one the other version names
            found = _named_instead(b, a) if ", not " in a else _named_instead(a, b)
            return found if found is None or ", not " not in a else (found[1], found[0])
        return None  # (read cheaply: most versions contrast no party)
    for xa, ya, shown_a in _contrasts(tokenize(a)):
        for xb, yb, shown_b in _contrasts(tokenize(b)):
            if xa & yb and ya & xb and not xa & xb:
                return shown_a, shown_b
    return None


def _named_instead(plain: str, other: str) -> tuple[str, str] | None:
    """(what ``plain`` says, what ``other`` says) when ``other`` says "X, not Y," and ``plain`` names Y, not X, where
    the two say the rest alike ("were operated by a former airport employee" / "by a protest group, not a former
    airport employee")."""
    toks, others = tokenize(plain), tokenize(other)
    stems = [stem(t.low) if t.is_word else "" for t in toks]
    mine, theirs = _words(toks), _words(others)
    if 2 * len(mine & theirs) < min(len(mine), len(theirs)) or any(t.low in _NEGATING for t in toks):
        return None  # (not "denied that its software was to blame": the other's "not" too)
    for x, y, shown in _contrasts(others):
        if x & set(stems) or not y <= set(stems):
            continue
        at = [k for k, s in enumerate(stems) if s in y]
        if at[-1] - at[0] < 2 * len(y) + 2:
            first = at[0] - (at[0] > 0 and toks[at[0] - 1].low in ("a", "an", "the"))
            return joined(toks[first : at[-1] + 1]), shown
    return None


def _contrasts(toks: list[Tok]) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """Each "X, not Y," of a version: the words of X, those of Y, and the words shown."""
    out = []
    for c in range(1, len(toks) - 2):
        if toks[c].low != "," or toks[c + 1].low != "not":
            continue
        close = next((k for k in range(c + 2, min(len(toks), c + 10)) if toks[k].is_break), None)
        start = _opening(toks, c)
        if start < c and start > 1 and toks[start - 1].low == "," and all(t.cap for t in toks[start:c]):
            start = _opening(toks, start - 1)  # past a name set off after what it is: "by the dig's director, Dr Elin
            # Rhys, not by a student volunteer"
        if close is None or toks[close].low not in _CLOSES or start == c:
            continue
        x, y = _words(toks[start:c]), _words(toks[c + 2 : close])
        if x and y:
            out.append((x, y, joined(toks[start:close])))
    return out


_NEGATING = NEGATORS | DENY | IMPLICIT
_CLOSES = frozenset((",", ".", ";"))  # ("was first spotted by a student volunteer, not by the dig's director.")


def _opening(toks: list[Tok], c: int) -> int:
    """Where the party before the comma at ``c`` starts: up to five words back in its clause, after "by" ("Sources
    said the charity, not the government,"; "was first spotted by a student volunteer, not")."""
    start = c
    while start > 0 and c - start < 6 and not toks[start - 1].is_break and toks[start - 1].low != "by" and (
            toks[start - 1].low not in CLAUSE_WORDS or _in_name(toks, start - 1)) and toks[start - 1].low not in SAID:
        start -= 1
    return start


def _in_name(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` joins two capitalised words of a name ("Health and Safety Executive")."""
    return toks[k].low == "and" and 0 < k < len(toks) - 1 and toks[k - 1].cap and toks[k + 1].cap


def _words(toks: list[Tok]) -> frozenset[str]:
    return frozenset(stem(t.low) for t in toks if t.is_word and t.low not in FILLER and len(t.low) > 2)


__all__ = ["contrasted"]
