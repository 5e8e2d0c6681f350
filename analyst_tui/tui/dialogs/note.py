"""The note dialog: a multi-line note on one claim."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Label, TextArea

from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.text import printable_lines


class NoteDialog(Dialog[str | None]):
    """Returns the new note text, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, claim_id: int, note: str) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.note = printable_lines(note)  # it may come from a shared file: no control characters

    def compose(self) -> ComposeResult:
        with self.frame():
            yield Label(Text(f"Note on claim {self.claim_id}", style="bold"), markup=False)
            yield Label(Text("ctrl+s saves · escape cancels · enter starts a new line", style="dim"), markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True, tab_behavior="focus")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)
