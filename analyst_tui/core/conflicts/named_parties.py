"""The parties a version names, in order, for the act between them (``parties_swapped``): a run of names in capitals
(a country's adjective read as the country, one the lists do not know by its ending: "Brennian", "Sulanese"), or a
person by trade or kin ("her manager", "nurse Joan Kerr"); not one beside a word of saying ("Police said", "according
to the United Nations"), after a word of place ("in San Jose") or before a noun ("the Fairhaven mayoral race"). Also
what tells where a party stands: a win "over" it, "ahead of" it, a stake "in" it, its name said after a role ("her
former manager, Greg Harlan"), the thing of its that was acted on ("Rendal's power grid")."""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import hyphen_joins
from analyst_tui.core.conflicts.nations import NATIONS
from analyst_tui.core.conflicts.tokens import Tok, said_bounds, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST

ROLES = frozenset("""nurse manager farmer minister patient tenant landlord driver teacher student pupil doctor officer
    guard neighbour neighbor coach player captain referee boss employer employee worker aide mayor governor senator
    president chairman husband wife father mother son daughter brother sister girlfriend boyfriend host comedian actor
    actress singer inmate prisoner climber partner client winger striker defender agent publisher employer
    lawyer lorry truck bus van car tram coach ferry tanker""".split())
_NOT_NAMES = frozenset("""the a an in on at of for by from to with and or but as after before when while if it he she
    they we i you this that these those his her their its our my under over during police officials
    according""".split())
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())
_TITLES = frozenset("""rabbi professor president mayor senator dr mr mrs ms sir judge governor captain councillor
    prime minister chancellor bishop rev reverend imam sheikh pastor cardinal archbishop prince princess king queen duke
    duchess lord lady""".split())  # (a title both parties may have)
_SAYING = frozenset("said says say told tell according reported reports added claimed insisted".split())
PLACE = frozenset("in at of near during inside outside".split())  # "unveiled in San Jose": a place, not a party
_MODALS = frozenset("will would must could may might can shall should to".split())
_DOING = frozenset("buying selling acquiring suing taking paying lending".split())
PLAIN_PAST = frozenset("beat hit cut put set let quit shut hurt cast upset outbid sued".split())  # (as the present;
# "sued": too short to read by its ending)
REVERSE = frozenset("""lost lose loses losing received receives receive got get gets borrowed borrow borrows borrowing
    fell fall falls underwent undergo undergoes undergone""".split())  # ("underwent surgery performed by Dr Lind")
_WINS = {"win": "over", "victory": "over", "triumph": "over", "thrashing": "of", "drubbing": "of", "rout": "of",
         "hammering": "of", "knockout": "of", "defeat": "of"}  # (what the first party had over the second: a win)
_CONTENDERS = frozenset("challenger champion defending reigning rival opponent top seed seeded".split())
_PARTICLES = frozenset("de van von der den da di del della du le bin ibn al dos das".split())
BEFORE_NAME = frozenset("the a an his her their its".split())
_AUXILIARIES = frozenset("has have had is was are were".split())  # (after a name, not a noun it qualifies)
_FUNCTION = frozenset("on in at to for from with by of as after before and or".split())
_NOT_NATIONS = frozenset("""veteran human urban suburban partisan republican christian guardian librarian
    historian physician technician musician politician comedian custodian utopian vegetarian""".split())
_OBJECT_OPENERS = BEFORE_NAME | ROLES | frozenset("fellow former rival".split())
SIDES_OF = frozenset("back rear side front".split())  # ("ran into the back of a school bus": the bus)
DONE_TO = frozenset("claimed claims reported reports".split())  # ("claimed a 2-0 win", "reported her colleague")
_WHEN_WORDS = frozenset("last next this earlier overnight yesterday today".split())
_SERVING = frozenset("""working linked tied connected loyal affiliated allied backed troops forces soldiers hackers
    fighters militants police officials diplomats agents spies warships jets drones""".split())
_Party = frozenset[str]


def _is_name(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is a word of a name (a sentence's first word only before a verb or as a nation's)."""
    t = toks[k]
    if not (t.is_word and (t.cap or t.low in NATIONS) and t.low not in _NOT_NAMES and (
            t.low not in _TIMES or _month_in_name(toks, k))):
        return False
    if (k == 0 or toks[k - 1].is_break) and k + 2 < len(toks) and toks[k + 1].low == "-" and not toks[k + 2].cap:
        return False  # a sentence's first word joined to a word after it: "Fifteen-year-old", "Off-duty"
    if (k == 0 or toks[k - 1].is_break) and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap and (
            not verbish(toks[k + 1])) and toks[k + 1].low not in _AUXILIARIES and toks[k + 1].low not in REVERSE and (
            not toks[k + 1].low.endswith("ly")) and toks[k + 1].low not in _BODIES:
        return t.low in NATIONS or _nation_like(t.low)  # a sentence's first word before a noun: "Chat show host Neil
        # Garrick" (but "Velmoran naval vessels", "Ravensfield council")
    return True


_BODIES = frozenset("council police university hospital club authority".split())


def _month_in_name(toks: list[Tok], k: int) -> bool:
    """Whether the month at ``k`` is a first name, between a capitalised word and a surname ("Actress June Farrow")."""
    return toks[k].low in ("april", "may", "june") and 0 < k < len(toks) - 1 and toks[k - 1].cap and toks[
        k - 1].is_word and toks[k - 1].low not in _NOT_NAMES and toks[k + 1].cap and toks[k + 1].is_word and toks[
        k + 1].low not in _TIMES and toks[k - 1].low not in _TIMES


def _nation_like(low: str) -> bool:
    """Whether a capitalised word reads as a nation's adjective that the lists do not know ("Velmoran", "Ostravian",
    "Pelmish")."""
    return len(low) > 5 and low.endswith(("ian", "an", "ish", "ese")) and low not in _NOT_NATIONS


def party_key(low: str) -> str:
    """A word of a party as compared: a nation's adjective as the nation ("Brennian" as "Brennia"), those the lists
    do not know by the name without its ending."""
    if low in NATIONS:
        return NATIONS[low]
    if low in _NOT_NATIONS or len(low) <= 5:
        return low
    if low.endswith("ese") and len(low) > 6:
        return low[:-3]  # ("Sulanese": "Sulan")
    return low[:-1] if low.endswith("ian") else low


def parties(toks: list[Tok], most: int = 2) -> list[tuple[int, int, _Party]]:
    """(start, end, words) of the first ``most`` parties: a run of names, or a person by trade or kin; not beside a
    word of saying. Parties next to each other are one ("Former aide Nina Lorde", "nurse Joan Kerr")."""
    found: list[tuple[int, int, _Party]] = []
    run: tuple[int, int, _Party] | None = None  # the party being read, which the next may still join
    for start, end, words in _candidates(toks):
        if run is not None and run[1] == start:
            run = (run[0], end, run[2] | words)
            continue
        if run is not None and _unsaid(toks, run):
            found.append(run)
            if len(found) == most:
                return found
        run = (start, end, words)
    if run is not None and _unsaid(toks, run):
        found.append(run)
    return found[:most]


def _unsaid(toks: list[Tok], party: tuple[int, int, _Party]) -> bool:
    """Whether the party is not the one who says it: "Police said", "according to police" (but "The network said Dan
    Frey will take over" names a party)."""
    before = [t.low for t in toks[max(0, party[0] - 3) : party[0]]]  # ("according to the United Nations")
    after = toks[party[1] : party[1] + 3]
    if after and after[0].low == "," and said_bounds(toks)[1] == party[1]:
        return "according" not in before  # (what is said ends at the party: "... over Ostrander, said a spokesman")
    return not any(t.low in _SAYING and t.low != "according" and not (t.low in DONE_TO and k + 1 < len(after) and (
        after[k + 1].low in _OBJECT_OPENERS or after[k + 1].cap)) for k, t in enumerate(after[:2])) and (
        "according" not in before)


def _candidates(toks: list[Tok]):
    """Each run of names and each person by trade or kin, in order."""
    k, n = 0, len(toks)
    while k < n:
        t = toks[k]
        if (t.cap or t.low in NATIONS) and _is_name(toks, k):
            j = k + 1
            while j < n and (_is_name(toks, j) or toks[j].low in _PARTICLES and j + 1 < n and toks[j + 1].cap and (
                    _is_name(toks, j + 1)) or hyphen_joins(toks, j)):
                j += 2 if toks[j].low == "-" else 1  # (a name with a particle, "Kees de Wit", or a hyphen, "Hye-jin
                # Park", "Jean-Luc Brun")
            modifier = j < n and k and toks[k - 1].low in ("the", "a") and toks[j].is_word and not toks[j].cap and not (
                j == k + 1 and (t.low in NATIONS or _nation_like(t.low))) and (
                toks[j].low not in NATIONS and toks[j].low not in ROLES and not verbish(toks[j])) and (
                toks[j].low not in _AUXILIARIES and toks[j].low not in _FUNCTION and toks[j].low not in PLACE)  # (not
            # "the Comets on Friday", "the Delmar Boys outside the nightclub")
            if k == 0 and j < n and toks[j].low == ":":
                k = j  # a label before a headline: "BASKETBALL: Comets fall 98-91 to Ravens"
                continue
            if not modifier and (_word_before(toks, k) not in PLACE or _stake_in(toks, k) or won_over(toks, k) or (
                    _members_of(toks, k)) or (
                    ahead_of(toks, k)) or _away_at(toks, k)):
                keys = frozenset(party_key(x.low) for x in toks[k:j])
                yield k, j, keys - _TITLES or keys  # ("the Fairhaven mayoral race": not a party)
            k = j
            continue
        if t.low in ROLES and not any(x.low == "of" and not (j and toks[j - 1].low in SIDES_OF) for j, x in enumerate(
                toks[max(0, k - 3) : k], max(0, k - 3))):
            yield k, k + 1, frozenset((t.low,))  # (not "the family of a former patient")
        k += 1


def _stake_in(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "a stake in" ("buying a 30% stake in Coastal Jet": the other party)."""
    j = k - 1
    while j >= 0 and (toks[j].low in BEFORE_NAME or not toks[j].cap and toks[j].low not in ("in", "stake")):
        j -= 1
    return j > 0 and toks[j].low == "in" and toks[j - 1].low in ("stake", "stakes")


def won_over(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` is the one a win was over: "a 2-0 win over", "a 4-0 thrashing of", "a ninth-round
    knockout of challenger Jamal Pierce"."""
    j = k - 1
    while j >= 0 and (toks[j].low in BEFORE_NAME or toks[j].low in _CONTENDERS):
        j -= 1
    return j > 0 and _WINS.get(toks[j - 1].low) == toks[j].low


def _members_of(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "members of", "supporters of" or "the board of" (those who act for the party:
    "members of the Eastside Crew ambushed", "The board of Sentry Retail rejected")."""
    j = k - 1
    while j >= 0 and toks[j].low in BEFORE_NAME:
        j -= 1
    return j > 0 and toks[j].low == "of" and toks[j - 1].low in _MEMBERS


_MEMBERS = frozenset("members supporters fans followers fighters activists board directors shareholders".split())


def _away_at(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "away at" or "away to" (where a match was played: the opponent)."""
    return k > 1 and toks[k - 1].low in ("at", "to") and toks[k - 2].low == "away"


def ahead_of(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "ahead of" or "out of" ("finished ahead of Petra Lind", "pulled its
    ambassador out of Ravenia": the other party)."""
    return k > 1 and toks[k - 1].low == "of" and toks[k - 2].low in ("ahead", "out")


def _word_before(toks: list[Tok], k: int) -> str:
    """The word before ``k``, past "the", "a", "his" ("of the Karash expedition": "of")."""
    j = k - 1
    while j >= 0 and toks[j].low in BEFORE_NAME:
        j -= 1
    return toks[j].low if j >= 0 else ""


def verbish(t: Tok) -> bool:
    low = t.low
    return low in _MODALS or low in IRREGULAR_PAST or low in PLAIN_PAST or low in _DOING or outdid(low) or (
        low.endswith("ed") and len(low) > 4) or (low.endswith("s") and not low.endswith("ss") and len(low) > 3 and (
            not t.cap and low not in ("its", "his", "this")))


def named_aside(toks: list[Tok], end: int, start: int) -> bool:
    """Whether the party from ``start`` names, after a comma, the one by trade or kin ending at ``end`` ("her former
    manager, Greg Harlan", "its tenant, the retailer Osgood's")."""
    gap = [t.low for t in toks[end:start]]
    return end < start <= end + 4 and gap.count(",") == 1 and all(
        t.is_word and not t.cap for t in toks[end:start] if t.low != ",")  # (also "its sister company, Marlow Farms")


def role_aside(toks: list[Tok], end: int, role: tuple[int, int, _Party]) -> bool:
    """Whether the one by trade or kin ``role`` is said of the party ending at ``end``, between commas (", the talk show
    host,")."""
    return toks[end].low == "," and role[1] < len(toks) and toks[role[1]].low == "," and role[0] - end < 5 and all(
        t.is_word and not t.cap for t in toks[end + 1 : role[0]])


def outdid(low: str) -> bool:
    """A past of outdoing: "overtook", "outran", "outsold"."""
    return low[:4] == "over" and low[4:] in IRREGULAR_PAST or low[:3] == "out" and low[3:] in IRREGULAR_PAST


def serving(toks: list[Tok], k: int) -> bool:
    """Whether the party at ``k`` is the one the doers serve, come from or belong to ("hackers working for Solvania",
    "troops from Ebrar", "Hackers linked to Dravia", "The board of Sentry Retail")."""
    return k > 1 and toks[k - 1].low in ("for", "to", "from") and toks[k - 2].low in _SERVING or _members_of(toks, k)


def owned_thing(toks: list[Tok], k: int) -> frozenset[str]:
    """The stems of the words of the thing owned, from ``k`` to the end of its noun ("power grid")."""
    out = set()
    for t in toks[k : k + 3]:
        if not t.is_word or t.low in _FUNCTION or t.low in _TIMES or t.low in _WHEN_WORDS:
            break
        out.add(stem(t.low))
    return frozenset(out) or frozenset(("'s",))


__all__ = ["BEFORE_NAME", "DONE_TO", "PLACE", "PLAIN_PAST", "REVERSE", "ROLES", "SIDES_OF", "ahead_of", "named_aside",
           "outdid", "owned_thing", "parties", "party_key", "role_aside", "serving", "verbish", "won_over"]
