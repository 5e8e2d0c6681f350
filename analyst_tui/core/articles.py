"""Loading articles from files, folders and standard input.

Formats: plain text (``.txt``), Markdown (``.md``), HTML (``.html``/``.htm``) and JSON (``.json``).
Standard input and explicitly named files with another extension are sniffed.

Every article's text is decoded (UTF-8, UTF-8/UTF-16/UTF-32 with a byte-order mark, else
Windows-1252 with a warning) and normalised: CRLF and lone CR become LF, terminal escape
sequences and control characters (C0 except newline and tab, DEL, C1) are removed, invisible
characters (zero-width space, soft hyphen, bidi overrides) are dropped, unusual spaces become
plain spaces, and the result is NFC. Every offset in the program refers to ``Article.text`` as
returned here.

Problems with single inputs (an empty, binary, unreadable, too large or malformed file) are
reported in ``LoadResult.problems`` as one line each and the input is skipped; only when no
article at all could be loaded does :func:`load_paths` raise :class:`LoadError`.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date as _date
from html.parser import HTMLParser
from importlib import resources
from typing import Any, BinaryIO, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from analyst_tui.core.model import Article, LoadError, article_label
from analyst_tui.core.sanitize import printable

MAX_BYTES = 20 * 1024 * 1024
FOLDER_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json")
_FORMAT_BY_EXT = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
}
NO_FILES = "folder has no .txt, .md, .html, .htm or .json files"
STDIN_PATH = "<stdin>"


@dataclass
class LoadResult:
    articles: list[Article]
    problems: list[str] = field(default_factory=list)  # one line each: skipped inputs and warnings


class Skip(Exception):
    """One input cannot be loaded; the message is the reason, e.g. ``empty file``."""


@dataclass
class _Doc:
    """An article before ids and unique source labels are assigned."""

    path: str
    text: str
    source: str | None = None  # from metadata
    fallback_source: str = ""  # from the file name
    title: str | None = None
    date: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


def sample_paths() -> list[str]:
    """The bundled seed case, usable after a non-editable install."""
    root = resources.files("analyst_tui") / "data" / "sample"
    return sorted(str(p) for p in root.iterdir() if p.name.endswith(".txt"))


# ---------------------------------------------------------------------------------------------
# Display helpers


def shown(path: str) -> str:
    """A path safe to print on a terminal (no control characters, no lone surrogates)."""
    return printable(_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", path))


def _one_line(value: Any, limit: int = 300) -> str | None:
    """Metadata value as a single clean line, or None when empty or not a string."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text, _ = normalise_text(value)
    text = " ".join(text.split())
    if not text:
        return None
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# Decoding and normalisation

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_BAD_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")


def _binary_reason(raw: bytes) -> str | None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            return f"binary file ({what}), not text"
    if b"\x00" in raw:
        return "binary file (contains NUL bytes), not text"
    sample = raw[:65536]
    if len(_BAD_BYTES.findall(sample)) > max(2, len(sample) // 20):
        return "binary file (mostly control bytes), not text"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text stored as UTF-16 without a byte-order mark (every other byte NUL)."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    sample = raw[:4096]
    odd_nul = sample[1::2].count(0)
    even_nul = sample[0::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.6 * half and even_nul < 0.05 * half:
        codec = "utf-16-le"
    elif even_nul > 0.6 * half and odd_nul < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_bytes(raw: bytes, *, html: bool = False) -> tuple[str, list[str]]:
    """Bytes to text: BOM, UTF-8, declared HTML charset, else Windows-1252 (with a warning).

    Raises :class:`Skip` for empty input and for data that is not text.
    """
    if not raw:
        raise Skip("empty file")
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            if "\x00" in text:
                raise Skip(f"binary file (NUL characters after a {name} byte-order mark), not text")
            return text, []
    if b"\x00" in raw:
        text16 = _utf16_without_bom(raw)
        if text16 is not None and "\x00" not in text16:
            return text16, ["no byte-order mark; read as UTF-16"]
    reason = _binary_reason(raw)
    if reason:
        raise Skip(reason)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if html:
        m = _CHARSET.search(raw[:4096])
        if m:
            try:
                codec = codecs.lookup(m.group(1).decode("ascii")).name
                if codec not in ("utf-8", "utf-16", "utf-32"):
                    return raw.decode(codec), []
            except (LookupError, UnicodeDecodeError, ValueError):
                pass
    high = len(_HIGH_BYTES.findall(raw[:65536]))
    if high >= 16 and high > 0.3 * min(len(raw), 65536):  # Western text is mostly ASCII
        raise Skip("not UTF-8 or Windows-1252 text (binary data or another encoding; save it as UTF-8)")
    text = raw.decode("cp1252", errors="replace")
    return text, ["not valid UTF-8; decoded as Windows-1252 (cp1252), check accented characters"]


# Terminal escape sequences lose their whole body, not just the ESC byte.
# (C1 characters are removed one by one: in mis-decoded text they are ordinary bytes of a
# character, and eating what follows them would lose real text.)
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"  # two-byte escapes
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_CONTROL_MAP = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNUSUAL = re.compile(
    r"[\ud800-\udfff\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb"
    r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]"
)
_TRAILING_WS = re.compile(r"[ \t]+(?=\n)")
_MANY_BLANKS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> tuple[str, int]:
    """Clean decoded text; returns the text and how many control characters were removed."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed = 0
    if _CONTROLS.search(text):
        text, n_esc = _ESCAPES.subn("", text)
        removed += n_esc

        def repl(m: re.Match[str]) -> str:
            nonlocal removed
            run = m.group()
            removed += len(run)
            if any(c in _CONTROL_MAP for c in run):
                return "\n"
            s, i, j = m.string, m.start(), m.end()
            # "a\x07b" -> "a b", but "a \x07b" -> "a b" too: never a double space
            if i == 0 or j == len(s) or s[i - 1].isspace() or s[j].isspace():
                return ""
            return " "

        text = _CONTROLS.sub(repl, text)
    if not text.isascii():
        if _UNUSUAL.search(text):
            text = _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
            text = _INVISIBLE.sub("", text)
            text = _SPACES.sub(" ", text)
            text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_WS.sub("", text)
    if "\n\n\n" in text:
        text = _MANY_BLANKS.sub("\n\n", text)
    return text, removed


# ---------------------------------------------------------------------------------------------
# Dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_DATE_MDY = re.compile(rf"\b{_MON}\s*{_DAY},?\s+(\d{{4}})(?!\d)", re.I)
_DATE_DMY = re.compile(rf"(?<!\d){_DAY}\s+(?:of\s+)?{_MON},?\s+(\d{{4}})(?!\d)", re.I)
_DATE_NUM = re.compile(r"(?<![\d.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return _date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first unambiguous calendar date in ``text`` as ISO ``YYYY-MM-DD``, with its match."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for m in _DATE_ISO.finditer(text):
        iso = _valid(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            found.append((m.start(), iso, m))
            break
    for pattern, order in ((_DATE_MDY, "mdy"), (_DATE_DMY, "dmy")):
        for m in pattern.finditer(text):
            if order == "mdy":
                mon, day, year = m[1], m[2], m[3]
            else:
                day, mon, year = m[1], m[2], m[3]
            iso = _valid(int(year), _MONTHS[mon[:3].lower()], int(day))
            if iso:
                found.append((m.start(), iso, m))
                break
    for m in _DATE_NUM.finditer(text):
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        if a == b or (a > 12) != (b > 12):  # unambiguous day/month order
            day, mon = (a, b) if a > 12 or a == b else (b, a)
            iso = _valid(year, mon, day)
            if iso:
                found.append((m.start(), iso, m))
                break
    if not found:
        return None
    found.sort(key=lambda t: t[0])
    return found[0][1], found[0][2]


def normalise_date(value: Any) -> str | None:
    """ISO ``YYYY-MM-DD`` when the value holds an unambiguous date, else the raw value (one line)."""
    raw = _one_line(value, 80)
    if raw is None:
        return None
    hit = find_date(raw)
    return hit[0] if hit else raw


# Lines such as "Posted: Nov 27, 2005 8:20 AM ET" or "27 NOVEMBER, 2005": a date, not a headline.
_DATELINE_WORDS = re.compile(
    r"\b(?:posted|published|updated|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|et|est|edt|"
    r"pt|pst|pdt|uk|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|nd|rd|th)\b",
    re.I,
)


def _dateline(line: str) -> tuple[bool, str | None]:
    """Whether a short line is only a date/time stamp (maybe with a place), and its ISO date."""
    if len(line) > 90:
        return False, None
    hit = find_date(line)
    rest = line
    if hit:
        rest = line[: hit[1].start()] + " " + line[hit[1].end() :]
    rest = _DATELINE_WORDS.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if not words:
        return True, hit[0] if hit else None
    if hit and len(words) <= 2 and len(line) < 60:
        return True, hit[0]
    return False, None


# ---------------------------------------------------------------------------------------------
# Source labels

_HASHED_STEM = re.compile(r"^(\d+)[ _-]+([0-9a-fA-F]{12,})$")
_HEX_STEM = re.compile(r"^[0-9a-fA-F]{16,}$")


def label_from_name(name: str) -> str:
    """A readable source label from a file name: ``000_4962e2a0936d46e1.txt`` -> ``000 4962e2a0``."""
    base = os.path.basename(name.rstrip("/\\")) or name
    stem, ext = os.path.splitext(base)
    if ext.lower() not in _FORMAT_BY_EXT:
        stem = base
    m = _HASHED_STEM.match(stem)
    if m:
        return f"{m[1]} {m[2][:8]}"
    if _HEX_STEM.match(stem):
        return stem[:8]
    label = _one_line(re.sub(r"[_-]+", " ", stem), 60)
    return label or _one_line(base, 60) or "article"


def label_from_url(url: str | None) -> str | None:
    """``https://www.bbc.co.uk/news/x`` -> ``bbc.co.uk``."""
    if not url:
        return None
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        host = parts.hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower()
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return _one_line(host, 60)


def _unique_labels(labels: list[str]) -> list[str]:
    taken: set[str] = set()
    out = []
    for label in labels:
        candidate, n = label, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{label} ({n})"
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown

_FM_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_FM_LINE = re.compile(r"^\s*([A-Za-z][\w .-]{0,40}?)\s*:\s*(.*?)\s*$")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)\s*$")
_SEED_DATE = re.compile(r"\A\s*date:?[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?=\s|\Z)\s*", re.I)

_META_KEYS = {
    "source": "source", "publisher": "source", "outlet": "source", "site": "source", "site_name": "source",
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "published_at": "date", "pubdate": "date", "datepublished": "date",
    "url": "url", "link": "url", "canonical": "url",
}  # fmt: skip


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a ``---``-delimited ``key: value`` block off the top of the text.

    Returns the metadata (keys lower-cased) and the remaining text. Text whose top block is
    not made of ``key: value`` lines is returned unchanged.
    """
    m = _FM_OPEN.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    pos = m.end()
    for _ in range(80):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        after = len(text) if nl < 0 else nl + 1
        if _FM_CLOSE.match(line):
            return (meta, text[after:]) if meta else ({}, text)
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            kv = _FM_LINE.match(line)
            if not kv:
                return {}, text
            value = kv[2]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta.setdefault(kv[1].strip().lower().replace(" ", "_").replace("-", "_"), value)
        if nl < 0:
            break
        pos = after
    return {}, text


def _apply_meta(doc: _Doc, meta: dict[str, Any]) -> None:
    for key, value in meta.items():
        target = _META_KEYS.get(key)
        if target == "source" and doc.source is None:
            if isinstance(value, dict):
                value = value.get("name") or value.get("title")
            doc.source = _one_line(value, 60)
        elif target == "title" and doc.title is None:
            doc.title = _one_line(value)
        elif target == "date" and doc.date is None:
            doc.date = normalise_date(value)
        elif target == "url" and doc.url is None:
            url = _one_line(value, 2000)
            doc.url = url if url and " " not in url else None


_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_MD_BULLET = re.compile(r"^(\s*)[-*+][ \t]+")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
# Inline rules. Every repeat is bounded and stops at its closing character, so that a long
# line full of unmatched openers cannot make the regular expressions take quadratic time.
_MD_INLINE = (
    (re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)"), ""),
    (re.compile(r"\[([^\]\n]{1,300})\]\([^)\n]{0,1000}\)"), r"\1"),
    (re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]{1,1000})>"), r"\1"),
    (re.compile(r"`([^`\n]{1,300})`"), r"\1"),
    (re.compile(r"\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])__(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?!\w)"), r"\1"),
)


def strip_comments(text: str) -> str:
    """Remove ``<!-- ... -->`` comments in one linear pass (an unclosed one runs to the end)."""
    if "<!--" not in text:
        return text
    out: list[str] = []
    i = 0
    while True:
        j = text.find("<!--", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k = text.find("-->", j + 4)
        if k < 0:
            break
        i = k + 3
    return "".join(out)


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Markdown to plain text (headings, emphasis, links and images unwrapped); also the first H1."""
    out: list[str] = []
    h1: str | None = None
    in_code = False
    for line in strip_comments(md).split("\n"):
        if _MD_FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            out.append(line)
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading[2]
            if heading[1] == "#" and h1 is None:
                h1 = line
            out.extend(["", line, ""])
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            if line.strip().startswith("=") and h1 is None:
                h1 = out[-1].strip()
            out.append("")
            continue
        if _MD_RULE.match(line) or _MD_REFDEF.match(line):
            out.append("")
            continue
        line = _MD_QUOTE.sub("", line)
        line = _MD_BULLET.sub(r"\1", line)
        out.append(line)
    text = "\n".join(out)
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    if h1 is not None:
        for pattern, repl in _MD_INLINE:
            h1 = pattern.sub(repl, h1)
    return text, h1


def _leading_date(text: str) -> str | None:
    """A date stamp opening one of the first paragraphs ("Published: November 28, 2005 A ...")."""
    for para in text.split("\n\n", 3)[:3]:
        head = para[:80]
        hit = find_date(head)
        if hit and hit[1].start() <= 30:
            prefix = _DATELINE_WORDS.sub(" ", head[: hit[1].start()])
            if len(re.findall(r"[^\W\d_]{2,}", prefix)) <= 1:
                return hit[0]
    return None


def _headline(text: str) -> tuple[str | None, str | None]:
    """(title, date) from the first line of a plain-text article.

    A short first line with no final full stop followed by a blank line is the headline (it stays
    in the text); a first line that is only a date stamp gives the date instead.
    """
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not first or not sep:
        return None, None
    is_dateline, iso = _dateline(first)
    if is_dateline:
        return None, iso
    if not rest.startswith("\n") and rest.strip():
        return None, None
    if len(first) >= 150 or not re.search(r"[^\W\d_]", first):
        return None, None
    if first.rstrip("\"'”’»)]").endswith("."):
        return None, None
    return first, None


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def parse_plain(text: str, doc: _Doc, markdown: bool = False) -> None:
    """Front matter, the seed ``date YYYY-MM-DD`` marker, Markdown, headline; fills ``doc``."""
    meta, body = front_matter(text)
    _apply_meta(doc, meta)
    h1 = None
    if markdown:
        body, h1 = markdown_to_text(body)
        body, _ = normalise_text(body)
    m = _SEED_DATE.match(body)
    if m:
        if doc.date is None:
            doc.date = normalise_date(m[1])
        body = body[m.end() :]
    body = body.strip()
    if not body:
        raise Skip("no text after the date marker" if m else "no text after the front matter" if meta else "empty file (only whitespace)")
    title, iso = _headline(body)
    if doc.title is None:
        doc.title = _one_line(h1) if h1 else title
    if doc.date is None:
        doc.date = iso or _leading_date(body)
    doc.text = body


# ---------------------------------------------------------------------------------------------
# HTML

_DROP_TAGS = frozenset(
    "script style noscript nav header footer aside form svg iframe template button select "
    "object embed canvas dialog math head".split()
)
_CONTENT_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt figcaption".split())
_BLOCK_TAGS = _CONTENT_TAGS | frozenset(
    "div section article main ul ol dl table thead tbody tfoot tr td th caption figure hr "
    "address details summary center body html title fieldset legend".split()
)
_RAW_TAGS = frozenset(("script", "style", "template"))
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_AUTO_CLOSE = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}}
_META_NAMES = {
    "og:site_name": "source", "publisher": "source", "dc.publisher": "source", "application-name": "app",
    "og:title": "og_title", "twitter:title": "og_title",
    "og:url": "url",
    "article:published_time": "date", "date": "date", "pubdate": "date", "publishdate": "date",
    "publish-date": "date", "dc.date": "date", "dc.date.issued": "date", "datepublished": "date",
    "sailthru.date": "date", "parsely-pub-date": "date",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    """Collects text blocks, the page title, the first H1s and a few meta tags.

    Bookkeeping is by counters so that each event costs constant time (amortised), however
    deeply a broken page nests its elements.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, dropped)
        self.open_count: dict[str, int] = {}
        self.dropped = 0  # open dropped elements
        self.content_open = 0  # open p/h1-h6/li/blockquote/... elements
        self.raw_open = 0  # open script/style/template
        self.in_title = False
        self.title_parts: list[str] = []
        self.buf: list[str] = []
        self.brs = 0
        self.article_depth = 0
        self.article_no = 0
        self.h1_depth = 0
        self.h1_parts: list[str] = []
        self.h1s: list[tuple[str, int | None]] = []
        self.blocks: list[tuple[str, bool, int | None]] = []  # (text, is_content, article number)
        self.meta: dict[str, str] = {}
        self.time_attr: str | None = None

    def _flush(self) -> None:
        if not self.buf:
            return
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            article = self.article_no if self.article_depth else None
            self.blocks.append((text, self.content_open > 0, article))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            target = _META_NAMES.get(key)
            if target and a.get("content") and target not in self.meta:
                self.meta[target] = a["content"]
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and "canonical" not in self.meta:
                self.meta["canonical"] = a["href"]
            return
        if tag == "time" and self.time_attr is None and a.get("datetime"):
            self.time_attr = a["datetime"]
        if tag == "br":
            self.brs += 1
            if self.brs >= 2:
                self._flush()
            else:
                self.buf.append(" ")
            return
        if tag in _VOID_TAGS:
            if tag == "hr":
                self._flush()
            return
        self.brs = 0
        if tag in _AUTO_CLOSE:
            self._auto_close(tag)
        if tag in _BLOCK_TAGS:
            self._flush()
        drop = tag in _DROP_TAGS or "hidden" in a or a.get("aria-hidden", "").lower() == "true"
        if tag == "title" and not self.title_parts and self.dropped == self.open_count.get("head", 0):
            self.in_title = True  # the page title, not an SVG's
        self.stack.append((tag, drop))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        self.dropped += drop
        self.content_open += tag in _CONTENT_TAGS
        self.raw_open += tag in _RAW_TAGS
        if tag == "article":
            if self.article_depth == 0:
                self.article_no += 1
            self.article_depth += 1
        elif tag == "h1":
            self.h1_depth += 1

    def _auto_close(self, tag: str) -> None:
        """An open <p> ends at the next <p>, an <li> at the next <li>, within one block."""
        closes = _AUTO_CLOSE[tag]
        if not any(self.open_count.get(t) for t in closes):
            return
        for i in range(len(self.stack) - 1, -1, -1):
            t = self.stack[i][0]
            if t in closes:
                self._close_to(i)
                return
            if t in _BLOCK_TAGS and t not in _CONTENT_TAGS or t in ("ul", "ol", "dl"):
                return

    def _close_to(self, index: int) -> None:
        self._flush()
        while len(self.stack) > index:
            tag, drop = self.stack.pop()
            self.open_count[tag] -= 1
            self.dropped -= drop
            self.content_open -= tag in _CONTENT_TAGS
            self.raw_open -= tag in _RAW_TAGS
            if tag == "title":
                self.in_title = False
            elif tag == "article":
                self.article_depth -= 1
            elif tag == "h1":
                self._end_h1()

    def _end_h1(self) -> None:
        self.h1_depth -= 1
        if self.h1_depth == 0 and self.h1_parts:
            text = " ".join("".join(self.h1_parts).split())
            self.h1_parts = []
            if text:
                self.h1s.append((text, self.article_no if self.article_depth else None))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <x/>: an empty element. Void ones (meta, link, br) are handled as usual; an empty block
        # still ends the current block; an empty dropped or inline element changes nothing.
        if tag in _VOID_TAGS:
            self.handle_starttag(tag, attrs)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return  # a stray end tag
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                self._close_to(i)
                return

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if data.strip():
            self.brs = 0
        if self.h1_depth and not self.raw_open:
            self.h1_parts.append(data)
        if not self.dropped:
            self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._close_to(0)


# html.parser takes quadratic time on some broken markup: an opener it cannot complete is
# retried from every later position, and its tolerant start-tag pattern can run across many
# tags when a quote is left open. Before parsing, in one linear pass: a "<" not closed by ">"
# before the next "<" becomes text, a tag's unbalanced quotes are dropped, and marked
# sections (<![CDATA[ ... ]]>, hidden by browsers in HTML) are removed.
_TAG_OR_LT = re.compile(r"<[^<>]*>?")


def _fix_tag(m: re.Match[str]) -> str:
    tag = m.group()
    if not tag.endswith(">"):
        return "&lt;" + tag[1:]
    if tag.startswith("<!["):
        return ""
    if tag.count('"') % 2:
        tag = tag.replace('"', "")
    if tag.count("'") % 2:
        tag = tag.replace("'", "")
    return tag


def _defuse_html(text: str) -> str:
    text = strip_comments(text)
    if "<![" in text:
        text = _strip_marked_sections(text)
    return _TAG_OR_LT.sub(_fix_tag, text)


def _strip_marked_sections(text: str) -> str:
    out: list[str] = []
    i = 0
    while True:
        j = text.find("<![", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k = text.find("]]>", j + 3)
        if k < 0:
            out.append("&lt;" + text[j + 1 :])
            break
        i = k + 3
    return "".join(out)


def parse_html(text: str, doc: _Doc) -> None:
    """Readable text of an HTML page: headline, headings, paragraphs, list items, quotes."""
    parser = _TextExtractor()
    try:
        parser.feed(_defuse_html(text))
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:  # html.parser on badly broken markup
        raise Skip(f"could not parse the HTML ({exc.__class__.__name__})") from None
    blocks = parser.blocks
    chosen_article = None
    if parser.article_no:
        sizes: dict[int, int] = {}
        for text_, _, art in blocks:
            if art is not None:
                sizes[art] = sizes.get(art, 0) + len(text_)
        if sizes:
            chosen_article = max(sizes, key=lambda k: (sizes[k], -k))
            blocks = [b for b in blocks if b[2] == chosen_article]
    total = sum(len(b[0]) for b in blocks)
    content = [b for b in blocks if b[1]]
    if content and sum(len(b[0]) for b in content) >= 0.3 * total:
        blocks = content
    meta = parser.meta
    h1 = next((h for h, art in parser.h1s if chosen_article is not None and art == chosen_article), None)
    page_title = " ".join("".join(parser.title_parts).split()) or None
    title = meta.get("og_title") or h1 or page_title or (parser.h1s[0][0] if parser.h1s else None)
    _apply_meta(
        doc,
        {
            "title": title,
            "source": meta.get("source"),
            "date": meta.get("date") or parser.time_attr,
            "url": meta.get("url") or meta.get("canonical"),
        },
    )
    parts = [b[0] for b in blocks]
    headline = _one_line(h1 or title)
    if headline and not (parts and parts[0].casefold() == headline.casefold()):
        parts.insert(0, headline)
    body, _ = normalise_text("\n\n".join(parts))
    body = body.strip()
    if not body or not blocks:
        raise Skip("no readable text in the HTML")
    doc.text = body


# ---------------------------------------------------------------------------------------------
# JSON

_TEXT_KEYS = ("text", "body", "content", "articlebody", "article_body", "full_text")
_JSON_META = {
    "title": "title", "headline": "title",
    "source": "source", "publisher": "source", "outlet": "source", "site_name": "source",
    "date": "date", "published": "date", "published_at": "date", "publishedat": "date",
    "pubdate": "date", "datepublished": "date", "date_published": "date",
    "url": "url", "link": "url",
}  # fmt: skip


def _json_text(obj: dict[str, Any]) -> str | None:
    lower = {str(k).lower(): v for k, v in obj.items()}
    for key in _TEXT_KEYS:
        value = lower.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = "\n\n".join(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _json_items(data: Any) -> tuple[list[Any] | None, bool]:
    """The article objects in parsed JSON (None when it holds none), and whether it is one object.

    Accepts an object, a list of objects, or ``{"articles": [...]}`` (the NewsAPI shape).
    """
    if isinstance(data, dict):
        lower = {str(k).lower(): v for k, v in data.items()}
        if _json_text(data) is None and isinstance(lower.get("articles"), list):
            return lower["articles"], False
        return [data], True
    if isinstance(data, list):
        return data, False
    return None, False


def _looks_like_articles(data: Any) -> bool:
    """Sniffing: an object or a list holding at least one object reads as JSON articles."""
    return isinstance(data, dict) or (isinstance(data, list) and any(isinstance(x, dict) for x in data))


def parse_json_data(data: Any, path: str, fallback: str) -> tuple[list[_Doc], list[tuple[str, str]]]:
    """Articles from parsed JSON; also (path, reason) for each element that is not one."""
    items, single = _json_items(data)
    if items is None:
        raise Skip("JSON is not an article object or a list of them")
    if not items:
        raise Skip("empty JSON list")
    docs: list[_Doc] = []
    bad: list[tuple[str, str]] = []
    for i, item in enumerate(items, 1):
        where = path if single else f"{path}#{i}"
        if not isinstance(item, dict):
            bad.append((where, "not an article object"))
            continue
        raw_text = _json_text(item)
        if raw_text is None:
            bad.append((where, "no text (expected a text, body or content field)"))
            continue
        text, removed = normalise_text(raw_text)
        text = text.strip()
        if not text:
            bad.append((where, "no text after removing control characters"))
            continue
        doc = _Doc(path=where, text=text, fallback_source=fallback if single else f"{fallback} #{i}")
        if removed:
            doc.warnings.append(f"removed {removed} control character{'s' if removed != 1 else ''}")
        meta: dict[str, Any] = {}
        for key, value in item.items():
            target = _JSON_META.get(str(key).lower())
            if target and value not in (None, "") and target not in meta:
                meta[target] = value
        _apply_meta(doc, meta)
        docs.append(doc)
    if single and bad:
        raise Skip(bad[0][1])
    return docs, bad


# ---------------------------------------------------------------------------------------------
# One input


def _format_for(name: str) -> str | None:
    return _FORMAT_BY_EXT.get(os.path.splitext(name)[1].lower())


def parse_bytes(
    raw: bytes, path: str, fmt: str | None = None, fallback_source: str | None = None
) -> tuple[list[_Doc], list[tuple[str, str]]]:
    """Parse one input's bytes into article drafts; raises :class:`Skip` when it holds none.

    ``fmt`` is ``text``, ``markdown``, ``html``, ``json`` or None to sniff the content.
    """
    fallback = fallback_source or label_from_name(path)
    if len(raw) > MAX_BYTES:
        raise Skip(f"too large ({len(raw) / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
    head = raw[:2048].lstrip().lower()
    html_hint = fmt == "html" or (fmt is None and head.startswith((b"<!doctype html", b"<html")))
    text, warnings = decode_bytes(raw, html=html_hint)
    text, removed = normalise_text(text)
    if removed:
        warnings.append(f"removed {removed} control character{'s' if removed != 1 else ''}")
    if not text.strip():
        raise Skip("empty file (only whitespace)")
    data: Any = None
    if fmt == "json":
        try:
            data = json.loads(text)
        except RecursionError:
            raise Skip("invalid JSON (nested too deeply)") from None
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            line = getattr(exc, "lineno", None)
            raise Skip(f"invalid JSON ({msg}" + (f" at line {line})" if line else ")")) from None
    elif fmt is None:
        stripped = text.lstrip()
        if stripped[:1] in ("{", "["):
            try:
                candidate = json.loads(text)
            except (ValueError, RecursionError):
                candidate = None
            if candidate is not None and _looks_like_articles(candidate):
                fmt, data = "json", candidate
        if fmt is None:
            fmt = "html" if _looks_like_html(text) or _sniff_html(stripped) else "text"
    elif fmt == "text" and _looks_like_html(text):
        fmt = "html"
    if fmt == "json":
        docs, bad = parse_json_data(data, path, fallback)
        for d in docs:
            d.warnings[:0] = warnings
        return docs, bad
    doc = _Doc(path=path, text="", fallback_source=fallback, warnings=warnings)
    if fmt == "html":
        parse_html(text, doc)
    else:
        parse_plain(text, doc, markdown=fmt == "markdown")
    return [doc], []


_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|meta|title|div|p)[\s>/]", re.I)


def _sniff_html(stripped: str) -> bool:
    return bool(_HTML_START.match(stripped)) and bool(re.search(r"</\w+>", stripped[:65536]))


def _read_file(path: str) -> tuple[bytes, tuple[int, int]]:
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise Skip("is a folder")
        if stat.S_ISREG(st.st_mode) and st.st_size > MAX_BYTES:
            raise Skip(f"too large ({st.st_size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        raw = fh.read(MAX_BYTES + 1)
    return raw, (st.st_dev, st.st_ino)


def _os_reason(exc: OSError) -> str:
    return f"cannot read ({(exc.strerror or exc.__class__.__name__).lower()})"


# ---------------------------------------------------------------------------------------------
# Folders

_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple[tuple[Any, ...], str]:
    """Sort key that puts ``20_2`` before ``20_10``."""
    chunks = _DIGITS.split(name)
    return tuple(int(c) if i % 2 else c.casefold() for i, c in enumerate(chunks)), name


def walk_folder(root: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Article files under ``root`` (recursively, hidden entries skipped) in natural path order.

    Symbolic links to folders are followed once each, so a link loop cannot hang the walk.
    """
    found: list[tuple[tuple[Any, ...], str]] = []
    problems: list[tuple[str, str]] = []
    try:
        st = os.stat(root)
    except OSError as exc:
        return [], [(root, _os_reason(exc))]
    seen = {(st.st_dev, st.st_ino)}
    stack: list[tuple[str, tuple[Any, ...]]] = [(root, ())]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            problems.append((folder, _os_reason(exc)))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            key = rel + (natural_key(name),)
            try:
                if entry.is_dir():
                    est = entry.stat()
                    ident = (est.st_dev, est.st_ino)
                    if ident not in seen:
                        seen.add(ident)
                        stack.append((entry.path, key))
                elif os.path.splitext(name)[1].lower() in FOLDER_EXTENSIONS:
                    if entry.is_file():
                        found.append((key, entry.path))
                    elif entry.is_symlink():
                        problems.append((entry.path, "broken link"))
            except OSError as exc:
                problems.append((entry.path, _os_reason(exc)))
    found.sort(key=lambda t: t[0])
    return [p for _, p in found], problems


# ---------------------------------------------------------------------------------------------
# Loading


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def load_paths(
    paths: Sequence[str], stdin: BinaryIO | None = None, progress: Callable[[int], None] | None = None
) -> LoadResult:
    """Load articles from files, folders and ``-`` (standard input), in the order given.

    Raises :class:`LoadError` for a path that does not exist, and when no article at all
    could be loaded; any other problem with one input is reported and the input skipped.
    ``progress(files_read)`` is called after each file (a loading screen shows it).
    """
    docs: list[_Doc] = []
    files_read = 0
    problems: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[tuple[int, int]] = set()
    stdin_read = False

    def skip(path: str, reason: str) -> None:
        skipped.append((path, reason))
        problems.append(f"{shown(path)}: {reason}; skipped")

    def add(new_docs: Iterable[_Doc], bad: list[tuple[str, str]]) -> None:
        for where, reason in bad:
            skip(where, reason)
        for d in new_docs:
            docs.append(d)
            for w in d.warnings:
                problems.append(f"{shown(d.path)}: {w}")

    for p in paths:
        if p == "-":
            if stdin_read:
                problems.append("standard input listed more than once; read once")
                continue
            stdin_read = True
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                raw = stream.read(MAX_BYTES + 1)
                add(*parse_bytes(raw, STDIN_PATH, None, "stdin"))
            except Skip as exc:
                skip(STDIN_PATH, str(exc).replace("file", "input"))
            except (OSError, ValueError) as exc:
                skip(STDIN_PATH, f"cannot read ({exc.__class__.__name__})")
            continue
        if not os.path.exists(p):
            raise LoadError(f"no such file or folder: {shown(p)}")
        if os.path.isdir(p):
            files, walk_problems = walk_folder(p)
            for where, reason in walk_problems:
                skip(where, reason)
            if not files and not walk_problems:
                skip(p, NO_FILES)
        else:
            files = [p]
        for f in files:
            try:
                raw, ident = _read_file(f)
                if ident in seen_files:
                    problems.append(f"{shown(f)}: listed more than once; loaded once")
                    continue
                seen_files.add(ident)
                add(*parse_bytes(raw, shown(f), _format_for(f)))
            except Skip as exc:
                skip(f, str(exc))
            except OSError as exc:
                skip(f, _os_reason(exc))
            except (UnicodeError, ValueError, RecursionError) as exc:
                skip(f, f"could not be read ({exc.__class__.__name__})")
            files_read += 1
            if progress is not None:
                progress(files_read)

    if not docs:
        if not skipped:
            raise LoadError("no articles given")
        path, reason = skipped[0]
        if len(skipped) == 1:
            if reason == NO_FILES:
                raise LoadError(f"{NO_FILES}: {shown(path)}")
            where = "standard input" if path == STDIN_PATH else shown(path)
            raise LoadError(f"no articles found in {where} ({reason})")
        raise LoadError(f"no articles found: {_plural(len(skipped), 'input')} skipped, first {shown(path)} ({reason})")

    labels = _unique_labels([d.source or label_from_url(d.url) or d.fallback_source for d in docs])
    articles = [
        Article(
            id=article_label(i),
            path=d.path,
            source=label,
            text=d.text,
            title=d.title,
            date=d.date,
            url=d.url,
            warnings=tuple(d.warnings),
        )
        for i, (d, label) in enumerate(zip(docs, labels))
    ]
    return LoadResult(articles, problems)
