"""Readable text of an HTML page: headline, headings, paragraphs, list items, quotes."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from analyst_tui.core.ingest.decode import normalise_text
from analyst_tui.core.ingest.draft import Draft, Skip
from analyst_tui.core.ingest.markdown import strip_comments
from analyst_tui.core.ingest.metadata import apply_meta, one_line

# A <figcaption> is a photo caption and credit: page furniture, never a claim, so it is dropped.
_DROP_TAGS = frozenset(
    "script style noscript nav header footer aside form svg iframe template button select "
    "object embed canvas dialog math head figcaption".split()
)
_CONTENT_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt".split())
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


def _without_site_name(title: str, h1s: list[str]) -> str:
    """The page title without the site's name after it: "Quake hits Aceh - Other News" -> "Quake hits Aceh"
    when a heading of the page says so, and "Bank fire in Athens | BBC News" (a short name after "|")."""
    for h in h1s:
        rest = title[len(h) :].lstrip() if title[: len(h)].casefold() == h.casefold() else ""
        if rest[:1] in ("|", "-", "–", "—", ":", "·"):
            return title[: len(h)]
    head, sep, site = title.rpartition(" | ")
    if sep and head and len(site.split()) <= 4:
        return head
    return title


def parse_html(text: str, doc: Draft) -> None:
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
    page_title = _without_site_name(" ".join("".join(parser.title_parts).split()), [h for h, _ in parser.h1s]) or None
    title = meta.get("og_title") or h1 or page_title or (parser.h1s[0][0] if parser.h1s else None)
    apply_meta(
        doc,
        {
            "title": title,
            "source": meta.get("source"),
            "date": meta.get("date") or parser.time_attr,
            "url": meta.get("url") or meta.get("canonical"),
        },
    )
    parts = [b[0] for b in blocks]
    headline = one_line(h1 or title)
    if headline and not (parts and parts[0].casefold() == headline.casefold()):
        parts.insert(0, headline)
    body, _ = normalise_text("\n\n".join(parts))
    body = body.strip()
    if not body or not blocks:
        raise Skip("no readable text in the HTML")
    doc.text = body

