"""Denials: what a denial denies, and whether a stance's clause is negated.

"denied the report that Trump plans to send troops" denies the clause after its "that" (a headline may leave
"that" out: "denies report he plans to send troops"); "denied any plan to send troops" and "denied involvement
in the attack" deny a thing; "denied bail" and "rejected an offer" refuse, and deny nothing said. Read by
``polarity``.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import country
from analyst_tui.core.conflicts.polarity_words import (DENIED_DETERMINERS, DENIED_THINGS, FILLER, NEGATORS, REFUSED,
                                                       SCOPE_END)
from analyst_tui.core.conflicts.tokens import BREAKS, CLAUSE_WORDS, Tok, is_title


def negated_clause(toks: list[Tok], k: int) -> bool:
    """Whether the clause after the stance word at ``k`` is negated: "confirmed that troops would not be
    sent" denies what "denied that troops would be sent" denies. The clause ends at a break, a
    contrast or a joining word other than its own "that" ("denied the allegations and said it had not
    broken the law" denies; "confirmed the death of a man who had not been seen" confirms)."""
    own_that = denied_that(toks, k)
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if j != own_that and (t.is_break or t.low in SCOPE_END or t.low in CLAUSE_WORDS):
            return False
        if t.low in NEGATORS:
            nxt = toks[j + 1].low if j + 1 < len(toks) else ""
            if not (t.low == "not" and nxt == "only"):
                return True
    return False


def denied_that(toks: list[Tok], i: int) -> int | None:
    """Where the "that" of a denial at ``i`` is ("denied the report that ..."), if it has one."""
    for j in range(i + 1, min(i + 6, len(toks))):
        t = toks[j]
        if t.low == "that":
            return j
        if t.low in _SUBJECT_PRONOUNS and j > i + 1 and toks[j - 1].low in _REPORT_NOUNS:
            return j - 1  # "denies report he plans to send troops": a headline leaves "that" out
        if t.is_break or not (t.low in DENIED_THINGS or t.cap or t.low in _IN_BETWEEN):
            return None
    return None


# What may stand between a denial and its "that": when, and how firmly ("denied on Tuesday that it was in talks").
_IN_BETWEEN = frozenset("""on yesterday today tonight late earlier later again also strongly firmly flatly publicly
    repeatedly categorically vehemently emphatically to in at a an the court jury tribunal inquiry hearing committee
    reporters journalists mps police investigators detectives statement interview parliament""".split())  # (and to
# whom or where: "denied to the court that", "denied in a statement that")


_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
_REPORT_NOUNS = DENIED_THINGS - DENIED_DETERMINERS - {"'s"}


def denied_thing(toks: list[Tok], i: int) -> int | None:
    """Where the thing a denial at ``i`` denies starts, when it is a noun and what follows it ("denied
    any plan to send troops", "denied involvement in the attack"), not a report ("denied the report")
    or an act ("denied striking", a negation)."""
    j = i + 1
    while j < len(toks) and toks[j].low in DENIED_DETERMINERS:
        j += 1
    if j >= len(toks) or j == len(toks) - 1:
        return None
    t = toks[j]
    name = t.cap and country(t.low) == t.low and not is_title(toks)  # ("Russian involvement" is a thing)
    if not t.is_word or name or t.low in DENIED_THINGS or t.low in FILLER or t.low.endswith("ing"):
        return None
    if t.low in REFUSED or toks[i].low in _REFUSING or any(x.low in REFUSED for x in toks[j + 1 : j + 3]):
        return None  # "denied an offer", "denied bail", "rejected an earlier offer", "denied the man entry": refused,
        # not said to be untrue
    return j


_REFUSING = frozenset("rejected rejects dismissed dismisses".split())  # "rejected the deal", "dismissed the case"


def absent_from(toks: list[Tok], i: int) -> int | None:
    """Where the clause denied by "no evidence" or "nothing to suggest" at ``i`` starts, as after "denied that"
    ("There is no evidence the strain can spread", "found nothing to suggest that Oduya knew"); None for another "no"
    or "nothing" (nor "no evidence of foul play": a thing, which "ruled out foul play" also denies)."""
    n, low = len(toks), toks[i].low
    if low == "no" and i + 2 < n and toks[i + 1].low in _NO_EVIDENCE and toks[i + 2].low not in _NOUN_AFTER:
        start = i + 2
    elif low == "nothing" and i + 3 < n and toks[i + 1].low == "to" and toks[i + 2].low in _SUGGEST:
        start = i + 3
    else:
        return None
    return start + 1 if start < n and toks[start].low == "that" else start


_NO_EVIDENCE = frozenset("evidence sign signs indication indications proof".split())
_NOUN_AFTER = frozenset("of for against".split()) | frozenset(BREAKS)
_SUGGEST = frozenset("suggest suggests indicate indicates show shows".split())
