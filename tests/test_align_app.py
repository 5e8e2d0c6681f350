"""The review app tells the analyst when claims were matched without word meaning."""

from __future__ import annotations

from analyst_tui.core.align import vectors
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.model import Article, article_label
from app_support import make_app, notices, settle


async def test_missing_word_vectors_are_a_notice_in_the_app(tmp_path, monkeypatch):
    def missing(source):
        raise FileNotFoundError("the vectors package is not installed")

    monkeypatch.setattr(vectors, "package_files", missing)
    monkeypatch.setattr(vectors, "_warning", [])
    vectors.load.cache_clear()
    try:
        texts = ["Troops were sent to the border on Monday, officials said.", "Officials said troops were sent to the border on Monday."]
        comp = build_comparison([Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate(texts)])
        app = make_app(comp, tmp_path / "ann.json")
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            shown = notices(app)
            assert "word vectors unavailable" in shown and "shared words only" in shown
            assert any(c.is_shared for c in comp.claims)  # the lexical engine still links them
    finally:
        vectors.load.cache_clear()


async def test_articles_read_as_two_stories_are_a_notice_in_the_app(tmp_path):
    from test_align_stories import QUAKE_1, QUAKE_2, RIOT_1, RIOT_2

    comp = build_comparison([Article(article_label(i), f"t{i}.txt", f"s{i}", t)
                             for i, t in enumerate((RIOT_1, RIOT_2, QUAKE_1, QUAKE_2))])
    app = make_app(comp, tmp_path / "ann.json")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        shown = notices(app)
        assert "2 different stories (A B | C D)" in shown and "within each story only" in shown
    one = build_comparison([Article(article_label(i), f"t{i}.txt", f"s{i}", t) for i, t in enumerate((RIOT_1, RIOT_2))])
    app = make_app(one, tmp_path / "ann2.json")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert "stories" not in notices(app)


APP_ON_A_COMPARISON_MADE_ELSEWHERE = """
import asyncio, pickle, sys
from analyst_tui.tui.app import ReviewApp

comparison = pickle.loads(sys.stdin.buffer.read())

async def main():
    app = ReviewApp(comparison, annotations=sys.argv[1])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        print(len(app.screen.query("ArticlePane")), "analyst_tui.core.align" in sys.modules, "numpy" in sys.modules)

asyncio.run(main())
"""


def test_an_app_given_a_comparison_made_elsewhere_does_not_load_the_engine(tmp_path):
    """It has no matching of its own to warn of: the engine (and numpy) are not imported for it."""
    import pickle
    import subprocess
    import sys

    from app_support import seed_comparison

    made = pickle.dumps(seed_comparison())
    out = subprocess.run([sys.executable, "-c", APP_ON_A_COMPARISON_MADE_ELSEWHERE, str(tmp_path / "ann.json")],
                         input=made, capture_output=True, check=True).stdout.decode()
    assert out.split() == ["2", "False", "False"]  # two panes fit at 120 columns
