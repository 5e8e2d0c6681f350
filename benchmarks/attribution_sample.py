"""Attributions, suggestions and disagreements found on real cases, and a random sample to check by hand.

    python benchmarks/attribution_sample.py [FOLDER...] [--sample 40] [--seed 12]

For each folder (default: the seeds and every case under ../shared/cases/), prints how many
claim sentences there are, how many carry an attribution, the suggested statuses and the
disagreements; then a random sample of attributions, each with the two sentences before it,
for a person to mark right or wrong. The figures of that check are reported by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst_tui.core.compare import build_comparison  # noqa: E402
from analyst_tui.core.ingest import load_paths  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    folders = args.folders or [str(ROOT / "seeds"), *sorted(str(p) for p in (ROOT.parent / "shared" / "cases").glob("*_ecbplus"))]
    rows = []
    total_sentences = total_attributed = 0
    for folder in folders:
        comp = build_comparison(load_paths([folder]).articles)
        n = sum(1 for ss in comp.sentences.values() for s in ss if s.kind == "claim")
        total_sentences += n
        total_attributed += len(comp.attributions)
        name = Path(folder).name
        print(f"{name}: {n} claim sentences, {len(comp.attributions)} attributed, "
              f"{sum(1 for c in comp.claims if c.suggestion)} suggestions, {len(comp.disagreements)} disagreements")
        for c in comp.claims:
            if c.suggestion:
                s = c.suggestion
                print(f"    claim {c.id}: {s.status} by {s.by or '?'} (cue “{s.cue}”, {s.article}) <- {c.members[0].text[:70]!r}")
        for d in comp.disagreements:
            print(f"    disagreement: {d.detail}")
        for key, att in comp.attributions.items():
            if name != "seeds":
                rows.append((name, comp, key, att))
    print(f"total: {total_sentences} claim sentences, {total_attributed} attributed")
    random.seed(args.seed)
    for name, comp, key, att in random.sample(rows, min(args.sample, len(rows))):
        sentences = comp.sentences[key[0]]
        print(f"\n{name} {key[0]}:{key[1]} speaker={att.speaker!r} outlet={att.outlet!r}")
        for s in sentences[max(0, key[1] - 2) : key[1] + 1]:
            print(f"    {'>' if s.index == key[1] else ' '} {s.text[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
