"""A name set off by commas after what it names, or a description after a name, left out ("the union's general
secretary, Jo Marsh, wrote to the vice-chancellor" is read as "the union's general secretary wrote to the
vice-chancellor", "Peter Sankau, a second ranger, was hit" as "Peter Sankau was hit"), for a second reading of two
versions that the first found alike: the checks read a doer, a receiver or what befell one next to its verb. A name the
other version gives outside such commas stays: it tells who the description is ("to a Sunnyvale-based rival, Kanisa,"
/ "to Kanisa")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from analyst_tui.core.conflicts.written import as_written

Found = tuple[str, str, str] | None

# A run of one to four words in capitals between commas, after a word in small letters and before one (not a list of
# names, "Ashcombe, Monroe and Fenwick", nor a place after a place, "Leeds, West Yorkshire,"); or a description opened
# by "a", "the" or a possessive between commas after a name and before a word in small letters.
_APPOSED = re.compile(r"(\b[a-z][\w'\u2019-]*), ((?:[A-Z][\w'\u2019.-]* ){0,3}[A-Z][\w'\u2019-]*),(?= [a-z])"
                      r"|(\b[A-Z][\w'\u2019-]*), ((?:a|an|the|its|his|her|their) [a-z][\w'\u2019 -]{0,40}?),(?= [a-z])")


@lru_cache(maxsize=8192)
def _apposed(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Each name set off by commas: (where the commas start, where they end, where the word before ends, the name)."""
    if ", " not in text:
        return ()
    return tuple((m.start(), m.end(), m.end(1) if m.group(1) else m.end(3), m.group(2) or m.group(4))
                 for m in _APPOSED.finditer(text))


def without_appositions(text: str, other: str) -> str | None:
    """``text`` without the names set off by commas after what they name that ``other`` gives only so, if at all; or
    None when it has none."""
    found = _apposed(text)
    if not found:
        return None
    named_apart = {name for *_, name in _apposed(other)}
    out, last = [], 0
    for start, end, word_end, name in found:
        if name in named_apart or name not in other:
            out.append(text[last:word_end])
            last = end
    return "".join(out) + text[last:] if out else None


def past_appositions(a: str, b: str) -> tuple[str, str] | None:
    """The two texts without their names set off by commas, when either has one and the two then share three in five
    of their words (as a sentence told again with its parties moved does), else None."""
    ta, tb = without_appositions(a, b), without_appositions(b, a)
    if ta is None and tb is None:
        return None
    ta, tb = ta or a, tb or b
    wa, wb = set(ta.lower().split()), set(tb.lower().split())
    return (ta, tb) if 5 * len(wa & wb) >= 3 * len(wa | wb) else None


def second_reading(a: str, b: str, check: Callable[[str, str], Found]) -> Found:
    """What ``check`` finds between the two texts read past their names set off by commas (``past_appositions``),
    each detail as that text writes it ("vice-chancellor", not "vice - chancellor"), else None."""
    texts = past_appositions(a, b)
    found = check(*texts) if texts else None
    return found and (found[0], as_written(found[1], texts[0]), as_written(found[2], texts[1]))  # type: ignore[index]


__all__ = ["past_appositions", "second_reading", "without_appositions"]
