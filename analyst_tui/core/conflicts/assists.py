"""Who scored and who made the goal, the other way round: "The striker scored the winner from a cross by the captain" /
"The captain headed home the winner from the striker's cross", "Diaz scored from a pass by Salah" / "Salah scored
after a pass from Diaz", "Kane scored from a cross by Saka" / "Saka scored from a Kane cross".

A version gives both when a verb of scoring has its scorer just before it (a name in capitals, or "the" and a word
in small letters: "the captain") and the goal's maker is named after a cross, a pass or an assist "by" or "from",
before one with "'s" ("the striker's cross") or after "a" ("a Kane cross"), or after "set up by" or "assisted by".
Two versions differ when the scorer of each is the maker of the other, and not the same one."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok

WORDS = frozenset("cross pass assist corner cutback through-ball set assisted".split())  # (read only with one of them)
_SCORED = frozenset("""scored scores netted nets headed heads tapped taps slotted slots fired fires volleyed volleys
    converted converts curled curls drilled drills""".split())
_MADE = frozenset("cross crosses pass passes assist corner cutback ball delivery".split())
_FROM = frozenset(("by", "from"))
_ARTICLES = frozenset(("the", "a", "an", "his", "her", "their"))
_NOT_PARTY = frozenset("""the a an his her their its and or after before in from by with to of on at for as when
    who which that late early first second goal winner equaliser equalizer opener header minute""".split())

Party = frozenset[str]


def _party_before(toks: list[Tok], v: int) -> Party:
    """The scorer just before the verb at ``v``: a name in capitals ("Luis Diaz") or "the captain"."""
    k = v - 1
    words: list[str] = []
    while k >= 0 and toks[k].is_word and toks[k].cap and len(words) < 3:
        words.append(toks[k].low)
        k -= 1
    if words:
        return frozenset(words) - _NOT_PARTY
    if k >= 1 and toks[k].is_word and toks[k - 1].low in _ARTICLES and toks[k].low not in _NOT_PARTY:
        return frozenset((toks[k].low,))
    return frozenset()


def _party_after(toks: list[Tok], k: int) -> Party:
    """The party that opens at ``k``: past an article, a name in capitals or a word in small letters."""
    n = len(toks)
    while k < n and toks[k].low in _ARTICLES:
        k += 1
    words: list[str] = []
    while k < n and toks[k].is_word and toks[k].low not in _NOT_PARTY and len(words) < 3:
        words.append(toks[k].low)
        if not toks[k].cap:
            break
        k += 1
    return frozenset(words)


def _possessor(toks: list[Tok], k: int) -> Party:
    """The one before "'s" at ``k`` ("the striker's cross", "Salah's pass")."""
    words: list[str] = []
    j = k - 1
    while j >= 0 and toks[j].is_word and toks[j].low not in _NOT_PARTY and len(words) < 3:
        words.append(toks[j].low)
        if not toks[j].cap:
            break
        j -= 1
    return frozenset(words)


def scorer_and_maker(toks: list[Tok]) -> tuple[Party, Party, str] | None:
    """(who scored, who made the goal, the scorer's words as written), when a version names both."""
    n = len(toks)
    scorer: Party = frozenset()
    maker: Party = frozenset()
    shown = ""
    for k, t in enumerate(toks):
        low = t.low
        if not scorer and low in _SCORED and k > 0:
            scorer = _party_before(toks, k)
            shown = " ".join(x.text for x in toks[max(0, k - 3) : k + 1] if x.low in scorer or x is t)
        elif not maker and low in _MADE and k + 1 < n and toks[k + 1].low in _FROM:
            maker = _party_after(toks, k + 2)
        elif not maker and low in _MADE and k > 1 and toks[k - 1].low == "'s":
            maker = _possessor(toks, k - 1)
        elif not maker and low in _MADE and k > 1 and toks[k - 1].cap and toks[k - 1].is_word and toks[k - 2].low in (
                "a", "an"):
            maker = frozenset((toks[k - 1].low,))  # "from a Kane cross"
        elif not maker and low == "assisted" and k + 1 < n and toks[k + 1].low == "by":
            maker = _party_after(toks, k + 2)
        elif not maker and low == "set" and [x.low for x in toks[k + 1 : k + 3]] == ["up", "by"]:
            maker = _party_after(toks, k + 3)
    return (scorer, maker, shown) if scorer and maker and not scorer & maker else None


def assist_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str] | None:
    """(a's scorer and verb, b's) when each version's scorer made the goal in the other."""
    x, y = scorer_and_maker(a), scorer_and_maker(b)
    if x is None or y is None:
        return None
    if x[0] & y[1] and y[0] & x[1] and not x[0] & y[0]:
        return x[2], y[2]
    return None


__all__ = ["WORDS", "assist_conflict", "scorer_and_maker"]
