"""The main screen: claims panel, article panes side by side (or tabs), status line.

Its parts live beside it: ``review_layout`` (panes, tabs, focus), ``review_tagging`` (changes
to annotations), ``review_filters`` (filter, search, heading, status line), ``review_file``
(the annotation file: save failures, orphans, conflicts, other sessions) and
``review_commands`` (palette and help)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from analyst_tui.tui.screens.review_analysis import BINDINGS as ANALYSIS_BINDINGS
from analyst_tui.tui.screens.review_analysis import AnalysisMixin
from analyst_tui.tui.screens.review_commands import help_rows
from analyst_tui.tui.screens.review_file import AnnotationFileMixin
from analyst_tui.tui.screens.review_file import BINDINGS as STORAGE_BINDINGS
from analyst_tui.tui.screens.review_filters import FilterMixin
from analyst_tui.tui.screens.review_layout import ArticleBox, LayoutMixin, StatusLine
from analyst_tui.tui.screens.review_reports import BINDINGS as REPORT_BINDINGS
from analyst_tui.tui.screens.review_reports import ReportsMixin
from analyst_tui.tui.screens.review_tagging import TaggingMixin
from analyst_tui.tui.text import HelpRows, one_line
from analyst_tui.tui.view import ReviewState
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claim_detail import ClaimDetail
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel
from analyst_tui.tui.widgets.key_bar import KeyBar


class ReviewScreen(TaggingMixin, FilterMixin, LayoutMixin, AnnotationFileMixin, AnalysisMixin, ReportsMixin, Screen):
    """Where the analyst reads, compares and tags."""

    _last_binding_state: tuple | None = None  # what the key bar last showed (update_bindings)
    AUTO_FOCUS = "#claims"  # focused from the start: no focus moving (and restyling) after the first frame

    BINDINGS = [
        Binding("c", "tag('confirmed')", "Confirm", id="review.confirm", tooltip="Tag the selected claim ✔ confirmed"),
        Binding("d", "tag('disputed')", "Dispute", id="review.dispute", tooltip="Tag the selected claim ? disputed"),
        Binding("x", "tag('denied')", "Deny", id="review.deny", tooltip="Tag the selected claim ✖ denied"),
        Binding("u", "tag('unreviewed')", "Unreviewed", id="review.unreviewed", tooltip="Put the claim back to · unreviewed"),
        Binding("a", "attribute", "Attribute", id="review.attribute", tooltip="Who denied or disputed it, and the sentence that carries it"),
        Binding("n", "note", "Note", id="review.note", tooltip="Write a note on the claim (several lines)"),
        Binding("slash", "search", "Search", id="review.search", tooltip="Search every article; the claims list follows"),
        Binding("j,down", "next_claim", "Next", show=False, id="review.next_claim", tooltip="Next claim in the list"),
        Binding("k,up", "previous_claim", "Previous", show=False, id="review.previous_claim", tooltip="Previous claim in the list"),
        Binding("tab", "next_pane", "Next pane", show=False, id="review.next_pane", tooltip="Focus the next pane"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, id="review.previous_pane", tooltip="Focus the previous pane"),
        Binding("right_square_bracket", "next_article", "Next article", id="review.next_article", tooltip="Next article (tab or pane)"),
        Binding("left_square_bracket", "previous_article", "Previous article", show=False, id="review.previous_article", tooltip="Previous article (tab or pane)"),
        Binding("p", "pick_articles", "Articles", id="review.pick_articles", tooltip="Choose the articles shown side by side"),
        Binding("f", "cycle_scope", "Filter", id="review.filter", tooltip="Claims: all, shared only, unique to one source, versions differ"),
        Binding("t", "cycle_status", "Status filter", show=False, id="review.status_filter", tooltip="Claims with one status: unreviewed, confirmed, disputed, denied"),
        Binding("s", "cycle_sort", "Sort", show=False, id="review.sort", tooltip="Sort claims by number, coverage or text order"),
        Binding("escape", "clear_filters", "Clear filter", id="review.clear_filters", tooltip="Clear the search and filters"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="review.undo", tooltip="Undo the last tag, note or attribution"),
        Binding("ctrl+s", "retry_save", "Retry save", id="review.retry_save", tooltip="Try again to save the annotations"),
        *STORAGE_BINDINGS,  # save elsewhere, orphans, next conflict
        *ANALYSIS_BINDINGS,  # compare versions, accept a suggestion, grade sources
        *REPORT_BINDINGS,  # the grid (who says what), a report to a file
        Binding("M", "app.toggle_one_story", "One story", show=False, id="review.one_story",
                tooltip="Match the claims as one story, or by story again (the case remembers it)"),
        Binding("q", "quit", "Quit", id="review.quit", tooltip="Quit (everything is saved already)"),
    ]

    def __init__(self, state: ReviewState) -> None:
        super().__init__()
        self.state = state
        self.articles = state.comparison.articles
        self._init_layout()

    # --- building ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # Lay out for the terminal's size now, so the first frame already shows the articles.
        narrow, tabs_mode, side, _capacity, shown = self._plan(self.app.size.width)
        self.set_class(tabs_mode, "-tabs")
        self.set_class(narrow, "-narrow")
        rows = self.state.visible_claims()
        if rows and self.state.selected is None:
            self.state.selected = rows[0].id
        sidebar = Vertical(id="sidebar")
        sidebar.styles.width = side
        search = Input(placeholder="search all articles", id="search")
        search.display = False
        with Horizontal(id="main"):
            with sidebar:
                yield Static(id="claims-heading", markup=False)
                yield search
                panel = ClaimsPanel(self.state, id="claims", markup=False)
                panel.width_hint = side - 2  # the sidebar's border and the panel's scrollbar
                yield panel
                yield ClaimDetail(self.state, id="detail")
            with Vertical(id="reading"):
                if tabs_mode:
                    yield self.build_tabs()
                with Horizontal(id="panes"):
                    for aid in shown:
                        box = self.boxes[aid] = ArticleBox(self.state, self.state.comparison.article(aid))
                        yield box
        yield StatusLine(id="status", markup=False)
        yield KeyBar(id="footer")

    @classmethod
    def widget_types(cls) -> tuple[type, ...]:
        """The types of widget the first frame mounts, in the order it mounts them (``startup.prepare_styles``)."""
        from textual.widgets._toast import ToastRack
        from textual.widgets._tooltip import Tooltip

        return (cls, ToastRack, Tooltip, Horizontal, Static, Vertical, Input, ClaimsPanel, ClaimDetail, ArticleBox,
                ArticlePane, StatusLine, KeyBar)

    def on_mount(self) -> None:
        # (The comparison may still be unfinished: the first frame waits for it, ``_compositor_refresh``.)
        panel = self.panel
        panel.on_pick = self.select_claim
        panel.rebuild()
        self._reflow(self.app.size.width)
        self.detail.show(self.state.selected)
        self.update_heading()
        self.update_status()
        panel.focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle_all())
        store = self.state.store
        if store.message:
            self.notify(one_line(str(store.message)) + self.open_hint(), title="Annotations", severity="warning", timeout=10, markup=False)
        if store.save_error:
            self.say_not_saved()

    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # The first time the screen is shown, every widget has just been styled as it was mounted:
        # styling the whole screen again would cost about a tenth of the first frame.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        super()._on_screen_resume(event)

    def _compositor_refresh(self) -> None:
        """Textual draws the screen. The first frame waits for the comparison to be finished (its analysis, and the
        contradictions of the claims it shows: ``ReviewState.settle``); while these are still coming, the widgets
        make their lines first and keep them (the claims list and the evidence, which show the finished claims, stay
        blank until they are made once it is): never drawn without them, and sooner than making it all after. The
        contradictions of the claims it does not show may follow (``_settle_rest``)."""
        if self.state.unsettled and self is self.app.screen and not self.app.is_inline:
            shown = self.panel.claims_in_view()
            shown.add(self.state.selected)
            try:
                if self.state.waits(shown):
                    self._compositor.render_update(full=True, screen_stack=self.app._background_screens)
            finally:
                self.state.settle(shown)
            self.panel.rebuild()
            self.detail.show(self.state.selected)
            self._compositor._dirty_regions.add(self._compositor.size.region)  # the whole frame, not what changed
            if self.state.rest_pending:
                self.state.when_settled = self._rest_settled
                self.set_timer(self.REST_POLL_SECONDS, self._settle_rest)
        super()._compositor_refresh()

    # The contradictions of the claims the first screen does not show follow it by a few tens of milliseconds (the
    # loading child's): looked for this often. Any input before they come waits for them (``ReviewApp.on_event``).
    REST_POLL_SECONDS = 0.02

    def _settle_rest(self) -> None:
        if not self.state.rest_pending:
            return
        if self.state.waits():
            self.set_timer(self.REST_POLL_SECONDS, self._settle_rest)
            return
        self.state.settle()

    def _rest_settled(self) -> None:
        """The contradictions of every claim are in: rows already made of claims that have some are made again (any
        shown on the first screen had theirs, and stay as they were)."""
        self.panel.remake_rows(lambda claim: bool(claim.conflicts))
        self.detail.show(self.state.selected)

    @property
    def panel(self) -> ClaimsPanel:
        return self.query_one("#claims", ClaimsPanel)

    @property
    def detail(self) -> ClaimDetail:
        return self.query_one("#detail", ClaimDetail)

    def pane(self, article_id: str) -> ArticlePane | None:
        box = self.boxes.get(article_id)
        if box is None or not box.is_mounted:
            return None
        try:
            return box.pane
        except Exception:
            return None

    def visible_panes(self) -> list[ArticlePane]:
        return [p for aid in self.shown if (p := self.pane(aid)) is not None]

    # --- selection ----------------------------------------------------------------

    def select_claim(self, claim_id: int | None, origin: ArticlePane | None = None, sentence: int | None = None) -> None:
        old = self.state.selected
        self.state.selected = claim_id
        claim = self.state.index.get(claim_id)
        if self.tabs_mode and origin is None and claim is not None and self.current not in claim.articles:
            self.current = claim.articles[0]
            self.activate_tab()
            self._show([self.current])
        for pane in self.visible_panes():
            if pane is origin or pane.has_claim(claim_id) or pane.has_claim(old):
                pane.restyle_claims(old, claim_id)
                pane.follow_selection(sentence if pane is origin else None)
        self.panel.follow(claim_id)
        self.detail.show(claim_id)
        self.update_tab_labels()
        self.update_bindings()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list is not self.panel:
            return
        event.stop()  # the panel selected the claim already (ClaimsPanel.on_pick)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list is not self.panel:
            return
        event.stop()
        claim_id = self.panel.claim_at(event.option_index)
        if claim_id is None:
            return
        if claim_id != self.state.selected:
            self.select_claim(claim_id)
        claim = self.state.index.get(claim_id)
        for pane in self.visible_panes():
            if pane.has_claim(claim_id):
                pane.focus()
                return
        if claim is not None and self.tabs_mode:
            self.current = claim.articles[0]
            self.activate_tab()
            self._show([self.current])
            if (pane := self.pane(self.current)) is not None:
                pane.focus()

    def on_article_pane_sentence_chosen(self, event: ArticlePane.SentenceChosen) -> None:
        event.stop()
        claims = [c for c in self.state.claims_of(event.sentence) if c.kind != "boilerplate"]
        if not claims:
            return
        ids = [c.id for c in claims]
        selected = self.state.selected
        if event.cycle and selected in ids and len(ids) > 1:
            target = ids[(ids.index(selected) + 1) % len(ids)]
        elif selected in ids and not event.cycle:
            target = selected
        else:
            shared = [c.id for c in claims if c.is_shared]
            target = shared[0] if shared else ids[0]
        self.select_claim(target, origin=event.pane, sentence=event.sentence.index)

    # --- checks for the footer ------------------------------------------------------

    def _binding_state(self) -> tuple:
        checks = []
        for binding in type(self).BINDINGS:
            action = binding.action
            name, _, rest = action.partition("(")
            params = (rest.rstrip(")").strip("'"),) if rest else ()
            checks.append(self.check_action(name, params))
            checks.append(self.show_in_footer(binding))
        return tuple(checks)

    def update_bindings(self) -> None:
        """Refresh the footer only when what applies has changed (a refresh costs a layout)."""
        state = self._binding_state()
        if state != self._last_binding_state:
            self._last_binding_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        store = self.state.store
        selected = self.state.selected
        if action in ("tag", "note"):
            if selected is None:
                return False
            if action == "tag" and parameters and store.status(selected) == parameters[0] and selected not in store.conflicts:
                return None  # shown, greyed: already so (on a conflict, the same tag settles it)
            return True
        if action == "attribute":
            return selected is not None  # on a claim not denied or disputed it says why (action_attribute)
        if action == "pick_articles":
            return not self.tabs_mode and len(self.articles) > 1
        if action == "next_article":
            return len(self.articles) > 1
        if action == "previous_article":
            return len(self.articles) > 1
        if action == "clear_filters":
            return self.state.filter.active or bool(self.state.query)
        if action == "retry_save":
            return bool(store.save_error)
        return True


    # --- help ---------------------------------------------------------------------------

    def help_rows(self) -> HelpRows:
        return help_rows(self)
