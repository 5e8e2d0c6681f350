"""The one sanitiser: everything shown on screen or printed passes through here.

Article text, notes, analyst and case names, paths, config key names, error messages and the
JSON the headless commands print. What it neutralises:

- C0 and C1 control characters and DEL (ESC among them, so ANSI/OSC sequences lose their
  introducer and become inert literal text): replaced by U+FFFD, one for one;
- bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which can
  reorder what a line appears to say: replaced by U+FFFD;
- lone surrogates (from undecodable file names and environment variables), which cannot be
  written to a UTF-8 terminal: replaced by U+FFFD;
- long runs of combining marks on one character (a "zalgo" letter with 200,000 marks would
  overflow its cell): at most :data:`MAX_MARKS` are kept per base character.

``printable`` keeps the length of text that has no long mark runs (one character for one), so
offsets into article text stay valid; the loader already bounds mark runs in article text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_MARKS = 4  # combining marks kept on one base character

# C0 and C1 controls except tab and newline, plus DEL; bidi controls; lone surrogates.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# The same for one-line values (paths, names): newline and tab too.
_UNSAFE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# In JSON text: characters json.dumps(ensure_ascii=False) leaves raw but a terminal acts on.
_UNSAFE_JSON = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


_MARKS = ("Mn", "Me", "Mc")  # the categories of combining marks


def _is_mark(ch: str) -> bool:
    cp = ord(ch)
    return (0x0300 <= cp < 0x20000 or 0xE0100 <= cp < 0xE01F0) and unicodedata.category(ch) in _MARKS


@lru_cache(maxsize=64)
def _mark_runs(marks: frozenset[str]) -> re.Pattern[str]:
    """A pattern for more than MAX_MARKS of these combining marks in a row."""
    cls = "".join(re.escape(ch) for ch in sorted(marks))
    return re.compile(f"([{cls}]{{{MAX_MARKS}}})[{cls}]+")


def bound_marks(text: str) -> str:
    """At most :data:`MAX_MARKS` combining marks on any one character.

    Only the marks the text contains can form a run, so the pattern is made of those (most
    text has none): no table of every mark in Unicode is built.
    """
    if text.isascii():
        return text
    marks = frozenset(ch for ch in set(text) if _is_mark(ch))
    if not marks:
        return text
    return _mark_runs(marks).sub(r"\1", text)


def printable(text: str) -> str:
    """Text safe to show: controls, bidi controls and lone surrogates replaced, mark runs bounded."""
    text = _UNSAFE.sub(lambda m: " " if m.group() == "\r" else "\N{REPLACEMENT CHARACTER}", text)
    return bound_marks(text)


def one_line(value: object) -> str:
    """A value (path, name, key) as one safe line: newlines and tabs become U+FFFD too."""
    return bound_marks(_UNSAFE_LINE.sub("\N{REPLACEMENT CHARACTER}", str(value)))


def shown(path: object) -> str:
    """A path safe to print on a terminal (no control characters, no lone surrogates)."""
    return one_line(path if isinstance(path, str) else str(path))


def encodable(text: str) -> str:
    """Text read from a file or the environment made writable as UTF-8 (lone surrogates replaced)."""
    if _SURROGATE.search(text):
        return _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
    return text


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with C1, bidi and line/paragraph
    separators written as ``\\uXXXX`` escapes: the same data, inert on a terminal."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
