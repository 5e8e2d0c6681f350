"""Who made a denial or dispute, and the sentence that carries it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Button, Input, Label

from analyst_tui.core.model import Comparison, Sentence, Status
from analyst_tui.core.analysis.attribution import statement_score, suggest_speaker
from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.dialogs.filtered_list import FilteredList
from analyst_tui.tui.text import one_line, shorten

MAX_ROWS = 300


@dataclass
class Attribution:
    """The dialog's answer: ``who`` and ``sentence`` (either may be None); clear removes it."""

    who: str | None
    sentence: Sentence | None
    clear: bool = False


class AttributionDialog(Dialog[Attribution | None]):
    """Type to filter the sentences of every article, pick one, name who said it."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="attribution.save"),
        Binding("escape", "cancel", "Cancel", id="attribution.cancel"),
    ]

    def __init__(
        self,
        comparison: Comparison,
        claim_id: int,
        status: str,
        who: str | None = None,
        sentence: Sentence | None = None,
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.claim_id = claim_id
        self.status = Status.parse(status)
        self.initial_who = one_line(who or "")  # from the file: no control characters in the input
        self.chosen: Sentence | None = sentence
        self._suggested = ""
        self.candidates = [
            s for a in comparison.articles for s in comparison.sentences.get(a.id, []) if s.kind != "boilerplate"
        ]

    def compose(self) -> ComposeResult:
        comparison = self.comparison

        def prompt(s: Sentence) -> Text:
            text = Text(f"{s.article:>2} ", style="bold", end="")
            text.append(shorten(comparison.article(s.article).source, 14) + " ", "dim")
            text.append(shorten(s.text, 170))
            return text

        with self.frame("wide"):
            yield self.heading(f"Who {self.status.value} claim {self.claim_id}, and where?")
            yield self.keys_hint("Type to filter · ↑↓ choose · enter picks the sentence · ctrl+s saves · escape cancels")
            # On a short terminal (80x24) one-line fields and buttons leave the list room for sentences.
            compact = self.app.size.height < 30
            yield FilteredList(
                self.candidates,
                key=lambda s: s.key,
                haystack=lambda s: f"{s.article} {comparison.article(s.article).source} {one_line(s.text)}",
                prompt=prompt,
                max_rows=MAX_ROWS,
                placeholder="filter sentences of all articles, e.g. a name",
                input_id="filter",
                list_id="sentences",
                compact=compact,
            )
            yield Label(self._chosen_text(), id="chosen", markup=False)
            yield Input(
                self.initial_who, placeholder="who made it, e.g. the White House press secretary", id="who", compact=compact
            )
            yield self.buttons(
                Button("Save", id="save", variant="primary", compact=compact),
                Button("Remove attribution", id="clear", compact=compact),
                Button("Cancel", id="cancel", compact=compact),
            )

    @property
    def sentences(self) -> FilteredList[Sentence]:
        return self.query_one(FilteredList)

    @property
    def rows(self) -> list[Sentence]:
        return self.sentences.rows

    def on_mount(self) -> None:
        best = self.chosen
        if best is None and self.candidates:
            best = max(self.candidates, key=statement_score)
            if statement_score(best) == 0:
                best = None
        sentences = self.sentences
        sentences.fill("")
        if best is not None:
            sentences.highlight(best.key)
        sentences.input.focus()

    def _chosen_text(self) -> Text:
        text = Text("Carried by: ", style="bold", end="")
        if self.chosen is None:
            text.append("(no sentence picked yet)", "dim italic")
        else:
            source = shorten(self.comparison.article(self.chosen.article).source, 20)
            text.append(f"{self.chosen.article} {source}: ", "bold")
            text.append(f"“{shorten(self.chosen.text, 150)}”")
        return text

    def on_filtered_list_picked(self, event: FilteredList.Picked) -> None:
        event.stop()
        if event.item is None:
            self.app.bell()
            return
        self.chosen = event.item
        self.query_one("#chosen", Label).update(self._chosen_text())
        who = self.query_one("#who", Input)
        suggestion = suggest_speaker(self.chosen.text) or ""
        if suggestion and (not who.value.strip() or who.value == self._suggested):
            who.value = suggestion
            self._suggested = suggestion
        who.focus()
        who.cursor_position = len(who.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "who":
            event.stop()
            self.action_save()

    def action_save(self) -> None:
        who = one_line(self.query_one("#who", Input).value) or None
        if who is None and self.chosen is None:
            self.notify("Pick a sentence or name who made it.", severity="warning", markup=False)
            return
        self.dismiss(Attribution(who, self.chosen))

    def action_clear(self) -> None:
        self.dismiss(Attribution(None, None, clear=True))
