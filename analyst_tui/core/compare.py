"""The pipeline: articles -> sentences -> claims."""

from __future__ import annotations

from typing import Callable, Sequence

from analyst_tui.core.align import add_evidence, align_without_evidence, claim_sentences, warnings as align_warnings
from analyst_tui.core.align.features import clause_lines
from analyst_tui.core.align.forked import beside_each
from analyst_tui.core.analysis import analyse, attributions_of
from analyst_tui.core.conflicts import find_conflicts
from analyst_tui.core.model import Article, Claim, Comparison, Conflict, Sentence
from analyst_tui.core.segment import segment
from analyst_tui.core.textnorm import Tokens, token_rows, tokenize

MIN_ARTICLES_BESIDE = 50  # below this a second process costs more than it saves


def sentences_of(article: Article) -> list[Sentence]:
    return [
        Sentence(article.id, i, sp.start, sp.end, article.text[sp.start : sp.end], sp.kind)
        for i, sp in enumerate(segment(article.text))
    ]


def _conflicts_of(claims: list[Claim]) -> list[list[Conflict]]:
    find_conflicts(claims)
    return [c.conflicts for c in claims]


def build_comparison(
    articles: Sequence[Article], warnings: Sequence[str] = (), progress: Callable[[str, int, int], None] | None = None
) -> Comparison:
    """``progress(stage, done, total)`` reports each article segmented, then the alignment."""
    sentences = {}
    for done, a in enumerate(articles, 1):
        sentences[a.id] = sentences_of(a)
        if progress is not None:
            progress("segment", done, len(articles))
    if progress is not None:
        progress("align", 0, len(articles))
    # A second core tokenizes the second half of the sentences, then finds who says what and each
    # sentence's clauses (they need only the sentences) while the matching is prepared.
    beside_align = clauses = tokens = None
    if len(sentences) >= MIN_ARTICLES_BESIDE:
        texts = [s.text for s in claim_sentences(sentences)]
        half = len(texts) // 2
        their_tokens, beside_align = beside_each(
            [lambda: token_rows(texts[half:]), lambda: (attributions_of(sentences), clause_lines(texts))]
        )
        tokens = lambda: [tokenize(t) for t in texts[:half]] + [Tokens(*row) for row in their_tokens()]  # noqa: E731
        clauses = lambda: beside_align()[1]  # noqa: E731
    claims, evidence_of = align_without_evidence(sentences, clauses=clauses, tokens=tokens)
    # The shared claims' evidence, half of it on a second core, which then finds the contradictions
    # inside each claim (flagged, never silent) while the analysis, which does not read them, runs.
    conflicts = None
    if len(sentences) >= MIN_ARTICLES_BESIDE:
        half = sum(1 for c in claims if c.is_shared) // 2
        found, conflicts = beside_each([lambda: evidence_of(0, half), lambda: _conflicts_of(claims)])
        add_evidence(claims, evidence_of(half, None), half)
        add_evidence(claims, found())
    else:
        add_evidence(claims, evidence_of(0, None))
        find_conflicts(claims)
    del evidence_of  # the matching's data is no longer needed
    comparison = Comparison(list(articles), sentences, claims, list(warnings) + align_warnings())
    analyse(comparison, beside_align()[0] if beside_align is not None else None)  # attributions, word differences, origins, suggestions
    if conflicts is not None:
        for claim, flagged in zip(claims, conflicts()):
            claim.conflicts = flagged
    return comparison
