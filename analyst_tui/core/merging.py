"""Combining two analysts' annotation files of one case, and their agreement (Cohen's kappa)."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path

from analyst_tui.core.annotations import anchoring, diskfile
from analyst_tui.core.annotations.cases import listed_articles
from analyst_tui.core.annotations.format import FORMAT, VERSION, FileProblem, list_field, parse_document
from analyst_tui.core.annotations.session_merge import merge_records
from analyst_tui.core.model import Status
from analyst_tui.core.sanitize import shown

UNREVIEWED = Status.UNREVIEWED.value
TAGGED = tuple(s.value for s in Status if s is not Status.UNREVIEWED)
MATCH_MIN = 0.5  # share of member sentences two annotations must have in common to be the same claim


class MergeError(Exception):
    """Bad input to a merge: one line for the user."""


@dataclass
class Conflict:
    claim: int | None
    quote: str
    verdicts: list[dict]  # {"analyst", "status", "note", "modified"} one per file


@dataclass
class MergeResult:
    document: dict
    conflicts: list[Conflict] = field(default_factory=list)
    only_a: int = 0
    only_b: int = 0
    both: int = 0
    both_tagged: int = 0
    agreed: int = 0
    kappa: float | None = None
    notes: list[str] = field(default_factory=list)  # what was kept that is not a merged annotation

    @property
    def text(self) -> str:
        return json.dumps(self.document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def read_annotation_file(path: str | Path) -> dict:
    """A parsed annotation file; regular files only, bounded. Raises :class:`MergeError` (one line)."""
    where = shown(str(path))
    try:
        text = diskfile.read_text(Path(path))
    except FileProblem as problem:
        detail = "not an annotation file (not UTF-8 text)" if problem.detail == "not UTF-8 text" else problem.detail
        raise MergeError(f"{where}: {detail}") from None
    except OSError as exc:
        raise MergeError(f"{where}: cannot read ({diskfile.why(exc)})") from None
    if text is None:
        raise MergeError(f"{where}: no such file")
    try:
        return parse_document(text)
    except FileProblem as problem:
        raise MergeError(f"{where}: {problem.detail}") from None


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters over the same items; None when undefined (one category only)."""
    n = len(pairs)
    if n == 0:
        return None
    agree = sum(1 for a, b in pairs if a == b) / n
    cats = sorted({a for a, _ in pairs} | {b for _, b in pairs})
    expected = sum((sum(1 for a, _ in pairs if a == c) / n) * (sum(1 for _, b in pairs if b == c) / n) for c in cats)
    if expected >= 1.0:
        return None
    return (agree - expected) / (1.0 - expected)


def _records(doc: dict) -> list[dict]:
    return [r for r in doc.get("annotations") or [] if isinstance(r, dict) and isinstance(r.get("id"), str)]


def _members(rec: dict) -> set[tuple[str, str]]:
    targets = rec.get("target")
    if isinstance(targets, dict):
        targets = [targets]
    out = set()
    for t in targets if isinstance(targets, list) else []:
        if anchoring.valid_target(t):
            out.add((str(t.get("fingerprint") or t.get("outlet") or ""), anchoring.norm(anchoring.target_quote(t))))
    return out


def _pair(a_recs: list[dict], b_recs: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Match the annotations of two files that are about the same claim."""
    b_by_id = {r["id"]: r for r in b_recs}
    used: set[str] = set()
    pairs: list[tuple[dict | None, dict | None]] = []
    unmatched_a = []
    for ra in a_recs:
        rb = b_by_id.get(ra["id"])
        if rb is not None:
            pairs.append((ra, rb))
            used.add(rb["id"])
        else:
            unmatched_a.append(ra)
    rest_b = [r for r in b_recs if r["id"] not in used]
    # annotations with different ids: the same claim when most member sentences are shared
    candidates = []
    for i, ra in enumerate(unmatched_a):
        ma = _members(ra)
        for j, rb in enumerate(rest_b):
            mb = _members(rb)
            if ma and mb:
                share = len(ma & mb) / len(ma | mb)
                if share >= MATCH_MIN:
                    candidates.append((-share, i, j))
    taken_a, taken_b = set(), set()
    for _share, i, j in sorted(candidates):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        pairs.append((unmatched_a[i], rest_b[j]))
    pairs += [(ra, None) for i, ra in enumerate(unmatched_a) if i not in taken_a]
    pairs += [(None, rb) for j, rb in enumerate(rest_b) if j not in taken_b]
    return pairs


def _verdict(rec: dict) -> dict:
    return {
        "analyst": str(rec.get("analyst") or ""),
        "status": rec.get("status", UNREVIEWED),
        "note": str(rec.get("note") or ""),
        "modified": rec.get("modified"),
    }


def merge_documents(a: dict, b: dict) -> MergeResult:
    """The union of two files' annotations; disagreeing verdicts are kept as conflicts."""
    case_a = a.get("case") if isinstance(a.get("case"), dict) else {}
    case_b = b.get("case") if isinstance(b.get("case"), dict) else {}
    articles_a, articles_b = listed_articles(case_a), listed_articles(case_b)
    fps_a = {str(x.get("fingerprint")) for x in articles_a}
    fps_b = {str(x.get("fingerprint")) for x in articles_b}
    a_recs, b_recs = _records(a), _records(b)
    pairs = _pair(a_recs, b_recs)
    if fps_a and fps_b and not (fps_a & fps_b) and not any(ra and rb for ra, rb in pairs):
        raise MergeError("the two files are not about the same case (no article in common)")
    result = MergeResult(document={})
    merged: list[dict] = []
    kappa_pairs: list[tuple[str, str]] = []
    for ra, rb in pairs:
        if rb is None:
            result.only_a += 1
            merged.append(copy.deepcopy(ra))
            continue
        if ra is None:
            result.only_b += 1
            merged.append(copy.deepcopy(rb))
            continue
        result.both += 1
        sa, sb = ra.get("status", UNREVIEWED), rb.get("status", UNREVIEWED)
        if ra.get("discarded") or rb.get("discarded"):
            merged.append(merge_records(ra, rb, None))
            continue
        out = merge_records(ra, rb, None)
        if sa in TAGGED and sb in TAGGED:
            kappa_pairs.append((sa, sb))
            if sa == sb:
                result.agreed += 1
        if sa != sb and sa in TAGGED and sb in TAGGED:
            out["status"] = sa
            verdicts = [_verdict(ra), _verdict(rb)]
            # keep conflicts already in either file, once each
            seen = {}
            for v in list_field(ra.get("conflicts")) + list_field(rb.get("conflicts")) + verdicts:
                if isinstance(v, dict):
                    seen.setdefault(json.dumps(v, sort_keys=True), v)
            out["conflicts"] = [seen[k] for k in sorted(seen)]
            # the notes of both stay readable in the verdicts; the history holds B's earlier values
            result.conflicts.append(
                Conflict(
                    claim=ra.get("claim") if isinstance(ra.get("claim"), int) else None,
                    quote=_first_quote(ra),
                    verdicts=verdicts,
                )
            )
        elif sa == UNREVIEWED and sb in TAGGED:
            out["status"] = sb
        elif sb == UNREVIEWED and sa in TAGGED:
            out["status"] = sa
        merged.append(out)
    result.both_tagged = len(kappa_pairs)
    result.kappa = cohen_kappa(kappa_pairs)
    merged.sort(key=lambda r: (str(r.get("created") or ""), r["id"]))
    articles = articles_a + [x for x in articles_b if str(x.get("fingerprint")) not in fps_a]
    case = dict(case_b)
    case.update(case_a)
    case["articles"] = articles
    # records without an id (hand-written, or from another tool) are kept as they are, once each
    kept: dict[str, object] = {}
    for doc in (a, b):
        for rec in doc.get("annotations") or []:
            if not (isinstance(rec, dict) and isinstance(rec.get("id"), str)):
                kept.setdefault(json.dumps(rec, sort_keys=True, ensure_ascii=False), rec)
    if kept:
        n = len(kept)
        result.notes.append(f"{n} record{'s' if n != 1 else ''} without an id kept unchanged (not merged)")
    modified = max((str(r.get("modified") or "") for r in merged), default="") or None
    document: dict = {}
    extra = sorted({k for doc in (a, b) for k in doc} - {"format", "version", "case", "modified", "annotations"})
    for key in extra:  # unknown top-level keys: kept (A's value when both have one)
        document[key] = copy.deepcopy(a[key] if key in a else b[key])
    if extra:
        result.notes.append(f"unknown top-level keys kept: {', '.join(extra)}")
    document.update(
        {
            "format": FORMAT,
            "version": VERSION,
            "case": case,
            "modified": modified,
            "annotations": merged + [copy.deepcopy(kept[k]) for k in sorted(kept)],
        }
    )
    result.document = document
    return result


def _first_quote(rec: dict) -> str:
    targets = rec.get("target")
    if isinstance(targets, dict):
        targets = [targets]
    for t in targets if isinstance(targets, list) else []:
        if anchoring.valid_target(t):
            return anchoring.target_quote(t)
    return ""
