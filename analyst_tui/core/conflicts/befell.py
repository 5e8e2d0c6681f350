"""Whom or what a happening befell (``happenings``): the object after an active verb ("police arrested a man"), else
the subject that opens its clause ("a man was shot", "the ferry capsized"), read past an aside, an estimate and an
age ("About 40 residents", "a 34-year-old man": "34yo")."""

from __future__ import annotations

from analyst_tui.core.conflicts.cues import aside_opened
from analyst_tui.core.conflicts.happening_words import FORMS
from analyst_tui.core.conflicts.polarity_words import FILLER, PRONOUNS
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, SAID_WORDS, Tok, adverb, is_past, opening_phrase, stem

_SAYING = frozenset("said says told tells announced confirmed reported added stated disclosed revealed admitted".split())
NO_OBJECT = frozenset("""by on in at after over from outside inside during for with near into onto off to amid
    following while when as before overnight early late yesterday today tonight last this since until monday
    tuesday wednesday thursday friday saturday sunday""".split())
PREPOSITIONS = frozenset("""of on in at for with from by to into onto about against among between under over
    near outside inside off""".split())
RELATIVE = frozenset(("who", "which", "that"))
THEN = frozenset("later then also eventually subsequently soon finally quickly promptly".split())
_ABOUT = frozenset("about around some nearly almost roughly approximately over".split())
_AGE_WORDS = frozenset(("year", "old", "month", "week"))
_ARTICLES = frozenset(("a", "an", "the"))
_AUX = frozenset("was were is are be been being has have had will would could may might can should".split())
_NOT_VERBS = frozenset("""building ceiling evening morning wedding red bed shed painting drawing meeting hearing
    offering funding housing clothing sibling king thing spring string ring wing darling duckling hundred""".split())
_NOUNS_BEFORE_THAT = frozenset("""leopard tiger lion bear animal dog whale shark man woman boy girl child ship vessel boat
    plane aircraft train bus car lorry truck building bridge tower dam driver pilot suspect""".split())
_SOME = frozenset("some many most several few part rest none one two three four five six".split())
_SUBORDINATE = frozenset("after before when since until once where as meant means".split()) | _SAYING  # ("a landslide
# meant trains to Penmor were diverted")
_TIMES = frozenset("early late earlier later overnight yesterday today".split())


def whose_time(toks: list[Tok], j: int) -> int:
    """How many words of a time open a possessive at ``j``, an object ("cancelled this year's festival", "last week's
    match", "postponed Tuesday's debate"); 0 if none."""
    if j + 1 < len(toks) and toks[j].low in _WEEKDAYS and toks[j + 1].low == "'s":
        return 2
    return 3 if j + 2 < len(toks) and toks[j].low in ("this", "last", "next") and toks[j + 2].low == "'s" else 0


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


_PARTS = frozenset("rest remainder remaining part half bulk majority".split())


def befell_many(toks: list[Tok], befell: frozenset[str]) -> bool:
    """Whether whom a happening befell is many: a plural among its words ("the passengers", not "the bus")."""
    return any(x.low.endswith("s") and not x.low.endswith(("ss", "us", "is")) and stem(x.low) in befell for x in toks)


def names_of(toks: list[Tok]) -> frozenset[str]:
    """The stems of the capitalised words after a version's first: its names."""
    return frozenset(stem(x.low) for x in toks[1:] if x.cap and x.is_word)


def object_of(toks: list[Tok], end: int) -> frozenset[str]:
    """The words of the object after the verb ending at ``end``, up to a preposition or a clause."""
    out: list[str] = []
    start = end + 1
    if start + 1 < len(toks) and toks[start].low in _ABOUT and toks[start + 1].is_number:
        start += 1  # "recalled about 2 million chargers"
    start += whose_time(toks, start)  # "this year's festival", "Tuesday's debate": the festival, the debate
    for m, t in enumerate(toks[start : end + 8], start):
        if t.low == "of" and out and _PARTS.intersection(toks[j].low for j in range(start, m)):
            continue  # a part of the thing: "the rest of her European tour", "the remaining dates of the tour"
        if t.is_break or t.low in NO_OBJECT or t.low in CLAUSE_WORDS or t.low in PREPOSITIONS:
            break
        age = age_of(toks, m)
        if age is not None:
            out.extend(age)
            continue
        if t.is_number or t.is_word and t.low not in FILLER and (len(t.low) > 2 or t.low in PRONOUNS):
            out.append(t.low if t.is_number else stem(t.low))
    return frozenset(out[:4])


def subject_of(toks: list[Tok], k: int) -> frozenset[str]:
    """The words of the subject of the verb at ``k``: the noun phrase that opens its clause, past an aside ("The
    trawler Morning Star, which had six crew on board, sank"; "the three boys, aged between 11 and 13, drowned"),
    whose words are kept when it names the subject ("The town's last cinema, the Regal, was demolished"), up to
    what follows the noun ("A man suspected of shooting three people ... was arrested", "Waitrose in Wellington").
    A verb after "who" or "which" is said of the noun before it ("Jenkin, who was arrested")."""
    named: list[str] = []
    seen = False  # a word of the clause between its start and the verb
    j = k - 1
    while j >= 0:
        t = toks[j]
        glued = j and t.cap and t.low in _ARTICLES  # a capitalised "A" or "The" inside a sentence: a headline's end
        if t.is_break or glued:
            opened = None if seen or glued else _aside(toks, j)
            if opened is None:
                return _with_named(_noun_phrase(toks, j if glued else j + 1, k), named)
            if (toks[opened + 1].low in _ARTICLES or toks[opened + 1].cap) and j - opened <= 5 and not any(
                    x.low in PREPOSITIONS for x in toks[opened + 1 : j]):
                named = _words(toks[opened + 1 : j])  # ("the Regal"; not "a close aide to John Mitchell")
                if toks[opened + 1].cap and toks[opened + 1].low not in _ARTICLES:
                    named.append("<named>")  # "One of the escapees, Kyle Barnett, was shot dead": he, not a part
            elif toks[opened + 1].low in ("a", "an") and not named:
                named = ["<one>", *_noun_phrase(toks, opened + 2, j)]  # "One of the hikers, a 27-year-old man from
                # Phoenix, died": that one (read only in place of a part)
            while toks[opened].low == "," and (again := _aside(toks, opened)) is not None:
                opened = again  # two asides ("A second referendum, on Sunday alcohol sales, planned for next spring,")
            j = opened - 1
            continue
        if t.low == "and" and all(x.low in THEN or x.low in _AUX for x in toks[j + 1 : k]):
            seen = False  # "was damaged by the missile and later sank": the subject of the verb before "and"
        elif (t.low in CLAUSE_WORDS or t.low in _SUBORDINATE) and not (
                t.low in _PREPOSITION_TOO and _no_verb(toks, j, k)) and not (t.low == "and" and any(
                    x.low == "between" for x in toks[max(0, j - 4) : j])):  # ("the match between Lazio and Torino")
            if seen and (t.low in ("who", "which") or t.low == "that" and j and toks[j - 1].low in _NOUNS_BEFORE_THAT):
                return frozenset(_before(toks, j))  # "the leopard that strayed into a colony was captured" (not
                # "said on Wednesday that the crew had drowned")
            if seen:
                return _with_named(_noun_phrase(toks, j + 1, k), named)
            if t.low in RELATIVE:
                return frozenset(_before(toks, j - 1 if j and toks[j - 1].low == "," else j))
        elif t.is_word and t.low not in FILLER and not adverb(t):  # ("The attendant, a local man, was seriously
            seen = True  # injured": the attendant)
        j -= 1
    found = _noun_phrase(toks, 0, k)
    if toks and (not found and toks[0].low in PREPOSITIONS or toks[0].low in _TIMES):  # "On Friday night a coal
        # conveyor belt collapsed", "Early on Tuesday the cargo vessel ran aground"
        start = next((j for j in range(k - 1, 0, -1) if toks[j].low in _ARTICLES), None)
        if start is not None:
            found = _noun_phrase(toks, start, k)
        elif toks[0].low in PREPOSITIONS:
            found = []
    return _with_named(found, named)


def _with_named(found: list[str], named: list[str]) -> frozenset[str]:
    """The subject's words and those of a name set off after it; a part of a group named is the one named ("One of the
    escapees, Kyle Barnett,": Kyle Barnett, not a part of the escapees)."""
    if named[:1] == ["<one>"]:
        return frozenset(named[1:] if "<some>" in found else found)
    if "<named>" in named:
        named = [w for w in named if w != "<named>"]
        if "<some>" in found:
            return frozenset(named)
    return frozenset(found + named)


_PREPOSITION_TOO = frozenset("after before since until".split())


def _no_verb(toks: list[Tok], j: int, k: int) -> bool:
    """Whether "after" at ``j`` follows a participle and no verb comes between it and the verb at ``k`` (its
    auxiliaries aside): it opens no clause ("The skier missing after an avalanche near Chamonix was found dead"; not
    "after the buyer pulled out", "before they were sold")."""
    if not j or not toks[j - 1].low.endswith(("ing", "ed")):  # (after a participle: "missing after", "arrested after")
        return False
    while k - 1 > j and toks[k - 1].low in _AUX:
        k -= 1
    return not any(t.low in _AUX or t.low.endswith("ed") and t.low not in _NOT_VERBS for t in toks[j + 1 : k])


def _noun_phrase(toks: list[Tok], start: int, end: int) -> list[str]:
    """The content words of the noun phrase at ``start``, up to a preposition, a verb or ``end``."""
    out: list[str] = []
    for m in range(start, end):
        t = toks[m]
        low = t.low
        if low == "of" and m == start + 1 and toks[start].low in _SOME:
            out = ["<some>"]  # "some of the pirates": a part of them
            continue
        if low == "of" and out and m + 1 < end and not toks[m + 1].is_number:
            continue  # "the roof of the leisure centre", "the launch of the rocket"
        if low == "between" and out:  # "the match between Lazio and Torino": the two named are its words
            out.extend(stem(x.low) for x in toks[m + 1 : min(end, m + 6)] if x.cap and x.is_word)
            break
        if low in _ABOUT and m + 1 < end and toks[m + 1].is_number:
            continue  # an estimate: "about 40 residents", "nearly 40 residents"
        age = age_of(toks, m)
        if age is not None:
            out.extend(age)
            continue
        if low in FORMS and (m == start or toks[m - 1].low in _ARTICLES):
            pass  # an adjective: "a convicted fraudster", "the stranded whale"
        elif t.is_break or low in CLAUSE_WORDS or low in PREPOSITIONS and not (
                m + 1 < end and toks[m + 1].low == "-") or low in _AUX or low in FORMS:
            break  # (not "an off-duty garda")
        if out and low.endswith(("ed", "ing")) and low not in _NOT_VERBS and (
                m + 1 >= end or toks[m + 1].is_number or toks[m + 1].low in PREPOSITIONS
                or toks[m + 1].low in _PREPOSITION_TOO or toks[m + 1].low in _ARTICLES or toks[m + 1].is_break):
            break  # "A passenger jet carrying 164 people", "A man suspected of ..."; not "chief operating officer"
        if out and low.endswith("ing") and len(low) > 5 and low not in _NOT_VERBS and m + 1 < end and toks[
                m + 1].is_word and not toks[m + 1].cap and toks[m - 1].is_word and toks[m - 1].low not in FILLER:
            break  # "A ferry evacuating residents", "a ferry carrying evacuees": the ferry
        if t.is_number and "-" not in low:
            out.append(low)  # ("six suspects": not the suspect of the other version's "a suspect")
        elif (t.is_word or "-" in low and any(c.isalpha() for c in low)) and low not in FILLER and (
                len(low) > 2 or t.text.isupper() and len(low) == 2):  # ("the UK's envoy")
            out.append(stem(low))
    return out[:6]


def described(toks: list[Tok], k: int) -> frozenset[str] | None:
    """The words of the object that the participle at ``k`` describes ("granted bail to two men charged over the
    robbery": two men; "pulled five people from cars buried by the avalanche": the cars), when it follows a noun
    phrase in small letters just after a preposition; else None."""
    if not (toks[k].low.endswith(("ed", "en")) or is_past(toks[k].low)):  # ("a berth struck by one of its vessels")
        return None
    j = k - 1
    while j >= 0 and k - j <= 4 and (toks[j].is_number or toks[j].is_word and not toks[j].cap and (
            toks[j].low not in PREPOSITIONS and toks[j].low not in CLAUSE_WORDS and toks[j].low not in _AUX)):
        j -= 1
    if j < 1 or j + 1 == k or toks[j].low not in _TO_WHOM:
        return None
    return frozenset(_noun_phrase(toks, j + 1, k)) or None


_TO_WHOM = frozenset("to for against with from".split())


def _before(toks: list[Tok], j: int) -> list[str]:
    """The content words just before ``j`` (the noun a relative clause is said of)."""
    out: list[str] = []
    while j > 0 and len(out) < 4:
        j -= 1
        t = toks[j]
        if t.is_break or t.low in CLAUSE_WORDS or t.low in PREPOSITIONS or t.low in SAID_WORDS:
            break  # (not who said it: "Reports said a 12-year-old boy who had travelled ...")
        if t.is_word and t.low not in FILLER and len(t.low) > 2:
            out.append(stem(t.low))
    return out


def _words(toks: list[Tok]) -> list[str]:
    return [stem(t.low) for t in toks if t.is_word and t.low not in FILLER and len(t.low) > 2]


def _aside(toks: list[Tok], j: int) -> int | None:
    """Where the aside closed at ``j`` opens, its comma: a relative clause, an apposition, an age, a name or a
    participle (", aged between 11 and 13,", ", nicknamed Big Gus,"); else None."""
    opened = aside_opened(toks, j, names=True)
    if opened is not None or toks[j].low != ",":
        return opened
    for o in range(j - 1, max(0, j - 16), -1):
        if toks[o].is_break:
            first = toks[o + 1].low
            if toks[o].low == "," and o > 0 and (toks[o - 1].is_word and (
                    first.endswith(("ed", "ing")) or first in _ASIDE_OPENERS) or _named(toks, o - 1) and (
                    j - o <= 14)) and not opening_phrase(toks, o):  # (not "Meanwhile, the surfer, 34, was injured")
                return o  # (or after a name: "General Anton Reyes, commander of the eastern front, was killed")
            return None
    return None


_ASIDE_OPENERS = frozenset("with on over about against".split())  # ("A second referendum, on Sunday alcohol sales, has
# been postponed")


def _named(toks: list[Tok], j: int) -> bool:
    """Whether a name ends at ``j``: a capitalised word, or one before "'s" ("Gellman's, the department store
    chain,")."""
    return toks[j].cap or toks[j].low in ("'s", "’s") and j > 0 and toks[j - 1].cap


def age_of(toks: list[Tok], m: int) -> list[str] | None:
    """The age the token at ``m`` gives, as a word ("a 34-year-old man", "a man aged 34": "34yo"), an empty list for
    the other words of it ("year", "old"), or None when it is no part of an age (a count: "34 men")."""
    t = toks[m]
    if t.is_number and m + 2 < len(toks) and toks[m + 1].low == "-" and toks[m + 2].low in _AGE_WORDS:
        return [t.low + "yo"]
    if t.low == "aged" and m + 1 < len(toks) and toks[m + 1].is_number:
        return [toks[m + 1].low + "yo"]
    if t.low in _AGE_WORDS and m > 0 and toks[m - 1].low == "-" or t.is_number and m and toks[m - 1].low == "aged":
        return []
    return None


__all__ = ["NO_OBJECT", "PREPOSITIONS", "RELATIVE", "THEN", "age_of", "befell_many", "described", "names_of",
           "object_of", "subject_of", "whose_time"]
