"""Offset-preserving sentence segmentation and boilerplate detection.

``segment(text)`` cuts an article into sentence spans ``[start, end)`` that point
into the text exactly as loaded. Every non-whitespace character belongs to exactly
one span; spans never start or end with whitespace.

How a cut is decided (one left-to-right pass over candidate positions):

* A candidate is a run of terminal punctuation (``.``, ``?``, ``!``, ``...``,
  ``…``), plus any closing quotes or brackets, followed by whitespace; or a
  newline.
* A blank line always ends a sentence. A single newline ends one when the line
  has no terminal punctuation (a headline) unless the next line starts in lower
  case or the line ends with a comma, colon, dash and the like (wrapped text).
* After terminal punctuation, a following lower-case word never starts a new
  sentence. A full stop is then checked against the word before it: titles
  (Mr., Gen., Sen.) never end a sentence; other abbreviations (U.S., Inc., Jan.),
  initials (George W. Bush) and dotted forms end one only when the next word is
  a common sentence starter ("... into the U.S. The next day"). A digit on both
  sides ("6. 1" in tokenised sources) is a decimal, not a boundary.
* Ellipses inside an open quotation or parenthesis do not end the sentence.
* Photo credits ("BRENDAN SMIALOWSKI/AFP via Getty Images") are cut off the
  caption they trail, even without a full stop, and a dateline at the start of
  a line ("Updated: July 2, 2013 15:01 IST") is cut off the text glued to it.
* A headline glued to its lead with no full stop ("Ten dead in southern Iran quake A
  powerful earthquake has hit ...") is cut before the capitalised article or number word
  that starts the lead: after a lower-case word, or for "The" and "An" after any word
  ("the A list", "Grade A", "Formula One" are left alone).

Which spans are boilerplate (credits, captions, promos, bylines, no-comment lines) is
decided in ``analyst_tui.core.boilerplate``.
"""

from __future__ import annotations

import re

from analyst_tui.core.boilerplate import (
    CREDIT_HINT,
    CREDIT_IN_TEXT,
    DATELINE_AT,
    DATELINE_STARTS,
    is_boilerplate,
    is_dateline,
    mark_captions,
)
from analyst_tui.core.glued import glued_starts, title_case_headlines
from analyst_tui.core.model import Span

__all__ = ["segment", "is_boilerplate"]

# --------------------------------------------------------------------------- #
# Word lists
# --------------------------------------------------------------------------- #

# Abbreviations that precede a name and never end a sentence.
_TITLES = frozenset(
    """mr mrs ms mx messrs dr gen sen rep gov lt col sgt capt cpt cpl pvt maj adm cmdr cmdt brig
    prof rev hon pres supt det insp const cst atty amb rt fr vs v e.g i.e cf
    """.split()
)

# Abbreviations that may end a sentence: they end it only before a sentence starter.
_ABBREVIATIONS = frozenset(
    """etc inc corp co ltd llc plc bros jr sr st mt ft ave blvd rd dept univ assn est approx govt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """.split()
)

# Abbreviations that only count as such before a number ("No. 1", "Fig. 2").
_NUMBER_ABBREVIATIONS = frozenset("no nos vol fig figs art ch sec pp op".split())

# Words after "a.m." / "p.m." that continue the sentence.
_TIME_FOLLOWERS = frozenset(
    """ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST AEST AEDT IST JST
    Eastern Central Mountain Pacific Local Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)

# Capitalised words that usually begin a sentence rather than continue a name.
_STARTERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our My Your This That These Those There Here
    But And Or So Yet Nor In On At As If When While After Before Since Although Though Because
    However Meanwhile Moreover Also Still Then Now Later Earlier Today Yesterday Tomorrow Tonight
    For From With Without By To Of Under Over During Despite According Some Many Most Several Few
    Both Each Every All Any No Not None One Two Three Four Five Six Seven Eight Nine Ten
    Other Others Another Such What Why How Who Whom Whose Where Which Officials Police Authorities
    Critics Experts Analysts Residents Witnesses Sources Last Next Even Only Just Instead Thus
    Indeed Nevertheless Nonetheless Furthermore Additionally Finally First Second Third Overall
    Asked Among Until Once Unlike Neither Either Whether Let Do Does Did Is Are Was Were Has Have
    Had Can Could Should Would Might Must Please Yes Mr Mrs Ms Dr
    """.split()
)

_OPENERS = frozenset("\"'“‘«([{¿¡*•—–-")
_CLOSERS = ")]}\"'”’»"
_SENTENCE_END_CHARS = frozenset(".!?…" + _CLOSERS)
_CONTINUATION_CHARS = frozenset(",;:-–—&/(")

# --------------------------------------------------------------------------- #
# Regular expressions (all compiled once)
# --------------------------------------------------------------------------- #

_CANDIDATE = re.compile(
    r"""
      (?P<punct> (?: \.(?:[ ]?\.){2,} | … | [.!?] ) [.!?…]* )
      (?P<close> [)\]}"'”’»]* (?: [ \t]+(?:''|["'”’])(?=\s|\Z) ){0,2} )   # tokenised text detaches closing quotes
      (?=\s|\Z)
    | (?P<nl>\n)
    """,
    re.X,
)

# The word before a full stop: "Mr", "U.S", "U. S", "J. R. R", "a. m".
_PREV_TOKEN = re.compile(r"(?<![\w'’.\-])((?:[A-Za-z]\.[ ]?)*[A-Za-z]+)([ ]?)\Z")
_NEXT_WORD = re.compile(r"[^\W_]+")

# --------------------------------------------------------------------------- #
# Segmentation
# --------------------------------------------------------------------------- #


def _inside_open_quote(fragment: str) -> bool:
    """Whether a quotation or parenthesis opened in ``fragment`` is still open."""
    if fragment.count("“") > fragment.count("”"):
        return True
    if fragment.count('"') % 2 == 1:
        return True
    return fragment.count("(") > fragment.count(")")


def _is_starter(word: str, text: str, after: int) -> bool:
    """Whether ``word`` (ending at ``after``) looks like the first word of a sentence."""
    if word not in _STARTERS:
        return False
    # "J. A. Smith": a single capital followed by a full stop is an initial.
    return not (len(word) == 1 and text.startswith(".", after))


def _ends_sentence(text: str, m: re.Match[str], sent_start: int) -> bool:
    """Decide whether the terminal punctuation matched by ``m`` ends a sentence."""
    n = len(text)
    s, e = m.start(), m.end()
    r = e
    while r < n and text[r].isspace():
        r += 1
    if r >= n:
        return True
    gap = text[e:r]
    if gap.count("\n") >= 2:  # blank line: a paragraph break always ends the sentence
        return True
    r2 = r
    while r2 < n and text[r2] in _OPENERS:
        r2 += 1
    if r2 < n and text[r2].islower():
        return False

    punct = m.group("punct")
    closers = m.group("close")
    if "?" in punct or "!" in punct:
        # "lend? 22.4bn": a currency sign lost in transcoding, not a question.
        return not (punct == "?" and not closers and text[r].isdigit())
    if "…" in punct or punct.count(".") >= 3:
        if not closers and _inside_open_quote(text[sent_start:s]):
            return False
        return True
    if closers:  # 'He said "no." Then' - the quotation closed after the stop
        return True

    # A single full stop: decimals, enumerators, abbreviations, initials.
    if s > 0 and text[s - 1].isdigit() and text[r].isdigit() and "\n" not in gap:
        return False  # "6. 1 - magnitude"
    if s - sent_start <= 3:
        head = text[sent_start:s]
        if head.isdigit() or (len(head) == 1 and head.isalpha()):
            return False  # "1. The first point"
    word_m = _NEXT_WORD.match(text, r2)
    word = word_m.group() if word_m else ""
    tok_m = _PREV_TOKEN.search(text, max(sent_start, s - 32), s)
    if tok_m is None:
        return True
    token, spaced = tok_m.groups()
    key = token.replace(" ", "").lower()
    if key in _TITLES:
        return False
    if spaced and "." not in key:
        return True  # "NBC News ." - a detached full stop after an ordinary word
    if key in _NUMBER_ABBREVIATIONS:
        return not word[:1].isdigit()
    if key in _ABBREVIATIONS or "." in key or len(key) == 1:
        if not word or word[0].isdigit():
            return False  # "Jan. 5", "the U.S. $5 million"
        if key in ("a.m", "p.m"):
            return word not in _TIME_FOLLOWERS and word.title() not in _TIME_FOLLOWERS
        return _is_starter(word, text, word_m.end())
    return True


def _credit_cuts(text: str) -> list[int]:
    """Cut positions that separate photo credits from the caption they trail."""
    cuts: list[int] = []
    n = len(text)
    done = 0
    for hint in CREDIT_HINT.finditer(text):
        h = hint.start()
        if h < done:
            continue
        m = CREDIT_IN_TEXT.search(text, max(done, h - 120), min(n, h + 200))
        if m is None or not (m.start("credit") <= h < m.end("credit")):
            continue
        cs, ce = m.span("credit")
        done = ce
        q = cs - 1
        while q >= 0 and text[q] in " \t":
            q -= 1
        after_break = q < 0 or text[q] == "\n" or text[q] in _SENTENCE_END_CHARS
        at_line_end = m.group("eol") is not None
        if after_break:
            cuts.append(cs)
            if not at_line_end:
                cuts.append(ce)
        elif at_line_end:
            name = m.group("name")
            if name is None:  # "(AP Photo/...)" trailing a caption
                cuts.append(cs)
                continue
            # The caption runs into the credit with no full stop: keep the last
            # two name words (plus initials before them) as the photographer.
            tokens = name.split(" ")
            i = max(0, len(tokens) - 2)
            while i > 0 and len(tokens[i - 1]) == 2 and tokens[i - 1].endswith("."):
                i -= 1
            if i:
                cuts.append(cs + len(" ".join(tokens[:i])) + 1)
    return cuts


_DATELINE_MAX = 120  # characters: the longest page dateline seen is about 90
_LINE_START = re.compile(r"(?m)^[ \t]*")
# A page's label inside a line, capitalised, after a word: a headline and its lead glued together around
# "Updated 4: 08 p. m. ET" (a dateline only with a clock time, see ``_dateline_cuts``).
_LABEL_INSIDE = re.compile(
    r"(?<=[\w'’] )(?<!(?i:story) )(?<!(?i:first) )(?<!(?i:last) )(?<!(?i:originally) )"  # not inside "First Posted"
    r"(?:Story[ ]Created|Created|Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)\b"
)
_CLOCK = re.compile(r"\d{1,2}:[ ]?\d{2}")
_LABELS = ("Created", "Updated", "UPDATED", "Published", "PUBLISHED", "Posted", "POSTED")  # (what ``_LABEL_INSIDE`` finds)


def _glued_dateline(text: str, pos: int) -> str | None:
    """The page dateline at ``pos`` when text is glued after it, else None."""
    m = DATELINE_AT.match(text[pos : pos + _DATELINE_MAX])  # a bounded look: a run of dates is no dateline
    return m.group("dl") if m is not None and m.group("next") is not None and is_dateline(m.group("dl")) else None


def _dateline_cuts(text: str, starts: list[int]) -> list[int]:
    """Cut positions that separate a dateline from the text glued to it: where a line starts, or a
    sentence (``starts``: where sentences were cut), as a page copied as one paragraph has it."""
    cuts: list[int] = []
    positions = {m.end() for m in _LINE_START.finditer(text)}
    for pos in starts:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        positions.add(pos)
    covered: set[int] = set()  # where the datelines found so far start and run
    for pos in positions:
        if pos < len(text) and text[pos] in DATELINE_STARTS:
            dl = _glued_dateline(text, pos)
            if dl is not None:
                cuts.append(pos + len(dl))
                covered.update(range(pos, pos + len(dl)))
    for label in _LABEL_INSIDE.finditer(text) if any(w in text for w in _LABELS) else ():
        pos = label.start()
        if pos in positions or pos in covered:  # "Posted: ... Updated: ..." is one dateline
            continue
        dl = _glued_dateline(text, pos)
        if dl is not None and _CLOCK.search(dl):
            cuts += [pos, pos + len(dl)]
    return cuts


def _cut_points(text: str) -> list[int]:
    """Positions where one sentence ends and the next may begin, ascending."""
    n = len(text)
    cuts: list[int] = []
    sent_start = 0  # where the current sentence begins (after the last cut)
    last_term_end = -1
    for m in _CANDIDATE.finditer(text):
        s = m.start()
        if m.lastgroup == "nl":
            q = s - 1
            while q >= sent_start and text[q].isspace():
                q -= 1
            if q < sent_start or q + 1 == last_term_end:
                continue  # nothing pending, or the punctuation there already decided
            r = s + 1
            while r < n and text[r] in " \t\r\f\v":
                r += 1
            if r < n and text[r] != "\n":
                # A single line break inside a paragraph.
                if text[q] in _CONTINUATION_CHARS or text[r].islower():
                    continue
            cuts.append(s)
            sent_start = s
        else:
            last_term_end = m.end()
            while sent_start < s and text[sent_start].isspace():
                sent_start += 1
            if _ends_sentence(text, m, sent_start):
                cuts.append(m.end())
                sent_start = m.end()
    extra = _credit_cuts(text)
    extra.extend(_dateline_cuts(text, cuts))
    extra.extend(glued_starts(text))
    extra.extend(title_case_headlines(text))
    if extra:
        cuts = sorted(set(cuts).union(extra))
    return cuts


def segment(text: str) -> list[Span]:
    """Split ``text`` into sentence spans in text order.

    Spans are non-overlapping, stripped of surrounding whitespace, and together
    cover every non-whitespace character. Boilerplate spans (credits, captions,
    promos, bylines...) carry ``kind="boilerplate"``.
    """
    spans: list[Span] = []
    if not text:
        return spans
    prev = 0
    for cut in (*_cut_points(text), len(text)):
        if cut <= prev:
            continue
        chunk = text[prev:cut]
        stripped = chunk.strip()
        if stripped:
            start = prev + (len(chunk) - len(chunk.lstrip()))
            end = start + len(stripped)
            kind = "boilerplate" if is_boilerplate(stripped) else "claim"
            spans.append(Span(start, end, kind))
        prev = cut
    return mark_captions(text, spans)
