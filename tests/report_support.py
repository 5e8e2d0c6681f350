"""Shared helpers for the report tests: the seeds with a few tags, and a case written to attack."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analyst_tui.core import report
from analyst_tui.core.annotations import AnnotationStore
from analyst_tui.core.ingest import load_paths
from analyst_tui.core.compare import build_comparison
from analyst_tui.core.model import Claim, Comparison, Sentence
from app_support import claim_with, seed_comparison

NOTE = "Denied on the record by the press secretary.\nThe sources stay anonymous."
WHO = "Karoline Leavitt (White House press secretary)"


@dataclass
class Tagged:
    comparison: Comparison
    store: AnnotationStore
    path: Path
    denied: Claim
    disputed: Claim
    confirmed: Claim
    denial: Sentence  # the sentence that carries the denial

    def briefing(self) -> report.Briefing:
        return report.gather(self.comparison, self.store, case="seeds", annotations_path=str(self.path))


def sentence_with(comparison: Comparison, text: str) -> Sentence:
    for sentences in comparison.sentences.values():
        for s in sentences:
            if text in s.text:
                return s
    raise AssertionError(f"no sentence contains {text!r}")


def tagged_seeds(folder: Path, analyst: str = "alice") -> Tagged:
    """The seed case with the NBC report denied (attributed, with a note), one claim confirmed, one disputed."""
    comparison = seed_comparison()
    path = folder / "seeds-annotations.json"
    store = AnnotationStore.open(comparison, path, case="seeds", analyst=analyst)
    denied = claim_with(comparison, "expressed interest", shared=True)
    denial = sentence_with(comparison, "dismissed the report")
    store.set_status(denied.id, "disputed")  # changed its mind: a history entry
    store.set_status(denied.id, "denied")
    store.set_attribution(denied.id, WHO, denial)
    store.set_note(denied.id, NOTE)
    confirmed = claim_with(comparison, "We are waiting for them", shared=True)
    store.set_status(confirmed.id, "confirmed")
    disputed = claim_with(comparison, "service members", shared=True)
    store.set_status(disputed.id, "disputed")
    return Tagged(comparison, store, path, denied, disputed, confirmed, denial)


# Text an attacker controls: Markdown links and images, raw HTML, a spreadsheet formula, a table break.
HOSTILE_SENTENCES = [
    '=HYPERLINK("http://evil.example/x","open me") said the minister about the border troops on Monday.',
    "The troops crossed [the border](javascript:alert(1)) at dawn with ![tanks](http://evil.example/p.png) in tow.",
    "Officials said <script>alert('x')</script> the convoy <img src=x onerror=alert(2)> stopped near the river.",
    "@SUM(A1:A9) | +1 | -2 | the ministry's table | was | wrong about the casualty figures.",
]
HOSTILE_NOTE = "\x1b]0;pwned\x07Title changed?\x1b[31m red \x9b31m\n=cmd|' /C calc'!A0\n<script>alert(3)</script> [x](javascript:alert(4))"
HOSTILE_WHO = "<b>Spokes</b>|person [me](javascript:alert(5))"


def hostile_case(folder: Path) -> tuple[Comparison, AnnotationStore]:
    """Two articles sharing every hostile sentence, with hostile metadata, a hostile note and name."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in (("a.txt", "<img src=x onerror=alert(9)> | Daily"), ("b.txt", "[Evil](javascript:alert(8)) News")):
        body = " ".join(HOSTILE_SENTENCES)
        (folder / name).write_text(
            f"---\nsource: {source}\ntitle: <script>alert('t')</script> =1+2\ndate: 2026|03|07 <b>\n---\n{body}\n", "utf-8"
        )
    comparison = build_comparison(load_paths([str(folder)]).articles)
    store = AnnotationStore.open(comparison, folder.parent / "hostile-annotations.json", case="hostile <case>", analyst="=evil|analyst")
    shared = [c for c in comparison.claims if c.is_shared]
    assert len(shared) >= 3, "the hostile sentences must be shared claims"
    for claim in shared:
        store.set_status(claim.id, "denied")
        store.set_attribution(claim.id, HOSTILE_WHO, claim.members[-1])
        store.set_note(claim.id, HOSTILE_NOTE)
    return comparison, store
