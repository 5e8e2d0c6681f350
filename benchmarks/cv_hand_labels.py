"""Would the hand-labelled training stories make better thresholds? Checked on stories left out of the fit.

    python benchmarks/cv_hand_labels.py [--msrp MSRP_DIR] [--ecb ECB_TARBALL]

Training data only (ECB+ topics 6-45, the MSRP training file, ``train_gold``). The stories of
``train_gold`` are split into two halves. For each half, the semantic model is fitted as
``fit_engine.py`` does, with its thresholds scored as well on that half's hand labels (A), or
with those labels also among the claim model's training pairs (B); each is then measured on the
other half, beside the thresholds fitted without hand labels. It prints link precision, recall
and F1 on the left-out half (and, in-sample, on the fitted half).
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


def fitted_model(wv, cases, msrp, hand_rows=()) -> dict:
    """What ``fit_kind`` passes to the threshold search (the search itself is left to ``search``)."""
    got = {}

    def capture(kind, names, model, use, matchers, stories, msrp, weak, log, hand=()):
        got.update(kind=kind, names=names, model=dict(model), use=use, matchers=matchers, stories=stories, msrp=msrp,
                   weak=weak)
        return {}

    real, fe.fit_thresholds = fe.fit_thresholds, capture
    try:
        fe.fit_kind("semantic", wv, cases, msrp, lambda *_: None, hand_rows=hand_rows)
    finally:
        fe.fit_thresholds = real
    return got


def search(fit: dict, hand) -> tuple[dict, int]:
    al = fe.Alignments(fit["kind"], fit["names"], fit["model"], fit["use"], fit["matchers"], fit["stories"], fit["msrp"],
                       fit["weak"], hand)
    _, cur, max_claims = max((fe._coordinate_search(al, fit["model"], start, fe.fit_constants()) for start in fe.STARTS),
                             key=lambda end: end[0])
    return cur, max_claims


def measured(fit: dict, thresholds: tuple[dict, int], hand) -> str:
    al = fe.Alignments(fit["kind"], fit["names"], fit["model"], fit["use"], [], [], [], fit["weak"], hand)
    cur, max_claims = thresholds
    _, tot = al.objective({**fit["model"], **cur}, {**fe.fit_constants(), "max_claims": max_claims})
    h = tot["hand"]
    p, r = h[3] / max(1, h[1]), h[0] / max(1, h[2])
    return f"precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR))
    ap.add_argument("--ecb", default=str(ECB_TARBALL))
    args = ap.parse_args()
    wv = vectors.load("wordllama")
    msrp = load_msrp(Path(args.msrp) / "msr_paraphrase_train.txt")
    with tempfile.TemporaryDirectory() as tmp:
        cases = ecb_topic_cases(convert_ecb(Path(args.ecb), Path(tmp)), TRAIN_TOPICS)
        hand = hand_cases(Path(tmp) / "ECB+_LREC2014" / "ECB+")
    halves = [hand[0::2], hand[1::2]]
    plain = fitted_model(wv, cases, msrp)
    without = search(plain, [])
    print(f"thresholds without hand labels: {without}", flush=True)
    for k, (fit_on, left_out) in enumerate(((halves[0], halves[1]), (halves[1], halves[0]))):
        print(f"half {k + 1}: fitted with {', '.join(c.story for c in fit_on)}; left out {', '.join(c.story for c in left_out)}")
        print(f"  without hand labels: left out {measured(plain, without, left_out)}; fitted half {measured(plain, without, fit_on)}")
        a = search(plain, fit_on)
        print(f"  A (thresholds): left out {measured(plain, a, left_out)}; fitted half {measured(plain, a, fit_on)}", flush=True)
        with_rows = fitted_model(wv, cases, msrp, fit_on)
        b = search(with_rows, fit_on)
        print(f"  B (and claim model): left out {measured(with_rows, b, left_out)}; fitted half {measured(with_rows, b, fit_on)}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
