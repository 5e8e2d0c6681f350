"""Precision and recall of the aligner on the seed case, against hand-labelled links.

    python benchmarks/seed_quality.py           (prints figures and every miss / false link)
    python benchmarks/seed_quality.py --story   (the same for the held-out ECB+ story of benchmarks/story_gold.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from analyst_tui.core.ingest import load_paths  # noqa: E402
from analyst_tui.core.compare import build_comparison  # noqa: E402
from engine_data import ECB_TARBALL  # noqa: E402
from seed_gold import score  # noqa: E402
from story_gold import ACCEPTABLE, REQUIRED, story_score  # noqa: E402


def describe(comparison, key) -> str:
    article_id, index = key
    return f"{article_id}{index}: {comparison.sentences[article_id][index].text[:90]}"


def report(comparison, result: dict, name: str) -> None:
    print(f"{name} links: precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"({result['predicted']} predicted, {result['required']} required)")
    for pair in sorted(result["missed"], key=sorted):
        a, b = sorted(pair)
        print("  missed:", describe(comparison, a), "<->", describe(comparison, b))
    for pair in sorted(result["false_positives"], key=sorted):
        a, b = sorted(pair)
        print("  false: ", describe(comparison, a), "<->", describe(comparison, b))


def main() -> int:
    if sys.argv[1:] == ["--story"]:
        def aligned(paths):
            comparison = build_comparison(load_paths(paths).articles)
            report(comparison, score(comparison, REQUIRED, ACCEPTABLE), "story")
            return comparison

        story_score(ECB_TARBALL, aligned)
        return 0
    paths = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    comparison = build_comparison(load_paths(paths).articles)
    report(comparison, score(comparison), "seed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
