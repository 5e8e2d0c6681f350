"""One version negates what the other states in other words: "the Z9 does not support satellite messaging" /
"its new Z9 phone supports satellite messaging", "the mine is not included in the plan" / "is part of the plan",
"has no plans to restart its Carnova service" / "will resume flights to Carnova".

Read last, when no other check found anything: the versions need not share the negated word, only most of what
they say. One version negates something (``polarity.Polarity.negated``) and the other nothing, and each states
most of the other's content words (by word family), four or more. Not when the stating version says it in words
that negate by their sense ("will remain open" / "will not be closed", "lost his bid" / "failed to hold his
seat", "escaped serious injury", "a missing boy was found safe"), when the negating one negates twice ("refused to
rule out", "raised no objection"), denies, or negates a degree ("did not cause major damage"), when the negation is
"without" ("touched down without incident" / "landed safely") or a plea ("pleaded not guilty" against a verdict),
nor when each version names someone the other does not.
"""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import Cue, clause_end, feared, phrase
from analyst_tui.core.conflicts.outcomes import other_side_said
from analyst_tui.core.conflicts.first_time import first_and_none
from analyst_tui.core.conflicts.parties_alike import offices_named_apart
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import (DEGREE, DENY, IMPLICIT, NEGATORS, PREFIXED, PRIVATIVE,
                                                       PRONOUNS)
from analyst_tui.core.conflicts.shared_words import (content_words, names_apart, periods_apart, same_sense,
                                                      say_most_alike)
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.textnorm import stem as family
from analyst_tui.core.wordforms import IRREGULAR_PAST

MIN_SHARED = 4  # content words both versions give
MIN_SHARE = 0.55  # of each version's content words, given by the other

# Words that negate by their sense: a version with one of these may say in other words what the other negates.
_SENSE = NEGATORS | IMPLICIT | DENY | frozenset(PREFIXED) | PRIVATIVE | frozenset("""lost lose loses losing escaped
    escape escapes survived survive survives remained remain remains stayed stay stays kept keep keeps left leave
    leaves against acquitted acquit acquits excluded exclude excludes removed lifted cancelled canceled scrapped dropped
    halted stopped ended abandoned miss misses missed safe only withdrew withdrawn postponed delayed banned barred
    blocked rejected vetoed opposed avoided avoid spared zero still unchanged flat steady stable safely absent unclear
    instead rather
    held holds hold off down halting halt halts stopping failure failing fail block blocks ban bans bar bars
    reject rejects veto vetoes oppose opposes cancel cancels scrap scraps drop drops abandon abandons withdraw
    withdraws postpone postpones delay delays remove removes lift lifts dispute disputes disputed doubt doubts
    doubted contest contests contested short shortfall drought cleared clears clear exonerated frozen freeze freezes
    froze skip skips skipped skipping dismiss closed shut defeated defeat defeats contained upheld uphold upholds
    upholding missing suspended suspend suspends normally normal usual unaffected""".split())  # fmt: skip
_PRONOUNS = frozenset(stem(w) for w in PRONOUNS)
_CUT = frozenset("cut cuts cutting".split())
_AFTER_PREDICATE = frozenset("""to at in on by for of with from after before and or but as than that when while because
    since despite during until""".split())  # ("was unarmed at the time", "is unlikely to")
_AGAINST = frozenset("""voted vote votes ruled rule rules decided decide decides advised advise advises argued argue
    argues warned warn warns out spoke speak speaks campaigned campaign lobbied came come comes went go goes stand
    stood stands turned turn recommended recommend recommends opted opt chose choose sided side""".split())
_SUPPLIES = frozenset("power electricity supply supplies water gas ties links access".split())
_RULED = frozenset("ruled rules rule ruling".split())
_NOT_UN = ("under", "until", "united", "union", "unit", "univers", "unique", "uniform", "unveil", "unless")
# Negations that state nothing the other version could state otherwise: "without" ("touched down without incident" /
# "landed safely"), nobody and nothing ("No one was hurt in the fire" / "The fire started while people were inside"),
# an open question ("yet to decide whether"), a plea ("pleaded not guilty") against a verdict.
_QUALIFIED = frozenset("without nobody none nothing whether further".split())
_PLEA = frozenset("plea pleas pleaded pleads plead pleading".split())
_NEGATIVE_NOUNS = frozenset("objection objections".split())  # "raised no objection": a negation negated
def _negates_by_sense(toks: list[Tok], k: int) -> bool:
    low = toks[k].low
    if low in _RULED:  # "ruled out arson", not "a jury ruled"
        return k + 1 < len(toks) and toks[k + 1].low == "out"
    if low == "against":  # "voted against", "advised against"; not "seek the death penalty against the gunman"
        return k > 0 and toks[k - 1].low in _AGAINST
    if low in ("pulled", "pulls", "pull"):  # "has pulled out of the summit"
        return k + 1 < len(toks) and toks[k + 1].low == "out"
    if low in _CUT:  # "cut off", "cut power to 40,000 homes"; not "will cut interest rates"
        return any(t.low == "off" or t.low in _SUPPLIES for t in toks[k + 1 : k + 4])
    return low in _SENSE or (len(low) >= 6 and low.startswith("un") and not low.startswith(_NOT_UN))


_FAULTS = frozenset(stem(w) for w in """malfunction malfunctioned fail failed collapse collapsed crash crashed leak
    leaked break broke breach breached overheat overheated violation violations irregularities wrongdoing
    flaw flaws""".split())  # ("found no violation of the constitution" / "the law is constitutional")


def _ruled_out(toks: list[Tok], k: int) -> bool:
    """Whether the negated word at ``k`` is what "ruled out" names ("ruled out arson", "ruled out a reunion tour")."""
    return any(toks[j].low == "out" and j and toks[j - 1].low in _RULED for j in range(max(0, k - 3), k))


def _pleas_apart(a: Polarity, b: Polarity) -> bool:
    """A plea in one version and not the other: "pleaded not guilty" is not against "was found guilty"."""
    return _PLEA.isdisjoint(a.words()) != _PLEA.isdisjoint(b.words())


def _negates_once(p: Polarity) -> bool:
    if not p.negated or p.denied is not None:
        return False
    lows = [t.low for t in p.toks]
    if not (_QUALIFIED.isdisjoint(lows) and DENY.isdisjoint(lows)) or "?" in lows or any(
            w == "no" and n == "one" for w, n in zip(lows, lows[1:])):
        return False
    if sum(1 for k, w in enumerate(lows) if _negates_by_sense(p.toks, k) and not _aside(p.toks, k) or (
            w in _NEGATIVE_NOUNS)) >= 2:
        return False
    return not any(c.obj & DEGREE for c in p.negated)


def _main_clause(toks: list[Tok], k: int) -> bool:
    """Whether the negated word at ``k`` is said in the sentence's own clause: not in a relative or subordinate clause
    ("who ran unsuccessfully", "which is illegal"), after a preposition ("penalties for not meeting the targets"), as
    an adverb ("have unsuccessfully tried") or before a noun ("an unidentified woman")."""
    if k < 0 or toks[k].low.endswith("ly") or k and toks[k - 1].low in ("a", "an", "the") and not (
            k > 1 and toks[k - 2].low in ("not", "n't") or k > 2 and toks[k - 2].low in _WHERE and toks[
                k - 3].low in ("not", "n't")):  # (but "was not an accident", "was not on the knife")
        return False
    if toks[k].low in PREFIXED and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap and (
            toks[k + 1].low not in _AFTER_PREDICATE):
        return False  # before a noun: "for alleged improper mutual fund trading"
    first = next((i for i in range(max(0, k - 4), k + 1) if toks[i].low in NEGATORS or toks[i].low in IMPLICIT), k)
    j = k - 1
    while j >= 0 and not toks[j].is_break:
        if toks[j].low in _SUBORDINATE and not (toks[j].low in _RELATIVE and _relative_ended(toks, j, first)):
            return False
        j -= 1
    return not (first and toks[first - 1].low in _PREPOSITIONS) or _plea(toks, first)


_WHERE = frozenset("on in at inside among".split())


def _plea(toks: list[Tok], first: int) -> bool:
    """Whether the negation at ``first`` is a plea entered ("entered a plea of not guilty": pleaded not guilty)."""
    return first > 1 and toks[first - 1].low == "of" and toks[first - 2].low in ("plea", "pleas")


def _relative_ended(toks: list[Tok], j: int, first: int) -> bool:
    """Whether the relative clause opened at ``j`` has ended before the negation at ``first``: a verb of its own, then
    the main clause's auxiliary before the negation ("Customers who bought the blenders will not be offered refunds";
    not "the man who was not armed")."""
    return first > 1 and toks[first - 1].low in _AUXILIARY and any(
        _verb(t.low) for t in toks[j + 1 : first - 1])


def _verb(low: str) -> bool:
    return low.endswith("ed") and len(low) > 4 or low in IRREGULAR_PAST or low in _AUXILIARY


_SUBORDINATE = frozenset("who which whose whom where while although though because if unless when".split())
_RELATIVE = frozenset("who which whose whom".split())
_AUXILIARY = frozenset("""will would can could did does do has have had is are was were shall should may might
    must""".split())
_PREPOSITIONS = frozenset("for of on by with about after before over into amid".split())  # ("is suing
# the label over unpaid royalties")


def _about_the_same(cue: Cue, pos: Polarity) -> bool:
    """Whether the other version states most of what is said around the negated word, and something of what follows
    it (not "their conditions were not available", "police did not have any suspects")."""
    obj = frozenset(same_sense(w) for w in cue.obj - _WHEN)
    around = frozenset(same_sense(w) for w in cue.subject) - _PRONOUNS | obj
    stems = pos.kept("senses", _senses)
    shared = len(around & stems)
    return shared >= max(2, len(around) / 2) and (bool(obj & stems) if obj else shared + (
        same_sense(cue.head) in stems) >= 3)  # (with the negated word's own: "Flights to Ruzhin will not restart")


_WHEN = frozenset(stem(w) for w in ("time", "moment", "planned", "scheduled"))  # "was unarmed at the time", "will
# not go ahead as planned"


def _senses(p: Polarity) -> frozenset[str]:
    """The version's word stems, two words for one thing as one ("had been drinking" / "had not consumed alcohol")."""
    return frozenset(same_sense(w) for w in p.stems())


def states_plainly(p: Polarity, but: frozenset[str] = frozenset()) -> bool:
    """Whether the version negates nothing, in words or by their sense (but by words of the families ``but``: "would be
    barred" states what "ruled out barring" rules out)."""
    return not any(family(c.phrase.partition(" ")[0].lower()) not in but for c in p.negated) and (
        p.denied is None) and not any(_negates_by_sense(p.toks, k) and not _aside(p.toks, k) and family(
            p.toks[k].low) not in but for k in range(len(p.toks)))


def _fears(p: Polarity) -> bool:
    """Whether the version tells what is feared may happen ("concern that the act might be used"), not what happens."""
    return feared(p.toks)


def _aside(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` describes a noun ("the disputed bronze mask"), is one ("the rostering dispute") or
    stands in a clause about one ("passengers whose flights were cancelled"), not in what the version states."""
    if 0 < k < len(toks) - 1 and toks[k - 1].low in _DETERMINERS and toks[k + 1].is_word and not toks[k + 1].cap:
        return True
    if k > 1 and toks[k - 2].low in _DETERMINERS and toks[k - 1].is_word and not toks[k - 1].cap and (
            k + 1 == len(toks) or not toks[k + 1].is_word) and not toks[k].low.startswith("un") and not (
            toks[k].low.endswith("ed")):
        return True  # a noun: "over the rostering dispute,"
    for j in range(k - 1, max(-1, k - 7), -1):
        if toks[j].is_break:
            return False
        if toks[j].low in _RELATIVE:
            return True
    return False


_DETERMINERS = frozenset("the a an its their his her".split())


def negation_restated(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one negates what the other states in other words, else None."""
    for neg, pos in ((a, b), (b, a)):
        if not (neg.kept("negates once", _negates_once) and pos.kept("states plainly", states_plainly)) or (
                _pleas_apart(neg, pos)) or pos.kept("fears", _fears) or (
                first_and_none(pos.toks, neg.toks)):
            continue  # ("the first shark attack at Kessler Beach since 2009" / "no shark attack ... for fifteen years")
        if not say_most_alike(neg, pos, MIN_SHARED, MIN_SHARE) or names_apart(neg.toks, pos.toks) or (
                offices_named_apart(neg.toks, pos.toks)):
            continue  # (someone else: "carried out by Hamas" / "Hezbollah did not carry it out", "The president" /
            # "The vice president")
        cue = next((c for c in neg.negated if _compared(c, neg, pos)), None)
        if cue is None:
            continue
        if periods_apart(a, b):
            return None  # ("did not score in the first half" / "scored twice in the second half")
        shown = _stated_phrase(pos.toks, content_words(neg) & content_words(pos))
        return (f'"{cue.phrase}"', shown) if neg is a else (shown, f'"{cue.phrase}"')
    return None


def _compared(c: Cue, neg: Polarity, pos: Polarity) -> bool:
    """Whether what ``neg`` negates at ``c`` is compared with ``pos``: said in its main clause, about what ``pos`` says;
    not what is ruled out (``ruled_out``), a fault that did not happen ("did not malfunction") but against a version
    that names it ("worked properly" says the same), the other side of what ``pos`` states ("had not voted to accept" /
    "voted to reject"), a later step of a prosecution, or what ``neg`` says happened too ("did not sign the bill on
    Friday, as planned; he signed it on Monday")."""
    stems = pos.stems()
    return _main_clause(neg.toks, c.at) and not _ruled_out(neg.toks, c.at) and _about_the_same(c, pos) and not (
        c.head in _FAULTS and c.head not in stems) and not other_side_said(neg.toks[c.at].low, pos) and not (
        c.head in _LATER_STEPS and c.head not in stems and _EARLIER_STEPS & stems) and not any(
        k != c.at for k in neg.free.get(c.head, ())) and not (c.head in _LIVED and _DIED & stems)


# A step of a prosecution not taken, against an earlier one taken: "has not been charged" / "was arrested" agree.
# Not to live through is to die: "did not survive his injuries" / "died of his injuries" agree.
_LIVED = frozenset(stem(w) for w in "survived recovered".split())
_DIED = frozenset(stem(w) for w in "died dead killed perished".split())
_LATER_STEPS = frozenset(stem(w) for w in "charged indicted convicted sentenced prosecuted".split())
_EARLIER_STEPS = frozenset(stem(w) for w in "arrested detained questioned held".split())


def _stated_phrase(toks: list[Tok], shared: frozenset[str]) -> str:
    """The words of ``toks`` from the first shared word on, to the end of its clause (at most ten)."""
    start = next((k for k, t in enumerate(toks) if t.is_word and family(t.low) in shared), 0)
    return f'"{phrase(toks, start, clause_end(toks, start, 10))}"'
