"""A long folder read partly in a child that also segments its articles (``core.load_beside``): the same articles,
problems and sentences as one process reading them, and the same comparison."""

from __future__ import annotations

import json
import os

import pytest

from analyst_tui.cli import main
from analyst_tui.core import forking, load_beside
from analyst_tui.core.compare import sentences_of
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.model import LoadError

STORIES = [
    ("Ferry sinks off the coast", "A ferry sank off the northern coast on {day} with {n} passengers on board. "
     "Rescuers pulled {m} survivors from the water, the coast guard said. \"We saw the ship go down,\" a fisherman said."),
    ("Bridge closed after storm", "Police closed the main bridge on {day} after the storm. Divers searched the river "
     "for {n} missing people. The mayor said {m} homes were flooded."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


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
    return [(a.id, a.source, a.path, a.text, a.title) for a in result.articles], result.problems


def test_a_long_folder_read_and_segmented_partly_in_a_child_gives_what_one_process_reads(tmp_path, monkeypatch):
    folder = _folder(tmp_path, 70)
    alone = load_paths([str(folder)])
    imported = []
    both, segmented = load_beside.load_beside([str(folder)], meanwhile=lambda: imported.append(os.getpid()))
    assert _loaded(both) == _loaded(alone)
    assert any("listed more than once" in p for p in both.problems)
    assert any("report_020" in p and "skipped" in p for p in both.problems)
    if forking.can_fork():
        assert imported == [os.getpid()]  # done here while the child read
        read_there = [a for a in both.articles if a.text in segmented.texts]
        assert len(read_there) >= 30 and both.articles[-1] in read_there and both.articles[0] not in read_there
        spans = segmented.spans()
        for a in read_there:
            assert [(s.start, s.end, s.kind) for s in sentences_of(a)] == spans[a.text]


def test_the_comparison_is_the_same_whether_the_folder_is_read_on_one_core_or_two(tmp_path, monkeypatch, capsys):
    folder = _folder(tmp_path, 60)
    assert main(["compare", str(folder), "--format", "json"]) == 0
    both = capsys.readouterr()
    monkeypatch.setattr(load_beside, "can_fork", lambda: False)
    from analyst_tui.core import compare

    monkeypatch.setattr(compare, "can_fork", lambda: False)
    assert main(["compare", str(folder), "--format", "json"]) == 0
    alone = capsys.readouterr()
    assert both.out == alone.out and both.err == alone.err
    assert len(json.loads(both.out)["articles"]) == 58  # 61 files: one binary, one empty, one listed twice


@pytest.mark.parametrize("fails", ["reading", "segmenting"])
def test_a_child_that_fails_leaves_its_share_to_this_process(tmp_path, monkeypatch, fails):
    folder = _folder(tmp_path, 60)
    alone = load_paths([str(folder)])
    parent = os.getpid()

    def dies_in_child(real):
        def work(arg):
            if os.getpid() != parent:
                os._exit(3)
            return real(arg)

        return work

    if fails == "reading":
        monkeypatch.setattr(load_beside, "read_input", dies_in_child(load_beside.read_input))
    else:
        import analyst_tui.core.segment as segment_module

        monkeypatch.setattr(segment_module, "segment", dies_in_child(segment_module.segment))
    both, segmented = load_beside.load_beside([str(folder)])
    assert _loaded(both) == _loaded(alone)
    if forking.can_fork():  # the child failed where it was meant to: before its files came, or its spans
        assert (not segmented.texts) if fails == "reading" else (segmented.texts and segmented.spans() == {})
    from analyst_tui.core.compare import build_comparison

    compared = build_comparison(both.articles, both.problems, segmented=segmented)
    assert compared.sentences == {a.id: sentences_of(a) for a in alone.articles}


def test_a_missing_path_after_a_long_folder_is_still_an_error(tmp_path):
    folder = _folder(tmp_path, 60)
    with pytest.raises(LoadError, match="no such file or folder"):
        load_beside.load_beside([str(folder), str(tmp_path / "missing")])


def test_an_interrupt_while_the_child_reads_stops_it(tmp_path):
    folder = _folder(tmp_path, 60)
    started = []
    real_start = load_beside.start

    def recorded(produce):
        child = real_start(produce)
        started.append(child)
        return child

    def interrupted():
        raise KeyboardInterrupt

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(load_beside, "start", recorded)
        with pytest.raises(KeyboardInterrupt):
            load_beside.load_beside([str(folder)], meanwhile=interrupted)
    if forking.can_fork():
        assert started and started[0].next() is None  # stopped and waited for: nothing more comes
