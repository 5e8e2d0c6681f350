"""Roles read only in versions that both use one of the words of each reader: who scored and who made the goal
(``assists``), who called for whose resignation (``demands``), whom a ruling or a vote favoured (``favour``), who gave
what to whom (``gifts``), who is charged with harming whom in a family (``kin_charges``) or outside one
(``charged_parties``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.assists import WORDS as ASSISTS
from analyst_tui.core.conflicts.assists import assist_conflict
from analyst_tui.core.conflicts.charged_parties import WORDS as CHARGED
from analyst_tui.core.conflicts.charged_parties import charged_conflict
from analyst_tui.core.conflicts.demands import WORDS as DEMANDS
from analyst_tui.core.conflicts.demands import demand_conflict
from analyst_tui.core.conflicts.favour import WORDS as FAVOURS
from analyst_tui.core.conflicts.favour import favour_conflict
from analyst_tui.core.conflicts.gifts import WORDS as GIFTS
from analyst_tui.core.conflicts.gifts import gift_conflict
from analyst_tui.core.conflicts.kin_charges import WORDS as KIN
from analyst_tui.core.conflicts.kin_charges import kin_conflict
from analyst_tui.core.conflicts.tokens import Tok

# (each reader's words, the reader, whether it reads the stems of every word of both versions too)
_READERS = ((ASSISTS, assist_conflict, False), (DEMANDS, demand_conflict, False), (FAVOURS, favour_conflict, True),
            (GIFTS, gift_conflict, True), (KIN, kin_conflict, False), (CHARGED, charged_conflict, False))


def told_conflict(words_a: frozenset[str], words_b: frozenset[str], a: list[Tok], b: list[Tok],
                  stems_a: frozenset[str], stems_b: frozenset[str]) -> tuple[str, str] | None:
    """(what a says, what b says) from the first reader whose words both versions use (``words_*``: their words;
    ``stems_*``: the stems of all their words) that finds the parties apart."""
    for words, check, with_stems in _READERS:
        if words & words_a and words & words_b:
            found = check(a, b, stems_a, stems_b) if with_stems else check(a, b)
            if found:
                return found
    return None


__all__ = ["told_conflict"]
