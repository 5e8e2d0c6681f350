"""Clustering scored pairs into claims, without chaining.

Pairs are merged best-first; two groups merge only when every member matches
each other article of the merged claim through its best sentence there (a pair
that was never a candidate counts as no match). Then a sentence that carries
another claim too (a compound sentence: "pulled a gun on two guards, took their
weapons and fled on foot") may join that claim as well. Last, an article that
shares no claim at all gets its best link, if the pair models call it one (score
0.5 or more), as a claim of two: its partner joins it as a further claim. The
caller may first score more pairs for such articles (``Engine.groups``' ``more``).
"""

from __future__ import annotations

from typing import Sequence


class Linkage:
    """The scores of candidate pairs, and the articles sentences belong to."""

    def __init__(self, owner: Sequence[int], scores: dict[tuple[int, int], float]):
        self.owner = owner
        self.scores = scores

    def pair(self, i: int, j: int) -> float:
        """The score of a pair; pairs that were never candidates share too little to match."""
        return self.scores.get((i, j) if i < j else (j, i), 0.0)

    def agree(self, a: Sequence[int], b: Sequence[int], merge_min: float, merge_mean: float) -> bool:
        """Whether groups ``a`` and ``b`` may form one claim.

        Each member must match every other article of the merged claim through
        its best sentence there: all of those best scores must reach
        ``merge_min`` and their mean ``merge_mean``.
        """
        owner = self.owner
        score = self.scores.get  # ``pair``, inlined: this runs for every pair of members of every merge tried
        total = 0.0
        count = 0
        for xs, ys in ((a, b), (b, a)):
            for x in xs:
                best: dict[int, float] = {}
                ox = owner[x]
                for y in ys:
                    oy = owner[y]
                    if oy != ox:
                        s = score((x, y) if x < y else (y, x), 0.0)
                        if s > best.get(oy, -1.0):
                            best[oy] = s
                for s in best.values():
                    if s < merge_min:
                        return False
                    total += s
                    count += 1
        return count > 0 and total / count >= merge_mean


def _claims_of(groups: Sequence[Sequence[int]]) -> dict[int, list[int]]:
    """The claims (indexes into ``groups``) each sentence is in."""
    claims_of: dict[int, list[int]] = {}
    for g, ms in enumerate(groups):
        for m in ms:
            claims_of.setdefault(m, []).append(g)
    return claims_of


def cluster(link: Linkage, n: int, merge_min: float, merge_mean: float) -> list[list[int]]:
    """Best-first merging of pairs that score above 0.5; two groups merge only when they agree."""
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links = sorted(((s, i, j) for (i, j), s in link.scores.items() if s >= 0.5), key=lambda t: (-t[0], t[1], t[2]))
    refused: set[tuple[int, int, int, int]] = set()  # (group, its size, group, its size) that did not agree
    for _, i, j in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        tried = (gi, len(a), gj, len(b))  # a group only grows, so its size says which members it has
        if tried in refused:
            continue  # the same two groups, asked the same way, were refused before
        if not link.agree(a, b, merge_min, merge_mean):
            refused.add(tried)
            continue
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a.extend(b)
        for k in b:
            group_of[k] = gi
        del members[gj]
    return [sorted(m) for m in members.values()]


def join_further_claims(groups: list[list[int]], link: Linkage, threshold: float, minimum: float,
                        max_claims: int) -> None:
    """Let a sentence that carries several claims join each of them.

    A sentence joins another claim when it links to one of its members at
    ``threshold`` or better and matches each of its members from other
    articles at least ``minimum``; a sentence joins at most ``max_claims``.
    """
    owner = link.owner
    claims_of = _claims_of(groups)
    offers: list[tuple[float, int, int]] = []
    for (i, j), s in link.scores.items():
        if s < threshold:
            continue
        for x, y in ((i, j), (j, i)):
            g = claims_of[y][0]
            if g not in claims_of[x]:
                offers.append((s, x, g))
    offers.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _, x, g in offers:
        mine = claims_of[x]
        if g in mine or len(mine) >= max_claims:
            continue
        target = groups[g]
        others = [m for m in target if owner[m] != owner[x]]
        if not others or min(link.pair(x, m) for m in others) < minimum:
            continue
        members = set(target)
        if any(members <= set(groups[h]) for h in mine):
            continue  # one of its claims already holds all of them: joining would repeat that claim
        target.append(x)
        target.sort()
        mine.append(g)
    # A group now inside another one (a sentence that joined its only partner's claim) is dropped.
    inside = {
        g for g, ms in enumerate(groups)
        if all(len(claims_of[m]) > 1 for m in ms)
        and any(h != g and len(groups[h]) > len(ms) and set(ms) <= set(groups[h]) for h in claims_of[ms[0]])
    }
    groups[:] = [ms for g, ms in enumerate(groups) if g not in inside]


def lonely_articles(groups: Sequence[Sequence[int]], owner: Sequence[int]) -> set[int]:
    """The articles none of whose sentences shares a claim with another article."""
    sharing = {owner[m] for ms in groups if len({owner[x] for x in ms}) > 1 for m in ms}
    return set(owner) - sharing


def pair_lonely_articles(groups: list[list[int]], link: Linkage, max_claims: int) -> None:
    """Give each article that shares no claim its best link scoring 0.5 or more, as a claim of two.

    The clustering keeps a sentence out of a claim that other members do not
    confirm; an article whose every sentence was kept out would show nothing in
    common with the others although the models link one of its sentences. Its
    sentence forms a claim with its best partner that is in fewer than
    ``max_claims`` claims, and that partner joins it as a further claim.
    """
    owner = link.owner
    claims_of = _claims_of(groups)
    lonely = lonely_articles(groups, owner)
    offers: dict[int, list[tuple[float, int, int]]] = {}  # article -> its links (score, its sentence, partner)
    for (i, j), s in link.scores.items():
        if s < 0.5:
            continue
        for x, y in ((i, j), (j, i)):
            if owner[x] in lonely and len(groups[claims_of[x][0]]) == 1:
                offers.setdefault(owner[x], []).append((-s, x, y))
    for links in offers.values():
        links.sort()
    alone: list[int] = []  # groups of a partner that was in no other claim: it is in the new one now
    for a in sorted(offers, key=lambda a: (offers[a][0][0], a)):
        if a not in lonely:
            continue  # it became a partner of an article paired before
        found = next(((x, y) for _, x, y in offers[a] if len(claims_of[y]) < max_claims), None)
        if found is None:
            continue
        x, y = found
        g = claims_of[x][0]
        if groups[claims_of[y][0]] == [y]:
            alone.append(claims_of[y].pop(0))
        groups[g] = sorted(groups[g] + [y])
        claims_of[y].append(g)
        lonely -= {a, owner[y]}
    for g in sorted(alone, reverse=True):
        del groups[g]
