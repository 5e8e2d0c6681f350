"""The words ``outcomes`` reads around a verb of an outcome to tell whether it states that outcome where it stands:
"rose 5%", "the ceasefire held on its second day", "upheld his appeal", "was towed into port".
"""

from __future__ import annotations

from analyst_tui.core.conflicts.numbers import is_year
from analyst_tui.core.conflicts.polarity_words import CALL_FORMS, GO_FORMS, MOVED, STAY_FORMS
from analyst_tui.core.conflicts.swaps import other_party
from analyst_tui.core.conflicts.tokens import Tok, stem

MOVES_OF_PRICE = frozenset("up down higher lower flat unchanged".split())
_VENUES = frozenset(stem(w) for w in """stores shops branches outlets factories plants offices schools theatres theaters
    cinemas restaurants hotels clinics sites locations""".split())


def trading_day(toks: list[Tok], k: int) -> bool:
    """Whether a number or a move after "closed" or "opened" at ``k`` tells a day's trading ("closed up 3%", "closed at
    1,640"; not "reopened between junctions 14 and 15", "will close in 2030", "closed all 34 of its theatres")."""
    return any(x.is_number and not is_year(x) and not _clock(toks, j) or x.low in MOVES_OF_PRICE for j, x in enumerate(
        toks[k + 1 : k + 4], k + 1)) and not any(
        x.low in ("between", "from", "after", "until") for x in toks[k + 1 : k + 3]) and not any(
        stem(x.low) in _VENUES for x in toks[k + 1 : k + 7])
MOVED_TO = frozenset("moved transferred taken rushed".split())


def _clock(toks: list[Tok], j: int) -> bool:
    """Whether the number at ``j`` is a time of day ("reopened at 4pm", "at 6.30 a.m.")."""
    return j + 1 < len(toks) and toks[j + 1].low in ("am", "pm", "a.m.", "p.m.", "gmt", "bst")


def moved_at(toks: list[Tok], k: int) -> bool:
    """Whether "up", "down", "higher" or "lower" at ``k`` tells a move: after a verb of one ("were up 3%", "closed
    lower"), after a figure after one ("were 12% higher", "traded 5 points lower") or, in a headline, after what moved
    ("Halvern shares up 12%", "Vantage shares 22% higher"); not "shot down", "up to 10 people"."""
    if k + 1 < len(toks) and toks[k + 1].low == "to":
        return False
    j = k - 1
    if j > 0 and toks[j].low in FIGURED and toks[j - 1].is_number:
        j -= 2  # ("were 12% higher")
    elif j >= 0 and toks[j].is_number:
        j -= 1  # (a figure without its unit: "closed 5 lower")
    return j >= 0 and (toks[j].low in MOVED or toks[j].low in _TRADED and (
        k + 1 < len(toks) and (toks[k + 1].is_number or toks[k + 1].low in _AFTER_MOVE) or j < k - 1))


_TRADED = frozenset("shares stock stocks index prices futures".split())  # what moves, before a move in a headline
_AFTER_MOVE = frozenset(("in", "on", "after", "at"))
FIGURED = frozenset("cent percent % pc points point".split())  # before a move said as a noun
CLOSED = frozenset("closed ended finished opened traded trading".split())  # "the FTSE 100 closed higher"
CARRIED = frozenset("carry carries carried carrying".split())  # before "on": "deliveries will carry on"
PARTICLE_OF = {"ahead": GO_FORMS | frozenset("press presses pressed pressing push pushes pushed pushing".split()),
                "off": CALL_FORMS, "open": STAY_FORMS, "custody": frozenset(("in", "into")),
                "large": frozenset(("at",)), "on": frozenset(("still",)) | CARRIED,
                "through": frozenset("fall falls fell fallen falling".split()),  # "the deal fell through"
                "out": frozenset(("voted", "missed", "crashed", "bowed", "dumped", "tumbled")),  # "was voted out of
                # office", "missed out on the award", "crashed out of the Monaco Grand Prix"
                "aside": frozenset("set sets setting".split())}  # "set aside the High Court order"
LANDED = frozenset("land lands landed landing reached reaches arrived arrives down".split())  # "touched down"
# "climbed to a three-week high"; what is measured ("unemployment rose", "exports grew in August")
MEASURES = frozenset("high low record peak".split())
MEASURED = frozenset(stem(w) for w in """unemployment inflation prices exports imports sales output production
    crime profits revenue turnover growth wages earnings borrowing debt deficit emissions membership economy gdp
    approvals futures
    population attendance enrolment enrollment ridership spending investment demand employment bills costs fares
    rents premiums tariffs rates funding subsidies budget grants pensions salaries assaults incidents complaints
    admissions thefts burglaries number levels turnout scores grades value values valuation
    pound sterling dollar euro yen yuan rouble ruble rupee rand lira peso franc currency""".split())
TARGETS = frozenset("target targets goal goals deadline expectations forecasts".split())
PRICED = frozenset("""rate rates fees fee prices wages wage pay tax taxes fares rents tariffs pension pensions
    benefits allowance salaries""".split())
RATED = frozenset("rated rates rating judged graded".split())
NORMS = frozenset("average normal norm forecast forecasts expectations estimate estimates target".split())
STEEPLY = frozenset("sharply slightly steeply modestly marginally strongly heavily".split())  # "shares rose sharply"
STEEP_MOVES = frozenset("surg soar plun slum tumb plum".split())  # (the first four letters of each form)
RESTRICTIONS = frozenset("""curfew curfews ban bans sanctions sanction embargo blockade lockdown restrictions
    restriction tariffs tariff moratorium emergency cap caps quota quotas orders order warnings suspension notice
    notices advisory advisories""".split())  # ("the boil-water notice was lifted" / "was extended")
POLICIES = frozenset("""policy policies programme program scheme subsidy subsidies subsidies target targets peg
    system regime suspension moratorium exemption waiver cap caps freeze""".split())
STAYS = frozenset("remain remains remained stay stays stayed".split())
STOPPAGES = frozenset("strike strikes walkout walkouts stoppage stoppages protest protests boycott".split())
TESTED = frozenset("tested tests test back proved proves".split())
VOTED = frozenset("voted votes vote voting".split())
APPEALS = frozenset("""appeal appeals challenge challenges complaint complaints request requests application
    applications petition petitions claim claims protest protests objection objections review reviews""".split())
# ("upheld the protest from Brooks' camp" / "dismissed the protest", "the judicial review was dismissed")
LICENCES = frozenset("licence licences license licenses permit permits visa visas accreditation registration".split())
HELD_SEATS = frozenset("seat seats title lead majority crown belt record championship presidency".split())
HAD = frozenset("""jurisdiction authority power powers evidence grounds standing capacity funds funding support
    majority licence license permission consent""".split())
PASSED = frozenset("the a an its their legislation law laws bill bills motion budget measure amendment".split())
KEPT = frozenset("the his her their its control power hold".split())
LIMITS = frozenset("limit limits threshold thresholds standard standards ceiling cap".split())
OFFERS = frozenset("""invitation invitations offer offers request requests proposal proposals settlement call-up call
    nomination nominations bid bids terms award honour honor knighthood peerage post job role contract deal prize
    prizes medal donation donations gift gifts""".split())
PORTS = frozenset("port harbour harbor shore dock docks safety ashore clear back out".split())  # ("towed to safety",
# "towed clear", "towed back to St John's", "towed out of the lock")
TOLD = frozenset("ordered told urged asked advised instructed".split())
VESSELS = frozenset("tanker ship vessel boat ferry freighter yacht trawler aircraft plane".split())
# ("admitted to hospital", "to Ward 7", "to intensive care", "to the isolation unit at the Royal Free Hospital")
HOSPITALS = frozenset("hospital hospitals clinic ward infirmary icu care unit".split())
EARNED = frozenset("net a pre-tax operating quarterly annual full-year".split())
DRAWN_AFTER = frozenset("at with in against".split())
_GAMES = frozenset("match game clash tie fixture test encounter derby final contest series".split())
_NOT_DRAWN_AFTER = frozenset("up into from by out to on".split())  # ("drawn up", "drawn into the dispute")


def drawn(toks: list[Tok], k: int) -> bool:
    """Whether "drew", "draw" or "drawn" at ``k`` tells a game drawn: "drew 1-1", "drew with Chelsea", "drew at home",
    "drew their (league) match", "drew his last-round game", "ended in a draw", "the game was drawn"; not "drew
    criticism", "drew up a plan", "the draw for the next round"."""
    low, after = toks[k].low, toks[k + 1 : k + 4]
    if low == "draw":
        return k > 1 and toks[k - 1].low == "a" and toks[k - 2].low == "in"
    if low == "drawn":
        return k > 0 and toks[k - 1].low in ("was", "were", "been", "is") and not (after and after[0].low in (
            _NOT_DRAWN_AFTER))
    return not after or after[0].low in DRAWN_AFTER or after[0].is_break or after[0].is_number or (
        after[0].low in ("their", "the", "its", "his", "her") and any(t.low in _GAMES for t in toks[k + 2 : k + 7]))
HELD_WHEN = frozenset("on for through into overnight after".split())
TRUCES = frozenset("""ceasefire cease-fire truce armistice dam levee dyke dike embankment defences defenses barrier
    barriers""".split())  # "the dam held", "the flood defences held"
FIRES = frozenset("fire fires blaze blazes wildfire wildfires flames".split())
NOT = frozenset(("not", "never", "n't"))
HELD_AFTER = frozenset("firm up steady and but despite".split())
HOLDERS = frozenset("police federal military state protective".split())  # "in police custody"

# A state of one thing ("the mine reopened on Monday" / "has been closed indefinitely"): the same when the two name it
# alike and neither acts on anything (``bare``).
STATES_OF = frozenset(("opening", "resumption"))


def bare(toks: list[Tok], k: int) -> bool:
    """Whether the outcome at ``k`` acts on nothing: the end of its clause, when ("on Monday"), or a word in -ly after
    it ("reopened on Monday", "has been closed indefinitely"; not "closed its eastern shaft")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.is_break or nxt.low in _WHEN or nxt.low.endswith("ly") and len(nxt.low) > 4


_WHEN = frozenset("on in at after for until since from during overnight today yesterday tomorrow again".split())


def traded(toks: list[Tok], k: int) -> bool:
    """Whether "bought" or "sold" at ``k`` is a trade by its subject with no other party named: an object follows, and
    no "to" or "from" a name ("the central bank sold 20 tonnes of gold"; not "the ticket sold in Florida", nor "sold the
    tower to Pearl River Resorts", which ``swaps`` reads)."""
    return not (k + 1 >= len(toks) or toks[k + 1].is_break or toks[k + 1].low in _NO_OBJECT) and other_party(
        toks, k + 1) is None and not _party_described(toks, k + 1, "to" if toks[k].low[:3] in ("sol", "sel") else (
            "from"))


def _party_described(toks: list[Tok], k: int, word: str) -> bool:
    """Whether a party in small letters follows ``word`` ("to" after a sale, "from" after a purchase) in the clause from
    ``k`` ("sold their tickets to touts", "bought the painting from a man in a pub"; not "sold gold to raise cash",
    "sold gold from its reserves")."""
    for j in range(k, min(len(toks) - 1, k + 8)):
        if toks[j].is_break:
            return False
        if toks[j].low == word:
            nxt = toks[j + 1]
            return nxt.low in _PARTY_OPENERS or nxt.is_word and not nxt.cap and nxt.low.endswith("s") and (
                not nxt.low.endswith("ss"))
    return False


_PARTY_OPENERS = frozenset("a an the his her their its our my".split())


_NO_OBJECT = frozenset("in at by to from for on through via after before out".split())


def stance(toks: list[Tok], k: int) -> bool:
    """Whether the approval at ``k`` is a stance taken, not a decision made: "supports the tourist tax", "has come out
    against the tax" (not "voted against", "backed the bill": a vote)."""
    low = toks[k].low
    return low in _STANCES or low == "against" and not (k and toks[k - 1].low in ("voted", "vote", "votes"))


_STANCES = frozenset("support supports supported supporting oppose opposes opposed opposing".split())


def on_schedule(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` says whether a thing went on as planned: "began as scheduled", "carried on as
    normal" (not "is scheduled to begin", "back to normal"), "was halted" (not for a while: "halted for an hour",
    "briefly halted", "halted ... before resuming")."""
    low = toks[k].low
    if low in ("scheduled", "normal"):
        return k > 1 and toks[k - 1].low == "as" and (low == "scheduled" or toks[k - 2].low in _WENT_ON)
    if low == "normally":
        return k > 0 and toks[k - 1].low in _RAN  # "flights operated normally"
    if low == "dropped":
        return k > 0 and toks[k - 1].low in ("was", "were", "been", "be", "is", "are")  # "the investigation was dropped"
    if low in ("running", "flowing"):
        return k > 0 and toks[k - 1].low == "still" or any(toks[j].low in _KEEP_FORMS and all(
            t.is_word for t in toks[j + 1 : k]) for j in range(max(0, k - 4), k))  # "trains kept running", "kept
        # production running"
    if low == "halted":
        return not (k + 1 < len(toks) and toks[k + 1].low in _FOR_A_WHILE or toks[k - 1].low in _FOR_A_WHILE or any(
            t.low.startswith("resum") for t in toks))
    return True


_WENT_ON = frozenset("continued continues continue continuing on running operating".split())  # "carried on as normal"
_FOR_A_WHILE = frozenset("for briefly temporarily until".split())
_KEEP_FORMS = frozenset("kept keep keeps keeping".split())
_RAN = frozenset("operated operate operates operating ran run runs running continued functioned functioning".split())


def a_move(toks: list[Tok], k: int) -> bool:
    """Whether the word of a rise or a fall at ``k`` is a noun: "a surge in vehicle thefts", "the fall in prices", "the
    minimum wage rise", "a rate cut" (and "this fall", a season)."""
    return k > 0 and (toks[k - 1].low in _BEFORE_MOVE or toks[k].low in _MOVES and toks[k - 1].low in _OF_MOVES)


_BEFORE_MOVE = frozenset("a an the this last next early late".split())
_MOVES = frozenset("rise increase fall drop decline jump surge gain slump cut dip climb".split())
_OF_MOVES = frozenset("wage pay price tax fare rent rate salary pension tariff interest".split())  # ("the wage rise")


__all__ = ["APPEALS", "CLOSED", "DRAWN_AFTER", "EARNED", "FIGURED", "FIRES", "HAD", "HELD_AFTER", "HELD_SEATS", "HELD_WHEN", "HOLDERS", "HOSPITALS", "KEPT", "LANDED", "LICENCES", "LIMITS", "MEASURED", "MEASURES", "MOVED_TO", "MOVES_OF_PRICE", "NORMS", "NOT", "OFFERS", "PARTICLE_OF", "PASSED", "POLICIES", "PORTS", "PRICED", "RATED", "RESTRICTIONS", "STAYS", "STEEPLY", "STEEP_MOVES", "STOPPAGES", "TARGETS", "TESTED", "TOLD", "TRUCES", "VESSELS", "VOTED", "STATES_OF", "a_move", "bare", "drawn", "on_schedule", "stance", "traded"]
