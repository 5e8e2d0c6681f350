"""The review screen's side of the annotation file: keeping it safe.

Save failures (retried on a timer, "save elsewhere"), read-only files, orphans that lost
their sentences, conflicting verdicts from a merged file, and changes another session
saves to the same case. ``AnnotationFileMixin`` is part of ``ReviewScreen``; the dialogs live
in ``dialogs/save_as.py`` and ``dialogs/orphans.py``.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual.binding import Binding

from analyst_tui.core.model import Status
from analyst_tui.tui.dialogs.orphans import ChangeRefused, OrphanDiscarded, OrphanPlaced
from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import one_line, status_label, tilde_home

RETRY_SECONDS = 5.0  # a failed save is tried again this often
REFRESH_SECONDS = 2.0  # another session's changes are looked for this often
FULL_CHECK_EVERY = 15  # refreshes: the file is read even if it looks unchanged

CONFLICT_GLYPH = "⚠"

BINDINGS = [
    Binding("S", "save_as", "Save elsewhere", id="review.save_as", tooltip="Save the annotations to another file (and keep saving there)"),
    Binding("o", "orphans", "Orphans", id="review.orphans", tooltip="Annotations whose sentences were not found again: re-attach or discard them"),
    Binding("v", "next_conflict", "Next conflict", id="review.next_conflict", tooltip="Go to the next claim where analysts' verdicts conflict (a tag settles it)"),
]

COMMANDS = [
    ("save_as", "Save annotations elsewhere", "Write the annotations to another file and keep saving there"),
    ("orphans", "Orphans: re-attach or discard", "List annotations whose sentences were not found again"),
    ("next_conflict", "Next conflict", "Go to the next claim with conflicting verdicts"),
]


def suggest_path(store) -> str:
    """Where to save elsewhere: beside the file when its folder takes files, else the home folder."""
    current = Path(store.path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    name = f"{current.stem or 'annotations'}-{stamp}.json"
    folder = current.parent
    write_failed = bool(store.save_error) and not store.read_only
    if not write_failed and folder.is_dir() and os.access(folder, os.W_OK):
        return tilde_home(str(folder / name))
    return tilde_home(str(Path.home() / name))


class AnnotationFileMixin(ReviewParts):
    """Mixed into ReviewScreen: timers, save elsewhere, orphans, conflicts, other sessions."""

    retry_seconds = RETRY_SECONDS
    refresh_seconds = REFRESH_SECONDS
    _asking_quit = False
    _ticks = 0
    _file_seen: tuple | None = None
    _footer_flags: tuple | None = None

    # --- timers -------------------------------------------------------------------------

    def on_mount(self) -> None:  # called with ReviewScreen.on_mount (Textual walks the MRO)
        self._footer_flags = self._storage_flags()
        self.set_interval(self.retry_seconds, self._retry_tick, name="retry-save")
        self.set_interval(self.refresh_seconds, self._refresh_tick, name="refresh-annotations")

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.call_after_refresh(self._refresh_tick)  # a dialog closed: catch up at once

    def _retry_tick(self) -> None:
        store = self.state.store
        if not store.save_error or store.read_only or store.saving:
            return
        if self.app.screen is not self:  # not under a dialog: it may show what a save changes
            return

        def done(ok) -> None:
            if ok:
                self.notify(f"Saved: the annotations are on disk again ({tilde_home(str(store.path))}).", title="Annotations", markup=False, timeout=6)
            self.storage_changed()

        store.retry_save(then=done)
        self.storage_changed()

    def _refresh_tick(self) -> None:
        store = self.state.store
        if self.app.screen is not self or store.read_only or store.saving:
            return
        # Look at the file first (no lock, no read): most ticks find it as it was. A missing
        # file has nothing to pick up, and no lock file is then made in an untouched folder.
        try:
            st = os.stat(store.path)
            seen = (st.st_ino, st.st_size, st.st_mtime_ns)
        except OSError:
            seen = None
        self._ticks += 1
        if seen is not None and (seen != self._file_seen or self._ticks % FULL_CHECK_EVERY == 0):
            self._file_seen = seen  # (inode numbers are reused and some clocks are coarse: a full look now and then)
            store.refresh(then=lambda _changed: self.take_external_changes())
        else:
            self.take_external_changes()

    # --- another session's changes ----------------------------------------------------

    def take_external_changes(self, exclude: int | None = None) -> list[int]:
        """Redraw the claims another session changed (found by a save or a refresh) and say so."""
        changed = self.state.store.take_external_changes()
        if changed:
            panel = self.panel
            panes = self.visible_panes()
            for claim_id in changed:
                for pane in panes:
                    if pane.has_claim(claim_id):
                        pane.relayout()
                panel.update_claim(claim_id)
            if self.state.filter.status is not None:
                panel.rebuild()
            if self.state.selected in changed:
                self.detail.show(self.state.selected)
            others = [c for c in changed if c != exclude]
            if others:
                listed = ", ".join(str(c) for c in others[:8]) + (" …" if len(others) > 8 else "")
                self.notify(
                    f"Another session changed claim{'s' if len(others) > 1 else ''} {listed}; shown as saved there.",
                    title="Annotations",
                    markup=False,
                    timeout=6,
                )
            self.update_heading()
        self.storage_changed()
        return changed

    # --- status line and footer ---------------------------------------------------------

    def _storage_flags(self) -> tuple:
        store = self.state.store
        return (bool(store.save_error or store.read_only), bool(store.orphans), bool(store.conflicts))

    def storage_changed(self) -> None:
        """Orphans, conflicts or the save state may have changed: status line and footer."""
        self.update_status()
        flags = self._storage_flags()
        if flags != self._footer_flags:
            self._footer_flags = flags
            self.refresh_bindings()  # the key bar asks show_in_footer again
        else:
            self.update_bindings()

    def show_in_footer(self, binding: Binding) -> bool:
        """The key bar shows these keys only when they have something to do."""
        trouble, orphans, conflicts = self._storage_flags()
        if binding.id == "review.save_as":
            return trouble
        if binding.id == "review.orphans":
            return orphans
        if binding.id == "review.next_conflict":
            return conflicts
        if binding.id == "review.attribute":  # a still answers elsewhere, saying why (action_attribute)
            selected = self.state.selected
            return selected is not None and Status.parse(self.state.store.status(selected)).needs_attribution
        return True

    def storage_status(self, text: Text) -> None:
        """Orphans and conflicts counts for the status line (words, not colour alone)."""
        store = self.state.store
        orphans = len(store.orphans)
        if orphans:
            text.append(f" · {orphans} orphan{'s' if orphans != 1 else ''}", "bold")
        conflicts = len(store.conflicts)
        if conflicts:
            text.append(f" · {CONFLICT_GLYPH} {conflicts} conflict{'s' if conflicts != 1 else ''}", "bold")

    def open_hint(self) -> str:
        """Appended to the message shown on opening: which key deals with what it reports."""
        store = self.state.store
        hints = []
        if store.orphans:
            hints.append(f"{self.key_for('review.orphans', 'o')} lists the orphans")
        if store.read_only:
            hints.append(f"{self.key_for('review.save_as', 'S')} saves elsewhere")
        if store.conflicts:
            hints.append(f"{self.key_for('review.next_conflict', 'v')} goes to a conflict")
        return (". " + "; ".join(hints) + ".") if hints else ""

    def key_for(self, binding_id: str, default: str) -> str:
        """The key (as shown) bound to a binding id, after any remapping."""
        keys = self.app.keymap_of(binding_id)
        if not keys:
            return default
        first = keys.split(",")[0].strip()
        return self.app.get_key_display(Binding(first, "noop"))

    # --- tagging a conflicted claim ---------------------------------------------------

    def set_claim_status(self, claim_id: int, status: str) -> None:
        """Tag a claim (saved on a thread); on a claim with conflicting verdicts the tag settles the conflict."""
        store = self.state.store
        if claim_id in store.conflicts:
            said = f"Conflict on claim {claim_id} settled: {status_label(status)}. The analysts' verdicts stay in its history."
            store.resolve_conflict(claim_id, status, then=lambda ok: self.after_save(claim_id, ok, said))
            return
        store.set_status(claim_id, status, then=lambda ok: self.after_save(claim_id, ok))

    def action_next_conflict(self) -> None:
        conflicts = list(self.state.store.conflicts)
        if not conflicts:
            self.notify("No conflicting verdicts to settle.", markup=False, timeout=3)
            return
        selected = self.state.selected
        later = [c for c in conflicts if selected is None or c > selected]
        target = (later or conflicts)[0]
        if target not in self.panel.rows:
            self.action_clear_filters()
        self.select_claim(target)
        self.notify(
            f"Claim {target}: the analysts disagree; tag it to settle ({len(conflicts)} to settle).",
            markup=False,
            timeout=4,
        )

    # --- quitting ---------------------------------------------------------------------

    def action_quit(self) -> None:
        """Quit once every change is on disk; if saving fails, try once more, then ask before losing them."""
        store = self.state.store
        if self._asking_quit:
            self.app.exit(0)  # (asked already: quitting again means quit)
            return
        if store.saving:
            self.notify("Saving… the app quits once the annotations are on disk.", markup=False, timeout=4)
        if not store.saving and not store.save_error:
            self.app.exit(0)
            return
        self._asking_quit = True  # a second q while waiting quits at once
        store.submit(lambda s: s.save_error is None or s.retry_save(), then=self._quit_when_saved)

    def _quit_when_saved(self, ok) -> None:
        if ok:
            self.app.exit(0)
            return
        self._asking_quit = False
        self.storage_changed()
        self._ask_quit()

    def _ask_quit(self) -> None:
        store = self.state.store
        from analyst_tui.tui.dialogs.confirm import ConfirmDialog

        question = Text("Quit without saving?\n", style="bold", end="")
        question.append(f"{one_line(str(store.save_error))}.\n")
        question.append(
            f"Changes since the last save are lost on quitting; {self.key_for('review.save_as', 'S')} saves them elsewhere.",
            "dim",
        )

        def done(yes: bool | None) -> None:
            self._asking_quit = False
            if yes:
                self.app.exit(0)

        self._asking_quit = True
        self.app.push_screen(ConfirmDialog(question, yes="Quit", no="Stay"), done)

    # --- save elsewhere ---------------------------------------------------------------

    def action_save_as(self) -> None:
        from analyst_tui.tui.dialogs.save_as import SaveAsDialog

        store = self.state.store
        why = store.save_error or (store.read_only_reason if store.read_only else None)

        def save(path: str, answer) -> None:
            """Checks the path, then saves on the thread; ``answer(None or the reason it failed)``."""
            target = Path(path).expanduser()
            if target.is_dir():
                target = target / Path(store.path).name
            same = target.exists() and target.resolve() == Path(store.path).resolve()
            if same and store.read_only:
                answer("that is the read-only file itself; choose another file")
                return
            if target.exists() and not same:
                answer(f"{tilde_home(str(target))} already exists; choose a new file name (nothing is overwritten)")
                return

            def done(ok) -> None:
                if ok:
                    answer(None)
                    return
                error = one_line(str(store.save_error or "the annotations could not be saved there"))
                answer(error[len("not saved: ") :] if error.lower().startswith("not saved: ") else error)
                self.storage_changed()

            store.save_as(target, then=done)

        def done(path: str | None) -> None:
            if path is None:
                return
            self.notify(
                f"Annotations saved to {tilde_home(str(store.path))}; later changes are saved there.",
                title="Annotations",
                markup=False,
                timeout=8,
            )
            self.storage_changed()

        self.app.push_screen(SaveAsDialog(suggest_path(store), save, why), done)

    # --- orphans ------------------------------------------------------------------------

    def action_orphans(self) -> None:
        store = self.state.store
        if not store.orphans:
            self.notify("No orphans: every annotation found its sentences.", markup=False, timeout=3)
            return
        from analyst_tui.tui.dialogs.orphans import OrphansScreen

        self.app.push_screen(OrphansScreen(self.state, requester=self))

    def on_orphan_placed(self, message: "OrphanPlaced") -> None:
        """An orphan was re-attached to a claim: redraw it and select it."""
        claim_id = message.claim_id
        if claim_id not in self.panel.rows:
            self.action_clear_filters()
        self.claim_changed(claim_id, select=True)
        if not message.saved:
            self.say_not_saved()
        self.storage_changed()

    def on_orphan_discarded(self, message: "OrphanDiscarded") -> None:
        if not message.saved:
            self.say_not_saved()
        self.storage_changed()

    def on_change_refused(self, _message: "ChangeRefused") -> None:
        self.refuse_if_read_only()
