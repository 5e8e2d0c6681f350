"""A name set off by commas after what it names, or a description after a name, left out ("the union's general
secretary, Jo Marsh, wrote to the vice-chancellor" is read as "the union's general secretary wrote to the
vice-chancellor", "Peter Sankau, a second ranger, was hit" as "Peter Sankau was hit"), for a second reading of two
versions that the first found alike: the checks read a doer, a receiver or what befell one next to its verb. A name the
other version gives outside such commas stays: it tells who the description is ("to a Sunnyvale-based rival, Kanisa,"
/ "to Kanisa"). An aside one version adds is left out too (``without_asides``: a clause opened by "which" or "who"
between commas, words between dashes or in brackets), but a clause that tells what happened."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, TypeVar

from analyst_tui.core.conflicts.unsaid import read_once
from analyst_tui.core.conflicts.written import as_written
from analyst_tui.core.wordforms import IRREGULAR_PAST

Found = tuple[str, str, str] | None
V = TypeVar("V")

# A run of one to four words in capitals between commas, after a word in small letters and before one (not a list of
# names, "Ashcombe, Monroe and Fenwick", nor a place after a place, "Leeds, West Yorkshire,"); or a description opened
# by "a", "the" or a possessive between commas after a name and before a word in small letters.
_APPOSED = re.compile(r"(\b[a-z][\w'\u2019-]*), ((?:[A-Z][\w'\u2019.-]* ){0,3}[A-Z][\w'\u2019-]*),(?= [a-z])"
                      r"|(\b[A-Z][\w'\u2019-]*), ((?:a|an|the|its|his|her|their) [a-z][\w'\u2019 -]{0,40}?),(?= [a-z])")


@lru_cache(maxsize=8192)
def _apposed(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Each name set off by commas: (where the commas start, where they end, where the word before ends, the name)."""
    if ", " not in text:
        return ()
    return tuple((m.start(), m.end(), m.end(1) if m.group(1) else m.end(3), m.group(2) or m.group(4))
                 for m in _APPOSED.finditer(text))


# An aside one version adds inside a sentence: a clause opened by "which", "who", "whose" or "where" between commas
# before a word in small letters ("The toll rise, which takes effect in May, was approved"), words between two dashes
# ("The toll rise \u2014 the first in a decade \u2014 was approved") or in brackets.
_ASIDE = re.compile(r", (?:which|who|whose|where) [^,;\"\u201c\u201d]{3,80}?,(?= [a-z])"
                    r"| (?:[\u2013\u2014]|--) [^\u2013\u2014;\"\u201c\u201d]{3,80}? (?:[\u2013\u2014]|--)(?= [a-z])| \([^()]{2,80}\)")
# (not between two hyphens set apart: "a 15 - 2 run as top - seeded Creighton" is two words with hyphens)
_ASIDE_MARKS = re.compile(r", wh|\(| [\u2013\u2014]| --")  # (read cheaply first)


@lru_cache(maxsize=8192)
def _asides(text: str) -> tuple[tuple[int, int], ...]:
    """Where each aside (``_ASIDE``) starts and ends; not a clause that tells what happened (a past form but of
    saying, or a negation: "The diver, who went missing on Sunday, was found dead", "the levy, which passed", "Mr.
    Chapman, who hasn't been arrested, ..."), which may be what the other version says."""
    if not _ASIDE_MARKS.search(text):
        return ()
    return tuple(m.span() for m in _ASIDE.finditer(text) if not (text[m.start()] == "," and any(
        (w.endswith("ed") or w in IRREGULAR_PAST) and w not in _OF_SAYING or w in _NEGATIONS
        for w in _WORDS.findall(m.group().lower().replace("\u2019", "'")))))


_OF_SAYING = frozenset("reported said told announced known called named described quoted cited".split())
_NEGATIONS = frozenset("not no never none nobody nothing hasn't hadn't wasn't weren't isn't didn't".split())


def without_asides(text: str) -> str | None:
    """``text`` without its asides, or None when it has none."""
    spans = _asides(text)
    if not spans:
        return None
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        last = end
    return "".join(out) + text[last:]


def without_appositions(text: str, other: str) -> str | None:
    """``text`` without the names set off by commas after what they name that ``other`` gives only so, if at all; or
    None when it has none."""
    found = _apposed(text)
    if not found:
        return None
    named_apart = {name for *_, name in _apposed(other)}
    out, last = [], 0
    for start, end, word_end, name in found:
        if name in named_apart or name not in other:
            out.append(text[last:word_end])
            last = end
    return "".join(out) + text[last:] if out else None


def past_appositions(a: str, b: str) -> tuple[str, str] | None:
    """The two texts without their names set off by commas and their asides, when either has such a name and the two
    then share three in five of their words (as a sentence told again with its parties moved does); or else without
    their asides, when either has one and the two then share three of their words and a quarter of them (an aside
    told in one version only hides what the other says of the same: "The toll rise, which takes effect in May, was
    approved" / "The toll rise was scrapped"); else None."""
    ta, tb = without_appositions(a, b), without_appositions(b, a)
    if ta is not None or tb is not None:
        ta, tb = ta or a, tb or b
        wa, wb = set(ta.lower().split()), set(tb.lower().split())
        if 5 * len(wa & wb) < 3 * len(wa | wb):
            return None
        return without_asides(ta) or ta, without_asides(tb) or tb  # (and their asides)
    ta, tb = without_asides(a), without_asides(b)
    if ta is None and tb is None:
        return None
    ta, tb = ta or a, tb or b
    wa, wb = _words(ta), _words(tb)
    shared = len(wa & wb)
    return (ta, tb) if shared >= 3 and 4 * shared >= len(wa | wb) else None


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(text.lower()))


_WORDS = re.compile(r"[\w'\u2019-]+")


def second_reading(a: str, b: str, read: Callable[[str], V], check: Callable[[V, V], Found]) -> Found:
    """What ``check`` finds between the two texts read past their names set off by commas or their asides
    (``past_appositions``), each read by ``read`` once a text, each detail as that text writes it ("vice-chancellor",
    not "vice - chancellor"), else None. A detail of one text that the other told in what was left out of it is no
    difference ("The diver, who went missing on Sunday, was found dead" / "The diver went missing on Sunday and his
    body was found": "missing" is not against "dead")."""
    texts = past_appositions(a, b)
    found = check(read_once(texts[0], read), read_once(texts[1], read)) if texts else None
    if not found or _told_aside(found[2], a, texts[0]) or _told_aside(found[1], b, texts[1]):  # type: ignore[index]
        return None
    return found[0], as_written(found[1], texts[0]), as_written(found[2], texts[1])  # type: ignore[index]


def _told_aside(detail: str, text: str, read: str) -> bool:
    """Whether a word of ``detail`` (four letters or more) is one ``text`` gives only in what ``read`` left out."""
    left_out = _words(text) - _words(read)
    return any(len(w) > 3 and w in left_out for w in _WORDS.findall(detail.lower()))


__all__ = ["past_appositions", "second_reading", "without_appositions"]
