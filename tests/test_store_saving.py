"""Saving a large case quickly: the text is made in pieces and the file is not read back needlessly,
yet the file is exactly the full render, and another session's change is never missed."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyst_tui.core import fsutil
from analyst_tui.core.annotations import AnnotationStore, bigjson, diskfile
from analyst_tui.core.annotations.render import Renderer


def _full(value: object, level: int) -> str:
    pad = "  " * level
    return pad + json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)


def _canonical(text: str) -> str:
    return json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _disk(path: Path) -> dict[int, dict]:
    return {r["claim"]: r for r in json.loads(path.read_text("utf-8"))["annotations"]}


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from('"\\\n\t\x00\x1b\u2028é漢'), max_size=12)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(values, max_size=4), st.integers(0, 3))
def test_pieces_make_exactly_the_full_render_and_again_when_reused(records, level):
    renderer = Renderer(block=3, long=4)  # tiny blocks: every long string is cut, escapes included
    expected = ",\n".join(_full(r, level) for r in records)
    for _ in range(2):  # the second time, long strings come from what was kept
        out: list[str] = []
        renderer.render(records, level, out)
        assert "".join(out) == expected


def test_a_changed_long_note_is_written_anew_and_the_file_is_the_full_render(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    a, b = seeds.claims[0].id, seeds.claims[1].id
    first = 'line "one"\n' * 20_000  # longer than a block is escaped at a time
    second = first.replace("one", "two")  # same length, other text
    assert store.set_note(a, first) and store.set_status(b, "denied")
    text = path.read_text("utf-8")
    assert text == _canonical(text) and _disk(path)[a]["note"] == first
    assert store.set_note(a, second)
    text = path.read_text("utf-8")
    assert text == _canonical(text) and _disk(path)[a]["note"] == second
    # the earlier note is in the history, the tag untouched
    assert _disk(path)[a]["history"][-1]["note"] == first and _disk(path)[b]["status"] == "denied"
    reopened = AnnotationStore.open(seeds, path)
    assert reopened.get(a).note == second and reopened.status(b) == "denied"


def test_a_file_still_as_this_session_left_it_is_not_read_back(seeds, tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    a, b, c = (claim.id for claim in seeds.claims[:3])
    assert store.set_status(a, "confirmed")
    reads = []
    real = diskfile.read_seen
    monkeypatch.setattr(diskfile, "read_seen", lambda p, **kw: reads.append(p) or real(p, **kw))
    assert store.set_status(b, "disputed") and store.set_note(c, "mine")
    assert reads == []
    assert {k: r["status"] for k, r in _disk(path).items()} == {a: "confirmed", b: "disputed", c: "unreviewed"}
    # another session's save is read and merged
    other = AnnotationStore.open(seeds, path, analyst="other")
    assert other.set_status(c, "denied")
    opened = len(reads)
    assert store.set_note(a, "also mine")
    assert len(reads) == opened + 1
    disk = _disk(path)
    assert disk[c]["status"] == "denied" and disk[c]["note"] == "mine" and disk[a]["note"] == "also mine"
    assert store.status(c) == "denied"


def test_a_same_size_change_in_place_right_after_a_save_is_merged(seeds, tmp_path, monkeypatch):
    # a file system whose time stamps count whole seconds: the change leaves the same identity
    whole = diskfile.identity
    monkeypatch.setattr(diskfile, "identity", lambda st: whole(st)[:3] + (st.st_mtime_ns // 10**9, st.st_ctime_ns // 10**9))
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    a, b = seeds.claims[0].id, seeds.claims[1].id
    assert store.set_note(a, "aaaa")
    before = os.stat(path)
    # another program edits the file in place at once: same inode, same size
    raw = path.read_bytes()
    with open(path, "r+b") as fh:
        fh.write(raw.replace(b'"note": "aaaa"', b'"note": "bbbb"'))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # even the modification time put back
    assert store.set_status(b, "confirmed")
    disk = _disk(path)
    assert disk[a]["note"] == "bbbb" and disk[b]["status"] == "confirmed"
    assert store.get(a).note == "bbbb"


def test_a_refresh_after_an_unchanged_file_changes_nothing_and_sees_a_later_save(seeds, tmp_path):
    path = tmp_path / "case.json"
    store = AnnotationStore.open(seeds, path)
    a = seeds.claims[0].id
    assert store.set_status(a, "confirmed")
    assert store.refresh() == []
    other = AnnotationStore.open(seeds, path, analyst="other")
    assert other.set_note(a, "theirs")
    assert store.refresh() == [a] and store.get(a).note == "theirs"


def test_pieces_are_written_atomically_with_the_mode_kept_and_their_digest(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("old", "utf-8")
    os.chmod(path, 0o640)
    pieces = ["{", '"é": "' + "x" * (fsutil.BLOCK_CHARS + 7), '"', "}\n"]
    digest = fsutil.atomic_write_text(path, pieces, 0o640)
    data = path.read_bytes()
    assert data == "".join(pieces).encode("utf-8")
    assert digest == hashlib.sha256(data).hexdigest()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


json_texts = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts | st.sampled_from(["\U0001f600" * 5, "a\\b" * 4]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=25,
).flatmap(lambda v: st.sampled_from([json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, indent=2)]))


@settings(max_examples=300, deadline=None)
@given(json_texts, st.integers(0, 40), st.text(max_size=2))
def test_reading_in_short_steps_gives_what_json_gives_or_the_same_refusal(text, cut, insert):
    for candidate in (text, text[:cut] + insert + text[cut:]):  # valid, and probably damaged
        try:
            expected = json.loads(candidate)
        except ValueError:
            expected = ValueError
        for given_as in (candidate, candidate.encode("utf-8")):  # text, or the file's bytes
            try:
                got = bigjson.loads(given_as, block=16, long=3, big=1)
            except ValueError:
                got = ValueError
            assert got == expected


def test_a_long_string_as_this_session_wrote_it_is_taken_back_not_copied():
    renderer = Renderer(block=7, long=10)
    note = 'a "long" note\n' * 50
    out: list[str] = []
    renderer.render([{"note": note, "other": "x" * 30}], 0, out)
    data = bigjson.loads("".join(out), renderer.known, block=7, long=10, big=1)
    assert data["note"] is note and data["other"] == "x" * 30
    changed = bigjson.loads("".join(out).replace("long", "LONG"), renderer.known, block=7, long=10, big=1)
    assert changed["note"] == note.replace("long", "LONG")
    raw = "".join(out).encode("utf-8")
    assert bigjson.loads(raw, renderer.known, block=16, long=10, big=1)["note"] is note
    assert bigjson.loads(raw.replace(b"long", b"LONG"), renderer.known, block=16, long=10, big=1)["note"] == note.replace("long", "LONG")


def test_a_long_string_that_is_not_utf8_is_refused():
    raw = b'{"note": "' + b"abc " * 40 + b'\xff' + b"def " * 40 + b'"}'
    with pytest.raises(UnicodeDecodeError):
        bigjson.loads(raw, block=16, long=10, big=1)


def test_two_sessions_on_a_long_note_read_in_short_steps_lose_nothing(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(bigjson, "BIG", 1)  # every file is read the way a huge one is
    monkeypatch.setattr(bigjson, "LONG", 100)
    monkeypatch.setattr(bigjson, "BLOCK", 64)
    path = tmp_path / "case.json"
    one = AnnotationStore.open(seeds, path, analyst="one")
    two = AnnotationStore.open(seeds, path, analyst="two")
    a, b = seeds.claims[0].id, seeds.claims[1].id
    long_note = "r\u00e9sum\u00e9 \"quoted\" \\ line\n" * 200
    assert one.set_note(a, long_note)
    assert two.set_status(b, "denied")  # reads one's long note back
    assert two.set_note(a, long_note + "two adds this\n")
    assert one.set_status(a, "confirmed")  # reads two's longer note
    disk = _disk(path)
    assert disk[a]["note"] == long_note + "two adds this\n" and disk[a]["status"] == "confirmed"
    assert disk[b]["status"] == "denied"
    assert one.get(a).note == long_note + "two adds this\n"
