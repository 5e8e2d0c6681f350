"""The day or year something happened: "the fire broke out on Tuesday" against "on Thursday", "the attack
happened on March 5" against "on March 15", "the plant opened in 1998" against "in 1989".

A day is read only after a verb in the past ("struck", "broke out", "died"), which names what happened
then; a day something was said on is not a happening, since a statement may be made again ("police said on
Tuesday" / "police said Thursday"). Two versions differ when they give days of the same kind for the same
happening (a verb, or another the lists know as the same: "was arrested" / "was detained") and every day one
gives is far from every day the other gives (a weekday or a date after "will", "due",
"set" or "scheduled" in its clause is when something is to happen, one happening for both: "is due to open on 14
March" / "would go on trial on March 24", "will resume talks on Thursday" / "on Tuesday"; "pushed back to Friday" is
a day too): weekdays and dates two days or
more apart (the next day may be the same moment in another time zone: "late Tuesday" in New York is "early
Wednesday" in Jakarta), years when they differ. A year after "by" is read only of what is to happen ("will reach
90,000 barrels a day by 2026" / "will hit 90,000 barrels per day by 2029").
"""

from __future__ import annotations

from analyst_tui.core.conflicts.happening_words import FORMS
from analyst_tui.core.conflicts.tokens import Tok, is_past, stem
from analyst_tui.core.conflicts.verb_words import PHRASAL

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OF = {d: i for i, d in enumerate(WEEKDAYS)}
MONTHS = {m: i for i, ms in enumerate(("january jan", "february feb", "march mar", "april apr", "may", "june jun",
                                        "july jul", "august aug", "september sep sept", "october oct",
                                        "november nov", "december dec"), 1) for m in ms.split()}  # fmt: skip
# What an event is put off to when it is moved ("moved this year's air show to October"; "to 6 a.m.": ``HOURS``)
MOVED_TO = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"next", "later"}
HOURS = (["a.m."], ["p.m."], ["am"], ["pm"])
# Words that open a sentence in which a day may be read: weekdays and months (a year has digits).
WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
# Words between a happening and its day ("broke out early on Tuesday", "opened in 1998").
_BEFORE_DAY = frozenset("on late early last this next in of to until".split())  # ("pushed back to Friday")
SAID = frozenset("""said say says told tell tells announced announce announces reported report reports added
    stated confirmed confirm denied deny wrote explained according statement interview spoke speaking""".split())

Day = tuple[str, str, int, str]  # (happening or "scheduled", "weekday" | "date" | "year", value, as written)


def day_points(toks: list[Tok]) -> frozenset[Day]:
    """Days on which something happened: "the fire broke out on Tuesday", "the quake struck on 5 March",
    "the plant opened in 1998"."""
    out: set[Day] = set()
    last: tuple[int, str] | None = None  # where the last day was read, and its happening
    for k in range(len(toks)):
        found = _day_at(toks, k)
        if found is None:
            continue
        kind, value, start = found
        if kind == _BY_YEAR:  # a year something is to happen by: "will reach 90,000 barrels a day by 2026" (and
            # "... and open three parks by 2028")
            if _scheduled(toks, start) is not None or last is not None and last[1] == "scheduled" and k - last[0] <= 12:
                out.add(("scheduled", "year", value, " ".join(x.text for x in toks[max(0, start - 4) : k + 1])))
                last = (k, "scheduled")
            else:
                last = None
            continue
        m = start
        while m > 0 and (toks[m - 1].low in _BEFORE_DAY or toks[m - 1].low in _DAY_OF and kind == "date" or (
                toks[m - 1].low == "," and m > 1 and toks[m - 2].low in _DAY_OF)):
            m -= 1  # (past its weekday: "on Thursday, June 4")
        h = _past_verb(toks, m)
        if h is None and m < start and toks[start - 1].low == "until":
            h = _deferred(toks, m)  # "adjourned the hearing until May 19"
        shown = " ".join(x.text for x in toks[start : k + 1])
        if h is None and last is not None and k - last[0] <= 6:
            out.add((last[1], kind, value, shown))  # "marched on Tuesday and again on Thursday": both days
            continue
        if h is not None and h > 0 and toks[h - 1].low == "be":
            h = None  # ("will be held on June 19": to happen then)
        planned = _scheduled(toks, m) if h is None and kind in ("date", "weekday") else None
        if planned is not None:  # (a weekday, by what is to happen then: "will resume talks on Thursday")
            out.add(("scheduled" if kind == "date" else "to " + planned, kind, value,
                     " ".join(x.text for x in toks[max(0, m - 4) : k + 1])))
            last = None
            continue
        if h is None or toks[h].low in SAID or any(t.low == "again" for t in toks[h + 1 : start]):
            last = None  # (nor a day it happened "again": "apologised to customers on Thursday" / "apologised again
            continue  # on Monday")
        last = (k, _happening(PHRASAL.get((toks[h].low, toks[h + 1].low), toks[h].low)))  # ("stepped down": resigned)
        if kind == "year" and _founded(toks, h):
            last = (k, "founded")  # "founded in 1887" / "First opened in 1923", "built in 1924" / "completed in 1968"
        out.add((last[1], kind, value, " ".join(x.text for x in toks[h : k + 1])))
    return frozenset(out)


_FOUNDED = frozenset("founded established built completed constructed".split())
_OPENED_TO = frozenset("traffic the visitors passengers".split())


def _founded(toks: list[Tok], h: int) -> bool:
    """Whether the verb at ``h`` tells when something came to be: "founded", "built", or "opened" with nothing after
    it but its year ("which opened in 1912"; not "opened a new plant in 2009")."""
    low = toks[h].low
    after = [t.low for t in toks[h + 1 : h + 5]]
    if low == "opened" and after[:1] == ["to"] and "in" in after[2:4] and after[1] in _OPENED_TO:
        return True  # "which opened to traffic in 1967", "opened to the public in 1990"
    return low in _FOUNDED or low in ("opened", "launched") and h + 1 < len(toks) and toks[h + 1].low == "in" or (
        low == "published" and h > 0 and toks[h - 1].low == "first")  # ("first published in 1912": a newspaper)


def _happening(word: str) -> str:
    """What happened, as the lists name it ("arrested" and "detained" are one), else the verb's stem."""
    known = FORMS.get(word)
    return known[0] if known else _HAPPENED.get(word) or stem(word)


_HAPPENED = dict.fromkeys(("happened", "occurred", "place"), "happen")  # ("took place")


def _day_at(toks: list[Tok], k: int) -> tuple[str, int, int] | None:
    """(kind, value, where its words start) of a day whose last word is at ``k``: a weekday, a date ("March 5",
    "5 March"; its year is read as part of it) or a year after "in" ("in 1998") or "by" (``_BY_YEAR``)."""
    t = toks[k]
    if t.low in _DAY_OF:
        return "weekday", _DAY_OF[t.low], k
    month = _month(t)
    if month is not None:
        if k + 1 < len(toks) and _day_number(toks[k + 1]):
            return None  # "March 5": read at its number
        if k > 0 and _day_number(toks[k - 1]):
            return "date", month * 31 + int(toks[k - 1].low), k - 1  # "5 March"
        return None
    if _day_number(t) and k > 0 and _month(toks[k - 1]) is not None:
        return "date", MONTHS[toks[k - 1].low] * 31 + int(t.low), k - 1  # "March 5"
    if t.is_number and len(t.low) == 4 and t.low.isdecimal() and 1800 <= int(t.low) <= 2100 and k > 0:
        if toks[k - 1].low == "in":
            return "year", int(t.low), k - 1
        if toks[k - 1].low == "by":
            return _BY_YEAR, int(t.low), k - 1
    return None


_BY_YEAR = "year by"  # (read only of what is to happen: "was built by 1890" may be "in 1885")


def _month(t: Tok) -> int | None:
    """The month a word names ("may" only as "May")."""
    return MONTHS.get(t.low) if t.low != "may" or t.text == "May" else None


def _day_number(t: Tok) -> bool:
    return t.is_number and t.low.isdecimal() and len(t.low) <= 2 and 1 <= int(t.low) <= 31


_PARTICLES = frozenset("out off down up away ashore again back".split())  # "broke out on Tuesday"
_SAME_IN_PAST = frozenset("hit cut set put quit burst born shut".split())  # "the storm hit on Tuesday"


def _deferred(toks: list[Tok], at: int) -> int | None:
    """Where a verb putting something off stands before its object and the "until" at ``at`` ("adjourned the
    hearing until"), if one does."""
    for m in range(at - 1, max(-1, at - 5), -1):
        if not toks[m].is_word or toks[m].cap and m:
            return None
        if toks[m].low in _DEFERRING:
            return m
    return None


_DEFERRING = frozenset("adjourned postponed delayed deferred suspended extended remanded".split())


def _past_verb(toks: list[Tok], at: int) -> int | None:
    """Where the verb in the past just before ``at`` is ("struck", "broke out", "shut for good"), if one is: not
    "4.39 percent late Friday", "a call for comment on Friday"."""
    m = at - 1
    while m >= 0 and toks[m].low in _PARTICLES:
        m -= 1
    if m < 0 or not toks[m].is_word:
        return None
    low = toks[m].low
    if low == "place" and m and toks[m - 1].low in ("took", "taken"):
        return m  # "took place on"
    if low == "way" and m and toks[m - 1].low in ("gave", "given"):
        return m - 1  # "gave way on Friday": collapsed
    if is_past(low) or low in _SAME_IN_PAST and not (m and toks[m - 1].low in _WILL_BEFORE):
        return m  # (not "will shut on September 30", "to quit on Friday": to happen then, ``_scheduled``)
    for p in range(m, max(0, m - 4), -1):  # past a short phrase: "closed for the last time on", "returned to Paris on"
        if not toks[p].is_word:
            return None
        if toks[p].low in _SHORT_PHRASE and p < m:  # (past its object: "closed its doors for the last time on")
            if toks[p].low == "to" and p + 1 == m and not (toks[m].cap or toks[m].low.endswith("s") or (
                    toks[m].low == "traffic")):
                return None  # "is set to open on": what is to happen (``_scheduled``)
            q = next((q for q in range(p - 1, max(-1, p - 4), -1) if toks[q].is_word and (
                is_past(toks[q].low) or toks[q].low in _SAME_IN_PAST) and all(t.is_word for t in toks[q:p])), None)
            return None if q is None or toks[q].low in _WILL else q
    return None


_WILL = frozenset("will would due set scheduled expected planned comes takes".split())  # ("comes into force on")
_WILL_BEFORE = frozenset("will would to".split())
_SHORT_PHRASE = frozenset(("for", "to", "in", "at"))  # ("shut for good on", "was detained in Marseille on")


def _scheduled(toks: list[Tok], at: int) -> str | None:
    """The stem of what is to happen when the date at ``at`` is when something is to happen, not when it was said:
    "is due to open on 14 March", "will go on trial on March 24" (a future word earlier in its clause; no verb of
    saying just before); else None."""
    if at and toks[at - 1].low in SAID:
        return None
    for j in range(at - 1, max(-1, at - 11), -1):
        t = toks[j]
        if t.is_break:
            return None
        if t.low in _WILL:
            v = j + 2 if j + 2 < at and toks[j + 1].low == "to" else j + 1  # "is due to open", "will resume"
            return _BEGIN.get(stem(toks[v].low), stem(toks[v].low)) if v < at else ""
        if t.low in _BEGINS_NOW:
            return "begin"  # "ministers begin their two-day summit in Galvas on Monday": to happen then
    return None


_BEGINS_NOW = frozenset("begin begins start starts".split())
_BEGIN = {stem(w): "begin" for w in ("begin", "start", "open")}  # ("the summit will open on Wednesday" / "begins on
# Monday")


def dates_in(toks: list[Tok]) -> list[tuple[int, str]]:
    """(value, as written) of each date ("3 May", "May 23"), but a date something was said on ("said on 3 May")."""
    out = []
    for k in range(len(toks)):
        found = _day_at(toks, k)
        if found is None or found[0] != "date":
            continue
        m = found[2]
        while m > 0 and toks[m - 1].low in _BEFORE_DAY:
            m -= 1
        if m == 0 or toks[m - 1].low not in SAID:
            out.append((found[1], " ".join(t.text for t in toks[found[2] : k + 1])))
    return out


def day_conflict(a: frozenset[Day], b: frozenset[Day]) -> tuple[str, str] | None:
    """(what a says, what b says) when both give days of one kind for one happening, all far apart."""
    if not a or not b:
        return None
    for happening, kind in sorted({x[:2] for x in a} & {y[:2] for y in b}):
        mine = [x for x in sorted(a) if x[:2] == (happening, kind)]
        pairs = [(x, y) for x in mine for y in sorted(b) if y[:2] == (happening, kind)]
        if all(_far(kind, x[2], y[2]) for x, y in pairs):
            return pairs[0][0][3], pairs[0][1][3]
    return None


def _far(kind: str, x: int, y: int) -> bool:
    if kind == "weekday":
        return min(abs(x - y), 7 - abs(x - y)) >= 2
    if kind == "date":
        return abs(x - y) >= 2  # (a month read as 31 days: "March 31" and "April 1" are next to each other)
    return x != y


__all__ = ["MONTHS", "SAID", "WEEKDAYS", "WORDS", "dates_in", "day_conflict", "day_points"]
