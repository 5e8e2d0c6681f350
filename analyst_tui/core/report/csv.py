"""CSV: one row per claim and source, for a spreadsheet.

RFC 4180 (comma separated, fields quoted when needed, CRLF line ends), UTF-8, a header row.
Every cell goes through ``escape.csv_cell``: no cell can start a formula (= + - @ tab CR).
"""

from __future__ import annotations

import csv
import io

import analyst_tui.core.report.wording as wording
from analyst_tui.core.report.briefing import Briefing
from analyst_tui.core.report.escape import csv_cell

HEADER = [
    "claim", "status", "grade", "coverage", "shared_by", "article", "source", "date", "reports", "wording",
    "start", "end", "credits", "conflicts", "attributed_to", "attribution_sentence", "note", "analyst", "modified",
]


def to_csv(briefing: Briefing) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")  # RFC 4180
    writer.writerow(HEADER)
    n = len(briefing.sources)
    for e in briefing.entries:
        conflicts = "; ".join(f"{c.kind} ({c.between[0]} vs {c.between[1]}): {c.detail}" for c in e.conflicts)
        attribution = wording.attribution_sentence(e) or ""
        for src in briefing.sources:
            mine = [w for w in e.wordings if w.sentence.article == src.id]
            credits = "; ".join(wording.credit(w.attribution) for w in mine if w.attribution)
            row = [
                e.id,
                e.status.value,
                e.grade or "",
                f"{len(e.carriers)}/{n}",
                len(e.carriers),
                src.id,
                src.name,
                src.date or "",
                bool(mine),
                " … ".join(w.sentence.text for w in mine),
                mine[0].sentence.start if mine else "",
                mine[-1].sentence.end if mine else "",
                credits,
                conflicts,
                e.attributed_to or "",
                attribution,
                e.note,
                e.analyst if e.annotated else "",
                e.modified or "",
            ]
            writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()
