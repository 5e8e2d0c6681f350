"""Speed and memory of ``analyst-tui compare`` on the ECB+ news corpus.

    python benchmarks/bench_compare.py [ECBPLUS_DIR_OR_TARBALL] [--subset 200] [--repeat 5]

1. Rebuilds the 982 ECB+ articles as plain-text files (headline, blank line, body)
   in a temporary folder.
2. Runs the real command, ``python -m analyst_tui compare FOLDER --format json``, in a
   child process and prints its wall time and peak memory (max RSS of the largest of
   its processes: the command itself, or a child it forks on a second core); with
   ``--repeat N``, N times, and the median wall time with each run's.
3. On a subset of articles, times brute force (every cross-article sentence pair
   through ``rapidfuzz.process.cdist`` with ``token_set_ratio``) against the engine's
   alignment of the same sentences, in the same run, and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "bench-data" / "ecbplus" / "ECBplus_LREC2014_full.tar.xz"

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def detok(tokens: list[str]) -> str:
    out = ""
    for i, t in enumerate(tokens):
        if i and t not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            out += " "
        out += t
    return out


def xml_to_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    sents: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for t in root.iter("token"):
        sents[int(t.get("sentence"))].append((int(t.get("number")), t.text or ""))
    lines = [detok([w for _, w in sorted(toks)]) for _, toks in sorted(sents.items())]
    lines = [ln for ln in lines if ln.strip()]
    if lines and lines[0].startswith("http"):
        lines = lines[1:]  # ecbplus documents start with their URL
    if not lines:
        return ""
    return lines[0] + "\n\n" + " ".join(lines[1:]) + "\n"


def build_corpus(source: Path, out: Path) -> int:
    if source.is_file():
        with tarfile.open(source) as tar:
            tar.extractall(out / "raw", filter="data")
        source = out / "raw"
    xmls = sorted(source.rglob("*.xml"), key=lambda p: p.name)
    folder = out / "articles"
    folder.mkdir()
    n = 0
    for x in xmls:
        text = xml_to_text(x)
        if text:
            (folder / (x.stem + ".txt")).write_text(text, encoding="utf-8")
            n += 1
    return n


def run_cli(folder: Path) -> tuple[float, float, dict]:
    """Wall time and peak memory (the largest process: the command or a child it forked) of the real command."""
    out_json = folder.parent / "out.json"
    cmd = [sys.executable, "-m", "analyst_tui", "compare", str(folder), "--format", "json", "-o", str(out_json)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"compare failed: {proc.stderr.strip()[-500:]}")
    maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # this script has run no other child
    data = json.loads(out_json.read_text("utf-8"))
    return wall, maxrss_kb / 1024, data


def story_of(path: str) -> str:
    """ECB+ cluster of an article file: '37_10ecbplus.txt' -> '37_ecbplus'."""
    m = re.match(r"(\d+)_\d+(ecb(?:plus)?)", Path(path).name)
    return f"{m.group(1)}_{m.group(2)}" if m else Path(path).name


def story_figures(data: dict) -> tuple[int, int, int]:
    """(links between members of different articles, those between different stories, articles in a shared claim)."""
    story = {a["id"]: story_of(a["path"]) for a in data["articles"]}
    links = across = 0
    sharing: set[str] = set()
    for c in data["claims"]:
        arts = [m["article"] for m in c["members"]]
        if len(set(arts)) > 1:
            sharing.update(arts)
        for x in range(len(arts)):
            for y in range(x + 1, len(arts)):
                if arts[x] != arts[y]:
                    links += 1
                    across += story[arts[x]] != story[arts[y]]
    return links, across, len(sharing)


def brute_vs_engine(folder: Path, subset: int) -> tuple[float, float, int, int]:
    from rapidfuzz import fuzz, process

    from analyst_tui.core.align import align
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.compare import sentences_of
    from analyst_tui.core.textnorm import normalise

    files = sorted(folder.glob("*.txt"))[:subset]
    articles = load_paths([str(f) for f in files]).articles
    sentences = {a.id: sentences_of(a) for a in articles}
    t0 = time.perf_counter()
    claims = align(sentences)
    engine = time.perf_counter() - t0
    flat = [s for ss in sentences.values() for s in ss if s.kind == "claim"]
    texts = [normalise(s.text) for s in flat]
    t0 = time.perf_counter()
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, score_cutoff=70, workers=1, dtype="uint8")
    brute = time.perf_counter() - t0
    del matrix
    shared = sum(1 for c in claims if c.is_shared)
    return brute, engine, len(flat), shared


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", nargs="?", default=str(DEFAULT), help="ECB+ tarball or extracted folder")
    ap.add_argument("--subset", type=int, default=200, help="articles in the brute-force comparison")
    ap.add_argument("--repeat", type=int, default=1, help="run the command this many times and print each wall time "
                    "and their median (a shared machine's noise is a few tenths of a second)")
    args = ap.parse_args()
    source = Path(args.source)
    if not source.exists():
        print(f"bench_compare: not found: {source}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        n = build_corpus(source, tmpdir)
        folder = tmpdir / "articles"
        walls = []
        for _ in range(max(1, args.repeat)):
            wall, rss_mb, data = run_cli(folder)
            walls.append(wall)
        n_sent = sum(len(c["members"]) for c in data["claims"])
        shared = sum(1 for c in data["claims"] if c["shared_by"] > 1)
        runs = f" (runs: {', '.join(f'{w:.2f}' for w in walls)} s; median)" if len(walls) > 1 else ""
        print(f"compare on {n} ECB+ articles ({n_sent} sentence memberships, {shared} shared claims): "
              f"{statistics.median(walls):.2f} s wall{runs}, peak memory {rss_mb:.0f} MB (model load included)")
        links, across, with_shared = story_figures(data)
        print(f"  {with_shared}/{len(data['articles'])} articles share at least one claim; {links} links, "
              f"{across} between different stories ({100 * across / max(1, links):.2f}%; a story = one ECB+ cluster)")
        brute, engine, n_flat, shared_sub = brute_vs_engine(folder, args.subset)
        print(f"{args.subset}-article subset ({n_flat} sentences): brute-force cdist token_set_ratio {brute:.2f} s, "
              f"engine align {engine:.2f} s, ratio {brute / engine:.1f}x ({shared_sub} shared claims)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
