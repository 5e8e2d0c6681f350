"""Outcomes stated only in one place: the concepts whose words say their side only there ("broke the world record",
"a record high", "tickets sold out", "were relegated", "a merger of equals", "held in public", "will be mandatory",
"ahead of schedule"); read by ``outcome_said.says`` before anything else."""

from __future__ import annotations

from analyst_tui.core.conflicts.outcome_words import MEASURED, traded
from analyst_tui.core.conflicts.polarity_words import STAY_FORMS
from analyst_tui.core.conflicts.tokens import Tok, stem

BE_FIT = frozenset("is are was were be been remains remained".split())
_ALL_TIME = ["all", "-", "time"]
_PLEADED = frozenset("pleaded pleads plead admitted".split())
_REFUSED = frozenset("denied denies refused refuses".split())
_DOWNFALLS = frozenset("recession relegation administration bankruptcy default".split())


def said_where(toks: list[Tok], k: int, concept: str, side: int) -> bool | None:
    """Whether the word at ``k`` states that side of the concept, for the concepts read only in one place; None for
    the others, and where the place says nothing against it."""
    low = toks[k].low
    after = [x.low for x in toks[k + 1 : k + 4]]
    if concept == "record":  # "broke the world record" / "equalled it"
        return any(t.low == "record" for t in toks[k + 1 : k + 5])
    if concept == "extreme":  # "a record high" / "a record low", "an all-time high"
        return k > 0 and (toks[k - 1].low == "record" or k > 2 and [t.low for t in toks[k - 3 : k]] == _ALL_TIME)
    if concept == "amount":  # "low turnout", "turnout was high", "Turnout high as ..."
        return (k + 1 < len(toks) and stem(toks[k + 1].low) in MEASURED) or k > 0 and (stem(toks[
            k - 1].low) in MEASURED or toks[k - 1].low in BE_FIT and k > 1 and stem(toks[k - 2].low) in MEASURED)
    if concept == "trade" and not traded(toks, k):
        return False  # no object ("the winning ticket sold in Florida"), or a trade with a party named (``swaps``)
    if concept == "availability":  # "tickets sold out" / "are still available"
        return low == "out" and k > 0 and toks[k - 1].low == "sold" or low == "available" and k > 0 and toks[
            k - 1].low in BE_FIT | {"still"}
    if concept == "downfall":  # "entered a recession", "were relegated" / "avoided relegation", "escaped recession"
        if low == "relegated":
            return True
        return any(t.low in _DOWNFALLS for t in toks[k + 1 : k + 4])
    if concept == "merger":  # "will merge as equals", "a merger of equals" / "take over", "a takeover of", "acquire"
        if side == 0:
            return k > 1 and (toks[k - 1].low, toks[k - 2].low[:5]) in (("as", "merge"), ("of", "merge"))
        return low != "over" or k > 0 and toks[k - 1].low in ("take", "taken", "takes", "took", "taking")
    if concept == "publicity":  # "held in public", "in private", "behind closed doors"
        return k > 0 and (toks[k - 1].low == "in" and low != "closed" or low == "closed" and toks[k - 1].low == (
            "behind") and after[:1] == ["doors"])
    if concept == "obligation" and not (k and (toks[k - 1].low in BE_FIT or toks[k - 1].low in STAY_FORMS)):
        return False  # "will be mandatory", "will remain optional"; not "a mandatory fine"
    if concept == "plea" and low == "guilty":  # "pleaded guilty to stalking" (not "was found guilty")
        return k > 0 and toks[k - 1].low in _PLEADED
    if concept == "remand" and low == "bail" and any(t.low in _REFUSED for t in toks[max(0, k - 4) : k]):
        return False  # "was denied bail", "refused the suspect bail": remanded
    if concept == "position":  # "was leading the field" / "was trailing the field"; not "a leading charity"
        return k > 0 and toks[k - 1].low in BE_FIT
    if concept == "schedule_pace":
        return after[:2] == ["of", "schedule"] if low == "ahead" else after[:1] == ["schedule"]  # "ahead of schedule"
    return None
