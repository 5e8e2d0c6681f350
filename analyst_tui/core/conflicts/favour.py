"""The one a ruling or a vote went for, another in each version: "The Supreme Court ruled in favour of the state" /
"The Supreme Court ruled in favour of the tribe", "found in favour of the landlord" / "of the tenant".

Each version names the one after "in favour of" (or "in favor of") a verb of judging or voting; two versions differ
when the verbs are one and the parties, both names or both in small letters, share no word, and neither version names
the other's party anywhere."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import BREAKS, CLAUSE_WORDS, Tok, stem

WORDS = frozenset(("favour", "favor"))  # (read only with one of them)
_JUDGED = frozenset(stem(w) for w in "ruled found decided voted sided came".split())
_ENDS = frozenset("in on at over after before during since with by for and or but who which that".split())
_LITTLE = frozenset("the a an its his her their".split())


def _favoured(toks: list[Tok]) -> tuple[str, frozenset[str], str, bool] | None:
    """(the verb's stem, the party's words, the words shown, whether it is a name) of "<verb> in favour of <party>"."""
    n = len(toks)
    for k in range(2, n - 2):
        if toks[k].low not in WORDS or toks[k - 1].low != "in" or toks[k + 1].low != "of":
            continue
        verb = stem(toks[k - 2].low)
        if verb not in _JUDGED:
            continue
        party = []
        for t in toks[k + 2 : k + 7]:
            if t.low in BREAKS or t.low in CLAUSE_WORDS or t.low in _ENDS:
                break
            party.append(t)
        words = frozenset(stem(t.low) for t in party if t.is_word and t.low not in _LITTLE)
        if words:
            named = any(t.cap for t in party if t.low not in _LITTLE)
            return verb, words, " ".join(t.text for t in toks[k - 2 : k + 2 + len(party)]), named
    return None


def favour_conflict(a: list[Tok], b: list[Tok], stems_a: frozenset[str],
                    stems_b: frozenset[str]) -> tuple[str, str] | None:
    """(what a says, what b says) when a ruling or a vote went for another party in each version (``stems_*``: the
    stems of every word of each)."""
    x, y = _favoured(a), _favoured(b)
    if x is None or y is None or x[0] != y[0] or x[1] & y[1] or x[3] != y[3]:
        return None  # (a name and a description may be one: "the singer" / "Taylor Swift")
    if x[1] <= stems_b or y[1] <= stems_a:
        return None  # (one version names both: "ruled in favour of the tenants and against the landlord")
    return x[2], y[2]


__all__ = ["WORDS", "favour_conflict"]
