"""What surrounds a figure: the words near it, the place it is in, whether it is a total or counts someone's children
or age, whether it counts anything at all ("one of the", "AK 47", "the first 17 passes"), and what a counted noun counts
("jobs" and "positions" are one thing; "fatally injured" is dead). ``figures`` reads them to tell which figures are
about the same thing, and of which time (expected, "$25 million a year earlier": ``periods``)."""

from __future__ import annotations

import re
from itertools import takewhile

from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS, WORD_NUMBERS
from analyst_tui.core.conflicts.periods import EARLIER, EXPECTED, expected, of_earlier_period
from analyst_tui.core.conflicts.tokens import Tok, said_bounds, stem
from analyst_tui.core.conflicts.words import (AUX, CASUALTY, DEGREE, FATALLY, MANNER, PEOPLE, PEOPLE_ACTS,
                                               PEOPLE_ACTS_AFTER, UNITS)

CALENDAR = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday""".split())
_CONTEXT_STOP = frozenset("""the a an of in at on to from by for with and or but was were is are be been has have
    had that this which who it its their his her said says as than about some more over""".split())

_MOVED = {**dict.fromkeys("""fell fall falls falling dropped drop drops dropping slid slide slides sliding
    declined decline declines declining slipped slip slips slipping lost tumbled tumbling plunged plunging sank
    shed""".split(), "<down>"), **dict.fromkeys("""rose rise rises rising gained gain gains gaining climbed climb
    climbs climbing jumped jump jumps jumping surged surging soared soaring added""".split(), "<up>")}
# What an amount is paid for: a purchase ("buying ... for", "a deal worth"), damages ("awarded", "ordered to pay"), a
# project's cost.
_PURPOSE = {**dict.fromkeys("""buy buys buying bought acquire acquires acquiring acquired acquisition purchase
    purchased purchasing takeover deal sell sells selling sold sale""".split(), "<deal>"), **dict.fromkeys("""award
    awards awarded damages compensation pay pays paying paid payout settlement""".split(), "<paid>"), **dict.fromkeys(
    "cost costs costing budget budgeted".split(), "<cost>")}  # ("at a cost of" / "budgeted at")


def context_words(toks: list[Tok], q: int, j: int, most: int = 4) -> frozenset[str]:
    """Up to four content words on each side of the figure, looking at most eight tokens away."""
    out: list[str] = []
    lo, hi, _ = said_bounds(toks)  # (not who said it: "..., officials said" after two figures is no shared subject)
    for span in (range(q - 1, max(lo - 1, q - 9), -1), range(j, min(hi, j + 8))):
        found = 0
        for k in span:
            w = toks[k].low
            if toks[k].is_word and len(w) > 2 and w not in _CONTEXT_STOP:
                out.append(stem(w))
                if w in _MOVED and q - 3 <= k < q:
                    out.append(_MOVED[w])  # "fell 530 points" / "dropping 350 points": one move, two verbs
                elif w in _PURPOSE:
                    out.append(_PURPOSE[w])  # "buying Lumora for $2.1 billion" / "a deal worth $850 million"
                found += 1
                if found == most:
                    break
    if expected(toks, q):
        out.append(EXPECTED)  # "Analysts had expected earnings of 22 cents a share": not what was earned
    if of_earlier_period(toks, q, j):
        out.append(EARLIER)  # "up from $25 million a year earlier": not this year's
    if "voter" in out and _VOTED.search(" ".join(t.low for t in toks[j : j + 10])):
        out.append("turnout")  # "27% of eligible voters took part": the turnout
    elif _turnout_before(toks, q):
        out.append("turnout")  # "Turnout in Sunday's presidential runoff in Valdoria reached 71 percent"
    return frozenset(out)


def _turnout_before(toks: list[Tok], q: int) -> bool:
    """Whether "turnout" opens the clause of the figure at ``q``, no other figure between."""
    for t in reversed(toks[max(0, q - 12) : q]):
        if t.low == "turnout":
            return True
        if t.is_break or t.is_number:
            return False
    return False

_VOTED = re.compile(r"\b(?:took part|turned out|cast (?:a|their) ballots?|cast ballots|went to the polls)\b")


def a_part_only(toks: list[Tok], key: tuple[str, ...], j: int) -> bool:
    """Whether the count ending at ``j`` is of a part only: an amount of a price or a sum, casualties or things harmed
    to a degree, up to a break ("two were seriously injured", "40 people, nine of them seriously", "22 houses were
    badly damaged": of all the injured, all the damaged), or a player's statistic for a spell of a game ("had five
    points during a pivotal 15-2 run", "blocked two shots in the second half", "three rebounds after halftime")."""
    if key[0] == "unit" and key[1] in _MONEY and toks[j : j + 1] and toks[j].low == "of" and _WHOLE_SUMS.intersection(
            t.low for t in toks[j + 2 : j + 5]) and (toks[j + 1].low in ("the", "its") or toks[j + 2].low == "'s"):
        return True  # "$281 million of the purchase price will be in cash", "£30m of Westbrook's overspend": a part
    if (key[0] == "noun" or key[0] in _HARMED) and any(t.low in DEGREE and t.low not in FATALLY for t in takewhile(
            lambda t: not t.is_break, toks[j : j + 6])):
        return True
    if key[0] != "noun" or key[1] not in STATS:
        return False
    lows = [t.low for t in toks]
    for k, w in enumerate(lows):
        if w == "run" and "during" in lows[max(0, k - 6) : k] or w in ("halftime", "overtime") and k and lows[
                k - 1] in ("after", "in") or w in _SPELLS and k > 2 and lows[k - 1] in _NTH and lows[k - 2] == "the" and (
                lows[k - 3] in ("in", "during")):
            return True
    return False


_MONEY = frozenset(("$", "pound", "euro", "rand", "yen"))
_WHOLE_SUMS = frozenset("price cost fee bill sum payment consideration settlement fine budget package overspend".split())
STATS = frozenset(stem(w) for w in """points rebounds assists shots blocks steals touchdowns goals hits strikeouts saves
    tackles aces baskets turnovers catches receptions sacks interceptions""".split())  # (as ``counted`` keys them)
_HARMED = frozenset(CASUALTY.values())  # (the casualty classes: dead, injured, missing, ...)
_SPELLS = frozenset("half quarter period set inning innings frame".split())
_NTH = frozenset("first second third fourth final opening last".split())


_PARENTS = frozenset("mother father parent grandmother grandfather mum mom dad".split())


def counts_children(toks: list[Tok], q: int) -> bool:
    """Whether "mother of" ("mother-of") comes just before token ``q``."""
    k = q - 1
    if k >= 0 and toks[k].low == "-":
        k -= 1
    if k < 0 or toks[k].low != "of":
        return False
    k -= 1
    if k >= 0 and toks[k].low == "-":
        k -= 1
    return k >= 0 and toks[k].low in _PARENTS


def is_age(toks: list[Tok], k: int) -> bool:
    """Whether "old" follows ("22-year-old", "12 - year old", "55 - year older")."""
    if k < len(toks) and toks[k].low == "-":
        k += 1
    return k < len(toks) and toks[k].low in ("old", "older", "olds")


_NEXT_ONE = frozenset("second third fourth fifth sixth seventh another".split())


def one_more(toks: list[Tok], casualty: dict[str, str]) -> frozenset[str]:
    """Casualty classes to which the text adds one after a count: "two died at the scene and a third died in
    hospital", "another was wounded". A count of that class in the text is then not its total."""
    out: set[str] = set()
    for k, t in enumerate(toks):
        if t.low not in _NEXT_ONE or (t.low != "another" and not (k and toks[k - 1].low in ("a", "the"))):
            continue
        for w in toks[k + 1 : k + 5]:
            if w.is_break:
                break
            if w.low in casualty:
                out.add(casualty[w.low])
                break
    return frozenset(out)


_PLACES = frozenset("""town city village island camp country nation district province region community state area
    suburb county capital""".split())


def populated(toks: list[Tok], b: int) -> bool:
    """Whether the count of people after token ``b`` is how many live somewhere ("home to 120,000 people")."""
    if b < 1:
        return False
    if toks[b].low == "to":
        return toks[b - 1].low == "home"
    return toks[b].low == "of" and (toks[b - 1].low in _PLACES or toks[b - 1].low == "population")


def crowd(toks: list[Tok], b: int, m: int, noun: str) -> bool:
    """Whether ``noun``, counted between the verb at ``b`` and the word at ``m``, is a crowd of people: people who
    marched or attended, in any word for them ("85,000 visitors" the festival drew, "15,000 demonstrators took
    part")."""
    low = noun.lower()
    if low not in _CROWDS and low not in PEOPLE:
        return False
    while b >= 0 and toks[b].low in ("a", "an", "record", "estimated"):
        b -= 1  # "drew a record 85,000 visitors"
    before = toks[b].low if b >= 0 else ""
    after = [t.low for t in toks[m : m + 2]]
    return (PEOPLE_ACTS.get(before) == "crowd" or before in _DREW or before in _WELCOMED and low in _CROWDS
            or before == "of" and b > 1 and toks[b - 1].low == "front" and low in _CROWDS  # "in front of 25,000 fans"
            or after in (["took", "part"], ["turned", "out"])
            or bool(after) and (PEOPLE_ACTS_AFTER.get(after[0]) == "crowd" or after[0] in _WATCHED and low in _CROWDS))


_WATCHED = frozenset("watched packed filled crammed flocked".split())  # ("90,000 spectators watched the final")


_CROWDS = frozenset("""protesters demonstrators marchers visitors spectators fans supporters mourners worshippers
    pilgrims attendees participants revellers concertgoers""".split())
_DREW = frozenset("drew draws drawing attracted attracts attracting".split())
_WELCOMED = frozenset("welcomed welcomes received receives".split())  # ("the museum welcomed 1.5 million visitors")

# Nouns that count one thing in other words ("3,500 jobs" / "2,000 positions"): the first of each family is its key.
_FAMILIES = ("job position post role", "case infection", "home house dwelling household property", "drone uav",
             "troop soldier peacekeeper", "lawmaker legislator", "plane aircraft jet", "vote ballot", "nation country",
             "journalist reporter", "pupil student schoolchildren schoolboy schoolgirl", "protester demonstrator",
             "spectator fan",
             "game match appearance", "shop store branch outlet location", "container box", "vehicle car",
             "customer subscriber user client", "building structure", "baby newborn infant",
             "application claim", "inmate prisoner convict", "trophy prize award",
             "worker employee staff", "ship vessel", "passenger traveller traveler", "crew fishermen sailor seamen",
             "cattle cow", "truck lorry")
_COUNTED_AS = {stem(w + "s"): stem(family.split()[0] + "s") for family in _FAMILIES for w in family.split()}


REACHED = frozenset("reached reach reaches totalled totaled totals topped".split())
CLIMBED = frozenset("climb climbs climbed rose rise rises risen grew grown jumped jumps".split())  # (before "to")


def plural_before(toks: list[Tok], b: int) -> str | None:
    """The plural noun of the subject before the verb at ``b`` ("measles cases in the region have reached")."""
    for m in range(b - 1, max(-1, b - 9), -1):
        t = toks[m]
        if t.is_break or t.low in ("that", "which", "who"):
            return None
        if t.is_word and not t.cap and len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(("ss", "us")) \
                and t.low not in _NOT_COUNTED:
            return t.low
    return None


_NOT_COUNTED = frozenset("""officials figures data authorities reports numbers this its does always shares prices rates
    yields stocks sales profits earnings costs revenues""".split())  # (measures: "shares rose to 74")


def counted_as(toks: list[Tok], b: int) -> str | None:
    """The class of a count after the word at ``b`` told as a toll ("the death toll rose to", "the bodies of", "the
    number of people killed ... had climbed to": dead) or an act's noun ("the arrest of 312 protesters": arrested)."""
    if toks[b].low == "of" and b and toks[b - 1].low in ("arrest", "arrests"):
        return "arrested"
    return "dead" if any(t.low == "toll" for t in clause_before(toks, b, 16)) or _dead_counted(toks, b) else None


def _dead_counted(toks: list[Tok], b: int) -> bool:
    """"the number of people killed in the floods had climbed to", "the bodies of", "the deaths of": a death toll in
    other words."""
    if toks[b].low == "of" and b and toks[b - 1].low in ("bodies", "remains", "deaths", "killings"):
        after = [t.low for t in takewhile(lambda t: not t.is_break, toks[b + 1 : b + 22])]  # "recovered the bodies of 17 people", "the shooting deaths of
        return not any(w in ("not", "never") and _FOUND & set(after[j:]) for j, w in enumerate(after))  # two
        # co-workers"; not "The bodies of two climbers ... have never been found": they are missing
    return any(toks[j].low == "number" and toks[j + 1].low == "of" and {t.low for t in toks[j + 2 : j + 5]} & _DEAD
               for j in range(max(0, b - 12), b - 2))


_DEAD = frozenset("killed dead died deaths fatalities".split())
_FOUND = frozenset("found recovered located retrieved".split())


def holds(toks: list[Tok], b: int, noun: str | None) -> bool:
    """Whether the number after the word at ``b`` (and before ``noun``, if any) is how many a place holds: "a
    capacity of 45,000", "the stadium seats 45,000", "will hold 60,000 fans", "room for 20,000 spectators"."""
    if b < 1 or (noun is not None and noun.lower() not in _HELD):
        return False
    if toks[b].low == "between" and b > 1:  # "will seat between 36,000 and 38,000 fans"
        b -= 1
    before, two = toks[b].low, toks[b - 1].low
    if before == "of" and two == "capacity":
        return True
    return (before in _HOLDS or (before, two) == ("for", "room")) and any(t.low in _VENUES for t in toks)


_HELD = frozenset("fans spectators people supporters guests visitors seats worshippers concertgoers".split())
_HOLDS = frozenset("hold holds seat seats seating accommodate accommodates".split())
_VENUES = frozenset("""stadium arena hall venue theatre theater ground auditorium amphitheatre church cathedral mosque
    ballroom dome bowl""".split())


def counted(noun: str) -> str:
    """The key of what a number of ``noun`` counts: its stem, or its family's."""
    word = _WORD_FAMILIES.get(noun.lower())
    if word is not None:
        return word
    key = stem(noun)
    return _COUNTED_AS.get(key, key)


# Families read by the whole word, where a stem would join other things ("mountaineers" and "mountains" share theirs).
_WORD_FAMILIES = dict.fromkeys("climbers climber mountaineers mountaineer hikers hiker trekkers trekker".split(),
                                "climber")


_SUBSET = frozenset("first last next final top past previous remaining".split())
_WILL = frozenset("will would to could may might should can".split())


def not_a_count(toks: list[Tok], q: int, i: int, j: int, title: bool) -> bool:
    """"one of the", "the first 17 passes", "AK 47", "USB 3", "Route 94", the five of "two of the five": not a
    count to compare."""
    n = len(toks)
    if toks[i].low == "one" and j < n and toks[j].low in ("of", "another", "another's"):
        return True
    if toks[i].low == "zero" and j < n and toks[j].low in ("day", "-"):
        return True  # "a zero-day flaw": a kind of flaw
    if j + 2 < n and toks[j].low in ("votes", "vote") and toks[j + 1].low == "to" and (
            toks[j + 2].is_number or toks[j + 2].low in WORD_NUMBERS):
        return True  # "by 50 votes to 49": a tally (``tallies``), not a count of votes
    if (i > 0 and toks[i - 1].low == "/") or (j < n and toks[j].low == "/"):
        return True  # a fraction ("3 5/8 percent", "20/32"): its parts count nothing
    if q > 0 and toks[q - 1].low in ("aged", "ages"):
        return True  # "a woman aged 75 were rescued": an age (``particulars``), not a count of the rescued
    if q > 0 and toks[q - 1].low in _SUBSET and not (toks[q - 1].low == "last" and q > 1 and (
            toks[q - 2].low in _WILL or q > 2 and toks[q - 2].low.endswith("ly") and toks[q - 3].low in _WILL)):
        return True  # "the last 17 passes"; not "will last 48 hours", "would probably last nine weeks"
    k = q - 1  # "two of the five victims died": the five count the victims, not the dead (nor "none of the 150",
    # "no one among the 150 passengers")
    if k >= 0 and toks[k].low in ("the", "its", "their", "his", "her"):
        k -= 1
    elif k >= 1 and toks[k].low in ("'", "'s") and toks[k - 1].cap:  # "one in three of Corran Textiles' 900 staff"
        k -= 1
        while k >= 1 and toks[k].cap and toks[k].is_word and q - k < 6:
            k -= 1
    if k >= 1 and toks[k].low in ("of", "among") and (toks[k - 1].is_number or toks[k - 1].low in WORD_NUMBERS or
                                                      toks[k - 1].low in ("none", "neither", "nobody")):
        return True
    if q == i and i > 0 and toks[i].is_number and not title and toks[i - 1].low not in CURRENCY_SIGNS:
        prev = toks[i - 1]
        if prev.low == "-" and i > 1:
            prev = toks[i - 2]
        if prev.is_word and prev.cap and prev.low not in CASUALTY and prev.low not in _NOT_A_NAME and not (
                i == 1 and prev.low.endswith("ing")) and not (  # ("Stretching 22 kilometres beneath the mountains")
                j < n and (UNITS.get(toks[j].low) in _MONEY or toks[j].low in _WON or toks[j].low == "of" and any(
                    t.low in _WON for t in toks[j + 1 : j + 6]))):  # not "fined Halworths 9.6 million pounds", "gave
            return True  # the Liberal Alliance 167 seats", "gave the Union 68 of the 200 seats"
    return False


_MONEY = frozenset("pound euro dollar $ yen yuan rupee krone rand peso naira".split())
_WON = frozenset("seats votes delegates medals".split())
_NOT_A_NAME = frozenset("""magnitude the a an in on at of for by from to with and or but about over after before
    some nearly around almost only just all another other between under fewer less roughly approximately
    exactly category""".split())  # ("a Category 4 storm": ``figures``)


def casualty_class(toks: list[Tok], k: int) -> str:
    """The class of the casualty word at ``k``: "fatally injured", "mortally wounded" are dead; "killed or
    wounded", all casualties."""
    cls = CASUALTY[toks[k].low]
    if cls == "injured" and k > 0 and toks[k - 1].low in ("fatally", "mortally"):
        return "dead"
    if k + 2 < len(toks) and toks[k + 1].low in ("or", "and") and CASUALTY.get(toks[k + 2].low, cls) != cls:
        return "casualties"  # "seven soldiers were killed or wounded": the two together
    return cls


_HOW_HURT = frozenset("minor serious critical slight light severe superficial".split())


def casualty_told(toks: list[Tok], m: int) -> str:
    """The casualty class told in words at ``m``, after a count and its verb: "(crushed) to death" is "dead",
    "suffered injuries" is "injured" (not "suffered minor injuries"); else ""."""
    if m + 1 < len(toks) and toks[m].low == "to" and toks[m + 1].low == "death" and toks[m - 1].low in MANNER:
        return "dead"
    if m < len(toks) and toks[m].low in ("suffered", "sustained") and any(
            t.low in ("injuries", "injury", "wounds") for t in toks[m + 1 : m + 4]) and not any(
            t.low in DEGREE or t.low in _HOW_HURT for t in toks[m + 1 : m + 3]):
        return "injured"  # (not "suffered minor injuries": perhaps some of the injured)
    return ""


def group_of(noun: str | None) -> str:
    """Who a count of ``noun`` counts: "people" for people in general, else the noun's family ("troops": soldiers)."""
    if noun is None or noun.lower() in PEOPLE:
        return "people"
    return counted(noun)  # ("14 soldiers killed" / "31 troops dead")


def casualty_label(noun: str | None, cls: str) -> str:
    """A casualty figure's label: "24 dead", "two officers injured"."""
    if noun is None or noun.lower() in ("people", "person", "persons", "others", "dead"):
        return cls
    return f"{noun} {cls}"


def clause_before(toks: list[Tok], b: int, most: int) -> list[Tok]:
    """Up to ``most`` words before ``b``, back to the start of its clause ("put the death toll from the overnight
    storm in the coastal town of Porvik at 12")."""
    start = b
    while start > max(0, b - most) and not toks[start - 1].is_break:
        start -= 1
    return toks[start:b]


def past_aside(toks: list[Tok], k: int) -> int:
    """Where the words after an aside set off by commas at ``k`` start ("three people, one of them a pregnant
    woman, were injured"), or after where the counted were ("All 14 crew of the fishing boat Merrin were rescued"),
    when a verb follows it; else ``k``."""
    if k < len(toks) and toks[k].low in _WHERE_THEY_WERE:
        j = k + 1
        while j < len(toks) and j - k < 7 and (toks[j].is_word or toks[j].low == "'s") and toks[j].low not in (
                _BE_PAST) and toks[j].low not in _DIED:  # ("residents of Bicol's coastal villages were")
            j += 1
        return j if j < len(toks) and (toks[j].low in _BE_PAST or toks[j].low in _DIED) and j > k + 1 else k
    if k >= len(toks) or toks[k].low != ",":
        return k
    for j in range(k + 1, min(len(toks) - 1, k + 12)):
        if toks[j].is_break and toks[j].low != ",":
            return k
        if toks[j].low == ",":
            return j + 1 if toks[j + 1].low in AUX else k
    return k


_WHERE_THEY_WERE = frozenset("of at on aboard inside from in near".split())  # ("Two aid workers from the charity were")
_BE_PAST = frozenset(("were", "was"))
_DIED = frozenset("died perished drowned survived".split())  # ("All five crew aboard the freighter died")
