"""Would the hand-labelled training stories make a better fit? Checked on stories left out of the fit.

    python benchmarks/cv_hand_labels.py [--msrp MSRP_DIR] [--ecb ECB_TARBALL] [--variants A,AF,B,C,C3,CA]

Training data only (ECB+ topics 6-45, the MSRP training file, ``train_gold``). The stories of
``train_gold`` are split into two halves (file-name order, every other one). For each half, the
semantic model is fitted as ``fit_engine.py`` fits it, in one of these ways, and measured on the
other half, beside the model fitted without hand labels (the model file's way):

- A: the thresholds' training score also counts that half's link F1;
- AF: the same with F0.5 (precision weighted);
- B: that half's candidate pairs are claim-model training pairs too (thresholds as without);
- C: they replace the event chains' labels for the pairs of those stories' sentences; C3: each
  counted three times;
- CA: C and A.

It prints link precision, recall and F1 on each left-out half (and, in-sample, on the fitted half),
then pooled over both left-out halves. About 40 minutes for all variants on a 2-core machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_engine as fe  # noqa: E402
from engine_data import ECB_TARBALL, MSRP_DIR, TRAIN_TOPICS, convert_ecb, ecb_topic_cases, load_msrp  # noqa: E402
from train_gold import hand_cases  # noqa: E402

from analyst_tui.core.align import vectors  # noqa: E402

# variant: (hand rows in the claim model, replacing the chains' labels, their weight, hand F-beta in the thresholds)
VARIANTS = {"A": (False, False, 1, 1.0), "AF": (False, False, 1, 0.5), "B": (True, False, 1, None),
            "C": (True, True, 1, None), "C3": (True, True, 3, None), "CA": (True, True, 1, 1.0)}


def fitted_model(wv, cases, msrp, hand_rows=(), replace=False, weight=1) -> dict:
    """What ``fit_kind`` passes to the threshold search (the search itself is left to ``search``)."""
    got = {}

    def capture(kind, names, model, use, matchers, stories, msrp, weak, log, hand=()):
        got.update(kind=kind, names=names, model=dict(model), use=use, matchers=matchers, stories=stories, msrp=msrp,
                   weak=weak)
        return {}

    real, fe.fit_thresholds = fe.fit_thresholds, capture
    try:
        fe.fit_kind("semantic", wv, cases, msrp, lambda *_: None, hand_rows=hand_rows, replace=replace, weight=weight)
    finally:
        fe.fit_thresholds = real
    return got


def search(fit: dict, hand, beta: float = 1.0) -> tuple[dict, int]:
    al = fe.Alignments(fit["kind"], fit["names"], fit["model"], fit["use"], fit["matchers"], fit["stories"], fit["msrp"],
                       fit["weak"], hand, beta)
    _, cur, max_claims = max((fe._coordinate_search(al, fit["model"], start, fe.fit_constants()) for start in fe.STARTS),
                             key=lambda end: end[0])
    return cur, max_claims


def counts(fit: dict, thresholds: tuple[dict, int], hand) -> list[int]:
    """(required links made, links made, required links, links made that are required or acceptable)."""
    al = fe.Alignments(fit["kind"], fit["names"], fit["model"], fit["use"], [], [], [], fit["weak"], hand)
    cur, max_claims = thresholds
    return al.objective({**fit["model"], **cur}, {**fe.fit_constants(), "max_claims": max_claims})[1]["hand"]


def shown(h) -> str:
    p, r = h[3] / max(1, h[1]), h[0] / max(1, h[2])
    return f"precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR))
    ap.add_argument("--ecb", default=str(ECB_TARBALL))
    ap.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, of " + ", ".join(VARIANTS))
    args = ap.parse_args()
    chosen = [v for v in args.variants.split(",") if v]
    if unknown := [v for v in chosen if v not in VARIANTS]:
        ap.error(f"unknown variant {unknown[0]!r}")
    wv = vectors.load("wordllama")
    msrp = load_msrp(Path(args.msrp) / "msr_paraphrase_train.txt")
    with tempfile.TemporaryDirectory() as tmp:
        cases = ecb_topic_cases(convert_ecb(Path(args.ecb), Path(tmp)), TRAIN_TOPICS)
        hand = hand_cases(Path(tmp) / "ECB+_LREC2014" / "ECB+")
    halves = [hand[0::2], hand[1::2]]
    plain = fitted_model(wv, cases, msrp)
    without = search(plain, [])
    print(f"{len(hand)} stories; thresholds without hand labels: {without}", flush=True)
    pooled = {name: [0, 0, 0, 0] for name in ["without"] + chosen}
    for k, (fit_on, left_out) in enumerate(((halves[0], halves[1]), (halves[1], halves[0]))):
        print(f"half {k + 1}: fitted with {', '.join(c.story for c in fit_on)}")
        h = counts(plain, without, left_out)
        pooled["without"] = [a + b for a, b in zip(pooled["without"], h)]
        print(f"  without hand labels: left out {shown(h)}; fitted half {shown(counts(plain, without, fit_on))}")
        for name in chosen:
            rows, replace, weight, beta = VARIANTS[name]
            fit = fitted_model(wv, cases, msrp, fit_on, replace, weight) if rows else plain
            found = search(fit, fit_on if beta else [], beta or 1.0)
            h = counts(fit, found, left_out)
            pooled[name] = [a + b for a, b in zip(pooled[name], h)]
            print(f"  {name}: left out {shown(h)}; fitted half {shown(counts(fit, found, fit_on))}; {found}", flush=True)
    for name, h in pooled.items():
        print(f"both halves left out, {name}: {shown(h)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
