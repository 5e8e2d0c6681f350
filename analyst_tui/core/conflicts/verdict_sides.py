"""Who won a case, the other way in two versions: "A federal judge ruled in favour of the heirs seeking the return of
the drawings" / "The heirs seeking the return of the drawings lost their case", "The court ruled in favour of the
pilots' union" / "Iberia won its case against the pilots' union".

A version names a side that won in "ruled (found, decided) in favour of X", "sided with X" or "X won its case (appeal,
lawsuit, challenge, claim, action)", and one that lost in "ruled (found) against X", "X lost its case", "won its case
(the action it brought) against X" or "dismissed (threw out) X's case". A party is its first word that is no name, else
its name (``_party``). Two versions differ when one says a party won and the other that it lost, and they share most of
their words (read last, as ``told_anew``).
"""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, SAID_WORDS, Tok, joined, stem

WORDS = frozenset("favour favor sided won lost against".split())  # (a version with none of these names no side)
_RULED = frozenset("ruled rules found finds decided decides".split())
_CASES = frozenset("case appeal lawsuit suit challenge claim action".split())
_THREW = frozenset("dismissed dismisses rejected rejects threw throws".split())  # ("threw out the chef's claim")
_PRONOUNS = frozenset("him her them it us me".split())
_OWN = frozenset("its their his her the a an".split())
_Side = tuple[frozenset[str], bool, str]  # (the party, whether it won, the words shown)


def _party(toks: list[Tok], start: int, step: int) -> frozenset[str]:
    """The party named from ``start`` on (``step`` 1), or by the clause that ends there (``step`` -1): its first word
    that is no name ("the Dublin landlord": landlord; "Tenants in Dublin": tenants), else its name ("Iberia")."""
    if step < 0:  # the clause's start: past a break or a clause word
        while start > 0 and not toks[start - 1].is_break and toks[start - 1].low not in CLAUSE_WORDS and (
                toks[start - 1].low not in SAID_WORDS):  # ("Officials said the trust won its case": the trust)
            start -= 1
    names = []
    for k in range(start, min(len(toks), start + 10)):
        t = toks[k]
        if t.is_break:
            break
        if t.is_word and t.low not in FILLER and len(t.low) > 2:
            if not t.cap or k == 0:
                return frozenset((stem(t.low),))
            names.append(stem(t.low))
    return frozenset(names[:2])


def sides(toks: list[Tok]) -> list[_Side]:
    """Each side the version says won or lost its case."""
    out: list[_Side] = []
    n = len(toks)
    for k, t in enumerate(toks):
        low = t.low
        if low in ("favour", "favor") and 1 < k < n - 2 and toks[k - 1].low == "in" and toks[k - 2].low in _RULED and (
                toks[k + 1].low == "of"):
            out.append((_party(toks, k + 2, 1), True, joined(toks[k - 2 : k + 5])))
        elif low == "sided" and k + 1 < n and toks[k + 1].low == "with":
            out.append((_party(toks, k + 2, 1), True, joined(toks[k : k + 5])))
        elif low == "against" and k and toks[k - 1].low in _RULED:
            out.append((_party(toks, k + 1, 1), False, joined(toks[k - 1 : k + 4])))
        elif low in ("won", "lost") and k + 1 < n and toks[k + 1].low in _OWN:
            case = next((j for j in range(k + 2, min(n, k + 6)) if toks[j].low in _CASES), None)
            if case is None:
                continue
            shown = joined(toks[max(0, k - 3) : case + 1])
            out.append((_party(toks, k, -1), low == "won", shown))
            against = next((j for j in range(case + 1, min(n, case + 4)) if toks[j].low == "against"), None)
            if against is not None and toks[against + 1 : against + 2] and toks[against + 1].low not in _PRONOUNS:
                out.append((_party(toks, against + 1, 1), low != "won", shown))  # ("won its case against the union",
                # "won the libel action he brought against blogger Siân Morgan")
        elif low in _THREW:
            start = k + 2 if k + 1 < n and toks[k + 1].low == "out" else k + 1
            case = next((j for j in range(start, min(n, start + 6)) if toks[j].low in _CASES), None)
            owner = next((j for j in range(start, case or start) if toks[j].low == "'s"), None)
            if case is not None and owner is not None:  # "dismissed the businessman's defamation lawsuit": he lost
                out.append((_party(toks, start, 1), False, joined(toks[k : case + 1])))
    return [s for s in out if s[0]]


def verdict_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one says a party won its case and the other that it lost, else None."""
    if WORDS.isdisjoint(a.words()) or WORDS.isdisjoint(b.words()):
        return None
    for party, won, shown in sides(a.toks):
        for party_b, won_b, shown_b in sides(b.toks):
            if won != won_b and party & party_b and say_most_alike(a, b, 3, 0.3):
                return f'"{shown}"', f'"{shown_b}"'
    return None


__all__ = ["verdict_conflict"]
