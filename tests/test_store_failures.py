"""Nothing lost when the disk says no: full disk, read-only folder, file deleted, corrupt or newer file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from analyst_tui.core.annotations import diskfile as annotations_module
from analyst_tui.core.annotations import AnnotationStore

@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "tester")


def _on_disk(path: Path) -> dict[int, str]:
    return {r["claim"]: r["status"] for r in json.loads(path.read_text("utf-8"))["annotations"]}


def test_disk_full_keeps_edits_in_memory_and_retry_writes_them(seeds, tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    a, b, c = (claim.id for claim in seeds.claims[:3])
    assert store.set_status(a, "confirmed")

    real_write = annotations_module.atomic_write_text

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(annotations_module, "atomic_write_text", full)
    assert store.set_status(b, "denied") is False
    assert store.set_note(c, "kept in memory") is False
    assert "disk is full" in store.save_error and str(path) in store.save_error
    assert "\n" not in store.save_error
    assert store.dirty
    # the screen keeps showing the edits, the file still holds the last good state
    assert store.status(b) == "denied" and store.get(c).note == "kept in memory"
    assert _on_disk(path) == {a: "confirmed"}
    assert store.retry_save() is False

    monkeypatch.setattr(annotations_module, "atomic_write_text", real_write)
    assert store.retry_save() is True
    assert store.save_error is None and not store.dirty
    reopened = AnnotationStore.open(seeds, path)
    assert (reopened.status(a), reopened.status(b), reopened.get(c).note) == ("confirmed", "denied", "kept in memory")


def _unwritable_folder(tmp_path: Path) -> Path:
    """A real folder this process cannot create files in (sysfs when running as root)."""
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    folder = Path("/sys/kernel")
    try:
        os.close(os.open(folder / ".analyst-tui-probe", os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError:
        return folder
    raise AssertionError("no unwritable folder available")


def test_read_only_folder_then_save_elsewhere(seeds, tmp_path):
    folder = _unwritable_folder(tmp_path)
    store = AnnotationStore.open(seeds, folder / "case.json")
    assert store.message is None  # nothing wrong yet: the file does not exist
    cid = seeds.claims[0].id
    assert store.set_status(cid, "disputed") is False
    assert store.save_error and "could not save annotations" in store.save_error
    assert store.status(cid) == "disputed"
    elsewhere = tmp_path / "elsewhere" / "case.json"
    assert store.save_as(elsewhere) is True
    assert store.path == elsewhere and store.save_error is None
    assert _on_disk(elsewhere) == {cid: "disputed"}
    # later changes go to the new place
    assert store.set_status(cid, "denied")
    assert _on_disk(elsewhere) == {cid: "denied"}


def test_file_and_folder_deleted_under_the_app(seeds, tmp_path):
    path = tmp_path / "sub" / "case.json"
    store = AnnotationStore.open(seeds, path)
    a, b = seeds.claims[0].id, seeds.claims[1].id
    assert store.set_status(a, "confirmed")
    for p in path.parent.iterdir():
        p.unlink()
    path.parent.rmdir()
    assert store.set_status(b, "denied") is True
    assert _on_disk(path) == {a: "confirmed", b: "denied"}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="truncated"),
        pytest.param(lambda text: "\x00\x00garbage{{{", id="garbage"),
        pytest.param(lambda text: text.replace('"version": 1', '"version": "one"'), id="bad-version"),
    ],
)
def test_corrupt_file_is_moved_aside_untouched(seeds, tmp_path, damage):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    store.set_status(seeds.claims[0].id, "confirmed")
    bad = damage(path.read_text("utf-8"))
    path.write_text(bad, "utf-8")

    again = AnnotationStore.open(seeds, path)
    assert again.message and "moved aside" in again.message and "\n" not in again.message
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("case.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text("utf-8") == bad
    assert not again.read_only
    assert again.set_status(seeds.claims[1].id, "denied")
    assert _on_disk(path) == {seeds.claims[1].id: "denied"}
    assert aside[0].read_text("utf-8") == bad  # never overwritten


def test_file_from_a_newer_version_is_opened_read_only_and_never_written(seeds, tmp_path):
    path = tmp_path / "case.json"
    future = {"format": "analyst-tui-annotations", "version": 7, "annotations": [{"id": "x", "shiny": True}]}
    original = json.dumps(future)
    path.write_text(original, "utf-8")
    store = AnnotationStore.open(seeds, path)
    assert store.read_only
    assert "newer version" in store.message
    cid = seeds.claims[0].id
    assert store.set_status(cid, "confirmed") is False
    assert "newer version" in store.save_error and "save elsewhere" in store.save_error
    assert store.retry_save() is False
    assert path.read_text("utf-8") == original
    assert list(tmp_path.iterdir()) == [path]
    assert store.save_as(tmp_path / "mine.json")
    assert _on_disk(tmp_path / "mine.json") == {cid: "confirmed"}
    assert path.read_text("utf-8") == original


def test_a_file_that_is_not_an_annotation_file_is_left_alone(seeds, tmp_path):
    path = tmp_path / "article.json"
    original = json.dumps({"title": "Some article", "text": "Not annotations."})
    path.write_text(original, "utf-8")
    store = AnnotationStore.open(seeds, path)
    assert store.read_only and "not an analyst-tui annotation file" in store.message
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert path.read_text("utf-8") == original


def test_newer_file_written_by_another_session_is_not_overwritten(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    assert store.set_status(seeds.claims[0].id, "confirmed")
    future = json.dumps({"format": "analyst-tui-annotations", "version": 9, "annotations": []})
    path.write_text(future, "utf-8")
    assert store.set_status(seeds.claims[1].id, "denied") is False
    assert store.read_only and "newer version" in store.save_error
    assert path.read_text("utf-8") == future
    assert store.status(seeds.claims[1].id) == "denied"


def test_unknown_fields_and_unreadable_records_survive_a_save(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    store.set_status(seeds.claims[0].id, "confirmed")
    data = json.loads(path.read_text("utf-8"))
    data["annotations"][0]["x-reliability"] = "B2"
    data["annotations"].append({"id": "urn:x:odd", "status": "sparkly", "target": []})
    path.write_text(json.dumps(data), "utf-8")
    again = AnnotationStore.open(seeds, path)
    assert again.set_status(seeds.claims[1].id, "denied")
    saved = json.loads(path.read_text("utf-8"))["annotations"]
    assert any(r.get("x-reliability") == "B2" for r in saved)
    assert {"id": "urn:x:odd", "status": "sparkly", "target": []} in saved


def test_lock_held_too_long_is_a_save_error_not_a_hang(seeds, tmp_path, monkeypatch):
    import fcntl

    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    monkeypatch.setattr(annotations_module, "LOCK_TIMEOUT", 0.2)
    fd = os.open(store.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert store.set_status(seeds.claims[0].id, "confirmed") is False
        assert "another session" in store.save_error
    finally:
        os.close(fd)
    assert store.retry_save()
    assert _on_disk(path) == {seeds.claims[0].id: "confirmed"}


def test_duplicate_ids_from_a_hand_merged_file_lose_nothing(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    store.set_note(seeds.claims[0].id, "first copy")
    data = json.loads(path.read_text("utf-8"))
    twin = dict(data["annotations"][0], note="second copy")
    data["annotations"].append(twin)
    path.write_text(json.dumps(data), "utf-8")
    again = AnnotationStore.open(seeds, path)
    assert again.get(seeds.claims[0].id).note == "first copy"
    assert again.set_status(seeds.claims[1].id, "denied")
    notes = [r.get("note") for r in json.loads(path.read_text("utf-8"))["annotations"]]
    assert "first copy" in notes and "second copy" in notes


def test_hand_edited_fields_of_the_wrong_shape_do_not_stop_the_file_opening(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    first, second, third = (claim.id for claim in seeds.claims[:3])
    store.set_status(first, "denied")
    store.set_attribution(first, "the ministry", seeds.claims[1].members[0])
    store.set_note(second, "check the figure")
    data = json.loads(path.read_text("utf-8"))
    by_claim = {r["claim"]: r for r in data["annotations"]}
    by_claim[first]["history"] = 5
    by_claim[first]["conflicts"] = "none"
    by_claim[first]["attribution"]["selector"] = 5
    by_claim[second]["target"][0]["selector"] = {"exact": "not a list"}
    for target in by_claim[second]["target"][1:]:
        target["selector"] = 7
    path.write_text(json.dumps(data), "utf-8")

    again = AnnotationStore.open(seeds, path)
    assert again.status(first) == "denied" and again.get(first).conflicts == []
    assert [o.note for o in again.orphans] == ["check the figure"]
    assert again.set_status(third, "confirmed")
    assert again.set_note(first, "still here")
    saved = {r.get("note"): r for r in json.loads(path.read_text("utf-8"))["annotations"]}
    assert saved["still here"]["status"] == "denied"
    assert "check the figure" in saved


def test_unreadable_cases_folder_is_a_notice_and_the_case_is_named_after_the_folder(seeds, monkeypatch):
    from analyst_tui.core.annotations import cases

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(cases, "find_case_file", refuse)
    store = AnnotationStore.open(seeds)
    assert store.path == cases.cases_dir() / f"{cases.slug(cases.default_case_name(seeds))}.json"
    assert "cannot look through saved cases" in store.message and "permission denied" in store.message
    assert store.set_status(seeds.claims[0].id, "confirmed")
    assert _on_disk(store.path) == {seeds.claims[0].id: "confirmed"}
