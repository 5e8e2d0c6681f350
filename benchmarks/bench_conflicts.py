"""Contradiction checks: their cost on the ECB+ corpus and what they flag on the real cases.

    python benchmarks/bench_conflicts.py [ECBPLUS_DIR_OR_TARBALL] [--cases CASES_DIR] [--show]

1. Rebuilds the 982 ECB+ articles (as bench_compare.py does), aligns them once, and times
   ``find_conflicts`` over all claims on its own: the time it adds to ``compare``.
2. For every case folder under CASES_DIR (default ../shared/cases), prints the number of
   conflicts by kind; ``--show`` prints each one with the two member sentences, to check by hand.
3. ``--show-training``: compares the articles of ECB+ topics 6-45 together and prints every conflict
   flagged there with its two sentences: the place to look for a wrong flag or a missed one, on
   training data only (topics 1-5 are held out).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_compare import DEFAULT, build_corpus  # noqa: E402

from analyst_tui.core.align import align  # noqa: E402
from analyst_tui.core.ingest import load_paths  # noqa: E402
from analyst_tui.core.compare import build_comparison, sentences_of  # noqa: E402
from analyst_tui.core.conflicts import find_conflicts  # noqa: E402


def corpus_cost(source: Path, show_training: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        n = build_corpus(source, Path(tmp))
        articles = load_paths([str(Path(tmp) / "articles")]).articles
        if show_training:
            training(Path(tmp) / "articles")
        t0, c0 = time.perf_counter(), time.process_time()
        sentences = {a.id: sentences_of(a) for a in articles}
        claims = align(sentences)
        t1, c1 = time.perf_counter(), time.process_time()
        find_conflicts(claims)
        t2, c2 = time.perf_counter(), time.process_time()
    shared = [c for c in claims if c.is_shared]
    kinds = Counter(k.kind for c in shared for k in c.conflicts)
    flagged = sum(1 for c in shared if c.conflicts)
    print(f"ECB+ {n} articles: segment+align {t1 - t0:.2f} s wall ({c1 - c0:.2f} s CPU), find_conflicts "
          f"{t2 - t1:.3f} s wall ({c2 - c1:.3f} s CPU, {(c2 - c1) / max(c1 - c0, 1e-9):.1%} of segment+align); "
          f"{flagged}/{len(shared)} shared claims flagged; "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


def training(folder: Path) -> None:
    """Every conflict flagged among the articles of ECB+ topics 6-45 ("12_3ecbplus.txt": topic 12)."""
    paths = [str(p) for p in sorted(folder.iterdir()) if int(p.name.split("_")[0]) >= 6]
    comparison = build_comparison(load_paths(paths).articles)
    found = 0
    for claim in comparison.claims:
        for k in claim.conflicts:
            found += 1
            a, b = (claim.members[i] for i in k.members)
            print(f"  [{claim.id}] {k.kind}: {k.detail}\n      {a.article}: {a.text}\n      {b.article}: {b.text}")
    print(f"ECB+ topics 6-45 ({len(paths)} articles) compared together: {found} conflicts")


def cases(folder: Path, show: bool) -> None:
    for case in sorted(p for p in folder.iterdir() if p.is_dir()):
        comparison = build_comparison(load_paths([str(case)]).articles)
        kinds = Counter(k.kind for c in comparison.claims for k in c.conflicts)
        total = sum(kinds.values())
        print(f"{case.name}: {total} conflicts" + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ")" if total else ""))
        if not show:
            continue
        for claim in comparison.claims:
            for k in claim.conflicts:
                a, b = (claim.members[i] for i in k.members)
                print(f"  [{claim.id}] {k.kind}: {k.detail}\n      {a.article}: {a.text}\n      {b.article}: {b.text}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", nargs="?", default=str(DEFAULT), help="ECB+ tarball or extracted folder")
    ap.add_argument("--cases", default=str(ROOT.parent / "shared" / "cases"), help="folder of case folders")
    ap.add_argument("--show", action="store_true", help="print every conflict of the cases with its two sentences")
    ap.add_argument("--show-training", action="store_true",
                    help="print every conflict among the articles of ECB+ topics 6-45 (training data)")
    args = ap.parse_args()
    source = Path(args.source)
    if source.exists():
        corpus_cost(source, args.show_training)
    else:
        print(f"bench_conflicts: ECB+ not found: {source}", file=sys.stderr)
    if Path(args.cases).is_dir():
        cases(Path(args.cases), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
