"""Re-create the README screenshots by driving the real app on the bundled seed case.

    python -m analyst_tui.screenshots [--out screenshots]

Writes SVG files: the review screen at 120x36 with a claim selected and the White House
denial tagged and attributed, the same case at 80x24, the help screen, and the compare view
of that claim (every outlet's version, the words the others lack marked). Annotations go to
a scratch home folder under the system's temporary directory, never to the user's data.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

SHOTS = ("review-120x36.svg", "review-80x24.svg", "help-120x36.svg", "compare-120x36.svg")


async def _type(pilot, text: str) -> None:
    for ch in text:
        await pilot.press({" ": "space", "/": "slash"}.get(ch, ch))


async def _tag_the_denial(app, pilot) -> None:
    """Select the NBC report claim, tag it denied, attribute it to the press secretary."""
    await pilot.press("slash")
    await _type(pilot, "expressed interest")
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("x", "a")
    await pilot.pause()
    await _type(pilot, "leavitt")
    await pilot.pause()
    await pilot.press("enter")  # pick the highlighted sentence (her statement)
    await pilot.pause()
    await pilot.press("enter")  # save: the name is suggested from the sentence
    await pilot.pause()
    await pilot.press("escape")  # clear the search: every claim listed, the denied one selected
    await pilot.pause()


async def _shoot(out: Path) -> list[Path]:
    from analyst_tui.core.ingest import load_paths, sample_paths
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.tui.app import ReviewApp

    comparison = build_comparison(load_paths(sample_paths()).articles)
    written: list[Path] = []

    app = ReviewApp(comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await _tag_the_denial(app, pilot)
        await pilot.press("tab")  # focus the first article pane
        while app.store.saving:  # the tag and attribution are saved on a thread
            await pilot.pause(0.05)
        await pilot.pause(0.2)
        written.append(Path(app.save_screenshot(SHOTS[0], str(out))))
        await pilot.press("question_mark")
        await pilot.pause(0.2)
        written.append(Path(app.save_screenshot(SHOTS[2], str(out))))
        await pilot.press("escape", "shift+tab")  # back to the claims list, the denied claim selected
        await pilot.press("equals_sign")  # its versions stacked, differences marked
        await pilot.pause(0.2)
        written.append(Path(app.save_screenshot(SHOTS[3], str(out))))
    app.store.wait()

    app = ReviewApp(comparison)  # reopens the same annotations: the tag is back
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await _type(pilot, "expressed interest")
        await pilot.press("enter", "escape")
        await pilot.pause(0.2)
        written.append(Path(app.save_screenshot(SHOTS[1], str(out))))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analyst_tui.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="screenshots", help="folder for the SVG files (default: screenshots)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # A scratch home folder: the status line shows the path an analyst would see,
    # ~/.local/share/analyst-tui/cases/sample.json, and no user config changes the pictures.
    scratch = Path(tempfile.mkdtemp(prefix="analyst-tui-screenshots-"))
    names = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "ANALYST_TUI_DATA_DIR", "ANALYST_TUI_CONFIG", "ANALYST_TUI_ANALYST", "NO_COLOR")
    saved_env = {k: os.environ.get(k) for k in names}
    for key in names:
        os.environ.pop(key, None)
    os.environ["HOME"] = str(scratch)
    os.environ["XDG_DATA_HOME"] = str(scratch / ".local" / "share")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / ".config")
    os.environ["ANALYST_TUI_ANALYST"] = "analyst"
    try:
        for path in asyncio.run(_shoot(out)):
            print(path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return 0


if __name__ == "__main__":
    sys.exit(main())
