"""The review screen's way out: the grid of claims by sources, and the reports written to a file
(a part of the review screen, like review_tagging and review_analysis)."""

from __future__ import annotations

from textual.binding import Binding

from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import one_line, tilde_home

BINDINGS = [
    Binding("w", "grid", "Who says what", id="review.grid", tooltip="The grid: claims by sources, who says what and who stays silent"),
    Binding("R", "report('html')", "Report", show=False, id="review.report", tooltip="Write the HTML briefing to a file (the palette offers the other formats)"),
]

COMMANDS = [
    ("grid", "Who says what: the grid of claims by sources", "One row per claim, one column per source: who reports it and who stays silent"),
    ("report('html')", "Report: HTML briefing", "Write the briefing as one HTML file (to read, print or send)"),
    ("report('markdown')", "Report: Markdown briefing", "Write the briefing as a Markdown file"),
    ("report('csv')", "Report: CSV", "Write one row per claim and source, for a spreadsheet"),
    ("report('json')", "Report: JSON", "Write the claims with their annotations as JSON"),
    ("report('w3c')", "Report: W3C Web Annotations", "Write the verdicts as a W3C Web Annotation collection (JSON-LD)"),
]


class ReportsMixin(ReviewParts):
    """Part of ReviewScreen: the grid view and the reports."""

    def action_grid(self) -> None:
        from analyst_tui.tui.screens.grid import GridScreen

        def done(claim_id: int | None) -> None:
            self.panel.rebuild()  # the grid shares the claims filter
            self.update_heading()
            self.update_bindings()
            if claim_id is not None:
                self.select_claim(claim_id)

        self.app.push_screen(GridScreen(self.state), done)

    def action_report(self, fmt: str = "html") -> None:
        from analyst_tui.core.report.save import save_report

        try:
            path = save_report(self.state.comparison, self.state.store, fmt, grades=self.state.grades)
        except OSError as exc:
            self.notify(one_line(f"The report was not written: {exc.strerror or exc}"), title="Report", severity="error", markup=False)
            return
        self.notify(one_line(f"{fmt.upper()} report written to {tilde_home(str(path))}"), title="Report", markup=False)
