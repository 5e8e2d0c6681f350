"""The review screen's claims filter, search, heading and status line."""

from __future__ import annotations

from typing import Sequence

from rich.text import Text
from textual.widgets import Input, Static

from analyst_tui.tui.screens.review_layout import StatusLine
from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import FOCUS_MARK, describe_filter, tilde_home
from analyst_tui.tui.view import SCOPES, SORTS, STATUS_FILTERS
from analyst_tui.tui.widgets.key_bar import KeyBar



class FilterMixin(ReviewParts):
    """Part of ReviewScreen: what the claims list shows, and the lines that describe it."""


    # --- filtering and search ---------------------------------------------------------

    def _refilter(self) -> None:
        self.panel.rebuild()
        self.update_heading()
        self.update_bindings()

    def _cycle_filter(self, field: str, choices: Sequence[str]) -> None:
        """Move one setting of the claims filter to its next choice, and re-filter."""
        flt = self.state.filter
        setattr(flt, field, choices[(choices.index(getattr(flt, field)) + 1) % len(choices)])
        self._refilter()

    def action_cycle_scope(self) -> None:
        self._cycle_filter("scope", SCOPES)

    def action_cycle_status(self) -> None:
        self._cycle_filter("status", STATUS_FILTERS)

    def action_cycle_sort(self) -> None:
        self._cycle_filter("sort", SORTS)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def action_clear_filters(self) -> None:
        search = self.query_one("#search", Input)
        only_search = self.focused is search
        if search.value:
            search.value = ""  # Input.Changed clears the query
            self._set_query("")
        search.display = False
        if not only_search:
            flt = self.state.filter
            flt.scope, flt.status = "all", None
        self._refilter()
        self.panel.focus()

    def _set_query(self, query: str) -> None:
        self.state.query = query
        self.state.filter.text = query
        self.panel.rebuild()
        for pane in self.visible_panes():
            pane.restyle()
        self.update_heading()
        self.update_bindings()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            event.stop()
            if event.value != self.state.query:
                self._set_query(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        event.stop()
        panel = self.panel
        if not event.value:
            event.input.display = False
        if panel.rows and self.state.selected not in panel.rows:
            self.select_claim(panel.rows[0])
        panel.focus()

    def _search_hits(self) -> tuple[int, int]:
        query = self.state.query.casefold()
        hits, articles = 0, 0
        for a in self.articles:
            n = a.text.casefold().count(query)
            hits += n
            articles += n > 0
        return hits, articles

    # --- heading and status -----------------------------------------------------------

    def update_heading(self) -> None:
        panel = self.panel
        total = len(self.state.index.claims)
        text = Text(end="", no_wrap=True, overflow="ellipsis")
        text.append(FOCUS_MARK if self.focused is panel else " ", "bold")
        text.append(f"Claims {len(panel.rows)}/{total}", "bold")
        if self.state.query:
            hits, articles = self._search_hits()
            text.append(f" · {hits} hits in {articles} articles")
        text.append(f"\n {describe_filter(self.state.filter)}")  # one line each: cut, never wrapped
        self.query_one("#claims-heading", Static).update(text)
        self.query_one("#claims-heading").set_class(self.state.filter.active, "-filtered")

    def update_status(self) -> None:
        shared, tagged, unreviewed = self.state.counts()
        store = self.state.store
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(f" {shared} shared", "bold")
        text.append(f" · {tagged} tagged · {unreviewed} unreviewed")
        if not self.tabs_mode and len(self.chosen) > len(self.shown):
            text.append(f" · showing {len(self.shown)} of {len(self.chosen)} articles")
        if store.read_only:
            text.append(" · READ-ONLY", "bold")
        if store.save_error:
            text.append(" · NOT SAVED", "bold reverse")
        elif store.saving:
            text.append(" · saving…", "italic")
        self.storage_status(text)
        text.append(" · saved to ")
        path = tilde_home(str(store.path))
        room = (self.app.size.width or 80) - text.cell_len - 1
        if len(path) > room > 12:  # keep the file name: cut the folders from the left
            path = "…" + path[len(path) - room + 1 :]
        text.append(path)
        self.query_one("#status", StatusLine).set(text)

    def _restyle_all(self) -> None:
        """A new theme: redraw what holds colours taken from the stylesheet."""
        for pane in self.visible_panes():
            pane.restyle()
        self.panel.rebuild()
        self.query_one(KeyBar).redraw(force=True)

