"""Markdown: ``compare --format markdown`` and the briefing (``report --format markdown``).

Everything taken from an article, a note or an annotation file goes through ``escape.md``: it
reads as itself and never becomes a link, an image, emphasis, a table cell break or HTML.
"""

from __future__ import annotations

from analyst_tui.core.model import Claim, Comparison, Status
import analyst_tui.core.report.grid as grid
import analyst_tui.core.report.wording as wording
from analyst_tui.core.analysis.origins import origins_line
from analyst_tui.core.report.briefing import Briefing, Entry, local_spans
from analyst_tui.core.report.escape import md, md_lines, shorten


# --- compare --format markdown ----------------------------------------------------------


def _evidence_line(claim: Claim) -> str:
    ev = claim.evidence or {}
    if ev.get("quote"):
        return f'shared quote "{shorten(ev["quote"], 80)}"'
    terms = ev.get("terms") or []
    return "shared terms: " + ", ".join(str(t) for t in terms[:8]) if terms else ""


def conflict_lines(claim: Claim, width: int = 200) -> list[str]:
    """"⚠ versions differ (figure, C vs N): 24 dead vs 1 dead" for each contradiction in the claim (plain text)."""
    lines = []
    for k in claim.conflicts:
        i, j = k.members
        who = f", {claim.members[i].article} vs {claim.members[j].article}" if max(i, j) < len(claim.members) else ""
        lines.append(shorten(f"⚠ versions differ ({k.kind}{who}): {k.detail}", width))
    return lines


def to_markdown(comparison: Comparison, shared_only: bool = False) -> str:
    arts = comparison.articles
    shared = [c for c in comparison.claims if c.is_shared]
    out = ["# Claim comparison", ""]
    out.append("| id | source | date | title |")
    out.append("|---|---|---|---|")
    for a in arts:
        out.append(f"| {md(a.id)} | {md(a.source)} | {md(a.date or '')} | {md(a.title or '')} |")
    out += ["", f"{len(shared)} shared claims across {len(arts)} articles; words one version has and the others lack are in **bold**.", ""]
    note = comparison.stories_note()
    if note is not None:
        out += [f"**{md(note)}**", ""]
    for d in comparison.disagreements:
        out += [f"**Sources disagree:** {md(d.detail)}", ""]
    out.append("## Shared claims")
    out.append("")
    for c in shared:
        out.append(f"### [{c.id}] shared by {c.shared_by}/{len(arts)} (score {c.score:.2f})")
        ev = _evidence_line(c)
        if ev:
            out.append(f"*{md(ev)}*")
        for line in conflict_lines(c):
            out.append(f"**{md(line)}**  ")
        out.append(f"*{md(origins_line(c))}*")
        if c.suggestion is not None:
            sug = c.suggestion
            out.append(f"*suggested: {md(sug.status)} by {md(sug.by or 'someone unnamed')} (“{md(sug.cue)}”, {md(sug.article)})*")
        out.append("")
        for m in c.members:
            out.append(f"- **{md(m.article)}**: {_marked_md(m.text, local_spans(c, m), 400)}")
        out.append("")
    if not shared_only:
        out.append("## Claims made by one article")
        out.append("")
        for c in comparison.claims:
            if not c.is_shared and c.kind == "claim":
                m = c.members[0]
                out.append(f"- [{c.id}] **{md(m.article)}**: {md(shorten(m.text, 400))}")
        out.append("")
    return "\n".join(out)


# --- the briefing -------------------------------------------------------------------------


def _sources_line(briefing: Briefing, ids: list[str]) -> str:
    return ", ".join(f"{md(i)} ({md(briefing.source(i).name)})" for i in ids) or "none"


def _wording_text(entry: Entry, w) -> str:
    """A member sentence, the words only this source uses in bold."""
    return _marked_md(w.sentence.text, w.differs)


def _marked_md(text: str, spans: tuple[tuple[int, int], ...], width: int | None = None) -> str:
    """Escaped Markdown of ``text``, the spans (offsets into it) in bold; cut at ``width`` when no span is marked."""
    if not spans:
        return md(shorten(text, width) if width else text)
    out = ""
    for piece, differs in wording.cut(text, spans):
        escaped = md(piece)
        if differs and escaped:
            escaped = f"**{escaped}**"
        if piece[:1].isspace() and out and not out.endswith(" "):
            out += " "
        out += escaped
        if piece[-1:].isspace() and escaped:
            out += " "
    return out.strip()


def _entry(briefing: Briefing, entry: Entry) -> list[str]:
    n = len(briefing.sources)
    out = [f"### {entry.status.glyph} Claim {entry.id}: {entry.status.value}", ""]
    out.append(f"> {md(shorten(entry.text, 600))}")
    out.append("")
    out.append(f"- **Status:** {entry.status.label}")
    if entry.grade:
        out.append(f"- **Grade:** {md(entry.grade)} ({md(entry.grade_meaning)})")
    out.append(f"- **Coverage:** {len(entry.carriers)} of {n} sources. Reported by {_sources_line(briefing, entry.carriers)}.")
    if entry.silent:
        out.append(f"  Silent: {_sources_line(briefing, entry.silent)}.")
    if entry.status.needs_attribution or entry.attributed_to or entry.attribution is not None:
        out.append(f"- **{wording.by_label(entry.status)}:** {md(entry.attributed_to or 'not named')}")
        sentence = wording.attribution_sentence(entry)
        if sentence:
            where = f" ({md(entry.attribution.article)}, {md(briefing.source(entry.attribution.article).name)})" if entry.attribution else ""
            out.append(f"  in the sentence “{md(shorten(sentence, 500))}”{where}")
    if entry.suggestion is not None and entry.status is Status.UNREVIEWED:
        out.append(f"- **Suggested:** {md(wording.suggestion_text(entry.suggestion))}")
    if entry.origins:
        out.append(f"- **First-hand sources:** {', '.join(md(o) for o in entry.origins)}")
    for c in entry.conflicts:
        out.append(f"- **⚠ Versions differ ({md(c.kind)}, {md(c.between[0])} vs {md(c.between[1])}):** {md(c.detail)}")
    for v in entry.verdicts:
        out.append(f"- **Conflicting verdict:** {md(wording.verdict_text(v))}")
    if entry.analyst and entry.annotated:
        out.append(f"- **Reviewed by:** {md(entry.analyst)}" + (f", {md(entry.modified)}" if entry.modified else ""))
    out.append("")
    out.append("Each source's wording:")
    out.append("")
    for w in entry.wordings:
        credit = f" (credits {md(wording.credit(w.attribution))})" if w.attribution else ""
        out.append(f"- **{md(w.sentence.article)} · {md(w.source)}**{credit}: {_wording_text(entry, w)}")
    out.append("")
    if entry.note.strip():
        out.append("Note:")
        out.append("")
        out.extend(f"> {line}" if line else ">" for line in md_lines(entry.note.strip()))
        out.append("")
    if entry.history:
        out.append("Earlier:")
        out.append("")
        for h in entry.history:
            out.append(f"- {md(wording.history_text(h))}")
        out.append("")
    return out


def grid_markdown(briefing: Briefing, entries: list[Entry]) -> list[str]:
    srcs = briefing.sources
    out = ["Legend: " + "; ".join(f"**{md(s.id)}** {md(s.name)}" for s in srcs) + f". {grid.MARK} = reports the claim, empty = silent, {grid.CONFLICT} = its sources disagree.", ""]
    graded = any(e.grade for e in entries)
    out.append("| claim | status | " + ("grade | " if graded else "") + " | ".join(md(s.id) for s in srcs) + " | text |")
    out.append("|---:|:---:|" + (":---:|" if graded else "") + ":---:|" * len(srcs) + "---|")
    for e in entries:
        cells = grid.marks(e.claim, briefing.comparison.articles)
        status = f"{e.status.glyph} {grid.conflict_mark(e.claim)}".strip()
        grade = f"{md(e.grade or '')} | " if graded else ""
        out.append(f"| {e.id} | {status} | {grade}" + " | ".join(cells) + f" | {md(shorten(e.text, 90))} |")
    return out


def to_briefing_markdown(briefing: Briefing) -> str:
    counts = briefing.counts()
    out = [f"# Briefing: {md(briefing.case)}", ""]
    out.append(f"Generated {md(briefing.generated)} by analyst-tui" + (f" from the annotations in {md(briefing.annotations_name)}" if briefing.annotations_name else "") + ".")
    out.append("")
    out.append("## The case")
    out.append("")
    out.append("| | source | date | title | claims |")
    out.append("|---|---|---|---|---:|")
    for s in briefing.sources:
        out.append(f"| {md(s.id)} | {md(s.name)} | {md(s.date or '')} | {md(s.title or '')} | {s.claims} |")
    out.append("")
    dates = briefing.dates
    out.append(f"- **Dates:** {md(dates[0]) + (' to ' + md(dates[-1]) if len(dates) > 1 else '') if dates else 'not given'}")
    out.append(
        f"- **Claims:** {len(briefing.entries)}, {briefing.shared_count} of them reported by two sources or more; "
        + ", ".join(f"{counts[s]} {s.label}" for s in (Status.DENIED, Status.DISPUTED, Status.CONFIRMED, Status.UNREVIEWED))
    )
    out.append(f"- **Reviewed by:** {', '.join(md(r) for r in briefing.reviewers) or 'nobody yet'}")
    for d in briefing.comparison.disagreements:
        out.append(f"- **⚠ Sources disagree:** {md(d.detail)}")
    out.append("")
    listed = briefing.in_groups()
    if listed:
        out.append("## Who says what")
        out.append("")
        out.extend(grid_markdown(briefing, listed))
        out.append("")
    for status, entries in briefing.groups():
        out.append(f"## {status.glyph} {status.value.capitalize()} ({len(entries)})")
        out.append("")
        for e in entries:
            out.extend(_entry(briefing, e))
    unique = briefing.unique_by_source()
    if unique:
        out.append("## Claims only one source makes")
        out.append("")
        for src, entries in unique:
            out.append(f"### {md(src.id)} · {md(src.name)} ({len(entries)})")
            out.append("")
            for e in entries:
                out.append(f"- [{e.id}] {md(shorten(e.text, 400))}")
            out.append("")
    if briefing.lost:
        out.append(f"## Annotations whose sentences were not found again ({len(briefing.lost)})")
        out.append("")
        out.append("The articles changed since these were made; they are kept, and can be re-attached in the app (o).")
        out.append("")
        for lost in briefing.lost:
            who = f", {wording.by_label(lost.status).lower()} {md(lost.attributed_to)}" if lost.attributed_to else ""
            note = f" Note: {md(lost.note)}" if lost.note.strip() else ""
            out.append(f"- {lost.status.label}{who}: “{md(shorten(lost.quote, 300))}”.{note}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
