"""The same one selling in one version and buying in the other, the sentence told in other words: "The tech giant sold
its 10% stake in the chipmaker last week" / "Last week the technology giant bought a 10 percent stake in the
chipmaker". Buying and selling are one act told from its two sides, so the happenings keep them together; here
the doer tells them apart: the same one cannot have both sold and bought the same thing.

Each verb must be in the active with its object after it; the doers must share the last word of their noun phrase
("the tech giant" / "the technology giant"; not "the club" / "the club's owners"), and the things be the same one. A
pronoun doer is the one who says it ("Meridian Energy announced that it had bought"). One version that says both
("sold its stake and bought bonds") is not compared."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import after_be
from analyst_tui.core.conflicts.happening_words import FORMS
from analyst_tui.core.conflicts.happening_pairs import same_one
from analyst_tui.core.conflicts.befell import object_of, subject_of
from analyst_tui.core.conflicts.entities import caps_back
from analyst_tui.core.conflicts.polarity_words import PRONOUNS
from analyst_tui.core.conflicts.swaps import other_party
from analyst_tui.core.conflicts.tokens import Tok, joined, stem

_SIDES = frozenset(("sell", "acquire"))
WORDS = frozenset(w for w, (label, _) in FORMS.items() if label in _SIDES)  # (read only when both versions have one)
_Act = tuple[str, str, str, frozenset[str], str, tuple[frozenset[str], str]]  # (sell or acquire, the last word of its
# doer, the name before that word, what, the words shown, the other party's words after "to" or "from" and the words
# shown from the verb to them)


def converse_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the same one sells in one and buys the same thing in the other, or None; not
    when each names the other party in the same words (``converse_swapped``, a role)."""
    found = _converse(xs, ys)
    return found[:2] if found and not found[2] else None


def converse_swapped(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the same one sells a thing "to" a party in one version and buys it "from" the
    same party in the other: buyer and seller reversed ("The council sold the library building to a housing developer"
    / "The council bought the library building from a housing developer"), or None."""
    found = _converse(xs, ys)
    return found[:2] if found and found[2] else None


def _converse(xs: list[Tok], ys: list[Tok]) -> tuple[str, str, bool] | None:
    if _party_named(xs) and _party_named(ys):
        return None  # each names the other party: who sold to whom (``swaps``, a role)
    ax, ay = _acts(xs), _acts(ys)
    for lx, head_x, name_x, thing_x, shown_x, party_x in ax:
        for ly, head_y, name_y, thing_y, shown_y, party_y in ay:
            if lx == ly or not same_one(thing_x, thing_y):
                continue
            if head_x != head_y or _named_apart(name_x, name_y):
                continue  # (not the buyer and the seller: "Kestrel sold its stake" / "Orion bought Kestrel's stake",
                # "Arden Zoo has sold" / "Millbrook Zoo has bought")
            if any(l2 == ly for l2, *_ in ax) or any(l2 == lx for l2, *_ in ay):
                return None
            if party_x[0] & party_y[0]:
                return party_x[1], party_y[1], True  # ("sold the painting to a man" / "bought the painting from a man")
            return shown_x, shown_y, False
    return None


def _party_named(toks: list[Tok]) -> bool:
    """Whether a selling or buying of the version names the other party ("sold the tower to rival Pearl River
    Resorts", ``swaps.other_party``)."""
    return any(t.low in WORDS and other_party(toks, k + 1) is not None for k, t in enumerate(toks))


def _acts(toks: list[Tok]) -> list[_Act]:
    out: list[_Act] = []
    for k, t in enumerate(toks):
        found = FORMS.get(t.low) if t.low in WORDS else None
        if found is None or after_be(toks, k) or k + 1 >= len(toks) or toks[k + 1].is_break:
            continue
        doer, thing = subject_of(toks, k), object_of(toks, k)
        j = k - 1
        while j > 0 and toks[j].low in _HAVE:
            j -= 1
        if doer <= PRONOUNS and toks[j].low in PRONOUNS:
            doer, k_doer = _speaker(toks, k)  # "Meridian Energy announced that it had bought a stake"
        else:
            k_doer = k
        if not doer or not thing or doer <= PRONOUNS:
            continue
        at = next((j for j in range(k_doer - 1, -1, -1) if stem(toks[j].low) in doer), k)
        run = caps_back(toks, at) if toks[at].cap else None  # ("Arden Zoo")
        name = run[0].rpartition(" ")[0] if run else ""
        out.append((found[0], stem(toks[at].low), name, thing, joined(toks[at : k + 4]), _party(
            toks, k, "to" if found[0] == "sell" else "from")))  # (the party a seller sold "to", a buyer bought "from")
    return out


def _party(toks: list[Tok], k: int, word: str) -> tuple[frozenset[str], str]:
    """The words of the party after the first "to" (of a seller) or "from" (of a buyer) in the clause of ``k``, up
    to the next preposition ("to a housing developer for £1.1m": "housing", "developer"), and the words from the verb
    to them."""
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].is_break:
            break
        if toks[j].low == word:
            out, end = [], j + 1
            for end, t in enumerate(toks[j + 1 : j + 6], j + 1):
                if not t.is_word or t.low in _BOUNDS:
                    break
                if t.low not in _ARTICLES:
                    out.append(stem(t.low))
            else:
                end = min(len(toks), j + 6)
            return frozenset(out), joined(toks[k:end])
    return frozenset(), ""


_ARTICLES = frozenset("a an the".split())
_BOUNDS = frozenset("for in at on of with by after before and".split())


def _named_apart(x: str, y: str) -> bool:
    """Whether two doers that end in the same word have other names before it ("Arden Zoo" / "Millbrook Zoo")."""
    return bool(x and y and x != y)


def _speaker(toks: list[Tok], k: int) -> tuple[frozenset[str], int]:
    """The one who says what a pronoun before ``k`` did, as the subject of "said that" or "announced that" before it
    ("Meridian Energy announced on Thursday that it had bought"), or of "said" just before it, and where its verb
    stands; else nothing."""
    for j in range(k - 1, max(0, k - 6), -1):
        if toks[j].low == "that" and any(toks[m].low in _SAYS for m in range(max(0, j - 4), j)):
            m = next(m for m in range(j - 1, max(-1, j - 5), -1) if toks[m].low in _SAYS)
            return subject_of(toks, m), m
    for m in range(k - 1, max(-1, k - 7), -1):  # "The carmaker said on Tuesday it had bought": no "that"
        if toks[m].is_break:
            break
        if toks[m].low in _SAYS:
            return subject_of(toks, m), m
    return frozenset(), k


_HAVE = frozenset("has have had".split())
_SAYS = frozenset("said says announced confirmed revealed disclosed stated".split())


__all__ = ["WORDS", "converse_conflict", "converse_swapped"]
