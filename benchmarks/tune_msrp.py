"""Fit and measure the pair scorer on the Microsoft Research Paraphrase Corpus.

    python benchmarks/tune_msrp.py [MSRP_DIR] [--fit]

Features are computed with the engine's own ``Matcher`` (idf taken from the
sentences of the split being scored, as the app does with a case). With
``--fit`` a logistic model is fitted on the TRAIN split only (Newton's method)
and its coefficients are printed for ``analyst_tui/core/align.py``; the test
split is only ever used to report accuracy. The corpus itself is never copied
into the project (its licence forbids it).

Also prints the "unrelated pairs" check: the 500 first test pairs are put into
two articles (sentence 1s in one, sentence 2s in the other) and aligned by the
full engine; links between sentences that are not partners are counted.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analyst_tui.core import align as A  # noqa: E402
from analyst_tui.core.model import Sentence  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "msrp"


def load(path: Path) -> list[tuple[int, str, str]]:
    rows = [line.split("\t") for line in path.read_text("utf-8-sig").splitlines()[1:] if line.strip()]
    return [(int(r[0]), r[3], r[4]) for r in rows]


def features(rows):
    texts = [s for _, a, b in rows for s in (a, b)]
    m = A.Matcher(texts)
    return [m.features(2 * k, 2 * k + 1) for k in range(len(rows))]


def fit(X, y, l2=1.0, iters=25):
    d = len(X[0])
    mu = [sum(r[c] for r in X) / len(X) for c in range(d)]
    sd = [math.sqrt(sum((r[c] - mu[c]) ** 2 for r in X) / len(X)) or 1.0 for c in range(d)]
    Z = [[1.0] + [(r[c] - mu[c]) / sd[c] for c in range(d)] for r in X]
    w = [0.0] * (d + 1)
    for _ in range(iters):
        g = [0.0] * (d + 1)
        H = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, t in zip(Z, y):
            s = sum(a * b for a, b in zip(w, z))
            p = 1 / (1 + math.exp(-max(-30, min(30, s))))
            r = p * (1 - p)
            for a in range(d + 1):
                g[a] += (p - t) * z[a]
                za = z[a] * r
                row = H[a]
                for b in range(d + 1):
                    row[b] += za * z[b]
        for a in range(1, d + 1):
            g[a] += l2 * w[a]
            H[a][a] += l2
        step = solve(H, g)
        w = [a - b for a, b in zip(w, step)]
    # back to the raw feature scale
    weights = [w[c + 1] / sd[c] for c in range(d)]
    bias = w[0] - sum(w[c + 1] * mu[c] / sd[c] for c in range(d))
    return weights, bias


def solve(M, v):
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(M)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[piv] = a[piv], a[c]
        for r in range(n):
            if r != c and a[c][c]:
                f = a[r][c] / a[c][c]
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def prob(weights, bias, x):
    z = bias + sum(w * f for w, f in zip(weights, x))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def accuracy(probs, y, t):
    return sum((p >= t) == bool(l) for p, l in zip(probs, y)) / len(y)


def prf(probs, y, t):
    tp = sum(1 for p, l in zip(probs, y) if p >= t and l)
    fp = sum(1 for p, l in zip(probs, y) if p >= t and not l)
    fn = sum(1 for p, l in zip(probs, y) if p < t and l)
    P = tp / max(1, tp + fp)
    R = tp / max(1, tp + fn)
    return P, R, 2 * P * R / max(1e-9, P + R)


def unrelated_check(rows, n=500):
    rows = rows[:n]
    s1 = [Sentence("A", k, 0, len(a), a) for k, (_, a, _) in enumerate(rows)]
    s2 = [Sentence("B", k, 0, len(b), b) for k, (_, _, b) in enumerate(rows)]
    t0 = time.perf_counter()
    claims = A.align({"A": s1, "B": s2})
    dt = time.perf_counter() - t0
    partner_links = wrong = 0
    positives = {k for k, (q, _, _) in enumerate(rows) if q}
    for c in claims:
        a_idx = [m.index for m in c.members if m.article == "A"]
        b_idx = [m.index for m in c.members if m.article == "B"]
        for i in a_idx:
            for j in b_idx:
                if i == j:
                    partner_links += 1
                else:
                    wrong += 1
    linked_pos = sum(1 for c in claims for m in c.members if m.article == "A" and m.index in positives
                     and any(o.article == "B" and o.index == m.index for o in c.members))
    total_pairs = n * (n - 1)
    return partner_links, wrong, total_pairs, len(positives), linked_pos, dt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("msrp", nargs="?", default=str(DEFAULT))
    ap.add_argument("--fit", action="store_true", help="fit new coefficients on the train split")
    args = ap.parse_args()
    root = Path(args.msrp)
    if not (root / "msr_paraphrase_train.txt").exists():
        print(f"tune_msrp: MSRP not found in {root}", file=sys.stderr)
        return 2
    train = load(root / "msr_paraphrase_train.txt")
    test = load(root / "msr_paraphrase_test.txt")
    t0 = time.perf_counter()
    Xtr, ytr = features(train), [q for q, _, _ in train]
    Xte, yte = features(test), [q for q, _, _ in test]
    print(f"features: {len(Xtr) + len(Xte)} pairs in {time.perf_counter() - t0:.2f}s")
    if args.fit:
        weights, bias = fit(Xtr, ytr)
        print("WEIGHTS = (" + ", ".join(f"{w:.4f}" for w in weights) + ")")
        print(f"BIAS = {bias:.4f}")
    else:
        weights, bias = list(A.WEIGHTS), A.BIAS
    ptr = [prob(weights, bias, x) for x in Xtr]
    pte = [prob(weights, bias, x) for x in Xte]
    best_t = max((t / 100 for t in range(5, 96)), key=lambda t: accuracy(ptr, ytr, t))
    for label, t in (("paraphrase model, train-tuned threshold", best_t), ("paraphrase model, LINK_THRESHOLD", A.LINK_THRESHOLD)):
        P, R, F = prf(pte, yte, t)
        print(f"{label} {t:.2f}: train acc {accuracy(ptr, ytr, t):.4f}  test acc {accuracy(pte, yte, t):.4f}  P {P:.3f} R {R:.3f} F1 {F:.3f}")
    if not args.fit:
        # The engine links on max(claim model, paraphrase model): partial overlap counts as a
        # shared claim there, which MSRP labels "not equivalent", so this figure is lower.
        texts = [s for _, a, b in test for s in (a, b)]
        m = A.Matcher(texts)
        engine = [m.score(2 * k, 2 * k + 1) for k in range(len(test))]
        P, R, F = prf(engine, yte, A.LINK_THRESHOLD)
        print(f"engine link score (claim or paraphrase) {A.LINK_THRESHOLD:.2f}: test acc {accuracy(engine, yte, A.LINK_THRESHOLD):.4f}  "
              f"P {P:.3f} R {R:.3f} F1 {F:.3f}")
        partner, wrong, total, npos, linked_pos, dt = unrelated_check(test)
        print(
            f"unrelated check (500 test pairs as two articles): {partner} partner links "
            f"({linked_pos}/{npos} true paraphrase pairs linked), {wrong} links between non-partners "
            f"out of {total} non-partner pairs, aligned in {dt:.2f}s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
