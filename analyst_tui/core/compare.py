"""The pipeline: articles -> sentences -> claims."""

from __future__ import annotations

from typing import Sequence

from analyst_tui.core.align import align, warnings as align_warnings
from analyst_tui.core.conflicts import find_conflicts
from analyst_tui.core.model import Article, Comparison, Sentence
from analyst_tui.core.segment import segment


def sentences_of(article: Article) -> list[Sentence]:
    return [
        Sentence(article.id, i, sp.start, sp.end, article.text[sp.start : sp.end], sp.kind)
        for i, sp in enumerate(segment(article.text))
    ]


def build_comparison(articles: Sequence[Article], warnings: Sequence[str] = ()) -> Comparison:
    sentences = {a.id: sentences_of(a) for a in articles}
    claims = align(sentences)
    find_conflicts(claims)  # contradictions inside a claim are flagged, never silent
    return Comparison(list(articles), sentences, claims, list(warnings) + align_warnings())
