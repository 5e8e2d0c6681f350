"""What befell someone's health, and whether one found was alive, read as happenings (``happenings``): "suffered a
heart attack" / "had a stroke", "died at the scene" / "is in a critical condition in hospital", "was found dead" /
"was found safe and well"; bodies found are deaths ("recovered the bodies of twelve miners").

An ailment is one of the words of ``_AILMENTS`` after "suffered", "had" or "sustained" and an article;
two ailments differ, an ailment goes with any other happening (a heart attack may kill, a stroke may put one in
hospital). One "in a critical condition" or "in a serious condition" is alive: it goes with any happening but a
death. One "found dead" died; one "found safe", "found alive" or "found safe and well" is alive, against a death
(``happening_pairs``)."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import befell_many, object_of, subject_of
from analyst_tui.core.conflicts.cues import phrase, unsaid
from analyst_tui.core.conflicts.tokens import Tok, stem

# Ailments, each a label (its words as written: "heart attack").
_AILMENTS = {tuple(line.split()): "ailment:" + "_".join(line.split()) for line in """heart attack
    stroke
    seizure
    cardiac arrest
    aneurysm
    brain haemorrhage
    brain hemorrhage
    panic attack
    asthma attack
    allergic reaction""".strip().splitlines() for line in [line.strip()]}
AILMENTS = frozenset(_AILMENTS.values())
CRITICAL = "critical"
FOUND_ALIVE = "found_alive"
_SUFFERED = frozenset("suffered suffers suffering had has having sustained".split())
_ARTICLES = frozenset("a an".split())
_GRAVE = frozenset("critical serious".split())
_IS = frozenset("is are".split())
_BE = frozenset("is are was were be been being".split())
_FOUND_AS = frozenset("found pulled recovered dug plucked".split())  # "pulled the missing crewman alive from the sea"
_ALIVE = frozenset("safe alive unharmed".split())
WORDS = frozenset("condition found recovering pulled recovered dug plucked".split()) | frozenset(
    w for words in _AILMENTS for w in words)  # (any of them
# may tell of one)
_HOW_GRAVE = frozenset("massive major minor mild suspected severe fatal serious epileptic".split())

Happening = tuple[str, frozenset[str], str, frozenset[str], bool]


def ailments(toks: list[Tok], names: frozenset[str]) -> list[Happening]:
    """The ailments, the grave conditions and the findings alive or dead the version states."""
    out: list[Happening] = []
    n = len(toks)
    for k, t in enumerate(toks):
        low = t.low
        if low in _SUFFERED and k + 2 < n and toks[k + 1].low in _ARTICLES:
            label, end = _ailment_at(toks, k + 2)
        elif low == "condition" and k > 1 and toks[k - 1].low in _GRAVE and toks[k - 2].low in _ARTICLES and k > 2 and (
                toks[k - 3].low == "in"):
            label, end = CRITICAL, k + 1  # "is in a critical condition"
        elif low == "recovering" and k and toks[k - 1].low in _IS:
            label, end = CRITICAL, k + 1  # "is recovering in hospital": alive
        elif low == "found" and k + 1 < n and (toks[k + 1].low in _ALIVE or toks[k + 1].low == "dead"):
            label, end = ("kill" if toks[k + 1].low == "dead" else FOUND_ALIVE), k + 2
        elif low in _FOUND_AS and (state := _found_as(toks, k)):  # "Rescuers found the skier who had been missing
            # ... alive"
            label, end = ("kill" if toks[state].low == "dead" else FOUND_ALIVE), state + 1
        else:
            continue
        if label is None or unsaid(toks, k):
            continue
        start = k - 1 if low == "recovering" else k - 3 if label == CRITICAL else k
        found_as = low in _FOUND_AS and end > k + 2
        befell = object_of(toks, k) if found_as else subject_of(toks, start)
        shown = f"{t.text} ... {toks[end - 1].text}" if found_as and end > k + 6 else phrase(toks, start, end)
        if befell:
            out.append((label, befell, shown, befell & names, befell_many(toks, befell)))
    return out


def _found_as(toks: list[Tok], k: int) -> int:
    """Where "alive" or "dead" (or "safe") ends the object of an active "found" at ``k`` in the same clause, or 0."""
    if k and toks[k - 1].low in _BE or k + 1 < len(toks) and toks[k + 1].low in ("that", "guilty", "not"):
        return 0
    for j in range(k + 2, min(len(toks), k + 16)):
        if toks[j].is_break:
            return 0
        if toks[j].low in _ALIVE or toks[j].low == "dead":
            return j
    return 0


BODY = frozenset(("bodi", "body", "carcass", "corps"))  # (bodies, carcasses, corpses)


def bodies_found(toks: list[Tok], end: int, befell: frozenset[str]) -> tuple[str, frozenset[str], int]:
    """(the happening, whom it befell, where its words end) of bodies found by a verb ending at ``end``: "recovered the
    bodies of twelve miners" (they died), else what was found."""
    of = next((j for j in range(end + 1, min(len(toks), end + 5)) if toks[j].low == "of"), None)
    return ("kill", object_of(toks, of) or befell, of - 1) if of is not None else ("find", befell, end)


def body_found(toks: list[Tok], k: int, befell: frozenset[str]) -> tuple[str, frozenset[str]]:
    """(the happening, whom it befell) of a body that "was found" at ``k``: "the body of the missing swimmer", "the
    instructor's body" (they died), else what was found."""
    of = next((j + 1 for j in range(k - 1, max(0, k - 12), -1) if stem(toks[j].low) in BODY and (
        toks[j + 1].low == "of")), None)
    if of is not None:
        return "kill", object_of(toks, of) & {stem(x.low) for x in toks[of + 1 : k]} or befell
    if any(x.low == "'s" for x in toks[max(0, k - 6) : k]):
        return "kill", befell - BODY
    return "find", befell


def _ailment_at(toks: list[Tok], k: int) -> tuple[str | None, int]:
    """(the ailment's label, where its words end) of the words from ``k``, past a word of how grave ("a massive heart
    attack", "an epileptic seizure"), or (None, k)."""
    if k < len(toks) and toks[k].low in _HOW_GRAVE:
        k += 1
    for words, label in _AILMENTS.items():
        if tuple(t.low for t in toks[k : k + len(words)]) == words:
            return label, k + len(words)
    return None, k


__all__ = ["AILMENTS", "BODY", "CRITICAL", "FOUND_ALIVE", "WORDS", "ailments", "bodies_found", "body_found"]
