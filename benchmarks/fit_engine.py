"""Fit every coefficient and threshold of the claim aligner and write its model file.

    python benchmarks/fit_engine.py [--msrp MSRP_DIR] [--ecb ECB_TARBALL] [-o analyst_tui/data/align_model.json]

Data used (and only these): the MSRP training file and ECB+ topics 6-45 (labels
derived from its event-coreference chains, see ``engine_data``). The seeds,
ECB+ topics 1-5 and the MSRP test file are never read here: they are for
``benchmarks/eval_engine.py``.

For each feature set ("semantic": with the shipped word vectors; "lexical": the
fallback without them):
1. ``weak_weight`` (idf factor of reporting words) and ``min_contain`` (candidate
   bound: the largest value that keeps 95% of the training pairs labelled
   "same claim"), chosen on ECB+ 6-45.
2. The claim model: L2 logistic regression on ECB+ 6-45 candidate pairs.
3. The paraphrase model: L2 logistic regression on all MSRP training pairs.
4. The two link thresholds: grid search for the best mean of ECB+ 6-45 pair F1
   and MSRP training accuracy of the joint decision.
5. Clustering thresholds: grid search for the best link F1 when topics 6-45 are
   aligned together as one case (links across stories count as errors).
"""

from __future__ import annotations

import argparse
import itertools
import json
import shlex
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyst_tui.core.align import Engine, vectors  # noqa: E402
from analyst_tui.core.align.candidates import candidate_pairs  # noqa: E402
from analyst_tui.core.align.features import LEXICAL, SEMANTIC, Matcher  # noqa: E402
from analyst_tui.core.align.params import params_from  # noqa: E402
from engine_data import ECB_TARBALL, MSRP_DIR, TRAIN_TOPICS, convert_ecb, ecb_case, link_counts, load_msrp  # noqa: E402

CONSTANTS = {
    "posting_cap": 40,  # speed bound: a stem in more sentences proposes no pairs (it still counts in the weight)
    "quote_grams": 2,  # two overlapping four-word runs = a shared five-word quote, always a candidate
    "max_claims": 3,  # claims one sentence may join
}
CANDIDATE_RECALL = 0.95  # share of training "same claim" pairs the candidate bound must keep
L2 = 1.0


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = L2, iters: int = 30) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ w, -30, 30)))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    coef = w[1:] / sd
    bias = float(w[0] - (w[1:] * mu / sd).sum())
    return coef, bias


def probs(X: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(X @ coef + bias, -30, 30)))


def f1(pred: np.ndarray, y: np.ndarray) -> float:
    tp = float((pred & (y == 1)).sum())
    return 2 * tp / max(1.0, float(pred.sum()) + float((y == 1).sum()))


def ecb_pairs(case, matcher, min_contain):
    owner = case.owner
    pairs = candidate_pairs(matcher, owner, min_contain, CONSTANTS["posting_cap"], CONSTANTS["quote_grams"])
    labelled = [(i, j, case.label(i, j)) for i, j in pairs]
    return pairs, [(i, j, y) for i, j, y in labelled if y is not None]


def fit_kind(kind: str, wv, case, msrp, log) -> dict:
    names = SEMANTIC if kind == "semantic" else LEXICAL
    use = wv if kind == "semantic" else None
    # 1. weak_weight and the candidate bound, on ECB+ 6-45.
    best = None
    for weak in (0.25, 0.5, 1.0):
        t0 = time.perf_counter()
        m = Matcher(case.texts, use, weak)
        _, lab = ecb_pairs(case, m, 0.0)
        X = np.array([m.features(i, j) for i, j, _ in lab], dtype=np.float64)
        y = np.array([t for _, _, t in lab], dtype=np.float64)
        grams = X[:, names.index("quote")] >= CONSTANTS["quote_grams"] / 4.0
        pos = y == 1
        # the largest bound that keeps CANDIDATE_RECALL of the positives (shared quotes pass anyway)
        rest = np.sort(X[pos & ~grams, names.index("wcontain")])
        lost = int((1 - CANDIDATE_RECALL) * int(pos.sum()))
        min_contain = float(rest[lost]) if lost < len(rest) else 0.0
        keep = (X[:, names.index("wcontain")] >= min_contain) | grams
        coef, bias = fit_logistic(X[keep], y[keep])
        p = probs(X[keep], coef, bias)
        ll = float(np.mean(y[keep] * np.log(p + 1e-12) + (1 - y[keep]) * np.log(1 - p + 1e-12)))
        log(f"  [{kind}] weak_weight {weak}: {int(keep.sum())} candidate pairs ({int(y[keep].sum())} same claim), "
            f"min_contain {min_contain:.3f}, log-likelihood {ll:.4f} ({time.perf_counter() - t0:.1f}s)")
        if best is None or ll > best[0]:
            best = (ll, weak, min_contain, coef, bias, X[keep], y[keep], m)
    _, weak, min_contain, ccoef, cbias, Xc, yc, matcher = best
    # 3. paraphrase model on MSRP train.
    texts = [s for _, a, b in msrp for s in (a, b)]
    mm = Matcher(texts, use, weak)
    Xp = np.array([mm.features(2 * k, 2 * k + 1) for k in range(len(msrp))], dtype=np.float64)
    yp = np.array([q for q, _, _ in msrp], dtype=np.float64)
    pcoef, pbias = fit_logistic(Xp, yp)
    # 4. thresholds of the joint decision (either model).
    grid = [t / 100 for t in range(20, 96, 2)]
    cc, cp = probs(Xc, ccoef, cbias), probs(Xc, pcoef, pbias)
    mc, mp = probs(Xp, ccoef, cbias), probs(Xp, pcoef, pbias)
    scored = []
    for tc, tp in itertools.product(grid, grid):
        ecb_f1 = f1((cc >= tc) | (cp >= tp), yc)
        acc = float((((mc >= tc) | (mp >= tp)) == (yp == 1)).mean())
        scored.append(((ecb_f1 + acc) / 2, ecb_f1, acc, tc, tp))
    obj, ecb_f1, acc, tc, tp = max(scored)
    log(f"  [{kind}] thresholds: claim {tc:.2f}, paraphrase {tp:.2f} (in-sample: ECB+ 6-45 pair F1 {ecb_f1:.3f}, "
        f"MSRP train accuracy {acc:.3f})")
    model = {
        "claim": {"coef": dict(zip(names, map(float, ccoef))), "bias": cbias},
        "paraphrase": {"coef": dict(zip(names, map(float, pcoef))), "bias": pbias},
        "claim_threshold": tc, "paraphrase_threshold": tp,
        "weak_weight": weak, "min_contain": round(min_contain, 4),
    }
    # 5. clustering thresholds on ECB+ 6-45 aligned as one case.
    model.update(fit_clustering(kind, names, model, use, matcher, case, log))
    return model


def fit_clustering(kind, names, model, use, matcher, case, log) -> dict:
    trial = {**model, "merge_mean": 0.5, "merge_min": 0.5, "second_threshold": 1.0, "second_min": 1.0}
    params = params_from({"features": {kind: list(names)}, "models": {kind: trial}, "constants": CONSTANTS}, kind)
    eng = Engine(use, params)
    pairs = eng.candidates(matcher, case.owner)
    scores = eng.scores(matcher, pairs)
    n = len(case.texts)
    results = []
    for merge_min, merge_mean in itertools.product((0.05, 0.15, 0.25, 0.35, 0.5), (0.5, 0.6, 0.7, 0.8)):
        p = params_from({"features": {kind: list(names)}, "models": {kind: {**trial, "merge_min": merge_min, "merge_mean": merge_mean}},
                         "constants": CONSTANTS}, kind)
        groups, _ = Engine(use, p).groups(case.owner, scores, n)
        tp, sc, gold, across = link_counts(case, groups)
        results.append((2 * tp / max(1, sc + gold), merge_min, merge_mean))
    _, merge_min, merge_mean = max(results)
    results = []
    for st, sm, mx in itertools.product((0.6, 0.7, 0.8, 0.9, 1.01), (0.3, 0.5, 0.7), (2, 3)):
        p = params_from({"features": {kind: list(names)}, "models": {kind: {**trial, "merge_min": merge_min, "merge_mean": merge_mean,
                         "second_threshold": st, "second_min": sm}}, "constants": {**CONSTANTS, "max_claims": mx}}, kind)
        groups, _ = Engine(use, p).groups(case.owner, scores, n)
        tp, sc, gold, across = link_counts(case, groups)
        results.append((2 * tp / max(1, sc + gold), st, sm, tp, sc, gold, across, mx))
    fbest, st, sm, tp, sc, gold, across, mx = max(results)
    CONSTANTS["max_claims"] = mx
    log(f"  [{kind}] clustering: merge_min {merge_min}, merge_mean {merge_mean}, further claims at {st} / {sm}, "
        f"up to {mx} claims a sentence (in-sample ECB+ 6-45 together: precision {tp / max(1, sc):.3f} "
        f"recall {tp / max(1, gold):.3f}, {across} links across stories)")
    return {"merge_min": merge_min, "merge_mean": merge_mean, "second_threshold": st, "second_min": sm}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR), help="MSRP folder (only msr_paraphrase_train.txt is read)")
    ap.add_argument("--ecb", default=str(ECB_TARBALL), help="ECB+ release tarball (only topics 6-45 are used)")
    ap.add_argument("-o", "--output", default=str(ROOT / "analyst_tui" / "data" / "align_model.json"))
    args = ap.parse_args()
    train_file = Path(args.msrp) / "msr_paraphrase_train.txt"
    if not train_file.is_file() or not Path(args.ecb).is_file():
        print("fit_engine: MSRP training file or ECB+ tarball not found", file=sys.stderr)
        return 2
    wv = vectors.load()
    if wv is None:
        print("fit_engine: the word vectors must load to fit the semantic model", file=sys.stderr)
        return 2
    msrp = load_msrp(train_file)
    with tempfile.TemporaryDirectory() as tmp:
        case = ecb_case(convert_ecb(Path(args.ecb), Path(tmp)), TRAIN_TOPICS)
    print(f"data: MSRP train {len(msrp)} pairs; ECB+ topics 6-45: {case.articles} articles, {len(case.texts)} sentences, "
          f"{len(case.gold)} same-claim pairs")
    models = {}
    for kind in ("semantic", "lexical"):
        models[kind] = fit_kind(kind, wv, case, msrp, print)
    out = {
        "format": "analyst-tui/align-model/1",
        "command": "python benchmarks/fit_engine.py " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
        "data": {
            "claim model": "ECB+ 1.0 (Cybulska & Vossen 2014, CC BY 3.0) topics 6-45; same claim = both sentences "
                           "fully annotated and sharing >= 2 event chains; different clusters = different claims",
            "paraphrase model": "MSRP msr_paraphrase_train.txt (4076 pairs)",
            "never used": "the seeds, ECB+ topics 1-5, msr_paraphrase_test.txt",
            "word vectors": "wordllama package: weights/l2_supercat_256.safetensors, tokenizers/l2_supercat_tokenizer_config.json",
        },
        "features": {"semantic": list(SEMANTIC), "lexical": list(LEXICAL)},
        "constants": CONSTANTS,
        "models": models,
    }
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
