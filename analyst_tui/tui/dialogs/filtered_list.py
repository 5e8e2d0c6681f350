"""Type to filter a long list, ↑↓ to move, enter to pick: the widget the attribution dialog
(sentences of every article) and the claim chooser (claims) share.

Every word typed must appear in an item's search text; a number typed alone puts the item
with that number first. The widget posts ``FilteredList.Picked`` (enter on the field, enter
or a click on a row); the dialog decides what picking means.
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, Sequence, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

T = TypeVar("T")


class FilteredList(Vertical, Generic[T]):
    """An input above an option list of ``items``; ``rows`` are the items shown now."""

    DEFAULT_CSS = """
    FilteredList { height: auto; }
    """

    BINDINGS = [
        Binding("down", "move(1)", "Next", show=False, id="filtered_list.down", tooltip="Next row in the list"),
        Binding("up", "move(-1)", "Previous", show=False, id="filtered_list.up", tooltip="Previous row in the list"),
    ]

    class Picked(Message):
        """The analyst picked ``item`` (``None`` when nothing was highlighted)."""

        def __init__(self, filtered: "FilteredList", item: object | None) -> None:
            super().__init__()
            self.filtered = filtered
            self.item = item

        @property
        def control(self) -> "FilteredList":
            return self.filtered

    def __init__(
        self,
        items: Sequence[T],
        *,
        key: Callable[[T], Hashable],
        haystack: Callable[[T], str],
        prompt: Callable[[T], Text],
        number: Callable[[T], int] | None = None,
        max_rows: int = 300,
        placeholder: str = "",
        input_id: str = "filter",
        list_id: str = "choices",
        compact: bool = False,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.items = list(items)
        self.key = key
        self.prompt = prompt
        self.number = number
        self.max_rows = max_rows
        self._haystack = {key(item): haystack(item).casefold() for item in self.items}
        self._placeholder = placeholder
        self._input_id = input_id
        self._list_id = list_id
        self._compact = compact
        self.rows: list[T] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder, id=self._input_id, compact=self._compact)
        yield OptionList(id=self._list_id, markup=False)

    def on_mount(self) -> None:
        self.fill("")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    def fill(self, query: str) -> None:
        """Show the items matching every word of ``query`` (a number alone: that item first)."""
        words = query.casefold().split()
        rows = [item for item in self.items if all(w in self._haystack[self.key(item)] for w in words)]
        if self.number is not None and len(words) == 1 and words[0].isdecimal():
            wanted = int(words[0])
            rows.sort(key=lambda item: self.number(item) != wanted)
        self.rows = rows[: self.max_rows]
        olist = self.options
        olist.set_options(Option(self.prompt(item)) for item in self.rows)
        if self.rows:
            olist.highlighted = 0

    def highlight(self, key: Hashable) -> bool:
        """Put the cursor on the item with ``key`` if it is shown; True if it is."""
        for i, item in enumerate(self.rows):
            if self.key(item) == key:
                self.options.highlighted = i
                return True
        return False

    @property
    def highlighted(self) -> T | None:
        row = self.options.highlighted
        return self.rows[row] if row is not None and 0 <= row < len(self.rows) else None

    def action_move(self, step: int) -> None:
        if not self.rows:
            return
        olist = self.options
        current = olist.highlighted if olist.highlighted is not None else -step
        olist.highlighted = max(0, min(len(self.rows) - 1, current + step))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Picked(self, self.highlighted))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = event.option_index
        self.post_message(self.Picked(self, self.rows[row] if 0 <= row < len(self.rows) else None))
