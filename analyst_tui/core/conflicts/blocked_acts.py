"""An act done in one version and blocked in the other: "Hacker Jamie Rourke was extradited to the United States on
Monday" / "A British court blocked the extradition of hacker Jamie Rourke to the US on Monday", "The family was
deported to Albania" / "A judge halted the family's deportation to Albania".

Read last, when no other check found anything. One version states a verb ("was extradited"); the other says that a
court or an authority blocked, halted, stopped, stayed or suspended the act named by a noun of the same word family
("the extradition"). The two share most of their words (three or more, two in five of each) and name no one the other
does not; neither says both."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import names_apart, say_most_alike
from analyst_tui.core.textnorm import stem as family

_BLOCKED = frozenset("""blocked blocks blocking halted halts halting stopped stops stopping stayed stays suspended
    suspends barred bars prevented prevents""".split())
_LESS = frozenset(family(w) for w in _BLOCKED)  # (the words that differ)
_DETERMINERS = frozenset("the a an his her their its".split())
_ACTS = frozenset(family(w) for w in "extradition deportation eviction execution demolition expulsion".split())


def blocked_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one did what the other says was blocked, else None."""
    if not (_BLOCKED & a.words() or _BLOCKED & b.words()):
        return None  # (read first: most pairs stop here)
    for x, y, flip in ((a, b, False), (b, a, True)):
        found = y.kept("blocked", _blocked)
        if found is None:
            continue
        act, shown = found
        done = next((k for k, t in enumerate(x.toks) if t.is_word and t.low.endswith("ed") and family(
            t.low) == act and not unsaid(x.toks, k)), None)
        if done is None or x.kept("blocked", _blocked) is not None or any(
                family(t.low) == act and t.low.endswith("ed") and not unsaid(y.toks, k) for k, t in enumerate(y.toks)):
            continue  # (one that says both)
        if not say_most_alike(a, b, 3, 0.4, _LESS | {act}) or names_apart(a.toks, b.toks):
            return None
        said = x.toks[done - 1].text + " " + x.toks[done].text if done and x.toks[done - 1].low in (
            "was", "were", "been", "is", "be") else x.toks[done].text
        return (f'"{said}"', f'"{shown}"') if not flip else (f'"{shown}"', f'"{said}"')
    return None


def _blocked(p: Polarity) -> tuple[str, str] | None:
    """(the word family of the act blocked, the words shown), or None."""
    toks = p.toks
    for k, t in enumerate(toks):
        if t.low not in _BLOCKED or unsaid(toks, k):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 3 and (toks[j].low in _DETERMINERS or toks[j].low.endswith("'s") or (
                toks[j].low == "'s")):
            j += 1
        if j < len(toks) and family(toks[j].low) in _ACTS:
            return family(toks[j].low), " ".join(x.text for x in toks[k : j + 1])
    return None


__all__ = ["blocked_conflict"]
