"""Sentence-link precision and recall on ECB+ clusters, against the corpus's event chains.

    python benchmarks/ecb_quality.py [ECBPLUS_SAMPLE_DIR]

ECB+ links mentions of the same event across outlets. Following the data's README, two selected
(fully annotated) sentences of different articles count as a gold link when they share at least two
event chains (closer to "same claim" than one shared event, which nearly every lead sentence has).
Only links between selected sentences are scored. Because the gold is about events rather than
claims, read the figures as event-alignment agreement, not as paraphrase accuracy.
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst_tui.core.align import align  # noqa: E402
from analyst_tui.core.model import Sentence, article_label  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench-data" / "ecbplus" / "sample"


def evaluate(path: Path) -> tuple[int, int, int]:
    data = json.loads(path.read_text("utf-8"))
    sentences: dict[str, list[Sentence]] = {}
    key_of: dict[tuple[str, int], tuple[str, int]] = {}
    selected: set[tuple[str, int]] = set()
    for n, doc in enumerate(data["documents"]):
        aid = article_label(n)
        sents = []
        for k, s in enumerate(doc["sentences"]):
            sents.append(Sentence(aid, k, 0, len(s["text"]), s["text"]))
            key_of[(doc["doc"], s["sid"])] = (aid, k)
            if s.get("selected"):
                selected.add((aid, k))
        sentences[aid] = sents
    gold = set()
    for link in data["gold_links"]:
        if link.get("both_selected") and len(link["shared_actions"]) >= 2:
            a = key_of.get((link["a"]["doc"], link["a"]["sid"]))
            b = key_of.get((link["b"]["doc"], link["b"]["sid"]))
            if a and b:
                gold.add(frozenset((a, b)))
    predicted = set()
    for claim in align(sentences):
        for x, y in combinations(claim.members, 2):
            if x.article != y.article and x.key in selected and y.key in selected:
                predicted.add(frozenset((x.key, y.key)))
    return len(predicted & gold), len(predicted), len(gold)


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    files = sorted(root.glob("*_ecb*.json"))
    if not files:
        print(f"ecb_quality: no cluster files in {root}", file=sys.stderr)
        return 2
    tp_all = pred_all = gold_all = 0
    for f in files:
        tp, pred, gold = evaluate(f)
        tp_all, pred_all, gold_all = tp_all + tp, pred_all + pred, gold_all + gold
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        print(f"{f.stem:14} precision {p:.3f}  recall {r:.3f}  ({pred} predicted, {gold} gold)")
    p = tp_all / pred_all if pred_all else 0.0
    r = tp_all / gold_all if gold_all else 0.0
    print(f"{'all':14} precision {p:.3f}  recall {r:.3f}  ({pred_all} predicted, {gold_all} gold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
