"""Another doer named in the same place, every other word kept: "Pakistani troops violated the ceasefire, an
Indian army spokesman said" / "Indian troops violated the ceasefire, an Indian army spokesman said", "rating
agency Moody's downgraded the city" / "rating agency Fitch downgraded the city", "the exchange was brokered by
the United Arab Emirates" / "... by Turkey".

``doers`` leaves out a doer the other version names anywhere; here the two versions differ only there, so the
difference is the doer. The words that differ must be a name (in capitals, or a country's adjective) on each side,
sharing no word or country (a capital is its country's: "Cairo" / "Egypt"), neither only a title; and they must be
the doer: after "by" in the passive, or the subject of the verb that follows them, a verb no one does alone (not
saying or taking a stance: "US officials said" / "Israeli officials said", "Merkel urged restraint" / "Macron
urged restraint")."""

from __future__ import annotations

import re
import unicodedata

from analyst_tui.core.conflicts.anchored import loose
from analyst_tui.core.conflicts.days import MONTHS, WORDS as DAY_WORDS
from analyst_tui.core.conflicts.nations import CAPITALS, NATION_NAMES, NATIONS, country, related
from analyst_tui.core.conflicts.numbers import CURRENCY_SIGNS, WORD_NUMBERS
from analyst_tui.core.conflicts.particulars import ORDINALS
from analyst_tui.core.conflicts.receivers import given_to, receiver_in_place
from analyst_tui.core.conflicts.reversal import BE, active_verb
from analyst_tui.core.conflicts.tokens import CLAUSE_WORDS, Tok, joined, stem
from analyst_tui.core.model import ConflictKind

_COUNTRIES = NATION_NAMES
MAX_CHARS = 60  # letters of each text left between what the two share at the start and the end
MAX_NAME = 6  # words of a name that differs ("Airbus Defence and Space")
# Verbs of saying and of stance: anyone may do them ("Trump called for calm" / "Putin called for calm").
SAYING = frozenset(stem(w) for w in """said says say told tells reported reports announced claimed added stated
    confirmed denied according wrote called calls urged urges warned warns welcomed condemned praised criticised
    criticized described expressed demanded appealed vowed pledged promised insisted asked backed supported contributed
    opposed rejected accused blamed thanked congratulated""".split())
TITLES = frozenset(stem(w) for w in """the mr mrs ms miss dr sir dame lord lady president prime minister governor
    senator judge justice chief general colonel captain coach manager secretary mayor king queen prince princess pope
    rev officer sergeant inspector detective constable professor premier chancellor""".split())
_ADVERBS = frozenset("since also now already still then later again not never".split())
_CLAIMED = frozenset(("responsibility", "credit"))
APPEALED = frozenset("the against a an his her their its".split())  # "appealed the verdict"; not "appealed for calm"
_BODIES = frozenset(stem(w) for w in """authority ministry department council commission agency group bank
    university office service court company corporation association institute board committee foundation fund
    trust""".split())
_PEERAGES = frozenset("duke duchess earl countess marquess marchioness viscount baron baroness prince princess".split())
_SUBORDINATE = frozenset("after before when until since once if unless".split())
_LINKS = frozenset("and of de the".split())  # inside a name: "Defence and Space", "Bank of England"
_AUX = BE | frozenset("has have had will would could may might can".split())

def nearly_the_same(x: str, y: str) -> bool:
    """Whether two texts may differ only in a few words, or in two parties exchanged (``exchange``): the same length,
    or what their letters share at the start and the end leaves little of either."""
    if len(x) == len(y) or len(x) - x.count(",") == len(y) - y.count(",") and (x[:6] == y[:6] or x[-6:] == y[-6:]):
        return True  # (or but for a comma: a name set off in one place only, ``exchange``)
    if abs(len(x) - len(y)) <= _THE and x[-6:] == y[-6:] and _words_of(x) == _words_of(y):
        return True  # (two parties exchanged, one named with "the" in one place only: ``exchange``)
    if abs(len(x) - len(y)) > MAX_CHARS or x[:6] != y[:6] and x[-6:] != y[-6:]:
        return False  # (one thing put in another's place leaves the start or the end as it was)
    start = _shared_start(x, y)
    end = _shared_start(x[start:][::-1], y[start:][::-1])
    return len(x) - start - end <= MAX_CHARS and len(y) - start - end <= MAX_CHARS


_THE, _WORD = len("the "), re.compile(r"\w+")


def _words_of(text: str) -> list[str]:
    return sorted(w for w in _WORD.findall(text.lower()) if w != "the")


def _shared_start(x: str, y: str) -> int:
    """How many letters two texts share at their start (by halves: a few comparisons of slices)."""
    lo, hi = 0, min(len(x), len(y))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if x[:mid] == y[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def substitution_conflict(xs: list[Tok], ys: list[Tok], spans: tuple[int, int]) -> tuple[ConflictKind, str, str] | None:
    """Another doer or another figure in the same place, if the versions differ only there (``spans``: what
    ``differing`` gives them)."""
    p, s = spans
    if len(xs) - s - p == 1 == len(ys) - s - p:
        shown = _figure_in_place(xs, ys, p)
        if shown:
            return "figure", shown[0], shown[1]
        if {xs[p].low, ys[p].low} == _TO_FROM and p > 1 and xs[p - 1].low not in _AWAY:  # the other way: "leased
            return "role", joined(xs[max(0, p - 4) : p + 4]), joined(ys[max(0, p - 4) : p + 4])  # the tank cars
            # from Oxivon" / "to Oxivon" (not "20 miles from the coast" / "20 miles to the coast")
    shown = _doer_in_place(xs, ys, p, s) or receiver_in_place(xs, ys, p, s)
    return ("role", shown[0], shown[1]) if shown else None


_TO_FROM = frozenset(("to", "from"))
_AWAY = frozenset("miles mile km kilometres kilometers metres meters feet yards minutes hours away".split())


def differing(xs: list[Tok], ys: list[Tok]) -> tuple[int, int] | None:
    """How many words the two versions share at their start and at their end (None: the same words, or more than a
    name's words differ)."""
    n, m = len(xs), len(ys)
    if abs(n - m) >= MAX_NAME:
        return None
    p = 0
    while p < min(n, m) and xs[p].low == ys[p].low:
        p += 1
    if p == n == m:
        return None
    s = 0
    while s < min(n, m) - p and xs[n - 1 - s].low == ys[m - 1 - s].low:
        s += 1
    if n - p - s > MAX_NAME or m - p - s > MAX_NAME:
        return None
    return p, s


def _figure_in_place(xs: list[Tok], ys: list[Tok], p: int) -> tuple[str, str] | None:
    """Another figure in the same place, every other word kept: "over two years" / "over three years", "31 of the
    40 drones" / "21 of the 40 drones", "its fourteenth increase" / "its twelfth increase", "in July" / "in April"."""
    if xs[p].low in CURRENCY_SIGNS and ys[p].low in CURRENCY_SIGNS and p + 1 < len(xs) and xs[p + 1].is_number and (
            CURRENCY_SIGNS[xs[p].low] != CURRENCY_SIGNS[ys[p].low]):
        return _shown(xs, p, p + 2), _shown(ys, p, p + 2)  # another currency: "its £310m takeover" / "its $310m"
    x, y = _figure(xs[p]), _figure(ys[p])
    if x is None or y is None or x == y or x[0] != y[0] or x[0] == "number" and any(
            0 <= j < len(xs) and xs[j].is_number for j in (p - 1, p + 1)):
        return None  # (not a part of a telephone number: "0845 125 2222")
    if x[0] == "number" and _clock(xs, p) and _clock(ys, p):
        if abs(_minutes(x[1]) - _minutes(y[1])) < _MINUTES_APART:
            return None  # ("at 6.04pm" / "at 6.10pm": one moment, read off two clocks)
        return _shown(xs, p, p + 2), _shown(ys, p, p + 2)  # ("touched down at 6.04pm" / "at 6.40pm")
    if x[0] == "number" and (loose(xs, p, x[1], y[1]) or loose(ys, p, y[1], x[1])):
        return None  # "at least 20" / "at least 24", "about 300" / "about 320", "9 million" / "9.4 million", a time
    return _shown(xs, p, p + 1), _shown(ys, p, p + 1)


_MINUTES_APART = 10
_AM_PM = frozenset("am pm a.m. p.m. a.m p.m".split())


def _clock(toks: list[Tok], k: int) -> bool:
    """Whether the number at ``k`` is a time of day with its minutes ("6.04pm", "6.40 p.m.")."""
    low = toks[k].low
    return "." in low and len(low.split(".")[-1]) == 2 and k + 1 < len(toks) and toks[k + 1].low in _AM_PM


def _minutes(value: float) -> int:
    """The minutes past midnight of a time written as hours and minutes ("6.40": 400)."""
    hours = int(value)
    return hours * 60 + round((value - hours) * 100)


def _figure(t: Tok) -> tuple[str, float] | None:
    """(what kind of figure, its value) of one word: a number in digits or words, an ordinal, a month."""
    low = t.low
    if t.is_number:
        try:
            return "number", float(low.replace(",", ""))
        except ValueError:
            return None
    if low in WORD_NUMBERS:
        return "number", float(WORD_NUMBERS[low])
    if low in ORDINALS:
        return "ordinal", float(ORDINALS[low])
    if low in MONTHS:
        return "month", float(MONTHS[low])
    return None


def _doer_in_place(xs: list[Tok], ys: list[Tok], p: int, s: int) -> tuple[str, str] | None:
    """The two doers named in the same place."""
    if title_case(xs) or title_case(ys):
        return None  # (a capital in a headline's every word names nothing)
    if p in (len(xs) - s, len(ys) - s):
        return None  # words one version adds to a name (not "Former president Jimmy Carter" / "President Jimmy Carter")
    x, y = whole(xs, p, len(xs) - s), whole(ys, p, len(ys) - s)
    if not p and not (nation(xs[0]) and nation(ys[0]) or marked(x) or marked(y) or _opening_names(xs, ys, x, y)):
        return None  # (a capital at a sentence's start may be any word: "Police arrested" / "Officers arrested")
    if not (_name(x) and _name(y)) or same_party(x, y) or initials(x, y) or initials(y, x):
        return None  # (nor "The RCMP seized" / "The Royal Canadian Mounted Police seized")
    if not (after_by(xs, p) or _doer_of(xs, p) or given_to(xs, p) or _done_to(xs, p, len(xs) - s) or _subject(
            xs, p, len(xs) - s) and _subject(ys, p, len(ys) - s)):
        return None
    return _shown(xs, p, len(xs) - s), _shown(ys, p, len(ys) - s)


def _doer_of(toks: list[Tok], start: int) -> bool:
    """A name the passive doer is of, at or from: "was identified by a marine archaeologist at the University of
    Cádiz" / "... of Miami" (two doers; not where it was done: "by police in Leeds")."""
    of = False
    for j in range(start - 1, max(-1, start - 10), -1):
        low = toks[j].low
        if low == "by":
            return of and after_by(toks, j + 1)
        of = of or low in _OWNED_BY
        if toks[j].is_break or low in CLAUSE_WORDS or low in _AUX or not toks[j].is_word:
            return False
    return False


_OWNED_BY = frozenset(("of", "at", "from"))


def _done_to(toks: list[Tok], start: int, end: int) -> bool:
    """The one an act is done to, named before what it is, after its verb, an article and a particle: "the referee
    sent off the Liverpool captain" / "... the Everton captain" (not what is said: "said the Kremlin"; nor a name
    alone, which may be a nickname: "beat the Spurs" / "beat Tottenham")."""
    if not (end < len(toks) and toks[end].is_word and not toks[end].cap and toks[end].low not in CLAUSE_WORDS and (
            toks[end].low not in _OBJECT_PARTICLES) and toks[end].low not in _PREPOSITIONS):
        return False
    j = start - 1
    if j > 0 and toks[j].low in ("the", "a", "an"):
        j -= 1
    if j > 0 and toks[j].low in _OBJECT_PARTICLES:
        j -= 1  # ("sent off the")
    return 0 < j < len(toks) - 1 and toks[j].is_word and not toks[j].cap and active_verb(toks, j) and (
        stem(toks[j].low) not in SAYING)


_OBJECT_PARTICLES = frozenset("off out up down over in back away".split())
_PREPOSITIONS = frozenset("""on at for with from to by after before during near since until of into onto about against
    between under across around amid as than""".split())  # ("struck Bandar Abbas on Sunday": a place, not one's kind)


# Words for people or bodies in general that open a sentence in capitals ("Police arrested", "Officials said").
_GENERAL = frozenset(stem(w) for w in """police officers detectives investigators prosecutors officials authorities
    ministers lawmakers legislators senators mps councillors regulators inspectors firefighters rescuers paramedics
    medics doctors nurses scientists researchers experts analysts economists investors traders shareholders workers
    employees staff unions protesters demonstrators activists campaigners residents locals villagers families relatives
    parents students pupils teachers fans supporters voters troops soldiers forces militants rebels insurgents fighters
    gunmen attackers thieves burglars robbers looters hackers vandals coastguards guards volunteers organisers
    organizers critics opponents leaders judges jurors lawyers agents diplomats negotiators engineers builders
    contractors developers buyers sellers customers passengers drivers pilots crew crews divers climbers hikers
    tourists visitors witnesses survivors victims patients neighbours neighbors people someone everyone nobody
    he she it they we you i this that these those both some many most all others each several few none one two three
    there here meanwhile however earlier later yesterday today tonight then now""".split())


def _opening_names(xs: list[Tok], ys: list[Tok], x: list[Tok], y: list[Tok]) -> bool:
    """Two words in capitals that open the sentences, each a name: neither a word for people or bodies in general,
    a title or a body's kind, before the same verb ("Sportsbet was fined" / "Ladbrokes was fined", "Siemens has
    agreed to acquire" / "Philips has agreed to acquire")."""
    vx, vy = _past_aside(xs, 1), _past_aside(ys, 1)  # ("Malhotra, playing white, opened" / "Verhoeven, playing
    # white, opened")
    if len(x) != 1 or len(y) != 1 or len(xs) < vx + 2 or len(ys) < vy + 2 or xs[vx].low != ys[vy].low:
        return False
    if not (xs[vx].low in _AUX or active_verb(xs, vx)):
        return False
    return not any(stem(t.low) in _GENERAL or stem(t.low) in TITLES or stem(t.low) in _BODIES or t.low in NATIONS
                   for t in (x[0], y[0]))


def _past_aside(toks: list[Tok], k: int) -> int:
    """Where the word at ``k`` stands, or past an aside set off by commas that opens there ("Malhotra, playing white,
    opened": at "opened")."""
    if k >= len(toks) or toks[k].low != ",":
        return k
    close = next((j for j in range(k + 1, min(len(toks), k + 11)) if toks[j].is_break), None)
    return close + 1 if close is not None and toks[close].low == "," else k


# Parties named by their members, with "the" ("the Liberal Democrats"): not nicknames.
_PARTIES = frozenset("""democrats republicans conservatives liberals greens tories socialists nationalists unionists
    communists independents""".split())


def nickname(x: list[Tok], y: list[Tok]) -> bool:
    """Whether one of two names may be the other's nickname: "the" and a plural ("The Gunners" / "Arsenal", "the Red
    Devils" / "Manchester United"), against a name without "the"."""
    def plural_with_the(name: list[Tok]) -> bool:
        return len(name) > 1 and name[0].low == "the" and name[-1].low.endswith("s") and name[-1].cap and (
            name[-1].low not in _PARTIES)
    return plural_with_the(x) and y[0].low != "the" or plural_with_the(y) and x[0].low != "the"


def whole(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The words that differ with the rest of the name they are part of ("Governor Sarah Palin", "INS Sukanya")."""
    while start > 1 and toks[start - 1].cap and toks[start - 1].is_word:
        start -= 1
    while end < len(toks) and toks[end].cap and toks[end].is_word:
        end += 1
    return toks[start:end]


def marked(name: list[Tok]) -> bool:
    """Whether words are a name wherever they stand: two in capitals ("Octopus Energy", "S&P Global"), a possessive
    ("Moody's"), or capitals inside a word ("LockBit", "CalPERS", "FBI")."""
    caps = [t for t in name if t.is_word and t.cap and t.low != "the"]
    return len(caps) >= 2 or any(t.low == "'s" for t in name) or any(
        len(t.text) > 1 and any(c.isupper() for c in t.text[1:]) for t in caps)


def initials(x: list[Tok], y: list[Tok]) -> bool:
    """Whether one name is the initials of the other ("NSRI" / "National Sea Rescue Institute", "RCMP" / "Royal
    Canadian Mounted Police"), or the first letters of one of its words ("the Fed" / "the US Federal Reserve"), or
    a part of one ("Spurs" / "Tottenham Hotspur")."""
    short = [t.text.replace("&", "") for t in x if t.is_word]
    if len(short) > 1 and all(len(w) == 1 and w.isupper() for w in short):
        short = ["".join(short)]  # ("P&W" / "Pratt & Whitney")
    if len(short) != 1 or len(short[0]) < 2:
        return False
    clipped = short[0].lower()
    if len(clipped) >= 3 and any(t.low.startswith(clipped) and t.low != clipped for t in y if t.is_word and t.cap):
        return True
    core = clipped.rstrip("s")
    if len(core) >= 4 and any(core in t.low and t.low != clipped for t in y if t.is_word and t.cap):
        return True  # ("Spurs" / "Tottenham Hotspur")
    letters = "".join(t.text if t.text.isupper() and len(t.text) <= 3 else t.text[0]  # ("HM Revenue and Customs":
                      for t in y if t.is_word and t.cap and t.low not in _LINKS)  # "HMRC")
    return short[0].isupper() and short[0] in letters


def nation(t: Tok) -> bool:
    """Whether a word names a country, or is its adjective ("Egypt", "Egyptian")."""
    return t.low in NATIONS or t.low in _COUNTRIES


def title_case(toks: list[Tok]) -> bool:
    """Whether the text is a headline in title case: three in four of its longer words in capitals (a sentence
    full of names has more words in small letters: "Senator Paul Weber of the Green Party introduced the bill")."""
    words = [t for t in toks if t.is_word and len(t.low) > 3]
    return len(words) >= 3 and 4 * sum(1 for t in words if t.cap) >= 3 * len(words) and not any(
        not t.cap and len(t.low) > 4 and t.low.endswith("ed") for t in words)  # (a verb in small letters: a sentence
    # naming its parties, "The Health Ministry fined Medline Pharma")


def _name(toks: list[Tok]) -> bool:
    return 0 < len(toks) <= MAX_NAME and all(t.cap or t.low in NATIONS or t.low in _LINKS or t.low.endswith("'s")
                                             for t in toks if t.is_word) and any(
        t.is_word and (t.cap or t.low in NATIONS) and t.low not in _LINKS and t.low not in DAY_WORDS for t in toks)


def same_party(x: list[Tok], y: list[Tok]) -> bool:
    """Whether the two may name one party: a word in common (a country and its adjective too, accents aside), a
    title only ("the Prime Minister" / "Tony Blair"), aliases, or a nickname ("The Gunners" / "Arsenal")."""
    if nickname(x, y):
        return True
    wx = frozenset(stem(_country(_plain(t.low))) for t in x if t.is_word and t.low not in _LINKS)
    wy = frozenset(stem(_country(_plain(t.low))) for t in y if t.is_word and t.low not in _LINKS)
    if wx <= TITLES or wy <= TITLES or wx <= _BODIES or wy <= _BODIES:
        return True  # (a title or a kind of body only: "the Authority")
    if any(t.is_word and t.low in _PEERAGES for n in (x, y) for t in n[:2]):
        return True  # a peer's title names a person who has a name too ("The Duke of Sussex" / "Prince Harry")
    if _kin(x, y):
        return False
    return related(wx - _BODIES, wy - _BODIES)  # (not "Securities and Commodities Authority" / "Dubai Financial
    # Services Authority": one word of a kind of body in common)


def _kin(x: list[Tok], y: list[Tok]) -> bool:
    """Two people of one family name and two given names ("Dr Mary Ellis" / "Dr John Ellis")."""
    nx, ny = ([t for t in n if t.is_word and t.cap and stem(t.low) not in TITLES and t.low not in _LINKS] for n in (x, y))
    return len(nx) >= 2 and len(ny) >= 2 and nx[-1].low == ny[-1].low and nx[0].low != ny[0].low and all(
        len(t.text) > 2 and not t.text.isupper() and t.low not in NATIONS and t.low not in _COUNTRIES
        for t in (nx[0], ny[0]))  # (not initials: "INS Sukanya" / "Warship Sukanya")


def _country(word: str) -> str:
    """The country a word names: its adjective's ("egyptian"), its capital's ("cairo"), else the word."""
    return CAPITALS.get(word) or country(word)


def _plain(word: str) -> str:
    """The word without accents ("vendôme" -> "vendome")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def after_by(toks: list[Tok], start: int) -> bool:
    """A passive doer: "was brokered by Turkey", "was discovered by a team from the University of Geneva"."""
    for j in range(start - 1, max(-1, start - 6), -1):
        if toks[j].low == "by":  # ("was brokered by", "was set up in 1995 by")
            before = toks[max(0, j - 6) : j]
            cut = max((i + 1 for i, t in enumerate(before) if t.is_break), default=0)
            return j > 0 and any(t.low in BE for t in before[cut:])
        if toks[j].is_break or toks[j].low in CLAUSE_WORDS:
            return False
    return False


def _subject(toks: list[Tok], start: int, end: int) -> bool:
    return subject_of(toks, start, end) is not None


def subject_of(toks: list[Tok], start: int, end: int) -> int | None:
    """The verb just after the name at ``start:end`` (not a verb of saying) when the name is in its subject, with no
    verb between its clause's start and it; else None."""
    end = _past_aside(toks, end)  # ("Malhotra, playing white, opened")
    verb = next((k for k in range(end, min(len(toks), end + 4)) if _verb(toks, k)), None)
    if verb is None:
        return None
    main = verb
    while main + 1 < len(toks) and (toks[main].low in _AUX or toks[main].low in _ADVERBS or toks[main].low.endswith(
            "ly")) and toks[main + 1].is_word:
        main += 1  # "has since asked": the verb after its auxiliaries and adverbs
    if any(stem(toks[k].low) in SAYING and (k + 1 == len(toks) or toks[k + 1].low not in _CLAIMED) and not (
            stem(toks[k].low) == "appeal" and k + 1 < len(toks) and toks[k + 1].low in APPEALED)
           for k in {verb, main, min(verb + 1, len(toks) - 1)}):
        return None  # (but "claimed responsibility for the attack" and "appealed the verdict" are deeds)
    for j in range(start - 1, -1, -1):
        t = toks[j]
        if t.is_break or t.low in CLAUSE_WORDS or t.low in _SUBORDINATE or stem(t.low) in SAYING:
            return verb  # (a clause's start: "the sale fell through after the buyer pulled out")
        if _verb(toks, j):
            return None
    return verb


def _verb(toks: list[Tok], k: int) -> bool:
    return toks[k].low in _AUX or 0 < k < len(toks) - 1 and active_verb(toks, k)


def _shown(toks: list[Tok], start: int, end: int) -> str:
    return joined(toks[max(0, start - 2) : min(len(toks), end + 3)])


__all__ = ["APPEALED", "SAYING", "TITLES", "after_by", "differing", "initials", "marked", "nation", "nearly_the_same", "nickname", "same_party", "subject_of",
           "substitution_conflict", "title_case", "whole"]
