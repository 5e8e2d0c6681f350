"""The review screen's analysis actions: compare a claim's versions, accept a suggested status,
grade sources (a part of the review screen, like review_tagging and review_file)."""

from __future__ import annotations

from textual.binding import Binding

from analyst_tui.core.analysis.grading import claim_grade
from analyst_tui.core.model import Sentence
from analyst_tui.tui.widgets.article_pane import ArticlePane
from analyst_tui.tui.screens.review_parts import ReviewParts
from analyst_tui.tui.text import one_line, status_label

BINDINGS = [
    Binding("equals_sign", "compare_claim", "Compare", id="review.compare", tooltip="Every source's version of the claim, differences marked"),
    Binding("A", "accept_suggestion", "Accept", show=False, id="review.accept_suggestion", tooltip="Accept the suggested status (and who made the denial or dispute)"),
    Binding("g", "grade_sources", "Grade", show=False, id="review.grade_sources", tooltip="Grade the reliability of sources A–F (focused article first)"),
]

COMMANDS = [
    ("compare_claim", "Compare the claim's versions", "Stack every source's version of the selected claim with the differences marked"),
    ("accept_suggestion", "Accept the suggested status", "Tag the claim as suggested by a denial or dispute cue and record who made it"),
    ("grade_sources", "Grade source reliability (A–F)", "The NATO / Admiralty source grade, remembered across cases"),
]


class AnalysisMixin(ReviewParts):
    """Part of ReviewScreen: what the analysis stage found, offered to the analyst."""

    def action_compare_claim(self) -> None:
        claim = self.state.index.get(self.need_claim())
        if claim is None:
            return
        from analyst_tui.tui.screens.claim_compare import ClaimCompareScreen

        status = self.state.status_of(claim.id)
        grade = claim_grade(self.state.comparison, claim, status, self.state.grades)
        self.app.push_screen(ClaimCompareScreen(self.state.comparison, claim, f"{status_label(status)} · grade {grade}"))

    def carrying_sentence(self, article: str, start: int) -> Sentence | None:
        for s in self.state.comparison.sentences.get(article, []):
            if s.start == start:
                return s
        return None

    def action_accept_suggestion(self) -> None:
        claim_id = self.need_claim()
        claim = self.state.index.get(claim_id)
        if claim is None:
            return
        sug = claim.suggestion
        if sug is None:
            self.notify(f"No status is suggested for claim {claim.id}.", markup=False, timeout=3)
            return
        if self.refuse_if_read_only():
            return
        store = self.state.store
        sentence = self.carrying_sentence(sug.article, sug.start)
        who = one_line(sug.by) if sug.by else "someone unnamed"
        said = f"Claim {claim.id}: {status_label(sug.status)} by {who} (accepted suggestion)."
        if claim.id in store.conflicts:  # the tag settles analysts' conflict
            self.set_claim_status(claim.id, sug.status)
            store.set_attribution(claim.id, sug.by, sentence, then=lambda ok: self.after_save(claim.id, ok, said))
        else:  # one change: one undo
            store.set_verdict(claim.id, sug.status, sug.by, sentence, then=lambda ok: self.after_save(claim.id, ok, said))
        self.claim_changed(claim.id)

    def grade_candidates(self) -> list[str]:
        """Sources to grade: the focused article's, the selected claim's outlets and origins, the rest."""
        comparison = self.state.comparison
        names: list[str] = []
        focused = self.focused
        if isinstance(focused, ArticlePane):
            names.append(focused.article.source)
        claim = self.state.index.get(self.state.selected)
        if claim is not None:
            names += [comparison.article(a).source for a in claim.articles]
            names += claim.origins
        names += [a.source for a in comparison.articles]
        out: list[str] = []
        seen: set[str] = set()
        for n in names:
            key = " ".join(n.split()).casefold()
            if key and key not in seen:
                seen.add(key)
                out.append(" ".join(n.split()))
        return out

    def action_grade_sources(self) -> None:
        from analyst_tui.tui.dialogs.grades import GradeDialog

        def done(changed: bool | None) -> None:
            if changed:
                self.panel.rebuild()
                self.detail.show(self.state.selected)

        error = self.state.grades.error
        if error:  # a damaged sources.json is left alone: grades are shown, not saved
            self.notify(f"Source grades could not be read: {one_line(error)}", severity="warning", markup=False)
        self.app.push_screen(GradeDialog(self.grade_candidates(), self.state.grades), done)
