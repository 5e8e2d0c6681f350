"""Running the analysis stage over a freshly aligned comparison (see the package's docstring)."""

from __future__ import annotations

from analyst_tui.core.analysis.attribution import attribute
from analyst_tui.core.analysis.cues import disagreements, suggest
from analyst_tui.core.analysis.differences import claim_differences
from analyst_tui.core.analysis.origins import article_default, claim_origins, sentence_origin
from analyst_tui.core.model import Attribution, Comparison, Sentence


def attributions_of(sentences: dict[str, list[Sentence]]) -> dict[tuple[str, int], Attribution]:
    """Whom each sentence credits (needs only the sentences, not the claims)."""
    attributions = {}
    for sents in sentences.values():
        attributions.update(attribute(sents))
    return attributions


def analyse(comparison: Comparison, attributions: dict[tuple[str, int], Attribution] | None = None) -> Comparison:
    """Fill the analysis fields of a freshly aligned comparison (in place) and return it.

    ``attributions``: the result of ``attributions_of(comparison.sentences)`` when already computed.
    """
    if attributions is None:
        attributions = attributions_of(comparison.sentences)
    comparison.attributions = attributions
    origin_of: dict[tuple[str, int], str] = {}
    for article in comparison.articles:
        sentences = comparison.sentences.get(article.id, [])
        default = article_default(article, sentences, attributions)
        for s in sentences:
            origin_of[s.key] = sentence_origin(s, attributions, default)
    for claim in comparison.claims:
        if claim.kind != "claim":
            continue
        claim.origins = claim_origins(claim, origin_of)
        if claim.is_shared:
            claim.differs = claim_differences(claim)
    suggest(comparison)
    comparison.disagreements = disagreements(comparison)
    return comparison
