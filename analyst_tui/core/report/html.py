"""HTML briefing: one self-contained file that reads well on screen and on paper.

No script, no remote font, style or image: the stylesheet is inline and a Content Security
Policy forbids loading anything else. Claim colours are a help only; every claim also carries
its number and its status glyph and word, so the page reads the same in greyscale.
Everything taken from an article, a note or an annotation file goes through ``escape.h``.
"""

from __future__ import annotations

import base64
import hashlib

from analyst_tui.core.model import Status
import analyst_tui.core.report.grid as grid
import analyst_tui.core.report.wording as wording
from analyst_tui.core.report.briefing import Briefing, Entry, Wording
from analyst_tui.core.report.escape import h, h_lines, shorten

PALETTE_SIZE = 6  # claim colours, as in the app

STYLE = """
:root { --ink: #1b1b1b; --muted: #5c5c5c; --rule: #c9c9c9; --paper: #ffffff; --tint: #f4f4f2;
  --c0: #1f6fb2; --c1: #b8560b; --c2: #2e8540; --c3: #8e3ba8; --c4: #b0243a; --c5: #0f7f86;
  --denied: #a61b29; --disputed: #9a6700; --confirmed: #1e7b34; --unreviewed: #666666; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "DejaVu Serif", "Times New Roman", serif; color: var(--ink);
  background: var(--paper); margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3, h4, th, .meta, .status, .num, .src, dt, .legend, .grid { font-family: "Helvetica Neue", Arial,
  "DejaVu Sans", sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.meta { color: var(--muted); font-size: .85rem; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .8rem 0; }
dl.facts dt { font-weight: bold; font-size: .85rem; }
dl.facts dd { margin: 0; }
.grid { font-size: .8rem; }
.grid td.mark, .grid th.src-col { text-align: center; width: 1.8rem; padding: .2rem 0; }
.grid td.mark { font-size: 1rem; line-height: 1; }
.grid td.silent { background: var(--tint); }
.grid td.text { font-family: Georgia, "DejaVu Serif", serif; }
.grid td.gr { font-weight: bold; }
.legend { font-size: .85rem; color: var(--muted); }
.claim { border-left: 6px solid var(--cc, var(--rule)); padding: .6rem .9rem .4rem; margin: 1rem 0;
  background: var(--paper); break-inside: avoid-page; }
.claim h3 .num { display: inline-block; min-width: 2.4rem; padding: 0 .35rem; margin-right: .4rem; border: 2px solid var(--cc);
  color: var(--cc); text-align: center; border-radius: 3px; }
.c0 { --cc: var(--c0); } .c1 { --cc: var(--c1); } .c2 { --cc: var(--c2); }
.c3 { --cc: var(--c3); } .c4 { --cc: var(--c4); } .c5 { --cc: var(--c5); }
.status { font-weight: bold; white-space: nowrap; }
.grade { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: .85rem; margin-left: .5rem;
  padding: 0 .3rem; border: 1px solid var(--muted); border-radius: 3px; }
.s-denied .status { color: var(--denied); } .s-disputed .status { color: var(--disputed); }
.s-confirmed .status { color: var(--confirmed); } .s-unreviewed .status { color: var(--unreviewed); }
blockquote { margin: .3rem 0 .6rem; padding: .1rem 0 .1rem .8rem; border-left: 3px solid var(--rule); font-style: italic; }
ul.wordings { padding-left: 1.1rem; margin: .3rem 0 .6rem; }
ul.wordings li { margin: .25rem 0; }
.src { font-weight: bold; font-size: .85rem; }
.credit { color: var(--muted); font-size: .85rem; }
b.diff { font-weight: bold; text-decoration: underline; text-decoration-style: dotted; }
.note { background: var(--tint); border: 1px solid var(--rule); padding: .4rem .7rem; margin: .5rem 0; }
.note h4, .history h4 { margin: 0 0 .2rem; font-size: .85rem; }
.history { font-size: .85rem; color: var(--muted); }
.conflict { color: var(--denied); }
ul.unique { padding-left: 1.1rem; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  h2 { break-after: avoid-page; }
  h3 { break-after: avoid; }
  .claim, tr { break-inside: avoid-page; }
  .grid { font-size: 8pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
CSP = (
    "default-src 'none'; "
    f"style-src 'sha256-{_STYLE_HASH}'; "
    "img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; "
    "media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'"
)


def _slot(entry: Entry) -> str:
    return f"c{(entry.id - 1) % PALETTE_SIZE}"


def _sources(briefing: Briefing, ids: list[str]) -> str:
    return ", ".join(f"<span class=\"src\">{h(i)}</span> {h(briefing.source(i).name)}" for i in ids) or "none"


def _wording(w: Wording) -> str:
    parts = []
    for piece, differs in wording.pieces(w):
        text = h(piece)
        parts.append(f'<b class="diff">{text}</b>' if differs else text)
    return "".join(parts)


def _entry(briefing: Briefing, e: Entry) -> list[str]:
    n = len(briefing.sources)
    out = [f'<article class="claim {_slot(e)} s-{e.status.value}" id="claim-{e.id}">']
    grade = f' <span class="grade" title="{h(e.grade_meaning)}">{h(e.grade)}</span>' if e.grade else ""
    out.append(f'<h3><span class="num">{e.id}</span><span class="status">{h(e.status.label)}</span>{grade}</h3>')
    out.append(f"<blockquote>{h(shorten(e.text, 600))}</blockquote>")
    out.append('<dl class="facts">')
    out.append(f"<dt>Coverage</dt><dd>{len(e.carriers)} of {n} sources. Reported by {_sources(briefing, e.carriers)}.")
    if e.silent:
        out.append(f"<br>Silent: {_sources(briefing, e.silent)}.")
    out.append("</dd>")
    if e.status.needs_attribution or e.attributed_to or e.attribution is not None:
        out.append(f"<dt>{h(wording.by_label(e.status))}</dt><dd>{h(e.attributed_to or 'not named')}")
        sentence = wording.attribution_sentence(e)
        if sentence:
            where = ""
            if e.attribution is not None:
                where = f' <span class="credit">({h(e.attribution.article)}, {h(briefing.source(e.attribution.article).name)})</span>'
            out.append(f"<br>in the sentence “{h(shorten(sentence, 500))}”{where}")
        out.append("</dd>")
    if e.grade:
        out.append(f"<dt>Grade</dt><dd>{h(e.grade)} ({h(e.grade_meaning)})</dd>")
    if e.suggestion is not None and e.status is Status.UNREVIEWED:
        out.append(f"<dt>Suggested</dt><dd>{h(wording.suggestion_text(e.suggestion))}</dd>")
    if e.origins:
        out.append(f"<dt>First-hand sources</dt><dd>{h(', '.join(e.origins))}</dd>")
    for c in e.conflicts:
        out.append(f'<dt class="conflict">Versions differ</dt><dd class="conflict">⚠ versions differ ({h(c.kind)}, {h(c.between[0])} vs {h(c.between[1])}): {h(c.detail)}</dd>')
    for v in e.verdicts:
        out.append(f"<dt>Conflicting verdict</dt><dd>{h(wording.verdict_text(v))}</dd>")
    if e.analyst and e.annotated:
        out.append(f"<dt>Reviewed by</dt><dd>{h(e.analyst)}" + (f", {h(e.modified)}" if e.modified else "") + "</dd>")
    out.append("</dl>")
    out.append('<ul class="wordings">')
    for w in e.wordings:
        credit = f' <span class="credit">(credits {h(wording.credit(w.attribution))})</span>' if w.attribution else ""
        out.append(f'<li><span class="src">{h(w.sentence.article)} · {h(w.source)}</span>{credit}: {_wording(w)}</li>')
    out.append("</ul>")
    if e.note.strip():
        out.append(f'<div class="note"><h4>Note</h4><p>{h_lines(e.note.strip())}</p></div>')
    if e.history:
        items = "".join(f"<li>{h(wording.history_text(x))}</li>" for x in e.history)
        out.append(f'<div class="history"><h4>Earlier</h4><ul>{items}</ul></div>')
    out.append("</article>")
    return out


def grid_html(briefing: Briefing, entries: list[Entry]) -> list[str]:
    srcs = briefing.sources
    legend = "; ".join(f'<span class="src">{h(s.id)}</span> {h(s.name)}' for s in srcs)
    out = [f'<p class="legend">{legend}. {grid.MARK} reports the claim; empty: silent; {grid.CONFLICT} its sources disagree.</p>']
    graded = any(e.grade for e in entries)
    out.append('<table class="grid"><thead><tr><th class="n">claim</th><th>status</th>' + ('<th title="Admiralty grade">grade</th>' if graded else ""))
    out.extend(f'<th class="src-col" title="{h(s.name)}">{h(s.id)}</th>' for s in srcs)
    out.append("<th>claim</th></tr></thead><tbody>")
    for e in entries:
        cells = grid.marks(e.claim, briefing.comparison.articles)
        row = [f'<tr class="s-{e.status.value}"><td class="n">{e.id}</td><td class="status">{h(e.status.label)} {grid.conflict_mark(e.claim)}</td>']
        if graded:
            row.append(f'<td class="gr">{h(e.grade or "")}</td>')
        row.extend(f'<td class="mark">{c}</td>' if c else '<td class="mark silent"></td>' for c in cells)
        row.append(f'<td class="text">{h(shorten(e.text, 110))}</td></tr>')
        out.append("".join(row))
    out.append("</tbody></table>")
    return out


def to_html(briefing: Briefing) -> str:
    counts = briefing.counts()
    title = f"Briefing: {briefing.case}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{h(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head><body>",
        f"<header><h1>{h(title)}</h1>",
        f'<p class="meta">Generated {h(briefing.generated)} by analyst-tui'
        + (f" from the annotations in {h(briefing.annotations_name)}" if briefing.annotations_name else "")
        + ".</p></header>",
        '<section id="case"><h2>The case</h2>',
        '<table class="sources"><thead><tr><th></th><th>source</th><th>date</th><th>title</th><th class="n">claims</th></tr></thead><tbody>',
    ]
    for s in briefing.sources:
        out.append(
            f'<tr><td class="src">{h(s.id)}</td><td>{h(s.name)}</td><td>{h(s.date or "")}</td>'
            f'<td>{h(s.title or "")}</td><td class="n">{s.claims}</td></tr>'
        )
    out.append("</tbody></table>")
    dates = briefing.dates
    summary = ", ".join(f"{counts[s]} {h(s.label)}" for s in (Status.DENIED, Status.DISPUTED, Status.CONFIRMED, Status.UNREVIEWED))
    out.append('<dl class="facts">')
    out.append(f"<dt>Dates</dt><dd>{h(dates[0]) + (' to ' + h(dates[-1]) if len(dates) > 1 else '') if dates else 'not given'}</dd>")
    out.append(f"<dt>Claims</dt><dd>{len(briefing.entries)}, {briefing.shared_count} of them reported by two sources or more; {summary}</dd>")
    out.append(f"<dt>Reviewed by</dt><dd>{h(', '.join(briefing.reviewers)) or 'nobody yet'}</dd>")
    for d in briefing.comparison.disagreements:
        out.append(f'<dt class="conflict">Sources disagree</dt><dd class="conflict">⚠ {h(d.detail)}</dd>')
    out.append("</dl></section>")
    listed = briefing.in_groups()
    if listed:
        out.append('<section id="grid"><h2>Who says what</h2>')
        out.extend(grid_html(briefing, listed))
        out.append("</section>")
    for status, entries in briefing.groups():
        out.append(f'<section class="group" id="{status.value}"><h2>{h(status.glyph)} {status.value.capitalize()} ({len(entries)})</h2>')
        for e in entries:
            out.extend(_entry(briefing, e))
        out.append("</section>")
    unique = briefing.unique_by_source()
    if unique:
        out.append('<section id="unique"><h2>Claims only one source makes</h2>')
        for src, entries in unique:
            out.append(f'<h3><span class="src">{h(src.id)}</span> · {h(src.name)} ({len(entries)})</h3><ul class="unique">')
            out.extend(f"<li>[{e.id}] {h(shorten(e.text, 400))}</li>" for e in entries)
            out.append("</ul>")
        out.append("</section>")
    if briefing.lost:
        out.append(f'<section id="lost"><h2>Annotations whose sentences were not found again ({len(briefing.lost)})</h2>')
        out.append("<p>The articles changed since these were made; they are kept, and can be re-attached in the app (o).</p><ul>")
        for lost in briefing.lost:
            who = f", {h(wording.by_label(lost.status).lower())} {h(lost.attributed_to)}" if lost.attributed_to else ""
            note = f" Note: {h(lost.note)}" if lost.note.strip() else ""
            out.append(f'<li><span class="status">{h(lost.status.label)}</span>{who}: “{h(shorten(lost.quote, 300))}”.{note}</li>')
        out.append("</ul></section>")
    out.append("<footer>Made with analyst-tui. Claim numbers and status glyphs (✔ confirmed, ? disputed, ✖ denied, · unreviewed) carry the meaning; colours only help.</footer>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
