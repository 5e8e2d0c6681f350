"""The review app: articles side by side, shared claims in colour, keyboard-first tagging."""

from __future__ import annotations

import sys
from typing import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from analyst_tui.core.align import warnings as align_warnings
from analyst_tui.core.model import Comparison
from analyst_tui.tui.screens.review import COMMANDS, ReviewScreen
from analyst_tui.tui.startup import gc_paused, resume_gc
from analyst_tui.tui.view import ReviewState


def load_keymap() -> tuple[dict[str, str], str | None]:
    """The ``[keys]`` table of the config file: binding id -> keys, e.g. ``"review.confirm" = "y"``.

    Returns the keymap and a problem to report (or None). A missing file is not a problem.
    """
    from analyst_tui.config import load_config

    config = load_config()
    return dict(config.keys), ("; ".join(config.problems) or None)


def open_store(comparison: Comparison, annotations: str | None = None, case: str | None = None):
    from analyst_tui.core.annotations import AnnotationStore

    return AnnotationStore.open(comparison, annotations, case=case)


class ReviewApp(App[int]):
    """Compare reports of one story and tag their claims."""

    CSS_PATH = "app.tcss"
    TITLE = "analyst-tui"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help"),
    ]

    def __init__(
        self,
        comparison: Comparison,
        *,
        annotations: str | None = None,
        case: str | None = None,
        store=None,
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.store = store if store is not None else open_store(comparison, annotations, case)
        self.state = ReviewState(comparison, self.store)

    def get_default_screen(self) -> Screen:
        return ReviewScreen(self.state)

    def on_ready(self) -> None:
        """The first frame is on screen: collect garbage again (analyst_tui.tui.startup)."""
        resume_gc(freeze=True)

    def on_mount(self) -> None:
        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Keys", severity="warning", markup=False)
        for warning in align_warnings():  # word vectors missing: claims matched on shared words only
            self.notify(warning, title="Matching", severity="warning", markup=False)

    @property
    def review(self) -> ReviewScreen:
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        raise LookupError("the review screen is not open")

    def action_help(self) -> None:
        from analyst_tui.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.review.help_rows()))

    async def action_quit(self) -> None:
        """ctrl+q and the palette's Quit: as q, asks first when changes could not be saved."""
        try:
            review = self.review
        except LookupError:
            self.exit()
            return
        review.action_quit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        try:
            review = self.review
        except LookupError:
            return
        for action, title, help_text in COMMANDS:
            if action.startswith("app."):
                callback = (lambda a=action[4:]: self.run_action(a))
            else:
                callback = (lambda a=action: review.run_action(a))
            yield SystemCommand(title, help_text, callback)


def run_app(comparison: Comparison, annotations: str | None = None, case: str | None = None) -> int:
    """Run the review app; returns the exit status."""
    with gc_paused():  # paused already by the command line, before the imports
        try:
            store = open_store(comparison, annotations, case)
        except (OSError, ValueError) as exc:
            print(f"analyst-tui: error: cannot open the annotations: {exc}", file=sys.stderr)
            return 2
        app = ReviewApp(comparison, annotations=annotations, case=case, store=store)
        result = app.run()
    if app.return_code not in (None, 0):
        return app.return_code
    return result if isinstance(result, int) else 0
