"""Which sentence pairs are worth scoring: nothing is compared all-against-all.

An inverted index over content stems proposes pairs of sentences from different
articles that share a rare stem (one used by at most ``posting_cap`` sentences);
a pair is kept when what it shares weighs at least ``min_contain`` of the
lighter sentence, or when the two share a run of words (a quote:
``quote_grams`` four-word runs), and only between articles the story gate
(``stories``) allows. Stems shared by very many sentences (the
story's own topic words) cannot propose a pair on their own, but still count
in the weight.
"""

from __future__ import annotations

from math import fsum
from typing import Sequence

import numpy as np

from analyst_tui.core.align.features import WEAK_STEMS, Matcher


def candidate_pairs(matcher: Matcher, owner: Sequence[int], min_contain: float, posting_cap: int,
                    quote_grams: int, allowed: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences of different articles worth scoring.

    ``allowed`` (articles x articles, from the story gate) rules out pairs of articles about different stories.
    """
    prepared = matcher.prepared
    df = matcher.df
    idf = matcher.idf
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(prepared):
        for s in p.stemset:
            if s not in WEAK_STEMS and df[s] <= posting_cap:
                postings.setdefault(s, []).append(i)
    rows = allowed.tolist() if allowed is not None else None
    out: list[tuple[int, int]] = []
    empty: list[int] = []
    for i, p in enumerate(prepared):
        oi = owner[i]
        gate = rows[oi] if rows is not None else None
        seen: set[int] = set()
        for s in p.stemset:
            seen.update(postings.get(s, empty))
        if len(seen) < 2:
            continue
        ps, pw, pg = p.stemset, p.weight, p.grams
        for j in sorted(seen):  # a set of ints iterates in an order that depends on how it was filled
            if j <= i or owner[j] == oi or (gate is not None and not gate[owner[j]]):
                continue
            q = prepared[j]
            shared = ps & q.stemset
            if len(shared) < 2:
                continue
            smaller = pw if pw < q.weight else q.weight
            if fsum(map(idf.__getitem__, shared)) >= min_contain * smaller or len(pg & q.grams) >= quote_grams:
                out.append((i, j))
    return out
