"""Text normalisation for matching: name and number variants, stop words, the Snowball stemmer.

Everything here works on plain strings and is deterministic. The output is only
used for matching; offsets and displayed text always come from the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import Stemmer

from analyst_tui.core.wordforms import SAME_WORD

# Variants that should compare equal, matched on the original text in one pass
# (case matters for "US" versus the pronoun "us").
_VARIANT_RE = re.compile(
    r"(?=[UuEeAB])(?:(?P<us>\bU\.\s?S\.(?:\s?A\.?)?(?!\w)|\bUSA?\b|\b[Uu]nited [Ss]tates(?: of [Aa]merica)?\b|\bAmericans?\b)"
    r"|(?P<uk>\bU\.\s?K\.(?!\w)|\bUK\b|\b[Uu]nited [Kk]ingdom\b|\bBritain\b|\bBritish\b)"
    r"|(?P<un>\bU\.\s?N\.(?!\w)|\bUN\b|\b[Uu]nited [Nn]ations\b)"
    r"|(?P<eu>\bE\.\s?U\.(?!\w)|\bEU\b|\b[Ee]uropean [Uu]nion\b))"
)
_VARIANT_NAMES = {"us": " unitedstates ", "uk": " unitedkingdom ", "un": " unitednations ", "eu": " europeanunion "}
VARIANT_DISPLAY = {"unitedstates": "U.S.", "unitedkingdom": "U.K.", "unitednations": "U.N.", "europeanunion": "EU"}


def _variant(m: re.Match[str]) -> str:
    return _VARIANT_NAMES[m.lastgroup or "us"]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s)")
_NUM_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SPACED_DECIMAL = re.compile(r"(?<=\d)\s?\.\s(?=\d)")  # "6. 1" from tokenised sources
_WORD = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*", re.UNICODE)

_NUMBER_WORDS = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    "dozen": "12", "third": "3rd",
}  # "one", "first" and "second" are left alone: more often a pronoun or "a second time" than a figure

NEGATIONS = frozenset({"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "n't", "cannot", "deny", "denied", "denies"})

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
    of off on once only or other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours yourself yourselves
    mr mrs ms dr sir may might must shall one's upon per via whether either yet ever
    """.split()
)

# Words that say who reported something rather than what: they never propose a candidate
# pair and weigh little in a match.
WEAK = frozenset(
    """say said says saying told tell tells telling according report reported reports reportedly added add adds
    news official officials source sources statement spokesman spokeswoman spokesperson president""".split()
)

_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) English stem (deploying/deployment/deployed -> deploy; news stays news)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    return _STEMMER.stemWord(word)


# A trailing attribution ("..., said Sutopo Purwo Nugroho of the agency.", "... ," he said.",
# ", per the Pentagon.") tells who spoke, not what was said: it is left out of matching so
# that two different statements by one spokesman are not taken for one claim.
_ATTRIBUTION = re.compile(
    r"""(?:[,"”]\s*["”]?\s*(?:said|says|added|adds|told|tells?|according\sto|per)\b[^"“”]{0,150}"""
    r"""|[,"”]\s*["”]?\s*[^"“”,]{0,100}?\b(?:said|says|added|adds|(?:told|tells?)\s\w+(?:\s\w+)?)"""
    r"""(?:\s(?:on|in|at)\s[^"“”,]{0,40})?)\s*[.!]?\s*$""",
)
_ATTRIBUTION_HINT = re.compile(r"\b(?:said|says|added|adds|told|tells?|according|per)\b")
_ATTRIBUTION_REACH = 200
_MIN_KEPT_STEMS = 3


_CUT_AT = re.compile(r"[,\"”]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*")
_FIRST_WORD = re.compile(r"\W*(\w)")
# After "said": a statement, not who spoke ("said Mr Bashir should be held responsible", "said that ...").
_STATEMENT = re.compile(r"\b(?:that|should|would|will|shall|could|can|may|might|must|is|are|was|were|has|have|had|did|does)\b")


def _said_words(text: str) -> int:
    """Content words of ``text`` that are not names: in lower case, or its first word."""
    first = _FIRST_WORD.match(text)
    if first is not None:
        text = text[: first.start(1)] + text[first.start(1)].lower() + text[first.start(1) + 1 :]
    return sum(1 for w in _LOWER_WORD.findall(text) if len(w) > 1 and w not in STOPWORDS and w not in NEGATIONS)


def strip_attribution(text: str) -> str:
    """The text without a trailing "..., X said." clause (or the text itself if there is none).

    The shortest such clause is taken whose cut leaves something said: a quote ("...," Bower said) or
    two lower-case content words. "Anthony LaCalamita III, 38, said nothing after officers surrounded
    him, the sheriff said" keeps what he did; "The Orioles, according to reports, have offered ..."
    is no attribution at all (what would remain is a name).
    """
    tail_start = max(0, len(text) - _ATTRIBUTION_REACH)
    tail = text[tail_start:]
    if not _ATTRIBUTION_HINT.search(tail):
        return text
    for cut in reversed([m.start() for m in _CUT_AT.finditer(tail)]):
        if tail_start + cut == 0 or _ATTRIBUTION.match(tail, cut) is None:
            continue
        kept = text[: tail_start + cut]
        if tail[cut:].lstrip(", ")[:1] in ("\"", "”", "'", "’"):  # a quote ends there: it is what was said
            return kept
        verb = _ATTRIBUTION_HINT.search(tail, cut)
        if verb is not None and _STATEMENT.search(tail, verb.end()):
            continue  # "..., said Mr Bashir should be held responsible": what follows is what was said
        if _said_words(kept) >= 2:
            return kept
    return text


def normalise(text: str) -> str:
    """Canonical surface form: variants unified, quotes plain, lower case."""
    text = text.translate(_APOSTROPHES)
    if ". " in text:
        text = _SPACED_DECIMAL.sub(".", text)
    if "U" in text or "nited" in text or "merican" in text or "Brit" in text or "uropean" in text:
        text = _VARIANT_RE.sub(_variant, text)  # each variant has one of these: most sentences have none
    if "'" in text:
        text = _POSSESSIVE.sub("", text)
    if "," in text:
        text = _NUM_COMMA.sub("", text)
    return text.lower()


@lru_cache(maxsize=200_000)
def _word(w: str) -> tuple[str, ...]:
    """A raw lower-case token as normalised words (number words become digits)."""
    w = w.strip(".'")
    if not w:
        return ()
    if w.endswith("n't"):
        return (w[:-3] or w, "n't")
    return (_NUMBER_WORDS.get(w, w),)


def words(text: str) -> list[str]:
    """Normalised word tokens with number words turned into digits."""
    out: list[str] = []
    for w in _WORD.findall(normalise(text)):
        out.extend(_word(w))
    return out


def renormalised_words(piece: str) -> list[str]:
    """``words(piece)`` for a piece of text that ``normalise`` already made (split at commas).

    Normalising such a piece again changes it only where it has an apostrophe (a possessive
    in capitals, "JOHN'S"), a spaced point or a variant written in capitals ("UNITED STATES");
    otherwise its words are found directly.
    """
    if "'" in piece or ". " in piece or "united " in piece or "european " in piece or "," in piece:
        return words(piece)
    out: list[str] = []
    for w in _WORD.findall(piece):
        out.extend(_word(w))
    return out


@lru_cache(maxsize=200_000)
def content_stem(w: str) -> str | None:
    """The stem of a content word, or None for a stop word. Other forms of one word share its stem
    (``wordforms``: an irregular verb's past forms, British spellings)."""
    if w.isdigit():
        return w
    if w in STOPWORDS or w in NEGATIONS or len(w) < 2:
        return None
    return stem(SAME_WORD.get(w, w))


_HAS_DIGIT = re.compile(r"\d")
_NUMBER_TOKEN = re.compile(r"\S*\d\S*")


@dataclass(frozen=True, slots=True)
class Tokens:
    words: tuple[str, ...]  # all normalised words, in order
    stems: tuple[str, ...]  # content stems, in order
    numbers: frozenset[str]
    negated: bool


def token_rows(texts: Iterable[str]) -> list[tuple]:
    """``tokenize`` of each text as a plain tuple, quick to send to another process (``Tokens(*row)`` again)."""
    return [(t.words, t.stems, t.numbers, t.negated) for t in map(tokenize, texts)]


def tokenize(text: str) -> Tokens:
    """Matching tokens of a sentence.

    A trailing attribution is left out when what remains still has a few
    content words ("We are waiting for them," Araghchi said keeps its speaker).
    """
    kept = strip_attribution(text)
    ws = words(kept)
    stems = tuple(filter(None, map(content_stem, ws)))
    if kept is not text and len(stems) < _MIN_KEPT_STEMS:
        ws = words(text)
        stems = tuple(filter(None, map(content_stem, ws)))
    # Figures, after number words became digits ("six" -> "6").
    joined = " ".join(ws)
    numbers = frozenset(_NUMBER_TOKEN.findall(joined)) if _HAS_DIGIT.search(joined) else frozenset()
    negated = not NEGATIONS.isdisjoint(ws)
    return Tokens(tuple(ws), stems, numbers, negated)
