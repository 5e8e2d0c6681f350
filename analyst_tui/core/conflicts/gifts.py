"""Who gave what to whom, when one version tells it as received: "The actress presented the award to the director" /
"The actress received the award from the director" (the parties the other way round), "The research team received
the grant from the European Commission" / "The research team was awarded the grant by the national science
foundation" (another giver).

A version tells a gift in one of these shapes (the giver G, the thing X, the one it went to R):
"G gave (presented, awarded, handed, lent, granted, donated) X to R", "X was given to R by G", "R was given (with) X by
G", "R received (accepted) X from G". Two versions tell the same gift when their things share a word; they differ when
the giver of each is the one it went to in the other, or when it went to the same one from two givers named by name,
neither named in the other version."""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.reversal import BE as _BE
from analyst_tui.core.conflicts.tokens import BREAKS, CLAUSE_WORDS, Tok, stem

WORDS = frozenset("""received receives accepted accepts gave given gives presented awarded handed lent granted
    donated""".split())
_GIVE = frozenset("gave given gives presented awarded handed lent granted donated".split())
_RECEIVE = frozenset("received receives accepted accepts".split())
_LITTLE = frozenset("the a an its his her their".split())
_ENDS = frozenset("to by from with in on at for after before during over and or but who which that as".split())
_AUXILIARIES = frozenset("has have had will would could may might must shall should can also".split())  # (not the giver's)

Gift = tuple[frozenset[str], frozenset[str], frozenset[str], bool, bool, str]  # (giver, thing, to whom, whether the
# giver is a name, whether the one it went to is, words shown)


def _phrase(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The words of a party or a thing from ``start``, to a break, a little word that ends it, or ``end``."""
    out: list[Tok] = []
    for t in toks[start : min(end, len(toks))]:
        if t.low in BREAKS or t.low in CLAUSE_WORDS or t.low in _ENDS:
            break
        out.append(t)
    return out


def _before(toks: list[Tok], v: int) -> list[Tok]:
    """The words that open the clause of the verb at ``v``, up to a form of "be" (five at most)."""
    j = v - 1
    while j >= 0 and toks[j].low in _BE:
        j -= 1
    end = j + 1
    while j >= 0 and toks[j].low not in BREAKS and toks[j].low not in CLAUSE_WORDS and end - j <= 5:
        j -= 1
    return [t for t in toks[j + 1 : end] if t.low not in _ENDS and t.low not in _AUXILIARIES]


def _words(phrase: list[Tok]) -> frozenset[str]:
    return frozenset(stem(t.low) for t in phrase if t.is_word and t.low not in _LITTLE)


def _named(phrase: list[Tok]) -> bool:
    return any(t.cap for t in phrase if t.low not in _LITTLE)


def _after(toks: list[Tok], word: str, start: int) -> int | None:
    """Where ``word`` stands within a few words after ``start``."""
    return next((j for j in range(start, min(len(toks), start + 7)) if toks[j].low == word), None)


def gifts(toks: list[Tok]) -> list[Gift]:
    out: list[Gift] = []
    for v, t in enumerate(toks):
        low = t.low
        passive = v > 0 and toks[v - 1].low in _BE
        giver = thing = to = None
        if low in _RECEIVE:
            f = _after(toks, "from", v + 1)
            if f is not None:
                to, thing, giver = _before(toks, v), _phrase(toks, v + 1, f), _phrase(toks, f + 1, f + 6)
        elif low in _GIVE and not passive:
            k = _after(toks, "to", v + 1)
            if k is not None:
                giver, thing, to = _before(toks, v), _phrase(toks, v + 1, k), _phrase(toks, k + 1, k + 6)
        elif low in _GIVE:
            b = _after(toks, "by", v + 1)
            k = _after(toks, "to", v + 1)
            if b is not None and k is not None and k < b:  # "the award was presented to the director by the actress"
                thing, to, giver = _before(toks, v), _phrase(toks, k + 1, b), _phrase(toks, b + 1, b + 6)
            elif b is not None:  # "the team was awarded (with) the grant by the foundation"
                start = v + 2 if v + 1 < len(toks) and toks[v + 1].low == "with" else v + 1
                to, thing, giver = _before(toks, v), _phrase(toks, start, b), _phrase(toks, b + 1, b + 6)
        if giver and thing and to:
            out.append((_words(giver), _words(thing), _words(to), _named(giver), _named(to),
                        " ".join(x.text for x in toks[max(0, v - 3) : v + 1])))
    return [g for g in out if g[0] and g[1] and g[2]]


def gift_conflict(a: list[Tok], b: list[Tok], stems_a: frozenset[str],
                  stems_b: frozenset[str]) -> tuple[str, str] | None:
    """(what a says, what b says) when the same thing went the other way, or to the same one from another giver
    (``stems_*``: the stems of every word of each)."""
    xs, ys = gifts(a), gifts(b)
    if not xs or not ys:
        return None
    for giver, thing, to, named_giver, named_to, shown in xs:
        for giver_b, thing_b, to_b, named_giver_b, named_to_b, shown_b in ys:
            if not thing & thing_b or related(giver, giver_b):  # (one giver: "Cameroon" / "Cameroonian authorities")
                continue
            if giver & to_b and to & giver_b:
                return shown, shown_b  # the other way round
            if to & to_b and named_giver and named_giver_b and not giver <= stems_b and not giver_b <= stems_a:
                return shown, shown_b  # another giver, each named ("the finance minister" may be "the treasury chief")
    return None


__all__ = ["WORDS", "gift_conflict", "gifts"]
