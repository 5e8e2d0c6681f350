"""One article, drawn with the line API: one widget per article, not one per sentence.

The text is laid out (wrapped) once per width and whenever a marker changes; a
selection change only restyles the lines on screen. Article text is never parsed as
markup: it is cut into plain strings and given styles taken from component classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from analyst_tui.core.model import Article, Sentence
from analyst_tui.core.sanitize import printable
from analyst_tui.tui.text import marker_text
from analyst_tui.tui.view import PALETTE_SIZE, colour_slot

if TYPE_CHECKING:
    from analyst_tui.tui.view import ReviewState

GAP, MARKER, TEXT = 0, 1, 2


def _clean(text: str) -> str:
    return printable(text).replace("\t", " ")


class ArticlePane(ScrollView, can_focus=True):
    """The text of one article with claim markers, colours and the selection."""

    COMPONENT_CLASSES = {
        *(f"article-pane--claim-{i}" for i in range(PALETTE_SIZE)),
        "article-pane--marker",
        "article-pane--selected",
        "article-pane--boilerplate",
        "article-pane--match",
    }

    BINDINGS = [
        Binding("j,down", "next_sentence", "Next claim", show=False, id="pane.next_sentence", tooltip="Next sentence of this article: its claim is selected"),
        Binding("k,up", "previous_sentence", "Previous claim", show=False, id="pane.previous_sentence", tooltip="Previous sentence of this article: its claim is selected"),
        Binding("enter", "choose", "Select claim", show=False, id="pane.choose", tooltip="Select the sentence's claim (again: its other claim)"),
        Binding("pageup", "page_up", "Page up", show=False, id="pane.page_up", tooltip="Scroll a page up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="pane.page_down", tooltip="Scroll a page down"),
        Binding("home", "scroll_home", "Top", show=False, id="pane.top", tooltip="Scroll to the top"),
        Binding("end", "scroll_end", "Bottom", show=False, id="pane.bottom", tooltip="Scroll to the end"),
    ]

    class SentenceChosen(Message):
        """The analyst picked a sentence (keys or mouse); the screen selects its claim."""

        def __init__(self, pane: "ArticlePane", sentence: Sentence, cycle: bool) -> None:
            super().__init__()
            self.pane = pane
            self.sentence = sentence
            self.cycle = cycle  # pick the sentence's next claim if it has several

    def __init__(self, state: "ReviewState", article: Article, **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = state
        self.article = article
        self.sentences: list[Sentence] = state.comparison.sentences.get(article.id, [])
        self.cursor: int | None = None  # index of the sentence that carries the selection here
        self._layout_width = -1
        self._lines: list[list[tuple[str, int, int]]] = []  # (text, sentence index or -1, role)
        self._sentence_lines: dict[int, tuple[int, int]] = {}
        self._strips: dict[int, Strip] = {}
        self._claim_ids: set[int] = {c.id for s in self.sentences for c in state.comparison.claims_of(s)}
        self._styles: dict[tuple[int, int, bool, bool], Style] = {}
        self._meta: dict[int, Style] = {}
        self._base: Style | None = None

    # --- what the screen calls --------------------------------------------------

    def has_claim(self, claim_id: int | None) -> bool:
        return claim_id is not None and claim_id in self._claim_ids

    def member_sentences(self, claim_id: int | None) -> list[int]:
        claim = self.state.index.get(claim_id)
        if claim is None:
            return []
        return sorted(m.index for m in claim.members if m.article == self.article.id)

    def relayout(self) -> None:
        """Markers changed (a tag): lay the text out again."""
        self._layout_width = -1
        self._strips.clear()
        self.refresh()

    def restyle(self) -> None:
        """Selection or search changed: redraw the lines on screen with new styles."""
        self._strips.clear()
        self.refresh()

    def restyle_claims(self, *claim_ids: int | None) -> None:
        """Redraw only the lines that show these claims (the old and new selection)."""
        if self._layout_width < 0:
            self.refresh()
            return
        top = self.scroll_offset.y
        bottom = top + self.scrollable_content_region.height
        for claim_id in claim_ids:
            for index in self.member_sentences(claim_id):
                span = self._sentence_lines.get(index)
                if span is None:
                    continue
                first, last = span
                for y in range(first, last + 1):
                    self._strips.pop(y, None)
                first, last = max(first, top), min(last, bottom)
                if first <= last:
                    self.refresh_lines(first, last - first + 1)

    def follow_selection(self, sentence_index: int | None = None, scroll: bool = True) -> None:
        """Put the cursor on the selected claim's sentence here and scroll it into view."""
        members = self.member_sentences(self.state.selected)
        if sentence_index is not None and sentence_index in members:
            self.cursor = sentence_index
        elif members:
            if self.cursor not in members:
                self.cursor = members[0]
        if members and scroll:
            self.scroll_to_sentence(self.cursor)

    def scroll_to_sentence(self, index: int | None) -> None:
        if index is None or not self.is_mounted:
            return
        self._ensure_layout()
        span = self._sentence_lines.get(index)
        if span is None:
            return
        first, last = span
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        last = min(last, first + max(height - 2, 0))
        self.scroll_to_region(
            Region(0, first, 1, last - first + 1),
            spacing=Spacing(1, 0, 1, 0),
            animate=False,
            immediate=True,
            x_axis=False,
        )

    def plain_lines(self) -> list[str]:
        """The laid-out text (for tests and copy): what the pane shows, line by line."""
        self._ensure_layout()
        return ["".join(t for t, _, _ in line) for line in self._lines]

    # --- layout -----------------------------------------------------------------

    def _build_text(self) -> Text:
        text = self.article.text
        pieces: list[str] = []
        spans: list[Span] = []
        length = 0

        def add(s: str, sentence: int, role: int) -> None:
            nonlocal length
            if not s:
                return
            pieces.append(s)
            # The span's "style" is an opaque (sentence, role) tag: wrapping keeps it, nothing renders it.
            spans.append(Span(length, length + len(s), (sentence, role)))  # type: ignore[arg-type]
            length += len(s)

        def add_gap(raw: str) -> None:
            nonlocal length
            if not raw:
                return
            if "\n\n" in raw.replace("\r", "").replace(" ", ""):
                gap = "\n\n"
            elif "\n" in raw:
                gap = "\n"
            else:
                gap = " "
            if length == 0:
                return
            pieces.append(gap)
            length += len(gap)

        pos = 0
        status_of = self.state.status_of
        for s in self.sentences:
            add_gap(text[pos : s.start])
            marker = marker_text(self.state.claims_of(s), status_of) if s.kind != "boilerplate" else ""
            if marker:
                add(marker, s.index, MARKER)
                add(" ", s.index, GAP)
            add(_clean(s.text), s.index, TEXT)
            pos = s.end
        tail = text[pos:].strip()
        if tail:
            add_gap(" ")
            add(_clean(tail), -1, GAP)
        result = Text("".join(pieces), end="")
        result.spans = spans
        return result

    def _ensure_layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._layout_width:
            return
        self._layout_width = width
        self._strips.clear()
        console = self.app.console
        lines: list[list[tuple[str, int, int]]] = []
        sentence_lines: dict[int, tuple[int, int]] = {}
        for y, line in enumerate(self._build_text().wrap(console, width, overflow="fold")):
            plain = line.plain
            row: list[tuple[str, int, int]] = []
            pos = 0
            for span in sorted(line.spans, key=lambda sp: sp.start):
                if span.start > pos:
                    row.append((plain[pos : span.start], -1, GAP))
                sentence, role = span.style if isinstance(span.style, tuple) else (-1, GAP)
                chunk = plain[span.start : span.end]
                if chunk:
                    row.append((chunk, sentence, role))
                if sentence >= 0:
                    first, _ = sentence_lines.get(sentence, (y, y))
                    sentence_lines[sentence] = (first, y)
                pos = max(pos, span.end)
            if pos < len(plain):
                row.append((plain[pos:], -1, GAP))
            lines.append(row)
        self._lines = lines
        self._sentence_lines = sentence_lines
        size = Size(width, len(lines))
        if size != self.virtual_size:
            # The pane's own size comes from the stylesheet and its scrollbar is always shown,
            # so a new length needs no layout pass, only new scrollbar proportions.
            self.set_reactive(ArticlePane.virtual_size, size)
            self._scroll_update(size)

    # --- drawing ----------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._strips.clear()
        self._base = None

    @property
    def base_style(self) -> Style:
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def on_resize(self, event: events.Resize) -> None:
        self._strips.clear()

    def _style(self, sentence: int, role: int) -> Style:
        """Style for a piece of text: claim colour, selection, boilerplate, plus click meta."""
        if sentence < 0:
            return self.base_style
        s = self.sentences[sentence]
        claims = self.state.claims_of(s)
        selected = self.state.selected
        is_selected = any(c.id == selected for c in claims)
        shared = [c for c in claims if c.is_shared]
        slot = colour_slot(shared[0]) if shared else -1
        if is_selected:
            chosen = next(c for c in claims if c.id == selected)
            if chosen.is_shared:
                slot = colour_slot(chosen)
        key = (slot, role, is_selected, s.kind == "boilerplate")
        style = self._styles.get(key)
        if style is None:
            style = self.base_style
            get = self.get_component_rich_style
            if s.kind == "boilerplate":
                style += get("article-pane--boilerplate", partial=True)
            if slot >= 0:
                style += get(f"article-pane--claim-{slot}", partial=True)
            if role == MARKER:
                style += get("article-pane--marker", partial=True)
            if is_selected and role != GAP:
                style += get("article-pane--selected", partial=True)
            self._styles[key] = style
        meta = self._meta.get(sentence)
        if meta is None:
            meta = self._meta[sentence] = Style.from_meta({"sentence": sentence})
        return style + meta

    def _match_ranges(self, plain: str) -> list[tuple[int, int]]:
        query = self.state.query.casefold()
        if not query:
            return []
        found, low, start = [], plain.casefold(), 0
        while (i := low.find(query, start)) >= 0:
            found.append((i, i + len(query)))
            start = i + len(query)
        if found and len(low) != len(plain):  # "ß" folds to "ss", "ﬁ" to "fi": back to the line's columns
            where = [i for i, ch in enumerate(plain) for _ in ch.casefold()]
            found = [(where[a], where[b - 1] + 1) for a, b in found]
        return found

    def _line_strip(self, y: int) -> Strip:
        strip = self._strips.get(y)
        if strip is not None:
            return strip
        row = self._lines[y]
        segments = [Segment(text, self._style(sentence, role)) for text, sentence, role in row]
        matches = self._match_ranges("".join(t for t, _, _ in row))
        if matches:
            match_style = self.get_component_rich_style("article-pane--match", partial=True)
            text = Text(end="")
            for seg in segments:
                text.append(seg.text, seg.style)
            for a, b in matches:
                text.stylize(match_style, a, b)
            base = self.base_style
            segments = [Segment(t, s or base) for t, s, _ in text.render(self.app.console)]
        strip = Strip(segments).extend_cell_length(self._layout_width, self.base_style).simplify()
        self._strips[y] = strip
        return strip

    def render_lines(self, crop: Region) -> list[Strip]:
        self._ensure_layout()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.base_style)
        return self._line_strip(index).crop_extend(scroll_x, scroll_x + width, self.base_style)

    # --- keys and mouse ---------------------------------------------------------

    def _step(self, direction: int) -> None:
        if not self.sentences:
            return
        start = self.cursor if self.cursor is not None else (-1 if direction > 0 else len(self.sentences))
        i = start + direction
        while 0 <= i < len(self.sentences):
            s = self.sentences[i]
            if s.kind != "boilerplate" and self.state.claims_of(s):
                self.cursor = i
                self.post_message(self.SentenceChosen(self, s, cycle=False))
                return
            i += direction
        self.app.bell()

    def action_next_sentence(self) -> None:
        self._step(+1)

    def action_previous_sentence(self) -> None:
        self._step(-1)

    def action_choose(self) -> None:
        if self.cursor is None:
            self._step(+1)
            return
        self.post_message(self.SentenceChosen(self, self.sentences[self.cursor], cycle=True))

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def on_click(self, event: events.Click) -> None:
        sentence = event.style.meta.get("sentence")
        if sentence is None or not (0 <= sentence < len(self.sentences)):
            return
        s = self.sentences[sentence]
        if s.kind == "boilerplate" or not self.state.claims_of(s):
            return
        event.stop()
        cycle = self.cursor == sentence
        self.cursor = sentence
        self.post_message(self.SentenceChosen(self, s, cycle=cycle))
