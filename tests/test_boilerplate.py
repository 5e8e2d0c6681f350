"""Captions, credits, promos and no-comment lines never join a shared claim: seeds and HTML."""

from __future__ import annotations

import json
from pathlib import Path

from analyst_tui.cli import main
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison

ROOT = Path(__file__).resolve().parents[1]

CAPTION = "President Donald Trump has reportedly expressed interest in sending U.S. troops into Iran."


def _shared_texts(comparison) -> list[str]:
    return [m.text for c in comparison.claims if c.is_shared for m in c.members]


def test_seed_caption_credit_promo_and_no_comment_are_boilerplate_and_unshared():
    comparison = build_comparison(load_paths([str(ROOT / "seeds")]).articles)
    kinds = {s.text: s.kind for sentences in comparison.sentences.values() for s in sentences}
    for text in (
        CAPTION,
        "Officials say Trump has not made a final decision on whether to deploy troops to Iran.",
        "BRENDAN SMIALOWSKI/AFP via Getty Images",
        "The White House did not immediately respond to requests for comment.",
        "Subscribe now!",
    ):
        assert kinds[text] == "boilerplate", text
        assert text not in _shared_texts(comparison), text
    # the story the caption repeats is still told, and shared, by the sentences of the article body
    assert "President Donald Trump privately expressed interest in sending U.S. troops into Iran, according to "\
        "several current and former officials who spoke to NBC News." in _shared_texts(comparison)


PAGE = """<!doctype html><html><head><title>Troops</title><meta property="og:site_name" content="{site}"></head>
<body><article>
<h1>Trump weighs troops for Iran</h1>
<p>President Donald Trump privately expressed interest in sending U.S. troops into Iran, according to officials.</p>
<figure><img src="t.jpg" alt="">
<figcaption>Trump spoke to reporters in the Oval Office on Friday. {credit}</figcaption></figure>
<p>The White House did not immediately respond to a request for comment.</p>
<p>Iranian officials have said they are prepared for the possibility of a U.S. ground invasion.</p>
</article></body></html>
"""


def test_html_figcaption_stays_out_of_the_text_and_the_claims(tmp_path, capsys):
    (tmp_path / "a.html").write_text(PAGE.format(site="Alpha", credit="Jane Doe/AFP"), encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE.format(site="Beta", credit="John Roe/Reuters"), encoding="utf-8")
    assert main(["compare", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for article in data["articles"]:
        assert "Oval Office" not in article["text"] and "Getty" not in article["text"]
        assert "Iranian officials have said" in article["text"]
    shared = [c for c in data["claims"] if c["shared_by"] > 1]
    shared_texts = [m["text"] for c in shared for m in c["members"]]
    assert any("privately expressed interest" in t for t in shared_texts)
    assert not any("did not immediately respond" in t for t in shared_texts)
    no_comment = [m for c in data["claims"] for m in c["members"] if "did not immediately respond" in m["text"]]
    assert no_comment and all(m["kind"] == "boilerplate" for m in no_comment)
