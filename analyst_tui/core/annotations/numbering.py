"""Claim numbers that stay the same for the life of a case.

An annotation file's ``case`` header keeps ``claim_numbers``: for every claim ever shown, its
signature (the sorted hashes of its member sentences) and its number. When the case is opened
again, perhaps after an article changed, a claim with a known signature takes its old number and
a new claim takes a number no claim of the case has had before. Numbers are never reused.
"""

from __future__ import annotations

import analyst_tui.core.annotations.anchoring as anchoring
from analyst_tui.core.model import Claim, Comparison


def claim_signature(claim: Claim) -> str:
    return " ".join(sorted(anchoring.sentence_hash(m.text) for m in claim.members))


def stored_numbers(case: object) -> dict[str, int]:
    """The ``claim_numbers`` of a file's ``case`` header (empty when absent or hand-damaged)."""
    numbers = case.get("claim_numbers") if isinstance(case, dict) else None
    if not isinstance(numbers, dict):
        return {}
    return {k: v for k, v in numbers.items() if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0}


def renumber(comparison: Comparison, numbers: dict[str, int]) -> dict[int, int]:
    """Give the claims of ``comparison`` their stored numbers, in place; new claims get new numbers.

    Returns the changes (old number -> new number). The order of ``comparison.claims`` is kept.
    """
    if not numbers:
        return {}
    taken: set[int] = set()
    plan: dict[int, int] = {}  # index in comparison.claims -> number
    for i, claim in enumerate(comparison.claims):
        n = numbers.get(claim_signature(claim))
        if n is not None and n not in taken:
            plan[i] = n
            taken.add(n)
    next_free = max([*numbers.values(), 0]) + 1
    changes: dict[int, int] = {}
    for i, claim in enumerate(comparison.claims):
        n = plan.get(i)
        if n is None:
            n = next_free
            next_free += 1
        if claim.id != n:
            changes[claim.id] = n
            claim.id = n
    return changes


def numbers_of(comparison: Comparison, stored: dict[str, int]) -> dict[str, int]:
    """What a file keeps: the numbers it had (never reused) plus those of the current claims."""
    out = dict(stored)
    for claim in comparison.claims:
        out.setdefault(claim_signature(claim), claim.id)
    return out


def renumber_from_file(comparison: Comparison, path: object) -> dict[int, int]:
    """Renumber ``comparison`` from the case file at ``path`` (nothing happens if it cannot be read)."""
    from pathlib import Path

    import analyst_tui.core.annotations.diskfile as diskfile
    from analyst_tui.core.annotations.format import FileProblem, parse_document

    try:
        text = diskfile.read_text(Path(str(path)))
        if text is None:
            return {}
        data = parse_document(text)
    except (OSError, FileProblem):
        return {}
    return renumber(comparison, stored_numbers(data.get("case")))
