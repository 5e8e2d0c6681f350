"""Keeping a case's annotations on disk: open, read, merge another session's changes, save.

Every change is written at once, atomically, under a lock, merged with whatever another
session wrote meanwhile. Nothing here raises for a bad file, a full disk, a read-only
folder or text that cannot be encoded: the edits stay in memory and ``message`` /
``save_error`` explain what happened. Only a file of ours is ever set aside or replaced.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from pathlib import Path
from typing import Iterator

import analyst_tui.core.annotations.diskfile as diskfile
from analyst_tui.core.annotations.format import FileProblem, content, parse_document, readable, record_id
from analyst_tui.core.annotations.session_merge import merge_records
from analyst_tui.core.annotations.state import AnnotationState, synchronized
from analyst_tui.core.sanitize import shown


class SyncedState(AnnotationState):
    """Annotation state kept in one file: loading, merging with other sessions, saving."""

    @property
    def lock_path(self) -> Path:
        return diskfile.lock_path(self.path)

    def _load(self) -> None:
        text = None
        try:
            text, seen = diskfile.read_seen(self.path, raw=True)  # parsed from bytes in short steps
            if text is None:
                self._finish_open()
                return
            data = parse_document(text)
        except FileProblem as problem:
            self._file_problem(problem, text)
            self._finish_open()
            return
        except OSError as exc:
            self._set_read_only(f"cannot read {shown(self.path)}: {diskfile.why(exc)}")
            self._finish_open()
            return
        self._disk_seen = seen
        self._take_header(data)
        if diskfile.read_only_mode(self.path):
            self._set_read_only(f"{shown(self.path)} is a read-only file; it is opened read-only and left untouched")
        records = data.get("annotations") or []
        self._base = {rid: copy.deepcopy(r) for r in records if (rid := record_id(r))}
        self._ingest(records)
        self._finish_open()

    def _take_header(self, data: dict) -> None:
        case = data.get("case") if isinstance(data.get("case"), dict) else {}
        if isinstance(case.get("name"), str) and case["name"] and not self._case_given:
            self.case = case["name"]
        self._header_extra = {k: v for k, v in data.items() if k not in ("format", "version", "case", "modified", "annotations")}
        self.saved_one_story = case.get("one_story") is True
        self._take_numbers(case)

    def _file_problem(self, problem: FileProblem, text: str | bytes | None = None) -> None:
        where = shown(self.path)
        if problem.kind == "corrupt" and diskfile.is_ours(self.path, text):
            try:
                aside = diskfile.set_aside(self.path)
            except OSError as exc:
                self._set_read_only(
                    f"annotation file {where} is damaged ({problem.detail}) and could not be moved aside "
                    f"({diskfile.why(exc)}); it is left untouched and opened read-only"
                )
                return
            self._notices.append(
                f"annotation file was damaged ({problem.detail}); it was moved aside to {shown(aside)} and a new one started"
            )
        elif problem.kind == "corrupt":
            self._set_read_only(
                f"{where} is not an analyst-tui annotation file ({problem.detail}); it is opened read-only and left untouched"
            )
        elif problem.kind == "newer":
            self._set_read_only(f"{where} was {problem.detail}; it is opened read-only and left untouched")
        elif problem.kind == "foreign":
            self._set_read_only(f"{where} is {problem.detail}; it is opened read-only and left untouched")
        else:
            self._set_read_only(f"cannot read {where}: {problem.detail}")

    def _set_read_only(self, reason: str) -> None:
        self.read_only = True
        self.read_only_reason = reason
        self._notices.append(reason)

    def _finish_open(self) -> None:
        if self.orphans:
            n = len(self.orphans)
            self._notices.append(
                f"{n} annotation{'s' if n != 1 else ''} could not be re-attached to a claim and "
                f"{'are' if n != 1 else 'is'} kept as orphan{'s' if n != 1 else ''}"
            )
        self.message = "; ".join(self._notices) or None

    # ------------------------------------------------------------------ saving

    def _read_disk(self) -> dict | None:
        """The file's parsed document when another session changed it since we last read or wrote
        it, else None (unchanged or missing). Raises FileProblem. Runs without the store's lock.

        A file still as we left it is not read back (see :func:`diskfile.still`)."""
        self._read_text = None
        self._read_seen = diskfile.still(self.path, self._disk_seen)
        if self._read_seen is not None:
            self._disk_seen = self._read_seen  # checked now: perhaps no longer needs hashing
            return None
        text, self._read_seen = diskfile.read_seen(self.path, raw=True)  # parsed from bytes in short steps
        self._read_text = text
        if text is None:
            return None
        return parse_document(text, self._renderer.known)  # notes as we wrote them are not copied again

    def _records_of(self, data: dict) -> dict[str, dict]:
        """The records of a parsed file this version can place (the others are kept as they are)."""
        out: dict[str, dict] = {}
        for rec in data.get("annotations") or []:
            rid = record_id(rec)
            if rid is None or rid in out or not readable(rec):
                self._keep_opaque(rec)  # another session's unreadable record: kept as it is
            else:
                out[rid] = rec
        return out

    @contextlib.contextmanager
    def _one_at_a_time(self) -> Iterator[None]:
        """Saves and refreshes run one at a time (waiting releases the store's lock)."""
        me = threading.current_thread()
        with self._idle:
            if self._saving is me:  # already inside one (the same thread)
                nested = True
            else:
                nested = False
                while self._saving is not None:
                    self._idle.wait()
                self._saving = me
        try:
            yield
        finally:
            if not nested:
                with self._idle:
                    self._saving = None
                    self._idle.notify_all()

    def _merge_disk(self, disk: dict[str, dict]) -> list[int]:
        """Fold another session's changes into memory; returns the claim ids that changed."""
        changed: list[int] = []
        fresh = []
        for rid, theirs in disk.items():
            base = self._base.get(rid)
            if base is not None and content(theirs) == content(base):
                continue  # nobody else touched it
            if rid in self._tombstones:
                continue  # discarded here; the record itself is kept in the tombstone
            if theirs.get("discarded"):
                if rid in self._orphan_recs:
                    del self._orphan_recs[rid]
                    self.orphans = [o for o in self.orphans if o.uid != rid]
                self._tombstones[rid] = copy.deepcopy(theirs)
                if rid in self._anns:
                    ann = self._anns.pop(rid)
                    self._by_claim.pop(ann.claim_id, None)
                    changed.append(ann.claim_id)
                continue
            if rid in self._anns:
                ours = self._record(rid)
                if content(ours) == content(theirs):
                    continue
                merged = merge_records(ours, theirs, base)
                if content(merged) != content(ours):
                    self._adopt(rid, merged)
                    changed.append(self._anns[rid].claim_id)
            elif rid in self._orphan_recs:
                ours = self._orphan_recs[rid]
                merged = merge_records(ours, theirs, base)
                if base is None or theirs.get("target") != base.get("target"):
                    # the other session anchored it anew (re-attached by hand): try its anchors here
                    merged["target"] = copy.deepcopy(theirs.get("target"))
                    del self._orphan_recs[rid]
                    self.orphans = [o for o in self.orphans if o.uid != rid]
                    fresh.append(merged)
                else:
                    old = next((o for o in self.orphans if o.uid == rid), None)
                    self._make_orphan(
                        rid,
                        merged,
                        self._targets.get(rid, []),
                        old.score if old else 0.0,
                        old.reason if old else "",
                        old.suggested_claim if old else None,
                    )
            else:
                fresh.append(theirs)
        if fresh:
            changed += self._ingest(fresh)
        return sorted(set(changed))

    def _after_change(self) -> bool:
        """A change in memory is saved at once (autosave), or waits for save() in a worker."""
        if self.read_only or self.autosave:
            return self._save()
        return True

    def save(self) -> bool:
        """Write everything kept in memory now; safe to call from a worker thread.

        Returns True when saved; else False, with ``save_error`` saying why. Any error at all is
        a save failure, never an exception.
        """
        return self._save()

    def _save(self) -> bool:
        with self._mutex:
            if self.read_only:
                self.save_error = (
                    f"not saved: {self.read_only_reason or 'the annotation file is read-only'}; save elsewhere to keep these changes"
                )
                return False
        with self._one_at_a_time():
            try:
                return self._save_now()
            except Exception as exc:  # noqa: BLE001 - a save that fails for any reason keeps the edits in memory
                with self._mutex:
                    self.save_error = f"could not save annotations to {shown(self.path)}: {diskfile.why(exc)}"
                return False

    def _save_now(self) -> bool:
        with diskfile.locked(self.path):  # waiting for another session: the store's lock is free
            try:
                data = self._read_disk()
            except FileProblem as problem:
                with self._mutex:
                    self._notices = []
                    self._file_problem(problem, self._read_text)
                    if self.read_only:  # not ours, or newer: left alone
                        self.message = "; ".join(self._notices[-1:]) or None
                        self.save_error = f"not saved: {self.read_only_reason}"
                        return False
                    self.message = "; ".join(self._notices) or None  # ours, damaged: set aside
                data = None
            with self._mutex:
                self.last_merged = []
                if data is not None:
                    self.last_merged = self._merge_disk(self._records_of(data))
                    self._external.update(self.last_merged)
                generation = self._generation
                records = self._records()
                text = self._document(records)
            diskfile.clean_temp_files(self.path)
            written = diskfile.write(self.path, text)
            with self._mutex:
                self._disk_seen = written
                self._base = records
                if self._generation == generation:  # no change came in while writing
                    self._dirty = False
                self.save_error = None
        return True

    def retry_save(self) -> bool:
        """Try again to write everything kept in memory."""
        return self._save()

    def refresh(self) -> list[int]:
        """Pick up changes another session saved; returns the claim ids that changed."""
        with self._mutex:
            if self.read_only:
                return []
        with self._one_at_a_time():
            try:
                with diskfile.locked(self.path):
                    data = self._read_disk()
                    if data is None:
                        return []
                    with self._mutex:
                        disk = self._records_of(data)
                        changed = self._merge_disk(disk)
                        if not self._dirty:
                            self._base = {rid: copy.deepcopy(r) for rid, r in disk.items()}
                            self._disk_seen = self._read_seen
                        dirty = self._dirty
            except Exception:  # noqa: BLE001 - a refresh that cannot read tries again later
                return []
        if dirty and self.autosave:
            self._save()
        with self._mutex:
            self.last_merged = changed
            self._external.update(changed)
        return changed

    @synchronized
    def take_external_changes(self) -> list[int]:
        """Claims another session changed since the last call (found while saving or refreshing)."""
        out = sorted(self._external)
        self._external.clear()
        return out

    @synchronized
    def save_as(self, path: str | Path) -> bool:
        """Save everything to another file and keep saving there."""
        old = (self.path, self.read_only, self.read_only_reason, self._base, self._disk_seen)
        self.path = Path(path).expanduser()
        self.read_only = False
        self.read_only_reason = None
        self._base = {}
        self._disk_seen = None
        self._mark_dirty()
        if self._save():
            return True
        error = self.save_error
        self.path, self.read_only, self.read_only_reason, self._base, self._disk_seen = old
        self.save_error = error
        return False
