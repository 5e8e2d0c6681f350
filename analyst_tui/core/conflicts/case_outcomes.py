"""A case thrown out in one version and sent to trial in the other: "A Seoul court dismissed the embezzlement case
against the shipping heir" / "The embezzlement case against the shipping heir was sent to trial by a Seoul court",
"Prosecutors dropped the case against the confectioner" / "A court fined the confectioner".

Read last, when no other check found anything. One version says a case, a lawsuit or the charges were dismissed,
dropped or thrown out; the other that one was sent, committed or ordered to trial, will stand trial, was indicted, or
was fined, convicted or sentenced in it, or that a judge ruled in its favour or allowed it to go to trial or proceed, or
that one won it ("Ross dropped her lawsuit" / "Ross won her lawsuit").
The two share most of their words (three or more, two in five of each) and name no one the other does not; neither
says both."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import unsaid
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import sides_told_apart
from analyst_tui.core.textnorm import stem as family

_ENDED = frozenset("dismissed dismisses dropped drops threw throws thrown quashed quashes".split())
_CASES = frozenset("case cases charges charge prosecution indictment proceedings lawsuit lawsuits suit action".split())
_GOES_ON = frozenset("sent committed ordered".split())  # (to trial)
_DECIDED = frozenset("indicted fined convicted sentenced".split())
_PLEADED = frozenset("pleaded pleads".split())
_WORDS = frozenset(family(w) for w in """dismissed dropped threw thrown quashed out sent committed ordered trial stand
    indicted fined convicted sentenced ruled favour favor allowed proceed go won wins""".split())  # (the words that
# differ)
_FAVOUR = frozenset(("favour", "favor"))
_WON = frozenset(("won", "wins"))


def case_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when a case ended in one and went on in the other, else None."""
    if not (_ENDED & a.words() or _ENDED & b.words()):
        return None  # (read first: most pairs stop here)
    return sides_told_apart(a, b, ("case ended", _ended), ("case goes on", _goes_on), _WORDS)  # (not "the fraud
    # charge was dropped and he was convicted of theft": both)


def _ended(p: Polarity) -> str:
    """The words that say a case was dismissed, dropped or thrown out, or ""."""
    toks = p.toks
    for k, t in enumerate(toks):
        if t.low not in _ENDED or unsaid(toks, k):
            continue
        after = next((j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low in _CASES), None)
        before = next((j for j in range(k - 1, max(-1, k - 15), -1) if toks[j].low in _CASES), None)  # ("Charges
        # against the man accused of starting the fire were dropped")
        if after is not None and not any(x.is_break for x in toks[k:after]):
            return " ".join(x.text for x in toks[k : after + 1])  # "dismissed the embezzlement case"
        if before is not None and not any(x.is_break for x in toks[before:k]):
            return " ".join(x.text for x in (toks[before], *toks[k - 1 : k + 1]))  # "Charges were dropped"
    return ""


def _goes_on(p: Polarity) -> str:
    """The words that say a case goes to trial or was decided against one, or ""."""
    toks = p.toks
    if not (_GOES_ON | _DECIDED | _PLEADED | _WON | {"stand", "ruled", "allowed"}) & p.words():
        return ""
    for k, t in enumerate(toks):
        after = [x.low for x in toks[k + 1 : k + 4]]
        if t.low == "ruled" and after[:1] == ["in"] and after[1:] and after[1] in _FAVOUR or t.low == "allowed" and any(
                [x.low for x in toks[j : j + 2]] in (["to", "go"], ["to", "proceed"]) for j in range(k + 1, min(
                    len(toks), k + 20))):
            return " ".join(x.text for x in toks[k : k + 4])  # "ruled in favour of", "allowed the class action to go"
        if t.low in _WON and any(x.low in _CASES for x in toks[k + 1 : k + 4]) and not unsaid(toks, k):
            return " ".join(x.text for x in toks[k : k + 3])  # "won her lawsuit": decided, in her favour
        if t.low not in _GOES_ON and t.low not in _DECIDED and t.low not in _PLEADED and t.low != "stand" or unsaid(
                toks, k):
            continue
        if t.low in _GOES_ON and after[:2] in (["to", "trial"], ["for", "trial"]) or t.low == "stand" and after[:1] == [
                "trial"]:
            return " ".join(x.text for x in toks[k : k + 3])
        if t.low in _DECIDED and k and toks[k - 1].low not in ("a", "an", "the") or t.low in _PLEADED and after[:1] == [
                "guilty"]:
            return " ".join(x.text for x in toks[k : k + 1 + (t.low in _PLEADED)])  # ("fined", "pleaded guilty")
    return ""


__all__ = ["case_conflict"]
