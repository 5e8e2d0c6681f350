"""Reading a large JSON file without long pauses: the same result as ``json.loads``, in short steps.

``json.loads`` of a 200 MB annotation file (one huge note) is one long step that holds Python's
interpreter lock, so a thread merging another session's save would freeze the interface for
that long. Here the structure is scanned by the json module's own Python scanner (records are
small), and a long string is decoded a block at a time, cut only where no escape sequence is
split. UTF-8 is decoded a block at a time too. Short documents go to ``json.loads`` as before.
"""

from __future__ import annotations

import codecs
import json
import re
from json import scanner
from json.decoder import scanstring
from typing import Callable

BIG = 8 << 20  # characters: a document this long is parsed in short steps
BLOCK = 1 << 20  # characters decoded or searched in one step
LONG = 1 << 16  # a string longer than this is decoded a block at a time
Known = Callable[[str, int, int], "str | None"]
_NO_ESCAPE_BEFORE = 12  # an escape, or a pair of them (a surrogate pair), is at most this long


def decode(raw: bytes, block: int = BLOCK) -> str:
    """UTF-8 bytes as text (strict), decoded a block at a time."""
    if len(raw) <= block:
        return raw.decode("utf-8")
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    parts = [decoder.decode(view[start : start + block]) for start in range(0, len(raw), block)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def search(pattern: re.Pattern, text: str, reach: int, block: int = BLOCK) -> bool:
    """Whether ``pattern`` (whose matches are at most ``reach`` long) occurs in ``text``, searched a block at a time."""
    for start in range(0, len(text), block):
        if pattern.search(text, start, min(len(text), start + block + reach)):
            return True
    return False


def _string_end(s: str, end: int, block: int) -> int:
    """The index of the quote that closes the string starting at ``end`` (-1 when none)."""
    pos = end
    while pos < len(s):
        quote = s.find('"', pos, pos + block)
        if quote < 0:
            pos += block
            continue
        slashes = 0
        while s[quote - 1 - slashes] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            return quote
        pos = quote + 1
    return -1


def _long_string(s: str, end: int, strict: bool, block: int, long: int, known: Known | None) -> tuple[str, int]:
    close = _string_end(s, end, block)
    if close < 0 or close - end <= long:
        return scanstring(s, end, strict)
    same = known(s, end, close) if known is not None else None
    if same is not None:
        return same, close + 1
    parts = []
    start = end
    while start < close:
        cut = min(close, start + block)
        back = cut
        while cut < close and "\\" in s[cut - _NO_ESCAPE_BEFORE : cut]:
            cut -= 1
            if back - cut > 256 or cut <= start + _NO_ESCAPE_BEFORE:
                return scanstring(s, end, strict)  # escapes everywhere: decoded in one go
        try:
            parts.append(scanstring('"' + s[start:cut] + '"', 1, strict)[0])
        except ValueError:
            return scanstring(s, end, strict)  # the error, with its true position
        start = cut
    return "".join(parts), close + 1


class _Decoder(json.JSONDecoder):
    def __init__(self, block: int, long: int, known: Known | None) -> None:
        super().__init__()
        self.parse_string = lambda s, end, strict: _long_string(s, end, strict, block, long, known)
        self.scan_once = scanner.py_make_scanner(self)


def loads(text: str, known: Known | None = None, *, block: int | None = None, long: int | None = None, big: int | None = None) -> object:
    """``json.loads(text)``; a long text is parsed in short steps. Raises ValueError, RecursionError.

    ``known(text, start, end)`` may return a string already held whose escaped form is
    ``text[start:end]`` (a note as this session last wrote it): it is used, not decoded again."""
    block, long, big = block or BLOCK, long or LONG, big or BIG
    if len(text) <= big:
        return json.loads(text)
    if text.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _Decoder(block, long, known).decode(text)
