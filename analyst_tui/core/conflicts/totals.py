"""Whether a figure is a total ("2,301 career points", "a record of 4,051 yards", "the season total") rather than one
occasion's ("a career-high 14", "a new record", "a total of 212 migrants")."""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.words import SCOPES


def is_total(toks: list[Tok], start: int, end: int) -> bool:
    """Whether a word of ``SCOPES`` is in ``toks[start:end]``: a total, not one occasion's ("a career-high 14")."""
    for k in range(start, end):
        if toks[k].low in SCOPES:
            nxt = [t.low for t in toks[k + 1 : k + 3]]
            if not (toks[k].low == "career" and ("high" in nxt or "best" in nxt)) and not (
                    toks[k].low == "record" and (k and toks[k - 1].low in _NEW or _number_at(toks, k + 1) or (
                        _record_thing(toks, k)))) and not (
                    toks[k].low == "records" and nxt[:1] == ["of"]) and not (
                    toks[k].low == "total" and (nxt[:1] == ["of"] and k and toks[k - 1].low == "a" or _number_at(
                        toks, k + 1 + (nxt[:1] == ["about"])))):
                # ("a record 14,000 students enrolled", "hit a record $2.10 a litre": that one, the most yet; "the
                # records of 1.3 million customers": data; "a total of 212 migrants": one occasion's; "overpaid
                # rebates total £23m": what they come to, as "amount to £2.3 million")
                return True
    return False


def _record_thing(toks: list[Tok], k: int) -> bool:
    """Whether "record" at ``k`` is said of a thing whose figure follows "of" ("a record wheat crop of 108 million
    tonnes"): that one, the most yet; not "a record of 4,051 yards", a total."""
    for m in range(k + 2, min(k + 5, len(toks))):
        if toks[m].low == "of":
            return all(t.is_word for t in toks[k + 1 : m]) and _number_at(toks, m + 1)
    return False


def _number_at(toks: list[Tok], k: int) -> bool:
    """Whether a number, or a currency's sign and a number, is at ``k``."""
    k += k < len(toks) and toks[k].low in CURRENCY_SIGNS
    return k < len(toks) and toks[k].is_number


_NEW = frozenset("new latest debut comeback course world national championship personal meeting olympic".split())
# ("a new record", an album; "set a course record": one occasion's)
