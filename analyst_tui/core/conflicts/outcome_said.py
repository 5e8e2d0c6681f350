"""Whether a word of an outcome (``polarity_words.OPPOSITE_FORMS``) states that side of its concept where it stands:
not in a condition, a comparison without "than", another sense of the word ("voted" before what was voted for, "denied
bail" but not "denied the report", "beaten" in the passive only)."""

from __future__ import annotations

from analyst_tui.core.conflicts.concept_places import BE_FIT as _BE_FIT, said_where
from analyst_tui.core.conflicts.cues import after_be
from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.outcome_objects import appeal_at, bid_to_undo, offer_after
from analyst_tui.core.conflicts.outcome_words import (
    CARRIED, CLOSED, EARNED, FIGURED, FIRES, HAD, HELD_AFTER, HELD_SEATS, HELD_WHEN, HOLDERS,
    HOSPITALS, KEPT, LANDED, LICENCES, LIMITS, MEASURED, MEASURES, MOVED_TO, MOVES_OF_PRICE, NORMS,
    PARTICLE_OF, PASSED, POLICIES, PORTS, PRICED, RATED, RESTRICTIONS, STAYS, STEEPLY, STEEP_MOVES, STOPPAGES,
    TARGETS, TESTED, TOLD, TRUCES, VESSELS, VOTED, a_move, drawn, moved_at, on_schedule, trading_day)
from analyst_tui.core.conflicts.polarity_words import MODAL, NOT_OUTCOME_AFTER, STAY_FORMS
from analyst_tui.core.conflicts.reversal import BE as _BE
from analyst_tui.core.conflicts.tokens import Tok, stem

# Comparisons, read only with "than" after them ("more people voted than").
COMPARED = frozenset("more_" + c for c in "size count length strength quality timing age speed".split())
# What one votes for that is against something: "voted to reject the offer" agrees with "voted against the offer".
_VOTED_DOWN = frozenset("""reject block oppose scrap end abolish remove oust suspend cancel halt stop delay postpone veto
    overturn repeal ban expel dismiss not refuse turn throw censure impeach condemn""".split())
_SEVERELY = frozenset("""badly heavily severely seriously extensively substantially significantly largely virtually
    nearly almost partly partially mostly""".split())
_IS, _TAKE = frozenset("is was were are been remains remained".split()), frozenset("take takes took taken taking".split())
_PRIZES = frozenset("award title prize medal crown belt licence license seat".split())
_HELD = frozenset("held holds kept keeps".split())  # rates held: only with the rates after them
_OF_RATES = frozenset("its the their key main benchmark policy interest lending base official repo deposit".split())


def _rates_after(toks: list[Tok], k: int) -> bool:
    """Whether the rates are what the verb at ``k`` holds ("held its policy rates steady"; not "held talks on it")."""
    m = k + 1
    while m < len(toks) and m - k <= 4 and toks[m].low in _OF_RATES:
        m += 1
    return m < len(toks) and toks[m].low in PRICED
_BY_NORM = frozenset(("norm", "warmth", "wetness"))  # read only before an average, a norm or a forecast
_WILL = MODAL | frozenset("could can may might".split())  # (before "allow" or "ban": ``permission``)
_NOT_DONE_TO = frozenset(("by", "to", "for"))


_SQUADS = frozenset("squad team side line-up lineup eleven xi".split())
_BALANCED = frozenset("trade budget fiscal account payments in".split())  # ("in surplus")
_CONTESTS = frozenset("race match game final prix tournament derby decider semi-final".split())
_CAPTIVES = frozenset("hostage hostages captive captives captors kidnapped abducted kidnappers".split())
_KEPT_CAPTIVE = frozenset("remain remains remained still is are was were held being kept".split())
_KEPT_OR_BROKEN = frozenset("respected observed violated violates".split())
_GOALS = frozenset("goal goals equaliser equalizer winner opener try header strike effort".split())


def _voted_at(toks: list[Tok], j: int) -> bool:
    """Whether a form of "vote" is at ``j``, or ends there with its day ("voted on Thursday")."""
    return j >= 0 and (toks[j].low in VOTED or j > 1 and toks[j].low in WEEKDAYS and toks[j - 1].low == "on" and (
        toks[j - 2].low in VOTED))


def says(toks: list[Tok], k: int, concept: str, side: int) -> bool:
    """Whether the word at ``k`` states that side of the concept where it stands."""
    low = toks[k].low
    after = [x.low for x in toks[k + 1 : k + 4]]
    if low in ("broke", "breaks") and not any(t.low == "record" for t in toks[k + 1 : k + 5]):
        return False  # "broke the world record" / "fell short of the world record"; not "broke his leg"
    where = said_where(toks, k, concept, side)
    if where is not None:
        return where
    if any(x.low in ("if", "unless", "whether") for x in toks[max(0, k - 10) : k]):
        return False  # "if the talks fail, the strike will go ahead": a condition
    if concept == "direction" and after[:1] == ["short"]:
        return False  # "fell short of forecasts": a miss, not a fall
    if concept == "direction" and a_move(toks, k):
        return False  # "a surge in vehicle thefts", "the fall in prices", "the wage rise": a noun; "this fall": a season
    figured = (low not in MOVES_OF_PRICE or moved_at(toks, k)) and k and (toks[k - 1].low in FIGURED or toks[
        k - 1].is_number)  # ("rose 5%", "were 12% higher")
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
        if not (any(t.low in RESTRICTIONS for t in toks[k + 1 : k + 7]) or k and toks[k - 1].low in _BE and before or (
                low in ("banned", "bans") and not after_be(toks, k))):  # ("banned exports of rice": imposed a ban)
            return False  # "imposed a curfew", "upheld the six-week ban", "the curfew will be lifted"; not "lifted off"
    if concept == "stoppage" and low != "walked" and not any(t.low in STOPPAGES for t in toks[max(0, k - 4) : k + 5]):
        return False  # "extended their walkout", "called off the strike", "the strike was suspended"
    if low in ("up", "down", "higher", "lower") and concept != "vote" and not moved_at(toks, k):
        return False  # "were up 3%"; not "shot down", "up to 10 people"
    if low == "suspended" and after[:1] in (["for"], ["from"], ["without"]):
        return False  # "the talks were suspended"; not "was suspended for three matches", a penalty
    if concept == "budget" and after[:1] != ["budget"]:
        return False  # "came in under budget"; not "under pressure", "over the weekend"
    if concept == "success" and after[:1] and after[0] in NOT_OUTCOME_AFTER and not (
            after[0] == "by" and k and toks[k - 1].low in _BE and low in ("passed", "defeated")) and not (
            after[0] == "on" and after[1:2] and after[1] in WEEKDAYS):  # ("the resolution passed on Monday")
        return False  # "failed to" negates what follows; "passed away", "passed by", "passed on" (but "the motion
        # was passed by a large majority" / "was defeated by a large majority")
    if low in ("safely", "successfully") and not any(t.low in LANDED for t in toks[max(0, k - 3) : k]):
        return False  # "landed safely", "reached Lampedusa safely", "touched down successfully"; not "evacuated safely"
    if low == "defeated" and not (k and toks[k - 1].low in _IS or k > 1 and toks[k - 1].low.endswith("ly") and toks[
            k - 2].low in _IS):  # ("was narrowly defeated")
        return False  # "the bill was defeated"; not "Smith defeated Jones"
    if concept == "policy" and not any(t.low in POLICIES for t in toks[k + 1 : k + 5]):
        return False  # "would end its policy of negative rates" / "would keep it"; not "kept quiet", "ended the game"
    if concept == "appeal_heard" and not any(appeal_at(toks, j) for j in range(k + 1, min(len(toks), k + 9))) and not (
            k and toks[k - 1].low in _BE and any(appeal_at(toks, j) for j in range(max(0, k - 14), k))):
        return False  # "allowed his appeal", "upheld tennis player Dmitri Orlov's appeal", "the council's appeal ...
        # was upheld"; not "allowed the crowd in"
    if low == "control" and not (side == 0 and k and toks[k - 1].low == "under" or side == 1 and k > 1 and (
            toks[k - 1].low, toks[k - 2].low) == ("of", "out")):
        return False  # "brought the blaze under control" / "burning out of control"
    if low == "orbit" and not (k and toks[k - 1].low in ("reached", "reaches", "reach", "into")):
        return False  # "the rocket reached orbit", "placed the satellite into orbit"
    if concept == "discharge" and low == "admitted" and not (after[:1] == ["to"] and HOSPITALS & {
            t.low for t in toks[k + 1 : k + 6]}):
        return False  # "was admitted to hospital"; not "admitted the charges"
    if concept == "discharge" and low == "hospital" and not (k > 1 and toks[k - 1].low == "in" and any(
            t.low in STAY_FORMS or t.low == "still" for t in toks[max(0, k - 4) : k - 1])):
        return False  # "remains in hospital", "is still in hospital"; not "was taken to hospital"
    if concept == "discharge" and low in ("left", "released") and not HOSPITALS & {t.low for t in toks[k + 1 : k + 4]}:
        return False  # "left hospital", "released from hospital" (discharged); not "left the club"
    if low == "landing" and not (k and toks[k - 1].low == "emergency"):
        return False  # "made an emergency landing"
    if low == "walked" and after[:1] != ["out"] or low == "towed" and not PORTS & set(
            after + [x.low for x in toks[k + 4 : k + 6]]) and not (
            after[:1] in (["into"], ["to"]) and toks[k + 2 : k + 3] and toks[k + 2].cap):
        return False  # "walked out" on strike; "was towed into port", "towed into Dover"
    if concept == "propulsion" and side == 0 and not any(toks[j].low == "own" and toks[j + 1].low in ("power", "steam")
                                                         for j in range(k + 1, min(len(toks) - 1, k + 10))):
        return False  # "sailed back to Faslane under its own power" (not "sailed from Dover")
    if concept == "evacuation" and not (k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in TOLD) and not (
            low == "evacuated" and k and toks[k - 1].low in _BE):
        return False  # "were ordered to leave", "told to stay"; not "will leave on Monday"
    if concept == "questioning" and side == 1 and not (k and toks[k - 1].low in _IS):
        return False  # "was questioned"; not "questioned the decision"
    if concept == "seizure" and side == 1 and not any(t.low in VESSELS for t in toks[max(0, k - 8) : k + 4]):
        return False  # "the tanker was released"; not "released a statement"
    if concept == "earnings" and low in ("red", "black"):
        return k > 1 and (toks[k - 2].low, toks[k - 1].low) == ("in", "the")  # "remained in the red"
    if concept == "licence" and not LICENCES & {t.low for t in toks[max(0, k - 10) : k + 6]}:
        return False  # "the permit to discharge ... was renewed" / "has revoked the permit"
    if concept == "earnings" and not (k and toks[_past_period(toks, k - 1)].low in EARNED | {"to"}):
        return False  # "swung to a net loss", "made a profit"; not "profit warnings", "job losses"
    if concept == "draw" and low in ("drew", "draw", "drawn") and not drawn(toks, k):
        return False  # "drew 1-1", "drew with Chelsea", "ended in a draw"; not "drew criticism", "drew up a plan"
    if low == "stable" and not any(t.low == "condition" for t in toks[k + 1 : k + 3]):
        return False  # "in a stable condition"
    if concept == "custody" and low == "run":
        return k > 1 and toks[k - 1].low == "the" and toks[k - 2].low == "on"  # "is still on the run"
    if concept == "captivity":  # "the hostages were freed" / "remain in captivity", "are still being held"
        if side == 0:
            return any(t.low in _CAPTIVES for t in toks)
        if low in ("held", "holding"):
            return k > 0 and (toks[k - 1].low == "still" or k > 1 and (toks[k - 2].low, toks[k - 1].low) == (
                "still", "being"))
        return any(t.low in _KEPT_CAPTIVE for t in toks[max(0, k - 3) : k])  # not "freed after a week in captivity"
    if low in PARTICLE_OF:
        before = k - 2 if low == "custody" and k > 1 and toks[k - 1].low in HOLDERS else k - 1
        if not (before >= 0 and toks[before].low in PARTICLE_OF[low]) and not (
                low == "open" and any(t.low in STAY_FORMS for t in toks[max(0, k - 8) : k - 1]) or (
                low == "open" and toks[k - 1].low in _BE and not (k + 1 < len(toks) and toks[k + 1].low == "to"))):
            return False  # "ahead of the vote", "set off": not "went ahead", "called off", "remained open", "will
            # keep its hub open"
        if low == "on" and toks[before].low in CARRIED and k + 1 < len(toks) and not (
                toks[k + 1].is_break or toks[k + 1].low in _WHILE):
            return False  # "deliveries will carry on while dealers wait"; not "carried on a stretcher"
    if concept in ("opening", "continuation") and low not in ("shut", "shuts") and trading_day(toks, k):
        return False  # "closed up 3%", "closed at 1,640": a day's trading (not "reopened between junctions 14 and 15",
        # "shut down the embassy", "will close in 2030", "closed all 34 of its theatres")
    if concept == "opening" and side == 0 and any(x.low == "until" for x in toks[k + 1 : k + 4]):
        return False  # "will remain open until 2030": and close then
    if concept == "grant" and (not _granted_thing(toks, k) or any(t.low == "partial" for t in toks[k + 1 : k + 4])):
        return False  # "denied the report", "granted an interview": not bail, parole or entry; "received a partial
        # refund" (and may have been refused a full one)
    if concept == "freeze" and not any(t.low in _ASSETS for t in toks[max(0, k - 6) : k + 6]) or low in (
            "victory", "defeat") and not any(t.low in ("ended", "ends", "end") for t in toks[max(0, k - 8) : k]):
        return False  # "froze Velaro's remaining assets" (not "the lake froze"); "ended in play-off defeat"
    if low == "blamed" and not (any(x.low == "for" for x in toks[k + 2 : k + 8]) and toks[k - 1].low not in _BE):
        return False  # "blamed the flight instructor for the crash" (not "was blamed on pilot error")
    if low in _FOUND_SO and (not {"found", "finds"} & {x.low for x in toks[max(0, k - (18 if toks[k - 1].low in (
            "been", "be") else 10)) : k]} or any(x.low.startswith("plead") for x in toks[max(0, k - 10) : k])):
        return False  # "found him guilty", "found the operator, which ..., to have been negligent" (not "pleaded")
    if concept == "test" and not any(x.low in TESTED for x in toks[max(0, k - 3) : k]) and not (
            k and toks[k - 1].low in ("was", "were") and any(x.low in TESTED for x in toks[max(0, k - 12) : k])):
        return False  # "tested positive", "came back negative", "tests on cattle ... were positive"; not "a positive
        # step"
    if concept == "vote" and low == "to":  # "voted to ratify the treaty"; not "voted to reject it", against it
        voted = k and (toks[k - 1].low in VOTED or k > 2 and toks[k - 3].low in VOTED and (
            toks[k - 2].low in ("on", "in") and toks[k - 1].low in WEEKDAYS))  # ("voted on Tuesday to ban")
        return bool(voted and after[:1] and toks[k + 1].is_word and after[0] not in _VOTED_DOWN)
    if concept == "vote" and low in ("for", "down"):  # "voted for the bill", "voted down the motion"
        return bool(k and toks[k - 1].low in VOTED)
    if concept == "vote" and not (low == "against" and _voted_at(toks, k - 1) or low != "against" and k > 1
                                  and toks[k - 1].low == "in" and _voted_at(toks, k - 2)):
        return False  # "voted in favour of", "voted against" ("voted on Thursday in favour of")
    if low in ("beaten", "defeated") and not after_be(toks, k):
        return False  # "England were beaten by India": lost; not "have beaten India"
    if concept == "pace" and not any(stem(t.low) in MEASURED for t in toks[max(0, k - 4) : k]):
        return False  # "food price inflation accelerated"; not "the car accelerated"
    if low == "light" and not (k > 1 and toks[k - 1].low == "green" and toks[k - 2].low in ("the", "a")):
        return False  # "gave the green light to the stadium"; not "the light rail"
    if concept == "approval" and low == "against":
        return k > 1 and toks[k - 1].low == "out" and toks[k - 2].low in ("come", "came", "comes", "coming")
        # "has come out against the congestion charge"; not "voted against" (read as a vote)
    if concept == "approval" and low == "proceed":  # "the merger could proceed"; not "proceeded to vote"
        return k > 0 and toks[k - 1].low in ("can", "could", "may")
    if concept == "fitness" and low in ("miss", "misses"):  # "will miss Saturday's match"; not "will miss him"
        return bool(_CONTESTS & {t.low for t in toks[k + 1 : k + 5]})
    if concept == "intent" and low == "accident":  # "the fire was an accident"; not "a car accident"
        return k > 1 and toks[k - 1].low == "an" and toks[k - 2].low in _BE_FIT
    if concept == "fitness" and low == "start":
        return bool(k and toks[k - 1].low in ("will", "to") and _CONTESTS & {t.low for t in toks[k + 1 : k + 6]})
        # "will start Sunday's Grand Prix", "is expected to start the final"; not "will start work"
    if concept == "fitness" and not (k and toks[k - 1].low in _BE_FIT and (
            low != "ruled" or after[:2] == ["out", "of"])):
        return False  # "is fit to start", "has been ruled out of the match"; not "ruled out a visit", "fit the bill"
    if concept == "goal_stands" and not (any(t.low in _GOALS for t in toks[max(0, k - 8) : k]) and (
            low in ("disallowed", "stood", "stands") or low == "ruled" and after[:1] == ["out"]
            or low == "chalked" and after[:1] == ["off"] or low == "stand" and k > 1 and toks[k - 1].low == "to")):
        return False  # "allowed the equaliser to stand" / "the equaliser was ruled out"; not "stood trial"
    if concept == "rates_held" and not (_rates_after(toks, k) or low not in _HELD and any(
            t.low in PRICED for t in toks[max(0, k - 9) : k + 4])):
        return False  # "left interest rates unchanged" / "cut its main interest rate", "fees will be frozen", "held
        # its policy rates steady" (the rates held: not "held talks on rates")
    if concept == "limit" and not LIMITS & {t.low for t in toks[k + 1 : k + 6]}:
        return False  # "exceeded the permitted limit" / "were within the permitted limit"
    if concept == "permission" and not (k and toks[k - 1].low in _BE and after[:1] and (after[0] in _AT_PLACE or (
            after[0] == "from" if side else after[0] in ("into", "back", "access")))) and not _let_in_or_out(
            toks, k, side) and not (k and toks[k - 1].low in _WILL and after[:1] and after[0] not in _NOT_DONE_TO) and (
            not (k and (side == 0 and toks[k - 1].low in _BE and after[:1] == ["to"] or side and toks[
                k - 1].low in STAYS))):
        return False  # "dogs will be banned from the beach" / "allowed on the beach", "would allow drone deliveries" /
        # "would ban drone deliveries", "will be allowed to climb" / "will remain banned"; not "was banned by the BHA"
    if concept == "approval" and low in ("refused", "refuses") and after[:1] == ["to"]:
        return False  # "refused the transfer"; not "refused to comment", a negation
    if concept == "outcome" and low in ("keep", "kept", "keeps") and not (after[:1] and after[0] in KEPT or any(
            t.low in _PRIZES for t in toks[k + 1 : k + 5])):
        return False  # "kept the leader's jersey", "kept his seat", "kept control of the council", "keeps Blue Kite
        # award"; not "kept quiet"
    if concept == "outcome" and low in ("held", "holds") and not (
            after[:1] and after[0] in ("control", "power", "on") or len(after) > 1 and after[1] in HELD_SEATS):
        return False  # "held the seat", "held on to her title"; not "held talks", "held the meeting"
    if concept == "having" and not (after[:1] and after[0] in HAD):
        return False  # "said it had jurisdiction" / "lacked jurisdiction"; not "had been", "has said"
    if concept == "truce" and low in ("failed", "fails") and not any(t.low in TRUCES for t in toks[max(0, k - 7) : k]):
        return False  # "the flood defences failed"; not "the talks failed"
    if concept in COMPARED and not _than(toks, k):
        return False  # "was larger than last year's"; not "a larger share", "more than 20"
    if concept == "adequacy" and not (k and toks[k - 1].low in _BE | {"been", "as"}):
        return False  # "were adequate", "described them as inadequate"; not "inadequate funding"
    if concept == "judgement" and not (k and toks[k - 1].low in _BE | {"been"}):
        return False  # "was right to award the penalty"; not "the right to protest", "turned right"
    if concept == "authentic" and not (k and toks[k - 1].low in _BE or k > 1 and toks[k - 1].low == "a" and toks[
            k - 2].low in _BE):
        return False  # "the scales were genuine" / "were fake", "is a forgery"; not "fake news"
    if concept == "balance" and not (any(t.low in _BALANCED for t in toks[max(0, k - 3) : k]) and not any(
            t.low == "with" for t in toks[k + 1 : k + 3])):
        return False  # "a trade surplus", "a budget deficit"; not "a deficit of trust", nor one with another country
        # ("Norvia's trade surplus with Kessia" is Kessia's deficit with Norvia)
    if concept == "rating" and not any(t.low in RATED for t in toks[max(0, k - 5) : k]):
        return False  # "rated the school outstanding"
    if low in ("met", "meets", "meet") and not any(t.low in TARGETS for t in toks[k + 1 : k + 12] if not t.is_break):
        return False  # "met its target", "met its four-hour waiting target"; not "met the president"
    if low in ("made", "makes") and not (after[:2] == ["the", "cut"]):
        return False  # "made the cut" / "missed the cut"; not "made a statement"
    if low == "short" and not (k and (toks[k - 1].low in _FELL or k > 1 and toks[k - 1].low in _WELL and toks[
            k - 2].low in _FELL)):
        return False  # "fell short of forecasts", "fell well short of forecasts"
    if low == "voted" and concept == "approval" and side == 0:
        return after[:1] == ["through"]  # "the bill was voted through" / "was voted down"
    if concept == "approval" and low in ("passed", "passes") and not (after[:1] and after[0] in PASSED):
        return False  # "the Senate passed the bill" / "blocked the bill"; not "passed away", "passed on Tuesday"
    if concept == "approval" and low in ("turned", "turns") and after[:1] != ["down"]:
        return False  # "turned down the application"
    if low == "voted" and concept in ("approval", "success", "acceptance") and after[:1] != ["down"]:
        return False  # "senators voted down the bill"
    if concept == "qualification" and low == "missed" and after[:1] != ["out"]:
        return False  # "missed out on qualification"; not "missed the deadline"
    if concept == "attendance" and low == "part" and not (k and toks[k - 1].low in _TAKE):
        return False  # "took part in the talks"; not "part of the talks"
    if concept in _BY_NORM and not NORMS & {x.low for x in toks[k + 1 : k + 7]}:
        return False  # "above the 1981-2010 average"; not "above the town"
    if low == "elected" and not (k > 1 and toks[k - 1].low == "-" and toks[k - 2].low == "re"):
        return False  # "was re-elected"
    if concept == "acceptance" and low in ("turned", "turn", "turns", "turning") and after[:1] != ["down"]:
        return False  # "turned down the offer"
    if low in ("threw", "throws", "thrown") and after[:1] != ["out"]:
        return False  # "threw out the motion"; not "threw a stone"
    if concept == "inclusion" and not _included(toks, k):
        return False  # "was left out of the squad", "dropped from the team"; not "left the club", "prices dropped"
    if concept in ("approval", "acceptance") and side == 1 and bid_to_undo(toks, k):
        return False  # "rejected Harbin Foods' bid to have the lawsuit dismissed": a refusal to undo, not one to do
    if concept == "acceptance" and low == "declined" and not offer_after(toks, k):
        return False  # "declined an invitation"; not "declined to comment", "shares declined"
    if low == "away" and not (k and toks[k - 1].low in STAY_FORMS):
        return False  # "stayed away from the summit"
    if concept == "appeal" and low in ("struck", "strikes") and after[:1] != ["down"]:
        return False  # "struck down the ban"; not "the quake struck"
    if concept == "truce" and low in _KEPT_OR_BROKEN:  # "the ceasefire was respected" / "rebels violated the truce"
        return any(t.low in TRUCES for t in toks[max(0, k - 7) : k + 4])
    if concept == "truce" and side == 0 and low != "standing" and k + 1 < len(toks) and not (
            toks[k + 1].is_break or toks[k + 1].low in HELD_AFTER or (
                toks[k + 1].low in HELD_WHEN and any(t.low in TRUCES for t in toks[max(0, k - 7) : k]))):
        return False  # "the truce held", "is holding firm", "the ceasefire held on its second day"; not "held
        # talks", "holding hostages", "talks were held on Sunday"
    if concept == "containment" and side == 1 and not any(t.low in FIRES for t in toks[max(0, k - 14) : k]):
        return False  # "the fire is still spreading"; not "the virus is spreading"
    at = k - 1 if low == "critical" and k > 2 and toks[k - 1].low == "a" else k  # ("is in a critical condition")
    if (low in ("afloat", "standing") or (concept == "discharge" and low in ("intensive", "critical"))) and not (
            at and toks[at - 1].low in STAY_FORMS or at > 1 and toks[at - 1].low == "in" and (
                toks[at - 2].low in _IS or toks[at - 2].low == "still" and at > 2 and toks[at - 3].low in _IS) or (
                low == "intensive" and k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in MOVED_TO)):
        return False  # "remained afloat", "remained standing", "remains in intensive care", "is in critical condition",
        # "was still in intensive care", "was moved to intensive care"
    if concept == "damage" and k and toks[k - 1].low in _SEVERELY:
        return False  # "badly damaged", "virtually destroyed": either may be said of the same ruin
    if concept in ("schedule", "continuation") and not on_schedule(toks, k):
        return False  # "began as scheduled", "carried on as normal"; not "is scheduled to begin", "halted for an hour"
    return True


_FELL = frozenset("fell falls fall came comes".split())
_WELL = frozenset("well far just slightly".split())


def _than(toks: list[Tok], k: int) -> bool:
    """Whether the comparative at ``k`` is followed by "than" (in three words: "more people voted than"), and that by
    no number ("more than 20")."""
    for j in range(k + 1, min(len(toks) - 1, k + 4)):
        if toks[j].low == "than":
            return not (toks[j + 1].is_number or toks[j + 1].low in WORD_NUMBERS)
        if toks[j].is_break:
            return False
    return False


_GRANTED = frozenset("""bail parole asylum entry access permission visa visas pardon clemency plea application custody
    appeal applications request injunction licence license permit status renewal extension waiver motion bid recount
    designation exemption refund refunds compensation""".split())
_NOT_WHOM, _NOT_LET = frozenset("of on in for to about over that with from by".split()), frozenset("to by for of with".split())


def _let_in_or_out(toks: list[Tok], k: int, side: int) -> bool:
    """Whether the verb at ``k`` lets someone in or keeps them out, named after it: "will allow cameras in the
    courtroom", "barred UN inspectors from entering"."""
    for j in range(k + 2, min(len(toks), k + 6)):
        if toks[j].low in (("from",) if side else ("in", "into", "on", "at", "back")):
            return all(t.is_word and t.low not in _NOT_LET for t in toks[k + 1 : j])
        if toks[j].is_break:
            return False
    return False


def _past_period(toks: list[Tok], j: int) -> int:
    """``j``, or the word before the period a result is of ("a third-quarter loss": "a")."""
    while j > 0 and (toks[j].low in _PERIOD or toks[j].low == "-" or toks[j].is_number):
        j -= 1
    return j


_PERIOD = frozenset("quarter half year full first second third fourth".split())


def _granted_thing(toks: list[Tok], k: int) -> bool:
    """Whether what the verb at ``k`` grants or denies is bail, parole, asylum, entry, ...: "was denied bail"."""
    if k and (toks[k - 1].low in _BE or any(t.low == "which" for t in toks[max(0, k - 5) : k])) and any(
            t.low in _GRANTED for t in toks[max(0, k - 12) : k]):
        return True  # "a late-night licence for the venue was refused", "a recount, which the returning officer refused"
    named = k + 1
    while named < len(toks) and (toks[named].cap and toks[named].is_word or toks[named].low == "-" and named > k + 1 and (
            named + 1 < len(toks) and (toks[named + 1].cap or toks[named + 1].is_number)) or toks[named].is_number and (
            toks[named - 1].low == "-")):  # ("HX-207")
        named += 1  # a name: whom it is given to, or whose it is ("granted Ostrava Lions a licence", "grants US request")
    if named > k + 1 and named + 1 < len(toks) and toks[named].low in ("'s", "'"):
        named += 1  # ("granted Northway Energy's request")
    if named > k + 1 and named + 1 < len(toks) and (toks[named].low in _GRANTED or toks[named].low in ("a", "an") and (
            toks[named + 1].low in _GRANTED) or not toks[named].cap and any(t.low in _GRANTED for t in toks[
            named + 1 : named + 3])):  # ("granted HX-207 breakthrough therapy designation")
        return True
    for j in range(k + 2, min(len(toks), k + 6)):  # past whom it is given to: "refused the detained journalist bail"
        if toks[j].low in _GRANTED:
            if all(t.is_word and not t.cap and t.low not in _NOT_WHOM for t in toks[k + 1 : j]):
                return True
            break
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


def _included(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` tells who is in or out of something: "included in", "excluded from", "omitted from",
    "left ... out of" (the one left out between), "dropped from"."""
    low, after = toks[k].low, [t.low for t in toks[k + 1 : k + 6]]
    if low == "includes":  # "the new budget includes funding for the seawall"
        return True
    if low == "left":
        out = after.index("out") if "out" in after[:4] else None  # ("left Rohan Pillai out of", "was left out of")
        return out is not None and not any(t in ("of", "in") for t in after[:out]) and (
            after[out + 1 : out + 2] == ["of"])
    if low in ("dropped", "covered"):
        return after[:1] == (["from"] if low == "dropped" else ["by"])  # ("dropped from", "covered by the scheme")
    if low == "named":  # "has been named in the national squad"; not "named in the lawsuit"
        return after[:1] == ["in"] and any(t in _SQUADS for t in after[1:5])
    return after[:1] in (["in"], ["from"])


_ASSETS = frozenset("assets accounts account funds savings property properties".split())
_WHILE = frozenset("while as with despite regardless until unaffected normally".split())
_FOUND_SO = frozenset("guilty negligent liable culpable".split())  # (only after "found")
_AT_PLACE = ("on", "in", "at")  # ("was permitted at Monte Calvo" / "was banned at Monte Calvo")
__all__ = ["COMPARED", "says"]
