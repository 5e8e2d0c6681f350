"""The review app when annotations are at risk: a disk that refuses writes, a damaged or
newer file, orphans after an article changed, conflicting verdicts from a merged file, and
another session changing the same case."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

import analyst_tui.core.annotations.diskfile as annotations_module
from analyst_tui.cli import main
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison
from analyst_tui.tui.dialogs.help import HelpScreen
from analyst_tui.tui.dialogs.claim_chooser import ClaimChooser
from analyst_tui.tui.dialogs.confirm import ConfirmDialog
from analyst_tui.tui.dialogs.orphans import OrphansScreen
from analyst_tui.tui.screens.review import ReviewScreen
from analyst_tui.tui.dialogs.save_as import SaveAsDialog
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel
from analyst_tui.tui.widgets.key_bar import KeyBar
from textual.widgets import Input

from app_support import NARROW, WIDE, make_app, notices, record_for, saved_records, screen_lines, screen_text, settle, wait_until

WIRE = """Storm Hits Coast

The storm reached the northern coast late on Tuesday, flooding two harbour towns.

Officials said about 4,000 homes lost power during the night.

The mayor of Portvale declared a local emergency and opened three shelters.

Rail services between the two towns were suspended until Thursday.

A spokesman for the power company said crews would work through the weekend.
"""

POST = """Coastal Towns Flooded

The storm reached the northern coast late on Tuesday, flooding two harbour towns.

About 4,000 homes lost power overnight, officials said.

Fishing boats were torn from their moorings in the old harbour.

The mayor of Portvale declared a local emergency and opened three shelters.

Forecasters expect calmer weather by the end of the week.
"""

RAIL = "Rail services between the two towns were suspended until Thursday."
CREWS = "A spokesman for the power company said crews would work through the weekend."


def write_case(folder: Path, wire: str = WIRE) -> list[str]:
    folder.mkdir(exist_ok=True)
    (folder / "wire.txt").write_text(wire, "utf-8")
    (folder / "post.txt").write_text(POST, "utf-8")
    return [str(folder / "wire.txt"), str(folder / "post.txt")]


def load_case(paths: list[str]):
    return build_comparison(load_paths(paths).articles)


def claim_id(comparison, text: str) -> int:
    for claim in comparison.claims:
        if any(text in m.text for m in claim.members):
            return claim.id
    raise AssertionError(f"no claim holds {text!r}")


def status_line(app) -> str:
    return screen_lines(app)[-2]


def counts(app) -> str:
    """The status line up to the file name (a temporary folder's name could hold any word)."""
    return status_line(app).split(" · saved to")[0]


def label(app, selector: str) -> str:
    return str(app.screen.query_one(selector).content)


def footer(app) -> str:
    return app.screen.query_one(KeyBar).plain if isinstance(app.screen, ReviewScreen) else ""


@pytest.fixture
def storm(tmp_path):
    paths = write_case(tmp_path / "articles")
    return paths, load_case(paths)


def failing_writes(monkeypatch, refused: Path, error=errno.ENOSPC):
    """Writes to ``refused`` fail as on a full disk (root ignores file modes, so no chmod)."""
    real = annotations_module.atomic_write_text
    state = {"fail": True, "tries": 0}

    def write(path, text, *args, **kwargs):
        if Path(path) == refused:
            state["tries"] += 1
        if state["fail"] and Path(path) == refused:
            raise OSError(error, "No space left on device")
        return real(path, text, *args, **kwargs)

    monkeypatch.setattr(annotations_module, "atomic_write_text", write)
    return state


# --- save failures ----------------------------------------------------------------------------


async def test_disk_full_keeps_edits_and_saves_elsewhere(storm, tmp_path, monkeypatch):
    _paths, comp = storm
    folder = tmp_path / "[bold red]cases"  # a path that looks like markup stays literal
    folder.mkdir()
    path = folder / "storm.json"
    failing_writes(monkeypatch, path)
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert "Save elsewhere" not in footer(app)  # nothing wrong yet
        first = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        text = notices(app)
        assert "Not saved:" in text and "the disk is full" in text
        assert "[bold red]cases" in text  # the reason names the folder, literally
        assert "NOT SAVED" in status_line(app)
        assert "Save elsewhere" in footer(app) and "Retry save" in footer(app)
        assert "✔ confirmed" in app.query_one(ClaimsPanel).row_texts()[0]  # still on screen
        assert not path.exists()
        # a second change is kept in memory as well
        await pilot.press("j", "x")
        await settle(pilot)
        second = app.review.state.selected
        assert app.review.state.store.status(second) == "denied"

        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsDialog)
        field = app.screen.query_one("#save-path", Input)
        assert field.value.endswith(".json") and "storm" in field.value  # a sensible suggestion
        assert "the disk is full" in label(app, "#save-why")  # the dialog says why
        # an existing file is never overwritten: the dialog stays and says so
        taken = tmp_path / "taken.json"
        taken.write_text("keep me")
        field.value = str(taken)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SaveAsDialog)
        assert "already exists" in label(app, "#save-error")
        assert taken.read_text() == "keep me"

        elsewhere = tmp_path / "elsewhere.json"
        field.value = str(elsewhere)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert record_for(elsewhere, first)["status"] == "confirmed"
        assert record_for(elsewhere, second)["status"] == "denied"
        assert "NOT SAVED" not in status_line(app)
        assert "elsewhere.json" in status_line(app)
        assert "Annotations saved to" in notices(app)
        assert "Save elsewhere" not in footer(app)
        # later changes go to the new file
        await pilot.press("j", "d")
        await settle(pilot)
        assert record_for(elsewhere, app.review.state.selected)["status"] == "disputed"
        assert not path.exists()


async def test_failed_save_is_retried_on_a_timer(storm, tmp_path, monkeypatch):
    _paths, comp = storm
    path = tmp_path / "storm.json"
    refusing = failing_writes(monkeypatch, path, errno.EACCES)
    monkeypatch.setattr(ReviewScreen, "retry_seconds", 0.2)
    app = make_app(comp, path)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        tries = refusing["tries"]
        await wait_until(pilot, lambda: refusing["tries"] > tries + 1, "two retries")
        assert "NOT SAVED" in status_line(app)  # retried, still refused
        assert "permission denied" in notices(app)
        assert not path.exists()
        refusing["fail"] = False  # the analyst fixed the folder
        await wait_until(pilot, lambda: path.exists() and "NOT SAVED" not in status_line(app), "the retry to save")
        assert record_for(path, claim)["status"] == "confirmed"
        assert "NOT SAVED" not in status_line(app)
        assert "on disk again" in notices(app)


async def test_quitting_with_unsaved_changes_asks_first(storm, tmp_path, monkeypatch):
    _paths, comp = storm
    path = tmp_path / "storm.json"
    refusing = failing_writes(monkeypatch, path)
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        for key in ("q", "ctrl+q"):  # the screen's key and Textual's own quit key
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog), key
            assert "Quit without saving?" in screen_text(app) and "the disk is full" in screen_text(app)
            await pilot.press("escape")  # stay: the change is still there
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert app.return_code is None
            assert app.review.state.store.status(claim) == "confirmed"
        refusing["fail"] = False  # room again: quitting saves first, without asking
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0
    assert record_for(path, claim)["status"] == "confirmed"

    refusing["fail"] = True
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("x", "q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")  # quit anyway
        await settle(pilot)
    assert app.return_code == 0
    assert record_for(path, claim)["status"] == "confirmed"  # the refused change never reached the file


async def test_command_palette_and_help_offer_the_new_keys(storm, tmp_path):
    _paths, comp = storm
    app = make_app(comp, tmp_path / "storm.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        titles = [cmd.title for cmd in app.get_system_commands(app.screen)]
        for title in ("Save annotations elsewhere", "Orphans: re-attach or discard", "Next conflict"):
            assert title in titles
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.query_one("#help-text").content.plain
        for binding_id in ("review.save_as", "review.orphans", "review.next_conflict", "orphans.reattach", "orphans.discard", "choose_claim.cancel", "save_as.cancel"):
            assert binding_id in help_text, binding_id
        assert any(line.strip().startswith("S ") and "another file" in line for line in help_text.splitlines())
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("o")  # nothing to re-attach: says so
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


# --- damaged and newer files ------------------------------------------------------------------


async def test_corrupt_file_is_moved_aside_and_said(storm, tmp_path):
    _paths, comp = storm
    path = tmp_path / "storm.json"
    path.write_text('{"format": "analyst-tui-annotations", "annotations": [ broken')
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        aside = list(tmp_path.glob("storm.json.corrupt-*"))
        assert len(aside) == 1
        assert aside[0].read_text().endswith("[ broken")  # untouched
        text = notices(app)
        assert "damaged" in text and "moved aside" in text
        assert "READ-ONLY" not in status_line(app)
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        assert record_for(path, claim)["status"] == "confirmed"  # a new file was started


async def test_newer_version_is_read_only_and_can_be_saved_elsewhere(storm, tmp_path):
    _paths, comp = storm
    path = tmp_path / "storm.json"
    original = json.dumps({"format": "analyst-tui-annotations", "version": 99, "annotations": []}) + "\n"
    path.write_text(original)
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert "READ-ONLY" in status_line(app)
        assert "newer version" in notices(app)
        assert "Save elsewhere" in footer(app)
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        text = notices(app)
        assert "read-only, nothing is changed" in text and "S saves them elsewhere" in text
        assert app.review.state.store.status(claim) == "unreviewed"
        assert path.read_text() == original
        await pilot.press("S")
        await settle(pilot)
        field = app.screen.query_one("#save-path", Input)
        assert str(tmp_path) in str(Path(field.value).expanduser())  # beside the file: its folder takes files
        field.value = str(path)  # the read-only file itself is refused
        await pilot.press("enter")
        await settle(pilot)
        assert "read-only file itself" in label(app, "#save-error")
        assert path.read_text() == original
        copy = tmp_path / "copy.json"
        field.value = str(copy)
        await pilot.press("enter")
        await settle(pilot)
        assert "READ-ONLY" not in status_line(app)
        await pilot.press("c")
        await settle(pilot)
        assert record_for(copy, claim)["status"] == "confirmed"
        assert path.read_text() == original  # never written


# --- orphans ----------------------------------------------------------------------------------


async def test_orphans_are_listed_reattached_and_discarded(tmp_path):
    paths = write_case(tmp_path / "articles")
    before = load_case(paths)
    path = tmp_path / "storm.json"
    store = AnnotationStore.open(before, path, analyst="ana")
    rail, crews = claim_id(before, RAIL), claim_id(before, CREWS)
    store.set_status(rail, "confirmed")
    store.set_note(rail, "Checked with the [b]rail[/b] operator")
    store.set_status(crews, "denied")
    # the article is corrected: both sentences are gone
    write_case(tmp_path / "articles", WIRE.replace(RAIL + "\n\n", "").replace(CREWS + "\n", ""))
    after = load_case(paths)

    app = make_app(after, path)
    fishing = claim_id(after, "Fishing boats")  # numbered as the case numbers it (new claims, new numbers)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        assert "2 orphans" in status_line(app)
        assert "kept as orphans. o lists the orphans" in notices(app)
        assert "Orphans" in footer(app)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, OrphansScreen)
        text = screen_text(app)
        assert "Orphans: 2 annotations" in text
        assert RAIL in text and "Checked with the [b]rail[/b] operator" in text  # plain text
        assert "✔ confirmed" in text and "✖ denied" in text and "best score" in text

        # re-attach the rail orphan: the picker filters by typing
        rows = app.screen.orphans
        await pilot.press(*(["down"] * rows.index(next(o for o in rows if o.quote == RAIL))))
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ClaimChooser)
        chooser = app.screen
        if chooser.orphan.suggested_claim is not None:
            olist = chooser.query_one("#claim-choices")
            assert chooser.rows[olist.highlighted] == chooser.orphan.suggested_claim
        await pilot.press("²")  # a digit int() refuses: filtered as text, no crash
        await settle(pilot)
        assert app.screen is chooser and chooser.rows == []
        await pilot.press("backspace", *"fishing")
        await settle(pilot)
        assert chooser.rows == [fishing]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, OrphansScreen)
        assert "Orphans: 1 annotation" in screen_text(app)
        rec = record_for(path, fishing)
        assert rec["status"] == "confirmed" and rec["note"] == "Checked with the [b]rail[/b] operator"
        assert any("reattached" in h for h in rec["history"])

        # discard the other, after saying yes
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert CREWS in screen_text(app)
        await pilot.press("n")  # changed my mind
        await settle(pilot)
        assert isinstance(app.screen, OrphansScreen)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)  # nothing left to list
        assert "No orphans left" in notices(app)
        assert "orphan" not in counts(app)
        assert "Orphans" not in footer(app)
        assert app.review.state.selected == fishing
        assert "✔ confirmed" in app.review.detail.plain
        discarded = [r for r in saved_records(path) if r.get("discarded")]
        assert len(discarded) == 1 and discarded[0]["status"] == "denied"  # kept in the file, marked

    # reopening: nothing is orphaned, the re-attached tag stands
    again = AnnotationStore.open(after, path)
    assert again.orphans == [] and again.status(fishing) == "confirmed"


# --- conflicts from a merged file -------------------------------------------------------------


async def test_merged_file_conflicts_are_shown_and_settled(storm, tmp_path, capsys):
    _paths, comp = storm
    mayor, power = claim_id(comp, "Portvale"), claim_id(comp, "4,000 homes")
    alice = AnnotationStore.open(comp, tmp_path / "alice.json", analyst="alice")
    bob = AnnotationStore.open(comp, tmp_path / "bob.json", analyst="bob")
    alice.set_status(mayor, "denied")
    alice.set_note(mayor, "The council says no emergency was declared")
    bob.set_status(mayor, "confirmed")
    alice.set_status(power, "confirmed")
    bob.set_status(power, "confirmed")
    merged = tmp_path / "merged.json"
    assert main(["merge", str(tmp_path / "alice.json"), str(tmp_path / "bob.json"), "-o", str(merged)]) == 0
    capsys.readouterr()

    app = make_app(comp, merged)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert "⚠ 1 conflict" in status_line(app)
        assert "Next conflict" in footer(app)
        rows = dict(zip(app.query_one(ClaimsPanel).rows, app.query_one(ClaimsPanel).row_texts()))
        assert "⚠" in rows[mayor] and "⚠" not in rows[power]
        await pilot.press("v")
        await settle(pilot)
        assert app.review.state.selected == mayor
        detail = app.review.detail.plain
        assert "Conflict" in detail
        assert "alice: ✖ denied" in detail and "bob: ✔ confirmed" in detail
        assert "no emergency was declared" in detail
        assert app.review.check_action("tag", ("denied",)) is True  # the current status settles it too
        await pilot.press("c")
        await settle(pilot)
        rec = record_for(merged, mayor)
        assert rec["status"] == "confirmed" and rec["conflicts"] == []
        assert {(h["analyst"], h["status"]) for h in rec["history"] if h.get("resolved")} == {("alice", "denied"), ("bob", "confirmed")}
        assert "⚠" not in counts(app)
        assert "Next conflict" not in footer(app)
        assert "⚠" not in app.query_one(ClaimsPanel).row_texts()[app.query_one(ClaimsPanel).rows.index(mayor)]
        assert f"Conflict on claim {mayor} settled" in notices(app)


# --- another session --------------------------------------------------------------------------


async def test_another_sessions_changes_appear(storm, tmp_path, monkeypatch):
    _paths, comp = storm
    path = tmp_path / "storm.json"
    monkeypatch.setattr(ReviewScreen, "refresh_seconds", 0.2)
    mayor, power = claim_id(comp, "Portvale"), claim_id(comp, "4,000 homes")
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        app.review.select_claim(power)
        await pilot.press("c")
        await settle(pilot)
        other = AnnotationStore.open(comp, path, analyst="bob")  # a second login on the same case
        assert other.set_status(mayor, "denied")
        assert other.set_note(mayor, "Bob: the council denies it")
        panel = app.query_one(ClaimsPanel)
        expected = f"Another session changed claim {mayor}"
        await wait_until(
            pilot,
            lambda: "✖ denied" in panel.row_texts()[panel.rows.index(mayor)] and expected in notices(app),
            "the other session's change to show",
        )
        row = panel.row_texts()[panel.rows.index(mayor)]
        assert "✖ denied" in row
        assert expected in notices(app)
        app.review.select_claim(mayor)
        await settle(pilot)
        assert "Bob: the council denies it" in app.review.detail.plain
        # this session's next change keeps bob's
        await pilot.press("n")
        await settle(pilot)
        area = app.screen.query_one("TextArea")
        assert area.text == "Bob: the council denies it"  # the dialog starts from bob's note
        area.text += "\nAna: two outlets report it"
        assert other.set_note(mayor, "Bob: the council denies it. Called them twice.")  # meanwhile
        await pilot.press("ctrl+s")
        await settle(pilot)
        rec = record_for(path, mayor)
        assert rec["status"] == "denied"
        assert "Called them twice." in rec["note"] and "Ana: two outlets report it" in rec["note"]  # both kept
        assert record_for(path, power)["status"] == "confirmed"


async def test_orphan_onto_a_tagged_claim_becomes_a_conflict(tmp_path):
    paths = write_case(tmp_path / "articles")
    before = load_case(paths)
    path = tmp_path / "storm.json"
    store = AnnotationStore.open(before, path, analyst="ana")
    store.set_status(claim_id(before, RAIL), "confirmed")
    write_case(tmp_path / "articles", WIRE.replace(RAIL + "\n\n", ""))
    after = load_case(paths)
    app = make_app(after, path)
    fishing = claim_id(after, "Fishing boats")  # numbered as the case numbers it
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        app.review.select_claim(fishing)
        await pilot.press("x")  # this claim has its own verdict
        await pilot.press("o", "r", *"fishing", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)  # the only orphan is placed
        assert "both are kept as a conflict" in notices(app)
        assert "⚠ 1 conflict" in counts(app)
        rec = record_for(path, fishing)
        assert rec["status"] == "denied"
        assert {c["status"] for c in rec["conflicts"]} == {"denied", "confirmed"}


async def test_file_deleted_under_the_app_is_written_again(storm, tmp_path):
    _paths, comp = storm
    path = tmp_path / "cases" / "storm.json"
    app = make_app(comp, path)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        first = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        path.unlink()
        path.parent.joinpath(f".{path.name}.lock").unlink()
        path.parent.rmdir()  # the whole folder goes
        await pilot.press("j", "x")
        await settle(pilot)
        assert "NOT SAVED" not in status_line(app)
        assert record_for(path, first)["status"] == "confirmed"  # nothing held in memory is lost
        assert record_for(path, app.review.state.selected)["status"] == "denied"


async def test_a_save_that_finishes_while_the_app_closes_is_no_crash(tmp_path):
    # The saving thread hands its result back by a message; one that arrives while the app takes its screens
    # down (the analyst quit as the file was written) must not end the app with a traceback.
    from seed_cases import seed_comparison

    from analyst_tui.tui.saving import StoreFinished

    path = tmp_path / "ann.json"
    app = make_app(seed_comparison(), path)
    held = []
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.state.store._deliver = held.append  # keep the hand-back instead of posting it
        claim_id = app.review.state.selected
        await pilot.press("c")
        await wait_until(pilot, lambda: held, "the save to finish on its thread")
    assert not app.is_running
    app.on_store_finished(StoreFinished(held[0]))  # arrives after the screens are gone
    assert record_for(path, claim_id)["status"] == "confirmed"  # and the tag is on disk
