"""The annotations of one case in memory: records placed on claims, orphans, tombstones.

:class:`AnnotationState` turns stored records into live annotations (placed on the claims of
the current Comparison by their anchors) and back into records. It knows nothing of files;
:mod:`sync` adds the disk, :mod:`store` the analyst's changes.
"""

from __future__ import annotations

import copy
import functools
import json
import threading
from typing import Callable, TypeVar
import uuid
from pathlib import Path

from analyst_tui.config import analyst_name
import analyst_tui.core.annotations.anchoring as anchoring
import analyst_tui.core.annotations.cases as cases
import analyst_tui.core.annotations.diskfile as diskfile
import analyst_tui.core.annotations.numbering as numbering
from analyst_tui.core.annotations.format import (
    FORMAT,
    KNOWN_KEYS,
    NAMESPACE,
    VERSION,
    list_field,
    readable,
    record_id,
)
from analyst_tui.core.annotations.records import ClaimAnnotation, Orphan, from_record
from analyst_tui.core.annotations.render import Renderer
from analyst_tui.core.counts import ClaimCounts, claim_counts
from analyst_tui.core.model import Claim, Comparison, Status

UNREVIEWED = Status.UNREVIEWED.value


T = TypeVar("T")


def synchronized(method: Callable[..., T]) -> Callable[..., T]:
    """Run a store method holding the store's lock (saves may run in a worker thread)."""

    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self._mutex:
            return method(self, *args, **kwargs)

    return locked


class AnnotationState:
    """Live annotations and their records for one Comparison (no file access here)."""

    def __init__(self, comparison: Comparison, path: Path, *, case: str | None = None, analyst: str | None = None):
        self.comparison = comparison
        self.path = Path(path)
        self.case = case or cases.default_case_name(comparison)
        self._case_given = case is not None
        self.analyst = analyst or analyst_name()
        self.read_only = False
        self.read_only_reason: str | None = None
        self.save_error: str | None = None
        self.message: str | None = None
        self.orphans: list[Orphan] = []
        self.last_merged: list[int] = []  # claims another session changed, found at the last save or refresh
        self._external: set[int] = set()
        self._locator = anchoring.Locator(comparison)
        self._claims: dict[int, Claim] = {c.id: c for c in comparison.claims}
        self._anns: dict[str, ClaimAnnotation] = {}  # uid -> live annotation (attached)
        self._by_claim: dict[int, str] = {}  # claim id -> uid
        self._targets: dict[str, list[dict]] = {}  # uid -> stored targets (orphans, and attached until rewritten)
        self._attr_targets: dict[str, dict | None] = {}  # uid -> stored attribution target
        self._orphan_recs: dict[str, dict] = {}  # uid -> record, for orphans
        self._tombstones: dict[str, dict] = {}  # uid -> discarded record (kept in the file)
        self._opaque: dict[str, dict] = {}  # records this version cannot read (by their JSON): written back unchanged
        self._extra_keys: dict[str, dict] = {}  # uid -> unknown keys of a record, preserved
        self._header_extra: dict = {}
        self.saved_one_story = False  # the file says the articles were matched as one story (case.one_story)
        self._base: dict[str, dict] = {}  # uid -> record as last read from / written to disk
        self._disk_seen: diskfile.Seen | None = None  # the file as last read or written by this session
        self._read_text: bytes | None = None  # the bytes read by the last _read_disk
        self._read_seen: diskfile.Seen | None = None  # and what it saw of the file
        self._dirty = False
        self._undo: list[tuple[str, dict]] = []
        self._notices: list[str] = []
        self._claim_targets: dict[int, list[dict]] = {}
        self._case_articles: list[dict] | None = None
        self._renderer = Renderer()  # keeps the escaped text of long notes between saves
        self._numbers: dict[str, int] = {}  # claim signature -> number, as stored in the file
        self._mutex = threading.RLock()  # every public method holds it: a save may run in a worker thread
        self._idle = threading.Condition(self._mutex)  # signalled when a save or refresh ends
        self._saving: threading.Thread | None = None  # the thread saving or refreshing now
        self._generation = 0  # counts changes in memory: a save clears dirty only if none came meanwhile
        self.autosave = True  # False: changes stay in memory until save() (run it in a worker thread)

    # ------------------------------------------------------------------ records <-> annotations

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._generation += 1

    def _take_numbers(self, case: dict) -> None:
        """Claims keep the numbers the case gave them (before any record is placed)."""
        self._numbers = numbering.stored_numbers(case)
        if numbering.renumber(self.comparison, self._numbers):
            self._claims = {c.id: c for c in self.comparison.claims}
            self._claim_targets = {}

    def _ingest(self, records: list) -> list[int]:
        """Place records from a file; returns the claim ids that got an annotation."""
        touched = []
        pending = []
        seen: set[str] = set()
        for rec in records:
            rid = record_id(rec)
            targets = rec.get("target") if isinstance(rec, dict) else None
            if isinstance(targets, dict):
                targets = [targets]
            if rid is None or rid in seen or not readable(rec):
                self._keep_opaque(rec)
                continue
            seen.add(rid)
            if rec.get("discarded"):
                self._tombstones[rid] = copy.deepcopy(rec)
                continue
            placement = anchoring.place(self._locator, targets)
            pending.append((placement.score, rid, rec, targets, placement))
        # best-placed first, so two annotations competing for one claim resolve by score
        pending.sort(key=lambda p: (-p[0], p[1]))
        for _score, rid, rec, targets, placement in pending:
            ann = from_record(rec, 0)
            self._targets[rid] = copy.deepcopy(targets)
            attr = rec.get("attribution")
            self._attr_targets[rid] = copy.deepcopy(attr) if isinstance(attr, dict) else None
            self._extra_keys[rid] = {k: copy.deepcopy(v) for k, v in rec.items() if k not in KNOWN_KEYS}
            claim = placement.claim
            if claim is not None and claim.id not in self._by_claim:
                ann.claim_id = claim.id
                ann.score = round(placement.score, 3)
                self._place_attribution(ann, rid)
                self._anns[rid] = ann
                self._by_claim[claim.id] = rid
                touched.append(claim.id)
            else:
                reason = placement.reason if claim is None else f"claim {claim.id} already has another annotation"
                suggestion = placement.suggestion.id if placement.suggestion is not None else (claim.id if claim else None)
                self._make_orphan(rid, rec, targets, placement.best_seen if claim is None else placement.score, reason, suggestion)
        return touched

    def _keep_opaque(self, rec: object) -> None:
        key = json.dumps(rec, sort_keys=True, ensure_ascii=False)
        self._opaque.setdefault(key, copy.deepcopy(rec))

    def _place_attribution(self, ann: ClaimAnnotation, rid: str) -> None:
        target = self._attr_targets.get(rid)
        ann.attribution = None
        ann.attribution_quote = anchoring.target_quote(target) if target else None
        if target:
            found, _seen = self._locator.locate(target)
            if found is not None:
                ann.attribution = found.sentence

    def _make_orphan(
        self, rid: str, rec: dict, targets: list, score: float, reason: str, suggestion: int | None = None
    ) -> None:
        self._orphan_recs[rid] = copy.deepcopy(rec)
        self._targets[rid] = copy.deepcopy(targets)
        self.orphans = [o for o in self.orphans if o.uid != rid]
        quotes = [(str(t.get("outlet") or ""), anchoring.target_quote(t)) for t in targets if isinstance(t, dict)]
        self.orphans.append(
            Orphan(
                uid=rid,
                quote=quotes[0][1] if quotes else "",
                quotes=quotes,
                status=str(rec.get("status") or UNREVIEWED),
                note=str(rec.get("note") or ""),
                attributed_to=rec.get("attributed_to") if isinstance(rec.get("attributed_to"), str) else None,
                analyst=str(rec.get("analyst") or ""),
                modified=rec.get("modified") if isinstance(rec.get("modified"), str) else None,
                score=round(float(score), 3),
                reason=reason,
                conflicts=[c for c in list_field(rec.get("conflicts")) if isinstance(c, dict)],
                suggested_claim=suggestion,
            )
        )
        self.orphans.sort(key=lambda o: (str(o.modified or ""), o.uid))

    def _record(self, rid: str) -> dict:
        """The record of an attached annotation as it goes into the file."""
        ann = self._anns[rid]
        claim = self._claims.get(ann.claim_id)
        if claim is not None:
            targets = self._claim_targets.get(claim.id)
            if targets is None:
                targets = self._claim_targets[claim.id] = anchoring.claim_targets(self.comparison, claim)
            # shared, never modified in place (records are replaced, not edited)
        else:
            targets = self._targets.get(rid, [])
        if ann.attribution is not None:
            attribution = anchoring.sentence_target(self.comparison, ann.attribution)
        else:
            attribution = self._attr_targets.get(rid)
        rec = dict(self._extra_keys.get(rid, {}))
        rec.update(
            {
                "id": rid,
                "type": "Annotation",
                "motivation": "assessing",
                "claim": ann.claim_id,
                "status": ann.status,
                "note": ann.note,
                "attributed_to": ann.attributed_to,
                "attribution": copy.deepcopy(attribution),
                "analyst": ann.analyst,
                "created": ann.created,
                "modified": ann.modified,
                "history": [dict(h) for h in ann.history],
                "conflicts": [dict(c) for c in ann.conflicts],
                "target": targets,
            }
        )
        return rec

    def _records(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for rid, ann in self._anns.items():
            if not ann.is_blank:
                out[rid] = self._record(rid)
        # orphan and tombstone records are replaced whole, never edited in place: no copy needed
        out.update(self._orphan_recs)
        out.update(self._tombstones)
        return out

    def _document(self, records: dict[str, dict]) -> list[str]:
        """The file's text in pieces: joined, equal to ``json.dumps(doc, sort_keys=True, indent=2,
        ensure_ascii=False) + "\\n"``. No piece takes long to make (see :mod:`render`): a long
        note is escaped a block at a time, and reused while it is unchanged."""
        ordered = sorted(records.values(), key=lambda r: (str(r.get("created") or ""), r["id"]))
        ordered += [self._opaque[k] for k in sorted(self._opaque)]
        modified = max((str(r.get("modified") or "") for r in ordered if isinstance(r, dict)), default="") or None
        if self._case_articles is None:
            self._case_articles = cases.case_articles(self.comparison)
        doc = dict(self._header_extra)
        doc.update(
            {
                "format": FORMAT,
                "version": VERSION,
                "case": {
                    "name": self.case,
                    "articles": self._case_articles,
                    "claims": self._counts().claims,  # to review: the one definition of core/counts.py
                    "claim_numbers": numbering.numbers_of(self.comparison, self._numbers),
                    **({"one_story": True} if self.comparison.one_story else {}),
                },
                "modified": modified,
                "annotations": [],
            }
        )
        head = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)
        if not ordered:
            return [head, "\n"]
        before, _marker, after = head.partition('\n  "annotations": []')
        pieces = [before, '\n  "annotations": [\n']
        self._renderer.render(ordered, 2, pieces)
        pieces += ["\n  ]", after, "\n"]
        return pieces

    # ------------------------------------------------------------------ reading

    @synchronized
    def get(self, claim_id: int) -> ClaimAnnotation:
        rid = self._by_claim.get(claim_id)
        if rid is None:
            return ClaimAnnotation(claim_id=claim_id)
        return copy.deepcopy(self._anns[rid])

    @synchronized
    def status(self, claim_id: int) -> str:
        rid = self._by_claim.get(claim_id)
        return self._anns[rid].status if rid is not None else UNREVIEWED

    @synchronized
    def annotations(self) -> list[ClaimAnnotation]:
        """Every non-blank annotation attached to a claim, in claim order."""
        return [copy.deepcopy(self._anns[r]) for c, r in sorted(self._by_claim.items()) if not self._anns[r].is_blank]

    def _counts(self) -> ClaimCounts:
        def status_of(claim_id: int) -> str:
            rid = self._by_claim.get(claim_id)
            return self._anns[rid].status if rid is not None else Status.UNREVIEWED.value

        return claim_counts(self.comparison, status_of)

    @synchronized
    def claim_counts(self) -> ClaimCounts:
        """Claims to review, shared, tagged, unreviewed: the one definition (core/counts.py)."""
        return self._counts()

    @synchronized
    def counts(self) -> dict[str, int]:
        """Claims to review by status (the words of :class:`Status`)."""
        return dict(self._counts().by_status)

    @property
    def conflicts(self) -> list[int]:
        """Claims with unresolved conflicting verdicts."""
        return sorted(c for c, r in self._by_claim.items() if self._anns[r].conflicts)

    @property
    def dirty(self) -> bool:
        """True while some change is only in memory."""
        return self._dirty

    # ------------------------------------------------------------------ changing

    def _uid_for(self, claim: Claim) -> str:
        key = json.dumps(sorted([list(anchoring.target_key(t))[:3] for t in anchoring.claim_targets(self.comparison, claim)]))
        rid = f"urn:uuid:{uuid.uuid5(NAMESPACE, key)}"
        n = 1
        taken = set(self._anns) | set(self._orphan_recs) | set(self._tombstones) | set(self._base)
        while rid in taken:
            n += 1
            rid = f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{key}#{n}')}"
        return rid

    def _ensure(self, claim_id: int) -> ClaimAnnotation:
        rid = self._by_claim.get(claim_id)
        if rid is not None:
            return self._anns[rid]
        claim = self._claims.get(claim_id)
        if claim is None:
            raise KeyError(f"no claim {claim_id}")
        rid = self._uid_for(claim)
        ann = ClaimAnnotation(claim_id=claim_id, uid=rid)
        self._anns[rid] = ann
        self._by_claim[claim_id] = rid
        self._attr_targets[rid] = None
        return ann

    @staticmethod
    def _values(ann: ClaimAnnotation, attr_target: dict | None) -> dict:
        return {
            "status": ann.status,
            "note": ann.note,
            "attributed_to": ann.attributed_to,
            "attribution": ann.attribution,
            "attr_target": copy.deepcopy(attr_target),
            "attribution_quote": ann.attribution_quote,
        }
    def _adopt(self, rid: str, rec: dict) -> None:
        """Take another session's version of an attached annotation (placement unchanged)."""
        ann = self._anns[rid]
        new = from_record(rec, ann.claim_id)
        new.score = ann.score
        attr = rec.get("attribution")
        self._attr_targets[rid] = copy.deepcopy(attr) if isinstance(attr, dict) else None
        self._place_attribution(new, rid)
        self._anns[rid] = new

