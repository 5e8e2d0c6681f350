"""Opposite directions of one measure in versions told in other words: "Northbay Credit Union's profits increased in
the third quarter" / "Northbay Credit Union reported a drop in third-quarter profits", "Mortgage approvals in Westland
climbed to a two-year high" / "mortgage approvals in Westland sank to a two-year low", "Glacier Lenna advanced for the
third consecutive year" / "Glacier Lenna retreated for a third straight year".

Read last, when no other check found anything (``told_anew``), and flagged as an event, as "shares rose" / "shares
fell" are. Each version moves one way only (a verb, or a noun
after an article or before "in": "a drop in profits"), the two versions opposite ways; what moves (the words just
before the verb, or after the noun's "in") is named in the other version too; the two share most of their words,
neither negates anything, and neither names someone the other does not. Two moves in one version ("sales rose
while profits fell") are not compared; a pace ("growth slowed") is not a direction, but for the rate of inflation
("inflation eased", "inflation accelerated"), nor is a move against something else ("the pound rose against the
dollar" / "the dollar fell against the pound").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.polarity_words import FILLER, NEGATORS
from analyst_tui.core.conflicts.shared_words import content_words, names_apart, say_most_alike
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined
from analyst_tui.core.textnorm import stem as family

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.5  # of each version's

_UP = frozenset("""rose rise rises risen rising increased increase increases increasing climbed climb climbs climbing
    grew grow grows growing jumped jump jumps surged surge surges soared soar soars gained gain gains advanced
    advances growth expanded expands widened widens broadened broadens rallied rallies strengthened
    strengthens""".split())  # fmt: skip
_DOWN = frozenset("""fell fall falls falling fallen dropped drop drops dropping declined decline declines declining
    decreased decrease decreases sank sink sinks slid slide slides slumped slump slumps tumbled tumble shrank shrink
    shrinks retreated retreat retreats narrowed narrows weakened weakens eased eases""".split())  # fmt: skip
_GO = frozenset("went go goes gone going".split())
_PACE = {**dict.fromkeys("eased slowed cooled moderated".split(), -1),
         **dict.fromkeys("accelerated quickened".split(), 1)}  # (of inflation)
_CUT = frozenset("cut reduced lowered slashed".split())  # (in the passive only: "fares will be cut")
_RAISED = frozenset("raised hiked".split())
_REPORTED = frozenset("reported reports posted posts announced announces saw sees recorded records".split())
_REPORTED_AS = {"higher": 1, "increased": 1, "lower": -1, "reduced": -1}
_NOUNS = frozenset("rise increase growth jump surge gain drop decline decrease fall slump slide".split())
_BEFORE_NOUN = frozenset("a an the its their year-on-year sharp steep further".split())
_COMPARED = frozenset("against versus than relative compared".split())
_NOT_BEFORE_VERB = frozenset("in the of a at on".split())
_LITTLE = frozenset("the a an its their his her of in to for at by on and amid ever while as".split())


def moves(toks: list[Tok]) -> tuple[int, frozenset[str], str] | None:
    """(+1 or -1, what moves (word families), the words shown) when the version moves one way only, else None."""
    found: list[tuple[int, frozenset[str], str]] = []
    for k, t in enumerate(toks):
        low = t.low
        if low in _REPORTED_AS and k and toks[k - 1].low in _REPORTED and k + 1 < len(toks) and toks[k + 1].is_word:
            found.append((_REPORTED_AS[low], _words(toks[k + 1 : k + 4]), joined(toks[k - 1 : k + 5])))
            continue  # "reported higher third-quarter profits"
        if low in _GO and k + 1 < len(toks) and toks[k + 1].low in ("up", "down") and k and toks[k - 1].is_word:
            way = 1 if toks[k + 1].low == "up" else -1  # "prices went up", "fares will go down"
        elif (low in _CUT or low in _RAISED) and k and toks[k - 1].low in BE:
            way = 1 if low in _RAISED else -1  # "fares will be cut", "were raised"
        elif low in _PACE and any(x.low == "inflation" for x in toks[max(0, k - 6) : k]):
            way = _PACE[low]  # "inflation eased in May" / "inflation rose": the rate moved down, or up
        elif low not in _UP and low not in _DOWN:
            continue
        else:
            way = 1 if low in _UP else -1
        before = toks[k - 1].low if k else ""
        after = toks[k + 1] if k + 1 < len(toks) else None
        adjective = low.endswith("ing") and before not in BE and after is not None and after.is_word and (
            after.low not in _LITTLE)  # ("climbing accidents"; not "after falling 2%")
        if before == "-" and low not in _NOUNS or adjective or (
                low.endswith("s") and low not in _NOUNS and before in _NOT_BEFORE_VERB):
            continue  # an adjective ("ever-falling interest rates", "climbing accidents") or a noun ("in Mt Cook falls")
        if low in _NOUNS and k and (toks[k - 1].low in _BEFORE_NOUN or "-" in (toks[k - 1].low, toks[k - 2].low)) or (
                low in _NOUNS and k + 1 < len(toks) and toks[k + 1].low == "in"):
            j = k + 1
            if j < len(toks) and toks[j].low == "in":
                j += 1
            what = _words(toks[j : j + 4])  # ("a drop in third-quarter profits")
        elif low == "growth":
            continue  # (a noun only: "a growth in sales")
        else:
            start = k - 1
            while start >= 0 and not toks[start].is_break and toks[start].low not in CLAUSE_WORDS and (
                    k - start <= 4 or k - start <= 6 and not toks[start].is_number):
                start -= 1  # ("prices paid to dairy farmers went up"; not past "while" or a number)
            what = _words(toks[start + 1 : k])  # ("profits increased", "mortgage approvals in Westland climbed")
        if what:
            found.append((way, what, " ".join(x.text for x in toks[max(0, k - 3) : k + 2])))
    if not found or len({f[0] for f in found}) != 1:
        return None
    return found[0][0], frozenset().union(*(f[1] for f in found)), found[0][2]


def _against_another(toks: list[Tok]) -> bool:
    """Whether the version compares with something else than an earlier time ("rose against the dollar"; not
    "increased compared with last year")."""
    return any(t.low in _COMPARED and _EARLIER.isdisjoint(x.low for x in toks[k + 1 : k + 5]) for k, t in enumerate(
        toks))


_EARLIER = frozenset("last year period earlier ago previous quarter month before".split())


def _words(toks: list[Tok]) -> frozenset[str]:
    out = []
    for t in toks:
        if t.is_break:
            break
        if t.is_word and len(t.low) > 2 and t.low not in _LITTLE and t.low not in FILLER:
            out.append(family(t.low))
    return frozenset(out)


def _moves(p: Polarity) -> tuple[int, frozenset[str], str] | None:
    return None if p.words().isdisjoint(_MOVING) else moves(p.toks)


_MOVING = _UP | _DOWN | _GO | frozenset(_PACE) | _CUT | _RAISED | frozenset(_REPORTED_AS)  # (``moves`` reads these)


def direction_conflict(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when the two move one measure opposite ways, else None."""
    x = a.kept("moves", _moves)
    if x is None:
        return None  # (the other's is read only then)
    y = b.kept("moves", _moves)
    if y is None or x[0] == y[0]:
        return None
    if a.negated or b.negated or not (NEGATORS.isdisjoint(a.words()) and NEGATORS.isdisjoint(b.words())):
        return None
    if _against_another(a.toks) or _against_another(b.toks):
        return None  # one move told from each side: "The pound rose against the dollar" / "The dollar fell against ..."
    if ("yields" in a.words() or "yield" in a.words()) != ("yields" in b.words() or "yield" in b.words()):
        return None  # a bond's price and its yield move the other way ("bond prices rose" / "bond yields fell")
    if not (x[1] & content_words(b) and y[1] & content_words(a)):
        return None
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE) or names_apart(a.toks, b.toks):
        return None
    return f'"{x[2]}"', f'"{y[2]}"'


__all__ = ["direction_conflict", "moves"]
