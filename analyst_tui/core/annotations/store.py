"""The store of one case's annotations: the analyst's changes, undo, orphans; saved at once.

The file format is documented in docs/annotation-format.md. In short: one JSON file per
case, versioned, written with sorted keys and a stable order; each annotation is anchored to
its claim's member sentences by quote (with context) and position, so it can be re-attached
when claim numbers change or the articles are edited. Every change is written at once,
atomically, under a lock, merged with whatever another session wrote meanwhile.

Saving without blocking the interface: set ``store.autosave = False`` and the changes
(``set_status``, ``set_note``, ...) only change memory and return at once; then call
``store.save()`` in a worker thread (e.g. ``run_worker(store.save, thread=True)``): it returns
True when saved, else False with ``save_error`` set (NOT SAVED, retry, save elsewhere). With
``autosave`` (the default) every change saves at once, as before.

Thread safety: every public method takes the store's lock (a re-entrant lock) for the time it
works in memory; ``save`` and ``refresh`` release it while they wait for the file lock and
read, parse or write the file, so the interface can read the store meanwhile. Saves and
refreshes run one at a time. Nothing here raises for a bad file, a full disk, a read-only folder or text that
cannot be encoded: the edits stay in memory and ``message`` / ``save_error`` explain.
"""

from __future__ import annotations

import copy
from pathlib import Path

import analyst_tui.core.annotations.anchoring as anchoring
import analyst_tui.core.annotations.cases as cases
import analyst_tui.core.annotations.diskfile as diskfile
from analyst_tui.core.annotations.format import STATUS_WORDS, list_field, now
from analyst_tui.core.annotations.records import Orphan, from_record
from analyst_tui.core.annotations.session_merge import merge_records, snapshot
from analyst_tui.core.annotations.state import synchronized
from analyst_tui.core.annotations.sync import SyncedState
from analyst_tui.core.model import Comparison, Sentence, Status
from analyst_tui.core.sanitize import encodable, shown

UNREVIEWED = Status.UNREVIEWED.value


class AnnotationStore(SyncedState):
    """The annotations of one case, saved to ``path`` after every change."""

    @classmethod
    def open(
        cls,
        comparison: Comparison,
        path: str | Path | None = None,
        *,
        case: str | None = None,
        analyst: str | None = None,
    ) -> "AnnotationStore":
        """Open (or start) the annotations of ``comparison``. Never raises for a bad file."""
        notices = []
        if path is not None:
            target = Path(path).expanduser()
        else:
            try:
                target = default_path(comparison, case)
            except OSError as exc:  # an unreadable data folder: the save will say so too
                folder = cases.cases_dir()
                target = folder / f"{cases.slug(cases.default_case_name(comparison))}{cases.SUFFIX}"
                notices.append(f"cannot look through saved cases in {shown(folder)}: {diskfile.why(exc)}")
        case = encodable(case) if case is not None else None
        analyst = encodable(analyst) if analyst is not None else None
        store = cls(comparison, target, case=case, analyst=analyst)
        store._notices = notices
        store._load()
        return store

    def _change(self, claim_id: int, *, record_undo: bool = True, _pulled: bool = False, **values) -> bool:
        ann = self._ensure(claim_id)
        rid = ann.uid
        before = self._values(ann, self._attr_targets.get(rid))
        after = dict(before)
        after.update(values)
        if "attribution" in values and "attr_target" not in values:
            sent = values["attribution"]
            after["attr_target"] = anchoring.sentence_target(self.comparison, sent) if sent is not None else None
            after["attribution_quote"] = sent.text if sent is not None else None
        keys = ("status", "note", "attributed_to", "attribution_quote", "attr_target")
        if all(after[k] == before[k] for k in keys):
            if not _pulled and not self.read_only:
                # nothing changes here, but another session may have changed it meanwhile:
                # take its changes and apply this one on top, so the analyst's intent stands
                self.refresh()
                return self._change(claim_id, record_undo=record_undo, _pulled=True, **values)
            return self._after_change() if self._dirty else (self.save_error is None and not self.read_only)
        if record_undo:
            self._undo.append((rid, before))
        if ann.modified is not None:
            ann.history.append(
                {
                    "status": ann.status,
                    "note": ann.note,
                    "attributed_to": ann.attributed_to,
                    "attribution_quote": ann.attribution_quote,
                    "analyst": ann.analyst,
                    "modified": ann.modified,
                }
            )
        ann.status = after["status"]
        ann.note = after["note"]
        ann.attributed_to = after["attributed_to"]
        ann.attribution = after["attribution"]
        ann.attribution_quote = after["attribution_quote"]
        self._attr_targets[rid] = after["attr_target"]
        stamp = now()
        if ann.modified is not None and stamp <= ann.modified:  # clocks that step back must not reorder changes
            stamp = ann.modified
        ann.modified = stamp
        ann.created = ann.created or stamp
        ann.analyst = self.analyst
        self._mark_dirty()
        return self._after_change()

    @synchronized
    def set_status(self, claim_id: int, status: str) -> bool:
        if status not in STATUS_WORDS:
            raise ValueError(f"unknown status {status!r}")
        return self._change(claim_id, status=Status(status).value)

    @synchronized
    def set_note(self, claim_id: int, note: str) -> bool:
        return self._change(claim_id, note=encodable(str(note)))

    @synchronized
    def set_attribution(self, claim_id: int, who: str | None, sentence: Sentence | None) -> bool:
        who = encodable(who).strip() if isinstance(who, str) else None
        return self._change(claim_id, attributed_to=who or None, attribution=sentence)

    @synchronized
    def set_verdict(self, claim_id: int, status: str, who: str | None, sentence: Sentence | None) -> bool:
        """A tag with who made it and the sentence that carries it, as one change (one undo)."""
        if status not in STATUS_WORDS:
            raise ValueError(f"unknown status {status!r}")
        who = encodable(who).strip() if isinstance(who, str) else None
        return self._change(claim_id, status=Status(status).value, attributed_to=who or None, attribution=sentence)

    @synchronized
    def undo(self) -> int | None:
        """Undo the last change made in this session (saved at once); returns its claim id."""
        while self._undo:
            rid, before = self._undo.pop()
            ann = self._anns.get(rid)
            if ann is None:  # discarded or merged away since
                continue
            restore = {k: before[k] for k in ("status", "note", "attributed_to", "attribution", "attr_target", "attribution_quote")}
            self._change(ann.claim_id, record_undo=False, **restore)
            return ann.claim_id
        return None

    @property
    @synchronized
    def can_undo(self) -> bool:
        return any(rid in self._anns for rid, _ in self._undo)

    @synchronized
    def resolve_conflict(self, claim_id: int, status: str) -> bool:
        """Settle a merged disagreement: the claim takes ``status``; the verdicts move to history."""
        if status not in STATUS_WORDS:
            raise ValueError(f"unknown status {status!r}")
        ann = self._ensure(claim_id)
        old = ann.conflicts
        if not old:
            return self.set_status(claim_id, status)
        for c in old:
            entry = {k: c.get(k) for k in ("status", "note", "analyst", "modified")}
            entry["resolved"] = True
            ann.history.append(entry)
        ann.conflicts = []
        if ann.status == status:
            ann.modified = max(now(), ann.modified or "")
            ann.analyst = self.analyst
            self._mark_dirty()
            return self._after_change()
        return self._change(claim_id, status=status, record_undo=False)

    @synchronized
    def reattach(self, orphan: Orphan | str, claim_id: int) -> bool:
        """Put an orphan's annotation on a claim (its sentences are re-anchored to that claim)."""
        rid = orphan.uid if isinstance(orphan, Orphan) else str(orphan)
        rec = self._orphan_recs.get(rid)
        claim = self._claims.get(claim_id)
        if rec is None or claim is None:
            return False
        existing = self._by_claim.get(claim_id)
        if existing is not None and not self._anns[existing].is_blank:
            # the claim has its own annotation: keep both by merging the orphan into it
            mine = self._record(existing)
            merged = merge_records(mine, {**rec, "target": mine["target"]}, None)
            theirs_status = rec.get("status", UNREVIEWED)
            if mine["status"] != UNREVIEWED:
                merged["status"] = mine["status"]
                if theirs_status not in (UNREVIEWED, mine["status"]):
                    # two verdicts on one claim: the analyst settles them like a merge conflict
                    verdicts = list(list_field(merged.get("conflicts")))
                    for r in (mine, rec):
                        v = {k: r.get(k) for k in ("analyst", "status", "note", "modified")}
                        if v not in verdicts:
                            verdicts.append(v)
                    merged["conflicts"] = verdicts
            self._adopt(existing, merged)
            self._tombstones[rid] = {**copy.deepcopy(rec), "discarded": now(), "merged_into": existing}
        else:
            if existing is not None:
                del self._anns[existing]
            ann = from_record(rec, claim_id)
            ann.score = 1.0
            ann.history.append({**snapshot(rec), "reattached": now(), "analyst": self.analyst})
            ann.modified = max(now(), ann.modified or "")
            self._anns[rid] = ann
            self._by_claim[claim_id] = rid
            self._place_attribution(ann, rid)
        del self._orphan_recs[rid]
        self.orphans = [o for o in self.orphans if o.uid != rid]
        self._mark_dirty()
        return self._after_change()

    @synchronized
    def discard(self, orphan: Orphan | str) -> bool:
        """Drop an orphan from view. Its record stays in the file, marked discarded."""
        rid = orphan.uid if isinstance(orphan, Orphan) else str(orphan)
        rec = self._orphan_recs.pop(rid, None)
        if rec is None:
            return False
        self._tombstones[rid] = {**rec, "discarded": now(), "discarded_by": self.analyst}
        self.orphans = [o for o in self.orphans if o.uid != rid]
        self._mark_dirty()
        return self._after_change()


def default_path(comparison: Comparison, case: str | None = None) -> Path:
    """Where ``AnnotationStore.open(comparison, case=case)`` keeps the annotations."""
    folder = cases.cases_dir()
    if case:
        return folder / f"{cases.slug(case)}{cases.SUFFIX}"
    return cases.find_case_file(comparison, folder) or cases.new_case_path(folder, cases.default_case_name(comparison))
