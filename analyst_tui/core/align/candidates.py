"""Which sentence pairs are worth scoring: nothing is compared all-against-all.

An inverted index over content stems proposes pairs of sentences from different
articles that share a rare stem (one used by at most ``posting_cap`` sentences);
a pair is kept when what it shares weighs at least ``min_contain`` of the
lighter sentence, or when the two share a run of words (a quote:
``quote_grams`` four-word runs), and only between articles the story gate
(``stories``) allows. Two sentences that each give at least ``figure_gate``
figures the other lacks, more than the figures they share, report different
figures ("rose 17.33 points to 1,640.13" and "was up 7.42 points at 1,653.44"):
they state different facts and are never a pair. Nor are two sentences that name
years and none of the same ("first hosted the Oscars in 2007" and "will host the
Oscars in 2014": two events), nor a speaker's own words and the outlet's statement
of the news (``speech``). One differing figure ("24 dead"
and "1 dead") can still link, and the conflict is then shown. Stems shared by very many sentences (the
story's own topic words) cannot propose a pair on their own, but still count
in the weight. The leads are the exception (``lead_pairs``): the first sentences of two articles that
read as one story are a pair when they share two content words, whatever their weight.
"""

from __future__ import annotations

from math import fsum
from typing import Callable, Container, Sequence

import numpy as np

from analyst_tui.core.align.features import WEAK_STEMS, Matcher
from analyst_tui.core.align.forked import MIN_ROWS
from analyst_tui.core.align.speech import different_speakers
from analyst_tui.core.forking import beside, can_fork


def figures_differ(a: frozenset[str], b: frozenset[str], figure_gate: int) -> bool:
    """Whether each of two sentences' figures has ``figure_gate`` or more the other lacks, outnumbering those they share."""
    if not figure_gate or len(a) < figure_gate or len(b) < figure_gate:
        return False
    only = min(len(a - b), len(b - a))
    return only >= figure_gate and len(a & b) < only


def _years(numbers: frozenset[str]) -> set[str]:
    """The years 1900-2099 among a sentence's number tokens."""
    return {n for n in (x.strip(".,;:()'\"") for x in numbers) if len(n) == 4 and n.isdigit() and "1900" <= n <= "2099"}


def _years_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sentences name years, and none of the same: two events (hosting in 2007, hosting in 2014)."""
    ya = _years(a)
    if not ya:
        return False
    yb = _years(b)
    return bool(yb) and ya.isdisjoint(yb)


def candidate_pairs(matcher: Matcher, owner: Sequence[int], min_contain: float, posting_cap: int,
                    quote_grams: int, allowed: np.ndarray | None = None, figure_gate: int = 0) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences of different articles worth scoring.

    ``allowed`` (articles x articles, from the story gate) rules out pairs of articles about different stories.
    """
    first, rest = candidate_pairs_beside(matcher, owner, min_contain, posting_cap, quote_grams, allowed, figure_gate)
    return first + rest()


def candidate_pairs_beside(matcher: Matcher, owner: Sequence[int], min_contain: float, posting_cap: int,
                           quote_grams: int, allowed: np.ndarray | None = None,
                           figure_gate: int = 0) -> tuple[list[tuple[int, int]], Callable[[], list[tuple[int, int]]]]:
    """``candidate_pairs`` as the pairs of the first sentences and a function that gives the rest: with many
    sentences, a child finds those of the later ones meanwhile."""
    prepared = matcher.prepared
    df = matcher.df
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(prepared):
        for s in p.stemset:
            if s not in WEAK_STEMS and df[s] <= posting_cap:
                postings.setdefault(s, []).append(i)
    rows = allowed.tolist() if allowed is not None else None

    def pairs_from(start: int, stop: int) -> list[tuple[int, int]]:
        return _pairs_from(matcher, owner, postings, rows, start, stop, min_contain, quote_grams, figure_gate)

    n = len(prepared)
    if n < MIN_ROWS or not can_fork():
        return pairs_from(0, n), list
    # A child finds the pairs of the later half of the sentences (the halves take about as long: an early
    # sentence has more later ones to weigh, but gathering each sentence's postings costs as much).
    cut = n // 2
    theirs = beside(lambda: pairs_from(cut, n))
    return pairs_from(0, cut), theirs


def _pairs_from(matcher: Matcher, owner: Sequence[int], postings: dict[str, list[int]], rows: list | None,
                start: int, stop: int, min_contain: float, quote_grams: int, figure_gate: int) -> list[tuple[int, int]]:
    """``candidate_pairs`` whose first sentence is one of ``start:stop`` (``rows``: the story gate as lists)."""
    prepared, idf = matcher.prepared, matcher.idf
    out: list[tuple[int, int]] = []
    empty: list[int] = []
    for i in range(start, stop):
        p = prepared[i]
        oi = owner[i]
        gate = rows[oi] if rows is not None else None
        seen: set[int] = set()
        for s in p.stemset:
            seen.update(postings.get(s, empty))
        if len(seen) < 2:
            continue
        for j in sorted(seen):  # a set of ints iterates in an order that depends on how it was filled
            if j <= i or owner[j] == oi or (gate is not None and not gate[owner[j]]):
                continue
            if _worth(p, prepared[j], idf, min_contain, quote_grams, figure_gate):
                out.append((i, j))
    return out


def _worth(p, q, idf, min_contain: float, quote_grams: int, figure_gate: int) -> bool:
    """Whether two prepared sentences share enough to be scored (see the module's rules)."""
    shared = p.stemset & q.stemset
    if len(shared) < 2:
        return False
    smaller = p.weight if p.weight < q.weight else q.weight
    if fsum(map(idf.__getitem__, shared)) < min_contain * smaller and len(p.grams & q.grams) < quote_grams:
        return False
    if p.tokens.numbers and figures_differ(p.tokens.numbers, q.tokens.numbers, figure_gate):
        return False
    if p.tokens.numbers and q.tokens.numbers and _years_differ(p.tokens.numbers, q.tokens.numbers):
        return False
    return not different_speakers(p.speaker_voice(), q.speaker_voice())


def lead_pairs(matcher: Matcher, owner: Sequence[int], leads: int, allowed: np.ndarray | None = None,
               figure_gate: int = 0, known: Container[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """Pairs of the first ``leads`` sentences of two articles of one story (a headline and a lead say the
    story's main claim in their own words, often with few words in common), not in ``known``: they need
    two content words in common, not a share of their weight; the rules on figures, years and speakers
    still apply."""
    if leads <= 0:
        return []
    first: dict[int, list[int]] = {}
    for i, o in enumerate(owner):
        got = first.setdefault(o, [])
        if len(got) < leads:
            got.append(i)
    if allowed is not None:  # the pairs of articles allowed, not every pair of articles
        articles = [(a, b) for a, b in np.argwhere(np.triu(allowed, 1)).tolist() if a in first and b in first]
    else:
        ids = sorted(first)
        articles = [(a, b) for x, a in enumerate(ids) for b in ids[x + 1:]]
    prepared, idf = matcher.prepared, matcher.idf
    out = []
    for a, b in articles:
        for i in first[a]:
            for j in first[b]:
                pair = (i, j) if i < j else (j, i)
                if pair not in known and _worth(prepared[pair[0]], prepared[pair[1]], idf, 0.0, 0, figure_gate):
                    out.append(pair)
    return sorted(out)


def lonely_pairs(matcher: Matcher, owner: Sequence[int], articles: set[int], min_contain: float, quote_grams: int,
                 allowed: np.ndarray | None = None, figure_gate: int = 0,
                 known: Container[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:
    """``candidate_pairs`` of the sentences of ``articles`` with the other articles' sentences, with no stem too
    common to propose a pair, leaving out the pairs in ``known``.

    For articles that share no claim: a report of one or two sentences in a large story uses only
    the story's common words, which propose no pairs in ``candidate_pairs`` (the same bound on shared
    weight, quotes and figures still applies).
    """
    prepared = matcher.prepared
    idf = matcher.idf
    mine = [i for i, a in enumerate(owner) if a in articles]
    wanted = {s for i in mine for s in prepared[i].stemset if s not in WEAK_STEMS}
    rows = {a: allowed[a].tolist() for a in articles} if allowed is not None else None
    # Only the sentences of an article one of ``articles`` may be paired with are looked up.
    partners = allowed[sorted(articles)].any(axis=0).tolist() if allowed is not None else None
    postings: dict[str, list[int]] = {}
    for j, p in enumerate(prepared):
        if partners is None or partners[owner[j]]:
            for s in p.stemset & wanted:
                postings.setdefault(s, []).append(j)
    out: set[tuple[int, int]] = set()
    for i in mine:
        p = prepared[i]
        oi = owner[i]
        row = rows[oi] if rows is not None else None
        near = {j for s in p.stemset & wanted for j in postings.get(s, ())}
        for j in near:
            oj = owner[j]
            pair = (i, j) if i < j else (j, i)
            if oj == oi or (row is not None and not row[oj]) or pair in known:
                continue
            if _worth(p, prepared[j], idf, min_contain, quote_grams, figure_gate):
                out.add(pair)
    return sorted(out)
