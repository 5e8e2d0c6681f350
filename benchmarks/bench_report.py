"""Speed of the reports: gathering a briefing and writing each format.

    python benchmarks/bench_report.py [--sources 15] [--claims 400]

1. The seed case (3 articles), every claim of it tagged: time of gather + render per format.
2. A synthetic case of N sources and M claims (claims shared by a varying number of sources,
   built directly as a Comparison, so only the report's own work is timed), every third claim
   tagged with a note: the same figures, and the HTML's size.

Prints the median of 5 runs of each, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def synthetic(n_sources: int, n_claims: int):
    from analyst_tui.core.model import Article, Claim, Comparison, Sentence, article_label

    texts: dict[str, list[str]] = {article_label(i): [] for i in range(n_sources)}
    members: list[list[tuple[str, int]]] = []
    for c in range(n_claims):
        width = 1 + (c * 7) % n_sources
        ids = [article_label((c + k) % n_sources) for k in range(width)]
        row = []
        for aid in ids:
            texts[aid].append(f"Claim {c}: officials said {c % 97} convoys crossed the river near town {c % 13}.")
            row.append((aid, len(texts[aid]) - 1))
        members.append(row)
    articles, sentences = [], {}
    for i in range(n_sources):
        aid = article_label(i)
        parts, pos, sents = [], 0, []
        for j, part in enumerate(texts[aid]):
            sents.append((pos, pos + len(part)))
            parts.append(part)
            pos += len(part) + 1
        text = " ".join(parts)
        articles.append(Article(aid, f"/tmp/{aid}.txt", f"Outlet number {i}", text, date="2026-03-07"))
        sentences[aid] = [Sentence(aid, j, a, b, text[a:b]) for j, (a, b) in enumerate(sents)]
    claims = [Claim(c + 1, [sentences[aid][j] for aid, j in row]) for c, row in enumerate(members)]
    return Comparison(articles, sentences, claims)


def run(label: str, comparison, tag_every: int, folder: Path) -> None:
    from analyst_tui.core import report
    from analyst_tui.core.annotations import AnnotationStore

    store = AnnotationStore.open(comparison, folder / f"{label}.json", case=label, analyst="bench")
    for claim in comparison.claims[::tag_every]:
        store.set_status(claim.id, "denied")
        store.set_note(claim.id, "Checked against the ministry's statement.")
    print(f"{label}: {len(comparison.articles)} sources, {len(comparison.claims)} claims, {len(comparison.claims[::tag_every])} tagged")
    gather_ms = median_ms(lambda: report.gather(comparison, store, case=label))
    print(f"  gather                {gather_ms:8.1f} ms")
    briefing = report.gather(comparison, store, case=label)
    for fmt in report.FORMATS:
        ms = median_ms(lambda: report.render(briefing, fmt))
        size = len(report.render(briefing, fmt).encode("utf-8"))
        print(f"  {fmt:<10} render    {ms:8.1f} ms   {size / 1024:8.1f} KiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=15)
    parser.add_argument("--claims", type=int, default=400)
    args = parser.parse_args()
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.core.ingest import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.environ["ANALYST_TUI_DATA_DIR"] = str(Path(tmp) / "data")
        seeds = build_comparison(load_paths([str(ROOT / "seeds")]).articles)
        run("seeds", seeds, 1, Path(tmp))
        run("synthetic", synthetic(args.sources, args.claims), 3, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
