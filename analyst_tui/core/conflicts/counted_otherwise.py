"""Counts of people that count something else ("3,000 workers will lose their jobs": jobs; "500 residents were
forced from their homes": people evacuated; "1,200 people applied for asylum": applications), for ``figures``."""

from __future__ import annotations

from analyst_tui.core.conflicts.surroundings import counted, group_of
from analyst_tui.core.conflicts.tokens import Tok, stem
from analyst_tui.core.conflicts.words import CAPTIVES, PEOPLE, PEOPLE_ACTS_AFTER


def counted_otherwise(toks: list[Tok], b: int, m: int, noun: str) -> tuple[tuple[str, str], str] | None:
    """The key and the label of a count of ``noun`` (between the words at ``b`` and ``m``) that counts something
    else: jobs ("3,000 workers will lose their jobs" / "will cut 300 jobs"), people evacuated ("500 residents were
    forced from their homes", "ordered out") or treated ("the hospital treated 58 patients")."""
    low, n = noun.lower(), len(toks)
    if low in _STAFF and _jobs_lost(toks, b, m):
        return ("noun", counted("jobs")), noun
    if low in PEOPLE and b >= 0 and toks[b].low in _EMPLOYS:
        return ("noun", counted("workers")), "employees"  # "employs 12,000 people" / "has 1,200 employees"
    if m + 2 < n and toks[m].low == "signed" and toks[m + 1].low in ("a", "the") and toks[m + 2].low == "petition":
        return ("noun", counted("signatures")), "signatures"  # "1,200 students signed a petition" / "gathered about
        # 300 signatures"
    if low in PEOPLE and m + 2 < n and toks[m].low in ("forced", "ordered", "moved", "told", "urged") and (
            (toks[m + 1].low, toks[m + 2].low) in _FORCED_OUT or toks[m + 1].low == "out"):
        return ("evacuated", "people"), f"{noun} evacuated"  # (also "were told to evacuate", "moved to safety")
    if low in PEOPLE and b > 0 and toks[b].low == "of" and toks[b - 1].low == "evacuation":
        return ("evacuated", "people"), f"{noun} evacuated"  # "ordered the evacuation of some 1,200 people"
    if low in PEOPLE and m + 1 < n and (toks[m].low == "tuned" and toks[m + 1].low == "in" or (
            toks[m].low == "watched" and toks[m + 1].low not in _NOT_VIEWING)):
        return ("noun", counted("viewers")), "viewers"  # "2.6 million people tuned in" / "drew 6.2 million
        # viewers" (not "40,000 fans attended the final")
    if low in PEOPLE and b > 0 and toks[b].low == "by" and toks[b - 1].low in ("watched", "viewed"):
        return ("noun", counted("viewers")), "viewers"  # "was watched by 5.1 million people"
    if b >= 0 and toks[b].low in ("seized", "grabbed") and stem(low) in CAPTIVES and stem(low) != "hostag":
        return ("captured", group_of(noun)), f"{noun} captured"  # "gunmen seized 23 passengers" / "11 passengers
        # were abducted" (not "seized 14 hostages", counted as hostages, nor "seized 350 kilograms of ivory")
    if low in PEOPLE and _applied(toks, m):
        return ("noun", counted("applications")), "applications"  # "1,200 people applied for asylum" / "3,400 asylum
        # applications were lodged"
    if low == "patients" and "treated" in (toks[b].low if b >= 0 else "", toks[m].low if m < n else ""):
        return ("injured", "people"), f"{noun} treated"
    if m + 1 < n and toks[m].low in _SUFFERED and toks[m + 1].low in _HURTS:
        return ("injured", group_of(noun)), f"{noun} injured"  # "12 people suffered injuries" (not "minor injuries":
        # of one degree, perhaps a part of all the injured)
    held = low not in PEOPLE and (low in _GROUPS or stem(low) in CAPTIVES)
    if low not in PEOPLE and m + 1 < n and toks[m].low in ("broke", "broken") and toks[m + 1].low == "out" and (
            held or m + 2 < n and toks[m + 2].low == "of"):
        return ("escaped", group_of(noun)), f"{noun} escaped"  # "15 prisoners broke out", "seven baboons broke out
        # of the safari park": they escaped
    if held and m < n:
        if m + 2 < n and toks[m].low == "taken" and toks[m + 1].low == "into" and toks[m + 2].low == "custody":
            return ("arrested", group_of(noun)), f"{noun} arrested"  # "47 demonstrators were taken into custody"
        act = PEOPLE_ACTS_AFTER.get(toks[m].low)
        if act in _DONE_TO:
            return (act, group_of(noun)), f"{noun} {act}"  # "40 migrants were pulled from a sinking boat"
    return None


_NOT_VIEWING = frozenset("as in helplessly from while".split())  # ("people watched as the tower burned")


def _applied(toks: list[Tok], m: int) -> bool:
    """Whether the people counted before ``m`` applied for something ("applied for asylum", "have applied for")."""
    after = [t.low for t in toks[m : m + 3]]
    if after[:1] and after[0] in ("have", "had", "has"):
        after = after[1:]
    return after[:2] in (["applied", "for"], ["apply", "for"])


# People counted by a word of their own, to whom what is done is compared as with people ("rescued 112 migrants" /
# "40 migrants were pulled from").
_GROUPS = frozenset("""migrants refugees protesters demonstrators students pupils children residents villagers miners
    tourists civilians asylum-seekers""".split())
_EMPLOYS = frozenset("employs employ employed employing".split())
_DONE_TO = frozenset("evacuated rescued displaced stranded hospitalised".split())


_SUFFERED = frozenset("suffered suffer suffers sustained sustain sustains".split())
_HURTS = frozenset("injuries injury wounds burns".split())


_STAFF = frozenset("workers employees staff people".split())  # who may lose their jobs
_FORCED_OUT = frozenset((("to", "leave"), ("to", "flee"), ("from", "their"), ("out", "of"), ("to", "evacuate"),
                         ("to", "safety"), ("to", "evacuation")))  # ("forced from their", "moved to evacuation")
_LAID = frozenset("laid lay lays laying".split())
_SHED = frozenset("sacked sack sacks fired shed sheds shedding axed axe axes dismissed dismiss".split())
_LOSE = frozenset("lose loses lost losing".split())


def _jobs_lost(toks: list[Tok], b: int, m: int) -> bool:
    """Whether the people counted between the word at ``b`` and the one at ``m`` lose their jobs: "laid off 130 staff",
    "shed 300 workers", "will cost 1,200 workers their jobs", "3,000 workers will lose their jobs", "300 employees
    were laid off"."""
    if b >= 1 and toks[b].low == "off" and toks[b - 1].low in _LAID or b >= 0 and toks[b].low in _SHED:
        return True
    after = [t.low for t in toks[m : m + 5]]
    if after[:2] == ["their", "jobs"]:
        return True  # "will cost 1,200 workers their jobs"
    return any(w in _LOSE for w in after[:3]) and "jobs" in after or any(
        w in _LAID for w in after[:3]) and "off" in after
