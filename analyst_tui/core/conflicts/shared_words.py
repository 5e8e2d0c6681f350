"""What two versions told in other words share, as the checks read last weigh it (``told_anew``): their content
words by family, but the little words and who said it, and the names each gives."""

from __future__ import annotations

from typing import Any, Callable, Protocol

from analyst_tui.core.conflicts.days import MONTHS, WEEKDAYS
from analyst_tui.core.conflicts.nations import as_countries, country
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.particulars import ORDINALS
from analyst_tui.core.conflicts.polarity import Polarity
from analyst_tui.core.conflicts.polarity_words import FILLER, PRONOUNS
from analyst_tui.core.conflicts.then_and_now import then_and_now
from analyst_tui.core.conflicts.tokens import Tok, closing_speaker, said_bounds
from analyst_tui.core.conflicts.two_of_a_kind import (chambers_apart, intent_and_act, nations_apart, runs_apart,
                                                        two_of_a_kind)
from analyst_tui.core.textnorm import stem as family

# Words of who said it, not of what was said.
_ATTRIBUTION = frozenset("""said says say told tell according confirmed confirms announced insisted insists added
    stated statement spokesperson spokesman spokeswoman official officials reporters reported reports report news
    company firm government ministry office agency team warned""".split())  # fmt: skip
# Words of how near a figure is, and the half of the day: said of a figure, not of what happened (so are numbers
# written in words).
_HEDGES = frozenset("""a.m. p.m. around about approximately roughly nearly almost shortly just seconds minutes hours
    days weeks months""".split())  # fmt: skip


def content_words(p: Polarity) -> frozenset[str]:
    """The word families of what the version says, but the little words and who said it (read once a version)."""
    return p.kept("content", _content)


def _content(p: Polarity) -> frozenset[str]:
    return _content_of(p.toks)


def _content_of(toks: list[Tok]) -> frozenset[str]:
    return frozenset(_SAME_SENSE.get(w, w) for w in (family(t.low) for t in toks if t.is_word and len(t.low) > 2 and (
        t.low not in _NOT_CONTENT)))


_NOT_CONTENT = FILLER | _ATTRIBUTION | _HEDGES | frozenset(WORD_NUMBERS) | PRONOUNS  # (``_content``)


# Words two outlets use for one thing, each group counted as one word ("will resume flights" / "would not be
# restarting its service", "seek the death penalty" / "ask for a death sentence").
_SAME_SENSE = {family(w): line.split()[0] for line in """strike walkout walk
    cause caused causes behind blamed triggered sparked result
    aware knew known
    bound destined
    settle settled settlement
    compensate compensation compensated
    seek ask request pursue
    penalty sentence
    resume restart
    approve approved authorise authorised authorize authorized
    attempt try
    depart leave
    scheduled planned
    drinking alcohol drunk
    acquire buy purchase
    negotiations talks
    summit peak
    firm company
    vessel ship boat
    jail prison
    lawsuit suit
    legislation law bill
    raise raising lift lifted
    shut closed closure
    shop store
    blaze fire
    quake earthquake tremor
    killed dead died death culled
    injured hurt wounded
    push shove
    responsibility role involvement""".split("\n") for w in line.split()}


def same_sense(word_family: str) -> str:
    """One word for each group of words two outlets use for one thing ("restart" -> "resume")."""
    return _SAME_SENSE.get(word_family, word_family)


def say_most_alike(a: Polarity, b: Polarity, least: int, share: float, less: frozenset[str] = frozenset()) -> bool:
    """Whether the two share ``least`` content words or more, and ``share`` of each one's (but the word families in
    ``less``: the words that differ, "granted" / "refused"); in that share, the words of the same speaker closing both
    ("..., police said on Tuesday") count ``SPEAKER_WEIGHT`` less each, so that the same words added to two versions
    do not make them alike."""
    said, stated = content_words(a) - less, content_words(b) - less
    both = said & stated
    shared = len(both)
    if shared < least:
        return False
    aside = speaker_words(a) & speaker_words(b) & both  # (the same speaker in both: "..., police said")
    if not aside:
        return shared >= share * max(len(said), len(stated))
    cut = SPEAKER_WEIGHT * len(aside)  # (who said it weighs less than what is said)
    return shared - len(aside & _WHEN_SAID) >= least and shared - cut >= share * (max(len(said), len(stated)) - cut)


SPEAKER_WEIGHT = 0.75  # how much less than one a content word of who said it counts in the share of ``say_most_alike``
_WHEN_SAID = frozenset(family(w) for w in """monday tuesday wednesday thursday friday saturday sunday yesterday today
    statement condition anonymity late early""".split())  # (when or how it was said: not counted at all)


def speaker_words(p: Polarity) -> frozenset[str]:
    """The content word families of who said it and when, that what is said does not give too: closing it ("...,
    police said on Tuesday"; ``tokens.closing_speaker``: not one of the story's own, "..., his club said") or opening
    it as a source ("According to police, ...", "Speaking on Friday, officials said ...", "Reports said that ..."; not
    "Olsen said she would ..." or "World Aquatics confirmed Carrow's time", which are said of the speaker)."""
    return p.kept("speaker", _speaker)


def _speaker(p: Polarity) -> frozenset[str]:
    toks = p.toks
    lo, hi = said_bounds(toks)[0], closing_speaker(toks)
    if lo and not (toks[0].low in ("according", "speaking") or toks[lo - 1].low == "that"):
        lo = 0
    return _content_of(toks[:lo] + toks[hi:]) - _content_of(toks[lo:hi]) if lo or hi < len(toks) else frozenset()


def sides_told_apart(a: Polarity, b: Polarity, side: tuple[str, Callable[[Polarity], str]],
                     other: tuple[str, Callable[[Polarity], str]], less: frozenset[str],
                     share: float = 0.4) -> tuple[str, str] | None:
    """(what ``a`` says, what ``b`` says) when one version tells one side (``side``: a name to keep it under and its
    reader, which gives the words shown or "") and the other the other side, neither both, the two told alike (three
    content words or more in common, ``share`` of each, but those in ``less``) and naming no one the other does not."""
    one_a, one_b = a.kept(side[0], side[1]), b.kept(side[0], side[1])
    if not one_a and not one_b:
        return None
    two_a, two_b = a.kept(other[0], other[1]), b.kept(other[0], other[1])
    for one, two, both, flip in ((one_a, two_b, two_a or one_b, False), (one_b, two_a, two_b or one_a, True)):
        if not one or not two or both:
            continue  # (one that says both)
        if not say_most_alike(a, b, 3, share, less) or names_apart(a.toks, b.toks):
            return None
        return (f'"{one}"', f'"{two}"') if not flip else (f'"{two}"', f'"{one}"')
    return None


def names_in(toks: list[Tok]) -> frozenset[str]:
    """Capitalised words: names ("..., Katherine, 61," too); a sentence's first only before another ("Ivo Hesse")."""
    return frozenset(t.low for k, t in enumerate(toks) if t.cap and t.is_word and t.low not in _DAYS and (
        k and toks[k - 1].low not in _OPENING or k + 1 < len(toks) and toks[k + 1].cap))


_DAYS = frozenset(MONTHS) - {"may"} | {"celsius", "fahrenheit", "c", "f"}  # (a month names no one: "on March 14" /
# "on April 2"; nor does a scale, "41C", "36 degrees Celsius")


_OPENING = frozenset('. ! ? : ; " “ ” ( — -'.split())  # (after these, a capital may open a sentence)


def names_apart(a: list[Tok], b: list[Tok]) -> bool:
    """Whether each names someone or somewhere the other does not ("carried out by Hamas" / "Hezbollah did not")."""
    x, y = (set(as_countries(frozenset(country(n) for n in names_in(toks)))) - _ARTICLES for toks in (a, b))  # ("British"
    # / "from Britain", "the United States" / "the US"; not "A" opening "A British court")
    return bool(_unmatched(x - y, b) and _unmatched(y - x, a))  # (a name may open the other's sentence: "in Ward 5" /
    # "Ward 5 councillor Rosa Delgado")


_ARTICLES = frozenset("a an the".split())


def _unmatched(names: set[str], toks: list[Tok]) -> set[str]:
    """The names no word of ``toks`` gives, whole, as its country or shortened ("The Fed" / "Federal Reserve")."""
    words = {country(t.low) for t in toks if t.is_word}
    return {n for n in names - words if not any(len(w) >= 3 and len(n) >= 3 and (n.startswith(w) or w.startswith(
        n)) for w in words)}


def told_alike(content_a: frozenset[str], content_b: frozenset[str], toks_a: list[Tok], toks_b: list[Tok],
               share: float = 0.5) -> bool:
    """Two versions that share most of their words (``conflicts.Version.content``: four or more, ``share`` of each;
    in that share, the words of the same speaker closing both weigh less, as in ``say_most_alike``) and name no one
    the other does not ("Bandar Abbas" / "Qeshm Island")."""
    both = content_a & content_b
    shared = len(both)
    if shared < 4:
        return False
    cut = SPEAKER_WEIGHT * len(_closing_words(toks_a) & _closing_words(toks_b) & both)  # (as ``say_most_alike``)
    return shared - cut >= share * (max(len(content_a), len(content_b)) - cut) and not names_apart(toks_a, toks_b)


def _closing_words(toks: list[Tok]) -> set[str]:
    """The words of a closing "..., police said on Tuesday" that what is said does not give too."""
    hi = closing_speaker(toks)
    return {t.low for t in toks[hi:]} - {t.low for t in toks[:hi]}


def periods_apart(a: Polarity, b: Polarity) -> bool:
    """Whether the two versions name one kind of period by two ordinals and no ordinal in common ("the first half" /
    "the second half", "in the first quarter" / "in the third quarter"), or one number on each side of it ("after
    28 weeks" / "before 28 weeks", "children over 12" / "children under 12")."""
    x = a.kept("periods", _periods)
    if x:  # (the other's is read only when this one names one)
        y = b.kept("periods", _periods)
        if any(x[p].isdisjoint(y[p]) for p in x.keys() & y.keys()):
            return True
    x = a.kept("sides of", _sides_of)
    if not x:
        return False
    y = b.kept("sides of", _sides_of)
    return any(x[n] & {_OTHER_SIDE[s] for s in y[n]} and not x[n] & y[n] for n in x.keys() & y.keys())


def _sides_of(p: Polarity) -> dict[str, set[str]]:
    """A number or a thing -> the sides of it a text names ("after 28 weeks", "before the contract was signed")."""
    toks = p.toks
    out: dict[str, set[str]] = {}
    for k in range(len(toks) - 1):
        if toks[k].low not in _OTHER_SIDE:
            continue
        j = k + 2 if toks[k + 1].low in _DETERMINERS and k + 2 < len(toks) else k + 1
        if toks[j].is_number or toks[j].low in WORD_NUMBERS or toks[k].low in ("before", "after") and toks[
                j].is_word and toks[j].low not in FILLER:
            out.setdefault(toks[j].low, set()).add(toks[k].low)
    return out


_DETERMINERS = frozenset("the a an his her its their".split())
_OTHER_SIDE = {"before": "after", "after": "before", "under": "over", "over": "under", "below": "above",
               "above": "below"}


def _periods(p: Polarity) -> dict[str, set[str]]:
    toks = p.toks
    out: dict[str, set[str]] = {}
    for k in range(len(toks) - 1):
        if (toks[k].low in ORDINALS or toks[k].low in _ORDINAL_LIKE) and toks[k + 1].low in _PERIODS:
            out.setdefault(toks[k + 1].low.rstrip("s"), set()).add(toks[k].low)
    return out


_ORDINAL_LIKE = frozenset("opening return closing".split())  # ("the first leg" / "the return leg")
_PERIODS = frozenset("half quarter period round leg set innings inning stage session day week month".split())


class _Told(Protocol):
    """What ``told_apart`` reads of a version (``conflicts.Version``)."""

    text: str
    roles: tuple[Any, ...]  # ``roles.Role``: verb, agent, patient

    @property
    def polarity(self) -> Polarity: ...


def told_apart(found: tuple[str, str, str], va: _Told, vb: _Told, day_told_otherwise: Callable[[], bool]) -> bool:
    """Whether two versions that disagree (``found``: kind, what each says) tell of two moments (``moments_apart``;
    but a figure that is the moment of one happening told otherwise stays, "broke out on Tuesday" / "broke out on
    Thursday", "due to reach the comet in March 2029" / "in October 2029": ``day_told_otherwise()`` or a moment in
    what each says; a toll or a magnitude of the news and one of a past event, ``then_and_now``), or the one an act
    in return for the other's, of parties the other way round (``in_return``), or one tells an act both ways, or two
    things of one kind (``two_of_a_kind``; figures of two chambers)."""
    kind, a, b, texts = found[0], va.polarity.toks, vb.polarity.toks, (va.text, vb.text)
    if kind == "role" and (in_return(a, b) or _both_ways(va.roles) or _both_ways(vb.roles)) or two_of_a_kind(
            *texts) or kind == "figure" and chambers_apart(*texts) or kind == "polarity" and intent_and_act(*texts) or (
            kind in ("polarity", "event") and nations_apart(*texts)):  # (two countries; but "brokered by Qatar" / "by
        # Egypt" is a role, and a figure of one thing is often given by a second country's officials)
        return True
    told_of_two_moments = moments_apart(a, b) or kind == "figure" and (
        runs_apart(*texts) or then_and_now(found[1], found[2], a, b))
    return told_of_two_moments and not (kind == "figure" and (_names_a_moment(found[1]) or day_told_otherwise()))


def _both_ways(roles: tuple[Any, ...]) -> bool:
    """Whether a version tells an act both ways ("Israel accused Hamas of breaking the truce, while Hamas blamed
    Israel")."""
    done = {(r.verb, r.agent, r.patient) for r in roles if r.agent and r.patient and r.agent != r.patient}
    return any((verb, patient, agent) in done for verb, agent, patient in done)


def _names_a_moment(shown: str) -> bool:
    return any(w in MONTHS or w in WEEKDAYS or len(w) == 4 and w.isdecimal() for w in (
        x.strip(",.;:") for x in shown.lower().split()))  # ("the airport in 2016, according")


def moments_apart(a: list[Tok], b: list[Tok]) -> bool:
    """Whether two versions tell of two moments: each gives a year, a weekday, a month or a period named from now that
    the other does not, and none in common ("The Fed raised rates in 2022" / "cut rates in 2024", "the note maturing
    in 2008" / "the February 2013 note", "As of Wednesday, there were 65 probable cases" / "As of Monday, there were
    66", "beat Arsenal in August" / "lost to Arsenal in January", "did not win the league last year" / "won the
    league this year", "grew 0.4% in the first quarter" / "shrank 0.1% in the second quarter"); not a moment
    something is compared with ("the worst since 1999", "compared with last year")."""
    if any(x and y and x.isdisjoint(y) for x, y in ((read(a), read(b)) for read in (_years, _weekdays, _months,
                                                                                      _from_now, _numbered_parts))):
        return True
    ya, yb, na, nb = _years(a), _years(b), _this(a), _this(b)
    return bool(ya and nb and not yb and not na or yb and na and not ya and not nb)  # ("in 2022" / "this summer"; but
    # "last season" may be 2023)


def _this(toks: list[Tok]) -> bool:
    """Whether the version names a period of the present ("this year", "this summer's results")."""
    return any(w == "this" for w, _ in _from_now(toks))


def _years(toks: list[Tok]) -> set[str]:
    return {t.low for k, t in enumerate(toks) if t.is_number and len(t.low) == 4 and t.low[:2] in ("19", "20") and not (
        k and toks[k - 1].low in _COMPARED_WITH)}


def _weekdays(toks: list[Tok]) -> set[str]:
    """The weekdays a version names ("on Tuesday"), not one compared with ("after Monday's rally", "a premium of 30
    percent to Friday's close")."""
    return {t.low for k, t in enumerate(toks) if t.low in WEEKDAYS and not (k and toks[k - 1].low in _SINCE or [
        x.low for x in toks[k + 1 : k + 3]] in _CLOSE)}


_CLOSE = (["'s", "close"], ["'s", "closing"])


def _months(toks: list[Tok]) -> set[str]:
    """The months a version names ("in August"), not one compared with ("since March")."""
    return {t.low for k, t in enumerate(toks) if t.low in MONTHS and len(t.low) > 3 and t.cap and not (
        k and toks[k - 1].low in _COMPARED_WITH)}


def _from_now(toks: list[Tok]) -> set[tuple[str, str]]:
    """The periods named from now ("last year", "this season", "next week")."""
    return {(t.low, toks[k + 1].low) for k, t in enumerate(toks[:-1]) if t.low in _FROM_NOW and toks[k + 1].low in (
        _NAMED_PERIODS) and not (k and toks[k - 1].low in _COMPARED_WITH)}


def _numbered_parts(toks: list[Tok]) -> set[tuple[str, str]]:
    """The periods, games and rounds a version names by their ordinals ("in the first quarter", "second-half profits",
    "lost its first two games")."""
    out = set()
    for k, t in enumerate(toks[:-2]):
        if t.low in _FIRST_ORDINALS:
            after = k + 1 + (toks[k + 1].low == "-" or toks[k + 1].low in WORD_NUMBERS)
            if toks[after].low.removesuffix("s") in _NUMBERED:
                out.add((t.low, toks[after].low.removesuffix("s")))
    return out


_NUMBERED = frozenset("quarter half game match race ballot attempt leg round".split())  # (not "the first day")
_FIRST_ORDINALS = frozenset("first second third fourth final".split())  # (only these: a round named by another
# ordinal is often what two versions disagree on, "knocked out in the fourth round" / "stopped him in the eighth")
_FROM_NOW = frozenset("this last next".split())
_NAMED_PERIODS = frozenset("year season week month summer winter spring autumn".split())
_COMPARED_WITH = frozenset("since until till before after from than with over on vs".split())
_SINCE = frozenset("since until till before after than".split())


def in_return(a: list[Tok], b: list[Tok]) -> bool:
    """Whether one version, not the other, tells of an act done in return ("The US imposed sanctions on Russia" /
    "Russia retaliated with sanctions on US officials", "filed a countersuit"): the two parties' acts, each way (but
    two versions of the act in return name its parties alike: "Canada announced retaliatory tariffs" / "Washington
    announced retaliatory duties" differ)."""
    return _done_in_return(a) != _done_in_return(b)


def _done_in_return(toks: list[Tok]) -> bool:
    return any(t.low in _IN_RETURN or k and (toks[k - 1].low, t.low) in _IN_RETURN_AFTER or t.low == "back" and any(
        u.low in _TRADED for u in toks[max(0, k - 4) : k]) for k, t in enumerate(toks))  # ("bought the striker back")


_IN_RETURN = frozenset("""retaliated retaliates retaliate retaliating retaliation retaliatory countersued countersues
    countersuit reciprocated reciprocal""".split())
_TRADED = frozenset("bought buys buy sold sells sell signed signs sign".split())
_IN_RETURN_AFTER = frozenset((("in", "response"), ("in", "return"), ("in", "turn"), ("hit", "back"), ("hits", "back"),
                              ("struck", "back"), ("bought", "back"), ("sold", "back"), ("buy", "back"),
                              ("sell", "back")))
