"""JSON: the ``compare`` contract (docs/compare-json.md) and the report's, which adds the annotations."""

from __future__ import annotations

import json
from typing import Any, Callable

from analyst_tui.core.model import Claim, Comparison, Sentence
from analyst_tui.core.report.briefing import Briefing, Entry
from analyst_tui.core.report.escape import json_safe

SCHEMA = "analyst-tui/compare/1"


def _attribution(comparison: Comparison, key: tuple[str, int]) -> dict[str, Any] | None:
    att = comparison.attributions.get(key)
    if att is None:
        return None
    return {"speaker": att.speaker, "outlet": att.outlet, "start": att.start, "end": att.end}


def _claim_head(claim: Claim) -> dict[str, Any]:
    """The keys of a claim's JSON before its contradictions."""
    return {"id": claim.id, "shared_by": claim.shared_by, "score": round(claim.score, 4), "evidence": claim.evidence}


def _conflicts(claim: Claim) -> list[dict[str, Any]]:
    return [{"kind": k.kind, "members": list(k.members), "detail": k.detail} for k in claim.conflicts]


def _claim_tail(claim: Claim, comparison: Comparison) -> dict[str, Any]:
    """The keys of a claim's JSON after its contradictions."""
    sug = claim.suggestion
    return {
        "origins": list(claim.origins),
        "suggestion": None if sug is None else {
            "status": sug.status, "by": sug.by, "cue": sug.cue, "article": sug.article, "start": sug.start, "end": sug.end,
        },
        "members": [
            {
                "article": m.article, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                "differs": [[s, e] for s, e in claim.differs.get(m.key, [])],
                "attribution": _attribution(comparison, m.key),
            }
            for m in claim.members
        ],
    }


def _claim_dict(claim: Claim, comparison: Comparison) -> dict[str, Any]:
    return {**_claim_head(claim), "conflicts": _conflicts(claim), **_claim_tail(claim, comparison)}


def _head(comparison: Comparison) -> dict[str, Any]:
    """The keys of the JSON before the claims."""
    return {
        "schema": SCHEMA,
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "source": a.source,
                "date": a.date,
                "title": a.title,
                "url": a.url,
                "text": a.text,
            }
            for a in comparison.articles
        ],
        "stories": [list(story) for story in comparison.stories],
    }


def _tail(comparison: Comparison) -> dict[str, Any]:
    """The keys of the JSON after the claims."""
    return {
        "disagreements": [
            {"kind": d.kind, "party": d.party, "detail": d.detail, "sentences": [list(k) for k in d.sentences]}
            for d in comparison.disagreements
        ],
    }


def to_dict(comparison: Comparison) -> dict[str, Any]:
    return {**_head(comparison), "claims": [_claim_dict(c, comparison) for c in comparison.claims], **_tail(comparison)}


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON (compact, one line, unless ``indent``) with nothing in it a terminal would act on (escape.json_safe)."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json_safe(json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)) + "\n"


def to_json(comparison: Comparison) -> str:
    """The JSON contract, compact (one line) so that large comparisons encode fast."""
    return dumps(to_dict(comparison))


def _sentence(sentence: Sentence | None) -> dict[str, Any] | None:
    if sentence is None:
        return None
    return {"article": sentence.article, "start": sentence.start, "end": sentence.end, "text": sentence.text}


def annotation_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.uid or None,
        "status": entry.status.value,
        "note": entry.note,
        "attributed_to": entry.attributed_to,
        "attribution": _sentence(entry.attribution),
        "attribution_quote": entry.attribution_quote if entry.attribution is None else entry.attribution.text,
        "analyst": entry.analyst or None,
        "created": entry.created,
        "modified": entry.modified,
        "history": entry.history,
        "verdicts": entry.verdicts,
    }


def report_dict(briefing: Briefing) -> dict[str, Any]:
    """The compare contract, plus ``case`` and each claim's ``annotation`` (boilerplate has none)."""
    data = to_dict(briefing.comparison)
    by_id = {e.id: e for e in briefing.entries}
    for claim in data["claims"]:
        entry = by_id.get(claim["id"])
        claim["annotation"] = annotation_dict(entry) if entry is not None else None
        claim["grade"] = entry.grade if entry is not None else None
    data["case"] = {
        "name": briefing.case,
        "annotations": briefing.annotations_path,
        "generated": briefing.generated,
        "reviewers": briefing.reviewers,
        "counts": {s.value: n for s, n in briefing.counts().items()},
        "orphans": [
            {
                "status": o.status.value, "quote": o.quote, "note": o.note, "attributed_to": o.attributed_to,
                "analyst": o.analyst or None, "modified": o.modified, "reason": o.reason,
            }
            for o in briefing.lost
        ],
    }
    return data


def to_report_json(briefing: Briefing) -> str:
    return dumps(report_dict(briefing))


def _compact(data: Any) -> str:
    """``dumps`` without its line end, of a part of the JSON."""
    return dumps(data)[:-1]


def encode_ahead(comparison: Comparison) -> Callable[[], str]:
    """``to_json(comparison)`` in two steps: now, all but the contradictions of the shared claims; the rest when the
    returned function is called, once they are found (``compare.build_comparison``'s ``meanwhile``: while another
    process finds them). Nothing else of the comparison may change between the two steps."""
    parts: list[str | tuple[Claim, str, str]] = []  # runs of claims that cannot have contradictions, encoded
    run: list[dict[str, Any]] = []  # (one list each), and the shared claims' JSON before and after their contradictions

    def end_run() -> None:
        if run:
            parts.append(_compact(run)[1:-1])
            run.clear()

    for claim in comparison.claims:
        if claim.is_shared:
            end_run()
            head = _compact(_claim_head(claim))[:-1] + ',"conflicts":'
            parts.append((claim, head, "," + _compact(_claim_tail(claim, comparison))[1:]))
        else:
            run.append(_claim_dict(claim, comparison))
    end_run()
    before = _compact(_head(comparison))[:-1] + ',"claims":['
    after = "]," + _compact(_tail(comparison))[1:] + "\n"

    def finish() -> str:
        done = [p if isinstance(p, str) else p[1] + _compact(_conflicts(p[0])) + p[2] for p in parts]
        return before + ",".join(done) + after

    return finish
