"""Every key and what it does, generated from the bindings (so remapped keys show)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.text import HelpRows, help_text

class HelpScreen(Dialog[None]):
    """Lists every key binding with what it does."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
    ]

    def __init__(self, rows: HelpRows) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with self.frame("help"):
            yield Label(Text("Keys  (escape closes; the command palette, ctrl+p, offers every action)", style="bold"), markup=False)
            yield Label(
                Text("Remap a key in the [keys] table of config.toml with the id shown in grey.", style="dim"),
                markup=False,
            )
            with VerticalScroll(id="help-scroll"):
                yield Static(help_text(self.rows), id="help-text", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
