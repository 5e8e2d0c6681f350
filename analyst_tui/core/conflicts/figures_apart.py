"""Two figures of one kind that are figures of two things, for ``figure_pairs``: a figure expected against what came
of it ("Analysts had expected earnings of 22 cents a share" / "The company earned 25 cents a share"), figures said of
two counterparts ("Exports fell 3%" / "Imports rose 5%"), a figure of a whole against one of a part ("Sales rose 4%
globally" / "Sales rose 10% in Europe"), and changes over two spans ("rose 0.3% from February" / "rose 3.5% from a year
earlier"), or at two moments ("300,000 homes without power at its peak" / "40,000 homes were still without
power")."""

from __future__ import annotations

import re
from typing import Protocol

from analyst_tui.core.conflicts.figures import Figure
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.periods import EARLIER, EXPECTED, EXPECTING
from analyst_tui.core.conflicts.surroundings import STATS
from analyst_tui.core.conflicts.two_of_a_kind import MONTH_NAMES, each_names_apart, runs_apart, weekend_apart


class Version(Protocol):
    """What is read here of a version (``conflicts.Version``)."""

    text: str
    figures: tuple[Figure, ...]

    @property
    def polarity(self) -> "Words": ...


class Words(Protocol):
    def words(self) -> frozenset[str]: ...


def two_things(x: Figure, y: Figure, a: Version, b: Version) -> bool:
    """Whether ``x`` (of version ``a``) and ``y`` (of ``b``), figures of one kind, are figures of two things."""
    wa, wb = a.polarity.words(), b.polarity.words()
    return _counterparts(x.context, y.context) or _expected_only(x, y, wb) or _expected_only(y, x, wa) or (
        _whole_and_part(x, y, wa, wb) or _spans_apart(x, a.text, b.text) or _moments_of_a_count(wa, wb, a.text, b.text)) or runs_apart(
        a.text, b.text) or x.key[0] not in _TOLLS and weekend_apart(a.text, b.text) or _rest(x, y, a) or _rest(
        y, x, b) or _share_told(x, a.text) or _share_told(y, b.text) or _kinds_apart(x.kinds, y.kinds) or (
        _players_apart(x, a, b)) or (EARLIER in x.context) != (EARLIER in y.context) or _part_included(a.text, b.text) or (
        _ALONE.search(a.text) is None) != (_ALONE.search(b.text) is None)  # ("The Lymington route alone carried": a
    # part's, not "surgery alone", only surgery)


def _players_apart(x: Figure, a: Version, b: Version) -> bool:
    """Whether two versions give a player's statistic and each opens with another name: two players' ("Echenique had
    a double-double with 11 points" / "Artino complemented Echenique inside by scoring 14 points")."""
    if x.key[0] != "noun" or x.key[1] not in STATS:
        return False
    na, nb = _opening_names(a.polarity.toks), _opening_names(b.polarity.toks)
    return bool(na and nb) and na.isdisjoint(nb)


def _opening_names(toks: list) -> frozenset[str]:
    """The names a sentence opens with, before its first word in small letters ("Creighton's Doug McDermott")."""
    out = []
    for t in toks:
        if t.low == "'s":
            continue
        if not (t.is_word and t.cap) or t.low in _NOT_NAMES or t.low in WORD_NUMBERS:
            break  # (a count opening a sentence is no name: "Six shots were fired")
        out.append(t.low)
    return frozenset(out)


_NOT_NAMES = frozenset("the a an in on at after during before with for but and as when while by".split())


def _kinds_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two counts are of two kinds of one thing, one told by a word joined with a hyphen and the other by other
    words ("400 full-time posts" / "30 academic posts", "654,000 long-distance customers" / "111,000 DSL customers";
    not "six off-piste skiers" / "four skiers")."""
    if "-" not in x and "-" not in y:
        return False  # (words in one piece: "permanent" / "academic" may be said of one thing)
    x, y = x - {"-"}, y - {"-"}
    return bool(x and y) and x.isdisjoint(y)


_TOLLS = frozenset(("dead", "injured"))  # (one quake's toll "at the weekend" is its toll "on Sunday")


def _expected_only(x: Figure, y: Figure, words_of_y: frozenset[str]) -> bool:
    """Whether ``x`` is a figure expected and the version of ``y`` tells what came of it, with no word of expecting
    nor of what is to come."""
    return EXPECTED in x.context and EXPECTED not in y.context and (words_of_y.isdisjoint(_TO_COME) or bool(
        words_of_y & _AGAINST_FORECAST) and (words_of_y - EXPECTING).isdisjoint(_TO_COME))  # (a result "missing
    # forecasts" is a result)


_AGAINST_FORECAST = frozenset("missing missed misses beat beating beats topped topping exceeded exceeding".split())


def expectation_and_result(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether, of two versions' words, one expects and the other has no word of expecting nor of what is to come
    ("The bank forecast 445 billion yen in loan-loss charges" / "The bank booked 820 billion yen")."""
    return not a.isdisjoint(EXPECTING) and b.isdisjoint(_TO_COME) or not b.isdisjoint(EXPECTING) and a.isdisjoint(
        _TO_COME)


_TO_COME = EXPECTING | frozenset("will would could may might should estimate estimates plans".split())  # (what is to
# come is no result: "officials estimate that rebuilding the bridge will cost $1.7 billion" / "is expected to cost $700m")


def _counterparts(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether the words around two figures name two counterparts, one each ("exports" / "imports", "men" / "women",
    "full-time" / "part-time", "male" / "female", a fine and compensation, damages or costs)."""
    return any(one in x and other in y and other not in x and one not in y for one, other in _COUNTERPARTS)


_COUNTERPARTS = tuple((one, other) for pair in ("export import", "man woman", "boy girl", "buyer seller", "birth death",
                                                "inflow outflow", "deposit loan", "share index", "profit revenu",
                                                "profit sale", "full part", "male femal", "perman temporari",
                                                "domest internat", "privat public", "fine compens", "fine damag",
                                                "fine cost", "bail fine") for one, other in (
    pair.split(), pair.split()[::-1]))


def _whole_and_part(x: Figure, y: Figure, wx: frozenset[str], wy: frozenset[str]) -> bool:
    """Whether one figure is said of a whole ("worldwide", "globally", "overall"; "Global sales at the carmaker") and
    the other of a place or a part ("in Europe", "the plant")."""
    return any((_WHOLE & f.context or _WHOLE & wf) and not _WHOLE & g.context and not _WHOLE & wg and (
        g.place or _PARTS & g.context) for f, g, wf, wg in ((x, y, wx, wy), (y, x, wy, wx)))


def _part_included(x: str, y: str) -> bool:
    """Whether one version gives a whole "including" what the other is of ("In all, 2,100 jobs will go across the
    site, including the coke ovens" / "Some 400 jobs will go at the coke ovens"), and the other no such whole."""
    for whole, part in ((x, y), (y, x)):
        if "including" in part.lower() or "among" in part.lower():
            continue  # (two wholes: "Two people died, including a lorry driver" / "Four died, among them a lorry driver")
        said = _WORD.findall(part.lower())
        for m in _INCLUDING.finditer(whole.lower()):
            words = [w for w in _WORD.findall(m.group(1)) if len(w) > 3]
            at = next((k for k, w in enumerate(said) if words and w == words[0]), None)
            if at is not None and set(words) <= set(said) and _AT & set(said[max(0, at - 2) : at]):
                return True  # (where the other's figure is: "at the coke ovens"; not "Best director winner")
    return False


_INCLUDING = re.compile(r"\bincluding (?:at |in )?((?:the |its |their )?[a-z' -]+)(?=[,.;]|$)")
_WORD = re.compile(r"[a-z']+")
_ALONE = re.compile(r"\b[A-Z][a-z]+(?: [a-z]+)? alone\b")
_AT = frozenset("at in on from inside".split())


def _rest(x: Figure, y: Figure, a: Version) -> bool:
    """Whether ``x`` is a part of a whole its version also counts, and ``y`` the rest of it ("intercepted 40 of the 45
    missiles" / "Five missiles evaded the air defences")."""
    if x.key != y.key or x.lo != x.hi or y.lo != y.hi:
        return False
    for m in _OF_THE.finditer(a.text):
        part, whole = (_number(g) for g in m.groups())
        if part == x.lo and whole is not None and whole - part == y.lo:
            return True
    return False


def _number(word: str) -> float | None:
    low = word.lower().replace(",", "")
    return float(low) if low.isdecimal() else WORD_NUMBERS.get(low)


def _share_told(x: Figure, text: str) -> bool:
    """Whether ``x`` is a whole of which its version tells a share ("Most of the 3,000 passengers had left the ship" /
    "About 400 passengers remained on board")."""
    return any(_number(m.group(1)) == x.lo == x.hi for m in _SHARE_OF.finditer(text))


_SHARE_OF = re.compile(r"\b(?:most|many|some|half|none|few|several|all but \w+) of the (\d[\d,]*|[a-z]+)\b", re.I)
_OF_THE = re.compile(r"\b(\d[\d,]*|[a-z]+) of the (\d[\d,]*|[a-z]+)\b", re.I)


_WHOLE = frozenset("worldwid global overal nationwid".split())  # (stems)
_PARTS = frozenset("plant factori site unit divis branch region subsidiari".split())


def _spans_apart(x: Figure, text_a: str, text_b: str) -> bool:
    """Whether two versions give a change in percent over two spans: one on the year, the other on the month or the
    quarter ("Prices rose 0.3% in March from February" / "Prices rose 3.5% from a year earlier")."""
    return x.key[:2] == ("unit", "%") and each_names_apart(_SPANS, text_a, text_b)


_SPANS = (("year", re.compile(r"\b(?:a year (?:earlier|ago|before)|year[- ]on[- ]year|annual(?:ly)?|on the year|from a"
                               r" year|12 months)\b", re.I)),
          ("month", re.compile(r"\b(?:month[- ]on[- ]month|monthly|on the month|a month (?:earlier|ago|before)|"
                                rf"previous month|from (?:{MONTH_NAMES}))\b", re.I)),
          ("quarter", re.compile(r"\b(?:quarter[- ]on[- ]quarter|quarterly|previous quarter|on the quarter)\b", re.I)))


def _moments_of_a_count(a: frozenset[str], b: frozenset[str], text_a: str, text_b: str) -> bool:
    """Whether, of two versions' words, one gives a count at its peak or at first and the other what is left ("at the
    height of the storm"; not "roughly the height of a four-storey building")."""
    first_a = bool(a & _AT_FIRST or "height" in a and _AT_HEIGHT.search(text_a))
    first_b = bool(b & _AT_FIRST or "height" in b and _AT_HEIGHT.search(text_b))
    return bool(first_a and b & _LEFT and not a & _LEFT or first_b and a & _LEFT and not b & _LEFT)


_AT_FIRST = frozenset("peak initially".split())
_AT_HEIGHT = re.compile(r"\bat (?:the|its|their) height\b", re.I)
_LEFT = frozenset("still remain remains remained remaining".split())

