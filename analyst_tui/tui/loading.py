"""Loading the articles on a thread, with a progress line, so a large folder never shows a
blank screen and ``q`` quits at any moment.

``load_case(paths, progress)`` is the whole pipeline (read, segment, align) with progress
reported as text; the app runs it on a daemon thread, which sets ``app.loading_text``, and
``LoadingScreen`` shows that line a few times a second (no flood of messages).
"""

from __future__ import annotations

from typing import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from analyst_tui.core.model import Comparison

Progress = Callable[[str], None]
Loader = Callable[[Progress], Comparison]


def load_case(paths: Sequence[str], progress: Progress) -> Comparison:
    """Read, segment and align ``paths`` (no ``-``: standard input belongs to the terminal)."""
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.compare import build_comparison

    progress("Reading the articles")

    def read(files: int, _path: str) -> None:
        progress(f"Reading the articles: {files:,} file{'s' if files != 1 else ''} read")

    result = load_paths(list(paths), progress=read)

    def stage(name: str, done: int, total: int) -> None:
        if name == "segment":
            progress(f"Finding sentences: {done:,} of {total:,} article{'s' if total != 1 else ''}")
        else:
            progress(f"Matching claims across {total:,} article{'s' if total != 1 else ''}")

    return build_comparison(result.articles, result.problems, progress=stage)


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
