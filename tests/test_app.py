"""The review app on the seed case: what the analyst sees and does, at 160x48 and 80x24."""

from __future__ import annotations

import pytest
from textual.widgets import Tabs

from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.tui.dialogs.attribution import AttributionDialog
from analyst_tui.tui.dialogs.help import HelpScreen
from analyst_tui.tui.dialogs.note import NoteDialog
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel

from app_support import (
    settle,
    wait_until,
    NARROW,
    WIDE,
    claim_with,
    hand_comparison,
    make_app,
    record_for,
    screen_lines,
    screen_segments,
    screen_text,
    seed_comparison,
)


def shown_panes(app) -> list[ArticlePane]:
    return app.review.visible_panes()


def heading_text(app) -> str:
    """The claims panel's heading (count and active filter), as one string."""
    return " ".join(app.query_one("#claims-heading").content.plain.split())


def pane_segments(pane: ArticlePane):
    """(text, style) of what a pane shows now."""
    for y in range(pane.scrollable_content_region.height):
        for seg in pane.render_line(y):
            if seg.style is not None:
                yield seg.text, seg.style


def marker_style(app, marker: str):
    """Styles of every on-screen segment that is exactly ``marker`` (e.g. "[3]")."""
    return [style for text, style in screen_segments(app) if text.strip() == marker]


async def search_select(pilot, text: str) -> None:
    """Select a claim from the keyboard: / text enter (the first matching row)."""
    await pilot.press("slash")
    for ch in text:
        await pilot.press(ch if ch != " " else "space")
    await pilot.press("enter")
    await settle(pilot)


# --- what the analyst sees -------------------------------------------------------------


async def test_wide_layout_shows_every_article_side_by_side(tmp_path):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        lines = screen_lines(app)
        text = "\n".join(lines)
        # one pane per article, headed by its source label and date, side by side on one row
        heads = [line for line in lines if all(f" {a.id} " in line for a in comp.articles)]
        assert heads, "article headers are not side by side"
        for a in comp.articles:
            assert a.source[:12] in heads[0]
        assert "2026-03-07" in heads[0]
        assert not any(tabs.display for tabs in app.query(Tabs))  # no tabs when the articles fit
        assert len(shown_panes(app)) == 3
        # claims panel: number, status glyph and word, coverage
        assert "· unreviewed" in text and "3/3" in text
        # status line: shared, tagged, unreviewed, where annotations are saved
        status = next(line for line in lines if "shared ·" in line)
        shared = sum(1 for c in comp.claims if c.is_shared and c.kind != "boilerplate")
        assert f"{shared} shared" in status and "0 tagged" in status and "unreviewed" in status
        assert "ann.json" in status
        # the footer lists keys that apply now
        assert "Confirm" in lines[-1] and "Deny" in lines[-1] and "Help" in lines[-1]
        # every shared claim shows its number in front of its sentences
        shared_claim = next(c for c in comp.claims if c.shared_by == 3)
        for pane in shown_panes(app):
            assert any(f"{shared_claim.id}" in line and "[" in line for line in pane.plain_lines())


async def test_narrow_layout_one_article_with_tabs(tmp_path):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        tabs = app.query_one(Tabs)
        assert tabs.display
        assert len(shown_panes(app)) == 1
        first = shown_panes(app)[0].article.id
        text = screen_text(app)
        assert "unreviewed" in text and "shared" in text
        await pilot.press("right_square_bracket")
        await settle(pilot)
        second = shown_panes(app)[0].article.id
        assert second != first
        assert tabs.active == f"tab-{second}"
        assert f" {second} " in screen_text(app)
        # the keys shown fit the mode: no article picker when only one article fits
        assert "Articles" not in screen_lines(app)[-1]


async def test_resize_reflows_live(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert len(shown_panes(app)) == 3
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert app.query_one(Tabs).display
        assert len(shown_panes(app)) == 1
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert not app.query_one(Tabs).display
        assert len(shown_panes(app)) == 2  # 2 panes of at least 38 columns fit beside the claims panel
        await pilot.resize_terminal(200, 60)
        await settle(pilot)
        assert len(shown_panes(app)) == 3
        for pane in shown_panes(app):
            assert pane.size.width >= 38


# --- moving and selecting -----------------------------------------------------------------


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_j_k_move_and_every_member_is_highlighted(tmp_path, size):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        panel = app.query_one(ClaimsPanel)
        first = app.review.state.selected
        await pilot.press("j")
        await settle(pilot)
        second = app.review.state.selected
        assert second != first and panel.rows.index(second) == panel.rows.index(first) + 1
        await pilot.press("down")
        await pilot.press("k")
        await settle(pilot)
        assert app.review.state.selected == second
        # the panel marks the highlighted row without colour, and every pane highlights the claim
        row = next(line for line in screen_lines(app) if "▶" in line)
        assert f"{second} " in row
        claim = app.review.state.index.get(second)
        carriers = [p for p in shown_panes(app) if p.has_claim(second)]
        assert carriers
        for pane in carriers:
            members = {m.index for m in claim.members if m.article == pane.article.id}
            styles = [s for t, s in pane_segments(pane) if t.strip() and s.meta.get("sentence") in members]
            assert styles, f"claim {second} not scrolled into view in {pane.article.id}"
            assert all(s.reverse and s.underline and s.bold for s in styles)


async def test_selected_claim_highlight_survives_without_colour(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    comp = seed_comparison()
    claim = next(c for c in comp.claims if c.shared_by == 3)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.review.select_claim(claim.id)
        await settle(pilot)
        markers = marker_style(app, f"[{claim.id}]") + [
            s for t, s in screen_segments(app) if t.startswith(f"[{claim.id}|") or t.endswith(f"|{claim.id}]")
        ]
        assert len(markers) >= 3
        assert all(s.reverse and s.underline for s in markers)
        assert app.no_color  # Textual turned colours into grey: the markers still carry it


async def test_tab_moves_between_panes_and_enter_jumps_to_the_claim(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ClaimsPanel)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticlePane) and app.focused.article.id == "A"
        await pilot.press("tab")
        assert app.focused.article.id == "B"
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, ClaimsPanel)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.focused, ArticlePane)
        assert app.focused.has_claim(app.review.state.selected)


async def test_j_in_a_pane_walks_its_sentences_and_the_others_follow(tmp_path):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")  # article B
        pane = app.focused
        assert pane.article.id == "B"
        seen = []
        for _ in range(4):
            await pilot.press("j")
            await settle(pilot)
            seen.append(pane.cursor)
            claim = app.review.state.index.get(app.review.state.selected)
            assert any(m.article == "B" and m.index == pane.cursor for m in claim.members)
        assert seen == sorted(seen) and len(set(seen)) == 4
        # the claims panel follows
        panel = app.query_one(ClaimsPanel)
        assert panel.claim_at(panel.highlighted) == app.review.state.selected


async def test_click_on_a_sentence_selects_its_claim(tmp_path):
    comp = seed_comparison()
    target = claim_with(comp, "We are waiting for them", shared=True)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        pane = app.query_one("#pane-C", ArticlePane)
        member = next(m for m in target.members if m.article == "C")
        pane.scroll_to_sentence(member.index)
        await settle(pilot)
        first, _ = pane._sentence_lines[member.index]
        line = pane.plain_lines()[first]
        y = first - pane.scroll_offset.y
        words = member.text.split()[:2]
        x = line.find(" ".join(words)) if " ".join(words) in line else len(line) - 2
        await pilot.click(pane, offset=(x + 2, y))
        await settle(pilot)
        assert app.review.state.selected == target.id
        assert f"Claim {target.id}" in screen_text(app)


# --- tagging, notes, attribution, undo ------------------------------------------------------


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_tag_keys_show_everywhere_and_save_at_once(tmp_path, size):
    comp = seed_comparison()
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        claim = app.review.state.index.get(app.review.state.selected)
        assert claim.is_shared
        for key, glyph, word in (("c", "✔", "confirmed"), ("d", "?", "disputed"), ("x", "✖", "denied")):
            await pilot.press(key)
            await settle(pilot)
            assert record_for(path, claim.id)["status"] == word  # saved, no save key
            text = screen_text(app)
            assert f"{glyph} {word}" in text  # panel row and detail
            for pane in shown_panes(app):
                if pane.has_claim(claim.id):
                    assert any(f"{claim.id}{glyph}" in line for line in pane.plain_lines())
        assert "1 tagged" in screen_text(app)
        await pilot.press("u")
        await settle(pilot)
        assert record_for(path, claim.id)["status"] == "unreviewed"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert record_for(path, claim.id)["status"] == "denied"
        assert app.review.state.store.status(claim.id) == "denied"


async def test_note_dialog_is_multiline_and_saved(tmp_path):
    comp = seed_comparison()
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        claim_id = app.review.state.selected
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("o", "k", "enter", *"[b]no")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteDialog)
        assert record_for(path, claim_id)["note"] == "ok\n[b]no"
        assert "[b]no" in screen_text(app)  # the detail shows it, brackets and all
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("x", "escape")  # cancel leaves it unchanged
        await settle(pilot)
        assert record_for(path, claim_id)["note"] == "ok\n[b]no"


async def test_attribution_dialog_leaves_room_for_sentences_at_80x24(tmp_path):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x", "a")
        await settle(pilot)
        assert isinstance(app.screen, AttributionDialog)
        sentences = app.screen.query_one("#sentences")
        assert sentences.size.height >= 8  # several sentences visible, not one
        assert app.screen.query_one("#who").size.height == 1  # one-line fields on a short terminal
        lines = screen_lines(app)
        assert any("Save" in line and "Cancel" in line for line in lines)


async def test_denial_attributed_to_the_press_secretary_from_the_keyboard(tmp_path):
    comp = seed_comparison()
    path = tmp_path / "ann.json"
    report = claim_with(comp, "floated", shared=True)  # the NBC report the White House dismissed
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await search_select(pilot, "floated")
        assert app.review.state.selected == report.id
        assert "Attribute" not in screen_lines(app)[-1]  # only once denied or disputed
        await pilot.press("x")
        await settle(pilot)
        assert "Attribute" in screen_lines(app)[-1]
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AttributionDialog)
        await pilot.press(*"leav")
        await settle(pilot)
        dialog = app.screen
        assert dialog.rows and all("leav" in r.text.casefold() for r in dialog.rows)
        assert {r.article for r in dialog.rows} >= {"A", "C"}  # sentences of every article
        await pilot.press("down")
        await pilot.press("enter")  # pick the highlighted sentence
        await settle(pilot)
        picked = dialog.chosen
        assert picked is not None and "Leavitt" in picked.text
        assert "Leavitt" in dialog.query_one("#who").value  # the speaker is suggested
        await pilot.press("enter")  # save
        await settle(pilot)
        assert not isinstance(app.screen, AttributionDialog)
        rec = record_for(path, report.id)
        assert rec["status"] == "denied"
        assert "Leavitt" in rec["attributed_to"]
        assert "Leavitt" in str(rec["attribution"])
        text = screen_text(app)
        assert "Denied by" in text and "by Karoline Leavitt" in text or "by Leavitt" in text


async def test_quit_and_reopen_restores_tags_and_notes(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    comp = seed_comparison()
    app = make_app(comp)  # the default per-case file
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        claim_id = app.review.state.selected
        await pilot.press("c", "n")
        await settle(pilot)
        for ch in "checked":
            await pilot.press(ch)
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved_in = app.review.state.store.path
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0
    assert str(saved_in).startswith(str(tmp_path / "data"))
    again = make_app(comp)
    async with again.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert again.review.state.store.path == saved_in
        assert again.review.state.store.status(claim_id) == "confirmed"
        text = screen_text(again)
        assert "✔ confirmed" in text and "checked" in text and "1 tagged" in text


# --- finding, filtering, sorting --------------------------------------------------------------


async def test_search_across_all_articles(tmp_path):
    comp = seed_comparison()
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        for ch in "yips":
            await pilot.press(ch)
        await settle(pilot)
        panel = app.query_one(ClaimsPanel)
        index = app.review.state.index
        assert panel.rows
        assert all(index.matches_text(index.by_id[cid], "yips") for cid in panel.rows)
        carriers = [a for a in comp.articles if "yips" in a.text.casefold()]
        hits = sum(a.text.casefold().count("yips") for a in carriers)
        assert len(carriers) >= 2
        assert f"{hits} hits in {len(carriers)} articles" in screen_text(app)
        assert "“yips”" in heading_text(app)
        for pane in shown_panes(app):
            if pane.article in carriers:
                pane.scroll_to_sentence(next(s.index for s in pane.sentences if "yips" in s.text))
        await settle(pilot)
        matches = [s for p in shown_panes(app) for t, s in pane_segments(p) if t.casefold() == "yips"]
        assert len(matches) == len(carriers) and all(s.bold and s.underline for s in matches)
        await pilot.press("enter")
        await settle(pilot)
        assert app.review.state.selected in panel.rows
        await pilot.press("escape")
        await settle(pilot)
        assert len(panel.rows) == len(index.claims)
        assert "“yips”" not in heading_text(app)


async def test_search_marks_the_words_found_after_letters_that_fold_to_two(tmp_path):
    # "ß" folds to "ss" and the ligature "ﬁ" to "fi": the mark stays on the word found
    comp = hand_comparison([("Wire", ["Die Straße: ﬁve troops were sent."]), ("Post", ["Five troops were sent."])], [])
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"troops", "enter")
        await settle(pilot)
        for pane in shown_panes(app):
            found = pane.get_component_rich_style("article-pane--match", partial=True).bgcolor
            marked = "".join(t for t, s in pane_segments(pane) if s.bgcolor == found)
            assert marked == "troops", pane.article.source


async def test_filters_and_sorting_with_visible_indication(tmp_path):
    comp = seed_comparison()
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panel = app.query_one(ClaimsPanel)
        index = app.review.state.index
        total = len(panel.rows)
        await pilot.press("f")
        await settle(pilot)
        assert "shared only" in heading_text(app) and "shared only" in screen_text(app)
        assert panel.rows and all(index.by_id[c].is_shared for c in panel.rows)
        await pilot.press("f")
        await settle(pilot)
        assert "unique to one source" in heading_text(app)
        assert panel.rows and all(not index.by_id[c].is_shared for c in panel.rows)
        assert all("1/3" in row for row in panel.row_texts())
        await pilot.press("f")  # versions that differ: only claims marked ⚠
        await settle(pilot)
        assert "⚠ versions differ" in heading_text(app)
        assert all(index.by_id[c].conflicts for c in panel.rows)
        await pilot.press("f")  # back to all
        await pilot.press("c")  # tag the selected claim
        await pilot.press("t", "t")  # status: unreviewed, then confirmed
        await settle(pilot)
        assert "✔ confirmed" in heading_text(app)
        assert panel.rows == [app.review.state.selected]
        await pilot.press("escape")
        await settle(pilot)
        assert len(panel.rows) == total
        await pilot.press("s")  # by coverage
        await settle(pilot)
        assert "by coverage" in heading_text(app)
        coverage = [index.by_id[c].shared_by for c in panel.rows]
        assert coverage == sorted(coverage, reverse=True)
        await pilot.press("s")  # text order
        await settle(pilot)
        assert "in text order" in heading_text(app)
        first = index.by_id[panel.rows[0]]
        assert any(m.article == "A" and m.index == 0 for m in first.members)


async def test_unreviewed_filter_works_as_a_queue(tmp_path):
    comp = seed_comparison()
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("t")  # unreviewed only
        await settle(pilot)
        panel = app.query_one(ClaimsPanel)
        first, second = panel.rows[:2]
        assert app.review.state.selected == first
        await pilot.press("c")
        await settle(pilot)
        assert first not in panel.rows
        assert app.review.state.selected == second  # next in the queue
        assert record_for(path, first)["status"] == "confirmed"


# --- help, footer, palette, keymap ------------------------------------------------------------


async def test_help_lists_every_key(tmp_path):
    app = make_app(seed_comparison(), tmp_path / "ann.json")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        from analyst_tui.tui.screens.review import ReviewScreen

        assert "✔ confirmed" in screen_text(app)
        text = app.screen.query_one("#help-text").content.plain
        for binding in ReviewScreen.BINDINGS:
            assert (binding.tooltip or binding.description) in text
        for key in ("^z", "^p", "tab", "/", "]", "?", "f1", "enter", "q"):
            assert key in text, key
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_bindings_have_ids_and_can_be_remapped(tmp_path):
    from analyst_tui.tui.screens.review import ReviewScreen

    for cls in (ReviewScreen, ArticlePane, ClaimsPanel, type(make_app(seed_comparison(), tmp_path / "x.json"))):
        for binding in cls.BINDINGS:
            assert binding.id, f"{cls.__name__} {binding.key} has no id"
            for key in binding.key.split(","):
                assert "ctrl+shift" not in key and not key.startswith(("cmd", "meta", "alt", "option"))
    path = tmp_path / "ann.json"
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.set_keymap({"review.confirm": "y"})
        claim_id = app.review.state.selected
        await pilot.press("y")
        await settle(pilot)
        assert record_for(path, claim_id)["status"] == "confirmed"
        await pilot.press("question_mark")
        await settle(pilot)
        help_text = app.screen.query_one("#help-text").content.plain
        assert any(line.strip().startswith("y ") and "✔ confirmed" in line for line in help_text.splitlines())


async def test_command_palette_offers_every_action(tmp_path):
    from analyst_tui.tui.screens.review_commands import COMMANDS

    path = tmp_path / "ann.json"
    app = make_app(seed_comparison(), path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        titles = [cmd.title for cmd in app.get_system_commands(app.screen)]
        for _, title, _ in COMMANDS:
            assert title in titles
        # every screen action is in the palette
        actions = {b.action.split("(")[0] for b in type(app.review).BINDINGS}
        offered = {a.split("(")[0] for a, _, _ in COMMANDS} | {"quit"}
        assert actions <= offered
        claim_id = app.review.state.selected
        await pilot.press("ctrl+p")
        await settle(pilot)
        for ch in "disputed":
            await pilot.press(ch)
        await wait_until(pilot, lambda: "Dispute claim" in screen_text(app), "the palette to offer the command")
        await pilot.press("enter")
        await settle(pilot)
        assert record_for(path, claim_id)["status"] == "disputed"
