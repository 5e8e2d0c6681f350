"""The review app on small hand-built cases: hostile text, two claims in one sentence, many
articles, the article picker, and annotation files that cannot be written."""

from __future__ import annotations

import json

from analyst_tui.core.model import Article
from analyst_tui.core.compare import build_comparison
from analyst_tui.tui.dialogs.attribution import AttributionDialog
from analyst_tui.tui.dialogs.picker import ArticlePicker
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.widgets.claims_panel import ClaimsPanel

from app_support import (
    settle,
    NARROW,
    WIDE,
    hand_comparison,
    make_app,
    record_for,
    screen_lines,
    screen_text,
)

HOSTILE = (
    "Officials said [bold red]x[/] was sent. "
    "A second line closes a tag [/ and opens [link=https://x]y[/link] here. "
    "Colours \x1b[31mred\x1b[0m should stay inert. "
    "The clipboard \x1b]52;c;SGVsbG8=\x07 must not be touched."
)


def hostile_comparison():
    a = Article(id="A", path="/tmp/a.txt", source="[b]Evil[/b] Wire", text=HOSTILE, title="[red]T[/red]", date="2026-03-07")
    b = Article(id="B", path="/tmp/b.txt", source="Plain Post", text="Officials said [bold red]x[/] was sent. Nothing else.")
    return build_comparison([a, b])


async def test_hostile_article_is_shown_as_literal_harmless_text(tmp_path):
    comp = hostile_comparison()
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        joined = "".join(line.strip() for line in screen_lines(app))
        for literal in ("[bold red]x[/]", "[/ and opens", "[link=https://x]y[/link]", "[b]Evil[/b]"):
            assert literal in text or literal.replace(" ", "") in joined, literal
        assert "\x1b" not in text and "\x07" not in text
        assert "[31mred" in joined  # the escape's introducer is neutralised, the rest is literal
        assert "52;c;SGVsbG8=" in joined
        # nothing on screen came out as a link or in red because of the article
        for strip in app.screen._compositor.render_strips():
            for seg in strip:
                if seg.style is not None:
                    assert not seg.style.link
        # every view of the text: detail, tags, note, attribution dialog, search
        await pilot.press("x", "a")
        await settle(pilot)
        assert isinstance(app.screen, AttributionDialog)
        for ch in "link":
            await pilot.press(ch)
        await settle(pilot)
        assert "[link=https://x]y[/link]" in "".join(line.strip() for line in screen_lines(app))
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("slash", "left_square_bracket", "slash", "enter")
        await settle(pilot)
        assert "Officials" in screen_text(app)
        rec = record_for(path, app.review.state.selected) or json.loads(path.read_text())["annotations"][0]
        assert rec["status"] == "denied"


async def test_hostile_note_and_name_in_the_annotations_file_stay_inert(tmp_path):
    """A shared annotations file is untrusted too: its notes and names never reach the terminal raw."""
    from analyst_tui.core.annotations import AnnotationStore
    from analyst_tui.tui.dialogs.note import NoteDialog

    comp = hand_comparison([("Wire", ["Troops were sent."]), ("Post", ["Troops were sent."])], [[(0, 0), (1, 0)]])
    path = tmp_path / "ann.json"
    store = AnnotationStore.open(comp, path)
    assert store.set_status(1, "denied")
    assert store.set_note(1, "Copied \x1b]52;c;SGVsbG8=\x07 here\r\nthen \x1b[31mred")
    assert store.set_attribution(1, "Ann \x1b[31mLee", None)
    app = make_app(comp, path)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Note: Copied" in text and "52;c;SGVsbG8=" in text and "[31mred" in text
        assert "Ann" in text and "[31mLee" in text
        assert "\x1b" not in text and "\x07" not in text and "\r" not in text
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        text = screen_text(app)
        assert "52;c;SGVsbG8=" in text and "\x1b" not in text and "\x07" not in text
        await pilot.press("escape", "a")
        await settle(pilot)
        assert isinstance(app.screen, AttributionDialog)
        text = screen_text(app)
        assert "[31mLee" in text and "\x1b" not in text


async def test_sentence_in_two_claims_shows_both_numbers_and_enter_switches(tmp_path):
    comp = hand_comparison(
        [
            ("Wire", ["Troops were sent and talks failed.", "The weather was cold.", "Subscribe now!"]),
            ("Post", ["Troops were sent.", "Talks failed.", "Nothing else happened."]),
        ],
        [[(0, 0), (1, 0)], [(0, 0), (1, 1)]],
    )
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        pane = app.query_one("#pane-A", ArticlePane)
        first_line = pane.plain_lines()[0]
        assert first_line.startswith("[1|2] Troops were sent")
        # boilerplate has no marker and is dimmed
        assert "[" not in "".join(pane.plain_lines()).split("Subscribe")[0].split("cold.")[-1]
        await pilot.press("tab")
        assert app.focused is pane
        assert pane.cursor == 0  # the first claim is selected: its sentence here carries the cursor
        first = app.review.state.selected
        await pilot.press("enter")
        await settle(pilot)
        second = app.review.state.selected
        assert {first, second} == {1, 2}
        # the other pane follows: its member of the newly selected claim is the cursor
        other = app.query_one("#pane-B", ArticlePane)
        assert other.cursor == (0 if second == 1 else 1)
        await pilot.press("j")  # next sentence: the weather, a claim of its own
        await settle(pilot)
        assert pane.cursor == 1
        await pilot.press("j")  # boilerplate is skipped; nothing after it
        await settle(pilot)
        assert pane.cursor == 1
        # clicking the Post's second sentence selects claim 2
        y = other._sentence_lines[1][0] - other.scroll_offset.y
        line = other.plain_lines()[other._sentence_lines[1][0]]
        await pilot.click(other, offset=(line.index("Talks") + 2, y))
        await settle(pilot)
        assert app.review.state.selected == 2


def many_articles(n: int):
    stories = []
    for i in range(n):
        stories.append(
            (
                f"Outlet {i:02d}",
                [
                    "President Trump has privately discussed sending a small contingent of troops.",
                    f"Local detail number {i} appears only here.",
                    "The White House press secretary dismissed the report as speculation.",
                    f"Another unique remark {i * 7} closes the piece.",
                ],
            )
        )
    links = [[(i, 0) for i in range(n)], [(i, 2) for i in range(n)]]
    return hand_comparison(stories, links)


async def test_thirty_articles_picker_and_moving_along(tmp_path):
    comp = many_articles(30)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panes = app.review.visible_panes()
        assert len(panes) == 3  # as many as fit at a readable width
        assert "showing 3 of 30 articles" in screen_text(app)
        # only the shown articles have widgets: 30 panes are not built up front
        assert len(app.query(ArticlePane)) == 3
        assert "30/30" in screen_text(app)
        await pilot.press("tab", "tab", "tab")  # focus the third pane
        await pilot.press("right_square_bracket")  # move along to the fourth article
        await settle(pilot)
        ids = [p.article.id for p in app.review.visible_panes()]
        assert ids == ["B", "C", "D"]
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ArticlePicker)
        await pilot.press("n")  # none
        for row in (4, 9):
            app.screen.query_one("#picker-list").highlighted = row
            await pilot.press("space")
        await pilot.press("enter")
        await settle(pilot)
        assert [p.article.id for p in app.review.visible_panes()] == ["E", "J"]
        # j with 30 articles keeps every shown pane in step
        assert not (isinstance(app.focused, ArticlePane) and app.focused.article.id not in ("E", "J"))
        for _ in range(3):
            if isinstance(app.focused, ClaimsPanel):
                break
            await pilot.press("shift+tab")
        assert isinstance(app.focused, ClaimsPanel)
        for _ in range(3):
            await pilot.press("j")
        await settle(pilot)
        selected = app.review.state.selected
        panel = app.query_one(ClaimsPanel)
        assert panel.claim_at(panel.highlighted) == selected


async def test_save_failure_is_shown_and_retry_saves(tmp_path):
    folder = tmp_path / "annotations"
    folder.mkdir()
    path = folder / "ann.json"
    comp = hand_comparison([("Wire", ["Troops were sent."]), ("Post", ["Troops were sent."])], [[(0, 0), (1, 0)]])
    app = make_app(comp, path)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        folder.rmdir()
        folder.write_text("the folder is gone")  # saving now fails
        await pilot.press("c")
        await settle(pilot)
        text = screen_text(app)
        assert "Not saved" in text
        assert "NOT SAVED" in text  # the status line keeps saying so
        assert "Retry" in screen_lines(app)[-1]  # and the retry key is offered
        assert app.review.state.store.status(1) == "confirmed"  # kept in memory
        assert "✔ confirmed" in text
        folder.unlink()
        folder.mkdir()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert record_for(path, 1)["status"] == "confirmed"
        assert "NOT SAVED" not in screen_text(app)
        assert "Retry" not in screen_lines(app)[-1]


async def test_read_only_annotations_say_why_when_tagging(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    comp = hand_comparison([("Wire", ["Troops were sent."]), ("Post", ["Troops were sent."])], [[(0, 0), (1, 0)]])
    app = make_app(comp, blocker / "ann.json")
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        assert "READ-ONLY" in screen_text(app)
        await pilot.press("c")
        await settle(pilot)
        assert "read-only" in screen_text(app)
        assert app.review.state.store.status(1) == "unreviewed"


async def test_unreadable_annotation_file_is_reported_and_the_app_still_opens(tmp_path):
    path = tmp_path / "ann.json"
    path.write_text("{ this is not json")
    comp = hand_comparison([("Wire", ["Troops were sent."]), ("Post", ["Troops were sent."])], [[(0, 0), (1, 0)]])
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        store = app.review.state.store
        assert store.message
        assert store.message.split()[0] in screen_text(app)
        assert "Troops were sent." in screen_text(app)


async def test_single_article_and_a_light_theme(tmp_path):
    comp = hand_comparison([("Only Wire", ["Troops were sent.", "Subscribe now!", "Talks failed."])], [])
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert not any(tabs.display for tabs in app.query("#tabs"))  # nothing to switch between
        assert [p.article.id for p in app.review.visible_panes()] == ["A"]
        assert "Articles" not in screen_lines(app)[-1] and "Next article" not in screen_lines(app)[-1]
        await pilot.press("j", "c")
        await settle(pilot)
        assert record_for(tmp_path / "ann.json", app.review.state.selected)["status"] == "confirmed"
        app.theme = "textual-light"
        await settle(pilot)
        pane = app.review.visible_panes()[0]
        assert any("✔]" in line for line in pane.plain_lines())  # a tagged unique claim carries a marker
        assert "Talks failed." in screen_text(app)


async def test_resize_while_a_dialog_is_open(tmp_path):
    comp = many_articles(4)
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#tabs").display
        assert len(app.review.visible_panes()) == 1


async def test_keys_remapped_in_the_config_file(tmp_path, monkeypatch):
    config = tmp_path / "config" / "analyst-tui"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[keys]\n"review.deny" = "X"\n"review.quit" = ""\n', "utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    comp = hand_comparison([("Wire", ["Troops were sent."]), ("Post", ["Troops were sent."])], [[(0, 0), (1, 0)]])
    path = tmp_path / "ann.json"
    app = make_app(comp, path)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert "ignored keys" in screen_text(app)  # the empty one is reported, the rest applies
        await pilot.press("x")  # no longer bound
        await settle(pilot)
        assert app.review.state.store.status(1) == "unreviewed"
        await pilot.press("X")
        await settle(pilot)
        assert record_for(path, 1)["status"] == "denied"
        assert "X Deny" in screen_lines(app)[-1]
