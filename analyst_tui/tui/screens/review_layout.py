"""The review screen's layout: article panes side by side or one at a time with tabs, moving
between panes and articles, the article picker, and which pane the keys go to."""

from __future__ import annotations

import re

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static, Tab, Tabs

from analyst_tui.core.model import Article
from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import pane_header_text, shorten
from analyst_tui.tui.view import ReviewState
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel


MIN_PANE_WIDTH = 38  # readable width of one article pane, in columns
NARROW_WIDTH = 100  # below this, one article at a time with tabs
MAX_TABS = 30  # tabs shown at once (a page of articles); ] and [ move to the next page


def dom_id(article_id: str) -> str:
    """Article ids (A, B, ..., AA) as widget ids; anything unusual is spelled out safely."""
    return re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}_", article_id)


def tab_id(article_id: str | None) -> str:
    return f"tab-{dom_id(article_id or '')}"


class ArticleBox(Vertical):
    """One article: a heading (source and date) above its pane."""

    def __init__(self, state: ReviewState, article: Article) -> None:
        super().__init__(id=f"box-{dom_id(article.id)}", classes="article-box")
        self.state = state
        self.article = article

    def compose(self) -> ComposeResult:
        yield Static(pane_header_text(self.article), classes="pane-header", markup=False)
        yield ArticlePane(self.state, self.article, id=f"pane-{dom_id(self.article.id)}")

    @property
    def pane(self) -> ArticlePane:
        return self.query_one(ArticlePane)

    def mark_focus(self, focused: bool) -> None:
        """The heading says whether the keys go to this pane (a marker, and colour)."""
        self.query_one(".pane-header", Static).update(pane_header_text(self.article, focused))


class StatusLine(Static):
    """Shared / tagged / unreviewed counts and where the annotations are saved."""

    def set(self, text: Text) -> None:
        self.update(text, layout=False)  # always one line high



class LayoutMixin(ReviewParts):
    """Part of ReviewScreen: which articles are shown, and where the focus (and the keys) go."""


    def _init_layout(self) -> None:
        articles = self.articles
        self.boxes: dict[str, ArticleBox] = {}
        self.chosen: list[str] = [a.id for a in articles]  # picked for side by side
        self.window = 0  # first chosen article shown side by side
        self.current: str | None = articles[0].id if articles else None  # in tabs mode
        self.tabs_mode = False
        self.capacity = 1
        self.shown: list[str] = []
        self._tab_article = {tab_id(a.id): a.id for a in articles}
        self._tabs: Tabs | None = None  # made when first needed (one article at a time)
        self._tab_of: dict[str, Tab] = {}  # article id -> its tab (the current page of tabs)
        self._new_page_pending = False

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

    def _tab_page(self) -> list[Article]:
        """The articles that have a tab now: the page of MAX_TABS holding the current one."""
        ids = [a.id for a in self.articles]
        index = ids.index(self.current) if self.current in ids else 0
        start = (index // MAX_TABS) * MAX_TABS
        return self.articles[start : start + MAX_TABS]

    def build_tabs(self) -> Tabs:
        """A tab per article of the current page, on the current one; a wide terminal never needs them.

        (Thousands of tabs would take seconds to build and to restyle on every selection.)
        """
        self._tab_of = {a.id: Tab(Content(f"{a.id} {shorten(a.source, 14)}"), id=tab_id(a.id)) for a in self._tab_page()}
        tabs = Tabs(*self._tab_of.values(), active=tab_id(self.current) if self.current else None, id="tabs")
        tabs.can_focus = False
        self._tabs = tabs
        return tabs

    def activate_tab(self) -> None:
        """Show the current article's tab as the active one (a new page of tabs if it has none)."""
        tabs = self._tabs
        if tabs is None or not tabs.is_mounted:
            return
        if self.current is not None and self.current not in self._tab_of:
            if not self._new_page_pending:
                self._new_page_pending = True
                self.call_later(self._new_tab_page)
            return
        if tabs.active != tab_id(self.current):
            tabs.active = tab_id(self.current)


    async def _new_tab_page(self) -> None:
        """The current article is on another page of tabs: show that page instead."""
        old = self._tabs
        if old is not None:
            await old.remove()
        await self.query_one("#reading").mount(self.build_tabs())  # docked at the top
        self._new_page_pending = False
        self.update_tab_labels()
        self.activate_tab()  # the article may have moved on meanwhile

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
            self.query_one("#reading").mount(self.build_tabs())  # docked at the top
        elif tabs is not None and tabs.display != self.tabs_mode:
            tabs.display = self.tabs_mode
        if self.tabs_mode:
            self.activate_tab()
            self.update_tab_labels()
        self._show(shown)
        if self.is_mounted:
            self.update_status()
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

    def update_tab_labels(self) -> None:
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


    # --- where the keys go ----------------------------------------------------------

    def on_descendant_focus(self, _event: events.DescendantFocus) -> None:
        self._mark_focus()

    def on_descendant_blur(self, _event: events.DescendantBlur) -> None:
        self.call_after_refresh(self._mark_focus)

    def _mark_focus(self) -> None:
        focused = self.focused
        for box in self.boxes.values():
            if box.is_mounted:
                box.mark_focus(focused is not None and focused.parent is box)
        if self.is_mounted:
            self.update_heading()

    def key_bar_hint(self) -> tuple[str, str] | None:
        """What j / k do where the focus is now (the key bar shows it)."""
        focused = self.focused
        if isinstance(focused, ArticlePane):
            keys = f"{self.key_for('pane.next_sentence', 'j')} {self.key_for('pane.previous_sentence', 'k')}"
            return keys, f"Sentence in {focused.article.id}"
        if isinstance(focused, ClaimsPanel):
            return f"{self.key_for('claims.next', 'j')} {self.key_for('claims.previous', 'k')}", "Claim"
        return None


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
            self.activate_tab()
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
            self.update_status()

        from analyst_tui.tui.dialogs.picker import ArticlePicker

        self.app.push_screen(ArticlePicker(self.articles, self.shown, self.capacity), done)

