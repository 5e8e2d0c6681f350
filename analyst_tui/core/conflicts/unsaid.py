"""Who said it left out, for a reading of two versions that name their sources otherwise: one outlet writes
"The council approved the toll rise, officials said" and another "The council scrapped the toll rise", or "Police
said the man was killed" and "According to the family, the man was injured". The checks that read two versions told
nearly alike find such a pair alike only without who said it (``tokens.said_bounds``: an opening "Police said
[that]", "According to police," or a closing "..., officials said", "..., according to court documents", "..., said
Jo Marsh, a council spokeswoman"; or a version quoted, '"The lido will stay closed," a spokesman said.', '"...," said
Jo Marsh, a council spokeswoman.', 'Officials said: "..."'), and the words of two sources are no part of what
happened. Versions whose sources are the same words are read as they are (the same words on both sides weigh as
shared ones, ``shared_words``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Protocol, TypeVar

from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.restated import restated_words
from analyst_tui.core.conflicts.tokens import SAYING as _SAYING, said_bounds, tokenize
from analyst_tui.core.conflicts.written import as_written

Found = tuple[str, str, str] | None


class Read(Protocol):
    """What is read here of ``conflicts.Version``: its text (as the checks read it) and its tokens."""

    text: str
    polarity: Polarity


V = TypeVar("V", bound=Read)


def without_speaker(version: Read) -> tuple[str, str, list[str]] | None:
    """(its text without who said it, the words of who said it, the words left), all lower-cased but the text; or None
    when it names no one so (or the words cannot be found again in the text as written). Read once a text."""
    return _once(_SPEAKERS, 8192, version.text, lambda text: _without_speaker(text, version))


def _without_speaker(text: str, version: Read) -> tuple[str, str, list[str]] | None:
    quoted = ('"' in text or "\u201c" in text) and (_QUOTED_THEN_WHO.match(text) or _WHO_THEN_QUOTED.match(text) or (
        _QUOTED_THEN_SAID.match(text)))
    if quoted:  # ('"The bridge will reopen in March," the minister said.', 'Officials said: "..."')
        said = quoted.group("said").rstrip(",")
        said = said[:1].upper() + said[1:] + ("" if said.endswith((".", "!", "?")) else ".")
        return said, quoted.group("who").lower() + " said", [t.low for t in tokenize(said)][:-1]
    low = text.lower()
    last = low.rfind(",")
    before = low.rfind(",", 0, last) if last > 0 else -1
    closing = low[(before if before >= 0 else last) + 1 :] if last >= 0 else ""  # (its last two parts: "..., said Jo
    # Marsh, a council spokeswoman")
    if _SAYING.isdisjoint(_LETTERS.findall(closing)) and _SAYING.isdisjoint(
            _LETTERS.findall(" ".join(low.split(None, _OPENING)[:_OPENING]))):
        return None  # (read cheaply first: most versions name no one so)
    toks = version.polarity.toks
    lo, hi, n = said_bounds(toks)
    if (lo, hi) == (0, n):
        return None
    start = 0
    for t in toks[:lo]:  # (the opening words: found again in the text, one after the other)
        at = text.find(t.text, start)
        if at < 0:
            return None
        start = at + len(t.text)
    end = len(text.rstrip(".!?"))
    for _ in range(sum(t.low == "," for t in toks[hi:n])):  # (the closing speaker's comma: "..., said Jo Marsh, a
        end = text.rfind(",", 0, end)  # council spokeswoman" has one more after it)
    said = text[start:end].strip()
    if not said or end < start:
        return None
    return said[0].upper() + said[1:] + ".", " ".join(t.low for t in toks[:lo] + toks[hi:n]), [
        t.low for t in toks[lo:hi]]


_SPEAKERS: dict[str, tuple[str, str, list[str]] | None] = {}
# What one said, quoted, and who said it after or before it (a few words, no quote of their own)
_WHO = r"(?P<who>[^\"\u201c\u201d,:]{2,60}?)"
_SAY = r"(?:said|says|added|told (?:reporters|journalists|the [A-Z][\w.]*))"
_QUOTED_THEN_WHO = re.compile(r"[\"\u201c](?P<said>[^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d],? " + _WHO + r" " + _SAY
                              + r"\.?$")
_QUOTED_THEN_SAID = re.compile(r"[\"\u201c](?P<said>[^\"\u201c\u201d]{8,}?)[,.!?]?[\"\u201d],? (?:said|says) (?P<who>[A-Z]"
                               r"[^\"\u201c\u201d]{1,60}?)\.?$")  # ('"...," said Jo Marsh, a council spokeswoman.')
_WHO_THEN_QUOTED = re.compile(_WHO + r" " + _SAY + r"[:,]? [\"\u201c](?P<said>[^\"\u201c\u201d]{8,}?)[\"\u201d]\.?$")


def unsaid_reading(a: V, b: V, read: Callable[[str], V], check: Callable[[V, V], Found]) -> Found:
    """What ``check`` finds between the two versions without who said each (``without_speaker``), each read by
    ``read``, when at least one names a source and the two do not name it in the same words; each detail as that text
    writes it; else None."""
    x, y = without_speaker(a), without_speaker(b)
    if x is None and y is None or x is not None and y is not None and x[1] == y[1]:
        return None
    ta, tb = x[0] if x else a.text, y[0] if y else b.text
    wa, wb = _words(ta), _words(tb)
    shared = len(wa & wb)
    if shared < MIN_SHARED or shared < MIN_SHARE * len(wa | wb):
        return None  # (read cheaply: most versions of a claim share fewer of their words than any reading asks; and
        # in a short one the words of who said it may be all that tells the two apart: "The pirates surrendered on
        # Friday" / "Commandos said pirates escaped on Friday" may be about other pirates)
    va, vb = read_once(ta, read) if x else a, read_once(tb, read) if y else b
    if x and _words_of(va) != x[2] or y and _words_of(vb) != y[2]:
        return None  # (what is left is not read as those words of the whole: the words were not found again)
    found = check(va, vb)
    return found and (found[0], as_written(found[1], ta), as_written(found[2], tb))


def _words_of(version: Read) -> list[str]:
    """Its words, lower-cased, without the closing stop (``without_speaker`` adds one)."""
    return [t.low for t in version.polarity.toks[:-1]]


# The share of their words (``restated.restated_words``) two versions without who said them share at least to be read
# again: versions told nearly alike, and those told in other words, share more ("The walkout was called by Cabin Crew
# United, the union representing Northwind's flight attendants" / "... by the Aviators' Guild, which represents
# Northwind's pilots": 0.27)
MIN_SHARE, MIN_SHARED = 0.25, 3


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return restated_words(set(_LETTERS.findall(text.lower())))


_LETTERS = re.compile(r"[a-z]+")
_OPENING = 15  # words in which ``said_bounds`` finds who said it first ("Speaking on Friday, officials said ...")
_READ: dict[str, object] = {}  # each text read once (a version is compared with every other member of its claim)
T = TypeVar("T")


def read_once(text: str, read: Callable[[str], T]) -> T:
    """``read(text)``, read once a text (a text read again, as ``appositions`` and this module do, is compared with
    every other member of its claim)."""
    return _once(_READ, 2048, text, read)


def _once(cache: dict, most: int, text: str, make: Callable[[str], T]) -> T:
    """``make(text)``, kept in ``cache`` (emptied past ``most`` texts): made once a text."""
    if text not in cache:
        if len(cache) > most:
            cache.clear()
        cache[text] = make(text)
    return cache[text]


__all__ = ["read_once", "unsaid_reading", "without_speaker"]
