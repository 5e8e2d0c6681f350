"""One party said to have done it, not another, and the other way round in the other version: "The government, not the
charity, negotiated directly with the kidnappers" / "the charity, not the government, negotiated"."""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.reversal import SAID
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem, tokenize


def contrasted(a: str, b: str) -> tuple[str, str] | None:
    """(what a says, what b says) when each names as the one who did it the party the other says did not, else None."""
    if ", not " not in a or ", not " not in b:
        return None  # (read cheaply: most versions contrast no party)
    for xa, ya, shown_a in _contrasts(tokenize(a)):
        for xb, yb, shown_b in _contrasts(tokenize(b)):
            if xa & yb and ya & xb and not xa & xb:
                return shown_a, shown_b
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
