"""Every key and what it does, generated from the bindings (so remapped keys show)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

HelpRows = list[tuple[str, list[tuple[str, ...]]]]  # (section, [(keys, description[, binding id])])


def help_text(rows: HelpRows) -> Text:
    text = Text(end="")
    width = min(16, max((len(item[0]) for _, items in rows for item in items), default=8))
    for section, items in rows:
        if not items:
            continue
        text.append(f"{section}\n", "bold underline")
        for keys, description, *binding_id in items:
            if len(keys) > width:  # a long list of keys gets a line of its own
                text.append(f"  {keys}\n", "bold")
                keys = ""
            text.append(f"  {keys:<{width}}  ", "bold")
            text.append(description)
            if binding_id and binding_id[0]:
                text.append(f"  {binding_id[0]}", "dim")
            text.append("\n")
        text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Lists every key binding with what it does."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
    ]

    def __init__(self, rows: HelpRows) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog help"):
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
