"""`analyst-tui compare`: the JSON contract, the other formats, and offsets that always hold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from analyst_tui.core import report
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.model import Article, article_label

ROOT = Path(__file__).resolve().parents[1]
from seed_cases import SEEDS  # noqa: E402


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analyst_tui", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=60)


def test_json_contract_on_the_seeds():
    proc = run("compare", str(SEEDS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema"] == "analyst-tui/compare/1"
    assert [a["id"] for a in data["articles"]] == ["A", "B", "C"]
    for a in data["articles"]:
        assert set(a) == {"id", "path", "source", "date", "title", "url", "text"}
        assert not a["text"].startswith(" date")  # the date marker is metadata, not text
    assert data["articles"][0]["date"] == "2026-03-07"
    texts = {a["id"]: a["text"] for a in data["articles"]}
    seen = set()
    for claim in data["claims"]:
        assert set(claim) == {"id", "shared_by", "score", "evidence", "conflicts", "members", "origins", "suggestion"}
        assert all(set(k) == {"kind", "members", "detail"} for k in claim["conflicts"])
        assert claim["shared_by"] == len({m["article"] for m in claim["members"]})
        assert 0.0 <= claim["score"] <= 1.0
        for m in claim["members"]:
            assert set(m) == {"article", "start", "end", "text", "kind", "differs", "attribution"}
            assert m["kind"] in ("claim", "boilerplate")
            assert m["text"] == texts[m["article"]][m["start"] : m["end"]]
            seen.add((m["article"], m["start"]))
    assert [c["id"] for c in data["claims"]] == list(range(1, len(data["claims"]) + 1))
    shared = [c for c in data["claims"] if c["shared_by"] > 1]
    assert len(shared) >= 8
    assert any("big disaster for them" in (c["evidence"].get("quote") or "") for c in shared)
    # Boilerplate is reported, alone.
    boiler = [c for c in data["claims"] if c["members"][0]["kind"] == "boilerplate"]
    assert any("Getty Images" in c["members"][0]["text"] for c in boiler)
    assert all(len(c["members"]) == 1 for c in boiler)


def test_the_command_gives_the_comparison_made_in_python():
    # run as the program, compare keeps the matching's data to its end instead of freeing it: same result
    from analyst_tui.core.ingest import load_paths

    proc = run("compare", str(SEEDS), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    loaded = load_paths([str(SEEDS)])
    made = report.to_json(build_comparison(loaded.articles, loaded.problems))
    kept = report.to_json(build_comparison(loaded.articles, loaded.problems, free_matching=False))
    assert proc.stdout.decode() == made == kept


def test_default_format_is_json_when_piped_and_no_path_means_the_sample_case():
    proc = run("compare")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["articles"]) == 3


def test_markdown_and_table_formats():
    md = run("compare", str(SEEDS), "--format", "markdown")
    assert md.returncode == 0
    out = md.stdout.decode()
    assert out.startswith("# Claim comparison")
    assert "## Shared claims" in out and "shared by 3/3" in out
    table = run("compare", str(SEEDS), "--format", "table", "--shared-only")
    text = table.stdout.decode()
    assert table.returncode == 0
    assert "shared claims" in text.splitlines()[-1]
    assert "Araghchi" in text


def test_output_file_is_written(tmp_path):
    out = tmp_path / "cmp.json"
    proc = run("compare", str(SEEDS), "--format", "json", "-o", str(out))
    assert proc.returncode == 0
    assert proc.stdout == b""
    assert json.loads(out.read_text("utf-8"))["schema"] == "analyst-tui/compare/1"


def test_stdin_article():
    proc = run("compare", "-", str(SEEDS / "000_4962e2a0936d46e1.txt"), "--format", "json",
               stdin=(SEEDS / "002_c6a53b0f2b5ca6c2.txt").read_bytes())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["articles"]) == 2
    assert any(c["shared_by"] == 2 for c in data["claims"])


def test_hostile_text_cannot_reach_the_terminal_in_table_output(tmp_path):
    (tmp_path / "a.txt").write_text("Evil \x1b]52;c;SGVsbG8=\x07 [bold red]x[/] sentence here.\n", encoding="utf-8")
    proc = run("compare", str(tmp_path), "--format", "table")
    assert proc.returncode == 0
    assert b"\x1b" not in proc.stdout and b"\x07" not in proc.stdout
    assert b"[bold red]x[/]" in proc.stdout


def test_help_and_version():
    proc = run("--help")
    assert proc.returncode == 0 and b"compare" in proc.stdout
    proc = run("compare", "--help")
    assert proc.returncode == 0 and b"--format" in proc.stdout
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith(b"analyst-tui ")


def test_bad_format_is_a_usage_error():
    proc = run("compare", str(SEEDS), "--format", "xml")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


pieces = st.sampled_from(list("abc ABC.!?\n\"'“”‘’()…,;:-0123456789\u00e9\U0001f600") + ["U.S. ", "Mr. ", " said ", "six ", "Trump "])
texts = st.lists(pieces, max_size=120).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4))
def test_offsets_stay_valid_for_any_text(bodies):
    articles = [Article(article_label(i), f"x{i}", f"x{i}", body) for i, body in enumerate(bodies)]
    comparison = build_comparison(articles)
    by_id = {a.id: a for a in articles}
    for claim in comparison.claims:
        for m in claim.members:
            assert 0 <= m.start < m.end <= len(by_id[m.article].text)
            assert m.text == by_id[m.article].text[m.start : m.end]
    data = json.loads(report.to_json(comparison))
    assert len(data["claims"]) == len(comparison.claims)
