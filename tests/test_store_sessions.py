"""Two sessions on one case (two logins, or the app and a script): no update is lost."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison

from seed_cases import SEED_FILES


def _disk(path: Path) -> dict[int, dict]:
    return {r["claim"]: r for r in json.loads(path.read_text("utf-8"))["annotations"]}


def test_changes_of_two_open_sessions_are_merged(seeds, tmp_path):
    path = tmp_path / "case.json"
    one = AnnotationStore.open(seeds, path, analyst="one")
    two = AnnotationStore.open(seeds, path, analyst="two")
    a, b, c = (claim.id for claim in seeds.claims[:3])
    assert one.set_status(a, "confirmed")
    assert two.set_status(b, "denied")  # two has not seen a: it must not erase it
    assert one.set_note(c, "one's note")
    assert two.set_note(c, "two's note")  # both changed the same note: both kept
    disk = _disk(path)
    assert disk[a]["status"] == "confirmed" and disk[b]["status"] == "denied"
    assert "one's note" in disk[c]["note"] and "two's note" in disk[c]["note"]
    # the second session now shows the first one's work too
    assert two.status(a) == "confirmed"
    assert a in two.take_external_changes()
    # and the first picks up the second's on refresh
    one.refresh()
    assert set(one.take_external_changes()) >= {b, c}
    assert one.status(b) == "denied" and "two's note" in one.get(c).note


def test_status_changed_in_both_sessions_newest_wins_older_kept_in_history(seeds, tmp_path):
    path = tmp_path / "case.json"
    one = AnnotationStore.open(seeds, path, analyst="one")
    two = AnnotationStore.open(seeds, path, analyst="two")
    cid = seeds.claims[0].id
    assert one.set_status(cid, "confirmed")
    assert two.set_status(cid, "denied")
    final = AnnotationStore.open(seeds, path).get(cid)
    assert final.status == "denied" and final.analyst == "two"
    assert any(h["status"] == "confirmed" and h["analyst"] == "one" for h in final.history)


def test_undo_in_one_session_keeps_the_other_sessions_work(seeds, tmp_path):
    path = tmp_path / "case.json"
    one = AnnotationStore.open(seeds, path, analyst="one")
    two = AnnotationStore.open(seeds, path, analyst="two")
    a, b = seeds.claims[0].id, seeds.claims[1].id
    one.set_status(a, "confirmed")
    two.set_status(b, "disputed")
    assert one.undo() == a
    disk = _disk(path)
    assert disk[a]["status"] == "unreviewed" and disk[b]["status"] == "disputed"


WORKER = textwrap.dedent(
    """
    import sys
    from analyst_tui.core.annotations import AnnotationStore
    from analyst_tui.core.ingest import load_paths
    from analyst_tui.core.compare import build_comparison

    path, who, parity, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    comparison = build_comparison(load_paths(files).articles)
    store = AnnotationStore.open(comparison, path, analyst=who)
    ids = [c.id for c in comparison.claims]
    print("ready", flush=True)
    sys.stdin.readline()  # both start writing at the same moment: when the test says go
    failures = 0
    mine = [cid for i, cid in enumerate(ids[1:]) if i % 2 == parity]
    for round_ in range(3):
        for cid in mine:
            status = ("confirmed", "disputed", "denied")[(cid + round_) % 3]
            failures += not store.set_status(cid, status)
        # each adds a line to the same note, as an analyst editing it in the note dialog would
        note = store.get(ids[0]).note
        failures += not store.set_note(ids[0], (note + "\\n" if note else "") + f"{who} looked at this (round {round_})")
    print(failures)
    """
)


def test_two_real_processes_writing_at_the_same_time_lose_nothing(seeds, tmp_path):
    path = tmp_path / "case.json"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), who, str(parity), *SEED_FILES],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who, parity in (("alice", 0), ("bob", 1))
    ]
    for p in procs:  # both have loaded the articles and opened the store
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    for p in procs:  # go
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert out.strip() == "0"  # every change was acknowledged as saved
    disk = _disk(path)
    ids = [c.id for c in seeds.claims]
    for i, cid in enumerate(ids[1:]):
        assert disk[cid]["status"] == ("confirmed", "disputed", "denied")[(cid + 2) % 3], f"claim {cid} lost an update"
        assert disk[cid]["analyst"] == ("alice" if i % 2 == 0 else "bob")
    lines = disk[ids[0]]["note"].splitlines()
    for who in ("alice", "bob"):
        for round_ in range(3):
            assert lines.count(f"{who} looked at this (round {round_})") == 1, lines
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_orphan_reattached_in_one_session_is_attached_in_the_other(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in SEED_FILES:
        shutil.copy(p, folder / Path(p).name)
    files = sorted(str(p) for p in folder.glob("*.txt"))
    comparison = build_comparison(load_paths(files).articles)
    unique = next(c for c in comparison.claims if c.shared_by == 1 and c.kind == "claim" and len(c.members[0].text) > 60)
    path = tmp_path / "case.json"
    AnnotationStore.open(comparison, path, analyst="one").set_note(unique.id, "orphan to be")
    article = comparison.article(unique.members[0].article)
    Path(article.path).write_text(article.text.replace(unique.members[0].text, ""), "utf-8")

    edited = build_comparison(load_paths(files).articles)
    one = AnnotationStore.open(edited, path, analyst="one")
    two = AnnotationStore.open(edited, path, analyst="two")
    assert [o.note for o in one.orphans] == [o.note for o in two.orphans] == ["orphan to be"]
    target = edited.claims[0].id
    assert one.reattach(one.orphans[0], target)
    two.refresh()
    assert two.orphans == []
    assert two.get(target).note == "orphan to be"
    assert target in two.take_external_changes()
    # and a later save by the second session does not bring the orphan back
    assert two.set_status(target, "confirmed")
    final = AnnotationStore.open(edited, path)
    assert final.orphans == [] and final.get(target).note == "orphan to be"


def test_records_this_version_cannot_read_survive_other_sessions(seeds, tmp_path):
    path = tmp_path / "case.json"
    one = AnnotationStore.open(seeds, path, analyst="one")
    one.set_status(seeds.claims[0].id, "confirmed")
    data = json.loads(path.read_text("utf-8"))
    odd = {"id": "urn:x:later-kind", "status": "escalated", "target": []}
    data["annotations"] += [odd, {"no id": True}]
    path.write_text(json.dumps(data), "utf-8")  # written by some other tool meanwhile
    assert one.set_status(seeds.claims[1].id, "denied")
    saved = json.loads(path.read_text("utf-8"))["annotations"]
    assert odd in saved and {"no id": True} in saved
    assert {r["claim"]: r["status"] for r in saved if "claim" in r} == {
        seeds.claims[0].id: "confirmed",
        seeds.claims[1].id: "denied",
    }


OPS = st.lists(
    st.tuples(st.sampled_from([0, 1]), st.sampled_from(["status", "note"]), st.integers(0, 3), st.sampled_from(["confirmed", "disputed", "denied"])),
    min_size=1,
    max_size=12,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_interleaving_of_two_sessions_loses_no_update(seeds, tmp_path_factory, ops):
    path = tmp_path_factory.mktemp("two") / "case.json"
    sessions = [AnnotationStore.open(seeds, path, analyst="one"), AnnotationStore.open(seeds, path, analyst="two")]
    ids = [c.id for c in seeds.claims[:4]]
    last_status: dict[int, str] = {}
    lines: dict[int, list[str]] = {}
    for n, (who, field, k, status) in enumerate(ops):
        store, cid = sessions[who], ids[k]
        if field == "status":
            assert store.set_status(cid, status)
            last_status[cid] = status
        else:
            line = f"line {n} by {who}"
            note = store.get(cid).note
            assert store.set_note(cid, f"{note}\n{line}" if note else line)
            lines.setdefault(cid, []).append(line)
    final = AnnotationStore.open(seeds, path)
    for cid, status in last_status.items():
        assert final.status(cid) == status  # the latest change wins...
    for cid, expected in lines.items():
        got = final.get(cid).note.splitlines()
        assert all(line in got for line in expected), (expected, got)  # ...and no note line is lost
