"""The selected claim in full: why its sentences were matched, status, attribution, note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from analyst_tui.tui.text import detail_text

if TYPE_CHECKING:
    from analyst_tui.tui.view import ReviewState


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
        if self.state.unsettled:  # (the first frame's lines, made before the claims are finished: left blank)
            return [Strip.blank(crop.width, self.rich_style)] * crop.height
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
