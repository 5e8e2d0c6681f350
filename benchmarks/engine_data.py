"""Reading the fitting and evaluation data: MSRP pairs and ECB+ clusters with derived claim labels.

ECB+ (Cybulska & Vossen 2014) links mentions of the same event across outlets.
Two sentences of one cluster are taken to state the same claim when both are
fully annotated ("selected") and share at least two event chains; selected
sentence pairs of one cluster that share fewer are different claims; any pair
from different clusters is a link across stories. Pairs with an unannotated
sentence are not scored.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench-data"
MSRP_DIR = SHARED / "msrp"
ECB_TARBALL = SHARED / "ecbplus" / "ECBplus_LREC2014_full.tar.xz"
ECB_CONVERTER = SHARED / "ecbplus" / "convert_ecbplus.py"

TRAIN_TOPICS = range(6, 46)  # fitting
TEST_TOPICS = range(1, 6)  # evaluation only


def load_msrp(path: Path) -> list[tuple[int, str, str]]:
    rows = [line.split("\t") for line in path.read_text("utf-8-sig").splitlines()[1:] if line.strip()]
    return [(int(r[0]), r[3], r[4]) for r in rows]


def convert_ecb(tarball: Path, workdir: Path) -> Path:
    """Unpack the ECB+ release and convert every cluster to JSON with the corpus's own converter."""
    out = workdir / "json"
    if out.exists() and any(out.glob("*.json")):
        return out
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    base = workdir / "ECB+_LREC2014"
    subprocess.run([sys.executable, str(ECB_CONVERTER), str(base / "ECB+"), str(base / "ECBplus_coreference_sentences.csv"),
                    str(out)], check=True, stdout=subprocess.DEVNULL)
    return out


@dataclass
class Case:
    """Several ECB+ clusters compared as one case, with gold labels for sentence pairs."""

    texts: list[str] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)  # article number of each sentence
    cluster: list[str] = field(default_factory=list)  # cluster of each sentence
    selected: list[bool] = field(default_factory=list)
    gold: set[tuple[int, int]] = field(default_factory=set)  # (i < j) same claim
    articles: int = 0

    def label(self, i: int, j: int) -> int | None:
        """1 same claim, 0 not, None not annotated."""
        if self.cluster[i] != self.cluster[j]:
            return 0
        if not (self.selected[i] and self.selected[j]):
            return None
        return 1 if ((i, j) if i < j else (j, i)) in self.gold else 0


def ecb_case(json_dir: Path, topics: range, min_shared: int = 2) -> Case:
    case = Case()
    files = sorted(f for f in json_dir.glob("*_ecb*.json") if int(f.name.split("_")[0]) in topics)
    for f in files:
        data = json.loads(f.read_text("utf-8"))
        index: dict[tuple[str, int], int] = {}
        for doc in data["documents"]:
            for s in doc["sentences"]:
                if doc["doc"].endswith("plus.xml") and s["sid"] == 0 and s["text"].startswith("http"):
                    continue  # ecbplus documents start with their URL
                index[(doc["doc"], s["sid"])] = len(case.texts)
                case.texts.append(s["text"])
                case.owner.append(case.articles)
                case.cluster.append(f.stem)
                case.selected.append(bool(s.get("selected")))
            case.articles += 1
        for link in data["gold_links"]:
            if link.get("both_selected") and len(link["shared_actions"]) >= min_shared:
                a = index.get((link["a"]["doc"], link["a"]["sid"]))
                b = index.get((link["b"]["doc"], link["b"]["sid"]))
                if a is not None and b is not None:
                    case.gold.add((min(a, b), max(a, b)))
    return case


def link_counts(case: Case, groups: list[list[int]]) -> tuple[int, int, int, int]:
    """(true links, scored links, gold links, links across clusters) of a clustering of ``case``."""
    tp = scored = across = 0
    seen: set[tuple[int, int]] = set()
    for g in groups:
        for a, b in combinations(sorted(g), 2):
            if case.owner[a] == case.owner[b] or (a, b) in seen:
                continue
            seen.add((a, b))
            lab = case.label(a, b)
            if case.cluster[a] != case.cluster[b]:
                across += 1
            if lab is None:
                continue
            scored += 1
            tp += lab
    return tp, scored, len(case.gold), across
