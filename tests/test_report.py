"""`analyst-tui report`: every format from the seeds with a few tags, and hostile text kept inert."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from analyst_tui.core import report
from analyst_tui.core.model import Status
from report_support import HOSTILE_NOTE, HOSTILE_WHO, NOTE, WHO, hostile_case, tagged_seeds

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("ANALYST_TUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ANALYST_TUI_ANALYST", "tester")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analyst_tui", *args], capture_output=True, cwd=ROOT, timeout=120, env={**os.environ, **(env or {})}
    )


def render_markdown(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)


class Tags(HTMLParser):
    """Every element and attribute of an HTML page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(text: str) -> Tags:
    p = Tags()
    p.feed(text)
    p.close()
    return p


# --- the seeds, tagged ------------------------------------------------------------------------


def test_markdown_briefing_lists_the_denied_claim_first_with_who_denied_it_and_the_note(tmp_path):
    t = tagged_seeds(tmp_path)
    text = report.render(t.briefing(), "markdown")
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads[:2] == ["## The case", "## Who says what"]
    groups = [h for h in heads if h[3:4] in "✖?✔·"]
    unreviewed = sum(c.is_shared for c in t.comparison.claims) - 3  # every shared claim but the three tagged
    assert groups == ["## ✖ Denied (1)", "## ? Disputed (1)", "## ✔ Confirmed (1)", f"## · Unreviewed ({unreviewed})"]
    denied = text.split("## ✖ Denied (1)")[1].split("## ? Disputed")[0]
    assert f"### ✖ Claim {t.denied.id}: denied" in denied
    assert "**Denied by:** Karoline Leavitt (White House press secretary)" in denied
    assert "dismissed the report in a statement to NBC" in denied  # the sentence that carries it
    assert "> Denied on the record by the press secretary." in denied and "> The sources stay anonymous." in denied
    assert "**Coverage:** 3 of 3 sources" in denied
    for member in t.denied.members:  # each source's wording (the words only it uses in bold)
        assert member.text[:60] in denied.replace("**", "")
    assert "**Reviewed by:** alice" in denied
    assert "? disputed" in denied.split("Earlier:")[1]  # the tag it had before
    # the case header
    assert "- **Reviewed by:** alice" in text and "- **Dates:** 2026-03-07" in text
    assert "1 ✖ denied, 1 ? disputed, 1 ✔ confirmed" in text
    # the claims only one source makes, per source; boilerplate left out
    unique = text.split("## Claims only one source makes")[1]
    assert "### A · " in unique and "### B · " in unique
    boiler = [m.text for c in t.comparison.claims if c.kind == "boilerplate" for m in c.members]
    assert boiler and not any(b[:40] in text for b in boiler)


def test_markdown_coverage_names_the_silent_sources(tmp_path):
    t = tagged_seeds(tmp_path)
    text = report.render(t.briefing(), "markdown")
    two_of_three = next(c for c in t.comparison.claims if c.shared_by == 2)
    silent = next(a for a in t.comparison.articles if a.id not in two_of_three.articles)
    block = text.split(f"Claim {two_of_three.id}: ")[1].split("### ")[0]
    assert "**Coverage:** 2 of 3 sources" in block
    assert f"Silent: {silent.id} ({silent.source})" in block


def test_markdown_grid_marks_the_sources_that_report_each_claim(tmp_path):
    t = tagged_seeds(tmp_path)
    html = render_markdown(report.render(t.briefing(), "markdown"))
    table = html.split("Who says what")[1].split("</table>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    heads = re.findall(r"<th[^>]*>(.*?)</th>", rows[0])
    assert heads[:2] == ["claim", "status"] and heads[2:5] == ["A", "B", "C"]
    body = {int(re.findall(r"<td[^>]*>(.*?)</td>", r)[0]): re.findall(r"<td[^>]*>(.*?)</td>", r) for r in rows[1:]}
    for claim in (t.denied, t.confirmed, t.disputed):
        cells = body[claim.id]
        assert cells[1] == Status.parse(t.store.status(claim.id)).glyph
        assert [cell == "●" for cell in cells[2:5]] == [a.id in claim.articles for a in t.comparison.articles]


def test_html_briefing_is_self_contained_and_says_the_same(tmp_path):
    t = tagged_seeds(tmp_path)
    page = report.render(t.briefing(), "html")
    parsed = parse_html(page)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "img", "link", "iframe", "object", "embed", "font", "base", "form"}
    csp = next(a["content"] for tag, a in parsed.tags if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'none'" in csp and "img-src 'none'" in csp
    assert not re.search(r"(src|href)\s*=", page, re.I) and "url(" not in page and "@import" not in page
    assert "@media print" in page
    text = " ".join(" ".join(parsed.text).split())
    assert f"{t.denied.id} ✖ denied" in text
    assert "Denied by Karoline Leavitt (White House press secretary)" in text
    assert "Denied on the record by the press secretary." in text
    assert text.index("✖ Denied (1)") < text.index("? Disputed (1)") < text.index("✔ Confirmed (1)")


def test_csv_has_one_row_per_claim_and_source(tmp_path):
    t = tagged_seeds(tmp_path)
    raw = report.render(t.briefing(), "csv")
    assert raw.endswith("\r\n") and "\r\n" in raw.split("\n")[0] + "\n"
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    listed = [c for c in t.comparison.claims if c.kind != "boilerplate"]
    assert len(rows) == len(listed) * len(t.comparison.articles)
    mine = [r for r in rows if r["claim"] == str(t.denied.id)]
    assert [r["article"] for r in mine] == ["A", "B", "C"]
    for r in mine:
        assert r["status"] == "denied" and r["attributed_to"] == WHO and r["note"] == NOTE
        assert r["reports"] == "yes" and r["wording"]
        assert "dismissed the report" in r["attribution_sentence"]
    two = next(c for c in t.comparison.claims if c.shared_by == 2)
    flags = {r["article"]: r["reports"] for r in rows if r["claim"] == str(two.id)}
    assert flags == {a.id: ("yes" if a.id in two.articles else "no") for a in t.comparison.articles}
    assert all(r["wording"] == "" for r in rows if r["reports"] == "no")


def test_json_is_the_compare_contract_plus_each_claims_annotation(tmp_path):
    t = tagged_seeds(tmp_path)
    data = json.loads(report.render(t.briefing(), "json"))
    compare = json.loads(report.to_json(t.comparison))
    assert data["schema"] == compare["schema"] == "analyst-tui/compare/1"
    assert data["articles"] == compare["articles"]
    for mine, theirs in zip(data["claims"], compare["claims"], strict=True):
        assert {k: mine[k] for k in theirs} == theirs
    ann = next(c for c in data["claims"] if c["id"] == t.denied.id)["annotation"]
    assert ann["status"] == "denied" and ann["note"] == NOTE and ann["attributed_to"] == WHO
    assert ann["attribution"]["text"] == t.denial.text and ann["analyst"] == "alice"
    assert [h["status"] for h in ann["history"]][:2] == ["disputed", "denied"]
    assert data["case"]["reviewers"] == ["alice"] and data["case"]["counts"]["denied"] == 1


def test_w3c_collection_follows_the_data_model_and_every_selector_selects_its_quote(tmp_path):
    t = tagged_seeds(tmp_path)
    data = json.loads(report.render(t.briefing(), "w3c"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["id"] and data["total"] == 3
    page = data["first"]
    assert page["type"] == "AnnotationPage" and page["id"] and page["startIndex"] == 0
    items = page["items"]
    assert len(items) == 3
    texts = {}
    for a in t.comparison.articles:
        texts[Path(a.path).resolve().as_uri()] = a.text
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
        assert item["motivation"] == "assessing" and item["target"]
        tags = [b for b in item["body"] if b.get("purpose") == "tagging"]
        assert len(tags) == 1 and tags[0]["type"] == "TextualBody" and tags[0]["value"] in ("denied", "disputed", "confirmed")
        for resource in item["target"] + [b for b in item["body"] if b["type"] == "SpecificResource"]:
            assert resource["type"] == "SpecificResource"
            text = texts[resource["source"]]
            quote = next(s for s in resource["selector"] if s["type"] == "TextQuoteSelector")
            pos = next(s for s in resource["selector"] if s["type"] == "TextPositionSelector")
            assert text[pos["start"] : pos["end"]] == quote["exact"] != ""
            assert text[: pos["start"]].endswith(quote["prefix"]) and text[pos["end"] :].startswith(quote["suffix"])
            assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) >= 1
    denied = next(i for i in items if any(b.get("value") == "denied" for b in i["body"]))
    assert {"purpose": "commenting", "value": NOTE} .items() <= next(b for b in denied["body"] if b.get("purpose") == "commenting").items()
    assert len(denied["target"]) == len(t.denied.members)
    assert denied["creator"] == {"type": "Person", "name": "alice"}


# --- hostile text --------------------------------------------------------------------------------


def test_markdown_hostile_text_renders_as_text_only(tmp_path):
    comparison, store = hostile_case(tmp_path / "story")
    for text in (
        report.render(report.gather(comparison, store, case="hostile <case>"), "markdown"),
        report.to_markdown(comparison),
    ):
        assert not CONTROLS.search(text.replace("\n", ""))
        html = render_markdown(text)
        parsed = parse_html(html)
        names = {tag for tag, _ in parsed.tags}
        assert not names & {"script", "img", "a", "b", "iframe"}, names
        assert "javascript:" not in "".join(str(a) for _, a in parsed.tags)
        # a "|" in a date or a sentence does not add a table cell
        for table in re.findall(r"<table>.*?</table>", html, re.S):
            widths = {len(re.findall(r"<t[hd]", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)}
            assert len(widths) == 1
        shown = "".join(parsed.text)
        assert "[the border](javascript:alert(1))" in shown and "<script>alert('x')</script>" in shown
        assert "2026|03|07 <b>" in shown


def test_html_hostile_text_is_only_text(tmp_path):
    comparison, store = hostile_case(tmp_path / "story")
    page = report.render(report.gather(comparison, store, case="hostile <case>"), "html")
    assert not CONTROLS.search(page.replace("\n", ""))
    parsed = parse_html(page)
    assert not {tag for tag, _ in parsed.tags} & {"script", "img", "a", "iframe"}
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    shown = "".join(parsed.text)
    assert "<script>alert('x')</script>" in shown and "<img src=x onerror=alert(2)>" in shown
    assert "Title changed?" in shown and HOSTILE_WHO in shown


def test_csv_hostile_cells_are_never_formulas(tmp_path):
    comparison, store = hostile_case(tmp_path / "story")
    raw = report.render(report.gather(comparison, store, case="hostile <case>"), "csv")
    assert "\x1b" not in raw and "\x07" not in raw and "\x9b" not in raw
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    cells = [c for r in rows for c in r]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=HYPERLINK(") for c in cells)
    assert any(c.startswith("'@SUM(A1:A9)") for c in cells)
    assert any(c.startswith("'=evil|analyst") for c in cells)


def test_json_and_w3c_keep_the_data_but_no_raw_control_character(tmp_path):
    comparison, store = hostile_case(tmp_path / "story")
    briefing = report.gather(comparison, store, case="hostile <case>")
    for fmt in ("json", "w3c"):
        raw = report.render(briefing, fmt)
        assert not CONTROLS.search(raw.replace("\n", "")), fmt
        notes = json.dumps(json.loads(raw), ensure_ascii=False)
        assert json.dumps(HOSTILE_NOTE, ensure_ascii=False)[1:-1] in notes  # the note itself, unchanged


# --- the command ------------------------------------------------------------------------------


def test_report_command_finds_the_case_by_content_like_the_app(tmp_path):
    data = tmp_path / "data"
    from analyst_tui.core.annotations import AnnotationStore

    t = tagged_seeds(tmp_path)
    # the app's own place for this case: found again by the articles' content
    store = AnnotationStore.open(t.comparison, analyst="bob")
    store.set_status(t.denied.id, "denied")
    assert str(store.path).startswith(str(data))
    proc = run("report", str(SEEDS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    ann = next(c for c in out["claims"] if c["id"] == t.denied.id)["annotation"]
    assert ann["status"] == "denied" and ann["analyst"] == "bob"
    # --case finds it by name, --annotations reads a given file
    proc = run("report", str(SEEDS), "--case", store.case, "--format", "csv")
    assert proc.returncode == 0, proc.stderr and ",denied," in proc.stdout.decode()
    proc = run("report", str(SEEDS), "--annotations", str(t.path), "--format", "markdown")
    assert proc.returncode == 0 and "Karoline Leavitt" in proc.stdout.decode()


def test_report_without_saved_annotations_says_so_and_reports_every_claim_unreviewed(tmp_path):
    proc = run("report", str(SEEDS), "--format", "csv")
    assert proc.returncode == 0
    assert "no saved annotations" in proc.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode(), newline="")))
    assert rows and {r["status"] for r in rows} == {"unreviewed"}
    assert not (tmp_path / "data").exists()  # a report creates no case


@pytest.mark.parametrize(
    "args, message",
    [
        (["--annotations", "{missing}"], "does not exist"),
        (["--annotations", "{foreign}"], "no format marker"),
        (["--annotations", "{other}"], "not an analyst-tui annotation file"),
        (["--annotations", "{broken}"], "not valid JSON"),
        (["--annotations", "{folder}"], "Is a directory"),
        (["--annotations", "{fifo}"], "not a regular file"),
        (["--case", "no such case"], "no saved case named"),
        (["--annotations", "{foreign}", "--case", "x"], "not allowed with"),
        (["--format", "pdf"], "invalid choice"),
        (["-o", "{folder}/missing/out.md"], "cannot write"),
    ],
)
def test_bad_input_is_one_line_and_exit_2_and_leaves_files_alone(tmp_path, args, message):
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"annotations": [], "mine": true}\n')
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "analyst-tui-annotations", "vers')
    other = tmp_path / "other.json"
    other.write_text('{"rows": [1, 2]}\n')
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    paths = {"missing": tmp_path / "nope.json", "foreign": foreign, "broken": broken, "folder": tmp_path, "fifo": fifo, "other": other}
    argv = [a.format(**paths) for a in args]
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = run("report", str(SEEDS), *argv)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    errors = [line for line in err.splitlines() if line.startswith("analyst-tui: error:")]
    assert len(errors) == 1 and message in errors[0] and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing moved aside or created
    assert foreign.read_text() == '{"annotations": [], "mine": true}\n'


def test_report_writes_the_output_file(tmp_path):
    t = tagged_seeds(tmp_path)
    out = tmp_path / "briefing.html"
    proc = run("report", str(SEEDS), "--annotations", str(t.path), "--format", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"" and "Karoline Leavitt" in out.read_text("utf-8")


# --- what the engine and the analysis stage find ---------------------------------------------------


def analysed_case():
    from analyst_tui.core.model import Attribution, Conflict, Disagreement, Suggestion
    from app_support import hand_comparison

    comparison = hand_comparison(
        [
            ("Wire A", ["Officials said 24 people died in the blast on Friday.", "The ministry denied the report."]),
            ("Daily B", ["One person died in the blast on Friday, the police said."]),
        ],
        [[(0, 0), (1, 0)]],
    )
    claim = comparison.claims[0]
    a, b = claim.members
    claim.conflicts = [Conflict("figure", (0, 1), "24 dead vs 1 dead")]
    claim.differs = {a.key: [(a.start + 15, a.start + 17)], b.key: [(b.start, b.start + 3)]}
    claim.origins = ["the police"]
    denial = comparison.sentences["A"][1]
    claim.suggestion = Suggestion("denied", "The ministry", "denied the report", "A", denial.start, denial.end)
    comparison.attributions = {b.key: Attribution("the police", None, b.start + 45, b.end)}
    comparison.disagreements = [
        Disagreement("response", "the ministry", "B says the ministry did not respond; A carries its statement", (b.key, denial.key))
    ]
    return comparison, claim


def test_conflicts_word_differences_origins_and_suggestions_are_in_every_briefing():
    comparison, claim = analysed_case()
    briefing = report.gather(comparison, None, case="blast")
    md = report.render(briefing, "markdown")
    assert "**⚠ Versions differ (figure, A vs B):** 24 dead vs 1 dead" in md
    assert "Officials said **24** people died" in md and "**One** person died" in md
    assert "**First-hand sources:** the police" in md
    assert "**Suggested:** denied by The ministry (“denied the report”, article A)" in md
    assert "**B · Daily B** (credits the police):" in md
    page = parse_html(report.render(briefing, "html"))
    text = " ".join(" ".join(page.text).split())
    assert "⚠ versions differ (figure, A vs B): 24 dead vs 1 dead" in text
    assert ("b", {"class": "diff"}) in page.tags
    rows = list(csv.DictReader(io.StringIO(report.render(briefing, "csv"), newline="")))
    assert {r["conflicts"] for r in rows if r["claim"] == str(claim.id)} == {"figure (A vs B): 24 dead vs 1 dead"}
    assert [r["credits"] for r in rows if r["claim"] == str(claim.id)] == ["", "the police"]
    assert "Sources disagree ⚠ B says the ministry did not respond; A carries its statement" in text
    assert "- **⚠ Sources disagree:** B says the ministry did not respond; A carries its statement" in md
    compare_md = report.to_markdown(comparison)
    assert "**⚠ versions differ (figure, A vs B): 24 dead vs 1 dead**" in compare_md
    assert "⚠ versions differ (figure, A vs B): 24 dead vs 1 dead" in report.to_table(comparison)
    assert json.loads(report.to_json(comparison))["claims"][0]["conflicts"] == [
        {"kind": "figure", "members": [0, 1], "detail": "24 dead vs 1 dead"}
    ]


def test_report_output_goes_through_a_link_and_keeps_an_existing_files_mode(tmp_path):
    t = tagged_seeds(tmp_path)
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    proc = run("report", str(SEEDS), "--annotations", str(t.path), "--format", "csv", "-o", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and real.read_text("utf-8").startswith("claim,status")
    assert (real.stat().st_mode & 0o777) == 0o640


def test_the_grid_flags_a_claim_whose_sources_disagree():
    comparison, claim = analysed_case()
    briefing = report.gather(comparison, None, case="blast")
    md = report.render(briefing, "markdown")
    row = next(line for line in md.splitlines() if line.startswith(f"| {claim.id} |"))
    assert row.split("|")[2].strip() == "· ⚠"
    page = report.render(briefing, "html")
    assert f'<td class="n">{claim.id}</td><td class="status">· unreviewed ⚠</td>' in page


def test_annotations_whose_sentences_are_gone_are_still_reported(tmp_path):
    from analyst_tui.core.annotations import AnnotationStore
    from analyst_tui.core.compare import build_comparison
    from analyst_tui.core.ingest import load_paths

    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text("Officials said 40 troops crossed the border at dawn on Friday. Markets were calm.\n")
    (story / "b.txt").write_text("About 40 troops crossed the border at dawn on Friday, officials said. It was cold.\n")
    comparison = build_comparison(load_paths([str(story)]).articles)
    path = tmp_path / "story.json"
    store = AnnotationStore.open(comparison, path, analyst="alice")
    shared = next(c for c in comparison.claims if c.is_shared)
    store.set_status(shared.id, "denied")
    store.set_note(shared.id, "The ministry called it false.")
    # both outlets rewrite their stories: the tagged sentences are gone
    (story / "a.txt").write_text("Parliament met on Monday to debate the budget. Markets were calm.\n")
    (story / "b.txt").write_text("The budget debate lasted all night in parliament. It was cold.\n")
    proc = run("report", str(story), "--annotations", str(path), "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode()
    lost = text.split("## Annotations whose sentences were not found again (1)")[1]
    assert "✖ denied" in lost and "Officials said 40 troops crossed the border" in lost
    assert "The ministry called it false." in lost
    assert "could not be re-attached" in proc.stderr.decode()  # and the command says so
    data = json.loads(run("report", str(story), "--annotations", str(path), "--format", "json").stdout)
    assert [o["note"] for o in data["case"]["orphans"]] == ["The ministry called it false."]


def test_every_format_gives_the_admiralty_grade_from_the_analysts_source_grades(tmp_path):
    t = tagged_seeds(tmp_path)
    first = t.comparison.articles[0]
    briefing = report.gather(t.comparison, t.store, case="seeds", grades={first.source: "B"})
    entry = next(e for e in briefing.entries if e.id == t.denied.id)
    assert entry.grade == "B5"  # a usually reliable source; denied, so the information is improbable
    md = report.render(briefing, "markdown")
    assert "- **Grade:** B5 (source usually reliable; information improbable)" in md
    # the grid of who says what carries the grade too, in its own column
    assert "| claim | status | grade | A | B | C | text |" in md
    assert f"| {t.denied.id} | ✖ | B5 | " in md
    page = " ".join(" ".join(parse_html(report.render(briefing, "html")).text).split())
    assert "Grade B5 (source usually reliable; information improbable)" in page
    assert f"{t.denied.id} ✖ denied B5" in page  # the grid's row: number, status, grade, marks
    rows = list(csv.DictReader(io.StringIO(report.render(briefing, "csv"), newline="")))
    assert {r["grade"] for r in rows if r["claim"] == str(t.denied.id)} == {"B5"}
    assert next(c for c in json.loads(report.render(briefing, "json"))["claims"] if c["id"] == t.denied.id)["grade"] == "B5"
    items = json.loads(report.render(briefing, "w3c"))["first"]["items"]
    denied = next(i for i in items if any(b.get("value") == "denied" for b in i["body"]))
    assert {"type": "TextualBody", "value": "B5", "format": "text/plain", "purpose": "classifying"} in denied["body"]
