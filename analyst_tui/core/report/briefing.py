"""A case's briefing, gathered once: what every report format writes out.

The comparison (articles, claims, what the engine and the analysis stage found) and the
analyst's annotations (status, note, who denied or disputed it and the sentence that carries
it, history) are read here and nowhere else; the format modules only lay this out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from analyst_tui.core.analysis.grading import claim_grade, grade_meaning
from analyst_tui.core.model import Attribution, Claim, Comparison, Sentence, Status, Suggestion

# The order of the briefing's status groups: what needs attention first.
GROUP_ORDER = (Status.DENIED, Status.DISPUTED, Status.CONFIRMED, Status.UNREVIEWED)


class Annotations(Protocol):
    """What the briefing reads from an annotation store (``AnnotationStore`` has it)."""

    def get(self, claim_id: int) -> Any: ...


@dataclass(frozen=True)
class Source:
    id: str  # the article's short label (A, B, ...), used as the grid's column heading
    name: str  # the outlet
    date: str | None
    title: str | None
    url: str | None
    path: str
    claims: int  # how many listed claims it carries


@dataclass(frozen=True)
class Wording:
    """One source's sentence carrying a claim."""

    sentence: Sentence
    source: str  # outlet name
    differs: tuple[tuple[int, int], ...] = ()  # offsets into the sentence text of the words only it uses
    attribution: Attribution | None = None  # whom the sentence credits


@dataclass(frozen=True)
class EngineConflict:
    kind: str
    detail: str
    between: tuple[str, str]  # the article ids of the two members that disagree


@dataclass
class Entry:
    """One claim with everything the briefing says about it."""

    claim: Claim
    text: str  # the sentence that stands for the claim
    status: Status
    carriers: list[str]  # article ids that report it, in article order
    silent: list[str]  # article ids that do not
    wordings: list[Wording]
    conflicts: list[EngineConflict] = field(default_factory=list)
    note: str = ""
    attributed_to: str | None = None
    attribution: Sentence | None = None  # the sentence that carries the denial or dispute
    attribution_quote: str | None = None  # its stored quote, when the sentence is no longer found
    analyst: str = ""
    created: str | None = None
    modified: str | None = None
    history: list[dict] = field(default_factory=list)
    verdicts: list[dict] = field(default_factory=list)  # other analysts' differing verdicts (after a merge)
    uid: str = ""
    origins: list[str] = field(default_factory=list)
    suggestion: Suggestion | None = None
    grade: str | None = None  # Admiralty grade (e.g. "B2"): source reliability and information credibility
    grade_meaning: str = ""  # "source usually reliable; information probably true"

    @property
    def id(self) -> int:
        return self.claim.id

    @property
    def is_shared(self) -> bool:
        return self.claim.is_shared

    @property
    def annotated(self) -> bool:
        return bool(self.status is not Status.UNREVIEWED or self.note or self.attributed_to or self.attribution or self.history)


@dataclass(frozen=True)
class Lost:
    """An annotation whose sentences were not found again in the articles (an orphan): still reported."""

    status: Status
    quote: str  # the first sentence it was made on, as it was then
    note: str
    attributed_to: str | None
    analyst: str
    modified: str | None
    reason: str


@dataclass
class Briefing:
    case: str
    annotations_path: str | None
    generated: str  # ISO 8601 UTC
    comparison: Comparison
    sources: list[Source]
    entries: list[Entry]  # every claim that is not boilerplate, by number
    reviewers: list[str]
    lost: list[Lost] = field(default_factory=list)

    @property
    def annotations_name(self) -> str | None:
        """The annotation file's name, without its folder (a briefing is sent to others)."""
        if not self.annotations_path:
            return None
        return self.annotations_path.replace("\\", "/").rsplit("/", 1)[-1]

    def source(self, article_id: str) -> Source:
        for s in self.sources:
            if s.id == article_id:
                return s
        raise KeyError(article_id)

    @property
    def dates(self) -> list[str]:
        return sorted({s.date for s in self.sources if s.date})

    def counts(self) -> dict[Status, int]:
        out = {s: 0 for s in Status}
        for e in self.entries:
            out[e.status] += 1
        return out

    @property
    def shared_count(self) -> int:
        return sum(1 for e in self.entries if e.is_shared)

    def in_groups(self) -> list[Entry]:
        """The claims the status groups list: every shared claim, and any claim the analyst annotated."""
        return [e for e in self.entries if e.is_shared or e.annotated]

    def groups(self) -> list[tuple[Status, list[Entry]]]:
        """Claims grouped by status, denied and disputed first; empty groups left out."""
        listed = self.in_groups()
        out = []
        for status in GROUP_ORDER:
            rows = [e for e in listed if e.status is status]
            if rows:
                out.append((status, rows))
        return out

    def unique_by_source(self) -> list[tuple[Source, list[Entry]]]:
        """Per source, the claims only it makes that are not already in a status group."""
        out = []
        for src in self.sources:
            rows = [e for e in self.entries if not e.is_shared and not e.annotated and e.carriers == [src.id]]
            if rows:
                out.append((src, rows))
        return out


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def representative(comparison: Comparison, claim: Claim) -> str:
    """The sentence that stands for a claim: a member carrying no other claim if any."""
    for m in claim.members:
        if len(comparison.claims_of(m)) == 1:
            return m.text
    return claim.members[0].text if claim.members else ""


def local_spans(claim: Claim, member: Sentence) -> tuple[tuple[int, int], ...]:
    """The claim's word differences inside one member, as offsets into the member's text."""
    spans = []
    for start, end in claim.differs.get(member.key, ()):
        s, e = max(start, member.start) - member.start, min(end, member.end) - member.start
        if 0 <= s < e:
            spans.append((s, e))
    return tuple(sorted(spans))


def _wordings(comparison: Comparison, claim: Claim, names: dict[str, str]) -> list[Wording]:
    return [
        Wording(m, names.get(m.article, m.article), local_spans(claim, m), comparison.attributions.get(m.key))
        for m in claim.members
    ]


def _engine_conflicts(claim: Claim) -> list[EngineConflict]:
    out = []
    for c in claim.conflicts:
        i, j = c.members
        ids = tuple(claim.members[k].article if 0 <= k < len(claim.members) else "?" for k in (i, j))
        out.append(EngineConflict(str(c.kind), str(c.detail), (ids[0], ids[1])))
    return out


def gather(
    comparison: Comparison,
    annotations: Annotations | None = None,
    *,
    case: str | None = None,
    annotations_path: str | None = None,
    generated: str | None = None,
    grades: object | None = None,
) -> Briefing:
    """Everything the reports write, from a comparison and (optionally) its annotation store.

    ``grades``: the analyst's source reliability (``SourceGrades``, or a dict of source -> letter);
    with it every claim gets its Admiralty grade.
    """
    names = {a.id: a.source for a in comparison.articles}
    order = [a.id for a in comparison.articles]
    claims = sorted((c for c in comparison.claims if c.kind != "boilerplate"), key=lambda c: c.id)
    entries = []
    reviewers: list[str] = []

    def reviewer(name: object) -> None:
        if isinstance(name, str) and name.strip() and name not in reviewers:
            reviewers.append(name)

    for claim in claims:
        carriers = [a for a in order if a in set(claim.articles)]
        entry = Entry(
            claim=claim,
            text=representative(comparison, claim),
            status=Status.UNREVIEWED,
            carriers=carriers,
            silent=[a for a in order if a not in carriers],
            wordings=_wordings(comparison, claim, names),
            conflicts=_engine_conflicts(claim),
            origins=list(claim.origins),
            suggestion=claim.suggestion,
        )
        if annotations is not None:
            ann = annotations.get(claim.id)
            entry.status = Status.parse(getattr(ann, "status", "unreviewed"))
            entry.note = getattr(ann, "note", "") or ""
            entry.attributed_to = getattr(ann, "attributed_to", None)
            entry.attribution = getattr(ann, "attribution", None)
            entry.attribution_quote = getattr(ann, "attribution_quote", None)
            entry.analyst = getattr(ann, "analyst", "") or ""
            entry.created = getattr(ann, "created", None)
            entry.modified = getattr(ann, "modified", None)
            entry.history = [h for h in getattr(ann, "history", []) or [] if isinstance(h, dict)]
            entry.verdicts = [v for v in getattr(ann, "conflicts", []) or [] if isinstance(v, dict)]
            entry.uid = getattr(ann, "uid", "") or ""
            if entry.annotated:
                reviewer(entry.analyst)
            for h in entry.history:
                reviewer(h.get("analyst"))
            for v in entry.verdicts:
                reviewer(v.get("analyst"))
        if grades is not None:
            entry.grade = claim_grade(comparison, claim, entry.status, grades)
            entry.grade_meaning = grade_meaning(entry.grade)
        entries.append(entry)

    lost = []
    for o in getattr(annotations, "orphans", None) or []:
        lost.append(
            Lost(Status.parse(o.status), o.quote, o.note or "", o.attributed_to, o.analyst or "", o.modified, o.reason or "")
        )
        reviewer(o.analyst)
    sources = [
        Source(a.id, a.source, a.date, a.title, a.url, a.path, sum(1 for e in entries if a.id in e.carriers))
        for a in comparison.articles
    ]
    return Briefing(
        case=case or "case",
        annotations_path=annotations_path,
        generated=generated or now(),
        comparison=comparison,
        sources=sources,
        entries=entries,
        reviewers=sorted(reviewers, key=str.casefold),
        lost=lost,
    )
