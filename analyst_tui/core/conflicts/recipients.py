"""The one the same thing is given to, in two versions told in other words: "The founder donated $10 million to
Harvard University" / "The founder gave $10 million to Yale University, the school said", "handed the report to the
prime minister" / "... to the president".

Each version's receiver follows "to" after a verb of giving (or "from" after a verb of getting: ``receivers.given_to``),
or is the name before "received" ("Professor Helen Okafor received the Copley Medal"). Two receivers differ when both
are names sharing no word, country or initials, both offices of another group, or both people or bodies of another
kind ("to her mother" / "to her grandmother"); and neither version names the other's receiver anywhere. The thing
given must be the same: a word or a figure before "to" in one version is in the other ("$10 million", "the
report")."""

from __future__ import annotations

from analyst_tui.core.conflicts.nations import CAPITALS, country, related
from analyst_tui.core.conflicts.offices import office_named
from analyst_tui.core.conflicts.persons import PERSON_GROUPS
from analyst_tui.core.conflicts.polarity_words import FILLER, PRONOUNS
from analyst_tui.core.conflicts.receivers import GIVING, given_to
from analyst_tui.core.conflicts.reversal import BE
from analyst_tui.core.conflicts.substitution import TITLES
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem

_ENDS = frozenset("""on in at for with from to by after before during over under since until as than and or but
    who which that when while because amid""".split())
_ARTICLES = frozenset("the a an".split())
_KINDS = frozenset(PERSON_GROUPS) | frozenset(stem(w) for w in """university college institute company group corporation
    association authority ministry department agency commission committee trust society of and legislature assembly
    parliament congress senate house chamber government state city county federal national general""".split())
_MAX_RECEIVER = 7  # words of a receiver ("the Royal National Lifeboat Institution", "the city's children's hospital")
_BEFORE = 6  # words before "to" read for the thing given
_VERBS = frozenset("be have get make do help keep go".split())  # after "to": what is done, not to whom
_Receiver = tuple[str, str, frozenset[str], str, frozenset[str]]  # (to or from, its kind, its key, the words shown,
# the thing given)


def receiver_conflict(xs: list[Tok], ys: list[Tok]) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the same thing goes to another receiver in each, or None."""
    rx, ry = _receivers(xs), _receivers(ys)
    if not rx or not ry:
        return None
    lows_x = frozenset(stem(t.low) for t in xs if t.is_word)
    lows_y = frozenset(stem(t.low) for t in ys if t.is_word)
    for way_x, kind_x, key_x, shown_x, thing_x in rx:
        for way_y, kind_y, key_y, shown_y, thing_y in ry:
            if way_x != way_y or kind_x != kind_y or _same(kind_x, key_x, key_y):
                continue
            if _named_in(key_x, kind_x, lows_y) or _named_in(key_y, kind_y, lows_x):
                continue  # (one version names both: "gave $1m to Oxfam and $2m to the Red Cross")
            if not thing_x & thing_y:
                continue  # (not the same thing: "gave the medal to" / "gave the money to")
            return shown_x, shown_y
    return None


def _receivers(toks: list[Tok]) -> list[_Receiver]:
    out: list[_Receiver] = _takers(toks)
    for k, t in enumerate(toks[:-1]):
        if t.low not in ("to", "from") or not given_to(toks, k + 1) or k + 1 < len(toks) and toks[k + 1].low in _VERBS:
            continue  # (not "paid to be smuggled into Blaine")
        thing = _words(toks[max(0, k - _BEFORE) : k])  # (the thing given, just before "to")
        end = k + 1
        while end < len(toks) and end - k <= _MAX_RECEIVER and not toks[end].is_break and (
                toks[end].low not in _ENDS and toks[end].low not in CLAUSE_WORDS or end == k + 1):
            end += 1
        words = [x for x in toks[k + 1 : end] if x.is_word and x.low not in _ARTICLES]
        if not words or end - k > _MAX_RECEIVER:
            continue
        shown = joined(toks[max(0, k - 2) : end])
        caps = [x for x in words if x.cap]
        if caps:  # (a nation's adjective before a noun describes: "to the Italian chocolate maker" may be Ferrero)
            out.append((t.low, "nation" if _described(caps, words) else "name", _name_key(caps), shown, thing))
            continue
        office = office_named([x.low for x in words])
        if office is not None:
            out.append((t.low, "office", frozenset((office,)), shown, thing))
            continue
        span = toks[k + 1 : end]
        head = [x for x in span[max((j + 1 for j, x in enumerate(span) if x.low in ("'s", "'")), default=0):]
                if x.is_word]  # (whose: "to the firefighter's widow")
        groups = frozenset(str(PERSON_GROUPS[stem(x.low)]) for x in head if stem(x.low) in PERSON_GROUPS)
        if len(groups) == 1:
            out.append((t.low, "group", groups, shown, thing))
    return out


def _takers(toks: list[Tok]) -> list[_Receiver]:
    """The one named just before "received" or "accepted" (past "has" or "was"): the receiver of what follows
    ("Professor Helen Okafor received the Royal Society's Copley Medal")."""
    out: list[_Receiver] = []
    for k, t in enumerate(toks):
        if not k or not (t.low in _TAKES or t.low in _HANDED and toks[k - 1].low in BE or t.low in _WON and any(
                x.low in _PRIZES for x in toks[k + 1 : k + 1 + _BEFORE])):
            continue  # ("received the medal", "was handed the top prize", "won the Booker Prize")
        j = k - 1
        while j > 0 and toks[j].low in _AUX:
            j -= 1
        if j > 1 and toks[j - 1].cap and toks[j].is_word and not toks[j].cap and country(toks[j - 1].low) != toks[
                j - 1].low:  # "the Kenyan runner", named by the nation
            out.append(("to", "nation", _name_key([toks[j - 1]]), joined(toks[j - 1 : k + 4]),
                        _words(toks[k + 1 : k + 1 + _BEFORE])))
            continue
        if j > 0 and toks[j].is_word and not toks[j].cap and stem(toks[j].low) in PERSON_GROUPS and toks[j - 1].low in (
                "the", "his", "her", "their"):  # "The father was granted custody", "the mother should be granted"
            out.append(("to", "group", frozenset((str(PERSON_GROUPS[stem(toks[j].low)]),)), joined(toks[j - 1 : k + 4]),
                        _words(toks[k + 1 : k + 1 + _BEFORE])))
            continue
        start = j
        while start > 0 and toks[start - 1].cap and toks[start - 1].is_word:
            start -= 1
        caps = [x for x in toks[start : j + 1] if x.cap and x.is_word and x.low not in _ARTICLES]
        if not caps or not toks[j].cap or len(caps) > _MAX_RECEIVER or toks[j].low in PRONOUNS or (
                len(caps) == 1 and start == 0):
            continue  # (not "She received", nor one word in capitals opening the sentence)
        out.append(("to", "name", _name_key(caps), joined(toks[start : k + 4]), _words(toks[k + 1 : k + 1 + _BEFORE])))
    return out


_TAKES = frozenset("received receives accepted accepts collected collects".split())
_HANDED = frozenset("handed given awarded presented granted".split())  # after "was": the one it went to
_WON = frozenset("won wins took claimed scooped".split())  # a prize
_PRIZES = frozenset("prize award medal trophy title gold silver bronze cup".split())
_AUX = frozenset("has have had was were is be should would will".split())


def _described(caps: list[Tok], words: list[Tok]) -> bool:
    """Whether the words in capitals are nations' adjectives before a word in small letters ("the Kenyan runner")."""
    return all(country(x.low) != x.low for x in caps) and not words[-1].cap


def _name_key(caps: list[Tok]) -> frozenset[str]:
    """A name's words as stems, a capital as its country, less a title ("Professor")."""
    return frozenset(stem(country(CAPITALS.get(x.low, x.low))) for x in caps) - TITLES


def _same(kind: str, x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two receivers may be one: names with a word in common besides a kind of body ("Harvard University" /
    "Yale University" are two), or one the initials of the other."""
    if kind != "name":
        return x == y
    x, y = x - _KINDS, y - _KINDS
    return not x or not y or related(x, y) or _initials(x, y) or _initials(y, x)


def _initials(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether a name of one short word may be the other's initials or short name ("UN", "WFP"): read as one."""
    return len(x) == 1 and len(next(iter(x))) <= 6 and len(y) >= 2


def _named_in(key: frozenset[str], kind: str, lows: frozenset[str]) -> bool:
    return kind == "name" and bool((key - _KINDS) & lows)


def _words(toks: list[Tok]) -> frozenset[str]:
    """The words (stems) and figures of what is given, not its verb ("$10 million", "the report"; a word of giving
    after an article is what is given: "the grant", "a loan")."""
    return frozenset(t.low if t.is_number else stem(t.low) for k, t in enumerate(toks)
                     if t.is_number or t.is_word and t.low not in FILLER and len(t.low) > 2 and (
                         t.low not in GIVING or k and toks[k - 1].low in _ARTICLES))


__all__ = ["receiver_conflict"]
