"""The two parties of an act the other way round, told in other words: "Carrick Bank lent Westland Shipping 200 million
dollars" / "Westland Shipping provided a $200m loan to Carrick Bank", "Mayor Helena Strand defeated challenger Piet
Varo" / "Challenger Piet Varo unseated Mayor Helena Strand", "A farmer pushed the agriculture minister" / "The
agriculture minister shoved a farmer".

Read last, when no other check found anything. Each version names two parties (names in capitals, a country's
adjective read as the country, or a person by trade or kin) with a verb between them in one clause: the first is the
doer, the second the other party, the other way round after "by" ("was knocked out by"), after a verb of losing or
receiving ("lost to", "received ... from"; but "takes over from" succeeds); the one a win was "over" ("lifted the cup
after a 2-0 win over Northbridge"), the one "ahead of" whom one finished and the one whose challenge was fended off are
the other party. Two versions differ when each one's doer is the other's other party, they share most of their
words (three or more), and neither tells the act from its other side ("bought" / "sold", "finished ahead of" /
"behind", "hosted" / "visited"). One "ordered to pay" pays, one "chosen to succeed" succeeds; a title or a role both
may have is no one's own ("Rabbi", "his former partner"); a stake "in" someone and support thrown "behind" someone
(or behind their bid) name the other party. Not two parties joined by "and", one in a comparison ("than") or
another clause, one after a word of place ("in San Jose", "of the Karash expedition") or before a noun ("the
Fairhaven mayoral race"), a weekday or a month, one beside a word of saying ("Police said"), a passive with no doer
named ("was ordered to leave"), or a verb said of both alike ("met").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.entities import hyphen_joins
from analyst_tui.core.conflicts.nations import IN_MANY_NAMES, NATIONS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.swaps import SYMMETRIC
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.4  # of each version's content words
MOST_BETWEEN = 10  # words between the two parties

_ROLES = frozenset("""nurse manager farmer minister patient tenant landlord driver teacher student pupil doctor officer
    guard neighbour neighbor coach player captain referee boss employer employee worker aide mayor governor senator
    president chairman husband wife father mother son daughter brother sister girlfriend boyfriend host comedian actor
    actress singer inmate prisoner climber partner client winger striker defender agent publisher employer
    lawyer lorry truck bus van car tram coach ferry tanker""".split())
_NOT_NAMES = frozenset("""the a an in on at of for by from to with and or but as after before when while if it he she
    they we i you this that these those his her their its our my under over during police officials""".split())
_TIMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())
_TITLES = frozenset("""rabbi professor president mayor senator dr mr mrs ms sir judge governor captain councillor
    prime minister chancellor bishop rev reverend imam sheikh pastor cardinal archbishop prince princess king queen duke
    duchess lord lady""".split())  # (a title both parties may have)
_SAYING = frozenset("said says say told tell according reported reports added claimed insisted".split())
_PLACE = frozenset("in at of near during inside outside".split())  # "unveiled in San Jose": a place, not a party
_MODALS = frozenset("will would must could may might can shall should to".split())
_DOING = frozenset("buying selling acquiring suing taking paying lending".split())
_PLAIN_PAST = frozenset("beat hit cut put set let quit shut hurt cast upset outbid sued".split())  # (as the present;
# "sued": too short to read by its ending)
_BE = frozenset("is are was were be been being am".split())  # (a copula is said of both alike only alone)
_REVERSE = frozenset("""lost lose loses losing received receives receive got get gets borrowed borrow borrows borrowing
    fell fall falls""".split())
_BEATEN = frozenset("defeat defeats loss losses".split())  # (before "to": the other party won)
_RECEIVING = frozenset("""bought buys buy buying purchased purchase purchasing acquired took takes received got borrowed
    won inherited lease leases leasing leased rent rents renting rented secured gained""".split())  # (from the other party)
# Words of one act told from its two sides: a version with one and a version with the other agree.
_SIDES = ((frozenset("""bought buys buy purchased purchase acquired acquire acquisition takeover took imports imported
                     import""".split()), frozenset("sold sells sell sale exports exported export".split())),
          (frozenset("ahead faster".split()), frozenset("behind slower slowly trails trail trailed trailing".split())),
          (frozenset("threw interception".split()), frozenset(("intercepted",))),
          (frozenset("hosted hosts host hosting welcomed welcomes".split()), frozenset("visited visits visit".split())))
# Words that join the two parties otherwise than an act of one on the other: another clause ("out for the playoffs
# after the Saints placed him"), two doers ("and"), a comparison ("than").
_JOINS = frozenset("and than after before when while as because since until who which that whose".split())
_WINS = {"win": "over", "victory": "over", "triumph": "over", "thrashing": "of", "drubbing": "of", "rout": "of",
         "hammering": "of"}  # (what the first party had over the second: a win)
_BIDS = frozenset("bid campaign candidacy nomination".split())  # (one's own: "threw his support behind Marr's bid")
_PARTICLES = frozenset("de van von der den da di del della du le bin ibn al dos das".split())
_FAILED = frozenset("failed fails fail failing".split())
_BIDS_FOR = frozenset("bid bids offer offers".split())  # ("launched a hostile bid for Dawson Engineering")
_ALLEGING = frozenset("alleged alleges claimed claims accused accuses".split())
_WITHSTOOD = frozenset("off survived repelled resisted beat".split())  # ("saw off a challenge from")
_BEFORE_NAME = frozenset("the a an his her their its".split())
_AUXILIARIES = frozenset("has have had is was are were".split())  # (after a name, not a noun it qualifies)
_NOW = frozenset("today yesterday tonight now also already just recently reportedly allegedly".split())  # ("was today
# acquired by")
_FUNCTION = frozenset("on in at to for from with by of as after before and or".split())
_PREPOSITIONS = frozenset("""for behind with about among between beside besides despite during like near of off
    through under without within""".split()) | _PLACE
_TOWARDS = frozenset("to by from against on over into onto at".split())  # (the ones that name the other party)
_Party = frozenset[str]
_SHARED = _ROLES | IN_MANY_NAMES  # (words both parties may have)


def _is_name(toks: list[Tok], k: int) -> bool:
    t = toks[k]
    if not (t.is_word and (t.cap or t.low in NATIONS) and t.low not in _NOT_NAMES and t.low not in _TIMES):
        return False
    if (k == 0 or toks[k - 1].is_break) and k + 2 < len(toks) and toks[k + 1].low == "-" and not toks[k + 2].cap:
        return False  # a sentence's first word joined to a word after it: "Fifteen-year-old", "Off-duty"
    if (k == 0 or toks[k - 1].is_break) and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].cap and (
            not _verbish(toks[k + 1])) and toks[k + 1].low not in _AUXILIARIES and toks[k + 1].low not in _REVERSE and (
            not toks[k + 1].low.endswith("ly")):
        return t.low in NATIONS or _nation_like(t.low)  # a sentence's first word before a noun: "Chat show host Neil
        # Garrick" (but "Velmoran naval vessels")
    return True


def _nation_like(low: str) -> bool:
    """Whether a capitalised word reads as a nation's adjective that the lists do not know ("Velmoran", "Ostravian",
    "Pelmish")."""
    return len(low) > 5 and low.endswith(("ian", "an", "ish", "ese")) and low not in _NOT_NATIONS


_NOT_NATIONS = frozenset("""veteran human urban suburban partisan republican christian guardian librarian
    historian physician technician musician politician comedian custodian utopian vegetarian""".split())


def _party_key(low: str) -> str:
    """A word of a party as compared: a nation's adjective as the nation ("Brennian" as "Brennia"), those the lists
    do not know by the name without its ending."""
    if low in NATIONS:
        return NATIONS[low]
    return low[:-1] if low.endswith("ian") and len(low) > 5 and low not in _NOT_NATIONS else low


def _parties(toks: list[Tok], most: int = 2) -> list[tuple[int, int, _Party]]:
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
    before = [t.low for t in toks[max(0, party[0] - 2) : party[0]]]
    after = toks[party[1] : party[1] + 3]
    return not any(t.low in _SAYING and t.low != "according" and not (t.low in _DONE_TO and k + 1 < len(after) and (
        after[k + 1].low in _OBJECT_OPENERS or after[k + 1].cap)) for k, t in enumerate(after[:2])) and (
        "according" not in before)


_RECALLED = frozenset("recalled recalls withdrew withdrawn withdraws pulled pulls".split())  # (its own, "from")
_BACKING = frozenset("backing support endorsement blessing".split())
_ASKED = frozenset("asked asks urged urges told tells warned warns".split())  # (one asked "to" do something)
_OBJECT_OPENERS = _BEFORE_NAME | _ROLES | frozenset("fellow former rival".split())
_SIDES_OF = frozenset("back rear side front".split())  # ("ran into the back of a school bus": the bus)
_DONE_TO = frozenset("claimed claims reported reports".split())  # ("claimed a 2-0 win", "reported her colleague")


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
                toks[j].low not in NATIONS and toks[j].low not in _ROLES and not _verbish(toks[j])) and (
                toks[j].low not in _AUXILIARIES and toks[j].low not in _FUNCTION)  # (not "the Comets on Friday")
            if k == 0 and j < n and toks[j].low == ":":
                k = j  # a label before a headline: "BASKETBALL: Comets fall 98-91 to Ravens"
                continue
            if not modifier and (_word_before(toks, k) not in _PLACE or _stake_in(toks, k) or _won_over(toks, k) or (
                    _ahead_of(toks, k)) or _away_at(toks, k)):
                keys = frozenset(_party_key(x.low) for x in toks[k:j])
                yield k, j, keys - _TITLES or keys  # ("the Fairhaven mayoral race": not a party)
            k = j
            continue
        if t.low in _ROLES and not any(x.low == "of" and not (j and toks[j - 1].low in _SIDES_OF) for j, x in enumerate(
                toks[max(0, k - 3) : k], max(0, k - 3))):
            yield k, k + 1, frozenset((t.low,))  # (not "the family of a former patient")
        k += 1


def _stake_in(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "a stake in" ("buying a 30% stake in Coastal Jet": the other party)."""
    j = k - 1
    while j >= 0 and (toks[j].low in _BEFORE_NAME or not toks[j].cap and toks[j].low not in ("in", "stake")):
        j -= 1
    return j > 0 and toks[j].low == "in" and toks[j - 1].low in ("stake", "stakes")


def _won_over(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` is the one a win was over: "a 2-0 win over", "a 4-0 thrashing of"."""
    j = k - 1
    while j >= 0 and toks[j].low in _BEFORE_NAME:
        j -= 1
    return j > 0 and _WINS.get(toks[j - 1].low) == toks[j].low


def _away_at(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "away at" or "away to" (where a match was played: the opponent)."""
    return k > 1 and toks[k - 1].low in ("at", "to") and toks[k - 2].low == "away"


def _ahead_of(toks: list[Tok], k: int) -> bool:
    """Whether the name at ``k`` follows "ahead of" or "out of" ("finished ahead of Petra Lind", "pulled its
    ambassador out of Ravenia": the other party)."""
    return k > 1 and toks[k - 1].low == "of" and toks[k - 2].low in ("ahead", "out")


def _word_before(toks: list[Tok], k: int) -> str:
    """The word before ``k``, past "the", "a", "his" ("of the Karash expedition": "of")."""
    j = k - 1
    while j >= 0 and toks[j].low in _BEFORE_NAME:
        j -= 1
    return toks[j].low if j >= 0 else ""


def _verbish(t: Tok) -> bool:
    low = t.low
    return low in _MODALS or low in IRREGULAR_PAST or low in _PLAIN_PAST or low in _DOING or _outdid(low) or (
        low.endswith("ed") and len(low) > 4) or (low.endswith("s") and not low.endswith("ss") and len(low) > 3 and (
            not t.cap and low not in ("its", "his", "this")))


def _named_aside(toks: list[Tok], end: int, start: int) -> bool:
    """Whether the party from ``start`` names, after a comma, the one by trade or kin ending at ``end`` ("her former
    manager, Greg Harlan", "its tenant, the retailer Osgood's")."""
    gap = [t.low for t in toks[end:start]]
    return end < start <= end + 4 and gap.count(",") == 1 and all(
        t.is_word and not t.cap for t in toks[end:start] if t.low != ",")  # (also "its sister company, Marlow Farms")


def _role_aside(toks: list[Tok], end: int, role: tuple[int, int, _Party]) -> bool:
    """Whether the one by trade or kin ``role`` is said of the party ending at ``end``, between commas (", the talk show
    host,")."""
    return toks[end].low == "," and role[1] < len(toks) and toks[role[1]].low == "," and role[0] - end < 5 and all(
        t.is_word and not t.cap for t in toks[end + 1 : role[0]])


def _outdid(low: str) -> bool:
    """A past of outdoing: "overtook", "outran", "outsold"."""
    return low[:4] == "over" and low[4:] in IRREGULAR_PAST or low[:3] == "out" and low[3:] in IRREGULAR_PAST


def _ordered_to(lows: list[str]) -> bool:
    """Whether a participle is followed by "to" and a verb of what the one told to does ("ordered to pay")."""
    return len(lows) >= 3 and lows[1] == "to" and lows[2] in _TOLD_TO


_TOLD_TO = frozenset("""pay repay compensate leave sell return hand give apologise apologize resign step quit succeed
    replace""".split())  # ("has been chosen to succeed")


def _past_asides(between: list[Tok]) -> list[Tok]:
    """The words between two parties without an age or a noun after the first ("Dale Hicks, 45, assaulted") and a noun
    the second is named after ("lent $500 million to its parent company, Holt Group")."""
    if len(between) > 3 and between[0].low == "," and between[1].is_number and between[2].low == ",":
        between = between[3:]
    elif len(between) > 3 and between[0].low == "," and between[1].low in ("the", "a", "an"):
        end = next((j for j in range(2, min(len(between), 7)) if between[j].low == ","), 0)
        if end and all(t.is_word and not t.cap for t in between[2:end]):
            between = between[end + 1 :]  # ("Kim Ashdown, the radio presenter, struck")
    comma = max((j for j, t in enumerate(between) if t.low == ","), default=0)
    if comma > 1 and len(between) - comma < 4 and all(t.is_word and not t.cap for t in between[comma + 1 :]):
        between = between[: comma + 1]  # ("reported a subordinate, compliance officer Maya Lund")
    if len(between) > 2 and between[-1].low == ",":
        j = len(between) - 2
        while j > 0 and between[j].is_word and not between[j].cap and between[j].low not in _BEFORE_NAME and (
                len(between) - j < 5):
            j -= 1
        if between[j].low in _BEFORE_NAME and j < len(between) - 2:
            between = between[:j]
    return between


def _participle(low: str) -> bool:
    return (low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST or low in _PLAIN_PAST or _outdid(low)


def act(toks: list[Tok]) -> tuple[_Party, _Party, frozenset[str], frozenset[str]] | None:
    """(the doer, the other party, the words between them, the family names) of the version's first two parties, if a
    verb joins them; a family name is the last word of a name in full ("Lorna Pike": pike)."""
    found = _parties(toks, 4)
    if len(found) > 2 and found[1][2] <= _ROLES and _role_aside(toks, found[0][1], found[1]):
        found = [(found[0][0], found[1][1] + 1, found[0][2] | found[1][2])] + found[2:]  # "Howie Brandon, the talk
        # show host, struck"
    if len(found) < 2:
        return None
    (s1, e1, first), (s2, e2, second) = found[0], found[1]
    named = s2  # (where the other party's name starts)
    if len(found) > 2 and second <= _ROLES and _named_aside(toks, e2, found[2][0]):
        named, e2, second = found[2][0], found[2][1], second | found[2][2]  # "is suing its tenant, the retailer
        # Osgood's,"
    if e2 < len(toks) and toks[e2].low == "'s" and _BIDS.isdisjoint(t.low for t in toks[e2 + 1 : e2 + 3]):
        return None  # whose thing, not the one acted on: "will feature Intel's processor" (but "behind Ivers' bid")
    between = _past_asides(toks[e1:s2])
    lows = [t.low for t in between]
    if not lows or len(lows) > 2 * MOST_BETWEEN or any(t.is_break for t in between) or any(
            t.text in ("The", "A") and between[j - 1].is_word and not between[j - 1].cap for j, t in enumerate(
                between) if j):
        return None  # (not a headline glued to its lead: "Leon Pryce placed on injured list The Harbor City Hawks")
    if _won_over(toks, s2) and not first & second:
        return first, second, frozenset(lows), frozenset()  # "lifted the cup after a 2-0 win over Northbridge", "a thrashing of"
    if sum(w != "-" for w in lows) > MOST_BETWEEN:  # (words: "a breach-of-contract lawsuit against")
        return None
    if not _FAILED.isdisjoint(lows):
        return None  # an act that did not happen: "failed in his bid to unseat mayor Rosa Ibarra"
    joins = _JOINS.intersection(lows)
    if joins and not (joins == {"that"} and not _ALLEGING.isdisjoint(lows)):
        return None  # (but "alleged that rival Stanton Auto stole": an accusation of the other party)
    last = next((w for w in reversed(lows) if w not in _BEFORE_NAME), "")
    if last == "of" and _SIDES_OF.intersection(lows[-4:]):
        last = "into"  # "ran into the back of a tram": the tram
    if last in _PREPOSITIONS and last not in _TOWARDS and not (last == "behind" and "support" in lows) and not (
            last == "in" and ("stake" in lows or "stakes" in lows)) and not _ahead_of(toks, s2) and not (
            last == "for" and not _BIDS_FOR.isdisjoint(lows)):
        return None  # "rallied behind Jamaal Charles", "ran for 226 yards for the Chiefs": not the one acted on
    next_word = toks[e2 + 1] if e2 + 1 < len(toks) and toks[e2].low == "," else toks[e2] if e2 < len(toks) else None
    reported = next_word is not None and next_word.low in ("to", "for", "missing")  # "reported her manager to
    # regulators", "reported his son missing": an act
    asked = e2 < len(toks) and toks[e2].low == "to" and lows[-1:] and lows[-1] in _ASKED  # "asked Kestland to"
    if any(stem(w) in SYMMETRIC for j, w in enumerate(lows) if w not in _BE and lows[j + 1 : j + 2] != ["off"] and (
            "to" not in lows[j + 1 : min(j + 4, len(lows) - 1)]) and not (reported and w in _DONE_TO) and not (
            asked and w in _ASKED)) or (
            not any(_verbish(t) for t in between if t.low not in _BE)):
        return None  # (a verb said of both alike, "held talks with"; not "held off challenger Tom Bale", nor one
        # "to" do something: "agreed to acquire")
    if s1 and (toks[s1 - 1].low in _PREPOSITIONS or toks[s1 - 1].low in _TOWARDS) or any(
            t.low == "by" for t in toks[max(0, s1 - 2) : s1]):
        return None  # not a doer: "sent to Mars Express to release", "was tabled by Senator Hale and seconded by ..."
    be = max((j for j, w in enumerate(lows) if w in _BE), default=None)  # (the last: "is to be bought by")
    after = [t.low for t in between[be + 1 :] if not t.low.endswith("ly") and t.low not in _BE and (
        t.low not in _NOW)][:1] if (
        be is not None) else []  # ("is being bought by")
    if after and _participle(after[0]) and not _ordered_to(lows[be + 1 :]):  # the passive: "was rammed by the
        # tanker" (not "is to succeed", nor "was ordered to pay": the one ordered pays)
        by = max((j for j, w in enumerate(lows) if w == "by"), default=-1)
        if by < be or any(_verbish(t) for t in between[by + 1 :]):
            return None  # no doer named ("was ordered to leave Vestria")
        reverse = True
    else:
        reverse = False
    if lows[-2:] == ["over", "from"]:
        pass  # a successor: "Nadia Holt takes over from Aurelio Vance"
    elif lows[-1] == "from" and ("challenge" in lows or "bid" in lows) and not _WITHSTOOD.isdisjoint(lows):
        pass  # the winner: "fended off a challenge from Maria Santos", "saw off a rival bid from Luminex"
    elif lows[-1] == "from" and not _RECALLED.isdisjoint(lows):
        pass  # the one who called its own back: "recalled its ambassador from Tolmark"
    elif lows[-1] == "from" and "divorce" in lows:
        pass  # the one who filed: "has filed for divorce from actor Owen Pryce"
    elif lows[-1] == "from":
        if _RECEIVING.isdisjoint(lows):
            return None  # "rejected the offer from Renault": whose offer
        reverse = not reverse
    elif "of" in lows[-3:] and not _BACKING.isdisjoint(lows) and not _RECEIVING.isdisjoint(lows):
        reverse = not reverse  # "won the backing of former president Leon Abara": he backs her
    elif not _REVERSE.isdisjoint(lows) or any(w in _BEATEN and not {"to", "against"}.isdisjoint(
            lows[j + 1 :]) for j, w in enumerate(lows)):
        reverse = not reverse  # (and "suffered a 3-1 home defeat to Port Calder", "crashed to a defeat against")
    family = frozenset(_party_key(toks[e - 1].low) for s, e in ((s1, e1), (named, e2)) if e - s > 1 and (
        toks[e - 1].cap and toks[e - 2].cap))  # (not "her sister Venus")
    if first & second:  # a name both have first or last, read as neither's own: "Dale Hicks assaulted his father,
        # Ron Hicks", "Holt Mining lent ... to Holt Group"
        ends = {toks[s1].low} & {toks[named].low} | {toks[e1 - 1].low} & {toks[e2 - 1].low}
        if first & second - ends or not first - second or not second - first:
            return None  # one party named twice (a headline glued to a lead: "Saints RB Pierre Thomas placed on
            # injured reserve The New Orleans Saints")
        first, second = first - second, second - first
    return (second, first, frozenset(lows), family) if reverse else (first, second, frozenset(lows), family)


def _act(p: Polarity) -> tuple[_Party, _Party, frozenset[str], frozenset[str]] | None:
    return act(p.toks)


def parties_swapped(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each one's doer is the other's other party, else None."""
    x, y = a.kept("act", _act), b.kept("act", _act)
    if x is None or y is None:
        return None
    family = x[3] & y[3]
    if not (x[0] & y[1] and x[1] & y[0]) or not _apart(x[0], y[0], x[1], y[1], family) or not _apart(
            x[1], y[1], x[0], y[0], family):
        return None
    if any(x[2] & one and y[2] & other or x[2] & other and y[2] & one for one, other in _SIDES):
        return None  # one act told from its two sides
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE):
        return None
    return _shown(a.toks), _shown(b.toks)


def _apart(one: _Party, other: _Party, one_else: _Party, other_else: _Party, family: frozenset[str]) -> bool:
    """Whether two versions' parties in one place are different parties: they share no word but a role both may have
    or a word many names have ("his former partner Ana Ruiz" / "her former partner Victor Hale", "Fenwick County" /
    "Ashby County"), or the words only each has name the other version's other party (a family name both have: "Lorna
    Pike is suing her daughter Erin" / "Erin Pike has filed suit against her mother, Lorna")."""
    shared = one & other - _SHARED
    return not shared or shared <= family and bool((one - other) & other_else and (other - one) & one_else)


def _shown(toks: list[Tok]) -> str:
    """The words from the first party to the end of the second."""
    found = _parties(toks, 3)
    start, end = found[0][0], found[1][1]
    if len(found) > 2 and found[1][2] <= _ROLES and _named_aside(toks, end, found[2][0]):
        end = found[2][1]  # "her mother, Lorna"
    return '"' + " ".join(t.text for t in toks[start:end]) + '"'
