"""JSON: the ``compare`` contract (docs/compare-json.md) and the report's, which adds the annotations."""

from __future__ import annotations

import json
from typing import Any

from analyst_tui.core.model import Claim, Comparison, Sentence
from analyst_tui.core.report.briefing import Briefing, Entry
from analyst_tui.core.report.escape import json_safe

SCHEMA = "analyst-tui/compare/1"


def _attribution(comparison: Comparison, key: tuple[str, int]) -> dict[str, Any] | None:
    att = comparison.attributions.get(key)
    if att is None:
        return None
    return {"speaker": att.speaker, "outlet": att.outlet, "start": att.start, "end": att.end}


def _claim_dict(claim: Claim, comparison: Comparison) -> dict[str, Any]:
    sug = claim.suggestion
    return {
        "id": claim.id,
        "shared_by": claim.shared_by,
        "score": round(claim.score, 4),
        "evidence": claim.evidence,
        "conflicts": [{"kind": k.kind, "members": list(k.members), "detail": k.detail} for k in claim.conflicts],
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


def to_dict(comparison: Comparison) -> dict[str, Any]:
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
        "claims": [_claim_dict(c, comparison) for c in comparison.claims],
        "disagreements": [
            {"kind": d.kind, "party": d.party, "detail": d.detail, "sentences": [list(k) for k in d.sentences]}
            for d in comparison.disagreements
        ],
    }


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
