"""The annotation store: every change saved at once, reopened intact, undo, default location."""

from __future__ import annotations

import json
import os
import stat

import pytest

from analyst_tui.core.annotations import AnnotationStore

@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "Ana Lyst")
    return tmp_path / "data"


def test_status_vocabulary():
    from analyst_tui.core.model import Status

    assert [s.value for s in Status] == ["unreviewed", "confirmed", "disputed", "denied"]
    assert [s.glyph for s in Status] == ["·", "✔", "?", "✖"]


def test_changes_are_on_disk_and_come_back(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    shared = [c for c in seeds.claims if c.is_shared]
    assert store.get(shared[0].id).status == "unreviewed"
    assert store.set_status(shared[0].id, "confirmed") is True
    assert store.set_note(shared[0].id, "two outlets, same officials\nsecond line") is True
    leavitt = next(s for s in seeds.sentences["A"] if "Leavitt" in s.text)
    assert store.set_status(shared[1].id, "denied")
    assert store.set_attribution(shared[1].id, "White House press secretary Karoline Leavitt", leavitt)
    assert store.save_error is None

    again = AnnotationStore.open(seeds, path)
    a = again.get(shared[0].id)
    assert (a.status, a.note, a.analyst) == ("confirmed", "two outlets, same officials\nsecond line", "Ana Lyst")
    assert a.created and a.modified and a.created <= a.modified
    b = again.get(shared[1].id)
    assert b.status == "denied"
    assert b.attributed_to == "White House press secretary Karoline Leavitt"
    assert b.attribution == leavitt
    assert again.orphans == [] and again.message is None


def test_undo_restores_previous_value_on_disk(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    cid = seeds.claims[0].id
    store.set_status(cid, "confirmed")
    store.set_status(cid, "denied")
    assert store.undo() == cid
    assert store.status(cid) == "confirmed"
    assert AnnotationStore.open(seeds, path).status(cid) == "confirmed"
    assert store.undo() == cid
    assert AnnotationStore.open(seeds, path).status(cid) == "unreviewed"
    assert store.undo() is None


def test_history_keeps_earlier_values(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    cid = seeds.claims[0].id
    store.set_status(cid, "disputed")
    store.set_note(cid, "first thought")
    store.set_status(cid, "denied")
    hist = AnnotationStore.open(seeds, path).get(cid).history
    assert [h["status"] for h in hist] == ["disputed", "disputed"]
    assert [h["note"] for h in hist] == ["", "first thought"]


def test_default_location_is_per_case_and_private(seeds, data_dir):
    store = AnnotationStore.open(seeds)
    assert store.path.parent == data_dir / "cases"
    assert store.path.name == "seeds.json"
    assert store.set_status(seeds.claims[0].id, "confirmed")
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.path.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert AnnotationStore.open(seeds).status(seeds.claims[0].id) == "confirmed"


def test_file_is_versioned_deterministic_json(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    for claim in seeds.claims[:4]:
        store.set_status(claim.id, "confirmed")
    first = path.read_text("utf-8")
    data = json.loads(first)
    assert data["format"] == "analyst-tui-annotations" and data["version"] == 1
    assert first == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    ann = data["annotations"][0]
    assert ann["motivation"] == "assessing"
    kinds = [sel["type"] for sel in ann["target"][0]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
    # reopening and saving the same state writes the same bytes
    again = AnnotationStore.open(seeds, path)
    assert again.retry_save()
    assert path.read_text("utf-8") == first


def test_analyst_name_from_environment_config_or_user_at_host(monkeypatch, tmp_path):
    import getpass
    import socket

    from analyst_tui import config as annotations

    assert annotations.analyst_name() == "Ana Lyst"
    monkeypatch.delenv("ANALYST_TUI_ANALYST")
    config = tmp_path / "config.toml"
    monkeypatch.setattr(annotations, "config_path", lambda: config)
    assert annotations.analyst_name() == f"{getpass.getuser()}@{socket.gethostname()}"
    config.write_text('analyst = "Dana from the desk"\n', "utf-8")
    assert annotations.analyst_name() == "Dana from the desk"
    config.write_text("analyst = [broken", "utf-8")
    assert "@" in annotations.analyst_name()


def test_store_modules_do_not_import_textual():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import analyst_tui.core.annotations, analyst_tui.core.annotations.anchoring, analyst_tui.core.annotations.cases, analyst_tui.core.merging\n"
        "raise SystemExit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_undo_of_attribution_and_note(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    cid = seeds.claims[0].id
    leavitt = next(s for s in seeds.sentences["A"] if "Leavitt" in s.text)
    store.set_status(cid, "denied")
    store.set_note(cid, "draft")
    store.set_attribution(cid, "Karoline Leavitt", leavitt)
    store.set_note(cid, "final")
    assert store.undo() == cid
    assert store.get(cid).note == "draft" and store.get(cid).attribution == leavitt
    assert store.undo() == cid
    reopened = AnnotationStore.open(seeds, path).get(cid)
    assert (reopened.note, reopened.attributed_to, reopened.attribution) == ("draft", None, None)
    assert reopened.status == "denied"
