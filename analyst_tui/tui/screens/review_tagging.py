"""The review screen's tagging: status keys, notes, attributions, undo, and what a save says."""

from __future__ import annotations

from typing import TYPE_CHECKING


from analyst_tui.core.model import Status
from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import one_line, status_label, tilde_home

if TYPE_CHECKING:  # dialogs are imported when first opened: a faster start
    from analyst_tui.tui.dialogs.attribution import Attribution


class TaggingMixin(ReviewParts):
    """Part of ReviewScreen: every change to a claim's annotation, queued for saving."""


    # --- tagging ----------------------------------------------------------------------

    def need_claim(self) -> int | None:
        if self.state.selected is None:
            self.notify("Select a claim first (j / k).", severity="warning", markup=False)
            self.app.bell()
        return self.state.selected

    def refuse_if_read_only(self) -> bool:
        store = self.state.store
        if not store.read_only:
            return False
        reason = store.read_only_reason or "another program or a newer version owns the file"
        self.notify(
            f"Annotations are read-only, nothing is changed: {one_line(str(reason))}. "
            f"{self.key_for('review.save_as', 'S')} saves them elsewhere, then you can go on.",
            title="Annotations",
            severity="warning",
            markup=False,
        )
        return True

    def say_not_saved(self) -> None:
        error = self.state.store.save_error or "the annotations could not be saved"
        self.notify(
            f"Not saved: {one_line(str(error))}. Your change is kept in memory and retried every few seconds; "
            f"{self.key_for('review.retry_save', 'ctrl+s')} retries now, {self.key_for('review.save_as', 'S')} saves elsewhere.",
            title="Annotations",
            severity="error",
            timeout=12,
            markup=False,
        )
        self.update_status()
        self.update_bindings()

    def action_tag(self, status: str) -> None:
        claim_id = self.need_claim()
        if claim_id is None:
            return
        if self.refuse_if_read_only():
            return
        self.set_claim_status(claim_id, status)  # settles a conflict, if any; saved on a thread
        self.claim_changed(claim_id)
        if Status.parse(status).needs_attribution:
            who = self.state.store.get(claim_id).attributed_to
            hint = "" if who else f" Press {self.key_for('review.attribute', 'a')} to record who {status} it and where."
            self.notify(f"Claim {claim_id}: {status_label(status)}.{hint}", markup=False, timeout=4)

    def after_save(self, claim_id: int | None, ok, said: str | None = None) -> None:
        """A change reached the disk (ok) or not: redraw what the saved state shows, and say so."""
        if claim_id is not None:
            self.claim_changed(claim_id)
        if not ok:
            self.say_not_saved()
        elif said:
            self.notify(said, markup=False, timeout=4)
        self.storage_changed()

    def claim_changed(self, claim_id: int, select: bool = False) -> None:
        """A claim's status, note or attribution changed: redraw what shows it."""
        for pane in self.visible_panes():
            if pane.has_claim(claim_id):
                pane.relayout()
        # hidden panes are laid out again when shown (_show)
        panel = self.panel
        self.take_external_changes(exclude=claim_id)  # what another session saved meanwhile
        if self.state.filter.status is not None:
            old_row = panel.highlighted
            panel.rebuild()
            if self.state.selected not in panel.rows and panel.rows and old_row is not None:
                self.select_claim(panel.rows[min(old_row, len(panel.rows) - 1)])
        else:
            panel.update_claim(claim_id)
        if select and claim_id != self.state.selected:
            self.select_claim(claim_id)
        self.detail.show(self.state.selected)
        self.update_heading()
        self.update_status()
        self.update_tab_labels()
        self.update_bindings()

    def action_note(self) -> None:
        claim_id = self.need_claim()
        if claim_id is None:
            return
        if self.refuse_if_read_only():
            return
        note = self.state.store.get(claim_id).note or ""

        def done(text: str | None) -> None:
            if text is None:
                return
            said = f"Note on claim {claim_id} saved." if text.strip() else f"Note on claim {claim_id} removed."
            self.state.store.set_note(claim_id, text.rstrip(), then=lambda ok: self.after_save(claim_id, ok, said))
            self.claim_changed(claim_id)

        from analyst_tui.tui.dialogs.note import NoteDialog

        self.app.push_screen(NoteDialog(claim_id, note), done)

    def action_attribute(self) -> None:
        claim_id = self.need_claim()
        if claim_id is None:
            return
        store = self.state.store
        status = store.status(claim_id)
        if not Status.parse(status).needs_attribution:
            deny, dispute = self.key_for("review.deny", "x"), self.key_for("review.dispute", "d")
            self.notify(
                f"Claim {claim_id} is {status_label(status)}: only a denial or dispute is attributed. "
                f"Tag it denied ({deny}) or disputed ({dispute}) first, then say who made it.",
                markup=False,
            )
            return
        if self.refuse_if_read_only():
            return
        ann = store.get(claim_id)

        def done(result: "Attribution | None") -> None:
            if result is None:
                return
            if result.clear:
                said = f"Attribution removed from claim {claim_id}."
                store.set_attribution(claim_id, None, None, then=lambda ok: self.after_save(claim_id, ok, said))
            else:
                said = f"Claim {claim_id}: {status} by {result.who or 'someone unnamed'}."
                store.set_attribution(claim_id, result.who, result.sentence, then=lambda ok: self.after_save(claim_id, ok, said))
            self.claim_changed(claim_id)

        from analyst_tui.tui.dialogs.attribution import AttributionDialog

        self.app.push_screen(
            AttributionDialog(
                self.state.comparison,
                claim_id,
                status,
                who=ann.attributed_to,
                sentence=ann.attribution,
            ),
            done,
        )

    def action_undo(self) -> None:
        if self.refuse_if_read_only():
            return
        store = self.state.store

        def done(claim_id: int | None) -> None:
            if claim_id is None:
                if store.save_error:
                    self.say_not_saved()
                else:
                    self.notify("Nothing to undo.", markup=False, timeout=3)
                return
            if self.state.filter.status is not None:
                self.panel.rebuild()
            self.claim_changed(claim_id, select=True)
            if store.save_error:
                self.say_not_saved()
                return
            self.notify(f"Undone: claim {claim_id} is {status_label(store.status(claim_id))}.", markup=False, timeout=4)

        store.undo(then=done)  # after every change queued before it
        self.storage_changed()

    def action_retry_save(self) -> None:
        store = self.state.store

        def done(ok) -> None:
            if ok:
                self.notify(f"Saved to {tilde_home(str(store.path))}.", markup=False, timeout=4)
            else:
                self.say_not_saved()
            self.storage_changed()

        store.retry_save(then=done)
        self.storage_changed()

