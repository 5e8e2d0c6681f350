"""What is page furniture rather than a claim: credits, captions, promos, bylines, no-comment lines.

``is_boilerplate(sentence)`` flags photo credits and caption labels, newsletter promos, bylines,
credits lines ("Reporting by ...; Editing by ..."), republication notes, "Read more"/"Related:"
lines, share prompts, advertisements, copyright lines, bare datelines and statements that someone
did not comment ("did not immediately respond to a request for comment"): such a line says nothing
about the story, so it must never join a shared claim.

``mark_captions(text, spans)`` marks a photo caption: the sentence (or two, when they make up the
line) that a photo credit directly follows, as in "Trump spoke on Friday. BRENDAN
SMIALOWSKI/AFP via Getty Images".

The credit and dateline patterns are also used by the segmenter to cut a credit off the caption
it trails and a dateline off the text glued to it.
"""

from __future__ import annotations

import re

from analyst_tui.core.model import Span

__all__ = ["is_boilerplate", "is_credit", "is_no_comment", "mark_captions"]

_AGENCY = (
    r"(?:Getty[ ]Images|Getty|AFP|AP|Reuters|REUTERS|EPA-EFE|EPA|EFE|Xinhua|Bloomberg[ ]News|Bloomberg"
    r"|Shutterstock|Alamy[ ]Stock[ ]Photo|Alamy|Pool|POOL|DPA|dpa|AAP|PA[ ]Images|PA[ ]Wire|PA[ ]Media|PA"
    r"|Sipa[ ]USA|Sipa|ZUMA[ ]Press|ZUMA[ ]Wire|ZUMA|NurPhoto|Anadolu[ ]Agency|Anadolu|SOPA[ ]Images"
    r"|LightRocket|Redux|Polaris|The[ ]New[ ]York[ ]Times|The[ ]Washington[ ]Post|NYT|Kyodo[ ]News|Kyodo"
    r"|Yonhap|KCNA|TASS|Sputnik|Imagn[ ]Images|Imagn|USA[ ]TODAY[ ]Sports|USA[ ]TODAY|Newscom|Abaca[ ]Press"
    r"|Abaca|WireImage|FilmMagic|Handout|HANDOUT|Corbis|Contributor|Associated[ ]Press)"
)
_NAME_TOKEN = r"(?:[A-Z]\.|[A-ZÀ-Þ][\w'’\-]+)"
_CREDIT_BODY = (
    rf"(?P<name>(?:{_NAME_TOKEN}[ ]){{0,3}}{_NAME_TOKEN})(?:[ ]?/[ ]?{_AGENCY})+(?:[ ]via[ ]{_AGENCY})?"
)
_AGENCY_PHOTO = (
    r"\((?:AP|AFP|Reuters|REUTERS|EPA|Getty[ ]Images|Xinhua|Bloomberg)[ ](?:Photos?|PHOTOS?|Images?)"
    r"(?:[ ]?/[^()\n]{1,80})?\)"
)
# A photo credit inside running text (used to cut it off the caption it trails).
CREDIT_IN_TEXT = re.compile(
    rf"(?<![^\s(\[])(?P<credit>{_CREDIT_BODY}|{_AGENCY_PHOTO})(?=[ \t]*(?P<eol>\n|\Z)|[ \t]+\S)",
    re.X,
)

# Datelines that news sites put before the text ("Updated: July 2, 2013 15:01 IST",
# "Tue Jul 2, 2013 1:28PM GMT"). Tokenised sources glue them to the lead sentence.
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_DL_LABEL = (
    r"(?:(?:(?i:last|first|originally|story)[ ])?"
    r"(?i:updated|published|posted|modified|released?|edited|created)(?:[ ]time)?"
    r"(?:[ ](?:on|at))?[ ]?:?|on:?|at|AT)"
)
_DL_ZONE = (
    r"(?:GMT|UTC)(?:[+\-]\d{1,2}(?::[ ]?\d{1,2})?)?|(?:BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT"
    r"|IST|AEST|AEDT|JST|WIB|HKT|AKST|AKDT|HST|UK|hrs)\b"
)
_DL_TOKEN = (
    r"(?:\d{1,2}(?::[ ]?|\.[ ]?)\d{2}(?:(?::[ ]?|\.)\d{2})?(?:[ ]?(?:[AaPp]\.?[ ]?[Mm]\b\.?|[AaPp]\b))?"
    r"|\d{1,2}[ ]?(?:[AaPp][Mm]\b)"
    r"|\d{4}\.[ ]?\d{2}\.[ ]?\d{2}\b"  # 2012. 08. 08
    r"|\d{2}\.[ ]?\d{2}\.[ ]?\d{2}\b"  # 02. 29. 12 (a date only with a time: ``is_dateline``)
    r"|\d{1,4}(?i:st|nd|rd|th)?\b"
    rf"|{_MONTH}\b\.?|{_WEEKDAY}\b\.?"
    rf"|{_DL_ZONE}"
    r"|\((?:\d{1,4}(?::[ ]?\d{2})?[ ])?[A-Z]{2,4}(?:[+\-]\d{1,2}(?::[ ]?\d{1,2})?)?\))"  # (1852 HKT), (GMT+05: 00)
)
# An agency's name before the date: "Reuters Sep 18, 2013, 02. 16PM IST".
_DL_AGENCY = r"(?:Reuters|REUTERS|AFP|AP|TNN|IANS|PTI|ANI|UPI)[ ]+(?=[A-Z])"  # is_dateline wants the month
_DATELINE_RUN = (
    rf"(?:{_DL_LABEL}[ ]*)?{_DL_TOKEN}"
    rf"(?:[ ]*(?:[,/|\-–—@][ ]*){{0,2}}(?:{_DL_LABEL}[ ]+)?{_DL_TOKEN})*"
)
# ... or the whole of it in brackets: "(10: 27 am PDT, Jun 11th 2012)" (the brackets are optional each, which
# compiles in half the time of a second copy of the run)
_DATELINE = rf"(?:{_DL_AGENCY})?\(?{_DATELINE_RUN}\)?"
# One compiled dateline, matched where a line or a sentence starts (pages copied as one paragraph put it
# after the first sentence): ``next`` is the text glued to it, None when it ends its line.
DATELINE_AT = re.compile(rf"(?P<dl>{_DATELINE})(?=[ \t]+(?P<next>[A-Z\"“‘'])|[ \t]*(?:\n|\Z))")
_DL_LABEL_START = re.compile(rf"\A(?:{_DL_LABEL})")
# A place before the date: "INDONESIA, July 2, 2013", "Washington, Dec. 1 2026" (a line of its own).
_PLACE = re.compile(r"[A-Z][A-Za-z.'\-]*(?:[ ][A-Z][A-Za-z.'\-]*){0,3},[ ]*")
_DL_DMY = r"\d[ ]?/[ ]?\d{1,2}[ ]?/[ ]?\d"  # 8 / 2 / 13, not 9/11
_DL_HAS_TIME = re.compile(rf"\b\d{{4}}\b|\d[:.][ ]?\d\d|{_DL_DMY}")
_DL_ISO = r"\b(?:19|20)\d\d[ ]?-[ ]?[01]\d[ ]?-[ ]?[0-3]\d\b"  # 2013 - 09 - 26, as tokenised pages print it
_DL_HAS_NAME = re.compile(rf"\b(?:{_MONTH}|{_WEEKDAY})\b|{_DL_DMY}|{_DL_ISO}")
# a dotted date names the day only beside a clock time ("02. 29. 12 4: 15 PM"; not "11.12.10 Release")
_DL_DOTTED_AND_CLOCK = re.compile(r"\A\(?\d{2}\.[ ]?\d{2}\.[ ]?\d{2}[ ]+\d{1,2}:[ ]?\d{2}")


def _whole_dateline(s: str) -> bool:
    """``s`` (stripped) is a dateline and nothing else, a full stop allowed at its end."""
    core = s[:-1].rstrip() if s.endswith(".") else s
    return bool(core) and DATELINE_AT.fullmatch(core) is not None and is_dateline(core)


def is_dateline(s: str) -> bool:
    """Whether ``s`` (a matched date run) is a real dateline, not a number in a sentence."""
    if not _DL_HAS_TIME.search(s):
        return False
    s = s.removeprefix("(")
    return bool(_DL_LABEL_START.match(s) or _DL_HAS_NAME.search(s) or _DL_DOTTED_AND_CLOCK.match(s))

CREDIT_HINT = re.compile(rf"/[ ]?{_AGENCY}|\((?=(?:AP|AFP|Reuters|REUTERS|EPA|Getty|Xinhua|Bloomberg)[ ])")

# --- boilerplate ---

_BP_PREFIX = re.compile(
    r"""(?ix) \A [\s"'“‘(\[*•>#-]* (?:
        read[ ]more\b | read[ ]next\b | read[ ]also\b | also[ ]read\b | see[ ]also\b | more[ ]from\b
      | more[ ]on[ ]this\b | continue[ ]reading\b | keep[ ]reading\b | recommended[ ]reading\b
      | related\s*(?:articles?|stories|story|coverage|content|links?|reading|videos?|news|topics)?\s*:
      | advertisement\W*\Z | sponsored(?:[ ]content)?\W*\Z | ad\W*\Z
      | click[ ]here\b | tap[ ]here\b | share[ ](?:this|on|via)\b | follow[ ]us\b | like[ ]us[ ]on\b
      | story[ ]continues\b | article[ ]continues\b | scroll[ ](?:down[ ])?to[ ]continue\b
      | subscribe\b | sign[ ]up\b | sign-up\b | newsletter\s*: | don'?t[ ]miss\b | never[ ]miss\b
      | get[ ](?:our|the)\b[^.!?\n]{0,40}\bnewsletter
      | new\s*: | watch\s*: | listen\s*: | video\s*: | podcast\s*:
      | (?:photo(?:graph)?|image|picture|credit|caption|illustration)s?(?:[ ]credit)?\s*:
      | file[ ](?:photo|image|picture)\b
      | image[ ](?:copyright|caption|source)\b
      | \(?(?:AP|AFP|Reuters|EPA)[ ]photo\b
      | © | \(c\)\s*\d{4} | copyright\s*(?:©|\(c\))?\s*\d{4}
      | (?:this|the)[ ](?:article|story|piece|post|report)[ ](?:was[ ]|has[ ]been[ ])?(?:originally|first)[ ]
            (?:published|posted|ran|appeared[ ](?:in|on|at))\b
      | a[ ]version[ ]of[ ]this[ ](?:article|story)[ ](?:first[ ])?appeared\b
      | skip[ ](?:to[ ](?:main[ ])?content|advertisement)\b | listen[ ]to[ ]this[ ](?:article|story)\b
      | (?:download|get)[ ](?:the|our)[ ](?:[\w-]+[ ]){0,2}app\b | more\s*:
      | follow[ ](?:[\w@.'’&-]+[ ]){1,4}on[ ](?:x|twitter|facebook|instagram|threads|tiktok|youtube|linkedin|bluesky
            |whatsapp|telegram)\b
      | (?:this|the)[ ](?:article|story|post|report)[ ](?:has[ ]been|was|is[ ]being|will[ ]be)[ ]updated\b
      | contact[ ](?:the[ ])?(?:author|reporter|writer|us)[ ](?:at|on|via)\b
      | enjoying[ ]this[ ](?:article|story)\b | want[ ]more[ ](?:stories|news|articles|like[ ]this)\b
      | sign[ ]in[ ]to[ ]comment\b | comments?[ ](?:are[ ])?closed\b | your[ ]browser[ ]does[ ]not[ ]support\b
      | (?:recommended(?:[ ](?:stories|articles|videos|for[ ]you))? | most[ ](?:read|popular|viewed|shared|watched)
            | trending(?:[ ](?:now|stories|news))? | print(?:[ ]this[ ](?:page|article|story))? | loading
            | \d+[ ]of[ ]\d+ ) \W*\Z
    )
    """,
    re.X,
)
# The agency before the photographer: "REUTERS/Ajeng Dinar Ulfiana", "EPA-EFE/HOTLI SIMANJUNTAK", "AP Photo/Binsar
# Bakkara" (a credit on its own; in running text only "(AP Photo/...)" is cut off, see CREDIT_IN_TEXT).
_AGENCY_FIRST = (
    rf"(?:REUTERS|Reuters|EPA-EFE|EPA|Xinhua|XINHUA|(?:AP|AFP|Reuters|REUTERS|EPA|Xinhua)[ ](?:Photos?|PHOTOS?))"
    rf"[ ]?/[ ]?(?:{_NAME_TOKEN}[ ]){{0,3}}{_NAME_TOKEN}"
)
_BP_CREDIT = re.compile(
    rf"""(?x) \A [(\[]? (?:(?:Photo(?:graph)?|Image|Picture|Credit)s?(?:[ ]credit)?\s*:\s*|Photo[ ]by[ ])?
        (?: {_CREDIT_BODY} | {_AGENCY_PHOTO} | {_AGENCY_FIRST} | {_AGENCY}(?:[ ]?/[ ]?{_AGENCY})*(?:[ ]via[ ]{_AGENCY})?
          | (?:File|FILE)[ ](?:photo|PHOTO|Photo|image|Image) | Courtesy[ ]of[ ][^.!?\n]{{1,60}} )
        [)\]]? \.? \Z
    """
)
_NAME = r"(?:[A-Z][\w'’.\-]*[ ]){0,3}[A-Z][\w'’\-]*"
_BP_BYLINE = re.compile(
    rf"(?x)\A(?:By|BY)[ ]+{_NAME}(?:(?:[ ]*,[ ]*|[ ]+and[ ]+|[ ]+AND[ ]+|[ ]*&[ ]*){_NAME})*"
    rf"(?:[ ]*(?:,|\||—|–|-)?[ ]*{_NAME})?[ ]*\.?\Z"
)
# A wire story's credits line: "Reporting by John Smith in Beirut; Editing by Jane Doe".
_CREDIT_ROLE = (
    r"(?i:(?:additional|further)[ ])?(?i:reporting|writing|editing|compiled|compilation|produced|production|research"
    r"|graphics|fact-checking|translation|translated)(?:[ ]and[ ](?i:reporting|writing|editing|research))?[ ](?i:by)"
)
_CREDIT_NAME = rf"{_NAME}(?:[ ]in[ ]{_NAME})?"  # "Parisa Hafezi in Dubai"
_CREDIT_NAMES = rf"{_CREDIT_NAME}(?:(?:[ ]*,[ ]*|[ ]+and[ ]+){_CREDIT_NAME})*"
_BP_CREDITS_LINE = re.compile(
    rf"\A[(\[]?{_CREDIT_ROLE}[ ]+{_CREDIT_NAMES}(?:[ ]*[;,|][ ]*{_CREDIT_ROLE}[ ]+{_CREDIT_NAMES})*[ ]*[)\]]?[ ]*\.?\Z"
)
_BP_ANYWHERE = re.compile(
    r"all rights reserved|may not be (?:published|reproduced)|rewritten or redistributed|delivered to your inbox"
    r"|\|\s*(?:photo(?:graph)?|image|picture|credit)s?\s*:[^|.!?]{1,60}\Z"  # "a caption | Photo: AFP"
)
# A wire credit, with where the reporting was done: "... contributed to this report from Albany."
_BP_WIRE_CREDIT = re.compile(
    r"(?i:contributed[ ](?:reporting|to[ ](?:this|the)[ ](?:report|story|article)))"
    r"(?:,?[ ](?:from|in)[ ][A-Z][\w.'’-]*(?:(?:,?[ ]|[ ]and[ ])[A-Z][\w.'’-]*){0,5})?\W*\Z"
)
DATELINE_STARTS = frozenset("0123456789ABCDEFGHIJLMNOPRSTUWabcdefghijlmnoprstuw(")  # of a label, month, day or zone
_NEWSLETTER_PITCH = re.compile(r"\b(?:your|you|our|subscribe|sign[ -]up|inbox)\b")


def is_boilerplate(sentence_text: str) -> bool:
    """True if the sentence is page furniture rather than a claim.

    Photo credits, caption labels, newsletter promos, bylines, "Read more" and
    "Related:" lines, share prompts, advertisements, copyright lines, bare
    datelines and no-comment statements. Ordinary sentences that merely mention an agency ("a Reuters correspondent
    said") are claims.
    """
    s = sentence_text.strip()
    if not s:
        return False
    if _BP_PREFIX.match(s):
        return True
    if len(s) <= 160:
        if ("/" in s or "(" in s or len(s) <= 60) and _BP_CREDIT.match(s):
            return True
        if s[0] in "Bb" and _BP_BYLINE.match(s):
            return True
        if " by " in s.lower() and _BP_CREDITS_LINE.match(s):
            return True
        if s[0] in DATELINE_STARTS and _whole_dateline(s):
            return True
        if len(s) <= 60 and "," in s and (m := _PLACE.match(s)) and _whole_dateline(s[m.end() :]):
            return True
    low = s.lower()
    if _BP_ANYWHERE.search(low) or ("contributed" in low and _BP_WIRE_CREDIT.search(s)):
        return True
    if ("comment" in low or "reached" in low or "respon" in low or "available" in low or "referred" in low
            or "unanswered" in low):
        if is_no_comment(s):
            return True
    return "newsletter" in low and _NEWSLETTER_PITCH.search(low) is not None


_NO_COMMENT = re.compile(
    r"""(?ix) \b(?:
        (?:did|does|do|has|have|had|could|would)(?:[ ]not|n'?t|n’t)[ ](?:yet[ ])?(?:immediately[ ])?
            (?:respond|reply|return|answer)\w*\b .{0,60}? \b(?:requests?|calls?|messages?|e-?mails?|inquir\w+|queries
            |questions)\b
      | (?:e-?mails?|calls?|messages?|requests?|inquiries)[ ](?:to|seeking|for[ ]comment)\b[^.;]{0,40}?\bwent[ ]unanswered\b
      | (?:reached[ ]out|contacted|approached|e-?mailed)\b .{0,60}? \bfor[ ](?:comment|a[ ]response)\b
      | reached[ ]out\b .{0,60}? \bwill[ ]update\b
      | referred[ ](?:questions|inquiries|queries|requests)[ ]to\b
      | (?:could|can)(?:[ ]not|n'?t|n’t)[ ](?:immediately[ ])?be[ ](?:reached|contacted)\b
      | declined[ ](?:immediately[ ])?(?:to[ ])?comment\b
      | (?:did|has|had)(?:[ ]not|n'?t|n’t)[ ](?:yet[ ])?(?:immediately[ ])?comment\w*\b
      | (?:did|has|had)(?:[ ]not|n'?t|n’t)[ ](?:yet[ ])?(?:immediately[ ])?respond(?:ed)?\W*\Z
      | (?:no|(?:not|n'?t|n’t)[ ]have[ ]an?)[ ]immediate[ ](?:comment|response)\b
      | (?:was|were)[ ]not[ ](?:immediately[ ])?available[ ](?:for|to)[ ]comment\b
      | \bno[ ]one\b [^.;]{0,40}? \b(?:was|were)[ ](?:immediately[ ])?available[ ](?:for|to)[ ]comment\b
    )"""
)


def is_no_comment(sentence_text: str) -> bool:
    """A statement that someone did not comment: "X did not immediately respond to a request for comment".

    Only a short sentence that is about the missing comment; a longer one carries news besides.
    """
    s = sentence_text.strip()
    if len(s.split()) > 20 or _NEWS_BESIDES.search(s):
        return False
    return _NO_COMMENT.search(s) is not None


# "Woodward, who said he would reveal the source, could not be reached": news besides the silence.
# "... did not respond to questions, but said the plan was under review": so is what follows "but".
_NEWS_BESIDES = re.compile(r",\s*(?:who|which|whose)\b|\bbut\b(?:\s+\S+){3}")


def is_credit(sentence_text: str) -> bool:
    """A photo credit on its own: "BRENDAN SMIALOWSKI/AFP via Getty Images", "(AP Photo/Evan Vucci)"."""
    s = sentence_text.strip()
    return len(s) <= 160 and ("/" in s or "(" in s or len(s) <= 60) and _BP_CREDIT.match(s) is not None


def mark_captions(text: str, spans: list[Span]) -> list[Span]:
    """Mark as boilerplate the caption that a photo credit follows on the same line.

    The sentence just before the credit on its line is the caption; so is the one before it when
    the two make up the whole line. With the credit on the next line, the line above is the caption
    when it holds one or two sentences. Text before a blank line is left alone.
    """
    out = list(spans)
    for c, credit in enumerate(spans):
        if c == 0 or credit.kind != "boilerplate" or not is_credit(text[credit.start : credit.end]):
            continue
        caption = [c - 1]
        gap = text[spans[c - 1].end : credit.start]
        if spans[c - 1].kind != "claim" or gap.count("\n") > 1:
            continue
        if "\n" in gap and not _line_start(text, spans[c - 1].start):
            continue  # a credit on the next line captions a line of its own, not a paragraph's end
        if c >= 2 and "\n" not in text[spans[c - 2].end : spans[c - 1].start] and _line_start(text, spans[c - 2].start):
            caption.append(c - 2)
        for k in caption:
            out[k] = Span(spans[k].start, spans[k].end, "boilerplate")
    return out


def _line_start(text: str, pos: int) -> bool:
    line = text.rfind("\n", 0, pos)
    return not text[line + 1 : pos].strip()
