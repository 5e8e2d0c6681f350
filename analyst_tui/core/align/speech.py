"""Who speaks in a sentence: a speaker's own words, or the outlet's statement.

"I am so excited to be hosting the Oscars for the second time" is DeGeneres's
claim about herself; "Ellen DeGeneres to host 2014 Oscars" is the outlet's
report of the news. They share the words of one event but are two claims:
tagging the news "confirmed" must not confirm what the speaker said. So a
sentence that is mostly a quote in the first person ("I", "we", "our") and a
sentence that neither quotes anyone, nor reports speech ("said", "told",
"according to", "in a statement"), nor speaks in the first person (the next
sentence of a quote may lack quotation marks) are never a candidate pair. A report of the
speech ("Araghchi tells NBC that the country is ready to confront them") still
matches the quote ("We are confident that we can confront them").
"""

from __future__ import annotations

import re

PLAIN, QUOTE, OTHER = 0, 1, 2

_QUOTE_MARKS = "\"“”«»"
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]*)[\"”»]")
_UNPAIRED = re.compile(r"[\"“”«»]")
_WORD = re.compile(r"\w+")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Oo]urs|us|[Mm]y|me|mine)\b")
_REPORTING = frozenset(
    """say says said saying tell tells told telling add adds added according per statement stated announce announced
    insisted wrote writes writing tweet tweets tweeted posted quoted interview claimed explained noted acknowledged
    confirmed denied dismissed reported reportedly spokesman spokeswoman spokesperson""".split()
)
_LOWER_WORD = re.compile(r"[a-z]+")
MIN_QUOTE_WORDS = 3


def _reports(text: str) -> bool:
    """Whether the text has a word that reports speech ("said", "told", "according", "statement")."""
    return not _REPORTING.isdisjoint(_LOWER_WORD.findall(text.lower()))


def _quoted(text: str) -> tuple[str, str]:
    """The quoted words of a sentence and the rest. A lone quotation mark opens a quote that goes on
    into the next sentence, or closes one that began in the sentence before: whichever side of it
    has more words is taken for the quote."""
    inside = [m.group(1) for m in _QUOTED.finditer(text)]
    rest = _QUOTED.sub(" ", text)
    lone = _UNPAIRED.search(rest)
    if lone is not None:
        before, after = rest[: lone.start()], rest[lone.end() :]
        if len(_WORD.findall(before)) > len(_WORD.findall(after)):
            inside.append(before)
            rest = after
        else:
            inside.append(after)
            rest = before
    return " ".join(inside), rest


def voice(text: str) -> int:
    """QUOTE: the sentence gives a speaker's own words, a quote of MIN_QUOTE_WORDS or more in the
    first person, and besides it little or only who spoke; PLAIN: nothing is quoted, no speech is
    reported and no one speaks in the first person; OTHER: anything else."""
    if not any(c in text for c in _QUOTE_MARKS):  # in the first person, it may be a quote's next sentence
        return OTHER if _reports(text) or _FIRST_PERSON.search(text) else PLAIN
    inside, rest = _quoted(text)
    said = len(_WORD.findall(inside))
    if said >= MIN_QUOTE_WORDS and _FIRST_PERSON.search(inside):
        if said >= len(_WORD.findall(rest)) or _reports(rest):
            return QUOTE
    return OTHER


def different_speakers(a: int, b: int) -> bool:
    """Whether two sentences of these voices are a speaker's own words and the outlet's statement."""
    return {a, b} == {PLAIN, QUOTE}
