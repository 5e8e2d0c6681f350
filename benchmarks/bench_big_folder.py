"""The review app on a folder of many small articles: how soon the progress line shows, when
the review screen replaces it, and the first key after it.

    python benchmarks/bench_big_folder.py [FILES] [WIDTH]      (default 20000 files, 80 columns)

The articles are synthetic (a headline and two sentences each), written to a temporary folder;
the app runs headless (Textual's run_test), so the figures leave out the terminal's own drawing.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from analyst_tui.tui.app import ReviewApp
from analyst_tui.tui.loading import load_case
from analyst_tui.tui.screens.review import ReviewScreen


async def run(folder: Path, width: int) -> dict[str, float]:
    start = time.perf_counter()
    app = ReviewApp(loader=lambda progress: load_case([str(folder)], progress), annotations=str(folder / "ann.json"))
    seen: dict[str, float] = {}
    async with app.run_test(size=(width, 40)) as pilot:
        while not isinstance(app.screen, ReviewScreen):
            await pilot.pause(0.02)
            if "progress" not in seen and "files read" in app.loading_text:
                seen["progress"] = time.perf_counter() - start
        seen["review screen"] = time.perf_counter() - start
        await pilot.pause()
        seen["drawn"] = time.perf_counter() - start
        await pilot.press("j")
        await pilot.pause()
        seen["after j"] = time.perf_counter() - start
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="?", type=int, default=20_000, help="how many articles (default 20000)")
    ap.add_argument("width", nargs="?", type=int, default=80, help="terminal columns (default 80)")
    args = ap.parse_args()
    files, width = args.files, args.width
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(files):
            (folder / f"{i:05d}.txt").write_text(
                f"Headline {i}\n\nOfficials said {i % 50} people were hurt in the storm on Tuesday. "
                f"The mayor of Town{i % 7} declared an emergency.\n"
            )
        seen = asyncio.run(run(folder, width))
    print(f"{files} files at {width} columns (seconds from start):")
    for what, seconds in seen.items():
        print(f"  {what:<14} {seconds:6.2f}")


if __name__ == "__main__":
    main()
