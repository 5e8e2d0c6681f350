"""A thing done without something in one version and after, with or through it in the other: "The contract was awarded
without competitive bidding" / "The contract was awarded after competitive bidding among five firms"; read by
``negated.negated_vs_stated`` at the head both name ("bidding")."""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.tokens import Tok, stem


class _Cue(Protocol):
    at: int


_WITH_IT = frozenset("after with following through via".split())


def done_with_and_without(cue: _Cue, toks: list[Tok], said_toks: list[Tok], k: int) -> bool:
    """Whether ``cue`` (at its head) is what something was done "without" and the other version's head at ``k`` what
    the same thing was done after, with or through, with the same words between ("competitive")."""
    w = next((j for j in range(cue.at - 1, max(0, cue.at - 3), -1) if toks[j].low == "without"), None)
    p = next((j for j in range(k - 1, max(0, k - 3), -1) if said_toks[j].low in _WITH_IT), None)
    if w is None or p is None or w < 2 or p < 2:
        return False
    between = {stem(t.low) for t in said_toks[p + 1 : k]}
    if {stem(t.low) for t in toks[w + 1 : cue.at]} != between:
        return False  # ("without competitive bidding" / "after competitive bidding"; not "after a second bidding")
    done, done_too = toks[w - 1], said_toks[p - 1]
    return done.is_word and done.low == done_too.low and done.low.endswith("ed")  # ("awarded without" / "after")


__all__ = ["done_with_and_without"]
