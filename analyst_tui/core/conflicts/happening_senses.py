"""Where a happening's word stands (``happenings``): whether an object follows it ("police arrested a man"; not
"the warehouse burned down overnight"), and whether it is used in another sense than the happening here ("discharged
a handgun", "opened fire", "close to the border", "the Trump administration", "won the match")."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import NO_OBJECT, RELATIVE, whose_time
from analyst_tui.core.conflicts.cues import after_be
from analyst_tui.core.conflicts.happening_words import DEALS, found_otherwise
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.tokens import Tok, described_by, stem

_TRADING = frozenset("up down higher lower flat unchanged".split())
_FLUIDS = frozenset("fuel oil crude gas water chemicals sewage diesel petrol radiation".split())
_COUNTED = frozenset(stem(w) for w in """people persons men women children boys girls workers employees staff jobs
    passengers civilians soldiers troops residents students pupils migrants protesters miners tourists patients
    villagers hostages prisoners inmates fans crew members officers police""".split())
_NEWS_DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today overnight
    weekend week""".split())
_PRIZES = frozenset("prize prizes award awards medal medals trophy nomination oscar oscars grammy emmy".split())
_RULINGS = frozenset("""ruling rulings rule rules decision verdict conviction convictions ban law policy order
    sentence judgment judgement result""".split())
_HOLDINGS = frozenset("shares stake stakes holdings assets positions stock stocks investments".split())
_KIN_OPENERS = frozenset("his her their loved family friends relatives".split())
_BODIES = frozenset("club company party band government firm team coalition group board cabinet".split())
_PLACES_COUNTED = frozenset(stem(w) for w in "stores shops branches outlets factories plants offices schools".split())
_TOTALS = frozenset("total target score".split())
_INSOLVENT = frozenset("bankruptcy voluntary compulsory".split())
CARE = frozenset("hospital clinic infirmary hospice prison jail".split())  # (left: discharged or released)


_SPARED_FROM = frozenset("""injury injuries harm unhurt unscathed suspension ban punishment sanction sanctions penalty
    prosecution charges conviction jail prison sentence death relegation""".split())


def other_sense(toks: list[Tok], k: int, label: str) -> bool:
    """Whether the word at ``k`` is used in another sense than the happening ``label`` here."""
    low, n = toks[k].low, len(toks)
    after = toks[k + 1].low if k + 1 < n else ""
    if described_by(toks, k):
        return True  # "typhoon-damaged infrastructure": a word that describes a thing, not news of what befell it
    if label == "escape" and any(t.low in _FLUIDS for t in toks[max(0, k - 6) : k]):
        return True  # "ten thousand tonnes of fuel oil had escaped": leaked, not fled
    if label == "escape" and any(t.low in _SPARED_FROM for t in toks[k + 1 : k + 4]):
        return True  # "escaped injury", "escaped a suspension": spared it, not fled
    if label == "flee" and k and toks[k - 1].low in ("who", "which", "that", "had", "having"):
        return True  # "the journalist, who fled to Veloria last year": what came before, not the news
    if label == "discharge" and any(t.low in _WEAPONS for t in toks[k + 1 : k + 4]):
        return True  # "discharged a handgun": fired, not sent home
    if label == "join" and any(t.low in _STOPPAGES for t in toks[k + 1 : k + 5]):
        return True  # "joined Monday's walkout": walked out, not signed for someone
    if label == "bankrupt" and low in ("administration", "liquidation"):
        return not (k and toks[k - 1].low == "into" or k > 1 and toks[k - 2].low == "into" and toks[k - 1].low in (
            _INSOLVENT))  # "went into administration", "into bankruptcy liquidation"; not "the Trump administration"
    if low == "liquidated":  # "the firm was liquidated"; not "the shares were liquidated", sold
        return any(t.low in _HOLDINGS for t in toks[max(0, k - 6) : k + 3])
    if low == "went" and label == "strike":
        return not (k + 2 < n and toks[k + 2].low == "strike")  # "went on strike"
    if label == "birth" and low == "born":  # news of a birth: "was born at the zoo on Tuesday"; not a life's
        return not any(t.low in _NEWS_DAYS for t in toks[k + 1 : k + 8])  # start: "Born in the Bronx in 1928"
    if low in ("filed", "files"):
        return not (k + 2 < n and toks[k + 2].low in ("bankruptcy", "insolvency"))  # not "filed for divorce"
    if label == "leak" and object_follows(toks, k) and low not in ("sprang", "springs", "sprung"):
        return not _FLUIDS & {x.low for x in toks[k + 1 : k + 4]}  # "leaked fuel"; not "leaked information"
    if label == "chase" and after == "down" and any(t.low in _TOTALS for t in toks[k + 2 : k + 6]):
        return True  # "chased down Northport's total": won by batting second, not a pursuit
    if low == "forced":  # "the chairman was forced out"; not "forced out of their flat", evicted
        return k + 2 < n and toks[k + 2].low == "of"
    if low == "put":
        return not after_be(toks, k)  # "the horse was put down"; not "put down the rebellion"
    if label == "win":
        return not _PRIZES & {x.low for x in toks[k + 1 : k + 6]}  # "won the Booker Prize"; not "won the match"
    if label == "capsize" and low.startswith("overturn") and _RULINGS & {x.low for x in toks[k + 1 : k + 6]}:
        return True  # "overturns Bush administration ruling": a ruling undone, not a vehicle on its roof
    if label == "surround" and after == "by" and k + 2 < n and toks[k + 2].low in _KIN_OPENERS:
        return True  # "died peacefully, surrounded by his family"
    if low in _TO_OPEN_OR_CLOSE:  # "will close 40 stores", "is opening a plant"; not "close to the border", "a close
        return not _places_follow(toks, k)  # friend", "opening remarks", "the shop is open"
    if low == "closed":  # "closed his restaurant", "the road was closed"; not "shares closed at 1,640", "closed up 3%"
        return not after_be(toks, k) and not object_follows(toks, k) or after in _TRADING
    if low == "opened":  # "opened 40 stores", "the museum was opened"; not "opened fire", "opened higher"
        return not after_be(toks, k) and not object_follows(toks, k) or after in _TRADING or after == "fire"
    if low in ("placed", "sent", "fled") and label in ("arrest", "exile"):  # "placed under house arrest", "fled into
        return not any(t.low in ("arrest", "exile") for t in toks[k + 2 : k + 4])  # exile"; not "placed under review"
    if label == "sign":  # "signed the midfielder", "the treaty was signed"; not "signed off", "signed up to"
        return after in ("off", "up", "on", "in", "to", "out")
    if label in ("join", "leave"):  # "joined Juventus", "left the club"; not "left the room", "was left stranded",
        return after_be(toks, k) or not (k + 1 < n and toks[k + 1].cap and toks[k + 1].is_word or after == "the" and (
            k + 2 < n and toks[k + 2].low in _BODIES)) or any(t.low in CARE for t in toks[k + 1 : k + 5])  # "left
        # Mercy Hospital" (discharged)
    if label == "land" or label == "threaten":  # "the first stage landed on a droneship"; not "landed a contract",
        if label == "threaten":
            return after in ("to", "with")  # "threatened to resign"
        return low == "landed" and object_follows(toks, k) and not after.endswith("ly") and after != "hard"
    if label == "extend" and not object_follows(toks, k) and not after_be(toks, k):
        return True  # "extended the contract", "the deadline was extended"; not "the queue extended around the block"
    if label == "find":  # "the painting was found in a barn"; not "was found guilty", "was found to have lied", "was
        # found dead", "found beaten": what was found is the news, told by the word after
        return found_otherwise(toks, k)
    if label == "intensive_care":
        return False
    if low == "moved" and label != "postpone":  # "were moved to another location": transferred; not "moved to safety"
        words = [t.low for t in toks[k + 1 : k + 5]]
        return words[:1] != ["to"] or not set(words[1:2]) & {"another", "a", "an", "the", "new"} or bool(
            set(words) & _SAFETY)
    if label == "hospital" and low in ("taken", "rushed"):  # "was taken to (a) hospital"; not "taken to court", "to a
        return not (k + 2 < n and (toks[k + 2].low == "hospital" or toks[k + 2].low == "a" and any(  # commercial court"
            t.low in _HOSPITALS for t in toks[k + 3 : k + 6])))
    if low == "sentenced":  # "was sentenced to prison", "sentenced the blogger to five years in prison": jailed; not
        # "sentenced to death", "to community service", a term suspended
        return not (k + 2 < n and toks[k + 2].low in ("prison", "jail") or any(
            t.low in ("prison", "jail") and toks[j - 1].low in ("in", "to")
            for j, t in enumerate(toks[k + 2 : k + 12], k + 2))
            and not any(t.low == "suspended" for t in toks))
    if low == "wound":
        return not after_be(toks, k)  # "the lender was wound up"; not "the talks wound up on Friday"
    if label == "recover":  # ("has recovered, doctors said": the patient has; "made a full recovery")
        return low != "full" and after != "from" and not (k and toks[k - 1].low in ("has", "have", "had") and (
            k + 1 == n or toks[k + 1].is_break or after == "fully"))  # "recovered from Ebola"; not "recovered the
        # body", "shares recovered"
    if label == "knocked_out":
        return not (k + 2 < n and toks[k + 2].low == "of")  # "was knocked out of the Madrid Open"; not "knocked out power"
    if label == "struck_off":
        return not after_be(toks, k)  # "the GP was struck off"; not "a quake struck off Aceh"
    if label == "shelter" and low.startswith("shelter"):
        return not (k + 2 < n and toks[k + 2].low == "place")  # "told to shelter in place"; not "shelter in tents"
    if label == "pregnant":  # "the Duchess is pregnant"; not "Nikia Kilpatrick, who was pregnant, was found"
        return k > 1 and toks[k - 2].low in RELATIVE
    if low == "listed" and label == "listing":  # "was listed on the Marlin stock exchange"; not "listed on its website"
        return not any(t.low in ("exchange", "bourse", "nasdaq", "market") for t in toks[k + 2 : k + 7])
    if low == "blocked" and DEALS & {t.low for t in toks[max(0, k - 4) : k + 5]}:
        return True  # "saw their planned merger blocked by the regulator": refused, not a road blocked
    if low == "booked":  # "was booked for a foul"; not "booked a flight", "was booked into county jail" (arrested)
        return not after_be(toks, k) or after in ("into", "on")
    return False


_SAFETY = frozenset("safety safe safer shelter shelters hospital".split())
_HOSPITALS = frozenset("hospital clinic infirmary centre center unit".split())  # ("taken to a nearby hospital", "to a
# trauma centre")


def object_follows(toks: list[Tok], end: int) -> bool:
    j = end + 1
    if j + 1 < len(toks) and toks[j].low in _PARTICLES and (toks[j + 1].is_break or toks[j + 1].low in NO_OBJECT):
        return False  # "the warehouse burned down overnight": no object
    return j < len(toks) and not toks[j].is_break and (toks[j].low not in NO_OBJECT or whose_time(toks, j)) and (
        not toks[j].is_number or _counts_people(toks, j))
_PARTICLES = frozenset("down up out off away".split())
_STOPPAGES = frozenset("walkout walkouts strike strikes stoppage protest protests picket march sit-in".split())
_WEAPONS = frozenset("handgun gun guns weapon weapons firearm firearms rifle pistol shotgun shot shots round rounds".split())
_TO_OPEN_OR_CLOSE = frozenset("close closes closing shuts shutting open opens opening".split())
_BEFORE_PLACES = frozenset("its their the a an new more down up".split())  # ("shutting down its plant")
_PLACES = _PLACES_COUNTED | frozenset(stem(w) for w in """store shop branch outlet factory plant office school mine
    museum hospital restaurant clinic depot warehouse""".split())


def _places_follow(toks: list[Tok], k: int) -> bool:
    """Whether places a business or a body runs follow the verb at ``k``: "40 stores", "its plant in Ohio", "a new
    factory"."""
    for t in toks[k + 1 : k + 5]:
        if stem(t.low) in _PLACES:
            return True
        if not (t.is_number or t.low in WORD_NUMBERS or t.low in _BEFORE_PLACES or t.cap):
            return False
    return False


def _counts_people(toks: list[Tok], j: int) -> bool:
    """Whether the number at ``j`` counts the ones a verb befell: "laid off 500 workers", "killed 12 people", "shut 40
    stores"."""
    return j + 1 < len(toks) and (stem(toks[j + 1].low) in _COUNTED or stem(toks[j + 1].low) in _PLACES_COUNTED)


__all__ = ["CARE", "object_follows", "other_sense"]
