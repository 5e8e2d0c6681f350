"""Loading the articles on a thread, with a progress line, so a large folder never shows a
blank screen and ``q`` quits at any moment.

``load_case(paths, progress)`` is the whole pipeline (read, segment, align) with progress
reported as text; the app runs it on a daemon thread (``LoadingScreen`` shows the line).
"""

from __future__ import annotations

from typing import Callable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from analyst_tui.core.model import Comparison

Progress = Callable[[str], None]
Loader = Callable[[Progress], Comparison]


def load_case(paths: Sequence[str], progress: Progress) -> Comparison:
    """Read, segment and align ``paths`` (no ``-``: standard input belongs to the terminal)."""
    from analyst_tui.core.articles import load_paths
    from analyst_tui.core.compare import build_comparison

    progress("Reading the articles")
    result = load_paths(list(paths), progress=lambda n: progress(f"Reading the articles: {n:,} file{'s' if n != 1 else ''} read"))

    def stage(name: str, done: int, total: int) -> None:
        if name == "segment":
            progress(f"Finding sentences: {done:,} of {total:,} article{'s' if total != 1 else ''}")
        else:
            progress(f"Matching claims across {total:,} article{'s' if total != 1 else ''}")

    return build_comparison(result.articles, result.problems, progress=stage)


class LoadProgress(Message):
    """What the loading thread is doing now."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class LoadingScreen(Screen[None]):
    """Shown until the articles are loaded: what is being done, with counts."""

    BINDINGS = [
        Binding("q,ctrl+q,escape", "app.quit_loading", "Quit", id="loading.quit", tooltip="Stop loading and quit"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(Text("analyst-tui", style="bold"), markup=False)
            yield Static(Text("Loading…"), id="loading-progress", markup=False)
            yield Static(Text("q quits", style="dim"), markup=False)

    def show(self, text: str) -> None:
        self.query_one("#loading-progress", Static).update(Text(text))

    @property
    def progress_text(self) -> str:
        return str(self.query_one("#loading-progress", Static).content)
