"""Two versions that tell of two things of one kind, whatever they disagree on: two measures of one thing ("Core
inflation rose to 3.1%" / "Headline inflation fell to 2.4%", "Youth unemployment rose" / "the unemployment rate
fell"), two sessions of one day of trading ("plunged 12% in early trading" / "closed down 3%"), two securities ("the
10-year Treasury note" / "the two-year yield"), two market indexes ("the Nasdaq rose 1.8%" / "the S&P 500 rose 1%"),
an index's futures and the index,
a party and its subsidiary ("Brandt Group reported a loss" / "Brandt Logistics, the group's subsidiary, posted a
profit"), the world and one country ("Global sales rose 6%" / "sales
in Japan fell 8%"), a time planned and a time late, a thing as it is now against how it was in a month ("fell
to 27% of capacity in July" / "is now 40% full"), two stages of a vote or an election ("in committee" / "on the
floor", "the first round" / "the runoff"), two kinds of series ("the Test series" / "the one-day series"), profit
and revenue, an estimate at first and later ("initially" / "later", "preliminary" / "revised"), the cheapest and the
dearest, a proposal and what is now, a peak and what it eased to, a state before and a reopening, a thing said to be
another of its kind ("Heathrow's other terminals", "a similar bill", "an earlier draft", "a new ceasefire", a plan
given up), a part of a group against the group, and a sentence all of an earlier period ("During the same quarter
last year, ...") against one that names none. Read by ``shared_words.told_apart``, with figures of two chambers
or over two runs of time, an intention against a later act, and two countries, here too."""

from __future__ import annotations

import re
from functools import lru_cache

from analyst_tui.core.conflicts.nations import CAPITALS, NATION_NAMES, NATIONS
from analyst_tui.core.conflicts.numbers import WORD_NUMBERS
from analyst_tui.core.conflicts.periods import earlier_apart


def two_of_a_kind(text_a: str, text_b: str) -> bool:
    """Whether two versions' texts tell of two things of one kind."""
    na, nb = _named(_ONE_SIDED, text_a), _named(_ONE_SIDED, text_b)
    one_sided = na != nb and not (na ^ nb == {"part of"} and _NONE_AT_ALL.search(text_b if "part of" in na else text_a))
    return any(each_names_apart(family, text_a, text_b) for family in _KINDS) or one_sided or (
        _now_and_then(text_a, text_b)) or _securities_apart(
        text_a, text_b) or earlier_apart(text_a, text_b) or any(
            _whole_and_nation(x, y) or _planned_and_late(x, y) for x, y in ((text_a, text_b), (text_b, text_a))) or (
        _rest_of_whole(text_a, text_b))


def _rest_of_whole(text_a: str, text_b: str) -> bool:
    """Whether each version counts a part of one whole and the two parts make it up ("won five of his 22 league
    games" / "failed to win 17 of his 22 league matches"): one told from each side."""
    pa, pb = _parts(text_a), _parts(text_b)
    return any(m == m2 and n + n2 == m for n, m in pa for n2, m2 in pb)


def _parts(text: str) -> list[tuple[float, float]]:
    """Each count "of" a whole given with its number ("five of his 22", "17 of the 22")."""
    if " of " not in text:
        return []
    out = []
    for m in _PART_OF_WHOLE.finditer(text):
        n, whole = (WORD_NUMBERS.get(w.lower()) if not w[:1].isdigit() else float(w.replace(",", "")) for w in
                    m.groups())
        if n is not None and whole is not None:
            out.append((n, whole))
    return out


_PART_OF_WHOLE = re.compile(r"\b(\d[\d,]*\d|\d|[A-Za-z]+) of (?:the|his|her|their|its|our) (\d[\d,]*\d|\d)\b")


# A thing said to be another of its kind, or a part of a group: "Heathrow's other terminals stayed open" / "Terminal 5
# was closed", "had vetoed a similar bill last year" / "signed the bill", "had rejected an earlier draft" / "approved
# the bill", "some of the pirates escaped" / "the pirates surrendered"
_PART_OF = re.compile(r"(?<!\bin )\b(?:some|several|many|most|a few|one|two|three|four|five|dozens|hundreds) of the "
                      r"\w+s\b(?!,\s+(?-i:[A-Z]\w+\s+[A-Z]))", re.I)  # (not one named: "One of the escapees, Kyle
# Barnett,"; nor a share: "one in five of the accounts")
_ANOTHER = re.compile(r"\b(?:its|their|the|[a-z]+'s) other \w+s\b|\ba similar\b|\b(?:\d+|two|three|four|five|six|seven|"
                      r"eight|nine|ten|eleven|twelve|dozens|hundreds|several|many|any|no) other (?:\w+ )?\w+s\b|"
                      r"\b(?:a|the) (?:second|third|fourth|fifth|further|separate) (?:count|charge)s?\b|"
                      r"\bhad (?:planned|intended|hoped|aimed) to\b|\ba new (?:ceasefire|truce|offer|ballot|vote)\b|"
                      r"\b(?:an earlier|a previous|"
                      r"the previous|the earlier|the original|a separate|a different) (?:\w+ )?(?:version|draft|text|"
                      r"bill|proposal|plan|deal|case|motion|measure|appeal|ruling|offer)\b", re.I)


def _planned_and_late(text_a: str, text_b: str) -> bool:
    """Whether one version tells when a thing was planned and the other when it came, late ("was scheduled to arrive
    in Lyon at 9.40am" / "pulled into Lyon shortly after 1pm, more than three hours late")."""
    return bool(_PLANNED.search(text_a)) and not _PLANNED.search(text_b) and bool(_LATE.search(text_b))


_PLANNED = re.compile(r"\b(?:scheduled|due|timetabled|set|planned) to\b", re.I)
_LATE = re.compile(r"\b(?:late|delayed|delay|finally|behind schedule)\b", re.I)


def _whole_and_nation(text_a: str, text_b: str) -> bool:
    """Whether one version tells of the whole world or nation, and the other of a country or a place it does not name
    ("Global sales at the carmaker rose 6%" / "The carmaker's sales in Japan fell 8%", "Across France, 2,000 schools
    were closed" / "The strike closed 300 schools in Paris")."""
    if _WHOLE.search(text_a) and not _WHOLE.search(text_b):
        return bool(_nations(text_b) - _nations(text_a)) or bool(
            {m.lower() for m in _IN_PLACE.findall(text_b)} - {m.lower() for m in _NAME.findall(text_a)})  # ("In
        # Europe smartphone shipments slipped 2%")
    return bool(_NATIONWIDE.search(text_a)) and not _NATIONWIDE.search(text_b) and not _NATIONAL.search(
        text_b) and bool(
        {m.lower() for m in _IN_PLACE.findall(text_b)} - {m.lower() for m in _NAME.findall(text_a)})


def nations_apart(text_a: str, text_b: str) -> bool:
    """Whether each version names a country, by name, adjective or capital, and none the other names ("Unemployment
    in Spain fell to 11%" / "Unemployment in Greece rose to 10%")."""
    x, y = _nations(text_a), _nations(text_b)
    return bool(x and y and x.isdisjoint(y))


def _nations(text: str) -> set[str]:
    """The countries a text names, but where a party is based ("the Helsinki-based software group")."""
    words = [w.lower() for w in _NAME.findall(_BASED.sub("", text))]
    words = [w.replace(" ", "") for w in words]
    return {NATIONS.get(w, CAPITALS.get(w, w)) for w in words if w in NATIONS or w in CAPITALS or w in _COUNTRIES}


_WHOLE = re.compile(r"\b(?:global(?:ly)?|worldwide|across the world|around the world|euro ?zone|euro area)\b", re.I)
_NATIONWIDE = re.compile(r"\b(?:[Nn]ationwide|[Cc]ountrywide|[Aa]cross the country|(?:[Aa]cross|[Tt]hroughout) "
                         r"[A-Z]\w+)")
_NATIONAL = re.compile(r"\bnational\b", re.I)
_BASED = re.compile(r"\b[\w.]+-based\b")
_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][a-z]+)\b")
_NAME = re.compile(r"\b(?:[A-Z][a-z]+|US|UK|U\. ?S\.|U\. ?K\.)")
_COUNTRIES = NATION_NAMES


def each_names_apart(table: tuple[tuple[str, re.Pattern[str]], ...], text_a: str, text_b: str) -> bool:
    """Whether each text names an entry of ``table`` (name, pattern), and none the other names."""
    x, y = _named(table, text_a), _named(table, text_b)
    return bool(x and y and x.isdisjoint(y))


@lru_cache(maxsize=16384)
def _named(table: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> frozenset[str]:
    """The entries of ``table`` a text names (read once a version and table: one version is compared with many)."""
    return frozenset(name for name, pattern in table if pattern.search(text))


MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
# Families of kinds: versions that each name a kind of one family, and none in common, tell of two things
_KINDS = tuple(tuple((kind, re.compile(pattern, re.I)) for kind, pattern in family) for family in (
    (("core", r"\bcore (?:inflation|rate|prices|measure|index)"),
     ("headline", r"\bheadline (?:inflation|rate|figure)")),
    (("youth", r"\byouth (?:unemployment|jobless)"), ("rate", r"\b(?:unemployment|jobless(?:ness)?) rate\b")),
    (("early", r"\b(?:early|morning|opening|intraday|midday|afternoon) (?:trad|deal|session)\w*|\bat one point\b|"
               r"\bat midday\b|\bat the open\b"),
     ("close", r"\bclos(?:e|ed|ing) (?:[\d.]+ ?(?:%|percent|per cent|points?) )?(?:down|up|at|higher|lower)\b|"
               r"\bat the close\b")),
    (("test", r"\btest (?:series|match)"), ("one-day", r"\bone-day\b|\bodi\b|\bt20\b|\btwenty20\b")),
    (("committee", r"\bin (?:the )?committee\b"), ("floor", r"\bon the (?:\w+ )?floor\b|\bfloor vote\b")),
    (("first round", r"\bfirst round\b"), ("runoff", r"\brun-?off\b|\bsecond round\b")),
    (("profit", r"\b(?:profits?|earnings|net income)\b"), ("revenue", r"\b(?:revenues?|sales|turnover)\b"),
     ("market value", r"\bmarket (?:value|capitali[sz]ation)\b")),
    (("initial", r"\binitial(?:ly)?\b|\bpreliminary\b|\bfirst estimate"), ("later", r"\blater\b|\brevised\b")),
    (("cheapest", r"\bstart(?:s|ing)? (?:at|from)\b|\bcheapest\b|\bas little as\b"),
     ("dearest", r"\bmost expensive\b|\bas much as\b|\btop price")),
    (("proposed", r"\bwould (?:raise|lift|increase|cut|lower|reduce)\b"), ("current", r"\bcurrent(?:ly)?\b")),
    (("peak", r"\bat landfall\b|\bat (?:its|their) peak\b"), ("eased", r"\b(?:dropped|weakened|eased|slowed) to\b")),
    (("eastbound", r"\beastbound\b"), ("westbound", r"\bwestbound\b"), ("northbound", r"\bnorthbound\b"),
     ("southbound", r"\bsouthbound\b")),
    (("priced", r"\bpriced at\b"), ("opened at", r"\bopened at\b")),
    (("each", r"\beach\b(?! other)|\bapiece\b"), ("combined", r"\bcombined\b")),
    (("nasdaq", r"\bNasdaq\b(?! Stock Market)"), ("s&p", r"\bS&P\b|\bStandard (?:&|and) Poor's\b"), ("dow", r"\bDow\b"),
     ("ftse", r"\bFTSE\b"), ("dax", r"\bDAX\b"), ("cac", r"\bCAC\b"), ("nikkei", r"\bNikkei\b"),
     ("hang seng", r"\bHang Seng\b"), ("russell", r"\bRussell (?:1000|2000|3000)\b")),  # two market indexes
    (("london", r"\bLondon Stock Exchange\b"), ("new york", r"\bNew York Stock Exchange\b|\bNYSE\b"),
     ("nasdaq", r"\bNasdaq Stock Market\b"), ("tokyo", r"\bTokyo Stock Exchange\b")),
    (("diesel", r"\bdiesel\b"), ("petrol", r"\bpetrol\b|\bgasoline\b"),
     ("electric", r"\belectric (?:cars?|vehicles?)")),
    (("economy", r"\beconomy (?:class|fares?|seats?)"), ("business", r"\bbusiness[- ]class\b")),
    (("savings", r"\bsavings rates?\b"), ("mortgage", r"\bmortgage rates?\b")),
    (("men", r"\bmen's\b"), ("women", r"\bwomen's\b")),
    (("rents", r"\brents?\b"), ("house prices", r"\b(?:house|home) prices\b")),
    (("deficit", r"\bdeficit\b"), ("debt", r"\bdebt\b")),
    (("state before", r"\bhad been (?:closed|shut|suspended|halted) for\b"),
     ("again", r"\bre(?:opened|started|sumed)\b"))))
# Two chambers, named with capitals: their tallies are two ("passed the House by 220 votes to 210" / "passed the Senate
# 51-49"), but which of them passed a bill is one thing told two ways
_CHAMBERS = (("house", re.compile(r"\bHouse\b")), ("senate", re.compile(r"\bSenate\b")))


def _now_and_then(text_a: str, text_b: str) -> bool:
    """Whether one version tells of now and the other of a month or a year, not the other way too."""
    now_a, now_b = (bool(_NOW.search(t)) for t in (text_a, text_b))
    then_a, then_b = (bool(_IN_MONTH.search(t)) for t in (text_a, text_b))
    return now_a != now_b and (then_b if now_a else then_a) and not (then_a if now_a else then_b)


_NOW = re.compile(r"\b(?:now|currently)\b", re.I)
_IN_MONTH = re.compile(rf"\b(?:in (?:{MONTH_NAMES})|(?:in|from) (?:19|20)\d\d)\b", re.I)  # (or a year: "NHS data from
# 2019" / "now exceed 40 weeks")


def _securities_apart(text_a: str, text_b: str) -> bool:
    """Whether the two versions name securities of two terms, and none of one term."""
    x, y = ({m.group(1).lower() for m in _SECURITY.finditer(text)} for text in (text_a, text_b))
    return bool(x and y and x.isdisjoint(y))


_SECURITY = re.compile(r"\b(\w+)[- ]year (?:us |u\.s\. |benchmark |government |treasury )*"
                       r"(?:note|bond|yield|gilt|bund)", re.I)
_SUBSIDIARY = re.compile(r"\b(?:[Gg]roup|[Cc]ompany|[Ff]irm|[Pp]arent|[Bb]ank|[Cc]arrier|[Cc]onglomerate)'s (?:\w+ )?"
                         r"(?:subsidiary|unit|division|arm|affiliate|brand)\b|\b[A-Z]\w+'s (?:\w+ )?(?:subsidiary|"
                         r"division|affiliate|brand)\b|\b(?:[Aa]|[Tt]he) (?:\w+ )?subsidiary of\b")


def intent_and_act(text_a: str, text_b: str) -> bool:
    """Whether one version tells what one said one would do or not, and the other what one did later ("The minister
    said he would not resign" / "The minister resigned two weeks later")."""
    return any(bool(_INTENT.search(x)) and not _INTENT.search(y) and bool(_LATER.search(y)) and not _LATER.search(x)
               for x, y in ((text_a, text_b), (text_b, text_a)))


_INTENT = re.compile(r"\b(?:said|says|vowed|pledged|promised|insisted) (?:that )?(?:he|she|it|they|the \w+) would\b",
                     re.I)
_LATER = re.compile(r"\b(?:(?:\w+ )?(?:days?|weeks?|months?|years?) later|eventually|subsequently)\b", re.I)


def chambers_apart(text_a: str, text_b: str) -> bool:
    """Whether each version names one chamber and not the other's (``_CHAMBERS``)."""
    return each_names_apart(_CHAMBERS, text_a, text_b)


def runs_apart(text_a: str, text_b: str) -> bool:
    """Whether two versions count over two runs of time (``_RUNS``), or over two spans told back from now ("over the
    past 15 months" / "in the past six weeks")."""
    x, y = _spans_back(text_a), _spans_back(text_b)
    return each_names_apart(_RUNS, text_a, text_b) or bool(x and y and x.isdisjoint(y))


@lru_cache(maxsize=16384)
def _spans_back(text: str) -> frozenset[tuple[str, str]]:
    """The spans a version tells back from now ("over the past 15 months": ("15", "month")); read once a version."""
    return frozenset((m.group(1).lower(), m.group(2).lower().rstrip("s")) for m in _PAST.finditer(text))


_PAST = re.compile(r"\b(?:over|in|during) the (?:past|last|previous) (\w+) (days?|weeks?|months?|years?)\b", re.I)


def weekend_apart(text_a: str, text_b: str) -> bool:
    """Whether one version counts over a weekend and the other on one day of it."""
    return each_names_apart(_WEEKEND, text_a, text_b)


# Runs of time a count is told over: since a start or so far, and one period ("has killed 1,200 people since the
# outbreak began" / "killed 40 people this week"), or two periods ("lost 12% last year" / "has lost 3% so far this
# year", "carries 50 million passengers a year" / "carried 4 million in July", "arrested 15 people on Saturday" /
# "40 over the weekend")
_RUNS = tuple((run, re.compile(pattern, re.I)) for run, pattern in (
    ("so far", r"\b(?:since|so far|to date|in total|altogether)\b"),
    ("this week", r"\b(?:this|last|past) week\b"), ("this month", r"\b(?:this|last|past) month\b"),
    ("this year", r"\bthis year\b"), ("last year", r"\blast year\b"), ("a year", r"\b(?:a|per|each) year\b"),
    *((month, rf"\bin {month}\b") for month in MONTH_NAMES.split("|"))))
_WEEKEND = tuple((run, re.compile(pattern, re.I)) for run, pattern in (
    ("weekend", r"\b(?:over|during|at) the weekend\b|\bthis weekend\b"), ("saturday", r"\bon saturday\b"),
    ("sunday", r"\bon sunday\b")))
# What one version says and the other not: a subsidiary, another of its kind, a part of a group
# None at all, against which one of a group is no other thing ("No shots were fired" / "One of the robbers fired one")
_NONE_AT_ALL = re.compile(r"(?:^|[,;] |\b(?:that|said|says) )(?:no \w+|all (?:of )?the \w+|none of the \w+) "
                          r"(?:was|were|has|have|had)\b",
                          re.I)  # ("All of the survivors were wearing" / "Several of the survivors were not wearing";
# "Officials said that none of the cracks were spotted")
_ONE_SIDED = (("subsidiary", _SUBSIDIARY), ("another", _ANOTHER), ("part of", _PART_OF),
              ("futures", re.compile(r"\bfutures\b", re.I)))  # ("S&P 500 futures fell" / "the S&P 500 rose")
