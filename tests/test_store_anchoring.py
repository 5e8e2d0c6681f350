"""Articles that change: annotations re-attach by quote and context, or become orphans, never misplaced."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from analyst_tui.core.annotations.anchoring import norm
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison

from seed_cases import SEEDS
NBC = "NBC's sources say no decisions have been made and no orders issued."
OTHER_STORY = """\
The city council voted 7-2 on Tuesday to approve a new budget for the public library system.

The plan adds evening hours at four branches and restores the mobile book service that was cut last year.

Council member Dana Ortiz said the vote was the result of months of negotiation with the mayor's office.

Two members opposed the budget, arguing that the money should go to road repairs instead.

The new hours take effect in September, according to a statement from the library board.
"""


def _comparison(folder: Path):
    return build_comparison(load_paths(sorted(str(p) for p in folder.glob("*.txt"))).articles)


def _claim_with(comparison, text: str):
    for claim in comparison.claims:
        if any(norm(text) in norm(m.text) for m in claim.members):
            return claim
    raise AssertionError(f"no claim holds {text!r}")


@pytest.fixture
def case(tmp_path):
    """Three seed articles in a folder, with three annotated claims in ``case.json``."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    first = sorted(folder.glob("*.txt"))[0]
    comparison = _comparison(folder)
    art_a = next(a for a in comparison.articles if Path(a.path).name == first.name)
    shared = _claim_with(comparison, NBC)
    assert shared.is_shared
    unique = next(
        c
        for c in comparison.claims
        if c.shared_by == 1 and c.members[0].article == art_a.id and c.kind == "claim" and len(c.members[0].text) > 60
    )
    leavitt = _claim_with(comparison, "Leavitt told NBC its report was based on")
    path = tmp_path / "case.json"
    store = AnnotationStore.open(comparison, path, analyst="tester")
    store.set_status(shared.id, "disputed")
    store.set_note(shared.id, "shared claim note")
    store.set_status(unique.id, "confirmed")
    store.set_note(unique.id, "unique claim note")
    store.set_status(leavitt.id, "denied")
    carrier = next(m for m in leavitt.members if m.article == art_a.id)
    store.set_attribution(shared.id, "White House press secretary Karoline Leavitt", carrier)
    return {
        "folder": folder,
        "file": first,
        "path": path,
        "shared": [m.text for m in shared.members],
        "unique": unique.members[0].text,
        "leavitt": [m.text for m in leavitt.members],
        "carrier": carrier.text,
    }


def _reopen(case):
    comparison = _comparison(case["folder"])
    return comparison, AnnotationStore.open(comparison, case["path"], analyst="tester")


def _by_note(store):
    return {a.note: a for a in store.annotations() if a.note}


def _members(comparison, claim_id):
    return [norm(m.text) for m in next(c for c in comparison.claims if c.id == claim_id).members]


def _edit(case, change):
    text = case["file"].read_text("utf-8")
    new = change(text)
    assert new != text
    case["file"].write_text(new, "utf-8")


def test_unchanged_articles_attach_exactly(case):
    comparison, store = _reopen(case)
    assert store.orphans == [] and store.message is None
    notes = _by_note(store)
    assert notes["shared claim note"].score == 1.0 and notes["unique claim note"].score == 1.0


def test_whitespace_changes(case):
    _edit(case, lambda t: "\n\n  " + t.replace(". ", ".   ").replace("\n\n", "\n\n\n \n") + "\n\n\n")
    comparison, store = _reopen(case)
    assert store.orphans == []
    notes = _by_note(store)
    assert norm(case["unique"]) in _members(comparison, notes["unique claim note"].claim_id)
    assert norm(NBC) in _members(comparison, notes["shared claim note"].claim_id)
    assert notes["unique claim note"].score >= 0.95


def test_paragraph_inserted_above(case):
    inserted = (
        "Editor's note: this story was updated on Saturday with comment from the Pentagon, "
        "which declined to discuss troop movements.\n\n"
    )
    _edit(case, lambda t: t.replace(NBC, inserted + NBC, 1))
    comparison, store = _reopen(case)
    assert store.orphans == []
    notes = _by_note(store)
    assert norm(NBC) in _members(comparison, notes["shared claim note"].claim_id)
    assert norm(case["unique"]) in _members(comparison, notes["unique claim note"].claim_id)
    assert notes["shared claim note"].score >= 0.95
    # the sentence carrying the denial is found again too, at its new place
    attribution = notes["shared claim note"].attribution
    assert attribution is not None and attribution.text == case["carrier"]
    assert notes["shared claim note"].attributed_to == "White House press secretary Karoline Leavitt"
    # the next save stores the new positions
    assert store.set_note(notes["shared claim note"].claim_id, "shared claim note, updated")
    text = next(a.text for a in comparison.articles if Path(a.path).name == case["file"].name)  # offsets are into Article.text
    raw = json.loads(case["path"].read_text("utf-8"))
    rec = next(r for r in raw["annotations"] if r["note"] == "shared claim note, updated")
    target = next(t for t in rec["target"] if t["selector"][0]["exact"] == NBC)
    assert target["selector"][1] == {"type": "TextPositionSelector", "start": text.index(NBC), "end": text.index(NBC) + len(NBC)}
    assert target["selector"][0]["prefix"] == text[text.index(NBC) - 32 : text.index(NBC)]
    assert target["selector"][0]["prefix"].endswith("troop movements.\n\n")


def test_sentence_reworded_slightly(case):
    reworded = "NBC's sources said no decision has been made and no orders were issued."
    _edit(case, lambda t: t.replace(NBC, reworded, 1))
    comparison, store = _reopen(case)
    assert store.orphans == []
    ann = _by_note(store)["shared claim note"]
    assert norm(reworded) in _members(comparison, ann.claim_id)
    assert 0.8 <= ann.score < 1.0  # placed, and the lower score says it was not an exact match
    assert ann.status == "disputed"


def test_sentence_removed_becomes_an_orphan_with_its_verdict(case):
    _edit(case, lambda t: t.replace(case["unique"], "", 1))
    comparison, store = _reopen(case)
    assert len(store.orphans) == 1
    orphan = store.orphans[0]
    assert orphan.quote == case["unique"]
    assert (orphan.status, orphan.note) == ("confirmed", "unique claim note")
    assert orphan.score < 0.82 and orphan.reason
    assert "could not be re-attached" in store.message
    # nothing else moved
    assert "unique claim note" not in _by_note(store)
    assert norm(NBC) in _members(comparison, _by_note(store)["shared claim note"].claim_id)
    # an orphan is never dropped from the file
    raw = json.loads(case["path"].read_text("utf-8"))
    assert any(r.get("note") == "unique claim note" for r in raw["annotations"])
    # other changes save the file; the orphan stays in it
    other = next(c for c in comparison.claims if store.status(c.id) == "unreviewed")
    assert store.set_status(other.id, "confirmed")
    again = AnnotationStore.open(comparison, case["path"])
    assert [o.note for o in again.orphans] == ["unique claim note"]
    # the sentence comes back (the edit was undone): the annotation finds its claim again
    shutil.copy(SEEDS / case["file"].name, case["file"])
    comparison, store = _reopen(case)
    assert store.orphans == []
    assert norm(case["unique"]) in _members(comparison, _by_note(store)["unique claim note"].claim_id)


def test_file_replaced_by_another_story(case):
    case["file"].write_text(OTHER_STORY, "utf-8")
    comparison, store = _reopen(case)
    new_story = {norm(s.text) for a in comparison.articles if a.path == str(case["file"]) for s in comparison.sentences[a.id]}
    assert new_story
    # nothing is placed on the new story's sentences
    for ann in store.annotations():
        members = _members(comparison, ann.claim_id)
        assert not set(members) <= new_story, f"{ann.note or ann.status} was placed on the other story"
    orphan_notes = {o.note for o in store.orphans}
    assert "unique claim note" in orphan_notes
    # a claim the other articles still make keeps its annotation through their sentences
    notes = _by_note(store)
    members = _members(comparison, notes["shared claim note"].claim_id)
    assert any(m in {norm(t) for t in case["shared"]} for m in members)
    assert notes["shared claim note"].score < 1.0


def test_orphan_can_be_reattached_and_that_is_saved(case):
    _edit(case, lambda t: t.replace(case["unique"], "", 1))
    comparison, store = _reopen(case)
    orphan = store.orphans[0]
    target = next(c for c in comparison.claims if store.status(c.id) == "unreviewed" and store.get(c.id).note == "")
    assert store.reattach(orphan, target.id)
    assert store.orphans == []
    assert (store.status(target.id), store.get(target.id).note) == ("confirmed", "unique claim note")
    again = AnnotationStore.open(comparison, case["path"])
    assert again.orphans == [] and again.get(target.id).note == "unique claim note"
    assert any(h.get("reattached") for h in again.get(target.id).history)


def test_orphan_reattached_to_an_annotated_claim_keeps_both(case):
    _edit(case, lambda t: t.replace(case["unique"], "", 1))
    comparison, store = _reopen(case)
    shared_id = _by_note(store)["shared claim note"].claim_id
    assert store.reattach(store.orphans[0], shared_id)
    ann = store.get(shared_id)
    assert "shared claim note" in ann.note and "unique claim note" in ann.note
    assert ann.status == "disputed"  # the claim's own verdict stays...
    assert {c["status"] for c in ann.conflicts} == {"disputed", "confirmed"}  # ...and the orphan's is a conflict to settle
    assert store.conflicts == [shared_id]
    assert store.resolve_conflict(shared_id, "confirmed")
    again = AnnotationStore.open(comparison, case["path"])
    assert again.status(shared_id) == "confirmed" and again.conflicts == [] and again.orphans == []


def test_discarded_orphan_is_hidden_but_kept_in_the_file(case):
    _edit(case, lambda t: t.replace(case["unique"], "", 1))
    comparison, store = _reopen(case)
    assert store.discard(store.orphans[0])
    assert store.orphans == []
    again = AnnotationStore.open(comparison, case["path"])
    assert again.orphans == [] and again.message is None
    raw = json.loads(case["path"].read_text("utf-8"))
    kept = [r for r in raw["annotations"] if r.get("note") == "unique claim note"]
    assert len(kept) == 1 and kept[0]["discarded"] and kept[0]["status"] == "confirmed"


def test_renumbered_claims_follow_their_sentences(case, tmp_path):
    """Claim ids are not stable: an annotation follows its sentences, not its number."""
    comparison = _comparison(case["folder"])
    # same articles, loaded in the reverse order: every claim id may change
    reversed_cmp = build_comparison(list(reversed(comparison.articles)))
    store = AnnotationStore.open(reversed_cmp, case["path"])
    assert store.orphans == []
    ann = _by_note(store)["shared claim note"]
    assert norm(NBC) in _members(reversed_cmp, ann.claim_id)
    assert ann.score == 1.0


def test_sentence_rewritten_heavily_is_an_orphan_with_a_suggestion(case):
    words = case["unique"].split()
    half = len(words) // 2
    rewritten = " ".join(["Separately,", "people", "familiar", "with", "it", "said"] + words[half:])
    _edit(case, lambda t: t.replace(case["unique"], rewritten, 1))
    comparison, store = _reopen(case)
    assert [o.note for o in store.orphans] == ["unique claim note"]
    orphan = store.orphans[0]
    assert 0.3 < orphan.score < 0.82
    # the nearest claim is offered to the analyst, not chosen for them
    assert norm(rewritten) in _members(comparison, orphan.suggested_claim)
    assert store.get(orphan.suggested_claim).note == ""
