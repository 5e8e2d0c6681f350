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
   groups are merged only when every member matches each other article of the
   merged claim through its best sentence there (a pair that was never a
   candidate counts as no match). A sentence that carries a second claim may
   join that claim too. Each claim keeps its evidence: how well it holds
   together, the shared quote and the shared terms.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from analyst_tui.core.model import Claim, Sentence
from analyst_tui.core.textnorm import VARIANT_DISPLAY, WEAK, Tokens, content_stem, tokenize

# Logistic model over the pair features (see ``pair_features``). Fitted on the
# MSRP training split by benchmarks/tune_msrp.py; only these coefficients are kept.
FEATURES = (
    "wjaccard", "wcontain", "token_set", "token_sort", "surface", "bigram", "grams", "num_clash",
    "neg_clash", "len_ratio", "unmatched_max", "wcontain_max", "num_only", "unmatched_min_w", "unmatched_max_w",
    "shared_terms", "quote",
)
NUM_CLASH = FEATURES.index("num_clash")
WEIGHTS = (5.3017, 1.4404, -1.5244, -1.1658, 7.9096, -3.0649, -0.6411, 0.1409, -1.2942, -2.2063, 0.2688, -0.4491, -0.5968, 0.2763, -0.4335, 0.7143, -0.4832)
BIAS = -2.4300
# Claim model over the same features: partial overlap (containment, shared quotes) is a link.
# Fitted on hand-labelled seed links (benchmarks/seed_quality.py), rounded, with a number-clash penalty added.
CLAIM_WEIGHTS = (8.3, 6.0, 3.2, 0.0, 0.0, 0.0, 3.9, -1.0, -1.2, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 1.6, 3.7)
CLAIM_BIAS = -9.2

PRIOR_SHIFT = -1.5  # log-odds from MSRP's 2:1 paraphrase rate to candidate pairs in a case
NUMBER_PENALTY = 0.6  # share of a link's score lost when all figures disagree
LINK_THRESHOLD = 0.5  # probability at which two sentences state the same claim
MERGE_MEAN = 0.5  # members must match the other articles of a claim this well on average
MERGE_MIN = 0.15  # and each other article at least this well
SECOND_CLAIM_THRESHOLD = 0.8  # a sentence joins a second claim only on a strong link
SECOND_CLAIM_MIN = 0.4  # and only if it matches all of that claim's other articles this well

POSTING_CAP = 40  # a stem in more sentences than this is too common to propose pairs
MIN_CONTAIN = 0.35  # share of the lighter sentence's weight a candidate pair must share
QUOTE_GRAMS = 2  # or this many four-word runs in common (a five-word quote)
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
    grams: frozenset[tuple[str, ...]]  # runs of four words, for shared quotes


WEAK_WEIGHT = 0.3
WEAK_STEMS = frozenset(filter(None, map(content_stem, WEAK)))


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
        # Who said it ("officials told NBC") matters less than what was said.
        for s in WEAK_STEMS.intersection(self.idf):
            self.idf[s] *= WEAK_WEIGHT
        self.prepared = [self._prepare(tk) for tk in self.tokens]

    def _prepare(self, tk: Tokens) -> Prepared:
        stemset = frozenset(tk.stems)
        idf = self.idf
        weight = sum(idf[s] for s in stemset)
        st, ws = tk.stems, tk.words
        bigrams = frozenset(zip(st, st[1:]))
        grams = frozenset(zip(ws, ws[1:], ws[2:], ws[3:]))
        return Prepared(tk, stemset, weight, " ".join(st), " ".join(ws), bigrams, grams)

    def features(self, i: int, j: int) -> list[float]:
        return pair_features(self.prepared[i], self.prepared[j], self.idf)

    def score(self, i: int, j: int) -> float:
        """Probability that sentences i and j state the same claim."""
        p, q, idf = self.prepared[i], self.prepared[j], self.idf
        f = pair_features(p, q, idf, full=False)
        best = claim_probability(f)
        if best <= 0.99:  # the paraphrase model can only matter below that
            _paraphrase_features(p, q, idf, f)
            best = max(best, probability(f, PRIOR_SHIFT))
        # Figures that disagree weaken a link: two days' market reports with the
        # same wording are different claims.
        return best * (1.0 - NUMBER_PENALTY * f[NUM_CLASH])


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


def pair_features(p: Prepared, q: Prepared, idf: dict[str, float], full: bool = True) -> list[float]:
    """Features of a sentence pair, in the order of ``FEATURES``.

    With ``full=False`` only what the claim model uses is computed; the
    paraphrase model's extra features are left at 0.
    """
    shared = p.stemset & q.stemset
    wshared = 0.0
    strong = 0
    for s in shared:
        wshared += idf[s]
        if s not in WEAK_STEMS:
            strong += 1
    wunion = p.weight + q.weight - wshared
    wjaccard = wshared / wunion if wunion > 0 else 0.0
    wmin, wmax = (p.weight, q.weight) if p.weight <= q.weight else (q.weight, p.weight)
    wcontain = wshared / wmin if wmin else 0.0
    wcontain_max = wshared / wmax if wmax else 0.0
    token_set = fuzz.token_set_ratio(p.content, q.content) / 100.0
    shared_grams = len(p.grams & q.grams)
    grams = shared_grams / max(1, min(len(p.grams), len(q.grams)))
    pt, qt = p.tokens, q.tokens
    pn, qn = pt.numbers, qt.numbers
    # Figures that disagree: the share of the smaller set of numbers the other sentence lacks.
    num_clash = (len(pn - qn) if len(pn) <= len(qn) else len(qn - pn)) / min(len(pn), len(qn)) if pn and qn else 0.0
    neg_clash = 1.0 if pt.negated != qt.negated else 0.0
    shared_terms = min(strong, 8) / 8.0
    quote = min(shared_grams, 4) / 4.0
    f = [
        wjaccard, wcontain, token_set, 0.0, 0.0, 0.0, grams, num_clash, neg_clash, 0.0,
        0.0, wcontain_max, 0.0, 0.0, 0.0, shared_terms, quote,
    ]
    if full:
        _paraphrase_features(p, q, idf, f)
    return f


def _paraphrase_features(p: Prepared, q: Prepared, idf: dict[str, float], f: list[float]) -> None:
    """Fill in the features only the paraphrase model uses."""
    wshared = sum(idf[s] for s in p.stemset & q.stemset)
    wmin, wmax = (p.weight, q.weight) if p.weight <= q.weight else (q.weight, p.weight)
    lp, lq = len(p.stemset), len(q.stemset)
    f[3] = fuzz.token_sort_ratio(p.content, q.content) / 100.0
    f[4] = fuzz.ratio(p.surface, q.surface) / 100.0
    f[5] = len(p.bigrams & q.bigrams) / max(1, min(len(p.bigrams), len(q.bigrams)))
    f[9] = min(lp, lq) / max(lp, lq) if lp and lq else 0.0
    f[10] = max((idf[s] for s in p.stemset ^ q.stemset), default=0.0) / 8.0
    f[12] = len(p.tokens.numbers ^ q.tokens.numbers) / 3.0
    f[13] = max(0.0, wmin - wshared) / 20.0
    f[14] = max(0.0, wmax - wshared) / 20.0


def _logistic(z: float) -> float:
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def probability(features: Sequence[float], prior_shift: float = 0.0) -> float:
    """Paraphrase probability: the two sentences say the same thing.

    Calibrated on MSRP, where two pairs in three are paraphrases; ``prior_shift``
    moves it to a setting where most candidate pairs are not.
    """
    return _logistic(BIAS + prior_shift + sum(w * f for w, f in zip(WEIGHTS, features)))


def claim_probability(features: Sequence[float]) -> float:
    """Claim probability: one sentence states a claim the other contains (partial overlap counts)."""
    return _logistic(CLAIM_BIAS + sum(w * f for w, f in zip(CLAIM_WEIGHTS, features)))


# --------------------------------------------------------------------------- candidates


def candidate_pairs(matcher: Matcher, owner: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i < j) of sentences of different articles worth scoring.

    An inverted index over content stems proposes pairs that share a rare stem
    (one used by at most ``POSTING_CAP`` sentences); a pair is kept when what it
    shares weighs at least ``MIN_CONTAIN`` of the lighter sentence, or when the two
    share a run of words (a quote: ``QUOTE_GRAMS`` overlapping four-word runs). Stems shared
    by very many sentences (the story's own topic words) cannot propose a pair
    on their own, but still count in the weight.
    """
    prepared = matcher.prepared
    df = matcher.df
    idf = matcher.idf
    postings: dict[str, list[int]] = {}
    for i, p in enumerate(prepared):
        for s in p.stemset:
            if s not in WEAK_STEMS and df[s] <= POSTING_CAP:
                postings.setdefault(s, []).append(i)
    out: list[tuple[int, int]] = []
    empty: list[int] = []
    for i, p in enumerate(prepared):
        oi = owner[i]
        seen: set[int] = set()
        for s in p.stemset:
            seen.update(postings.get(s, empty))
        if len(seen) < 2:
            continue
        ps, pw, pg = p.stemset, p.weight, p.grams
        for j in seen:
            if j <= i or owner[j] == oi:
                continue
            q = prepared[j]
            shared = ps & q.stemset
            if len(shared) < 2:
                continue
            smaller = pw if pw < q.weight else q.weight
            if sum(map(idf.__getitem__, shared)) >= MIN_CONTAIN * smaller or len(pg & q.grams) >= QUOTE_GRAMS:
                out.append((i, j))
    return out


# --------------------------------------------------------------------------- clustering


class _Linkage:
    """The scores of candidate pairs, and the articles sentences belong to."""

    def __init__(self, matcher: Matcher, owner: Sequence[int], scored: dict[tuple[int, int], float]):
        self.matcher = matcher
        self.owner = owner
        self.scores = scored

    def pair(self, i: int, j: int) -> float:
        """The score of a pair; pairs that were never candidates share too little to match."""
        return self.scores.get((i, j) if i < j else (j, i), 0.0)

    def agree(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """Whether groups ``a`` and ``b`` may form one claim.

        Each member must match every other article of the merged claim through
        its best sentence there: all of those best scores must reach
        ``MERGE_MIN`` and their mean ``MERGE_MEAN``. A chain of good links
        between unrelated ends does not qualify.
        """
        owner = self.owner
        total = 0.0
        count = 0
        for xs, ys in ((a, b), (b, a)):
            for x in xs:
                best: dict[int, float] = {}
                ox = owner[x]
                for y in ys:
                    oy = owner[y]
                    if oy != ox:
                        s = self.pair(x, y)
                        if s > best.get(oy, -1.0):
                            best[oy] = s
                for s in best.values():
                    if s < MERGE_MIN:
                        return False
                    total += s
                    count += 1
        return count > 0 and total / count >= MERGE_MEAN


def _cluster(link: _Linkage, n: int) -> list[list[int]]:
    """Best-first merging of linked pairs; two groups merge only when they agree (``_Linkage.agree``)."""
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links = sorted(((s, i, j) for (i, j), s in link.scores.items() if s >= LINK_THRESHOLD), key=lambda t: (-t[0], t[1], t[2]))
    for _, i, j in links:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if not link.agree(a, b):
            continue
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a.extend(b)
        for k in b:
            group_of[k] = gi
        del members[gj]
    return [sorted(m) for m in members.values()]


def _second_claims(groups: list[list[int]], link: _Linkage) -> None:
    """Let a sentence that carries two claims join the second claim as well.

    A sentence joins another claim (shared or not yet) when it links strongly
    to one of its members and matches each of its members from other articles
    at least ``SECOND_CLAIM_MIN``.
    """
    owner = link.owner
    claims_of: dict[int, list[int]] = {}
    for g, ms in enumerate(groups):
        for m in ms:
            claims_of.setdefault(m, []).append(g)
    offers: list[tuple[float, int, int]] = []
    for (i, j), s in link.scores.items():
        if s < SECOND_CLAIM_THRESHOLD:
            continue
        for x, y in ((i, j), (j, i)):
            g = claims_of[y][0]
            if g not in claims_of[x]:
                offers.append((s, x, g))
    offers.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _, x, g in offers:
        mine = claims_of[x]
        if g in mine or len(mine) >= MAX_CLAIMS_PER_SENTENCE:
            continue
        target = groups[g]
        others = [m for m in target if owner[m] != owner[x]]
        if not others or min(link.pair(x, m) for m in others) < SECOND_CLAIM_MIN:
            continue
        target.append(x)
        target.sort()
        mine.append(g)


# --------------------------------------------------------------------------- evidence


def _evidence(group: Sequence[int], sentences: Sequence[Sentence], link: _Linkage) -> tuple[float, dict]:
    """How well a claim holds together, its shared quote and terms, and its scored links."""
    owner = link.owner
    prepared = link.matcher.prepared
    idf = link.matcher.idf
    pairs = sorted(
        ((link.pair(i, j), i, j) for x, i in enumerate(group) for j in group[x + 1 :] if owner[i] != owner[j]),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    if not pairs:
        return 1.0, {}
    # How well the claim holds together: every member's best link into each other
    # article of the claim, and the weakest of those.
    best: dict[tuple[int, int], float] = {}
    for score, i, j in pairs:
        for x, y in ((i, j), (j, i)):
            key = (x, owner[y])
            if score > best.get(key, -1.0):
                best[key] = score
    support = min(best.values())
    quote = ""
    for _, i, j in pairs[:2]:
        q = shared_quote(sentences[i].text, sentences[j].text)
        if len(q) > len(quote):
            quote = q
    # Terms found in every article of the claim (or at least two), rarest first.
    articles_with: dict[str, set[int]] = {}
    for i in group:
        for s in prepared[i].stemset:
            articles_with.setdefault(s, set()).add(owner[i])
    n_articles = len({owner[i] for i in group})
    terms = [s for s, arts in articles_with.items() if len(arts) == n_articles]
    if not terms:
        terms = [s for s, arts in articles_with.items() if len(arts) >= 2]
    terms.sort(key=lambda s: (-idf.get(s, 0.0), s))
    evidence = {
        "quote": quote or None,
        "terms": _display_terms(terms[:10], group, prepared),
        "links": [
            {"a": f"{sentences[i].article}:{sentences[i].index}", "b": f"{sentences[j].article}:{sentences[j].index}", "score": round(s, 4)}
            for s, i, j in pairs[:20]
            if s > 0.0
        ],
    }
    return support, evidence


def _display_terms(stems: Sequence[str], group: Sequence[int], prepared: Sequence[Prepared]) -> list[str]:
    """Stems shown as words the analyst can find in the text."""
    wanted = set(stems)
    found: dict[str, str] = {}
    for i in group:
        for w in prepared[i].tokens.words:
            st = content_stem(w)
            if st in wanted and st not in found:
                found[st] = VARIANT_DISPLAY.get(w, w)
        if len(found) == len(wanted):
            break
    return [found.get(s, s) for s in stems]


_QUOTE_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def shared_quote(a: str, b: str, min_words: int = MIN_RUN) -> str:
    """The longest run of words two sentences share verbatim, as written in ``a``."""
    wa = [(m.group().lower().replace("\u2019", "'"), m.start(), m.end()) for m in _QUOTE_WORD.finditer(a)]
    wb = [m.group().lower().replace("\u2019", "'") for m in _QUOTE_WORD.finditer(b)]
    length, start = longest_run([w for w, _, _ in wa], wb)
    if length < min_words:
        return ""
    return a[wa[start][1] : wa[start + length - 1][2]]


# --------------------------------------------------------------------------- entry point


def align(sentences: dict[str, list[Sentence]]) -> list[Claim]:
    """Cluster the sentences of several articles into claims.

    Shared claims come first, in reading order of their first member; then the
    claims only one article makes, then boilerplate, which never joins a claim.
    """
    flat: list[Sentence] = [s for sents in sentences.values() for s in sents]
    local = [s for s in flat if s.kind == "claim"]
    article_no = {aid: n for n, aid in enumerate(sentences)}
    owner = [article_no[s.article] for s in local]
    matcher = Matcher([s.text for s in local])
    scored = {pair: matcher.score(*pair) for pair in candidate_pairs(matcher, owner)}
    link = _Linkage(matcher, owner, scored)
    groups = _cluster(link, len(local))
    _second_claims(groups, link)

    order = {s.key: n for n, s in enumerate(flat)}
    built: list[tuple[bool, int, list[Sentence], float, dict]] = []
    for g in groups:
        ms = sorted((local[i] for i in g), key=lambda m: order[m.key])
        shared = len({m.article for m in ms}) > 1
        score, evidence = _evidence(g, local, link) if shared else (1.0, {})
        built.append((shared, order[ms[0].key], ms, score, evidence))
    for s in flat:
        if s.kind != "claim":
            built.append((False, len(flat) + order[s.key], [s], 1.0, {}))
    built.sort(key=lambda t: (not t[0], t[1]))
    return [Claim(n, ms, score, evidence) for n, (_, _, ms, score, evidence) in enumerate(built, start=1)]
