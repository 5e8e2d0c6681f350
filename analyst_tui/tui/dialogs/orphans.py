"""Orphans: annotations whose sentences were not found again when the articles changed.

Each is listed with its old quote, status, note and best score; the analyst re-attaches
it to a claim (a filterable picker, the suggested claim preselected) or discards it after
confirming. Nothing here is ever placed by guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.message_pump import MessagePump
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from analyst_tui.core.model import Status
from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.dialogs.claim_chooser import ClaimChooser
from analyst_tui.tui.dialogs.confirm import ConfirmDialog
from analyst_tui.tui.text import orphan_text, shorten, status_label

if TYPE_CHECKING:
    from analyst_tui.core.annotations import Orphan
    from analyst_tui.tui.view import ReviewState

class OrphanPlaced(Message):
    """An orphan was re-attached to ``claim_id`` (``saved``: the change reached the disk)."""

    def __init__(self, claim_id: int, saved: bool) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.saved = saved


class OrphanDiscarded(Message):
    """An orphan was discarded (``saved``: the change reached the disk)."""

    def __init__(self, saved: bool) -> None:
        super().__init__()
        self.saved = saved


class ChangeRefused(Message):
    """A change was refused because the annotations are read-only."""


class OrphansScreen(Dialog[None]):
    """The orphans of the open case: re-attach (r or enter) or discard (d, after confirming)."""

    BINDINGS = [
        Binding("r", "reattach", "Re-attach", id="orphans.reattach", tooltip="Re-attach the orphan to a claim you pick"),
        Binding("d,delete", "discard", "Discard", id="orphans.discard", tooltip="Discard the orphan (asks first; the file keeps it, marked discarded)"),
        Binding("escape,q", "close", "Close", id="orphans.close", tooltip="Back to the claims"),
    ]

    def __init__(self, state: "ReviewState", requester: MessagePump) -> None:
        """``requester`` (the review screen) receives OrphanPlaced, OrphanDiscarded, ChangeRefused."""
        super().__init__()
        self.state = state
        self.requester = requester
        self.store = state.store
        self.orphans: list[Orphan] = []

    def compose(self) -> ComposeResult:
        with self.frame("wide", "orphans"):
            yield Label(id="orphans-title", markup=False)
            yield Label(
                Text("Their sentences changed or were removed: nothing is placed by guess.", style="dim"),
                markup=False,
            )
            yield Label(
                Text("r or enter re-attaches to a claim · d discards · escape closes", style="dim"),
                markup=False,
            )
            yield OptionList(id="orphan-list", markup=False)

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#orphan-list", OptionList).focus()

    def reload(self, keep: int | None = None) -> None:
        olist = self.query_one("#orphan-list", OptionList)
        row = olist.highlighted if keep is None else keep
        self.orphans = list(self.store.orphans)
        n = len(self.orphans)
        title = Text(f"Orphans: {n} annotation{'s' if n != 1 else ''} without {'their' if n != 1 else 'its'} sentences", style="bold")
        self.query_one("#orphans-title", Label).update(title)
        width = max(40, (self.app.size.width or 100) - 12)
        options = []
        for i, orphan in enumerate(self.orphans):
            if i:
                options.append(None)  # a separator line
            options.append(Option(orphan_text(orphan, i + 1, width), id=f"orphan-{i}"))
        olist.set_options(options)
        if self.orphans:
            olist.highlighted = olist.get_option_index(f"orphan-{max(0, min(row or 0, n - 1))}")

    def current(self) -> "Orphan | None":
        olist = self.query_one("#orphan-list", OptionList)
        if olist.highlighted is None:
            return None
        option = olist.get_option_at_index(olist.highlighted)
        if option.id is None:
            return None
        index = int(option.id.split("-")[1])
        return self.orphans[index] if index < len(self.orphans) else None

    def _row(self) -> int:
        orphan = self.current()
        return self.orphans.index(orphan) if orphan in self.orphans else 0

    def _blocked(self) -> bool:
        if not self.store.read_only:
            return False
        self.requester.post_message(ChangeRefused())  # the review screen says why and what to do
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_reattach()

    def action_reattach(self) -> None:
        orphan = self.current()
        if orphan is None or self._blocked():
            return
        row = self._row()

        def done(claim_id: int | None) -> None:
            if claim_id is None:
                return
            store = self.store
            had_annotation = store.status(claim_id) != Status.UNREVIEWED or bool(store.get(claim_id).note)
            store.reattach(orphan, claim_id, then=lambda ok: placed(claim_id, had_annotation, ok))

        def placed(claim_id: int, had_annotation: bool, ok) -> None:
            store = self.store
            if any(o.uid == orphan.uid for o in store.orphans):
                self.notify(f"The orphan could not be re-attached to claim {claim_id}.", severity="warning", markup=False)
                return
            self.requester.post_message(OrphanPlaced(claim_id, saved=bool(ok)))
            if not ok:
                pass  # the review screen says why (OrphanPlaced)
            elif claim_id in store.conflicts and had_annotation:
                self.notify(
                    f"Re-attached to claim {claim_id}, which had its own verdict: both are kept as a conflict to settle.",
                    title="Orphans",
                    markup=False,
                    timeout=8,
                )
            else:
                merged = " and merged with its annotation" if had_annotation else ""
                self.notify(f"Re-attached to claim {claim_id}{merged}.", title="Orphans", markup=False, timeout=5)
            self._after_change(row)

        self.app.push_screen(ClaimChooser(self.state, orphan), done)

    def action_discard(self) -> None:
        orphan = self.current()
        if orphan is None or self._blocked():
            return
        row = self._row()
        question = Text("Discard this orphan?\n", style="bold", end="")
        question.append(f"{status_label(orphan.status)}: “{shorten(orphan.quote, 160)}”")
        if orphan.note.strip():
            question.append("\nNote: ", "bold")
            question.append(shorten(orphan.note, 160))
        question.append("\nIt is no longer shown; the file keeps it, marked discarded.", "dim")

        def done(yes: bool | None) -> None:
            if yes:
                self.store.discard(orphan, then=discarded)

        def discarded(ok) -> None:
            gone = all(o.uid != orphan.uid for o in self.store.orphans)
            if gone and ok:
                self.notify("Orphan discarded.", title="Orphans", markup=False, timeout=4)
            self.requester.post_message(OrphanDiscarded(saved=bool(ok) or not gone))
            self._after_change(row)

        self.app.push_screen(ConfirmDialog(question, yes="Discard", no="Keep"), done)

    def _after_change(self, row: int) -> None:
        if not self.store.orphans:
            self.notify("No orphans left.", title="Orphans", markup=False, timeout=4)
            self.dismiss(None)
            return
        self.reload(keep=row)

    def action_close(self) -> None:
        self.dismiss(None)
