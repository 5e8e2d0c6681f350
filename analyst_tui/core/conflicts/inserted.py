"""A negation put into the same words: "the bear was not the one that attacked the jogger" / "the bear was the one
that attacked the jogger", "parliament voted not to strip him of his immunity" / "voted to strip him of his
immunity".

``negated`` compares what a negation's scope says with what the other version states, word by word, and leaves out
what it cannot read as stated there (a noun such as "one", a verb after "to"). Here the words themselves tell: one
version has "not" or "never" between a word and the three words after it, the other has that word followed by the
same three words, with no negation near them."""

from __future__ import annotations

from analyst_tui.core.conflicts.negated import stated
from analyst_tui.core.conflicts.parties_alike import two_roles
from analyst_tui.core.conflicts.polarity_words import NEGATORS
from analyst_tui.core.conflicts.tokens import Tok, joined, stem

_NOTS = frozenset(("not", "never", "n't"))
_FOLLOWING = 3  # words after the negation that must follow the same word in the other version


def not_inserted(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when one of them puts a negation into the other's words."""
    for p, q, flip in ((xs, ys, False), (ys, xs, True)):
        found = _inserted(p, q)
        if found:
            return (found[1], found[0]) if flip else found
    return None


def _inserted(p: list[Tok], q: list[Tok]) -> tuple[str, str] | None:
    n = len(p)
    for i in range(1, n - _FOLLOWING):
        if p[i].low not in _NOTS or p[i + 1].low == "only":
            continue  # (not "not only ... but also")
        before = p[i - 1].low
        after = [t.low for t in p[i + 1 : i + 1 + _FOLLOWING]]
        if not any(len(w) > 3 and w.isalpha() for w in after) or any(w in NEGATORS for w in after):
            continue  # three little words say too little to be the same words ("not to the")
        for j in range(len(q) - _FOLLOWING):
            if q[j].low == before and [t.low for t in q[j + 1 : j + 1 + _FOLLOWING]] == after and not any(
                    t.low in NEGATORS for t in q[max(0, j - 3) : j + 1 + _FOLLOWING]) and stated(q, j) and stated(p, i):
                # (each asserted: not "discounted rumours that he was Deep Throat")
                if i > 1 and j and two_roles(frozenset((stem(p[i - 2].low),)), frozenset((stem(q[j - 1].low),))):
                    continue  # two parties: "The club's owner was not questioned" / "The club's manager was"
                return _shown(p, i - 1, i + 1 + _FOLLOWING), _shown(q, j, j + 1 + _FOLLOWING)
    return None


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : end])


__all__ = ["not_inserted"]
