"""Rows computed in a forked child are the rows a single process computes."""

from __future__ import annotations

import os
import time

import numpy as np

from analyst_tui.core import forking
from analyst_tui.core.align import forked
from analyst_tui.core.align.features import Matcher


def _work(rows):
    rows = np.asarray(rows, dtype=np.float64)
    return np.column_stack([rows, np.sqrt(rows), np.sin(rows)])


def test_split_rows_gives_the_serial_result():
    n = forked.MIN_ROWS + 17
    parts = [list(range(0, n, 2)), list(range(1, n, 2))]
    both = forked.split_rows(_work, parts, n, 3)
    assert np.array_equal(both, _work(range(n)))


def test_a_child_that_fails_leaves_the_parent_to_compute_its_rows():
    import os

    parent = os.getpid()

    def work(rows):
        if os.getpid() != parent:
            raise RuntimeError("child fails")
        return _work(rows)

    n = forked.MIN_ROWS + 5
    parts = [list(range(n // 2)), list(range(n // 2, n))]
    assert np.array_equal(forked.split_rows(work, parts, n, 3), _work(range(n)))


def test_feature_matrix_matches_features_of_each_pair(monkeypatch):
    monkeypatch.setattr(forked, "MIN_ROWS", 4)  # fork even for a few pairs
    texts = [
        "The army said on Monday that five people were killed and dozens injured in the attack.",
        "Five people were killed in the attack, the army said, and dozens were injured.",
        "Officials denied that anyone had been killed, but said the attack injured 12 people.",
        "The storm hit the coast on Tuesday and left thousands without power.",
        "Thousands were without power after the storm hit the coast.",
    ]
    m = Matcher(texts, None, 0.5)
    pairs = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))]
    got = m.feature_matrix(pairs)
    assert got.shape == (len(pairs), len(m.names))
    for k, (i, j) in enumerate(pairs):
        assert got[k].tolist() == m.features(i, j)


def test_beside_returns_the_childs_result_or_computes_it_when_the_child_fails():
    import os

    parent = os.getpid()
    assert forking.beside(lambda: {"pid": os.getpid() != parent, "x": [1, 2]})()["x"] == [1, 2]

    def fails_in_child():
        if os.getpid() != parent:
            os._exit(3)
        return "done here"

    assert forking.beside(fails_in_child)() == "done here"


def _in_one_process_and_beside(monkeypatch, texts, between=lambda: None):
    """The comparison of ``texts`` (one article each) made in one process, then (after ``between()``) with the second
    core."""
    from analyst_tui.core import compare
    from analyst_tui.core.model import Article

    articles = [Article(f"A{n}", f"/tmp/a{n}.txt", f"outlet {n}", t) for n, t in enumerate(texts)]
    monkeypatch.setattr(compare, "MIN_ARTICLES_BESIDE", 10**9)
    serial = compare.build_comparison(articles)
    between()
    monkeypatch.setattr(compare, "MIN_ARTICLES_BESIDE", 1)
    return serial, compare.build_comparison(articles)


def test_attributions_found_beside_alignment_are_the_serial_ones(monkeypatch):
    texts = [
        "Officials said the bridge would reopen. \"We are confident,\" the mayor told reporters on Monday.",
        "The mayor told reporters the bridge would reopen on Monday, according to officials.",
        "Police said two people were arrested. Witnesses told Reuters the crowd had dispersed.",
    ]
    serial, both = _in_one_process_and_beside(monkeypatch, texts)
    assert serial.attributions and both.attributions == serial.attributions


def test_conflicts_found_beside_the_analysis_are_the_serial_ones(monkeypatch):
    texts = [
        "A bomb exploded at the market in the city centre on Friday, killing at least 24 people and injuring dozens.",
        "A bomb exploded at the market in the city centre on Friday, killing at least 5 people and injuring dozens.",
        "A bomb exploded at the market in the city centre on Friday, killing 1 person and injuring dozens.",
    ]
    one, beside = _in_one_process_and_beside(monkeypatch, texts)
    serial, both = [c.conflicts for c in one.claims], [c.conflicts for c in beside.claims]
    assert any(serial) and both == serial


def test_clauses_found_in_another_process_give_the_same_features():
    from analyst_tui.core.align.features import LEXICAL, clause_lines

    texts = [
        "The gunman pulled a gun on two guards, took their weapons and fled on foot toward the river.",
        "He took the weapons of two guards at the gate before he fled on foot.",
        "Police closed the bridge on Monday while divers searched the river for the missing boat.",
        "Divers searched the river for the missing boat.",
    ]
    pairs = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))]
    here = Matcher(texts, None, 0.5).feature_matrix(pairs)
    given = Matcher(texts, None, 0.5, clauses=lambda: clause_lines(texts)).feature_matrix(pairs)
    assert np.array_equal(given, here)
    assert here[:, LEXICAL.index("clause_lex")].max() > 0  # the clauses counted
    # a source that does not fit the texts is ignored: each sentence finds its own clauses
    wrong = Matcher(texts, None, 0.5, clauses=lambda: clause_lines(texts[:2])).feature_matrix(pairs)
    assert np.array_equal(wrong, here)


def test_beside_each_gives_each_result_and_does_what_a_failed_child_did_not():
    import os

    parent = os.getpid()
    big = bytes(range(256)) * 12_000  # more than a pipe holds
    first, second, third = forking.beside_each([lambda: ["first", os.getpid() != parent], lambda: big, lambda: "third"])
    assert third() == "third" and first()[0] == "first" and second() == big and first()[0] == "first"

    def fails_in_child():
        if os.getpid() != parent:
            os._exit(3)
        return "done here"

    sent, not_sent = forking.beside_each([lambda: "sent", fails_in_child])
    assert not_sent() == "done here" and sent() == "sent"


def test_tokens_found_partly_in_another_process_give_the_same_claims(monkeypatch):
    texts = [
        "The gunman pulled a gun on two guards, took their weapons and fled on foot, police said on Monday.",
        "Police said the gunman took the weapons of two guards and fled on foot.",
        "Divers searched the river for the missing boat while police closed the bridge.",
        "Police closed the bridge and divers searched the river for the missing boat.",
    ]
    serial, both = _in_one_process_and_beside(monkeypatch, texts)
    shown = [([m.key for m in c.members], c.score, c.evidence) for c in serial.claims]
    assert any(c.is_shared for c in serial.claims)
    assert [([m.key for m in c.members], c.score, c.evidence) for c in both.claims] == shown


def test_candidate_pairs_found_partly_in_a_child_are_the_serial_ones(monkeypatch):
    from analyst_tui.core.align import candidates, engine

    texts = [
        "The gunman pulled a gun on two guards, took their weapons and fled on foot, police said on Monday.",
        "Police said the gunman took the weapons of two guards and fled on foot.",
        "Divers searched the river for the missing boat while police closed the bridge.",
        "Police closed the bridge and divers searched the river for the missing boat.",
        "The gunman who fled on foot was caught near the river by divers and police.",
        "Two guards lost their weapons to a gunman, who then fled.",
    ]
    owner = [0, 1, 2, 3, 0, 2]
    eng = engine()
    m = eng.matcher(texts)
    p = eng.params

    def pairs():
        return candidates.candidate_pairs(m, owner, p.min_contain, p.posting_cap, p.quote_grams, None, p.figure_gate)

    monkeypatch.setattr(candidates, "can_fork", lambda: False)
    serial = pairs()
    assert len(serial) >= 3 and any(i >= len(texts) // 2 for i, _ in serial)  # both halves have pairs
    monkeypatch.undo()
    monkeypatch.setattr(candidates, "MIN_ROWS", 4)  # fork even for a few sentences
    parent = os.getpid()
    forks = []
    real = forking.in_child

    def counted(produce):
        forks.append(os.getpid() == parent)
        return real(produce)

    monkeypatch.setattr(forking, "in_child", counted)
    assert pairs() == serial and forks == ([True] if forking.can_fork() else [])


def test_articles_segmented_partly_in_another_process_give_the_same_sentences(monkeypatch, tmp_path):
    import os

    from analyst_tui.core import compare

    real = compare.sentences_of
    seen = tmp_path / "pids"

    def recorded(article):
        with seen.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return real(article)

    monkeypatch.setattr(compare, "sentences_of", recorded)
    texts = [
        "Quake hits Aceh\n\nA magnitude 6.1 quake struck Aceh on Tuesday. \"We ran outside,\" a resident said.",
        "Aceh quake kills one\n\nOne person died when the quake hit. Dozens were hurt, officials said.",
        "Bridge closed\n\nPolice closed the bridge on Monday. Divers searched the river for the missing boat.",
        "Divers search river\n\nDivers searched the river. Police closed the bridge and the boat is still missing.",
    ]
    serial, both = _in_one_process_and_beside(monkeypatch, texts)
    assert sum(len(s) for s in serial.sentences.values()) >= 12
    assert both.sentences == serial.sentences and list(both.sentences) == list(serial.sentences)
    assert len(set(seen.read_text().split())) == 2  # the second half was segmented by the child


_SAID = [
    ("killing at least 24 people", "300", "confirmed", "12", "rose"),
    ("killing at least 5 people", "30", "denied", "120", "fell"),
    ("killing 1 person", "300", "confirmed", "12", "rose"),
]
_FIVE_CLAIMS = [
    f"A bomb exploded at the market on Friday, {dead}. The ferry sank off the coast with {aboard} passengers on "
    f"board. The minister {word} the plan to close the northern border crossing. The airline said {flights} flights "
    f"to the capital were cancelled on Sunday. The company said its annual profits {move} sharply last year."
    for dead, aboard, word, flights, move in _SAID
]


def _claims_checked_by(monkeypatch, tmp_path, child_stops_after: int, child_fails: bool = False):
    """Record which process found the contradictions of each claim. The child sends each claim's as soon as it has
    them; after ``child_stops_after`` claims it fails, or waits (until it is stopped) while this process finds the
    rest, which it starts only then (without a second process, at once)."""
    from analyst_tui.core import compare, conflicts

    real, parent, seen = conflicts.conflicts_each, os.getpid(), tmp_path / "checked"

    def recorded(claims):
        in_child = os.getpid() != parent
        if not in_child and forking.can_fork():
            for _ in range(3000):  # the child's first claims are sent
                if seen.exists() and "paused" in seen.read_text():
                    break
                time.sleep(0.01)
        for n, claim in enumerate(real(claims)):
            with seen.open("a") as out:
                out.write(f"{'child' if in_child else 'parent'} {claim.members[0].text[:30]}\n")
            yield claim  # (the child sends it)
            if in_child and n + 1 == child_stops_after:
                with seen.open("a") as out:
                    out.write("paused\n")
                if child_fails:
                    os._exit(3)
                time.sleep(120)

    monkeypatch.setattr(compare, "SEND_EVERY", 0.0)
    return seen, lambda: monkeypatch.setattr(conflicts, "conflicts_each", recorded)


def test_conflicts_found_from_both_ends_are_the_serial_ones(monkeypatch, tmp_path):
    """The child finds them from the first claim on, this process from the last back, until the two meet."""
    seen, record = _claims_checked_by(monkeypatch, tmp_path, child_stops_after=2)
    one, beside = _in_one_process_and_beside(monkeypatch, _FIVE_CLAIMS, record)
    shared = [c for c in one.claims if c.is_shared]
    assert len(shared) == 5 and sum(bool(c.conflicts) for c in shared) >= 3
    assert [c.conflicts for c in beside.claims] == [c.conflicts for c in one.claims]
    if forking.can_fork():  # (else this process finds them all)
        by = dict(line.split(" ", 1)[::-1] for line in seen.read_text().splitlines() if line != "paused")
        assert [by[c.members[0].text[:30]] for c in shared] == ["child", "child", "parent", "parent", "parent"]


def test_conflicts_a_failed_child_left_unfound_are_found_here(monkeypatch, tmp_path):
    seen, record = _claims_checked_by(monkeypatch, tmp_path, child_stops_after=1, child_fails=True)
    one, beside = _in_one_process_and_beside(monkeypatch, _FIVE_CLAIMS, record)
    assert any(c.conflicts for c in one.claims)
    assert [c.conflicts for c in beside.claims] == [c.conflicts for c in one.claims]
    if forking.can_fork():  # the child sent the first claim's before it failed
        by = dict(line.split(" ", 1)[::-1] for line in seen.read_text().splitlines() if line != "paused")
        assert [by[c.members[0].text[:30]] for c in one.claims if c.is_shared] == ["child"] + ["parent"] * 4


def test_a_child_is_read_as_it_sends_and_can_be_stopped():
    child = forking.start(lambda send: (send(b"first"), time.sleep(0.3), send(b"second"), time.sleep(60)))
    assert child.next() == b"first" and not child.ready()  # the second is not sent yet
    for _ in range(1000):
        if child.ready():
            break
        time.sleep(0.01)
    assert child.next() == b"second"
    started = time.monotonic()
    child.stop()  # it would sleep for a minute
    assert time.monotonic() - started < 5 and child.ready() and child.next() is None


def test_a_child_on_a_descriptor_past_1023_is_read_as_it_sends():
    """A process with many files open gets a pipe past what ``select.select`` accepts."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 1200 if hard == resource.RLIM_INFINITY else min(hard, 1200)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, want), hard))
    held = []
    try:
        while len(held) < want - 64:
            held.append(os.open(os.devnull, os.O_RDONLY))
        child = forking.start(lambda send: (time.sleep(0.2), send(b"late")))
        assert child is not None and not child.ready()
        for expected in (b"late", None):  # (then the end of the pipe, once the child has ended)
            for _ in range(1000):
                if child.ready():
                    break
                time.sleep(0.01)
            assert child.next() == expected
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_compare_json_encoded_while_the_contradictions_are_found_is_the_serial_json(monkeypatch, tmp_path, capsys):
    from analyst_tui import cli
    from analyst_tui.core import compare
    from analyst_tui.core.report import json as report_json

    texts = [
        "A lorry overturned on the coast road near Elmford on Sunday, injuring at least 14 passengers.\n\n"
        "The road reopened in the evening.",
        "A lorry overturned on the coast road near Elmford on Sunday, injuring at least 4 passengers.\n\n"
        "Rain had fallen all morning.",
        "A lorry overturned on the coast road near Elmford on Sunday, injuring 2 passengers.\n\n"
        "The driver was unhurt, the county said.",
    ]
    for n, text in enumerate(texts):
        (tmp_path / f"report{n}.txt").write_text(text, encoding="utf-8")
    ahead = []
    encode_ahead = report_json.encode_ahead
    monkeypatch.setattr(report_json, "encode_ahead", lambda c: ahead.append(c) or encode_ahead(c))

    def compare_json(beside: int) -> str:
        monkeypatch.setattr(compare, "MIN_ARTICLES_BESIDE", beside)
        assert cli.main(["compare", str(tmp_path), "--format", "json"]) == 0
        return capsys.readouterr().out

    serial = compare_json(10**9)
    assert not ahead  # one process: encoded at the end
    both = compare_json(1)
    assert len(ahead) == 1  # encoded while the second core found the contradictions
    assert both == serial
    import json

    details = [k["detail"] for claim in json.loads(both)["claims"] for k in claim["conflicts"]]
    assert any("14" in d and "4" in d for d in details)  # the contradictions found beside are in the JSON


def test_candidates_with_lead_pairs_found_partly_in_a_child_are_the_serial_ones(monkeypatch):
    """The lead pairs are found while the child finds the later candidates; a lead pair that is also one of those
    candidates is listed once, as in one process."""
    from analyst_tui.core.align import candidates, engine

    leads = ["Ferry sinks off Crete with 40 aboard", "A ferry carrying 40 passengers sank off Crete on Monday",
             "Forty people were aboard the ferry that sank near Crete", "Crete ferry sinking: 40 passengers rescued"]
    rest = ["Rescuers pulled the passengers from the sea near the port.", "The coast guard said the ship sank in calm seas.",
            "The captain was questioned by the port police on Tuesday."]
    texts, owner = [], []
    for a in range(8):
        for k, text in enumerate([leads[a % 4], rest[a % 3], rest[(a + 1) % 3]]):
            texts.append(text if k else f"{text} ({a})")
            owner.append(a)
    eng = engine()
    m = eng.matcher(texts)
    assert eng.params.lead_sentences > 0
    monkeypatch.setattr(candidates, "can_fork", lambda: False)
    serial = eng.candidates(m, owner)
    monkeypatch.undo()
    monkeypatch.setattr(candidates, "MIN_ROWS", 4)  # fork even for a few sentences
    both = eng.candidates(m, owner)
    assert both == serial and len(set(both)) == len(both)
    late = {pair for pair in serial if pair[0] >= len(texts) // 2}
    assert any(pair in late for pair in candidates.lead_pairs(m, owner, eng.params.lead_sentences))
