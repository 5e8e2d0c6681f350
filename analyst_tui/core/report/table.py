"""``compare --format table``: a plain-text table for a terminal; no markup, no control characters."""

from __future__ import annotations

from analyst_tui.core.analysis.differences import marked
from analyst_tui.core.model import Comparison
from analyst_tui.core.report.escape import one_line, shorten
from analyst_tui.core.report.markdown import conflict_lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def to_table(comparison: Comparison, width: int = 100, shared_only: bool = False) -> str:
    n = len(comparison.articles)
    lines = []
    for a in comparison.articles:
        lines.append(
            f"{one_line(a.id)}  {shorten(a.source, 30):<30} {one_line(a.date or ''):<10}  "
            f"{shorten(a.title or '', max(10, width - 48))}"
        )
    lines.append("")
    note = comparison.stories_note()
    if note is not None:
        lines += [one_line(note), ""]
    text_w = max(20, width - 22)
    lines.append(f"{'claim':>5}  {'cov':>5}  {'score':>5}  text")
    for c in comparison.claims:
        if shared_only and not c.is_shared:
            continue
        if c.kind == "boilerplate":
            continue
        first = True
        for m in c.members:
            head = f"{c.id:>5}  {c.shared_by:>2}/{n:<2}  {c.score:>5.2f}" if first else " " * 20
            spans = c.differs.get(m.key) if c.is_shared else None
            text = marked(comparison.article(m.article).text, spans, m.start, m.end, "*", "*") if spans else m.text
            lines.append(f"{head}  {m.article}: {shorten(text, text_w - len(m.article) - 2)}")
            first = False
        for line in conflict_lines(c, text_w):
            lines.append(f"{'':20}  {line}")
    shared = sum(1 for c in comparison.claims if c.is_shared)
    lines.append("")
    lines.append(f"{_count(shared, 'shared claim')}, {_count(len(comparison.claims), 'claim')} in all, {_count(n, 'article')}")
    return "\n".join(lines) + "\n"
