"""Particulars: a value news gives for a named thing in words rather than as a count.

* an ordinal of a repeat: "for the second time", "a third term";
* a person's age: "the 66-year-old victim", "John Smith, 66,";
* a court's penalty: "sentenced to death", "a life sentence" ("sentenced to 10 years" is a figure);
* the goals one scored, in words: "scored twice", "a hat-trick".

Each is a (thing, value) pair. Two versions that give values for the same thing and share none differ ("2nd time vs
3rd time", "victim aged 66 vs victim aged 76", "death sentence vs life sentence"); a value for a thing only one version
names is no conflict."""

from __future__ import annotations

from typing import Callable

from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.penalties import PENALTIES as _PENALTIES, PENALTY_VERBS as _PENALTY_VERBS
from analyst_tui.core.conflicts.penalties import penalty_at as _penalty_at, sentenced_before as _sentenced_before
from analyst_tui.core.conflicts.tokens import Tok, is_past, stem

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_TENS = frozenset(range(20, 100, 10))  # ("Sixty-two-year-old": sixty and two)
_BETWEEN = frozenset("consecutive straight successive".split())  # ("the third consecutive term")
# What an ordinal ranks, when it is compared: only a repeat of one thing ("for the second time", "a third
# term"), or the age of what goes on ("its 11th day"). A round, a quarter, a book or a victory ranks one of several,
# and two versions often name different ones ("his second victory over Thompson", "his 58th victory").
_RANKED, _AGES = frozenset("time times term terms anniversary".split()), frozenset("day week month".split())
_CALENDAR = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def particulars(toks: list[Tok]) -> frozenset[tuple[tuple[str, str], str]]:
    """Each ((kind, thing), value) the text gives: (("ordinal", "time"), "2"), (("age", "victim"), "66")."""
    out: set[tuple[tuple[str, str], str]] = set()
    n = len(toks)
    for k, t in enumerate(toks):
        if not (t.is_number or t.low in _READ):
            continue  # (none of what follows reads anything else)
        place = _place_at(toks, k)
        if place is not None:  # "finished third", "took the silver medal" (a medal is also compared with a medal, as an
            out.add((("ordinal", "place"), str(place)))  # event, before the places are: "won gold" / "took silver")
            if t.low in _MEDALS:
                out.add((("medal", "place"), str(place)))
            continue
        value = _ordinal_at(toks, k)
        if (value is not None or t.low == "pole") and _on_the_grid(toks, k):  # "starting sixth on the grid", "started
            out.add((("ordinal", "on the grid"), str(value or 1)))  # from pole position"
            continue
        if value is not None and _ranked(toks, k):  # "climbed to 14th place", "ranked 52nd"
            out.add((("ordinal", "rank"), str(value)))
            continue
        if value is not None and _knockout_round(toks, k + (2 if t.is_number else 1)):  # "knocked out in the third
            out.add((("ordinal", "knockout round"), str(value)))  # round", "a seventh-round knockout"
            continue
        if value is not None:
            nxt = _noun_after(toks, k + (2 if t.is_number else 1))
            if nxt is not None:
                out.add((("ordinal", nxt), str(value)))
            continue
        j = k - 1 - (k >= 3 and toks[k - 1].low == ".")  # ("No. 7")
        counted = t.is_number or isinstance(WORD_NUMBERS.get(t.low), int)
        if counted and j >= 1 and toks[j].low in ("number", "no") and (toks[j - 1].low == "world" or any(
                x.low in ("rankings", "ranking", "standings") for x in toks[k + 1 : k + 5])):
            out.add((("ordinal", "rank"), t.low if t.is_number else str(WORD_NUMBERS[t.low])))  # "the world number 12",
            continue  # "World No 87", "No 7 in the rankings", "the world number four"
        if t.is_number and t.low.isdecimal() and 0 < int(t.low) < 120:
            age = _age_at(toks, k)
            if age is not None:
                out.add((("age", age), t.low))
        elif t.low in WORD_NUMBERS and k + 2 < n and toks[k + 1].low == "-" and toks[k + 2].low == "year":
            age = _age_at(toks, k)  # "a seven-year-old boy", "Sixty-two-year-old"
            tens = WORD_NUMBERS.get(toks[k - 2].low, 0) if k >= 2 and toks[k - 1].low == "-" else 0
            if age is not None:
                out.add((("age", age), str(int(WORD_NUMBERS[t.low] + (tens if tens in _TENS else 0)))))
        goals = _goals_at(toks, k)
        if goals is not None:
            out.add((("goals", ""), goals))
        if t.low in _PENALTIES:
            penalty = _penalty_at(toks, k)
            if penalty is not None:
                out.add((("penalty", "sentence"), penalty))
    if n and any(t.low in _PENALTY_VERBS for t in toks):
        for k, t in enumerate(toks):
            if t.is_number and k + 1 < n and toks[k + 1].low in ("years", "year") and _sentenced_before(toks, k):
                out.add((("penalty", "sentence"), "term"))
    if (("ordinal", "time"), "1") in out and any(t.low == "twice" for t in toks):  # ("so good a host the first time,
        out.add((("ordinal", "time"), "2"))  # they asked her to do it twice": a second time too)
    return frozenset(out)


_MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_MEDAL_WORDS = {v: k for k, v in _MEDALS.items()}
_FINISHED = frozenset("finished finishes came comes placed".split())


def _place_at(toks: list[Tok], k: int) -> int | None:
    """The place one finished in, said at ``k``: an ordinal after "finished" or "came" ("finished third"), or a
    medal ("took the silver medal", "won bronze")."""
    low = toks[k].low
    if low in _MEDALS and (k + 1 < len(toks) and toks[k + 1].low == "medal" or _won_before(toks, k)):
        return _MEDALS[low]
    if k and toks[k - 1].low in _FINISHED and low in ORDINALS:
        return ORDINALS[low]
    return None


def _won_before(toks: list[Tok], k: int) -> bool:
    """Whether a word of winning comes before the medal at ``k``, past a word or two that say which ("won bronze", "won
    individual gold", "took the team silver", "settled for silver"; not "won two gold medals and a silver")."""
    j = next((j for j in range(k - 1, max(-1, k - 4), -1) if not toks[j].is_word or toks[j].low in _NOT_WHICH), -1)
    return j >= 0 and (toks[j].low in _WON or toks[j].low == "for" and j > 0 and toks[j - 1].low in _SETTLED)


_NOT_WHICH = frozenset("and or but for medal medals won wins took takes claimed claims".split())
_SETTLED = frozenset("settled settle settles settling".split())  # ("settled for silver")


def _on_the_grid(toks: list[Tok], k: int) -> bool:
    """Whether the ordinal (or "pole") at ``k`` is where one started a race: after "started", "starting" or "starts"
    ("from"; "Starting sixth on the grid", "started from 14th on the grid", "started from pole position")."""
    j = k - 1
    if j >= 0 and toks[j].low == "from":
        j -= 1
    return j >= 0 and toks[j].low in _STARTED and (toks[k].low != "pole" or k + 1 < len(toks) and toks[
        k + 1].low == "position")


_STARTED = frozenset("started starting starts start".split())


def _knockout_round(toks: list[Tok], k: int) -> bool:
    """Whether "round" at ``k`` (or "-round") is the one a bout was stopped in: a word of a knockout within five
    words ("knocked out ... in the third round", "a seventh-round knockout", "stopped Ray Dolan in the ninth round")."""
    if k < len(toks) and toks[k].low == "-":
        k += 1
    if k >= len(toks) or toks[k].low != "round":
        return False
    return any(t.low in _KNOCKOUTS for t in toks[max(0, k - 9) : k + 4])


_KNOCKOUTS = frozenset("knocked knockout ko tko stopped stoppage".split())


def _ranked(toks: list[Tok], k: int) -> bool:
    """Whether the ordinal at ``k`` is a place in a table or a ranking: after "ranked", or after "to" with a verb of
    moving before it ("climbed to 14th place", "lifts Portmoor Athletic to second in the table", "is now ranked
    52nd")."""
    if k < 2:
        return False
    j = k - 1 if toks[k - 1].low != "the" else k - 2
    if toks[j].low in _RANKED_WORDS:
        return True
    after = k + 2 if toks[k].is_number else k + 1
    nxt = toks[after].low if after < len(toks) else ""
    return toks[j].low == "to" and any(t.low in _MOVED for t in toks[max(0, j - 8) : j]) and nxt in _TABLE_AFTER


_RANKED_WORDS = frozenset("ranked ranks rated".split())
_MOVED = frozenset("""climbed climbs rose rises moved moves jumped jumps slipped slips dropped drops fell falls slid
    slides lifted lifts lifting took takes up down""".split())
_TABLE_AFTER = frozenset("place in on spot position , . with after".split())


_WON = frozenset("won wins took takes claimed claims".split())  # ("won bronze")


def _goals_at(toks: list[Tok], k: int) -> str | None:
    """How many goals one scored, said in words at ``k``: "scored twice", "netted three times", "a hat-trick", "a
    brace"."""
    low = toks[k].low
    if low == "hat" and k + 2 < len(toks) and toks[k + 1].low in ("-", "trick"):
        return "3"
    if low == "brace" and k and toks[k - 1].low in ("a", "his", "her"):
        return "2"
    scored = k and toks[k - 1].low in _SCORED
    if scored and low in ("twice", "once"):
        return "2" if low == "twice" else "1"
    if scored and low in WORD_NUMBERS and k + 1 < len(toks) and toks[k + 1].low == "times":
        return str(int(WORD_NUMBERS[low]))
    return None


_SCORED = frozenset("scored netted struck scores nets strikes".split())


def _ordinal_at(toks: list[Tok], k: int) -> int | None:
    t = toks[k]
    if t.low in ORDINALS:
        return ORDINALS[t.low]
    if t.is_number and t.low.isdecimal() and k + 1 < len(toks) and toks[k + 1].low in _SUFFIXES:
        if k > 0 and toks[k - 1].low in _CALENDAR:
            return None  # "March 15th": a date
        return int(t.low)
    return None


def _noun_after(toks: list[Tok], k: int) -> str | None:
    """What an ordinal ranks: the next word, past "consecutive" or "straight", if it is one of ``_RANKED``."""
    start = k
    while k < len(toks) and toks[k].low in _BETWEEN:
        k += 1
    if k < len(toks) and (toks[k].low in _RANKED or toks[k].low in _AGES and any(
            toks[j].low in ("its", "their") for j in range(max(0, start - 3), start))):
        return _singular(toks[k].low)  # ("the strike entered its 11th day" / "now in its ninth day")
    if k > start and k < len(toks) and toks[k].is_word and not toks[k].cap:  # a repeat of anything: "a fifth
        if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].low not in _AFTER_NOUN:  # consecutive league
            k += 1  # title"
        return _singular(toks[k].low)
    return None


_AFTER_NOUN = frozenset("with in on at for of after since as and to by from".split())


def _age_at(toks: list[Tok], k: int) -> str | None:
    """Whose age the number at ``k`` is: "66-year-old victim" -> "victim"; "Smith, 66," -> "smith"."""
    n = len(toks)
    if (k + 4 < n and toks[k + 1].low == "-" and toks[k + 2].low == "year" and toks[k + 3].low == "-"
            and toks[k + 4].low == "old"):
        m = k + 5
        while m < n and (m - k < 8 or m - k < 11 and toks[m].cap and toks[m - 1].cap) and toks[m].is_word and (
                toks[m].low not in _NOT_NOUN) and (
            m == k + 5 or not (toks[m].low.endswith(("ed", "ing", "es")) or is_past(toks[m].low)) or toks[m].cap
        ):
            m += 1  # the noun phrase: "retired teacher", "Burnsville woman", not "victim died"; a name in full
            # after a title ("67-year-old Prime Minister Anita Kaur")
        if m > k + 5 and k >= 3 and toks[k - 1].low == "the" and toks[k - 2].low == "," and toks[k - 3].cap and (
                toks[k - 3].is_word):  # "Luka Zorman, the 21-year-old Slovenian,": the one named before
            first = k - 3
            while first > 0 and toks[first - 1].cap and toks[first - 1].is_word:
                first -= 1
            return " ".join(t.low for t in toks[first : k - 2])
        if m > k + 5:
            if toks[m - 1].cap:  # "27-year-old Christopher Kenyon Simpson": the whole name
                first = m - 1
                while first > k + 5 and toks[first - 1].cap:
                    first -= 1
                return " ".join(t.low for t in toks[first:m])
            return _singular(toks[m - 1].low)  # "66-year-old retired teacher"
        return "someone" if m < n and (toks[m].low in ("from", "in", "who") or toks[m].low in _BE_AFTER and (
            k < 2 or toks[k - 1].low == "the")) else None  # ("a 16-year-old who ...", "The 58-year-old was found")
    if k == 1 and toks[0].low == "at" and k + 2 < n and toks[k + 1].low == "," and toks[k + 2].cap:
        m = k + 2  # "At 44, Amira Solberg becomes the youngest prime minister": her age
        while m < n and toks[m].cap and toks[m].is_word:
            m += 1
        return " ".join(t.low for t in toks[k + 2 : m])
    if k >= 4 and toks[k - 1].low in ("is", "was") and toks[k - 2].low == "who" and toks[k - 3].low == "," and (
            k + 1 < n and toks[k + 1].low in (",", ".")):
        return _subject_before(toks, k - 3, 0)  # "The mayor, who is 58, announced"
    if k >= 4 and toks[k - 1].low in ("is", "was") and toks[k - 2].low == "," and (k + 1 == n or toks[k + 1].low in (
            ".", ",")):  # "The novelist, who died on Tuesday, was 87."
        opened = next((m for m in range(k - 3, 0, -1) if toks[m].low == "," and toks[m + 1].low == "who"), None)
        if opened is not None:
            return _subject_before(toks, opened, 0)
    if k + 2 < n and toks[k + 1].low in ("years", "year") and toks[k + 2].low == "old":
        return _subject_before(toks, k)  # "the victim was 66 years old"
    if (whom := of_age(toks, k)) is not None:
        return whom
    at = k - 4 if k >= 4 and [t.low for t in toks[k - 4 : k]] == ["at", "the", "age", "of"] else k - 1
    died = next((d for d in range(at - 1, max(-1, at - 10), -1) if toks[d].low in _DIED or toks[d].is_break), None)
    if died is not None and toks[died].low in _DIED and (toks[at].low == "aged" or at < k - 1):
        return _first_name(toks) or _subject_before(toks, died, 0)  # "Edith Marrable, the novelist, has died aged
        # 87" / "died at the age of 91"; "the actress died peacefully on Tuesday aged 76"
    if k >= 2 and toks[k - 1].low == "aged":
        if toks[k - 2].low == "," and k >= 3:  # "a retired schoolteacher from Bavaria, aged 68"
            for m in range(k - 3, max(-1, k - 7), -1):
                if toks[m].low in ("from", "in", "of") and m > 0 and toks[m - 1].is_word:
                    return _subject_before(toks, m, 0)
            if k + 1 < len(toks) and toks[k + 1].low in (",", ".") and not (
                    k + 2 < len(toks) and toks[k + 2].is_number):
                return _subject_before(toks, k - 2, 0)  # "The girl, aged 12,"; not "Three men, aged 19, 22 and 25"
            return None
        if k >= 5 and toks[k - 3].low == "of" and (toks[k - 2].is_number or toks[k - 2].low in WORD_NUMBERS):
            return _subject_before(toks, k - 3, 0)  # "a mother of two aged 51": the mother
        return _subject_before(toks, k - 1, 0)  # "a man aged 66"
    if (k >= 2 and k + 1 < n and toks[k - 1].low == "," and toks[k + 1].low in (",", ".")
            and toks[k - 2].cap and toks[k - 2].is_word and (k < 3 or toks[k - 3].low != ",")):
        first = k - 2  # "Andrew Lopez, 20, is ...": the whole name
        while first > 0 and k - first < 4 and toks[first - 1].cap and toks[first - 1].is_word:
            first -= 1
        return " ".join(t.low for t in toks[first : k - 1])
    if k >= 5 and k + 1 < n and toks[k - 1].low == "," and toks[k + 1].low in (",", ".") and (
            toks[k - 3].low == "of" and (toks[k - 2].low in WORD_NUMBERS or toks[k - 2].is_number)
            and toks[k - 5].low in ("the", "a", "an")):
        return _singular(toks[k - 4].low)  # "The mother of three, 54,": the mother
    if (k >= 3 and k + 1 < n and toks[k - 1].low == "," and toks[k + 1].low in (",", ".") and toks[k - 2].is_word
            and toks[k - 2].low not in _NOT_NOUN):
        for m in range(k - 3, max(-1, k - 6), -1):  # "the suspect, 34," "the alleged gunman, 20,", "Brazil's veteran
            if toks[m].low in ("the", "a", "an", "'s"):  # setter, 41,"
                return _singular(toks[k - 2].low)
            if not toks[m].is_word or toks[m].cap:
                break
    return None


_DIED = frozenset("died dies".split())


def _first_name(toks: list[Tok]) -> str | None:
    """The first name the sentence gives, in words in capitals: "Novelist Edith Marrable" -> "novelist edith
    marrable" (one whose name contains the other's is the same person, ``_same_person``)."""
    i = 0
    while i < len(toks):
        end = i
        while end < len(toks) and end - i < 4 and toks[end].cap and toks[end].is_word:
            end += 1
        if end - i >= 2:
            return " ".join(x.low for x in toks[i:end])
        i = end + 1  # (past "The" in "The actor Paul Renshaw")
    return None


def _singular(word: str) -> str:
    """"rounds" -> "round", "times" -> "time" ("press", "James" and short words as they are)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _subject_before(toks: list[Tok], k: int, skip: int = 2) -> str | None:
    """The word just before ``k``, past up to ``skip`` of "was", "is", "were": whose age is given."""
    m = k - 1
    while m >= 0 and skip and toks[m].low in ("was", "is", "were", "are"):
        m -= 1
        skip -= 1
    if m >= 0 and toks[m].is_word and toks[m].low not in _NOT_NOUN and toks[m].low not in ("he", "she", "who"):
        return _singular(toks[m].low)
    return None


_NOT_NOUN = frozenset("""was were is are has had have and or of in at on from who which that with by for to as
    said says after when shot hit died dies fell ran off near into onto over up down out the a an outside inside
    behind""".split())


def particular_conflict(a: frozenset[tuple[tuple[str, str], str]], b: frozenset[tuple[tuple[str, str], str]],
                        kinds: tuple[str, ...], alike: Callable[[str, str], bool] = lambda _x, _y: False
                        ) -> tuple[str, str] | None:
    """(what a says, what b says) for the first thing of ``kinds`` both give values for and share none. ``alike(x,
    y)``: the two versions say the rest alike and each names the other's person too, so the one age each gives is one
    person's, whatever word says whose ("The victim was a 67-year-old retired teacher" / "the 76-year-old victim, a
    retired teacher")."""
    if not a or not b:
        return None
    mine: dict[tuple[str, str], set[str]] = {}
    theirs: dict[tuple[str, str], set[str]] = {}
    for key, value in a:
        if key[0] in kinds:
            mine.setdefault(key, set()).add(value)
    for key, value in b:
        if key[0] in kinds:
            theirs.setdefault(key, set()).add(value)
    ages = [sum(1 for k in side if k[0] == "age") for side in (mine, theirs)]
    for key in sorted(mine):
        for other in sorted(theirs):
            if key == other or _same_person(key, other) or (ages == [1, 1] and {key[1], other[1]} <= _ANYONE
                                                             and "someone" in (key[1], other[1])) or (
                    ages == [1, 1] and key[0] == other[0] == "age" and alike(key[1], other[1])):
                # (an age said of no one named, "a 34-year-old from Sheffield", is the one age the other gives)
                x, y = mine[key], theirs[other]
                if x.isdisjoint(y):
                    return _shown(key, x), _shown(other, y)
    return None


_BE_AFTER = frozenset("was is has had".split())
_ANYONE = frozenset("someone man woman person".split())


def _same_person(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Ages of one person: "gomes" and "gary gomes" (one name within the other), "teacher" and "schoolteacher", not
    "catherine gomes"."""
    if x[0] != "age" or y[0] != "age":
        return False
    a, b = {stem(w) for w in x[1].split()}, {stem(w) for w in y[1].split()}  # ("jones", "jone")
    if len(a) == len(b) == 1 and min(len(x[1]), len(y[1])) >= 5 and (x[1].endswith(y[1]) or y[1].endswith(x[1])):
        return True  # "teacher" and "schoolteacher"
    return a <= b or b <= a


def _shown(key: tuple[str, str], values: set[str]) -> str:
    kind, thing = key
    if kind == "ordinal":
        return " / ".join(f"{_ordinal_word(int(v))} {thing}" for v in sorted(values, key=int))
    if kind == "age":
        return " / ".join(f"{thing} aged {v}" for v in sorted(values, key=int))
    if kind == "goals":
        return " / ".join(f"{v} goal{'s' * (v != '1')}" for v in sorted(values, key=int))
    if kind == "medal":
        return " / ".join(_MEDAL_WORDS[int(v)] for v in sorted(values, key=int))
    return " / ".join(f"{v} sentence" if v != "term" else "prison term" for v in sorted(values))


def _ordinal_word(v: int) -> str:
    suffix = "th" if 10 <= v % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(v % 10, "th")
    return f"{v}{suffix}"


def of_age(toks: list[Tok], k: int) -> str | None:
    """Whom the number at ``k`` gives the age of, told as "a boy of 17" or "a woman of 45"; else None."""
    n = len(toks)
    if k >= 3 and toks[k - 1].low == "of" and toks[k - 2].low in _OF_AGE and toks[k - 3].low in ("a", "an") and not (
            k + 1 < n and toks[k + 1].is_word and toks[k + 1].low not in ("years", "who", "and", "was", "has")):
        return toks[k - 2].low
    return None


_OF_AGE = frozenset("man woman boy girl teenager teen youth child person male female suspect".split())
# The words the reading of one token in ``particulars`` starts from (besides a number): an ordinal, a medal, "pole", a
# number in words (an age, "scored three times"), a goal's word, a penalty.
_READ = (frozenset(ORDINALS) | frozenset(_MEDALS) | frozenset(WORD_NUMBERS) | _PENALTIES
         | {"pole", "hat", "brace", "twice", "once"})
TRIGGERS = frozenset(ORDINALS) | _PENALTIES | {"twice", "once", "hat", "brace", "times"} | frozenset(_MEDALS)

__all__ = ["particulars", "particular_conflict", "TRIGGERS"]
