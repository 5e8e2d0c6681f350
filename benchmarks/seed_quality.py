"""Precision and recall of the aligner on the seed case, against hand-labelled links.

    python benchmarks/seed_quality.py        (prints figures and every miss / false link)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from analyst_tui.core.ingest import load_paths  # noqa: E402
from analyst_tui.core.compare import build_comparison  # noqa: E402
from seed_gold import score  # noqa: E402


def describe(comparison, key) -> str:
    article_id, index = key
    return f"{article_id}{index}: {comparison.sentences[article_id][index].text[:90]}"


def main() -> int:
    paths = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    comparison = build_comparison(load_paths(paths).articles)
    result = score(comparison)
    print(f"seed links: precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"({result['predicted']} predicted, {result['required']} required)")
    for pair in sorted(result["missed"], key=sorted):
        a, b = sorted(pair)
        print("  missed:", describe(comparison, a), "<->", describe(comparison, b))
    for pair in sorted(result["false_positives"], key=sorted):
        a, b = sorted(pair)
        print("  false: ", describe(comparison, a), "<->", describe(comparison, b))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
