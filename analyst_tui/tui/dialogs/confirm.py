"""A yes / no question (discard an orphan? quit without saving?)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Button, Label

from analyst_tui.tui.dialogs.base import Dialog


class ConfirmDialog(Dialog[bool]):
    """Returns True for yes; no, escape and the default button keep things as they are."""

    BINDINGS = [
        Binding("y", "yes", "Yes", id="confirm.yes", tooltip="Yes, do it"),
        Binding("n,escape", "no", "No", id="confirm.no", tooltip="No, keep it"),
    ]

    def __init__(self, question: Text, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with self.frame():
            yield Label(self.question, id="confirm-question", markup=False)
            yield self.keys_hint(f"y {self.yes.lower()} · n or escape {self.no.lower()}")
            yield self.buttons(Button(self.yes, id="yes", variant="error"), Button(self.no, id="no", variant="primary"))

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # enter on the default keeps it

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
