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
from typing import Callable, Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz

from analyst_tui.core.align.forked import split_rows
from analyst_tui.core.align.speech import voice
from analyst_tui.core.align.vectors import WordVectors
from analyst_tui.core.textnorm import WEAK, Tokens, content_stem, normalise, renormalised_words, tokenize

LEXICAL = (
    "wjaccard", "wcontain", "wcontain_max", "token_set", "token_sort", "surface", "bigram", "grams",
    "quote", "shared_terms", "num_clash", "num_only", "neg_clash", "len_ratio", "unmatched_max",
    "unmatched_min_w", "unmatched_max_w", "clause_lex", "num_disjoint", "num_shared",
)
SEMANTIC = LEXICAL + ("soft_light", "soft_heavy", "cosine", "soft_gap_light", "soft_gap_heavy", "clause_soft")

WEAK_STEMS = frozenset(filter(None, map(content_stem, WEAK)))

# Clause boundaries: punctuation inside a sentence and the conjunctions that join clauses.
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s-\s|\b(?:and|but|while|whereas|after|before|as|then)\b")
MIN_CLAUSE_STEMS = 3  # a clause needs this many content words to stand as a claim of its own
_NO_CLAUSES = np.zeros((0, 0), np.float32)


@dataclass(slots=True)
class Prepared:
    """A sentence's matching view, computed once."""

    tokens: Tokens
    stemset: frozenset[str]
    weight: float  # sum of idf over stemset
    content: str  # content stems joined, for rapidfuzz
    sorted_content: str  # the same stems in sorted order (``token_sort_ratio`` sorts them for each pair otherwise)
    surface: str  # all normalised words joined
    bigrams: frozenset[tuple[str, str]]
    grams: frozenset[tuple[str, ...]]  # runs of four words, for shared quotes
    stems: tuple[str, ...]  # distinct content stems, in order (rows of ``vecs``)
    ids: np.ndarray  # a number for each of ``stems``, the same in every sentence
    by_idf: tuple[str, ...]  # ``stems``, rarest first
    idfs: np.ndarray  # idf of each of ``stems``
    table: np.ndarray | None  # the matcher's word vectors: row ``ids[k]`` is the unit vector of ``stems[k]``
    mean: np.ndarray | None  # idf-weighted mean vector, unit length
    text: str
    clauses: np.ndarray | None = None  # clauses x stems, each row the clause's idf share; computed on first use
    clause_line: str | None = None  # ``clause_stems`` of the text as a ``clause_lines`` line, when found elsewhere
    voice: int = -1  # ``speech.voice`` of the text; computed on first use

    def speaker_voice(self) -> int:
        """Whether the sentence is a speaker's own words, the outlet's statement or other (``speech.voice``)."""
        if self.voice < 0:
            self.voice = voice(self.text)
        return self.voice

    @property
    def vecs(self) -> np.ndarray | None:
        """The unit vector of each of ``stems`` (its first word), looked up when used (not kept: 200 MB for 15,000 sentences)."""
        return None if self.table is None else self.table[self.ids]

    def clause_matrix(self) -> np.ndarray | None:
        """One row per clause (two clauses or more, else None): the share of the clause's idf weight each stem holds."""
        if self.clauses is None:
            self.clauses = _NO_CLAUSES
            if len(self.stems) >= 2 * MIN_CLAUSE_STEMS:
                row = {s: k for k, s in enumerate(self.stems)}
                line = self.clause_line
                found = clause_stems(self.text) if line is None else [c.split(" ") for c in line.split("|") if c]
                parts = [sorted({row[s] for s in c if s in row}) for c in found]
                parts = [c for c in parts if c]
                if len(parts) > 1:
                    m = np.zeros((len(parts), len(self.stems)), np.float32)
                    for r, c in enumerate(parts):
                        m[r, c] = self.idfs[c]
                    m /= np.maximum(m.sum(axis=1, keepdims=True), 1e-9)
                    self.clauses = m
        return None if self.clauses is _NO_CLAUSES else self.clauses


def clause_stems(text: str) -> list[list[str]]:
    """Content stems of each clause of a sentence (clauses split at commas and joining words)."""
    parts = [[s for s in map(content_stem, renormalised_words(piece)) if s] for piece in _CLAUSE_SPLIT.split(normalise(text))]
    parts = [p for p in parts if p]
    # Short pieces ("on Monday", "he said") belong to the clause before them.
    merged: list[list[str]] = []
    for p in parts:
        if merged and (len(p) < MIN_CLAUSE_STEMS or len(merged[-1]) < MIN_CLAUSE_STEMS):
            merged[-1].extend(p)
        else:
            merged.append(p)
    return merged


def clause_lines(texts: Sequence[str]) -> str:
    """``clause_stems`` of each text, one line per text, clauses apart by "|" and stems by spaces (neither is in a stem)."""
    return "\n".join("|".join(" ".join(c) for c in clause_stems(t)) for t in texts)


def first_words(word_lists: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each content stem's first word, in reading order: the words whose vectors ``Matcher`` reads."""
    word_of: dict[str, str] = {}
    seen: set[str] = set()
    for words in word_lists:
        for w in words:
            if w not in seen:
                seen.add(w)
                s = content_stem(w)
                if s and s not in word_of:
                    word_of[s] = w
    return word_of


class Matcher:
    """Prepares sentences and computes pair features; idf comes from the sentences being compared.

    ``tokens``, when given, returns the ``tokenize`` of each text (found partly elsewhere);
    ``clauses``, when given, returns ``clause_lines(texts)``, found meanwhile elsewhere
    (another process); it is asked for when the first pair is scored.
    """

    def __init__(self, texts: Sequence[str], vectors: WordVectors | None, weak_weight: float,
                 clauses: Callable[[], str] | None = None, tokens: Callable[[], Sequence[Tokens]] | None = None):
        self._clause_source = clauses
        self._article_similarity: tuple | None = None  # kept by ``stories.article_similarity``
        given = list(tokens()) if tokens is not None else []
        self.tokens = given if len(given) == len(texts) else [tokenize(t) for t in texts]
        distinct = [tuple(dict.fromkeys(tk.stems)) for tk in self.tokens]  # each sentence's stems, once, in order
        df: dict[str, int] = {}
        for stems in distinct:
            for s in stems:
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
        word_of = first_words(tk.words for tk in self.tokens)
        self.word_of = word_of
        self.row = {s: k for k, s in enumerate(word_of)}
        self.table = vectors.matrix(list(word_of.values())) if vectors is not None else None
        self.prepared = self._prepare_all(texts, distinct)

    def _prepare_all(self, texts: Sequence[str], distinct: Sequence[tuple[str, ...]]) -> list[Prepared]:
        """Every sentence's ``Prepared``; the arrays of all sentences are made at once and each gets its slice."""
        idf, row, table = self.idf, self.row, self.table
        ends = np.cumsum(np.fromiter(map(len, distinct), np.int64, count=len(distinct))).tolist()
        flat_ids = np.fromiter((row[s] for stems in distinct for s in stems), np.int32, count=ends[-1] if ends else 0)
        flat_idfs = np.array([idf[s] for s in row], dtype=np.float32)[flat_ids]
        out = []
        a = 0
        by_idf_key = idf.__getitem__
        for text, tk, stems, b in zip(texts, self.tokens, distinct, ends):
            idfs, ids = flat_idfs[a:b], flat_ids[a:b]
            st, ws = tk.stems, tk.words
            mean = None
            if table is not None:
                vecs = table[ids]
                m = idfs @ vecs
                norm = float(np.sqrt(m.dot(m)))  # what np.linalg.norm computes, without its checks
                mean = m / norm if norm > 0 else m
            out.append(Prepared(tk, frozenset(stems), float(idfs.sum()), " ".join(st), " ".join(sorted(st)),
                                " ".join(ws), frozenset(zip(st, st[1:])), frozenset(zip(ws, ws[1:], ws[2:], ws[3:])), stems,
                                ids, tuple(sorted(stems, key=by_idf_key, reverse=True)), idfs, table,
                                mean, text))
            a = b
        return out

    def feature_matrix(self, pairs: Sequence[tuple[int, int]]) -> np.ndarray:
        """The features of many pairs, one row each (the same values as ``features``).

        Pairs are grouped by their first sentence; on two cores half of the groups
        are computed in a forked child (see ``forked``), with identical results.
        """
        self._take_clauses()
        by_first: dict[int, list[int]] = {}
        for k, (i, _) in enumerate(pairs):
            by_first.setdefault(i, []).append(k)
        groups = list(by_first.values())
        half, count = [], 0
        for g in groups:  # the first groups, up to half of the pairs
            if count * 2 >= len(pairs):
                break
            half.append(g)
            count += len(g)
        parts = [[k for g in half for k in g], [k for g in groups[len(half):] for k in g]]
        return split_rows(lambda rows: self._rows(pairs, rows), parts, len(pairs), len(self.names))

    def _take_clauses(self) -> None:
        """Give each sentence its clauses from ``clauses`` (else each finds its own when first needed)."""
        source, self._clause_source = self._clause_source, None
        if source is not None:
            lines = source().split("\n")
            if len(lines) == len(self.prepared):
                for p, line in zip(self.prepared, lines):
                    p.clause_line = line

    def _rows(self, pairs: Sequence[tuple[int, int]], rows: Sequence[int]) -> np.ndarray:
        """The features of ``pairs[k]`` for each k of ``rows`` (a union of whole groups sharing a first sentence)."""
        out = np.zeros((len(rows), len(self.names)))
        P, idf = self.prepared, self.idf
        nl = len(LEXICAL)
        by_first: dict[int, list[int]] = {}
        for r, k in enumerate(rows):
            i, j = pairs[k]
            out[r, :nl] = lexical_features(P[i], P[j], idf)
            by_first.setdefault(i, []).append(r)
        if self.vectors is not None:
            for i, rs in by_first.items():
                p = P[i]
                rs = [r for r in rs if P[pairs[rows[r]][1]].stems]
                if p.stems and rs:
                    out[rs, nl:] = semantic_batch(p, [P[pairs[rows[r]][1]] for r in rs])
        return out

    def features(self, i: int, j: int) -> list[float]:
        """The features of sentences i and j, in the order of ``self.names``."""
        self._take_clauses()
        p, q = self.prepared[i], self.prepared[j]
        f = lexical_features(p, q, self.idf)
        if self.vectors is not None:
            f.extend(semantic_features(p, q))
        return f


def _clause_contain(p: Prepared, q: Prepared, matched_p: np.ndarray, matched_q: np.ndarray) -> float:
    """Best share of a clause of one sentence that the other states (``matched_*``: each word's match, 0..1)."""
    best = 0.0
    cp, cq = p.clause_matrix(), q.clause_matrix()
    if cp is not None:
        best = float((cp @ matched_p).max())
    if cq is not None:
        best = max(best, float((cq @ matched_q).max()))
    return best


def _max_unshared(p: Prepared, other: frozenset[str], idf: dict[str, float]) -> float:
    """The idf of the rarest stem of ``p`` that ``other`` lacks, / 8."""
    for s in p.by_idf:
        if s not in other:
            return idf[s] / 8.0
    return 0.0


def lexical_features(p: Prepared, q: Prepared, idf: dict[str, float]) -> list[float]:
    """Word-overlap features, in the order of ``LEXICAL``."""
    shared = p.stemset & q.stemset
    # fsum: the same total whatever order the set gives its stems (that order changes between runs)
    wshared = math.fsum(map(idf.__getitem__, shared))
    strong = len(shared - WEAK_STEMS)
    wunion = p.weight + q.weight - wshared
    wmin, wmax = (p.weight, q.weight) if p.weight <= q.weight else (q.weight, p.weight)
    shared_grams = len(p.grams & q.grams)
    pn, qn = p.tokens.numbers, q.tokens.numbers
    num_clash = (len(pn - qn) if len(pn) <= len(qn) else len(qn - pn)) / min(len(pn), len(qn)) if pn and qn else 0.0
    lp, lq = len(p.stemset), len(q.stemset)
    clause = 0.0
    if shared:
        cp, cq = p.clause_matrix(), q.clause_matrix()
        if cp is not None:  # a stem of p is matched when q has it (ids and stems correspond one to one)
            qs = q.stemset
            clause = max((cp @ np.array([s in qs for s in p.stems], np.float32)).tolist())  # max of a few: quicker in Python
        if cq is not None:
            ps = p.stemset
            clause = max(clause, *(cq @ np.array([s in ps for s in q.stems], np.float32)).tolist())
    return [
        wshared / wunion if wunion > 0 else 0.0,
        wshared / wmin if wmin else 0.0,
        wshared / wmax if wmax else 0.0,
        fuzz.token_set_ratio(p.content, q.content) / 100.0,
        fuzz.ratio(p.sorted_content, q.sorted_content) / 100.0,  # (``token_sort_ratio``, the sorting done once)
        fuzz.ratio(p.surface, q.surface) / 100.0,
        len(p.bigrams & q.bigrams) / max(1, min(len(p.bigrams), len(q.bigrams))),
        shared_grams / max(1, min(len(p.grams), len(q.grams))),
        min(shared_grams, 4) / 4.0,
        min(strong, 8) / 8.0,
        num_clash,
        len(pn ^ qn) / 3.0,
        1.0 if p.tokens.negated != q.tokens.negated else 0.0,
        min(lp, lq) / max(lp, lq) if lp and lq else 0.0,
        max(_max_unshared(p, q.stemset, idf), _max_unshared(q, p.stemset, idf)),
        max(0.0, wmin - wshared) / 20.0,
        max(0.0, wmax - wshared) / 20.0,
        clause,
        1.0 if pn and qn and pn.isdisjoint(qn) else 0.0,
        min(len(pn & qn), 3) / 3.0,
    ]


def semantic_features(p: Prepared, q: Prepared) -> list[float]:
    """Word-vector features, in the order of ``SEMANTIC`` after ``LEXICAL``."""
    if p.vecs is None or q.vecs is None or not len(p.stems) or not len(q.stems):
        return [0.0] * (len(SEMANTIC) - len(LEXICAL))
    sim = p.vecs @ q.vecs.T
    np.clip(sim, 0.0, 1.0, out=sim)
    sim[p.ids[:, None] == q.ids[None, :]] = 1.0  # the same stem matches fully, known to the table or not
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
    clause = _clause_contain(p, q, a, b)
    return [light, heavy, cosine, gap_light, gap_heavy, clause]


def semantic_batch(p: Prepared, qs: Sequence[Prepared]) -> np.ndarray:
    """``semantic_features`` of ``p`` with each of ``qs`` (all with content words), one row each, in a few array steps."""
    sizes = np.array([len(q.stems) for q in qs])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    qids = np.concatenate([q.ids for q in qs])
    qvecs = p.table[qids]
    qidfs = np.concatenate([q.idfs for q in qs])
    wq = np.array([q.weight for q in qs])
    sim = p.vecs @ qvecs.T
    np.clip(sim, 0.0, 1.0, out=sim)
    sim[p.ids[:, None] == qids[None, :]] = 1.0
    a = np.maximum.reduceat(sim, starts, axis=1)  # p's words x qs: best match in each q
    b = sim.max(axis=0)  # each word of each q: best match in p
    wp = p.weight
    sp = (p.idfs @ a) / wp
    sq = np.add.reduceat(qidfs * b, starts) / wq
    gp = (p.idfs @ (1.0 - a)) / 20.0
    gq = np.add.reduceat(qidfs * (1.0 - b), starts) / 20.0
    p_light = wp <= wq
    light = np.where(p_light, sp, sq)
    heavy = np.where(p_light, sq, sp)
    gap_light = np.where(p_light, gp, gq)
    gap_heavy = np.where(p_light, gq, gp)
    cosine = np.stack([q.mean for q in qs]) @ p.mean
    clause = np.zeros(len(qs))
    cp = p.clause_matrix()
    if cp is not None:
        clause = (cp @ a).max(axis=0)
    for k, q in enumerate(qs):
        cq = q.clause_matrix()
        if cq is not None:
            s0 = starts[k]
            clause[k] = max(clause[k], *(cq @ b[s0 : s0 + sizes[k]]).tolist())
    return np.column_stack([light, heavy, cosine, gap_light, gap_heavy, clause])
