"""The one something is given to, in the same place in two versions that keep every other word: "awarded the contract
to Costain" / "to Laing O'Rourke" (a name: ``substitution``), "donated $10 million to the children's hospital" / "... to
the school district" (words in small letters, here)."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem

_GIVEN = frozenset("""awarded granted given handed sold presented transferred lent loaned donated leased sent delivered
    gave awards grants sells went goes leaked supplied exported loan loans donation""".split())  # ("the prize went to
# Priya Patel", "approved a $500 million loan to Kenya", "leaked the files to The Guardian")


def given_to(toks: list[Tok], start: int) -> bool:
    """The one something is given to: "awarded the contract to Costain" / "to Laing O'Rourke"."""
    if start > 2 and toks[start - 1].low == "the":
        start -= 1  # ("leaked the files to the BBC")
    if start < 2 or toks[start - 1].low != "to":
        return False
    for j in range(start - 2, max(-1, start - 13), -1):
        if toks[j].low in _GIVEN:
            return True
        if toks[j].is_break or toks[j].low in CLAUSE_WORDS and toks[j].low != "to":
            return False  # (past "to" and its verb: "awarded the contract to rebuild the viaduct to Costain")
    return False


def receiver_in_place(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """The one something is given to, in words of small letters, every other word kept: "donated $10 million to the
    children's hospital" / "... to the university" (not one in other words of the same stem: "the nurse" / "the
    nurses")."""
    x, y = xs[p : len(xs) - s], ys[p : len(ys) - s]
    if not (0 < len(x) <= 3 and 0 < len(y) <= 3) or not given_to(xs, p):
        return None
    if not all(t.is_word and not t.cap and not t.is_number and t.low not in WORD_NUMBERS or t.low == "'s" for t in x + y):
        return None
    wx, wy = {stem(t.low) for t in x if t.is_word}, {stem(t.low) for t in y if t.is_word}
    if wx & wy or wx <= _NOT_RECEIVERS or wy <= _NOT_RECEIVERS:
        return None
    return _shown(xs, p, len(xs) - s), _shown(ys, p, len(ys) - s)


_NOT_RECEIVERS = frozenset(stem(w) for w in """him her them it us me you his its their our whom which that this those
    these one ones""".split())


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : min(len(toks), end + 3)])


__all__ = ["given_to", "receiver_in_place"]
