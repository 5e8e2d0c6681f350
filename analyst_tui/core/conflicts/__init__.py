"""Contradictions between versions of one claim: figure, event, polarity and role.

``find_conflicts(claims)`` fills ``Claim.conflicts`` for every shared claim: for each pair of
members from different articles it asks, in this order,

* **figure**: a figure for the same thing whose values cannot both hold ("24 dead" vs "1 dead",
  "about 20,000 refugees" vs "over 24,000 refugees"). "five" and "5", "at least five" and "5",
  "10 km (6.2 miles)" and "six miles" agree; a figure only one version gives is no conflict, nor
  are figures for different things (depth against distance, houses against people). Tallies of a
  vote or a result too ("voted 52 to 48" vs "voted 51 to 49", "ruled 7 to 2" vs "ruled 5 to 4",
  ``tallies``), counts of people by what was done to them ("carrying 239 people" vs "carrying
  293 people") and two ranges given as estimates ("5 to 10 percent" vs "6 to 12 percent"; a value
  inside a range agrees with it); ages, and the count of a repeat ("for the second time" vs "for the
  third time"), ``particulars``; the time of day of one happening ("collapsed at 5 p.m." vs "collapsed
  at 8 p.m."), ``clock``; its weekday, date or year ("broke out on Tuesday" vs "on Thursday"), ``days``.
* **event**: the same victims, but killed in one and injured (or missing) in the other ("killing at
  least five people" vs "injuring at least five people"), or dead in one and survivors in the other
  ("two people died" vs "two people survived", "three climbers were rescued" vs "three climbers were
  killed", "the gunman was shot dead" vs "the gunman was arrested"), with neither version saying both; or another penalty
  given ("sentenced to death" vs "sentenced to life in prison"); or two things befell the same one that do not
  go together ("the trawler sank" vs "ran aground", "was stolen" vs "was damaged", "resigned" vs "was sacked"),
  ``happenings``; or two opposite outcomes that both happened ("was closed" vs "was reopened", ``outcomes.EVENTS``;
  a state kept, "remains closed", is polarity, but against "reopened"), or two results of one thing
  (``outcomes.RESULTS``: "won" vs "lost"; but a thing halted or rejected against its going on or its approval is
  polarity, ``outcomes.outcome_kind``).
* **polarity**: one version negates what the other states ("not part of the plan" vs "part of
  the plan", "denied striking" vs "struck", "denied the report that Trump plans to send troops" vs
  "Trump plans to send troops"), confirmed against denied, or the opposite outcome that is no result of one thing
  ("agreed" vs "refused", "accepted" vs "rejected", "in custody" vs "at large"); "no" against "a" ("made no arrests"
  vs "made an arrest").
* **role**: who does what to whom is reversed ("A accused B" vs "B accused A"), or the act has
  another doer in each version, each named in the other ("the army bombed the villages, rebels said"
  vs "rebels bombed the villages, the army said"), or any verb's doer and receiver the other way round ("the van
  crashed into the tram" vs "the tram crashed into the van"), ``reversal``, or the same act on the same receiver
  by a named doer in each version that the other does not name, or another office or side, ``doers``.

The first kind found for a pair is reported; a claim lists each distinct disagreement once, with
the first pair of members (indexes into ``claim.members``) that shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from analyst_tui.core.conflicts import figures as _figures
from analyst_tui.core.conflicts import particulars as _particulars
from analyst_tui.core.conflicts import polarity_words as _polarity_words
from analyst_tui.core.conflicts import roles as _roles
from analyst_tui.core.conflicts.acts import told_from_each_side
from analyst_tui.core.conflicts.anchored import anchored_conflict, figures_of
from analyst_tui.core.conflicts.appositions import second_reading
from analyst_tui.core.conflicts.by_doers import by_doer_conflict
from analyst_tui.core.conflicts.changes import versions_changed_otherwise
from analyst_tui.core.conflicts.charges import charge_conflict
from analyst_tui.core.conflicts.clock import clock_conflict, clock_times
from analyst_tui.core.conflicts.contrasted import contrasted
from analyst_tui.core.conflicts.converse import WORDS as _CONVERSE, converse_conflict, converse_swapped
from analyst_tui.core.conflicts.crossed_nations import crossed_nations
from analyst_tui.core.conflicts.days import WORDS as _DAY_WORDS
from analyst_tui.core.conflicts.days import day_conflict, day_points
from analyst_tui.core.conflicts.described_doers import described_conflict
from analyst_tui.core.conflicts.doers import doer_at, doer_conflict
from analyst_tui.core.conflicts.exchange import exchange_conflict, exchanged_unsaid, names, places_exchanged
from analyst_tui.core.conflicts.figure_pairs import (figure_conflict, general_group, group_conflict, none_against_some,
                                                     said_as_none)
from analyst_tui.core.conflicts.figures import Figure, figures
from analyst_tui.core.conflicts.happenings import TRIGGERS as _HAPPENINGS, happenings
from analyst_tui.core.conflicts.happening_compare import happening_conflict, named_apart
from analyst_tui.core.conflicts.injuries import KINDS as _INJURY_VERBS, injury_conflict
from analyst_tui.core.conflicts.lone_years import lone_year_conflict
from analyst_tui.core.conflicts.numbers import stated_numbers
from analyst_tui.core.conflicts.particulars import particular_conflict, particulars
from analyst_tui.core.conflicts.polarity import Polarity, analyse as analyse_polarity
from analyst_tui.core.conflicts.polarity_compare import polarity_conflict
from analyst_tui.core.conflicts.race_times import race_time_conflict
from analyst_tui.core.conflicts.pronouns import pronoun_reversal
from analyst_tui.core.conflicts.receivers import GIVING as _GIVING
from analyst_tui.core.conflicts.directed_acts import WORDS as _DIRECTED, directed_conflict
from analyst_tui.core.conflicts.recipients import receiver_conflict
from analyst_tui.core.conflicts.reversal import crossed_doers, reversal_conflict, reversals_at, verbs
from analyst_tui.core.conflicts.roles import Role, mentioned, role_conflict, roles
from analyst_tui.core.conflicts.replaced import replaced_conflict
from analyst_tui.core.conflicts.restated import restated_conflict, restated_gate, restated_words
from analyst_tui.core.conflicts.offices import office_conflict
from analyst_tui.core.conflicts.orders import ORDERED as _ORDER_WORDS, order_conflict
from analyst_tui.core.conflicts.outcomes import outcome_kind
from analyst_tui.core.conflicts.shared_words import told_alike, told_apart
from analyst_tui.core.conflicts.sides import side_conflict
from analyst_tui.core.conflicts.substitution import TITLES, differing, nearly_the_same, substitution_conflict
from analyst_tui.core.conflicts.swaps import swap_conflict, swaps
from analyst_tui.core.conflicts.tallies import tallies, tally_conflict
from analyst_tui.core.conflicts.tokens import as_checked, stem, tokenize, unattributed
from analyst_tui.core.conflicts.told import told_conflict
from analyst_tui.core.conflicts.told_anew import told_anew
from analyst_tui.core.conflicts.unsaid import unsaid_reading
from analyst_tui.core.conflicts.victims import victims
from analyst_tui.core.conflicts.victors import victors
from analyst_tui.core.conflicts.written import as_written
from analyst_tui.core.model import Claim, Conflict, ConflictKind

__all__ = ["conflicts_each", "find_conflicts", "pair_conflict", "Version"]

# Pairs of classes the same victims cannot both be in (an injured person may have survived).
_EXCLUSIVE = frozenset(frozenset(p) for p in (("dead", "injured"), ("dead", "missing"), ("injured", "missing"),
                                              ("dead", "survived"), ("dead", "freed"), ("missing", "freed"),
                                              ("dead", "rescued"), ("dead", "captured"), ("dead", "arrested"),
                                              ("missing", "rescued"), ("trapped", "rescued"), ("escaped", "dead")))
# ("the gunman was killed" / "was arrested"; not escaped against captured or arrested: one may follow the other,
# "escaped but was caught a day later")


@dataclass(frozen=True, slots=True)
class Version:
    """What the checks need to know about one member's text."""

    figures: tuple[Figure, ...]
    numbers: frozenset[float]  # every number written in digits, whatever it counts
    victims: tuple[tuple[str, str, str], ...]  # (class, victim, the victim's word)
    polarity: Polarity
    roles: tuple[Role, ...]
    casualties: frozenset[tuple[str, str]] = frozenset()  # (class, victims) said with or without a number
    words: frozenset[str] = frozenset()  # its words (``roles.mentioned``), when it has roles
    tallies: frozenset[tuple[float, float]] = frozenset()  # votes and scores ("52-48")
    particulars: frozenset = frozenset()  # ordinals, ages, penalties (``particulars``)
    clocks: frozenset = frozenset()  # times of day and what happened at them (``clock``)
    days: frozenset = frozenset()  # weekdays, dates and years, and what happened on them (``days``)
    swaps: tuple = ()  # a verb's two named parties (``swaps``)
    happenings: tuple = ()  # what befell whom ("the trawler sank", ``happenings``)
    text: str = field(default="", compare=False)  # as written (``substitution.nearly_the_same``)
    ordinal: bool = False  # it gives an ordinal ("its third week", ``anchored``)
    content: frozenset[str] = frozenset()  # its runs of letters, lower-cased, but the little words (``restated``)
    charged: bool = False  # it names an offence ("charged with murder", ``charges``)
    # where its verbs are, by stem (``reversal.verbs``): read when first compared; a doer and a receiver are read
    # at the verbs two versions share ("the lorry crashed into the bus", ``reversal``, ``doers``)
    read_reversals: list = field(default_factory=list, compare=False)
    read_names: list = field(default_factory=list, compare=False)  # the names it gives once (``exchange.names``)

    def names(self) -> dict:
        if not self.read_names:
            self.read_names.append(names(self.polarity.toks))
        return self.read_names[0]

    def verbs(self) -> dict[str, tuple[int, ...]]:
        if not self.read_reversals:
            self.read_reversals.extend((verbs(self.polarity.toks), {}))
        return self.read_reversals[0]

    def anchors(self) -> list[tuple[int, float]]:
        """Its figures by place (``anchored.figures_of``), read when first compared."""
        if len(self.read_reversals) < 3:
            self.verbs()
            self.read_reversals.append(figures_of(self.polarity.toks))
        return self.read_reversals[2]

    def parties(self, at: list[int]) -> tuple[tuple, tuple]:
        """The reversible verbs and the named doers at ``at`` (read once a place: a version is compared with every
        other member of its claim)."""
        read, toks = self.read_reversals[1], self.polarity.toks
        for v in at:
            if v not in read:
                read[v] = (reversals_at(toks, v), doer_at(toks, v))
        return tuple(r for v in at for r in read[v][0]), tuple(read[v][1] for v in at if read[v][1])

    @classmethod
    def of(cls, text: str) -> "Version":
        text = as_checked(text)  # ("LONDON (Reuters) - The layoffs were announced ...": who filed it, not what it says)
        low = text.lower()
        letters = set(_LETTERS.findall(low))
        if not (_DIGIT_OR_NT.search(low) or _TRIGGERS.intersection(letters)):
            # No figure, negation, stance or role verb: only its plain words may be needed, later; and its
            # weekdays ("struck on Tuesday"), if it names one.
            dated = bool(_DAY_WORDS.intersection(letters))
            named = bool(_PARTY_WORDS.intersection(letters)) and _CAPITALISED.search(text) is not None
            toks = tokenize(text) if named or dated else []
            return cls((), frozenset(), (), Polarity.plain(text), (), days=day_points(toks) if dated else frozenset(),
                       swaps=tuple(swaps(toks)) if named else (), text=text, content=restated_words(letters),
                       charged=not _OFFENCES.isdisjoint(letters))
        toks = tokenize(text)
        numbers = stated_numbers(toks)
        found, hurt = tuple(figures(toks)), tuple(victims(toks))
        casualties = frozenset((c, who) for c, who, _ in hurt) | {(f.casualty, f.key[1]) for f in found if f.casualty}
        acts = (*roles(toks), *victors(toks))
        words = mentioned(toks) if acts else frozenset()
        polarity = analyse_polarity(toks)
        return cls(found, numbers, hurt, polarity, acts, casualties, words,
                   tallies(toks) if numbers else frozenset(), particulars(toks),
                   clock_times(toks) if numbers or _NOON_WORDS & letters else frozenset(),
                   day_points(toks) if _DAY_WORDS & letters or _YEAR_AFTER_IN.search(low) else frozenset(),
                   tuple(swaps(toks)) if _PARTY_WORDS & letters else (),
                   happenings(toks) if _HAPPENINGS & letters else (), text,
                   not _ORDINALS.isdisjoint(letters), restated_words(letters), not _OFFENCES.isdisjoint(letters))


_ORDINALS = frozenset(_particulars.ORDINALS)
_PARTY_WORDS = frozenset(("to", "from", "against", "with"))  # ``swaps``: "traded Miles to the Celtics"
_CAPITALISED = re.compile(r"(?<=\s)[A-Z]")  # a capital after the first word: perhaps a name
_DIGIT_OR_NT, _LETTERS = re.compile(r"\d|n ?['’] ?t\b"), re.compile(r"[a-z]+")
_OFFENCES = frozenset("murder murders manslaughter homicide".split())  # (``charges``)
_YEAR_AFTER_IN = re.compile(r"\b(?:in|by) (?:1[89]|20)\d\d\b")
_NOON_WORDS = frozenset(("midnight", "noon", "midday"))  # a time of day without a number (``clock``)
_TRIGGERS = (_figures.TRIGGERS | _polarity_words.TRIGGERS | _roles.TRIGGERS | _particulars.TRIGGERS | _HAPPENINGS
             | _NOON_WORDS)


_SAVED = frozenset("rescued freed saved".split())  # (a version saying any of these says one set free)


def _same_victims(x: Figure, y: Figure) -> bool:
    """The same count of one group, of a group and people ("Two spectators were killed" / "injuring two people") or
    workers ("three miners" / "three workers"), or of a word for it ("two volunteer rescuers" / "two volunteers")."""
    one = x.key[1] == y.key[1] or general_group(x.key[1], y.key[1]) or any(
        stem(w) in (x.key[1], y.key[1]) for w in x.kinds | y.kinds)
    return one and x.stated == y.stated and (x.lo, x.hi) == (y.lo, y.hi) and x.hi > 0


def _event_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """Killed in one version, injured in the other: same count or same named victim."""
    if not (a.casualties and b.casualties):
        return None
    for x in a.figures:
        for y in b.figures:
            if x.extra or y.extra:
                continue  # "wounding two others": not the victims the other figure counts
            if frozenset((x.casualty, y.casualty)) in _EXCLUSIVE:
                if not _same_victims(x, y):
                    continue
                if any(f.casualty == x.casualty and _same_victims(f, x) for f in b.figures):
                    continue
                if any(f.casualty == y.casualty and _same_victims(f, y) for f in a.figures):
                    continue
                if a.content & _SAVED and y.casualty in _SAVED or b.content & _SAVED and x.casualty in _SAVED:
                    continue  # (one version says both: "freed 23 miners trapped underground" / "23 were rescued")
                return x.shown, y.shown
    va, vb = a.casualties, b.casualties
    for cls_a, who, word_a in sorted(set(a.victims)):  # sorted: a set's order changes from run to run
        for cls_b, who_b, word_b in sorted(set(b.victims)):
            if who == who_b and frozenset((cls_a, cls_b)) in _EXCLUSIVE:
                if (cls_a, who) in vb or (cls_b, who) in va:
                    continue
                return f"{word_a} {cls_a}", f"{word_b} {cls_b}"
    return None


def _particular_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    return particular_conflict(a.particulars, b.particulars, ("ordinal", "age", "goals"), lambda x, y: (
        stem(x.split()[-1]) in b.polarity.stems() and stem(y.split()[-1]) in a.polarity.stems() and told_alike(
            a.content, b.content, a.polarity.toks, b.polarity.toks) and not _two_people(x, y)))


def _two_people(x: str, y: str) -> bool:
    """Whether two names in full are two people: no word alike, or two first names ("tom brandt" / "karl brandt")."""
    wx, wy = x.split(), y.split()
    return len(wx) > 1 and len(wy) > 1 and (set(wx).isdisjoint(wy) or wx[0] != wy[0] and not (
        {stem(wx[0]), stem(wy[0])} & TITLES))


def _day_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    return day_conflict(a.days, b.days)


_CHECKS = (("figure", lambda a, b: race_time_conflict(a.polarity, b.polarity)), ("figure", figure_conflict),
           ("figure", group_conflict), ("figure", lambda a, b: tally_conflict(a.tallies, b.tallies)),
           ("event", lambda a, b: particular_conflict(a.particulars, b.particulars, ("medal",))),
           ("figure", _particular_conflict), ("figure", lambda a, b: clock_conflict(a.clocks, b.clocks)),
           ("figure", _day_conflict), ("figure", versions_changed_otherwise), ("event", _event_conflict),
           ("event", lambda a, b: particular_conflict(a.particulars, b.particulars, ("penalty",))))


def pair_conflict(a: Version, b: Version) -> tuple[ConflictKind, str, str] | None:
    """The first disagreement between two versions: (kind, what a says, what b says), or None."""
    found = _first_conflict(a, b)
    if found is None:  # (read again past a name set off by commas)
        found = second_reading(a.text, b.text, Version.of, _first_conflict)
    if found is None:  # (and without who said it, when the two name their sources otherwise: "..., police said on
        found = unsaid_reading(a, b, Version.of, pair_conflict)  # Tuesday" is no day of what happened)
    elif told_apart(found, a, b, lambda: _day_conflict(a, b)):
        return None
    return ("polarity", found[1], found[2]) if found and found[0] == "figure" and said_as_none(found[1:]) else found


def _first_conflict(a: Version, b: Version) -> tuple[ConflictKind, str, str] | None:
    for kind, check in _CHECKS:
        found = check(a, b)
        if found:
            return kind, found[0], found[1]  # type: ignore[return-value]
    found = a.happenings and b.happenings and happening_conflict(
        a.happenings, b.happenings, a.polarity.toks, b.polarity.toks, a.polarity.stems(), b.polarity.stems()) or (
        a.charged and b.charged and charge_conflict(a.polarity.toks, b.polarity.toks)) or (
        a.content & _INJURED and b.content & _INJURED and injury_conflict(a.polarity.toks, b.polarity.toks, a.content,
                                                                           b.content)) or (
        a.content & _CONVERSE and b.content & _CONVERSE and converse_conflict(a.polarity.toks, b.polarity.toks))
    if found:
        return "event", found[0], found[1]
    found = contrasted(a.text, b.text)  # (before the negation it is told with: "X, not Y" / "Y, not X")
    if found:
        return "role", found[0], found[1]
    found = polarity_conflict(a.polarity, b.polarity)
    if found:
        return outcome_kind(found), found[0], found[1]  # type: ignore[return-value]
    found = role_conflict(list(a.roles), list(b.roles), a.words, b.words, (a.polarity.toks, b.polarity.toks)) or (
        swap_conflict(a.swaps, b.swaps)) or a.content & _CONVERSE and b.content & _CONVERSE and converse_swapped(
        a.polarity.toks, b.polarity.toks) or (
        _ORDER_WORDS & a.content and _ORDER_WORDS & b.content and order_conflict(a.polarity.toks, b.polarity.toks)) or (
        _verb_conflict(a, b)) or (_DIRECTED & a.content and _DIRECTED & b.content and directed_conflict(
        a.polarity.toks, b.polarity.toks)) or (_GIVING & a.content and _GIVING & b.content and receiver_conflict(
        a.polarity.toks, b.polarity.toks)) or _reordered(a, b) and places_exchanged(
        a.polarity.toks, b.polarity.toks, a.names(), b.names()) or a.happenings and b.happenings and named_apart(
        a.happenings, b.happenings, a.polarity.toks, b.polarity.toks) or told_conflict(
        a.content, b.content, a.polarity.toks, b.polarity.toks, a.polarity.stems(), b.polarity.stems()) or (
        not _SLOTS.isdisjoint(a.polarity.words()) and not _SLOTS.isdisjoint(b.polarity.words()) and by_doer_conflict(
            a.polarity.toks, b.polarity.toks))
    if found:
        return "role", found[0], found[1]
    found = (a.numbers or a.ordinal) and (b.numbers or b.ordinal) and (
        a.numbers != b.numbers or a.ordinal or b.ordinal) and anchored_conflict(
        a.polarity.toks, b.polarity.toks, a.anchors(), b.anchors(), a.polarity.stems(), b.polarity.stems(),
        frozenset(v for f in a.figures for v in f.stated), frozenset(v for f in b.figures for v in f.stated))
    if found:
        return "figure", found[0], found[1]
    found = _restated_conflict(a, b) or told_anew(a, b)  # (read last: what the two share, told in other words)
    if found:
        return found
    found = a.figures and b.figures and none_against_some(a, b) or lone_year_conflict(a, b)
    return ("figure", found[0], found[1]) if found else None


def _restated_conflict(a: Version, b: Version) -> tuple[ConflictKind, str, str] | None:
    """What one version says again with a word or a party changed (or told anew, ``restated``)."""
    if not nearly_the_same(a.text, b.text):  # (read cheaply: most pairs differ in more than a few words)
        if not restated_gate(a.content, b.content, a.numbers, b.numbers):  # (or two parties exchanged, who said it
            return (found[2], found[0], found[1]) if a.content == b.content and (  # said in another place)
                found := exchanged_unsaid(a.polarity.toks, b.polarity.toks)) else None
        return restated_conflict(a.polarity.toks, b.polarity.toks, a.polarity.stems(), b.polarity.stems(), a.numbers,
                                 b.numbers)
    found = exchange_conflict(a.polarity.toks, b.polarity.toks)
    if found:
        return found[2], found[0], found[1]  # type: ignore[return-value]
    spans = differing(a.polarity.toks, b.polarity.toks)  # (the words the two share at their start and at their end)
    if spans is not None:
        found = substitution_conflict(a.polarity.toks, b.polarity.toks, spans)
        if found:
            return found
        found = office_conflict(a.polarity.toks, b.polarity.toks, *spans) or side_conflict(
            a.polarity.toks, b.polarity.toks, *spans) or described_conflict(a.polarity.toks, b.polarity.toks, *spans)
        if found:
            return "role", found[0], found[1]
    found = replaced_conflict(unattributed(a.polarity.toks), unattributed(b.polarity.toks))  # (who said it aside)
    if found:
        return found
    return restated_conflict(a.polarity.toks, b.polarity.toks, a.polarity.stems(), b.polarity.stems(), a.numbers,
                             b.numbers)


def _reordered(a: Version, b: Version) -> bool:
    """Whether the two versions give nearly the same words, perhaps in another order (read cheaply, before what is
    read only of those: ``exchange.places_exchanged``)."""
    return abs(len(a.content) - len(b.content)) <= _FEW_WORDS and len(a.content ^ b.content) <= _FEW_WORDS


_FEW_WORDS, _INJURED, _SLOTS = 6, frozenset(_INJURY_VERBS), frozenset(
    "by to from orders order request behest instructions instruction".split())  # (a doer after "on the orders of")


def _verb_conflict(a: Version, b: Version) -> tuple[str, str] | None:
    """The parties of a verb both versions use, reversed (``reversal``) or another named doer (``doers``)."""
    va, vb = a.verbs(), b.verbs()
    shared = sorted(va.keys() & vb.keys())
    if not shared:
        return None
    rev_a, doers_a = a.parties(sorted(k for s in shared for k in va[s]))
    rev_b, doers_b = b.parties(sorted(k for s in shared for k in vb[s]))
    return (not told_from_each_side(a.polarity.words(), b.polarity.words()) and reversal_conflict(rev_a, rev_b)) or (
        doers_a and doers_b and doer_conflict(doers_a, doers_b, a.polarity.words(), b.polarity.words(), (
            a.polarity.toks, b.polarity.toks))) or (
        crossed_doers(a.polarity.toks, b.polarity.toks, va, vb)) or (
        pronoun_reversal(a.polarity.toks, b.polarity.toks, va, vb)) or (
        crossed_nations(a.polarity.toks, b.polarity.toks, va, vb))


def find_conflicts(claims: Iterable[Claim]) -> None:
    """Fill ``conflicts`` of every shared claim (members from different articles are compared). Two sentences that
    share several claims are compared once."""
    for _claim in conflicts_each(claims):
        pass


def conflicts_each(claims: Iterable[Claim]) -> Iterator[Claim]:
    """As ``find_conflicts``, taking the claims one at a time: yields each claim whose versions it compared, once
    its ``conflicts`` are filled (another process may be finding those of the rest)."""
    cache: dict[str, Version] = {}
    checked: dict[tuple[str, str], tuple[ConflictKind, str, str] | None] = {}
    for claim in claims:
        members = claim.members
        if len({m.article for m in members}) < 2 or claim.kind == "boilerplate":
            continue
        if len({m.text for m in members}) < 2:
            claim.conflicts = []
            continue
        versions: list[Version | None] = [None] * len(members)
        seen: set[tuple[str, frozenset[str]]] = set()
        found: list[Conflict] = []
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if members[i].article == members[j].article or members[i].text == members[j].text:
                    continue
                for k in (i, j):
                    if versions[k] is None:
                        text = members[k].text
                        version = cache.get(text)
                        if version is None:
                            version = cache[text] = Version.of(text)
                        versions[k] = version
                texts = (members[i].text, members[j].text)
                if texts in checked:
                    hit = checked[texts]
                else:
                    hit = checked[texts] = pair_conflict(versions[i], versions[j])  # type: ignore[arg-type]
                if hit is None:
                    continue
                kind, left, right = hit
                key = (kind, frozenset((left, right)))
                if key in seen:
                    continue
                seen.add(key)
                left, right = as_written(left, members[i].text), as_written(right, members[j].text)
                found.append(Conflict(kind, (i, j), f"{left} vs {right}"))
        claim.conflicts = found
        yield claim
