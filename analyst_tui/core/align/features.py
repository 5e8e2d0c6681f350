"""Named features of a sentence pair, computed once per sentence and per pair.

Lexical features compare normalised words and Snowball stems (shared weight,
rapidfuzz ratios, shared word runs, figures and negation). Semantic features
use the shipped word vectors: each content word of one sentence is aligned to
its closest word of the other (cosine), weighted by idf, in both directions;
the same is done for each clause of a compound sentence, so that a clause
stated in full by a shorter sentence counts as contained in the longer one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from analyst_tui.core.align.vectors import WordVectors
from analyst_tui.core.textnorm import WEAK, Tokens, content_stem, normalise, tokenize, words

LEXICAL = (
    "wjaccard", "wcontain", "wcontain_max", "token_set", "token_sort", "surface", "bigram", "grams",
    "quote", "shared_terms", "num_clash", "num_only", "neg_clash", "len_ratio", "unmatched_max",
    "unmatched_min_w", "unmatched_max_w", "clause_lex",
)
SEMANTIC = LEXICAL + ("soft_light", "soft_heavy", "cosine", "soft_gap_light", "soft_gap_heavy", "clause_soft")

WEAK_STEMS = frozenset(filter(None, map(content_stem, WEAK)))

# Clause boundaries: punctuation inside a sentence and the conjunctions that join clauses.
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s-\s|\b(?:and|but|while|whereas|after|before|as|then)\b")
MIN_CLAUSE_STEMS = 3  # a clause needs this many content words to stand as a claim of its own


@dataclass(slots=True)
class Prepared:
    """A sentence's matching view, computed once."""

    tokens: Tokens
    stemset: frozenset[str]
    weight: float  # sum of idf over stemset
    content: str  # content stems joined, for rapidfuzz
    surface: str  # all normalised words joined
    bigrams: frozenset[tuple[str, str]]
    grams: frozenset[tuple[str, ...]]  # runs of four words, for shared quotes
    stems: tuple[str, ...]  # distinct content stems, in order (rows of ``vecs``)
    idfs: np.ndarray  # idf of each of ``stems``
    vecs: np.ndarray | None  # unit vector of each of ``stems`` (its first word)
    mean: np.ndarray | None  # idf-weighted mean vector, unit length
    text: str
    clauses: tuple[tuple[int, ...], ...] | None = None  # rows of each clause (two or more only), computed on first use

    def clause_rows(self) -> tuple[tuple[int, ...], ...]:
        """Indexes into ``stems`` of each clause, when the sentence has two clauses or more."""
        if self.clauses is None:
            self.clauses = ()
            if len(self.stems) >= 2 * MIN_CLAUSE_STEMS:
                row = {s: k for k, s in enumerate(self.stems)}
                parts = [tuple(dict.fromkeys(row[s] for s in c if s in row)) for c in clause_stems(self.text)]
                parts = [c for c in parts if c]
                if len(parts) > 1:
                    self.clauses = tuple(parts)
        return self.clauses


def clause_stems(text: str) -> list[list[str]]:
    """Content stems of each clause of a sentence (clauses split at commas and joining words)."""
    parts = [[s for s in map(content_stem, words(piece)) if s] for piece in _CLAUSE_SPLIT.split(normalise(text))]
    parts = [p for p in parts if p]
    # Short pieces ("on Monday", "he said") belong to the clause before them.
    merged: list[list[str]] = []
    for p in parts:
        if merged and (len(p) < MIN_CLAUSE_STEMS or len(merged[-1]) < MIN_CLAUSE_STEMS):
            merged[-1].extend(p)
        else:
            merged.append(p)
    return merged


class Matcher:
    """Prepares sentences and computes pair features; idf comes from the sentences being compared."""

    def __init__(self, texts: Sequence[str], vectors: WordVectors | None, weak_weight: float):
        self.tokens = [tokenize(t) for t in texts]
        df: dict[str, int] = {}
        for tk in self.tokens:
            for s in set(tk.stems):
                df[s] = df.get(s, 0) + 1
        n = len(texts)
        self.df = df
        self.n = n
        log = math.log
        self.idf = {s: 1.0 + log((n + 1) / (c + 1)) for s, c in df.items()}
        for s in WEAK_STEMS.intersection(self.idf):
            self.idf[s] *= weak_weight  # who said it matters less than what was said
        self.vectors = vectors
        self.names = SEMANTIC if vectors is not None else LEXICAL
        word_of: dict[str, str] = {}
        for tk in self.tokens:
            for w in tk.words:
                s = content_stem(w)
                if s and s not in word_of:
                    word_of[s] = w
        self.word_of = word_of
        self.row = {s: k for k, s in enumerate(word_of)}
        self.table = vectors.matrix([word_of[s] for s in word_of]) if vectors is not None else None
        self.prepared = [self._prepare(t, tk) for t, tk in zip(texts, self.tokens)]

    def _prepare(self, text: str, tk: Tokens) -> Prepared:
        stems = tuple(dict.fromkeys(tk.stems))
        stemset = frozenset(stems)
        idf = self.idf
        idfs = np.array([idf[s] for s in stems], dtype=np.float32)
        weight = float(idfs.sum())
        st, ws = tk.stems, tk.words
        vecs = mean = None
        if self.table is not None:
            vecs = self.table[[self.row[s] for s in stems]]
            m = idfs @ vecs
            norm = float(np.linalg.norm(m))
            mean = m / norm if norm > 0 else m
        return Prepared(tk, stemset, weight, " ".join(st), " ".join(ws), frozenset(zip(st, st[1:])),
                        frozenset(zip(ws, ws[1:], ws[2:], ws[3:])), stems, idfs, vecs, mean, text)

    def features(self, i: int, j: int) -> list[float]:
        """The features of sentences i and j, in the order of ``self.names``."""
        p, q = self.prepared[i], self.prepared[j]
        f = lexical_features(p, q, self.idf)
        if self.vectors is not None:
            f.extend(semantic_features(p, q))
        return f


def _clause_contain(p: Prepared, q: Prepared, matched_p: np.ndarray) -> float:
    """Best share of a clause of ``p`` that ``q`` states (``matched_p``: each word's match in q, 0..1)."""
    best = 0.0
    for c in p.clause_rows():
        idx = list(c)
        w = p.idfs[idx]
        total = float(w.sum())
        if total > 0:
            best = max(best, float(w @ matched_p[idx]) / total)
    return best


def lexical_features(p: Prepared, q: Prepared, idf: dict[str, float]) -> list[float]:
    """Word-overlap features, in the order of ``LEXICAL``."""
    shared = p.stemset & q.stemset
    wshared = 0.0
    strong = 0
    for s in shared:
        wshared += idf[s]
        if s not in WEAK_STEMS:
            strong += 1
    wunion = p.weight + q.weight - wshared
    wmin, wmax = (p.weight, q.weight) if p.weight <= q.weight else (q.weight, p.weight)
    shared_grams = len(p.grams & q.grams)
    pn, qn = p.tokens.numbers, q.tokens.numbers
    num_clash = (len(pn - qn) if len(pn) <= len(qn) else len(qn - pn)) / min(len(pn), len(qn)) if pn and qn else 0.0
    lp, lq = len(p.stemset), len(q.stemset)
    clause = 0.0
    if p.clause_rows() or q.clause_rows():
        mp = np.array([1.0 if s in shared else 0.0 for s in p.stems], dtype=np.float32)
        mq = np.array([1.0 if s in shared else 0.0 for s in q.stems], dtype=np.float32)
        clause = max(_clause_contain(p, q, mp), _clause_contain(q, p, mq))
    return [
        wshared / wunion if wunion > 0 else 0.0,
        wshared / wmin if wmin else 0.0,
        wshared / wmax if wmax else 0.0,
        fuzz.token_set_ratio(p.content, q.content) / 100.0,
        fuzz.token_sort_ratio(p.content, q.content) / 100.0,
        fuzz.ratio(p.surface, q.surface) / 100.0,
        len(p.bigrams & q.bigrams) / max(1, min(len(p.bigrams), len(q.bigrams))),
        shared_grams / max(1, min(len(p.grams), len(q.grams))),
        min(shared_grams, 4) / 4.0,
        min(strong, 8) / 8.0,
        num_clash,
        len(pn ^ qn) / 3.0,
        1.0 if p.tokens.negated != q.tokens.negated else 0.0,
        min(lp, lq) / max(lp, lq) if lp and lq else 0.0,
        max((idf[s] for s in p.stemset ^ q.stemset), default=0.0) / 8.0,
        max(0.0, wmin - wshared) / 20.0,
        max(0.0, wmax - wshared) / 20.0,
        clause,
    ]


def semantic_features(p: Prepared, q: Prepared) -> list[float]:
    """Word-vector features, in the order of ``SEMANTIC`` after ``LEXICAL``."""
    if p.vecs is None or q.vecs is None or not len(p.stems) or not len(q.stems):
        return [0.0] * (len(SEMANTIC) - len(LEXICAL))
    sim = p.vecs @ q.vecs.T
    np.clip(sim, 0.0, 1.0, out=sim)
    a = sim.max(axis=1)  # each word of p: its best match in q
    b = sim.max(axis=0)
    wp, wq = p.weight, q.weight
    sp = float(p.idfs @ a) / wp if wp else 0.0
    sq = float(q.idfs @ b) / wq if wq else 0.0
    gp = float(p.idfs @ (1.0 - a)) / 20.0  # idf weight left unmatched
    gq = float(q.idfs @ (1.0 - b)) / 20.0
    if wp <= wq:
        light, heavy, gap_light, gap_heavy = sp, sq, gp, gq
    else:
        light, heavy, gap_light, gap_heavy = sq, sp, gq, gp
    cosine = float(p.mean @ q.mean) if p.mean is not None and q.mean is not None else 0.0
    clause = 0.0
    if p.clause_rows() or q.clause_rows():
        clause = max(_clause_contain(p, q, a), _clause_contain(q, p, b))
    return [light, heavy, cosine, gap_light, gap_heavy, clause]
