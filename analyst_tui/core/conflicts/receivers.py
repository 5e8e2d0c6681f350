"""The one something is given to, in the same place in two versions that keep every other word: "awarded the contract
to Costain" / "to Laing O'Rourke" (a name: ``substitution``), "donated $10 million to the children's hospital" / "... to
the school district" (words in small letters, here)."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.persons import PERSON_GROUPS
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem

# ("the prize went to Priya Patel", "approved a $500 million loan to Kenya", "leaked the files to The Guardian")
_GIVEN = frozenset("""awarded granted given handed sold presented transferred lent loaned donated leased sent delivered
    gave awards grants sells went goes gone leaked supplied exported loan loans donation dedicated returned supply
    supplies give gives hand hands award grant sell send sends deliver delivers lend lends donate donates transfer
    transfers present presents export exports return returns offered offer offers paid pay pays passed left leaves
    bequeathed bequeaths""".split())  # ("left her fortune to her nephew")
# ("bought the stadium from the council", "borrowed the money from a hedge fund")
_GOT = frozenset("""bought buys purchased acquired borrowed borrows received receives obtained inherited gained won
    took buy borrow receive obtain inherit acquire purchase deducted deducts docked stripped seized wrested captured
    confiscated withheld""".split())  # (and a penalty: "deducted a point from Volkov")
_DETERMINERS = frozenset("the a an his her their its".split())
GIVING = _GIVEN | _GOT


def given_to(toks: list[Tok], start: int) -> bool:
    """The one something is given to: "awarded the contract to Costain" / "to Laing O'Rourke"; or the one it is got
    from: "bought the stadium from the city council" / "from a property developer"."""
    if start > 2 and toks[start - 1].low in _DETERMINERS:
        start -= 1  # ("leaked the files to the BBC", "dedicated the award to her mother")
    if start < 2 or toks[start - 1].low not in ("to", "from"):
        return False
    verbs = _GIVEN if toks[start - 1].low == "to" else _GOT
    for j in range(start - 2, max(-1, start - 13), -1):
        if toks[j].low in verbs:
            return True
        if toks[j].is_break or toks[j].low in CLAUSE_WORDS and toks[j].low != "to":
            return False  # (past "to" and its verb: "awarded the contract to rebuild the viaduct to Costain")
    return False


def receiver_in_place(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """The one something is given to, in words of small letters, every other word kept: "donated $10 million to the
    children's hospital" / "... to the school district" (not one in other words of the same stem: "the nurse" / "the
    nurses")."""
    x, y = xs[p : len(xs) - s], ys[p : len(ys) - s]
    if not (0 < len(x) <= 3 and 0 < len(y) <= 3) or not given_to(xs, p):
        return None
    if not all(t.is_word and not t.cap and not t.is_number and t.low not in WORD_NUMBERS or t.low == "'s"
               for t in x + y):
        return None
    wx, wy = {stem(t.low) for t in x if t.is_word}, {stem(t.low) for t in y if t.is_word}
    gx = {PERSON_GROUPS[w] for w in wx if w in PERSON_GROUPS}
    gy = {PERSON_GROUPS[w] for w in wy if w in PERSON_GROUPS}
    if wx & wy or not gx or not gy or gx & gy:
        return None  # (one named by kin, trade or kind in each, and not the same one: "her mother" / "her mum", "a
        # bank" / "a lender"; other words may be two for one, "the government" / "the state")
    return _shown(xs, p, len(xs) - s), _shown(ys, p, len(ys) - s)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : min(len(toks), end + 3)])


__all__ = ["GIVING", "given_to", "receiver_in_place"]
