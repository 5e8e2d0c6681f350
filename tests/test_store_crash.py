"""Crash safety: a process killed with SIGKILL at any moment loses no acknowledged change.

A child process opens the store and changes notes and statuses as fast as it can,
printing "ack" only after the store said the change reached the disk. The parent kills it
at a random moment, many times over, and after every kill checks that the file parses and
holds every acknowledged change (or the one change in flight after it).
Set ANALYST_TUI_KILLS to run more rounds.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import time
from pathlib import Path

import pytest

from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.model import Status

STATUSES = tuple(s.value for s in Status)

from seed_cases import seed_comparison
KILLS = int(os.environ.get("ANALYST_TUI_KILLS", "200"))


def _child(comparison, path: Path, start_seq: int, wfd: int) -> None:
    try:
        rnd = random.Random(start_seq)
        store = AnnotationStore.open(comparison, path, analyst="crash")
        claim_ids = [c.id for c in comparison.claims][:12]
        seq = start_seq
        while True:
            cid = rnd.choice(claim_ids)
            if seq % 2:
                field, value = "status", STATUSES[(seq // 2) % len(STATUSES)]
            else:
                field, value = "note", f"n{seq}"
            os.write(wfd, f"try {seq} {cid} {field} {value}\n".encode())
            ok = store.set_status(cid, value) if field == "status" else store.set_note(cid, value)
            if ok:
                os.write(wfd, f"ack {seq}\n".encode())
            seq += 1
    finally:
        os._exit(0)


def _read_all(rfd: int) -> str:
    chunks = []
    while True:
        ready, _, _ = select.select([rfd], [], [], 0)
        if not ready:
            break
        data = os.read(rfd, 65536)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks).decode()


def _wait_for_ack(rfd: int, limit: float = 30.0) -> str:
    """What the child printed up to its first acknowledged change (a generous limit: busy machines)."""
    chunks = []
    deadline = time.monotonic() + limit
    while "ack " not in "".join(chunks) and time.monotonic() < deadline:
        ready, _, _ = select.select([rfd], [], [], 0.5)
        if ready:
            data = os.read(rfd, 65536)
            if not data:
                break
            chunks.append(data.decode())
    return "".join(chunks)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path):
    comparison = seed_comparison()
    path = tmp_path / "case.json"
    rnd = random.Random(20240607)
    expected: dict[tuple[int, str], str] = {}  # (claim, field) -> last acknowledged value
    seq = 0
    kills = acks = checked = in_flight_on_disk = mid_write = 0
    for _round in range(KILLS):
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(rfd)
            _child(comparison, path, seq, wfd)
        os.close(wfd)
        # wait until the child has saved a change, then kill it a random moment later
        early = _wait_for_ack(rfd)
        time.sleep(rnd.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        kills += 1
        out = early + _read_all(rfd)
        os.close(rfd)
        tries: dict[int, tuple[int, str, str]] = {}
        in_flight = None
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 5 and parts[0] == "try":
                tries[int(parts[1])] = (int(parts[2]), parts[3], parts[4])
                in_flight = int(parts[1])
            elif len(parts) == 2 and parts[0] == "ack" and int(parts[1]) in tries:
                cid, field, value = tries[int(parts[1])]
                expected[(cid, field)] = value
                acks += 1
                in_flight = None
            # a partial last line (killed mid-print) was not acknowledged: ignored
        seq = max(tries, default=seq - 1) + 1

        mid_write += any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
        text = path.read_text("utf-8") if path.exists() else '{"annotations": []}'
        data = json.loads(text)  # never a torn file
        checked += 1
        on_disk = {}
        for r in data["annotations"]:
            on_disk[(r["claim"], "note")] = r["note"]
            on_disk[(r["claim"], "status")] = r["status"]
        for key, value in expected.items():
            got = on_disk.get(key, "unreviewed" if key[1] == "status" else "")  # blank: not stored
            if got == value:
                continue
            # only the change in flight when the process died may be newer than the last ack
            assert in_flight is not None and tries[in_flight] == (*key, got), (
                f"claim {key[0]} {key[1]}: acknowledged {value!r}, on disk {got!r}"
            )
            in_flight_on_disk += 1
            expected[key] = got
    # the store itself reads the file back and finds every annotation
    store = AnnotationStore.open(comparison, path)
    assert store.message is None and not store.read_only and store.orphans == []
    for (cid, field), value in expected.items():
        assert getattr(store.get(cid), field) == value
    assert acks >= KILLS  # every child saved at least one change before it was killed
    # temporary files of writes cut short are cleaned up by the next save
    assert store.retry_save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".case.json.lock", "case.json"]
    print(
        f"\nkills={kills} files checked={checked} acknowledged changes={acks} lost=0 "
        f"(killed mid-write: {mid_write}, in-flight changes found on disk: {in_flight_on_disk})"
    )
