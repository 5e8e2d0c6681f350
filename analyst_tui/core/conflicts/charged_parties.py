"""Who is charged with harming whom, the other way round: "Prosecutors charged Dana Welch with assaulting Mark Obi" /
"Mark Obi has been charged with assaulting Dana Welch", "Landlord Peter Marsh has been charged with assaulting his
tenant" / "Tenant Anil Gupta is charged with assaulting his landlord, Peter Marsh", "A patient has been charged with
assaulting nurse Helen Cray" / "Prosecutors have charged nurse Helen Cray with assaulting a patient".

A version gives both when one is charged, accused, convicted or suspected of doing something ("-ing", or "the murder
of") to someone, or sent off or shown a red card for it ("was sent off for fouling Pedro Alves"):
the one charged is the subject before the verb, up to a word of place ("A patient at Rosewood Hospital": the
patient), or the one between "charged" and "with"; the one harmed the words after the act, up to a comma or a word
of place. Two versions differ when they charge the same act and the one charged in each shares a word with the
one harmed in the other, and the two charged share none. A family by sex is ``kin_charges``."""

from __future__ import annotations

from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.tokens import Tok
from analyst_tui.core.conflicts.shared_words import same_sense
from analyst_tui.core.textnorm import stem as family

WORDS = frozenset("charged accused convicted suspected sent card".split())  # (read only with one)
_LINKS = frozenset(("with", "of"))
_SENT_OFF = frozenset(("sent", "card"))
_SHOWN = frozenset("shown given received".split())  # ("was shown a straight red card")
_FOR = frozenset(("for",))
_OFFENCES = frozenset("murder killing assault rape manslaughter foul tackle attack stabbing".split())
_BE = BE | frozenset(("has", "have", "had"))
_LITTLE = frozenset("a an the his her their its year old aged".split())  # (an age is no name: "a 78-year-old")
_PLACE = frozenset("at in on outside inside near during after before over from of by for to while when".split())
_SAYING = frozenset("said says say told that".split())  # "Police said Mark Obi has been charged"
_MOST = 6  # words of one party


def charged_parties(toks: list[Tok]) -> tuple[str, frozenset[str], frozenset[str], str] | None:
    """(the act's family, the words of the one charged, the words of the one harmed, the words shown), if given."""
    n = len(toks)
    for v, t in enumerate(toks):
        if t.low not in WORDS:
            continue
        links, verb = _LINKS, v
        if t.low in _SENT_OFF:  # "was sent off for", "was shown a red card for": the one sent off offended
            if t.low == "sent" and not (v + 1 < n and toks[v + 1].low == "off"):
                continue
            verb = next((j for j in range(v - 1, max(-1, v - 5), -1) if toks[j].low in _SHOWN), v)
            links = _FOR
        w = next((j for j in range(v + 1, min(n, v + 2 + 2 * _MOST)) if toks[j].low in links or toks[j].is_break),
                 None)
        if w is None or toks[w].low not in links:
            continue
        found = _act(toks, w + 1)
        if found is None:
            continue
        act, g = found
        harmed = _party(toks, g, n, aside=True)
        named = v + 1 if links is _LINKS else v + 2 if t.low == "sent" else w  # (one named after the verb: "charged
        # Dana Welch with", "sent off captain Leo Marsh for")
        charged = _party(toks, named, w) if w > named else frozenset()
        if not charged:  # (the subject; "was sent off in the 80th minute for": nothing named after the verb)
            charged, named = _subject(toks, verb), w
        if charged and harmed:
            start = named if w > named else max(0, verb - 4)
            shown = " ".join(x.text for x in toks[start : min(n, g + 3)])
            return act, charged, harmed, shown.rstrip(" ,")
    return None


def _act(toks: list[Tok], g: int) -> tuple[str, int] | None:
    """(the act's family, where the one harmed starts) of "assaulting Mark Obi" or "(the) murder of Dean Holt"."""
    n = len(toks)
    if g < n and toks[g].low.endswith("ing") and len(toks[g].low) >= 6:
        return same_sense(family(toks[g].low)), g + 1
    if g < n and toks[g].low in ("a", "an", "the"):
        g += 1
    if g + 1 < n and toks[g].low in _OFFENCES and toks[g + 1].low in ("of", "on", "against"):
        return same_sense(family(toks[g].low)), g + 2
    return None


def _party(toks: list[Tok], start: int, end: int, aside: bool = False) -> frozenset[str]:
    """The words of a party from ``start``, up to a comma or a word of place (at most ``_MOST``); with ``aside``, the
    name set off after its comma too ("his neighbour, retired judge Ilse Marr")."""
    out: list[str] = []
    for k in range(start, min(end, start + 2 * _MOST)):  # (an age's figure and hyphens are no words of it)
        t = toks[k]
        if len(out) >= _MOST:
            break
        if t.low == "," and aside and out:
            named = []
            for x in toks[k + 1 : k + 1 + _MOST]:
                if x.is_break or x.low in _PLACE:
                    break
                named.append(x)
            if named and named[-1].cap:
                out.extend(x.low for x in named if x.is_word and x.low not in _LITTLE)
            break
        if t.is_break or t.low in _PLACE:
            break
        if t.is_word and t.low not in _LITTLE:
            out.append(t.low)
    return frozenset(out)


def _subject(toks: list[Tok], v: int) -> frozenset[str]:
    """The subject before "charged" (past "has been", "is"): from where its clause starts up to a word of place."""
    j = v - 1
    while j >= 0 and toks[j].low in _BE:
        j -= 1
    start = j
    while start > 0 and j - start < _MOST and not toks[start - 1].is_break and toks[start - 1].low not in _SAYING:
        start -= 1
    return _party(toks, start, j + 1)


def charged_conflict(a: list[Tok], b: list[Tok]) -> tuple[str, str] | None:
    """(what a says, what b says) when the one charged in each is the one harmed in the other."""
    x, y = charged_parties(a), charged_parties(b)
    if x is None or y is None or x[0] != y[0]:
        return None
    if x[1] & y[2] and x[2] & y[1] and not x[1] & y[1]:
        return x[3], y[3]
    return None


__all__ = ["WORDS", "charged_conflict", "charged_parties"]
