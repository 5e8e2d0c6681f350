"""Whom a sentence credits: a speaker ("Leavitt said", "officials"), an outlet ("told NBC News",
"per PBS"), or both; and the speaker guess the attribution dialog pre-fills.

Plain regular expressions over one sentence, with a little context from the article: a bare
quote continues the previous speaker, "he said" is the person last named, "the report" is the
outlet last credited, and a speaker keeps the outlet he last spoke to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyst_tui.core.model import Attribution, Sentence
from analyst_tui.core.sanitize import printable

# Outlets, longest first; the value is the name shown (aliases fold into one).
_OUTLETS = {
    "NBC News": "NBC News", "NBC": "NBC News", "CBS News": "CBS News", "CBS": "CBS News",
    "ABC News": "ABC News", "ABC": "ABC News", "CNN": "CNN", "Fox News": "Fox News", "MSNBC": "MSNBC",
    "CNBC": "CNBC", "PBS": "PBS", "NPR": "NPR", "Reuters": "Reuters", "Associated Press": "Associated Press",
    "AP": "Associated Press", "AFP": "AFP", "Agence France-Presse": "AFP", "Bloomberg": "Bloomberg",
    "Politico": "Politico", "Axios": "Axios", "New York Times": "New York Times",
    "New York Post": "New York Post", "Washington Post": "Washington Post",
    "Wall Street Journal": "Wall Street Journal", "USA Today": "USA Today", "Guardian": "The Guardian",
    "BBC": "BBC", "Al Jazeera": "Al Jazeera", "Sky News": "Sky News", "Daily Beast": "Daily Beast",
    "Mediaite": "Mediaite", "HuffPost": "HuffPost", "Newsweek": "Newsweek", "The Hill": "The Hill",
    "Daily Mail": "Daily Mail", "Telegraph": "The Telegraph", "Independent": "The Independent",
    "Los Angeles Times": "Los Angeles Times", "Chicago Tribune": "Chicago Tribune", "Xinhua": "Xinhua",
    "TASS": "TASS", "IRNA": "IRNA", "Tasnim": "Tasnim", "Yonhap": "Yonhap", "Kyodo": "Kyodo",
    "Haaretz": "Haaretz", "Times of Israel": "Times of Israel", "ESPN": "ESPN", "TMZ": "TMZ",
    "People magazine": "People", "Variety": "Variety", "E! News": "E! News", "Us Weekly": "Us Weekly",
}
_OUTLET = "|".join(re.escape(k) for k in sorted(_OUTLETS, key=len, reverse=True))
_OUTLET_RE = re.compile(rf"\b(?:the\s+)?(?P<outlet>{_OUTLET})(?![\w-])(?:['’]s)?")
# What before an outlet makes it the one credited ("told NBC", "a report from NBC News", "per PBS").
_OUTLET_BEFORE = re.compile(
    r"(?:\b(?:told|tells|tell|telling|spoke\s+to|speaking\s+to|talked\s+to|said\s+to|statement\s+to|interview\s+with"
    r"|interview\s+on|report(?:ing)?\s+(?:from|by|in)|reported\s+by|report|according\s+to|per|from|by|via|on|to|with"
    r"|cited\s+by|citing|quoted\s+by|confirmed\s+to)\s+(?:(?:a|an|the|its|Friday|Thursday|Wednesday|Tuesday|Monday|"
    r"Saturday|Sunday|new|recent|exclusive|earlier)\s+){0,3})$",
    re.I,
)
_ACCORDING_LEAD = re.compile(r"\b[Aa]ccording\s+to\b[^,;:.“”\"]*$")
_OUTLET_STAFF = re.compile(r"^['’]s\s+(?:[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+|reporter|correspondent|own)")  # "the BBC's Frances Harrison"
_OUTLET_AFTER = re.compile(r"^\s*(?:['’]s\s+)?(?:reported|reports|reporting|said|says|first\s+reported|learned|sources|has\s+learned)\b", re.I)

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt)\.\s+)?[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’\-]+){0,3}"
_ROLE_NOUN = (
    r"(?:[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:person|man|woman)|[Ff]oreign\s+[Mm]inister|[Pp]rime\s+[Mm]inister|"
    r"[Mm]inister|[Ss]ecretary(?:\s+of\s+[A-Z]\w+)?|[Aa]mbassador|[Oo]fficial|[Aa]dvis[eo]r|[Dd]irector|[Cc]hief|"
    r"[Gg]eneral|[Cc]ommander|[Ss]enator|Sen\.|Rep\.|[Gg]overnor|Gov\.|[Mm]ayor|[Pp]resident|[Ss]heriff|[Cc]aptain|"
    r"[Ss]ergeant|[Ll]ieutenant|[Dd]etective|[Pp]olice\s+[Cc]hief|[Pp]rosecutor|[Aa]ttorney|[Ll]awyer|[Ss]uperintendent|"
    r"[Cc]oroner|[Aa]gent|[Mm]anager|[Cc]EO|[Ff]ounder|[Cc]oach|[Rr]epresentative|[Oo]fficer|[Ss]cientist|[Gg]eologist|"
    r"[Ss]eismologist|[Ll]eader|[Cc]hairman|[Cc]hairwoman|[Dd]eputy)"
)
_ROLE = rf"(?:\b(?:(?:[A-Z][\w.'’\-]*|of|and)\s+){{0,4}}{_ROLE_NOUN})"
_SAY = (
    r"(?:said|says|say|told|tells|tell|added|adds|insisted|insists|note|noted|notes|stated|wrote|writes|dismissed|"
    r"dismisses|denied|denies|claimed|claims|confirmed|confirms|explained|explains|argued|argues|warned|warns|"
    r"acknowledged|acknowledges|announced|announces|reported|reports|admitted|admits|stressed|asserted|recalled|"
    r"testified|rejected|rejects|maintained|maintains|believe|believes|suggested|suggests|was\s+quoted|were\s+quoted)"
)
_GROUP = (
    r"(?:\b(?:[Tt]he\s+|[Mm]ultiple\s+|[Ss]everal\s+|[Ss]ome\s+|[Mm]any\s+|[Oo]ther\s+|[Ss]enior\s+|[Cc]urrent\s+|[Ff]ormer\s+|"
    r"and\s+|[Tt]wo\s+|[Tt]hree\s+|[Aa]nother\s+|[A-Z][\w.'’\-]*\s+|[a-z]+\s+(?=(?:policy\s+)?(?:officials|analysts|sources|experts)))"
    r"{0,6}(?:[Oo]fficials?|[Ss]ources|analysts|experts|aides|diplomats|police|authorities|witnesses|investigators|"
    r"residents|doctors|officers|prosecutors|spokes(?:person|man|woman)|observers|critics|Others|others|reporter|correspondent|"
    r"people\s+familiar\s+with\s+[\w\s]{3,30}?))"
)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"

_P_ROLE_NAME = re.compile(rf"(?P<role>{_ROLE})\s+(?P<name>{_NAME})(?:,[^,]{{1,80}},)?\s+(?:also\s+|later\s+|then\s+)?(?P<verb>{_SAY})\b")
_P_NAME_ROLE = re.compile(rf"(?P<name>{_NAME}),\s+(?P<role>[^,]{{3,120}}?),\s+(?:also\s+)?(?P<verb>{_SAY})\b")
_P_ROLE_COMMA_NAME = re.compile(rf"(?P<role>{_ROLE}),\s+(?P<name>{_NAME}),\s+(?:also\s+)?(?P<verb>{_SAY})\b")
_P_NAME_SAY = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:in|from|at)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,?)?\s+"  # "Frances Harrison in Tehran says"
    rf"(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?P<verb>{_SAY})\b"
)
_NAME_LIKE = re.compile(rf"{_NAME}")
_ROLE_OF = re.compile(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?$")
_P_SAY_NAME = re.compile(
    rf"[,”\"]\s*(?:[”\"]\s*)?(?P<verb>said|says|added|adds|wrote|according\s+to)\s+(?:\d+-year-old\s+)?"
    rf"(?P<role>(?:{_ROLE}|(?:[a-z]+\s+){{1,3}}{_ROLE_NOUN})\s+)?(?P<name>{_NAME})"
    r"(?=\s*(?:[,.;:!?)]|$|\s+(?:of|from|at|in|on|who|the|an?)\b))"
)
_P_SAY_GROUP = re.compile(
    r"[,”\"]\s*(?:[”\"]\s*)?(?:said|says|added|adds)\s+(?P<name>(?:the|an?|one|two|several|local|police)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officials?|spokes(?:man|woman|person)|sources?|witness(?:es)?|residents?|doctors?|police|authorities|analysts?|experts?))\b"
)
_P_GROUP_SAY = re.compile(rf"(?P<name>{_GROUP})(?:\s+who\s+[^,]{{1,40}})?,?\s+(?:also\s+|have\s+|has\s+|had\s+)?(?P<verb>{_SAY})\b")
_P_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er|[Cc]iting)\s+(?P<name>(?:[^,.;:“”\"()]|(?<=\b[A-Z])\.){2,90})")
# What "citing" credits when it names a source: a name in capitals, or people, papers or figures that speak.
_CITED_SOURCE = re.compile(r"^\W*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z]|\w+\s+[A-Z])|\b(?:sources?|officials?|"
                           r"people|persons?|spokes\w+|reports?|documents?|data|figures|statements?|filings?|"
                           r"witnesses|residents|police|analysts|diplomats|experts|researchers|authorities|a\s+copy)\b")
_P_PRONOUN_SAY = re.compile(rf"\b(?P<name>{_PRONOUN})\s+(?:also\s+|later\s+)?(?P<verb>said|says|told|tells|added|adds|insisted|wrote)\b")
_P_REPORT = re.compile(r"\b(?:[Aa]ccording\s+to\s+(?:the|that|this)\s+report|the\s+report\s+(?:said|says|added))\b")

_NOT_NAMES = {
    "The", "This", "That", "It", "He", "She", "They", "We", "I", "But", "And", "Officials", "Sources", "Publicly",
    "In", "On", "At", "As", "A", "An", "If", "When", "While", "After", "Before", "Meanwhile", "However", "Still",
    "Yet", "So", "Also", "Then", "Now", "Today", "Earlier", "Later", "Separately", "Privately", "President",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Some", "Others", "Asked",
    "Speaking", "Reuters", "There", "Many", "Most", "Both", "Police", "Authorities", "You", "Our", "His", "Her",
}
_GENERIC = re.compile(
    r"^(?:the\s+)?(?:(?:multiple|several|some|many|other|senior|current|former|two|three|another|and|foreign|policy|"
    r"[a-z]+)\s+)*(?:officials?|sources|analysts|experts|aides|diplomats|witnesses|residents|doctors|others|report|"
    r"people.*|(?:our\s+)?reporter|(?:our\s+)?correspondent|those\s+sources|him|her|them|statements?|reports?|data|figures|records|documents|media|news)$",
    re.I,
)
_ORG_HINT = re.compile(r"\b(?:House|Pentagon|Department|Ministry|Office|Agency|Police|Service|Survey|Council|Command|Army|Navy|Kremlin|Government|Institute|Center|Centre|Administration|Commission|Bureau|Committee)\b")


def _norm(text: str) -> str:
    return " ".join(printable(text).replace("\u2019", "'").split())


def canonical_outlet(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"['’]s$", "", name)
    return _OUTLETS.get(name, name)


def _clean_name(name: str) -> str | None:
    name = re.sub(r"['’]s$", "", name.strip(" ,.;:"))
    words = name.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    if len(words) > 1 and re.sub(r"['’]s$", "", words[0]) in _OUTLETS and words[0][-2:] in ("'s", "’s"):
        words.pop(0)  # "BBC's Frances Harrison": the outlet is found apart
    while words and words[-1] in ("And", "But", "Who"):
        words.pop()
    return " ".join(words) or None


def _titled(role: str) -> str:
    role = " ".join(role.split())
    return role[:1].upper() + role[1:]


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def is_named(speaker: str | None) -> bool:
    """A named person or institution, not a group such as "officials" or "sources"."""
    if not speaker:
        return False
    return not _GENERIC.match(speaker) and speaker.casefold() not in _PRONOUNS


def person_key(speaker: str) -> str:
    """A speaker's name without the role in brackets, folded: "Karoline Leavitt (…)" -> "karoline leavitt"."""
    return re.sub(r"\s*\(.*\)$", "", speaker).strip().casefold()


@dataclass(frozen=True, slots=True)
class _Found:
    speaker: str | None
    outlet: str | None
    start: int
    end: int
    pronoun: bool = False
    report: bool = False




def _find_outlet(text: str) -> tuple[str, int, int] | None:
    if _OUTLET_HEADS_RE.search(text) is None:
        return None
    for m in _OUTLET_RE.finditer(text):
        before = text[max(0, m.start() - 70) : m.start()]
        after = text[m.end("outlet") :]
        if _OUTLET_BEFORE.search(before) or _OUTLET_AFTER.match(after) or _OUTLET_STAFF.match(after):
            cue = _OUTLET_BEFORE.search(before)
            start = m.start() - (len(cue.group()) if cue else 0)
            lead = _ACCORDING_LEAD.search(before)
            if lead:
                start = min(start, m.start() - len(before) + lead.start())
            return canonical_outlet(m.group("outlet")), start, m.end()
    return None


# Cheap substring tests (lower case) decide which patterns are worth running on a sentence.
_ROLE_KEYS = ("secretary", "spokes", "minister", "ambassador", "official", "advis", "director", "chief", "general",
              "commander", "senator", "sen.", "rep.", "governor", "gov.", "mayor", "president", "sheriff", "captain",
              "sergeant", "lieutenant", "detective", "prosecutor", "attorney", "lawyer", "superintendent", "coroner",
              "agent", "manager", "ceo", "founder", "coach", "representative", "officer", "scientist", "geologist",
              "seismologist", "leader", "chairm", "chairwoman", "deputy")
_GROUP_KEYS = ("official", "source", "analyst", "expert", "aide", "diplomat", "police", "authorities", "witness",
               "investigator", "resident", "doctor", "officer", "prosecutor", "spokes", "observer", "critic", "others", "reporter", "correspondent",
               "people familiar")
_SAY_KEYS = ("said", "say", "told", "tell", "add", "insist", "note", "state", "wrote", "write", "dismiss", "deni",
             "deny", "claim", "confirm", "explain", "argu", "warn", "acknowledg", "announc", "report", "admit",
             "stress", "assert", "recall", "testif", "reject", "maintain", "believ", "suggest")


def keys_pattern(keys) -> str:
    """One pattern that finds any of some plain strings, grouped by first letter (fast to scan); compiled by the
    module body that asks for it, so that it is kept between runs (``core.patterns``)."""
    groups: dict[str, list[str]] = {}
    for k in sorted(keys, key=len, reverse=True):
        groups.setdefault(k[0], []).append(re.escape(k[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


_SAY_RE = re.compile(keys_pattern(_SAY_KEYS))
_ROLE_RE = re.compile(keys_pattern(_ROLE_KEYS))
_GROUP_RE = re.compile(keys_pattern(_GROUP_KEYS))
_KEYS = {_SAY_KEYS: _SAY_RE, _ROLE_KEYS: _ROLE_RE, _GROUP_KEYS: _GROUP_RE}
_OUTLET_HEADS_RE = re.compile(keys_pattern(_OUTLETS))
_GATE = re.compile(keys_pattern((*_SAY_KEYS, "accord", "per ", "citing")))


def _has(low: str, keys: tuple[str, ...]) -> bool:
    return _KEYS[keys].search(low) is not None


def _find_speaker(text: str) -> tuple[str, int, int, bool] | None:
    """(speaker, start, end, is a pronoun) of the first attribution pattern that fits."""
    low = text.lower()
    says = _has(low, _SAY_KEYS)
    patterns = (_P_ROLE_NAME, _P_ROLE_COMMA_NAME, _P_SAY_NAME, _P_NAME_ROLE, _P_NAME_SAY) if says else ()
    if patterns and not _has(low, _ROLE_KEYS):
        patterns = patterns[2:]
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = _clean_name(m.group("name"))
            if not name or name in _OUTLETS or canonical_outlet(name) in _OUTLETS.values():
                continue
            if text[max(0, m.start("name") - 5) : m.start("name")].lower() == "late ":
                continue  # "ally to the late Ayatollah …": the dead do not speak
            role = m.groupdict().get("role")
            if pattern is _P_NAME_ROLE and role and (len(role.split()) > 18 or "“" in role or '"' in role):
                continue
            if role and pattern is not _P_NAME_ROLE:
                role = role.strip()
                if role.split()[0] in ("said", "says"):
                    role = ""
                speaker = f"{name} ({_titled(role)})" if role else name
            elif role and _NAME_LIKE.fullmatch(role.strip()) and (lead := _ROLE_OF.search(text, 0, m.start())):
                # "The governor of Unity State, Taban Deng, said": the name is the apposition
                speaker = f"{role.strip()} ({_titled(lead.group().strip() + ' ' + name)})"
            elif role:
                short = re.sub(r"^(?:an?|the)\s+", "", role.strip())
                if len(short) > 60:
                    short = short[:60].rsplit(" ", 1)[0] + "…"
                speaker = f"{name} ({short})"
            else:
                speaker = name
            return speaker, m.start(), m.end(), False
    for m in _P_GROUP_SAY.finditer(text) if says and _has(low, _GROUP_KEYS) else ():
        name = " ".join(m.group("name").split())
        name = re.sub(r"^[A-Z]\w*['’]s\s+", "", name)  # "NBC's sources" -> "sources" (the outlet is found apart)
        return name, m.start(), m.end(), False
    m = _P_SAY_GROUP.search(text) if says and _has(low, _GROUP_KEYS) else None
    if m:
        return " ".join(m.group("name").split()), m.start(), m.end(), False
    m = _P_ACCORDING.search(text) if ("accord" in low or "per " in low or "citing" in low) else None
    if m and m.group(0)[:1] in "Cc" and not _CITED_SOURCE.search(m.group("name")):
        m = None  # "citing its unfunded pension liabilities", "citing a wrist injury": a reason, not who said it
    if m:
        name = re.split(r"\s+(?:who|that|which|familiar|on|in|at|as)\s+", m.group("name").strip())[0]
        name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
        if re.match(r"(?:those|these)\s+sources$", name, re.I):
            return "sources", m.start(), m.end(), False
        if name and not name.lower().startswith(("report", "those", "these", "a report", "friday report")):
            return name, m.start(), m.end(), False
    m = _P_PRONOUN_SAY.search(text) if says else None
    if m:
        return m.group("name"), m.start(), m.end(), True
    return None


def find_attribution(text: str) -> _Found | None:
    """The attribution in one sentence's text, offsets relative to it; no context used."""
    text_n = text.replace("\u2019", "'")
    outlet = _find_outlet(text_n)
    if outlet is None and _GATE.search(text_n.lower()) is None:
        return None  # no speech verb, "according to", "per" or outlet: most sentences stop here
    speaker = _find_speaker(text_n)
    if speaker and outlet and canonical_outlet(speaker[0]) == outlet[0]:
        speaker = None
    report = bool(_P_REPORT.search(text_n))
    if speaker is None and outlet is None and not report:
        return None
    spans = [s for s in ((outlet[1], outlet[2]) if outlet else None, (speaker[1], speaker[2]) if speaker else None) if s]
    if not spans:
        m = _P_REPORT.search(text_n)
        spans = [(m.start(), m.end())] if m else [(0, 0)]
    who = speaker[0] if speaker else None
    if who and who.lower().startswith("the "):
        who = who[4:]
    return _Found(who, outlet[0] if outlet else None, min(s for s, _ in spans), max(e for _, e in spans),
                  pronoun=bool(speaker and speaker[3]), report=report and outlet is None)


_BARE_QUOTE = re.compile(r"^\s*[“\"‘']")
_LEAD_NAME = re.compile(
    rf"^(?:[A-Z][a-z]+,\s+)?(?P<name>{_NAME})\s+(?:has|had|is|was|would|will|could|did|does|also|[a-z]+ed|[a-z]+s)\b"
)


def attribute(sentences: list[Sentence]) -> dict[tuple[str, int], Attribution]:
    """Attributions for one article's sentences (in text order), offsets into the article text."""
    out: dict[tuple[str, int], Attribution] = {}
    last_outlet: str | None = None
    last_person: str | None = None
    outlet_of: dict[str, str] = {}  # speaker key -> outlet he last spoke to
    full_name: dict[str, str] = {}  # surname -> full speaker label
    previous: Attribution | None = None
    previous_text = ""
    for s in sentences:
        if s.kind != "claim":
            continue
        found = find_attribution(s.text)
        att: Attribution | None = None
        if found is None:
            if previous is not None and _BARE_QUOTE.match(s.text):
                att = Attribution(previous.speaker, previous.outlet, s.start, s.start)  # continues the quote
        else:
            speaker, outlet = found.speaker, found.outlet
            if found.pronoun:  # "he said": whom the sentence before quoted, else its subject
                named = previous.speaker if previous is not None and is_named(previous.speaker) else None
                speaker = named or _lead_name(previous_text) or last_person
            if speaker and is_named(speaker):
                key = person_key(speaker)
                surname = key.split()[-1] if key else key
                if " " not in key and surname in full_name:
                    speaker = full_name[surname]
                elif " " in key:
                    full_name.setdefault(surname, speaker)
                if outlet is None:
                    outlet = outlet_of.get(person_key(speaker))
            if found.report and outlet is None:
                outlet = last_outlet
            if speaker is None and outlet is None:
                continue
            att = Attribution(speaker, outlet, s.start + found.start, s.start + found.end)
            if outlet:
                last_outlet = outlet
                if speaker and is_named(speaker):
                    outlet_of[person_key(speaker)] = outlet
            if speaker and is_named(speaker) and not _ORG_HINT.search(speaker):
                last_person = speaker
        if att is not None:
            out[s.key] = att
        previous = att
        previous_text = s.text
    return out


def _lead_name(text: str) -> str | None:
    """The subject that opens a sentence ("Publicly, Trump has kept …" -> Trump), if it is a name."""
    m = _LEAD_NAME.match(text.strip())
    if m is None or m.group("name").split()[0] in _NOT_NAMES:
        return None
    return _clean_name(m.group("name"))


# --- the speaker the attribution dialog pre-fills -----------------------------------------

_DENIAL_WORDS = re.compile(
    r"\b(?:deni\w*|deny|dismiss\w*|reject\w*|false|untrue|not part of|no real|speculation|assumptions|insisted|refuted|baseless)\b",
    re.I,
)


def suggest_speaker(text: str) -> str | None:
    """A best guess at who speaks in a sentence, e.g. ``Karoline Leavitt (White House press secretary)``."""
    text = _norm(text)
    found = _find_speaker(text)
    if found and not found[3] and is_named(found[0]):
        return found[0]
    if re.search(r"\bWhite House\b", text):
        return "White House"
    return found[0] if found and not found[3] else None


def statement_score(sentence: Sentence) -> int:
    """How much a sentence looks like a denial or dispute made by a named party."""
    score = len(_DENIAL_WORDS.findall(sentence.text)) * 2
    if suggest_speaker(sentence.text):
        score += 1
    if "“" in sentence.text or '"' in sentence.text:
        score += 1
    return score
