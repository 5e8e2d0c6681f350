"""Plain data types shared by every stage of the pipeline.

files --load--> Article --segment--> Sentence spans --align--> Claim
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

Kind = Literal["claim", "boilerplate"]
ConflictKind = Literal["figure", "polarity", "event", "role"]


class Status(str, Enum):
    """An analyst's verdict on a claim: its word (stored in files), glyph and sort order."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    DENIED = "denied"

    @property
    def glyph(self) -> str:
        return _GLYPHS[self.value]

    @property
    def order(self) -> int:
        return list(Status).index(self)

    @property
    def label(self) -> str:
        """``✔ confirmed``, ``? disputed``, ``✖ denied``, ``· unreviewed``."""
        return f"{self.glyph} {self.value}"

    @property
    def needs_attribution(self) -> bool:
        """Denied and disputed claims name who denied or disputed them."""
        return self in (Status.DENIED, Status.DISPUTED)

    @classmethod
    def parse(cls, value: object) -> "Status":
        """The status a stored word names; anything else reads as unreviewed."""
        try:
            return cls(value)
        except ValueError:
            return cls.UNREVIEWED

    def __str__(self) -> str:
        return self.value


_GLYPHS = {"unreviewed": "·", "confirmed": "✔", "disputed": "?", "denied": "✖"}


class LoadError(Exception):
    """A fatal input problem, reported as one line and exit status 2."""


def article_label(index: int) -> str:
    """Spreadsheet-style article ids: 0 -> A, 25 -> Z, 26 -> AA."""
    label = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = chr(ord("A") + rem) + label
    return label


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded report. Every offset in the program refers to ``text``."""

    id: str
    path: str
    source: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A segment of an article's text, ``[start, end)`` in code points."""

    start: int
    end: int
    kind: Kind = "claim"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A segmented sentence of one article."""

    article: str  # Article.id
    index: int  # position among the article's sentences
    start: int
    end: int
    text: str  # == article.text[start:end]
    kind: Kind = "claim"

    @property
    def key(self) -> tuple[str, int]:
        return (self.article, self.index)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two members of one claim that disagree: a figure, polarity, event or who-does-what-to-whom."""

    kind: ConflictKind
    members: tuple[int, int]  # indexes into the claim's members
    detail: str  # e.g. "24 dead vs 1 dead"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whom a sentence credits: a speaker, an outlet, or both (either may be None)."""

    speaker: str | None
    outlet: str | None
    start: int  # offsets into the article text of the attribution phrase
    end: int


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A status the tool proposes for a claim, never applied without the analyst."""

    status: Literal["denied", "disputed"]
    by: str | None  # who made the denial or dispute
    cue: str  # the words that carry it, e.g. "dismissed the report"
    article: str  # Article.id of the sentence that carries it
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources that tell different stories about what happened, e.g. one outlet says a party did
    not respond while others carry that party's statement."""

    kind: Literal["response"]
    party: str  # folded name of the party concerned, e.g. "white house"
    detail: str  # e.g. "B says the White House did not respond; A, C carry a statement from …"
    sentences: tuple[tuple[str, int], ...]  # Sentence.keys: the one that says so first, then the others


@dataclass(slots=True)
class Claim:
    """A cluster of sentences from one or more articles that say the same thing."""

    id: int  # 1-based display number; shared claims come first
    members: list[Sentence]
    score: float = 1.0  # 0..1, the weakest link that holds the claim together
    evidence: dict = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # Filled by the analysis stage after alignment (word differences, origins, suggestion):
    differs: dict[tuple[str, int], list[tuple[int, int]]] = field(default_factory=dict)  # member key -> [start, end) in article text
    origins: list[str] = field(default_factory=list)  # distinct first-hand sources behind the claim
    suggestion: Suggestion | None = None

    @property
    def shared_by(self) -> int:
        return len({m.article for m in self.members})

    @property
    def articles(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            if m.article not in seen:
                seen.append(m.article)
        return seen

    @property
    def is_shared(self) -> bool:
        return self.shared_by > 1

    @property
    def kind(self) -> Kind:
        return self.members[0].kind if self.members else "claim"


@dataclass(slots=True)
class Comparison:
    """Everything the views need: articles, their sentences and the claims."""

    articles: list[Article]
    sentences: dict[str, list[Sentence]]  # by Article.id, in text order
    claims: list[Claim]
    warnings: list[str] = field(default_factory=list)
    attributions: dict[tuple[str, int], Attribution] = field(default_factory=dict)  # by Sentence.key
    disagreements: list[Disagreement] = field(default_factory=list)  # filled by the analysis stage
    # The article ids of each story when the articles read as several stories (claims are matched within
    # each story only, align.stories); empty when they are one story.
    stories: list[list[str]] = field(default_factory=list)
    one_story: bool = False  # matched as one story at the analyst's word (--one-story): no story gate
    _claim_index: dict | None = field(default=None, repr=False, compare=False)

    def stories_note(self) -> str | None:
        """One line for the analyst when the articles read as several stories (None when they are one)."""
        if len(self.stories) < 2:
            return None
        listed = ""
        if len(self.stories) <= 4 and len(self.articles) <= 26:
            listed = " (" + " | ".join(" ".join(story) for story in self.stories) + ")"
        return (f"These articles read as {len(self.stories)} different stories{listed}: "
                "claims are matched within each story only (--one-story, or M (\"Match as one story\") in the app, "
                "matches them as one).")

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def claims_of(self, sentence: Sentence) -> list[Claim]:
        """The claims a sentence belongs to (a sentence may carry two claims)."""
        return self._index().get(sentence.key, [])

    def _index(self) -> dict[tuple[str, int], list[Claim]]:
        if self._claim_index is None:
            index: dict[tuple[str, int], list[Claim]] = {}
            for claim in self.claims:
                for m in claim.members:
                    index.setdefault(m.key, []).append(claim)
            self._claim_index = index
        return self._claim_index
