"""Word-level differences inside a shared claim, as meld or vimdiff mark them inside a changed line.

Each version's words that no other outlet's version of the claim shares are marked; words
compare after normalisation (case, U.S. / United States, six / 6, light stemming), so
"deploying" and "deployment" are not a difference. Stop words are never marked on their own,
but hedges ("probably", "reportedly", "may", "serious interest") and negations always are
when one version has them and the others do not. A mark's kind (number, name, hedge,
negation, word) says how it is emphasised.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Literal

from analyst_tui.core.model import Claim, Sentence
from analyst_tui.core.textnorm import NEGATIONS, STOPWORDS, WEAK, stem

MarkKind = Literal["number", "name", "hedge", "negation", "word"]

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)  # U.S. keeps its dots
_UNITED = frozenset({"States", "states", "Kingdom", "kingdom", "Nations", "nations"})
_NUMBER_WORDS = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "hundred": "100", "hundreds": "100", "thousand": "1000", "thousands": "1000",
    "million": "1000000", "millions": "1000000", "billion": "1000000000", "dozen": "12", "dozens": "12",
}
_VARIANTS = {"u.s": "unitedstates", "u.s.": "unitedstates", "usa": "unitedstates", "america": "unitedstates",
             "american": "unitedstates", "americans": "unitedstates", "u.k": "unitedkingdom", "u.k.": "unitedkingdom",
             "britain": "unitedkingdom", "british": "unitedkingdom"}
HEDGES = frozenset(
    """probably possibly reportedly allegedly apparently likely unlikely may might could perhaps seemingly
    purportedly supposedly unconfirmed rumored rumoured suggest suggests suggested believed appears appear""".split()
)
HEDGE_PHRASES = ("serious interest", "said to", "is said to", "appears to", "would likely",
                 "most likely", "not ruled out")
_PHRASE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(HEDGE_PHRASES, key=len, reverse=True)) + r")\b", re.I)
_PHRASE_HINT = re.compile(r"(?i:interest|said\s+to|appears|likely|ruled)")
_NUMBERISH = re.compile(r"\d")


@lru_cache(maxsize=100_000)
def _norm(word: str) -> str:
    w = word.replace("’", "'").rstrip(".").casefold()
    if w.endswith("'s"):
        w = w[:-2]
    if word in ("US", "U.S", "U.S.", "USA"):
        return "unitedstates"
    if w in _VARIANTS:
        return _VARIANTS[w]
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w.endswith("n't"):
        return "not"
    if w in HEDGES:
        return w  # "reportedly" is a hedge, not the word "report"
    return stem(w) if not w.isdigit() else w


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, raw word, normalised word) for each word; "United States" is one word."""
    spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out = [(s, e, raw, n) for (s, e, raw), n in zip(spans, map(_norm, [r for _s, _e, r in spans]))]
    if "United" in text or "united" in text:
        merged: list[tuple[int, int, str, str]] = []
        for tok in out:
            if tok[2] in _UNITED and merged and merged[-1][2] in ("United", "united"):
                start = merged[-1][0]
                merged[-1] = (start, tok[1], text[start : tok[1]], "united" + tok[2].casefold())
            else:
                merged.append(tok)
        out = merged
    return tuple(out)


def _vocabulary(texts: Iterable[str]) -> tuple[set[str], str]:
    words: set[str] = set()
    flat: list[str] = []
    for text in texts:
        words.update(n for _s, _e, _raw, n in _tokens(text))
        flat.append(_flat(text))
    return words, "\n".join(flat)


@lru_cache(maxsize=4096)
def _flat(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


@lru_cache(maxsize=50_000)
def _markable(raw: str, normalised: str) -> bool:
    lower = raw.casefold()
    if lower in HEDGES or lower in NEGATIONS or lower.endswith("n't") or _NUMBERISH.search(raw) or normalised.isdigit():
        return True
    # Stop words and the words of reporting ("said", "told", "according") are not what a claim says.
    return lower not in STOPWORDS and lower not in WEAK and lower != "according" and len(normalised) > 1


def _differences(sentence: Sentence, shared: "callable", phrase_shared: "callable") -> list[tuple[int, int]]:
    marks: dict[int, int] = {}
    text = sentence.text
    if _PHRASE_HINT.search(text):
        for m in _PHRASE_RE.finditer(text):
            if not phrase_shared(m.group().casefold()):
                for s, e, _raw, _n in _tokens(m.group()):
                    marks[m.start() + s] = m.start() + e
    tokens = _tokens(text)
    unshared = {n for n in {t[3] for t in tokens} if not shared(n)}
    if unshared:
        for s, e, raw, n in tokens:
            if n in unshared and s not in marks and _markable(raw, n):
                marks[s] = e
    base = sentence.start
    return [(base + s, base + e) for s, e in sorted(marks.items())]


def member_differences(sentence: Sentence, others: list[Sentence]) -> list[tuple[int, int]]:
    """Offsets (into the article text) of the words of ``sentence`` that none of ``others`` has."""
    if not others:
        return []
    vocab, flat = _vocabulary(o.text for o in others)
    return _differences(sentence, vocab.__contains__, flat.__contains__)


def claim_differences(claim: Claim) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Every member's differences against the other outlets' versions (shared claims only)."""
    if not claim.is_shared:
        return {}
    words: dict[str, set[str]] = {}
    flats: dict[str, list[str]] = {}
    for m in claim.members:
        words.setdefault(m.article, set()).update(n for _s, _e, _r, n in _tokens(m.text))
        flats.setdefault(m.article, []).append(_flat(m.text))
    seen: set[str] = set()
    common: set[str] = set()  # words in two or more articles' versions
    for vocab in words.values():
        common |= seen & vocab
        seen |= vocab
    out: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in claim.members:
        own = words[m.article]

        def shared(n: str, own: set[str] = own) -> bool:
            return n in common or (n in seen and n not in own)

        def phrase_shared(p: str, article: str = m.article) -> bool:
            return any(p in f for a, fl in flats.items() if a != article for f in fl)

        out[m.key] = _differences(m, shared, phrase_shared)
    return out


def mark_kind(text: str, start: int, end: int) -> MarkKind:
    """How a marked word is emphasised: a figure, a name, a hedge, a negation or another word."""
    word = text[start:end]
    lower = word.casefold().replace("’", "'")
    if _NUMBERISH.search(word) or lower in _NUMBER_WORDS:
        return "number"
    if lower in HEDGES or _PHRASE_RE.search(text[max(0, start - 20) : end + 20] or "") and _in_phrase(text, start, end):
        return "hedge"
    if lower in NEGATIONS or lower.endswith("n't"):
        return "negation"
    if word[:1].isupper() and not _sentence_initial(text, start):
        return "name"
    return "word"


def _in_phrase(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 20)
    for m in _PHRASE_RE.finditer(text, lo, min(len(text), end + 20)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\n“\"‘'(":
        i -= 1
    return i < 0 or text[i] in ".!?"


def marked(text: str, spans: list[tuple[int, int]], start: int, end: int, before: str = "*", after: str = "*") -> str:
    """``text[start:end]`` with each difference inside it wrapped, e.g. in ``**`` for Markdown."""
    out: list[str] = []
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        out.append(text[pos:s])
        out.append(before + text[s:e] + after)
        pos = e
    out.append(text[pos:end])
    return "".join(out)
