"""Hand-labelled claim links for thirty-two ECB+ stories of the training topics (6-45).

Each file of ``benchmarks/train_gold/`` labels four articles of one story, rebuilt from the ECB+
tarball as the other benchmarks do (headline, blank line, body; the texts are not kept here) and
loaded in the order the file lists them, so that they are articles A, B, C and D. The labels were
made by reading the articles as the program segments them, each sentence against every sentence of
the other three, without running the aligner on them, with the definitions of
``benchmarks/story_gold.py``:

- ``claims``: each is one claim; every pair of its members from different articles is a REQUIRED link
  (an analyst expects one colour). A compound sentence may be a member of several claims.
- ``acceptable``: every pair of one of ``left`` and one of ``right`` from different articles is a partial
  overlap (or two versions of one claim that disagree on a detail): not demanded, not an error.
- Any other link between two articles counts against precision.

Sixteen stories were labelled first; sixteen more (topics 6, 9, 11, 14, 16, 19, 20, 22, 23, 25, 26,
29, 31, 33, 39 and 45, none of the first sixteen's) later, the same way, by the guide in
``train_gold/GUIDE.md``. The first sixteen (``FIRST_SIXTEEN``) have served since to judge changes to the engine; the later
sixteen had not when their first figures were taken, so ``train_stories.py`` prints the two sets
apart as well.

Each sentence is named by a phrase that occurs once in its article ("A:phrase"). Where the program later
cut a sentence in two (a headline glued to its lead with no full stop), the labels of the whole were
carried over to the part that says what each claim is about (both parts where both say it).

These stories are from the training topics: the claim model has seen their sentences under labels
derived from ECB+'s event chains, so figures on them are partly in-sample. ``train_stories.py``
measures the engine on them; ``fit_engine.py --hand-labels`` can also score its thresholds on them
(``cv_hand_labels.py`` checks whether that helps on stories left out; the model file does not use
them). The held-out labels are ``tests/seed_gold.py`` and ``benchmarks/story_gold.py``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import combinations, product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import xml_to_text  # noqa: E402

from analyst_tui.core.align import claim_sentences  # noqa: E402
from analyst_tui.core.compare import sentences_of  # noqa: E402
from analyst_tui.core.ingest.load import load_paths  # noqa: E402

GOLD_DIR = Path(__file__).resolve().parent / "train_gold"
FIRST_SIXTEEN = frozenset({"7_ecbplus", "8_ecb", "10_ecb", "12_ecbplus", "13_ecb", "18_ecbplus", "21_ecbplus", "24_ecbplus",
                           "27_ecb", "28_ecbplus", "30_ecb", "35_ecbplus", "36_ecb", "40_ecbplus", "42_ecb", "44_ecbplus"})


@dataclass
class HandCase:
    """The claim sentences of one labelled story, with its required and acceptable links (i < j)."""

    story: str
    texts: list[str] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    required: set[tuple[int, int]] = field(default_factory=set)
    acceptable: set[tuple[int, int]] = field(default_factory=set)


def _pairs(left, right, owner) -> set[tuple[int, int]]:
    return {(min(a, b), max(a, b)) for a, b in product(left, right) if owner[a] != owner[b]}


def load_case(data: dict, ecb_root: Path) -> HandCase:
    """The story of one label file, its articles rebuilt from ``ecb_root`` (the unpacked ``ECB+`` folder)."""
    topic = data["story"].split("_")[0]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name in data["files"]:
            path = Path(tmp) / (name.removesuffix(".xml") + ".txt")
            path.write_text(xml_to_text(ecb_root / topic / name), encoding="utf-8")
            paths.append(str(path))
        articles = load_paths(paths).articles
    sentences = {a.id: sentences_of(a) for a in articles}
    local = claim_sentences(sentences)
    number = {s.key: k for k, s in enumerate(local)}
    article_no = {a.id: n for n, a in enumerate(articles)}
    case = HandCase(data["story"], [s.text for s in local], [article_no[s.article] for s in local])

    def index(ref: str) -> int:
        letter, phrase = ref.split(":", 1)
        article = articles["ABCD".index(letter)]
        pos = article.text.find(phrase)
        if pos < 0 or article.text.find(phrase, pos + 1) >= 0:
            raise ValueError(f"{data['story']}: {ref!r} is not once in article {letter}")
        for s in sentences[article.id]:
            if s.start <= pos < s.end and s.key in number:
                return number[s.key]
        raise ValueError(f"{data['story']}: {ref!r} is not in a sentence that may join claims")

    for claim in data["claims"]:
        members = [index(r) for r in claim["members"]]
        case.required |= _pairs(members, members, case.owner)
    for part in data["acceptable"]:
        case.acceptable |= _pairs([index(r) for r in part["left"]], [index(r) for r in part["right"]], case.owner)
    case.acceptable -= case.required
    return case


def article_subsets(case: HandCase, k: int) -> list[HandCase]:
    """The story of each ``k`` of its articles, with the labels of their sentences (a smaller comparison of
    the same story)."""
    out = []
    for keep in combinations(sorted(set(case.owner)), k):
        idx = [i for i, o in enumerate(case.owner) if o in keep]
        new, article = {old: n for n, old in enumerate(idx)}, {a: n for n, a in enumerate(keep)}

        def kept(pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
            return {(new[a], new[b]) for a, b in pairs if a in new and b in new}

        out.append(HandCase(case.story, [case.texts[i] for i in idx], [article[case.owner[i]] for i in idx],
                            kept(case.required), kept(case.acceptable)))
    return out


def hand_cases(ecb_root: Path) -> list[HandCase]:
    """Every labelled training story, in file-name order."""
    return [load_case(json.loads(f.read_text("utf-8")), ecb_root) for f in sorted(GOLD_DIR.glob("*.json"))]


def hand_counts(case: HandCase, groups: list[list[int]]) -> tuple[int, int, int, int]:
    """(required links made, links made, required links, links made that are required or acceptable)."""
    made = {(a, b) for g in groups for a, b in combinations(sorted(g), 2) if case.owner[a] != case.owner[b]}
    return len(made & case.required), len(made), len(case.required), len(made & (case.required | case.acceptable))
