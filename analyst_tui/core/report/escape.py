"""Escaping what comes from an article, a note or an annotation file, once per output format.

Every report module takes text through these helpers and nothing else: untrusted text is first
made printable by the one sanitiser (control characters neutralised), then escaped for the
format it goes into, so that it can only ever be read, never act (no Markdown link, image or
raw HTML, no HTML element, no spreadsheet formula, no terminal escape).
"""

from __future__ import annotations

import html
import re

from analyst_tui.core.sanitize import json_text, printable

# Markdown: every character CommonMark/GFM gives a meaning to inside a line is escaped (links,
# images, emphasis, code, strike-through, table cells, raw HTML, entities). HTML's three are
# written as entities (a raw "<" could open an element); the rest take a backslash, which
# CommonMark defines for any ASCII punctuation. Full stops, hyphens and quotes stay as they are,
# so the Markdown source still reads as the article did.
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MD_SPECIAL = re.compile(r"[\\`*_\[\]#|~&<>]")
# At the start of a line: list items, block quotes, setext underlines, thematic breaks.
_MD_BLOCK_START = re.compile(r"^(\s*)(?:([-+=>])|(\d{1,9})([.)]))")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def clean(text: object) -> str:
    """Untrusted text made printable by the one sanitiser (line breaks kept)."""
    return printable(str(text if text is not None else ""))


def one_line(text: object) -> str:
    """Untrusted text made printable and flattened to one line."""
    return " ".join(clean(text).split())


def shorten(text: object, width: int) -> str:
    flat = one_line(text)
    return flat if len(flat) <= width else flat[: max(0, width - 1)].rstrip() + "…"


def md(text: object) -> str:
    """Inline Markdown: the text reads as itself, never as a link, an image, emphasis or HTML.

    Flattened to one line, so it is also safe inside a table cell.
    """

    def sub(m: re.Match) -> str:
        ch = m.group()
        return _MD_ENTITIES.get(ch) or "\\" + ch

    return _block_safe(_MD_SPECIAL.sub(sub, one_line(text)))


def _block_safe(line: str) -> str:
    def sub(m: re.Match) -> str:
        if m.group(2):
            return f"{m.group(1)}\\{m.group(2)}"
        return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"

    return _MD_BLOCK_START.sub(sub, line, count=1)


def md_lines(text: object) -> list[str]:
    """A note's lines, each escaped as inline Markdown (blank lines kept as empty strings)."""
    return [md(line) for line in clean(text).replace("\r", "").split("\n")]


def h(text: object) -> str:
    """HTML text or attribute value: printable, then every markup character as an entity."""
    return html.escape(clean(text), quote=True)


def h_lines(text: object) -> str:
    """Several lines of HTML text, the line breaks kept as ``<br>``."""
    return "<br>".join(h(line) for line in clean(text).replace("\r", "").split("\n"))


def csv_cell(value: object) -> str:
    """A spreadsheet cell that is never a formula: a leading = + - @ tab or CR gets a quote mark.

    The csv module then quotes it as RFC 4180 asks (commas, quotes and line breaks).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return str(value)
    text = clean(value).replace("\r\n", "\n")
    stripped = text.lstrip(" ")
    if text.startswith(_FORMULA_START) or stripped.startswith(_FORMULA_START):
        return "'" + text
    return text


def json_safe(text: str) -> str:
    """JSON text with the characters a terminal would act on written as ``\\uXXXX`` escapes.

    Such characters only occur inside JSON strings, where the escape means the same character:
    the data is unchanged, only its spelling (``sanitize.json_text``).
    """
    return json_text(text)
