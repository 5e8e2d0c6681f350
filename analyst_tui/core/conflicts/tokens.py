"""Word tokens for contradiction checks: lower-cased words, numbers and clause breaks.

Only used to compare versions of a claim; offsets and displayed text always come from the
article. Possessives are split off ("Sudan's" -> "sudan", "'s"), curly quotes and dashes folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analyst_tui.core.textnorm import stem as snowball
from analyst_tui.core.wordforms import BRITISH, IRREGULAR, IRREGULAR_PAST

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                       "\u2013": "-", "\u2014": "-"})  # fmt: skip
_TOKEN = re.compile(r"n't|'s\b|\d+(?:[.,]\d+)*|(?:[A-Za-z]\.){2,}|(?-i:(?![RKN]\d)[A-Z]{1,3}\d+\b)"
                    r"|(?-i:\b[A-Z]{1,2}&[A-Z]{1,2}\b)|[^\W\d_]+(?:'[^\W\d_]+)*|[^\w\s]", re.I)  # (a code of capitals
# and digits is one word: the A14 road, the G7, flight MH17; not "R3 billion", rand; so are "A&E", "P&O", "AT&T")
# "6. 1" in tokenised sources is a decimal; a thousands comma followed by a space is rejoined too.
_SPACED_DECIMAL = re.compile(r"(?<=\d) ?\. (?=\d)|(?<=\w) (?='s\b)")
BREAKS = frozenset(",;:.!?()[]\"")  # a clause ends here
CLAUSE_WORDS = frozenset("and but or while although though whereas because however yet which who whom that".split())


class Tok:
    """One token: as written (quotes folded), lower-cased, and what sort of token it is."""

    __slots__ = ("text", "low", "cap", "is_word", "is_number", "is_break")

    def __init__(self, text: str, low: str, cap: bool) -> None:
        self.text = text
        self.low = low
        self.cap = cap  # starts with a capital letter
        first = low[:1]
        self.is_word = first.isalpha()
        self.is_number = first.isdecimal()  # not "³": int() refuses it
        self.is_break = low in BREAKS  # a clause ends here

    def __repr__(self) -> str:
        return f"Tok({self.text!r})"


# The endings of adverbs in "-ly" ("verbally", "overwhelmingly", "repeatedly"; not "assembly", "family", "supply").
_ADVERB_ENDINGS = ("ally", "ingly", "edly", "ously", "fully", "ably", "ibly", "ively", "ently", "antly", "tely",
                   "lessly", "ckly", "ctly", "owly", "dly", "ghly", "rply", "ngly", "arly", "ftly", "mly", "rtly")
_NOT_ADVERBS = frozenset("rally tally sally early".split())


def adverb(t: Tok) -> bool:
    """Whether a word is an adverb in "-ly" ("verbally", "repeatedly", "overwhelmingly")."""
    return t.is_word and not t.cap and len(t.low) > 4 and t.low.endswith(_ADVERB_ENDINGS) and t.low not in _NOT_ADVERBS


TITLE_ABBREVIATIONS = frozenset("""Sen Rep Gov Gen Lt Col Sgt Capt Cmdr Adm Maj Cpl Pte Dr Mr Mrs Ms Prof Rev Supt
    Insp Det Hon Fr Sr Sra Mme Mlle St Mt Ft""".split())  # written with a full stop before a name: "Sen. Patty Murray",
# "St. Brenna's Hospital"


_PLACES = ("Ont|Que|Alta|Sask|Man|Calif|Fla|Tex|Ariz|Colo|Conn|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
           "Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo")  # AP's abbreviations of states and provinces
_ABBREVIATED = re.compile(r"\b(?:(" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.(?= [A-Z])|(" + _PLACES + r")\.(?=,))")


def tokenize(text: str) -> list[Tok]:
    text = text.translate(_FOLD)
    # Each rewriting below runs only on a text with what it needs (most are of figures), found cheaply first.
    digits = _DIGIT.search(text) is not None
    if digits and ". " in text or " '" in text:
        text = _SPACED_DECIMAL.sub(_join, text)
    if digits:
        if ", " in text:
            text = _SPACED_THOUSANDS.sub(r"\1,", text)
        if "," in text:
            text = _DECIMAL_COMMA.sub(".", text)
        if _SPACED_DIGITS.search(text):
            text = _SPACE_THOUSANDS.sub(_thousands, text)
        if "°" in text or _DIGIT_C_OR_F.search(text):
            text = _DEGREES.sub(_degrees, text)  # "42C", "108 °F": "42 degrees C"
        if ":" in text:
            text = _RACE_TIME.sub(_race_time, text)  # "in 2:04:12": "in 2 hours, 4 minutes and 12 seconds"
    if "o-o" in text:
        text = _CO_HYPHEN.sub(r"\1o", text)  # "co-operate", "co-ordinate": one word, as "cooperate" is
    if ". " in text or ".," in text:  # (a full stop inside the text: perhaps "Sen. Patty Murray" or "Ont.,", which do
        text = _ABBREVIATED.sub(r"\1\2", text)  # not end a sentence)
    if "'" in text:
        if "' s" in text:
            text = _SPACED_POSSESSIVE.sub("'s", text)
        if "s' " in text:
            text = _PLURAL_POSSESSIVE.sub("s's", text)
        low = text.lower()
        if "'t" in low or "' t" in low:
            text = _SPACED_NT.sub("n't", text)
            low = text.lower()
        if "n't" in low or "'s" in low:
            text = _SPLIT.sub(r" \1", text)
    cache = _TOKS
    if len(cache) > 200_000:
        cache.clear()
    found = _TOKEN.findall(text)
    out = list(map(cache.get, found))  # (most words were seen before)
    if None in out:
        for k, w in enumerate(found):
            if out[k] is None:
                tok = cache.get(w)  # (a word twice in a new text)
                if tok is None:
                    tok = cache[w] = Tok(w, _READ_AS.get(w) or w.lower(), w[:1].isupper())
                out[k] = tok
    return out


_DIGIT = re.compile(r"\d")
_CO_HYPHEN = re.compile(r"\b([Cc])o-(?=o(?:perat|rdinat))")
_SPACED_DIGITS = re.compile(r"\d[ \u00a0\u202f]\d")  # (what ``_SPACE_THOUSANDS`` needs)
_DIGIT_C_OR_F = re.compile(r"\d[CF]")  # (what ``_DEGREES`` needs without a degree sign)
_TOKS: dict[str, Tok] = {}  # tokens are immutable, and most words recur: one object per spelling
# Names in capitals that are little words in small letters: "the WHO said" names the World Health Organization,
# not a relative clause.
# And "ex" is read as "former": "the ex-banker" / "the former banker".
# Words read as another: acronyms that are words too ("WHO"), "ex" for "former", and
_READ_AS = {"WHO": "w.h.o.", "US": "u.s.", "ex": "former", "Ex": "former",
             # a name in American spelling is the same name in British ("Arden Defense" / "Arden Defence")
             "Defense": "defence", "Harbor": "harbour", "Labor": "labour", "Center": "centre", "Theater": "theatre"}


def _join(m: re.Match[str]) -> str:
    return "." if "." in m.group() else ""


_SPLIT = re.compile(r"(?<=\w)(n't|'s)\b", re.I)
def _thousands(m: re.Match) -> str:
    """"50 000" -> "50,000"; not a day and a count ("on May 5 100 people")."""
    before = m.string[max(0, m.start() - 6) : m.start()].lower()
    return m.group() if _MONTH_BEFORE.search(before) else m.group(1) + ","


_MONTH_BEFORE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? $")
# Figures written the European or South African way: "R2,5 billion" is 2.5, "50 000 students" is 50,000.
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?![\d,]))")
_SPACE_THOUSANDS = re.compile(r"(?<![\d.,])\b(\d{1,3})[ \u00a0\u202f](?=\d{3}(?![\d.,]\d|\d))")
_SPACED_THOUSANDS = re.compile(r"(?<![\d.])(\b\d{1,3}(?:,\d{3})*), (?=\d{3}(?!\d))")  # "26, 000" in tokenised sources
_DEGREES = re.compile(r"(?<=\d) ?°(?: ?([CF])\b)?|(?<=\d)([CF])\b")


def _degrees(m: re.Match[str]) -> str:
    return f" degrees {m.group(1) or m.group(2) or ''}"


# A time taken, in hours, minutes and seconds ("won the marathon in 2:04:12"); not a time of day ("at 12:30:00 GMT").
_RACE_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)"
                        r"(?![\d:]|\.\d|\s*(?:[ap]\.?m\b|GMT|UTC|local|[A-Z]{2,4}T\b))")


def _race_time(m: re.Match[str]) -> str:
    hours, minutes, seconds = (int(g) for g in m.groups())
    return f"{hours} hours, {minutes} minutes and {seconds} seconds"
_SPACED_NT = re.compile(r"(?<=\w)n ?' ?t\b", re.I)  # "hadn ' t" in tokenised sources
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) ?' s\b")  # "SeaMicro ' s fabric" in tokenised sources
_PLURAL_POSSESSIVE = re.compile(r"(?<=\w)s'(?= [^\W\d_])")  # "Bellmont Pictures' next film": as "'s"


_IRREGULAR = {
    **{form: verb for form, verb in IRREGULAR.items() if form not in ("fed", "rose", "drew")},  # (not "the Fed",
    # nor a name, "Rose", "Drew")
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "found": "find",
    "struck": "strike", "shot": "shoot", "hit": "hit", "fought": "fight", "bought": "buy", "sold": "sell",
    "paid": "pay", "left": "leave", "held": "hold", "told": "tell", "said": "say", "met": "meet",
    "won": "win", "lost": "lose", "beaten": "beat", "went": "go", "gone": "go", "came": "come",
    "ran": "run", "fled": "flee", "sent": "send", "spent": "spend", "built": "build", "kept": "keep",
    "broke": "break", "broken": "break", "fell": "fall", "fallen": "fall", "chose": "choose",
    "seen": "see", "saw": "see", "known": "know", "knew": "know", "thought": "think", "began": "begin",
    "begun": "begin", "led": "lead", "drove": "drive", "driven": "drive", "stole": "steal",
    "stolen": "steal", "wrote": "write", "written": "write", "men": "man", "women": "woman",
    "children": "child", "people": "people", "persons": "people", "person": "people",
    "lawful": "legal", "lawfully": "legally",  # (Snowball gives "law": "unlawful" / "legal", "illegal" / "lawful")
}  # fmt: skip


def is_title(toks: list[Tok]) -> bool:
    """A headline in title case: most words capitalised."""
    words = [t for t in toks if t.is_word and len(t.low) > 3]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.7 * len(words)


def said_before(toks: list[Tok], k: int, words: frozenset[str], most: int = 4) -> bool:
    """Whether one of ``words`` is at most ``most`` tokens before ``k``, in the same clause."""
    for t in reversed(toks[max(0, k - most) : k]):
        if t.is_break:
            return False
        if t.low in words:
            return True
    return False


_GLUED_BEFORE = frozenset(("'s", "n't", "%", ",", ".", ";", ":", "!", "?", ")"))  # no space before these
_GLUED_AFTER = frozenset(("(", "$", "£", "€"))  # nor after these


def joined(toks: list[Tok]) -> str:
    """Tokens shown as text: "Moody's downgraded the city, citing" (not "Moody 's downgraded the city , citing")."""
    out: list[str] = []
    glue = False
    for t in toks:
        if out and (glue or t.low in _GLUED_BEFORE):
            out[-1] += "'" if t.low == "'s" and out[-1].endswith("s") else t.text  # ("the nurses' home")
        else:
            out.append(t.text)
        glue = t.low in _GLUED_AFTER
    return " ".join(out)


def described_by(toks: list[Tok], k: int) -> bool:
    """Whether the participle at ``k`` ends a word joined by a hyphen before a noun ("typhoon-damaged
    infrastructure", "a fire-gutted block"): it describes a thing, it does not tell what befell it (not
    "re-elected")."""
    return 1 < k < len(toks) - 1 and toks[k - 1].low == "-" and toks[k].low.endswith("ed") and (
        toks[k - 2].is_word and toks[k - 2].low not in _PREFIXES and toks[k + 1].is_word)


_PREFIXES = frozenset("re co pre un non over under mis self ex de semi".split())


def opening_phrase(toks: list[Tok], comma: int) -> bool:
    """Whether the words before the comma at ``comma`` are a phrase that opens the sentence and says when or where
    ("On Monday,", "In a statement,", "After the vote,"): no noun that an aside after the comma may be about."""
    return 0 < comma <= (9 if toks[0].low == "according" else 6) and toks[0].low in _OPENERS and all(
        t.low != "," for t in toks[1:comma])  # (and "According to a report by the BBC,")


_OPENERS = frozenset("""on in at after before during earlier later last since following meanwhile overnight
    according speaking""".split())


@lru_cache(maxsize=1 << 16)  # the same words come back in every version of a claim
def is_past(low: str) -> bool:
    """Whether a lower-case word is a verb in the past: "collapsed", "died", "struck", "broke"."""
    return (low.endswith("ed") and len(low) > 3) or low in IRREGULAR_PAST


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """The stem that matches forms of one word (Snowball, after irregular pasts and British spellings):
    killed/kills/killing -> kill, struck -> strike, cancelled -> cancel, news -> news."""
    w = word.lower()
    w = _IRREGULAR.get(w) or _NICKNAMES.get(w) or BRITISH.get(w, w)
    return snowball(w)


_NICKNAMES = {"tory": "conservative", "tories": "conservatives", "gop": "republican"}  # (one party by two names)


# Who said it, at a sentence's start or end: "Police said the man ...", "..., rescue teams said.", "..., said Mr Lee."
SAID_WORDS = frozenset("said says told reported confirmed added understands".split())  # (verbs that say who said it)
_SAID_AFTER = SAID_WORDS | frozenset("ruled found heard show shows showed announced understood".split())  # ("..., the
# court ruled", "..., it is understood")
_MOST_SPEAKER = 4  # words of the one who said it


def unattributed(toks: list[Tok]) -> list[Tok]:
    """``toks`` without who said it ("Police said [that] ...", "..., officials said.", "..., according to police.",
    "According to police, ..."):
    the same list when it names no one so."""
    lo, hi, n = said_bounds(toks)
    return toks if (lo, hi) == (0, n) else toks[lo:hi] + toks[n:]


def said_bounds(toks: list[Tok]) -> tuple[int, int, int]:
    """(lo, hi, n): ``toks[lo:hi]`` is what is said, without who said it (``unattributed``); ``n`` is where the closing
    stop is (``len(toks)`` without one)."""
    n = len(toks) - 1 if toks and toks[-1].low in (".", "!", "?") else len(toks)
    hi = n
    comma = next((k for k in range(n - 1, max(-1, n - _MOST_SPEAKER - 7), -1) if toks[k].low == ","), None)
    # (who said it starts past a quote that closes before it: '"...," officials said.')
    first = comma + 1 + (comma + 1 < n and toks[comma + 1].low == '"') if comma is not None else n
    if comma is not None and comma > 2 and all(t.is_word or t.low in (".", "'s") for t in toks[first:n]):
        tail = _said_when([t.low for t in toks[first:n]])
        most = _MOST_SPEAKER + (5 if "familiar" in tail else 2)  # ("..., a source familiar with the matter said")
        if (tail[:2] == ["according", "to"] and 2 < len(tail) <= most or 1 < len(tail) <= most and (
                tail[-1] in _SAID_AFTER or tail[0] in SAID_WORDS or tail[-2:] in _LEARNED or "told" in tail[1:-1])):
            # ("..., he told reporters", "..., she told the BBC")
            hi = comma
        elif tail[:1] in (["a"], ["an"], ["the"]) and len(tail) <= _MOST_SPEAKER + 2:
            hi = _said_by_whom(toks, comma, hi)  # ("..., said Jo Marsh, a council spokeswoman.": who they are)
    size = hi + len(toks) - n  # (what is left with the closing stop)
    if size > 4 and toks[0].low == "according" and toks[1].low == "to":  # "According to her editor, the ..."
        comma = next((k for k in range(3, min(size - 2, _MOST_SPEAKER + 6)) if toks[k].low == ","), None)
        if comma is not None and all(t.is_word or t.low == "'s" for t in toks[2:comma]):
            return comma + 1, hi, n  # (and "According to a report by the BBC, ...")
    start = 0
    if toks and toks[0].low == "speaking":  # "Speaking on Friday, officials said ...": when, then who
        start = next((k + 1 for k in range(2, min(size - 4, 9)) if toks[k].low == ","), 0)
    for k in range(start + 1, start + min(_MOST_SPEAKER, size - start - 4) + 1):  # "Police said the man ...": the one
        if toks[k].low in SAID_WORDS and all(t.is_word for t in toks[start:k]) and toks[k + 1].is_word:  # saying opens it
            return (k + 2 if toks[k + 1].low == "that" else k + 1), hi, n
    return 0, hi, n


def _said_by_whom(toks: list[Tok], comma: int, hi: int) -> int:
    """Where a closing "..., said Jo Marsh" starts (its comma), when it stands before ``comma`` and who they are
    after it; else ``hi``."""
    start = next((k for k in range(comma - 2, max(-1, comma - 6), -1) if toks[k].low == ","), None)
    if start is None or start < 3:
        return hi
    first = start + 1 + (toks[start + 1].low == '"')
    who = toks[first + 1 : comma]
    return start if toks[first].low in ("said", "says") and who and all(
        t.is_word and t.text[:1].isupper() for t in who) else hi


def closing_speaker(toks: list[Tok]) -> int:
    """Where a closing "..., police said" starts (its comma; ``said_bounds``), or ``len(toks)`` when no one is named
    there or the one named is of the story's own ("..., his club said": a party, not only a source)."""
    _, hi, n = said_bounds(toks)
    return len(toks) if hi == n or any(t.low in _OWNED for t in toks[hi:n]) else hi


_OWNED = frozenset("his her their its".split())
# Every word ``said_bounds`` needs to find who said it, in its opening words or after its last comma
SAYING = SAID_WORDS | _SAID_AFTER | frozenset(("according", "learned", "learnt"))
_LEARNED = (["has", "learned"], ["has", "learnt"], ["have", "learned"], ["have", "learnt"])  # ("..., the Guardian has
# learned")
_WHEN_SAID = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _said_when(tail: list[str]) -> list[str]:
    """The words of a closing "..., police said on Tuesday" without when or how it was said ("on Tuesday", "late on
    Monday", "in a statement", "on condition of anonymity", "yesterday"), when a word of saying is then last."""
    cut = tail
    for _ in range(2):  # ("..., the ministry said in a statement on Monday")
        if cut[-1:] in (["yesterday"], ["today"]):
            cut = cut[:-1]
        elif len(cut) > 3 and cut[-2] == "on" and cut[-1] in _WHEN_SAID:
            cut = cut[:-3] if cut[-3] in ("late", "early") else cut[:-2]
        elif cut[-3:] == ["in", "a", "statement"] or cut[-4:] == ["on", "condition", "of", "anonymity"]:
            cut = cut[:-3] if cut[-1] == "statement" else cut[:-4]
    return cut if cut is not tail and cut and cut[-1] in SAID_WORDS else tail


# A wire dateline that opens a sentence: a place in capitals, perhaps a date, perhaps the agency, and a dash
# ("LONDON (Reuters) - ", "JAKARTA, Dec 5 (Reuters) - ", "WASHINGTON -- ").
_DATELINE = re.compile(r"^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Za-z0-9 .]{1,20})?"
                       r"(?: \([A-Za-z .&-]{2,30}\))? ?(?:-{1,2}|\u2013|\u2014) ")
_REPORTED = re.compile(r", (?:the |a )?(?:[A-Z][\w'.&-]* ){0,2}[A-Z][\w'.&-]* reported(\.?)$")  # ("..., the BBC
# reported.": the outlet it is told from)


def as_checked(text: str) -> str:
    """The sentence as the checks read it: without a wire dateline before it or a closing "..., the BBC reported" after
    it (the same words in two versions that would weigh as shared ones), nor a word that only links it to the sentence
    before ("However, ...", "But ...", "BREAKING: ...") or says when or how the one quoted spoke ("Speaking on Friday,
    ...", "In a statement, ..."); who said it, set off by commas inside it, is read at its end."""
    if text[:1].isupper() and text[1:2].isupper():
        text = _DATELINE.sub("", text, count=1)
    linked = _LINKED.match(text)
    if linked and len(text) > linked.end() + 1:
        text = text[linked.end()].upper() + text[linked.end() + 1 :]
    # Who said it set off inside it, read where the checks look for it: "The toll rise, officials said, was approved"
    # as "The toll rise was approved, officials said"
    inside = _SAID_INSIDE.match(text) if _SAID_SET_OFF.search(text) else None
    if inside and _goes_on(inside["who"], inside["after"].split(None, 1)[0]):
        text = f"{inside['before']} {inside['after']}, {inside['who']}{inside['stop']}"
    return _REPORTED.sub(r"\1", text, count=1)


# Who said it set off by commas inside a sentence, after two or more of its words and before more of them in small
# letters: "The toll rise, officials said, was approved", "The gunman, according to police, was shot ..."
_SAID_SET_OFF = re.compile(r"\b(?:said|says|according to)\b")
_SAID_INSIDE = re.compile(r"(?P<before>[^,\"\u201c\u201d]*?\w\s[^,\"\u201c\u201d]*?\w), (?P<who>(?:[\w'.-]+ ){1,4}?(?:said|says)"
                          r"(?: on [A-Z]\w+day| in a statement)?|according to (?:[\w'.-]+ ?){1,4}), (?P<after>[a-z]"
                          r"[^\"\u201c\u201d]*?)(?P<stop>[.!?]?)$")
_CLAUSE_OPENERS = frozenset("""and but while as so because though although yet which who whose adding saying""".split())
_FINITE = frozenset("was were is are has have had will would could can may might must should did does do".split())


def _goes_on(who: str, first: str) -> bool:
    """Whether what follows a source set off inside a sentence goes on with it ("..., officials said, was approved"),
    not a clause of its own ("..., a spokesman said, and investors can still ...", "..., he said, adding ...") nor
    who the source is ("..., according to Wolfgang Kandek, chief technology officer of Qualys")."""
    if first in _CLAUSE_OPENERS or first.endswith("ing"):
        return False
    return not who.startswith("according") or first in _FINITE or first.endswith("ed")


_LINKED = re.compile(r"(?:(?:However|Meanwhile|Nevertheless|Nonetheless|Moreover|Furthermore|Separately|Still|In "
                     r"addition|Instead),|(?:BREAKING|Breaking|UPDATE|Update):|But|Yet|And|Speaking (?:on (?:[A-Z]\w+day|"
                     r"condition of anonymity)|to (?:reporters|journalists|the [A-Z][\w.]*)|at an? (?:news|press) "
                     r"conference)(?: on [A-Z]\w+day)?,|In an? (?:brief |joint |written )?statement(?: on [A-Z]\w+day)?,)"
                     r" (?=[A-Za-z])")  # (and when or where the one quoted spoke, or how: "Speaking on Friday, officials
# said", "In a statement, the council said"; not "Speaking after the vote,", which may be what the versions share)
