"""The review app: articles side by side, shared claims in colour, keyboard-first tagging."""

from __future__ import annotations

import sys
import threading
import time
from typing import Callable, Iterable

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from textual.message import Message

from analyst_tui.core.model import Comparison, LoadError
from analyst_tui.core.sanitize import printable
from analyst_tui.tui.keys import check_keymap, load_keymap
from analyst_tui.tui.loading import Loader, LoadingScreen
from analyst_tui.tui.saving import BackgroundStore, StoreFinished
from analyst_tui.tui.screens.review import ReviewScreen
from analyst_tui.tui.screens.review_commands import COMMANDS, binding_scopes
from analyst_tui.tui.startup import gc_paused, prepare_drawing, prepare_styles, resume_gc
from analyst_tui.tui.store import AnnotationFile
from analyst_tui.tui.view import ReviewState


def open_store(comparison: Comparison, annotations: str | None = None, case: str | None = None):
    from analyst_tui.core.annotations import AnnotationStore

    return AnnotationStore.open(comparison, annotations, case=case)


def _matched_otherwise(comparison: Comparison, store) -> bool:
    """Whether the case's file says the analyst matched these articles as one story and they were not."""
    return bool(getattr(store, "saved_one_story", False)) and not comparison.one_story


def open_case(comparison: Comparison, annotations: str | None = None, case: str | None = None,
              progress: Callable[[str], None] | None = None):
    """The comparison and its annotations, matched again as one story when the case's file says the analyst
    chose that ("Match as one story")."""
    store = open_store(comparison, annotations, case)
    if _matched_otherwise(comparison, store):
        from analyst_tui.tui.early import rematched

        if progress is not None:
            progress("Matching the claims as one story, as this case was")
        comparison = rematched(comparison, True)
        store = open_store(comparison, annotations, case)
    return comparison, store


class Loaded(Message):
    """The loading thread finished: the comparison and its store, or the problem that stopped it."""

    def __init__(self, comparison: Comparison | None, store: BackgroundStore | None, problem: str | None) -> None:
        super().__init__()
        self.comparison = comparison
        self.store = store
        self.problem = problem


class Rematched(Loaded):
    """The articles matched again (as one story, or by story) and their annotations, or why not."""


class ReviewApp(App[int]):
    """Compare reports of one story and tag their claims."""

    CSS_PATH = "app.tcss"
    TITLE = "analyst-tui"
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help"),
    ]

    def __init__(
        self,
        comparison: Comparison | None = None,
        *,
        annotations: str | None = None,
        case: str | None = None,
        store: AnnotationFile | None = None,
        loader: Loader | None = None,
    ) -> None:
        super().__init__()
        self.annotations = annotations
        self.case = case
        self.loader = loader
        self.problem: str | None = None  # why loading failed (printed after the app ends)
        self.keymap: dict[str, str] = {}  # binding id -> keys, from the config file
        self.loading_text = "Loading…"  # what the loading thread is doing now
        self.comparison = comparison
        self._config_keys: tuple[dict[str, str], list[str]] | None = None  # read while loading
        self.state: ReviewState | None = None
        if comparison is not None:
            if store is None:
                comparison, store = open_case(comparison, annotations, case)
                self.comparison = comparison
            self.state = ReviewState(comparison, BackgroundStore(store, self._deliver))

    def _deliver(self, finish) -> None:
        self.post_message(StoreFinished(finish))

    async def on_event(self, event: events.Event) -> None:
        # The first screen may be drawn before the contradictions of the claims it does not show have come
        # (``ReviewScreen._compositor_refresh``): whatever the analyst does first waits for them.
        if isinstance(event, (events.InputEvent, events.Resize, events.Paste)) and self.state is not None:
            self.state.settle_rest()
        await super().on_event(event)

    def on_store_finished(self, message: StoreFinished) -> None:
        if not self.is_running:
            return  # the app is closing and its screens are going: what was saved is on disk already
        message.finish()

    def set_keymap(self, keymap) -> None:
        self.keymap = dict(keymap)
        super().set_keymap(keymap)

    def update_keymap(self, keymap) -> None:
        self.keymap.update(keymap)
        super().update_keymap(keymap)

    def keymap_of(self, binding_id: str) -> str | None:
        """The keys the config file gives a binding id (``None``: the default keys)."""
        return self.keymap.get(binding_id)

    @property
    def store(self) -> BackgroundStore | None:
        return self.state.store if self.state is not None else None

    # How long the first screen waits for loading that started with the process (EarlyLoad): a
    # case that is read by then opens on its claims, without drawing the loading screen first.
    EARLY_WAIT_SECONDS = 0.3

    def get_default_screen(self) -> Screen:
        if self.state is None:
            self._take_early_load()  # (before on_mount, which then shows the matching warnings)
        if self.state is None:
            return LoadingScreen()
        return ReviewScreen(self.state)

    def _take_early_load(self) -> bool:
        """The comparison and its store, if loading started before the app and has ended by now."""
        # A loader that can hand the claims over before their contradictions are all found (``ForkedLoad``):
        # the first screen is built meanwhile, and is drawn once the claims are analysed here and the
        # contradictions are in (``ReviewState.settle``).
        wait = getattr(self.loader, "wait_for_claims", None) or getattr(self.loader, "wait", None)
        if wait is None:
            return False
        if not wait(0):
            started = time.monotonic()
            self._prepare_while_loading()
            if not wait(max(0.0, self.EARLY_WAIT_SECONDS - (time.monotonic() - started))):
                return False
        try:
            claims = getattr(self.loader, "claims", None)
            comparison, unsettled = claims() if claims is not None else (self.loader(lambda _text: None), None)
            opened = open_store(comparison, self.annotations, self.case)
        except (LoadError, OSError, ValueError, RecursionError):
            return False  # the loading screen's thread meets the same problem and reports it
        if _matched_otherwise(comparison, opened):
            return False  # matched again as the case was, on the loading screen's thread
        store = BackgroundStore(opened, self._deliver)
        self.comparison = comparison
        self.state = ReviewState(comparison, store, unsettled, getattr(self.loader, "coming", None))
        return True

    def _prepare_while_loading(self) -> None:
        """What the first screen needs whatever the articles, done while they are still being matched.

        The same work is otherwise done once the comparison has arrived, between it and the
        first frame; none of it changes what is shown.
        """
        self._config_keys = load_keymap()  # (the config file, read by on_mount)
        prepare_styles(self.stylesheet, ReviewScreen.widget_types)  # with the first screen's widgets' CSS
        prepare_drawing()
        prepare = getattr(self.loader, "prepare", None)
        if prepare is not None:
            prepare()  # waiting idle from now on: the loader may hand the rest of the work over

    # --- loading on a thread -------------------------------------------------------

    def _start_loading(self) -> None:
        loader = self.loader
        assert loader is not None

        def progress(text: str) -> None:
            self.loading_text = text  # read by the loading screen a few times a second

        def load():
            comparison = loader(progress)
            progress("Opening the annotations")
            return open_case(comparison, self.annotations, self.case, progress)

        self._off_thread("loading", load, Loaded)

    def _off_thread(self, name: str, work: Callable[[], tuple], done: type[Loaded]) -> None:
        """Run ``work`` (which returns a comparison and its annotation store) on a thread; post ``done`` with
        them, or with the problem that stopped it. A daemon thread, not a Textual worker: quitting never
        waits for it to end."""

        def run() -> None:
            try:
                comparison, opened = work()
                store = BackgroundStore(opened, self._deliver)
            except (LoadError, OSError, ValueError, RecursionError) as exc:
                self.post_message(done(None, None, str(exc) or type(exc).__name__))
                return
            self.post_message(done(comparison, store, None))

        threading.Thread(target=run, name=name, daemon=True).start()

    def on_loaded(self, message: Loaded) -> None:
        if not self.is_running:
            return  # quit while loading: nothing to show
        if message.problem is not None or message.comparison is None or message.store is None:
            self.problem = message.problem or "the articles could not be loaded"
            self.exit(2)
            return
        self.comparison = message.comparison
        self.state = ReviewState(message.comparison, message.store)  # its copy of the annotations made on the thread
        self.push_screen(ReviewScreen(self.state))  # over the loading screen, which stays below
        self._matching_warnings()

    def _matching_warnings(self) -> None:
        found = getattr(self.loader, "matching_warnings", None)  # the engine ran where the loader ran
        if found is None:  # here, if at all (a comparison made elsewhere brings no engine to import)
            from analyst_tui.tui.early import matching_warnings_here as found
        for warning in found():  # word vectors missing: claims matched on shared words only
            self.notify(warning, title="Matching", severity="warning", markup=False)
        note = self.comparison.stories_note() if self.comparison is not None else None
        if note is not None:  # the articles read as several stories: no claim joins two of them
            self.notify(note, title="Matching", severity="warning", markup=False, timeout=12)

    # --- matching as one story, or by story ------------------------------------------------

    _rematching = False

    def action_toggle_one_story(self) -> None:
        """Match the articles again as one story (or by story again), and remember it with the case."""
        if self.state is None or self.comparison is None or self._rematching:
            return
        if self.state.store.read_only or self.state.store.save_error:
            # what is not on disk would not follow the claims matched again: never lose a tag
            self.notify("The annotations are not all saved: save them first (ctrl+s tries again, S saves "
                        "elsewhere), then match again.", title="Matching", severity="warning", markup=False)
            return
        one_story = not self.comparison.one_story
        comparison, old = self.comparison, self.state.store
        self._rematching = True
        self.notify("Matching the claims across all the articles, as one story…" if one_story
                    else "Matching the claims within each story again…", title="Matching", markup=False)

        def rematch():
            from analyst_tui.tui.early import rematched

            matched = rematched(comparison, one_story)
            old.wait()  # every change queued for the annotations is on disk first
            opened = open_store(matched, str(old.path), self.case)
            opened.save()  # the case's file remembers how its articles are matched
            return matched, opened

        self._off_thread("rematch", rematch, Rematched)

    def on_rematched(self, message: Rematched) -> None:
        self._rematching = False
        if not self.is_running:
            return  # quit while matching again: the case file already says how it was matched
        if message.problem is not None or message.comparison is None or message.store is None:
            self.notify(f"The claims could not be matched again: {printable(message.problem or '')}",
                        title="Matching", severity="error", markup=False)
            return
        self.comparison = message.comparison
        self.state = ReviewState(message.comparison, message.store)
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ReviewScreen):
            self.pop_screen()  # a dialog opened meanwhile belongs to the claims matched before
        if len(self.screen_stack) > 1:
            self.switch_screen(ReviewScreen(self.state))
        else:  # the first screen stays below, idle (its timers act only on the screen shown)
            self.push_screen(ReviewScreen(self.state))
        if self.comparison.one_story:
            self.notify("Claims are matched across all the articles, as one story.", title="Matching", markup=False)
        self._matching_warnings()  # (the review screen shows what the annotations say on opening)

    def action_quit_loading(self) -> None:
        self.exit(0)

    def on_ready(self) -> None:
        """The first frame is on screen: collect garbage again (analyst_tui.tui.startup)."""
        resume_gc(freeze=True)

    def on_mount(self) -> None:
        keymap, problems = self._config_keys if self._config_keys is not None else load_keymap()
        conflicts: list[str] = []
        if keymap:  # (the scopes import every dialog: only when there is something to check)
            keymap, conflicts = check_keymap(keymap, binding_scopes(ReviewScreen.BINDINGS, type(self).BINDINGS))
        if keymap:
            self.set_keymap(keymap)
        for problem in [*problems, *conflicts]:  # one line each, never applied silently
            self.notify(printable(problem), title="Keys", severity="warning", markup=False, timeout=12)
        if self.state is not None:
            self._matching_warnings()
        if self.state is None and self.loader is not None:
            self._start_loading()

    @property
    def review(self) -> ReviewScreen:
        for screen in reversed(self.screen_stack):  # the one shown (claims matched again: the newest)
            if isinstance(screen, ReviewScreen):
                return screen
        raise LookupError("the review screen is not open")

    def action_help(self) -> None:
        from analyst_tui.tui.dialogs.help import HelpScreen

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


def run_app(
    comparison: Comparison | None = None,
    annotations: str | None = None,
    case: str | None = None,
    loader: Loader | None = None,
) -> int:
    """Run the review app on a comparison, or on what ``loader`` makes (with a progress line).

    Returns the exit status; everything queued for saving is on disk (or failed) on return.
    """
    with gc_paused():  # paused already by the command line, before the imports
        store = None
        if comparison is not None:
            try:
                comparison, store = open_case(comparison, annotations, case)
            except (OSError, ValueError, LoadError, RecursionError) as exc:
                print(f"analyst-tui: error: cannot open the annotations: {printable(str(exc))}", file=sys.stderr)
                return 2
        app = ReviewApp(comparison, annotations=annotations, case=case, store=store, loader=loader)
        result = app.run()
    if app.store is not None:
        app.store.wait()  # a save still running when the app closed: let it finish
    if loader is not None and app.comparison is not None:  # what was skipped while loading
        for warning in app.comparison.warnings:
            print(f"analyst-tui: warning: {printable(warning)}", file=sys.stderr)
    if app.problem is not None:
        print(f"analyst-tui: error: {printable(' '.join(app.problem.split()))}", file=sys.stderr)
        return 2
    if app.return_code not in (None, 0):
        return app.return_code
    return result if isinstance(result, int) else 0
