"""How far two people labelling the same story by hand agree, beside the engine scored against each.

    python benchmarks/label_agreement.py [--ecb ECB_TARBALL]

``train_gold/second/`` holds second labellings of some ``train_gold`` stories, made independently
(by ``train_gold/GUIDE.md``, without sight of the first). Each labelling's required links are scored
as the engine's links are scored against the other (precision: links the other calls required or
acceptable; recall: of the other's required links), so the figures say what precision and recall
a careful reader reaches against these labels, a ceiling for the engine's own. Training data only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import tempfile
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_data import ECB_TARBALL  # noqa: E402
from train_gold import GOLD_DIR, HandCase, load_case  # noqa: E402

from analyst_tui.core.align import engine  # noqa: E402

SECOND_DIR = GOLD_DIR / "second"


def scored(links: set[tuple[int, int]], gold: HandCase) -> list[int]:
    """(required links made, links made, required links, links made that are required or acceptable)."""
    return [len(links & gold.required), len(links), len(gold.required), len(links & (gold.required | gold.acceptable))]


def shown(c: list[int]) -> str:
    return f"precision {c[3] / max(1, c[1]):.3f} recall {c[0] / max(1, c[2]):.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ecb", default=str(ECB_TARBALL), help="ECB+ release tarball")
    args = ap.parse_args()
    if not Path(args.ecb).is_file():
        print(f"label_agreement: no ECB+ tarball at {args.ecb}", file=sys.stderr)
        return 2
    eng = engine()
    rows = {"second against first": [0] * 4, "first against second": [0] * 4, "engine against first": [0] * 4,
            "engine against second": [0] * 4}
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.ecb) as tar:
            tar.extractall(tmp, filter="data")
        root = Path(tmp) / "ECB+_LREC2014" / "ECB+"
        for f in sorted(SECOND_DIR.glob("*.json")):
            first = load_case(json.loads((GOLD_DIR / f.name).read_text("utf-8")), root)
            second = load_case(json.loads(f.read_text("utf-8")), root)
            if first.texts != second.texts:
                raise SystemExit(f"label_agreement: {f.name} does not label the same sentences as its first labelling")
            groups, _, _ = eng.align_groups(eng.matcher(first.texts), first.owner)
            made = {(a, b) for g in groups for a, b in combinations(sorted(g), 2) if first.owner[a] != first.owner[b]}
            pairs = {"second against first": (second.required, first), "first against second": (first.required, second),
                     "engine against first": (made, first), "engine against second": (made, second)}
            line = []
            for name, (links, gold) in pairs.items():
                c = scored(links, gold)
                rows[name] = [a + b for a, b in zip(rows[name], c)]
                line.append(f"{name} {shown(c)}")
            print(f"{first.story:11} " + "; ".join(line))
    print(f"all: required links, first {rows['first against second'][1]}, second {rows['second against first'][1]}")
    for name, c in rows.items():
        print(f"all: {name}: {shown(c)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
