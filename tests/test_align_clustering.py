"""Clustering and candidate rules of the engine that an analyst sees as which sentences share a colour."""

from __future__ import annotations

from analyst_tui.core import align as align_pkg
from analyst_tui.core.align import params, vectors
from analyst_tui.core.align.candidates import candidate_pairs


def test_candidate_pairs_come_in_one_order_whatever_the_run():
    """Pairs are scored in batches; a pair's place in its batch can change its score's last bits, so the
    order must not depend on how a set of sentence numbers happened to be filled (it changes between runs)."""
    n = 900
    texts = [f"Filler sentence number {k} says little." for k in range(n)]
    owner = [k * 3 // n for k in range(n)]
    for g in range(290):  # three sentences far apart share two rare names
        for k in (g, g + 300, g + 601):
            texts[k] = f"Inspectors named Zorvath{g} and Quillan{g} in the harbour report."
    eng = align_pkg.Engine(vectors.load(params.vector_source()), params.load("semantic"))
    pairs = candidate_pairs(eng.matcher(texts), owner, 0.0, 40, 2)
    assert len(pairs) >= 3 * 290 and pairs == sorted(pairs)
