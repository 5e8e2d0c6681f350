"""Fit every coefficient and threshold of the claim aligner and write its model file.

    python benchmarks/fit_engine.py [--msrp MSRP_DIR] [--ecb ECB_TARBALL] [-o analyst_tui/data/align_model.json]

Data used (and only these): the MSRP training file and ECB+ topics 6-45 (labels
derived from its event-coreference chains, see ``engine_data``; with
``--hand-labels``, also some of its stories labelled by hand, see ``train_gold``). The seeds,
ECB+ topics 1-5 and the MSRP test file are never read here: they are for
``benchmarks/eval_engine.py``.

For each feature set ("semantic": with the shipped word vectors; "lexical": the
fallback without them):
1. ``weak_weight`` (idf factor of reporting words) and ``min_contain`` (candidate
   bound: the largest value that keeps 90% of the training pairs labelled
   "same claim"), chosen on ECB+ 6-45.
2. The claim model: L2 logistic regression on ECB+ 6-45 candidate pairs, and on candidate
   pairs of the MSRP training file put into two articles (500 pairs at a time).
3. The paraphrase model: L2 logistic regression on all MSRP training pairs, and on the
   candidate pairs of sentences that are not partners there (not paraphrases).
4. The two link thresholds and the clustering thresholds: coordinate search (until no
   setting moves; from four starting points, the best end kept) for the best training score
   (mean link F1) of whole alignments: each story of ECB+ topics 6-45 alone (analysts
   compare the reports of one story; step 5 keeps stories apart), the MSRP training
   pairs as two articles, 500 at a time (links between non-partners are errors), and,
   with ``--hand-labels``, the ECB+ training stories labelled by hand (``train_gold``:
   their link F1, a link that is neither required nor acceptable an error; not used
   for the model file: see ``cv_hand_labels.py``).
5. The story gate (``analyst_tui.core.align.stories``): all of ECB+ topics 6-45
   compared as one case (two stories per topic), the article vectors weighted by an
   idf from the MSRP training pairs (a background that has seen none of ECB+); the idf power of the article vectors
   and the stopping cosine ``story_min`` of the average-linkage story groups with the
   best link recall among those that leave at most STORY_ACROSS of the links across
   stories. Recall counts the links of that case and of each training story compared
   alone (the common use, where a story split in two only loses links).
   ``--story-only`` fits this step alone into an existing model file.

Two rules of the engine are applied in use on top of what is fitted here, and kept out of steps 4
and 5: the pairing of an article that shares no claim (``clustering.pair_lonely_articles``) and the
lead pairs (``candidates.lead_pairs``: the first ``lead_sentences`` sentences of two articles that
read as one story are scored when they share two content words). The script then prints in-sample
figures of the engine as it is used, with the gate and both rules.
"""

from __future__ import annotations

import argparse
import json
import re
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
from analyst_tui.core.align.params import logit, params_from  # noqa: E402
from analyst_tui.core.align.stories import allowed_pairs, article_similarity, story_groups  # noqa: E402
from train_gold import hand_cases, hand_counts  # noqa: E402
from engine_data import (ECB_TARBALL, MSRP_DIR, TRAIN_TOPICS, convert_ecb, ecb_case, ecb_story_cases,  # noqa: E402
                         ecb_topic_cases, link_counts, load_msrp)

CONSTANTS = {
    "posting_cap": 40,  # speed bound: a stem in more sentences proposes no pairs (it still counts in the weight)
    "quote_grams": 2,  # two overlapping four-word runs = a shared five-word quote, always a candidate
    "max_claims": 3,  # claims one sentence may join
    # Sentences that each give two or more figures the other lacks (more than they share) state different
    # facts ("rose 17.33 points to 1,640.13" / "was up 7.42 points at 1,653.44"): never candidates. A rule
    # of what a claim is, not fitted: MSRP's labels call many such pairs paraphrases.
    "figure_gate": 2,
    # The headline and the two sentences after it (a news story's lead) state its main claim in each outlet's
    # own words, often with few words in common: such sentences of two articles that read as one story are
    # scored when they share two content words. A rule of what a lead is, not fitted, and applied in use only
    # (see the docstring): steps 4 and 5 run without it (fit_constants).
    "lead_sentences": 3,
}


def fit_constants() -> dict:
    """The constants steps 4 and 5 fit with: the rules applied in use only left out."""
    return {**CONSTANTS, "lead_sentences": 0}
CANDIDATE_RECALL = 0.9  # share of training "same claim" pairs the candidate bound must keep (a speed bound)
L2 = 1.0
STORY_ACROSS = 0.01  # the story gate may leave at most this share of training links across stories (target 2%)
STORY_POWERS = (1.0, 2.0, 3.0, 4.0)  # powers of idf tried in the article vectors


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


def _text_key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def ecb_pairs(cases, use, weak, relabelled=()):
    """Features and labels of every candidate pair (no bound on shared weight) of each topic case.

    ``relabelled``: hand-labelled stories whose own labels replace the event chains' (a pair of two of
    their sentences is left out here; ``hand_pairs`` gives it)."""
    by_story = [(c.story, {_text_key(t) for t in c.texts}) for c in relabelled]
    X, y = [], []
    for case in cases:
        m = Matcher(case.texts, use, weak)
        keys = [_text_key(t) for t in case.texts] if by_story else []
        for i, j in candidate_pairs(m, case.owner, 0.0, CONSTANTS["posting_cap"], CONSTANTS["quote_grams"],
                                    figure_gate=CONSTANTS["figure_gate"]):
            if by_story and any(case.cluster[i] == case.cluster[j] == story and keys[i] in texts and keys[j] in texts
                                for story, texts in by_story):
                continue
            lab = case.label(i, j, strict=False)
            if lab is not None:
                X.append(m.features(i, j))
                y.append(lab)
    return np.array(X, dtype=np.float64), np.array(y, dtype=np.float64)


def hand_pairs(hand, use, weak):
    """Features and labels of every candidate pair of the hand-labelled training stories: a required link is
    the same claim, a pair neither required nor acceptable is not, an acceptable one is left out."""
    X, y = [], []
    for case in hand:
        m = Matcher(case.texts, use, weak)
        for i, j in candidate_pairs(m, case.owner, 0.0, CONSTANTS["posting_cap"], CONSTANTS["quote_grams"],
                                    figure_gate=CONSTANTS["figure_gate"]):
            if (i, j) not in case.acceptable:
                X.append(m.features(i, j))
                y.append(1.0 if (i, j) in case.required else 0.0)
    return np.array(X, dtype=np.float64).reshape(len(X), -1), np.array(y, dtype=np.float64)


def msrp_case_pairs(msrp, use, weak, chunk: int = 500):
    """MSRP training pairs as two articles, ``chunk`` pairs at a time (as the evaluation puts the test pairs).

    Candidate pairs of sentences that are not partners are different claims; partners labelled
    paraphrases are the same claim; partners labelled otherwise (often one sentence says more) are
    left out.
    """
    X, y, others = [], [], []
    for start in range(0, len(msrp), chunk):
        rows = msrp[start : start + chunk]
        n = len(rows)
        m = Matcher([a for _, a, _ in rows] + [b for _, _, b in rows], use, weak)
        owner = [0] * n + [1] * n
        for i, j in candidate_pairs(m, owner, 0.0, CONSTANTS["posting_cap"], CONSTANTS["quote_grams"],
                                    figure_gate=CONSTANTS["figure_gate"]):
            partner = j - n == i
            if partner and not rows[i][0]:
                continue
            X.append(m.features(i, j))
            y.append(1 if partner else 0)
            if not partner:
                others.append(X[-1])
    return np.array(X, dtype=np.float64), np.array(y, dtype=np.float64), np.array(others, dtype=np.float64)


def fit_kind(kind: str, wv, cases, msrp, log, hand=(), hand_rows=(), replace=False, weight=1) -> dict:
    """One engine's models and thresholds. ``hand_rows``: hand-labelled stories whose pairs are claim-model
    training pairs too, each ``weight`` times, and (``replace``) instead of the event chains' labels."""
    names = SEMANTIC if kind == "semantic" else LEXICAL
    use = wv if kind == "semantic" else None
    wc, qu = names.index("wcontain"), names.index("quote")
    # 1. weak_weight and the candidate bound, on ECB+ 6-45.
    best = None
    for weak in (0.25, 0.5, 1.0):
        t0 = time.perf_counter()
        X, y = ecb_pairs(cases, use, weak, hand_rows if replace else ())
        Xm, ym, Xo = msrp_case_pairs(msrp, use, weak)
        X, y = np.vstack([X, Xm]), np.concatenate([y, ym])
        if hand_rows:
            Xh, yh = hand_pairs(hand_rows, use, weak)
            X, y = np.vstack([X] + [Xh] * weight), np.concatenate([y] + [yh] * weight)
        grams = X[:, qu] >= CONSTANTS["quote_grams"] / 4.0
        pos = y == 1
        # the largest bound that keeps CANDIDATE_RECALL of the positives (shared quotes pass anyway)
        rest = np.sort(X[pos & ~grams, wc])
        lost = int((1 - CANDIDATE_RECALL) * int(pos.sum()))
        min_contain = float(rest[lost]) if lost < len(rest) else 0.0
        keep = (X[:, wc] >= min_contain) | grams
        coef, bias = fit_logistic(X[keep], y[keep])
        p = probs(X[keep], coef, bias)
        ll = float(np.mean(y[keep] * np.log(p + 1e-12) + (1 - y[keep]) * np.log(1 - p + 1e-12)))
        log(f"  [{kind}] weak_weight {weak}: {int(keep.sum())} candidate pairs ({int(y[keep].sum())} same claim), "
            f"min_contain {min_contain:.3f}, log-likelihood {ll:.4f} ({time.perf_counter() - t0:.1f}s)")
        if best is None or ll > best[0]:
            best = (ll, weak, min_contain, coef, bias, X[keep], y[keep], Xo[Xo[:, wc] >= min_contain])
    _, weak, min_contain, ccoef, cbias, Xc, yc, Xo = best
    # 3. paraphrase model on MSRP train.
    texts = [s for _, a, b in msrp for s in (a, b)]
    mm = Matcher(texts, use, weak)
    Xp = np.array([mm.features(2 * k, 2 * k + 1) for k in range(len(msrp))], dtype=np.float64)
    yp = np.array([q for q, _, _ in msrp], dtype=np.float64)
    # with the candidate pairs of sentences that are not partners, as non-paraphrases
    pcoef, pbias = fit_logistic(np.vstack([Xp, Xo]), np.concatenate([yp, np.zeros(len(Xo))]))
    log(f"  [{kind}] paraphrase model alone: MSRP train accuracy "
        f"{max(float(((probs(Xp, pcoef, pbias) >= t / 100) == (yp == 1)).mean()) for t in range(20, 100)):.3f} (in-sample)")
    model = {
        "claim": {"coef": dict(zip(names, map(float, ccoef))), "bias": cbias},
        "paraphrase": {"coef": dict(zip(names, map(float, pcoef))), "bias": pbias},
        "weak_weight": weak, "min_contain": round(min_contain, 4),
    }
    # 4. link and clustering thresholds, on whole alignments: each story of ECB+ 6-45 alone (an analyst
    # compares the reports of one story; keeping stories apart is the story gate's job, step 5) and the
    # MSRP training pairs as two articles.
    stories = ecb_story_cases(cases)
    matchers = [Matcher(c.texts, use, weak) for c in stories]
    model.update(fit_thresholds(kind, names, model, use, matchers, stories, msrp, weak, log, hand))
    return model


def in_use(kind: str, names, model, use, stories, background, log) -> None:
    """In-sample figures of the engine as it is used: the fitted model, the gate and the rules applied in use."""
    eng = Engine(use, _params(kind, names, model, CONSTANTS), (background["documents"], background["df"]))
    tot = [0, 0, 0]
    for c in stories:
        groups, _, _ = eng.align_groups(eng.matcher(c.texts), c.owner)
        tot = [a + b for a, b in zip(tot, link_counts(c, groups, strict=False))]
    log(f"  [{kind}] in use (with the story gate and the lead pairs): ECB+ 6-45 each story alone: precision "
        f"{tot[0] / max(1, tot[1]):.3f} recall {tot[0] / max(1, tot[2]):.3f} (in-sample)")


def story_background(msrp) -> dict:
    """The story gate's idf: in how many MSRP training pairs each content stem (used by two or more) occurs.

    Not ECB+: the gate is fitted there, and its stories' own words must be as new to the
    background in fitting as a new story's words are when the app runs.
    """
    m = Matcher([a + " " + b for _, a, b in msrp], None, 1.0)
    df = {s: n for s, n in m.df.items() if n > 1}
    return {"documents": len(msrp), "df": dict(sorted(df.items()))}


def fit_story_gate(kind: str, names, model, use, case, background, log, stories=()) -> dict:
    """``story_power`` and ``story_min``: the gate with the best link recall whose links across stories stay within STORY_ACROSS.

    ``case`` is every training topic compared at once; ``stories`` each story of those topics, compared alone
    (the common use: one story's reports, where every story group the gate makes beyond one only loses
    links). Recall counts both: the links kept in ``case`` and in each story alone, of all their gold links.
    Candidate pairs are scored once without the gate; each setting then drops the pairs between its story
    groups and clusters the rest.
    """
    bg = (background["documents"], background["df"])
    eng = Engine(use, _params(kind, names, {**model, "story_min": 0.0}, fit_constants()), bg)
    runs = []  # (case, owner numbered from 0, articles, matcher, scores without the gate)
    for c in (case, *stories):
        number = {o: k for k, o in enumerate(dict.fromkeys(c.owner))}
        owner = [number[o] for o in c.owner]
        m = eng.matcher(c.texts)
        runs.append((c, owner, len(number), m, eng.scores(m, eng.candidates(m, owner))))
    best = None
    for power in STORY_POWERS:
        sims = [article_similarity(m, owner, n, power, eng.story_idf) for _, owner, n, m, _ in runs]
        for t in range(6, 42, 2):
            tp = gold = 0
            for k, ((c, owner, _, _, scores), sim) in enumerate(zip(runs, sims)):
                ok = allowed_pairs(sim, story_groups(sim, t / 100)).tolist()
                kept = {key: v for key, v in scores.items() if ok[owner[key[0]]][owner[key[1]]]}
                groups, _ = eng.groups(owner, kept, len(c.texts))
                counts = link_counts(c, groups)
                tp, gold = tp + counts[0], gold + counts[2]
                if k == 0:
                    prec, mixed_recall, across, links = counts[0] / max(1, counts[1]), counts[0] / max(1, counts[2]), counts[3], counts[4]
            ok = across <= STORY_ACROSS * links
            key = (ok, tp / max(1, gold) if ok else -across / max(1, links))
            if best is None or key > best[0]:
                best = (key, power, t / 100, prec, mixed_recall, across, links, tp / max(1, gold))
    _, power, story_min, prec, rec, across, links, both = best
    log(f"  [{kind}] story gate: story_power {power}, story_min {story_min}; ECB+ 6-45 all together: "
        f"precision {prec:.3f} recall {rec:.3f}, {across} of {links} links across stories; with each story alone: "
        f"recall {both:.3f} (in-sample)")
    return {"story_power": power, "story_min": story_min}


def _params(kind, names, model, constants):
    return params_from({"features": {kind: list(names)}, "models": {kind: model}, "constants": constants}, kind)


class Alignments:
    """Candidate pairs of the training alignments with both models' log-odds, to try thresholds fast."""

    def __init__(self, kind, names, model, use, matchers, cases, msrp, weak, hand=(), hand_beta=1.0):
        self.kind, self.names, self.use, self.hand_beta = kind, names, use, hand_beta
        probe = _params(kind, names, {**model, **START}, fit_constants())
        self.runs = []  # (owner, n, pairs, zc, zp, scorer, data set)
        for m, case in zip(matchers, cases):
            self._add(m, case.owner, probe, lambda groups, case=case: link_counts(case, groups, strict=False), "ecb")
        for start in range(0, len(msrp), 500):
            rows = msrp[start : start + 500]
            n = len(rows)
            m = Matcher([a for _, a, _ in rows] + [b for _, _, b in rows], use, weak)
            self._add(m, [0] * n + [1] * n, probe, lambda groups, rows=rows: msrp_counts(rows, groups), "msrp")
        for case in hand:
            self._add(Matcher(case.texts, use, weak), case.owner, probe, lambda groups, case=case: hand_counts(case, groups),
                      "hand")

    def _add(self, m, owner, probe, scorer, data):
        pairs = candidate_pairs(m, owner, probe.min_contain, probe.posting_cap, probe.quote_grams, figure_gate=probe.figure_gate)
        F = np.array([m.features(i, j) for i, j in pairs], dtype=np.float64).reshape(len(pairs), len(self.names))
        zc = F @ np.array(probe.claim.coef) + probe.claim.bias
        zp = F @ np.array(probe.paraphrase.coef) + probe.paraphrase.bias
        self.runs.append((owner, len(owner), pairs, zc, zp, scorer, data))

    def objective(self, model, constants):
        """(training score, counts per data set): the mean of ECB+ link F1, MSRP two-article accuracy and, when
        hand-labelled stories are given, their link F1 (precision: links required or acceptable; F-beta with
        ``hand_beta``)."""
        p = _params(self.kind, self.names, model, constants)
        eng = Engine(self.use, p)
        lc, lp = logit(p.claim_threshold), logit(p.paraphrase_threshold)
        tot = {"ecb": [0, 0, 0, 0, 0], "msrp": [0, 0, 0], "hand": [0, 0, 0, 0]}
        for owner, n, pairs, zc, zp, scorer, data in self.runs:
            z = np.maximum(zc - lc, zp - lp)
            scores = dict(zip(pairs, (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).tolist()))
            groups, _ = eng.groups(owner, scores, n)
            tot[data] = [a + b for a, b in zip(tot[data], scorer(groups))]
        e, m, h = tot["ecb"], tot["msrp"], tot["hand"]
        parts = [2 * e[0] / max(1, e[1] + e[2]),
                 (m[0] - m[2]) / max(1, m[1])]  # a link between non-partners costs as much as a wrong decision
        if h[2]:
            precision, recall = h[3] / max(1, h[1]), h[0] / h[2]
            b2 = self.hand_beta ** 2
            parts.append((1 + b2) * precision * recall / max(1e-9, b2 * precision + recall))
        return sum(parts) / len(parts), tot


def msrp_counts(rows, groups):
    """(true links, links, gold links, links between non-partners) of MSRP pairs aligned as two articles."""
    n = len(rows)
    linked = {(i, j - n) for g in groups for i in g if i < n for j in g if j >= n}
    partners = {i for i, j in linked if i == j}
    correct = sum(1 for k, (q, _, _) in enumerate(rows) if (k in partners) == bool(q))
    return correct, n, len(linked) - len(partners)


SEARCH_ROUNDS = 8  # coordinate search: at most this many passes over the settings
START = {"claim_threshold": 0.5, "paraphrase_threshold": 0.5, "merge_min": 0.25, "merge_mean": 0.6,
         "second_threshold": 0.8, "second_min": 0.5}
GRIDS = {
    "claim_threshold": [0.01, 0.02, 0.03] + [t / 100 for t in range(5, 100, 5)],
    "paraphrase_threshold": [0.01, 0.02, 0.03] + [t / 100 for t in range(5, 100, 5)],
    "merge_min": [0.05, 0.15, 0.25, 0.35, 0.5, 0.6, 0.7, 0.8],
    "merge_mean": [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99],
    "second_threshold": [0.6, 0.7, 0.8, 0.9, 1.01],
    "second_min": [0.3, 0.5, 0.7],
}


# The objective has several local optima: the search starts from each of these and keeps the best it finds.
STARTS = [dict(START, second_threshold=t, merge_mean=m) for t in (0.8, 0.9) for m in (0.6, 0.95)]


def _coordinate_search(al, model, start, constants):
    """(objective, settings, max_claims) where a coordinate search from ``start`` stops (no setting moves)."""
    cur = dict(start)
    constants = dict(constants)
    for _ in range(SEARCH_ROUNDS):
        before = (dict(cur), constants["max_claims"])
        for key, grid in GRIDS.items():
            cur[key] = max(grid, key=lambda v: (al.objective({**model, **cur, key: v}, constants)[0], -abs(v - cur[key])))
        constants["max_claims"] = max((2, 3), key=lambda v: al.objective({**model, **cur}, {**constants, "max_claims": v})[0])
        if (cur, constants["max_claims"]) == before:
            break
    return al.objective({**model, **cur}, constants)[0], cur, constants["max_claims"]


def fit_thresholds(kind, names, model, use, matchers, cases, msrp, weak, log, hand=()) -> dict:
    """Coordinate search for the best training score on the training alignments, until no setting
    moves, from each of STARTS; the best end wins (the first of equals)."""
    al = Alignments(kind, names, model, use, matchers, cases, msrp, weak, hand)
    ends = [_coordinate_search(al, model, start, fit_constants()) for start in STARTS]
    log(f"  [{kind}] threshold search ends (training score): " + ", ".join(f"{obj:.4f}" for obj, _, _ in ends))
    _, cur, max_claims = max(ends, key=lambda end: end[0])
    CONSTANTS["max_claims"] = max_claims
    obj, tot = al.objective({**model, **cur}, fit_constants())
    e, m, h = tot["ecb"], tot["msrp"], tot["hand"]
    log(f"  [{kind}] thresholds: " + ", ".join(f"{k} {v}" for k, v in cur.items()) + f", max_claims {max_claims}")
    log(f"  [{kind}] in-sample: ECB+ 6-45 (each story alone) precision {e[0] / max(1, e[1]):.3f} recall {e[0] / max(1, e[2]):.3f}, "
        f"{e[3]} of {e[4]} links across stories; MSRP train as two articles: accuracy {m[0] / max(1, m[1]):.3f}, "
        f"{m[2]} links between non-partners; "
        + (f"hand-labelled training stories: precision {h[3] / max(1, h[1]):.3f} recall {h[0] / h[2]:.3f}; " if h[2] else "")
        + f"training score {obj:.4f}")
    return cur


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR), help="MSRP folder (only msr_paraphrase_train.txt is read)")
    ap.add_argument("--ecb", default=str(ECB_TARBALL), help="ECB+ release tarball (only topics 6-45 are used)")
    ap.add_argument("--vectors", default="wordllama", choices=sorted(vectors.SOURCES), help="packaged word vectors to fit with")
    ap.add_argument("-o", "--output", default=str(ROOT / "analyst_tui" / "data" / "align_model.json"))
    ap.add_argument("--hand-labels", action="store_true",
                    help="also score the thresholds on the hand-labelled training stories (benchmarks/train_gold/)")
    ap.add_argument("--story-only", action="store_true", help="fit only the story gate (step 5) into the existing output file")
    args = ap.parse_args()
    train_file = Path(args.msrp) / "msr_paraphrase_train.txt"
    if not train_file.is_file() or not Path(args.ecb).is_file():
        print("fit_engine: MSRP training file or ECB+ tarball not found", file=sys.stderr)
        return 2
    wv = vectors.load(args.vectors)
    if wv is None:
        print("fit_engine: the word vectors must load to fit the semantic model", file=sys.stderr)
        return 2
    msrp = load_msrp(train_file)
    with tempfile.TemporaryDirectory() as tmp:
        json_dir = convert_ecb(Path(args.ecb), Path(tmp))
        cases = ecb_topic_cases(json_dir, TRAIN_TOPICS)
        together = ecb_case(json_dir, TRAIN_TOPICS)
        stories = ecb_story_cases(cases)
        hand = hand_cases(Path(tmp) / "ECB+_LREC2014" / "ECB+") if args.hand_labels else []
    if args.story_only:
        out = json.loads(Path(args.output).read_text("utf-8"))
        out["story_background"] = background = story_background(msrp)
        for kind in ("semantic", "lexical"):
            names = SEMANTIC if kind == "semantic" else LEXICAL
            m = out["models"][kind]
            m.update(fit_story_gate(kind, names, m, wv if kind == "semantic" else None, together, background, print,
                                    stories))
        step = "python benchmarks/fit_engine.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        out["command"] = out["command"].split(" && ")[0] + " && " + step
        Path(args.output).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.output}")
        return 0
    print(f"data: MSRP train {len(msrp)} pairs; ECB+ topics 6-45: {len(cases)} topics, {sum(c.articles for c in cases)} articles, "
          f"{sum(len(c.texts) for c in cases)} sentences, {sum(len(c.gold) for c in cases)} same-claim pairs; "
          f"hand-labelled training stories: {len(hand)}, {sum(len(c.required) for c in hand)} required links")
    models = {}
    background = story_background(msrp)
    for kind in ("semantic", "lexical"):
        models[kind] = fit_kind(kind, wv, cases, msrp, print, hand)
        models[kind].update(fit_story_gate(kind, SEMANTIC if kind == "semantic" else LEXICAL, models[kind],
                                           wv if kind == "semantic" else None, together, background, print, stories))
        in_use(kind, SEMANTIC if kind == "semantic" else LEXICAL, models[kind], wv if kind == "semantic" else None,
               stories, background, print)
    out = {
        "format": "analyst-tui/align-model/1",
        "command": "python benchmarks/fit_engine.py " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
        "data": {
            "claim model": "ECB+ 1.0 (Cybulska & Vossen 2014, CC BY 3.0) topics 6-45, each topic one case; same claim = "
                           "both sentences fully annotated and sharing >= 2 event chains, or every event of one is in the other; "
                           "no shared event or different clusters = different claims; and the MSRP training pairs as two "
                           "articles (paraphrase partners = same claim, other candidate pairs = different claims)",
            "paraphrase model": "MSRP msr_paraphrase_train.txt (4076 pairs, and the candidate pairs of non-partners as negatives)",
            "thresholds": "ECB+ topics 6-45, each story alone; the MSRP training pairs as two articles" + (
                "; ECB+ training stories labelled by hand (benchmarks/train_gold/: "
                + ", ".join(c.story for c in hand) + ")" if hand else ""),
            "never used": "the seeds, ECB+ topics 1-5, msr_paraphrase_test.txt",
        },
        "vectors": args.vectors,
        "features": {"semantic": list(SEMANTIC), "lexical": list(LEXICAL)},
        "constants": CONSTANTS,
        "models": models,
        "story_background": background,
    }
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
