"""What the links between MSRP sentences that are not partners join, on the training file (in-sample).

    python benchmarks/msrp_links.py [--msrp MSRP_DIR] [--pairs 4076] [--sample 45] [--seed 3]

``eval_engine.py`` aligns 500 MSRP test pairs as two articles and counts every link between
sentences of two different pairs as an error. MSRP draws several pairs from one news story, so
some of those links join two statements of one claim. This script aligns the training pairs
the same way (500 at a time) and prints how many such links there are, how many join the same text or nearly
the same text, and a seeded random sample of them to judge by hand. It reads the training file
only: the test file is for ``eval_engine.py``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_data import MSRP_DIR, load_msrp  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from analyst_tui.core.align import align, engine, vectors  # noqa: E402
from analyst_tui.core.model import Sentence  # noqa: E402


def non_partner_links(rows: list[tuple[int, str, str]], chunk: int = 500) -> list[tuple[int, int]]:
    """(i, j): the first sentence of pair i and the second of pair j share a claim, i != j; each once, sorted.

    ``chunk`` pairs at a time, as the fitting and ``eval_engine.py`` put them into two articles.
    """
    links: set[tuple[int, int]] = set()
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        s1 = [Sentence("A", start + k, 0, len(a), a) for k, (_, a, _) in enumerate(part)]
        s2 = [Sentence("B", start + k, 0, len(b), b) for k, (_, _, b) in enumerate(part)]
        for c in align({"A": s1, "B": s2}, engine()):
            a_idx = {m.index for m in c.members if m.article == "A"}
            b_idx = {m.index for m in c.members if m.article == "B"}
            links |= {(i, j) for i in a_idx for j in b_idx if i != j}
    return sorted(links)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR), help="folder with msr_paraphrase_train.txt")
    ap.add_argument("--pairs", type=int, default=4076, help="the first N training pairs")
    ap.add_argument("--sample", type=int, default=45, help="how many links to print")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    path = Path(args.msrp) / "msr_paraphrase_train.txt"
    if not path.is_file():
        print(f"msrp_links: no {path}", file=sys.stderr)
        return 2
    if engine().vectors is None:
        print(f"msrp_links: {vectors.warning()}", file=sys.stderr)
    rows = load_msrp(path)[: args.pairs]
    links = non_partner_links(rows)
    plain = [" ".join(a.lower().split()) for _, a, _ in rows], [" ".join(b.lower().split()) for _, _, b in rows]
    same = sum(1 for i, j in links if plain[0][i] == plain[1][j])
    near = sum(1 for i, j in links
               if plain[0][i] != plain[1][j] and fuzz.ratio(plain[0][i], plain[1][j]) >= 90)
    print(f"MSRP train, {len(rows)} pairs as two articles, 500 at a time (in-sample): {len(links)} links between non-partners, "
          f"{same} between the same text, {near} between nearly the same text (character ratio >= 0.9)")
    sample = random.Random(args.seed).sample(links, min(args.sample, len(links)))
    for n, (i, j) in enumerate(sample, 1):
        print(f"\n{n}. first sentence of pair {i}, second of pair {j}\n   {rows[i][1]}\n   {rows[j][2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
