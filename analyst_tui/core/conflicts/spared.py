"""One spared what befell the same one in the other version: "The jockey was injured in the fall" / "The jockey escaped
injury when his mount fell", "The league suspended the linebacker for two games" / "The linebacker escaped a
suspension for the hit".

Read last, when no other check found anything. One version says its subject "escaped" or "avoided" a harm or a penalty
named just after the verb; the other states (``happenings``) the happening of that harm or penalty befell one named
alike. Not when the sparing version also states that happening ("escaped serious injury but broke his wrist" is read
as two things that both befell him only if it names "injured" itself)."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import subject_of
from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.happenings import Happening
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import PRONOUNS

_SPARED = frozenset("escaped escapes avoided avoids".split())
# A harm or a penalty named after "escaped", and the happenings that say it befell one.
_HARMS = {"injury": "injure", "injuries": "injure", "harm": "injure", "suspension": "suspend", "ban": "ban",
          "jail": "jail", "prison": "jail", "conviction": "convict", "relegation": "relegate"}
_DEGREES = frozenset("serious major severe any a an the".split())  # ("escaped serious injury": not spared all harm)


def spared_conflict(a: Polarity, b: Polarity, xs: tuple[Happening, ...],
                    ys: tuple[Happening, ...]) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one spared the harm the other says befell the same one, else None."""
    if not (_SPARED & a.words() or _SPARED & b.words()):
        return None  # (read first: most pairs stop here)
    for spared, other, happened, flip in ((a, b, ys, False), (b, a, xs, True)):
        found = spared.kept("spared", _spared)
        if found is None:
            continue
        label, subject, shown = found
        own = xs if not flip else ys
        if any(h[0] == label for h in own):
            continue  # it says that too ("escaped serious injury but was injured in the arm")
        for h in happened:
            if h[0] == label and h[1] - PRONOUNS and related(h[1], subject):
                return (f'"{shown}"', f'"{h[2]}"') if not flip else (f'"{h[2]}"', f'"{shown}"')
    return None


def _spared(p: Polarity) -> tuple[str, frozenset[str], str] | None:
    """(the happening spared, whom, the words shown) of the first "escaped injury" the version states."""
    toks = p.toks
    for k, t in enumerate(toks):
        if t.low not in _SPARED or unsaid(toks, k):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 2 and toks[j].low in _DEGREES:
            j += 1
        label = _HARMS.get(toks[j].low) if j < len(toks) else None
        if label is None or any(toks[m].low in ("serious", "major", "severe") for m in range(k + 1, j)):
            continue  # ("escaped serious injury": hurt, perhaps, but not badly)
        subject = subject_of(toks, k)
        if subject and not subject <= PRONOUNS:
            return label, subject, " ".join(x.text for x in toks[k : j + 1])
    return None


__all__ = ["spared_conflict"]
