"""Opposite outcomes: the same subject "approved" in one version and "rejected" in the other, "rose 5%" and
"fell 5%", "will remain open" and "will close", "is in custody" and "remains at large", "the ceasefire is
holding" and "has collapsed", "the strike is still on" and "was called off".

The verbs of each side are ``polarity_words.OPPOSITE_FORMS``; a version that says both sides of one concept
("rose, then fell") differs from nothing on it. Only words outside any negation count.
"""

from __future__ import annotations

from typing import Protocol

from analyst_tui.core.conflicts.cues import Cue, after_be, same_context
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.outcome_words import (
    APPEALS, CLOSED, DRAWN_AFTER, EARNED, FIGURED, FIRES, HAD, HELD_AFTER, HELD_SEATS, HELD_WHEN, HOLDERS,
    HOSPITALS, KEPT, LANDED, LICENCES, LIMITS, MEASURED, MEASURES, MOVED_TO, MOVES_OF_PRICE, NORMS, NOT, OFFERS,
    PARTICLE_OF, PASSED, POLICIES, PORTS, PRICED, RATED, RESTRICTIONS, STAYS, STEEPLY, STEEP_MOVES, STOPPAGES,
    TARGETS, TESTED, TOLD, TRUCES, VESSELS, VOTED)
from analyst_tui.core.conflicts.reversal import BE as _BE
from analyst_tui.core.conflicts.polarity_words import MOVED, NOT_OUTCOME_AFTER, OPPOSITE, PROSPECT, STAY_FORMS
from analyst_tui.core.conflicts.tokens import Tok, stem


class Polarity(Protocol):
    """What is read here of ``polarity.Polarity``."""

    _toks: list[Tok] | None
    _outcomes: dict[str, dict[int, list[int]]] | None
    in_scope: list[bool] | None

    @property
    def toks(self) -> list[Tok]: ...

    def cue_at(self, k: int) -> Cue: ...


# Concepts whose two sides are two different things that happened, not one outcome stated and reversed: "the crossing
# was closed" / "was reopened", "admitted to hospital" / "discharged", "resigned" / "was fired" (an event conflict).
EVENTS = frozenset("""opening discharge departure questioning seizure demolition damage sinking landing launch
    custody""".split())
# What one votes for that is against something: "voted to reject the offer" agrees with "voted against the offer".
_VOTED_DOWN = frozenset("""reject block oppose scrap end abolish remove oust suspend cancel halt stop delay postpone veto
    overturn repeal ban expel dismiss not refuse turn throw censure impeach condemn""".split())
_STATES = frozenset("custody large stable afloat intensive critical open".split())
# "Chiefs lose to Colts" / "Colts' win over Chiefs", "the dollar weakened against the yen" / "the yen strengthened
# against the dollar": one result, told from each side
_TOLD_FROM_EACH_SIDE = frozenset(("outcome", "strength", "direction"))
PROSPECTIVE = " (prospect)"  # added to a concept stated as a prospect ("is expected to approve")


def outcomes(p: Polarity) -> dict[str, dict[int, list[int]]]:
    """concept -> side -> where a verb of that side is stated (not negated); found once a version."""
    if p._outcomes is not None:
        return p._outcomes
    out: dict[str, dict[int, list[int]]] = {}
    if p._toks is not None:  # (a plain sentence, ``Polarity.plain``, has none of these verbs)
        toks = p.toks
        for k, t in enumerate(toks):
            sides = OPPOSITE.get(t.low)
            if not sides or p.in_scope and p.in_scope[k] or k and toks[k - 1].low in NOT or k > 1 and (
                    toks[k - 2].low in NOT):
                continue  # (negated; "would not lift the curfew until calm returns" too)
            # "is expected to sign the bill": a prospect, compared only with a prospect ("is expected to veto it"),
            # not with what happened
            prospect = k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in PROSPECT
            for concept, side in sides:
                if _says(toks, k, concept, side):  # ("landed safely", "remained afloat": the verb is before)
                    key = concept + PROSPECTIVE if prospect else concept
                    out.setdefault(key, {}).setdefault(side, []).append(k - 1 if t.low in _AFTER_VERB else k)
    p._outcomes = out
    return out


def _says(toks: list[Tok], k: int, concept: str, side: int) -> bool:
    """Whether the word at ``k`` states that side of the concept where it stands."""
    low = toks[k].low
    after = [x.low for x in toks[k + 1 : k + 4]]
    if any(x.low in ("if", "unless", "whether") for x in toks[max(0, k - 10) : k]):
        return False  # "if the talks fail, the strike will go ahead": a condition
    if concept == "direction" and after[:1] == ["short"]:
        return False  # "fell short of forecasts": a miss, not a fall
    if concept == "direction" and k and toks[k - 1].low in ("a", "an", "the", "this", "last", "next", "early", "late"):
        return False  # "a surge in vehicle thefts", "the fall in prices": a noun; "this fall": a season
    figured = low not in MOVES_OF_PRICE and k and (toks[k - 1].low in FIGURED or toks[k - 1].is_number)
    if concept == "direction" and not (figured or any(x.is_number or x.low in WORD_NUMBERS for x in toks[k + 1 : k + 4]) or after[:1] and after[0] in STEEPLY
                                       or low[:4] in STEEP_MOVES or k and toks[k - 1].low in CLOSED
                                       or MEASURES & {t.low for t in toks[k + 1 : k + 7]}
                                       or any(stem(t.low) in MEASURED for t in toks[max(0, k - 12) : k])
                                       or any(stem(t.low) in MEASURED for t in toks[k + 1 : k + 3])):
        return False  # "rose 5%", "fell to 3.1 percent", "rose sharply", "prices surged"; not "two climbers' falls"
    if concept == "restriction":
        before = any(t.low in RESTRICTIONS for t in toks[max(0, k - 12) : k])
        if low in ("place", "force", "effect"):  # "the curfew will remain in place", "orders remained in force"
            return k > 1 and toks[k - 1].low == "in" and toks[k - 2].low in STAYS and before
        if not (any(t.low in RESTRICTIONS for t in toks[k + 1 : k + 5]) or k and toks[k - 1].low in _BE and before):
            return False  # "imposed a curfew", "lifted the ban", "the curfew will be lifted"; not "lifted off"
    if concept == "stoppage" and low != "walked" and not any(t.low in STOPPAGES for t in toks[max(0, k - 4) : k + 5]):
        return False  # "extended their walkout", "called off the strike", "the strike was suspended"
    if low in ("up", "down", "higher", "lower") and not (k > 0 and toks[k - 1].low in MOVED and after[:1] != ["to"]):
        return False  # "were up 3%"; not "shot down", "up to 10 people"
    if concept == "budget" and after[:1] != ["budget"]:
        return False  # "came in under budget"; not "under pressure", "over the weekend"
    if concept == "success" and after[:1] and after[0] in NOT_OUTCOME_AFTER and not (
            after[0] == "by" and k and toks[k - 1].low in _BE and low in ("passed", "defeated")):
        return False  # "failed to" negates what follows; "passed away", "passed by", "passed on" (but "the motion
        # was passed by a large majority" / "was defeated by a large majority")
    if low in ("safely", "successfully") and not any(t.low in LANDED for t in toks[max(0, k - 3) : k]):
        return False  # "landed safely", "reached Lampedusa safely", "touched down successfully"; not "evacuated safely"
    if low == "defeated" and not (k and toks[k - 1].low in _IS):
        return False  # "the bill was defeated"; not "Smith defeated Jones"
    if concept == "policy" and not any(t.low in POLICIES for t in toks[k + 1 : k + 5]):
        return False  # "would end its policy of negative rates" / "would keep it"; not "kept quiet", "ended the game"
    if concept == "appeal_heard" and not any(t.low in APPEALS for t in toks[k + 1 : k + 6]) and not (
            k and toks[k - 1].low in _BE and any(t.low in APPEALS for t in toks[max(0, k - 14) : k])):
        return False  # "allowed his appeal", "the council's appeal ... was upheld"; not "allowed the crowd in"
    if low == "control" and not (side == 0 and k and toks[k - 1].low == "under" or side == 1 and k > 1 and (
            toks[k - 1].low, toks[k - 2].low) == ("of", "out")):
        return False  # "brought the blaze under control" / "burning out of control"
    if low == "orbit" and not (k and toks[k - 1].low in ("reached", "reaches", "reach", "into")):
        return False  # "the rocket reached orbit", "placed the satellite into orbit"
    if concept == "discharge" and low == "admitted" and not (after[:1] == ["to"] and HOSPITALS & {
            t.low for t in toks[k + 1 : k + 6]}):
        return False  # "was admitted to hospital"; not "admitted the charges"
    if low == "landing" and not (k and toks[k - 1].low == "emergency"):
        return False  # "made an emergency landing"
    if low == "walked" and after[:1] != ["out"]:
        return False  # "walked out" on strike
    if low == "towed" and not PORTS & set(after + [x.low for x in toks[k + 4 : k + 6]]):
        return False  # "was towed into port"
    if concept == "evacuation" and not (k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in TOLD):
        return False  # "were ordered to leave", "told to stay"; not "will leave on Monday"
    if concept == "questioning" and side == 1 and not (k and toks[k - 1].low in _IS):
        return False  # "was questioned"; not "questioned the decision"
    if concept == "seizure" and side == 1 and not any(t.low in VESSELS for t in toks[max(0, k - 8) : k + 4]):
        return False  # "the tanker was released"; not "released a statement"
    if concept == "earnings" and low in ("red", "black"):
        return k > 1 and (toks[k - 2].low, toks[k - 1].low) == ("in", "the")  # "remained in the red"
    if concept == "licence" and not LICENCES & {t.low for t in toks[max(0, k - 10) : k + 6]}:
        return False  # "the permit to discharge ... was renewed" / "has revoked the permit"
    if concept == "earnings" and not (k and toks[k - 1].low in EARNED | {"to"}):
        return False  # "swung to a net loss", "made a profit"; not "profit warnings", "job losses"
    if concept == "draw" and (low == "drew" and after[:1] and not (after[0] in DRAWN_AFTER or toks[k + 1].is_break
                                                                   or toks[k + 1].is_number)):
        return False  # "drew 1-1", "drew with Chelsea"; not "drew criticism", "drew up a plan"
    if low == "stable" and not any(t.low == "condition" for t in toks[k + 1 : k + 3]):
        return False  # "in a stable condition"
    if low in PARTICLE_OF:
        before = k - 2 if low == "custody" and k > 1 and toks[k - 1].low in HOLDERS else k - 1
        if not (before >= 0 and toks[before].low in PARTICLE_OF[low]) and not (
                low == "open" and any(t.low in STAY_FORMS for t in toks[max(0, k - 5) : k - 1])):
            return False  # "ahead of the vote", "set off": not "went ahead", "called off", "remained open", "will
            # keep its hub open"
    if concept in ("opening", "continuation") and low not in ("shut", "shuts") and any(
            x.is_number or x.low in MOVES_OF_PRICE for x in toks[k + 1 : k + 4]) and not any(
            x.low in ("between", "from", "after", "until") for x in toks[k + 1 : k + 3]):
        return False  # "closed up 3%", "closed at 1,640": a day's trading (not "reopened between junctions 14 and 15",
        # "shut down the embassy")
    if concept == "grant" and not _granted_thing(toks, k):
        return False  # "denied the report", "granted an interview": not bail, parole or entry
    if low == "guilty" and (not {"found", "finds"} & {x.low for x in toks[max(0, k - 10) : k]}
                            or any(x.low.startswith("plead") for x in toks[max(0, k - 10) : k])):
        return False  # "found him guilty", "found the tanker's captain guilty"; not "pleaded guilty"
    if concept == "test" and not any(x.low in TESTED for x in toks[max(0, k - 3) : k]):
        return False  # "tested positive", "came back negative"; not "a positive step"
    if concept == "vote" and low == "to":  # "voted to ratify the treaty"; not "voted to reject it", against it
        return bool(k and toks[k - 1].low in VOTED and after[:1] and toks[k + 1].is_word and after[0] not in _VOTED_DOWN)
    if concept == "vote" and low == "for":  # "voted for the bill"
        return bool(k and toks[k - 1].low in VOTED)
    if concept == "vote" and not (low == "against" and k and toks[k - 1].low in VOTED or low != "against" and k > 1
                                  and toks[k - 1].low == "in" and toks[k - 2].low in VOTED):
        return False  # "voted in favour of", "voted against"
    if low in ("beaten", "defeated") and not after_be(toks, k):
        return False  # "England were beaten by India": lost; not "have beaten India"
    if concept == "pace" and not any(stem(t.low) in MEASURED for t in toks[max(0, k - 4) : k]):
        return False  # "food price inflation accelerated"; not "the car accelerated"
    if concept == "rates_held" and not any(t.low in PRICED for t in toks[max(0, k - 9) : k + 4]):
        return False  # "left interest rates unchanged" / "cut its main interest rate", "fees will be frozen"
    if concept == "limit" and not LIMITS & {t.low for t in toks[k + 1 : k + 6]}:
        return False  # "exceeded the permitted limit" / "were within the permitted limit"
    if concept == "permission" and not (k and toks[k - 1].low in _BE and after[:1] and after[0] in (
            ("from",) if side else ("on", "in", "into", "at", "back"))):
        return False  # "dogs will be banned from the beach" / "allowed on the beach"; not "was banned by the BHA"
    if concept == "approval" and low in ("refused", "refuses") and after[:1] == ["to"]:
        return False  # "refused the transfer"; not "refused to comment", a negation
    if concept == "outcome" and low in ("kept", "keeps") and not (after[:1] and after[0] in KEPT):
        return False  # "kept the leader's jersey", "kept his seat", "kept control of the council"; not "kept quiet"
    if concept == "outcome" and low in ("held", "holds") and not (
            after[:1] and after[0] in ("control", "power", "on") or len(after) > 1 and after[1] in HELD_SEATS):
        return False  # "held the seat", "held on to her title"; not "held talks", "held the meeting"
    if concept == "having" and not (after[:1] and after[0] in HAD):
        return False  # "said it had jurisdiction" / "lacked jurisdiction"; not "had been", "has said"
    if concept == "truce" and low in ("failed", "fails") and not any(t.low in TRUCES for t in toks[max(0, k - 7) : k]):
        return False  # "the flood defences failed"; not "the talks failed"
    if concept in _COMPARED and not _than(toks, k):
        return False  # "was larger than last year's"; not "a larger share", "more than 20"
    if concept == "adequacy" and not (k and toks[k - 1].low in _BE | {"been", "as"}):
        return False  # "were adequate", "described them as inadequate"; not "inadequate funding"
    if concept == "judgement" and not (k and toks[k - 1].low in _BE | {"been"}):
        return False  # "was right to award the penalty"; not "the right to protest", "turned right"
    if concept == "authentic" and not (k and toks[k - 1].low in _BE):
        return False  # "the scales were genuine" / "were fake"; not "fake news"
    if concept == "rating" and not any(t.low in RATED for t in toks[max(0, k - 5) : k]):
        return False  # "rated the school outstanding"
    if low in ("met", "meets", "meet") and not any(t.low in TARGETS for t in toks[k + 1 : k + 12] if not t.is_break):
        return False  # "met its target", "met its four-hour waiting target"; not "met the president"
    if low in ("made", "makes") and not (after[:2] == ["the", "cut"]):
        return False  # "made the cut" / "missed the cut"; not "made a statement"
    if low == "short" and not (k and toks[k - 1].low in ("fell", "falls", "fall", "came", "comes")):
        return False  # "fell short of forecasts"
    if low == "voted" and concept == "approval" and side == 0:
        return after[:1] == ["through"]  # "the bill was voted through" / "was voted down"
    if concept == "approval" and low in ("passed", "passes") and not (after[:1] and after[0] in PASSED):
        return False  # "the Senate passed the bill" / "blocked the bill"; not "passed away", "passed on Tuesday"
    if concept == "approval" and low in ("turned", "turns") and after[:1] != ["down"]:
        return False  # "turned down the application"
    if low == "voted" and concept in ("approval", "success", "acceptance") and after[:1] != ["down"]:
        return False  # "senators voted down the bill"
    if concept == "norm" and not NORMS & {x.low for x in toks[k + 1 : k + 7]}:
        return False  # "above the 1981-2010 average"; not "above the town"
    if low == "elected" and not (k > 1 and toks[k - 1].low == "-" and toks[k - 2].low == "re"):
        return False  # "was re-elected"
    if concept == "acceptance" and low in ("turned", "turn", "turns", "turning") and after[:1] != ["down"]:
        return False  # "turned down the offer"
    if low in ("threw", "throws", "thrown") and after[:1] != ["out"]:
        return False  # "threw out the motion"; not "threw a stone"
    if concept == "acceptance" and low == "declined" and not any(x.low in OFFERS for x in toks[k + 1 : k + 4]):
        return False  # "declined an invitation"; not "declined to comment", "shares declined"
    if low == "away" and not (k and toks[k - 1].low in STAY_FORMS):
        return False  # "stayed away from the summit"
    if concept == "appeal" and low in ("struck", "strikes") and after[:1] != ["down"]:
        return False  # "struck down the ban"; not "the quake struck"
    if concept == "truce" and side == 0 and low != "standing" and k + 1 < len(toks) and not (
            toks[k + 1].is_break or toks[k + 1].low in HELD_AFTER or (
                toks[k + 1].low in HELD_WHEN and any(t.low in TRUCES for t in toks[max(0, k - 7) : k]))):
        return False  # "the truce held", "is holding firm", "the ceasefire held on its second day"; not "held
        # talks", "holding hostages", "talks were held on Sunday"
    if concept == "containment" and side == 1 and not any(t.low in FIRES for t in toks[max(0, k - 14) : k]):
        return False  # "the fire is still spreading"; not "the virus is spreading"
    if (low in ("afloat", "standing") or (concept == "discharge" and low in ("intensive", "critical"))) and not (
            k and toks[k - 1].low in STAY_FORMS or k > 1 and toks[k - 1].low == "in" and toks[k - 2].low in _IS or (
                low == "intensive" and k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in MOVED_TO)):
        return False  # "remained afloat", "remained standing", "remains in intensive care", "is in critical condition",
        # "was moved to intensive care"
    if concept == "damage" and k and toks[k - 1].low in _SEVERELY:
        return False  # "badly damaged", "virtually destroyed": either may be said of the same ruin
    if low == "scheduled" and not (k and toks[k - 1].low == "as"):
        return False  # "began as scheduled"; not "is scheduled to begin"
    return True


_COMPARED = frozenset("more_" + c for c in "size count length strength quality timing age speed".split())
# A comparison told from each side: each version's subject the other's object ("Exports fell short of imports" /
# "Imports exceeded exports"; not "Marlow Foods beat forecasts with its profit" / "Marlow Foods' profit fell short
# of forecasts").
_CROSSED = _COMPARED | {"aim"}


def _than(toks: list[Tok], k: int) -> bool:
    """Whether the comparative at ``k`` is followed by "than" (in three words: "more people voted than"), and that by
    no number ("more than 20")."""
    for j in range(k + 1, min(len(toks) - 1, k + 4)):
        if toks[j].low == "than":
            return not (toks[j + 1].is_number or toks[j + 1].low in WORD_NUMBERS)
        if toks[j].is_break:
            return False
    return False


def opposite_outcome(a: Polarity, b: Polarity) -> tuple[str, str, str] | None:
    """(what a says, what b says, the concept) when the two state opposite outcomes of one concept of one subject; the
    concept is "" when either is a state kept ("remains closed"), never an ``EVENTS`` one."""
    oa, ob = outcomes(a), outcomes(b)
    for key in sorted(oa.keys() & ob.keys()):  # sorted: a set's order changes from run to run
        sa, sb = oa[key], ob[key]
        concept = key.removesuffix(PROSPECTIVE)
        if concept != "direction" and (len(sa) > 1 or len(sb) > 1):  # (a market up at one hour, down at another:
            sa, sb = _unshared(sa, a.toks, sb, b.toks)  # "having gained 201 points Monday")
        if len(sa) != 1 or len(sb) != 1 or sa.keys() == sb.keys():
            continue  # a version that says both ("rose, then fell"), or the same side in both
        for ka in next(iter(sa.values())):
            for kb in next(iter(sb.values())):
                x, y = a.cue_at(ka), b.cue_at(kb)
                if concept == "direction" and ("yield" in x.subject | x.obj) != ("yield" in y.subject | y.obj):
                    continue  # a bond's price and its yield move the other way
                if concept == "aim" and (_part_of_group(a.toks, ka) or _part_of_group(b.toks, kb)):
                    continue  # "eight out of ten hospitals missed the target" / "20% of hospitals met it": two parts
                if concept == "success" and bool(x.obj) != bool(y.obj):
                    continue  # "the bank failed in 2008" / "the bank passed its stress test": not the same test
                same_side = x.subject & y.subject | x.obj & y.obj
                if concept in _CROSSED and (x.subject & y.obj) - same_side and (x.obj & y.subject) - same_side:
                    continue
                if concept in _TOLD_FROM_EACH_SIDE and ((x.subject & y.obj) - same_side or (x.obj & y.subject) - same_side):
                    continue  # "Chiefs lose to Colts" / "Colts' win over Chiefs": one result, told from each side (not
                    # "actor Iain Fraser won the award for best actor" / "... missed out on": a word on both sides)
                if _said_of_one(concept, x, y, concept in _DONE_TO and _one_passive(a.toks, ka, b.toks, kb)):
                    state = _a_state(a.toks, ka) or _a_state(b.toks, kb)
                    return f'"{x.phrase}"', f'"{y.phrase}"', "" if state else concept
    return None


def _a_state(toks: list[Tok], k: int) -> bool:
    """Whether the outcome at ``k`` is a state kept, not a thing that happened ("remains closed", "is in custody",
    "remained afloat", "in a stable condition"): two versions that differ there differ in polarity."""
    return any(t.low in _STATES for t in toks[k : k + 2]) or any(
        t.low in STAY_FORMS or t.low == "still" for t in toks[max(0, k - 3) : k + 1])


def _part_of_group(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` is said of a part of a group counted before it ("eight out of ten hospitals", "20%
    of hospitals")."""
    return any(t.is_number or t.low in WORD_NUMBERS or t.low in ("%", "cent", "percent")
               for t in toks[max(0, k - 6) : k])


def _unshared(sa: dict[int, list[int]], ta: list[Tok], sb: dict[int, list[int]], tb: list[Tok]) -> tuple[dict, dict]:
    """The two versions' outcomes of one concept less those both say in the same words ("... vetoed the bill, a week
    after it cleared both houses" / "signed the bill ..., a week after it cleared both houses": the clearing is not
    in dispute), unless that leaves one of them none."""
    def words(toks: list[Tok], k: int) -> tuple[str, ...]:
        return tuple(t.low for t in toks[max(0, k - 1) : k + 3])

    both = {words(ta, k) for ks in sa.values() for k in ks} & {words(tb, k) for ks in sb.values() for k in ks}
    if not both:
        return sa, sb
    left_a = {side: kept for side, ks in sa.items() if (kept := [k for k in ks if words(ta, k) not in both])}
    left_b = {side: kept for side, ks in sb.items() if (kept := [k for k in ks if words(tb, k) not in both])}
    return (left_a, left_b) if left_a and left_b else (sa, sb)


def _said_of_one(concept: str, x: Cue, y: Cue, one_passive: bool) -> bool:
    """Whether the two outcomes are said of one subject."""
    if concept in ("verdict", "direction", "rating") and len(x.subject & y.subject) >= 2 or concept == "verdict" and len(
            (x.subject | x.obj) & (y.subject | y.obj)) >= 2:
        return True  # "found former minister Ilya Marek guilty of accepting bribes" / "Ilya Marek was acquitted of
        # taking kickbacks": one person, the charge in other words; "Shares in Varnell Foods jumped 9% after the
        # company published its results" / "Varnell Foods shares slump 9% after results"
    crossed = bool(x.obj & y.subject or x.subject & y.obj)  # one's subject is the other's object
    if concept in _WHERE_AFTER and x.subject & y.subject:
        return True  # "crashed into the lake" / "landed safely at the airport"
    if concept == "test" and (x.subject | x.obj) & (y.subject | y.obj):
        return True  # "the baby tested positive for whooping cough" / "tests for whooping cough came back negative"
    if one_passive and crossed:  # (``one_passive`` is read for the concepts of ``_DONE_TO`` only)
        return True  # "a jury convicted the officer" / "the officer was acquitted"
    if concept in _THING_DONE and crossed and not x.subject & y.subject:
        return True  # "police arrested the gunman" / "the gunman remains at large"
    if concept == "departure" and not crossed and not (
            x.subject and y.subject and (x.subject <= y.subject or y.subject <= x.subject)):
        return False  # "the chief financial officer resigned" / "the chief operating officer was fired": two people
    return same_context(x, y) or bool(x.subject & y.obj and x.obj & y.subject)  # or one says it in the passive


# Outcomes with no object: the words after the verb say where or when ("the truce held on its second day").
_WHERE_AFTER = frozenset(("landing", "truce", "sinking", "discharge", "launch", "containment"))
_AFTER_VERB = frozenset(("safely", "afloat", "standing", "orbit"))
_IS = frozenset("is was were are been remains remained".split())
_SEVERELY = frozenset("""badly heavily severely seriously extensively substantially significantly largely virtually
    nearly almost partly partially mostly""".split())
# Said of someone or something in either voice.
_DONE_TO = frozenset("verdict approval appeal appeal_heard seizure questioning grant restriction".split())
# Outcomes said of a thing with a doer ("the union called off the strike") or without ("the strike went ahead").
_THING_DONE = frozenset(("custody", "schedule", "opening", "departure", "stoppage", "draw", "containment"))
_MODALS = frozenset("could may might would will should can must".split())


def _passive(toks: list[Tok], k: int) -> bool | None:
    """Whether the verb at ``k`` is in the passive (None for "could be cut": a possibility)."""
    if any(t.low in _MODALS for t in toks[max(0, k - 3) : k]):
        return None
    return after_be(toks, k)


def _one_passive(ta: list[Tok], ka: int, tb: list[Tok], kb: int) -> bool:
    """Whether one verb is in the passive and the other not: the one's subject is the other's object."""
    x, y = _passive(ta, ka), _passive(tb, kb)
    return x is not None and y is not None and x != y


_GRANTED = frozenset("""bail parole asylum entry access permission visa visas pardon clemency application
    applications request injunction licence license permit status renewal extension waiver motion""".split())


def _granted_thing(toks: list[Tok], k: int) -> bool:
    """Whether what the verb at ``k`` grants or denies is bail, parole, asylum, entry, ...: "was denied bail"."""
    if k and toks[k - 1].low in _BE and any(t.low in _GRANTED for t in toks[max(0, k - 12) : k]):
        return True  # "a late-night licence for the venue was refused"
    plain = 0
    given = False  # past whom it is given to: "granted the utility a 20-year renewal"
    for j in range(k + 1, min(len(toks), k + 9)):
        low = toks[j].low
        if low in _GRANTED:
            return True
        if low in ("a", "an") and plain == 1 and not given:
            given, plain = True, 0
            continue
        if low == "-" or toks[j].is_number:
            continue  # ("a 20-year renewal")
        if low not in ("a", "an", "the", "him", "her", "them", "his", "their", "'s", "'") and not (
                j + 1 < len(toks) and toks[j + 1].low in ("'s", "'")):
            plain += 1  # (past a possessive: "refused the union's application"; one word: "refugee status")
            if plain > (3 if given else 1) or toks[j].is_break or toks[j].cap and not given:
                return False
    return False


__all__ = ["EVENTS", "outcomes", "opposite_outcome"]
