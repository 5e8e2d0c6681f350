"""Swapped parties: any verb whose two named parties are the other way round in the other version.

``roles`` reads a set of verbs whose direction matters and the nouns around them. Outside that set, a verb
in the active with a name just before it (the doer) and a name after "to", "from" or "against" in its
clause, or after a protest or complaint "with" (the other party), is read here too: "Conservatives Take Seat
From Labour" / "Labour took the seat from the Conservatives", "China lodged a protest with Japan" / "Japan
lodged a protest with China", "The Lakers traded Miles to the Celtics" / "The Celtics traded Miles to the
Lakers". Only names count (words in capitals, or a country's adjective, read as the country), and verbs said
of both sides alike ("met", "played", "spoke with") or of saying are left out.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import GROUP_NOUNS, party
from analyst_tui.core.conflicts.tokens import Tok, is_title, stem
from analyst_tui.core.conflicts.verb_words import one_act
from analyst_tui.core.wordforms import IRREGULAR_PAST

_TO_PARTY = frozenset("to from against".split())
_OWNERS = frozenset("their his her its our".split())
_Swap = tuple[str, str, str, str, str]  # (verb stem, doer, other party, words shown, "to", "from" or "against")
_HELP = frozenset("help aid assist support".split())
_GRIEVANCES = frozenset("protest protests complaint complaints grievance ties relations".split())  # "a protest
# with Japan", "cut ties with Moscow"
_BETWEEN = frozenset("""has have had will would could may might also reportedly allegedly then later again
    previously formally officially""".split())
_AUXILIARIES = frozenset("shall should must can cannot did does do is are was were be been being".split())
_DETERMINERS = frozenset("the a an neighbouring neighboring rival".split())  # ("to neighbouring Austria", "to rival
# Pearl River Resorts")
_NOT_NAMES = frozenset("""the a an in on at of for by from to with and or but as after before when while if it
    he she they we i you this that these those his her their its our my""".split())
# Verbs said of both parties alike, verbs of saying, and the copula: their parties are not doer and receiver.
_SYMMETRIC = frozenset(stem(w) for w in """meet met talk spoke speak play draw drew tie marry fight fought clash
    negotiate join share agree face compete partner merge exchange swap ally hold held vote compare
    link connect border say said tell told add announce report confirm deny write ask urge warn insist claim
    explain note be is are was were been go went come came return returned travel fly flew move hug hugged embrace
    embraced kiss kissed greet greeted""".split())  # ("the mother hugged her son" / "the son hugged his mother")


SYMMETRIC = _SYMMETRIC | frozenset(stem(w) for w in "collided collide".split())  # (read by ``reversal``)


def swaps(toks: list[Tok]) -> list[_Swap]:
    """Each (verb stem, doer, other party, words shown, the word before the party) of the text."""
    out = []
    title = None
    n = len(toks)
    for v in range(1, n - 2):
        t = toks[v]
        if not t.is_word or len(t.low) < 3 or t.low in _NOT_NAMES or t.low in _BETWEEN or t.low in _AUXILIARIES or (
                t.low in GROUP_NOUNS and toks[v - 1].cap):
            continue  # (not "Israeli forces": the body of a name)
        if t.cap:
            if title is None:
                title = is_title(toks)
            if not title:
                continue  # a name, not a verb ("Prime Minister Smith")
        if not t.cap and v + 1 < n and toks[v + 1].cap and toks[v + 1].is_word and not t.low.endswith(("ed", "s", "ing")):
            continue  # "Canadian miner Teck Resources": a word that says what the name is, not a verb
        b = v - 1
        while b >= 0 and toks[b].low in _BETWEEN:
            b -= 1
        if b > 0 and toks[b].low in GROUP_NOUNS and toks[b - 1].cap:
            b -= 1  # "Israeli forces handed": Israel's
        if b > 1 and not toks[b].cap and (t.low.endswith("ed") or t.low in IRREGULAR_PAST) and any(
                x.low == "'s" for x in toks[max(0, b - 4) : b]):
            b = _possessor(toks, b)  # "Saudi Arabia's sovereign wealth fund has sold ...": Saudi Arabia's
        if b < 0 or not toks[b].cap:
            continue
        doer = _name_ending(toks, b)
        if doer is None:
            continue
        other = other_party(toks, v + 1)
        if other is None:
            continue
        verb = stem(t.low)
        if verb in _SYMMETRIC:
            continue
        name, end = other
        key_doer, key_other = party(doer[0]), party(name)
        if key_doer and key_other and key_doer != key_other:
            shown = " ".join(x.text for x in toks[doer[1] : end][:16])
            towards = next((x.low for x in toks[v + 1 : end] if x.low in _TO_PARTY), "")
            out.append((verb, key_doer, key_other, shown, towards))
    return out


def _name_ending(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The name whose last word is at ``k`` (its words in capitals; a first "The" left out) and where it starts."""
    start = k
    while start >= 0 and toks[start].is_word and toks[start].cap and toks[start].low not in _NOT_NAMES:
        start -= 1
    start += 1
    if start > k:
        return None
    opens = start - 1 if start and toks[start - 1].low in _DETERMINERS else start  # ("The Lakers")
    if opens > 0 and not _opens(toks[opens - 1]) and not _described(toks, opens - 1):
        return None  # "... after the Senate passed": the name must open its clause
    return " ".join(x.low for x in toks[start : k + 1]), opens


def _possessor(toks: list[Tok], b: int) -> int:
    """Where the name ends whose possessive opens the noun phrase ending at ``b`` ("Saudi Arabia's sovereign wealth
    fund"), else -1."""
    j = b
    while j > 0 and b - j < 4 and toks[j].is_word and not toks[j].cap and toks[j].low not in _NOT_NAMES:
        j -= 1
    return j - 1 if j > 0 and toks[j].low == "'s" and toks[j - 1].cap and toks[j - 1].is_word else -1


def _described(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` says what the name after it is, and opens its clause with the words before it
    ("Canadian miner Teck Resources", "Carmaker Stellantis")."""
    if not (toks[k].is_word and not toks[k].cap and toks[k].low not in _NOT_NAMES):
        return False
    j = k - 1
    while j >= 0 and toks[j].is_word and toks[j].cap and toks[j].low not in _NOT_NAMES and k - j < 3:
        j -= 1
    return j < 0 or _opens(toks[j])


def _opens(t: Tok) -> bool:
    """Whether a clause opens after ``t`` (a break, a dateline's dash)."""
    return t.is_break or t.low == "-"


def other_party(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """The name after the first "to", "from" or "against" (or a protest's "with") of the clause from ``k``."""
    n = len(toks)
    for j in range(k, min(n - 1, k + 10)):
        low = toks[j].low
        if toks[j].is_break:
            return None
        if low in _TO_PARTY or (low == "with" and any(x.low in _GRIEVANCES for x in toks[max(k, j - 3) : j])):
            m = j + 1 + (low == "to" and j + 1 < n and toks[j + 1].low in _HELP)  # ("sent teams to help Greece")
            while m < n and toks[m].low in _DETERMINERS:
                m += 1
            described = next((d for d in (1, 2) if m + d < n and toks[m + d].cap and all(
                x.is_word and not x.cap and x.low not in _NOT_NAMES for x in toks[m : m + d])), 0)
            m += described  # what the name is, before it ("from housing association Riverside Homes Trust")
            if m < n and toks[m].low in _OWNERS:  # ("to their former owner, Kevin Marsh": the name set off after it)
                comma = next((c for c in range(m + 1, min(n - 1, m + 5)) if toks[c].low == ","), None)
                if comma is not None and all(x.is_word and not x.cap for x in toks[m + 1 : comma]) and toks[comma + 1].cap:
                    m = comma + 1
            end = m
            while end < n and toks[end].is_word and toks[end].cap and toks[end].low not in _NOT_NAMES:
                end += 1
            if end > m:
                return " ".join(x.low for x in toks[m:end]), end
            return None
    return None


def swap_conflict(a: list[_Swap], b: list[_Swap]) -> tuple[str, str] | None:
    """(what a says, what b says) when the same verb (or another word for its act: "sent" / "dispatched") has its two
    parties the other way round, not one relation told from each side by "to" and "from" ("Andes will lease capacity
    from Condorsat" / "Condorsat will lease capacity to Andes")."""
    for verb, doer, other, shown, towards in a:
        for verb_b, doer_b, other_b, shown_b, towards_b in b:
            if (verb == verb_b or one_act(verb, verb_b)) and doer == other_b and other == doer_b and {
                    towards, towards_b} != _EACH_SIDE or (
                    doer == doer_b and other == other_b and (_AS.get(verb, verb), _AS.get(verb_b, verb_b)) in _TURNED):
                return shown, shown_b
    return None


_EACH_SIDE = {"to", "from"}


# Verbs whose two parties the other verb of the pair has the other way round: "X sold the tower to Y" is "Y bought the
# tower from X", so "X sold it to Y" / "X bought it from Y" reverses who sold to whom.
_TURNED = frozenset((("sell", "buy"), ("buy", "sell"), ("lend", "borrow"), ("borrow", "lend")))
_AS = {"purchas": "buy", "lent": "lend"}  # (stems)


__all__ = ["other_party", "swaps", "swap_conflict"]
