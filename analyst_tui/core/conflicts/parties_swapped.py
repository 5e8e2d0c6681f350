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

from typing import NamedTuple

from analyst_tui.core.conflicts.named_parties import (BEFORE_NAME, DONE_TO, PLACE, PLAIN_PAST, REVERSE, ROLES, SIDES_OF,
                                                      ahead_of, named_aside, outdid, owned_thing, parties,
                                                      party_key, role_aside, serving, verbish, won_over)
from analyst_tui.core.conflicts.nations import IN_MANY_NAMES, NATION_NAMES
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.swaps import SYMMETRIC
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST

MIN_SHARED = 3  # content words both versions give
MIN_SHARE = 0.4  # of each version's content words
MOST_BETWEEN = 10  # words between the two parties

_BE = frozenset("is are was were be been being am".split())  # (a copula is said of both alike only alone)
_BEATEN = frozenset("defeat defeats loss losses".split())  # (before "to": the other party won)
_RECEIVING = frozenset("""bought buys buy buying purchased purchase purchasing acquired took takes received got borrowed
    won inherited lease leases leasing leased rent rents renting rented secured gained seized captured
    recaptured""".split())  # (from the other party)
# Words of one act told from its two sides: a version with one and a version with the other agree.
_SIDES = ((frozenset("""bought buys buy purchased purchase acquired acquire acquisition takeover took imports imported
                     import""".split()), frozenset("sold sells sell sale exports exported export".split())),
          (frozenset("ahead faster beat beats outsold outpaced".split()),
           frozenset("behind slower slowly trails trail trailed trailing".split())),
          (frozenset("threw interception".split()), frozenset(("intercepted",))),
          (frozenset("strengthened strengthens gained gains rose rises firmed".split()),
           frozenset("weakened weakens lost loses fell falls slipped slips eased eases".split())),
          (frozenset("hosted hosts host hosting welcomed welcomes".split()), frozenset("visited visits visit".split())),
          (frozenset("appealed appeals appeal".split()), frozenset("hear hears heard hearing".split())),
          (frozenset("fined fines fine".split()), frozenset("pay pays paid paying".split())))
# Words that join the two parties otherwise than an act of one on the other: another clause ("out for the playoffs
# after the Saints placed him"), two doers ("and"), a comparison ("than").
_JOINS = frozenset("and than after before when while as because since until who which that whose".split())
_BIDS = frozenset("bid campaign candidacy nomination".split())  # (one's own: "threw his support behind Marr's bid")
_FAILED = frozenset("failed fails fail failing".split())
# Verbs of making for a client: "will manufacture smartphones for Brava Electronics".
_MADE_FOR = frozenset("make makes made making manufacture manufactures manufactured build builds built".split())
_REFUSED = frozenset("rejected rejects turned turns spurned spurns rebuffed rebuffs refused refuses".split())
_BIDS_FOR = frozenset("bid bids offer offers".split())  # ("launched a hostile bid for Dawson Engineering")
_ALLEGING = frozenset("alleged alleges claimed claims accused accuses".split())
_WITHSTOOD = frozenset("off survived repelled resisted beat".split())  # ("saw off a challenge from")
_CONTESTS = frozenset("race title crown belt seat match final game championship cup lengths points".split())
_NOW = frozenset("today yesterday tonight now also already just recently reportedly allegedly".split())  # ("was today
# acquired by")
_PREPOSITIONS = frozenset("""for behind with about among between beside besides despite during like near of off
    through under without within""".split()) | PLACE
_TOWARDS = frozenset("to by from against on over into onto at".split())  # (the ones that name the other party)
_Party = frozenset[str]
_COUNTRIES = NATION_NAMES
_SHARED = ROLES | IN_MANY_NAMES  # (words both parties may have)


class Act(NamedTuple):
    """The two parties of an act: the doer, the other party, the words between them, the family names (the last
    word of a name in full: "Lorna Pike": pike), and what of the other party's was acted on ("Rendal's power grid":
    power, grid; empty when the act is on the party itself)."""

    doer: _Party
    other: _Party
    between: frozenset[str]
    family: frozenset[str]
    owned: frozenset[str] = frozenset()


_RECALLED = frozenset("recalled recalls withdrew withdrawn withdraws pulled pulls".split())  # (its own, "from")
_BACKING = frozenset("backing support endorsement blessing".split())
_ASKED = frozenset("asked asks urged urges told tells warned warns".split())  # (one asked "to" do something)


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
        while j > 0 and between[j].is_word and not between[j].cap and between[j].low not in BEFORE_NAME and (
                len(between) - j < 5):
            j -= 1
        if between[j].low in BEFORE_NAME and j < len(between) - 2:
            between = between[:j]
    return between


def _participle(low: str) -> bool:
    return (low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST or low in PLAIN_PAST or outdid(low)


def act(toks: list[Tok]) -> Act | None:
    """The act of the version's first two parties, if a verb joins them."""
    found = parties(toks, 4)
    if len(found) > 2 and found[1][2] <= ROLES and role_aside(toks, found[0][1], found[1]):
        found = [(found[0][0], found[1][1] + 1, found[0][2] | found[1][2])] + found[2:]  # "Howie Brandon, the talk
        # show host, struck"
    if len(found) < 2:
        return None
    if len(found) > 2 and found[1][2] <= _COUNTRIES and found[1][1] < len(toks) and toks[found[1][1]].low == "'s" and (
            found[2][0] == found[1][1] + 1):
        found = [found[0], found[2]]  # a nation's one: "beat India's Arjun Mehta"
    (s1, e1, first), (s2, e2, second) = found[0], found[1]
    named = s2  # (where the other party's name starts)
    if len(found) > 2 and second <= ROLES and named_aside(toks, e2, found[2][0]):
        named, e2, second = found[2][0], found[2][1], second | found[2][2]  # "is suing its tenant, the retailer
        # Osgood's,"
    owned = owned_thing(toks, e2 + 1) if e2 + 1 < len(toks) and toks[e2].low == "'s" and not toks[e2 + 1].is_break and (
        _BIDS.isdisjoint(t.low for t in toks[e2 + 1 : e2 + 3])) else frozenset()  # whose thing was acted on
    # (not a shop's name before a comma, "the retailer Osgood's,"): "breached Rendal's power
    # grid" (compared only with another version that acts on the same thing; but "behind Ivers' bid": Ivers)
    between = _past_asides(toks[e1:s2])
    lows = [t.low for t in between]
    if not lows or len(lows) > 2 * MOST_BETWEEN or any(t.is_break for t in between) or any(
            t.text in ("The", "A") and between[j - 1].is_word and not between[j - 1].cap for j, t in enumerate(
                between) if j):
        return None  # (not a headline glued to its lead: "Leon Pryce placed on injured list The Harbor City Hawks")
    if won_over(toks, s2) and not first & second:
        return Act(first, second, frozenset(lows), frozenset(), owned)  # "lifted the cup after a 2-0 win over
        # Northbridge", "a thrashing of"
    if sum(w != "-" for w in lows) > MOST_BETWEEN:  # (words: "a breach-of-contract lawsuit against")
        return None
    if not _FAILED.isdisjoint(lows) or "based" in lows[:-1] and lows[lows.index("based") + 1] in ("on", "in"):
        return None  # an act that did not happen: "failed in his bid to unseat mayor Rosa Ibarra"; or no act: "SeaMicro
        # servers based on AMD Opteron"
    joins = _JOINS.intersection(lows)
    if joins and not (joins == {"that"} and not _ALLEGING.isdisjoint(lows)):
        return None  # (but "alleged that rival Stanton Auto stole": an accusation of the other party)
    last = next((w for w in reversed(lows) if w not in BEFORE_NAME), "")
    if last == "of" and SIDES_OF.intersection(lows[-4:]):
        last = "into"  # "ran into the back of a tram": the tram
    if last in _PREPOSITIONS and last not in _TOWARDS and not (last == "behind" and "support" in lows) and not (
            last == "in" and ("stake" in lows or "stakes" in lows)) and not ahead_of(toks, s2) and not (
            last == "for" and not (_BIDS_FOR.isdisjoint(lows) and _MADE_FOR.isdisjoint(lows))):
        return None  # "rallied behind Jamaal Charles", "ran for 226 yards for the Chiefs": not the one acted on
    next_word = toks[e2 + 1] if e2 + 1 < len(toks) and toks[e2].low == "," else toks[e2] if e2 < len(toks) else None
    reported = next_word is not None and next_word.low in ("to", "for", "missing")  # "reported her manager to
    # regulators", "reported his son missing": an act
    asked = e2 < len(toks) and toks[e2].low == "to" and lows[-1:] and lows[-1] in _ASKED  # "asked Kestland to"
    if any(stem(w) in SYMMETRIC for j, w in enumerate(lows) if w not in _BE and lows[j + 1 : j + 2] != ["off"] and (
            not j or lows[j - 1] not in BEFORE_NAME) and (
            "to" not in lows[j + 1 : min(j + 4, len(lows) - 1)]) and not (reported and w in DONE_TO) and not (
            asked and w in _ASKED)) or (
            not any(verbish(t) for t in between if t.low not in _BE)):
        return None  # (a verb said of both alike, "held talks with"; not "held off challenger Tom Bale", nor one
        # "to" do something: "agreed to acquire")
    if s1 and (toks[s1 - 1].low in _PREPOSITIONS or toks[s1 - 1].low in _TOWARDS) and not serving(toks, s1) or any(
            t.low == "by" for t in toks[max(0, s1 - 2) : s1]):
        return None  # not a doer: "sent to Mars Express to release", "was tabled by Senator Hale and seconded by ..."
    be = max((j for j, w in enumerate(lows) if w in _BE), default=None)  # (the last: "is to be bought by")
    after = [t.low for t in between[be + 1 :] if not t.low.endswith("ly") and t.low not in _BE and (
        t.low not in _NOW)][:1] if (
        be is not None) else []  # ("is being bought by")
    if after and _participle(after[0]) and not _ordered_to(lows[be + 1 :]):  # the passive: "was rammed by the
        # tanker" (not "is to succeed", nor "was ordered to pay": the one ordered pays)
        by = max((j for j, w in enumerate(lows) if w == "by"), default=-1)
        if by < be or any(verbish(t) for t in between[by + 1 :]):
            return None  # no doer named ("was ordered to leave Vestria")
        reverse = True
    else:
        reverse = False
    bare = lows[: len(lows) - next((j for j, w in enumerate(reversed(lows)) if w not in BEFORE_NAME), 0)]
    if bare[-2:] == ["over", "from"]:
        pass  # a successor: "Nadia Holt takes over from Aurelio Vance"
    elif bare[-1:] == ["from"] and ("challenge" in lows or "bid" in lows) and not _WITHSTOOD.isdisjoint(lows):
        pass  # the winner: "fended off a challenge from Maria Santos", "saw off a rival bid from Luminex"
    elif bare[-2:] in (["to", "leave"], ["out", "of"]) and "ordered" in lows:
        reverse = not reverse  # "were ordered to leave France", "ordered out of France": France did it
    elif bare[-1:] == ["from"] and not _RECALLED.isdisjoint(lows):
        pass  # the one who called its own back: "recalled its ambassador from Tolmark"
    elif bare[-1:] == ["from"] and "divorce" in lows:
        pass  # the one who filed: "has filed for divorce from actor Owen Pryce"
    elif bare[-1:] == ["from"] and not _REFUSED.isdisjoint(lows) and not _BIDS_FOR.isdisjoint(lows):
        pass  # the bidder: "turned down a takeover offer from Sentry Retail"
    elif bare[-1:] == ["from"] and ("won" in lows or "wins" in lows) and not _CONTESTS.isdisjoint(lows):
        pass  # the winner: "won the race by four lengths from Kilbride Star", "won the seat from Labour"
    elif bare[-1:] == ["from"] and not _RECEIVING.isdisjoint(lows):
        reverse = not reverse  # "won a contract from the European Space Agency": the agency gave it
    elif lows[-1] == "from":
        return None  # "rejected the offer from Renault": whose offer (but "attacked rivals from the Harbour Boys")
    elif "of" in lows[-3:] and not _BACKING.isdisjoint(lows) and not _RECEIVING.isdisjoint(lows):
        reverse = not reverse  # "won the backing of former president Leon Abara": he backs her
    elif not REVERSE.isdisjoint(lows) or any(w in _BEATEN and not {"to", "against"}.isdisjoint(
            lows[j + 1 :]) for j, w in enumerate(lows)):
        reverse = not reverse  # (and "suffered a 3-1 home defeat to Port Calder", "crashed to a defeat against")
    family = frozenset(party_key(toks[e - 1].low) for s, e in ((s1, e1), (named, e2)) if e - s > 1 and (
        toks[e - 1].cap and toks[e - 2].cap))  # (not "her sister Venus")
    if first & second:  # a name both have first or last, read as neither's own: "Dale Hicks assaulted his father,
        # Ron Hicks", "Holt Mining lent ... to Holt Group"
        ends = {toks[s1].low} & {toks[named].low} | {toks[e1 - 1].low} & {toks[e2 - 1].low}
        if first & second - ends or not first - second or not second - first:
            return None  # one party named twice (a headline glued to a lead: "Saints RB Pierre Thomas placed on
            # injured reserve The New Orleans Saints")
        first, second = first - second, second - first
    return Act(second, first, frozenset(lows), family, owned) if reverse else Act(
        first, second, frozenset(lows), family, owned)


def _act(p: Polarity) -> Act | None:
    return act(p.toks)


def parties_swapped(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when each one's doer is the other's other party, else None."""
    if not say_most_alike(a, b, MIN_SHARED, MIN_SHARE):
        return None  # (read first: cheaper than each one's act, and most pairs stop here)
    x = a.kept("act", _act)
    if x is None:
        return None  # (the other's is read only then)
    y = b.kept("act", _act)
    if y is None:
        return None
    family = x.family & y.family
    if not (x.doer & y.other and x.other & y.doer) or not _apart(x.doer, y.doer, x.other, y.other, family) or not (
            _apart(x.other, y.other, x.doer, y.doer, family)):
        return None
    if (x.owned or y.owned) and not x.owned & y.owned:
        return None  # whose thing, not the one acted on: "will feature Intel's processor" (but "Solvania breached
        # Rendal's power grid" / "Rendal broke into Solvania's power grid")
    if (x.between | y.between) & _MADE_FOR and ("for" in x.between) != ("for" in y.between):
        return None  # one made for a client, the other told otherwise ("Kenmore Devices has hired Ostra Electronics")
    if any(x.between & one and y.between & other or x.between & other and y.between & one for one, other in _SIDES):
        return None  # one act told from its two sides
    if {_way(a.toks), _way(b.toks)} == {"from", "to"}:
        return None  # one thing that went one way ("chartered the vessel from its Greek owner" / "The Greek shipowner
        # chartered the vessel to Pacific Bulk")
    return _shown(a.toks), _shown(b.toks)


def _way(toks: list[Tok]) -> str:
    """The "to" or "from" just before the other party, past a determiner and a word or two ("from its Greek owner")."""
    found = parties(toks, 2)
    j = found[1][0] - 1 if len(found) > 1 else -1
    while j > 0 and found[1][0] - j <= 3 and toks[j].low not in ("to", "from") and toks[j].is_word:
        j -= 1
    return toks[j].low if j >= 0 else ""


def _apart(one: _Party, other: _Party, one_else: _Party, other_else: _Party, family: frozenset[str]) -> bool:
    """Whether two versions' parties in one place are different parties: they share no word but a role both may have
    or a word many names have ("his former partner Ana Ruiz" / "her former partner Victor Hale", "Fenwick County" /
    "Ashby County"), or the words only each has name the other version's other party (a family name both have: "Lorna
    Pike is suing her daughter Erin" / "Erin Pike has filed suit against her mother, Lorna")."""
    shared = one & other - _SHARED
    return not shared or shared <= family and bool((one - other) & other_else and (other - one) & one_else)


def _shown(toks: list[Tok]) -> str:
    """The words from the first party to the end of the second."""
    found = parties(toks, 3)
    start, end = found[0][0], found[1][1]
    if len(found) > 2 and found[1][2] <= ROLES and named_aside(toks, end, found[2][0]):
        end = found[2][1]  # "her mother, Lorna"
    if end < len(toks) and toks[end].low == "'s":
        end += 1 + len(owned_thing(toks, end + 1))  # "Rendal's power grid"
    return '"' + " ".join(t.text for t in toks[start:end]) + '"'
