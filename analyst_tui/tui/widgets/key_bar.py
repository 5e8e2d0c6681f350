"""The footer: the keys that apply now, in one line (cheap to redraw, clickable)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static


@runtime_checkable
class KeyBarScreen(Protocol):
    """A screen that tells the key bar more: which keys apply now, and what j / k do."""

    def show_in_footer(self, binding: Binding) -> bool: ...
    def key_bar_hint(self) -> tuple[str, str] | None: ...


class KeyBar(Static):
    """Like Textual's Footer, drawn as one line of text instead of a widget per key."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    # Shown first, so a narrow terminal keeps them: quitting and help, then what needs doing now.
    FIRST = ("review.quit", "app.help", "review.retry_save", "review.save_as", "review.orphans", "review.next_conflict")

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._shown: tuple = ()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.redraw)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.redraw()

    def items(self) -> list[tuple[str, str, bool, str]]:
        """(key as shown, description, enabled, key) for each key that applies now."""
        app = self.app
        seen: set[str] = set()
        items: list[tuple[int, str, str, bool, str]] = []
        palette = None
        screen = self.screen
        wanted = screen.show_in_footer if isinstance(screen, KeyBarScreen) else None  # keys shown only when they apply
        # the screen's own order (a remapped key keeps its place), whatever order Textual keeps them in
        order = {b.id: i for i, b in enumerate(type(self.screen).BINDINGS) if isinstance(b, Binding) and b.id}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = (app.get_key_display(binding), "Commands", enabled, binding.key)
                continue
            if not binding.show or binding.action in seen or (wanted is not None and not wanted(binding)):
                continue
            seen.add(binding.action)
            rank = self.FIRST.index(binding.id) if binding.id in self.FIRST else len(self.FIRST) + order.get(binding.id, len(order))
            items.append((rank, app.get_key_display(binding), binding.description, enabled, binding.key))
        items.sort(key=lambda item: item[0])  # stable: otherwise in binding order
        help_first = [item[1:] for item in items]
        hint = screen.key_bar_hint if isinstance(screen, KeyBarScreen) else None  # what j / k do where the focus is
        if hint is not None and (shown := hint()):
            help_first.insert(min(2, len(help_first)), (*shown, True, ""))
        if palette:
            help_first.append(palette)
        return help_first

    def redraw(self, force: bool = False) -> None:
        """Draw the keys again if they changed (``force``: the theme changed, so the styles did)."""
        items = tuple(self.items())
        if items == self._shown and not force:
            return
        self._shown = items
        get = self.get_component_rich_style
        key_style = get("key-bar--key", partial=True)
        description_style = get("key-bar--description", partial=True)
        disabled_style = get("key-bar--disabled", partial=True)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for display, description, enabled, key in items:
            meta = Style.from_meta({"key": key})
            text.append(f" {display} ", (key_style if enabled else disabled_style) + meta)
            text.append(f"{description} ", (description_style if enabled else disabled_style) + meta)
        self.update(text, layout=False)

    def on_click(self, event: events.Click) -> None:
        key = event.style.meta.get("key")
        if key:
            event.stop()
            self.app.simulate_key(key)

    @property
    def plain(self) -> str:
        return " ".join(f"{display} {description}" for display, description, _e, _k in self._shown)
