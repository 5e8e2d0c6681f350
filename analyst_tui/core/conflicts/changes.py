"""A change told from one figure to another: "VAT would rise from 23 percent to 25 percent" / "VAT will go up to 26
percent from 23 percent", "cut its import duty on bourbon to 100 percent from 150 percent" / "lowered tariffs on bourbon
from 150% to 50%". Two versions whose changes start from the same figure and end at another, or end at the same and
start from another, differ (in the same unit, with a word in common before each: what changed).

A figure is a number with its unit, "%" (or "percent", "per cent"), a currency sign before it, or none ("from 23 to 25
percent" reads both in percent). A change is "from X to Y" or "to Y from X" within a clause.
"""

from __future__ import annotations

from typing import Any

from analyst_tui.core.conflicts.numbers import number_at
from analyst_tui.core.conflicts.tokens import Tok

Change = tuple[str, float, float, str, frozenset[str]]  # (unit, from, to, as written, the words before it)
_PERCENT = frozenset(("%", "percent"))
_SIGNS = frozenset("$ £ € ¥".split())
_UNIT_WORDS = frozenset(("percent", "per", "cent"))


def changes(toks: list[Tok]) -> tuple[Change, ...]:
    """Every change from one figure to another that the version tells."""
    out: list[Change] = []
    for k, t in enumerate(toks):
        if t.low != "from":
            continue
        start = _figure(toks, k + 1)
        if start is None:
            continue
        unit, value, end = start
        if end + 1 < len(toks) and toks[end].low == "to":  # "from 23 percent to 25 percent"
            found = _figure(toks, end + 1)
            if found is not None and (found[0] == unit or not unit or not found[0]):
                out.append((unit or found[0], value, found[1], _shown(toks, k, found[2]), _before(toks, k)))
            continue
        to = next((j for j in range(k - 1, max(-1, k - 6), -1) if toks[j].low == "to"), None)  # "to 26 percent from"
        found = _figure(toks, to + 1) if to is not None else None
        if found is not None and found[2] == k and (found[0] == unit or not unit or not found[0]):
            out.append((unit or found[0], value, found[1], _shown(toks, to, end), _before(toks, to)))
    return tuple(out)


def change_conflict(a: tuple[Change, ...], b: tuple[Change, ...]) -> tuple[str, str] | None:
    """(what a says, what b says) when a change in one starts where the other's does and ends elsewhere, or the
    reverse, and a word before each is the same (what changed: not "Unemployment fell from 5.2% to 4.9%" / "Inflation
    eased to 3.1% from 5.2%")."""
    for unit, start, end, shown, before in a:
        for unit_b, start_b, end_b, shown_b, before_b in b:
            if unit == unit_b and (start == start_b) != (end == end_b) and before & before_b:
                return shown, shown_b
    return None


def _before(toks: list[Tok], k: int) -> frozenset[str]:
    """The words of the clause before a change at ``k`` (what changed: "VAT would rise", "the duty on bourbon")."""
    out = set()
    for t in reversed(toks[max(0, k - _CLAUSE) : k]):
        if t.is_break:
            break
        if t.is_word and len(t.low) > 2 and t.low not in _UNIT_WORDS:
            out.add(t.low)
    return frozenset(out)


_CLAUSE = 12  # words read back


def versions_changed_otherwise(a: Any, b: Any) -> tuple[str, str] | None:
    """``change_conflict`` of two versions (``conflicts.Version``) that give two numbers or more each."""
    if len(a.numbers) < 2 or len(b.numbers) < 2:
        return None
    return change_conflict(a.polarity.kept("changes", _changes_of), b.polarity.kept("changes", _changes_of))


def _changes_of(p: Any) -> tuple[Change, ...]:
    return changes(p.toks)


def _figure(toks: list[Tok], k: int) -> tuple[str, float, int] | None:
    """(unit, value as written, index after it) of the figure at ``k``: a sign before the number, "%" or "percent"
    after it."""
    sign = ""
    if k < len(toks) and toks[k].low in _SIGNS:
        sign, k = toks[k].low, k + 1
    if k >= len(toks):
        return None
    found = number_at(toks, k)
    if found is None or found[0] != found[1] and not _plain(found[3]):
        return None
    end = found[2]
    value = float(found[3].replace(",", "")) if _plain(found[3]) else found[0]
    if end < len(toks) and toks[end].low in _PERCENT:
        return "%", value, end + 1
    if end + 1 < len(toks) and toks[end].low == "per" and toks[end + 1].low == "cent":
        return "%", value, end + 2
    return sign, value, end


def _plain(shown: str) -> bool:
    """Whether a number is written in digits alone ("5.5", "1,200")."""
    return shown.replace(",", "").replace(".", "", 1).isdigit()


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return " ".join(t.text for t in toks[start:end])


__all__ = ["Change", "change_conflict", "changes", "versions_changed_otherwise"]
