"""Two figures of one kind that are figures of two things, for ``figure_pairs``: a figure expected against what came
of it ("Analysts had expected earnings of 22 cents a share" / "The company earned 25 cents a share"), and figures
said of two counterparts ("Exports fell 3%" / "Imports rose 5%")."""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.surroundings import EXPECTED, EXPECTING


class Version(Protocol):
    """What is read here of a version (``conflicts.Version``)."""

    @property
    def polarity(self) -> "Words": ...


class Words(Protocol):
    def words(self) -> frozenset[str]: ...


def expected_only(x: Figure, y: Figure, version_of_y: Version) -> bool:
    """Whether ``x`` is a figure expected and the version of ``y`` tells what came of it, with no word of expecting
    nor of what is to come."""
    return EXPECTED in x.context and EXPECTED not in y.context and version_of_y.polarity.words().isdisjoint(_TO_COME)


def expectation_and_result(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether, of two versions' words, one expects and the other has no word of expecting nor of what is to come
    ("The bank forecast 445 billion yen in loan-loss charges" / "The bank booked 820 billion yen")."""
    return not a.isdisjoint(EXPECTING) and b.isdisjoint(_TO_COME) or not b.isdisjoint(EXPECTING) and a.isdisjoint(
        _TO_COME)


_TO_COME = EXPECTING | frozenset("will would could may might estimate estimates plans".split())  # (what is to come
# is no result: "officials estimate that rebuilding the bridge will cost $1.7 billion" / "is expected to cost $700m")


def counterparts(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether the words around two figures name two counterparts, one each ("exports" / "imports", "men" / "women")."""
    return any(one in x and other in y and other not in x and one not in y for one, other in _COUNTERPARTS)


_COUNTERPARTS = tuple((one, other) for pair in ("export import", "man woman", "boy girl", "buyer seller", "birth death",
                                                "inflow outflow", "deposit loan") for one, other in (
    pair.split(), pair.split()[::-1]))
