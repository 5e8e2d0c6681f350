"""Pick the claim an orphan belongs to: type to filter, ↑↓ to move, enter to pick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Label

from analyst_tui.core.model import Claim
from analyst_tui.tui.dialogs.base import Dialog
from analyst_tui.tui.dialogs.filtered_list import FilteredList
from analyst_tui.tui.text import claim_choice_text, one_line, shorten

if TYPE_CHECKING:
    from analyst_tui.core.annotations import Orphan
    from analyst_tui.tui.view import ReviewState

MAX_ROWS = 400


class ClaimChooser(Dialog[int | None]):
    """Returns the claim number picked, or None; the claim most like the orphan is highlighted."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="choose_claim.cancel", tooltip="Close without re-attaching"),
    ]

    def __init__(self, state: "ReviewState", orphan: "Orphan") -> None:
        super().__init__()
        self.state = state
        self.orphan = orphan

    def compose(self) -> ComposeResult:
        state = self.state
        comparison = state.comparison

        def haystack(c: Claim) -> str:
            return f"{c.id} " + " ".join(
                f"{m.article} {comparison.article(m.article).source} {one_line(m.text)}" for m in c.members
            )

        with self.frame("wide"):
            yield self.heading("Re-attach the orphan to which claim?")
            quote = Text("It said: ", style="bold", end="")
            quote.append(f"“{shorten(self.orphan.quote, 200)}”")
            yield Label(quote, markup=False)
            yield self.keys_hint("Type to filter (words or a claim number) · ↑↓ choose · enter re-attaches · escape cancels")
            yield FilteredList(
                list(state.index.claims),
                key=lambda c: c.id,
                haystack=haystack,
                prompt=lambda c: claim_choice_text(state, c, self.orphan.suggested_claim),
                number=lambda c: c.id,
                max_rows=MAX_ROWS,
                placeholder="filter claims, e.g. a name or 12",
                input_id="claim-filter",
                list_id="claim-choices",
            )

    @property
    def claims(self) -> FilteredList[Claim]:
        return self.query_one(FilteredList)

    @property
    def rows(self) -> list[int]:
        """The claim numbers listed now, in order."""
        return [c.id for c in self.claims.rows]

    def on_mount(self) -> None:
        claims = self.claims
        claims.fill("")
        if self.orphan.suggested_claim is not None:
            claims.highlight(self.orphan.suggested_claim)
        claims.input.focus()

    def on_filtered_list_picked(self, event: FilteredList.Picked) -> None:
        event.stop()
        if event.item is None:
            self.notify("No claim is highlighted: change the filter.", severity="warning", markup=False)
            self.app.bell()
            return
        self.dismiss(event.item.id)
