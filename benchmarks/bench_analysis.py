"""Time the analysis stage against the rest of ``compare`` on the ECB+ corpus (982 articles).

    python benchmarks/bench_analysis.py [ECBPLUS_DIR_OR_TARBALL] [--repeat 3]

Rebuilds the articles as bench_compare.py does, then times, in this process, segmentation,
alignment and the analysis stage (attributions, word differences, origins, suggestions,
disagreements) separately, best of ``--repeat`` runs, and prints what the analysis adds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_compare import DEFAULT, build_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    source = Path(args.source)
    if not source.exists():
        print(f"bench_analysis: not found: {source}", file=sys.stderr)
        return 2
    from analyst_tui.core.align import align
    from analyst_tui.core.analysis import analyse
    from analyst_tui.core.compare import sentences_of
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.model import Comparison

    with tempfile.TemporaryDirectory() as tmp:
        n = build_corpus(source, Path(tmp))
        articles = load_paths([str(Path(tmp) / "articles")]).articles
        best = {"segment": 1e9, "align": 1e9, "analyse": 1e9}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            sentences = {a.id: sentences_of(a) for a in articles}
            t1 = time.perf_counter()
            claims = align(sentences)
            t2 = time.perf_counter()
            comparison = analyse(Comparison(list(articles), sentences, claims))
            t3 = time.perf_counter()
            for key, value in (("segment", t1 - t0), ("align", t2 - t1), ("analyse", t3 - t2)):
                best[key] = min(best[key], value)
    shared = sum(1 for c in comparison.claims if c.is_shared)
    print(f"{n} ECB+ articles, {shared} shared claims, {len(comparison.attributions)} attributions, "
          f"{sum(1 for c in comparison.claims if c.suggestion)} suggestions")
    print(f"best of {args.repeat}: segment {best['segment']:.2f} s, align {best['align']:.2f} s, "
          f"analysis {best['analyse']:.2f} s (+{100 * best['analyse'] / (best['segment'] + best['align']):.0f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
