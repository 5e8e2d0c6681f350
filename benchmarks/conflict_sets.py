"""Contradiction sets scored: how many contradicting pairs are flagged with their kind, and how many agreeing pairs
are flagged at all.

    python benchmarks/conflict_sets.py SET.py [SET.py ...] [--show]

Each SET.py holds ``CONFLICT`` ((kind, a, b), ...) and ``AGREE`` ((a, b), ...), written by
``conflict_sets/GUIDE.md``; ``conflict_sets/SETS.md`` says which sets are held out. A contradicting pair is caught when it is flagged with
its kind both ways (a against b, b against a); "any kind" counts those flagged at all. ``--show`` prints each miss and
each flagged agreeing pair, for a set that is used for development: a set whose misses were read is no longer a
held-out measure.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyst_tui.core.conflicts import Version, pair_conflict  # noqa: E402


def both_ways(a: str, b: str) -> tuple[tuple | None, tuple | None]:
    return pair_conflict(Version.of(a), Version.of(b)), pair_conflict(Version.of(b), Version.of(a))


def score(path: Path, show: bool = False) -> tuple[int, int, int, int, int]:
    """(caught with their kind, contradicting pairs, flagged as any kind, agreeing pairs flagged, agreeing pairs)."""
    data = runpy.run_path(str(path))
    caught, any_kind, by_kind, total = 0, 0, Counter(), Counter()
    for kind, a, b in data["CONFLICT"]:
        one, other = both_ways(a, b)
        hit = bool(one and other and one[0] == kind == other[0])
        caught += hit
        any_kind += bool(one or other)
        by_kind[kind] += hit
        total[kind] += 1
        if show and not hit:
            print(f"MISS {kind} (got {one and one[0]} / {other and other[0]})\n  A: {a}\n  B: {b}")
    flagged = 0
    for a, b in data["AGREE"]:
        one, other = both_ways(a, b)
        if one or other:
            flagged += 1
            if show:
                found = one or other
                print(f"FLAG {found[0]}: {found[1]} vs {found[2]}\n  A: {a}\n  B: {b}")
    kinds = " ".join(f"{k} {by_kind[k]}/{total[k]}" for k in sorted(total))
    print(f"{path.stem}: {caught}/{len(data['CONFLICT'])} caught with their kind ({any_kind} flagged as any kind; "
          f"{kinds}); agreeing flagged {flagged}/{len(data['AGREE'])}")
    return caught, len(data["CONFLICT"]), any_kind, flagged, len(data["AGREE"])


def set_arguments(doc: str, prog: str, show: str, flags: dict[str, str] | None = None) -> argparse.Namespace | None:
    """The set files and ``--show`` of a script's command line, and any other ``flags`` (name: help) it takes (None,
    with a one-line error, if a file is missing)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", type=Path, help="set files (Python, CONFLICT and AGREE)")
    ap.add_argument("--show", action="store_true", help=show)
    for flag, text in (flags or {}).items():
        ap.add_argument(flag, action="store_true", help=text)
    args = ap.parse_args()
    missing = [str(p) for p in args.sets if not p.is_file()]
    if missing:
        print(f"{prog}: no such file: {', '.join(missing)}", file=sys.stderr)
        return None
    return args


def main() -> int:
    args = set_arguments(__doc__, "conflict_sets", "print each miss and each flagged agreeing pair")
    if args is None:
        return 2
    totals = [score(p, args.show) for p in args.sets]
    if len(totals) > 1:
        c, n, k, f, m = (sum(t[i] for t in totals) for i in range(5))
        print(f"all: {c}/{n} caught with their kind ({k} flagged as any kind); agreeing flagged {f}/{m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
