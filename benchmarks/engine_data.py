"""Reading the fitting and evaluation data: MSRP pairs and ECB+ clusters with derived claim labels.

ECB+ (Cybulska & Vossen 2014) links mentions of the same event across outlets.
Two sentences of one cluster, both fully annotated ("selected"), are taken to
state the same claim when they share at least two event chains, or when every
event one of them mentions is mentioned by the other (one states a claim the
other contains: "the quake struck Aceh" ~ "the quake struck Aceh, killing one").
Selected pairs of one cluster that share no event are different claims, and so
(strictly) are pairs that share one event but each says something else about
it; any pair from different clusters is a link across stories. Pairs with an
unannotated sentence are not scored.
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
    one_event: set[tuple[int, int]] = field(default_factory=set)  # (i < j) sharing an event, but not the same claim
    articles: int = 0

    def label(self, i: int, j: int, strict: bool = True) -> int | None:
        """1 same claim, 0 not, None not annotated (nor, unless ``strict``, a pair that shares an event only)."""
        if self.cluster[i] != self.cluster[j]:
            return 0
        if not (self.selected[i] and self.selected[j]):
            return None
        key = (i, j) if i < j else (j, i)
        if key in self.gold:
            return 1
        if not strict and key in self.one_event:
            return None
        return 0


def _topic(f: Path) -> int:
    return int(f.name.split("_")[0])


def ecb_case(json_dir: Path, topics, min_shared: int = 2, containment: bool = True) -> Case:
    """The clusters of ``topics`` as one case."""
    case = Case()
    files = sorted((f for f in json_dir.glob("*_ecb*.json") if _topic(f) in topics), key=lambda f: (_topic(f), f.name))
    for f in files:
        data = json.loads(f.read_text("utf-8"))
        index: dict[tuple[str, int], int] = {}
        events: dict[int, set[str]] = {}
        for doc in data["documents"]:
            for s in doc["sentences"]:
                if doc["doc"].endswith("plus.xml") and s["sid"] == 0 and s["text"].startswith("http"):
                    continue  # ecbplus documents start with their URL
                index[(doc["doc"], s["sid"])] = len(case.texts)
                events[len(case.texts)] = {m["cross_doc_chain"] for m in s.get("mentions", ())
                                           if m.get("cross_doc_chain") and m["type"].startswith(("ACTION", "NEG"))}
                case.texts.append(s["text"])
                case.owner.append(case.articles)
                case.cluster.append(f.stem)
                case.selected.append(bool(s.get("selected")))
            case.articles += 1
        for link in data["gold_links"]:
            if not link.get("both_selected") or not link["shared_actions"]:
                continue
            a = index.get((link["a"]["doc"], link["a"]["sid"]))
            b = index.get((link["b"]["doc"], link["b"]["sid"]))
            if a is None or b is None:
                continue
            shared = set(link["shared_actions"])
            key = (min(a, b), max(a, b))
            if len(shared) >= min_shared or (containment and (events[a] <= shared or events[b] <= shared)):
                case.gold.add(key)
            else:
                case.one_event.add(key)
    return case


def story_case(case: Case, cluster: str) -> Case:
    """The sentences of one cluster (one story) of ``case`` as a case of their own."""
    keep = [i for i, c in enumerate(case.cluster) if c == cluster]
    new_index = {i: k for k, i in enumerate(keep)}
    out = Case([case.texts[i] for i in keep], [case.owner[i] for i in keep], [cluster] * len(keep),
               [case.selected[i] for i in keep])
    for name in ("gold", "one_event"):
        pairs = getattr(case, name)
        setattr(out, name, {(new_index[a], new_index[b]) for a, b in pairs if a in new_index and b in new_index})
    out.articles = len({case.owner[i] for i in keep})
    return out


def ecb_story_cases(cases: list[Case]) -> list[Case]:
    """Each story (cluster) of each topic case alone, when it has two articles or more."""
    out = [story_case(c, cluster) for c in cases for cluster in dict.fromkeys(c.cluster)]
    return [c for c in out if c.articles > 1]


def ecb_topic_cases(json_dir: Path, topics) -> list[Case]:
    """One case per topic: its two clusters (two events of one kind, e.g. two earthquakes) compared together."""
    present = sorted({_topic(f) for f in json_dir.glob("*_ecb*.json")} & set(topics))
    return [ecb_case(json_dir, [t]) for t in present]


def link_counts(case: Case, groups: list[list[int]], strict: bool = True) -> tuple[int, int, int, int, int]:
    """(true links, scored links, gold links, links across clusters, all links) of a clustering of ``case``.

    Not ``strict``: links between sentences that share an event but not a claim are not scored.
    """
    tp = scored = across = 0
    seen: set[tuple[int, int]] = set()
    for g in groups:
        for a, b in combinations(sorted(g), 2):
            if case.owner[a] == case.owner[b] or (a, b) in seen:
                continue
            seen.add((a, b))
            lab = case.label(a, b, strict)
            if case.cluster[a] != case.cluster[b]:
                across += 1
            if lab is None:
                continue
            scored += 1
            tp += lab
    return tp, scored, len(case.gold), across, len(seen)
