"""Who made a denial or dispute, and the sentence that carries it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from analyst_tui.core.model import Comparison, Sentence
from analyst_tui.core.speakers import statement_score, suggest_speaker
from analyst_tui.tui.text import one_line, shorten

MAX_ROWS = 300


@dataclass
class Attribution:
    """The dialog's answer: ``who`` and ``sentence`` (either may be None); clear removes it."""

    who: str | None
    sentence: Sentence | None
    clear: bool = False


class AttributionDialog(ModalScreen[Attribution | None]):
    """Type to filter the sentences of every article, pick one, name who said it."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="attribution.save"),
        Binding("escape", "cancel", "Cancel", id="attribution.cancel"),
        Binding("down", "move(1)", "Next sentence", show=False, id="attribution.down"),
        Binding("up", "move(-1)", "Previous sentence", show=False, id="attribution.up"),
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
        self.status = status
        self.initial_who = one_line(who or "")  # from the file: no control characters in the input
        self.chosen: Sentence | None = sentence
        self._suggested = ""
        self.candidates = [
            s for a in comparison.articles for s in comparison.sentences.get(a.id, []) if s.kind != "boilerplate"
        ]
        self._haystack = {
            s.key: f"{s.article} {comparison.article(s.article).source} {one_line(s.text)}".casefold()
            for s in self.candidates
        }
        self.rows: list[Sentence] = []

    def compose(self) -> ComposeResult:
        verb = "denied" if self.status == "denied" else "disputed"
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label(Text(f"Who {verb} claim {self.claim_id}, and where?", style="bold"), markup=False)
            yield Label(
                Text("Type to filter · ↑↓ choose · enter picks the sentence · ctrl+s saves · escape cancels", style="dim"),
                markup=False,
            )
            # On a short terminal (80x24) one-line fields and buttons leave the list room for sentences.
            compact = self.app.size.height < 30
            yield Input(placeholder="filter sentences of all articles, e.g. a name", id="filter", compact=compact)
            yield OptionList(id="sentences", markup=False)
            yield Label(self._chosen_text(), id="chosen", markup=False)
            yield Input(
                self.initial_who, placeholder="who made it, e.g. the White House press secretary", id="who", compact=compact
            )
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary", compact=compact)
                yield Button("Remove attribution", id="clear", compact=compact)
                yield Button("Cancel", id="cancel", compact=compact)

    def on_mount(self) -> None:
        self._fill("")
        best = self.chosen
        if best is None and self.candidates:
            best = max(self.candidates, key=statement_score)
            if statement_score(best) == 0:
                best = None
        if best is not None:
            self._highlight(best)
        self.query_one("#filter", Input).focus()

    def _chosen_text(self) -> Text:
        text = Text("Carried by: ", style="bold", end="")
        if self.chosen is None:
            text.append("(no sentence picked yet)", "dim italic")
        else:
            source = shorten(self.comparison.article(self.chosen.article).source, 20)
            text.append(f"{self.chosen.article} {source}: ", "bold")
            text.append(f"“{shorten(self.chosen.text, 150)}”")
        return text

    def _fill(self, query: str) -> None:
        words = query.casefold().split()
        rows = [s for s in self.candidates if all(w in self._haystack[s.key] for w in words)]
        self.rows = rows[:MAX_ROWS]
        options = []
        for s in self.rows:
            prompt = Text(f"{s.article:>2} ", style="bold", end="")
            prompt.append(shorten(self.comparison.article(s.article).source, 14) + " ", "dim")
            prompt.append(shorten(s.text, 170))
            options.append(Option(prompt))
        olist = self.query_one("#sentences", OptionList)
        olist.set_options(options)
        if self.rows:
            olist.highlighted = 0

    def _highlight(self, sentence: Sentence) -> None:
        for i, s in enumerate(self.rows):
            if s.key == sentence.key:
                self.query_one("#sentences", OptionList).highlighted = i
                return

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            event.stop()
            self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "filter":
            self._pick(self.query_one("#sentences", OptionList).highlighted)
        else:
            self.action_save()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option_index)

    def _pick(self, row: int | None) -> None:
        if row is None or not (0 <= row < len(self.rows)):
            self.app.bell()
            return
        self.chosen = self.rows[row]
        self.query_one("#chosen", Label).update(self._chosen_text())
        who = self.query_one("#who", Input)
        suggestion = suggest_speaker(self.chosen.text) or ""
        if suggestion and (not who.value.strip() or who.value == self._suggested):
            who.value = suggestion
            self._suggested = suggestion
        who.focus()
        who.cursor_position = len(who.value)

    def action_move(self, step: int) -> None:
        olist = self.query_one("#sentences", OptionList)
        if not self.rows:
            return
        current = olist.highlighted if olist.highlighted is not None else -step
        olist.highlighted = max(0, min(len(self.rows) - 1, current + step))

    def action_save(self) -> None:
        who = one_line(self.query_one("#who", Input).value) or None
        if who is None and self.chosen is None:
            self.notify("Pick a sentence or name who made it.", severity="warning", markup=False)
            return
        self.dismiss(Attribution(who, self.chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "clear":
            self.dismiss(Attribution(None, None, clear=True))
        else:
            self.action_cancel()
