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
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from analyst_tui.core.model import Status
from analyst_tui.tui.text import claim_choice_text, one_line, orphan_text, shorten, status_label

if TYPE_CHECKING:
    from analyst_tui.core.annotations import Orphan
    from analyst_tui.tui.view import ReviewState

MAX_ROWS = 400


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


class ConfirmDialog(ModalScreen[bool]):
    """A yes / no question; returns True for yes."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Yes, do it"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", tooltip="No, keep it"),
    ]

    def __init__(self, question: Text, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Label(self.question, id="confirm-question", markup=False)
            yield Label(Text(f"y {self.yes.lower()} · n or escape {self.no.lower()}", style="dim"), markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.yes, id="yes", variant="error")
                yield Button(self.no, id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # enter on the default keeps it

    def action_answer(self, yes: bool) -> None:
        self.dismiss(bool(yes))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")


class ClaimChooser(ModalScreen[int | None]):
    """Pick the claim an orphan belongs to: type to filter, ↑↓ to move, enter to pick."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="choose_claim.cancel", tooltip="Close without re-attaching"),
        Binding("down", "move(1)", "Next claim", show=False, id="choose_claim.down", tooltip="Next claim in the list"),
        Binding("up", "move(-1)", "Previous claim", show=False, id="choose_claim.up", tooltip="Previous claim in the list"),
    ]

    def __init__(self, state: "ReviewState", orphan: "Orphan") -> None:
        super().__init__()
        self.state = state
        self.orphan = orphan
        self.claims = list(self.state.index.claims)
        comparison = self.state.comparison
        self._haystack = {
            c.id: f"{c.id} " + " ".join(
                f"{m.article} {comparison.article(m.article).source} {one_line(m.text)}" for m in c.members
            ).casefold()
            for c in self.claims
        }
        self.rows: list[int] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            yield Label(Text("Re-attach the orphan to which claim?", style="bold"), markup=False)
            quote = Text("It said: ", style="bold", end="")
            quote.append(f"“{shorten(self.orphan.quote, 200)}”")
            yield Label(quote, markup=False)
            yield Label(
                Text("Type to filter (words or a claim number) · ↑↓ choose · enter re-attaches · escape cancels", style="dim"),
                markup=False,
            )
            yield Input(placeholder="filter claims, e.g. a name or 12", id="claim-filter")
            yield OptionList(id="claim-choices", markup=False)

    def on_mount(self) -> None:
        self._fill("")
        suggested = self.orphan.suggested_claim
        if suggested in self.rows:
            self.query_one("#claim-choices", OptionList).highlighted = self.rows.index(suggested)
        self.query_one("#claim-filter", Input).focus()

    def _prompt(self, claim) -> Text:
        return claim_choice_text(self.state, claim, self.orphan.suggested_claim)

    def _fill(self, query: str) -> None:
        words = query.casefold().split()
        olist = self.query_one("#claim-choices", OptionList)
        rows = [c for c in self.claims if all(w in self._haystack[c.id] for w in words)]
        if words and len(words) == 1 and words[0].isdigit():  # a number: that claim first
            wanted = int(words[0])
            rows.sort(key=lambda c: c.id != wanted)
        self.rows = [c.id for c in rows[:MAX_ROWS]]
        olist.set_options(Option(self._prompt(self.state.index.by_id[cid])) for cid in self.rows)
        if self.rows:
            olist.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._pick(self.query_one("#claim-choices", OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option_index)

    def _pick(self, row: int | None) -> None:
        if row is None or not (0 <= row < len(self.rows)):
            self.notify("No claim is highlighted: change the filter.", severity="warning", markup=False)
            self.app.bell()
            return
        self.dismiss(self.rows[row])

    def action_move(self, step: int) -> None:
        olist = self.query_one("#claim-choices", OptionList)
        if not self.rows:
            return
        current = olist.highlighted if olist.highlighted is not None else -step
        olist.highlighted = max(0, min(len(self.rows) - 1, current + step))

    def action_cancel(self) -> None:
        self.dismiss(None)


class OrphansScreen(ModalScreen[None]):
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
        with Vertical(id="dialog", classes="dialog wide orphans"):
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
