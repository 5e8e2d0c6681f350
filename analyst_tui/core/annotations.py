"""Claim annotations (status, note, who denied it) and the store that keeps them on disk.

The file format is documented in docs/annotation-format.md. In short: one JSON file per
case, versioned, written with sorted keys and a stable order; each annotation is anchored to
its claim's member sentences by quote (with context) and position, so it can be re-attached
when claim numbers change or the articles are edited. Every change is written at once,
atomically, under a lock, merged with whatever another session wrote meanwhile.

This module never raises for a bad file, a full disk or a read-only folder: it keeps the
edits in memory and explains what happened in ``message`` / ``save_error``.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import fcntl
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from analyst_tui.core import anchoring, cases
from analyst_tui.core.fsutil import atomic_write_text
from analyst_tui.core.model import Claim, Comparison, Sentence

FORMAT = "analyst-tui-annotations"
VERSION = 1
STATUSES = ("unreviewed", "confirmed", "disputed", "denied")
STATUS_GLYPHS = {"confirmed": "✔", "disputed": "?", "denied": "✖", "unreviewed": "·"}
ANALYST_ENV = "ANALYST_TUI_ANALYST"
LOCK_TIMEOUT = 5.0  # seconds to wait for another session's save to finish
_NAMESPACE = uuid.UUID("5b1f0d0e-7c2a-4c55-9a51-2f1f7f0f7a11")
_CONTENT = ("status", "note", "attributed_to", "attribution", "analyst", "created", "modified", "history", "conflicts")


def now() -> str:
    """The current time, ISO 8601 UTC with microseconds (orders changes made within a second)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def analyst_name() -> str:
    """``$ANALYST_TUI_ANALYST``, else ``analyst = "..."`` in the config file, else user@host."""
    name = os.environ.get(ANALYST_ENV, "").strip()
    if name:
        return name
    name = _configured_name()
    if name:
        return name
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some containers
        user = "analyst"
    try:
        host = socket.gethostname() or "localhost"
    except OSError:
        host = "localhost"
    return f"{user}@{host}"


def config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("analyst-tui", appauthor=False)) / "config.toml"


def _configured_name() -> str:
    try:
        import tomllib

        data = tomllib.loads(config_path().read_text("utf-8"))
    except Exception:  # missing or unreadable config: not an error
        return ""
    name = data.get("analyst")
    return name.strip() if isinstance(name, str) else ""


@dataclass
class ClaimAnnotation:
    claim_id: int
    status: str = "unreviewed"
    note: str = ""
    attributed_to: str | None = None  # who denied/disputed it
    attribution: Sentence | None = None  # the sentence (in the current Comparison) that carries the denial/dispute
    analyst: str = ""
    created: str | None = None  # ISO 8601 UTC
    modified: str | None = None
    conflicts: list[dict] = field(default_factory=list)  # other analysts' differing verdicts after a merge
    history: list[dict] = field(default_factory=list)  # earlier values, oldest first
    uid: str = ""  # the annotation's id in the file ("urn:uuid:...")
    score: float = 1.0  # how well it re-attached to this claim (1.0 = unchanged sentences)
    attribution_quote: str | None = None  # the stored quote of the attribution sentence, even if not found

    @property
    def is_blank(self) -> bool:
        return (
            self.status == "unreviewed"
            and not self.note
            and not self.attributed_to
            and self.attribution is None
            and not self.attribution_quote
            and not self.history
            and not self.conflicts
        )


@dataclass
class Orphan:
    """An annotation whose sentences could not be found again: kept, shown, never placed by guess."""

    uid: str
    quote: str  # the first member sentence as it was when annotated
    quotes: list[tuple[str, str]]  # (outlet, sentence) for every member
    status: str
    note: str
    attributed_to: str | None
    analyst: str
    modified: str | None
    score: float  # the best match found in the current articles (under the threshold)
    reason: str
    conflicts: list[dict] = field(default_factory=list)
    suggested_claim: int | None = None  # the claim with the most similar sentence now (under the threshold)


class _FileProblem(Exception):
    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind  # "corrupt", "foreign", "newer", "unreadable"
        self.detail = detail


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _ensure_dir(folder: Path) -> None:
    """Create ``folder`` and missing parents, readable by the owner only."""
    missing = []
    p = folder
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, 0o700)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):  # make the new folder's name durable too
            fd = os.open(d.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        reasons = {
            errno.ENOSPC: "the disk is full",
            errno.EDQUOT: "the disk quota is exceeded",
            errno.EROFS: "the file system is read-only",
            errno.EACCES: "permission denied",
            errno.EPERM: "permission denied",
            errno.ENOENT: "the folder no longer exists",
        }
        return reasons.get(exc.errno, exc.strerror or str(exc))
    return str(exc)


def _parse(text: str) -> dict:
    """Parse and check an annotation file; raises _FileProblem."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _FileProblem("corrupt", f"not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        if isinstance(data, dict) and "annotations" in data and "format" not in data:
            raise _FileProblem("corrupt", "no format marker")
        raise _FileProblem("foreign", "not an analyst-tui annotation file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _FileProblem("corrupt", "missing or invalid version")
    if version > VERSION:
        raise _FileProblem("newer", f"written by a newer version of analyst-tui (format {version}, this one reads {VERSION})")
    if not isinstance(data.get("annotations", []), list):
        raise _FileProblem("corrupt", "annotations is not a list")
    return data


def _record_id(rec: object) -> str | None:
    if isinstance(rec, dict) and isinstance(rec.get("id"), str) and rec["id"]:
        return rec["id"]
    return None


def _readable(rec: object) -> bool:
    """A record this version can place: a status it knows and a list of targets (or a discarded one)."""
    if not isinstance(rec, dict):
        return False
    if rec.get("discarded"):
        return True
    targets = rec.get("target")
    return isinstance(targets, (list, dict)) and rec.get("status", "unreviewed") in STATUSES


def _items(value: object) -> list:
    """A record's list field (history, conflicts) as a list; anything else in a hand-edited file is none."""
    return value if isinstance(value, list) else []


def _content(rec: dict | None) -> dict | None:
    if rec is None:
        return None
    return {k: rec.get(k) for k in _CONTENT + ("discarded",)}


def _merge_notes(ours: str, theirs: str, base: str | None, ours_is_newer: bool) -> str:
    """Both sessions changed a note: keep both. Text both added after a common start is joined."""
    if base and ours.startswith(base) and theirs.startswith(base):
        older, newer = (theirs, ours) if ours_is_newer else (ours, theirs)
        added_old, added_new = older[len(base) :], newer[len(base) :]
        if added_old in added_new:
            return base + added_new
        if added_new in added_old:
            return base + added_old
        sep = "" if added_old.endswith("\n") or added_new.startswith("\n") else "\n"
        return base + added_old + sep + added_new
    if ours_is_newer:
        return _combine_notes(theirs, ours)
    return _combine_notes(ours, theirs)


def _combine_notes(older: str, newer: str) -> str:
    if not older or older == newer or older in newer:
        return newer
    if not newer or newer in older:
        return older
    return f"{older}\n---\n{newer}"


def _history_key(h: dict) -> str:
    return json.dumps(h, sort_keys=True, ensure_ascii=False)


def _snapshot(rec: dict) -> dict:
    """The values of a record worth keeping in a history entry."""
    attribution = rec.get("attribution")
    return {
        "status": rec.get("status", "unreviewed"),
        "note": rec.get("note", ""),
        "attributed_to": rec.get("attributed_to"),
        "attribution_quote": anchoring.target_quote(attribution) if isinstance(attribution, dict) else None,
        "analyst": rec.get("analyst", ""),
        "modified": rec.get("modified"),
    }


_BLANK = {"status": "unreviewed", "note": "", "attributed_to": None, "attribution": None, "discarded": None, "conflicts": []}


def merge_records(ours: dict, theirs: dict, base: dict | None) -> dict:
    """Three-way merge of one annotation changed by two sessions: no change is lost.

    A field changed on one side only takes that side; a field both changed takes the newer
    value, except notes, which are both kept. The losing side's values go into the history.
    """
    if _content(ours) == _content(theirs):
        return copy.deepcopy(ours)
    if base is not None and _content(theirs) == _content(base):
        return copy.deepcopy(ours)
    if base is not None and _content(ours) == _content(base):
        out = copy.deepcopy(theirs)
        out["target"] = copy.deepcopy(ours.get("target", theirs.get("target")))
        return out
    newer, older = (ours, theirs)
    if (str(theirs.get("modified") or ""), str(theirs.get("analyst") or "")) > (
        str(ours.get("modified") or ""),
        str(ours.get("analyst") or ""),
    ):
        newer, older = theirs, ours
    out = copy.deepcopy(ours)
    # without a common version, compare with a blank annotation: a field still blank on one
    # side was never set there, so the other side's value stands
    fb = base if base is not None else _BLANK
    for f in ("status", "attributed_to", "attribution", "discarded"):
        o, t, b = ours.get(f, _BLANK[f]), theirs.get(f, _BLANK[f]), fb.get(f, _BLANK[f])
        if o == t or t == b:
            v = o
        elif o == b:
            v = t
        else:
            v = newer.get(f, _BLANK[f])
        out[f] = copy.deepcopy(v)
    o, t, b = ours.get("note") or "", theirs.get("note") or "", fb.get("note") or ""
    if o == t or t == b:
        out["note"] = o
    elif o == b:
        out["note"] = t
    else:
        out["note"] = _merge_notes(str(o), str(t), str(b) if base is not None else None, newer is ours)
    # conflicts: three-way, union when both changed
    oc, tc = _items(ours.get("conflicts")), _items(theirs.get("conflicts"))
    bc = _items(fb.get("conflicts"))
    if oc == tc or tc == bc:
        out["conflicts"] = copy.deepcopy(oc)
    elif oc == bc:
        out["conflicts"] = copy.deepcopy(tc)
    else:
        seen = {}
        for c in list(oc) + list(tc):
            seen.setdefault(_history_key(c), c)
        out["conflicts"] = [seen[k] for k in sorted(seen)]
    # history: union, plus the losing side's current values
    hist = {}
    for h in _items(ours.get("history")) + _items(theirs.get("history")):
        if isinstance(h, dict):
            hist.setdefault(_history_key(h), h)
    lost = _snapshot(older)
    if lost["modified"] and (lost["status"], lost["note"], lost["attributed_to"]) != (
        out.get("status", "unreviewed"),
        out.get("note", ""),
        out.get("attributed_to"),
    ):
        hist.setdefault(_history_key(lost), lost)
    out["history"] = sorted(hist.values(), key=lambda h: (str(h.get("modified") or ""), _history_key(h)))
    created = [c for c in (ours.get("created"), theirs.get("created")) if c]
    out["created"] = min(created) if created else None
    out["modified"] = max(str(ours.get("modified") or ""), str(theirs.get("modified") or "")) or None
    out["analyst"] = newer.get("analyst", "")
    out["target"] = copy.deepcopy(ours.get("target", theirs.get("target")))
    return out


class AnnotationStore:
    """The annotations of one case, saved to ``path`` after every change."""

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
        self._base: dict[str, dict] = {}  # uid -> record as last read from / written to disk
        self._disk_text: str | None = None  # the file's text as last read or written by this session
        self._read_text: str | None = None  # the text read by the last _read_disk
        self._dirty = False
        self._undo: list[tuple[str, dict]] = []
        self._notices: list[str] = []
        self._claim_targets: dict[int, list[dict]] = {}
        self._case_articles: list[dict] | None = None
        self._text_cache: dict[str, tuple[str, str]] = {}  # uid -> (compact JSON, indented JSON)

    # ------------------------------------------------------------------ opening

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
                notices.append(f"cannot look through saved cases in {folder}: {_why(exc)}")
        store = cls(comparison, target, case=case, analyst=analyst)
        store._notices = notices
        store._load()
        return store

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(f".{self.path.name}.lock")

    def _load(self) -> None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._finish_open()
            return
        except OSError as exc:
            self._set_read_only(f"cannot read {self.path}: {_why(exc)}")
            self._finish_open()
            return
        try:
            text = self.path.read_text("utf-8")
        except UnicodeDecodeError:
            text = None
        except OSError as exc:
            self._set_read_only(f"cannot read {self.path}: {_why(exc)}")
            self._finish_open()
            return
        try:
            if text is None:
                raise _FileProblem("corrupt", "not UTF-8 text")
            data = _parse(text)
        except _FileProblem as problem:
            self._file_problem(problem)
            self._finish_open()
            return
        self._disk_text = text
        self._take_header(data)
        records = data.get("annotations") or []
        self._base = {rid: copy.deepcopy(r) for r in records if (rid := _record_id(r))}
        self._ingest(records)
        self._finish_open()

    def _take_header(self, data: dict) -> None:
        case = data.get("case") if isinstance(data.get("case"), dict) else {}
        if isinstance(case.get("name"), str) and case["name"] and not self._case_given:
            self.case = case["name"]
        self._header_extra = {k: v for k, v in data.items() if k not in ("format", "version", "case", "modified", "annotations")}

    def _file_problem(self, problem: _FileProblem) -> None:
        if problem.kind == "corrupt":
            aside = self.path.with_name(f"{self.path.name}.corrupt-{_stamp()}")
            n = 1
            while aside.exists():
                n += 1
                aside = self.path.with_name(f"{self.path.name}.corrupt-{_stamp()}-{n}")
            try:
                os.rename(self.path, aside)
            except OSError as exc:
                self._set_read_only(
                    f"annotation file {self.path} is damaged ({problem.detail}) and could not be moved aside ({_why(exc)}); "
                    "it is left untouched and opened read-only"
                )
                return
            self._notices.append(
                f"annotation file was damaged ({problem.detail}); it was moved aside to {aside} and a new one started"
            )
        elif problem.kind == "newer":
            self._set_read_only(f"{self.path} was {problem.detail}; it is opened read-only and left untouched")
        elif problem.kind == "foreign":
            self._set_read_only(f"{self.path} is {problem.detail}; it is opened read-only and left untouched")
        else:
            self._set_read_only(f"cannot read {self.path}: {problem.detail}")

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

    # ------------------------------------------------------------------ records <-> annotations

    def _ingest(self, records: list) -> list[int]:
        """Place records from a file; returns the claim ids that got an annotation."""
        touched = []
        pending = []
        seen: set[str] = set()
        for rec in records:
            rid = _record_id(rec)
            targets = rec.get("target") if isinstance(rec, dict) else None
            if isinstance(targets, dict):
                targets = [targets]
            if rid is None or rid in seen or not _readable(rec):
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
            ann = self._from_record(rec, 0)
            self._targets[rid] = copy.deepcopy(targets)
            attr = rec.get("attribution")
            self._attr_targets[rid] = copy.deepcopy(attr) if isinstance(attr, dict) else None
            self._extra_keys[rid] = {k: copy.deepcopy(v) for k, v in rec.items() if k not in _KNOWN_KEYS}
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
                status=str(rec.get("status") or "unreviewed"),
                note=str(rec.get("note") or ""),
                attributed_to=rec.get("attributed_to") if isinstance(rec.get("attributed_to"), str) else None,
                analyst=str(rec.get("analyst") or ""),
                modified=rec.get("modified") if isinstance(rec.get("modified"), str) else None,
                score=round(float(score), 3),
                reason=reason,
                conflicts=[c for c in _items(rec.get("conflicts")) if isinstance(c, dict)],
                suggested_claim=suggestion,
            )
        )
        self.orphans.sort(key=lambda o: (str(o.modified or ""), o.uid))

    @staticmethod
    def _from_record(rec: dict, claim_id: int) -> ClaimAnnotation:
        def s(key, default=None):
            v = rec.get(key)
            return v if isinstance(v, str) else default

        return ClaimAnnotation(
            claim_id=claim_id,
            status=rec.get("status") if rec.get("status") in STATUSES else "unreviewed",
            note=s("note", ""),
            attributed_to=s("attributed_to"),
            analyst=s("analyst", ""),
            created=s("created"),
            modified=s("modified"),
            conflicts=[copy.deepcopy(c) for c in _items(rec.get("conflicts")) if isinstance(c, dict)],
            history=[copy.deepcopy(h) for h in _items(rec.get("history")) if isinstance(h, dict)],
            uid=str(rec.get("id")),
        )

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

    def _document(self, records: dict[str, dict]) -> str:
        """The file's text: equal to ``json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)``.

        Each annotation's indented text is cached and reused while it is unchanged (the
        pure-Python indenting encoder is the slow part of a save).
        """
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
                "case": {"name": self.case, "articles": self._case_articles, "claims": len(self.comparison.claims)},
                "modified": modified,
                "annotations": [],
            }
        )
        head = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)
        if not ordered:
            return head + "\n"
        blocks = []
        cache: dict[str, tuple[str, str]] = {}
        for rec in ordered:
            compact = json.dumps(rec, sort_keys=True, ensure_ascii=False)
            rid = rec["id"] if isinstance(rec, dict) and isinstance(rec.get("id"), str) else compact
            hit = self._text_cache.get(rid)
            if hit is not None and hit[0] == compact:
                text = hit[1]
            else:
                text = json.dumps(rec, sort_keys=True, indent=2, ensure_ascii=False).replace("\n", "\n    ")
            cache[rid] = (compact, text)
            blocks.append("    " + text)
        self._text_cache = cache
        marker = '\n  "annotations": []'
        return head.replace(marker, '\n  "annotations": [\n' + ",\n".join(blocks) + "\n  ]", 1) + "\n"

    # ------------------------------------------------------------------ reading

    def get(self, claim_id: int) -> ClaimAnnotation:
        rid = self._by_claim.get(claim_id)
        if rid is None:
            return ClaimAnnotation(claim_id=claim_id)
        return copy.deepcopy(self._anns[rid])

    def status(self, claim_id: int) -> str:
        rid = self._by_claim.get(claim_id)
        return self._anns[rid].status if rid is not None else "unreviewed"

    def annotations(self) -> list[ClaimAnnotation]:
        """Every non-blank annotation attached to a claim, in claim order."""
        return [copy.deepcopy(self._anns[r]) for c, r in sorted(self._by_claim.items()) if not self._anns[r].is_blank]

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for claim in self.comparison.claims:
            out[self.status(claim.id)] += 1
        return out

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
        rid = f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}"
        n = 1
        taken = set(self._anns) | set(self._orphan_recs) | set(self._tombstones) | set(self._base)
        while rid in taken:
            n += 1
            rid = f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{key}#{n}')}"
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
            return self._save() if self._dirty else (self.save_error is None and not self.read_only)
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
        self._dirty = True
        return self._save()

    def set_status(self, claim_id: int, status: str) -> bool:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        return self._change(claim_id, status=status)

    def set_note(self, claim_id: int, note: str) -> bool:
        return self._change(claim_id, note=str(note))

    def set_attribution(self, claim_id: int, who: str | None, sentence: Sentence | None) -> bool:
        who = who.strip() if isinstance(who, str) else None
        return self._change(claim_id, attributed_to=who or None, attribution=sentence)

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
    def can_undo(self) -> bool:
        return any(rid in self._anns for rid, _ in self._undo)

    def resolve_conflict(self, claim_id: int, status: str) -> bool:
        """Settle a merged disagreement: the claim takes ``status``; the verdicts move to history."""
        if status not in STATUSES:
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
            self._dirty = True
            return self._save()
        return self._change(claim_id, status=status, record_undo=False)

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
            theirs_status = rec.get("status", "unreviewed")
            if mine["status"] != "unreviewed":
                merged["status"] = mine["status"]
                if theirs_status not in ("unreviewed", mine["status"]):
                    # two verdicts on one claim: the analyst settles them like a merge conflict
                    verdicts = list(_items(merged.get("conflicts")))
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
            ann = self._from_record(rec, claim_id)
            ann.score = 1.0
            ann.history.append({**_snapshot(rec), "reattached": now(), "analyst": self.analyst})
            ann.modified = max(now(), ann.modified or "")
            self._anns[rid] = ann
            self._by_claim[claim_id] = rid
            self._place_attribution(ann, rid)
        del self._orphan_recs[rid]
        self.orphans = [o for o in self.orphans if o.uid != rid]
        self._dirty = True
        return self._save()

    def discard(self, orphan: Orphan | str) -> bool:
        """Drop an orphan from view. Its record stays in the file, marked discarded."""
        rid = orphan.uid if isinstance(orphan, Orphan) else str(orphan)
        rec = self._orphan_recs.pop(rid, None)
        if rec is None:
            return False
        self._tombstones[rid] = {**rec, "discarded": now(), "discarded_by": self.analyst}
        self.orphans = [o for o in self.orphans if o.uid != rid]
        self._dirty = True
        return self._save()

    def _adopt(self, rid: str, rec: dict) -> None:
        """Take another session's version of an attached annotation (placement unchanged)."""
        ann = self._anns[rid]
        new = self._from_record(rec, ann.claim_id)
        new.score = ann.score
        attr = rec.get("attribution")
        self._attr_targets[rid] = copy.deepcopy(attr) if isinstance(attr, dict) else None
        self._place_attribution(new, rid)
        self._anns[rid] = new

    # ------------------------------------------------------------------ saving

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        _ensure_dir(self.path.parent)
        lock = self.lock_path
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            try:
                fd = os.open(lock, os.O_RDONLY)  # an existing lock in a read-only folder still locks
            except OSError:
                raise exc from None
        try:
            deadline = time.monotonic() + LOCK_TIMEOUT
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TimeoutError("another session is holding the annotation file") from None
                    time.sleep(0.005)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _read_disk(self) -> dict[str, dict] | None:
        """Records on disk now, or None when the file is missing. Raises _FileProblem."""
        # compare contents, not stat: inode numbers are reused and mtimes are coarse
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            raise _FileProblem("corrupt", "not UTF-8 text") from None
        self._read_text = text
        if text == self._disk_text:
            return self._base
        data = _parse(text)
        out: dict[str, dict] = {}
        for rec in data.get("annotations") or []:
            rid = _record_id(rec)
            if rid is None or rid in out or not _readable(rec):
                self._keep_opaque(rec)  # another session's unreadable record: kept as it is
            else:
                out[rid] = rec
        return out

    def _merge_disk(self, disk: dict[str, dict]) -> list[int]:
        """Fold another session's changes into memory; returns the claim ids that changed."""
        changed: list[int] = []
        fresh = []
        for rid, theirs in disk.items():
            base = self._base.get(rid)
            if base is not None and _content(theirs) == _content(base):
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
                if _content(ours) == _content(theirs):
                    continue
                merged = merge_records(ours, theirs, base)
                if _content(merged) != _content(ours):
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

    def _save(self) -> bool:
        if self.read_only:
            self.save_error = f"not saved: {self.read_only_reason or 'the annotation file is read-only'}; save elsewhere to keep these changes"
            return False
        try:
            with self._locked():
                try:
                    disk = self._read_disk()
                except _FileProblem as problem:
                    if problem.kind == "corrupt":
                        self._notices = []
                        self._file_problem(problem)
                        self.message = "; ".join(self._notices) or None
                        disk = None
                    else:
                        self._file_problem(problem)
                        self.message = "; ".join(self._notices[-1:]) or None
                        self.save_error = f"not saved: {self.read_only_reason}"
                        return False
                self.last_merged = []
                if disk is not None and disk is not self._base:
                    self.last_merged = self._merge_disk(disk)
                    self._external.update(self.last_merged)
                self._clean_temp_files()
                records = self._records()
                text = self._document(records)
                atomic_write_text(self.path, text)
                self._disk_text = text
                self._base = records
        except (OSError, TimeoutError) as exc:
            self.save_error = f"could not save annotations to {self.path}: {_why(exc)}"
            return False
        self._dirty = False
        self.save_error = None
        return True

    def _clean_temp_files(self) -> None:
        """Remove temporary files left by a session killed mid-write (we hold the lock: none is live)."""
        prefix = f".{self.path.name}."
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(self.path.parent / name)

    def retry_save(self) -> bool:
        """Try again to write everything kept in memory."""
        return self._save()

    def refresh(self) -> list[int]:
        """Pick up changes another session saved; returns the claim ids that changed."""
        if self.read_only:
            return []
        try:
            with self._locked():
                disk = self._read_disk()
                if disk is None or disk is self._base:
                    return []
                changed = self._merge_disk(disk)
                if not self._dirty:
                    self._base = {rid: copy.deepcopy(r) for rid, r in disk.items()}
                    self._disk_text = self._read_text
        except (OSError, TimeoutError, _FileProblem):
            return []
        if self._dirty:
            self._save()
        self.last_merged = changed
        self._external.update(changed)
        return changed

    def take_external_changes(self) -> list[int]:
        """Claims another session changed since the last call (found while saving or refreshing)."""
        out = sorted(self._external)
        self._external.clear()
        return out

    def save_as(self, path: str | Path) -> bool:
        """Save everything to another file and keep saving there."""
        old = (self.path, self.read_only, self.read_only_reason, self._base, self._disk_text)
        self.path = Path(path).expanduser()
        self.read_only = False
        self.read_only_reason = None
        self._base = {}
        self._disk_text = None
        self._dirty = True
        if self._save():
            return True
        error = self.save_error
        self.path, self.read_only, self.read_only_reason, self._base, self._disk_text = old
        self.save_error = error
        return False


_KNOWN_KEYS = frozenset(
    (
        "id", "type", "motivation", "claim", "status", "note", "attributed_to", "attribution", "analyst",
        "created", "modified", "history", "conflicts", "target",
    )
)


def default_path(comparison: Comparison, case: str | None = None) -> Path:
    """Where ``AnnotationStore.open(comparison, case=case)`` keeps the annotations."""
    folder = cases.cases_dir()
    if case:
        return folder / f"{cases.slug(case)}{cases.SUFFIX}"
    return cases.find_case_file(comparison, folder) or cases.new_case_path(folder, cases.default_case_name(comparison))
