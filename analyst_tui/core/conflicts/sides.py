"""The other side of a dispute named in the same place, every other word kept: "The union's lawyers asked the
tribunal for an adjournment" / "The company's lawyers asked ...", "the defendant's mother told the jury" / "the
victim's mother told the jury", "the pathologist called by the prosecution" / "... called by the defence".

Each line of ``persons.SIDES`` is one side, or one group of people named by what they do (its words are one party: "the
company" / "the employer", "police" / "officers"); a word of another line in the same place, before "'s", after "by
the" or "for the", or opening the sentence before its verb ("The defence asked the judge" / "The prosecution asked
the judge", "Firefighters broke down the door" / "Police broke down the door"), names another party, also with the
one who speaks for it ("the defence lawyer"). ``doers`` reads these parties in either voice ("Volunteers rescued a
stranded whale" / "A stranded whale was rescued by coastguards")."""

from __future__ import annotations

from analyst_tui.core.conflicts.persons import SIDES as _SIDES
from analyst_tui.core.conflicts.reversal import BE, active_verb
from analyst_tui.core.conflicts.tokens import Tok, joined

_BEFORE = frozenset(("by", "for"))  # "called by the prosecution", "appearing for the defence"
_DOES = BE | frozenset("has have had will would".split())
_SAY = frozenset("said says told tells stated added noted".split())


def side_conflict(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the two differ only in the side of a dispute named in one place (``p``,
    ``s``: as ``offices.office_conflict``'s)."""
    wx, wy = xs[p : len(xs) - s], ys[p : len(ys) - s]
    if not (_one_side(wx) and _one_side(wy)):
        return None
    x, y = xs[p], ys[p]
    side_x, side_y = _SIDES.get(x.low), _SIDES.get(y.low)
    if side_x is None or side_y is None or side_x == side_y or (x.cap or y.cap) and p > 0:
        return None  # (a name in capitals is another matter: "the Crown Prosecution Service")
    after = xs[p + len(wx)].low if p + len(wx) < len(xs) else ""
    opens = (p == 1 and xs[0].low == "the" or p == 0) and p + len(wx) + 1 < len(xs) and (
        after in _DOES or active_verb(xs, p + len(wx))) and (
        after not in _SAY)  # (who said it is not what was done: "The police said" / "The protesters said";
    # "Firefighters broke down the door" / "Police broke down the door")
    if not (after == "'s" or opens or p > 1 and xs[p - 1].low == "the" and xs[p - 2].low in _BEFORE or (
            after in _MEMBERS)):  # ("sent off the home captain" / "the away captain")
        return None  # ("The defence asked the judge" / "The prosecution asked the judge")
    return _shown(xs, p), _shown(ys, p)


def _one_side(words: list[Tok]) -> bool:
    """A side's word, alone or before the one who speaks for it ("the prosecutor" / "the defence lawyer") or "side"
    ("the home side")."""
    return len(words) == 1 or len(words) == 2 and (words[1].low in _AGENTS or words[1].low in ("side", "team"))


_MEMBERS = frozenset("""captain manager coach player players goalkeeper keeper fans supporters striker defender side
    team""".split())  # one of a side, after the side's word
_AGENTS = frozenset("lawyer lawyers counsel team barrister barristers attorney attorneys solicitor solicitors".split())


def _shown(toks: list[Tok], k: int) -> str:
    return joined(toks[max(0, k - 3) : min(len(toks), k + 4)])


__all__ = ["side_conflict"]
