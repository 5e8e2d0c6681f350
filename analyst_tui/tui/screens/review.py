"""The main screen: claims panel, article panes side by side (or tabs), status line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static, Tab, Tabs

from analyst_tui.core.model import Article
from analyst_tui.tui.storage import BINDINGS as STORAGE_BINDINGS
from analyst_tui.tui.storage import COMMANDS as STORAGE_COMMANDS
from analyst_tui.tui.storage import StorageMixin, tilde_home
from analyst_tui.tui.view import (
    SCOPES,
    SORTS,
    STATUS_FILTERS,
    ReviewState,
    one_line,
    shorten,
    status_label,
)
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claim_detail import ClaimDetail
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel
from analyst_tui.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:  # dialogs are imported when first opened: a faster start
    from analyst_tui.tui.screens.attribution import Attribution
    from analyst_tui.tui.screens.help import HelpRows

MIN_PANE_WIDTH = 38  # readable width of one article pane, in columns
NARROW_WIDTH = 100  # below this, one article at a time with tabs

# (action, title, help) for the command palette; every screen action is here.
COMMANDS = [
    ("tag('confirmed')", "Tag claim: confirmed", "Mark the selected claim ✔ confirmed"),
    ("tag('disputed')", "Tag claim: disputed", "Mark the selected claim ? disputed"),
    ("tag('denied')", "Tag claim: denied", "Mark the selected claim ✖ denied"),
    ("tag('unreviewed')", "Tag claim: unreviewed", "Put the selected claim back to · unreviewed"),
    ("note", "Edit note", "Write a note on the selected claim"),
    ("attribute", "Attribute denial or dispute", "Name who denied or disputed the claim and the sentence that carries it"),
    ("undo", "Undo last change", "Undo the last tag, note or attribution"),
    ("next_claim", "Next claim", "Select the next claim"),
    ("previous_claim", "Previous claim", "Select the previous claim"),
    ("next_pane", "Next pane", "Move the focus to the next pane"),
    ("previous_pane", "Previous pane", "Move the focus to the previous pane"),
    ("next_article", "Next article", "Show or focus the next article"),
    ("previous_article", "Previous article", "Show or focus the previous article"),
    ("search", "Search all articles", "Find text in every article; the claims list follows"),
    ("cycle_scope", "Filter claims: shared / unique / all", "Show all claims, shared claims only, or claims unique to one source"),
    ("cycle_status", "Filter claims by status", "Show only unreviewed, confirmed, disputed or denied claims"),
    ("cycle_sort", "Sort claims", "Sort by number, coverage or text order"),
    ("clear_filters", "Clear filters and search", "Show every claim again"),
    ("pick_articles", "Choose articles to show", "Pick which articles are shown side by side"),
    ("retry_save", "Retry saving annotations", "Try to write the annotations file again"),
    *STORAGE_COMMANDS,
    ("app.help", "Help: every key", "Show every key and what it does"),
]  # "Quit" and "Theme" come with Textual's own system commands


def dom_id(article_id: str) -> str:
    """Article ids (A, B, ..., AA) as widget ids; anything unusual is spelled out safely."""
    return re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}_", article_id)


def tab_id(article_id: str | None) -> str:
    return f"tab-{dom_id(article_id or '')}"


def _label(article: Article) -> str:
    return shorten(article.source, 28)


def _header_text(article: Article) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(f" {article.id} ", "bold reverse")
    if article.date:  # the date first: a long source label must not push it out of a narrow pane
        text.append(f" {one_line(article.date)} ·")
    text.append(f" {_label(article)}", "bold")
    if article.title:
        text.append(f" — {one_line(article.title)}", "italic")
    return text


class ArticleBox(Vertical):
    """One article: a heading (source and date) above its pane."""

    def __init__(self, state: ReviewState, article: Article) -> None:
        super().__init__(id=f"box-{dom_id(article.id)}", classes="article-box")
        self.state = state
        self.article = article

    def compose(self) -> ComposeResult:
        yield Static(_header_text(self.article), classes="pane-header", markup=False)
        yield ArticlePane(self.state, self.article, id=f"pane-{dom_id(self.article.id)}")

    @property
    def pane(self) -> ArticlePane:
        return self.query_one(ArticlePane)


class StatusLine(Static):
    """Shared / tagged / unreviewed counts and where the annotations are saved."""

    def set(self, text: Text) -> None:
        self.update(text, layout=False)  # always one line high


class ReviewScreen(StorageMixin, Screen):
    """Where the analyst reads, compares and tags."""

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
        Binding("f", "cycle_scope", "Filter", id="review.filter", tooltip="Claims: all, shared only, unique to one source"),
        Binding("t", "cycle_status", "Status filter", show=False, id="review.status_filter", tooltip="Claims with one status: unreviewed, confirmed, disputed, denied"),
        Binding("s", "cycle_sort", "Sort", show=False, id="review.sort", tooltip="Sort claims by number, coverage or text order"),
        Binding("escape", "clear_filters", "Clear filter", id="review.clear_filters", tooltip="Clear the search and filters"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="review.undo", tooltip="Undo the last tag, note or attribution"),
        Binding("ctrl+s", "retry_save", "Retry save", id="review.retry_save", tooltip="Try again to save the annotations"),
        *STORAGE_BINDINGS,  # save elsewhere, orphans, next conflict
        Binding("q", "quit", "Quit", id="review.quit", tooltip="Quit (everything is saved already)"),
    ]

    def __init__(self, state: ReviewState) -> None:
        super().__init__()
        self.state = state
        self.articles = state.comparison.articles
        self.boxes: dict[str, ArticleBox] = {}
        self.chosen: list[str] = [a.id for a in self.articles]  # picked for side by side
        self.window = 0  # first chosen article shown side by side
        self.current: str | None = self.articles[0].id if self.articles else None  # in tabs mode
        self.tabs_mode = False
        self.capacity = 1
        self.shown: list[str] = []
        self._tab_article = {tab_id(a.id): a.id for a in self.articles}
        self._tabs: Tabs | None = None  # made when first needed (one article at a time)
        self._tab_of: dict[str, Tab] = {}  # article id -> its tab

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
                    yield self._make_tabs()
                with Horizontal(id="panes"):
                    for aid in shown:
                        box = self.boxes[aid] = ArticleBox(self.state, self.state.comparison.article(aid))
                        yield box
        yield StatusLine(id="status", markup=False)
        yield KeyBar(id="footer")

    def _plan(self, width: int) -> tuple[bool, bool, int, int, list[str]]:
        """(narrow, tabs mode, claims panel width, panes that fit, articles shown) for a width."""
        narrow = width < NARROW_WIDTH
        side = 30 if narrow else (36 if width < 150 else 42)
        capacity = max(1, (width - side) // MIN_PANE_WIDTH)
        tabs_mode = len(self.articles) > 1 and (narrow or capacity < 2)
        if tabs_mode:
            if self.current is None and self.articles:
                self.current = self.articles[0].id
            shown = [self.current] if self.current else []
        else:
            chosen = self.chosen or [a.id for a in self.articles]
            self.window = max(0, min(self.window, len(chosen) - capacity))
            shown = chosen[self.window : self.window + capacity]
        return narrow, tabs_mode, side, capacity, shown

    def _make_tabs(self) -> Tabs:
        """One tab per article, on the current one; a wide terminal never needs them."""
        self._tab_of = {a.id: Tab(Content(f"{a.id} {shorten(a.source, 14)}"), id=tab_id(a.id)) for a in self.articles}
        tabs = Tabs(*self._tab_of.values(), active=tab_id(self.current) if self.current else None, id="tabs")
        tabs.can_focus = False
        self._tabs = tabs
        return tabs

    def _activate_tab(self) -> None:
        """Show the current article's tab as the active one."""
        tabs = self._tabs
        if tabs is not None and tabs.is_mounted and tabs.active != tab_id(self.current):
            tabs.active = tab_id(self.current)

    def on_mount(self) -> None:
        panel = self.panel
        panel.on_pick = self.select_claim
        panel.rebuild()
        self._reflow(self.app.size.width)
        self.detail.show(self.state.selected)
        self._update_heading()
        self._update_status()
        panel.focus()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle_all())
        store = self.state.store
        if getattr(store, "message", None):
            self.notify(str(store.message) + self.open_hint(), title="Annotations", severity="warning", timeout=10, markup=False)
        if getattr(store, "save_error", None):
            self._save_failed()

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

    # --- layout -----------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._reflow(event.size.width)

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self._reflow(self.app.size.width)  # the terminal may have been resized under a dialog

    def _reflow(self, width: int) -> None:
        narrow, self.tabs_mode, side, self.capacity, shown = self._plan(width)
        sidebar = self.query_one("#sidebar")
        if sidebar.styles.width is None or sidebar.styles.width.value != side:
            sidebar.styles.width = side
        self.set_class(self.tabs_mode, "-tabs")
        self.set_class(narrow, "-narrow")
        tabs = self._tabs
        if tabs is None and self.tabs_mode:
            self.query_one("#reading").mount(self._make_tabs())  # docked at the top
        elif tabs is not None and tabs.display != self.tabs_mode:
            tabs.display = self.tabs_mode
        if self.tabs_mode:
            self._activate_tab()
            self._update_tab_labels()
        self._show(shown)
        if self.is_mounted:
            self._update_status()
        self.update_bindings()

    def _show(self, ids: list[str]) -> None:
        container = self.query_one("#panes", Horizontal)
        order = {a.id: i for i, a in enumerate(self.articles)}
        for aid in ids:
            if aid in self.boxes:
                continue
            box = ArticleBox(self.state, self.state.comparison.article(aid))
            later = [b for k, b in self.boxes.items() if order[k] > order[aid]]
            self.boxes[aid] = box
            if later:
                container.mount(box, before=min(later, key=lambda b: order[b.article.id]))
            else:
                container.mount(box)
        changed = ids != self.shown
        focused = self.focused
        for aid, box in self.boxes.items():
            box.display = aid in ids
        self.shown = list(ids)
        if changed:
            for aid in ids:
                pane = self.pane(aid)
                if pane is not None:
                    pane.relayout()
                    pane.call_after_refresh(pane.follow_selection)
                else:
                    self.boxes[aid].call_after_refresh(self._fresh_pane, aid)
            if isinstance(focused, ArticlePane) and focused.article.id not in ids:
                target = self.pane(ids[0]) if ids else None
                (target or self.panel).focus()

    def _fresh_pane(self, article_id: str) -> None:
        pane = self.pane(article_id)
        if pane is not None:
            pane.follow_selection()

    def _update_tab_labels(self) -> None:
        """Mark the tabs of the articles that carry the selected claim (bold, underlined)."""
        if not self.tabs_mode:
            return
        claim = self.state.index.get(self.state.selected)
        carriers = set(claim.articles) if claim is not None else set()
        for aid, tab in self._tab_of.items():
            tab.set_class(aid in carriers, "-carries-claim")

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        if not self.tabs_mode or event.tab is None or event.tab.id is None:
            return
        aid = self._tab_article.get(event.tab.id)
        if aid is None:
            return
        if aid != self.current:
            self.current = aid
            self._show([aid])

    # --- selection ----------------------------------------------------------------

    def select_claim(self, claim_id: int | None, origin: ArticlePane | None = None, sentence: int | None = None) -> None:
        old = self.state.selected
        self.state.selected = claim_id
        claim = self.state.index.get(claim_id)
        if self.tabs_mode and origin is None and claim is not None and self.current not in claim.articles:
            self.current = claim.articles[0]
            self._activate_tab()
            self._show([self.current])
        for pane in self.visible_panes():
            if pane is origin or pane.has_claim(claim_id) or pane.has_claim(old):
                pane.restyle_claims(old, claim_id)
                pane.follow_selection(sentence if pane is origin else None)
        self.panel.follow(claim_id)
        self.detail.show(claim_id)
        self._update_tab_labels()
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
            self._activate_tab()
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
        return tuple(checks)

    def update_bindings(self) -> None:
        """Refresh the footer only when what applies has changed (a refresh costs a layout)."""
        state = self._binding_state()
        if state != getattr(self, "_last_binding_state", None):
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
            return selected is not None and store.status(selected) in ("denied", "disputed")
        if action == "pick_articles":
            return not self.tabs_mode and len(self.articles) > 1
        if action == "next_article":
            return len(self.articles) > 1
        if action == "previous_article":
            return len(self.articles) > 1
        if action == "clear_filters":
            return self.state.filter.active or bool(self.state.query)
        if action == "retry_save":
            return bool(getattr(store, "save_error", None))
        return True

    # --- movement ---------------------------------------------------------------------

    def action_next_claim(self) -> None:
        self.panel.action_cursor_down()

    def action_previous_claim(self) -> None:
        self.panel.action_cursor_up()

    def _focus_ring(self) -> list:
        return [self.panel, *self.visible_panes()]

    def _cycle_focus(self, step: int) -> None:
        ring = self._focus_ring()
        focused = self.focused
        index = ring.index(focused) if focused in ring else (-1 if step > 0 else 0)
        ring[(index + step) % len(ring)].focus()

    def action_next_pane(self) -> None:
        self._cycle_focus(+1)

    def action_previous_pane(self) -> None:
        self._cycle_focus(-1)

    def _switch_article(self, step: int) -> None:
        if len(self.articles) < 2:
            return
        if self.tabs_mode:
            ids = [a.id for a in self.articles]
            index = ids.index(self.current) if self.current in ids else 0
            focused_pane = isinstance(self.focused, ArticlePane)
            self.current = ids[(index + step) % len(ids)]
            self._activate_tab()
            self._show([self.current])
            if focused_pane and (pane := self.pane(self.current)) is not None:
                pane.focus()
            return
        panes = self.visible_panes()
        if not panes:
            return
        focused = self.focused
        if focused not in panes:
            (panes[0] if step > 0 else panes[-1]).focus()
            return
        index = panes.index(focused) + step
        if 0 <= index < len(panes):
            panes[index].focus()
            return
        chosen = self.chosen
        new_window = self.window + step
        if 0 <= new_window <= len(chosen) - self.capacity:
            self.window = new_window
            self._reflow(self.app.size.width)
            target = chosen[self.window + (self.capacity - 1 if step > 0 else 0)]
            self.call_after_refresh(self._focus_pane, target)
        else:
            self.app.bell()

    def _focus_pane(self, article_id: str) -> None:
        pane = self.pane(article_id)
        if pane is not None:
            pane.focus()

    def action_next_article(self) -> None:
        self._switch_article(+1)

    def action_previous_article(self) -> None:
        self._switch_article(-1)

    def action_pick_articles(self) -> None:
        if self.tabs_mode:
            self.notify("One article fits at this width: use ] and [ or the tabs.", markup=False)
            return

        def done(result: list[str] | None) -> None:
            if not result:
                return
            self.chosen = result
            self.window = 0
            if len(result) > self.capacity:
                self.notify(
                    f"{self.capacity} articles fit side by side at this width; ] and [ move along the others.",
                    markup=False,
                )
            self._reflow(self.app.size.width)
            self._update_status()

        from analyst_tui.tui.screens.picker import ArticlePicker

        self.app.push_screen(ArticlePicker(self.articles, self.shown, self.capacity), done)

    # --- tagging ----------------------------------------------------------------------

    def _need_claim(self) -> int | None:
        if self.state.selected is None:
            self.notify("Select a claim first (j / k).", severity="warning", markup=False)
            self.app.bell()
        return self.state.selected

    def _read_only(self) -> bool:
        store = self.state.store
        if not getattr(store, "read_only", False):
            return False
        reason = getattr(store, "read_only_reason", None) or "another program or a newer version owns the file"
        self.notify(
            f"Annotations are read-only, nothing is changed: {one_line(str(reason))}. "
            f"{self.key_for('review.save_as', 'S')} saves them elsewhere, then you can go on.",
            title="Annotations",
            severity="warning",
            markup=False,
        )
        return True

    def _save_failed(self) -> None:
        error = getattr(self.state.store, "save_error", None) or "the annotations could not be saved"
        self.notify(
            f"Not saved: {one_line(str(error))}. Your change is kept in memory and retried every few seconds; "
            f"{self.key_for('review.retry_save', 'ctrl+s')} retries now, {self.key_for('review.save_as', 'S')} saves elsewhere.",
            title="Annotations",
            severity="error",
            timeout=12,
            markup=False,
        )
        self._update_status()
        self.update_bindings()

    def action_tag(self, status: str) -> None:
        claim_id = self._need_claim()
        if claim_id is None:
            return
        if self._read_only():
            return
        ok = self.set_claim_status(claim_id, status)  # settles a conflict, if any
        self._changed(claim_id)
        if not ok:
            self._save_failed()
        elif status in ("denied", "disputed"):
            who = getattr(self.state.store.get(claim_id), "attributed_to", None)
            hint = "" if who else f" Press a to record who {status} it and where."
            self.notify(f"Claim {claim_id}: {status_label(status)}.{hint}", markup=False, timeout=4)

    def _changed(self, claim_id: int, select: bool = False) -> None:
        """A claim's status, note or attribution changed: redraw what shows it."""
        for pane in self.visible_panes():
            if pane.has_claim(claim_id):
                pane.relayout()
        # hidden panes are laid out again when shown (_show)
        panel = self.panel
        self.take_external_changes(exclude=claim_id)  # what another session saved meanwhile
        if self.state.filter.status is not None:
            old_row = panel.highlighted
            panel.rebuild()
            if self.state.selected not in panel.rows and panel.rows and old_row is not None:
                self.select_claim(panel.rows[min(old_row, len(panel.rows) - 1)])
        else:
            panel.update_claim(claim_id)
        if select and claim_id != self.state.selected:
            self.select_claim(claim_id)
        self.detail.show(self.state.selected)
        self._update_heading()
        self._update_status()
        self._update_tab_labels()
        self.update_bindings()

    def action_note(self) -> None:
        claim_id = self._need_claim()
        if claim_id is None:
            return
        if self._read_only():
            return
        note = getattr(self.state.store.get(claim_id), "note", "") or ""

        def done(text: str | None) -> None:
            if text is None:
                return
            ok = self.state.store.set_note(claim_id, text.rstrip())
            self._changed(claim_id)
            if not ok:
                self._save_failed()
            else:
                self.notify(f"Note on claim {claim_id} saved." if text.strip() else f"Note on claim {claim_id} removed.", markup=False, timeout=3)

        from analyst_tui.tui.screens.note import NoteDialog

        self.app.push_screen(NoteDialog(claim_id, note), done)

    def action_attribute(self) -> None:
        claim_id = self._need_claim()
        if claim_id is None:
            return
        store = self.state.store
        status = store.status(claim_id)
        if status not in ("denied", "disputed"):
            self.notify("Tag the claim denied (x) or disputed (d) first, then say who made it.", markup=False)
            return
        if self._read_only():
            return
        ann = store.get(claim_id)

        def done(result: "Attribution | None") -> None:
            if result is None:
                return
            if result.clear:
                ok = store.set_attribution(claim_id, None, None)
            else:
                ok = store.set_attribution(claim_id, result.who, result.sentence)
            self._changed(claim_id)
            if not ok:
                self._save_failed()
            elif result.clear:
                self.notify(f"Attribution removed from claim {claim_id}.", markup=False, timeout=3)
            else:
                who = result.who or "someone unnamed"
                self.notify(f"Claim {claim_id}: {status} by {who}.", markup=False, timeout=4)

        from analyst_tui.tui.screens.attribution import AttributionDialog

        self.app.push_screen(
            AttributionDialog(
                self.state.comparison,
                claim_id,
                status,
                who=getattr(ann, "attributed_to", None),
                sentence=getattr(ann, "attribution", None),
            ),
            done,
        )

    def action_undo(self) -> None:
        if self._read_only():
            return
        claim_id = self.state.store.undo()
        if claim_id is None:
            self.notify("Nothing to undo.", markup=False, timeout=3)
            return
        if self.state.filter.status is not None:
            self.panel.rebuild()
        self._changed(claim_id, select=True)
        if getattr(self.state.store, "save_error", None):
            self._save_failed()
            return
        status = self.state.store.status(claim_id)
        self.notify(f"Undone: claim {claim_id} is {status_label(status)}.", markup=False, timeout=4)

    def action_retry_save(self) -> None:
        store = self.state.store
        if store.retry_save():
            self.notify(f"Saved to {tilde_home(str(store.path))}.", markup=False, timeout=4)
        else:
            self._save_failed()
        self._update_status()
        self.update_bindings()

    # --- filtering and search ---------------------------------------------------------

    def _refilter(self) -> None:
        self.panel.rebuild()
        self._update_heading()
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
        self._update_heading()
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

    def _update_heading(self) -> None:
        panel = self.panel
        total = len(self.state.index.claims)
        text = Text(end="")
        text.append(f"Claims {len(panel.rows)}/{total}", "bold")
        if self.state.query:
            hits, articles = self._search_hits()
            text.append(f" · {hits} hits in {articles} articles")
        text.append(f"\n{self.state.filter.describe()}")
        self.query_one("#claims-heading", Static).update(text)
        self.query_one("#claims-heading").set_class(self.state.filter.active, "-filtered")

    def _update_status(self) -> None:
        shared, tagged, unreviewed = self.state.counts()
        store = self.state.store
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(f" {shared} shared", "bold")
        text.append(f" · {tagged} tagged · {unreviewed} unreviewed")
        if not self.tabs_mode and len(self.chosen) > len(self.shown):
            text.append(f" · showing {len(self.shown)} of {len(self.chosen)} articles")
        if getattr(store, "read_only", False):
            text.append(" · READ-ONLY", "bold")
        if getattr(store, "save_error", None):
            text.append(" · NOT SAVED", "bold reverse")
        self.storage_status(text)
        text.append(" · saved to ")
        path = tilde_home(str(getattr(store, "path", "?")))
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
        bar = self.query_one(KeyBar)
        bar._shown = ()
        bar.redraw()

    # --- help and commands ------------------------------------------------------------

    def help_rows(self) -> "HelpRows":
        from analyst_tui.tui.screens.attribution import AttributionDialog as _A
        from analyst_tui.tui.screens.note import NoteDialog as _N
        from analyst_tui.tui.screens.orphans import ClaimChooser as _C
        from analyst_tui.tui.screens.orphans import ConfirmDialog as _Y
        from analyst_tui.tui.screens.orphans import OrphansScreen as _O
        from analyst_tui.tui.screens.save_as import SaveAsDialog as _S
        from analyst_tui.tui.screens.picker import ArticlePicker as _P

        app = self.app
        keymap = getattr(app, "_keymap", {}) or {}

        def keys_of(binding: Binding) -> str:
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = []
            for key in keys.split(","):
                key = key.strip()
                display = app.get_key_display(binding.with_key(key, key_display=None))
                if display not in shown:
                    shown.append(display)
            return " / ".join(shown)

        def rows(bindings) -> list[tuple[str, ...]]:
            return [(keys_of(b), b.tooltip or b.description, b.id or "") for b in bindings if isinstance(b, Binding)]

        everywhere = rows(type(self).BINDINGS) + rows(type(app).BINDINGS)
        everywhere.append((app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette")), "Command palette: every action by name"))
        claims = rows(ClaimsPanel.BINDINGS) + [
            ("↑ / ↓", "Move through the claims"),
            ("pgup / pgdn", "A page up / down"),
            ("home / end", "First / last claim"),
            ("enter", "Go to the claim in the article panes"),
            ("click", "Select a claim"),
        ]
        pane = rows(ArticlePane.BINDINGS) + [("click", "Select the claim of a sentence (again: its other claim)")]
        return [
            ("Everywhere", everywhere),
            ("Claims list", claims),
            ("Article pane", pane),
            ("Note dialog", rows(_N.BINDINGS)),
            ("Attribution dialog", rows(_A.BINDINGS) + [("enter", "Pick the highlighted sentence, then save")]),
            ("Article picker", rows(_P.BINDINGS) + [("space", "Show or hide an article")]),
            ("Orphans", rows(_O.BINDINGS) + [("↑ / ↓", "Move through the orphans")]),
            ("Claim to re-attach to", rows(_C.BINDINGS) + [("enter", "Re-attach to the highlighted claim"), ("type", "Filter by words or a claim number")]),
            ("Discard? question", rows(_Y.BINDINGS)),
            ("Save elsewhere dialog", rows(_S.BINDINGS) + [("enter", "Save to the file named")]),
        ]
