"""The grid: one row per claim, one column per source, driven with Pilot at 80x24 and 160x48."""

from __future__ import annotations

import pytest

from analyst_tui.core.model import Article
from analyst_tui.tui.screens.grid import GridScreen
from app_support import NARROW, WIDE, claim_with, hand_comparison, make_app, screen_lines, screen_text, seed_comparison, notices, wait_until

OUTLETS = [
    "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "The New York Times", "The Washington Post",
    "Al Jazeera English", "Deutsche Welle", "The Guardian", "NBC News", "CNN International", "Fox News Channel",
    "Le Monde diplomatique", "Times of Israel", "Tehran Times",
]


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "tester")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def fifteen_sources():
    """15 outlets; claim 1 in all, claim 2 in the even ones, claim 3 in the first and last only."""
    texts = []
    for i, outlet in enumerate(OUTLETS):
        texts.append(
            (
                outlet,
                [
                    f"Troops crossed the border at dawn, {outlet} reported.",
                    f"Officials counted {i + 2} convoys near the river.",
                    f"The ministry denied any plan, said {outlet}.",
                ],
            )
        )
    links = [
        [(i, 0) for i in range(15)],
        [(i, 1) for i in range(0, 15, 2)],
        [(0, 2), (14, 2)],
    ]
    return hand_comparison(texts, links)


def grid_row(app, claim_id: int) -> str:
    """The grid's screen line for a claim (its number after the status glyph)."""
    for line in screen_lines(app):
        cells = line.split()
        if len(cells) > 1 and cells[1] == str(claim_id) and cells[0][:1] in "·✔?✖":
            return line
    raise AssertionError(f"claim {claim_id} not on screen:\n{screen_text(app)}")


def header_columns(app, labels: list[str]) -> dict[str, int]:
    """The screen column of each source label in the grid's header row."""
    for line in screen_lines(app):
        if line.split()[:2] == ["st", "#"]:
            out, pos = {}, line.index("#")
            for label in labels:
                pos = line.index(f" {label} ", pos) + 1
                out[label] = pos
            return out
    raise AssertionError(screen_text(app))


async def test_grid_at_80x24_marks_who_reports_each_claim_and_enter_opens_it(tmp_path):
    comparison = seed_comparison()
    app = make_app(comparison, tmp_path / "ann.json")
    denied = claim_with(comparison, "expressed interest", shared=True)
    two = next(c for c in comparison.claims if c.shared_by == 2)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        app.store.set_status(denied.id, "denied")
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, GridScreen))
        await pilot.pause()
        text = screen_text(app)
        assert "Who says what" in text and "● reports it · empty: silent · ⚠ sources disagree" in text
        cols = header_columns(app, ["A", "B", "C"])
        for claim in (denied, two):
            row = grid_row(app, claim.id)
            marks = {a.id: row[cols[a.id]] for a in comparison.articles}
            assert marks == {a.id: ("●" if a.id in claim.articles else " ") for a in comparison.articles}
        assert grid_row(app, denied.id).split()[0] == "✖"
        # the Admiralty grade after the number: an ungraded source (F), a denied claim (5)
        assert grid_row(app, denied.id).split()[2] == "F5"
        # the legend names every source
        legend = app.screen.query_one("#grid-legend").render().plain
        assert all(f"{a.id} {a.source[:12]}" in legend for a in comparison.articles)
        # enter jumps to the claim under the cursor in the side-by-side view
        rows = app.screen.rows
        steps = rows.index(two.id) - app.screen.query_one("#grid-table").cursor_row
        for _ in range(abs(steps)):
            await pilot.press("j" if steps > 0 else "k")
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, GridScreen))
        assert app.review.state.selected == two.id
        assert app.review.panel.highlighted is not None
        assert f"Claim {two.id} " in screen_text(app)  # the detail shows it


async def test_grid_filters_and_sorts_like_the_claims_panel(tmp_path):
    comparison = seed_comparison()
    app = make_app(comparison, tmp_path / "ann.json")
    shared = [c.id for c in comparison.claims if c.is_shared]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, GridScreen))
        grid = app.screen
        assert len(grid.rows) == len([c for c in comparison.claims if c.kind != "boilerplate"])
        await pilot.press("f")  # shared only
        await pilot.pause()
        assert grid.rows == shared
        assert "shared only" in screen_text(app)
        await pilot.press("s")  # by coverage: the claims all three sources carry first
        await pilot.pause()
        coverage = [comparison.claims[i - 1].shared_by for i in grid.rows]
        assert coverage == sorted(coverage, reverse=True) and coverage[0] == 3
        app.store.set_status(shared[-1], "confirmed")
        await pilot.press("t", "t")  # status filter: unreviewed, then confirmed
        await pilot.pause()
        assert grid.rows == [shared[-1]]
        await pilot.press("escape")  # back: the claims panel keeps the same filter
        await wait_until(pilot, lambda: not isinstance(app.screen, GridScreen))
        assert [c.id for c in app.review.state.visible_claims()] == [shared[-1]]
        assert "✔ confirmed" in app.review.query_one("#claims-heading").render().plain


@pytest.mark.parametrize("size", [NARROW, (120, 36), WIDE])
async def test_fifteen_sources_stay_readable(tmp_path, size):
    from analyst_tui.core.model import Conflict

    comparison = fifteen_sources()
    comparison.claims[1].conflicts = [Conflict("figure", (0, 1), "2 convoys vs 4 convoys")]
    app = make_app(comparison, tmp_path / "ann.json")
    labels = [a.id for a in comparison.articles]
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, GridScreen))
        await pilot.pause()
        lines = screen_lines(app)
        assert all(len(line.rstrip()) <= size[0] for line in lines)
        cols = header_columns(app, labels)  # every source has its column on screen
        assert max(cols.values()) < size[0] - 12  # and the claim's text still has room
        row = grid_row(app, 2)
        assert [row[cols[label]] for label in labels] == ["●" if i % 2 == 0 else " " for i in range(15)]
        assert row.split()[0] == "·⚠" and grid_row(app, 1).split()[0] == "·"  # its sources disagree
        row = grid_row(app, 3)
        assert [row[cols[label]] for label in labels] == ["●"] + [" "] * 13 + ["●"]
        assert "The ministry denied" in row  # the claim's text still shows
        # the grade: its own column when there is room, else below the grid for the claim under the cursor
        current = app.screen.query_one("#grid-current").render().plain
        assert "grade F3" in current
        assert (row.split()[2] == "F3") == (size[0] >= 120)
        legend = app.screen.query_one("#grid-legend")
        plain = legend.render().plain
        assert legend.size.height == len(plain.splitlines()) <= 4  # three lines of sources, one of marks
        for label, outlet in zip(labels, OUTLETS):
            assert f"{label} {outlet[:6]}" in plain


async def test_grid_reads_without_colour(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    comparison = seed_comparison()
    app = make_app(comparison, tmp_path / "ann.json")
    denied = claim_with(comparison, "expressed interest", shared=True)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        app.store.set_status(denied.id, "denied")
        await pilot.press("w")
        await wait_until(pilot, lambda: isinstance(app.screen, GridScreen))
        await pilot.pause()
        row = grid_row(app, denied.id)
        assert row.split()[:2] == ["✖", str(denied.id)] and row.count("●") == denied.shared_by


async def test_report_key_writes_the_html_briefing_and_says_where(tmp_path):
    comparison = seed_comparison()
    app = make_app(comparison, tmp_path / "ann.json")
    denied = claim_with(comparison, "expressed interest", shared=True)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await pilot.pause()
        app.store.set_status(denied.id, "denied")
        app.store.set_note(denied.id, "Dismissed by the press secretary.")
        await pilot.press("R")
        await wait_until(pilot, lambda: "report written to" in notices(app))
        written = list(tmp_path.glob("*-briefing.html"))
        assert len(written) == 1
        page = written[0].read_text("utf-8")
        assert "Dismissed by the press secretary." in page and "✖ Denied (1)" in page
        assert str(written[0]) in notices(app).replace(" ", "")  # a long path wraps
        await pilot.press("R")  # a second one never replaces the first
        await wait_until(pilot, lambda: len(list(tmp_path.glob("*-briefing*.html"))) == 2)


async def test_palette_writes_each_report_format(tmp_path):
    comparison = seed_comparison()
    app = make_app(comparison, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "Report: CSV":
            await pilot.press({" ": "space", ":": "colon"}.get(ch, ch))
        await wait_until(pilot, lambda: "Report: CSV" in screen_text(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: list(tmp_path.glob("*-report.csv")) != [])
        csv_file = next(tmp_path.glob("*-report.csv"))
        assert csv_file.read_text("utf-8").startswith("claim,status,grade,coverage")
