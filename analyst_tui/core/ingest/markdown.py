"""Plain text and Markdown articles: front matter, the seed date marker, Markdown read by markdown-it-py."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from analyst_tui.core.ingest.decode import normalise_text
from analyst_tui.core.ingest.draft import Draft, Skip
from analyst_tui.core.ingest.metadata import (
    SEED_DATE,
    apply_meta,
    front_matter,
    headline,
    leading_date,
    normalise_date,
    one_line,
)

@lru_cache(maxsize=1)
def _parser():
    """CommonMark only: no tables, no linkify, no typographer (text is kept as written).

    Made on first use: a case of plain-text articles never imports the Markdown parser."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


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


def _inline_text(children: list[Any] | None) -> str:
    """An inline run as plain text: emphasis and links unwrapped, images dropped, breaks kept."""
    out: list[str] = []
    for tok in children or ():
        kind = tok.type  # an image's alt text is the image token's own child: dropped with it
        if kind in ("text", "code_inline", "html_inline"):
            out.append(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """Markdown to plain text (headings, emphasis, links and images unwrapped); also the first H1.

    Blocks (headings, paragraphs, list items, quotes, code) are separated by a blank line;
    the items of a tight list by a line break.
    """
    tokens = _parser().parse(strip_comments(md))
    blocks: list[tuple[str, str]] = []  # (separator before, text)
    h1: str | None = None
    heading: str | None = None
    hidden = False  # the paragraph is an item of a tight list
    last_hidden = False
    for tok in tokens:
        kind = tok.type
        if kind == "heading_open":
            heading = tok.tag
        elif kind == "heading_close":
            heading = None
        elif kind == "paragraph_open":
            hidden = tok.hidden
        elif kind == "inline":
            text = _inline_text(tok.children)
            if heading == "h1" and h1 is None:
                h1 = text.strip() or None
            if text.strip():
                blocks.append(("\n" if hidden and last_hidden else "\n\n", text))
                last_hidden = hidden
            hidden = False
        elif kind in ("fence", "code_block", "html_block"):
            text = tok.content.rstrip("\n")
            if text.strip():
                blocks.append(("\n\n", text))
                last_hidden = False
    out: list[str] = []
    for i, (sep, text) in enumerate(blocks):
        if i:
            out.append(sep)
        out.append(text)
    return "".join(out), h1


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (head.startswith("<?xml") and "<html" in head)


def parse_plain(text: str, doc: Draft, markdown: bool = False) -> None:
    """Front matter, the seed ``date YYYY-MM-DD`` marker, Markdown, headline; fills ``doc``."""
    meta, body = front_matter(text)
    apply_meta(doc, meta)
    h1 = None
    if markdown:
        body, h1 = markdown_to_text(body)
        body, _ = normalise_text(body)
    m = SEED_DATE.match(body)
    if m:
        if doc.date is None:
            doc.date = normalise_date(m[1])
        body = body[m.end() :]
    body = body.strip()
    if not body:
        raise Skip("no text after the date marker" if m else "no text after the front matter" if meta else "empty file (only whitespace)")
    title, iso = headline(body)
    if doc.title is None:
        doc.title = one_line(h1) if h1 else title
    if doc.date is None:
        doc.date = iso or leading_date(body)
    doc.text = body
