"""The offence one is charged with, convicted of or held for, against another in the other version: "charged with
murder" / "charged with manslaughter", "charged with murder" / "charged with attempted murder", "convicted of
culpable homicide" / "convicted of murder". Only offences that exclude each other for one death or attack, each the
one offence of its kind its version names (not "charged with murder, or manslaughter in the alternative")."""

from __future__ import annotations

from analyst_tui.core.conflicts.tokens import Tok, joined

# Words of the law before the offence ("charged with", "convicted of", "arrested on suspicion of", "guilty of").
_LAW = frozenset("""charged charge charges convicted conviction accused suspicion guilty acquitted cleared indicted
    jailed sentenced admitted denies denied deny""".split())
_OPENERS = frozenset(("with", "of", "for"))
_ADDED = frozenset(("also", "further", "additionally"))
_LISTED = frozenset((",", "and", "or"))
# Offences by their last word, with the word that may come before it ("attempted murder").
_OFFENCES = {"murder": "murder", "murders": "murder", "manslaughter": "manslaughter", "homicide": "homicide"}
_BEFORE = {"attempted": "attempted ", "attempt": "attempted ", "culpable": "culpable ", "conspiracy": "conspiracy to "}


def offences(toks: list[Tok]) -> dict[str, str]:
    """Each offence named after a word of the law, with the words shown ("charged with attempted murder")."""
    out: dict[str, str] = {}
    for k, t in enumerate(toks):
        if t.low not in _LAW:
            continue
        if k and toks[k - 1].low in _ADDED:
            out["another"] = ""  # "is also charged with attempted murder": one charge of several
        for j in range(k + 1, min(len(toks), k + 5)):
            if toks[j].low not in _OPENERS:
                continue
            m = j + 1
            while m < len(toks):  # each offence of a list: "charged with murder, attempted murder and arson"
                start, lead = m, ""
                while m < len(toks) and (toks[m].low in _BEFORE or toks[m].low in ("to", "the", "a")):
                    lead = lead or _BEFORE.get(toks[m].low, "")
                    m += 1  # ("conspiracy to murder", "guilty of the manslaughter of")
                if m < len(toks) and toks[m].low in _OFFENCES:
                    out[lead + _OFFENCES[toks[m].low]] = joined(toks[k : m + 1])
                while m < len(toks) and toks[m].is_word and toks[m].low not in _LISTED:
                    m += 1
                if m + 1 >= len(toks) or toks[m].low not in _LISTED or m == start:
                    break
                m += 1
            break
    return out


def charge_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when each names one offence and the two differ."""
    a, b = offences(xs), offences(ys)
    if len(a) != 1 or len(b) != 1 or a.keys() == b.keys():
        return None
    return next(iter(a.values())), next(iter(b.values()))


__all__ = ["charge_conflict", "offences"]
