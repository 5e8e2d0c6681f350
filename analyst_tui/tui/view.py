"""What the review app shows, computed from a Comparison and the annotations.

Plain Python, no widgets: the claims list (filtered and sorted), the selection, filter and
search. The text each widget shows is built in ``tui/text.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

from analyst_tui.core.analysis.grading import SourceGrades
from analyst_tui.core.model import Claim, Comparison, Sentence, Status
if TYPE_CHECKING:
    from analyst_tui.tui.store import AnnotationView

SCOPES = ("all", "shared", "unique", "differ")
STATUS_FILTERS: tuple[Status | None, ...] = (None, *sorted(Status, key=lambda s: s.order))
SORTS = ("number", "coverage", "order")

PALETTE_SIZE = 6  # claim colours, defined as component classes in app.tcss


def colour_slot(claim: Claim) -> int:
    return (claim.id - 1) % PALETTE_SIZE


@dataclass
class ClaimFilter:
    """The claims panel's filter and sort (``text.describe_filter`` says it in words)."""

    scope: str = "all"
    status: Status | None = None
    text: str = ""
    sort: str = "number"

    @property
    def active(self) -> bool:
        return self.scope != "all" or self.status is not None or bool(self.text)


@dataclass
class ClaimIndex:
    """Claims as the app lists them, with the lookups the views need."""

    comparison: Comparison
    claims: list[Claim] = field(init=False)  # non-boilerplate claims, by number
    by_id: dict[int, Claim] = field(init=False)
    _order_key: dict[int, tuple[int, int]] = field(init=False)
    _search_text: dict[int, str] = field(init=False)

    def __post_init__(self) -> None:
        comp = self.comparison
        self.by_id = {c.id: c for c in comp.claims}
        self.claims = sorted((c for c in comp.claims if c.kind != "boilerplate"), key=lambda c: c.id)
        position = {a.id: i for i, a in enumerate(comp.articles)}
        self._order_key = {
            c.id: min(((position.get(m.article, 0), m.index) for m in c.members), default=(0, 0))
            for c in comp.claims
        }
        self._search_text = {c.id: " ".join(m.text for m in c.members).casefold() for c in comp.claims}
        self.shared_count = sum(1 for c in self.claims if c.is_shared)

    def get(self, claim_id: int | None) -> Claim | None:
        return None if claim_id is None else self.by_id.get(claim_id)

    def matches_text(self, claim: Claim, query: str) -> bool:
        return query.casefold() in self._search_text[claim.id]

    def visible(self, flt: ClaimFilter, status_of) -> list[Claim]:
        """The claims panel rows for a filter; ``status_of(claim_id) -> str``."""
        rows = self.claims
        if flt.scope == "shared":
            rows = [c for c in rows if c.is_shared]
        elif flt.scope == "unique":
            rows = [c for c in rows if not c.is_shared]
        elif flt.scope == "differ":  # shared claims whose versions disagree (⚠)
            rows = [c for c in rows if c.conflicts]
        if flt.status is not None:
            rows = [c for c in rows if status_of(c.id) == flt.status]
        if flt.text:
            q = flt.text.casefold()
            rows = [c for c in rows if q in self._search_text[c.id]]
        if flt.sort == "coverage":
            rows = sorted(rows, key=lambda c: (-c.shared_by, -len(c.members), c.id))
        elif flt.sort == "order":
            rows = sorted(rows, key=lambda c: (self._order_key[c.id], c.id))
        return list(rows)

    def representative(self, claim: Claim) -> str:
        """The text that stands for a claim in the list: a member carrying no other claim if any."""
        comparison = self.comparison
        for m in claim.members:
            if len(comparison.claims_of(m)) == 1:
                return m.text
        return claim.members[0].text if claim.members else ""

    def coverage(self, claim: Claim) -> str:
        return f"{claim.shared_by}/{len(self.comparison.articles)}"


class ReviewState:
    """The selection, filter and search the widgets read when they draw."""

    def __init__(self, comparison: Comparison, store: AnnotationView, unsettled: Callable[..., bool] | None = None,
                 coming: Callable[[], bool] | None = None) -> None:
        """``unsettled``: what must still be done to the comparison before it is drawn (its analysis, and its
        contradictions, found elsewhere as the first screen is built): ``settle`` does it. ``coming()``: whether
        it would wait for them (``waits``)."""
        self.comparison = comparison
        self._unsettled = unsettled
        self._drawable = unsettled is None  # what the first screen shows is finished
        self._coming = coming
        self.when_settled: Callable[[], None] | None = None  # told when the rest is finished after the first screen
        self.index = ClaimIndex(comparison)
        self.store = store
        self.selected: int | None = None
        self.query: str = ""  # search text highlighted in the article panes
        self.filter = ClaimFilter()
        self.grades = SourceGrades()  # the analyst's source reliability, across cases

    @property
    def unsettled(self) -> bool:
        """The comparison is still to be finished before it is drawn (``settle``)."""
        return not self._drawable

    @property
    def rest_pending(self) -> bool:
        """The first screen's claims are finished, and the contradictions of others are still to come."""
        return self._drawable and self._unsettled is not None

    def waits(self, shown: Iterable[int] | None = None) -> bool:
        """``settle`` (given ``shown``: ``settle(shown)``) would wait for what is found elsewhere (the
        contradictions)."""
        if self._unsettled is None or self._coming is None:
            return False
        return self._coming(self._positions(shown)) if shown is not None else self._coming()

    def settle(self, shown: Iterable[int] | None = None) -> None:
        """Finish the comparison (before anything reads its claims' contradictions). Given ``shown``, the ids of the
        claims the first screen shows, it may finish only those, the rest to follow (``rest_pending``; ``settle()``
        then finishes it, waiting if need be, and tells ``when_settled``)."""
        unsettled = self._unsettled
        if unsettled is None:
            return
        first, self._drawable = not self._drawable, True
        try:
            whole = unsettled(self._positions(shown)) if shown is not None else unsettled()
        except BaseException:
            whole = True  # (never tried again: drawn with what there is)
            raise
        finally:
            if whole:
                self._unsettled = None
        if whole and not first and self.when_settled is not None:
            self.when_settled()

    def settle_rest(self) -> None:
        """``settle()`` if only the rest is still to come (waiting for it)."""
        if self.rest_pending:
            self.settle()

    def _positions(self, shown: Iterable[int]) -> set[int]:
        where = {claim.id: k for k, claim in enumerate(self.comparison.claims)}
        return {where[i] for i in shown if i in where}

    def status_of(self, claim_id: int) -> str:
        return self.store.status(claim_id)

    def claims_of(self, sentence: Sentence) -> list[Claim]:
        return sorted(self.comparison.claims_of(sentence), key=lambda c: c.id)

    def visible_claims(self) -> list[Claim]:
        return self.index.visible(self.filter, self.status_of)

    def counts(self) -> tuple[int, int, int]:
        """(shared, tagged, unreviewed) over the listed claims."""
        tagged = sum(1 for c in self.index.claims if self.status_of(c.id) != Status.UNREVIEWED)
        return self.index.shared_count, tagged, len(self.index.claims) - tagged
