"""Every source's version of one claim, stacked, with the words the others lack marked.

Marks are text attributes (underline, bold, reverse, italic), never colour alone, so they
survive NO_COLOR and 16-colour terminals; a legend says which is which.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from analyst_tui.core.analysis.differences import mark_kind
from analyst_tui.core.analysis.origins import origins_line
from analyst_tui.core.model import Claim, Comparison
from analyst_tui.core.sanitize import printable

STYLES = {
    "word": "underline",
    "name": "bold underline",
    "number": "bold reverse",
    "hedge": "italic reverse",
    "negation": "bold underline reverse",
}
LEGEND = (("word", "word only this version has"), ("name", "name"), ("number", "figure"),
          ("hedge", "hedge (probably, reportedly, may…)"), ("negation", "negation"))


def version_text(comparison: Comparison, claim: Claim, member) -> Text:
    """One member's sentence with its differences styled by kind (article text is never markup)."""
    article_text = comparison.article(member.article).text
    plain = printable(member.text).replace("\n", " ")
    text = Text(plain, end="")
    for start, end in claim.differs.get(member.key, []):
        if member.start <= start and end <= member.end:
            kind = mark_kind(article_text, start, end)
            text.stylize(STYLES[kind], start - member.start, end - member.start)
    return text


def compare_text(comparison: Comparison, claim: Claim, summary: str = "") -> Text:
    out = Text(end="")
    out.append(f"Claim {claim.id}", "bold")
    if summary:
        out.append(f" · {summary}", "bold")
    out.append(f" · {origins_line(claim)}\n")
    out.append("Marked: ")
    for i, (kind, label) in enumerate(LEGEND):
        if i:
            out.append("  ")
        out.append(label, STYLES[kind])
    out.append("\n")
    for m in claim.members:
        try:
            article = comparison.article(m.article)
        except KeyError:
            continue
        out.append("\n")
        out.append(f" {m.article} ", "bold reverse")
        out.append(f" {' '.join(printable(article.source).split())}", "bold")
        att = comparison.attributions.get(m.key)
        if att is not None and (att.speaker or att.outlet):
            who = " via ".join(printable(x) for x in (att.speaker, att.outlet) if x)
            out.append(f" · credits {who}", "italic")
        n = len(claim.differs.get(m.key, []))
        out.append(f" · {n} word{'s' if n != 1 else ''} the others lack\n")
        out.append_text(version_text(comparison, claim, m))
        out.append("\n")
    if not claim.is_shared:
        out.append("\nOnly one article makes this claim: nothing to compare.", "italic")
    return out


class ClaimCompareScreen(ModalScreen[None]):
    """The selected claim's versions, one under another."""

    DEFAULT_CSS = """
    ClaimCompareScreen { align: center middle; }
    ClaimCompareScreen > VerticalScroll { width: 96%; height: 92%; border: round $accent; padding: 0 1; background: $surface; }
    """

    BINDINGS = [
        Binding("escape,q,equals_sign", "close", "Close", id="compare.close", tooltip="Back to the articles"),
    ]

    def __init__(self, comparison: Comparison, claim: Claim, summary: str = "") -> None:
        super().__init__()
        self.comparison = comparison
        self.claim = claim
        self.summary = summary  # e.g. "✖ denied · grade F5"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="versions"):
            yield Static(compare_text(self.comparison, self.claim, self.summary), id="compare-body", markup=False)

    @property
    def plain(self) -> str:
        return compare_text(self.comparison, self.claim, self.summary).plain

    def action_close(self) -> None:
        self.dismiss(None)
