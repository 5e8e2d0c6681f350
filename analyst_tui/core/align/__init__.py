"""Aligning claims across articles.

1. ``features``: every sentence is normalised (name and number variants,
   Snowball stems) and, when the shipped word vectors load (``vectors``), its
   content words get vectors. Pair features are named.
2. ``stories``: articles about different stories (cosine of idf-weighted
   content stems below a fitted threshold) never share claims.
   ``candidates``: an inverted index proposes only pairs of sentences from
   different articles of one story that share enough weighted vocabulary, or a quote.
3. Scoring: two logistic models from the model file (``params``) score each
   candidate, a claim model (partial overlap counts) and a paraphrase model;
   a pair links when either reaches its fitted threshold.
4. ``clustering``: best-first merging without chaining; a compound sentence may
   join each claim it shares a part of; an article sharing no claim is compared with every
   sentence of its story that shares two content words and gets its best link.
5. ``evidence``: how well each claim holds together, its quote and terms.

Without word vectors the engine uses the lexical model of the same file and
``warnings()`` says so.
"""

from __future__ import annotations

import os

# The matrices here are small (a sentence's words against a few others'): BLAS threads only add
# start-up cost and compete for the cores. Takes effect when this is the first import of numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from typing import TYPE_CHECKING, Callable, Sequence  # noqa: E402

from analyst_tui.core.align import params as _params_module  # noqa: E402
from analyst_tui.core.align import vectors  # noqa: E402
from analyst_tui.core.align.candidates import candidate_pairs_beside, lead_pairs, lonely_pairs  # noqa: E402
from analyst_tui.core.align.clustering import (Linkage, cluster, join_further_claims, lonely_articles,  # noqa: E402
                                              pair_lonely_articles)
from analyst_tui.core.align.evidence import evidence, shared_quote  # noqa: E402
from analyst_tui.core.align.features import Matcher  # noqa: E402
from analyst_tui.core.align.params import Params  # noqa: E402
from analyst_tui.core.align.stories import article_similarity, background_idf, same_story  # noqa: E402
from analyst_tui.core.model import Claim, Sentence  # noqa: E402
from analyst_tui.core.textnorm import Tokens  # noqa: E402

if TYPE_CHECKING:
    import numpy as np

__all__ = ["add_evidence", "align", "align_without_evidence", "claim_sentences", "shared_quote", "warnings", "Engine", "engine"]


class Engine:
    """The word vectors (or None) and the fitted parameters that go with them."""

    def __init__(self, word_vectors: vectors.WordVectors | None, params: Params,
                 background: tuple[int, dict[str, int]] | None = None, one_story: bool = False):
        self.vectors = word_vectors
        self.params = params
        self.one_story = one_story  # the analyst says the articles are one story: no gate between them
        self.story_idf = background_idf(*(background or _params_module.story_background()))

    def matcher(self, texts: Sequence[str], clauses: Callable[[], str] | None = None,
                tokens: Callable[[], Sequence[Tokens]] | None = None) -> Matcher:
        return Matcher(texts, self.vectors, self.params.weak_weight, clauses, tokens)

    def story_gate(self, matcher: Matcher, owner: Sequence[int]) -> np.ndarray | None:
        """Articles x articles that may share claims (None: all may)."""
        return self.stories(matcher, owner)[0]

    def stories(self, matcher: Matcher, owner: Sequence[int]) -> tuple[np.ndarray | None, list[list[int]]]:
        """``story_gate``, and the article numbers of each story (``stories.story_sets``; one list: one story)."""
        p = self.params
        articles = max(owner, default=-1) + 1
        if self.one_story:
            return None, [list(range(articles))]
        found = same_story(matcher, owner, articles, p.story_min, p.story_power, self.story_idf)
        return found if found is not None else (None, [list(range(articles))])

    def candidates(self, matcher: Matcher, owner: Sequence[int], gate: np.ndarray | None = None) -> list[tuple[int, int]]:
        """The pairs worth scoring; ``gate`` is ``story_gate``'s answer (computed here when not given)."""
        p = self.params
        if gate is None:
            gate = self.story_gate(matcher, owner)
        found, rest = candidate_pairs_beside(matcher, owner, p.min_contain, p.posting_cap, p.quote_grams, gate,
                                             p.figure_gate)
        if not p.lead_sentences:
            return found + rest()
        # The lead pairs that are no candidate pair, found while a child may still find the later candidates.
        close = self.close_articles(matcher, owner)
        if gate is not None:
            close &= gate
        leads = lead_pairs(matcher, owner, p.lead_sentences, close, p.figure_gate, set(found))
        later = rest()
        known = set(later)
        return found + later + [pair for pair in leads if pair not in known]

    def close_articles(self, matcher: Matcher, owner: Sequence[int]) -> np.ndarray:
        """Articles x articles that read as one story by themselves: the cosine of their article vectors reaches
        ``story_min`` (the gate also lets two articles compared alone, or an article left alone and its closest
        story, share claims; the lead pairs need more)."""
        p = self.params
        articles = max(owner, default=-1) + 1
        return article_similarity(matcher, owner, articles, p.story_power, self.story_idf) >= p.story_min

    def scores(self, matcher: Matcher, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], float]:
        return dict(zip(pairs, self.params.link_scores(matcher.feature_matrix(pairs)).tolist()))

    def groups(self, owner: Sequence[int], scores: dict[tuple[int, int], float], n: int,
               more: Callable[[set[int]], dict[tuple[int, int], float]] | None = None) -> tuple[list[list[int]], Linkage]:
        """The claims (lists of sentence numbers) of scored pairs. ``more(articles)``: scores of further pairs
        for the articles that share no claim, tried before each gets its best link (``pair_lonely_articles``)."""
        p = self.params
        link = Linkage(owner, scores)
        groups = cluster(link, n, p.merge_min, p.merge_mean)
        join_further_claims(groups, link, p.second_threshold, p.second_min, p.max_claims)
        lonely = lonely_articles(groups, owner) if more is not None else set()
        if lonely:
            scores.update(more(lonely))
        pair_lonely_articles(groups, link, p.max_claims)
        return groups, link

    def align_groups(self, matcher: Matcher, owner: Sequence[int]) -> tuple[list[list[int]], Linkage, list[list[int]]]:
        """Candidates, scores and claims of the sentences of ``matcher`` (``owner``: the article of each), and
        the article numbers of each story (``stories``)."""
        gate, stories = self.stories(matcher, owner)
        scores = self.scores(matcher, self.candidates(matcher, owner, gate))

        def more(articles: set[int]) -> dict[tuple[int, int], float]:
            p = self.params
            return self.scores(matcher, lonely_pairs(matcher, owner, articles, p.min_contain, p.quote_grams, gate,
                                                     p.figure_gate, scores))

        return (*self.groups(owner, scores, len(owner), more), stories)


def engine(one_story: bool = False) -> Engine:
    """The engine with word vectors when they load, else the lexical one (``one_story``: see ``Engine``)."""
    wv = vectors.load(_params_module.vector_source())
    return Engine(wv, _params_module.load("semantic" if wv is not None else "lexical"), one_story=one_story)


def warnings() -> list[str]:
    """Warnings the analyst should see about how claims were matched (empty when all is well)."""
    w = vectors.warning()
    return [w] if w else []


def claim_sentences(sentences: dict[str, list[Sentence]]) -> list[Sentence]:
    """The sentences that may join claims, in the order ``align`` numbers them."""
    return [s for sents in sentences.values() for s in sents if s.kind == "claim"]


def align(sentences: dict[str, list[Sentence]], eng: Engine | None = None, clauses: Callable[[], str] | None = None,
          tokens: Callable[[], Sequence[Tokens]] | None = None) -> list[Claim]:
    """Cluster the sentences of several articles into claims.

    Shared claims come first, in reading order of their first member; then the
    claims only one article makes, then boilerplate, which never joins a claim.
    ``clauses`` and ``tokens``: ``features.clause_lines`` and ``textnorm.tokenize`` of the texts of
    ``claim_sentences``, when found elsewhere (see ``Matcher``).
    """
    claims, evidence_of, _ = align_without_evidence(sentences, eng, clauses, tokens)
    add_evidence(claims, evidence_of(0, None))
    return claims


def add_evidence(claims: list[Claim], found: Sequence[tuple[float, dict]], start: int = 0) -> None:
    """Give the shared claims (they come first) from ``claims[start]`` on their score and evidence, as found."""
    for claim, (score, ev) in zip(claims[start:], found):
        claim.score, claim.evidence = score, ev


def align_without_evidence(
    sentences: dict[str, list[Sentence]], eng: Engine | None = None, clauses: Callable[[], str] | None = None,
    tokens: Callable[[], Sequence[Tokens]] | None = None,
) -> tuple[list[Claim], Callable[[int, int | None], list[tuple[float, dict]]], list[list[str]]]:
    """``align``, but the shared claims' score and evidence are left for later (nothing else reads them):
    the returned function computes them for the shared claims ``start:stop``, for ``add_evidence``. Last,
    the article ids of each story when the articles read as several (claims never join two), else []."""
    eng = eng or engine()
    flat: list[Sentence] = [s for sents in sentences.values() for s in sents]
    local = claim_sentences(sentences)
    article_no = {aid: n for n, aid in enumerate(sentences)}
    owner = [article_no[s.article] for s in local]
    matcher = eng.matcher([s.text for s in local], clauses, tokens)
    groups, link, stories = eng.align_groups(matcher, owner)

    order = {s.key: n for n, s in enumerate(flat)}
    built: list[tuple[bool, int, list[Sentence], list[int]]] = []
    for g in groups:
        ms = sorted((local[i] for i in g), key=lambda m: order[m.key])
        shared = len({m.article for m in ms}) > 1
        built.append((shared, order[ms[0].key], ms, g))
    for s in flat:
        if s.kind != "claim":
            built.append((False, len(flat) + order[s.key], [s], []))
    built.sort(key=lambda t: (not t[0], t[1]))
    shared_groups = [g for shared, _, _, g in built if shared]
    claims = [Claim(n, ms) for n, (_, _, ms, _) in enumerate(built, start=1)]
    ids = list(sentences)
    story_ids = [[ids[a] for a in story] for story in stories] if len(stories) > 1 else []
    return claims, lambda start, stop: [evidence(g, local, link, matcher) for g in shared_groups[start:stop]], story_ids
