"""Reports: the comparison and the analyst's verdicts written out, one module per format.

- ``table``, ``markdown``, ``json``: ``analyst-tui compare`` (contract in docs/compare-json.md)
- ``briefing``: a case's data gathered once for every report format
- ``markdown``, ``html``, ``csv``, ``json``, ``w3c``: ``analyst-tui report`` (docs/reports.md)
- ``grid``: the claims-by-sources grid (also the app's grid view)
- ``escape``: the one way text from an article or a note goes into any of them
"""

from __future__ import annotations

from typing import Callable

from analyst_tui.core.report.briefing import Briefing, gather
from analyst_tui.core.report.json import SCHEMA, to_dict, to_json
from analyst_tui.core.report.markdown import to_markdown
from analyst_tui.core.report.table import to_table

FORMATS = ("markdown", "html", "csv", "json", "w3c")
SUFFIXES = {"markdown": ".md", "html": ".html", "csv": ".csv", "json": ".json", "w3c": ".jsonld"}


def renderer(fmt: str) -> Callable[[Briefing], str]:
    """The function that writes a briefing in ``fmt`` (one of ``FORMATS``)."""
    if fmt == "markdown":
        from analyst_tui.core.report.markdown import to_briefing_markdown

        return to_briefing_markdown
    if fmt == "html":
        from analyst_tui.core.report.html import to_html

        return to_html
    if fmt == "csv":
        from analyst_tui.core.report.csv import to_csv

        return to_csv
    if fmt == "json":
        from analyst_tui.core.report.json import to_report_json

        return to_report_json
    if fmt == "w3c":
        from analyst_tui.core.report.w3c import to_w3c

        return to_w3c
    raise ValueError(f"unknown report format {fmt!r}")


def render(briefing: Briefing, fmt: str) -> str:
    return renderer(fmt)(briefing)


__all__ = ["FORMATS", "SCHEMA", "SUFFIXES", "Briefing", "gather", "render", "renderer", "to_dict", "to_json", "to_markdown", "to_table"]
