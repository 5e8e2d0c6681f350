"""Saving without blocking the interface.

A save can take seconds (a 200 MB annotation file, another process holding the lock). The
review app therefore never calls the annotation store itself: ``BackgroundStore`` queues
every change, save, retry and refresh to one thread, which runs them one at a time in the
order given, so no edit is lost or reordered. A change shows on screen at once (an overlay
of pending values) and the app learns the outcome later, on its own thread, through the
callback given with the change. Reads never touch the disk: they come from a copy of the
annotations taken by the thread after each operation.
"""

from __future__ import annotations

import copy
import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from textual.message import Message

from analyst_tui.core.annotations import ClaimAnnotation, Orphan
from analyst_tui.core.model import Status
from analyst_tui.tui.store import AnnotationFile

Work = Callable[[AnnotationFile], Any]


class StoreFinished(Message):
    """An operation on the annotations finished on the saving thread; ``finish`` applies it."""

    def __init__(self, finish: Callable[[], None]) -> None:
        super().__init__()
        self.finish = finish


@dataclass
class _Snapshot:
    """The store as the thread left it after one operation (read on the app's thread)."""

    path: Path
    read_only: bool
    read_only_reason: str | None
    save_error: str | None
    message: str | None
    orphans: list[Orphan]
    conflicts: list[int]
    can_undo: bool
    views: dict[int, ClaimAnnotation] = field(default_factory=dict)


@dataclass(eq=False)
class _Pending:
    claim: int | None
    shows: dict[str, Any]


def _take(store: AnnotationFile, claims: Iterable[int], full: bool = False) -> _Snapshot:
    views = {a.claim_id: a for a in store.annotations()} if full else {c: store.get(c) for c in claims}
    return _Snapshot(
        path=Path(store.path),
        read_only=bool(store.read_only),
        read_only_reason=store.read_only_reason,
        save_error=store.save_error,
        message=store.message,
        orphans=list(store.orphans),
        conflicts=list(store.conflicts),
        can_undo=bool(store.can_undo),
        views=views,
    )


def _failure(exc: BaseException) -> str:
    detail = str(exc) or type(exc).__name__
    return f"could not save the annotations: {detail}"


class BackgroundStore:
    """The annotations as the app sees them; changes are saved on a thread, in order.

    ``deliver(fn)`` must run ``fn`` on the app's thread (the app posts a ``StoreFinished``).
    """

    def __init__(self, store: AnnotationFile, deliver: Callable[[Callable[[], None]], None]) -> None:
        self._store = store
        self._deliver = deliver
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._pending: list[_Pending] = []
        self._in_flight = 0
        self._external: set[int] = set()
        self._view: dict[int, ClaimAnnotation] = {}
        self._apply(_take(store, (), full=True))

    # --- reading (the app's thread) ----------------------------------------------------

    def _apply(self, snap: _Snapshot) -> None:
        self.path = snap.path
        self.read_only = snap.read_only
        self.read_only_reason = snap.read_only_reason
        self.save_error = snap.save_error
        self.message = snap.message
        self.orphans = snap.orphans
        self._conflicts = snap.conflicts
        self.can_undo = snap.can_undo
        self._view.update(snap.views)

    def get(self, claim_id: int) -> ClaimAnnotation:
        """The claim's annotation as it will be once every queued change is saved."""
        ann = self._view.get(claim_id)
        ann = copy.copy(ann) if ann is not None else ClaimAnnotation(claim_id=claim_id)
        for p in self._pending:
            if p.claim == claim_id:
                for key, value in p.shows.items():
                    setattr(ann, key, value)
        return ann

    def status(self, claim_id: int) -> str:
        for p in reversed(self._pending):
            if p.claim == claim_id and "status" in p.shows:
                return p.shows["status"]
        ann = self._view.get(claim_id)
        return ann.status if ann is not None else Status.UNREVIEWED.value

    @property
    def conflicts(self) -> list[int]:
        settled = {p.claim for p in self._pending if "conflicts" in p.shows}
        return [c for c in self._conflicts if c not in settled]

    @property
    def saving(self) -> bool:
        """True while a change, save or refresh is queued or running."""
        return self._in_flight > 0

    def take_external_changes(self) -> list[int]:
        """Claims another session changed (found by a save or refresh) since the last call."""
        out = sorted(self._external)
        self._external.clear()
        return out

    # --- changing (queued) ---------------------------------------------------------------

    def submit(
        self,
        work: Work,
        then: Callable[[Any], None] | None = None,
        *,
        claim: int | None = None,
        shows: dict[str, Any] | None = None,
        touches: Callable[[Any], Iterable[int]] | None = None,
    ) -> None:
        """Queue ``work(store)``; ``shows`` are the claim's values on screen until it is done.

        ``then(result)`` runs on the app's thread afterwards (``None`` if the work raised: the
        reason is then in ``save_error``). ``touches(result)``: further claims it changed.
        """
        pending = _Pending(claim, dict(shows)) if shows else None
        if pending is not None:
            self._pending.append(pending)
        self._in_flight += 1
        self._queue.put((work, then, pending, claim, touches))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="annotations", daemon=True)
            self._thread.start()

    def set_status(self, claim_id: int, status: str, then=None) -> None:
        self.submit(lambda s: s.set_status(claim_id, status), then, claim=claim_id, shows={"status": status})

    def set_note(self, claim_id: int, note: str, then=None) -> None:
        self.submit(lambda s: s.set_note(claim_id, note), then, claim=claim_id, shows={"note": note})

    def set_attribution(self, claim_id: int, who, sentence, then=None) -> None:
        who = who.strip() if isinstance(who, str) else None
        shows = {"attributed_to": who or None, "attribution": sentence}
        self.submit(lambda s: s.set_attribution(claim_id, who, sentence), then, claim=claim_id, shows=shows)

    def set_verdict(self, claim_id: int, status: str, who, sentence, then=None) -> None:
        """A tag with who made it and the sentence that carries it, as one change (one undo)."""
        who = who.strip() if isinstance(who, str) else None
        shows = {"status": status, "attributed_to": who or None, "attribution": sentence}
        self.submit(lambda s: s.set_verdict(claim_id, status, who, sentence), then, claim=claim_id, shows=shows)

    def resolve_conflict(self, claim_id: int, status: str, then=None) -> None:
        shows = {"status": status, "conflicts": []}
        self.submit(lambda s: s.resolve_conflict(claim_id, status), then, claim=claim_id, shows=shows)

    def undo(self, then=None) -> None:
        self.submit(lambda s: s.undo(), then, touches=lambda claim_id: [claim_id] if claim_id is not None else [])

    def reattach(self, orphan: Orphan, claim_id: int, then=None) -> None:
        self.submit(lambda s: s.reattach(orphan, claim_id), then, claim=claim_id)

    def discard(self, orphan: Orphan, then=None) -> None:
        self.submit(lambda s: s.discard(orphan), then)

    def retry_save(self, then=None) -> None:
        self.submit(lambda s: s.retry_save(), then)

    def refresh(self, then=None) -> None:
        self.submit(lambda s: s.refresh(), then)

    def save_as(self, path: str | Path, then=None) -> None:
        self.submit(lambda s: s.save_as(path), then)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until everything queued is on disk (or failed); for quitting. True if done."""
        done = threading.Event()
        self._queue.put((None, done, None, None, None))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="annotations", daemon=True)
            self._thread.start()
        return done.wait(timeout)

    # --- the saving thread ---------------------------------------------------------------

    def _run(self) -> None:
        store = self._store
        while True:
            work, then, pending, claim, touches = self._queue.get()
            if work is None:  # a marker queued by wait()
                then.set()
                continue
            error: BaseException | None = None
            result: Any = None
            try:
                result = work(store)
            except Exception as exc:  # any error while saving is a save failure, never a crash
                error = exc
            try:
                changed = list(store.take_external_changes())
                claims = set(changed)
                if claim is not None:
                    claims.add(claim)
                if touches is not None and error is None:
                    claims.update(touches(result))
                snap = _take(store, claims)
            except Exception as exc:  # the copy itself failed: report it, keep the old view
                error = error or exc
                changed, snap = [], None
            self._deliver(lambda: self._finish(then, pending, result, error, snap, changed))

    def _finish(self, then, pending, result, error, snap, changed) -> None:
        """Back on the app's thread: the saved state replaces the pending values."""
        self._in_flight -= 1
        if pending is not None:
            self._pending = [p for p in self._pending if p is not pending]
        if snap is not None:
            self._apply(snap)
        self._external.update(changed)
        if error is not None:
            self.save_error = _failure(error)
            result = None
        if then is not None:
            then(result)
