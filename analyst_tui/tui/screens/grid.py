"""The claims-by-sources grid: who says what, and who stays silent, at a glance.

One row per claim, one column per source (the articles' short labels, with a legend): a mark
where the source reports the claim, empty where it does not, the claim's status glyph at the
row's start. Rows sort and filter like the claims panel (the same filter: what is set here
holds there); ``enter`` closes the grid and selects the claim in the side-by-side view.
Marks and glyphs are characters, so the grid reads the same with NO_COLOR.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from analyst_tui.core.analysis.grading import claim_grade
from analyst_tui.core.model import Status
from analyst_tui.core.report import grid
from analyst_tui.tui.text import describe_filter, one_line, shorten
from analyst_tui.tui.view import SCOPES, SORTS, STATUS_FILTERS, ReviewState
from analyst_tui.tui.widgets.key_bar import KeyBar

LEGEND_ITEM = 26  # the widest a legend entry gets (label, outlet, space)


class ClaimGrid(DataTable):
    """The grid's table; status colours come from the stylesheet (the glyphs carry the meaning)."""

    COMPONENT_CLASSES = DataTable.COMPONENT_CLASSES | {
        "claim-grid--status-confirmed",
        "claim-grid--status-disputed",
        "claim-grid--status-denied",
        "claim-grid--status-unreviewed",
    }


class GridScreen(Screen[int | None]):
    """Claims by sources; dismissed with the claim to show side by side, or None."""

    BINDINGS = [
        Binding("enter", "open_claim", "Show claim", id="grid.open", tooltip="Show the claim side by side"),
        Binding("f", "cycle_scope", "Filter", id="grid.filter", tooltip="Claims: all, shared only, unique to one source, versions differ"),
        Binding("t", "cycle_status", "Status filter", id="grid.status_filter", tooltip="Claims with one status"),
        Binding("s", "cycle_sort", "Sort", id="grid.sort", tooltip="Sort by number, coverage or text order"),
        Binding("j", "move(1)", "Down", show=False, id="grid.down", tooltip="Next claim"),
        Binding("k", "move(-1)", "Up", show=False, id="grid.up", tooltip="Previous claim"),
        Binding("escape,w,q", "close", "Close", id="grid.close", tooltip="Back to the side-by-side view"),
    ]

    def __init__(self, state: ReviewState) -> None:
        super().__init__()
        self.state = state
        self.articles = state.comparison.articles
        self.rows: list[int] = []  # claim ids, in table order

    def compose(self) -> ComposeResult:
        yield Static(id="grid-heading", markup=False)
        table = ClaimGrid(id="grid-table", cursor_type="row", zebra_stripes=True, cell_padding=1)
        yield table
        yield Static(id="grid-current", markup=False)
        yield Static(id="grid-legend", markup=False)
        yield KeyBar(id="grid-footer")

    def on_mount(self) -> None:
        self.rebuild()
        self.table.focus()

    @property
    def table(self) -> ClaimGrid:
        return self.query_one(ClaimGrid)

    def _legend(self, width: int) -> Text:
        """Every source's label and outlet, in even columns, on as few lines as fit (three at most)."""
        items = [(one_line(label), one_line(name)) for label, name in grid.legend(self.articles)]
        needed = max((len(label) + len(name) + 3 for label, name in items), default=10)
        for lines in (1, 2, 3):
            per_line = -(-len(items) // lines)
            item_width = max(10, (width - 2) // max(1, per_line))
            if item_width >= min(needed, LEGEND_ITEM):
                break
        item_width = min(item_width, needed)
        per_line = max(1, (width - 2) // item_width)
        text = Text(end="")
        used = 0  # width of the last line so far
        for i, (label, name) in enumerate(items):
            if i and i % per_line == 0:
                text.append("\n")
                used = 0
            text.append(label, "bold")
            text.append(f" {shorten(name, item_width - len(label) - 3):<{item_width - len(label) - 1}}")
            used += item_width
        key = f"{grid.MARK} reports it · empty: silent · {grid.CONFLICT} sources disagree"
        if used + len(key) > width - 2:
            text.append("\n")
        text.append(key, "dim")
        return text

    def _status_style(self, status: str):
        return self.table.get_component_rich_style(f"claim-grid--status-{status}", partial=True)

    def rebuild(self, keep: int | None = None) -> None:
        """Fill the table for the current filter and sort, the cursor on ``keep`` (default: the selected claim)."""
        state = self.state
        claims = state.visible_claims()
        labels = [one_line(a.id) for a in self.articles]
        number_width = max(2, len(str(max((c.id for c in claims), default=1))))
        # every column is padded by one cell on each side; two more for the scroll bar
        fixed = (2 + 2) + (number_width + 2) + sum(max(1, len(label)) + 2 for label in labels) + 2 + 2
        # the grade gets a column while the claim's text keeps 20 cells; else it is shown below the grid
        graded = self.app.size.width - fixed - (2 + 2) >= 20
        text_width = max(12, self.app.size.width - fixed - (4 if graded else 0))
        table = self.table
        table.clear(columns=True)
        table.add_column(Text("st"), key="status", width=2)  # status glyph, ⚠ when the sources disagree
        table.add_column(Text("#", justify="right"), key="number", width=number_width)
        if graded:
            table.add_column(Text("gr"), key="grade", width=2)  # Admiralty grade: source reliability, information credibility
        for article, label in zip(self.articles, labels):
            table.add_column(Text(label, justify="center"), key=f"src-{article.id}", width=max(1, len(label)))
        table.add_column(Text("claim"), key="text", width=text_width)
        self.rows = []
        for claim, status, cells in grid.rows(claims, self.articles, state.status_of):
            row = [
                Text(status.glyph, style=self._status_style(status.value)).append(grid.conflict_mark(claim)),
                Text(str(claim.id), justify="right"),
            ]
            if graded:
                row.append(Text(claim_grade(state.comparison, claim, status.value, state.grades)))
            row.extend(Text(cell, justify="center") for cell in cells)
            row.append(Text(shorten(state.index.representative(claim), text_width)))
            table.add_row(*row, key=str(claim.id))
            self.rows.append(claim.id)
        keep = state.selected if keep is None else keep
        if keep in self.rows:
            table.move_cursor(row=self.rows.index(keep), animate=False)
        self._update_heading(len(claims))
        self._show_current()
        self.query_one("#grid-legend", Static).update(self._legend(self.app.size.width))

    def _update_heading(self, shown: int) -> None:
        flt = self.state.filter
        text = Text(end="", no_wrap=True, overflow="ellipsis")
        text.append(" Who says what ", "bold reverse")
        text.append(f" {shown} claims × {len(self.articles)} sources · {describe_filter(flt)}")
        self.query_one("#grid-heading", Static).update(text)

    def on_resize(self, _event) -> None:
        if self.is_mounted:
            keep = self._cursor_claim()
            self.rebuild(keep)

    # --- actions ----------------------------------------------------------------------

    def _cursor_claim(self) -> int | None:
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_current()

    def _show_current(self) -> None:
        """The claim under the cursor in full (the grid's text column is short on a narrow terminal)."""
        claim = self.state.index.get(self._cursor_claim())
        text = Text(end="", overflow="ellipsis")
        if claim is not None:
            status = Status.parse(str(self.state.status_of(claim.id)))
            text.append(f"[{claim.id}] ", "bold")
            text.append(status.label, self._status_style(status.value))
            grade = claim_grade(self.state.comparison, claim, status.value, self.state.grades)
            text.append(f" · grade {grade} · {self.state.index.coverage(claim)} sources · enter: side by side\n", "dim")
            text.append(shorten(self.state.index.representative(claim), max(10, self.app.size.width - 2)))
        self.query_one("#grid-current", Static).update(text)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_claim()

    def action_open_claim(self) -> None:
        claim_id = self._cursor_claim()
        if claim_id is not None:
            self.dismiss(claim_id)

    def action_move(self, step: int) -> None:
        table = self.table
        if self.rows:
            table.move_cursor(row=max(0, min(len(self.rows) - 1, table.cursor_row + step)))

    def action_close(self) -> None:
        self.dismiss(None)

    def _cycle(self, field: str, choices) -> None:
        keep = self._cursor_claim()
        flt = self.state.filter
        setattr(flt, field, choices[(choices.index(getattr(flt, field)) + 1) % len(choices)])
        self.rebuild(keep)

    def action_cycle_scope(self) -> None:
        self._cycle("scope", SCOPES)

    def action_cycle_status(self) -> None:
        self._cycle("status", STATUS_FILTERS)

    def action_cycle_sort(self) -> None:
        self._cycle("sort", SORTS)
