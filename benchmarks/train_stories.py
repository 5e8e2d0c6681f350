"""Link precision and recall on the hand-labelled ECB+ training stories, and why required links are missed.

    python benchmarks/train_stories.py [--ecb ECB_TARBALL] [--lexical] [--one-story] [--articles K]

Thirty-two stories of the training topics (6-45), four articles each, labelled by hand
(``train_gold.py``). Partly in-sample: the claim model was fitted on these sentences under
labels derived from ECB+'s event chains (not on these labels). Each story is compared alone, as
the app compares it (story gate included). A missed required link is counted as: never a candidate
pair (the candidate bound, a rule of what a claim is, or the story gate kept it out), scored below a
link (under 0.5), or scored as a link but not put in one claim (the clustering).
``--articles K`` compares every K of a story's four articles instead (a smaller comparison, as of
the three seed reports), each with the labels of its sentences.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
import tempfile
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_data import ECB_TARBALL  # noqa: E402
from train_gold import FIRST_SIXTEEN, article_subsets, hand_cases, hand_counts  # noqa: E402

from analyst_tui.core.align import Engine, engine, params, vectors  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ecb", default=str(ECB_TARBALL), help="ECB+ release tarball")
    ap.add_argument("--lexical", action="store_true", help="the fallback engine without word vectors")
    ap.add_argument("--one-story", action="store_true", help="as the analyst's --one-story: no story gate")
    ap.add_argument("--articles", type=int, choices=(2, 3), help="compare every K of each story's four articles")
    args = ap.parse_args()
    if not Path(args.ecb).is_file():
        print(f"train_stories: no ECB+ tarball at {args.ecb}", file=sys.stderr)
        return 2
    eng = Engine(None, params.load("lexical"), one_story=args.one_story) if args.lexical else engine(args.one_story)
    if not args.lexical and eng.vectors is None:
        print(f"train_stories: {vectors.warning()}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.ecb) as tar:
            tar.extractall(tmp, filter="data")
        cases = hand_cases(Path(tmp) / "ECB+_LREC2014" / "ECB+")
    if args.articles:
        cases = [sub for case in cases for sub in article_subsets(case, args.articles)]
    total = [0, 0, 0, 0]
    sets = {"the first sixteen": [0, 0, 0, 0], "the later sixteen": [0, 0, 0, 0]}
    missed: Counter[str] = Counter()
    for case in cases:
        m = eng.matcher(case.texts)
        gate = eng.story_gate(m, case.owner)
        candidates = set(eng.candidates(m, case.owner, gate))
        groups, _, _ = eng.align_groups(m, case.owner)
        counts = hand_counts(case, groups)
        total = [a + b for a, b in zip(total, counts)]
        part = "the first sixteen" if case.story in FIRST_SIXTEEN else "the later sixteen"
        sets[part] = [a + b for a, b in zip(sets[part], counts)]
        made = {(a, b) for g in groups for a, b in combinations(sorted(g), 2) if case.owner[a] != case.owner[b]}
        lost = sorted(case.required - made)
        scores = eng.scores(m, lost)
        for pair in lost:
            missed["never a candidate" if pair not in candidates else
                   "scored under 0.5" if scores[pair] < 0.5 else "a link, not in one claim"] += 1
        split = "" if gate is None or gate.all() else "  (the story gate split it)"
        print(f"{case.story:11} precision {counts[3] / max(1, counts[1]):.2f} recall {counts[0] / max(1, counts[2]):.2f} "
              f"({counts[1]} links, {counts[2]} required){split}")
    what = "comparisons" if args.articles else "stories"
    print(f"all {len(cases)} {what}: precision {total[3] / max(1, total[1]):.3f} recall {total[0] / max(1, total[2]):.3f} "
          f"({total[1]} links, {total[2]} required; partly in-sample, see the docstring)")
    print("; ".join(f"{name}: precision {c[3] / max(1, c[1]):.3f} recall {c[0] / max(1, c[2]):.3f}"
                    for name, c in sets.items()))
    print("required links missed: " + ", ".join(f"{k} {v}" for k, v in missed.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
