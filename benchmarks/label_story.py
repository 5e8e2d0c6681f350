"""Prepare an ECB+ training story for labelling by hand, and turn its labels into a ``train_gold`` file.

    python benchmarks/label_story.py list STORY DOC DOC DOC DOC --out FOLDER [--ecb ECB_TARBALL]
    python benchmarks/label_story.py convert FOLDER [--second]

``list`` rebuilds four articles of a story of the training topics (6-45) from the ECB+ release as the
other benchmarks do, writes them to ``FOLDER/<story>/`` and a ``listing.txt`` that numbers every
sentence that may join a claim (A1, A2, ... B1, ...), as the program segments them. Example:
``list 14_ecb 14_1 14_4 14_5 14_6 --out labels``. The labeller reads ``listing.txt`` (and nothing the
aligner says about it) and writes ``labels.json`` beside it by ``train_gold/GUIDE.md``.

``convert`` reads ``labels.json`` (sentence ids) and writes ``train_gold/<story>.json``, where each
sentence is named by a phrase that occurs once in its article, as ``train_gold.py`` reads them;
with ``--second``, a second labelling of a story already there goes to ``train_gold/second/`` for
``label_agreement.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import xml_to_text  # noqa: E402
from engine_data import ECB_TARBALL  # noqa: E402
from train_gold import GOLD_DIR  # noqa: E402

from analyst_tui.core.align import claim_sentences  # noqa: E402
from analyst_tui.core.compare import sentences_of  # noqa: E402
from analyst_tui.core.ingest.load import load_paths  # noqa: E402

LETTERS = "ABCD"


def listed_files(folder: Path) -> list[str]:
    """The article files ``folder/listing.txt`` names in its first line, A first."""
    head = (folder / "listing.txt").read_text("utf-8").splitlines()[0]
    return [part.split(" = ")[1].strip() for part in head.split("articles ", 1)[1].split(", ")]


def numbered(folder: Path) -> tuple[list, dict[str, tuple]]:
    """The articles listed in ``folder/listing.txt`` and each sentence id's (article, sentence)."""
    articles = load_paths([str(folder / n) for n in listed_files(folder)]).articles
    ids = {}
    for letter, article in zip(LETTERS, articles):
        for k, s in enumerate(claim_sentences({article.id: sentences_of(article)}), 1):
            ids[f"{letter}{k}"] = (article, s)
    return articles, ids


def list_story(story: str, docs: list[str], out: Path, tarball: Path) -> Path:
    topic, kind = story.split("_")
    if not 6 <= int(topic) <= 45:
        raise SystemExit("label_story: only stories of the training topics (6-45) may be labelled for fitting")
    folder = out / story
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp, filter="data")
        names = []
        for doc in docs:
            name = f"{doc}{kind}.txt"
            (folder / name).write_text(xml_to_text(Path(tmp) / "ECB+_LREC2014" / "ECB+" / topic / f"{doc}{kind}.xml"),
                                       encoding="utf-8")
            names.append(name)
    (folder / "listing.txt").write_text(f"# {story}: articles " + ", ".join(f"{L} = {n}" for L, n in zip(LETTERS, names))
                                        + "\n", encoding="utf-8")
    _, ids = numbered(folder)
    lines = (folder / "listing.txt").read_text("utf-8").splitlines() + [""]
    for letter, name in zip(LETTERS, names):
        lines.append(f"## Article {letter} ({name})")
        lines += [f"{i}: {s.text}" for i, (_, s) in ids.items() if i[0] == letter] + [""]
    (folder / "listing.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


def phrase_of(text: str, start: int, end: int) -> str:
    """The shortest run of the sentence's words from its start (else anywhere in it) that occurs once in ``text``;
    a sentence the article repeats runs on into what follows it."""
    words = text[start:end].split()
    for n in range(min(5, len(words)), len(words) + 1):
        if text.count(cand := " ".join(words[:n])) == 1:
            return cand
    for n in range(5, len(words) + 1):
        for first in range(len(words) - n + 1):
            if text.count(cand := " ".join(words[first : first + n])) == 1:
                return cand
    for n in range(1, len(text) - end + 1):
        if text.count(cand := text[start : end + n]) == 1:
            return cand
    raise ValueError(f"no phrase names {text[start:end]!r} once")


def convert(folder: Path, out_dir: Path = GOLD_DIR) -> Path:
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    articles, ids = numbered(folder)
    refs = {i: f"{i[0]}:{phrase_of(a.text, s.start, s.end)}" for i, (a, s) in ids.items()}
    files = [n.removesuffix(".txt") + ".xml" for n in listed_files(folder)]
    out = {"story": labels["story"], "files": files,
           "claims": [{"about": c["about"], "members": [refs[i] for i in c["members"]]} for c in labels["claims"]],
           "acceptable": [{"about": c["about"], "left": [refs[i] for i in c["left"]], "right": [refs[i] for i in c["right"]]}
                          for c in labels["acceptable"]]}
    out_dir.mkdir(exist_ok=True)
    path = out_dir / f"{labels['story']}.json"
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="write the articles and listing.txt of a story")
    ls.add_argument("story", help="e.g. 14_ecb or 22_ecbplus")
    ls.add_argument("docs", nargs=4, help="four documents of the story, e.g. 14_1 14_4 14_5 14_6")
    ls.add_argument("--out", required=True, help="folder for the story's folder")
    ls.add_argument("--ecb", default=str(ECB_TARBALL), help="ECB+ release tarball")
    cv = sub.add_parser("convert", help="write train_gold/<story>.json from FOLDER/labels.json")
    cv.add_argument("folder")
    cv.add_argument("--second", action="store_true",
                    help="a second, independent labelling of a story: into train_gold/second/ (label_agreement.py)")
    args = ap.parse_args()
    if args.command == "list":
        print(list_story(args.story, args.docs, Path(args.out), Path(args.ecb)) / "listing.txt")
    else:
        print(convert(Path(args.folder), GOLD_DIR / "second" if args.second else GOLD_DIR))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
