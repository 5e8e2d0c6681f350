"""The loading screen: a progress line, so a large folder never shows a blank screen and ``q``
quits at any moment.

``load_case(paths, progress)`` is the whole pipeline (read, segment, align) with progress
reported as text; the app runs its loader (which waits for the loading started with the
process, see ``early``) on a daemon thread, which sets ``app.loading_text``, and
``LoadingScreen`` shows that line a few times a second (no flood of messages).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from analyst_tui.tui.early import Loader, Progress, load_case  # noqa: F401 (the app's loader)


class LoadingScreen(Screen[None]):
    """Shown until the articles are loaded: what is being done, with counts."""

    BINDINGS = [
        Binding("q,ctrl+q,escape", "app.quit_loading", "Quit", id="loading.quit", tooltip="Stop loading and quit"),
    ]

    PROGRESS_SECONDS = 0.1  # how often the progress line is read

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(Text("analyst-tui", style="bold"), markup=False)
            yield Static(Text(self.app.loading_text), id="loading-progress", markup=False)
            yield Static(Text("q quits", style="dim"), markup=False)

    def on_mount(self) -> None:
        self._shown = ""
        self.set_interval(self.PROGRESS_SECONDS, self._show_progress)

    def _show_progress(self) -> None:
        text = self.app.loading_text  # set by the loading thread
        if text != self._shown:
            self._shown = text
            self.query_one("#loading-progress", Static).update(Text(text))
