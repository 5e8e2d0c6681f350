"""What an outcome's verb is said of, where that decides whether it states an outcome: an offer after "declined"
("declined an invitation"; not "declined to comment"), an appeal near "upheld" or "dismissed" (not a court's name:
"by the appeals court"), a bid to undo something after "rejected" ("rejected the firm's bid to have the lawsuit
dismissed": no refusal of the lawsuit)."""

from __future__ import annotations

from analyst_tui.core.conflicts.outcome_words import APPEALS, OFFERS
from analyst_tui.core.conflicts.tokens import Tok


def offer_after(toks: list[Tok], k: int) -> bool:
    """Whether an offer follows the word at ``k`` in its phrase ("declined an invitation", "declined the Selvino Film
    Festival's lifetime achievement award"; not "declined to comment on the award")."""
    for x in toks[k + 1 : k + 10]:
        if x.is_break or x.low == "to":
            return False
        if x.low in OFFERS:
            return True
    return False


_COURTS = frozenset("court courts judge judges panel tribunal tribunals board".split())


def appeal_at(toks: list[Tok], j: int) -> bool:
    """Whether an appeal (a challenge, a complaint) is at ``j``; not a court's name ("by the appeals court")."""
    return toks[j].low in APPEALS and not (j + 1 < len(toks) and toks[j + 1].low in _COURTS) and not (
        j > 0 and toks[j - 1].low == "of" and j > 1 and toks[j - 2].low in _COURTS) and not (  # ("the Court of Appeal")
        j > 0 and toks[j - 1].low == "on")  # ("the sentence was upheld on appeal": the sentence was)


_BIDS = frozenset("bid bids attempt attempts request requests motion motions application applications effort".split())
_UNDONE = frozenset("""dismissed dismiss thrown throw block blocked halt halted stop stopped quash quashed delay delayed
    suspend suspended cancel cancelled overturn overturned scrap scrapped""".split())


def bid_to_undo(toks: list[Tok], k: int) -> bool:
    """Whether what is refused at ``k`` is a bid to undo or stop something ("rejected the firm's bid to have the
    lawsuit dismissed", "refused a request to halt the demolition")."""
    j = next((j for j in range(k + 1, min(len(toks) - 1, k + 7)) if toks[j].low in _BIDS or toks[j].is_break), None)
    return j is not None and toks[j].low in _BIDS and toks[j + 1].low == "to" and any(
        t.low in _UNDONE for t in toks[j + 2 : j + 9])


__all__ = ["appeal_at", "bid_to_undo", "offer_after"]
