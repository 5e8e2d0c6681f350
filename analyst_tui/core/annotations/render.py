"""Rendering annotation records as the file's text, in pieces, without long pauses.

The output is exactly ``json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)``
(indented to a given level), but produced as a list of pieces, none of which is the work of
one long step: a long string (a huge note) is escaped a block at a time, and its escaped
pieces are kept and reused while the very same string object is still in use (strings never
change in place, so an unchanged note costs nothing at the next save). A thread saving a huge
file therefore never holds Python's interpreter lock for long, and the interface keeps running.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

LONG = 1 << 16  # strings longer than this are escaped a block at a time and kept
BLOCK = 1 << 20  # characters escaped in one step


class Renderer:
    """Renders JSON values as indented, key-sorted text pieces; remembers long strings."""

    def __init__(self, block: int = BLOCK, long: int = LONG) -> None:
        self.block = block
        self.long = long
        self._kept: dict[int, tuple[str, list[str]]] = {}  # id(string) -> (the string, its pieces)
        self._used: dict[int, tuple[str, list[str]]] = {}

    def render(self, values: list, level: int, out: list[str]) -> None:
        """Append the pieces of ``values``, each at ``level`` and joined by ``",\\n"``.

        Long strings kept from the previous call are reused only while still in use."""
        self._used = {}
        first = True
        for value in values:
            if not first:
                out.append(",\n")
            first = False
            out.append("  " * level)
            self.value(value, level, out)
        self._kept = self._used

    def value(self, value: object, level: int, out: list[str]) -> None:
        """Append the pieces of one value, whose first line is already indented to ``level``."""
        if isinstance(value, str):
            if len(value) > self.long:
                out.extend(self._long_string(value))
            else:
                out.append(encode_basestring(value))
        elif isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
            inner = "\n" + "  " * (level + 1)
            out.append("{" + inner)
            first = True
            for key in sorted(value):
                if not first:
                    out.append("," + inner)
                first = False
                out.append(encode_basestring(key) + ": ")
                self.value(value[key], level + 1, out)
            out.append("\n" + "  " * level + "}")
        elif isinstance(value, list) and value:
            inner = "\n" + "  " * (level + 1)
            out.append("[" + inner)
            first = True
            for item in value:
                if not first:
                    out.append("," + inner)
                first = False
                self.value(item, level + 1, out)
            out.append("\n" + "  " * level + "]")
        else:  # numbers, true/false/null, empty containers, keys that are not strings
            text = json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False)
            out.append(text.replace("\n", "\n" + "  " * level) if "\n" in text else text)

    def known(self, text: str | bytes, start: int, end: int) -> str | None:
        """The long string last rendered whose escaped text (or its UTF-8, when ``text`` is bytes)
        is ``text[start:end]``, if any: reading back a file we wrote then reuses the very string
        (no copy of a huge note is made)."""
        for value, pieces in self._kept.values():
            if isinstance(text, str) and sum(map(len, pieces)) - 2 != end - start:
                continue
            pos = start
            for piece in pieces[1:-1]:
                if isinstance(text, bytes):
                    piece = piece.encode("utf-8", "surrogatepass")
                if not text.startswith(piece, pos):
                    break
                pos += len(piece)
            else:
                if pos == end:
                    return value
        return None

    def _long_string(self, value: str) -> list[str]:
        hit = self._kept.get(id(value)) or self._used.get(id(value))
        if hit is not None and hit[0] is value:
            pieces = hit[1]
        else:
            pieces = ['"']
            for start in range(0, len(value), self.block):
                pieces.append(encode_basestring(value[start : start + self.block])[1:-1])
            pieces.append('"')
        self._used[id(value)] = (value, pieces)  # holding the string keeps its id from being reused
        return pieces
