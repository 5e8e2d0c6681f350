"""The one base of every dialog: a framed box, a bold heading, a dim line of keys, buttons.

A dialog returns its answer with ``dismiss(value)`` (the caller's callback gets it) or
posts a message to the ``requester`` it was given; it never calls the screen below.
"""

from __future__ import annotations

from typing import TypeVar

from rich.text import Text
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

T = TypeVar("T")


class Dialog(ModalScreen[T]):
    """Escape cancels (dismisses with None); a button runs the action named by its id."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel", show=False)]

    @staticmethod
    def frame(*classes: str) -> Vertical:
        """The dialog's box (``#dialog.dialog`` in app.tcss; ``wide`` for a wider one)."""
        return Vertical(id="dialog", classes=" ".join(("dialog", *classes)))

    @staticmethod
    def heading(text: str | Text, **kwargs) -> Label:
        """The bold first line (a dialog never sets the screen's title)."""
        return Label(text if isinstance(text, Text) else Text(text, style="bold"), markup=False, **kwargs)

    @staticmethod
    def keys_hint(text: str) -> Label:
        """The dim line that says which keys do what in this dialog."""
        return Label(Text(text, style="dim"), markup=False)

    @staticmethod
    def buttons(*buttons: Button) -> Horizontal:
        """Buttons at the bottom right; each one's id names the action it runs (``save`` -> action_save)."""
        return Horizontal(*buttons, classes="buttons")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id:
            self.run_action(event.button.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
