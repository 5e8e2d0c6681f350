"""Re-create the README's pictures of the HTML briefing (headless Chromium) and the grid (the app).

    python -m analyst_tui.report_picture [--out screenshots] [--chromium PATH]

Tags the bundled sample case as the README's screenshots do (the NBC report denied by the White
House press secretary, with a note; one claim confirmed, one disputed; NBC News graded B), writes the HTML briefing
and has Chromium take a PNG screenshot of its first screen; then opens the real app on the same
annotations, presses w and saves the grid as an SVG at 120x30. Annotations go to a scratch
folder, never to the user's data.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PICTURE = "report-html.png"
GRID = "grid-120x30.svg"
WINDOW = (1000, 1500)
# Headless Chromium on a closed network: no sandbox as root, no background connections.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FLAGS = [*CHROMIUM_FLAGS, "--hide-scrollbars"]


def _sentence(comparison, text: str):
    for sentences in comparison.sentences.values():
        for s in sentences:
            if text in s.text:
                return s
    raise LookupError(text)


def _claim(comparison, text: str):
    for claim in sorted(comparison.claims, key=lambda c: c.id):
        if claim.is_shared and any(text in m.text for m in claim.members):
            return claim
    raise LookupError(text)


def tagged_sample(scratch: Path):
    """The sample case and its annotations in ``scratch``, tagged as the README shows."""
    from analyst_tui.core.annotations import AnnotationStore
    from analyst_tui.core.ingest import load_paths, sample_paths
    from analyst_tui.core.compare import build_comparison

    comparison = build_comparison(load_paths(sample_paths()).articles)
    store = AnnotationStore.open(comparison, scratch / "sample.json", case="Iran troops report", analyst="analyst")
    denied = _claim(comparison, "expressed interest")
    store.set_status(denied.id, "denied")
    store.set_attribution(denied.id, "Karoline Leavitt (White House press secretary)", _sentence(comparison, "dismissed the report"))
    store.set_note(denied.id, "Denied on the record; NBC's sources are anonymous. Watch for a second outlet.")
    store.set_status(_claim(comparison, "We are waiting for them").id, "confirmed")
    store.set_status(_claim(comparison, "service members").id, "disputed")
    from analyst_tui.core.analysis.grading import SourceGrades

    SourceGrades().set("NBC News", "B")  # the analyst's grade of a source (g in the app), in the scratch folder
    return comparison, store


def briefing_html(comparison, store) -> str:
    from analyst_tui.core import report
    from analyst_tui.core.analysis.grading import SourceGrades

    briefing = report.gather(comparison, store, case=store.case, annotations_path=str(store.path), grades=SourceGrades())
    return report.render(briefing, "html")


async def _grid_svg(comparison, annotations: Path, out: Path) -> Path:
    from analyst_tui.tui.app import ReviewApp

    app = ReviewApp(comparison, annotations=str(annotations))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause(0.2)
        return Path(app.save_screenshot(GRID, str(out)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analyst_tui.report_picture", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="screenshots", help="folder for the PNG (default: screenshots)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"), help="the Chromium program")
    args = parser.parse_args(argv)
    if not args.chromium:
        print("report_picture: chromium is not installed (Debian package chromium)", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="analyst-tui-report-") as tmp:
        scratch = Path(tmp)
        os.environ["ANALYST_TUI_DATA_DIR"] = str(scratch / "data")
        page = scratch / "briefing.html"
        comparison, store = tagged_sample(scratch)
        page.write_text(briefing_html(comparison, store), "utf-8")
        target = (out / PICTURE).resolve()
        subprocess.run(
            [
                args.chromium, *FLAGS, f"--user-data-dir={scratch / 'profile'}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                f"--screenshot={target}", page.as_uri(),
            ],
            check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(scratch)},
        )
        os.environ.pop("NO_COLOR", None)
        grid = asyncio.run(_grid_svg(comparison, store.path, out))
    print(target)
    print(grid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
