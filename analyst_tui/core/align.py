"""Claim alignment (placeholder: exact-text matches only; replaced by the real engine)."""

from __future__ import annotations

from analyst_tui.core.model import Claim, Sentence


def align(sentences: dict[str, list[Sentence]]) -> list[Claim]:
    groups: dict[str, list[Sentence]] = {}
    for sents in sentences.values():
        for s in sents:
            groups.setdefault(s.text.lower() if s.kind == "claim" else f"\0{s.key}", []).append(s)
    clusters = list(groups.values())
    clusters.sort(key=lambda ms: (len({m.article for m in ms}) < 2, ms[0].article, ms[0].index))
    return [Claim(i + 1, ms, 1.0, {}) for i, ms in enumerate(clusters)]
