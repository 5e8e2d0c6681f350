"""Safe with any file, path or byte: never clobber what is not ours, never crash on what we read.

Each test is one defect found by attacking the program as a hostile user would. FIFOs stand
in for devices (the same code path: not a regular file), so no test touches the real /dev.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from analyst_tui.cli import main
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.sanitize import MAX_MARKS, json_text, printable

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "Ana Lyst")
    monkeypatch.setenv("ANALYST_TUI_CONFIG", str(tmp_path / "config.toml"))


@pytest.fixture
def seeds():
    return build_comparison(load_paths([str(SEEDS)]).articles)


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _first_status(path: Path) -> dict[int, str]:
    return {r["claim"]: r["status"] for r in json.loads(path.read_text("utf-8"))["annotations"]}


# --- never rename or replace what is not ours ----------------------------------------------------


def test_an_article_given_as_annotations_is_opened_read_only_and_never_renamed(seeds, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Not annotations. Just an article.\n", "utf-8")
    store = AnnotationStore.open(seeds, article)
    assert store.read_only and "left untouched" in store.message
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert article.read_text("utf-8") == "Not annotations. Just an article.\n"


def test_a_json_with_an_annotations_key_that_is_not_ours_is_left_alone(seeds, tmp_path):
    other = tmp_path / "other.json"
    original = json.dumps({"annotations": [{"page": 3, "text": "someone else's"}]})
    other.write_text(original, "utf-8")
    store = AnnotationStore.open(seeds, other)
    assert store.read_only
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert other.read_text("utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.json"]


def test_a_device_or_fifo_as_annotations_is_never_replaced(seeds, tmp_path):
    fifo = _fifo(tmp_path / "pipe.json")
    store = AnnotationStore.open(seeds, fifo)  # must not hang either
    assert store.read_only and "not a regular file" in store.message
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.json"]


def test_a_read_only_annotation_file_opens_read_only_with_a_message(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    assert store.set_status(seeds.claims[0].id, "confirmed")
    os.chmod(path, 0o444)
    before = path.read_text("utf-8")
    again = AnnotationStore.open(seeds, path)
    assert again.read_only and "read-only file" in again.message
    assert again.set_status(seeds.claims[1].id, "denied") is False
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o444 and path.read_text("utf-8") == before


def test_an_existing_annotation_file_keeps_its_mode(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    assert store.set_status(seeds.claims[0].id, "confirmed")
    os.chmod(path, 0o640)
    assert store.set_status(seeds.claims[1].id, "denied")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_a_symlink_planted_at_the_lock_is_not_followed(seeds, tmp_path):
    path = tmp_path / "case.json"
    target = tmp_path / "elsewhere" / "victim"
    target.parent.mkdir()
    (tmp_path / ".case.json.lock").symlink_to(target)
    store = AnnotationStore.open(seeds, path)
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert "symbolic link" in store.save_error
    assert not target.exists()


def test_an_annotation_file_reached_by_a_symlink_is_written_through_it(seeds, tmp_path):
    real = tmp_path / "real.json"
    link = tmp_path / "link.json"
    store = AnnotationStore.open(seeds, real)
    assert store.set_status(seeds.claims[0].id, "confirmed")
    link.symlink_to(real)
    via = AnnotationStore.open(seeds, link)
    assert via.set_status(seeds.claims[1].id, "denied")
    assert link.is_symlink()
    assert _first_status(real) == {seeds.claims[0].id: "confirmed", seeds.claims[1].id: "denied"}


def test_compare_output_through_a_symlink_and_onto_an_existing_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old", "utf-8")
    os.chmod(out, 0o644)
    link = tmp_path / "link.json"
    link.symlink_to(out)
    assert main(["compare", str(SEEDS), "--format", "json", "-o", str(link)]) == 0
    assert link.is_symlink() and json.loads(out.read_text("utf-8"))["claims"]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644


def test_compare_output_into_a_fifo_is_written_through_it(tmp_path):
    fifo = _fifo(tmp_path / "out.fifo")
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(Path(fifo).read_bytes()))
    reader.start()
    assert main(["compare", str(SEEDS), "--format", "json", "-o", str(fifo)]) == 0
    reader.join()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(got[0])["claims"]


@pytest.mark.parametrize("where", ["missing/out.json", "folder", "ro/out.json"])
def test_compare_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, capsys, where):
    (tmp_path / "folder").mkdir()
    (tmp_path / "ro").mkdir(mode=0o500)
    target = tmp_path / where
    if where.startswith("ro") and os.geteuid() == 0:
        target = Path("/sys/analyst-tui-out.json")  # root writes into a 0500 folder, but sysfs refuses everyone
    assert main(["compare", str(SEEDS), "--format", "json", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "cannot write" in err


def test_merge_does_not_overwrite_an_existing_file_without_force(seeds, tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    AnnotationStore.open(seeds, a).set_status(seeds.claims[0].id, "confirmed")
    AnnotationStore.open(seeds, b).set_status(seeds.claims[0].id, "denied")
    out = tmp_path / "out.json"
    out.write_text("precious", "utf-8")
    assert main(["merge", str(a), str(b), "-o", str(out)]) == 2
    assert "exists" in capsys.readouterr().err and out.read_text("utf-8") == "precious"
    assert main(["merge", str(a), str(b), "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text("utf-8"))["format"] == "analyst-tui-annotations"


def test_merge_keeps_records_without_an_id_and_unknown_top_level_keys(seeds, tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    AnnotationStore.open(seeds, a).set_status(seeds.claims[0].id, "confirmed")
    AnnotationStore.open(seeds, b).set_status(seeds.claims[1].id, "denied")
    doc = json.loads(b.read_text("utf-8"))
    doc["annotations"].append({"status": "confirmed", "note": "hand-written, no id"})
    doc["reviewer_notes"] = {"round": 2}
    b.write_text(json.dumps(doc), "utf-8")
    out = tmp_path / "out.json"
    assert main(["merge", str(a), str(b), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    merged = json.loads(out.read_text("utf-8"))
    assert {"status": "confirmed", "note": "hand-written, no id"} in merged["annotations"]
    assert merged["reviewer_notes"] == {"round": 2}
    assert "without an id kept" in printed and "reviewer_notes" in printed


# --- never crash on what we read -----------------------------------------------------------------


def test_a_lone_surrogate_in_a_saved_note_is_no_crash_and_no_lost_tag(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    assert store.set_note(seeds.claims[0].id, "fine")
    path.write_text(path.read_text("utf-8").replace('"note": "fine"', '"note": "bad \\ud800 half"'), "utf-8")
    again = AnnotationStore.open(seeds, path)
    assert again.get(seeds.claims[0].id).note == "bad \ufffd half"
    assert again.set_status(seeds.claims[1].id, "denied") is True
    assert _first_status(path)[seeds.claims[1].id] == "denied"


def test_a_lone_surrogate_typed_into_a_note_or_given_as_case_or_analyst_is_saved(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "Ana \udcff")
    store = AnnotationStore.open(seeds, case="story \udc80")
    assert store.set_note(seeds.claims[0].id, "half \ud800 a pair") is True
    assert store.save_error is None
    rec = json.loads(store.path.read_text("utf-8"))["annotations"][0]
    assert rec["note"] == "half \ufffd a pair" and rec["analyst"] == "Ana \ufffd"


def test_any_error_while_saving_is_a_save_failure_not_a_crash(seeds, tmp_path, monkeypatch):
    from analyst_tui.core.annotations import diskfile

    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)

    def broken(*args, **kwargs):
        raise ValueError("something no one expected")

    monkeypatch.setattr(diskfile, "atomic_write_text", broken)
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert "could not save" in store.save_error and store.dirty
    monkeypatch.undo()
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    assert store.retry_save() and _first_status(path) == {seeds.claims[0].id: "confirmed"}


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_deeply_nested_json_is_damage_everywhere(seeds, tmp_path, capsys):
    cases = tmp_path / "data" / "cases"
    cases.mkdir(parents=True)
    (cases / "deep.json").write_text('{"format": "analyst-tui-annotations", "x": ' + _deep(100_000) + "}", "utf-8")
    # start-up finds a case among them without a RecursionError
    store = AnnotationStore.open(seeds)
    assert store.set_status(seeds.claims[0].id, "confirmed")
    assert main(["cases"]) == 0
    assert "nested too deeply" in capsys.readouterr().out
    other = tmp_path / "ok.json"
    AnnotationStore.open(seeds, other).set_status(seeds.claims[0].id, "denied")
    assert main(["merge", str(cases / "deep.json"), str(other), "-o", str(tmp_path / "m.json")]) == 2
    assert "nested too deeply" in capsys.readouterr().err


def test_deep_nesting_under_an_unknown_key_of_a_valid_record_is_set_aside(seeds, tmp_path):
    path = tmp_path / "case.json"
    assert AnnotationStore.open(seeds, path).set_status(seeds.claims[0].id, "confirmed")
    doc = json.loads(path.read_text("utf-8"))
    text = json.dumps(doc).replace('"motivation": "assessing"', '"motivation": "assessing", "extra": ' + _deep(600))
    path.write_text(text, "utf-8")
    again = AnnotationStore.open(seeds, path)
    assert "moved aside" in again.message and not again.read_only
    assert any(p.name.startswith("case.json.corrupt-") for p in tmp_path.iterdir())


def test_a_fifo_among_the_articles_or_the_cases_does_not_hang(seeds, tmp_path, capsys):
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("One article with one sentence.", "utf-8")
    _fifo(story / "b.txt")
    result = load_paths([str(story / "a.txt"), str(story / "b.txt")])
    assert len(result.articles) == 1 and "not a regular file" in result.problems[0]
    cases = tmp_path / "data" / "cases"
    cases.mkdir(parents=True)
    _fifo(cases / "pipe.json")
    assert AnnotationStore.open(seeds).set_status(seeds.claims[0].id, "confirmed")
    assert main(["cases"]) == 0
    assert "not a regular file" in capsys.readouterr().out


def test_merge_reads_are_bounded_and_refuse_what_is_not_a_file(seeds, tmp_path, capsys):
    a = tmp_path / "a.json"
    AnnotationStore.open(seeds, a).set_status(seeds.claims[0].id, "confirmed")
    fifo = _fifo(tmp_path / "zero")
    assert main(["merge", str(a), str(fifo), "-o", str(tmp_path / "m.json")]) == 2
    assert "not a regular file" in capsys.readouterr().err


# --- nothing we print acts -----------------------------------------------------------------------


def test_a_control_sequence_in_a_path_never_reaches_the_terminal(tmp_path, capsys):
    evil = tmp_path / "evil\x1b]0;pwned\x07\x1b[31m.txt"
    assert main(["compare", str(evil)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and err.count("\n") == 1


def test_cases_json_prints_no_raw_c1_or_bidi_controls(seeds, capsys):
    store = AnnotationStore.open(seeds, case="x\u009b31m \u202eevil")
    assert store.set_status(seeds.claims[0].id, "confirmed")
    assert main(["cases", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\u009b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["name"] == "x\u009b31m \u202eevil"  # the data itself is intact


def test_combining_marks_are_bounded_per_character(tmp_path):
    zalgo = "Z" + "\u0301" * 200_000 + "ero marks here."
    assert printable(zalgo).startswith("Z" + "\u0301" * MAX_MARKS + "ero")
    path = tmp_path / "zalgo.txt"
    path.write_text(zalgo, "utf-8")
    (article,) = load_paths([str(path)]).articles
    assert article.text.endswith("ero marks here.")
    assert len(article.text) <= 1 + MAX_MARKS + len("ero marks here.")  # NFC may compose the first mark
    assert json_text('"\u009b"') == '"\\u009b"'


def test_config_problems_are_reported_once_and_sanitised(tmp_path):
    from analyst_tui.config import analyst_name, load_config

    path = tmp_path / "config.toml"
    path.write_text('analyst = 7\n[keys]\n"review.\\u001b[31mx" = 3\n', "utf-8")
    config = load_config(path)
    assert len(config.problems) == 2
    assert all("\x1b" not in p for p in config.problems)
    assert "analyst must be a string" in config.problems[0]
    assert analyst_name(config) == "Ana Lyst"


# --- saving does not block the interface ---------------------------------------------------------


def test_a_save_in_a_worker_thread_leaves_the_store_usable_while_it_waits(seeds, tmp_path, monkeypatch):
    from analyst_tui.core.annotations import diskfile

    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    store.autosave = False
    a, b = seeds.claims[0].id, seeds.claims[1].id
    assert store.set_status(a, "confirmed") is True  # in memory at once, not yet on disk
    assert store.dirty and not path.exists()

    release, waiting = threading.Event(), threading.Event()
    held = threading.Event()

    def other_session():  # another process holding the file's lock (a slow save elsewhere)
        with diskfile.locked(path):
            held.set()
            release.wait()

    real_locked = diskfile.locked

    def locked(p):
        waiting.set()  # the worker is about to wait for the lock
        return real_locked(p)

    holder = threading.Thread(target=other_session)
    holder.start()
    held.wait()
    monkeypatch.setattr(diskfile, "locked", locked)
    result: list[bool] = []
    worker = threading.Thread(target=lambda: result.append(store.save()))
    worker.start()
    waiting.wait()
    # the interface reads and changes the store while the save waits for the lock
    assert store.status(a) == "confirmed"
    assert store.set_note(b, "typed while saving") is True
    assert worker.is_alive() and not result
    release.set()
    holder.join()
    worker.join()
    assert result == [True] and store.save_error is None
    assert store.save()  # whatever came in meanwhile is written by the next save
    saved = {r["claim"]: r for r in json.loads(path.read_text("utf-8"))["annotations"]}
    assert saved[a]["status"] == "confirmed" and saved[b]["note"] == "typed while saving"
    assert not store.dirty


# --- claim numbers stay the same for the life of a case ------------------------------------------


def _key(claim) -> tuple[str, ...]:
    return tuple(m.text for m in claim.members)


def test_a_claim_keeps_its_number_when_an_article_gains_a_shared_paragraph(tmp_path, capsys):
    story = tmp_path / "story"
    story.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        (story / p.name).write_text(p.read_text("utf-8"), "utf-8")
    first = build_comparison(load_paths([str(story)]).articles)
    path = tmp_path / "case.json"
    store = AnnotationStore.open(first, path)
    tagged = first.claims[1]
    quote = _key(tagged)
    assert store.set_status(tagged.id, "confirmed") and store.set_note(tagged.id, "see claim 3")
    numbers = {_key(c): c.id for c in first.claims}
    # a paragraph every article shares is added: the aligner numbers shared claims first
    shared = "\n\nOfficials in Tehran and Washington confirmed on Saturday that talks about the troops had begun.\n"
    for p in story.iterdir():
        p.write_text(p.read_text("utf-8").rstrip("\n") + shared, "utf-8")
    second = build_comparison(load_paths([str(story)]).articles)
    fresh = {_key(c): c.id for c in second.claims if _key(c) in numbers}
    assert fresh != {t: numbers[t] for t in fresh}  # without the case, numbers would shift
    again = AnnotationStore.open(second, path)
    kept = {_key(c): c.id for c in second.claims if _key(c) in numbers}
    assert len(kept) >= len(numbers) - 2
    assert kept == {t: numbers[t] for t in kept}  # every old claim keeps its number
    new = [c.id for c in second.claims if _key(c) not in numbers]
    assert new and min(new) > max(numbers.values())  # new claims get new numbers
    claim = next(c for c in second.claims if _key(c) == quote)
    assert again.get(claim.id).status == "confirmed" and claim.id == tagged.id
    # compare numbers the claims as the case does
    assert main(["compare", str(story), "--format", "json", "--annotations", str(path)]) == 0
    printed = {c["id"] for c in json.loads(capsys.readouterr().out)["claims"]}
    assert tagged.id in printed and set(new) <= printed


# --- devices (root only: mknod) ------------------------------------------------------------------


def _null_device(folder: Path) -> Path:
    """A character device like /dev/null, made in the test's own folder (the real /dev is never used)."""
    node = folder / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root; the FIFO tests cover the same path")
def test_a_device_as_annotations_or_output_is_never_replaced(seeds, tmp_path, capsys):
    dev = _null_device(tmp_path)
    store = AnnotationStore.open(seeds, dev)
    assert store.read_only and "not a regular file" in store.message
    assert store.set_status(seeds.claims[0].id, "confirmed") is False
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    code = main(["compare", str(SEEDS), "--format", "json", "-o", str(dev)])
    err = capsys.readouterr().err
    # written through the device (or, on a nodev file system, refused in one line): never replaced
    assert code == 0 or (code == 2 and err.count("\n") == 1)
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_compare_output_to_a_link_to_standard_output_writes_through_it(tmp_path):
    # like `-o /dev/stdout` with standard output a pipe (/dev/stdout -> /proc/self/fd/1 -> pipe:[n])
    read_end, write_end = os.pipe()
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{write_end}")
    got: list[bytes] = []

    def drain():
        with os.fdopen(read_end, "rb") as fh:
            got.append(fh.read())

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        assert main(["compare", str(SEEDS), "--format", "json", "-o", str(link)]) == 0
    finally:
        os.close(write_end)
    reader.join()
    assert json.loads(got[0])["claims"] and link.is_symlink()


def test_digits_that_int_refuses_are_no_crash_in_any_output(tmp_path, capsys):
    # "³", "²" and "½" are digits to str.isdigit but not numbers to int(): read as text, never a traceback
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Bridge collapse\n\nThe Main Street bridge in Riverton collapsed at 5.³ pm on Monday, "
                                  "sending three cars into the river.\n", "utf-8")
    (folder / "b.txt").write_text("Bridge falls\n\nThe Main Street bridge in Riverton collapsed at 5 pm on Monday, "
                                  "sending three cars into the river below.\n", "utf-8")
    for fmt in ("json", "table", "markdown"):
        assert main(["compare", str(folder), "--format", fmt]) == 0
    out = capsys.readouterr().out
    claims = json.loads(out[: out.index("\n")])["claims"]
    assert any(len({m["article"] for m in c["members"] if m["text"].startswith("The Main Street")}) == 2
               for c in claims)  # the two versions are one claim, so their figures were compared
