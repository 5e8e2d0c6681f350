"""Re-anchoring figures on the reference cases: wrong placements and recovery after edits.

    python benchmarks/bench_anchoring.py [CASES_FOLDER ...]

Defaults to ../shared/cases/* and the seeds. For every sentence of every article it
simulates three edits and reports how the stored anchor fares:

* removed: the sentence is deleted; any placement is wrong (it should be an orphan);
* another story: the article is replaced by an article of another case at the same path;
  any placement is wrong;
* reworded: 1, 2 or 3 words of the sentence are replaced; it should be found again.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from analyst_tui.core.annotations import anchoring
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import sentences_of
from analyst_tui.core.model import Article, Comparison

ROOT = Path(__file__).resolve().parent.parent
WORDS = ["reportedly", "said", "the", "officials", "new", "Tuesday"]


def _single(article: Article) -> anchoring.Locator:
    return anchoring.Locator(Comparison([article], {article.id: sentences_of(article)}, []))


def _with_text(article: Article, text: str) -> Article:
    return Article(id=article.id, path=article.path, source=article.source, text=text)


def main(argv: list[str]) -> int:
    folders = argv or sorted(str(p) for p in (ROOT.parent / "shared" / "cases").glob("*") if p.is_dir())
    folders = folders + [str(ROOT / "seeds")]
    cases = [load_paths([f]).articles for f in folders if Path(f).exists()]
    if len(cases) < 2:
        print("need at least two case folders", file=sys.stderr)
        return 2

    wrong = total = 0
    worst = 0.0
    for arts in cases:
        for a in arts:
            for s in sentences_of(a):
                if len(s.text) < 15:
                    continue
                found, seen = _single(_with_text(a, a.text[: s.start] + a.text[s.end :])).locate(anchoring.make_target(a, s))
                total += 1
                wrong += found is not None
                worst = max(worst, seen)
    print(f"removed sentence:  {wrong} of {total} placed (should be 0); best wrong score {worst:.3f}")

    wrong = total = 0
    worst = 0.0
    for i, ca in enumerate(cases):
        for j, cb in enumerate(cases):
            if i == j:
                continue
            for a in ca[:4]:
                for b in cb[:4]:
                    locator = _single(_with_text(a, b.text))
                    for s in sentences_of(a):
                        if len(s.text) < 15:
                            continue
                        found, seen = locator.locate(anchoring.make_target(a, s))
                        total += 1
                        wrong += found is not None
                        worst = max(worst, seen)
    print(f"another story:     {wrong} of {total} placed (should be 0); best wrong score {worst:.3f}")

    rnd = random.Random(1)
    for k in (1, 2, 3):
        ok = total = 0
        for arts in cases:
            for a in arts[:5]:
                for s in sentences_of(a):
                    words = s.text.split()
                    if len(words) < 8:
                        continue
                    for _ in range(k):
                        words[rnd.randrange(len(words))] = rnd.choice(WORDS)
                    edited = _with_text(a, a.text[: s.start] + " ".join(words) + a.text[s.end :])
                    found, _seen = _single(edited).locate(anchoring.make_target(a, s))
                    total += 1
                    ok += found is not None and found.sentence.start == s.start
        print(f"reworded {k} word{'s' if k > 1 else ' '}:  {ok} of {total} found again ({100 * ok / total:.0f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
