"""The review app's analysis features, driven by keys: the compare view (=), accepting a
suggested status (A) and grading sources (g)."""

from __future__ import annotations

import json

import pytest

from analyst_tui.tui.dialogs.grades import GradeDialog
from analyst_tui.tui.screens.claim_compare import ClaimCompareScreen
from analyst_tui.tui.widgets.article_pane import ArticlePane

from app_support import NARROW, WIDE, claim_with, make_app, record_for, screen_segments, screen_text, seed_comparison, settle


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(folder))
    return folder


def panel_row(app, claim_id: int) -> str:
    panel = app.review.panel
    return panel.row_texts()[panel.rows.index(claim_id)]


@pytest.mark.parametrize("no_color", [False, True])
async def test_compare_view_stacks_every_version_with_differences_marked(tmp_path, monkeypatch, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    comp = seed_comparison()
    claim = claim_with(comp, "serious interest", shared=True)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await pilot.press("equals_sign")
        await settle(pilot)
        assert isinstance(app.screen, ClaimCompareScreen)
        text = screen_text(app)
        assert f"Claim {claim.id} · · unreviewed · grade F3 · 3 outlets, 1 origin (NBC News)" in text
        for aid in ("A", "B", "C"):
            assert f" {aid}  {comp.article(aid).source}" in text
        assert "credits NBC News" in text
        segments = list(screen_segments(app))
        serious = [s for t, s in segments if t.strip() == "serious"]
        assert serious and all(s.reverse and s.italic for s in serious)  # a hedge: visible without colour
        trump = [s for t, s in segments if "President Donald Trump" in t]
        assert trump and not any(s.underline or s.reverse for s in trump)  # shared words stay plain
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.review


async def test_compare_view_from_the_command_palette(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Compare the claim")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimCompareScreen)


async def test_suggestion_shows_and_A_accepts_it_with_who_and_where(tmp_path):
    comp = seed_comparison()
    claim = claim_with(comp, "serious interest", shared=True)
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await settle(pilot)
        assert "→✖" in panel_row(app, claim.id)
        text = " ".join(screen_text(app).split())
        assert "Suggested: ✖ denied by Karoline Leavitt" in text
        detail = " ".join(app.review.detail.plain.split())  # the whole detail, scrolled or not
        assert "⚠ Sources disagree: B says the White House did not respond" in detail
        assert "Origins: 3 outlets, 1 origin (NBC News)" in detail
        assert app.review.state.store.status(claim.id) == "unreviewed"  # nothing tagged by itself
        assert not path.exists() or record_for(path, claim.id) is None
        await pilot.press("A")
        await settle(pilot)
        rec = record_for(path, claim.id)
        assert rec["status"] == "denied"
        assert rec["attributed_to"] == "Karoline Leavitt (White House Press Secretary)"
        assert "dismissed the report" in json.dumps(rec)
        assert "→✖" not in panel_row(app, claim.id) and "✖ denied" in panel_row(app, claim.id)
        assert "(accepted)" in " ".join(screen_text(app).split())
        await pilot.press("ctrl+z")  # one undo takes back the tag and the attribution
        await settle(pilot)
        rec = record_for(path, claim.id)
        assert rec["status"] == "unreviewed" and not rec.get("attributed_to")
        assert "→✖" in panel_row(app, claim.id)


async def test_another_tag_overrides_the_suggestion_and_A_without_one_tags_nothing(tmp_path):
    comp = seed_comparison()
    claim = claim_with(comp, "serious interest", shared=True)
    plain = claim_with(comp, "18 wounded", shared=True)
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await settle(pilot)
        assert "3/3 F3→✖" in screen_text(app)  # the suggestion fits in the narrow claims panel
        await pilot.press("c")
        await settle(pilot)
        assert record_for(path, claim.id)["status"] == "confirmed"
        assert "→✖" not in panel_row(app, claim.id)
        app.review.select_claim(plain.id)
        await pilot.press("A")
        await settle(pilot)
        assert record_for(path, plain.id) is None
        assert app.review.state.store.status(plain.id) == "unreviewed"


async def test_grading_the_focused_article_source_is_remembered_across_cases(tmp_path, data_dir):
    comp = seed_comparison()
    claim = claim_with(comp, "18 wounded", shared=True)  # carried by A and B, origins Pentagon and NBC News
    source_b = comp.article("B").source
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await settle(pilot)
        assert f"2/3 F2" in panel_row(app, claim.id)
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, ArticlePane) and app.focused.article.id == "B"
        await pilot.press("g")
        await settle(pilot)
        assert isinstance(app.screen, GradeDialog)
        assert app.screen.sources[0] == source_b
        await pilot.press("b")
        await settle(pilot)
        assert f"[B] {source_b}" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "2/3 B2" in panel_row(app, claim.id)
        assert "Grade B2" in screen_text(app)
    saved = json.loads((data_dir / "sources.json").read_text("utf-8"))
    assert saved["sources"] == {source_b: "B"}
    app = make_app(comp, tmp_path / "other.json")  # another case file: the grade is still known
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await pilot.press("x")
        await settle(pilot)
        assert "B5" in panel_row(app, claim.id)
