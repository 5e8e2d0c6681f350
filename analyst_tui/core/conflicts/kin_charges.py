"""Who is charged with harming whom in a family, the other way round: "The husband was charged with assaulting his
wife" / "The wife was charged with assaulting her husband", "A man has been charged with murdering his wife" / "A
woman has been charged with murdering her husband".

A version gives both when one is charged, accused, convicted or suspected of doing something ("-ing") to "his" or
"her" kin: the one charged is the word that opens the clause's subject just before the verb ("the husband", "a
45-year-old man"), the other the kin after "his" or "her". Two versions differ when they charge the same act, and
the one charged in each is, by sex, the one harmed in the other ("man" and "husband" are one)."""

from __future__ import annotations

from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.tokens import Tok

WORDS = frozenset("charged accused convicted suspected cleared acquitted jailed".split())  # (read only with one)
_MALE = frozenset("man husband father son boyfriend brother boy stepfather grandfather uncle nephew".split())
_FEMALE = frozenset("woman wife mother daughter girlfriend sister girl stepmother grandmother aunt niece".split())
_BE = BE | frozenset(("has", "have", "had"))
_LINKS = frozenset(("with", "of", "for"))


def _sex(word: str) -> str:
    return "m" if word in _MALE else "f" if word in _FEMALE else ""


def charged_kin(toks: list[Tok]) -> tuple[str, str, str, str] | None:
    """(the act's word, the sex of the one charged, the sex of the one harmed, the words shown), if a version gives
    them."""
    n = len(toks)
    for v, t in enumerate(toks):
        if t.low not in WORDS or v + 4 >= n or toks[v + 1].low not in _LINKS:
            continue
        g = v + 2 if not (toks[v + 2].low == "suspicion" and toks[v + 3].low == "of") else v + 4
        if g + 2 >= n or not toks[g].low.endswith("ing") or toks[g + 1].low not in ("his", "her"):
            continue
        harmed = _sex(toks[g + 2].low)
        j = v - 1
        while j >= 0 and toks[j].low in _BE:
            j -= 1
        charged = _sex(toks[j].low) if j >= 0 else ""
        if charged and harmed and charged != harmed:
            return toks[g].low, charged, harmed, " ".join(x.text for x in toks[max(0, j - 1) : g + 3])
    return None


def kin_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str] | None:
    """(what a says, what b says) when the one charged with harming kin in each is the one harmed in the other."""
    x, y = charged_kin(a), charged_kin(b)
    if x is None or y is None or x[0] != y[0]:
        return None
    return (x[3], y[3]) if x[1] == y[2] and x[2] == y[1] else None


__all__ = ["WORDS", "charged_kin", "kin_conflict"]
