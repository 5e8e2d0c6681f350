"""A head one version negates against the same word (or another word for the same act) stated in the other:
"has not made a final decision" / "has made a final decision", "would not be dismissed" / "had been sacked".

The word must be asserted in the other ("made an arrest", not "rumours that he made"), said of the same subject
and object (``cues.same_context``), or in the passive, or with most of what follows each head said elsewhere in the
other version; not something under way against something not yet done, nor the other side of a vote.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from analyst_tui.core.conflicts.cues import (SAY, Cue, after_be, attribution_at, feared, first_said, passive,
                                             passive_agent, same_context, without_anyone, words_after)
from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.done_without import done_with_and_without
from analyst_tui.core.conflicts.first_time import first_and_none
from analyst_tui.core.conflicts.happening_said import forced_to
from analyst_tui.core.conflicts.outcomes import other_side_said
from analyst_tui.core.conflicts.parties_alike import another_office, same_party
from analyst_tui.core.conflicts.polarity_words import (DEGREE, DOUBT, FILLER, GERUND_NEGATORS, IMPLICIT, NEGATORS,
                                                       NOT_ASSERTED_BEFORE, OPPOSITE, PREFIXED, SAME_ACT, STAY_FORMS)
from analyst_tui.core.conflicts.tokens import Tok, adverb, said_bounds, stem
from analyst_tui.core.wordforms import IRREGULAR_PAST, us_spelling


class Version(Protocol):
    """What is read here of ``polarity.Polarity``."""

    negated: tuple[Cue, ...]

    @property
    def toks(self) -> list[Tok]: ...

    @property
    def free(self) -> dict[str, list[int]]: ...

    def cue_at(self, k: int) -> Cue: ...

    def stems(self) -> frozenset[str]: ...


def _opposite_after(xs: list[Tok], i: int, ys: list[Tok], k: int) -> bool:
    """Whether the first verb of an outcome after ``i`` in ``xs`` and the first after ``k`` in ``ys`` (within eight
    words) state its two sides ("met" / "missed")."""
    found = [next((OPPOSITE[t.low] for t in toks[at + 1 : min(at + 9, said_bounds(toks)[1])] if t.low in OPPOSITE),
                  None) for toks, at in ((xs, i), (ys, k))]  # (not into "..., according to a statement")
    return bool(found[0] and found[1] and any(c == d and s != e for c, s in found[0] for d, e in found[1]))


def _compound_noun(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` ends a noun of two words ("overtime pay", "sick pay"): after a plain noun, itself no
    participle."""
    before = toks[k - 1] if k else None
    return before is not None and before.is_word and not before.cap and before.low not in FILLER and not (
        before.low.endswith(("ly", "ed")) or before.low in IRREGULAR_PAST) and not toks[k].low.endswith((
            "ed", "en")) and not after_be(toks, k)


def stated(toks: list[Tok], k: int, after_no: bool = False) -> bool:
    """Whether the word at ``k`` is asserted: not "the affected areas", "to return", "rumours that he was".
    Against "no" or a negated noun ("made no arrests", "is not a camp"), a noun after "a", "an" or "the" is ("made
    an arrest", "is a camp")."""
    article = k > 0 and toks[k - 1].low in ("a", "an", "the")
    if k and (toks[k - 1].low in _WEIGHED or toks[k - 1].low in NOT_ASSERTED_BEFORE and not (after_no and article) and not (
            article and k > 1 and toks[k - 2].low in _DECIDED) and not forced_to(toks, k)):
        return False  # (nor "considered abandoning the show": weighed, not done)
    if k > 1 and (toks[k - 1].low == "from" and toks[k - 2].low in _SPARED or toks[k - 1].low == "of" and (
            toks[k - 2].low in _CLEARED)):
        return False  # "was saved from bankruptcy" says what "avoided bankruptcy" says; "was cleared of wrongdoing"
        # what "denied wrongdoing" says
    if [t.low for t in toks[max(0, k - 2) : k]] in (["out", "on"], ["short", "of"]) or any(
            toks[j].low in _MISSED and toks[j + 1].low in _ARTICLES for j in range(max(0, k - 3), k)):
        return False  # "missed out on qualifying", "fell short of a majority", "missing a bond payment": what was
        # missed is not said
    if _one_of_two(toks, k):
        return False  # "must be charged or released": one of two is said, neither of them
    if feared(toks, k):
        return False  # "concern by officials that the act might be used to ...": feared, not said
    j = k - 1
    while j > 0 and k - j <= 2 and (toks[j].low in _ANY or toks[j].low in _DEGREES):
        j -= 1
    if j > 0 and toks[j].low == "out" and toks[j - 1].low in _RULED or j >= 0 and toks[j].low in _EXCLUDED:
        return False  # "ruled out any change to the teaching", "excluded a stroke": what is ruled out is not said
    return not any(t.low in DOUBT and not (t.low == "alleged" and j + 1 < k and toks[j + 1].is_word and toks[
        j + 1].low not in ("that", "to")) for j, t in enumerate(toks[:k]) if j >= k - 8)  # (not "its alleged leader")


_WEIGHED = frozenset("consider considers considered considering contemplated contemplating weighing mulling".split())


def negated_vs_stated(neg: Version, pos: Version, cues: tuple[Cue, ...] | None = None) -> tuple[str, str] | None:
    """(what ``neg`` negates, what ``pos`` states) when ``pos`` states a head ``neg`` negates (of ``cues`` only, if
    given), else None."""
    if first_and_none(pos.toks, neg.toks):
        return None  # "the first state visit ... in two decades" / "No Irish president had made a state visit ...
        # for 20 years": one thing said both ways
    for cue in _with_any_thing(neg.toks, neg.negated if cues is None else cues):
        if _says_both(neg.toks[cue.at].low, pos.toks):
            continue  # the other says the thing not done too ("Two runways ... were closed, but the airport stayed
            # open")
        if any(k != cue.at and stated(neg.toks, k) and not attribution_at(neg.toks, k) for k in neg.free.get(
                cue.head, ())):
            continue  # it says it happened too: "did not sign the bill on Friday, as planned; he signed it on Monday"
        after_no = _negated_noun(neg.toks, cue.at) or any(t.low == "any" or t.low in _USING for t in neg.toks[max(
            0, cue.at - 3) : cue.at]) or cue.phrase.lower().startswith(("no one ", "nobody "))  # ("No one has been
        # arrested over the falsified test results" / "Police arrested a manager ... over the falsified test results")
        words = cue.phrase.lower().split(" ", 2)
        refused = words[0] in _REFUSED or words[0] in _GERUND_FIRSTS or _will_not(neg.toks, cue.at)  # "declined to
        # ratify" / "voted to ratify", "will stop calling at the port" / "would continue to call at the port", "voted
        # against allowing", "will not be compensated" / "has agreed to compensate"
        for k in [k for head in (cue.head, *SAME_ACT.get(cue.head, ())) for k in pos.free.get(head, ())]:
            if k and pos.toks[k - 1].low in NEGATORS or _cut_off(pos.toks, k, neg.words()) or (
                    k + 1 < len(pos.toks) and pos.toks[k + 1].low in _SAYING) or (
                    PREFIXED.get(neg.toks[cue.at].low, pos.toks[k].low) != pos.toks[k].low and _compound_noun(
                        pos.toks, k)):
                continue  # ("was not aware of it until customers fell ill" / "was unaware of it until ...", "were cut
                # off from drinking water" / "without drinking water"; nor who said it, "..., police said"; nor
                # "overtime pay" against "unpaid overtime")
            if not (stated(pos.toks, k, after_no) or (refused or _continued(pos.toks, k)) and _resolved_to(
                    pos.toks, k)) or not _same_claim(neg.toks, cue, pos.toks, k) or _opposite_after(
                    neg.toks, cue.at, pos.toks, k):
                continue  # (not "Not a single trust met the target" / "Every trust missed the target")
            said = pos.cue_at(k)
            if cue.head == SAY and first_said(neg.toks, cue.at) != first_said(pos.toks, k):
                continue  # "did not say she would resign, only that she would consider her position"
            to = cue.phrase.lower().split(" to ", 1)
            if len(to) == 2 and other_side_said(to[1], pos):
                continue  # "had not voted to accept the offer" / "voted to reject the offer": the same said twice
            any_done = _any_done(cue, said, pos.toks)  # (read before what follows "any" is left out just below)
            if _any_of(neg.toks, cue):  # "has not been charged with any crime" / "has been charged with bribery"
                cue = replace(cue, obj=frozenset())
            same = same_context(cue, said) or passive(cue, said, pos.toks) or _said_elsewhere(cue, said, neg, pos) or (
                _done_to_same(cue, neg.toks, said, pos.toks)) or _same_but_when(cue, said, pos.stems(), neg.toks) or (
                _without_it(cue, neg.toks, said, pos.toks, k)) or any_done or _objects_alike(cue, said, pos.toks, k) or (
                after_no and _told_alike_after(neg.toks, cue.at, pos.toks, k))
            if same and not (cue.obj & DEGREE) - said.obj:
                return f'"{cue.phrase}"', f'"{said.phrase}"'
    return None


def _one_of_two(toks: list[Tok], k: int) -> bool:
    """Whether the participle at ``k`` is one of two joined by "or" ("charged or released", "released or charged")."""
    def participle(t: Tok) -> bool:
        return t.is_word and t.low.endswith(("ed", "en"))

    return participle(toks[k]) and (k + 2 < len(toks) and toks[k + 1].low == "or" and participle(toks[k + 2]) or (
        k > 1 and toks[k - 1].low == "or" and participle(toks[k - 2])))


def _objects_alike(cue: Cue, said: Cue, said_toks: list[Tok], k: int) -> bool:
    """Whether what the two heads act on is the same in two words or more, the subjects named otherwise ("The IEBC
    ruled out a recount in the three disputed constituencies" / "Kenya's electoral commission ordered a recount in
    three constituencies"); not a plea against a verdict, a head stated only in a clause of its own ("regulations that
    required"), after "than", or a negation by "nor"."""
    if ("plead" in cue.subject) != ("plead" in said.subject) or cue.phrase.lower().startswith("nor ") or (
            another_office(cue.subject, said.subject)):
        return False
    if any(t.low in _OWN_CLAUSE for t in said_toks[max(0, k - 6) : k]):
        return False
    return len((cue.obj & said.obj) - _TIMES) >= 2


_OWN_CLAUSE = frozenset("which that who than".split())


def _told_alike_after(neg: list[Tok], at: int, pos: list[Tok], k: int) -> bool:
    """Whether a noun negated as such ("No flights were cancelled after the runway closure at Dublin Airport") and the
    same noun stated ("Dozens of flights were cancelled at Dublin Airport after the runway closure") say the rest of
    their clause alike: the word after the negated noun and three words or more (past a light verb two: "No arrests
    have been made over the theft"), or the noun's verb ("No shots were fired" / "fired a shot"; not "later")."""
    said, first = words_after(pos, k, 2 * _CLAUSE_WORDS), words_after(neg, at, 1)
    light = first <= _MADE
    return bool(first) and first <= {stem(t.low) for t in pos[max(0, k - 3) : k]} and _ELSEWHEN.isdisjoint(
        t.low for t in pos + neg) or (light or first <= said) and len((
        words_after(neg, at, _CLAUSE_WORDS) & said) - _TIMES - _MADE) >= 3 - light


_CLAUSE_WORDS, _MADE = 10, frozenset(("make", "carri", "report"))
_ELSEWHEN = frozenset("another later earlier previous afterwards subsequently".split())  # (another time or place)


def _with_any_thing(toks: list[Tok], cues: tuple[Cue, ...]) -> list[Cue]:
    """The cues, each followed by the thing its verb is denied of when that is "any" thing, or what a denied "using"
    uses: "has yet to deliver any water" denies the water as "delivered no water" does ("began supplying water to
    residents"), "denied using tear gas" the tear gas ("fired tear gas")."""
    out = []
    for cue in cues:
        out.append(cue)
        if cue.at + 1 >= len(toks) or not (toks[cue.at + 1].low == "any" or toks[cue.at].low in _USING):
            continue
        j = cue.at + 2 if toks[cue.at + 1].low == "any" else cue.at + 1  # ("any further increase": the increase)
        while j < len(toks) and (toks[j].low in _MORE or toks[j].low in ("any", "the")):
            j += 1
        if j < len(toks) and toks[j].is_word and toks[j].low not in FILLER:
            out.append(replace(cue, head=stem(toks[j].low), at=j, obj=frozenset()))  # (the thing is all that is
            # denied: "any water to residents" / "water to the city's southern districts")
    return out


_USING = frozenset("using use used".split())
_MORE = frozenset("further more other new additional".split())


def _any_done(cue: Cue, said: Cue, said_toks: list[Tok]) -> bool:
    """Whether ``cue`` denies doing any of what ``said`` says was done, in the passive with no doer named ("denied
    paying any ransom for the seafarers" / "A ransom was paid to secure the release of the sailors")."""
    return " any " in f" {cue.phrase.lower()} " and after_be(said_toks, said.at) and not passive_agent(
        said_toks, said.at) and bool(said.subject & cue.obj)


def _without_it(cue: Cue, toks: list[Tok], said: Cue, said_toks: list[Tok], k: int) -> bool:
    """Whether ``cue`` is "without" a thing done to the one after it, whom ``said`` says it was done to in the
    passive ("Police released without charge a 34-year-old man" / "A 34-year-old man was charged")."""
    shared = cue.obj & said.subject  # (or done "without" a thing the other says it was done after or with)
    return 0 < cue.at and toks[cue.at - 1].low == "without" and (after_be(said_toks, k) and (len(shared) >= 2 or bool(
        shared) and shared == said.subject) or without_anyone(cue, toks, said_toks, k)) or done_with_and_without(
        cue, toks, said_toks, k)


_TIMES = frozenset(WEEKDAYS) | frozenset("""night morn afternoon evening late earli yesterday today tonight week weekend
    month year day hour time""".split())
_NOTHING_OF_IT = frozenset(("and", ",", "before", "after", "when"))
_MANNER = frozenset("proper normal correct".split())  # ("was working properly at the time of the crash")
_SAYING = frozenset("said says say told added".split())


def _same_but_when(cue: Cue, said: Cue, stems_pos: frozenset[str], toks: list[Tok]) -> bool:
    """Whether the two are said of the same subject, and what follows one head is only when or how, or what follows
    the negated one (in ``toks``) is said elsewhere in the other version (``stems_pos``) or is another verb ("refused
    to concede on Sunday night" / "conceded defeat in a televised address"; "has still not been found in the Tatras"
    / "The 23-year-old hiker missing in the Tatra Mountains has been found alive"; "has not been suspended and
    continues to operate")."""
    if ("plead" in cue.subject) != ("plead" in said.subject):
        return False  # a plea and a verdict (``cues.same_context``)
    objs = [frozenset() if "when" in c.obj else c.obj - _TIMES - _MANNER for c in (cue, said)]  # (a clause of when)
    objs[0] -= stems_pos
    if cue.at + 1 < len(toks) and toks[cue.at + 1].low in _NOTHING_OF_IT:
        objs[0] = frozenset()  # nothing follows the negated head itself ("has not been suspended and continues to";
        # "failed to come down before the train struck the lorry": when)
    if all(c.obj == o for c, o in zip((cue, said), objs)) or not all(c.subject for c in (cue, said)):
        return False
    return same_party(cue.subject, said.subject) and not (objs[0] and objs[1])


def _says_both(word: str, toks: list[Tok]) -> bool:
    """Whether ``toks`` state the side of the outcome ``word`` is, and the other side kept ("were closed ..., but the
    airport stayed open")."""
    sides = {concept: side for concept, side in OPPOSITE.get(word, ())}
    found = {(c, s) for t in toks for c, s in OPPOSITE.get(t.low, ()) if c in sides}
    kept = {(c, s) for k, t in enumerate(toks) if k and toks[k - 1].low in STAY_FORMS
            for c, s in OPPOSITE.get(t.low, ()) if c in sides}  # (a state kept: not "closed ... before it reopened")
    return any((c, 1 - s) in kept and (c, s) in found for c, s in sides.items())


def _cut_off(toks: list[Tok], k: int, other: frozenset[str] = frozenset()) -> bool:
    """Whether the word at ``k`` is what one was cut off or deprived of ("cut off from drinking water supplies"), or
    what was said to be stopped ("Gas flows via the pipeline have been halted"; not when the ``other`` version's words
    say it too: "no officer had been suspended" / "the officer on duty had been suspended")."""
    lows = [t.low for t in toks[max(0, k - 4) : k]]
    if "deprived" in lows or any(w == "off" and j and lows[j - 1] in ("cut", "cuts") or w == "of" and j > 1 and lows[
            j - 1] == "out" and lows[j - 2] in _RAN for j, w in enumerate(lows)):
        return True  # (also what one "ran out of": "ran out of water two days before")
    after = [t.low for t in toks[k + 1 : k + 12]]
    end = next((j for j, t in enumerate(toks[k + 1 : k + 12]) if t.is_break), len(after))
    return any(w in _STOPPED and j and after[j - 1] in _BEEN and w not in other for j, w in enumerate(after[:end]))


_STOPPED, _RAN = frozenset("halted stopped suspended ceased".split()), frozenset("ran run runs running".split())
_BEEN = frozenset("been was were is are".split())


def _will_not(toks: list[Tok], k: int) -> bool:
    """Whether the head at ``k`` is negated after "will" or "would" ("will not be compensated")."""
    return any(t.low in ("will", "would", "wo") for t in toks[max(0, k - 4) : k]) and any(
        t.low in ("not", "n't") for t in toks[max(0, k - 3) : k])


def _done_to_same(cue: Cue, toks: list[Tok], said: Cue, said_toks: list[Tok]) -> bool:
    """Whether ``cue``, negated in the passive with no doer named, is said of what ``said`` does it to in the active
    ("the Rathmore Court flats will not be demolished" / "it would demolish the Rathmore Court flats")."""
    low = toks[cue.at].low
    if not (low.endswith(("ed", "en")) or low in IRREGULAR_PAST) or after_be(said_toks, said.at):
        return _befalls_same(cue, said)
    return after_be(toks, cue.at) and (len(cue.subject & said.obj) >= 2 or cue.subject == said.obj != frozenset()) or (
        _befalls_same(cue, said))  # ("the blaze has not been contained" / "crews have contained the blaze")


def _befalls_same(cue: Cue, said: Cue) -> bool:
    """Whether the subject of ``cue`` and what follows it are what ``said`` does its verb to, and nothing of its doer
    ("Flights to Beirut will not resume next week" / "it would resume flights to Beirut next week", "The drug has not
    been authorised for use in children" / "The regulator has authorised the drug for use in children")."""
    rest = cue.obj - said.subject  # (less its doer after "by": "was disallowed by the referee")
    return bool(cue.subject) and cue.subject <= said.obj and not cue.subject & said.subject and (
        len(rest & said.obj) >= min(2, len(rest)) > 0 or not rest and bool(cue.obj & said.subject))


def extra_negation(a: Version, b: Version) -> tuple[str, str] | None:
    """(what a says, what b says) when both negate one thing alike and one of them negates one more that the other
    states ("will strike on Monday if no deal is reached" / "will not strike on Monday even if no deal is reached";
    a negation in the same words in both is told alike: "about the unstable slope")."""
    if not any(_alike(x, y) for x in a.negated for y in b.negated):
        return None
    same = {us_spelling(c.phrase) for c in a.negated} & {us_spelling(c.phrase) for c in b.negated}  # ("unauthorised")
    for x, y, flip in ((a, b, False), (b, a, True)):
        extra = tuple(c for c in x.negated if us_spelling(c.phrase) not in same and not any(
            _alike(c, d) for d in y.negated if us_spelling(d.phrase) not in same))
        if extra and (found := negated_vs_stated(x, y, extra)):
            return (found[1], found[0]) if flip else found
    return None


def _alike(x, y) -> bool:
    """Two negations of one thing: the same verb, or of the same subject and object in other words ("the jury failed to
    reach a verdict" / "the jury could not agree on a verdict"), or one's verb the one word before the other's ("gave
    no details" / "declined to give details")."""
    return x.head == y.head or bool(x.obj & y.obj and x.subject & y.subject) or y.subject == {x.head} or (
        x.subject == {y.head})


_RESOLVED = frozenset("""voted votes agreed agrees decided decides chose chooses opted opts moved moves managed manages
    continue continued continues""".split())
_REFUSED = IMPLICIT | frozenset("stop stopped stops cease ceased ceases".split())
_GERUND_FIRSTS = frozenset(first for first, _ in GERUND_NEGATORS)  # ("voted on Wednesday against recommending")
_WHEN = frozenset("on again once also yesterday today monday tuesday wednesday thursday friday saturday sunday".split())
_ANY = frozenset("any a an the".split())
_DEGREES = frozenset("serious major minor significant further".split())  # "escaped serious injury"
_RULED = frozenset("rule rules ruled ruling".split())
_EXCLUDED = frozenset("""exclude excludes excluded excluding escaped escape escapes avoided avoid avoids spared
    evaded""".split())  # ("excluded a stroke", "escaped serious injury": not said to have happened)
_CONTINUED = frozenset("continue continues continued continuing".split())


def _continued(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is what goes on being done ("would continue to appear in print" / "would no longer
    appear in print")."""
    return k > 1 and toks[k - 1].low == "to" and toks[k - 2].low in _CONTINUED


def _resolved_to(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` is what was voted, agreed or decided to do ("voted on Tuesday to ratify")."""
    j = k - 2
    if j < 0 or toks[k - 1].low != "to":
        return False
    while j > 0 and k - j <= 8 and (toks[j].low in _WHEN or toks[j].is_number or toks[j].low == "-" or adverb(toks[j])):
        j -= 1  # ("voted 4-1 on Monday to certify", "voted overwhelmingly to authorise")
    return toks[j].low in _RESOLVED


def _said_elsewhere(cue: Cue, stated: Cue, neg: Version, pos: Version) -> bool:
    """The same subject, and most of what follows each head is said elsewhere in the other version ("pleaded not
    guilty at the Old Bailey on Monday to manslaughter" / "At the Old Bailey on Monday, ... pleaded guilty to the
    manslaughter")."""
    if not (cue.obj and stated.obj and cue.subject and same_party(cue.subject, stated.subject)):
        return False
    if ("plead" in cue.subject) != ("plead" in stated.subject):
        return False  # a plea and a verdict: "pleaded not guilty" and "was found guilty" may both be true
    return _mostly_in(cue.obj, pos.stems()) and (_mostly_in(stated.obj, neg.stems()) or len(cue.obj) >= 2 and (
        cue.obj <= pos.stems()))  # (all of what the negation is about, the other telling more: "refused to apologise
    # over the marking boycott" / "apologised to students for the handling of the marking boycott")


def _mostly_in(words: frozenset[str], stems: frozenset[str]) -> bool:
    found = len(words & stems)
    return found >= 2 and 2 * found >= len(words)


def _any_of(toks: list[Tok], cue: Cue) -> bool:
    """Whether what the negated head at ``cue.at`` is denied of is "any" thing: then it denies every one."""
    return any(t.low == "any" for t in toks[cue.at + 1 : cue.at + 4])


def _negated_noun(toks: list[Tok], at: int) -> bool:
    """Whether the negated head at ``at`` is a noun negated as such: "no arrests", "not a camp", "none of the
    passengers" (against it, the same noun after an article is stated: "an arrest", "a camp", "the passengers")."""
    j = at - 1
    while j >= 0 and toks[j].low in _ARTICLES:
        j -= 1
    return j >= 0 and (toks[j].low in ("no", "none") or (toks[j].low in NEGATORS and j < at - 1) or (
        j > 0 and j < at - 1 and (toks[j - 1].low, toks[j].low) in GERUND_NEGATORS) or (  # ("recommended against the
        # release": against it, "recommended the release")
        j > 0 and j < at - 1 and toks[j].low in _HAVE and toks[j - 1].low in NEGATORS))  # ("did not have a licence")


_ARTICLES = frozenset("a an the of these those".split())
_CLEARED = frozenset("cleared acquitted exonerated absolved".split())
_SPARED = frozenset("saved spared rescued protected shielded".split())
_MISSED = frozenset("missing missed misses miss".split())
# What one was handed, or what was approved or ordered, is stated: "was handed a ban" / "will not be banned",
# "approved the extradition of the banker" / "refused to extradite the banker"
_DECIDED = frozenset("""handed given imposed approved ordered authorised authorized granted issued received""".split())
_HAVE = frozenset("have has had".split())
_UNDER_WAY = frozenset("is are was were be been still".split())  # before a verb in -ing: "is still deciding"


def _not_yet(toks: list[Tok], h: int) -> bool:
    """Whether the negated head at ``h`` is in the perfect: "has not (yet) decided" says it is not done yet."""
    for j in range(h - 1, max(-1, h - 4), -1):
        if toks[j].low in NEGATORS:
            return toks[j].low in ("hasnt", "havent", "hadnt") or (j > 0 and toks[j - 1].low in ("has", "have", "had"))
    return False


def _same_claim(neg_toks: list[Tok], cue: Cue, toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k`` states what the negated head denies: not "is still deciding" against "has not
    decided" (under way, not done), nor "voted against" against "did not vote for"."""
    under_way = toks[k].low.endswith("ing") and k > 0 and toks[k - 1].low in _UNDER_WAY
    if under_way and 0 <= cue.at < len(neg_toks) and neg_toks[cue.at].low == toks[k].low:
        under_way = False  # the same form in both ("had not been readying" / "had been readying")
    if under_way and cue.at >= 0 and _not_yet(neg_toks, cue.at):
        return False
    after = {neg_toks[cue.at + 1].low if 0 <= cue.at < len(neg_toks) - 1 else "",
             toks[k + 1].low if k + 1 < len(toks) else ""}
    return after != {"for", "against"}
