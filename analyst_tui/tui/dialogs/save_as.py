"""Save the annotations elsewhere: when the file cannot be written, or is read-only."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label

from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.text import one_line


class SaveAsDialog(Dialog[str | None]):
    """Asks for a file; ``save(path, answer)`` writes it (on the saving thread) and then calls
    ``answer(None)``, or ``answer(reason)`` when it failed.

    On failure the dialog stays open and shows why, so another path can be tried.
    Returns the path saved to, or None when cancelled.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="save_as.cancel", tooltip="Close without saving elsewhere"),
        Binding("ctrl+s", "save", "Save", id="save_as.save", tooltip="Save to the file named"),
    ]

    def __init__(self, suggestion: str, save: Callable[[str, Callable[[str | None], None]], None], why: str | None = None) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.save = save
        self.why = why
        self.busy = False

    def compose(self) -> ComposeResult:
        with self.frame():
            yield Label(Text("Save the annotations elsewhere", style="bold"), markup=False)
            if self.why:
                reason = Text("Why: ", style="bold", end="")
                reason.append(one_line(self.why))
                yield Label(reason, id="save-why", markup=False)
            yield Label(
                Text("Every tag and note is written to this file, and later changes go there too.", style="dim"),
                markup=False,
            )
            yield Label(Text("enter saves · escape cancels · an existing file is never overwritten", style="dim"), markup=False)
            yield Input(self.suggestion, placeholder="a new file, e.g. ~/annotations-copy.json", id="save-path")
            yield Label("", id="save-error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        path = self.query_one("#save-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    def _show_error(self, message: str) -> None:
        text = Text("Not saved: ", style="bold reverse", end="")
        text.append(" " + one_line(message))
        self.query_one("#save-error", Label).update(text)
        self.app.bell()

    def action_save(self) -> None:
        if self.busy:
            return
        path = self.query_one("#save-path", Input).value.strip()
        if not path:
            self._show_error("name a file to save to")
            return

        def answer(error: str | None) -> None:
            self.busy = False
            if error:
                self._show_error(error)
            elif self.is_attached:
                self.dismiss(path)

        self.busy = True
        self.query_one("#save-error", Label).update(Text("Saving…", style="italic"))
        try:
            self.save(path, answer)
        except Exception as exc:  # never a traceback for a path the analyst typed
            answer(str(exc) or type(exc).__name__)


    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()
