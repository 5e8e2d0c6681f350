"""Matching as one story from the app, remembered with the case: the app, `report` and `compare` honour it."""

from __future__ import annotations

import json
from pathlib import Path


from analyst_tui.cli import main
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.compare import build_comparison, rematch
from analyst_tui.core.ingest import load_paths

from app_support import WIDE, make_app, notices, screen_text, settle, wait_until
from test_align_stories import QUAKE_1, QUAKE_2, RIOT_1, RIOT_2


def _case(tmp_path: Path) -> list[str]:
    """Two reports of a riot and two of a quake: they read as two stories."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, text in zip("ABCD", (RIOT_1, QUAKE_1, RIOT_2, QUAKE_2)):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in "ABCD"]


def _by_story(paths: list[str]):
    return build_comparison(load_paths(paths).articles)


def _across(comparison) -> bool:
    """Whether a claim joins a riot report (A, C) and a quake report (B, D)."""
    return any({m.article for m in c.members} & {"A", "C"} and {m.article for m in c.members} & {"B", "D"}
               for c in comparison.claims)


def test_the_case_file_says_when_its_articles_were_matched_as_one_story(tmp_path):
    paths = _case(tmp_path)
    by_story = _by_story(paths)
    assert by_story.stories and not by_story.one_story and not _across(by_story)
    one = rematch(by_story, True)
    assert one.one_story and one.stories == [] and _across(one)
    assert [a.id for a in one.articles] == [a.id for a in by_story.articles] and one.warnings == by_story.warnings
    path = tmp_path / "ann.json"
    store = AnnotationStore.open(by_story, path)
    assert store.save() and "one_story" not in json.loads(path.read_text("utf-8"))["case"]
    store = AnnotationStore.open(one, path)
    assert store.save() and json.loads(path.read_text("utf-8"))["case"]["one_story"] is True
    assert AnnotationStore.open(by_story, path).saved_one_story
    AnnotationStore.open(by_story, path).save()  # matched by story again: the file says so
    assert "one_story" not in json.loads(path.read_text("utf-8"))["case"]


def test_compare_and_report_match_a_case_as_the_analyst_did(tmp_path, capsys):
    paths = _case(tmp_path)
    path = tmp_path / "ann.json"
    assert AnnotationStore.open(rematch(_by_story(paths), True), path).save()
    assert main(["compare", *paths, "--format", "json"]) == 0  # no case named: matched by story, as ever
    assert json.loads(capsys.readouterr().out)["stories"] == [["A", "C"], ["B", "D"]]
    assert main(["compare", *paths, "--annotations", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stories"] == [] and any({m["article"] for m in c["members"]} >= {"A", "B"} for c in data["claims"])
    assert main(["report", *paths, "--annotations", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"] == []
    # a saved case found by the articles' content, as the app finds it
    saved = AnnotationStore.open(rematch(_by_story(paths), True))
    assert saved.save() and saved.path.parent.name == "cases"
    assert main(["report", *paths, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"] == []


async def test_the_analyst_matches_a_case_as_one_story_from_the_palette_and_it_opens_so_again(tmp_path):
    paths = _case(tmp_path)
    path = tmp_path / "ann.json"
    app = make_app(_by_story(paths), path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await wait_until(pilot, lambda: "read as 2 different stories" in notices(app), "the note on the two stories")
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Match as one story")
        await wait_until(pilot, lambda: "Match as one story" in screen_text(app), "the palette to offer the command")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.comparison.one_story, "the claims to be matched again")
        await settle(pilot)
        assert _across(app.comparison) and app.review.state.comparison is app.comparison
        await wait_until(pilot, lambda: "as one story" in notices(app), "the note that they are matched as one")
        assert json.loads(path.read_text("utf-8"))["case"]["one_story"] is True
        # a claim joining the two stories is listed and can be tagged
        joined = next(c for c in app.comparison.claims if {m.article for m in c.members} >= {"A", "B"})
        app.review.select_claim(joined.id)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        tagged = json.loads(path.read_text("utf-8"))["annotations"]
        assert [r["status"] for r in tagged] == ["confirmed"]
    # opened again, by story as the command line gives it: the case matches it as one story
    again = make_app(_by_story(paths), path)
    async with again.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert again.comparison.one_story and "different stories" not in notices(again)
        assert again.store.get(joined.id).status == "confirmed"
        # and back, with its key: matched within each story, and the file says so
        await pilot.press("M")
        await wait_until(pilot, lambda: not again.comparison.one_story, "the claims to be matched by story")
        await settle(pilot)
        assert not _across(again.comparison)
        await wait_until(pilot, lambda: "read as 2 different stories" in notices(again), "the note on the two stories")
        assert "one_story" not in json.loads(path.read_text("utf-8"))["case"]


async def test_claims_are_not_matched_again_while_tags_are_not_on_disk(tmp_path, monkeypatch):
    from test_app_storage import failing_writes

    paths = _case(tmp_path)
    path = tmp_path / "ann.json"
    failing_writes(monkeypatch, path)  # as on a full disk: a tag made now stays in memory only
    app = make_app(_by_story(paths), path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        assert app.store.save_error and app.store.status(claim) == "confirmed"
        await app.run_action("toggle_one_story")
        await wait_until(pilot, lambda: "save them first" in notices(app), "the reason it is not done")
        assert not app.comparison.one_story and app.store.status(claim) == "confirmed"
