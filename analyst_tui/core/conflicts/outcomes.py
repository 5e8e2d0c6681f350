"""Opposite outcomes: the same subject "approved" in one version and "rejected" in the other, "rose 5%" and
"fell 5%", "will remain open" and "will close", "is in custody" and "remains at large", "the ceasefire is
holding" and "has collapsed", "the strike is still on" and "was called off".

The verbs of each side are ``polarity_words.OPPOSITE_FORMS``; a version that says both sides of one concept
("rose, then fell") differs from nothing on it. Only words outside any negation count, and only where they state their
side (``outcome_said``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from analyst_tui.core.conflicts.cues import Cue, after_be, phrase, same_context, words_after
from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.nations import related
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.occasions import BIDS, bid_before, levels_apart, occasion, occasions_apart, whose_bid
from analyst_tui.core.conflicts.outcome_said import COMPARED, says
from analyst_tui.core.conflicts.outcome_words import NOT, OFFERS, STATES_OF, bare, stance
from analyst_tui.core.conflicts.parties_alike import same_party
from analyst_tui.core.conflicts.polarity_words import FILLER, OPPOSITE, PROSPECT, STAY_FORMS
from analyst_tui.core.conflicts.shared_words import say_most_alike
from analyst_tui.core.conflicts.tallies import tallies
from analyst_tui.core.conflicts.tokens import Tok, described_by, stem


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
EVENTS = frozenset("""calm opening discharge departure questioning seizure demolition damage sinking landing launch rank
    custody merger evacuation deferral charge propulsion freeze""".split())
# Concepts whose two sides are two results of one thing that cannot both have happened: "was convicted" / "was
# acquitted", "won the final" / "lost the final"; a measure moved one way or the other, "shares rose" / "fell", "raised
# interest rates" / "cut interest rates", "was upgraded" / "downgraded"; a thing done one way or the other, "the summit
# was postponed" / "went ahead", "upheld the conviction" / "overturned it", "lifted the curfew" / "extended it",
# "renewed the licence" / "revoked it" (an event conflict, as "killed" / "injured"; still compared as outcomes). A
# refusal ("rejected the offer", "denied bail") against its acceptance, and a state described both ways ("venomous" /
# "harmless"), stay a confirmation and a denial (polarity).
RESULTS = frozenset("""verdict outcome direction level rates_held grade pace quality schedule appeal appeal_heard
    restriction continuation resumption containment deal strength truce stoppage licence policy draw captivity
    qualification qualifying trade reinstatement approval record position remand completion""".split())
_BEFALLS = frozenset(("evacuation", "discharge", "calm", "sinking", "containment"))  # a state kept against them is
# another happening ("was extinguished" / "was still burning")
_STATES = frozenset("custody large stable afloat intensive critical open".split())
# "Chiefs lose to Colts" / "Colts' win over Chiefs", "the dollar weakened against the yen": one result, each side's
_TOLD_FROM_EACH_SIDE = frozenset(("outcome", "strength", "direction", "trade", "position"))
PROSPECTIVE = " (prospect)"
# What was proposed, not done: "voted down a proposal to close the library", "reversed its decision to close schools",
# "rejected calls to close the unit" (against "would stay open": what was called for, not what was done); added to a
# concept stated as a prospect ("is expected to approve")
_PROPOSED = frozenset("proposal proposals decision bid move scheme motion calls demands".split())


def outcomes(p: Polarity) -> dict[str, dict[int, list[int]]]:
    """concept -> side -> where a verb of that side is stated (not negated); found once a version."""
    if p._outcomes is not None:
        return p._outcomes
    out: dict[str, dict[int, list[int]]] = {}
    if p._toks is not None and not p.words().isdisjoint(_READ):  # (a plain sentence, ``Polarity.plain``, has none
        toks = p.toks  # of these verbs)
        for k, t in enumerate(toks):
            decision = (_decision_after(toks, k + 1) or _decision_before(toks, k)) if t.low in _DEFERRED else 0
            if decision and not (p.in_scope and p.in_scope[k] or k and toks[k - 1].low in NOT):
                out.setdefault("approval", {}).setdefault(2, []).append(decision)  # "postponed its ruling on the
                # takeover": neither approved nor rejected (read at the decision: what it is on)
            sides = OPPOSITE.get(t.low)
            if sides and (described_by(toks, k) or _since_when(toks, k)):
                continue  # ("typhoon-damaged infrastructure"; "three weeks after it was shut": when, not what befell)
            if not sides or p.in_scope and p.in_scope[k] or k and toks[k - 1].low in NOT or k > 1 and (
                    toks[k - 2].low in NOT):
                continue  # (negated; "would not lift the curfew until calm returns" too)
            # "is expected to sign the bill": a prospect, compared only with a prospect ("is expected to veto it"),
            # not with what happened
            prospect = k > 1 and toks[k - 1].low == "to" and (
                toks[k - 2].low in PROSPECT or toks[k - 2].low in _PROPOSED or _expected(toks, k - 2))
            for concept, side in sides:
                if says(toks, k, concept, side):  # ("landed safely", "remained afloat": the verb is before)
                    key = concept + PROSPECTIVE if prospect else concept
                    out.setdefault(key, {}).setdefault(side, []).append(k - 1 if t.low in _AFTER_VERB else k)
            if t.low in _REFUSED and k + 2 < len(toks) and toks[k + 1].low == "to" and toks[k + 2].low in _LET:
                out.setdefault("permission", {}).setdefault(1, []).append(k)  # "refused to let the convoy enter": not
                # allowed

    p._outcomes = out
    return out


_REFUSED = frozenset("refused refuses refusing declined declines".split())
_DEFERRED = frozenset("postponed postpones deferred defers delayed delays adjourned put".split())
_READ = frozenset(OPPOSITE) | _REFUSED | _DEFERRED  # (a version with none of these states no outcome)
_DECISIONS = frozenset("ruling decision vote verdict approval judgment judgement certification".split())
_WHEN = frozenset(WEEKDAYS) | {"today", "tomorrow"}


def _deferred(toks: list[Tok], k: int, cue: Cue) -> Cue:
    """The cue of a decision put off at ``k``, shown from the verb ("postponed its ruling on the acquisition")."""
    start = next((j for j in range(k - 1, -1, -1) if toks[j].low in _DEFERRED), None)
    if start is None:  # ("A vote on buying the submarines was postponed")
        return replace(cue, phrase=phrase(toks, max(0, k - 1), next((j for j in range(k, len(toks)) if toks[
            j].low in _DEFERRED), k) + 1))
    return replace(cue, phrase=phrase(toks, start, k + 3))


def _decision_before(toks: list[Tok], k: int) -> int:
    """Where a decision is named before a passive "was postponed" at ``k`` ("A vote on buying the submarines was
    postponed"), or 0."""
    if not (k and toks[k - 1].low in ("was", "been", "is", "be")):
        return 0
    return next((j for j in range(k - 2, max(-1, k - 12), -1) if toks[j].low in _DECISIONS), 0)


def _decided_alike(ta: list[Tok], ka: int, tb: list[Tok], kb: int, x: Cue, y: Cue) -> bool:
    """Whether a decision put off and one taken are said of one body and one thing: the subjects one party, two words
    or more in common in the words after each ("approved the government's plan to hold a referendum on labour reform"
    / "postponed its decision on the proposed labour referendum")."""
    return same_party(x.subject or _by(ta, ka), y.subject or _by(tb, kb)) and len(
        words_after(ta, ka, 10) & words_after(tb, kb, 10)) >= 2


def _by(toks: list[Tok], k: int) -> frozenset[str]:
    """Who put off the decision at ``k`` in the passive ("A vote on ... was postponed by Australian lawmakers")."""
    by = next((j for j in range(k + 1, min(len(toks), k + 12)) if toks[j].low == "by" and toks[j - 1].low in (
        _DEFERRED)), None)
    return words_after(toks, by, 3) if by is not None else frozenset()


def _decision_after(toks: list[Tok], k: int) -> int:
    """Where a decision is named from ``k`` ("its ruling", "a decision", "off its vote"), or 0."""
    k += k < len(toks) and toks[k].low == "off" and toks[k - 1].low == "put"  # ("put off its decision")
    k += 2 * (k + 1 < len(toks) and toks[k + 1].low == "'s" and toks[k].low in _WHEN)  # ("Tuesday's vote")
    k += k < len(toks) and toks[k].low in ("its", "the", "a", "their", "his", "her", "any")
    return k if k < len(toks) and toks[k].low in _DECISIONS else 0
_LET = frozenset("let allow permit".split())


def _expected(toks: list[Tok], b: int) -> bool:
    """Whether someone expects what comes after ``b`` ("Forecasters expect Storm Gideon to strengthen")."""
    for m in range(b - 1, max(-1, b - 5), -1):
        if toks[m].low in _EXPECT:
            return True
        if not (toks[m].is_word and toks[m].cap):
            return False
    return False


_EXPECT = frozenset("expect expects predict predicts forecast forecasts".split())


# A comparison told from each side: each version's subject the other's object ("Exports fell short of imports" /
# "Imports exceeded exports"; not "Marlow Foods beat forecasts with its profit" / "... fell short of forecasts").
_CROSSED = COMPARED | {"aim"}
_OPENED = frozenset(("opened", "opens"))


def opposite_outcome(a: Polarity, b: Polarity) -> tuple[str, str, str] | None:
    """(what a says, what b says, the concept) when the two state opposite outcomes of one concept of one subject; the
    concept is "" when either is a state kept ("remains closed"), never an ``EVENTS`` one, but against what happened
    to it ("reopened"): two versions that differ in a state kept differ in polarity."""
    oa, ob = outcomes(a), outcomes(b)
    for key in sorted(oa.keys() & ob.keys()):  # sorted: a set's order changes from run to run
        sa, sb = oa[key], ob[key]
        concept = key.removesuffix(PROSPECTIVE)
        if concept != "direction" and (len(sa) > 1 or len(sb) > 1):  # (a market up at one hour, down at another:
            sa, sb = _unshared(sa, a.toks, sb, b.toks)  # "having gained 201 points Monday")
        if len(sa) != 1 or len(sb) != 1 or sa.keys() == sb.keys():
            continue  # a version that says both ("rose, then fell"), or the same side in both
        if concept == "schedule" and occasions_apart(a.toks, b.toks, sa, sb):
            continue  # two occasions: "The Heathrow strike was called off" / "The Gatwick strike went ahead"
        for ka in next(iter(sa.values())):
            for kb in next(iter(sb.values())):
                x, y = (_deferred(v.toks, k, v.cue_at(k)) if 2 in side else v.cue_at(k) for v, k, side in (
                    (a, ka, sa), (b, kb, sb)))
                if concept == "direction" and ("yield" in x.subject | x.obj) != ("yield" in y.subject | y.obj):
                    continue  # a bond's price and its yield move the other way
                if concept == "direction" and "against" in x.obj & y.obj and not related(x.obj - {"against"}, y.obj - {
                        "against"}):
                    continue  # "the euro rose against the dollar" / "fell against the yen": two rates
                if concept == "direction" and _opened(a.toks, ka) != _opened(b.toks, kb):
                    continue  # "opened higher" / "closed lower": two times of the trading day
                px, py = (_some_of(a.toks, ka), _some_of(b.toks, kb)) if concept == "verdict" else (None, None)
                if px and py and px[1] == py[1] >= px[0] + py[0]:
                    continue  # "was convicted on two of the four charges" / "was cleared of two of the four charges"
                if concept == "aim" and (_part_of_group(a.toks, ka) or _part_of_group(b.toks, kb)):
                    continue  # "eight out of ten hospitals missed the target" / "20% of hospitals met it": two parts
                if concept == "success" and bool(x.obj or bid_before(a.toks, ka)) != bool(y.obj or bid_before(
                        b.toks, kb)):
                    continue  # "the bank failed in 2008" / "the bank passed its stress test": not the same test (but
                    # "Gallant Air's attempt to take over Skylark has failed" / "has succeeded in its bid to")
                if concept == "strength":  # what it became is no other side ("weakened to a tropical storm")
                    x, y = (replace(c, obj=frozenset()) if k + 1 < len(v.toks) and v.toks[k + 1].low in ("to", "into")
                            else c for c, v, k in ((x, a, ka), (y, b, kb)))
                if levels_apart(x.subject, y.subject):
                    continue  # two bodies: "the lower court upheld the ban" / "the Supreme Court lifted it"
                if concept == "verdict" and " of " in x.phrase and " of " in y.phrase and x.obj and y.obj and not (
                        related(x.obj, y.obj)):
                    continue  # two charges: "was cleared of fraud" / "was convicted of tax evasion"
                if concept in _VOTED and _split(a.toks) != _split(b.toks) and not related(
                        x.subject - {"vote"}, y.subject - {"vote"}):
                    continue  # a member and the body, split: "Mayor Ruiz voted against the plan" / "The council
                    # approved the plan by seven votes to four"
                same_side = x.subject & y.subject | x.obj & y.obj
                if concept in _CROSSED and (x.subject & y.obj) - same_side and (x.obj & y.subject) - same_side:
                    continue
                if concept in _TOLD_FROM_EACH_SIDE and ((x.subject & y.obj) - same_side or (x.obj & y.subject) - same_side):
                    continue  # "Chiefs lose to Colts" / "Colts' win over Chiefs": one result, told from each side (not
                    # "actor Iain Fraser won the award for best actor" / "... missed out on": a word on both sides)
                if _said_of_one(concept, x, y, concept in _DONE_TO and _one_passive(a.toks, ka, b.toks, kb)) or (
                        concept == "success" and (whose_bid(b.toks, kb, x.subject) or whose_bid(
                            a.toks, ka, y.subject))) or (
                        concept == "outcome" and (x.obj | y.obj) & BIDS and related(x.subject, y.subject)) or (
                        concept in _SAID_OF_ALL and say_most_alike(a, b, 4, 0.5)) or (
                        concept in STATES_OF and len(x.subject & y.subject) >= 2 and bare(a.toks, ka) and bare(
                            b.toks, kb)) or (
                        concept in ("acceptance", "plea") and x.subject & y.subject and len(
                            _thing(a.toks, ka) & _thing(b.toks, kb)) >= 2) or (
                        concept == "schedule" and occasion(a.toks, ka) & occasion(b.toks, kb)) or (
                        concept == "approval" and (2 in sa or 2 in sb) and _decided_alike(
                            a.toks, ka, b.toks, kb, x, y)):
                    state = concept not in _BEFALLS and (_a_state(a.toks, ka) or _a_state(b.toks, kb)) and not (
                        concept in _AGAIN and _AGAIN[concept] & {a.toks[ka].low, b.toks[kb].low})  # ("told to stay
                    # in their homes": what befell them; "reopened" / "remained closed", "resumed" / "remained
                    # suspended": what happened to it)
                    shown = "deferral" if 2 in sa or 2 in sb else "support" if concept == "approval" and (stance(
                        a.toks, ka) or stance(b.toks, kb)) else concept  # (a decision put off; a stance taken)
                    return f'"{x.phrase}"', f'"{y.phrase}"', "" if state else shown
    return None


_AGAIN = {"opening": frozenset(("reopened",)), "resumption": frozenset(("resumed", "restarted"))}


def _thing(toks: list[Tok], k: int) -> frozenset[str]:
    """The stems of the words after an outcome's verb, in its clause ("accepted the club's offer of a new three-year
    contract": the contract too, which "turned down a three-year contract extension" gives), or after a plea's "to"."""
    out = set()
    start = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "down" else k + 1  # ("turned down the offer")
    if toks[k].low == "guilty":  # the charge a plea is to, past when and where: "pleaded guilty at a brief hearing to"
        start = next((j + 1 for j in range(start, min(start + 7, len(toks))) if toks[j].low == "to"), start)
    for t in toks[start : start + 10]:
        if t.is_break:
            break
        if t.is_word and len(t.low) > 2 and t.low not in FILLER:
            out.add("offer" if t.low in OFFERS else stem(t.low))  # (an invitation is an offer)
    return frozenset(out)


def _opened(toks: list[Tok], k: int) -> bool:
    return any(t.low in _OPENED for t in toks[max(0, k - 1) : k + 1])


def _a_state(toks: list[Tok], k: int) -> bool:
    """Whether the outcome at ``k`` is a state kept ("remains closed", "is in custody", "in a stable condition")."""
    return any(t.low in _STATES for t in toks[k : k + 2]) or any(
        t.low in STAY_FORMS and not (t.low == "remaining" and j and toks[j - 1].low in _BEFORE_REMAINING) or (
            t.low == "still") for j, t in enumerate(toks[max(0, k - 3) : k + 1], max(0, k - 3)))


_BEFORE_REMAINING = frozenset("the at its their all of in on for".split())  # "loans at remaining branches rose"


def _split(toks: list[Tok]) -> bool:
    """Whether a version gives a tally with votes on both sides ("by seven votes to four")."""
    return any(x and y for x, y in tallies(toks))


_VOTED = frozenset(("vote", "approval"))


def _since_when(toks: list[Tok], k: int) -> bool:
    """Whether the verb at ``k`` tells when, in "after it was shut" or "since they were closed" after a comma."""
    return k > 3 and toks[k - 1].low in ("was", "were", "had", "been") and toks[k - 2].low in _PRONOUNS and toks[
        k - 3].low in ("after", "since", "before") and any(t.low == "," for t in toks[max(0, k - 7) : k - 3])


_PRONOUNS = frozenset("it they he she".split())


def _some_of(toks: list[Tok], k: int) -> tuple[float, float] | None:
    """(how many, of how many) when the verdict at ``k`` is on a count of the charges out of more ("on two of the four
    charges"), else None."""
    lows = [t.low for t in toks[k + 1 : k + 8]]
    for j, w in enumerate(lows):
        part = WORD_NUMBERS.get(w, float(w) if w.isdigit() else None)
        if part is not None and lows[j + 1 : j + 2] == ["of"]:
            whole = next((WORD_NUMBERS.get(x, float(x) if x.isdigit() else None) for x in lows[j + 2 : j + 5] if (
                x in WORD_NUMBERS or x.isdigit())), None)
            if whole is not None:
                return part, whole
    return None


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
    if concept in ("verdict", "direction", "rating") and _in_both(x.subject, y.subject) >= 2 or (
            concept == "verdict" and len((x.subject | x.obj) & (y.subject | y.obj)) >= 2):
        return True  # "found former minister Ilya Marek guilty of accepting bribes" / "Ilya Marek was acquitted of
        # taking kickbacks": one person, the charge in other words; "Shares in Varnell Foods jumped 9% after the
        # company published its results" / "Varnell Foods shares slump 9% after results"
    crossed = bool(x.obj & y.subject or x.subject & y.obj)  # one's subject is the other's object
    if concept in _WHERE_AFTER and x.subject & y.subject:
        return True  # "crashed into the lake" / "landed safely at the airport"
    if concept == "discharge" and len((x.subject | x.obj) & (y.subject | y.obj)) >= 2:
        return True  # "was admitted to St Anne's Hospital" / "went home from St Anne's Hospital after being discharged"
    if concept == "draw" and x.subject & y.subject and ((x.subject | x.obj) & (y.subject | y.obj)) - (
            x.subject & y.subject):
        return True  # one game, its two sides named in each: "Kestrel FC and Orvale drew" / "Kestrel FC beat Orvale"
    if concept == "plea" and x.subject & y.subject and len(x.obj & y.obj) >= 2:
        return True  # "The trust pleaded guilty to failing to provide safe care" / "The trust denied failing to ..."
    if concept == "goal_stands" and x.subject & y.subject:
        return True  # "allowed the late equaliser to stand" / "the late equaliser was ruled out by the referee"
    if concept == "test" and (x.subject | x.obj) & (y.subject | y.obj):
        return True  # "the baby tested positive for whooping cough" / "tests for whooping cough came back negative"
    if one_passive and crossed:  # (``one_passive`` is read for the concepts of ``_DONE_TO`` only)
        return True  # "a jury convicted the officer" / "the officer was acquitted"
    if concept in _THING_DONE and crossed and not x.subject & y.subject:
        return True  # "police arrested the gunman" / "the gunman remains at large"
    if len((x.subject & y.obj) - y.subject) >= 2 or len((y.subject & x.obj) - x.subject) >= 2:
        return True  # one's subject is what the other acts on, in two words or more, whoever acts: "Mexico's
        # ambassador to Ecuador resigned" / "Mexico's president dismissed the country's ambassador to Ecuador"
    if concept == "departure" and not crossed and not (
            x.subject and y.subject and (x.subject <= y.subject or y.subject <= x.subject)):
        return False  # "the chief financial officer resigned" / "the chief operating officer was fired": two people
    return same_context(x, y) or bool(x.subject & y.obj and x.obj & y.subject)  # or one says it in the passive


# States said of the whole of what both versions tell, however each names it ("masks will be mandatory on public
# transport" / "wearing a mask on public transport will remain optional"): compared when the two share most words.
_SAID_OF_ALL = frozenset(("obligation", "publicity", "merger", "downfall", "availability", "deal"))


def _in_both(x: frozenset[str], y: frozenset[str]) -> int:
    """How many words of ``x`` the other set has, a country and its adjective alike ("Tarsenia's economy" / "the
    Tarsenian economy")."""
    return sum(1 for u in x if u in y or related(frozenset((u,)), y))


# Outcomes with no object: the words after the verb say where or when ("the truce held on its second day").
_WHERE_AFTER = frozenset(("landing", "truce", "sinking", "discharge", "launch", "containment", "strength", "schedule",
                          "completion", "propulsion"))
# (what follows says where or what it became: "weakened to a tropical storm" / "strengthened into a hurricane")
_AFTER_VERB = frozenset(("safely", "afloat", "standing", "orbit"))
# Said of someone or something in either voice.
_DONE_TO = frozenset("verdict approval appeal appeal_heard seizure questioning grant restriction level".split())
# Outcomes said of a thing with a doer ("the union called off the strike") or without ("the strike went ahead").
_THING_DONE = frozenset(("custody", "remand", "schedule", "opening", "departure", "stoppage", "draw", "containment",
                         "permission"))
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


def other_side_said(words: str, p: Polarity) -> bool:
    """Whether ``p`` states the other side of a concept one of ``words`` states: denying "that the plant would close"
    states what "will remain open" says, and so does "had not voted to accept" what "voted to reject" says."""
    sides = {(concept, 1 - side) for w in words.lower().split() if len(w) > 3 for concept, side in OPPOSITE.get(w, ())}
    return bool(sides) and any((concept, side) in sides for concept, said in outcomes(p).items() for side in said)


def outcome_kind(found: tuple[str, ...]) -> str:
    """The kind of a polarity conflict, with the concept of the opposite outcomes as its third item if they are: two
    results of one thing (``RESULTS``) or two happenings (``EVENTS``) are an ``event``, unless a thing "halted" is
    set against its going on ("Training flights have been halted" / "will continue", "Felling was halted" / "went
    ahead") or one "rejected", "refused" or "denied" against one approved or allowed ("Councillors approved the budget"
    / "rejected the budget", "was allowed to proceed" / "was refused permission to proceed"): the act not done, or
    refused, a ``polarity``, as the guide to the sets reads "halted", "refused" and "rejected" ("ended", "called
    off" and "voted down" are other outcomes). A test or a motion passed against one failed is a ``polarity`` ("passed
    his medical" / "failed his medical"), against one "defeated" an ``event``, as a bill voted down is."""
    concept = found[2] if found[2:] else None
    said = [f.strip('"').split() for f in found[:2]]
    if concept == "success":
        return "event" if any("defeated" in f for f in said) else "polarity"
    if concept not in EVENTS and concept not in RESULTS:
        return "polarity"
    if concept in ("continuation", "schedule") and any("halted" in f for f in said) or concept == "approval" and (
            any(not _REJECTED.isdisjoint(f) for f in said)):
        return "polarity"
    return "event"


_REJECTED = frozenset("rejected rejects rejecting refused refuses refusing denied denies".split())


__all__ = ["EVENTS", "RESULTS", "other_side_said", "outcome_kind", "outcomes", "opposite_outcome"]
