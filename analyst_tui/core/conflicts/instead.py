"""What one version says was done, or who did it, against the other's "rather than" or "instead of" it: "Lowther sold
the stolen ampoules to a dealer" / "Lowther injected the stolen ampoules herself, rather than selling them", "the
viaduct should be strengthened rather than replaced" / "should be demolished and replaced rather than strengthened",
"paid by the promoter, Livewire Events, rather than the ticketing sites" / "paid by Ticketmaster rather than the
promoter, Livewire Events".

What follows "rather than" or "instead of" is what one version says was not done (or not by that party); the other
version says it was: its first word there, by word family, stands in the other outside such a phrase and not after
a negation, and the other does not give what the first says was done instead. A verb is an ``event``, a party a
``role``."""

from __future__ import annotations

from analyst_tui.core.conflicts.days import MONTHS, WORDS as DAY_WORDS
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST

_MOST = 6  # words after "rather than" read
_LEAD = frozenset("the a an by to".split())
_NEGATING = frozenset("not never no without against refused declined instead rather n't nor".split())
_SMALL = frozenset("them it him her they the a an his their its of to by and".split())


def instead_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str, str] | None:
    """(kind, what a says, what b says) when one says "rather than" or "instead of" what the other says was done."""
    found = _against(a, b)
    if found:
        return found
    found = _against(b, a)
    return (found[0], found[2], found[1]) if found else None


def _against(plain: list[Tok], other: list[Tok]) -> tuple[str, str, str] | None:
    """(kind, what ``plain`` says, what ``other`` says) when ``other`` says "rather than" what ``plain`` asserts."""
    kept = [(s, _phrase_end(plain, e)) for s, e in _instead(plain)]
    outside = [(k, t) for k, t in enumerate(plain) if not any(s <= k < e for s, e in kept)]
    told = {stem(t.low) for _, t in outside if t.is_word}  # (what ``plain`` says outside its own "rather than")
    for r, end in _instead(other):
        said = [t for t in other[end : end + _MOST] if not t.is_break]
        first = next((t for j, t in enumerate(said) if t.is_word and t.low not in _LEAD and not (
            j + 1 < len(said) and said[j + 1].low == "'s")), None)  # (what is owned: "Ragusa's remains")
        if first is None or first.low in _SMALL or first.low in WORD_NUMBERS or first.low in MONTHS or (
                first.low in DAY_WORDS):
            continue  # (not a figure or a date: "instead of one long operation", "instead of March 2005")
        key = stem(first.low)
        done = _done_instead(other, r)
        if any(key == stem(t.low) for s, e in kept for t in plain[s:e]):
            return None  # (both say it was not: "Instead of remains" / "Instead of Ragusa's remains")
        for k, t in outside:
            if not t.is_word or stem(t.low) != key:
                continue
            if any(x.low in _NEGATING for x in plain[max(0, k - 3) : k]) or done & told:
                return None  # (negated there too, or it also gives what was done instead)
            kind = "role" if first.cap or said[0].low in _LEAD and said[0].low != "to" else "event"
            if kind == "role" and not any(x.low == "by" for x in plain[max(0, k - 3) : k]) or kind == "event" and not (
                    _verb(plain, k)):
                continue  # (a party said to have done it, "by the promoter"; a verb said done, "sold")
            if kind == "event":  # ("would be repaired" / "rather than repaired")
                return kind, joined(plain[max(0, k - 2) : k + 1]), joined(other[r : end + 1])
            return kind, joined(plain[max(0, k - 2) : k + 2]), joined(other[r : min(len(other), end + 3)])
    return None


def _verb(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is a verb: a past, a participle or after a modal ("sold", "strengthened", "will
    write off")."""
    low = toks[k].low
    return low.endswith(("ed", "ing")) or low in IRREGULAR_PAST or k > 0 and toks[k - 1].low in _MODALS


_AUX = frozenset("would will should could might must been being were have does".split())
_MODALS = frozenset("will would should could may might must can to did does do".split())


def _instead(toks: list[Tok]) -> list[tuple[int, int]]:
    """Where each "rather than" or "instead of" starts and where what follows it starts."""
    out = []
    for k in range(len(toks) - 2):
        pair = (toks[k].low, toks[k + 1].low)
        if pair in (("rather", "than"), ("instead", "of")):
            out.append((k, k + 2))
    return out


def _phrase_end(toks: list[Tok], start: int) -> int:
    """Where what follows "rather than" at ``start`` ends: at a break, or ``_MOST`` words on."""
    return next((k for k in range(start, min(len(toks), start + _MOST)) if toks[k].is_break), min(len(toks),
                                                                                                  start + _MOST))


def _done_instead(toks: list[Tok], r: int) -> frozenset[str]:
    """The word families of what the version says was done instead: the content words just before "rather than"
    in its clause ("strengthened", "injected ... herself")."""
    out = set()
    for j in range(r - 1, max(-1, r - 4), -1):
        t = toks[j]
        if t.is_break and t.low != "," or t.low in CLAUSE_WORDS:
            break
        if t.is_word and t.low not in _SMALL and t.low not in _AUX and len(t.low) > 3:
            out.add(stem(t.low))
    return frozenset(out)


__all__ = ["instead_conflict"]
