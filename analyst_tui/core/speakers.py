"""Who speaks in a sentence: a best guess at the person (and role) behind a denial or dispute.

Plain text analysis, no interface: the review app's attribution dialog proposes what
``suggest_speaker`` finds and highlights the sentence ``statement_score`` rates highest.
(The analysis stage's cue-based attribution lives in ``core/analysis``.)
"""

from __future__ import annotations

import re

from analyst_tui.core.model import Sentence
from analyst_tui.core.sanitize import printable


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


_NAME = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
_ROLE = (
    r"(?:(?:[A-Z][\w.'’\-]*\s+){0,3}"
    r"(?:[Pp]ress [Ss]ecretary|[Ss]pokes(?:person|man|woman)|[Ff]oreign [Mm]inister|[Mm]inister|"
    r"[Ss]ecretary|[Aa]mbassador|[Oo]fficial|[Aa]dviser|[Aa]dvisor|[Dd]irector|[Cc]hief|[Gg]eneral))"
)
_VERBS = r"(?:said|says|told|tells|added|adds|insisted|insists|dismissed|dismisses|denied|denies|stated|wrote|rejected)"
_WITH_ROLE = re.compile(rf"(?P<role>{_ROLE})\s+(?P<name>{_NAME})")
_BEFORE_VERB = re.compile(rf"(?P<name>{_NAME})\s+{_VERBS}\b")
_AFTER_VERB = re.compile(rf"\b(?:said|says|added|adds)\s+(?P<name>{_NAME})")
_NOT_NAMES = {"The", "This", "That", "It", "He", "She", "They", "We", "I", "But", "And", "Officials", "Sources", "Publicly"}
_DENIAL_WORDS = re.compile(
    r"\b(?:deni\w*|deny|dismiss\w*|reject\w*|false|untrue|not part of|no real|speculation|assumptions|insisted|refuted|baseless)\b",
    re.I,
)


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    return " ".join(words) or None


def suggest_speaker(text: str) -> str | None:
    """A best guess at who speaks in a sentence, e.g. ``Karoline Leavitt (White House press secretary)``."""
    text = _one_line(text)
    m = _WITH_ROLE.search(text)
    if m:
        name = _clean_name(m.group("name"))
        role = " ".join(m.group("role").split())
        if name:
            return f"{name} ({role[0].upper() + role[1:]})" if role else name
    for pattern in (_BEFORE_VERB, _AFTER_VERB):
        for m in pattern.finditer(text):
            name = _clean_name(m.group("name"))
            if name and name not in ("White House",):
                return name
    if re.search(r"\bWhite House\b", text):
        return "White House"
    return None


def statement_score(sentence: Sentence) -> int:
    """How much a sentence looks like a denial or dispute made by a named party."""
    score = len(_DENIAL_WORDS.findall(sentence.text)) * 2
    if suggest_speaker(sentence.text):
        score += 1
    if "“" in sentence.text or '"' in sentence.text:
        score += 1
    return score
