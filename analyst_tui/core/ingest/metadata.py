"""Metadata of an article: one-line values, dates, source labels, front matter, headline."""

from __future__ import annotations

import os
import re
from datetime import date as _date
from typing import Any
from urllib.parse import urlsplit

from analyst_tui.core.ingest.decode import normalise_text
from analyst_tui.core.ingest.draft import FORMAT_BY_EXT, Draft

def one_line(value: Any, limit: int = 300) -> str | None:
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
    raw = one_line(value, 80)
    if raw is None:
        return None
    hit = find_date(raw)
    return hit[0] if hit else raw


# Lines such as "Posted: Nov 27, 2005 8:20 AM ET" or "27 NOVEMBER, 2005": a date, not a headline.
DATELINE_WORDS = re.compile(
    r"\b(?:posted|published|updated|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|et|est|edt|"
    r"pt|pst|pdt|uk|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|nd|rd|th)\b",
    re.I,
)


def dateline(line: str) -> tuple[bool, str | None]:
    """Whether a short line is only a date/time stamp (maybe with a place), and its ISO date."""
    if len(line) > 90:
        return False, None
    hit = find_date(line)
    rest = line
    if hit:
        rest = line[: hit[1].start()] + " " + line[hit[1].end() :]
    rest = DATELINE_WORDS.sub(" ", rest)
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
    if ext.lower() not in FORMAT_BY_EXT:
        stem = base
    m = _HASHED_STEM.match(stem)
    if m:
        return f"{m[1]} {m[2][:8]}"
    if _HEX_STEM.match(stem):
        return stem[:8]
    label = one_line(re.sub(r"[_-]+", " ", stem), 60)
    return label or one_line(base, 60) or "article"


_HASH_LABEL = re.compile(r"^(?:\d+ )?[0-9a-fA-F]{8}$")
_NAME = r"([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
# Where an article names its own outlet: a byline ("By Jo Smith, Reuters"), a wire dateline
# ("(Reuters) -"), a copyright line, or a promotion of the outlet's own newsletter or app.
_OWN_SOURCE = (
    re.compile(r"^[ \t]*By [^\n,|]{2,60}(?:,| \| | for )[ \t]*(?:the )?" + _NAME + r"[ \t]*$", re.M),
    re.compile(r"\((Reuters|AP|AFP|Bloomberg|[A-Z][A-Za-z]+ News)\)[ \t]*[-–—]"),
    re.compile(r"(?:©|\((?i:c)\)|(?i:copyright))[ \t]*(?:\d{4}[ \t]*)?" + _NAME),
    re.compile(
        r"^[ \t]*(?i:new|subscribe to|sign up for|get|download)[:\s]+(?:[Tt]he )?" + _NAME
        + r"(?:'s)? (?i:one-sheet|newsletter|daily|briefing|podcast|app)\b",
        re.M,
    ),
)


def is_hash_label(label: str) -> bool:
    """A label made from a file name that is only a hash (``000 4962e2a0``): nothing a person recognises."""
    return bool(_HASH_LABEL.match(label))


def label_from_text(text: str, title: str | None = None, words: int = 5, width: int = 18) -> str | None:
    """A label a person recognises when the file name is a hash.

    The outlet the text names itself (byline, wire dateline, copyright or promo, looked for at
    the start and the end of the text), else the headline's (or first sentence's) first words.
    """
    ends = text[:1500] + "\n" + text[-1500:]
    for pattern in _OWN_SOURCE:
        m = pattern.search(ends)
        if m:
            name = one_line(m.group(1).strip(" .'’-"), 40)
            if name and len(name) >= 2:
                return name
    head = title or re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0]
    parts = head.split()
    if not parts:
        return None
    kept = [parts[0][:width]]
    for word in parts[1:words]:  # whole words, short enough to head a pane beside its date
        if len(" ".join(kept)) + 1 + len(word) > width:
            break
        kept.append(word)
    return one_line(" ".join(kept) + ("…" if len(kept) < len(parts) else ""), 60)


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
    return one_line(host, 60)


def unique_labels(labels: list[str]) -> list[str]:
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


_FM_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_FM_LINE = re.compile(r"^\s*([A-Za-z][\w .-]{0,40}?)\s*:\s*(.*?)\s*$")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)\s*$")
SEED_DATE = re.compile(r"\A\s*date:?[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?=\s|\Z)\s*", re.I)

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


def apply_meta(doc: Draft, meta: dict[str, Any]) -> None:
    for key, value in meta.items():
        target = _META_KEYS.get(key)
        if target == "source" and doc.source is None:
            if isinstance(value, dict):
                value = value.get("name") or value.get("title")
            doc.source = one_line(value, 60)
        elif target == "title" and doc.title is None:
            doc.title = one_line(value)
        elif target == "date" and doc.date is None:
            doc.date = normalise_date(value)
        elif target == "url" and doc.url is None:
            url = one_line(value, 2000)
            doc.url = url if url and " " not in url else None


def leading_date(text: str) -> str | None:
    """A date stamp opening one of the first paragraphs ("Published: November 28, 2005 A ...")."""
    for para in text.split("\n\n", 3)[:3]:
        head = para[:80]
        hit = find_date(head)
        if hit and hit[1].start() <= 30:
            prefix = DATELINE_WORDS.sub(" ", head[: hit[1].start()])
            if len(re.findall(r"[^\W\d_]{2,}", prefix)) <= 1:
                return hit[0]
    return None


def headline(text: str) -> tuple[str | None, str | None]:
    """(title, date) from the first line of a plain-text article.

    A short first line with no final full stop followed by a blank line is the headline (it stays
    in the text); a first line that is only a date stamp gives the date instead.
    """
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not first or not sep:
        return None, None
    is_dateline, iso = dateline(first)
    if is_dateline:
        return None, iso
    if not rest.startswith("\n") and rest.strip():
        return None, None
    if len(first) >= 150 or not re.search(r"[^\W\d_]", first):
        return None, None
    if first.rstrip("\"'”’»)]").endswith("."):
        return None, None
    return first, None

