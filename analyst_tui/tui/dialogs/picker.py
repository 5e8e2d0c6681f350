"""Choosing which articles are shown side by side."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Label, SelectionList
from textual.widgets.selection_list import Selection

from analyst_tui.core.model import Article
from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.text import shorten


class ArticlePicker(Dialog[list[str] | None]):
    """Returns the ids of the articles to show, in article order, or None."""

    BINDINGS = [
        Binding("enter", "apply", "Show these", id="picker.apply", priority=True),
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("a", "all", "All", id="picker.all"),
        Binding("n", "none", "None", id="picker.none"),
    ]

    def __init__(self, articles: list[Article], shown: list[str], capacity: int) -> None:
        super().__init__()
        self.articles = articles
        self.shown = shown
        self.capacity = capacity

    def compose(self) -> ComposeResult:
        with self.frame():
            yield Label(Text("Articles to show side by side", style="bold"), markup=False)
            yield Label(
                Text(
                    f"{self.capacity} fit at this width. space toggles · enter shows · a all · n none · escape cancels",
                    style="dim",
                ),
                markup=False,
            )
            items = [Selection(self._label(a, a.id in self.shown), a.id, a.id in self.shown) for a in self.articles]
            yield SelectionList[str](*items, id="picker-list")
            with Horizontal(classes="buttons"):
                yield Button("Show", id="apply", variant="primary")
                yield Button("Cancel", id="cancel")

    @staticmethod
    def _label(article: Article, chosen: bool) -> Text:
        """``[x]`` or ``[ ]`` before the article: the choice is visible without colour."""
        label = Text("[x] " if chosen else "[ ] ", style="bold")
        label.append(f"{article.id:>2} ", "bold")
        label.append(shorten(article.source, 30))
        if article.date:
            label.append(f" · {shorten(article.date, 12)}", "dim")
        if article.title:
            label.append(f" — {shorten(article.title, 40)}", "dim")
        return label

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        chosen = set(event.selection_list.selected)
        for index, article in enumerate(self.articles):
            event.selection_list.replace_option_prompt_at_index(index, self._label(article, article.id in chosen))

    @property
    def marked(self) -> list[str]:
        """The rows as shown, ``[x]`` / ``[ ]`` first (for tests)."""
        olist = self.query_one(SelectionList)
        return [str(olist.get_option_at_index(i).prompt) for i in range(olist.option_count)]

    def action_apply(self) -> None:
        chosen = set(self.query_one(SelectionList).selected)
        if not chosen:
            self.notify("Choose at least one article.", severity="warning", markup=False)
            return
        self.dismiss([a.id for a in self.articles if a.id in chosen])

    def action_all(self) -> None:
        self.query_one(SelectionList).select_all()

    def action_none(self) -> None:
        self.query_one(SelectionList).deselect_all()
