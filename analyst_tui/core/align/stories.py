"""The story gate: sentences of articles about different stories never link.

Each article becomes one vector of its content stems (sublinear count of the
sentences using a stem, times the stem's background idf raised to
``story_power``: rare stems, names, places and figures, tell two earthquakes
apart better than the words every earthquake story uses), cut to stems that at least two articles use but normalised over all
of its stems. Articles are grouped into stories by average-linkage clustering
of the cosines of these vectors, stopping when the best mean cosine between
two groups falls below ``story_min`` (both fitted on ECB+ topics 6-45, see
``benchmarks/fit_engine.py``). The background idf comes from the model file
(article counts of stems in the training articles), not from the articles being
compared, so two articles get the same cosine whether they are compared alone or
among a thousand others. Average linkage, not single: a chain of similar
articles does not join two stories. Articles of two different stories share no
claims; an article left alone (no other article close enough: a short one, or
one of two articles compared; copies of one report count as one article) may share
claims with the other lone articles and with the story of its closest article
(``allowed_pairs``).
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

import numpy as np

from analyst_tui.core.align.features import WEAK_STEMS, Matcher



def background_idf(documents: int, df: dict[str, int]) -> Callable[[str], float]:
    """idf of a stem in the background articles; a stem seen in fewer than two of them counts as seen once."""
    log = math.log
    top = 1.0 + log((documents + 1) / 2)
    return lambda s: 1.0 + log((documents + 1) / (df[s] + 1)) if s in df else top


def article_similarity(matcher: Matcher, owner: Sequence[int], articles: int, power: float,
                       idf: Callable[[str], float]) -> np.ndarray:
    """Articles x articles cosine of idf-weighted content-stem vectors (kept on ``matcher`` for the same arguments)."""
    key = (articles, power, idf)
    kept = getattr(matcher, "_article_similarity", None)
    if kept is not None and kept[0] == key and (kept[1] is owner or list(kept[1]) == list(owner)):
        return kept[2]
    sim = _article_similarity(matcher, owner, articles, power, idf)
    matcher._article_similarity = (key, owner, sim)
    return sim


def _article_similarity(matcher: Matcher, owner: Sequence[int], articles: int, power: float,
                        idf: Callable[[str], float]) -> np.ndarray:
    counts: list[dict[str, int]] = [{} for _ in range(articles)]
    for p, o in zip(matcher.prepared, owner):
        c = counts[o]
        for s in p.stems:  # in reading order, so every run sums in the same order
            c[s] = c.get(s, 0) + 1
    used: dict[str, int] = {}
    for c in counts:
        for s in c:
            used[s] = used.get(s, 0) + 1
    column: dict[str, int] = {}
    for s, n in used.items():
        if n > 1 and s not in WEAK_STEMS:
            column[s] = len(column)
    x = np.zeros((articles, max(1, len(column))), np.float32)
    log = math.log
    weight = {s: idf(s) ** power for s in used}
    for a, c in enumerate(counts):
        total = 0.0
        row = x[a]
        for s, n in c.items():
            if s in WEAK_STEMS:
                continue
            w = (1.0 + log(n)) * weight[s]
            total += w * w
            k = column.get(s)
            if k is not None:
                row[k] = w
        if total > 0:
            row /= math.sqrt(total)
    return x @ x.T


def story_groups(sim: np.ndarray, story_min: float) -> np.ndarray:
    """A story number for each article: average-linkage clusters of ``sim`` merged while their mean cosine >=
    ``story_min``.

    Each row's largest value is kept, so a merge reads again only the rows whose largest value was in
    one of the two columns it changed (about 30 times quicker on 982 articles than searching the whole
    matrix at each merge); the pair merged is the one ``np.argmax`` of the whole matrix would give.
    """
    n = len(sim)
    m = sim.astype(np.float64)
    np.fill_diagonal(m, -1.0)
    size = np.ones(n)
    label = np.arange(n)
    if n < 2:
        return label
    best, at = m.max(axis=1), m.argmax(axis=1)  # each row's largest value and a column holding it
    while True:
        a = int(np.argmax(best))
        b = int(np.argmax(m[a]))  # the first row and column holding the largest value, as in the whole matrix
        if m[a, b] < story_min:
            break
        row = (m[a] * size[a] + m[b] * size[b]) / (size[a] + size[b])
        m[a] = row
        m[:, a] = row
        m[a, a] = m[b] = m[:, b] = -1.0
        size[a] += size[b]
        label[label == b] = a
        stale = (at == a) | (at == b)  # their largest value was in a column that changed
        stale[a] = stale[b] = True
        grew = ~stale & (row > best)  # the others can only have gained column a
        best[grew], at[grew] = row[grew], a
        again = np.flatnonzero(stale)
        best[again], at[again] = m[again].max(axis=1), m[again].argmax(axis=1)
    return label


COPY = 0.95  # articles whose vectors' cosine reaches this are copies of one report (an agency's, reprinted)


def _reports_in_group(sim: np.ndarray, label: np.ndarray) -> np.ndarray:
    """For each article, how many different reports its story group holds, copies of one report counted once."""
    n = len(label)
    report = np.arange(n)

    def root(a: int) -> int:
        while report[a] != a:
            a = int(report[a])
        return a

    for a, b in np.argwhere(np.triu(sim >= COPY, 1)):
        if label[a] == label[b]:
            report[root(int(b))] = root(int(a))
    # each distinct (story, report) once; a set, not np.unique, which imports numpy.ma (8 ms)
    groups = [story for story, _ in set(zip(label.tolist(), (root(a) for a in range(n))))]
    return np.bincount(np.array(groups, dtype=np.intp), minlength=n)[label]


def allowed_pairs(sim: np.ndarray, label: np.ndarray) -> np.ndarray:
    """Articles x articles: may these two share claims, given the story groups ``label``?

    Two articles of one story may. An article left alone (no other article close enough: a short
    one, or one of two articles compared) may share claims with the other lone articles and with
    the story of the article closest to it, never with the other stories. Copies of one report
    (cosine ``COPY`` or more: an agency's report reprinted) count as one article: two copies that
    are closer to each other than to the rest of their story are left alone together.
    """
    alone = np.flatnonzero(_reports_in_group(sim, label) == 1)
    ok = label[:, None] == label[None, :]
    if len(alone):
        ok[np.ix_(alone, alone)] = True
        near = np.where(label[alone][:, None] == label[None, :], -np.inf, sim[alone])
        has = np.isfinite(near).any(axis=1)
        alone, near = alone[has], near[has]
        story = label[near.argmax(axis=1)]
        mate = label[None, :] == story[:, None]
        ok[alone] |= mate
        ok[:, alone] |= mate.T
    return ok


def story_sets(sim: np.ndarray, label: np.ndarray) -> list[list[int]]:
    """The articles of each story, an article left alone counted in the story of its closest article (as
    ``allowed_pairs`` lets it link), in the order of their first article; one list when all are one story."""
    alone = _reports_in_group(sim, label) == 1
    story = label.copy()
    if alone.any() and not alone.all():
        near = np.where(alone[None, :] | (label[:, None] == label[None, :]), -np.inf, sim)
        for a in np.flatnonzero(alone):
            story[a] = label[int(near[a].argmax())]
    elif alone.all():
        story[:] = 0
    sets: dict[int, list[int]] = {}
    for a, s in enumerate(story.tolist()):
        sets.setdefault(s, []).append(a)
    return list(sets.values())


def same_story(matcher: Matcher, owner: Sequence[int], articles: int, story_min: float, power: float,
               idf: Callable[[str], float]) -> tuple[np.ndarray, list[list[int]]] | None:
    """Articles x articles: may these two articles share claims? And the articles of each story
    (``story_sets``). None when every pair may (no gate)."""
    if story_min <= 0 or articles < 2:
        return None
    sim = article_similarity(matcher, owner, articles, power, idf)
    label = story_groups(sim, story_min)
    return allowed_pairs(sim, label), story_sets(sim, label)
