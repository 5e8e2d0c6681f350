"""Articles in JSON: one object, a list of them, or ``{"articles": [...]}`` (the NewsAPI shape)."""

from __future__ import annotations

from typing import Any

from analyst_tui.core.ingest.decode import normalise_text
from analyst_tui.core.ingest.draft import Draft, Skip
from analyst_tui.core.ingest.metadata import apply_meta

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


def looks_like_articles(data: Any) -> bool:
    """Sniffing: an object or a list holding at least one object reads as JSON articles."""
    return isinstance(data, dict) or (isinstance(data, list) and any(isinstance(x, dict) for x in data))


def parse_json_data(data: Any, path: str, fallback: str) -> tuple[list[Draft], list[tuple[str, str]]]:
    """Articles from parsed JSON; also (path, reason) for each element that is not one."""
    items, single = _json_items(data)
    if items is None:
        raise Skip("JSON is not an article object or a list of them")
    if not items:
        raise Skip("empty JSON list")
    docs: list[Draft] = []
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
        doc = Draft(path=where, text=text, fallback_source=fallback if single else f"{fallback} #{i}")
        if removed:
            doc.warnings.append(f"removed {removed} control character{'s' if removed != 1 else ''}")
        meta: dict[str, Any] = {}
        for key, value in item.items():
            target = _JSON_META.get(str(key).lower())
            if target and value not in (None, "") and target not in meta:
                meta[target] = value
        apply_meta(doc, meta)
        docs.append(doc)
    if single and bad:
        raise Skip(bad[0][1])
    return docs, bad

