"""Loading articles: formats, decoding, metadata, bad inputs, folder order, labels."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyst_tui.core import ingest as loader
from analyst_tui.core.ingest import LoadResult, load_paths, natural_key, normalise_date, sample_paths
from analyst_tui.core.model import LoadError

REPO = Path(__file__).resolve().parent.parent
from seed_cases import SEEDS  # noqa: E402
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def load_one(path: Path) -> LoadResult:
    result = load_paths([str(path)])
    assert len(result.articles) == 1
    return result


def from_stdin(data: bytes) -> LoadResult:
    return load_paths(["-"], stdin=io.BytesIO(data))


# --- the seeds --------------------------------------------------------------------------------


def test_seed_date_marker_becomes_the_date_and_leaves_the_text():
    result = load_paths([str(SEEDS)])
    a, b, c = result.articles
    assert [x.id for x in result.articles] == ["A", "B", "C"]
    assert (a.date, b.date, c.date) == ("2026-03-07", "2026-03-07", None)
    assert a.text.startswith("President Trump has been talking privately")
    assert b.text.startswith("The war with Iran could be on the brink")
    for art in result.articles:
        assert "date 2026" not in art.text
        assert art.text == art.text.strip()
    assert result.problems == []


def test_seed_source_labels_are_short_and_unique():
    result = load_paths([str(SEEDS)])
    # the files are named by a hash: the label is what the text says of itself (its promo), else
    # the first words of its headline or first sentence; never the hash
    assert [a.source for a in result.articles] == ["President Trump…", "The war with Iran…", "Mediaite"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("Quake hits island\n\nBy Jo Smith, Reuters\n\nA quake hit the island.", "Reuters"),
        ("LONDON (Reuters) - A quake hit the island on Sunday.", "Reuters"),
        ("A quake hit the island on Sunday.\n\n© 2005 Example News", "Example News"),
        ("A quake hit the island on Sunday. Ten people died.", "A quake hit the…"),
    ],
)
def test_a_file_named_by_a_hash_is_labelled_by_its_text(tmp_path, text, label):
    art = load_one(write(tmp_path, "017_0123456789abcdef0123.txt", text)).articles[0]
    assert art.source == label


def test_sample_case_is_bundled_and_matches_the_seeds():
    paths = sample_paths()
    assert [Path(p).name for p in paths] == sorted(p.name for p in SEEDS.glob("*.txt"))
    bundled = load_paths(paths).articles
    seeds = load_paths([str(SEEDS)]).articles
    assert [a.text for a in bundled] == [a.text for a in seeds]


# --- plain text, front matter, Markdown ---------------------------------------------------------


def test_front_matter_gives_metadata_and_is_not_text(tmp_path):
    path = write(
        tmp_path,
        "story.txt",
        "---\nSource: Reuters\nTITLE: Something happened\ndate: March 7, 2026\n"
        "url: https://example.com/x\nauthor: Somebody\n---\n\nThe first sentence. The second one.\n",
    )
    art = load_one(path).articles[0]
    assert (art.source, art.title, art.date, art.url) == (
        "Reuters",
        "Something happened",
        "2026-03-07",
        "https://example.com/x",
    )
    assert art.text == "The first sentence. The second one."


def test_a_leading_rule_followed_by_prose_is_not_front_matter(tmp_path):
    path = write(tmp_path, "rule.txt", "---\nThis is just prose after a rule.\n---\nMore prose.\n")
    art = load_one(path).articles[0]
    assert "This is just prose after a rule." in art.text
    assert art.source == "rule"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-03-07", "2026-03-07"),
        ("2026/03/07", "2026-03-07"),
        ("March 7, 2026", "2026-03-07"),
        ("Sat, 7 Mar 2026 10:00:00 GMT", "2026-03-07"),
        ("7th March 2026", "2026-03-07"),
        ("2026-03-07T09:30:00Z", "2026-03-07"),
        ("03/27/2026", "2026-03-27"),
        ("27.03.2026", "2026-03-27"),
        ("07/03/2026", "07/03/2026"),  # day/month order unknown: kept as written
        ("spring 2026", "spring 2026"),
        ("", None),
    ],
)
def test_dates_are_normalised_only_when_unambiguous(raw, expected):
    assert normalise_date(raw) == expected


def test_headline_line_is_the_title_and_stays_in_the_text(tmp_path):
    path = write(tmp_path, "h.txt", "Quake levels villages on Qeshm\n\nTen people were killed. Fifty were hurt.\n")
    art = load_one(path).articles[0]
    assert art.title == "Quake levels villages on Qeshm"
    assert art.text.startswith("Quake levels villages on Qeshm\n\nTen people")


def test_first_sentence_with_full_stop_is_not_a_title(tmp_path):
    path = write(tmp_path, "s.txt", "Ten people were killed on Sunday.\n\nFifty were hurt.\n")
    assert load_one(path).articles[0].title is None


def test_dateline_first_line_gives_the_date_not_the_title(tmp_path):
    path = write(tmp_path, "d.txt", "Posted: Nov 27, 2005 8:20 AM ET\n\nAn earthquake hit southern Iran on Sunday.\n")
    art = load_one(path).articles[0]
    assert art.title is None
    assert art.date == "2005-11-27"
    assert art.text.startswith("Posted: Nov 27, 2005")  # the text is kept as written


def test_markdown_is_read_as_plain_text(tmp_path):
    md = (
        "# Thieves ram car into *Paris* store\n\n"
        "Four men **rammed** their car into a [jewellery store](https://example.com/a) on Monday.\n\n"
        "![photo](https://example.com/p.jpg)\n\n"
        "> We heard a crash, a witness said.\n\n"
        "- Jewels worth 2m euros\n- The car was set on fire\n"
    )
    art = load_one(write(tmp_path, "heist.md", md)).articles[0]
    assert art.title == "Thieves ram car into Paris store"
    assert art.text.startswith("Thieves ram car into Paris store\n\nFour men rammed their car into a jewellery store on")
    assert "We heard a crash, a witness said." in art.text
    assert "The car was set on fire" in art.text
    for noise in ("#", "**", "](", "![", "> ", "- J", "example.com"):
        assert noise not in art.text


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quake hits island - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2005-11-27T10:00:00Z">
<style>p { color: red }</style><script>var s = "<p>SCRIPT TEXT</p>";</script></head>
<body><nav><ul><li>Home</li><li>World</li></ul></nav>
<header><h1>Site logo</h1></header>
<article><h1>Quake hits &amp; levels villages</h1>
<p>A powerful   earthquake
hit the island on Sunday, killing 10 people.</p>
<p>Officials said 50&nbsp;were hurt.</p>
<ul><li>Tents were sent</li></ul>
<blockquote>We are sending food, the governor said.</blockquote>
<aside>Related: other quakes</aside><noscript>Enable JavaScript</noscript>
</article>
<article><p>A teaser for another story</p></article>
<footer>Copyright 2005 Example</footer><form>Search the site</form></body></html>
"""


def test_html_keeps_the_article_and_drops_the_noise(tmp_path):
    art = load_one(write(tmp_path, "page.html", PAGE)).articles[0]
    assert art.text == (
        "Quake hits & levels villages\n\n"
        "A powerful earthquake hit the island on Sunday, killing 10 people.\n\n"
        "Officials said 50 were hurt.\n\n"
        "Tents were sent\n\n"
        "We are sending food, the governor said."
    )
    assert art.title == "Quake hits & levels villages"
    assert art.source == "Example News"
    assert art.date == "2005-11-27"


def test_html_without_article_element_uses_title_and_paragraphs(tmp_path):
    html = (
        "<html><head><title>Bank fire in Athens</title>"
        '<link rel="canonical" href="https://www.bbc.co.uk/news/1"></head>'
        "<body><div class=menu>Home | News</div><p>Three people died in a bank.</p>"
        "<p>Protesters threw petrol bombs.</p><script>track()</script></body></html>"
    )
    art = load_one(write(tmp_path, "athens.htm", html)).articles[0]
    assert art.text == "Bank fire in Athens\n\nThree people died in a bank.\n\nProtesters threw petrol bombs."
    assert art.source == "bbc.co.uk"
    assert art.url == "https://www.bbc.co.uk/news/1"


def test_html_title_loses_the_site_name_after_it(tmp_path):
    # The page title is "headline - site": only the headline joins the claims, once.
    html = (
        "<html><head><title>Aceh quake kills five - Other News</title></head>"
        "<body><nav>Home | World</nav><h1>Aceh quake kills five</h1>"
        "<p>A strong earthquake hit Aceh on Tuesday, killing 5 people.</p></body></html>"
    )
    art = load_one(write(tmp_path, "b.html", html)).articles[0]
    assert art.text == "Aceh quake kills five\n\nA strong earthquake hit Aceh on Tuesday, killing 5 people."
    assert art.title == "Aceh quake kills five"
    html = (
        "<html><head><title>Quake hits Aceh | News Site</title></head><body><header><h1>Quake hits Aceh</h1></header>"
        "<article><p>An earthquake struck Aceh on Tuesday, killing five people.</p>"
        "<p>The quake struck at a depth of 10 kilometres.</p></article></body></html>"
    )
    art = load_one(write(tmp_path, "a.html", html)).articles[0]
    assert art.text.startswith("Quake hits Aceh\n\nAn earthquake struck")
    html = "<html><head><title>Bank fire in Athens | BBC News</title></head><body><p>Three people died.</p></body></html>"
    assert load_one(write(tmp_path, "c.html", html)).articles[0].text == "Bank fire in Athens\n\nThree people died."
    html = "<html><head><title>Biden - Putin summit ends</title></head><body><p>The summit ended.</p></body></html>"
    assert load_one(write(tmp_path, "d.html", html)).articles[0].title == "Biden - Putin summit ends"


@pytest.mark.parametrize(
    "name, data",
    [
        ("quotes.html", "<p>Real text.</p>" + "<p a='>' " * 5000),
        ("stray.html", "<p>Real text.</p>" + "<a <b " * 10000),
        ("nested.html", "<p>Real text.</p>" + "<h1>" * 10000 + "</x>" * 10000),
        ("cdata.html", "<p>Real text.</p>" + "<![CDATA[>" * 10000),
        ("emphasis.md", "Real text.\n\n" + "**a " * 10000 + "[a](" * 10000),
    ],
)
def test_broken_markup_still_gives_its_text(tmp_path, name, data):
    # (how long it takes is measured by benchmarks/bench_loading.py)
    result = load_paths([str(write(tmp_path, name, data))])
    assert "Real text." in result.articles[0].text


# --- JSON ---------------------------------------------------------------------------------------


def test_json_object(tmp_path):
    obj = {"title": "Quake", "source": "AP", "date": "Nov 27, 2005", "url": "https://a.example/q", "text": "A quake hit."}
    art = load_one(write(tmp_path, "one.json", json.dumps(obj))).articles[0]
    assert (art.title, art.source, art.date, art.url, art.text) == ("Quake", "AP", "2005-11-27", obj["url"], "A quake hit.")


def test_json_list_gives_one_article_each_and_skips_elements_without_text(tmp_path):
    items = [
        {"text": "First report.", "source": "AP"},
        {"body": "Second report.", "url": "https://www.reuters.com/x"},
        {"title": "No text here"},
        {"content": "Fourth report."},
    ]
    path = write(tmp_path, "many.json", json.dumps(items))
    result = load_paths([str(path)])
    got = [(a.id, a.path, a.source, a.text) for a in result.articles]
    assert got == [
        ("A", f"{path}#1", "AP", "First report."),
        ("B", f"{path}#2", "reuters.com", "Second report."),
        ("C", f"{path}#4", "many #4", "Fourth report."),
    ]
    assert len(result.problems) == 1
    assert f"{path}#3" in result.problems[0] and "no text" in result.problems[0]


def test_json_newsapi_shape(tmp_path):
    data = {"articles": [{"source": {"id": None, "name": "BBC News"}, "title": "T", "content": "Body text."}]}
    art = load_one(write(tmp_path, "feed.json", json.dumps(data))).articles[0]
    assert (art.source, art.title, art.text) == ("BBC News", "T", "Body text.")


# --- standard input ---------------------------------------------------------------------------


def test_stdin_plain_text():
    art = from_stdin(b"Headline here\n\nThe body says something.\n").articles[0]
    assert (art.path, art.source, art.title) == ("<stdin>", "stdin", "Headline here")


def test_stdin_json_is_sniffed():
    art = from_stdin(json.dumps({"text": "From a pipe.", "source": "Wire"}).encode()).articles[0]
    assert (art.source, art.text) == ("Wire", "From a pipe.")


def test_stdin_html_is_sniffed():
    art = from_stdin(b"<html><body><nav>Menu</nav><p>Only this.</p></body></html>").articles[0]
    assert art.text == "Only this."


def test_stdin_json_looking_prose_stays_text():
    art = from_stdin(b"[Update] The minister resigned.").articles[0]
    assert art.text == "[Update] The minister resigned."


def test_stdin_together_with_files(tmp_path):
    path = write(tmp_path, "a.txt", "File article.")
    result = load_paths([str(path), "-"], stdin=io.BytesIO(b"Piped article."))
    assert [a.text for a in result.articles] == ["File article.", "Piped article."]


def test_empty_stdin_is_an_error():
    with pytest.raises(LoadError, match=r"no articles found in standard input \(empty input\)"):
        from_stdin(b"")


# --- decoding and normalisation ------------------------------------------------------------------

TEXT = "Café “quoted” – naïve résumé €5."


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_without_warning(tmp_path, encoded):
    result = load_one(write(tmp_path, "enc.txt", encoded))
    assert result.articles[0].text == TEXT
    assert result.problems == [] and result.articles[0].warnings == ()


def test_cp1252_fallback_warns_and_names_the_file(tmp_path):
    path = write(tmp_path, "legacy.txt", TEXT.encode("cp1252"))
    result = load_one(path)
    art = result.articles[0]
    assert art.text == TEXT
    assert len(art.warnings) == 1 and "cp1252" in art.warnings[0]
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{path}: ") and "cp1252" in result.problems[0]


def test_utf16_without_byte_order_mark_is_recognised(tmp_path):
    result = load_one(write(tmp_path, "u16.txt", "No mark at all here.".encode("utf-16-le")))
    assert result.articles[0].text == "No mark at all here."
    assert "UTF-16" in result.problems[0]


def test_other_legacy_encodings_are_reported_not_garbled(tmp_path):
    path = write(tmp_path, "cyrillic.txt", "Землетрясение в Иране, десять погибших.".encode("cp1251"))
    with pytest.raises(LoadError, match="save it as UTF-8"):
        load_paths([str(path)])


def test_line_endings_become_lf(tmp_path):
    art = load_one(write(tmp_path, "crlf.txt", b"One line.\r\nTwo line.\rThree line.\r\n\r\nFour.")).articles[0]
    assert art.text == "One line.\nTwo line.\nThree line.\n\nFour."


def test_control_characters_and_escape_sequences_are_removed(tmp_path):
    raw = (
        "The \x1b[31mred\x1b[0m minister\x07 said\x1b]52;c;ZXZpbA==\x07 yes.\x7f\u0085Next\x0bline \u009bok.\n"
        + "Zero\u200bwidth and\u00a0nbsp, soft\u00adhyphen.\n"
    )
    result = load_one(write(tmp_path, "ctl.txt", raw))
    text = result.articles[0].text
    assert not CONTROL.search(text.replace("\n", "").replace("\t", ""))
    assert "The red minister said yes." in text
    assert "ZXZpbA" not in text  # the clipboard payload of the OSC 52 sequence is gone
    assert "Zerowidth and nbsp, softhyphen." in text
    assert any("control character" in p for p in result.problems)


def test_tabs_are_kept(tmp_path):
    assert load_one(write(tmp_path, "t.txt", "a\tb.")).articles[0].text == "a\tb."


# --- bad input -------------------------------------------------------------------------------


def test_missing_path_is_an_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(LoadError, match=f"^no such file or folder: {re.escape(str(missing))}$"):
        load_paths([str(missing)])


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \r\n", "empty file"),
        ("nul.txt", b"Looks like text\x00\x01\x02\x00 but is not", "binary"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("noise.txt", bytes(range(1, 9)) * 50, "binary"),
        ("bad.json", b'{"text": "unterminated', "invalid JSON"),
        ("scalar.json", b"42", "not an article"),
        ("notext.json", b'{"title": "only a title"}', "no text"),
        ("empty.html", b"<html><head><title></title><script>x()</script></head><body><nav>Menu</nav></body></html>", "no readable text"),
    ],
)
def test_bad_file_alone_is_an_error_naming_the_file(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(LoadError) as info:
        load_paths([str(path)])
    message = str(info.value)
    assert message.startswith(f"no articles found in {path} (") and reason in message
    assert "\n" not in message


@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("bin.txt", b"\x00\x01\x02\x03"), ("bad.json", b"{,}")])
def test_bad_file_among_good_ones_is_skipped_and_reported(tmp_path, name, data):
    good1 = write(tmp_path, "a.txt", "First good article.")
    bad = write(tmp_path, name, data)
    good2 = write(tmp_path, "z.txt", "Second good article.")
    result = load_paths([str(good1), str(bad), str(good2)])
    assert [a.text for a in result.articles] == ["First good article.", "Second good article."]
    assert [a.id for a in result.articles] == ["A", "B"]
    assert len(result.problems) == 1 and result.problems[0].startswith(f"{bad}: ")


def test_control_characters_in_file_names_are_not_printed(tmp_path):
    path = write(tmp_path, "evil\x1b]52;c;eA==\x07.txt", b"")
    with pytest.raises(LoadError) as info:
        load_paths([str(path)])
    assert "\x1b" not in str(info.value) and "\x07" not in str(info.value)
    assert "empty file" in str(info.value)


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    good = write(tmp_path, "good.txt", "Readable.")
    locked = write(tmp_path, "locked.txt", "Secret.")
    from analyst_tui.core.ingest import load as load_module

    real = load_module.read_file

    def fake(path):
        if path == str(locked):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(load_module, "read_file", fake)
    result = load_paths([str(good), str(locked)])
    assert [a.text for a in result.articles] == ["Readable."]
    assert result.problems == [f"{locked}: cannot read (permission denied); skipped"]


def test_too_large_file_is_skipped(tmp_path):
    good = write(tmp_path, "good.txt", "Small.")
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: nothing is written to disk
        fh.truncate(loader.MAX_BYTES + 1)
    result = load_paths([str(good), str(big)])
    assert len(result.articles) == 1
    assert len(result.problems) == 1 and "too large" in result.problems[0]


def test_folder_without_articles_is_an_error(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden.txt", "Hidden article.")
    with pytest.raises(LoadError, match=f"^folder has no .txt, .md, .html, .htm or .json files: {re.escape(str(tmp_path))}$"):
        load_paths([str(tmp_path)])


def test_folder_whose_only_file_is_bad_is_an_error(tmp_path):
    bad = write(tmp_path, "only.txt", b"")
    with pytest.raises(LoadError, match=f"no articles found in {re.escape(str(bad))} \\(empty file\\)"):
        load_paths([str(tmp_path)])


def test_several_bad_inputs_give_one_line(tmp_path):
    write(tmp_path, "a.txt", b"")
    write(tmp_path, "b.json", b"[")
    with pytest.raises(LoadError) as info:
        load_paths([str(tmp_path)])
    assert str(info.value).startswith("no articles found: 2 inputs skipped")
    assert "\n" not in str(info.value)


# --- folders ------------------------------------------------------------------------------------


def test_folder_order_is_natural_and_recursive_and_skips_hidden(tmp_path):
    for name in ["20_10x.txt", "20_2x.txt", "20_1x.txt", "b/inner.md", "a.HTML.bak", "page.htm"]:
        write(tmp_path, name, f"<p>{name}</p>" if name.endswith("htm") else f"Article {name}.")
    write(tmp_path, ".git/config.txt", "Hidden folder.")
    write(tmp_path, ".draft.txt", "Hidden file.")
    write(tmp_path, "data.json", json.dumps({"text": "From JSON."}))
    result = load_paths([str(tmp_path)])
    names = [os.path.relpath(a.path, tmp_path) for a in result.articles]
    assert names == ["20_1x.txt", "20_2x.txt", "20_10x.txt", os.path.join("b", "inner.md"), "data.json", "page.htm"]
    assert result.problems == []


def test_natural_key_orders_numbers_by_value():
    names = ["20_10ecbplus.txt", "20_2ecbplus.txt", "20_1ecbplus.txt", "3.txt", "B.txt", "a.txt"]
    assert sorted(names, key=natural_key) == [
        "3.txt",
        "20_1ecbplus.txt",
        "20_2ecbplus.txt",
        "20_10ecbplus.txt",
        "a.txt",
        "B.txt",
    ]


def test_symlink_loop_does_not_hang(tmp_path):
    write(tmp_path, "sub/one.txt", "One article.")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "sub", tmp_path / "sub" / "self")
    result = load_paths([str(tmp_path)])
    assert [a.text for a in result.articles] == ["One article."]


def test_same_file_twice_is_loaded_once(tmp_path):
    path = write(tmp_path, "a.txt", "Once.")
    result = load_paths([str(path), str(tmp_path)])
    assert len(result.articles) == 1
    assert "loaded once" in result.problems[0]


def test_loading_1000_small_files_labels_every_one(tmp_path):
    for i in range(1000):
        (tmp_path / f"{i:04d}_story.txt").write_text(f"Headline {i}\n\nReport number {i} says something.\n")
    result = load_paths([str(tmp_path)])
    assert len(result.articles) == 1000
    assert result.articles[-1].id == "ALL"


# --- source labels ------------------------------------------------------------------------------


def test_labels_are_readable_and_unique(tmp_path):
    a = write(tmp_path, "x1.txt", "---\nsource: Reuters\n---\nOne.")
    b = write(tmp_path, "x2.txt", "---\nsource: reuters\n---\nTwo.")
    c = write(tmp_path, "x3.txt", "---\nurl: https://www.bbc.co.uk/news/1\n---\nThree.")
    d = write(tmp_path, "bank_fire-athens.txt", "Four.")
    e = write(tmp_path, "sub/bank_fire-athens.txt", "Five.")
    result = load_paths([str(p) for p in (a, b, c, d, e)])
    assert [x.source for x in result.articles] == [
        "Reuters",
        "reuters (2)",
        "bbc.co.uk",
        "bank fire athens",
        "bank fire athens (2)",
    ]


# --- the command line ---------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyst_tui", "compare", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


@pytest.mark.parametrize(
    "name, data, expected",
    [
        (None, None, "no such file or folder"),
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "binary file"),
    ],
)
def test_cli_bad_input_is_one_line_and_status_2(tmp_path, name, data, expected):
    target = "/nonexistent" if name is None else str(write(tmp_path, name, data))
    proc = run_cli(target)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and expected in lines[0] and target in lines[0]
    assert proc.stdout == ""


# --- any bytes at all ---------------------------------------------------------------------------


def _clean(value: str | None) -> bool:
    return value is None or not CONTROL.search(value.replace("\n", "").replace("\t", ""))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.lists(st.sampled_from(["date 2026-03-07 ", "---\n", "title: x\n", "<p>", "</p>", "\r", "\x1b[", "\x00",
                                  "{", '"text":', "\"a\x07\"", "}", "[", "]", "é", "\u2028", "# h\n", "\n\n", "Word. "]))
        .map(lambda parts: "".join(parts).encode("utf-8")),
    ),
    fmt=st.sampled_from([None, "text", "markdown", "html", "json"]),
)
def test_any_bytes_give_clean_articles_or_a_problem(data, fmt):
    try:
        docs, _bad = loader.parse_bytes(data, "input", fmt)
    except loader.Skip as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert docs
    for doc in docs:
        assert doc.text and doc.text == doc.text.strip()
        for value in (doc.text, doc.title, doc.source, doc.date, doc.url, doc.fallback_source):
            assert _clean(value)
        doc.text.encode("utf-8")  # no lone surrogates


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_on_stdin_load_or_fail_cleanly(data):
    try:
        result = from_stdin(data)
    except LoadError as exc:
        assert "\n" not in str(exc)
        return
    for art in result.articles:
        assert _clean(art.text) and _clean(art.title) and _clean(art.source)


def test_loading_reports_progress_file_by_file(tmp_path):
    for i in range(3):
        write(tmp_path, f"{i}.txt", f"Article number {i} says something.")
    seen: list[tuple[int, str]] = []
    result = load_paths([str(tmp_path)], progress=lambda n, path: seen.append((n, Path(path).name)))
    assert len(result.articles) == 3
    assert seen == [(1, "0.txt"), (2, "1.txt"), (3, "2.txt")]
