"""The review app shows where versions of a claim contradict each other: ⚠ on the claim, the detail in its evidence."""

from __future__ import annotations

import pytest

from analyst_tui.core.compare import build_comparison
from analyst_tui.core.model import Article
from analyst_tui.tui.widgets.claim_detail import ClaimDetail
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel

from app_support import NARROW, WIDE, make_app, screen_text


def _comparison():
    a = Article("A", "/tmp/a.txt", "Alpha News", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing 24 people, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    b = Article("B", "/tmp/b.txt", "Beta Wire", (
        "A powerful earthquake struck the mountain province of Aceh on Tuesday, killing one person, officials said.\n\n"
        "Rescue teams searched the rubble of a collapsed mosque in the village through the night."
    ))  # fmt: skip
    return build_comparison([a, b])


def _quake(comp):
    """The shared claim whose versions differ (24 dead / one dead)."""
    return next(c for c in comp.claims if c.is_shared and "earthquake" in c.members[0].text)


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_claims_panel_marks_the_contradiction_and_the_evidence_says_what_differs(tmp_path, size):
    comp = _comparison()
    quake = _quake(comp)
    rescue = next(c for c in comp.claims if c.is_shared and "Rescue" in c.members[0].text)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        panel = app.query_one(ClaimsPanel)
        rows = dict(zip(panel.rows, panel.row_texts()))
        assert "⚠ differ" in rows[quake.id]
        assert "⚠" not in rows[rescue.id]
        # select the contradicted claim from the keyboard and read its evidence on screen
        while app.review.state.selected != quake.id:
            await pilot.press("j" if panel.rows.index(app.review.state.selected) < panel.rows.index(quake.id) else "k")
            await pilot.pause()
        text = screen_text(app)
        assert "⚠ differ" in text and "⚠ versions differ" in text
        detail = app.review.query_one(ClaimDetail)
        assert "⚠ versions differ (figure, A vs B): 24 dead vs 1 dead" in " ".join(detail.plain.split())
        # the other claim's evidence says nothing of a difference
        await pilot.press("j" if panel.rows.index(rescue.id) > panel.rows.index(quake.id) else "k")
        await pilot.pause()
        assert app.review.state.selected == rescue.id
        assert "versions differ" not in screen_text(app)


async def test_merge_conflicts_and_differing_versions_read_differently(tmp_path):
    comp = _comparison()
    quake = _quake(comp)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.review.state.selected == quake.id  # the first claim
        plain = app.review.query_one(ClaimDetail).plain
        assert "versions differ" in plain and "Conflict" not in plain  # "Conflict" is the analysts' verdicts


async def test_the_filter_key_lists_only_the_claims_whose_versions_differ(tmp_path):
    comp = _comparison()
    quake = _quake(comp)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        panel = app.query_one(ClaimsPanel)
        everything = list(panel.rows)
        assert len(everything) > 1
        while app.review.state.selected == quake.id:  # select another claim, which the filter will hide
            await pilot.press("j")
            await pilot.pause()
        await pilot.press("f", "f", "f")  # shared only, unique to one source, versions differ
        await pilot.pause()
        assert panel.rows == [quake.id]
        assert "⚠ versions differ" in app.review.query_one("#claims-heading").render().plain
        assert "⚠ differ" in screen_text(app)
        assert app.review.state.selected == quake.id  # the selection follows the filter
        await pilot.press("x")  # the tag goes to the claim listed, never to one the filter hides
        await pilot.pause()
        assert app.store.status(quake.id) == "denied"
        assert all(app.store.status(c) != "denied" for c in everything if c != quake.id)
        await pilot.press("f")  # back to all claims
        await pilot.pause()
        assert panel.rows == everything
