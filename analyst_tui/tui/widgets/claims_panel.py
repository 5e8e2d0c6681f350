"""The claims panel: one row per claim with number, status, coverage and a short text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from analyst_tui.core.model import Claim
from analyst_tui.tui.text import claim_row_text, describe_filter, empty_filter_text
from analyst_tui.tui.view import PALETTE_SIZE, colour_slot

if TYPE_CHECKING:
    from analyst_tui.tui.view import ReviewState

ROW_HEIGHT = 2  # every row: number, status and coverage above, the claim's text below


class ClaimRow(Option):
    """One row of the claims panel. Its text is made when the row is first drawn, so a long
    list costs nothing for the rows that are never scrolled into view."""

    def __init__(self, panel: "ClaimsPanel", claim: Claim) -> None:
        super().__init__(None)
        self.panel = panel
        self.claim = claim

    @property
    def prompt(self) -> Text:
        if self._prompt is None:
            self._prompt = self.panel._row_text(self.claim)
        return self._prompt


class ClaimsPanel(OptionList):
    """Claims, filtered and sorted; the highlighted row is the selected claim."""

    COMPONENT_CLASSES = {
        *(f"claims-panel--claim-{i}" for i in range(PALETTE_SIZE)),
        "claims-panel--status-confirmed",
        "claims-panel--status-disputed",
        "claims-panel--status-denied",
        "claims-panel--status-unreviewed",
        "claims-panel--dim",
        "claims-panel--chip",
    }

    # The panel's size comes from the stylesheet and its scrollbar is always shown, so a new
    # number of rows needs no layout pass (OptionList updates the scrollbar itself).
    virtual_size = Reactive(Size(0, 0), layout=False)
    # Moving the highlight repaints only the two rows concerned (see watch_highlighted).
    highlighted: Reactive[int | None] = Reactive(None, repaint=False)

    BINDINGS = [
        Binding("j", "cursor_down", "Next claim", show=False, id="claims.next", tooltip="Next claim"),
        Binding("k", "cursor_up", "Previous claim", show=False, id="claims.previous", tooltip="Previous claim"),
    ]

    def __init__(self, state: "ReviewState", **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = state
        self.rows: list[int] = []  # claim ids, in display order
        self._row_of: dict[int, int] = {}
        self._built_width = 0
        self.width_hint = 0  # the width the screen expects, used before the first layout
        self._programmatic = False  # True while the program (not the analyst) moves the highlight
        self.on_pick = None  # callable(claim_id), set by the screen: called as the analyst moves

    def _width(self) -> int:
        width = self.scrollable_content_region.width
        if width > 4:
            return width
        return self.width_hint if self.width_hint > 4 else 34

    def _row_text(self, claim: Claim) -> Text:
        get = self.get_component_rich_style

        def style(name: str) -> Style:
            if name == "claim":
                return get(f"claims-panel--claim-{colour_slot(claim)}", partial=True) if claim.is_shared else Style()
            return get(f"claims-panel--{name}", partial=True)

        return claim_row_text(self.state, claim, self._width(), style)

    def on_resize(self) -> None:
        if self._built_width != self._width():
            self.rebuild()

    def rebuild(self) -> None:
        """Fill the list from the current filter, keeping the selection if it is listed."""
        claims = self.state.visible_claims()
        self.rows = [c.id for c in claims]
        self._row_of = {cid: i for i, cid in enumerate(self.rows)}
        if self.scrollable_content_region.width <= 4 and self.width_hint <= 4:
            self._built_width = 0  # the rows are drawn once the panel has its width (on_resize)
            return
        self._built_width = self._width()
        if not claims:  # say why the list is empty, and how to get the claims back
            self.set_options([Option(self._empty_text(), disabled=True)])
            self._set_highlight(None)
            return
        self.set_options(ClaimRow(self, c) for c in claims)
        row = self._row_of.get(self.state.selected)
        if row is None and self.state.selected is not None and self.on_pick is not None:
            self.on_pick(self.rows[0])  # the selected claim is filtered out: a tag goes to the first one listed
            row = self._row_of.get(self.state.selected)
        self._set_highlight(row)

    def _empty_text(self) -> Text:
        """Two lines (every row is two high): what is filtered, and how to clear it."""
        return empty_filter_text(describe_filter(self.state.filter), self._width())

    def _update_lines(self) -> None:
        """Lay the rows out. OptionList measures each option (making its text) to find its
        height; every row here is ROW_HEIGHT lines, so none is measured or made."""
        region = self.scrollable_content_region
        if not region:
            return
        cache = self._line_cache
        lines = cache.lines
        for index in range(lines[-1][0] + 1 if lines else 0, len(self.options)):
            cache.index_to_line[index] = len(lines)
            cache.heights[index] = ROW_HEIGHT
            lines.extend((index, offset) for offset in range(ROW_HEIGHT))
        size = Size(region.width, len(lines))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)

    def update_claim(self, claim_id: int) -> None:
        """A claim's status, note or attribution changed: redraw its row."""
        row = self._row_of.get(claim_id)
        claim = self.state.index.get(claim_id)
        if row is not None and claim is not None and row < self.option_count:
            self.replace_option_prompt_at_index(row, self._row_text(claim))

    def claims_in_view(self) -> set[int]:
        """The ids of the claims whose rows the panel shows now (its first rows before it is laid out)."""
        top, height = self.scroll_offset.y, self.scrollable_content_region.height or self.app.size.height
        return set(self.rows[top // ROW_HEIGHT : (top + height) // ROW_HEIGHT + 1])

    def remake_rows(self, which) -> None:
        """Make again the rows already made of the claims for which ``which(claim)`` is true."""
        for row, option in enumerate(self.options):
            if isinstance(option, ClaimRow) and option._prompt is not None and which(option.claim):
                self.replace_option_prompt_at_index(row, self._row_text(option.claim))

    def follow(self, claim_id: int | None) -> None:
        """Highlight the selected claim's row without re-announcing it."""
        row = self._row_of.get(claim_id) if claim_id is not None else None
        if row is not None and row >= self.option_count:
            return  # not drawn yet: rebuild() highlights it
        if row != self.highlighted:
            self._set_highlight(row)
            if row is None:
                self.refresh()

    def render_line(self, y: int) -> Strip:
        """Rows as OptionList draws them, plus a ▶ on the highlighted one (visible without colour)."""
        if self.state.unsettled:  # (the first frame's lines, made before the claims are finished: left blank)
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        strip = super().render_line(y)
        if not self.rows:
            return strip
        highlighted = self.highlighted
        if highlighted is None:
            return strip
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return strip
        if index != highlighted or offset != 0 or strip.cell_length < 2:
            return strip
        segments = list(strip)
        style = segments[0].style if segments else None
        mark = Segment("▶", (style or Style()) + Style(bold=True))
        rest = Strip(segments, strip.cell_length).crop(1, strip.cell_length)
        claim = self.state.index.get(self.claim_at(index))
        if claim is None or not claim.is_shared:
            return Strip([mark, *rest], strip.cell_length)
        # The number as a chip of its claim colour: legible on the cursor's colour, whatever
        # both turn into (16 colours, light themes).
        number = f"{claim.id:>3}"
        get = self.get_component_rich_style
        colour = get(f"claims-panel--claim-{colour_slot(claim)}", partial=True).color
        chip = (style or Style()) + get("claims-panel--chip", partial=True) + Style(bgcolor=colour)
        after = rest.crop(len(number), rest.cell_length)
        return Strip([mark, Segment(number, chip), *after], strip.cell_length)

    def _set_highlight(self, row: int | None) -> None:
        self._programmatic = True
        try:
            self.highlighted = row
        finally:
            self._programmatic = False

    def _refresh_row(self, row: int | None) -> None:
        if row is None:
            return
        line = self._index_to_line.get(row)
        if line is not None:
            self.refresh_lines(line, self._heights.get(row, 1))

    def watch_highlighted(self, previous: int | None, highlighted: int | None) -> None:
        self._refresh_row(previous)
        self._refresh_row(highlighted)
        super().watch_highlighted(highlighted)
        # Select at once, in the same frame as the key press, rather than via a message.
        if not self._programmatic and highlighted is not None and self.on_pick is not None:
            claim_id = self.claim_at(highlighted)
            if claim_id is not None and claim_id != self.state.selected:
                self.on_pick(claim_id)

    def claim_at(self, row: int | None) -> int | None:
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    def row_texts(self) -> list[str]:
        """What each row says (plain text), in display order."""
        return [self._row_text(self.state.index.by_id[cid]).plain for cid in self.rows]
