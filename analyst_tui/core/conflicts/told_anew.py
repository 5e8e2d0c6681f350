"""The checks read last, when no other found anything: versions told in other words that share most of their words, yet
one negates what the other states (``negation_restated``), they state opposite outcomes (``opposite_restated``) or
move one measure opposite ways (``directions``), one votes for a measure and the other against it
(``vote_objects``), one spared what befell the same one in the other (``spared``), the
two parties of an act are the other way round (``parties_swapped``, ``kin_swapped``), or two things befell the same that cannot both
be true (``happening_restated``), or the same harm is put down to two causes (``causes``), or one says a party won its
case and the other that it lost (``verdict_sides``), or talks broke down in one and ended in a deal in the other
(``talks``), or a case thrown out in one and sent to trial in the other (``case_outcomes``), or an act done in one and blocked in the other (``blocked_acts``), or one won a contest in one and lost it in other words in the other (``contest_results``), or the one date, time of day or age each gives differs
(``one_of_a_kind``), or the one sum or share each gives in other terms: another currency, a share of a whole against a
bare percentage (``other_terms``)."""

from __future__ import annotations

import re
from typing import Protocol

from analyst_tui.core.conflicts.blocked_acts import blocked_conflict
from analyst_tui.core.conflicts.case_outcomes import case_conflict
from analyst_tui.core.conflicts.causes import cause_conflict
from analyst_tui.core.conflicts.contest_results import contest_conflict
from analyst_tui.core.conflicts.directions import direction_conflict
from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.happening_restated import happening_restated
from analyst_tui.core.conflicts.happenings import Happening
from analyst_tui.core.conflicts.instead import instead_conflict
from analyst_tui.core.conflicts.kin_swapped import kin_swapped
from analyst_tui.core.conflicts.loaned import loan_conflict
from analyst_tui.core.conflicts.negation_restated import negation_restated
from analyst_tui.core.conflicts.one_of_a_kind import one_of_a_kind
from analyst_tui.core.conflicts.opposite_restated import opposite_restated
from analyst_tui.core.conflicts.other_terms import other_terms_conflict
from analyst_tui.core.conflicts.outcomes import RESULTS
from analyst_tui.core.conflicts.parties_swapped import parties_swapped
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.ruled_out import ruled_out_conflict
from analyst_tui.core.conflicts.spared import spared_conflict
from analyst_tui.core.conflicts.talks import talks_conflict
from analyst_tui.core.conflicts.transfers import transfer_conflict
from analyst_tui.core.conflicts.verdict_sides import verdict_conflict
from analyst_tui.core.conflicts.vote_objects import vote_conflict
from analyst_tui.core.model import ConflictKind


class Version(Protocol):
    """What is read here of ``conflicts.Version``."""

    polarity: Polarity
    happenings: tuple[Happening, ...]
    numbers: frozenset[float]
    figures: tuple[Figure, ...]
    text: str


_INSTEAD = re.compile(r"\b(?:rather than|instead of)\b", re.IGNORECASE)


def told_anew(a: Version, b: Version) -> tuple[ConflictKind, str, str] | None:
    """(kind, what a says, what b says), or None."""
    found = negation_restated(a.polarity, b.polarity) or opposite_restated(a.polarity, b.polarity)
    if not found:
        found = direction_conflict(a.polarity, b.polarity)
        if found:
            return "event", found[0], found[1]  # (a measure moved both ways, as "shares rose" / "shares fell")
        found = ruled_out_conflict(a.polarity, b.polarity) or vote_conflict(a.polarity, b.polarity) or (
            spared_conflict(a.polarity, b.polarity, a.happenings, b.happenings))
    if found:
        kind: ConflictKind = "event" if found[2:] and found[2] in RESULTS else "polarity"  # (convicted / acquitted)
        return kind, found[0], found[1]
    found = parties_swapped(a.polarity, b.polarity) or transfer_conflict(a.polarity, b.polarity) or kin_swapped(
        a.polarity, b.polarity)
    if found:
        return "role", found[0], found[1]
    if _INSTEAD.search(a.text) or _INSTEAD.search(b.text):  # ("sold the ampoules" / "rather than selling them")
        found = instead_conflict(a.polarity.toks, b.polarity.toks)
        if found:
            return found  # type: ignore[return-value]
    found = a.happenings and b.happenings and happening_restated(a.happenings, b.happenings, a.polarity, b.polarity,
                                                                 a.numbers, b.numbers)
    found = found or cause_conflict(a.polarity, b.polarity) or loan_conflict(a.polarity, b.polarity) or (
        verdict_conflict(a.polarity, b.polarity)) or talks_conflict(a.polarity, b.polarity) or case_conflict(
        a.polarity, b.polarity) or blocked_conflict(a.polarity, b.polarity) or (
        contest_conflict(a.polarity, b.polarity))
    if found:
        return "event", found[0], found[1]
    found = one_of_a_kind(a, b) or a.figures and b.figures and other_terms_conflict(a, b)
    return ("figure", found[0], found[1]) if found else None


__all__ = ["told_anew"]
