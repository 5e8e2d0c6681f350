"""The claims-by-sources grid: one row per claim, one column per source, a mark where it reports it.

Shared by the app's grid view and the Markdown and HTML reports. Marks are characters, so the
grid reads the same without colour.
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from analyst_tui.core.model import Article, Claim, Status

MARK = "●"  # the source reports the claim
SILENT = ""  # it does not
CONFLICT = "⚠"  # the engine found its sources disagreeing (a figure, the event, polarity, roles)


def conflict_mark(claim: Claim) -> str:
    return CONFLICT if claim.conflicts else ""


def legend(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """(column label, outlet) for every source: the grid's columns use the short labels."""
    return [(a.id, a.source) for a in articles]


def marks(claim: Claim, articles: Sequence[Article]) -> list[str]:
    """One cell per source, in article order: ``MARK`` where the source carries the claim."""
    carried = set(claim.articles)
    return [MARK if a.id in carried else SILENT for a in articles]


def rows(
    claims: Iterable[Claim], articles: Sequence[Article], status_of: Callable[[int], object]
) -> list[tuple[Claim, Status, list[str]]]:
    """(claim, status, cells) per claim, in the order given."""
    return [(c, Status.parse(str(status_of(c.id))), marks(c, articles)) for c in claims]
