"""Cases: found again by content when the folder is moved or renamed; `analyst-tui cases`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analyst_tui.cli import _app_parser, main
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison

from seed_cases import SEEDS
OTHER = [
    "The city council voted 7-2 on Tuesday to approve a new budget for the public library system. "
    "The plan adds evening hours at four branches.\n\nCouncil member Dana Ortiz said the vote followed months of talks.\n",
    "A library budget passed the council on Tuesday by seven votes to two, adding evening hours at four branches. "
    "Opponents wanted the money spent on roads.\n",
]


@pytest.fixture(autouse=True)
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "tester")
    return tmp_path / "data"


def _seed_folder(where: Path) -> Path:
    where.mkdir(parents=True)
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, where / p.name)
    return where


def _open(folder: Path, **kw):
    comparison = build_comparison(load_paths(sorted(str(p) for p in folder.glob("*.txt"))).articles)
    return comparison, AnnotationStore.open(comparison, **kw)


def test_moved_and_renamed_folder_keeps_its_annotations(tmp_path, data):
    folder = _seed_folder(tmp_path / "iran-troops")
    comparison, store = _open(folder)
    assert store.path == data / "cases" / "iran-troops.json"
    cid = comparison.claims[0].id
    store.set_status(cid, "denied")

    moved = tmp_path / "archive" / "renamed-story"
    moved.parent.mkdir()
    folder.rename(moved)
    comparison, again = _open(moved)
    assert again.path == data / "cases" / "iran-troops.json"
    assert again.case == "iran-troops"
    assert again.status(cid) == "denied" and again.orphans == []
    # the file follows the articles to their new place on the next save
    again.set_note(cid, "moved")
    saved = json.loads(again.path.read_text("utf-8"))["case"]["articles"]
    assert all(str(moved) in a["path"] for a in saved)


def test_edited_article_in_a_moved_folder_still_finds_the_case(tmp_path, data):
    folder = _seed_folder(tmp_path / "story")
    comparison, store = _open(folder)
    cid = comparison.claims[0].id
    store.set_status(cid, "confirmed")
    moved = tmp_path / "elsewhere"
    folder.rename(moved)
    for p in moved.glob("*.txt"):  # every article corrected a little: no fingerprint matches any more
        p.write_text(p.read_text("utf-8").replace("Trump", "President Trump", 1) + "\nCorrection: an earlier version misstated a date.\n", "utf-8")
    comparison, again = _open(moved)
    assert again.path == data / "cases" / "story.json"
    assert "confirmed" in {a.status for a in again.annotations()}


def test_another_story_gets_its_own_case_even_with_the_same_folder_name(tmp_path, data):
    _, first = _open(_seed_folder(tmp_path / "a" / "story"))
    first.set_status(1, "confirmed")
    other = tmp_path / "b" / "story"
    other.mkdir(parents=True)
    for i, text in enumerate(OTHER):
        (other / f"{i}.txt").write_text(text, "utf-8")
    _, second = _open(other)
    assert second.path == data / "cases" / "story-2.json"
    assert second.annotations() == [] and second.orphans == []


def test_explicit_case_name(tmp_path, data):
    folder = _seed_folder(tmp_path / "x")
    comparison, store = _open(folder, case="Iran / ground troops")
    assert store.path == data / "cases" / "iran-ground-troops.json"
    store.set_status(comparison.claims[0].id, "disputed")
    assert json.loads(store.path.read_text("utf-8"))["case"]["name"] == "Iran / ground troops"
    assert _app_parser().parse_args(["--case", "Iran / ground troops"]).case == "Iran / ground troops"


def test_cases_command_lists_saved_cases(tmp_path, data, capsys):
    assert main(["cases"]) == 0
    assert "no saved cases" in capsys.readouterr().out
    comparison, store = _open(_seed_folder(tmp_path / "iran"))
    ids = [c.id for c in comparison.claims]
    store.set_status(ids[0], "confirmed")
    store.set_status(ids[1], "confirmed")
    store.set_status(ids[2], "denied")
    (data / "cases" / "broken.json").write_text("{not json", "utf-8")
    assert main(["cases"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["CASE", "ARTICLES"]
    row = next(line for line in out if line.startswith("iran "))
    cells = row.split()
    # unreviewed: the claims the app lists (not boilerplate) that are not tagged, as the app counts them
    listed = [c for c in comparison.claims if c.kind != "boilerplate"]
    assert cells[1:6] == ["3", "2", "0", "1", str(len(listed) - 3)]
    assert store.claim_counts().unreviewed == len(listed) - 3
    assert row.endswith(str(data / "cases" / "iran.json"))
    assert any(line.startswith("broken ") and "unreadable" in line for line in out)

    assert main(["cases", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    iran = next(r for r in rows if r["name"] == "iran")
    assert iran["counts"] == {"unreviewed": len(listed) - 3, "confirmed": 2, "disputed": 0, "denied": 1}
    assert iran["articles"] == 3 and iran["modified"]


def test_cases_command_usage_error_is_one_line(capsys):
    assert main(["cases", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_one_shared_article_does_not_make_it_the_same_case(tmp_path, data):
    seeds = sorted(SEEDS.glob("*.txt"))
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(seeds[0], first / seeds[0].name)
    (first / "x.txt").write_text(OTHER[0], "utf-8")
    (first / "y.txt").write_text(OTHER[1], "utf-8")
    (first / "z.txt").write_text("An unrelated report about a harbour strike that ended on Monday after two weeks.\n", "utf-8")
    _, one = _open(first)
    one.set_status(1, "confirmed")
    second = _seed_folder(tmp_path / "second")  # shares one article of four with the first case
    _, two = _open(second)
    assert two.path != one.path
    assert two.set_status(1, "denied")
    # but a case that lost one article of three is still the same case
    (second / seeds[2].name).unlink()
    _, after = _open(second)
    assert after.path == two.path


def test_cases_command_reads_a_hand_edited_file_with_odd_fields(tmp_path, data, capsys):
    comparison, store = _open(_seed_folder(tmp_path / "iran"))
    ids = [c.id for c in comparison.claims]
    store.set_status(ids[0], "denied")
    store.set_status(ids[1], "confirmed")
    doc = json.loads((data / "cases" / "iran.json").read_text("utf-8"))
    doc["case"]["articles"] = 3
    doc["annotations"][1]["status"] = ["confirmed"]
    (data / "cases" / "iran.json").write_text(json.dumps(doc), "utf-8")
    assert main(["cases", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["name"] == "iran" and row["articles"] == 0
    assert row["counts"]["denied"] == 1 and row["counts"]["confirmed"] == 0
    # a header without its article list no longer matches by content: a new case is started beside it
    fresh = AnnotationStore.open(comparison)
    assert fresh.path == data / "cases" / "iran-2.json" and fresh.status(ids[0]) == "unreviewed"
    # named explicitly, the edited file still opens with its verdict
    again = AnnotationStore.open(comparison, case="iran")
    assert again.path == data / "cases" / "iran.json" and again.status(ids[0]) == "denied"
