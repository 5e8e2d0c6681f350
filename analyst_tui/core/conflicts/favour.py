"""The one a ruling or a vote went for, another in each version: "The Supreme Court ruled in favour of the state" /
"The Supreme Court ruled in favour of the tribe", "found in favour of the landlord" / "of the tenant".

Each version names the one after "in favour of" (or "in favor of") a verb of judging or voting; two versions differ
when the verbs are one and the parties, both names or both in small letters, share no word, and neither version names
the other's party anywhere; or when the one a ruling favoured in one version is the other party of a dispute the other
version says someone else won, each naming both."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import BREAKS, CLAUSE_WORDS, Tok, stem

WORDS = frozenset(("favour", "favor", "won", "wins"))  # (read only with one of them)
_RULING = frozenset(("favour", "favor"))
_DISPUTES = frozenset("dispute case appeal lawsuit suit battle claim fight challenge".split())
_JUDGED = frozenset(stem(w) for w in "ruled found decided voted sided came".split())
_ENDS = frozenset("in on at over after before during since with by for and or but who which that".split())
_LITTLE = frozenset("the a an its his her their".split())


def _favoured(toks: list[Tok]) -> tuple[str, frozenset[str], str, bool] | None:
    """(the verb's stem, the party's words, the words shown, whether it is a name) of "<verb> in favour of <party>"."""
    n = len(toks)
    for k in range(2, n - 2):
        if toks[k].low not in _RULING or toks[k - 1].low != "in" or toks[k + 1].low != "of":
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


def _won(toks: list[Tok]) -> tuple[frozenset[str], str] | None:
    """(the words of the one who won, the words shown) of "<party> won its dispute (case, appeal) with ...": the party
    is the names just before "won", in its clause."""
    for k, t in enumerate(toks):
        if t.low not in ("won", "wins") or not any(x.low in _DISPUTES for x in toks[k + 1 : k + 7]):
            continue
        j = k
        while j > 0 and toks[j - 1].cap and toks[j - 1].is_word and k - j < 4:
            j -= 1
        if j < k:
            return frozenset(stem(x.low) for x in toks[j:k]), " ".join(x.text for x in toks[j : k + 4])
    return None


def favour_conflict(a: list[Tok], b: list[Tok], stems_a: frozenset[str],
                    stems_b: frozenset[str]) -> tuple[str, str] | None:
    """(what a says, what b says) when a ruling or a vote went for another party in each version (``stems_*``: the
    stems of every word of each), or one won the dispute a ruling went against in the other ("ruled in favour of
    Tillman Farms in its dispute with Ridgeway County" / "Ridgeway County won its case against Tillman Farms")."""
    x, y = _favoured(a), _favoured(b)
    for ruled, won, stems_ruled, stems_won, first in ((x, _won(b), stems_a, stems_b, True),
                                                       (y, _won(a), stems_b, stems_a, False)):
        if ruled is not None and won is not None and ruled[3] and not ruled[1] & won[0] and ruled[1] <= stems_won and (
                won[0] <= stems_ruled):
            return (ruled[2], won[1]) if first else (won[1], ruled[2])
    if x is None or y is None or x[0] != y[0] or x[1] & y[1] or x[3] != y[3]:
        return None  # (a name and a description may be one: "the singer" / "Taylor Swift")
    if x[1] <= stems_b or y[1] <= stems_a:
        return None  # (one version names both: "ruled in favour of the tenants and against the landlord")
    return x[2], y[2]


__all__ = ["WORDS", "favour_conflict"]
