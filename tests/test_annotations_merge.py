"""`analyst-tui merge A.json B.json -o OUT.json`: two analysts' files of one case."""

from __future__ import annotations

import json

import pytest

from analyst_tui.cli import main
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.merging import cohen_kappa

@pytest.fixture
def two_files(seeds, tmp_path):
    ids = [c.id for c in seeds.claims]
    alice = AnnotationStore.open(seeds, tmp_path / "alice.json", analyst="alice")
    bob = AnnotationStore.open(seeds, tmp_path / "bob.json", analyst="bob")
    for cid, status in zip(ids[:4], ["confirmed", "denied", "confirmed", "disputed"]):
        alice.set_status(cid, status)
    for cid, status in zip(ids[:4], ["confirmed", "confirmed", "confirmed", "disputed"]):
        bob.set_status(cid, status)
    alice.set_note(ids[1], "Leavitt denied it on the record")
    bob.set_note(ids[1], "two outlets carry it")
    bob.set_status(ids[4], "denied")  # only bob
    alice.set_note(ids[5], "only alice wrote here")
    return ids, tmp_path / "alice.json", tmp_path / "bob.json"


def test_kappa_formula():
    # 4 claims: agree on 3; alice: c c d p, bob: c c c p
    pairs = [("confirmed", "confirmed"), ("denied", "confirmed"), ("confirmed", "confirmed"), ("disputed", "disputed")]
    assert cohen_kappa(pairs) == pytest.approx((0.75 - 7 / 16) / (1 - 7 / 16))
    assert cohen_kappa([("confirmed", "denied"), ("denied", "confirmed")]) == pytest.approx(-1.0)
    assert cohen_kappa([("confirmed", "confirmed")]) is None  # one category: undefined
    assert cohen_kappa([]) is None


def test_merge_union_conflicts_and_agreement(seeds, two_files, tmp_path, capsys):
    ids, a, b = two_files
    out = tmp_path / "merged.json"
    assert main(["merge", str(a), str(b), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "agreement: 3 of 4 claims tagged by both (75%), Cohen's kappa 0.56" in printed
    assert "conflicts: 1" in printed
    conflict_line = next(line for line in printed.splitlines() if line.startswith(f"  claim {ids[1]}:"))
    assert "denied (alice) / confirmed (bob)" in conflict_line

    merged = AnnotationStore.open(seeds, out, analyst="carol")
    assert merged.orphans == [] and merged.message is None
    assert [merged.status(i) for i in ids[:5]] == ["confirmed", "denied", "confirmed", "disputed", "denied"]
    assert merged.get(ids[5]).note == "only alice wrote here"
    assert merged.conflicts == [ids[1]]
    verdicts = {(v["analyst"], v["status"]) for v in merged.get(ids[1]).conflicts}
    assert verdicts == {("alice", "denied"), ("bob", "confirmed")}
    note = merged.get(ids[1]).note
    assert "Leavitt denied it on the record" in note and "two outlets carry it" in note

    # resolving in the app: the verdicts move to history, the file records the outcome
    assert merged.resolve_conflict(ids[1], "confirmed")
    again = AnnotationStore.open(seeds, out)
    assert again.conflicts == [] and again.status(ids[1]) == "confirmed"
    assert {h["analyst"] for h in again.get(ids[1]).history if h.get("resolved")} == {"alice", "bob"}


def test_merged_output_is_deterministic(two_files, tmp_path, capsys):
    _, a, b = two_files
    assert main(["merge", str(a), str(b), "-o", str(tmp_path / "m1.json")]) == 0
    assert main(["merge", str(a), str(b), "-o", str(tmp_path / "m2.json")]) == 0
    text = (tmp_path / "m1.json").read_text("utf-8")
    assert text == (tmp_path / "m2.json").read_text("utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_merging_a_file_with_itself_agrees_fully(two_files, tmp_path, capsys):
    _, a, _ = two_files
    assert main(["merge", str(a), str(a), "-o", str(tmp_path / "same.json")]) == 0
    printed = capsys.readouterr().out
    assert "conflicts: 0" in printed and "(100%)" in printed


def _one_line_error(capsys, *argv) -> str:
    assert main(list(argv)) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in captured.err, captured.err
    return err[0]


def test_bad_input_is_one_line_and_status_2(two_files, tmp_path, capsys):
    _, a, b = two_files
    out = str(tmp_path / "out.json")
    assert "no such file" in _one_line_error(capsys, "merge", str(tmp_path / "missing.json"), str(b), "-o", out)
    junk = tmp_path / "junk.json"
    junk.write_text("{ nope", "utf-8")
    assert "not valid JSON" in _one_line_error(capsys, "merge", str(a), str(junk), "-o", out)
    article = tmp_path / "article.json"
    article.write_text(json.dumps({"title": "x", "text": "y"}), "utf-8")
    assert "not an analyst-tui annotation file" in _one_line_error(capsys, "merge", str(article), str(b), "-o", out)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "analyst-tui-annotations", "version": 5, "annotations": []}), "utf-8")
    assert "newer version" in _one_line_error(capsys, "merge", str(a), str(newer), "-o", out)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "not" in _one_line_error(capsys, "merge", str(binary), str(b), "-o", out)
    assert "required" in _one_line_error(capsys, "merge", str(a), str(b))
    assert "cannot write" in _one_line_error(capsys, "merge", str(a), str(b), "-o", str(tmp_path / "no" / "dir" / "x.json"))
    assert not (tmp_path / "out.json").exists()


def test_files_of_different_cases_are_refused(two_files, tmp_path, capsys):
    _, a, _ = two_files
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "one.txt").write_text("The council approved the library budget on Tuesday by seven votes to two.\n", "utf-8")
    (folder / "two.txt").write_text("Seven council members voted for the library budget on Tuesday, two against.\n", "utf-8")
    other = build_comparison(load_paths([str(folder)]).articles)
    store = AnnotationStore.open(other, tmp_path / "other.json", analyst="dan")
    store.set_status(other.claims[0].id, "confirmed")
    line = _one_line_error(capsys, "merge", str(a), str(tmp_path / "other.json"), "-o", str(tmp_path / "o.json"))
    assert "not about the same case" in line


def test_hostile_quotes_are_printed_inert(seeds, tmp_path, capsys):
    folder = tmp_path / "hostile"
    folder.mkdir()
    evil = "The minister said \x1b]52;c;ZXZpbA==\x07 the report was false and [bold red]wrong[/] today.\n"
    (folder / "a.txt").write_text(evil, "utf-8")
    (folder / "b.txt").write_text(evil, "utf-8")
    comparison = build_comparison(load_paths([str(folder)]).articles)
    one = AnnotationStore.open(comparison, tmp_path / "1.json", analyst="x\x1b[31m")
    two = AnnotationStore.open(comparison, tmp_path / "2.json", analyst="y")
    one.set_status(comparison.claims[0].id, "confirmed")
    two.set_status(comparison.claims[0].id, "denied")
    assert main(["merge", str(tmp_path / "1.json"), str(tmp_path / "2.json"), "-o", str(tmp_path / "3.json")]) == 0
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\x07" not in printed
    assert "conflicts: 1" in printed


def test_odd_case_headers_are_merged_not_a_traceback(two_files, tmp_path, capsys):
    _, a, b = two_files
    odd = json.loads(b.read_text("utf-8"))
    odd["case"]["articles"] = [dict(x, fingerprint=[x["fingerprint"]]) for x in odd["case"]["articles"]] + [7]
    odd_path = tmp_path / "odd.json"
    odd_path.write_text(json.dumps(odd), "utf-8")
    out = tmp_path / "merged.json"
    assert main(["merge", str(a), str(odd_path), "-o", str(out)]) == 0
    assert "conflicts: 1" in capsys.readouterr().out
    articles = json.loads(out.read_text("utf-8"))["case"]["articles"]
    assert len(articles) == 6 and 7 not in articles
    none = tmp_path / "none.json"
    none.write_text(json.dumps(dict(odd, case={"name": "x", "articles": 3})), "utf-8")
    assert main(["merge", str(none), str(a), "-o", str(out), "--force"]) == 0
    assert len(json.loads(out.read_text("utf-8"))["case"]["articles"]) == 3
