"""What a claim shows as its evidence: how well it holds together, the shared quote, the shared terms, its links."""

from __future__ import annotations

import re
from typing import Sequence

from analyst_tui.core.align.clustering import Linkage
from analyst_tui.core.align.features import Matcher, Prepared
from analyst_tui.core.model import Sentence
from analyst_tui.core.textnorm import VARIANT_DISPLAY, content_stem

MIN_RUN = 5  # words in a verbatim run that counts as a shared quote


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


def evidence(group: Sequence[int], sentences: Sequence[Sentence], link: Linkage, matcher: Matcher) -> tuple[float, dict]:
    """How well a claim holds together, its shared quote and terms, and its scored links."""
    owner = link.owner
    prepared = matcher.prepared
    idf = matcher.idf
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
        "terms": display_terms(terms[:10], group, prepared),
        "links": [
            {"a": f"{sentences[i].article}:{sentences[i].index}", "b": f"{sentences[j].article}:{sentences[j].index}", "score": round(s, 4)}
            for s, i, j in pairs[:20]
            if s > 0.0
        ],
    }
    return support, evidence


def display_terms(stems: Sequence[str], group: Sequence[int], prepared: Sequence[Prepared]) -> list[str]:
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


# a number with its separators is one word ("85,000", "2.5"), so a quote never starts or ends inside one
_QUOTE_WORD = re.compile(r"\d+(?:[.,]\d+)*[^\W_]*|[^\W_]+(?:['\u2019][^\W_]+)*")  # ("81st", "16GB": one word)


def shared_quote(a: str, b: str, min_words: int = MIN_RUN) -> str:
    """The longest run of words two sentences share verbatim, as written in ``a``."""
    wa = [(m.group().lower().replace("\u2019", "'"), m.start(), m.end()) for m in _QUOTE_WORD.finditer(a)]
    wb = [m.group().lower().replace("\u2019", "'") for m in _QUOTE_WORD.finditer(b)]
    length, start = longest_run([w for w, _, _ in wa], wb)
    if length < min_words:
        return ""
    return a[wa[start][1] : wa[start + length - 1][2]]
