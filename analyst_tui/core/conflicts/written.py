"""A detail shown as its version wrote it: the checks read folded tokens ("Award - winning", "Sen Patty Murray",
"£1.7 m"), and the analyst reads the words of the article ("Award-winning", "Sen. Patty Murray", "£1.7m"). A
detail whose words the article does not hold in that order (a label made by a check, "24 dead") is kept."""

from __future__ import annotations

import re

from analyst_tui.core.conflicts.tokens import TITLE_ABBREVIATIONS, tokenize

# What the tokens may have written otherwise: a dash or a quote set apart, a title's full stop, a unit or a currency
# apart from its number ("Award - winning", "Sen Patty Murray", "£1.7 m", "200 ft").
_FOLDED = re.compile(r" [-\u2013\u2014]|['\"\u2019]|\b(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\b|\d [A-Za-z]{1,4}\b|\d %|[£$€] "
                     r"|\b[Cc]o(?=o(?:perat|rdinat))")  # (and "co-operated", read as "cooperated")
_CO = re.compile(r"[Cc]o(?=o(?:perat|rdinat))")
_DASH_ENDS = ("-", "\u2013", "\u2014")
_DASHES = "-\u2010\u2011\u2013\u2014"
_SAME = {"-": "[-\u2010\u2011\u2013\u2014]", "'": "['\u2018\u2019]", '"': '["\u201c\u201d]',
         "'s": "['\u2018\u2019]s?"}  # ("the tenants' association", read as "tenants's")


def as_written(detail: str, text: str) -> str:
    """``detail`` as it stands in ``text`` (spacing, dashes, quotes and full stops as written), else ``detail``."""
    if "hours, " in detail:  # a time taken, written with colons ("2:03:41"), which the tokens spell out
        detail = _SPELLED_TIME.sub(lambda m: _with_colons(m, text), detail)
    quoted = len(detail) > 2 and detail[0] == '"' and detail[-1] == '"'
    words = detail[1:-1] if quoted else detail
    if words in text and not words.endswith(_DASH_ENDS) or not _FOLDED.search(words):
        return detail  # (as written already, or nothing the tokens fold: most details)
    toks = tokenize(words)
    if not toks or len(toks) > 40:
        return detail
    parts = []
    for t in toks:
        piece = _SAME.get(t.text) or "".join(_SAME.get(c, re.escape(c)) for c in t.text)
        if _CO.match(t.text):
            piece = piece[:2] + "-?" + piece[2:]  # ("co-operated")
        parts.append(piece + (r"\.?" if t.text in TITLE_ABBREVIATIONS else ""))  # ("Sen. Patty Murray": read
        # without its full stop)
    found = re.search(r"\s*".join(parts), text)
    if found is None:
        return detail
    start, end = found.span()
    while end < len(text) and text[end - 1] in _DASHES and text[end].isalnum() or end < len(text) and text[
            end].isalnum() and text[end - 1].isalnum():
        end += 1  # (the whole word: "Award-winning", not "Award-")
    while start > 0 and (text[start] in _DASHES or text[start].isalnum()) and text[start - 1].isalnum():
        start -= 1
    shown = text[start:end]
    return f'"{shown}"' if quoted else shown


_SPELLED_TIME = re.compile(r"(?:(\d{1,2}) )?hours, (\d{1,2}) minutes and (\d{1,2})(?: seconds)?")


def _with_colons(m: re.Match[str], text: str) -> str:
    """"2 hours, 3 minutes and 41 seconds" as "2:03:41" where the text writes it so (also a part of it a check shows:
    "hours, 3 minutes and 41")."""
    hours = m.group(1) or r"\d{1,2}"
    found = re.search(rf"\b{hours}:{int(m.group(2)):02d}:{int(m.group(3)):02d}\b", text)
    return found.group() if found else m.group()


__all__ = ["as_written"]
