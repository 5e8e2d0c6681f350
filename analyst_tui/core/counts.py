"""The one definition of the counts an analyst sees: in the app, in ``cases`` and in ``compare``.

The claims an analyst reviews are every claim that is not boilerplate (bylines, credits,
navigation). Of those: how many are shared by two or more articles, how many are tagged
(any status but unreviewed) and how many are still unreviewed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from analyst_tui.core.model import Claim, Comparison, Status


@dataclass(frozen=True)
class ClaimCounts:
    claims: int  # claims to review (not boilerplate)
    shared: int  # of those, shared by two or more articles
    by_status: dict[str, int] = field(default_factory=dict)  # status word -> claims

    @property
    def tagged(self) -> int:
        return self.claims - self.unreviewed

    @property
    def unreviewed(self) -> int:
        return self.by_status.get(Status.UNREVIEWED.value, 0)

    def as_dict(self) -> dict[str, int]:
        """The counts as stored in an annotation file's ``case`` header."""
        return {"claims": self.claims, "shared": self.shared, "tagged": self.tagged, **self.by_status}


def reviewable(comparison: Comparison) -> list[Claim]:
    """The claims an analyst reviews, by number."""
    return sorted((c for c in comparison.claims if c.kind != "boilerplate"), key=lambda c: c.id)


def count_claims(claims: Iterable[Claim], status_of: Callable[[int], object]) -> ClaimCounts:
    """Counts over ``claims`` (usually :func:`reviewable`), the status of each from ``status_of``."""
    by_status = {s.value: 0 for s in Status}
    total = shared = 0
    for claim in claims:
        total += 1
        shared += claim.is_shared
        by_status[Status.parse(str(status_of(claim.id))).value] += 1
    return ClaimCounts(total, shared, by_status)


def claim_counts(comparison: Comparison, status_of: Callable[[int], object]) -> ClaimCounts:
    return count_claims(reviewable(comparison), status_of)
