"""Headless renderings of a comparison: the JSON contract, Markdown and a plain table."""

from __future__ import annotations

import json
from typing import Any

from analyst_tui.core.analysis.differences import marked
from analyst_tui.core.analysis.origins import origins_line
from analyst_tui.core.model import Claim, Comparison
from analyst_tui.core.sanitize import printable

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
        "claims": [_claim_dict(c, comparison) for c in comparison.claims],
        "disagreements": [
            {"kind": d.kind, "party": d.party, "detail": d.detail, "sentences": [list(k) for k in d.sentences]}
            for d in comparison.disagreements
        ],
    }


def to_json(comparison: Comparison) -> str:
    """The JSON contract, compact (one line) so that large comparisons encode fast."""
    return json.dumps(to_dict(comparison), ensure_ascii=False, separators=(",", ":")) + "\n"


def _short(text: str, width: int) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _evidence_line(claim: Claim) -> str:
    ev = claim.evidence or {}
    if ev.get("quote"):
        return f'shared quote "{_short(ev["quote"], 80)}"'
    terms = ev.get("terms") or []
    return "shared terms: " + ", ".join(terms[:8]) if terms else ""


def conflict_lines(claim: Claim, width: int = 200) -> list[str]:
    """"⚠ versions differ (figure, C vs N): 24 dead vs 1 dead" for each contradiction in the claim."""
    lines = []
    for k in claim.conflicts:
        i, j = k.members
        who = f", {claim.members[i].article} vs {claim.members[j].article}" if max(i, j) < len(claim.members) else ""
        lines.append(_short(f"⚠ versions differ ({k.kind}{who}): {k.detail}", width))
    return lines


def to_markdown(comparison: Comparison, shared_only: bool = False) -> str:
    arts = comparison.articles
    shared = [c for c in comparison.claims if c.is_shared]
    out = ["# Claim comparison", ""]
    out.append("| id | source | date | title |")
    out.append("|---|---|---|---|")
    for a in arts:
        out.append(f"| {a.id} | {_md(a.source)} | {a.date or ''} | {_md(a.title or '')} |")
    out += ["", f"{len(shared)} shared claims across {len(arts)} articles; words one version has and the others lack are in **bold**.", ""]
    for d in comparison.disagreements:
        out += [f"**Sources disagree:** {_md(printable(d.detail))}", ""]
    out.append("## Shared claims")
    out.append("")
    for c in shared:
        out.append(f"### [{c.id}] shared by {c.shared_by}/{len(arts)} (score {c.score:.2f})")
        ev = _evidence_line(c)
        if ev:
            out.append(f"*{_md(ev)}*")
        for line in conflict_lines(c):
            out.append(f"**{_md(line)}**  ")
        out.append(f"*{_md(origins_line(c))}*")
        if c.suggestion is not None:
            sug = c.suggestion
            out.append(f"*suggested: {sug.status} by {_md(sug.by or 'someone unnamed')} (“{_md(sug.cue)}”, {sug.article})*")
        out.append("")
        for m in c.members:
            out.append(f"- **{m.article}**: {_md(_short(_marked(comparison, c, m, '**', '**'), 400))}")
        out.append("")
    if not shared_only:
        out.append("## Claims made by one article")
        out.append("")
        for c in comparison.claims:
            if not c.is_shared and c.kind == "claim":
                m = c.members[0]
                out.append(f"- [{c.id}] **{m.article}**: {_md(_short(m.text, 400))}")
        out.append("")
    return "\n".join(out)


def _marked(comparison: Comparison, claim: Claim, m, before: str, after: str) -> str:
    """A member's text with the words the other versions lack wrapped in ``before``/``after``."""
    spans = claim.differs.get(m.key)
    if not spans:
        return m.text
    return marked(comparison.article(m.article).text, spans, m.start, m.end, before, after)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_table(comparison: Comparison, width: int = 100, shared_only: bool = False) -> str:
    """A plain-text table for a terminal; no markup, no control characters."""
    n = len(comparison.articles)
    lines = []
    for a in comparison.articles:
        lines.append(f"{a.id}  {_short(a.source, 30):<30} {a.date or '':<10}  {_short(a.title or '', max(10, width - 48))}")
    lines.append("")
    text_w = max(20, width - 22)
    lines.append(f"{'claim':>5}  {'cov':>5}  {'score':>5}  text")
    for c in comparison.claims:
        if shared_only and not c.is_shared:
            continue
        if c.kind == "boilerplate":
            continue
        first = True
        for m in c.members:
            head = f"{c.id:>5}  {c.shared_by:>2}/{n:<2}  {c.score:>5.2f}" if first else " " * 20
            text = _marked(comparison, c, m, "*", "*") if c.is_shared else m.text
            lines.append(f"{head}  {m.article}: {_short(text, text_w - len(m.article) - 2)}")
            first = False
        for line in conflict_lines(c, text_w):
            lines.append(f"{'':20}  {line}")
    shared = sum(1 for c in comparison.claims if c.is_shared)
    lines.append("")
    lines.append(f"{_count(shared, 'shared claim')}, {_count(len(comparison.claims), 'claim')} in all, {_count(n, 'article')}")
    return "\n".join(lines) + "\n"
