"""Two versions that tell of two things of one kind, whatever they disagree on: two measures of one thing ("Core
inflation rose to 3.1%" / "Headline inflation fell to 2.4%", "Youth unemployment rose" / "the unemployment rate
fell"), two sessions of one day of trading ("plunged 12% in early trading" / "closed down 3%"), two securities ("the
10-year Treasury note" / "the two-year yield"), a party and its subsidiary ("Brandt Group reported a loss" / "Brandt
Logistics, the group's subsidiary, posted a profit"), the world and one country ("Global sales rose 6%" / "sales
in Japan fell 8%"), a time planned and a time late, a thing as it is now against how it was in a month ("fell
to 27% of capacity in July" / "is now 40% full"), two stages of a vote or an election ("in committee" / "on the
floor", "the first round" / "the runoff"), two kinds of series ("the Test series" / "the one-day series"), profit and
revenue, and a thing said to be another of its kind ("Heathrow's other terminals", "a similar bill", "an earlier
draft"). Read by ``shared_words.told_apart``."""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.days import MONTHS
from analyst_tui.core.conflicts.nations import NATIONS


def two_of_a_kind(text_a: str, text_b: str) -> bool:
    """Whether two versions' texts tell of two things of one kind."""
    return _named_apart(text_a, text_b) or _now_and_then(text_a, text_b) or _securities_apart(text_a, text_b) or (
        bool(_SUBSIDIARY.search(text_a)) != bool(_SUBSIDIARY.search(text_b))) or _whole_and_nation(text_a, text_b) or (
        _whole_and_nation(text_b, text_a)) or _planned_and_late(text_a, text_b) or (
        _planned_and_late(text_b, text_a)) or bool(_ANOTHER.search(text_a)) != bool(_ANOTHER.search(text_b))


# A thing said to be another of its kind: "Heathrow's other terminals stayed open" / "Terminal 5 was closed", "had
# vetoed a similar bill last year" / "signed the bill", "had rejected an earlier draft" / "approved the bill"
_ANOTHER = re.compile(r"\b(?:its|their|the|[a-z]+'s) other \w+s\b|\ba similar\b|\b(?:an earlier|a previous|"
                      r"the previous|the earlier|the original|a separate|a different) (?:\w+ )?(?:version|draft|text|"
                      r"bill|proposal|plan|deal|case|motion|measure|appeal|ruling|offer)\b", re.I)


def _planned_and_late(text_a: str, text_b: str) -> bool:
    """Whether one version tells when a thing was planned and the other when it came, late ("was scheduled to arrive
    in Lyon at 9.40am" / "pulled into Lyon shortly after 1pm, more than three hours late")."""
    return bool(_PLANNED.search(text_a)) and not _PLANNED.search(text_b) and bool(_LATE.search(text_b))


_PLANNED = re.compile(r"\b(?:scheduled|due|timetabled|set|planned) to\b", re.I)
_LATE = re.compile(r"\b(?:late|delayed|delay|finally|behind schedule)\b", re.I)


def _whole_and_nation(text_a: str, text_b: str) -> bool:
    """Whether one version tells of the whole world or nation, and the other of a country it does not name ("Global
    sales at the carmaker rose 6%" / "The carmaker's sales in Japan fell 8%")."""
    return bool(_WHOLE.search(text_a)) and not _WHOLE.search(text_b) and bool(_nations(text_b) - _nations(text_a))


def _nations(text: str) -> set[str]:
    return {NATIONS[w.lower()] for w in _NAME.findall(text) if w.lower() in NATIONS} | {
        w.lower() for w in _NAME.findall(text) if w.lower() in _COUNTRIES}


_WHOLE = re.compile(r"\b(?:global(?:ly)?|worldwide|across the world|around the world|euro ?zone|euro area)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_COUNTRIES = frozenset(NATIONS.values())


def _named_apart(text_a: str, text_b: str) -> bool:
    """Whether each text names a kind of ``_KINDS`` and none the other names."""
    x, y = ({kind for kind, pattern in _KINDS if pattern.search(text)} for text in (text_a, text_b))
    return bool(x and y and x.isdisjoint(y))


_KINDS = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in (
    ("core", r"\bcore (?:inflation|rate|prices|measure|index)"), ("headline", r"\bheadline (?:inflation|rate|figure)"),
    ("youth", r"\byouth (?:unemployment|jobless)"), ("rate", r"\b(?:unemployment|jobless(?:ness)?) rate\b"),
    ("early", r"\b(?:early|morning|opening|intraday|midday) (?:trad|deal|session)\w*|\bat one point\b"),
    ("close", r"\bclos(?:e|ed|ing) (?:down|up|at|higher|lower)\b|\bat the close\b"),
    ("test", r"\btest (?:series|match)"), ("one-day", r"\bone-day\b|\bodi\b|\bt20\b|\btwenty20\b"),
    ("committee", r"\bin (?:the )?committee\b"), ("floor", r"\bon the (?:\w+ )?floor\b|\bfloor vote\b"),
    ("first round", r"\bfirst round\b"), ("runoff", r"\brun-?off\b|\bsecond round\b"),
    ("profit", r"\b(?:profits?|earnings|net income)\b"), ("revenue", r"\b(?:revenues?|sales|turnover)\b")))


def _now_and_then(text_a: str, text_b: str) -> bool:
    """Whether one version tells of now and the other of a month, not the other way too."""
    now_a, now_b = (bool(_NOW.search(t)) for t in (text_a, text_b))
    then_a, then_b = (bool(_IN_MONTH.search(t)) for t in (text_a, text_b))
    return now_a != now_b and (then_b if now_a else then_a) and not (then_a if now_a else then_b)


_NOW = re.compile(r"\b(?:now|currently)\b", re.I)
_IN_MONTH = re.compile(r"\bin (?:%s)\b" % "|".join(sorted(m for m in MONTHS if len(m) > 3 or m == "may")), re.I)


def _securities_apart(text_a: str, text_b: str) -> bool:
    """Whether the two versions name securities of two terms, and none of one term."""
    x, y = ({m.group(1).lower() for m in _SECURITY.finditer(text)} for text in (text_a, text_b))
    return bool(x and y and x.isdisjoint(y))


_SECURITY = re.compile(r"\b(\w+)[- ]year (?:us |u\.s\. |benchmark |government |treasury )*(?:note|bond|yield|gilt|bund)",
                       re.I)
_SUBSIDIARY = re.compile(r"\b(?:group|company|firm|parent|bank|carrier|conglomerate)'s (?:\w+ )?(?:subsidiary|unit|"
                         r"division|arm|affiliate)\b|\b(?:a|the) (?:\w+ )?subsidiary of\b", re.I)
