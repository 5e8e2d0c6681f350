"""Roles read only in versions that both use one of the words of each reader: who scored and who made the goal
(``assists``), who called for whose resignation (``demands``), whom a ruling or a vote favoured (``favour``), who gave
what to whom (``gifts``), who is charged with harming whom in a family (``kin_charges``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.assists import WORDS as ASSISTS
from analyst_tui.core.conflicts.assists import assist_conflict
from analyst_tui.core.conflicts.demands import WORDS as DEMANDS
from analyst_tui.core.conflicts.demands import demand_conflict
from analyst_tui.core.conflicts.favour import WORDS as FAVOURS
from analyst_tui.core.conflicts.favour import favour_conflict
from analyst_tui.core.conflicts.gifts import WORDS as GIFTS
from analyst_tui.core.conflicts.gifts import gift_conflict
from analyst_tui.core.conflicts.kin_charges import WORDS as KIN
from analyst_tui.core.conflicts.kin_charges import kin_conflict
from analyst_tui.core.conflicts.tokens import Tok

_READERS = ((ASSISTS, assist_conflict), (DEMANDS, demand_conflict), (FAVOURS, favour_conflict), (GIFTS, gift_conflict),
            (KIN, kin_conflict))


def told_conflict(words_a: frozenset[str], words_b: frozenset[str], a: list[Tok],
                  b: list[Tok]) -> tuple[str, str] | None:
    """(what a says, what b says) from the first reader whose words both versions use (``words_*``: their words) that
    finds the parties apart."""
    for words, check in _READERS:
        if words & words_a and words & words_b:
            found = check(a, b)
            if found:
                return found
    return None


__all__ = ["told_conflict"]
