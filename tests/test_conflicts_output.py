"""Contradictions inside a claim are shown in every output: JSON, table and Markdown."""

from __future__ import annotations

import json

from analyst_tui.cli import main

ALPHA = """---
source: Alpha News
---
A powerful earthquake struck the mountain province of Aceh on Tuesday, killing 24 people, officials said.

Rescue teams searched the rubble of a collapsed mosque in the village through the night.
"""
BETA = """---
source: Beta Wire
---
A powerful earthquake struck the mountain province of Aceh on Tuesday, killing one person, officials said.

Rescue teams searched the rubble of a collapsed mosque in the village through the night.
"""


def _case(tmp_path):
    (tmp_path / "a.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BETA, encoding="utf-8")
    return str(tmp_path)


def _compare(capsys, *args: str) -> str:
    assert main(["compare", *args]) == 0
    return capsys.readouterr().out


def test_json_lists_each_conflict_with_kind_members_and_detail(tmp_path, capsys):
    data = json.loads(_compare(capsys, _case(tmp_path), "--format", "json"))
    claims = {c["members"][0]["text"].split()[0]: c for c in data["claims"] if c["shared_by"] == 2}
    quake = claims["A"]
    assert quake["conflicts"] == [{"kind": "figure", "members": [0, 1], "detail": "24 dead vs 1 dead"}]
    assert [quake["members"][i]["article"] for i in quake["conflicts"][0]["members"]] == ["A", "B"]
    assert claims["Rescue"]["conflicts"] == []


def test_table_and_markdown_say_the_versions_differ_under_the_claim(tmp_path, capsys):
    table = _compare(capsys, _case(tmp_path), "--format", "table", "--shared-only")
    lines = table.splitlines()
    warn = [i for i, line in enumerate(lines) if "⚠" in line]
    assert len(warn) == 1
    assert "versions differ (figure, A vs B): 24 dead vs 1 dead" in lines[warn[0]]
    assert lines[warn[0] - 1].strip().startswith("B: A powerful earthquake")  # right under the claim's members
    markdown = _compare(capsys, _case(tmp_path), "--format", "markdown")
    assert markdown.count("⚠") == 1
    section = markdown.split("### [1]")[1].split("###")[0]
    assert "⚠ versions differ (figure, A vs B): 24 dead vs 1 dead" in section


def test_a_detail_shows_the_figures_as_the_articles_write_them(tmp_path, capsys):
    """A change from one figure to another, "4.46%" as written (the checks read "4.46 %")."""
    (tmp_path / "a.txt").write_text("---\nsource: Alpha News\n---\nThe yield on the 10-year Treasury note rose to 4.46% "
                                    "from 4.42% late on Thursday, traders said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nsource: Beta Wire\n---\nThe yield on the 10-year Treasury note climbed from "
                                    "4.42% to 4.48% late on Thursday, traders said.\n", encoding="utf-8")
    data = json.loads(_compare(capsys, str(tmp_path), "--format", "json"))
    [claim] = [c for c in data["claims"] if c["shared_by"] == 2]
    assert [c["detail"] for c in claim["conflicts"]] == ["to 4.46% from 4.42% vs from 4.42% to 4.48%"]
