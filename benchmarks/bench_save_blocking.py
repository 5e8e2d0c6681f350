"""Keys while a large annotation file is being saved: the save runs on a thread.

    python benchmarks/bench_save_blocking.py [MEGABYTES] [--other]      (default 200)

Makes an annotation file of about MEGABYTES (one huge note on the seed case), opens the review
app on it (headless) and tags a claim (a save of the whole file); prints how long the save took
and the longest pause of a 10 ms timer in the app while it ran (how long a key would wait).
With --other, another process tags a claim first, so the save reads, parses and merges the file.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.ingest import load_paths, sample_paths
from analyst_tui.tui.app import ReviewApp


OTHER = """
import sys
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.ingest import load_paths, sample_paths
comparison = build_comparison(load_paths(sample_paths()).articles)
store = AnnotationStore.open(comparison, sys.argv[1], analyst="other")
store.set_status(comparison.claims[0].id, "denied")
"""


async def run(path: Path, comparison, other: bool) -> None:
    app = ReviewApp(comparison, annotations=str(path))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        if other:  # another session saves meanwhile (in its own process)
            subprocess.run([sys.executable, "-c", OTHER, str(path)], check=True)
        ticks: list[float] = []
        app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))  # the interface's heartbeat
        app.review.action_tag("confirmed")  # as the c key does, without the test driver's waits
        start = time.perf_counter()
        while app.store.saving:
            await asyncio.sleep(0.01)
        saved = time.perf_counter() - start
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print(f"save of the whole file on its thread: {saved:.2f} s")
    print(f"the interface's 10 ms heartbeat meanwhile: {len(ticks)} beats, longest gap {max(gaps, default=0) * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("megabytes", nargs="?", type=float, default=200, help="size of the annotation file (default 200)")
    ap.add_argument("--other", action="store_true", help="another process tags a claim first")
    args = ap.parse_args()
    megabytes = args.megabytes
    comparison = build_comparison(load_paths(sample_paths()).articles)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.json"
        store = AnnotationStore.open(comparison, path, analyst="bench")
        store.set_note(comparison.claims[-1].id, "long note line\n" * int(megabytes * 1024 * 1024 / 15))
        print(f"annotation file: {path.stat().st_size / 1e6:.0f} MB")
        asyncio.run(run(path, comparison, args.other))


if __name__ == "__main__":
    main()
