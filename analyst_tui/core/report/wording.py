"""The briefing's phrases, shared by the Markdown and HTML layouts.

Everything returned here is plain, unescaped text: each format escapes it on the way out.
"""

from __future__ import annotations

from analyst_tui.core.model import Attribution, Status, Suggestion
from analyst_tui.core.report.briefing import Entry, Wording


def by_label(status: Status) -> str:
    return {"denied": "Denied by", "disputed": "Disputed by"}.get(status.value, "Attributed to")


def attribution_sentence(entry: Entry) -> str | None:
    if entry.attribution is not None:
        return entry.attribution.text
    return entry.attribution_quote or None


def credit(attribution: Attribution | None) -> str:
    if attribution is None:
        return ""
    return ", ".join(x for x in (attribution.speaker, attribution.outlet) if x)


def suggestion_text(s: Suggestion) -> str:
    who = f" by {s.by}" if s.by else ""
    return f"{s.status}{who} (“{s.cue}”, article {s.article})"


def verdict_text(v: dict) -> str:
    status = Status.parse(v.get("status"))
    who = v.get("analyst") or "an unnamed analyst"
    note = v.get("note")
    return f"{who}: {status.label}" + (f" — {note}" if isinstance(note, str) and note.strip() else "")


def history_text(h: dict) -> str:
    status = Status.parse(h.get("status"))
    parts = [str(h.get("modified") or "?"), status.label]
    if h.get("attributed_to"):
        parts.append(f"by {h['attributed_to']}")
    if h.get("analyst"):
        parts.append(f"(analyst {h['analyst']})")
    note = h.get("note")
    if isinstance(note, str) and note.strip():
        parts.append(f"note: {note}")
    return " ".join(str(p) for p in parts)


def pieces(w: Wording) -> list[tuple[str, bool]]:
    """The sentence cut into (text, differs) pieces: ``differs`` where only this source uses the words."""
    return cut(w.sentence.text, w.differs)


def cut(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, inside a span) pieces; spans are offsets into ``text``, sorted."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            continue
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out
