"""A thing one version says was ruled out and the other states: "Iron Lanterns have ruled out a reunion tour next
summer" / "Iron Lanterns confirmed they will reunite for a stadium tour next summer", "A papal visit to Korrin this
autumn has been ruled out" / "the pope will visit Korrin in the autumn", "ruled out a windfall tax on energy
companies" / "Energy companies will face a windfall tax".

Read last, as ``negation_restated``: one version rules out one thing (the words after "ruled out", or its subject
when the thing "has been ruled out") and negates nothing else; the other states plainly, says most of the thing's
words (and the first word after "ruled out", by its first four letters or a word that states it, "arson" /
"deliberately") and most of the first version's content words (``say_most_alike``, but "ruled" and "out"; a quarter
when it says all of the thing's words), and neither names someone the other does not. The thing ruled out is two words
or more, or an act of one ("has ruled out reopening it"). Calls rejected are read so too: "rejected calls to build a
desalination plant" / "will build a new desalination plant"."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import clause_end, phrase
from analyst_tui.core.conflicts.negation_restated import MIN_SHARE, MIN_SHARED, states_plainly
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.shared_words import names_apart, same_sense, say_most_alike
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.textnorm import stem as family

_RULED = frozenset("ruled rules rule ruling".split())
_REJECTED = frozenset("rejected rejects rejecting dismissed dismisses resisted resists".split())
_CALLS = frozenset("calls call demands demand".split())
_SAID = frozenset(family(w) for w in ("ruled", "out", "rejected", "calls", "demands", "dismissed", "resisted"))
_MOST = 8  # words of the thing ruled out
# When the other says every word of the thing ruled out, less of the rest need be shared ("has ruled out reopening it"
# / "will reopen the pit next month": the mine told of in other words).
_WHOLE_SHARED = 3
_WHOLE_SHARE = 0.25
_LEAD_IN = frozenset("the any possibility suggestion suggestions idea prospect that".split())
_STATED_BY = {"arson": ("deliberately", "deliberate")}  # ("ruled out arson" / "was started deliberately")


def _ruled_out(p: Polarity) -> tuple[frozenset[str], str, str] | None:
    """(the word families of the one thing ruled out, the words shown, the first word after "ruled out" or ""), or
    None."""
    toks = p.toks
    found = [(k, 2) for k in range(len(toks) - 1) if toks[k].low in _RULED and toks[k + 1].low == "out"] + [
        (k, 3) for k in range(len(toks) - 2) if toks[k].low in _REJECTED and toks[k + 1].low in _CALLS and toks[
            k + 2].low in ("to", "for")]  # "rejected calls to build a desalination plant": what is called for, refused
    if len(found) != 1 or p.denied is not None or any(not found[0][0] < c.at <= found[0][0] + 3 for c in p.negated):
        return None  # (nothing negated but what is ruled out: "ruled out a reunion tour")
    k, n = found[0]
    if n == 2 and k and toks[k - 1].low in BE:  # "A papal visit to Korrin this autumn has been ruled out"
        start = k - 1
        while start > 0 and not toks[start - 1].is_break and k - start < _MOST + 3:
            start -= 1
        words = _words(toks[start:k])
        shown, first = phrase(toks, start, k + 2), ""
    else:  # "have ruled out a reunion tour next summer"
        start = k + n
        while start + 1 < len(toks) and toks[start].low in _LEAD_IN:
            start += 1  # what the possibility is of: "ruled out the possibility that the escapees were armed"
        end = clause_end(toks, start, _MOST + n - 1) if start > k + n else clause_end(toks, k + 1, _MOST + n - 1)
        words = _words(toks[start:end])
        shown = phrase(toks, k, end)
        first = next((t.low for t in toks[start:end] if t.is_word and t.low not in FILLER), "")
    return (words, shown, first) if len(words) >= 2 or first.endswith("ing") and len(first) > 5 else None


def _words(toks: list[Tok]) -> frozenset[str]:
    return frozenset(same_sense(family(t.low)) for t in toks if t.is_word and len(t.low) > 2 and (
        t.low not in FILLER and t.low not in BE))


def ruled_out_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one rules out what the other states, else None."""
    for neg, pos in ((a, b), (b, a)):
        found = neg.kept("ruled out", _ruled_out)
        if found is None or not (pos.kept("states plainly", states_plainly) or states_plainly(pos, found[0])):
            continue  # (a word that negates by its sense may be what is ruled out: "would be barred" / "ruled out
            # barring")
        thing, shown, first = found
        stated = frozenset(same_sense(w) for w in pos.stems())
        if any(t.low in _STATED_BY.get(first, ()) for t in pos.toks):
            stated |= {same_sense(family(first))}
        whole = thing <= stated
        if 2 * len(thing & stated) < len(thing) or not say_most_alike(
                neg, pos, _WHOLE_SHARED if whole else MIN_SHARED, _WHOLE_SHARE if whole else MIN_SHARE, _SAID) or (
                names_apart(neg.toks, pos.toks)):
            continue
        if first and same_sense(family(first)) not in stated and not any(t.low[:4] == first[:4] for t in pos.toks):
            continue  # what was ruled out is not what the other states: "ruled out arson as the cause" / "caused by
            # an electrical fault" ("a reunion tour" / "will reunite")
        said = f'"{phrase(pos.toks, 0, clause_end(pos.toks, 0, 12))}"'
        return (f'"{shown}"', said) if neg is a else (said, f'"{shown}"')
    return None


__all__ = ["ruled_out_conflict"]
