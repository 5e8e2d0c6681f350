"""Shared helpers for the review-app tests (tests/test_app*.py)."""

from __future__ import annotations

import json
from pathlib import Path

from analyst_tui.core.model import Article, Claim, Comparison, Sentence, article_label
from analyst_tui.tui.app import ReviewApp

from seed_cases import SEEDS, seed_comparison  # noqa: F401 (shared with every test file)

WIDE = (160, 48)
NARROW = (80, 24)


def make_app(comparison: Comparison, annotations: Path | str | None = None, **kwargs) -> ReviewApp:
    return ReviewApp(comparison, annotations=str(annotations) if annotations else None, **kwargs)


def screen_lines(app) -> list[str]:
    """What the terminal shows, line by line (the active screen, dialogs included)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app) -> str:
    return "\n".join(screen_lines(app))


def screen_segments(app):
    """(text, rich Style) for every segment on screen, after the app's output filters (e.g. NO_COLOR)."""
    filters = app.get_line_filters()
    background = app.screen.styles.background
    for strip in app.screen._compositor.render_strips():
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        for seg in strip:
            yield seg.text, seg.style


def claim_with(comparison: Comparison, text: str, shared: bool | None = None) -> Claim:
    """The first claim (by number) with a member sentence containing ``text``."""
    for claim in sorted(comparison.claims, key=lambda c: c.id):
        if shared is not None and claim.is_shared != shared:
            continue
        if any(text in m.text for m in claim.members):
            return claim
    raise AssertionError(f"no claim contains {text!r}")


def saved_records(path: Path) -> list[dict]:
    data = json.loads(Path(path).read_text("utf-8"))
    return data["annotations"]


def record_for(path: Path, claim_id: int) -> dict | None:
    for rec in saved_records(path):
        if rec.get("claim") == claim_id:
            return rec
    return None


def hand_comparison(texts: list[tuple[str, list[str]]], links: list[list[tuple[int, int]]]) -> Comparison:
    """A small comparison built by hand.

    ``texts``: (source, sentences) per article; the text is the sentences joined by spaces.
    ``links``: each shared claim as a list of (article number, sentence number); a sentence may be
    in two links. Every sentence left out of the links becomes a claim of its own.
    """
    articles: list[Article] = []
    sentences: dict[str, list[Sentence]] = {}
    for i, (source, parts) in enumerate(texts):
        aid = article_label(i)
        text, spans, pos = "", [], 0
        for j, part in enumerate(parts):
            if j:
                text += " "
                pos += 1
            spans.append((pos, pos + len(part)))
            text += part
            pos += len(part)
        articles.append(Article(id=aid, path=f"/tmp/{aid}.txt", source=source, text=text, date="2026-03-07"))
        kinds = ["boilerplate" if p.startswith("Subscribe") else "claim" for p in parts]
        sentences[aid] = [Sentence(aid, j, a, b, text[a:b], kinds[j]) for j, (a, b) in enumerate(spans)]
    claims: list[Claim] = []
    used: set[tuple[int, int]] = set()
    for link in links:
        members = [sentences[article_label(a)][s] for a, s in link]
        used.update(link)
        claims.append(Claim(id=len(claims) + 1, members=members, score=0.9, evidence={"terms": ["troops"], "quote": None}))
    for i, (_, parts) in enumerate(texts):
        for j in range(len(parts)):
            if (i, j) not in used:
                claims.append(Claim(id=len(claims) + 1, members=[sentences[article_label(i)][j]]))
    return Comparison(articles, sentences, claims)


async def wait_until(pilot, condition, what: str = "the condition", timeout: float = 30.0) -> None:
    """Let the app run until ``condition()`` holds (a wait on a state, not a fixed pause).

    ``timeout`` only stops a broken test from hanging; it is not a speed requirement.
    """
    import time

    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        if condition():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        await pilot.pause(0.02)


async def settle(pilot) -> None:
    """Let the app process what is pending, and its saving thread write every queued change."""
    app = pilot.app
    await wait_until(pilot, lambda: getattr(app, "store", None) is None or not app.store.saving, "the annotations to be saved")
    await pilot.pause()


def notices(app) -> str:
    """The text of the notifications on screen, read from where each is drawn, as one line."""
    from textual.widgets._toast import Toast

    lines = screen_lines(app)
    parts = []
    for toast in app.screen.query(Toast):
        region = toast.content_region  # inside the border
        parts += [line[region.x : region.right] for line in lines[region.y : region.bottom]]
    return " ".join(" ".join(parts).split())
