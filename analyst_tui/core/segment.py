"""Sentence segmentation (placeholder; the full segmenter replaces this)."""

from __future__ import annotations

import re

from analyst_tui.core.model import Span

_SENT = re.compile(r"[^\s].*?(?:[.!?](?=\s|$)|$)", re.M)


def segment(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "claim") for m in _SENT.finditer(text) if m.group().strip()]
