"""Another doer described by another trade in the same place, every other word kept: "reported by a postman" /
"reported by a baker", "after a pawnbroker tipped off police" / "after a taxi driver tipped off police", "Haddad's
fixer betrayed her" / "Haddad's driver betrayed her", "raised by the hikers' hotel" / "by the hikers' mountain guide".

``substitution`` reads two names in that place, ``offices`` two offices; here the two are described by what they do.
Each description ends in a word for one who does something ("-er", "-or", "-ist", "-man", a few trades), the two share
no word, neither is a word for people in general or an office, and the lists do not group the two as one
("reporter" / "journalist"); or one is such a word and the other a place one works in ("the hotel", "the bakery").
They must be the doer: after "by" in the passive, or the subject of a verb that tells an act in both (not a verb of
saying or of stance, as in ``substitution``, nor a passive)."""

from __future__ import annotations

from analyst_tui.core.conflicts.befell import PREPOSITIONS
from analyst_tui.core.conflicts.days import MONTHS, WORDS as DAY_WORDS
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.reversal import active_verb
from analyst_tui.core.conflicts.substitution import TITLES, after_by, subject_of, title_case
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem
from analyst_tui.core.conflicts.words import UNITS
from analyst_tui.core.wordforms import IRREGULAR_PAST

_MOST = 4  # words of a description that differs

# Words for people or bodies in general, or for whoever is named in the story: the other version may describe
# the same one more closely ("a man" / "a taxi driver", "the company" / "the retailer", "the victim" / "the boy").
_GENERAL = frozenset(stem(w) for w in """man woman boy girl child person people individual someone member resident
    local citizen neighbour neighbor passer bystander witness victim suspect accused defendant gunman attacker
    assailant culprit perpetrator offender teenager youth youngster adult pensioner official authority government
    state agency body organisation organization group company firm business operator owner team unit side staff
    worker employee crew officer police force spokesman spokeswoman spokesperson representative source party family
    relative friend colleague partner public customer client user visitor guest fan one other policeman regulator
    watchdog inspectorate ombudsman inspector examiner investigator researcher scientist specialist expert consultant
    adviser advisor founder leader ruler commander supporter campaigner activist protester protestor demonstrator
    organiser organizer chairman chairwoman""".split()) | frozenset(stem(w) for w in """men women boys girls children
    persons individuals members residents locals citizens neighbours neighbors bystanders witnesses victims suspects
    gunmen attackers culprits offenders teenagers youths youngsters adults pensioners officials authorities
    companies firms businesses operators owners teams units workers employees crews officers forces representatives
    sources parties families relatives friends colleagues partners customers clients users visitors guests fans
    others policemen regulators watchdogs""".split())
_DOERS = ("er", "or", "ist", "ian", "man", "ant", "keeper", "smith", "wright")
_TRADES = frozenset("""vet shepherd chef cook nurse monk nun priest vicar bishop surgeon guide pilot coach judge
    midwife paramedic medic plumber cashier""".split())
# Agentive words for the same ones, a group a line ("reporter" / "journalist", "lawyer" / "solicitor").
_GROUPS = """reporter journalist correspondent writer columnist
    lawyer solicitor attorney barrister counsel advocate
    doctor physician surgeon medic clinician
    driver motorist chauffeur cabbie
    seller vendor dealer trader retailer
    buyer purchaser bidder collector
    player footballer striker forward
    teacher tutor instructor lecturer
    labourer laborer
    manager boss director governor controller
    auditor accountant
    soldier trooper warrior fighter peacekeeper
    priest vicar minister pastor chaplain
    rescuer lifeguard lifeboatman"""
_SAME = {w: k for k, line in enumerate(_GROUPS.split("\n")) for w in line.split()}
_DETERMINERS = frozenset("the a an its his her their our this that these those one another".split())


def described_conflict(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """(what xs says, what ys says) when the two differ only in a doer described as another kind (``p``, ``s``: the
    words they share at their start and at their end, ``substitution.differing``)."""
    ex, ey = len(xs) - s, len(ys) - s
    x, y = xs[p:ex], ys[p:ey]
    if not (_description(xs, p, ex) and _description(ys, p, ey)) or title_case(xs) or title_case(ys):
        return None
    if not (_ends_phrase(xs, ex) and _ends_phrase(ys, ey)):
        return None  # (what differs must end the description: not "army engineers" / "military engineers")
    hx, hy = x[-1].low, y[-1].low
    kinds = {_kind(hx), _kind(hy)}
    if kinds not in ({"one"}, {"one", "place"}) or _words(x) & _words(y) or _alike(hx, hy) or (
            "".join(t.low for t in x) == "".join(t.low for t in y)):
        return None  # (nor "head teacher" / "headteacher"; two places may be one: "the school" / "the university")
    if after_by(xs, p) and after_by(ys, p):
        return joined(xs[max(0, _start(xs, p) - 1) : ex]), joined(ys[max(0, _start(ys, p) - 1) : ey])  # ("by a
        # postman", "by the climbers' hostel")
    if _acts(xs, subject_of(xs, _start(xs, p), ex)) and _acts(ys, subject_of(ys, _start(ys, p), ey)):
        return joined(xs[_start(xs, p) : ex + 1]), joined(ys[_start(ys, p) : ey + 1])  # ("a pawnbroker tipped")
    return None


def _one_who_does(word: str) -> bool:
    """Whether a word names one by what one does ("pawnbroker", "accountant", "postman", "shepherd"), and not in
    general ("worker", "officer", "investigator"), nor an office ("chancellor")."""
    return (word.endswith(_DOERS) or word in _TRADES) and stem(word) not in _GENERAL and stem(
        word) not in TITLES  # (an office: ``offices``)


def _kind(word: str) -> str | None:
    """"one" for a word for one who does something, "place" for a place one works in ("the hikers' hotel" / "the
    hikers' mountain guide"), else None."""
    return "one" if _one_who_does(word) else "place" if stem(word) in _PLACES else None


_PLACES = frozenset(stem(w) for w in """hotel inn hostel school college university hospital clinic surgery church
    cathedral chapel mosque temple museum gallery library pub bar restaurant cafe shop store supermarket farm
    factory mill brewery bakery garage theatre cinema zoo""".split())


def _alike(x: str, y: str) -> bool:
    """Whether two agentive words may name the same one: one group of ``_GROUPS`` (one or many), or one word spelt
    two ways ("protester" / "protestor")."""
    kx, ky = _SAME.get(x, _SAME.get(x[:-1])), _SAME.get(y, _SAME.get(y[:-1]))
    return kx is not None and kx == ky or _spelt_alike(x, y)


def _spelt_alike(x: str, y: str) -> bool:
    """Whether two words differ in no more than two letters in one place ("protester" / "protestor")."""
    start = next((k for k, (a, b) in enumerate(zip(x, y)) if a != b), min(len(x), len(y)))
    end = next((k for k, (a, b) in enumerate(zip(x[::-1], y[::-1])) if a != b), min(len(x), len(y)))
    return max(len(x), len(y)) - start - end <= 2


def _acts(toks: list[Tok], verb: int | None) -> bool:
    """Whether the verb at ``verb`` tells an act, not what one is ("The deal is subject to")."""
    if verb is None:
        return False
    k, be = verb, False
    while k + 1 < len(toks) and toks[k].low in _BE_OR_HAVE:
        be = toks[k].low in _BE
        k += 1
    if toks[k].low in _BE_OR_HAVE:
        return False
    if be:  # (after a form of "be": "are combing", not the passive, where the subject is the one done to)
        return toks[k].low.endswith("ing")
    return k == verb or active_verb(toks, k) or toks[k].low.endswith(("ed", "ing")) or toks[k].low in IRREGULAR_PAST


_BE = frozenset("is are was were be been being".split())
_SUBORDINATE = frozenset("when while after before as until because since if once".split())
_BE_OR_HAVE = _BE | frozenset("has have had will would could may might can".split())


def _description(toks: list[Tok], start: int, end: int) -> bool:
    """Words that may describe one party: a few words, no verb, no figure, measure or date, no clause or list."""
    return 0 < end - start <= _MOST and all(
        t.is_word and t.low not in CLAUSE_WORDS and t.low not in _NOT_PARTIES and not t.is_number and (
            t.low not in WORD_NUMBERS) and t.low not in UNITS and t.low not in IRREGULAR_PAST and (
            t.low not in MONTHS) and t.low not in DAY_WORDS for t in toks[start:end]) and not any(
        0 < k < len(toks) - 1 and active_verb(toks, k) for k in range(start, end)) and toks[end - 1].low not in (
        _DETERMINERS)


_NOT_PARTIES = frozenset("""and or with not without than more less most least year years decade decades month months
    week weeks day days hour hours minute minutes time times half quarter""".split())


def _ends_phrase(toks: list[Tok], end: int) -> bool:
    """Whether the description ends at ``end``: the sentence or a clause ends there, or a preposition, a verb or
    what comes before one follows ("tipped", "has", "who")."""
    if end == len(toks) or not toks[end].is_word:
        return True
    low = toks[end].low
    return low in PREPOSITIONS or low in CLAUSE_WORDS or low in _SUBORDINATE or low in _BE_OR_HAVE or (
        low.endswith("ed") or low in IRREGULAR_PAST) or 0 < end < len(toks) - 1 and active_verb(toks, end)


def _start(toks: list[Tok], p: int) -> int:
    """Where the noun phrase holding the description starts: back past its article or its owner ("Haddad's")."""
    j = p
    while j > 0 and (toks[j - 1].low in _DETERMINERS or toks[j - 1].low == "'s" or toks[j - 1].is_word and (
            j < len(toks) and toks[j].low == "'s")):
        j -= 1
    return j


def _words(span: list[Tok]) -> frozenset[str]:
    return frozenset(stem(t.low) for t in span if t.low not in _DETERMINERS)


__all__ = ["described_conflict"]
