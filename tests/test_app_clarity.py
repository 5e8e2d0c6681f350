"""What used to confuse a new analyst: where the keys go, silent keys, remapped keys, an empty
list with no words, a key bar that lost Quit."""

from __future__ import annotations

from analyst_tui.core.annotations import Orphan
from analyst_tui.tui.text import orphan_text
from analyst_tui.tui.dialogs.picker import ArticlePicker
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel

from app_support import NARROW, WIDE, make_app, notices, record_for, screen_lines, screen_text, seed_comparison, settle


def write_config(isolated_user, text: str) -> None:
    folder = isolated_user / ".config" / "analyst-tui"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(text, "utf-8")


def key_bar(app) -> str:
    return screen_lines(app)[-1]


def pane_headers(app) -> list[str]:
    return [str(s.content) for s in app.screen.query(".pane-header")]


async def test_focus_is_marked_and_the_key_bar_says_what_j_and_k_move(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")  # the marker, not a colour, tells
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert screen_lines(app)[0].lstrip().startswith("»Claims")
        assert "j k Claim" in key_bar(app)
        assert not any(h.startswith("»") for h in pane_headers(app))
        await pilot.press("tab")
        await settle(pilot)
        focused = app.screen.focused
        assert isinstance(focused, ArticlePane)
        assert [h for h in pane_headers(app) if h.startswith("»")] == [h for h in pane_headers(app) if f"»{focused.article.id} " in h]
        assert len([h for h in pane_headers(app) if h.startswith("»")]) == 1
        assert f"j k Sentence in {focused.article.id}" in key_bar(app)
        assert not screen_lines(app)[0].lstrip().startswith("»")
        await pilot.press("]")
        await settle(pilot)
        assert f"Sentence in {app.screen.focused.article.id}" in key_bar(app)


async def test_article_picker_marks_choices_without_colour(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ArticlePicker)
        assert all(row.startswith("[x] ") for row in app.screen.marked)
        await pilot.press("space")  # the first article off
        await settle(pilot)
        assert app.screen.marked[0].startswith("[ ] ") and all(r.startswith("[x] ") for r in app.screen.marked[1:])
        assert "[ ]" in screen_text(app)


async def test_attribute_on_a_confirmed_claim_says_why_nothing_happens(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("c", "a")
        await settle(pilot)
        text = notices(app)
        assert "only a denial or dispute is attributed" in text
        assert "Tag it denied (x) or disputed (d) first" in text


async def test_remapped_deny_keeps_its_place_in_the_key_bar(tmp_path, isolated_user):
    write_config(isolated_user, '[keys]\n"review.deny" = "X"\n')
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        bar = key_bar(app)
        assert "q Quit" in bar and "X Deny" in bar and bar.index("d Dispute") < bar.index("X Deny")


async def test_a_remapping_that_takes_another_key_is_reported_and_not_applied(tmp_path, isolated_user):
    write_config(isolated_user, '[keys]\n"review.deny" = "c"\n')
    path = tmp_path / "ann.json"
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        text = notices(app)
        assert 'review.deny = "c" is not applied: c is already review.confirm' in text
        claim = app.review.state.selected
        await pilot.press("c")
        await settle(pilot)
        assert record_for(path, claim)["status"] == "confirmed"  # c still confirms
        await pilot.press("x")
        await settle(pilot)
        assert record_for(path, claim)["status"] == "denied"  # and x still denies


async def test_the_palette_finds_deny(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert any(t.lower().startswith("deny") for t in titles)
        assert any(t.lower().startswith("confirm") for t in titles)


async def test_at_80x24_the_key_bar_keeps_quit_and_the_heading_does_not_wrap(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert "q Quit" in key_bar(app)
        await pilot.press("f", "t", "s")  # a long filter description
        await settle(pilot)
        heading = app.screen.query_one("#claims-heading")
        assert heading.size.height == 2  # count, then the filter: one line each


async def test_an_empty_filter_says_so_and_how_to_clear_it(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("t", "t")  # confirmed claims: none yet
        await settle(pilot)
        panel = app.query_one(ClaimsPanel)
        assert panel.rows == []
        text = screen_text(app)
        assert "No claims match: all claims" in text
        assert "escape clears the filter" in text
        await pilot.press("escape")
        await settle(pilot)
        assert panel.rows and "No claims match" not in screen_text(app)


def test_one_more_sentence_is_singular():
    quotes = [("A", "one"), ("B", "two"), ("C", "three"), ("D", "four")]
    orphan = Orphan("u", "one", quotes, "denied", "", None, "x", None, 0.3, "moved")
    assert "… and 1 more sentence\n" in orphan_text(orphan, 1).plain + "\n"
    assert "1 more sentences" not in orphan_text(orphan, 1).plain
    orphan.quotes = quotes + [("E", "five")]
    assert "… and 2 more sentences" in orphan_text(orphan, 1).plain

