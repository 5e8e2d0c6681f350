"""Reversed parties around the same verb: what one version says the first party did to the second, the other
says the second did to the first ("The lorry crashed into the back of the bus" / "The bus crashed into the back
of the lorry", "The council blamed the bus company" / "The bus company blamed the council", "Connor Marsh lured
the victim to the flat" / "the victim lured Connor Marsh to the flat").

``roles`` and ``swaps`` read named parties around a set of verbs; here any verb in the active counts (a word in
"-ed", a past form, "-ing" after "is" or "are", or any verb after "will" or "would"), with the noun phrase before
it in its clause and the one after it (past "into", "onto" or "against", and "the back of"; not "at": "a new wing
opened at the hospital"); in the passive, the doer after "by", past a phrase of place or a score ("was pulled from
the canal by a passing jogger", "were beaten 2-1 by Celtic", ``agents.agent_by``); after ", who", the one the clause is
said of ("The tenant, who had harassed his landlord"); "lost to" is the other side's win ("Celtic lost 2-1 to
Rangers" / "Rangers were beaten 2-1 by Celtic"). The doer and the one after "to", "against" or "from" are read too,
the other way round in the other version ("The National Gallery lent the portrait to the Hunt Museum" / "The
portrait was lent by the Hunt Museum to the National Gallery", ``reversals_at``); and the doers of two verbs,
crossed ("was proposed by Sarah Whitfield and seconded by Tom Bradley" / "Tom Bradley proposed the motion, which
was seconded by Sarah Whitfield"; not one of a list, "sent by Italy and Spain", ``crossed_doers``). A past form
after a count is no verb ("two detained Americans"). The two versions must use the same verb, each party of one
must be the other party of the other (or a word that tells them apart must have crossed sides: "Iranian forces seized a British-flagged
tanker" / "British forces seized an Iranian-flagged tanker"), and the two parties must differ. Verbs said of both
parties alike ("met", "collided with"), verbs whose subject may be either party ("passed") and verbs of saying are
left out (``swaps.SYMMETRIC``); "reported a nurse to the regulator" is a complaint, not a report."""

from __future__ import annotations

from analyst_tui.core.conflicts.acts import SUE, act_at, one_act, suit
from analyst_tui.core.conflicts.agents import PARTICLES, agent_by, is_by
from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.days import WEEKDAYS
from analyst_tui.core.conflicts.nations import as_countries, country, related
from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS, WORD_NUMBERS, past_score
from analyst_tui.core.conflicts.persons import as_sides
from analyst_tui.core.conflicts.polarity_words import FILLER
from analyst_tui.core.conflicts.swaps import SYMMETRIC
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, adverb, is_past, joined, stem
from analyst_tui.core.conflicts.verb_words import PHRASAL
from analyst_tui.core.wordforms import IRREGULAR_PAST

Reversal = tuple[str, frozenset[str], frozenset[str], str]  # (verb stem, doer, receiver, words shown)
# (the parties' words as written: a swap repeats them)

_DONE_TO_ONE = frozenset("beat acquired rejected criticised repelled resisted ousted toppled hired expelled".split())
_LEADING = frozenset("into onto against behind".split())  # "crashed into the back of the bus"; not "opened at"
_STOP = frozenset("""in on at for with from to by over after before during as when while near outside since until through
    about under among between amid despite""".split())
_SAYING = frozenset(stem(w) for w in "said told says tell added stated reported claimed insisted".split())
BE = frozenset("is are was were be been being".split())
# Verbs whose subject may be either party: "the bill passed the House" / "the House passed the bill".
_EITHER_WAY = frozenset(stem(w) for w in "passed cleared crossed entered left reached followed".split())
SAID = frozenset("said says told tells".split())
_HAVE = frozenset(("has", "have", "had"))
_MODALS = frozenset("will would could shall must should can may might".split())
_AGREED = frozenset("""agreed agrees decided decides voted votes offered offers plans planned
    expected""".split())  # ("is expected to testify")
_ARTICLES = frozenset("a an the".split())
_SHORT_PRONOUNS = frozenset(("it",))
# Verbs of three letters with a doer and a receiver ("hit": its past as its present)
_CRASH = one_act(stem("crashed"))
_SHORT = frozenset(("hit", "led", "won", "win", "buy", "sue", "ban", "rob", "ran"))  # ("ran into the back of")
_SAME_PAST = _SHORT | frozenset(("outbid", "upset", "cast"))  # (and others whose past is their present)
_WHO = frozenset(("who", "which"))
_TOWARDS = frozenset(("to", "against", "from"))
# "threw stones at police", "imposed sanctions on China": the one after "at" or "on" is the target
_TARGETS = frozenset((("at", "throw"), ("at", "fire"), ("at", "aim"), ("on", "impos"), ("on", "slap"), ("on", "levi"),
                      ("on", "fire"), ("at", "shout"), ("at", "yell"), ("at", "charg")))
_GIVING = frozenset(stem(w) for w in "lent loaned gave paid sold sent owed offered handed awarded granted send give "
                   "lend pay sell".split())  # (as written, and as one act: "sent" is "send")
_LISTS = frozenset(("and", "or"))
_PARTY_OPENERS = frozenset("the a an his her its their our".split())  # (not "to set a fire")
_OF_PLACE = frozenset(("in", "of", "from"))  # "lent by the Hunt Museum in Limerick to"
_LOST = frozenset(("lost", "loses", "lose"))
_AGES = frozenset(("year", "years", "old", "aged"))
# Words for one party as the other's kin or peer, which either side may use ("beat her sister Venus").
_KIN = frozenset("sister brother wife husband mother father son daughter partner compatriot rival".split())


def _lost_to(toks: list[Tok], v: int) -> int | None:
    """Where the "to" of "lost (2-1) to" stands, after the verb at ``v``: the other side beat them."""
    if toks[v].low in _LOST:
        j = past_score(toks, v + 1)
        if j < len(toks) and toks[j].low == "to":
            return j
    return None


def verbs(toks: list[Tok]) -> dict[str, tuple[int, ...]]:
    """Where each word that may be a verb with a doer and a receiver stands, by its stem: in the active, or in the
    passive before "by" (``doers``). Two versions are read further only at the verbs they share."""
    out: dict[str, list[int]] = {}
    n = len(toks)
    for v in range(1, n - 1):
        t = toks[v]
        low = t.low
        if not t.is_word or t.cap or len(low) < 4 and low not in _SHORT or low in FILLER:
            continue
        if is_by(toks, v + 1) or v + 2 < n and is_by(toks, v + 2) or active_verb(toks, v) or (
                toks[v - 1].low in BE and agent_by(toks, v) is not None):
            verb = "defeat" if _lost_to(toks, v) is not None else SUE if suit(toks, v) else act_at(toks, v)
            out.setdefault(one_act(verb), []).append(v)
    return {verb: tuple(at) for verb, at in out.items()}


def reversals_at(toks: list[Tok], v: int) -> tuple[Reversal, ...]:
    """The verb at ``v`` with a doer and a receiver, if it is one (``reversal_at``); and with the doer and the one
    it is done to, against or taken from, after "to", "against" or "from" ("The National Gallery lent the portrait
    to the Hunt Museum" / "The portrait was lent by the Hunt Museum to the National Gallery", "the label has issued
    proceedings against the singer"; after "at" for a throw: "threw stones at police"), marked by "to"; also for a
    verb with no receiver ("apologised to the minister")."""
    found = reversal_at(toks, v)
    if found is None:  # (no receiver, or a verb whose subject may be either party: "apologised to the minister",
        # "passed details of the gang to the police")
        verb = stem(toks[v].low)
        if not active_verb(toks, v) or verb in SYMMETRIC or verb in _SAYING:
            return ()
        doer, shown = _before(toks, v), _shown(toks, v)
        if not doer:
            return ()
    else:
        verb, doer, _, shown = found
        k = _second_object(toks, v) if verb in _GIVING else None
        if k is not None:  # "The bank lent the government €5 billion": given to the government
            party = frozenset(country(t.low) for t in toks[v + 1 : k]
                              if t.is_word and t.low not in FILLER and len(t.low) > 2)
            if party and not party & doer:
                return found, (one_act(verb) + " to", doer, party, _shown(toks, v, k - 1))
    by, own = False, stem(toks[v].low)
    for j in range(v + 2 if toks[v + 1].low in PARTICLES else v + 1, min(len(toks) - 1, v + 12)):
        t = toks[j]
        if t.low in _TOWARDS or (t.low, own) in _TARGETS or (t.low, one_act(own)) in _TARGETS:
            party = _after(toks, j)
            opener = toks[j + 1]
            if party and not party & doer and (opener.low in _PARTY_OPENERS or opener.cap or t.low in ("at", "on")):
                towards = (SUE if suit(toks, v) else one_act(verb) + (" from" if t.low == "from" else " to"), doer,
                           party, _shown(toks, v, j))  # ("chartered the vessel from its owner" and "the owner
                # chartered the vessel to Pacific Bulk" are one charter: the two are compared only with the same word)
                return (found, towards) if found else (towards,)
            break
        if t.is_break or t.low in CLAUSE_WORDS or t.low in _STOP and not (t.low == "by" or by and t.low in _OF_PLACE) and (
                not (t.low == "in" and toks[j + 1].cap)) and not (t.low in PARTICLES and toks[j + 1].low in _TOWARDS):
            # (past a place: "sold the depot in Bristol to the council"; a particle: "handed the search over to")
            break  # (not "caused $1 million in damage to the church": the damage's, not the doer's)
        by = by or t.low == "by"
    return (found,) if found else ()


def _second_object(toks: list[Tok], v: int) -> int | None:
    """Where a verb of giving's second object starts, a sum or a count after the one given it ("lent the government
    €5 billion", "paid the victim £20,000"), or None."""
    for j in range(v + 1, min(len(toks), v + 6)):
        t = toks[j]
        if t.is_number or t.low in CURRENCY_SIGNS or t.low in ("a", "an") and j > v + 2 and toks[j - 1].is_word:
            return j if any(x.is_word and x.low not in _PARTY_OPENERS for x in toks[v + 1 : j]) else None  # (or a
            # thing: "sent the mayor's office a report")
        if not (t.is_word or t.low == "'s") or t.low in CLAUSE_WORDS or t.low in _STOP:
            return None
    return None


def reversal_at(toks: list[Tok], v: int) -> Reversal | None:
    """The verb at ``v`` with a doer and a receiver, if it is one: in the active ("the goalkeeper shoved the
    referee") or in the passive ("the referee was shoved by the goalkeeper")."""
    be = v - 2 if v > 1 and adverb(toks[v - 1]) else v - 1  # ("was verbally abused by")
    by = agent_by(toks, v) if toks[be].low in BE else None
    passive = by is not None
    if not (passive or active_verb(toks, v)):
        return None
    low = toks[v].low
    verb = stem(low)
    complaint = verb == "report" and any(x.low == "to" for x in toks[v + 2 : v + 8])
    if not complaint and (verb in _EITHER_WAY or verb in SYMMETRIC or verb in _SAYING):
        return None  # ("reported a nurse to the regulator" is a complaint, not a report)
    lost_to = None if passive else _lost_to(toks, v)
    if lost_to is not None:
        verb, doer, receiver = "defeat", _after(toks, lost_to), _before(toks, v)  # "Celtic lost 2-1 to Rangers"
    elif passive:
        doer, receiver = _after(toks, by), _before(toks, be)
    else:
        doer, receiver = _before(toks, v), _after(toks, v)
    if doer & receiver and doer - _AGES and receiver - _AGES:
        doer, receiver = doer - _AGES, receiver - _AGES  # ("an 82-year-old veteran rescued a nine-year-old boy")
    act = act_at(toks, v) if lost_to is None and v + 1 < len(toks) and (toks[v + 1].low == "into" or PHRASAL.get((
        toks[v].low, toks[v + 1].low)) in _DONE_TO_ONE) else one_act(verb)  # ("ran into": crashed, "knocked out": beat;
    # not "burned down overnight", with no receiver)
    if doer and receiver and (not doer & receiver or act == _CRASH and doer - receiver and receiver - doer):
        return act, doer, receiver, _shown(toks, v)  # ("the passenger train crashed into the freight train": two)
    return None


def _shown(toks: list[Tok], v: int, through: int | None = None) -> str:
    """The verb with the words around it in its clause: "the lorry crashed into the back of the tram" (or through
    the party after "to" at ``through``: "was lent by the Hunt Museum in Limerick to the National Gallery")."""
    start, end = v, v + 1 if through is None else through + 1
    while start > 0 and v - start < 5 and not toks[start - 1].is_break and toks[start - 1].low not in SAID:
        start -= 1
    while end < len(toks) and end - v < 7 + (0 if through is None else through - v) and not toks[
            end].is_break and toks[end].low not in _STOP:
        end += 1
    return joined(toks[start:end])


def active_verb(toks: list[Tok], v: int) -> bool:
    """Whether the word at ``v`` is a verb in the active: "-ed" or a past form not after a form of "be" or an
    article, "-ing" after "is" or "are", and not followed by "by" (a passive: "the man arrested by police")."""
    low, before = toks[v].low, toks[v - 1].low
    if before in _ARTICLES or toks[v + 1].low == "by" or toks[v - 1].is_number or before in WORD_NUMBERS:
        return False  # (not "two detained Americans")
    if before in _MODALS or before == "to" and v > 1 and toks[v - 2].low in _AGREED:
        return low.isalpha() and toks[v + 1].low not in ("be", "have", "not")  # "will replace", "agreed to sell"
    if low.endswith("ing"):
        return before in _ONGOING  # "are suing the landlord", "had been informing on him"
    if before in BE or v > 1 and toks[v - 2].low in BE and before not in _HAVE:
        return False  # "was shot", "was later shot"
    return low.endswith("ed") or low in IRREGULAR_PAST or low == "laid" and before in _HAVE or (  # "has laid a charge"
        low == "beat" and toks[v - 1].is_word) or (  # ("Europe's Rory McIlroy and Shane Lowry beat Americans ...")
        low in _SAME_PAST and toks[v - 1].is_word and (toks[v + 1].low in _ARTICLES or toks[v + 1].cap))  # ("the bus
    # driver hit a cyclist", "Al Ahly outbid Mamelodi Sundowns")


_ONGOING = frozenset("is are was were been".split())


def _before(toks: list[Tok], v: int) -> frozenset[str]:
    """The noun phrase before the verb at ``v``, back to its clause's start ("Witnesses said the cyclist")."""
    out: list[str] = []
    j = v - 1
    if j > 0 and adverb(toks[j]):
        j -= 1  # ("A parent verbally abused a teacher")
    if j > 0 and toks[j].low == "to" and toks[j - 1].low in _AGREED:
        j -= 2  # ("BP has agreed to sell")
    while j >= 0 and (toks[j].low in _HAVE or toks[j].low in _MODALS or toks[j].low in BE):
        j -= 1  # ("who had been harassed by")
    if j > 1 and toks[j].low in WEEKDAYS and toks[j - 1].low == "on":
        j -= 2  # ("The Farmers' Union on Tuesday expelled")
    if j > 0 and toks[j].low == ",":  # "The incumbent mayor, Tomas Berg, defeated": past a name set off by commas
        opened = aside_opened(toks, j, names=True)
        if opened is not None:
            if not (toks[opened + 1].low.endswith(("ed", "ing")) and toks[opened + 2].low == "by"):  # (a name or what
                # it is; not who led it, ", led by former minister Tom Price,")
                out.extend(country(t.low) for t in toks[opened + 1 : j] if t.is_word and len(t.low) > 2)
            j = opened - 1
    if j > 2 and toks[j].low in _WHO and toks[j - 1].low == "," and not out:
        j -= 2  # ", who had harassed his landlord": the one the relative clause is said of ("The tenant")
    if not out:
        j = _past_relative(toks, j)
    place: list[str] = []  # "a tenant in Kayole": the noun before the place
    while j >= 0 and len(out) < 5:
        t = toks[j]
        if t.low in ("in", "from", "at") and out and not place and len(out) <= 3:
            place, out = out, []
            j -= 1
            continue
        if (t.is_break or t.low in CLAUSE_WORDS or t.low in SAID or t.low in _STOP) and not _in_name(toks, j):
            break
        if t.is_word and t.low not in FILLER and (len(t.low) > 2 or t.text.isupper() and len(t.text) == 2 or (
                t.low in _SHORT_PRONOUNS)):
            out.append(country(t.low))  # (or initials: "BP", "UN"; or "it": "said it had been misled by the council")
        j -= 1
    return frozenset(out or place)


def _past_relative(toks: list[Tok], j: int) -> int:
    """Where the subject ends when a relative clause stands between it and its verb, whose last word is at ``j``
    ("The mountain guide who led the ascent last August is suing": the guide); else ``j``."""
    for w in range(j, max(0, j - 14), -1):
        t = toks[w]
        if t.is_break or t.low in SAID or t.low in CLAUSE_WORDS and t.low not in _WHO:
            return j
        if t.low in _WHO:
            clause_verb = any(is_past(x.low) and not x.cap for x in toks[w + 1 : j + 1])
            return w - 1 if clause_verb and w > 0 and toks[w - 1].is_word and not toks[w - 1].cap else j
    return j


def _in_name(toks: list[Tok], j: int) -> bool:
    """Whether the "and" at ``j`` joins the words of one name ("HM Revenue and Customs")."""
    return toks[j].low == "and" and 0 < j < len(toks) - 1 and toks[j - 1].cap and toks[j + 1].cap and (
        toks[j - 1].is_word and toks[j + 1].is_word)


def _after(toks: list[Tok], v: int) -> frozenset[str]:
    """The noun phrase after the verb at ``v``: "into the back of the school bus" -> back, school, bus."""
    out: list[str] = []
    j = v + 1
    if j < len(toks) and (toks[j].low in _LEADING or toks[j].low in PARTICLES and j > 0 and toks[j - 1].is_word and (
            is_past(toks[j - 1].low))):
        j += 1  # ("handed over 29 suspects to")
    while j < len(toks) and len(out) < 5:
        t = toks[j]
        if (t.is_break or t.low in CLAUSE_WORDS or t.low in _STOP or t.low in _LEADING) and not _in_name(toks, j):
            break
        if t.is_word and t.low not in FILLER and (len(t.low) > 2 or t.text.isupper() and len(t.text) == 2):
            out.append(country(t.low))  # (or initials: "BP", "UN")
        j += 1
    return frozenset(out)


def _same(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two phrases name the same party: every word of one is in the other, or of one group of people
    ("police" / "officers", "protesters" / "demonstrators": ``persons.SIDES``)."""
    x, y = as_sides(as_countries(x)), as_sides(as_countries(y))
    return x <= y or y <= x


def _crossed(doer: frozenset[str], receiver: frozenset[str], doer_b: frozenset[str], receiver_b: frozenset[str]) -> bool:
    """Whether a word of one doer names the other's receiver, and a word of one receiver the other's doer, neither
    said on the same side in both ("Iranian forces seized a British-flagged tanker" / "British forces seized an
    Iranian-flagged tanker", "Government forces ambushed a rebel convoy" / "Rebel fighters ambushed a government
    convoy"; a country's adjective is the country)."""
    doer, receiver = _named(doer), _named(receiver)
    one = {w for w in doer if related(frozenset((w,)), receiver_b) and not related(frozenset((w,)), doer_b | receiver)}
    other = {w for w in receiver if related(frozenset((w,)), doer_b) and not related(frozenset((w,)), receiver_b | doer)}
    return bool(one and other)  # ("Valdoria" and "Valdorian": a stem that opens the other, ``nations.related``)


def _named(party: frozenset[str]) -> frozenset[str]:
    """A party's words without a word for kin or a peer when it has other words ("her sister Venus": Venus)."""
    return party - _KIN if len(party) > 1 else party


def reversal_conflict(xs: tuple[Reversal, ...], ys: tuple[Reversal, ...]) -> tuple[str, str] | None:
    for verb, doer, receiver, shown in xs:
        for verb_b, doer_b, receiver_b, shown_b in ys:
            if verb != verb_b:
                continue
            if _same(doer, receiver_b) and _same(receiver, doer_b) and not (
                    _same(doer, doer_b) or _same(receiver, receiver_b) or _same(doer, receiver)):
                return shown, shown_b
            if _crossed(doer, receiver, doer_b, receiver_b):
                return shown, shown_b
    return None


def crossed_doers(xs: list[Tok], ys: list[Tok], at_x: dict[str, tuple[int, ...]],
                  at_y: dict[str, tuple[int, ...]]) -> tuple[str, str] | None:
    """Two verbs both versions use, the doer of each in one the doer of the other in the other ("was proposed by
    Sarah Whitfield and seconded by Tom Bradley" / "Tom Bradley proposed the motion, which was seconded by Sarah
    Whitfield"; ``at_x``: where each verb of ``xs`` stands, ``verbs``)."""
    shared = sorted(at_x.keys() & at_y.keys())
    if len(shared) < 2:
        return None
    doers_x = {v: _doer_of(xs, at_x[v]) for v in shared}
    doers_y = {v: _doer_of(ys, at_y[v]) for v in shared}
    for i, one in enumerate(shared):
        for other in shared[i + 1 :]:
            x1, x2, y1, y2 = doers_x[one], doers_x[other], doers_y[one], doers_y[other]
            if x1 and x2 and y1 and y2 and _same(x1, y2) and _same(x2, y1) and not (
                    _same(x1, x2) or _same(x1, y1) or _same(x2, y2)):
                return _with_doer(xs, at_x[one][0]), _with_doer(ys, at_y[one][0])
    return None


def _with_doer(toks: list[Tok], v: int) -> str:
    """The verb with its doer: "proposed by Councillor Sarah Whitfield", "Councillor Tom Bradley proposed the
    motion"."""
    if toks[v + 1].low != "by":
        return _shown(toks, v)
    end = v + 2
    while end < len(toks) and end - v < 8 and not toks[end].is_break and toks[end].low not in _STOP and (
            toks[end].low not in CLAUSE_WORDS):
        end += 1
    return joined(toks[v:end])


def _doer_of(toks: list[Tok], at: tuple[int, ...]) -> frozenset[str]:
    """The doer of a verb said once (after its "by", or before it in the active)."""
    if len(at) != 1:
        return frozenset()
    v = at[0]
    if toks[v + 1].low == "by":
        end = v + 2
        while end < len(toks) and not (toks[end].is_break or toks[end].low in CLAUSE_WORDS or toks[end].low in _STOP):
            end += 1
        listed = end + 1 < len(toks) and toks[end].low in _LISTS and not is_past(toks[end + 1].low)
        return frozenset() if listed else _after(toks, v + 1)  # (not "sent by Italy and Spain": one of a list)
    if not active_verb(toks, v):
        return frozenset()
    start = v - 1
    while start > 0 and not (toks[start - 1].is_break or toks[start - 1].low in CLAUSE_WORDS):
        start -= 1
    return frozenset() if start > 0 and toks[start - 1].low in _LISTS else _before(toks, v)


__all__ = ["BE", "SAID", "Reversal", "active_verb", "crossed_doers", "reversal_at", "reversal_conflict", "reversals_at",
           "verbs"]
