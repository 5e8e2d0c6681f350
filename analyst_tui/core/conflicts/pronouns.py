"""A party named by a pronoun the other way round: "The singer is suing her former manager" / "The singer's former
manager is suing her", "A Lotto winner is suing her former partner" / "The former partner of a Lotto winner is
suing her", "The coach's former assistant, Lena Ruiz, has reported him" / "The coach has reported his former
assistant", "is expected to testify against his former lieutenant" / "... against him".

One version has a party do the act to someone it names by kin or trade after "her", "his" or "their"; the other
has that someone, said to be the first party's ("the singer's", "of a Lotto winner"), do the same act to "her",
"him" or "them". Each party of one version is then the other party of the other."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem

_POSSESSIVE = frozenset("her his their its".split())
_OBJECT = frozenset("her him them it".split())
_LITTLE = frozenset("a an the of 's is are was were has have had been being be".split())
_PREPOSITIONS = frozenset("for over in on at after with from to by about under during since".split())
_MAX_DESC = 4  # words that describe the one named after "her" ("her former business partner")


def pronoun_reversal(xs: list[Tok], ys: list[Tok], vx: dict[str, tuple[int, ...]],
                     vy: dict[str, tuple[int, ...]]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when a verb both use has its parties the other way round, one named by a
    pronoun (either version may be the one with "her former manager")."""
    for verb in sorted(vx.keys() & vy.keys()):
        for k in vx[verb]:
            for m in vy[verb]:
                found = _reversed(xs, k, ys, m) or _he_and_him(xs, k, ys, m)
                if found:
                    return found
                found = _reversed(ys, m, xs, k) or _he_and_him(ys, m, xs, k)
                if found:
                    return found[1], found[0]
    return None


def _he_and_him(xs: list[Tok], k: int, ys: list[Tok], m: int) -> tuple[str, str] | None:
    """``xs``: "after he accused the president's brother of ..."; ``ys``: "after the president's brother accused him of
    ...": the one named by the pronoun and the other party the other way round."""
    if k < 1 or m + 1 >= len(ys) or _OBJECT_OF.get(xs[k - 1].low) != ys[m + 1].low:
        return None
    end = k + 1
    while end < len(xs) and end - k <= _MAX_DESC + 2 and (xs[end].is_word or xs[end].low == "'s") and (
            xs[end].low not in _PREPOSITIONS) and xs[end].low not in CLAUSE_WORDS and xs[end].low != "of":
        end += 1
    start_y = m
    while start_y > 0 and m - start_y < _MAX_DESC + 2 and not ys[start_y - 1].is_break and (
            ys[start_y - 1].low not in CLAUSE_WORDS and ys[start_y - 1].low not in _OPENS):
        start_y -= 1
    done_to, doer = _words(xs, k + 1, end), _words(ys, start_y, m)
    if not done_to or done_to != doer:
        return None
    return joined(xs[k - 1 : end]), joined(ys[start_y : m + 2])


_OBJECT_OF = {"he": "him", "she": "her", "they": "them"}
_OPENS = frozenset("after before when while because since until once as that".split())  # (a clause: "hours after")


def _reversed(xs: list[Tok], k: int, ys: list[Tok], m: int) -> tuple[str, str] | None:
    """``xs``: "the singer is suing her former manager"; ``ys``: "the singer's former manager is suing her" (or with
    the same preposition after the verb in both: "testify against his former lieutenant" / "testify against him")."""
    vx, vy = k, m  # (the verbs)
    for w in (1, 2, 3):  # the same preposition after the verb, or after the same object ("raised concerns about")
        if k + w + 2 < len(xs) and m + w + 1 < len(ys) and xs[k + w].low in _AFTER_VERB and [
                t.low for t in xs[k + 1 : k + w + 1]] == [t.low for t in ys[m + 1 : m + w + 1]] and all(
                t.is_word for t in xs[k + 1 : k + w + 1]):
            k, m = k + w, m + w
            break
    if k + 2 >= len(xs) or m + 1 >= len(ys) or xs[k + 1].low not in _POSSESSIVE or ys[m + 1].low not in _OBJECT:
        return None
    start_x, start_y = _clause_start(xs, vx), _clause_start(ys, vy)
    subject_x = _words(xs, start_x, vx)  # "singer"
    subject_y = _words(ys, start_y, vy)  # "singer", "former", "manager"
    described = _words(xs, k + 2, k + 2 + _MAX_DESC, stop_at_little=True)  # "former manager"
    if not described or not subject_x or not described <= subject_y or not subject_x <= subject_y:
        return None
    if not any(t.low in ("'s", "of") for t in ys[start_y:m]):
        return None  # (the other party must be said to be the first's: "the singer's manager", "partner of a winner")
    return (joined(xs[max(start_x, k - _SHOWN) : k + 2 + len(described)]), joined(ys[max(start_y, m - _SHOWN) : m + 2]))


_AFTER_VERB = frozenset("against to with for on about".split())  # "testify against", "lied to", "sided with"
_SHOWN = 12  # words shown before the verb


def _clause_start(toks: list[Tok], k: int) -> int:
    """Where the clause of the word at ``k`` starts, past a name set off by commas ("Halloway's deputy, Sarah Kemp,")."""
    j = k - 1
    while j >= 0 and not toks[j].is_break and toks[j].low not in CLAUSE_WORDS and k - j <= 10:
        j -= 1
    if j > 1 and toks[j].low == ",":
        m = j - 1
        while m >= 0 and toks[m].cap and toks[m].is_word and j - m <= _MAX_NAME:
            m -= 1
        if m >= 0 and m < j - 1 and toks[m].low == ",":
            return _clause_start(toks, m)
    return j + 1


_MAX_NAME = 3  # words of a name set off by commas


def _words(toks: list[Tok], start: int, end: int, stop_at_little: bool = False) -> frozenset[str]:
    """The stems of the content words of ``start:end`` (to the first little word or break, if ``stop_at_little``)."""
    out = set()
    for t in toks[start : min(end, len(toks))]:
        ends = t.is_break or t.low in _LITTLE or t.low in _PREPOSITIONS or t.low in CLAUSE_WORDS
        if stop_at_little and ends:
            break
        if t.is_word and t.low not in _LITTLE:
            out.add(stem(t.low))
    return frozenset(out)


__all__ = ["pronoun_reversal"]
