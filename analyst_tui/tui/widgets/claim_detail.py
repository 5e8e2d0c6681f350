"""The selected claim in full: why its sentences were matched, status, attribution, note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from analyst_tui.tui.storage import conflict_text
from analyst_tui.tui.view import one_line, printable_lines, shorten, status_label

if TYPE_CHECKING:
    from analyst_tui.tui.view import ReviewState


def detail_text(state: "ReviewState", claim_id: int | None, width: int = 60) -> Text:
    """Plain strings with styles only: article text is never read as markup."""
    text = Text(end="")
    claim = state.index.get(claim_id)
    if claim is None:
        text.append("No claim selected. Press j or k to move through the claims.", "italic")
        return text
    comparison = state.comparison
    status = state.status_of(claim.id)
    ann = state.store.get(claim.id)
    text.append(f"Claim {claim.id}", "bold")
    text.append(f"  {status_label(status)}", "bold")
    text.append(f"  in {state.index.coverage(claim)} articles")
    if claim.is_shared:
        text.append(f"  score {claim.score:.2f} (weakest link)")
    text.append("\n")
    text.append_text(versions_differ_text(claim))
    text.append_text(conflict_text(ann, width))
    who = getattr(ann, "attributed_to", None)
    carrier = getattr(ann, "attribution", None)
    if who or carrier is not None:
        verb = {"denied": "Denied by", "disputed": "Disputed by"}.get(status, "Attributed to")
        text.append(f"{verb}: ", "bold")
        text.append(one_line(who) if who else "(no name given)")
        text.append("\n")
        if carrier is not None:
            source = _source(comparison, carrier.article)
            text.append(f"  in {carrier.article} {source}: ", "italic")
            text.append(f"“{shorten(carrier.text, max(20, width * 2))}”\n")
    note = getattr(ann, "note", "") or ""
    if note:
        text.append("Note: ", "bold")
        text.append(printable_lines(note).strip() + "\n")
    evidence = claim.evidence or {}
    if claim.is_shared:
        quote = evidence.get("quote")
        terms = evidence.get("terms") or []
        if quote:
            text.append("Shared quote: ", "bold")
            text.append(f"“{one_line(str(quote))}”\n")
        if terms:
            text.append("Shared terms: ", "bold")
            text.append(", ".join(one_line(str(t)) for t in terms[:12]) + "\n")
        if not quote and not terms:
            text.append("Matched as identical sentences.\n", "italic")
    for m in claim.members:
        text.append(f"{m.article}", "bold")
        text.append(f" {_source(comparison, m.article)}: ", "dim")
        text.append(shorten(m.text, max(30, width * 3)) + "\n")
    return text


def versions_differ_text(claim) -> Text:
    """Where the claim's versions contradict each other: "⚠ versions differ (figure, C vs N): 24 dead vs 1 dead"."""
    text = Text(end="")
    for k in claim.conflicts:
        i, j = k.members
        text.append("⚠ versions differ", "bold reverse")
        who = f", {claim.members[i].article} vs {claim.members[j].article}" if max(i, j) < len(claim.members) else ""
        text.append(f" ({k.kind}{who}): ", "bold")
        text.append(one_line(k.detail) + "\n")
    return text


def _source(comparison, article_id: str) -> str:
    try:
        return shorten(comparison.article(article_id).source, 24)
    except KeyError:
        return ""


class ClaimDetail(ScrollView, can_focus=False):
    """Evidence, status, attribution and note of the selected claim.

    Drawn with the line API so that a new selection repaints it without a layout pass.
    """

    def __init__(self, state: "ReviewState", **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = state
        self.claim_id: int | None = None
        self._text = Text()
        self._lines: list[Text] = []
        self._strips: dict[int, Strip] = {}
        self._width = -1

    def show(self, claim_id: int | None) -> None:
        self.claim_id = claim_id
        self._width = -1
        self.scroll_to(y=0, animate=False, immediate=True)
        if self.is_mounted:
            self._ensure()  # now, not while drawing: the scrollbar then changes in the same frame
        self.refresh()

    @property
    def plain(self) -> str:
        return detail_text(self.state, self.claim_id, self.scrollable_content_region.width or 40).plain

    def _ensure(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        console = self.app.console
        text = detail_text(self.state, self.claim_id, width)
        self._lines = list(text.wrap(console, width, overflow="fold"))
        self._strips = {}
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # No layout pass needed: the widget's own size is fixed by the stylesheet.
            self.set_reactive(ClaimDetail.virtual_size, size)
            self._scroll_update(size)

    def on_resize(self) -> None:
        self._width = -1

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._width = -1

    def render_lines(self, crop: Region) -> list[Strip]:
        self._ensure()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None:
            line = self._lines[index]
            segments = [Segment(t, base + s if s is not None else base) for t, s, _ in line.render(self.app.console)]
            strip = Strip(segments, line.cell_len).extend_cell_length(self._width, base)
            self._strips[index] = strip
        return strip.crop_extend(0, width, base)
