"""Anchoring annotations to sentences, and finding them again after the articles change.

A stored anchor ("target") names one member sentence of a claim: the article (path,
outlet, fingerprint of its text), a W3C ``TextQuoteSelector`` (the exact sentence with
about 32 characters of context either side) and a ``TextPositionSelector`` (start, end
in code points, end exclusive).

Re-attaching works in two steps:

1. each target is located in the current articles: the unchanged article and position
   first (score 1.0), else the best sentence by quote similarity (rapidfuzz) blended with
   the similarity of its context, searched only in the article the target came from
   (same fingerprint, same path, or same outlet). A target whose best score is under
   ``MIN_SCORE`` (or whose quote alone is under ``MIN_QUOTE``) is not located;
2. an annotation goes to the claim that holds the most (score-weighted) of its located
   targets. When no target is located, it is an orphan: kept, never placed by guess.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz, process

from analyst_tui.core.model import Article, Claim, Comparison, Sentence

CONTEXT = 32  # characters of prefix and suffix kept with each quote
MIN_QUOTE = 0.80  # the quote alone must be at least this similar to the sentence
MIN_SCORE = 0.82  # quote and context blended; below this a target is not placed
QUOTE_WEIGHT = 0.8  # share of the quote in the blended score (the rest is context)

_SPACE = re.compile(r"\s+")
_TYPO = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
        "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00ad": None, "\u200b": None,
    }
)


def norm(text: str) -> str:
    """The form quotes are compared in: typographic quotes unified, case and whitespace folded."""
    return _SPACE.sub(" ", text.translate(_TYPO)).strip().casefold()


def sentence_hash(text: str) -> str:
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:10]


def make_target(article: Article, sentence: Sentence) -> dict:
    """The stored anchor of one sentence (a W3C Web Annotation ``SpecificResource``)."""
    text = article.text
    return {
        "type": "SpecificResource",
        "source": canonical_path(article.path),
        "outlet": article.source,
        "fingerprint": article.fingerprint,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": sentence.text,
                "prefix": text[max(0, sentence.start - CONTEXT) : sentence.start],
                "suffix": text[sentence.end : sentence.end + CONTEXT],
            },
            {"type": "TextPositionSelector", "start": sentence.start, "end": sentence.end},
        ],
    }


def _selector(target: dict, kind: str) -> dict:
    selectors = target.get("selector")
    for sel in selectors if isinstance(selectors, list) else ():
        if isinstance(sel, dict) and sel.get("type") == kind:
            return sel
    return {}


def target_quote(target: dict) -> str:
    return str(_selector(target, "TextQuoteSelector").get("exact") or "")


def target_key(target: dict) -> tuple:
    """Identity of an anchor within one version of the articles."""
    pos = _selector(target, "TextPositionSelector")
    return (str(target.get("fingerprint") or ""), pos.get("start"), pos.get("end"), norm(target_quote(target)))


def valid_target(target: object) -> bool:
    if not isinstance(target, dict):
        return False
    quote = _selector(target, "TextQuoteSelector")
    return isinstance(quote.get("exact"), str) and bool(quote.get("exact").strip())


@dataclass(frozen=True, slots=True)
class Located:
    sentence: Sentence
    score: float  # 0..1


def _ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def _context_score(article: Article, sentence: Sentence, prefix: str, suffix: str) -> float:
    text = article.text
    have_prefix = norm(text[max(0, sentence.start - 2 * CONTEXT) : sentence.start])
    have_suffix = norm(text[sentence.end : sentence.end + 2 * CONTEXT])
    want_prefix, want_suffix = norm(prefix), norm(suffix)
    # compare only as much context as was stored, at the side touching the sentence
    p = _ratio(want_prefix, have_prefix[-len(want_prefix) :] if want_prefix else have_prefix[:0])
    s = _ratio(want_suffix, have_suffix[: len(want_suffix)] if want_suffix else have_suffix[:0])
    return (p + s) / 2


class Locator:
    """Finds stored targets among the sentences of one Comparison."""

    def __init__(self, comparison: Comparison):
        self.comparison = comparison
        self.by_fingerprint: dict[str, Article] = {}
        self.by_path: dict[str, Article] = {}
        self.by_outlet: dict[str, list[Article]] = {}
        for a in comparison.articles:
            self.by_fingerprint.setdefault(a.fingerprint, a)
            self.by_path.setdefault(canonical_path(a.path), a)
            self.by_outlet.setdefault(a.source, []).append(a)
        self._norm_cache: dict[str, list[str]] = {}

    def _normed(self, article: Article) -> list[str]:
        got = self._norm_cache.get(article.id)
        if got is None:
            got = [norm(s.text) for s in self.comparison.sentences.get(article.id, [])]
            self._norm_cache[article.id] = got
        return got

    def home(self, target: dict) -> tuple[list[Article], str]:
        """The articles a target may be found in, and why ("same", "path", "outlet" or "")."""
        a = self.by_fingerprint.get(str(target.get("fingerprint") or ""))
        if a is not None:
            return [a], "same"
        a = self.by_path.get(canonical_path(str(target.get("source") or "")))
        if a is not None:
            return [a], "path"
        outlets = self.by_outlet.get(str(target.get("outlet") or ""))
        if outlets:
            return list(outlets), "outlet"
        return [], ""

    def locate(self, target: dict) -> tuple[Located | None, float]:
        """The best sentence for a target (or None when under the threshold) and the best score seen."""
        s, score, q = self._search(target)
        if s is None:
            return None, 0.0
        if q < MIN_QUOTE or score < MIN_SCORE:
            return None, score
        return Located(s, score), score

    def nearest(self, target: dict) -> tuple[Sentence | None, float]:
        """The most similar sentence whatever its score: a suggestion for an orphan, never a placement."""
        s, score, _q = self._search(target)
        return s, score

    def _search(self, target: dict) -> tuple[Sentence | None, float, float]:
        quote = _selector(target, "TextQuoteSelector")
        pos = _selector(target, "TextPositionSelector")
        exact = str(quote.get("exact") or "")
        prefix = str(quote.get("prefix") or "")
        suffix = str(quote.get("suffix") or "")
        articles, why = self.home(target)
        if not exact.strip():
            return None, 0.0, 0.0
        if why == "same":
            a = articles[0]
            for s in self.comparison.sentences.get(a.id, []):
                if s.start == pos.get("start") and s.end == pos.get("end") and s.text == exact:
                    return s, 1.0, 1.0
        want = norm(exact)
        start = pos.get("start") if isinstance(pos.get("start"), int) else 0
        best: tuple[tuple[float, float, int], Sentence] | None = None
        for a in articles:
            sentences = self.comparison.sentences.get(a.id, [])
            if not sentences:
                continue
            hits = process.extract(want, self._normed(a), scorer=fuzz.ratio, limit=5)
            for _text, qscore, i in hits:
                s = sentences[i]
                q = qscore / 100.0
                ctx = _context_score(a, s, prefix, suffix)
                score = 1.0 if (s.text == exact and ctx == 1.0) else QUOTE_WEIGHT * q + (1 - QUOTE_WEIGHT) * ctx
                # ties go to the sentence nearest the stored position
                rank = (round(score, 6), q, -abs(s.start - start))
                if best is None or rank > best[0]:
                    best = (rank, s)
        if best is None:
            return None, 0.0, 0.0
        (score, q, _dist), s = best
        return s, score, q


def canonical_path(path: str) -> str:
    if not path or path == "-" or path.startswith("<"):
        return path
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


@dataclass(slots=True)
class Placement:
    claim: Claim | None
    score: float  # share of the targets found in that claim, weighted by their scores
    best_seen: float  # best single-target score, even under the threshold (for orphans)
    reason: str  # why it is an orphan ("" when placed)
    suggestion: Claim | None = None  # for an orphan: the claim of the most similar sentence (under the threshold)


def place(locator: Locator, targets: Iterable[dict]) -> Placement:
    """The claim of the current Comparison whose members best match a stored annotation's targets."""
    targets = [t for t in targets if valid_target(t)]
    if not targets:
        return Placement(None, 0.0, 0.0, "the annotation has no usable quote")
    totals: dict[int, float] = {}
    claims: dict[int, Claim] = {}
    best_seen = 0.0
    missing_articles = 0
    for t in targets:
        articles, _why = locator.home(t)
        if not articles:
            missing_articles += 1
            continue
        found, seen = locator.locate(t)
        best_seen = max(best_seen, seen)
        if found is None:
            continue
        for claim in locator.comparison.claims_of(found.sentence):
            totals[claim.id] = totals.get(claim.id, 0.0) + found.score
            claims[claim.id] = claim
    if not totals:
        if missing_articles == len(targets):
            return Placement(None, 0.0, 0.0, "its articles are not loaded")
        return Placement(
            None, 0.0, best_seen, "its sentences were not found in the articles (edited or replaced)", suggest(locator, targets)
        )
    cid = max(totals, key=lambda c: (totals[c], len(claims[c].members), -c))
    return Placement(claims[cid], totals[cid] / len(targets), best_seen, "")


def suggest(locator: Locator, targets: Iterable[dict]) -> Claim | None:
    """The claim holding the sentence most like any of the targets, however weak the match."""
    best: tuple[float, int] | None = None
    found: Claim | None = None
    for t in targets:
        if not valid_target(t):
            continue
        s, score = locator.nearest(t)
        if s is None:
            continue
        for claim in locator.comparison.claims_of(s):
            if best is None or (score, -claim.id) > best:
                best, found = (score, -claim.id), claim
    return found


def claim_targets(comparison: Comparison, claim: Claim) -> list[dict]:
    return [make_target(comparison.article(m.article), m) for m in claim.members]


def sentence_target(comparison: Comparison, sentence: Sentence) -> dict:
    return make_target(comparison.article(sentence.article), sentence)
