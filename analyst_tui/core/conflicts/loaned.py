"""A player or a worker sold in one version and loaned in the other: "Castleton Athletic have sold striker Omar Benn to
Radcliffe United" / "Striker Omar Benn has joined Radcliffe United on a season-long loan".

Read last, with the other happenings told otherwise (``told_anew``): one version sells (or signs permanently) and
never speaks of a loan; the other moves the same one "on loan", on a "season-long loan" or in a "loan deal", and
speaks of no sale; the two name at least two of the same names (the one moved and a club)."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import phrase
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_in
from analyst_tui.core.conflicts.tokens import Tok

_SOLD = frozenset("sold sells sell selling sale permanent permanently".split())
_LOANED = frozenset(("loan", "loaned"))
_LOAN_AFTER = frozenset("deal move spell agreement basis".split())  # ("a loan deal", "on a loan basis")


def _loan_at(toks: list[Tok]) -> int | None:
    """Where a move on loan is told: "on loan", "on a season-long loan", "a loan deal", "loaned"."""
    for k, t in enumerate(toks):
        if t.low == "loaned":
            return k
        if t.low != "loan":
            continue
        before = [x.low for x in toks[max(0, k - 6) : k]]
        if "on" in before or k + 1 < len(toks) and toks[k + 1].low in _LOAN_AFTER:
            return k
    return None


def loan_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one sells whom the other moves on loan, else None."""
    for x, y in ((a, b), (b, a)):
        if x.words().isdisjoint(_SOLD) or y.words().isdisjoint(_LOANED):
            continue  # (read cheaply: nothing sold, or no loan)
        sold = next((k for k, t in enumerate(x.toks) if t.low in _SOLD), None)
        loan = _loan_at(y.toks)
        if sold is None or loan is None or _loan_at(x.toks) is not None or not _SOLD.isdisjoint(y.words()):
            continue
        if len(names_in(x.toks) & names_in(y.toks)) < 2:
            continue
        said_x, said_y = phrase(x.toks, max(0, sold - 2), sold + 4), phrase(y.toks, max(0, loan - 4), loan + 1)
        return (f'"{said_x}"', f'"{said_y}"') if x is a else (f'"{said_y}"', f'"{said_x}"')
    return None


__all__ = ["loan_conflict"]
