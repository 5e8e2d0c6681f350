"""A court's penalty given in words ("sentenced to death", "received a life sentence"), and whether a number follows a
penalty verb ("sentenced to 10 years"): read by ``particulars``."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, said_before

PENALTIES = frozenset(("death", "life"))  # "sentenced to death", "a life sentence"
# A penalty not given: "spared the death penalty", "was not sentenced to death", "will seek the death penalty".
_NOT_GIVEN = frozenset("""spared escaped avoided avoid escape spare evade evaded not no seek seeks sought seeking
    ask asks asked asking face faces facing faced could may might would possible pursue pursuing failed fail
    exchange offer offered instead""".split())
PENALTY_VERBS = frozenset("sentenced condemned jailed imprisoned".split())
_GIVING = PENALTY_VERBS | frozenset("received receive receives given gets got handed serve serves serving commuted".split())
_PENALTY_NOUNS = frozenset("sentence penalty imprisonment term".split())


def penalty_at(toks: list[Tok], k: int) -> str | None:
    """"death" or "life" when the word at ``k`` is a penalty given: "sentenced to death", "received a life
    sentence", "sentenced to life in prison", one commuted to ("sentenced to death, later commuted to life": both);
    not one offered, sought or missed ("in exchange for a life sentence", "seek the death penalty", "failed to return
    a death sentence")."""
    word = toks[k].low
    start = k
    while start > 0 and k - start < 4 and not toks[start - 1].is_break:
        start -= 1
    before = [t.low for t in toks[start:k]]
    if not any(w in _GIVING for w in before) or any(w in _NOT_GIVEN for w in before):
        return None
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    if before[-1] == "to" or after in _PENALTY_NOUNS or (
        word == "life" and after == "in" and k + 2 < len(toks) and toks[k + 2].low in ("prison", "jail")
    ):
        return word
    return None


def sentenced_before(toks: list[Tok], k: int) -> bool:
    """A penalty verb shortly before the number at ``k``: "sentenced to 10 years", "jailed for 10 years"."""
    return said_before(toks, k, PENALTY_VERBS)
