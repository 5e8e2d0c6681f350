"""Held-out figures of the claim aligner: none of this data was used to fit the model file.

    python benchmarks/eval_engine.py [--msrp MSRP_DIR] [--ecb ECB_TARBALL] [--cases CASES_DIR] [--lexical]

1. Seeds: link precision and recall against tests/seed_gold.py (the project's own labels), and the
   same on one ECB+ story of topics 1-5 (2_ecbplus, four outlets) against benchmarks/story_gold.py.
2. ECB+ topics 1-5: each cluster (one story, several outlets) aligned alone, and each topic's
   two clusters aligned together (links between the two stories are errors). Gold: both sentences
   fully annotated and sharing >= 2 event chains. Each story alone is also scored as
   ``fit_engine.py`` scores its training stories, for comparison with its in-sample figures: a link
   between two sentences that share one event chain only is then not scored (recall is unchanged).
3. MSRP test: the first 500 pairs as two articles; accuracy of "linked" against the label, and
   links between sentences that are not partners.
4. The shared example cases compared all together: links between different cases.
``--lexical`` measures the fallback engine (no word vectors).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyst_tui.core.align import Engine, align, engine, params, vectors  # noqa: E402
from analyst_tui.core.ingest import load_paths  # noqa: E402
from analyst_tui.core.compare import build_comparison, sentences_of  # noqa: E402
from analyst_tui.core.model import Sentence  # noqa: E402
from engine_data import (ECB_TARBALL, MSRP_DIR, TEST_TOPICS, convert_ecb, ecb_case, link_counts, load_msrp,  # noqa: E402
                         story_case)
from seed_gold import score  # noqa: E402
from story_gold import story_score  # noqa: E402

CASES = ROOT.parent / "shared" / "cases"


def groups_of(case, eng: Engine) -> list[list[int]]:
    groups, _, _ = eng.align_groups(eng.matcher(case.texts), case.owner)
    return groups


def ecb(json_dir: Path, eng: Engine) -> None:
    tot = [0, 0, 0, 0]
    lenient = [0, 0]  # (true, scored) with pairs that share one event only left unscored
    tot2 = [0, 0, 0, 0, 0]
    for t in TEST_TOPICS:
        for sub in ("ecb", "ecbplus"):
            f = json_dir / f"{t}_{sub}.json"
            if not f.exists():
                continue
            case = ecb_case(json_dir, [t])
            case = story_case(case, f"{t}_{sub}")
            groups = groups_of(case, eng)
            tp, sc, gold, _, _ = link_counts(case, groups)
            tot = [a + b for a, b in zip(tot, (tp, sc, gold, 0))]
            ltp, lsc, _, _, _ = link_counts(case, groups, strict=False)
            lenient = [lenient[0] + ltp, lenient[1] + lsc]
            print(f"  {t}_{sub:8} precision {tp / max(1, sc):.3f}  recall {tp / max(1, gold):.3f}  ({sc} links scored, {gold} gold)")
        case = ecb_case(json_dir, [t])
        r = link_counts(case, groups_of(case, eng))
        tot2 = [a + b for a, b in zip(tot2, r)]
    tp, sc, gold, _ = tot
    print(f"  ECB+ 1-5, each story alone: precision {tp / max(1, sc):.3f}  recall {tp / max(1, gold):.3f}  (held out)")
    print(f"    the same, scored as the fitting scores its training stories (a link between sentences that share one "
          f"event only is not scored): precision {lenient[0] / max(1, lenient[1]):.3f} ({lenient[1]} links scored)")
    tp, sc, gold, across, links = tot2
    print(f"  ECB+ 1-5, a topic's two stories together: precision {tp / max(1, sc):.3f}  recall {tp / max(1, gold):.3f}, "
          f"{across} of {links} links across stories ({100 * across / max(1, links):.1f}%) (held out)")


def msrp(test_file: Path, eng: Engine, n: int = 500) -> None:
    rows = load_msrp(test_file)[:n]
    s1 = [Sentence("A", k, 0, len(a), a) for k, (_, a, _) in enumerate(rows)]
    s2 = [Sentence("B", k, 0, len(b), b) for k, (_, _, b) in enumerate(rows)]
    claims = align({"A": s1, "B": s2}, eng)
    linked: set[int] = set()
    wrong = same_text = 0
    plain = [" ".join(t.lower().split()) for _, t, _ in rows], [" ".join(t.lower().split()) for _, _, t in rows]
    for c in claims:
        a_idx = {m.index for m in c.members if m.article == "A"}
        b_idx = {m.index for m in c.members if m.article == "B"}
        linked |= a_idx & b_idx
        wrong += sum(1 for i in a_idx for j in b_idx if i != j)
        same_text += sum(1 for i in a_idx for j in b_idx if i != j and plain[0][i] == plain[1][j])
    correct = sum(1 for k, (q, _, _) in enumerate(rows) if (k in linked) == bool(q))
    print(f"  MSRP test, {n} pairs as two articles: accuracy {correct / n:.3f} ({len(linked)} pairs linked, "
          f"{sum(q for q, _, _ in rows)} paraphrases), {wrong} links between non-partners, {same_text} of them between "
          f"sentences of the same text (held out)")


def cases_together(folder: Path, eng: Engine) -> None:
    paths, case_of = [], []
    for d in sorted(p for p in folder.iterdir() if p.is_dir()):
        for f in sorted(d.iterdir()):
            if f.is_file() and not f.name.startswith("."):
                paths.append(str(f))
                case_of.append(d.name)
    if not paths:
        return
    loaded = load_paths(paths).articles
    folder_of = dict(zip((a.id for a in loaded), case_of))
    sentences = {a.id: sentences_of(a) for a in loaded}
    claims = align(sentences, eng)
    links = across = 0
    examples = []
    for c in claims:
        ms = c.members
        for x in range(len(ms)):
            for y in range(x + 1, len(ms)):
                if ms[x].article != ms[y].article:
                    links += 1
                    if folder_of[ms[x].article] != folder_of[ms[y].article]:
                        across += 1
                        examples.append((ms[x].text[:70], ms[y].text[:70]))
    print(f"  {len(paths)} files of {len(set(case_of))} example cases together: {links} links, {across} between different cases")
    for a, b in examples[:5]:
        print(f"    across: {a!r} ~ {b!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--msrp", default=str(MSRP_DIR))
    ap.add_argument("--ecb", default=str(ECB_TARBALL))
    ap.add_argument("--cases", default=str(CASES))
    ap.add_argument("--lexical", action="store_true", help="measure the fallback engine without word vectors")
    ap.add_argument("--model", help="a model file other than the shipped one")
    args = ap.parse_args()
    if args.model:
        data = json.loads(Path(args.model).read_text("utf-8"))
        kind = "lexical" if args.lexical else "semantic"
        eng = Engine(None if args.lexical else vectors.load(data["vectors"]), params.params_from(data, kind))
    else:
        eng = Engine(None, params.load("lexical")) if args.lexical else engine()
    kind = "lexical" if eng.vectors is None else "semantic"
    print(f"engine: {kind}" + (f" ({vectors.warning()})" if vectors.warning() else ""))
    t0 = time.perf_counter()
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    comp = build_comparison(load_paths(seeds).articles)
    comp.claims = align(comp.sentences, eng)
    r = score(comp)
    print(f"  seeds: precision {r['precision']:.3f}  recall {r['recall']:.3f}  ({r['predicted']} links, "
          f"{r['required']} required; labels tests/seed_gold.py, held out)")
    def aligned(paths):
        comparison = build_comparison(load_paths(paths).articles)
        comparison.claims = align(comparison.sentences, eng)
        return comparison

    r = story_score(Path(args.ecb), aligned)
    print(f"  ECB+ 2_ecbplus, four articles: precision {r['precision']:.3f}  recall {r['recall']:.3f}  ({r['predicted']} links, "
          f"{r['required']} required; labels benchmarks/story_gold.py, held out)")
    with tempfile.TemporaryDirectory() as tmp:
        ecb(convert_ecb(Path(args.ecb), Path(tmp)), eng)
    msrp(Path(args.msrp) / "msr_paraphrase_test.txt", eng)
    if Path(args.cases).is_dir():
        cases_together(Path(args.cases), eng)
    print(f"  ({time.perf_counter() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
