"""Reading a large JSON file without long pauses: the same result as ``json.loads``, in short steps.

``json.loads`` of a 200 MB annotation file (one huge note) is one long step that holds Python's
interpreter lock, so a thread merging another session's save would freeze the interface for
that long. Here a long string is decoded a block at a time, cut only where no escape sequence
(nor, in bytes, a character) is split. Given the file's bytes, the long strings are found and
decoded straight from them, and only the rest (small) is decoded and parsed, so no step copies
the whole file; a long string exactly as this session wrote it is not decoded at all but taken
from ``known``. Given text, the structure is scanned by the json module's own Python scanner
(records are small). Short documents go to ``json.loads`` as before.
"""

from __future__ import annotations

import codecs
import json
import re
import uuid
from json import scanner
from json.decoder import scanstring
from typing import Callable

BIG = 8 << 20  # characters: a document this long is parsed in short steps
BLOCK = 1 << 20  # characters decoded or searched in one step
LONG = 1 << 16  # a string longer than this is decoded a block at a time
Known = Callable[["str | bytes", int, int], "str | None"]
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
        while cut < close and "\\" in s[max(0, cut - _NO_ESCAPE_BEFORE) : cut]:
            cut -= 1
            if back - cut > 256 or cut <= start + _NO_ESCAPE_BEFORE:
                return scanstring(s, end, strict)  # escapes everywhere: decoded in one go
        try:
            parts.append(scanstring('"' + s[start:cut] + '"', 1, strict)[0])
        except ValueError:
            return scanstring(s, end, strict)  # the error, with its true position
        start = cut
    return "".join(parts), close + 1


def _long_regions(raw: bytes, block: int, long: int) -> list[tuple[int, int]]:
    """(opening quote, closing quote) of every string of more than ``long`` bytes in ``raw``.

    In JSON a quote is a string's start or end unless a backslash escapes it inside one; what
    is not valid JSON stays outside the regions and is refused by the parse of the rest."""
    regions = []
    inside = False
    opened = pos = 0
    while pos < len(raw):
        quote = raw.find(b'"', pos, pos + block)
        if quote < 0:
            pos += block
            continue
        pos = quote + 1
        if not inside:
            inside, opened = True, quote
            continue
        slashes = 0
        while raw[quote - 1 - slashes] == 0x5C:  # a backslash
            slashes += 1
        if slashes % 2 == 0:
            inside = False
            if quote - opened - 1 > long:
                regions.append((opened, quote))
    return regions


def _string_of_bytes(raw: bytes, start: int, end: int, block: int, known: Known | None) -> str:
    """The value of the string whose escaped UTF-8 is ``raw[start:end]``, decoded a block at a time."""
    same = known(raw, start, end) if known is not None else None
    if same is not None:
        return same
    parts = []
    pos = start
    while pos < end:
        cut = min(end, pos + block)
        # never inside an escape (or a pair of them) nor inside a character's UTF-8 bytes
        while cut < end and (b"\\" in raw[max(0, cut - _NO_ESCAPE_BEFORE) : cut] or raw[cut] & 0xC0 == 0x80):
            cut -= 1
            if cut <= pos + _NO_ESCAPE_BEFORE:
                return scanstring('"' + raw[start:end].decode("utf-8") + '"', 1, True)[0]
        try:
            parts.append(scanstring('"' + raw[pos:cut].decode("utf-8") + '"', 1, True)[0])
        except ValueError:  # the error (or the bad UTF-8), told for the whole string
            return scanstring('"' + raw[start:end].decode("utf-8") + '"', 1, True)[0]
        pos = cut
    return "".join(parts)


def _put_back(data: object, values: dict[str, str]) -> object:
    """``data`` with every placeholder (as a value or a key) replaced by its string."""
    if isinstance(data, str):
        return values.get(data, data)
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if any(k in values for k in node):
                items = [(values.get(k, k), v) for k, v in node.items()]
                node.clear()
                node.update(items)
            for k, v in node.items():
                if isinstance(v, str):
                    node[k] = values.get(v, v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):
                    node[i] = values.get(v, v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
    return data


def _loads_bytes(raw: bytes, known: Known | None, block: int, long: int, big: int) -> object:
    if len(raw) <= big:
        return json.loads(raw.decode("utf-8"))
    regions = _long_regions(raw, block, long)
    if not regions:  # no long string: only structure, which json parses fastest
        return json.loads(decode(raw, block))
    token = uuid.uuid4().hex
    parts = []
    values: dict[str, str] = {}
    prev = 0
    for n, (opened, closed) in enumerate(regions):
        parts += [raw[prev:opened], f'"\\u0000{token}:{n}"'.encode("ascii")]
        values[f"\x00{token}:{n}"] = _string_of_bytes(raw, opened + 1, closed, block, known)
        prev = closed + 1
    parts.append(raw[prev:])
    rest = decode(b"".join(parts), block)
    return _put_back(json.loads(rest), values)


class _Decoder(json.JSONDecoder):
    def __init__(self, block: int, long: int, known: Known | None) -> None:
        super().__init__()
        self.parse_string = lambda s, end, strict: _long_string(s, end, strict, block, long, known)
        self.scan_once = scanner.py_make_scanner(self)


def loads(text: str | bytes, known: Known | None = None, *, block: int | None = None, long: int | None = None, big: int | None = None) -> object:
    """``json.loads(text)``; a long text is parsed in short steps. Raises ValueError, RecursionError.

    ``known(text, start, end)`` may return a string already held whose escaped form (its UTF-8
    when ``text`` is bytes) is ``text[start:end]`` (a note as this session last wrote it): it is used, not decoded again."""
    block, long, big = block or BLOCK, long or LONG, big or BIG
    if isinstance(text, bytes):  # UTF-8 (UnicodeDecodeError when not): the long strings are never one step
        return _loads_bytes(text, known, block, long, big)
    if len(text) <= big:
        return json.loads(text)
    if text.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _Decoder(block, long, known).decode(text)
