"""Whether a word of a happening (``happening_words``) states that it happened where it stands: not what came before
in a relative clause ("a trawler that had been seized"), a noun ("a shot"), a prospect ("is expected to resign") or a
condition ("if the ship sank")."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import NO_OBJECT, PREPOSITIONS, RELATIVE
from analyst_tui.core.conflicts.happening_words import AFTER_A
from analyst_tui.core.conflicts.polarity_words import PRONOUNS, PROSPECT
from analyst_tui.core.conflicts.tokens import Tok

_SUBJECTS = frozenset("it they he she we".split())
_SAYING = frozenset("said says told tells announced confirmed reported added stated disclosed revealed admitted".split())
NOT_VERB_BEFORE = frozenset("a an the his her their its our 's".split())  # "a shot", "the administration", "Alder's
# frozen desserts"
_CONDITIONS = frozenset(("if", "unless", "whether"))
_FORCED = frozenset("forced forcing compelled obliged led prompted".split()) | frozenset(
    "chose decided opted".split())  # ("chose to quit": quit; "led organisers to call off": called off; not "is
# expected to resign", a prospect)
_TOLD = frozenset("told ordered".split())
_STOPPED = frozenset("stop stops stopped stopping prevent prevents prevented preventing avert averted".split())
_ORDERED = {"recount": frozenset("ordered orders ordering".split()), "mistrial": frozenset("declared declares".split())}


def stated(toks: list[Tok], k: int) -> bool:
    """Whether the happening's word at ``k`` states that it happened (``happenings``)."""
    if k > 1 and (toks[k - 1].low == "had" or toks[k - 1].low in ("been", "being") and toks[k - 2].low in (
            "had", "was", "were")) and (toks[k - 1].low == "being" or _in_relative(toks, k)):
        return False  # "a trawler that had been seized by pirates", "was being hijacked": what came before (not
        # "police said the paintings had been destroyed")
    if k > 2 and toks[k - 1].low == "had" and toks[k - 2].low in _SUBJECTS and toks[k - 3].is_word and not (
            toks[k - 3].cap or toks[k - 3].low in _SAYING or toks[k - 3].low in ("that", "and", "but")):
        return False  # "a gorilla it had loaned": a clause about the gorilla, what came before (not "said it had")
    return _said(toks, k)


def _in_relative(toks: list[Tok], k: int) -> bool:
    for j in range(k - 1, max(-1, k - 8), -1):
        if toks[j].is_break:
            return False
        if toks[j].low in RELATIVE:  # (not "told the exchange on Monday that it had closed": what was said)
            return not (toks[j].low == "that" and any(t.low in _SAYING for t in toks[max(0, j - 6) : j]))
    return False


def _said(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` states what happened: not a noun ("a shot") or an adjective ("Convicted
    mobster ... died", "on injured reserve"), a prospect ("is expected to resign") or a condition ("if the ship
    sank")."""
    if toks[k].low in AFTER_A or toks[k].low in ("administration", "liquidation", "red", "yellow") or (
            toks[k].low == "suspended" and k + 1 < len(toks) and toks[k + 1].low == "sentence"):
        return True  # (read after "into"; "an emergency landing", "a red card", "a suspended sentence", "a formal
        # warning", "a community sentence")
    if toks[k].low in _ORDERED:  # "ordered a recount", "declared a mistrial"
        return k > 1 and toks[k - 1].low == "a" and toks[k - 2].low in _ORDERED[toks[k].low]
    forced = forced_to(toks, k)
    if k == 0 or toks[k - 1].low in NOT_VERB_BEFORE or toks[k - 1].low in PREPOSITIONS and not forced:
        return False  # (but "forced organisers to cancel the championships": cancelled; "chose to quit": quit)
    if k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in PROSPECT:
        return False
    if toks[k].low.endswith("ing") and any(t.low in _STOPPED for t in toks[max(0, k - 4) : k]):
        return False  # what was stopped from happening: "knocked down to stop them collapsing onto the beach"
    return not any(x.low in _CONDITIONS for x in toks[max(0, k - 10) : k])


def forced_to(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` is what one was made or chose to do, which says it was done ("forced organisers to
    suspend the event", "chose to quit", "told to shelter in place")."""
    return k > 1 and toks[k - 1].low == "to" and any(t.low in _FORCED or t.low in _TOLD and toks[k].low in (
        "shelter", "stay") for t in toks[max(0, k - 4) : k - 1])


def headline_passive(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` is a headline's passive: after a noun, with nothing done to anything after it
    ("Westbury High headteacher dismissed after investigation")."""
    return k > 0 and toks[k - 1].is_word and toks[k - 1].low not in PRONOUNS and (
        k + 1 == len(toks) or toks[k + 1].is_break or toks[k + 1].low in NO_OBJECT)


__all__ = ["NOT_VERB_BEFORE", "headline_passive", "stated"]
