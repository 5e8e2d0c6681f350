"""W3C Web Annotation: the analyst's verdicts as an ``AnnotationCollection`` (JSON-LD).

One ``Annotation`` per annotated claim, motivation ``assessing``: a ``TextualBody`` for the
status (purpose ``tagging``), one for the note (``commenting``), one naming who denied or
disputed it (``describing``) and the sentence that carries it as a ``SpecificResource`` body;
one target per member sentence with a ``TextQuoteSelector`` (exact, prefix, suffix) and a
``TextPositionSelector`` (start, end). Positions count code points of the article text as
loaded (the ``text`` of the compare JSON), end exclusive.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from analyst_tui.core.model import Article, Sentence
import analyst_tui.core.report.json as json_report
import analyst_tui.core.report.wording as wording
from analyst_tui.core.report.briefing import Briefing, Entry

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32  # characters of prefix and suffix
_NAMESPACE = uuid.UUID("0c6f3b1e-51d4-4f0e-a9a0-6a8f0f5a7c42")


def source_iri(article: Article) -> str:
    """The article's IRI: its web address when known, else its file as a ``file:`` URI."""
    url = (article.url or "").strip()
    if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url):
        return url
    if article.path and article.path != "-" and not article.path.startswith("<"):
        path = article.path.split("#", 1)[0]
        try:
            return Path(path).resolve().as_uri()
        except (OSError, ValueError):
            pass
    return f"urn:analyst-tui:article:{article.fingerprint.split(':', 1)[-1]}"


def selectors(article: Article, sentence: Sentence) -> list[dict[str, Any]]:
    text = article.text
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[sentence.start : sentence.end],
            "prefix": text[max(0, sentence.start - AFFIX) : sentence.start],
            "suffix": text[sentence.end : sentence.end + AFFIX],
        },
        {"type": "TextPositionSelector", "start": sentence.start, "end": sentence.end},
    ]


def _resource(briefing: Briefing, sentence: Sentence) -> dict[str, Any]:
    article = briefing.comparison.article(sentence.article)
    return {"type": "SpecificResource", "source": source_iri(article), "selector": selectors(article, sentence)}


def _text_body(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


def annotation(briefing: Briefing, e: Entry) -> dict[str, Any]:
    bodies = [_text_body(e.status.value, "tagging")]
    if e.grade:
        bodies.append(_text_body(e.grade, "classifying"))  # the Admiralty grade, e.g. "B2"
    if e.note.strip():
        bodies.append(_text_body(e.note, "commenting"))
    if e.attributed_to:
        bodies.append(_text_body(f"{wording.by_label(e.status)} {e.attributed_to}", "describing"))
    if e.attribution is not None:
        body = _resource(briefing, e.attribution)
        body["purpose"] = "describing"
        bodies.append(body)
    out: dict[str, Any] = {
        "id": e.uid or f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{briefing.case}#{e.id}')}",
        "type": "Annotation",
        "motivation": "assessing",
        "body": bodies,
        "target": [_resource(briefing, m) for m in e.claim.members],
    }
    if e.analyst:
        out["creator"] = {"type": "Person", "name": e.analyst}
    if e.created:
        out["created"] = e.created
    if e.modified:
        out["modified"] = e.modified
    return out


def collection(briefing: Briefing) -> dict[str, Any]:
    items = [annotation(briefing, e) for e in briefing.entries if e.annotated]
    cid = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'case:' + briefing.case + ':' + ','.join(a.fingerprint for a in briefing.comparison.articles))}"
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": cid,
        "type": "AnnotationCollection",
        "label": f"analyst-tui: {briefing.case}",
        "total": len(items),
        "generator": {"type": "Software", "name": "analyst-tui"},
        "generated": briefing.generated,
    }
    if items:
        out["first"] = {"id": f"{cid}#page-1", "type": "AnnotationPage", "partOf": cid, "startIndex": 0, "items": items}
    return out


def to_w3c(briefing: Briefing) -> str:
    return json_report.dumps(collection(briefing), indent=2)
