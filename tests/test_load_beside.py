"""A long folder read partly in a child that also segments its articles (``core.load_beside``): the same articles,
problems and sentences as one process reading them, and the same comparison.

The reading on two cores is run in a fresh interpreter: a process forks only while it has no other thread, and the
tests of the app leave threads in this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from analyst_tui.cli import main
from analyst_tui.core import compare, forking, load_beside
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.model import LoadError

STORIES = [
    ("Ferry sinks off the coast", "A ferry sank off the northern coast on {day} with {n} passengers on board. "
     "Rescuers pulled {m} survivors from the water, the coast guard said. \"We saw the ship go down,\" a fisherman said."),
    ("Bridge closed after storm", "Police closed the main bridge on {day} after the storm. Divers searched the river "
     "for {n} missing people. The mayor said {m} homes were flooded."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TWO_CORES = sys.platform.startswith("linux") and forking.cores() >= 2  # (a fresh interpreter can fork then)


def _folder(tmp_path, count: int):
    """``count`` article files (and a few a reader must skip or report) in natural order."""
    folder = tmp_path / "case"
    folder.mkdir()
    for k in range(count):
        title, body = STORIES[k % 2]
        text = f"{title}\n\n{body.format(day=DAYS[k % 5], n=10 + k % 7, m=3 + k % 4)}"
        (folder / f"report_{k:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "report_020.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 40)  # binary: skipped
    (folder / "report_041.txt").write_text("   \n", encoding="utf-8")  # empty: skipped
    (folder / "report_052.txt").write_text("Ferry sinks\n\nA ferry sank.\x07 Rescuers came.", encoding="utf-8")  # a control character
    os.symlink(folder / "report_003.txt", folder / f"report_{count:03d}.txt")  # the same file twice: loaded once
    return folder


def _loaded(result):
    return [[a.id, a.source, a.path, a.text, a.title] for a in result.articles], result.problems


def _fresh(code: str, folder) -> dict:
    """Run ``code`` (with ``FOLDER`` set) in a fresh interpreter; what it prints as JSON."""
    prelude = f"import json, os, sys\nFOLDER = {str(folder)!r}\nfrom analyst_tui.core import forking, load_beside\n"
    proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_a_long_folder_read_and_segmented_partly_in_a_child_gives_what_one_process_reads(tmp_path):
    folder = _folder(tmp_path, 70)
    out = _fresh("""
        from analyst_tui.core.compare import sentences_of
        imported = []
        result, segmented = load_beside.load_beside([FOLDER], meanwhile=lambda: imported.append(os.getpid()))
        spans = segmented.spans()
        there = [a for a in result.articles if a.text in segmented.texts]
        print(json.dumps({"forked": forking.can_fork(), "imported here": imported == [os.getpid()],
                          "articles": [[a.id, a.source, a.path, a.text, a.title] for a in result.articles],
                          "problems": result.problems, "read there": [a.id for a in there],
                          "spans": all([(s.start, s.end, s.kind) for s in sentences_of(a)] == spans[a.text] for a in there)}))
    """, folder)
    assert [out["articles"], out["problems"]] == list(_loaded(load_paths([str(folder)])))
    assert any("listed more than once" in p for p in out["problems"])
    assert any("report_020" in p and "skipped" in p for p in out["problems"])
    assert out["forked"] == TWO_CORES
    if TWO_CORES:
        assert out["imported here"]  # done here while the child read
        ids = [a[0] for a in out["articles"]]
        assert len(out["read there"]) >= 30 and ids[-1] in out["read there"] and ids[0] not in out["read there"]
        assert out["spans"]


def test_the_comparison_is_the_same_whether_the_folder_is_read_on_one_core_or_two(tmp_path, monkeypatch, capsys):
    folder = _folder(tmp_path, 60)
    both = subprocess.run([sys.executable, "-m", "analyst_tui", "compare", str(folder), "--format", "json"],
                          capture_output=True, text=True, timeout=120)
    assert both.returncode == 0, both.stderr
    monkeypatch.setattr(load_beside, "can_fork", lambda: False)
    monkeypatch.setattr(compare, "can_fork", lambda: False)
    assert main(["compare", str(folder), "--format", "json"]) == 0
    alone = capsys.readouterr()
    assert both.stdout == alone.out and both.stderr == alone.err
    assert len(json.loads(both.stdout)["articles"]) == 58  # 61 files: one binary, one empty, one listed twice


@pytest.mark.parametrize("fails", ["reading", "segmenting"])
def test_a_child_that_fails_leaves_its_share_to_this_process(tmp_path, fails):
    folder = _folder(tmp_path, 60)
    out = _fresh(f"""
        import analyst_tui.core.segment as segment_module
        from analyst_tui.core.compare import build_comparison, sentences_of
        from analyst_tui.core.ingest import load_paths
        parent = os.getpid()

        def dies_in_child(real):
            def work(arg):
                if os.getpid() != parent:
                    os._exit(3)
                return real(arg)

            return work

        if {fails!r} == "reading":
            load_beside.read_input = dies_in_child(load_beside.read_input)
        else:
            segment_module.segment = dies_in_child(segment_module.segment)
        alone = load_paths([FOLDER])
        both, segmented = load_beside.load_beside([FOLDER])
        failed_there = (not segmented.texts) if {fails!r} == "reading" else bool(segmented.texts) and not segmented.spans()
        compared = build_comparison(both.articles, both.problems, segmented=segmented)
        print(json.dumps({{"same articles": [(a.id, a.text) for a in both.articles] == [(a.id, a.text) for a in alone.articles],
                          "same problems": both.problems == alone.problems, "failed there": failed_there,
                          "same sentences": compared.sentences == {{a.id: sentences_of(a) for a in alone.articles}}}}))
    """, folder)
    assert out["same articles"] and out["same problems"] and out["same sentences"]
    assert out["failed there"] == TWO_CORES  # the child failed where it was meant to: before its files came, or its spans


def test_a_missing_path_after_a_long_folder_is_still_an_error(tmp_path):
    folder = _folder(tmp_path, 60)
    with pytest.raises(LoadError, match="no such file or folder"):
        load_beside.load_beside([str(folder), str(tmp_path / "missing")])


def test_an_interrupt_while_the_child_reads_stops_it(tmp_path):
    folder = _folder(tmp_path, 60)
    out = _fresh("""
        started = []
        real_start = load_beside.start

        def recorded(produce):
            child = real_start(produce)
            started.append(child)
            return child

        def interrupted():
            raise KeyboardInterrupt

        load_beside.start = recorded
        try:
            load_beside.load_beside([FOLDER], meanwhile=interrupted)
            raised = False
        except KeyboardInterrupt:
            raised = True
        print(json.dumps({"raised": raised, "started": len(started),
                          "stopped": bool(started) and started[0].next() is None}))
    """, folder)
    assert out == {"raised": TWO_CORES, "started": int(TWO_CORES), "stopped": TWO_CORES}
