"""Loading and segmenting speed: hostile markup, many small files, many sentences.

These figures used to be wall-clock limits inside the unit tests; they are printed here
instead (a shared or slow machine must not fail a test). Run: python benchmarks/bench_loading.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from analyst_tui.core.ingest import load_paths
from analyst_tui.core.segment import segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

BROKEN = {
    "quotes.html": "<p>Real text.</p>" + "<p a='>' " * 5000,
    "stray.html": "<p>Real text.</p>" + "<a <b " * 10000,
    "nested.html": "<p>Real text.</p>" + "<h1>" * 10000 + "</x>" * 10000,
    "cdata.html": "<p>Real text.</p>" + "<![CDATA[>" * 10000,
    "emphasis.md": "Real text.\n\n" + "**a " * 10000 + "[a](" * 10000,
}


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in BROKEN.items():
            path = folder / name
            path.write_text(data, "utf-8")
            print(f"broken markup {name:<12} {timed(lambda: load_paths([str(path)])):6.3f} s  (was a limit of 1 s)")
        many = folder / "many"
        many.mkdir()
        for i in range(1000):
            (many / f"{i:04d}_story.txt").write_text(f"Headline {i}\n\nReport number {i} says something.\n")
        print(f"1000 small files           {timed(lambda: load_paths([str(many)])):6.3f} s  (was a limit of 1 s)")
    text = "\n\n".join([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 280)
    spans: list = []
    seconds = timed(lambda: spans.extend(segment(text)))
    print(f"segmenting {len(spans)} sentences {seconds:6.3f} s  (was a limit of 2 s)")
    # Every sentence a page dateline, and a line of dates that never ends one: each sentence's start is
    # checked for a dateline, in a bounded look (an unbounded one took 21 s on the first text).
    # Labelled datelines inside a line are looked for too ("... rehab facility Updated 4: 08 p. m. ET Lindsay ..."),
    # and headlines glued to their lead ("... quake A powerful quake ...").
    for name, dates in (("5,000 dateline sentences", "Jan 1 2013 1: 11 PM. " * 5000),
                        ("one line of 5,000 dates  ", "Jan 1 2013 1: 11 PM " * 5000 + "x"),
                        ("5,000 labels in a line   ", "Headline words Updated 4: 08 PM ET Lead " * 5000),
                        ("5,000 glued leads in a line", "ten dead in quake A powerful quake hit the A list " * 5000)):
        print(f"segmenting {name} {timed(lambda: segment(dates)):6.3f} s  ({len(dates):,} characters)")


if __name__ == "__main__":
    main()
