"""Aligning claims across articles.

1. Every sentence is normalised (name and number variants, stems) by ``textnorm``.
2. Candidates: an inverted index over the rarer content stems proposes only pairs
   of sentences from different articles that share enough weighted vocabulary,
   plus pairs that share a verbatim run of words (a quote). Nothing is compared
   all-against-all.
3. Scoring: each candidate pair gets features (IDF-weighted overlap and
   containment, rapidfuzz token ratios, shared word runs, number and negation
   agreement) combined by a logistic model into a probability.
4. Clustering without chaining: pairs are merged best-first into claims, and two
   groups are merged only when every pair of members from different articles
   matches (scored on demand). A sentence that carries a second claim may join
   that claim too. Each claim keeps its evidence: the weakest link that holds it,
   the shared quote and the shared terms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from analyst_tui.core.model import Claim, Sentence
from analyst_tui.core.textnorm import STOPWORDS, WEAK, Tokens, tokenize

# Logistic model over the pair features (see ``pair_features``). Fitted on the
# MSRP training split by benchmarks/tune_msrp.py; only these coefficients are kept.
FEATURES = (
    "wjaccard", "wcontain", "token_set", "token_sort", "surface", "bigram", "grams", "num_clash",
    "neg_clash", "len_ratio", "unmatched_max", "wcontain_max", "num_only", "unmatched_min_w", "unmatched_max_w",
    "names_only", "shared_terms",
)
WEIGHTS = (8.2418, 0.8904, -3.5616, 0.3189, 8.7271, -3.8097, -1.1823, -0.1614, -1.2481, -1.3454, -0.2896, -2.8490,
           -0.3973, 0.0198, -0.4643, 0.1432, 1.0763)
BIAS = -1.9879
# Claim model over the same features: partial overlap (containment, shared quotes) is a link.
CLAIM_WEIGHTS = (0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 3.0, -1.5, -0.5, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0)
CLAIM_BIAS = -8.0

LINK_THRESHOLD = 0.5  # probability at which two sentences state the same claim
MEMBER_THRESHOLD = 0.35  # every cross-article pair inside a claim must reach this
SECOND_CLAIM_THRESHOLD = 0.6  # a sentence joins a second claim only on a strong link

POSTING_CAP = 40  # a stem in more sentences than this is too common to propose pairs
MIN_CONTAIN = 0.3  # share of the lighter sentence's weight a candidate pair must share
MIN_RUN = 5  # words in a verbatim run that counts as a shared quote
MAX_CLAIMS_PER_SENTENCE = 2


@dataclass(slots=True)
class Prepared:
    """A sentence's matching view, computed once."""

    tokens: Tokens
    stemset: frozenset[str]
    weight: float  # sum of idf over stemset
    content: str  # content stems joined, for rapidfuzz
    surface: str  # all normalised words joined
    bigrams: frozenset[tuple[str, str]]  # consecutive content stems
    grams: frozenset[tuple[str, ...]]  # runs of GRAM words, for shared quotes


GRAM = 4


class Matcher:
    """Scores sentence pairs; IDF comes from the sentences being compared."""

    def __init__(self, texts: Sequence[str]):
        self.tokens = [tokenize(t) for t in texts]
        df: dict[str, int] = {}
        for tk in self.tokens:
            for s in set(tk.stems):
                df[s] = df.get(s, 0) + 1
        n = len(texts)
        self.df = df
        self.n = n
        # Smoothed idf: words that every sentence uses still count a little.
        log = math.log
        self.idf = {s: 1.0 + log((n + 1) / (c + 1)) for s, c in df.items()}
        self.prepared = [self._prepare(tk) for tk in self.tokens]

    def _prepare(self, tk: Tokens) -> Prepared:
        stemset = frozenset(tk.stems)
        idf = self.idf
        weight = sum(idf[s] for s in stemset)
        st, ws = tk.stems, tk.words
        bigrams = frozenset(zip(st, st[1:]))
        grams = frozenset(zip(ws, ws[1:], ws[2:], ws[3:]))  # GRAM words
        return Prepared(tk, stemset, weight, " ".join(st), " ".join(ws), bigrams, grams)

    def features(self, i: int, j: int) -> list[float]:
        return pair_features(self.prepared[i], self.prepared[j], self.idf)

    def score(self, i: int, j: int) -> float:
        """Probability that sentences i and j state the same claim."""
        f = self.features(i, j)
        return max(probability(f), claim_probability(f))


def longest_run(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """Length and start (in ``a``) of the longest run of words that ``a`` and ``b`` share."""
    if not a or not b:
        return 0, 0
    positions: dict[str, list[int]] = {}
    for j, w in enumerate(b):
        positions.setdefault(w, []).append(j)
    best = best_start = 0
    prev: dict[int, int] = {}
    for i, w in enumerate(a):
        cur: dict[int, int] = {}
        for j in positions.get(w, ()):
            length = prev.get(j - 1, 0) + 1
            cur[j] = length
            if length > best:
                best, best_start = length, i - length + 1
        prev = cur
    return best, best_start


def pair_features(p: Prepared, q: Prepared, idf: dict[str, float]) -> list[float]:
    """Features of a sentence pair, in the order of ``FEATURES``."""
    shared = p.stemset & q.stemset
    wshared = 0.0
    strong = 0
    for s in shared:
        w = idf[s]
        wshared += w
        if s not in WEAK:
            strong += 1
    wunion = p.weight + q.weight - wshared
    wjaccard = wshared / wunion if wunion > 0 else 0.0
    wmin, wmax = (p.weight, q.weight) if p.weight <= q.weight else (q.weight, p.weight)
    wcontain = wshared / wmin if wmin else 0.0
    wcontain_max = wshared / wmax if wmax else 0.0
    token_set = fuzz.token_set_ratio(p.content, q.content) / 100.0
    token_sort = fuzz.token_sort_ratio(p.content, q.content) / 100.0
    surface = fuzz.ratio(p.surface, q.surface) / 100.0
    bigram = len(p.bigrams & q.bigrams) / max(1, min(len(p.bigrams), len(q.bigrams)))
    grams = len(p.grams & q.grams) / max(1, min(len(p.grams), len(q.grams)))
    pt, qt = p.tokens, q.tokens
    pn, qn = pt.numbers, qt.numbers
    num_clash = 1.0 if (pn and qn and pn != qn) else 0.0
    num_only = len(pn ^ qn) / 3.0
    neg_clash = 1.0 if pt.negated != qt.negated else 0.0
    lp, lq = len(p.stemset), len(q.stemset)
    len_ratio = min(lp, lq) / max(lp, lq) if lp and lq else 0.0
    unmatched_max = max((idf[s] for s in p.stemset ^ q.stemset), default=0.0) / 8.0
    un_min = max(0.0, wmin - wshared) / 20.0
    un_max = max(0.0, wmax - wshared) / 20.0
    names_only = len(pt.names ^ qt.names) / 3.0
    shared_terms = min(strong, 8) / 8.0
    return [
        wjaccard, wcontain, token_set, token_sort, surface, bigram, grams, num_clash, neg_clash, len_ratio,
        unmatched_max, wcontain_max, num_only, un_min, un_max, names_only, shared_terms,
    ]


def _logistic(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def probability(features: Sequence[float]) -> float:
    """Paraphrase probability: the two sentences say the same thing."""
    return _logistic(BIAS + sum(w * f for w, f in zip(WEIGHTS, features)))


def claim_probability(features: Sequence[float]) -> float:
    """Claim probability: one sentence states a claim the other contains (partial overlap counts)."""
    return _logistic(CLAIM_BIAS + sum(w * f for w, f in zip(CLAIM_WEIGHTS, features)))


# --------------------------------------------------------------------------- candidates


def candidate_pairs(matcher: Matcher, owner: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences of different articles worth scoring, in a stable order.

    An inverted index over content stems proposes pairs that share a rare stem
    (one used by at most ``POSTING_CAP`` sentences); a pair is kept when what it
    shares weighs at least ``MIN_CONTAIN`` of the lighter sentence. Stems shared
    by very many sentences (the story's own topic words) cannot propose a pair
    on their own, but still count in the weight.
    """
    prepared = matcher.prepared
    df = matcher.df
    idf = matcher.idf
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(prepared):
        for s in p.stemset:
            if s not in WEAK and df[s] <= POSTING_CAP:
                postings.setdefault(s, []).append(i)
    out: list[tuple[int, int]] = []
    for i, p in enumerate(prepared):
        oi = owner[i]
        seen: set[int] = set()
        for s in p.stemset:
            plist = postings.get(s)
            if plist is None or len(plist) < 2:
                continue
            for j in plist:
                if j > i and owner[j] != oi:
                    seen.add(j)
        if not seen:
            continue
        ps, pw = p.stemset, p.weight
        for j in sorted(seen):
            q = prepared[j]
            shared = ps & q.stemset
            w = sum(idf[s] for s in shared)
            smaller = pw if pw < q.weight else q.weight
            if smaller and w >= MIN_CONTAIN * smaller and len(shared) >= 2:
                out.append((i, j))
    return out


# --------------------------------------------------------------------------- clustering


class _Clusters:
    def __init__(self, matcher: Matcher, owner: Sequence[int]):
        self.matcher = matcher
        self.owner = owner
        self.cache: dict[tuple[int, int], float] = {}

    def pair(self, i: int, j: int) -> float:
        if i > j:
            i, j = j, i
        key = (i, j)
        got = self.cache.get(key)
        if got is None:
            got = self.matcher.score(i, j)
            self.cache[key] = got
        return got

    def cross_min(self, a: Sequence[int], b: Sequence[int]) -> float:
        worst = 1.0
        owner = self.owner
        for i in a:
            for j in b:
                if owner[i] == owner[j]:
                    continue
                s = self.pair(i, j)
                if s < worst:
                    worst = s
                    if worst < MEMBER_THRESHOLD:
                        return worst
        return worst


def _cluster(matcher: Matcher, owner: Sequence[int], scored: dict[tuple[int, int], float]) -> tuple[list[list[int]], _Clusters]:
    cl = _Clusters(matcher, owner)
    cl.cache.update(scored)
    group_of = list(range(matcher.n))
    members: dict[int, list[int]] = {i: [i] for i in range(matcher.n)}
    links = sorted(((s, i, j) for (i, j), s in scored.items() if s >= LINK_THRESHOLD), key=lambda t: (-t[0], t[1], t[2]))
    for s, i, j in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if cl.cross_min(a, b) < MEMBER_THRESHOLD:
            continue
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a.extend(b)
        for k in b:
            group_of[k] = gi
        del members[gj]
    groups = [sorted(m) for m in members.values()]
    return groups, cl


def _second_claims(groups: list[list[int]], cl: _Clusters, scored: dict[tuple[int, int], float]) -> None:
    """Let a sentence that carries two claims join the second one as well."""
    group_index: dict[int, list[int]] = {}
    for g, ms in enumerate(groups):
        for m in ms:
            group_index.setdefault(m, []).append(g)
    owner = cl.owner
    additions: list[tuple[float, int, int]] = []
    for (i, j), s in scored.items():
        if s < SECOND_CLAIM_THRESHOLD:
            continue
        for x, y in ((i, j), (j, i)):
            gy = group_index[y][0]
            if gy in group_index[x] or len(groups[gy]) < 2 and False:
                continue
            additions.append((s, x, gy))
    additions.sort(key=lambda t: (-t[0], t[1], t[2]))
    for s, x, g in additions:
        if g in group_index[x] or len(group_index[x]) >= MAX_CLAIMS_PER_SENTENCE:
            continue
        target = groups[g]
        if any(owner[m] == owner[x] for m in target) and len({owner[m] for m in target}) < 2:
            continue
        if len(target) < 2:
            continue  # a sentence of its own is not a claim to join
        if cl.cross_min([x], target) < SECOND_CLAIM_THRESHOLD * 0.8:
            continue
        target.append(x)
        target.sort()
        group_index[x].append(g)


# --------------------------------------------------------------------------- evidence


def _evidence(group: Sequence[int], sentences: Sequence[Sentence], cl: _Clusters) -> tuple[float, dict]:
    owner = cl.owner
    prepared = cl.matcher.prepared
    pairs = []
    for x in range(len(group)):
        for y in range(x + 1, len(group)):
            i, j = group[x], group[y]
            if owner[i] != owner[j]:
                pairs.append((cl.pair(i, j), i, j))
    if not pairs:
        return 1.0, {}
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    weakest = min(p[0] for p in pairs)
    # The shared quote: the longest verbatim run of words common to the best pair.
    best_quote = ""
    for _, i, j in pairs[:6]:
        q = shared_quote(sentences[i].text, sentences[j].text)
        if len(q) > len(best_quote):
            best_quote = q
    # Terms every contributing article shares, rarest first.
    common: set[str] | None = None
    for i in group:
        st = prepared[i].stemset
        common = set(st) if common is None else common | st if False else (common & st if common is not None else set(st))
    shared_terms: list[str] = []
    counts: dict[str, int] = {}
    for i in group:
        for s in prepared[i].stemset:
            counts[s] = counts.get(s, 0) + 1
    idf = cl.matcher.idf
    articles_with: dict[str, set[int]] = {}
    for i in group:
        for s in prepared[i].stemset:
            articles_with.setdefault(s, set()).add(owner[i])
    n_articles = len({owner[i] for i in group})
    terms = [s for s, arts in articles_with.items() if len(arts) >= max(2, n_articles) and s not in STOPWORDS]
    if not terms:
        terms = [s for s, arts in articles_with.items() if len(arts) >= 2]
    terms.sort(key=lambda s: (-idf.get(s, 0.0), s))
    shared_terms = [_display_term(s, group, sentences, prepared) for s in terms[:10]]
    evidence = {
        "quote": best_quote or None,
        "terms": shared_terms,
        "links": [
            {"a": f"{sentences[i].article}:{sentences[i].index}", "b": f"{sentences[j].article}:{sentences[j].index}", "score": round(s, 4)}
            for s, i, j in pairs[:20]
        ],
    }
    return weakest, evidence


def _display_term(stem_: str, group: Sequence[int], sentences: Sequence[Sentence], prepared: Sequence[Prepared]) -> str:
    """Show a stem as a word the analyst can find in the text."""
    from analyst_tui.core.textnorm import stem as _stem

    for i in group:
        for w in prepared[i].tokens.words:
            if _stem(w) == stem_:
                return {"unitedstates": "U.S.", "unitedkingdom": "U.K.", "unitednations": "U.N.", "europeanunion": "EU"}.get(w, w)
    return stem_


def shared_quote(a: str, b: str, min_words: int = MIN_RUN) -> str:
    """The longest run of words two sentences share verbatim, as written in ``a``."""
    import re

    wa = [(m.group().lower().strip("'\u2019"), m.start(), m.end()) for m in re.finditer(r"[^\W_]+(?:['\u2019][^\W_]+)*", a)]
    wb = [m.group().lower().strip("'\u2019") for m in re.finditer(r"[^\W_]+(?:['\u2019][^\W_]+)*", b)]
    length, start = longest_run([w for w, _, _ in wa], wb)
    if length < min_words:
        return ""
    return a[wa[start][1] : wa[start + length - 1][2]]


# --------------------------------------------------------------------------- entry point


def align(sentences: dict[str, list[Sentence]]) -> list[Claim]:
    """Cluster the sentences of several articles into claims (shared ones first)."""
    flat: list[Sentence] = [s for sents in sentences.values() for s in sents]
    claim_idx = [k for k, s in enumerate(flat) if s.kind == "claim"]
    texts = [flat[k].text for k in claim_idx]
    article_ids = {aid: n for n, aid in enumerate(sentences)}
    owner = [article_ids[flat[k].article] for k in claim_idx]
    matcher = Matcher(texts)
    pairs = candidate_pairs(matcher, owner)
    scored = {pair: matcher.score(*pair) for pair in pairs}
    groups, cl = _cluster(matcher, owner, scored)
    _second_claims(groups, cl, scored)

    local = [flat[k] for k in claim_idx]
    built: list[tuple[list[Sentence], float, dict]] = []
    for g in groups:
        ms = [local[i] for i in g]
        if len({m.article for m in ms}) > 1:
            score, ev = _evidence(g, local, cl)
        else:
            score, ev = 1.0, {}
        built.append((ms, score, ev))
    for s in flat:
        if s.kind != "claim":
            built.append(([s], 1.0, {}))
    order = {s.key: n for n, s in enumerate(flat)}

    def sort_key(item: tuple[list[Sentence], float, dict]):
        ms = item[0]
        shared = len({m.article for m in ms}) > 1
        return (0 if shared else 1, min(order[m.key] for m in ms))

    built.sort(key=sort_key)
    claims = []
    for n, (ms, score, ev) in enumerate(built, start=1):
        ms = sorted(ms, key=lambda m: order[m.key])
        claims.append(Claim(n, ms, score, ev))
    return claims
