"""An annotation as the program holds it, and an orphan (an annotation not re-attached)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from analyst_tui.core.annotations.format import list_field
from analyst_tui.core.model import Sentence, Status

UNREVIEWED = Status.UNREVIEWED.value


@dataclass
class ClaimAnnotation:
    claim_id: int
    status: str = UNREVIEWED
    note: str = ""
    attributed_to: str | None = None  # who denied/disputed it
    attribution: Sentence | None = None  # the sentence (in the current Comparison) that carries the denial/dispute
    analyst: str = ""
    created: str | None = None  # ISO 8601 UTC
    modified: str | None = None
    conflicts: list[dict] = field(default_factory=list)  # other analysts' differing verdicts after a merge
    history: list[dict] = field(default_factory=list)  # earlier values, oldest first
    uid: str = ""  # the annotation's id in the file ("urn:uuid:...")
    score: float = 1.0  # how well it re-attached to this claim (1.0 = unchanged sentences)
    attribution_quote: str | None = None  # the stored quote of the attribution sentence, even if not found

    @property
    def is_blank(self) -> bool:
        return (
            self.status == UNREVIEWED
            and not self.note
            and not self.attributed_to
            and self.attribution is None
            and not self.attribution_quote
            and not self.history
            and not self.conflicts
        )


@dataclass
class Orphan:
    """An annotation whose sentences could not be found again: kept, shown, never placed by guess."""

    uid: str
    quote: str  # the first member sentence as it was when annotated
    quotes: list[tuple[str, str]]  # (outlet, sentence) for every member
    status: str
    note: str
    attributed_to: str | None
    analyst: str
    modified: str | None
    score: float  # the best match found in the current articles (under the threshold)
    reason: str
    conflicts: list[dict] = field(default_factory=list)
    suggested_claim: int | None = None  # the claim with the most similar sentence now (under the threshold)



def from_record(rec: dict, claim_id: int) -> ClaimAnnotation:
    """The live annotation of a stored record (placed on ``claim_id``)."""

    def s(key, default=None):
        v = rec.get(key)
        return v if isinstance(v, str) else default

    return ClaimAnnotation(
        claim_id=claim_id,
        status=Status.parse(rec.get("status")).value,
        note=s("note", ""),
        attributed_to=s("attributed_to"),
        analyst=s("analyst", ""),
        created=s("created"),
        modified=s("modified"),
        conflicts=[copy.deepcopy(c) for c in list_field(rec.get("conflicts")) if isinstance(c, dict)],
        history=[copy.deepcopy(h) for h in list_field(rec.get("history")) if isinstance(h, dict)],
        uid=str(rec.get("id")),
    )
