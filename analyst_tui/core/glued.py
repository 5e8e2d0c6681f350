"""A headline or standfirst glued to the sentence after it with no full stop, as tokenised pages print them.

* ``glued_starts``: an article or a number word, capitalised after a lower-case word and followed by one,
  starts a sentence: "Ten dead in southern Iran quake A powerful earthquake has hit ...", "before setting car
  ablaze Four men rammed their car ...".
* ``title_case_headlines``: a paragraph that opens with a headline in Title Case ("Paris: Jewellery Stolen In
  Casty Shop Raid Jewellery and watches worth ... have been stolen"): five or more capitalised words, one of
  them a little word only a headline capitalises ("In", "Of", "To"), then a capitalised common word (one the
  article also writes in lower case) and lower-case words. The lead starts at that word; a name there ("...
  Raid Police Chief John Smith said") is not cut, since its lower-case form is nowhere in the article.
"""

from __future__ import annotations

import re

# An article or a number word, capitalised after a lower-case word and followed by one (``glued_starts``).
_GLUED_START = re.compile(
    r"(?<=[A-Za-z0-9)])[ \t]+(?=(?P<word>The|An?|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)[ ][a-z]+\b(?![-'’]))"
)
_PREV_WORD = re.compile(r"(?:^|(?<=\s))(\S+)[ \t]*\Z")
# Words a capital letter follows as a label ("the A list", "plan A is"), not as a new sentence.
_LABELLED = frozenset("the a an of plan type vitamin class grade group category section level option".split())


def glued_starts(text: str) -> list[int]:
    """Cut positions before a sentence glued to the words before it (``_GLUED_START``)."""
    cuts = []
    for m in _GLUED_START.finditer(text):
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        word = prev.group(1) if prev is not None else ""
        # "The" and "An" start a sentence even after a name ("felt in Oman An earthquake ..."); "A" and number
        # words after a name are labels ("Plan A", "Formula One") unless a lower-case word comes before them
        if m.group("word") in ("The", "An") or word[:1].islower() or word[:1].isdigit() or word.endswith(")"):
            if word.lower().strip("()") not in _LABELLED:
                cuts.append(m.end())
    return cuts


# Little words a sentence writes in lower case and a Title Case headline capitalises.
_TITLE_LITTLE = frozenset("in of to for on at and with after over from by as into amid before against".split())
_PARAGRAPH = re.compile(r"(?:\A|\n)[ \t]*(?=\S)")
_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def title_case_headlines(text: str) -> list[int]:
    """Cut positions after a Title Case headline that opens a paragraph and runs into its lead."""
    cuts = []
    lower: set[str] | None = None  # the article's lower-case words, read when first needed
    for para in _PARAGRAPH.finditer(text):
        line_end = text.find("\n", para.end())
        tokens = []  # the words up to the first in lower case (k) and the two after it: what is read
        k = -1
        for t in _TOKEN.finditer(text, para.end(), line_end if line_end >= 0 else len(text)):
            tokens.append(t)
            if k < 0 and t.group()[:1].islower():
                k = len(tokens) - 1
                if k < 6:
                    break
            if k >= 0 and len(tokens) == k + 3:
                break
        k = len(tokens) if k < 0 else k
        if k < 6 or k + 3 > len(tokens) or not all(t.group()[:1].islower() for t in tokens[k : k + 3]):
            continue
        headline = [t.group().strip(":,") for t in tokens[1 : k - 1]]
        if not any(w.lower() in _TITLE_LITTLE and w[:1].isupper() for w in headline):
            continue
        word = tokens[k - 1].group()
        if not word[:1].isupper() or not word.isalpha():
            continue
        if lower is None:
            lower = set(_LOWER_WORD.findall(text))
        if word.lower() in lower:
            cuts.append(tokens[k - 1].start())
    return cuts
