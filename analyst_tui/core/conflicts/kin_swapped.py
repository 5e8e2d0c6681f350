"""One named person and a relative or an associate of theirs the other way round, told with a pronoun: "Rooke's
brother gave evidence against him" / "Rooke gave evidence against his brother", "Lowther's brother passed some of the
stolen drugs to her" / "Lowther passed some of the stolen drugs to her brother", "Pike's cousin, Wayne Mercer, passed
the stolen ticket to him" / "Pike passed the stolen ticket to his cousin, Wayne Mercer".

Read last, when no other check found anything. In one version the subject is a name's relative or associate ("Rooke's
brother", a word of ``persons``, perhaps with their name set off after it) and the pronoun after the verb's preposition
("against him") is that name; in the other the name is the subject and the relative comes after the same preposition
("against his brother"). The name, the relative, the verb and the preposition are the same in both; the subject opens
the sentence (past who said it, an opening phrase or "that")."""

from __future__ import annotations

from analyst_tui.core.conflicts.persons import PERSON_GROUPS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.tokens import Tok, joined, stem, unattributed

Told = tuple[str, str, str, str, str]  # (the name, the relative's stem, the verb's stem, the preposition, as shown)

_PREPOSITIONS = frozenset("to against from with at on for".split())
_OBJECTS = frozenset("him her them".split())
_OWNERS = frozenset("his her their".split())
_AUX = frozenset("had has have was were is are would will".split())
_GATE = _OBJECTS | _OWNERS
_MOST = 12  # words from the verb to the preposition
_OPENING = frozenset("at in on after before during following when while".split())  # ("At the trial, Roper gave")


def _subject_at(toks: list[Tok]) -> int | None:
    """Where the sentence's subject starts: at its start, past an opening phrase ("At the trial,") or "that"."""
    if toks and toks[0].cap and toks[0].low not in _OPENING and toks[0].low not in ("the", "a", "an"):
        return 0  # (a name: not "The court heard that ...")
    for k, t in enumerate(toks[:10]):
        if t.low in (",", "that") and k + 1 < len(toks) and toks[k + 1].cap:
            return k + 1
    return None


def _name_end(toks: list[Tok], k: int) -> int:
    while k < len(toks) and toks[k].cap and toks[k].is_word:
        k += 1
    return k


def _verb_at(toks: list[Tok], k: int) -> int | None:
    while k < len(toks) and toks[k].low in _AUX:
        k += 1
    return k if k < len(toks) and toks[k].is_word and not toks[k].cap else None


def told(toks: list[Tok]) -> tuple[Told | None, Told | None]:
    """(the relative doing it to the name, the name doing it to the relative), each or None."""
    toks = unattributed(toks)
    start = _subject_at(toks)
    if start is None:
        return None, None
    end = _name_end(toks, start)
    if end == start:
        return None, None
    name = " ".join(t.low for t in toks[start:end])
    kin_first = end + 1 < len(toks) and toks[end].low == "'s" and stem(toks[end + 1].low) in PERSON_GROUPS
    v = end + 2 if kin_first else end
    kin = stem(toks[end + 1].low) if kin_first else ""
    if kin_first and v + 1 < len(toks) and toks[v].low == ",":  # "Pike's cousin, Wayne Mercer, passed"
        close = _name_end(toks, v + 1)
        if close > v + 1 and close < len(toks) and toks[close].low == ",":
            v = close + 1
    elif kin_first:
        v = _name_end(toks, v)  # "Barnett's cellmate Lee Ross cut"
    verb = _verb_at(toks, v)
    if verb is None:
        return None, None
    for j in range(verb + 1, min(len(toks) - 1, verb + _MOST)):
        if toks[j].low in (".", ";"):
            break
        if toks[j].low not in _PREPOSITIONS:
            continue
        after = toks[j + 1].low
        if kin_first and after in _OBJECTS:
            return (name, kin, stem(toks[verb].low), toks[j].low, joined(toks[start : j + 2])), None
        if not kin_first and after in _OWNERS and j + 2 < len(toks) and stem(toks[j + 2].low) in PERSON_GROUPS:
            return None, (name, stem(toks[j + 2].low), stem(toks[verb].low), toks[j].low, joined(toks[start : j + 3]))
    return None, None


def _told(p: Polarity) -> tuple[Told | None, Told | None]:
    return told(p.toks) if not _GATE.isdisjoint(p.words()) else (None, None)  # (read cheaply: few versions say one)


def kin_swapped(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when a name and their relative are the other way round, else None."""
    xa, xb = a.kept("kin swapped", _told)
    if xa is None and xb is None:
        return None  # (the other's is read only then)
    ya, yb = b.kept("kin swapped", _told)
    for one, other in ((xa, yb), (xb, ya)):  # (``one`` is what ``a`` says)
        if one is not None and other is not None and one[:4] == other[:4]:
            return one[4], other[4]
    return None


__all__ = ["kin_swapped", "told"]
